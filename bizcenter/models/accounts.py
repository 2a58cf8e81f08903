"""Company accounts (挂账 / city ledger): the companies the hotel invoices monthly, their contacts, the
charges signed at the counter and the payments received against each account.

A company and its contacts are master data the supervisor edits. Charges and receipts are money: both
are append-only (ORM guard + database triggers); a void or refund of a charged sale writes a negative
charge for its reversing payment, never an edit. A charge keeps the company link beside the payment row
(the payment table is hash-chained and keeps only its own columns: method 'account', the signer in
`guest_name`, the voucher number in `voucher_no`).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime

RECEIPT_METHODS = ("cash", "card", "transfer")


class Company(Base):
    """A company allowed to sign for its people's services: limit (fen) and payment terms (days)."""

    __tablename__ = "company"
    __table_args__ = (
        CheckConstraint("credit_limit_minor >= 0", name="credit_limit"),
        CheckConstraint("terms_days BETWEEN 0 AND 365", name="terms_days"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    credit_limit_minor: Mapped[int]
    terms_days: Mapped[int] = mapped_column(default=30)
    active: Mapped[bool] = mapped_column(default=True)
    changed_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CompanyContact(Base):
    """A person at the company; `authorised` contacts are the only names that may sign a charge."""

    __tablename__ = "company_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))  # E.164
    email: Mapped[str | None] = mapped_column(String(200))
    authorised: Mapped[bool] = mapped_column(default=True)


class AccountCharge(Base):
    """One account payment of a sale (positive) or of its void/refund (negative), with who signed."""

    __tablename__ = "account_charge"
    __table_args__ = (Index("ix_account_charge_company", "company_id", "business_date"),)

    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id"), primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    sale_id: Mapped[int] = mapped_column(ForeignKey("sale.id"))
    amount_minor: Mapped[int]
    signer: Mapped[str] = mapped_column(String(200))
    voucher_no: Mapped[str | None] = mapped_column(String(30))
    business_date: Mapped[date] = mapped_column(Date)
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AccountReceipt(Base):
    """Money received from the company against its account (cash, card or bank transfer)."""

    __tablename__ = "account_receipt"
    __table_args__ = (
        CheckConstraint("method IN ('cash','card','transfer')", name="method"),
        CheckConstraint("amount_minor > 0", name="amount"),
        Index("ix_account_receipt_company", "company_id", "business_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    method: Mapped[str] = mapped_column(String(10))
    amount_minor: Mapped[int]
    reference: Mapped[str | None] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(Text)
    business_date: Mapped[date] = mapped_column(Date)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
