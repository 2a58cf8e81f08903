"""The counter ledger: sales (and their reversals), lines and payments. Append-only.

A void or refund is a new Sale with kind 'void'/'refund' pointing at the original; the unique
index on `reverses_id` makes "nothing is reversed twice" a database fact, not a hope.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime

SALE_KINDS = ("sale", "void", "refund")
PAYMENT_METHODS = ("cash", "card", "room", "qr", "account")
QR_PROVIDERS = ("wechat", "alipay", "unionpay")


class Sale(Base):
    __tablename__ = "sale"
    __table_args__ = (
        UniqueConstraint("counter_id", "receipt_no", name="uq_sale_counter_receipt"),
        CheckConstraint("kind IN ('sale','void','refund')", name="kind"),
        CheckConstraint("(kind = 'sale') = (reverses_id IS NULL)", name="reversal_link"),
        Index("ix_sale_business_date", "business_date"),
        Index("ix_sale_shift", "shift_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    receipt_no: Mapped[int]
    shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id"))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    business_date: Mapped[date] = mapped_column(Date)
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(10), default="sale")
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("sale.id"), unique=True)
    reason: Mapped[str | None] = mapped_column(Text)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    currency: Mapped[str] = mapped_column(String(3))
    price_list_version_id: Mapped[int | None] = mapped_column(ForeignKey("price_list_version.id"))
    service_charge_pct: Mapped[str] = mapped_column(String(10))
    tax_pct: Mapped[str] = mapped_column(String(10))
    subtotal_minor: Mapped[int]
    service_charge_minor: Mapped[int]
    tax_minor: Mapped[int]
    total_minor: Mapped[int]
    # cash rounding (抹零, workflows/cashround.py), signed: subtotal + service charge + tax + this = total
    cash_rounding_minor: Mapped[int] = mapped_column(default=0, server_default="0")
    draft_key: Mapped[str | None] = mapped_column(String(64), unique=True)


class SaleLine(Base):
    """A priced line; it keeps its own text and price, so an old receipt reprints after the
    price list changes. `detail` is the business record (fax number and zone, pages, minutes…)."""

    __tablename__ = "sale_line"
    __table_args__ = (UniqueConstraint("sale_id", "line_no", name="uq_sale_line_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sale.id"))
    line_no: Mapped[int]
    service_code: Mapped[str] = mapped_column(String(30))
    name_zh: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[int]
    unit_price_minor: Mapped[int]
    list_amount_minor: Mapped[int]
    discount_minor: Mapped[int] = mapped_column(default=0)
    amount_minor: Mapped[int]
    override: Mapped[bool] = mapped_column(default=False)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    approval_reason: Mapped[str | None] = mapped_column(Text)
    price_item_id: Mapped[int | None] = mapped_column(ForeignKey("price_item.id"))
    detail: Mapped[dict] = mapped_column(default=dict)


class Payment(Base):
    """Cash keeps tendered and change; card keeps only last four digits and the approval code;
    room keeps the stay, the name that was checked and the voucher number for the signature."""

    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint("method IN ('cash','card','room','qr','account') AND (method = 'qr') = (provider IS NOT NULL) "
                        "AND (provider IS NULL OR provider IN ('wechat','alipay','unionpay'))", name="method"),
        CheckConstraint("card_last4 IS NULL OR length(card_last4) = 4", name="card_last4"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sale.id"), index=True)
    seq: Mapped[int]
    method: Mapped[str] = mapped_column(String(10))
    amount_minor: Mapped[int]
    tendered_minor: Mapped[int | None]
    change_minor: Mapped[int | None]
    card_last4: Mapped[str | None] = mapped_column(String(4))
    card_approval: Mapped[str | None] = mapped_column(String(12))
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stay.id"))
    room: Mapped[str | None] = mapped_column(String(10))
    guest_name: Mapped[str | None] = mapped_column(String(200))
    voucher_no: Mapped[str | None] = mapped_column(String(30))
    provider: Mapped[str | None] = mapped_column(String(10))  # qr: wechat | alipay | unionpay
    reference: Mapped[str | None] = mapped_column(String(40))  # qr: the provider's transaction (or refund) number
