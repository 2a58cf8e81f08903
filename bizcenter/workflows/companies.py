"""Company accounts (挂账): the supervisor keeps the companies (contacts, credit limit, terms, open or
closed); the counter charges a sale to an account with the signer's name; payments received against an
account reduce what it owes.

The balance is never stored: it is the account's charges (a void or refund writes a negative one) less
the payments received, so a charge and its credit back can never disagree with the figure shown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

import phonenumbers
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Payment, utcnow
from ..models.accounts import RECEIPT_METHODS, AccountCharge, AccountReceipt, Company, CompanyContact
from ..money import format_money
from ..textguard import clean_text
from . import audit
from .settings import load_settings
from .staff import require_role

MAX_LIMIT_MINOR = 100_000_000  # one million yuan
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
RECEIPT_NAMES = {"cash": ("现金", "Cash"), "card": ("刷卡", "Card"), "transfer": ("银行转账", "Bank transfer")}


@dataclass(frozen=True)
class ContactInput:
    name: str
    phone: str | None = None
    email: str | None = None
    authorised: bool = True


@dataclass(frozen=True)
class CompanyInput:
    code: str
    name: str
    credit_limit_minor: int
    terms_days: int = 30
    address: str | None = None
    active: bool = True
    contacts: tuple[ContactInput, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class CompanyView:
    id: int
    code: str
    name: str
    address: str | None
    credit_limit_minor: int
    terms_days: int
    active: bool
    balance_minor: int
    contacts: tuple[ContactInput, ...]

    @property
    def available_minor(self) -> int:
        return max(0, self.credit_limit_minor - self.balance_minor)

    @property
    def signers(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.contacts if c.authorised)


def check_phone(phone: str | None, region: str = "CN") -> str | None:
    if not (phone or "").strip():
        return None
    try:
        parsed = phonenumbers.parse(phone.strip(), region)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        raise InvalidInput("company_phone", "联系电话不正确：{p}", "The contact's phone number is not valid: {p}",
                           p=str(phone)[:30])
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _check_email(email: str | None) -> str | None:
    email = (email or "").strip()
    if not email:
        return None
    if len(email) > 200 or not _EMAIL.match(email):
        raise InvalidInput("company_email", "电子邮箱不正确：{e}", "The e-mail address is not valid: {e}", e=email[:60])
    return email


def _whole(value, low: int, high: int, zh: str, en: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput("company_number", "{what_zh}须为 {low} 到 {high} 的整数",
                           "{what_en} must be a whole number from {low} to {high}", what_zh=zh, what_en=en, low=low,
                           high=high)
    return value


def save_company(session: Session, staff_id: int, data: CompanyInput, company_id: int | None = None,
                 at: datetime | None = None) -> int:
    """Add a company or change one (its contacts are replaced by the given list); closing is `active=False`."""
    require_role(session, staff_id)
    at = at or utcnow()
    code = clean_text(data.code, "编号", "code", max_len=20, required=True).upper()
    name = clean_text(data.name, "公司名称", "company name", max_len=200, required=True)
    address = clean_text(data.address, "地址", "address", multiline=True) or None
    limit = _whole(data.credit_limit_minor, 0, MAX_LIMIT_MINOR, "信用额度", "The credit limit")
    terms = _whole(data.terms_days, 0, 365, "付款期限（天）", "The payment terms (days)")
    contacts = [ContactInput(clean_text(c.name, "联系人", "contact's name", max_len=200, required=True),
                             check_phone(c.phone), _check_email(c.email), bool(c.authorised)) for c in data.contacts]
    clash = session.scalar(select(Company.id).where(Company.code == code))
    if clash is not None and clash != company_id:
        raise InvalidInput("company_code_taken", "公司编号 {code} 已存在", "Company code {code} is already used", code=code)
    if company_id is None:
        company = Company(code=code, name=name, address=address, credit_limit_minor=limit, terms_days=terms,
                          active=bool(data.active), changed_by=staff_id, changed_at=at)
        session.add(company)
        session.flush()
    else:
        company = _company(session, company_id)
        company.code, company.name, company.address = code, name, address
        company.credit_limit_minor, company.terms_days, company.active = limit, terms, bool(data.active)
        company.changed_by, company.changed_at = staff_id, at
        for old in session.scalars(select(CompanyContact).where(CompanyContact.company_id == company.id)):
            session.delete(old)
    for c in contacts:
        session.add(CompanyContact(company_id=company.id, name=c.name, phone=c.phone, email=c.email,
                                   authorised=c.authorised))
    session.flush()
    audit.record(session, "company_saved", staff_id=staff_id, entity="company", entity_id=company.id, at=at,
                 code=code, credit_limit=limit, terms_days=terms, active=bool(data.active), contacts=len(contacts))
    return company.id


def _company(session: Session, company_id: int, lock: bool = False) -> Company:
    query = select(Company).where(Company.id == company_id)
    company = session.scalar(query.with_for_update() if lock else query)
    if company is None:
        raise NotFound("company_not_found", "找不到该挂账单位", "No such company account")
    return company


def balance(session: Session, company_id: int) -> int:
    charged = session.scalar(select(func.coalesce(func.sum(AccountCharge.amount_minor), 0))
                             .where(AccountCharge.company_id == company_id))
    received = session.scalar(select(func.coalesce(func.sum(AccountReceipt.amount_minor), 0))
                              .where(AccountReceipt.company_id == company_id))
    return int(charged) - int(received)


def companies(session: Session, open_only: bool = False) -> list[CompanyView]:
    query = select(Company).order_by(Company.name)
    if open_only:
        query = query.where(Company.active.is_(True))
    return [company_view(session, c.id) for c in session.scalars(query)]


def company_view(session: Session, company_id: int) -> CompanyView:
    c = _company(session, company_id)
    contacts = tuple(ContactInput(x.name, x.phone, x.email, x.authorised) for x in session.scalars(
        select(CompanyContact).where(CompanyContact.company_id == c.id).order_by(CompanyContact.id)))
    return CompanyView(c.id, c.code, c.name, c.address, c.credit_limit_minor, c.terms_days, c.active,
                       balance(session, c.id), contacts)


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def check_charge(session: Session, company_id: int | None, signer: str | None, amount_minor: int) -> tuple[Company, str]:
    """The company (locked for the sale's transaction, so two counters cannot both spend the last of a
    limit) and the signer's name as stored; refused when closed, over the limit or signed by a stranger."""
    if not company_id:
        raise InvalidInput("account_company", "请选择挂账单位", "Choose the company account")
    company = _company(session, company_id, lock=True)
    if not company.active:
        raise NotAllowed("account_closed", "挂账单位 {name} 已停用，不能挂账", "The account of {name} is closed: it cannot be charged",
                         name=company.name)
    signer = clean_text(signer, "签字人", "signer's name", max_len=200, required=True)
    allowed = [c.name for c in session.scalars(select(CompanyContact).where(
        CompanyContact.company_id == company.id, CompanyContact.authorised.is_(True)))]
    if allowed:
        match = next((n for n in allowed if _same_name(n, signer)), None)
        if match is None:
            raise NotAllowed("account_signer", "{signer} 不是 {name} 的授权签字人", "{signer} may not sign for {name}",
                             signer=signer, name=company.name)
        signer = match
    owed = balance(session, company.id)
    if owed + amount_minor > company.credit_limit_minor:
        currency = load_settings(session).display_currency
        raise NotAllowed("account_over_limit", "超出 {name} 的信用额度：尚可挂账 {left}，本次 {amount}",
                         "Over the credit limit of {name}: {left} left, this charge is {amount}",
                         name=company.name, left=format_money(max(0, company.credit_limit_minor - owed), currency),
                         amount=format_money(amount_minor, currency))
    return company, signer


