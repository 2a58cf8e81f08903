"""Counter sales: quote (price shown before the work) and settle (one transaction, or nothing).

A sale posts only when the payments equal the total. Card input that looks like a full card number
is refused before anything is stored; a room charge goes through the name-and-room check and gets
a voucher number for the guest's signature. The draft key makes a double click on Pay harmless.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy.orm import Session

from ..db.unit import connection_of

from ..errors import InvalidInput, NotAllowed
from ..models import Counter, utcnow
from ..models.ledger import QR_PROVIDERS
from ..payments.qr import check_reference
from ..services import find
from ..textguard import card_number_in, clean_text, strip_controls
from . import audit, procedure
from .cashround import rounding_for
from .catalogue import pricelist_version, zones_of
from .companies import check_charge, record_charge
from .guests import chargeable_stay
from .numbers import VOUCHER_SEQUENCE, format_voucher, next_number, receipt_sequence
from .posting import (INSERT_LINES, INSERT_PAYMENT, INSERT_POSTING, PostedSale, insert_payment_returning_id,
                      insert_rows, insert_sale, sale_context)
from .receipts import Receipt, ReceiptLine, ReceiptPayment
from .lines import (MAX_SALE_MINOR, LineRequest, PaymentRequest, QuotedLine, Quote, SaleDraft,  # noqa: F401
                    check_card, quote, quote_lines, surcharges, totals)
from .staff import Operator, approve


def _check_payments(payments: tuple[PaymentRequest, ...], total: int, unit: int = 0
                    ) -> tuple[tuple[PaymentRequest, ...], int]:
    """The payments as they are posted, and the sale's cash rounding.

    Cash settles what the card and room parts leave; that cash figure is rounded to `unit`. A front end
    may send the cash part rounded (what the pay screen shows) or to the fen: the last cash payment is
    posted rounded either way, so the drawer's expected cash is what the guest really handed over."""
    if not payments:
        raise InvalidInput("no_payment", "请选择付款方式", "Choose how the guest pays")
    paid = 0
    for p in payments:
        if p.method not in ("cash", "card", "room", "qr", "account"):
            raise InvalidInput(zh="未知付款方式：{m}", en="Unknown payment method: {m}", m=p.method)
        if isinstance(p.amount_minor, bool) or not isinstance(p.amount_minor, int) or p.amount_minor <= 0:
            raise InvalidInput("payment_amount", "付款金额必须大于零", "Each payment must be more than zero")
        paid += p.amount_minor
    cash = [i for i, p in enumerate(payments) if p.method == "cash"]
    rounding = 0
    if cash and unit:
        rounding = rounding_for(total, sum(p.amount_minor for p in payments if p.method != "cash"), unit)
        if rounding and paid in (total, total + rounding):
            last = payments[cash[-1]]
            amount = last.amount_minor + (total + rounding - paid)
            if amount <= 0:
                raise InvalidInput("cash_rounds_to_zero", "现金部分抹零后为零，请用刷卡或挂房帐付清",
                                   "The cash part rounds to nothing; settle the rest by card or room charge")
            # "exact money" (tendered = amount) stays exact money: the guest hands over the rounded figure
            tendered = amount if last.tendered_minor == last.amount_minor else last.tendered_minor
            payments = (payments[:cash[-1]] + (replace(last, amount_minor=amount, tendered_minor=tendered),)
                        + payments[cash[-1] + 1:])
            paid = total + rounding
    for p in payments:
        if p.method == "cash":
            tendered = p.amount_minor if p.tendered_minor is None else p.tendered_minor
            if isinstance(tendered, bool) or not isinstance(tendered, int) or tendered < p.amount_minor:
                raise InvalidInput("tendered_short", "收取现金少于应付金额", "Cash tendered is less than the amount due")
    if paid != total + rounding:
        from ..money import plain

        raise InvalidInput("unbalanced", "付款合计 {paid} 与应付 {total} 不符", "Payments {paid} do not equal the total {total}",
                           paid=plain(paid), total=plain(total + rounding))
    return payments, rounding


