"""Fapiao (发票) requests: what a guest asked the finance office to issue for which sales, and the
fapiao numbers finance wrote back. Not money: the ledger's sales stay as they were; these rows point at
them. A sale is in at most one request (a unique row per sale), so it is never invoiced twice.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime

FAPIAO_KINDS = ("ordinary", "special")
FAPIAO_STATES = ("requested", "issued")


class FapiaoRequest(Base):
    """A guest's request (普通发票 or 增值税专用发票): the buyer's title and numbers as given, the amount
    (the sales' totals net of refunds when asked), and, once finance has issued it, its number, who, when."""

    __tablename__ = "fapiao_request"
    __table_args__ = (
        CheckConstraint("kind IN ('ordinary','special')", name="kind"),
        CheckConstraint("status IN ('requested','issued')", name="status"),
        CheckConstraint("status <> 'issued' OR (fapiao_no IS NOT NULL AND issued_at IS NOT NULL "
                        "AND issued_by IS NOT NULL)", name="issued_state"),
        CheckConstraint("kind <> 'special' OR (taxpayer_no IS NOT NULL AND address IS NOT NULL AND phone IS NOT NULL "
                        "AND bank IS NOT NULL AND account IS NOT NULL)", name="special_fields"),
        CheckConstraint("NOT electronic OR email IS NOT NULL", name="electronic_email"),
        Index("ix_fapiao_request_business_date", "business_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    requested_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    business_date: Mapped[date] = mapped_column(Date)  # the hotel's day it was asked: the day's list
    kind: Mapped[str] = mapped_column(String(10))
    electronic: Mapped[bool] = mapped_column(default=False)
    title: Mapped[str] = mapped_column(String(200))  # 抬头: a company's name or a person's
    taxpayer_no: Mapped[str | None] = mapped_column(String(18))  # 统一社会信用代码 (none for a person)
    address: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    bank: Mapped[str | None] = mapped_column(String(200))
    account: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int]
    status: Mapped[str] = mapped_column(String(10), default="requested")
    fapiao_no: Mapped[str | None] = mapped_column(String(40))
    issued_amount_minor: Mapped[int | None]
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class FapiaoRequestSale(Base):
    """One sale of a request; `sale_id` is unique, so the database refuses a second request for it."""

    __tablename__ = "fapiao_request_sale"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("fapiao_request.id"), index=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sale.id"), unique=True)


class FapiaoRedLetter(Base):
    """A red-letter fapiao (红字发票) finance issued for a void or refund of an invoiced sale; one per reversal."""

    __tablename__ = "fapiao_red_letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("fapiao_request.id"), index=True)
    reversal_id: Mapped[int] = mapped_column(ForeignKey("sale.id"), unique=True)
    red_no: Mapped[str] = mapped_column(String(40))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    issued_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
