"""A posted sale as plain data: what the receipt, the screen and a reprint show.

Built from the sale's own rows only (never the live price list), so a receipt from last year
reprints exactly as it was charged.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFound
from ..models import Counter, Payment, Sale, SaleLine, Staff
from ..models.accounts import AccountCharge, Company
from .settings import load_settings


@dataclass(frozen=True)
class ReceiptLine:
    line_no: int
    service_code: str
    name_zh: str
    name_en: str
    unit: str
    quantity: int
    unit_price_minor: int
    discount_minor: int
    amount_minor: int
    override: bool
    detail: dict

    @property
    def before_discount_minor(self) -> int:
        """The line's price before its discount (the list amount, or the overridden price): what a slip
        prints on the item line, the discount under it, so the printed figures add up to the subtotal."""
        return self.amount_minor + self.discount_minor

    @property
    def service_charged(self) -> bool:
        """Carries service charge (money collected for others, damage compensation and a service whose
        price-list row says so do not), as `counter.surcharges` charged it."""
        d = self.detail
        return not (d.get("pass_through") or d.get("no_surcharge") or d.get("no_service_charge"))

    @property
    def taxed(self) -> bool:
        d = self.detail
        return not (d.get("pass_through") or d.get("no_surcharge") or d.get("no_tax"))


@dataclass(frozen=True)
class ReceiptPayment:
    method: str
    amount_minor: int
    tendered_minor: int | None
    change_minor: int | None
    card_last4: str | None
    card_approval: str | None
    room: str | None
    guest_name: str | None
    voucher_no: str | None
    original_voucher_no: str | None = None  # on a void or refund: the voucher this one reverses
    provider: str | None = None  # qr: wechat | alipay | unionpay
    reference: str | None = None  # qr: the provider's transaction (a refund: its refund) reference
    company: str | None = None  # account: the company charged (the signer is guest_name)


@dataclass(frozen=True)
class Receipt:
    sale_id: int
    kind: str
    counter_code: str
    receipt_no: int
    clerk_name: str
    posted_at: datetime
    business_date: date
    currency: str
    lines: tuple[ReceiptLine, ...]
    service_charge_pct: str
    tax_pct: str
    subtotal_minor: int
    service_charge_minor: int
    tax_minor: int
    total_minor: int
    payments: tuple[ReceiptPayment, ...]
    reverses_receipt_no: int | None = None
    reason: str | None = None
    approved_by_name: str | None = None
    timezone: str = "UTC"  # the hotel's, so the slip shows the time on the counter's clock
    cash_rounding_minor: int = 0  # 抹零, signed: subtotal + service charge + tax + rounding = total
    fapiao: tuple[str, str] | None = None  # (kind, title) of the fapiao requested for the sale, when one was

    @property
    def local_time(self) -> datetime:
        from zoneinfo import ZoneInfo

        return self.posted_at.astimezone(ZoneInfo(self.timezone))

    @property
    def number(self) -> str:
        return f"{self.counter_code}-{self.receipt_no:06d}"

    @property
    def change_minor(self) -> int:
        return sum(p.change_minor or 0 for p in self.payments)


def load_receipt(session: Session, sale_id: int) -> Receipt:
    sale = session.get(Sale, sale_id)
    if sale is None:
        raise NotFound("no_such_sale", "找不到该笔销售", "No such sale")
    counter = session.get(Counter, sale.counter_id)
    clerk = session.get(Staff, sale.clerk_id)
    approver = session.get(Staff, sale.approved_by) if sale.approved_by else None
    original = session.get(Sale, sale.reverses_id) if sale.reverses_id else None
    while original is not None and original.kind != "sale":  # a later partial refund: the sale it gives back
        original = session.get(Sale, original.reverses_id)
    lines = session.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(SaleLine.line_no))
    payments = session.scalars(select(Payment).where(Payment.sale_id == sale.id).order_by(Payment.seq)).all()
    reversed_vouchers = {p.seq: p.voucher_no for p in session.scalars(
        select(Payment).where(Payment.sale_id == original.id))} if original else {}
    companies = dict(session.execute(select(AccountCharge.payment_id, Company.name).join(
        Company, Company.id == AccountCharge.company_id).where(AccountCharge.sale_id == sale.id)).all())
    return Receipt(
        sale_id=sale.id, kind=sale.kind, counter_code=counter.code, receipt_no=sale.receipt_no,
        clerk_name=clerk.name, posted_at=sale.posted_at, business_date=sale.business_date, currency=sale.currency,
        lines=tuple(ReceiptLine(l.line_no, l.service_code, l.name_zh, l.name_en, l.unit, l.quantity,
                                l.unit_price_minor, l.discount_minor, l.amount_minor, l.override, dict(l.detail))
                    for l in lines),
        service_charge_pct=sale.service_charge_pct, tax_pct=sale.tax_pct, subtotal_minor=sale.subtotal_minor,
        service_charge_minor=sale.service_charge_minor, tax_minor=sale.tax_minor, total_minor=sale.total_minor,
        payments=tuple(ReceiptPayment(p.method, p.amount_minor, p.tendered_minor, p.change_minor, p.card_last4,
                                      p.card_approval, p.room, p.guest_name, p.voucher_no,
                                      reversed_vouchers.get(p.seq), p.provider, p.reference,
                                      companies.get(p.id)) for p in payments),
        reverses_receipt_no=original.receipt_no if original else None, reason=sale.reason,
        approved_by_name=approver.name if approver else None,
        timezone=load_settings(session).values["timezone"], cash_rounding_minor=sale.cash_rounding_minor,
        fapiao=_fapiao_of(session, (original or sale).id),
    )


def _fapiao_of(session: Session, sale_id: int) -> tuple[str, str] | None:
    from ..models.fapiao import FapiaoRequest, FapiaoRequestSale

    row = session.execute(select(FapiaoRequest.kind, FapiaoRequest.title)
                          .join(FapiaoRequestSale, FapiaoRequestSale.request_id == FapiaoRequest.id)
                          .where(FapiaoRequestSale.sale_id == sale_id)).first()
    return (row.kind, row.title) if row else None


def find_sale(session: Session, counter_code: str, receipt_no: int) -> int:
    sale_id = session.scalar(
        select(Sale.id).join(Counter, Counter.id == Sale.counter_id)
        .where(Counter.code == counter_code, Sale.receipt_no == receipt_no)
    )
    if sale_id is None:
        raise NotFound("no_such_receipt", "找不到收据 {c}-{n}", "No receipt {c}-{n}", c=counter_code, n=receipt_no)
    return sale_id


def reprint(session: Session, staff_id: int, counter_id: int | None, sale_id: int) -> Receipt:
    """A reprint is answered for in the audit log, and the slip says COPY / 重印."""
    from . import audit

    receipt = load_receipt(session, sale_id)
    audit.record(session, "reprint", staff_id=staff_id, counter_id=counter_id, entity="sale", entity_id=sale_id,
                 receipt=receipt.number)
    return receipt
