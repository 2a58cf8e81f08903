"""Fapiao (发票) requests: the guest asks at the counter, the finance office issues.

- A request covers one or more posted sales of the same currency, each not voided and with something
  left after its refunds; its amount is the sales' totals net of refunds. A sale is in one request at most:
  `fapiao_request_sale.sale_id` is unique, so two counters asking for the same sale at once cannot both win.
- The finance office's daily list (`day_list`) holds the requests asked that day and those of earlier days
  still not issued, and the red-letter fapiaos (红字发票) due: a void or refund posted after its sale's
  fapiao was issued. Finance marks a request issued with the fapiao's number (`issue`, amount then frozen
  net of refunds so far) and a red-letter one with its number (`issue_red`); who and when are kept and audited.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Counter, Sale, Staff, utcnow
from ..models.fapiao import FapiaoRedLetter, FapiaoRequest, FapiaoRequestSale
from . import audit
from .fapiao_fields import KINDS, FapiaoAsk, checked
from .refundable import chain
from .reversed_lines import REVERSAL_ROOT
from .settings import load_settings
from .staff import Operator, require_role

FILTERS = ("all", "requested", "issued", "red")
_NUMBER = re.compile(r"[0-9A-Za-z-]{8,40}")


@dataclass(frozen=True)
class FapiaoRow:
    id: int
    business_date: date
    kind: str
    electronic: bool
    title: str
    taxpayer_no: str | None
    address: str | None
    phone: str | None
    bank: str | None
    account: str | None
    email: str | None
    receipts: tuple[str, ...]
    currency: str
    amount_minor: int               # issued: as invoiced; else the sales' totals net of refunds now
    status: str
    fapiao_no: str | None
    requested_at: datetime          # in hotel time
    requested_by: str
    issued_at: datetime | None
    issued_by: str | None

    @property
    def kind_names(self) -> tuple[str, str]:
        return KINDS[self.kind]


@dataclass(frozen=True)
class RedLetterRow:
    """A void or refund of an invoiced sale, for which finance issues a red-letter fapiao."""

    reversal_id: int
    receipt: str
    reversal_kind: str
    business_date: date
    amount_minor: int               # what was given back (positive)
    currency: str
    request_id: int
    fapiao_no: str
    title: str
    taxpayer_no: str | None
    red_no: str | None
    issued_at: datetime | None
    issued_by: str | None


@dataclass(frozen=True)
class FapiaoList:
    day: date
    requests: tuple[FapiaoRow, ...]
    red_letters: tuple[RedLetterRow, ...]


def _receipt_no(session: Session, sale: Sale) -> str:
    return f"{session.get(Counter, sale.counter_id).code}-{sale.receipt_no:06d}"


def net_of_refunds(session: Session, sale: Sale) -> tuple[int, bool]:
    """The sale's total less what its voids and refunds gave back, and whether it was voided."""
    done = chain(session, sale)
    return sale.total_minor + sum(r.total_minor for r in done), any(r.kind == "void" for r in done)


def request(session: Session, op: Operator, sale_ids, ask: FapiaoAsk, at: datetime | None = None) -> FapiaoRow:
    """Record the guest's request for the sales; refused field by field, and for any sale that cannot be invoiced."""
    at = at or utcnow()
    ask = checked(ask)
    ids = list(dict.fromkeys(int(i) for i in sale_ids))
    if not ids:
        raise InvalidInput("fapiao_no_sales", "请选择要开发票的收据", "Choose the receipts the fapiao is for")
    sales, total = [], 0
    for sid in ids:
        sale = session.get(Sale, sid)
        if sale is None:
            raise NotFound("no_such_sale", "找不到该笔销售", "No such sale")
        number = _receipt_no(session, sale)
        if sale.kind != "sale":
            raise NotAllowed("fapiao_reversal", "收据 {r} 是作废或退款单，不能开发票",
                             "Receipt {r} is a void or refund: no fapiao is issued for it", r=number)
        taken = session.scalar(select(FapiaoRequestSale.request_id).where(FapiaoRequestSale.sale_id == sid))
        if taken is not None:
            raise NotAllowed("fapiao_already_requested", "收据 {r} 已申请过发票（申请 {n} 号）",
                             "A fapiao was already requested for receipt {r} (request {n})", r=number, n=taken)
        net, voided = net_of_refunds(session, sale)
        if voided or net <= 0:
            raise NotAllowed("fapiao_nothing_left", "收据 {r} 已作废或全额退款，不能开发票",
                             "Receipt {r} was voided or refunded in full: there is nothing to invoice", r=number)
        if sales and sale.currency != sales[0].currency:
            raise InvalidInput("fapiao_currency", "一张发票的收据须为同一币种", "The receipts of one fapiao must be in one currency")
        sales.append(sale)
        total += net
    clock = load_settings(session).clock
    row = FapiaoRequest(counter_id=op.counter_id, requested_at=at, requested_by=op.staff_id,
                        business_date=clock.business_date(at), kind=ask.kind, electronic=ask.electronic,
                        title=ask.title, taxpayer_no=ask.taxpayer_no or None, address=ask.address or None,
                        phone=ask.phone or None, bank=ask.bank or None, account=ask.account or None,
                        email=ask.email or None, currency=sales[0].currency, amount_minor=total, status="requested")
    session.add(row)
    session.flush()
    for sale in sales:
        session.add(FapiaoRequestSale(request_id=row.id, sale_id=sale.id))
    session.flush()  # the unique row per sale: a request racing this one fails here
    audit.record(session, "fapiao_request", staff_id=op.staff_id, counter_id=op.counter_id, entity="fapiao_request",
                 entity_id=row.id, at=at, kind=ask.kind, amount_minor=total,
                 receipts=[_receipt_no(session, s) for s in sales])
    return _row(session, row, clock)