def record_charge(conn, company_id: int, payment_id: int, sale_id: int, amount_minor: int, signer: str,
                  voucher_no: str | None, business_date, at: datetime) -> None:
    conn.execute(insert(AccountCharge.__table__).values(
        payment_id=payment_id, company_id=company_id, sale_id=sale_id, amount_minor=amount_minor, signer=signer,
        voucher_no=voucher_no, business_date=business_date, posted_at=at))


def credit_back(session: Session, charged: Payment, back: Payment, reversal, at: datetime) -> None:
    """A void or refund of an account payment: the account owes that much less (a negative charge)."""
    original = session.get(AccountCharge, charged.id)
    if original is None:
        raise NotFound("account_charge_missing", "找不到原挂账记录", "The original account charge is missing")
    session.add(AccountCharge(payment_id=back.id, company_id=original.company_id, sale_id=reversal.id,
                              amount_minor=back.amount_minor, signer=original.signer, voucher_no=back.voucher_no,
                              business_date=reversal.business_date, posted_at=at))
    session.flush()


def receive_payment(session: Session, staff_id: int, company_id: int, method: str, amount_minor: int,
                    reference: str | None = None, note: str | None = None, at: datetime | None = None) -> int:
    """Money received from the company against its account (the supervisor's, not the counter drawer's)."""
    require_role(session, staff_id)
    at = at or utcnow()
    company = _company(session, company_id)
    if method not in RECEIPT_METHODS:
        raise InvalidInput("account_receipt_method", "请选择现金、刷卡或银行转账", "Choose cash, card or bank transfer")
    amount = _whole(amount_minor, 1, MAX_LIMIT_MINOR, "收款金额（分）", "The amount received (fen)")
    reference = clean_text(reference, "参考号", "reference", max_len=60) or None
    if method == "transfer" and not reference:
        raise InvalidInput("account_receipt_reference", "银行转账请填写银行流水号", "Enter the bank's reference for a transfer")
    note = clean_text(note, "备注", "note", multiline=True) or None
    receipt = AccountReceipt(company_id=company.id, method=method, amount_minor=amount, reference=reference, note=note,
                             business_date=load_settings(session).clock.business_date(at), received_at=at,
                             received_by=staff_id)
    session.add(receipt)
    session.flush()
    audit.record(session, "account_payment_received", staff_id=staff_id, entity="company", entity_id=company.id,
                 at=at, amount=amount, method=method, reference=reference)
    return receipt.id


def charged_on(session: Session, business_date) -> int:
    """The account ledger's charges (less credits) of one business day: the day's check holds them against
    the sales' account payments, apart from the drawer's cash."""
    return int(session.scalar(select(func.coalesce(func.sum(AccountCharge.amount_minor), 0))
                              .where(AccountCharge.business_date == business_date)))
