"""Cash rounding (抹零): the cash a guest hands over is rounded to the smallest coin the drawer holds.

Prices are in fen, but the smallest note a Chinese drawer holds is ¥0.10 (fen coins are no longer
handed out), so an exact cash total of ¥26.82 cannot be paid or given change for; without a rule every
cash shift ends in a variance. The setting `cash_rounding` is "none", "10" (to ¥0.10) or "100" (to ¥1.00).

The rule, applied by `settle` whatever front end sent the sale:
- only cash is rounded: card and room charges are paid to the fen;
- in a split, the card and room parts are taken as given and the cash settles the rest; that cash
  figure is rounded half-up (四舍五入) to the unit;
- the difference is kept on the sale as its own signed figure (`sale.cash_rounding_minor`, −2 for
  ¥26.82 → ¥26.80), so subtotal + service charge + tax + rounding = total = the payments, and the
  drawer's expected cash is what was really taken;
- a void or refund mirrors the original, rounding included.
"""
from __future__ import annotations

from ..errors import InvalidInput

CHOICES = {"none": 0, "10": 10, "100": 100}  # setting value → unit in minor units (0: no rounding)
DEFAULT = "10"  # ¥0.10: the smallest note a Chinese hotel's drawer holds


def unit_of(setting) -> int:
    """The rounding unit in minor units for a `cash_rounding` setting value (0: none)."""
    try:
        return CHOICES[str(setting)]
    except KeyError:
        raise InvalidInput(zh="现金抹零须为 none、10 或 100（分）", en="Cash rounding must be none, 10 or 100 (minor units)") \
            from None


def round_cash(amount_minor: int, unit: int) -> int:
    """Half-up to the unit (also for a negative amount: its size is rounded, the sign kept)."""
    if unit <= 1:
        return amount_minor
    sign = -1 if amount_minor < 0 else 1
    size = abs(amount_minor)
    return sign * ((size + unit // 2) // unit * unit)


def rounding_for(total_minor: int, non_cash_minor: int, unit: int) -> int:
    """The signed rounding when cash settles what the card and room parts leave of the total."""
    cash_due = total_minor - non_cash_minor
    return round_cash(cash_due, unit) - cash_due