def request_receipts(session: Session, op: Operator, sale_id: int | None, more: str, ask: FapiaoAsk,
                     at: datetime | None = None) -> FapiaoRow:
    """The counter's form: the receipt on screen and any more typed as numbers — '12' at this counter or
    'BC2-000012' at another — separated by commas or spaces."""
    from .receipts import find_sale

    ids = [sale_id] if sale_id else []
    here = session.get(Counter, op.counter_id).code
    for word in re.split(r"[\s,;，、]+", more or ""):
        if not word:
            continue
        code, _, number = word.rpartition("-")
        if not number.isdigit():
            raise InvalidInput("fapiao_receipt_no", "收据号格式不正确：{w}（如 12 或 BC1-000012）",
                               "Not a receipt number: {w} (e.g. 12 or BC1-000012)", w=word)
        ids.append(find_sale(session, code.upper() or here, int(number)))
    return request(session, op, ids, ask, at)


def for_sale(session: Session, sale_id: int) -> FapiaoRequest | None:
    """The request covering a sale (or the sale a void or refund gives back), if any: what the receipt says."""
    sale = session.get(Sale, sale_id)
    while sale is not None and sale.kind != "sale" and sale.reverses_id is not None:
        sale = session.get(Sale, sale.reverses_id)
    if sale is None:
        return None
    return session.scalar(select(FapiaoRequest).join(FapiaoRequestSale, FapiaoRequestSale.request_id == FapiaoRequest.id)
                          .where(FapiaoRequestSale.sale_id == sale.id))


def _name(session: Session, staff_id: int | None) -> str | None:
    return session.get(Staff, staff_id).name if staff_id else None


def _sales_of(session: Session, request_id: int) -> list[Sale]:
    return list(session.scalars(select(Sale).join(FapiaoRequestSale, FapiaoRequestSale.sale_id == Sale.id)
                                .where(FapiaoRequestSale.request_id == request_id).order_by(Sale.id)))


def _row(session: Session, r: FapiaoRequest, clock) -> FapiaoRow:
    sales = _sales_of(session, r.id)
    amount = r.issued_amount_minor if r.status == "issued" else sum(net_of_refunds(session, s)[0] for s in sales)
    return FapiaoRow(r.id, r.business_date, r.kind, r.electronic, r.title, r.taxpayer_no, r.address, r.phone, r.bank,
                     r.account, r.email, tuple(_receipt_no(session, s) for s in sales), r.currency, amount, r.status,
                     r.fapiao_no, clock.local(r.requested_at), _name(session, r.requested_by),
                     clock.local(r.issued_at) if r.issued_at else None, _name(session, r.issued_by))


def _red_due(session: Session, day: date | None = None) -> list[tuple[Sale, FapiaoRequest]]:
    """Voids and refunds posted after their sale's fapiao was issued (up to `day`), oldest first."""
    pairs = session.execute(text(
        f"WITH RECURSIVE {REVERSAL_ROOT} SELECT x.id, s.request_id FROM reversal_root x "
        "JOIN fapiao_request_sale s ON s.sale_id = x.root")).all()
    out = []
    for reversal_id, request_id in pairs:
        rev, req = session.get(Sale, reversal_id), session.get(FapiaoRequest, request_id)
        if req.status == "issued" and rev.posted_at > req.issued_at and (day is None or rev.business_date <= day):
            out.append((rev, req))
    return sorted(out, key=lambda p: (p[0].posted_at, p[0].id))