def settle(session: Session, op: Operator, draft: SaleDraft, at: datetime | None = None) -> Receipt:
    """Post a balanced sale with its lines, payments, folio postings, receipt number and audit."""
    at = at or utcnow()
    ctx = sale_context(session, op.staff_id, op.counter_id, draft.draft_key, at)
    if ctx.settled_receipt_no is not None:
        raise NotAllowed("already_settled", "此单已结账（收据号 {no}），没有重复收费",
                         "This bill is already settled (receipt {no}); nothing was charged twice",
                         no=ctx.settled_receipt_no)
    if ctx.shift_status != "open":
        raise NotAllowed("shift_counting", "本班已清点现金，不能再收款", "Cash is already counted for this shift; no more sales")
    q = quote_lines(draft.lines, ctx.settings, pricelist_version(session, ctx.price_list_version_id), zones_of(ctx.settings))
    procedure.check_lines(draft.lines, _checks_of)  # test copy, proof, number read back, unclear original: for every front end
    payments, rounding = _check_payments(draft.payments, q.total_minor, q.cash_rounding_unit)
    approver = None  # one supervisor check for the bill (a PIN check is ~0.1 s of Argon2)
    if any(l.request.discount_minor or l.request.override_amount_minor is not None for l in q.lines):
        approver = approve(session, draft.approval, op.staff_id, "discount / price override / 折扣或改价", at)
    else:
        needing = [find(l.request.service) for l in q.lines if _needs_approval(l.request.service)]
        if needing:  # damage compensation: agreed case by case
            approver = approve(session, draft.approval, op.staff_id, f"{needing[0].name_en} / {needing[0].name_zh}", at)
    conn = connection_of(session)  # the unit of work's connection: the session need not join in
    receipt_no = next_number(conn, receipt_sequence(op.counter_id))
    sale_id = insert_sale(conn, dict(
        counter_id=op.counter_id, receipt_no=receipt_no, shift_id=ctx.shift_id, clerk_id=op.staff_id,
        business_date=ctx.business_date, posted_at=at, kind="sale", currency=q.currency,
        price_list_version_id=q.price_list_version_id, service_charge_pct=q.service_charge_pct, tax_pct=q.tax_pct,
        subtotal_minor=q.subtotal_minor, service_charge_minor=q.service_charge_minor, tax_minor=q.tax_minor,
        total_minor=q.total_minor + rounding, cash_rounding_minor=rounding, draft_key=draft.draft_key))
    sale = PostedSale(sale_id, op.counter_id, receipt_no, ctx.shift_id, op.staff_id, ctx.business_date, at)
    lines = _add_lines(session, conn, op, sale, q, approver, at)
    payments = _add_payments(session, conn, sale, payments, at)
    return Receipt(
        sale_id=sale.id, kind="sale", counter_code=ctx.counter_code, receipt_no=receipt_no, clerk_name=ctx.clerk_name,
        posted_at=at, business_date=ctx.business_date, currency=q.currency, lines=lines,
        service_charge_pct=q.service_charge_pct, tax_pct=q.tax_pct, subtotal_minor=q.subtotal_minor,
        service_charge_minor=q.service_charge_minor, tax_minor=q.tax_minor, total_minor=q.total_minor + rounding,
        payments=payments, timezone=ctx.settings.timezone, cash_rounding_minor=rounding)


def _add_lines(session, conn, op, sale: PostedSale, q: Quote, approver, at) -> tuple[ReceiptLine, ...]:
    rows, shown = [], []
    for n, line in enumerate(q.lines, start=1):
        c, req = line.charge, line.request
        approved = _needs_approval(c.service_code)
        adjusted = bool(req.discount_minor) or req.override_amount_minor is not None or approved
        reason = clean_text(req.reason, "原因", "reason", multiline=True) if adjusted else None
        detail = {**_record(req.record), **c.detail}
        rows.append(dict(
            sale_id=sale.id, line_no=n, service_code=c.service_code, name_zh=c.name_zh, name_en=c.name_en,
            unit=c.unit, quantity=c.quantity, unit_price_minor=c.unit_price_minor,
            list_amount_minor=c.amount_minor, discount_minor=req.discount_minor or 0,
            amount_minor=line.amount_minor, override=req.override_amount_minor is not None,
            approved_by=approver.id if adjusted else None, approval_reason=reason,
            price_item_id=line.price_item_id, detail=detail,
        ))
        shown.append(ReceiptLine(n, c.service_code, c.name_zh, c.name_en, c.unit, c.quantity, c.unit_price_minor,
                                 req.discount_minor or 0, line.amount_minor, req.override_amount_minor is not None,
                                 dict(detail)))
        if adjusted:
            action = (f"{c.service_code}_charged" if approved else
                      "price_override" if req.override_amount_minor is not None else "discount")
            audit.record(session, action, staff_id=op.staff_id, counter_id=op.counter_id, entity="sale",
                         entity_id=sale.id, at=at, line_no=n, list_amount=c.amount_minor,
                         charged=line.amount_minor, approved_by=approver.id, reason=reason)
    insert_rows(conn, INSERT_LINES, rows)
    for n, line in enumerate(q.lines, start=1):
        _settled(session, sale, n, line.request, at)
    return tuple(shown)


