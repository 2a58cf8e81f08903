"""A bill before it is posted: the line and payment requests, the quote, the card check.

Every workflow that bills (fax, calls, courier, bookings, tickets, internet) builds `LineRequest`s and
asks for a `quote` here; `counter.settle` posts them. Kept apart from the counter so that the workflows
and the services that settle their lines import nothing of the sale's posting.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..money import percent_of
from ..pricing import Charge, price, tariff
from ..textguard import last_four
from .cashround import round_cash, unit_of
from .catalogue import current_pricelist, zones_of
from .settings import Settings, load_settings
from .staff import Credentials

MAX_SALE_MINOR = 100_000_000  # ¥1,000,000 on one slip is a slip of the finger
_DIGITS = re.compile(r"\d")


@dataclass(frozen=True)
class LineRequest:
    service: str
    params: dict = field(default_factory=dict)
    discount_minor: int = 0
    override_amount_minor: int | None = None
    reason: str | None = None
    record: dict = field(default_factory=dict)  # procedure facts kept with the line (proof checked, waybill…)


@dataclass(frozen=True)
class PaymentRequest:
    method: str  # cash | card | room | qr | account
    amount_minor: int
    tendered_minor: int | None = None
    card_last4: str | None = None
    card_approval: str | None = None
    room: str | None = None
    guest_name: str | None = None
    provider: str | None = None  # qr: wechat | alipay | unionpay, as confirmed by the acquirer (payments/qr.py)
    reference: str | None = None  # qr: the provider's transaction reference (never the guest's payment code)
    company_id: int | None = None  # account: the company charged (the signer's name in guest_name)


@dataclass(frozen=True)
class SaleDraft:
    lines: tuple[LineRequest, ...]
    payments: tuple[PaymentRequest, ...]
    draft_key: str | None = None
    approval: Credentials | None = None


@dataclass(frozen=True)
class QuotedLine:
    request: LineRequest
    charge: Charge
    price_item_id: int | None  # None: a damage line, priced case by case
    amount_minor: int  # after discount / override


@dataclass(frozen=True)
class Quote:
    lines: tuple[QuotedLine, ...]
    price_list_version_id: int
    currency: str
    service_charge_pct: str
    tax_pct: str
    subtotal_minor: int
    service_charge_minor: int
    tax_minor: int
    total_minor: int
    cash_rounding_unit: int = 0  # cash is rounded to this (minor units; 0: not rounded), see cashround.py

    def cash_due(self, non_cash_minor: int = 0) -> int:
        """What the guest pays in cash when card and room parts of `non_cash_minor` went first."""
        return round_cash(self.total_minor - non_cash_minor, self.cash_rounding_unit)


def totals(subtotal: int, settings: Settings) -> tuple[int, int, int]:
    """Service charge and tax on a subtotal: the one place the sale-level rounding happens."""
    service = percent_of(subtotal, settings.service_charge)
    base = subtotal + service if settings.tax_on_service_charge else subtotal
    tax = percent_of(base, settings.tax)
    return service, tax, subtotal + service + tax


def surcharges(lines, settings: Settings) -> tuple[int, int]:
    """Service charge and tax of a bill from its (amount, detail) lines. Money collected for someone else
    (the air fare for the agency) and compensation for damage carry neither; a service whose price-list
    row says so carries no service charge (``no_service_charge``) or no tax (``no_tax``). Tax on the
    service charge counts only the service charge of lines that are taxed; each figure is rounded once."""
    free = [d.get("pass_through") or d.get("no_surcharge") for _, d in lines]
    charged = [0 if f or d.get("no_service_charge") else a for (a, d), f in zip(lines, free)]
    taxed = [0 if f or d.get("no_tax") else a for (a, d), f in zip(lines, free)]
    if charged == taxed:  # every line alike: the one rule of `totals`
        service, tax, _ = totals(sum(taxed), settings)
        return service, tax
    service = percent_of(sum(charged), settings.service_charge)
    base = sum(taxed)
    if settings.tax_on_service_charge:
        base += percent_of(sum(c for c, t in zip(charged, taxed) if t), settings.service_charge)
    return service, percent_of(base, settings.tax)


def _int(value, what_zh: str, what_en: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(zh="{wz}必须是整数金额", en="{we} must be a whole amount", wz=what_zh, we=what_en)
    return value


def _quote_line(req: LineRequest, pricelist, zones) -> QuotedLine:
    t = tariff(req.service)
    if t is not None and not t.listed:  # agreed case by case and approved at settle: not in the price list
        if req.discount_minor or req.override_amount_minor is not None:
            raise InvalidInput("damage_adjusted", "赔偿金额直接填写，不能再打折或改价",
                               "Enter the compensation itself; it takes no discount or price override")
        c = t.price(None, req.params, zones)
        return QuotedLine(req, c, None, c.amount_minor)
    item_id, item = pricelist.item(req.service)
    charge = price(item, req.params, zones, rule_checked=True)
    amount = charge.amount_minor
    if req.override_amount_minor is not None:
        amount = _int(req.override_amount_minor, "改价", "An overridden price")
        if not 0 <= amount <= MAX_SALE_MINOR:
            raise InvalidInput(zh="改价金额不正确", en="The overridden price is not valid")
    discount = _int(req.discount_minor, "折扣", "A discount")
    if discount < 0 or discount > amount:
        raise InvalidInput(zh="折扣不能为负，也不能超过金额", en="A discount cannot be negative or exceed the line")
    return QuotedLine(req, charge, item_id, amount - discount)


def quote(session: Session, lines: tuple[LineRequest, ...] | list[LineRequest], at: datetime | None = None) -> Quote:
    """Price a bill without writing anything: what the clerk tells the guest before the work."""
    settings = load_settings(session)
    return quote_lines(lines, settings, current_pricelist(session, at), zones_of(settings))


def quote_lines(lines, settings: Settings, pricelist, zones) -> Quote:
    """`quote` against a given price-list version (settle quotes against the version the shift sells by)."""
    if not lines:
        raise InvalidInput("empty_sale", "账单中没有项目", "The bill has no items")
    quoted = tuple(_quote_line(r, pricelist, zones) for r in lines)
    subtotal = sum(q.amount_minor for q in quoted)
    service, tax = surcharges([(q.amount_minor, q.charge.detail) for q in quoted], settings)
    total = subtotal + service + tax
    if total > MAX_SALE_MINOR:
        raise InvalidInput("absurd_total", "金额过大，请检查数量", "The total is implausibly large; check the quantities")
    return Quote(quoted, pricelist.version_id, settings.currency, str(settings.service_charge),
                 str(settings.tax), subtotal, service, tax, total, unit_of(settings.cash_rounding))


def check_card(last4: str | None, approval: str | None) -> tuple[str, str]:
    """Only the last four digits and the approval code; anything longer is refused, never stored."""
    last4 = (last4 or "").strip()
    approval = (approval or "").strip().upper()
    if len(_DIGITS.findall(last4)) > 4 or len(_DIGITS.findall(approval)) > 8:
        raise InvalidInput("full_card_number", "请勿输入完整卡号，只需卡号后四位和授权码",
                           "Do not enter the full card number: only its last four digits and the approval code")
    last4 = last_four(last4)
    if not (2 <= len(approval) <= 12 and approval.isalnum() and approval.isascii()):
        raise InvalidInput("card_approval", "请输入刷卡授权码（2 到 12 位字母数字）",
                           "Enter the card approval code (2 to 12 letters or digits)")
    return last4, approval