def day_list(session: Session, staff_id: int | None, day: date, show: str = "all") -> FapiaoList:
    """The finance office's list for a business day: requests asked that day and earlier ones not yet issued;
    red-letter fapiaos due for reversals that day and earlier ones not yet issued. `show` narrows it.
    In the app a supervisor's; `staff_id` None is the command line's, which reads reports as the night audit."""
    if staff_id is not None:
        require_role(session, staff_id)
    if show not in FILTERS:
        raise InvalidInput("fapiao_filter", "未知筛选：{f}", "Unknown filter: {f}", f=show)
    clock = load_settings(session).clock
    rows: list[FapiaoRow] = []
    if show != "red":
        q = select(FapiaoRequest).where(
            (FapiaoRequest.business_date == day)
            | ((FapiaoRequest.business_date < day) & (FapiaoRequest.status == "requested")))
        if show in ("requested", "issued"):
            q = q.where(FapiaoRequest.status == show)
        rows = [_row(session, r, clock) for r in session.scalars(q.order_by(FapiaoRequest.requested_at, FapiaoRequest.id))]
    reds: list[RedLetterRow] = []
    if show in ("all", "red"):
        done = {d.reversal_id: d for d in session.scalars(select(FapiaoRedLetter))}
        for rev, req in _red_due(session, day):
            d = done.get(rev.id)
            if rev.business_date != day and d is not None:
                continue  # an earlier day's, already issued
            reds.append(RedLetterRow(rev.id, _receipt_no(session, rev), rev.kind, rev.business_date, -rev.total_minor,
                                     rev.currency, req.id, req.fapiao_no, req.title, req.taxpayer_no,
                                     d.red_no if d else None, clock.local(d.issued_at) if d else None,
                                     _name(session, d.issued_by) if d else None))
    return FapiaoList(day, tuple(rows), tuple(reds))


def _fapiao_number(number: str) -> str:
    number = (number or "").strip()
    if not _NUMBER.fullmatch(number):
        raise InvalidInput("fapiao_number", "发票号码应为 8 至 40 位数字或字母：{n}",
                           "The fapiao number must be 8 to 40 digits or letters: {n}", n=number or "—")
    return number


def issue(session: Session, staff_id: int, request_id: int, number: str, at: datetime | None = None) -> FapiaoRow:
    """Finance issued the fapiao: its number, who, when; the amount is frozen net of refunds so far."""
    require_role(session, staff_id)
    at = at or utcnow()
    number = _fapiao_number(number)
    req = session.get(FapiaoRequest, request_id)
    if req is None:
        raise NotFound("fapiao_no_request", "找不到发票申请 {n}", "No fapiao request {n}", n=request_id)
    if req.status == "issued":
        raise NotAllowed("fapiao_issued", "发票申请 {n} 已开具（发票号 {no}）",
                         "Fapiao request {n} was already issued (number {no})", n=request_id, no=req.fapiao_no)
    amount = sum(net_of_refunds(session, s)[0] for s in _sales_of(session, req.id))
    if amount <= 0:
        raise NotAllowed("fapiao_nothing_left", "申请 {r} 的收据已全额退款，不能开发票",
                         "The receipts of request {r} were refunded in full: there is nothing to invoice", r=request_id)
    req.status, req.fapiao_no, req.issued_amount_minor, req.issued_at, req.issued_by = "issued", number, amount, at, staff_id
    audit.record(session, "fapiao_issue", staff_id=staff_id, entity="fapiao_request", entity_id=req.id, at=at,
                 fapiao_no=number, amount_minor=amount)
    session.flush()
    return _row(session, req, load_settings(session).clock)


def issue_red(session: Session, staff_id: int, reversal_id: int, number: str, at: datetime | None = None) -> None:
    """Finance issued the red-letter fapiao for a void or refund of an invoiced sale."""
    require_role(session, staff_id)
    at = at or utcnow()
    number = _fapiao_number(number)
    due = {rev.id: req for rev, req in _red_due(session)}
    if reversal_id not in due:
        raise NotAllowed("fapiao_no_red_letter", "该笔作废或退款无需开具红字发票",
                         "No red-letter fapiao is due for this void or refund")
    if session.scalar(select(FapiaoRedLetter.id).where(FapiaoRedLetter.reversal_id == reversal_id)):
        raise NotAllowed("fapiao_red_issued", "该笔红字发票已开具", "This red-letter fapiao was already issued")
    session.add(FapiaoRedLetter(request_id=due[reversal_id].id, reversal_id=reversal_id, red_no=number, issued_at=at,
                                issued_by=staff_id))
    audit.record(session, "fapiao_red_letter", staff_id=staff_id, entity="sale", entity_id=reversal_id, at=at,
                 fapiao_no=number, request=due[reversal_id].id)