def _checks_of(code: str) -> tuple:
    s = find(code)
    return s.procedure if s else ()


def _needs_approval(code: str) -> bool:
    s = find(code)
    return s is not None and s.needs_approval


def _settled(session, sale: PostedSale, line_no: int, request: LineRequest, at) -> None:
    """The line's business record (fax job, call, session, booking…) is marked charged inside the sale's
    own transaction, so it is charged exactly when the sale posts; a hook that refuses rolls it all back."""
    s = find(request.service)
    if s is not None and s.settle is not None and request.record:
        s.settle(session, sale, line_no, request, at)


_PAYMENT_COLUMNS = ("tendered_minor", "change_minor", "card_last4", "card_approval", "stay_id", "room",
                    "guest_name", "voucher_no", "provider", "reference")


def _add_payments(session, conn, sale: PostedSale, payments: tuple[PaymentRequest, ...], at) -> tuple[ReceiptPayment, ...]:
    plain_rows, shown = [], []
    for seq, p in enumerate(payments, start=1):
        row = dict.fromkeys(_PAYMENT_COLUMNS)
        row.update(sale_id=sale.id, seq=seq, method=p.method, amount_minor=p.amount_minor)
        if p.method == "cash":
            row["tendered_minor"] = p.amount_minor if p.tendered_minor is None else p.tendered_minor
            row["change_minor"] = row["tendered_minor"] - p.amount_minor
        elif p.method == "card":
            row["card_last4"], row["card_approval"] = check_card(p.card_last4, p.card_approval)
        elif p.method == "qr":  # only a payment the acquirer (or the terminal) confirmed has a reference
            if p.provider not in QR_PROVIDERS:
                raise InvalidInput("qr_provider", "请选择微信支付、支付宝或银联二维码",
                                   "Choose WeChat Pay, Alipay or UnionPay QR")
            row["provider"], row["reference"] = p.provider, check_reference(p.reference)
        elif p.method == "account":  # the company link is kept beside the payment row (account_charge)
            company, signer = check_charge(session, p.company_id, p.guest_name, p.amount_minor)
            row.update(guest_name=signer, voucher_no=format_voucher(next_number(conn, VOUCHER_SEQUENCE)))
        else:
            stay, matched = chargeable_stay(session, p.room or "", p.guest_name or "", p.amount_minor, at)
            row.update(stay_id=stay.id, room=stay.room, guest_name=matched,
                       voucher_no=format_voucher(next_number(conn, VOUCHER_SEQUENCE)))
        if p.method == "room":  # the folio posting names its payment, so this one needs its id now
            payment_id = insert_payment_returning_id(conn, row)
            insert_rows(conn, INSERT_POSTING, [dict(
                stay_id=row["stay_id"], payment_id=payment_id, sale_id=sale.id, room=row["room"],
                guest_name=row["guest_name"], voucher_no=row["voucher_no"], amount_minor=p.amount_minor,
                business_date=sale.business_date, posted_at=at)])
        elif p.method == "account":
            record_charge(conn, company.id, insert_payment_returning_id(conn, row), sale.id, p.amount_minor, signer,
                          row["voucher_no"], sale.business_date, at)
        else:
            plain_rows.append(row)
        shown.append(ReceiptPayment(p.method, p.amount_minor, *(row[k] for k in _PAYMENT_COLUMNS[:-2] if k != "stay_id"),
                                    provider=row["provider"], reference=row["reference"],
                                    company=company.name if p.method == "account" else None))
    insert_rows(conn, INSERT_PAYMENT, plain_rows)
    return tuple(shown)


#: a line's record entries that are numbers with rules of their own (a waybill may pass Luhn by chance)
_STRUCTURED_RECORD = frozenset({"waybill", "number", "pnr", "ticket_no", "flight"})


def _record(record: dict) -> dict:
    """Keep short text, numbers and ticks only: the record is for the supervisor, not a file store. The
    line is stored for ever, so typed text that looks like a card number is refused, as in every other
    free-text field."""
    kept = {}
    for key, value in (record or {}).items():
        if isinstance(value, (bool, int)) or value is None:
            kept[str(key)[:40]] = value
            continue
        text = strip_controls(str(value)[:200])[0]
        if str(key) not in _STRUCTURED_RECORD and card_number_in(text):
            clean_text(text, str(key), str(key))  # raises the free-text refusal, naming the entry
        kept[str(key)[:40]] = text
    return kept


def counter_code(session: Session, counter_id: int) -> str:
    counter = session.get(Counter, counter_id)
    return counter.code if counter else "?"
