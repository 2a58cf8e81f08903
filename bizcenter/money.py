"""Money as integer minor units (fen for CNY), with the one rounding rule of the product.

Every percentage (service charge, tax, discount) goes through `percent_of`, and every conversion from
a decimal figure through `to_minor`: half-up to the minor unit, which is how Chinese hotel cashiers
and the tax invoice round (四舍五入). Floats never enter: inputs are int, str or Decimal.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import format_currency, get_currency_precision

from .errors import InvalidInput

ROUNDING = ROUND_HALF_UP


def minor_digits(currency: str) -> int:
    return get_currency_precision(currency)


def round_minor(value: Decimal) -> int:
    """The single rounding rule: half-up to a whole minor unit."""
    return int(value.quantize(Decimal(1), rounding=ROUNDING))


def percent_of(amount_minor: int, percent: Decimal | str | int) -> int:
    return round_minor(Decimal(amount_minor) * Decimal(percent) / Decimal(100))


def to_minor(text: str | int | Decimal, currency: str = "CNY") -> int:
    """Parse an amount a person typed ("12.50", "12") into minor units; refuse junk and floats."""
    if isinstance(text, float):  # pragma: no cover - programming error, not user input
        raise TypeError("money must not be a float")
    try:
        value = Decimal(str(text).strip().replace(",", "").replace("¥", "").replace("￥", ""))
    except InvalidOperation:
        raise InvalidInput(zh="金额格式不正确：{text}", en="Not an amount: {text}", text=text) from None
    if not value.is_finite():
        raise InvalidInput(zh="金额格式不正确：{text}", en="Not an amount: {text}", text=text)
    scaled = value * (Decimal(10) ** minor_digits(currency))
    if scaled != scaled.to_integral_value():
        raise InvalidInput(zh="金额小数位过多：{text}", en="Too many decimal places: {text}", text=text)
    return int(scaled)


def to_decimal(amount_minor: int, currency: str = "CNY") -> Decimal:
    return Decimal(amount_minor).scaleb(-minor_digits(currency))


def format_money(amount_minor: int, currency: str = "CNY", lang: str = "zh") -> str:
    """Locale-aware display, e.g. ¥12.50 / CN¥12.50; through Babel so other currencies just work."""
    locale = "zh_CN" if lang.startswith("zh") else "en_US"
    return format_currency(to_decimal(amount_minor, currency), currency, locale=locale)


def plain(amount_minor: int, currency: str = "CNY") -> str:
    """Fixed-point text for CSV/JSON and receipts: '12.50', '-3.00'."""
    return f"{to_decimal(amount_minor, currency):.{minor_digits(currency)}f}"
