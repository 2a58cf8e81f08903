"""What a company owes, read two ways: the monthly statement (opening balance, each charge and payment
of the month, closing balance, due date by the terms) and the supervisor's ageing list.

Ageing is by the charge's business date in hotel time: a void or refund nets against the charge it gives
back; payments received settle the oldest charges first.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Counter, Sale
from ..models.accounts import AccountCharge, AccountReceipt, Company
from .companies import RECEIPT_NAMES, _company
from .settings import load_settings

BUCKETS = ("current", "30", "60", "90")  # 0–29, 30–59, 60–89, 90 days and more
BUCKET_NAMES = {"current": ("未到期", "Current"), "30": ("30 天", "30 days"), "60": ("60 天", "60 days"),
                "90": ("90 天以上", "90+ days")}


@dataclass(frozen=True)
class AgeingRow:
    company_id: int
    code: str
    name: str
    active: bool
    credit_limit_minor: int
    buckets: dict[str, int]

    @property
    def total_minor(self) -> int:
        return sum(self.buckets.values())


def bucket_of(days: int) -> str:
    return "current" if days < 30 else "30" if days < 60 else "60" if days < 90 else "90"


def _original_sale(session: Session, sale_id: int, cache: dict) -> int:
    if sale_id not in cache:
        sale = session.get(Sale, sale_id)
        cache[sale_id] = sale_id if sale.kind == "sale" else _original_sale(session, sale.reverses_id, cache)
    return cache[sale_id]


def open_charges(session: Session, company_id: int, until: date | None = None) -> list[tuple[date, int]]:
    """(business date, amount still owed) of each sale charged, oldest first, after credits and payments."""
    owed: dict[int, list] = {}  # original sale → [date, amount]
    cache: dict[int, int] = {}
    query = select(AccountCharge).where(AccountCharge.company_id == company_id)
    if until is not None:
        query = query.where(AccountCharge.business_date <= until)
    for c in session.scalars(query.order_by(AccountCharge.business_date, AccountCharge.payment_id)):
        entry = owed.setdefault(_original_sale(session, c.sale_id, cache), [c.business_date, 0])
        entry[1] += c.amount_minor
    paid_query = select(AccountReceipt.amount_minor).where(AccountReceipt.company_id == company_id)
    if until is not None:
        paid_query = paid_query.where(AccountReceipt.business_date <= until)
    paid = sum(session.scalars(paid_query))
    left = []
    for day, amount in sorted(owed.values(), key=lambda e: e[0]):
        taken = min(paid, max(0, amount))
        paid -= taken
        if amount - taken:
            left.append((day, amount - taken))
    if paid:  # paid in advance: a credit shown as current
        left.append((until or date.max, -paid))
    return left


def ageing(session: Session, at: datetime | None = None) -> list[AgeingRow]:
    """Every company that owes (or is owed) something, its debt by age at the hotel's business day of `at`."""
    today = load_settings(session).clock.business_date(at)
    rows = []
    for company in session.scalars(select(Company).order_by(Company.name)):
        buckets = dict.fromkeys(BUCKETS, 0)
        for day, amount in open_charges(session, company.id):
            buckets[bucket_of((today - day).days) if day != date.max else "current"] += amount
        if any(buckets.values()):
            rows.append(AgeingRow(company.id, company.code, company.name, company.active, company.credit_limit_minor,
                                  buckets))
    return rows


@dataclass(frozen=True)
class StatementLine:
    day: date
    kind: str  # charge | credit | payment
    reference: str  # receipt number and voucher, or the payment's method and reference
    signer: str
    amount_minor: int  # + owed, − paid or credited


@dataclass(frozen=True)
class Statement:
    company_id: int
    code: str
    name: str
    address: str | None
    credit_limit_minor: int
    terms_days: int
    first: date
    last: date
    opening_minor: int
    lines: tuple[StatementLine, ...]
    currency: str
    contacts: tuple[str, ...]

    @property
    def charges_minor(self) -> int:
        return sum(l.amount_minor for l in self.lines if l.kind != "payment")

    @property
    def payments_minor(self) -> int:
        return -sum(l.amount_minor for l in self.lines if l.kind == "payment")

    @property
    def closing_minor(self) -> int:
        return self.opening_minor + sum(l.amount_minor for l in self.lines)

    @property
    def due(self) -> date:
        return self.last + timedelta(days=self.terms_days)


def month_bounds(month: date) -> tuple[date, date]:
    first = month.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def statement(session: Session, company_id: int, month: date) -> Statement:
    """The company's statement for the business days of `month` (any day of it)."""
    company = _company(session, company_id)
    first, last = month_bounds(month)
    settings = load_settings(session)
    opening = sum(session.scalars(select(AccountCharge.amount_minor).where(
        AccountCharge.company_id == company.id, AccountCharge.business_date < first)))
    opening -= sum(session.scalars(select(AccountReceipt.amount_minor).where(
        AccountReceipt.company_id == company.id, AccountReceipt.business_date < first)))
    lines = []
    for c, receipt_no, counter in session.execute(
            select(AccountCharge, Sale.receipt_no, Counter.code).join(Sale, Sale.id == AccountCharge.sale_id)
            .join(Counter, Counter.id == Sale.counter_id)
            .where(AccountCharge.company_id == company.id, AccountCharge.business_date.between(first, last))
            .order_by(AccountCharge.posted_at, AccountCharge.payment_id)):
        ref = f"{counter}-{receipt_no:06d}" + (f" / {c.voucher_no}" if c.voucher_no else "")
        lines.append(StatementLine(c.business_date, "charge" if c.amount_minor >= 0 else "credit", ref, c.signer,
                                   c.amount_minor))
    for r in session.scalars(select(AccountReceipt).where(
            AccountReceipt.company_id == company.id, AccountReceipt.business_date.between(first, last))
            .order_by(AccountReceipt.received_at, AccountReceipt.id)):
        zh, en = RECEIPT_NAMES[r.method]
        lines.append(StatementLine(r.business_date, "payment", f"{zh} {en}" + (f" {r.reference}" if r.reference else ""),
                                   "", -r.amount_minor))
    lines.sort(key=lambda l: l.day)
    from ..models.accounts import CompanyContact

    contacts = tuple(n for n in session.scalars(select(CompanyContact.name).where(
        CompanyContact.company_id == company.id).order_by(CompanyContact.id)))
    return Statement(company.id, company.code, company.name, company.address, company.credit_limit_minor,
                     company.terms_days, first, last, opening, tuple(lines), settings.display_currency, contacts)
