"""Voids and refunds: new sales that mirror the original with the signs turned, never an edit.

Void: a mistake caught the same business day (the original's day is still open). Refund: money
given back later, by the original means of payment. Both need a reason and a supervisor who is not
the person asking; a sale is reversed at most once (a unique index backs this), and a reversal is
never itself reversed.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Payment, Posting, Sale, SaleLine, utcnow
from ..textguard import clean_text
from ..services import find
from . import audit
from .numbers import VOUCHER_SEQUENCE, format_voucher, next_number, receipt_sequence
from .receipts import Receipt, load_receipt
from .shift import current_shift, day_is_closed
from .qrmoney import qr_refund
from .staff import Credentials, Operator, approve
from .companies import credit_back


def void_sale(session: Session, op: Operator, sale_id: int, reason: str, approval: Credentials | None,
              at: datetime | None = None) -> Receipt:
    return _reverse(session, op, sale_id, "void", reason, approval, at or utcnow())


def refund_sale(session: Session, op: Operator, sale_id: int, reason: str, approval: Credentials | None,
                at: datetime | None = None) -> Receipt:
    return _reverse(session, op, sale_id, "refund", reason, approval, at or utcnow())


def _original(session: Session, sale_id: int, kind: str) -> Sale:
    sale = session.get(Sale, sale_id)
    if sale is None:
        raise NotFound("no_such_sale", "找不到该笔销售", "No such sale")
    if sale.kind != "sale":
        raise NotAllowed("reverse_reversal", "作废或退款单不能再次作废或退款",
                         "A void or refund cannot itself be voided or refunded")
    done = session.scalar(select(Sale).where(Sale.reverses_id == sale.id))
    if done is not None:
        raise NotAllowed("already_reversed", "该单已{kind_zh}（收据号 {no}）", "This sale was already {kind} (receipt {no})",
                         kind_zh="作废" if done.kind == "void" else "退款",
                         kind="voided" if done.kind == "void" else "refunded", no=done.receipt_no)
    if kind == "void" and day_is_closed(session, sale.business_date):
        raise NotAllowed("void_after_close", "营业日已日结，不能作废，请办理退款",
                         "The business day is closed; it cannot be voided — make a refund instead")
    return sale


def _reverse(session: Session, op: Operator, sale_id: int, kind: str, reason: str,
             approval: Credentials | None, at: datetime) -> Receipt:
    if not (reason or "").strip():
        raise InvalidInput("reason_required", "请填写原因", "A reason is required")
    reason = clean_text(reason, "原因", "reason", multiline=True)
    original = _original(session, sale_id, kind)
    shift = current_shift(session, op)
    if shift.status != "open":
        raise NotAllowed("shift_counting", "本班已清点现金，不能再操作", "Cash is already counted for this shift")
    approver = approve(session, approval, op.staff_id, "void / refund / 作废或退款", at)
    reversal = Sale(
        counter_id=op.counter_id, receipt_no=next_number(session, receipt_sequence(op.counter_id)),
        shift_id=shift.id, clerk_id=op.staff_id, business_date=shift.business_date, posted_at=at, kind=kind,
        reverses_id=original.id, reason=reason.strip(), approved_by=approver.id, currency=original.currency,
        price_list_version_id=original.price_list_version_id, service_charge_pct=original.service_charge_pct,
        tax_pct=original.tax_pct, subtotal_minor=-original.subtotal_minor,
        service_charge_minor=-original.service_charge_minor, tax_minor=-original.tax_minor,
        total_minor=-original.total_minor, cash_rounding_minor=-original.cash_rounding_minor,
    )
    session.add(reversal)
    session.flush()
    for line in session.scalars(select(SaleLine).where(SaleLine.sale_id == original.id).order_by(SaleLine.line_no)):
        session.add(SaleLine(
            sale_id=reversal.id, line_no=line.line_no, service_code=line.service_code, name_zh=line.name_zh,
            name_en=line.name_en, unit=line.unit, quantity=-line.quantity, unit_price_minor=line.unit_price_minor,
            list_amount_minor=-line.list_amount_minor, discount_minor=-line.discount_minor,
            amount_minor=-line.amount_minor, override=line.override, approved_by=approver.id,
            approval_reason=reason.strip(), price_item_id=line.price_item_id, detail=dict(line.detail),
        ))
        s = find(line.service_code)
        if s is not None and s.reverse is not None:  # the line's record (fax job, booking…) is no longer charged
            s.reverse(session, original, reversal, line, at)
    for p in session.scalars(select(Payment).where(Payment.sale_id == original.id).order_by(Payment.seq)):
        back = Payment(sale_id=reversal.id, seq=p.seq, method=p.method, amount_minor=-p.amount_minor,
                       card_last4=p.card_last4, card_approval=p.card_approval, stay_id=p.stay_id, room=p.room,
                       guest_name=p.guest_name)
        if p.method in ("room", "account"):
            back.voucher_no = format_voucher(next_number(session, VOUCHER_SEQUENCE))
        if p.method == "qr":  # the money goes back through the wallet that took it
            back.provider = p.provider
            back.reference = qr_refund(session, p, f"{original.id}-{p.seq}-{kind[0].upper()}", p.amount_minor)
        session.add(back)
        session.flush()
        if p.method == "account":  # the company owes that much less
            credit_back(session, p, back, reversal, at)
        if p.method == "room":
            session.add(Posting(stay_id=p.stay_id, payment_id=back.id, sale_id=reversal.id, room=p.room,
                                guest_name=p.guest_name, voucher_no=back.voucher_no, amount_minor=back.amount_minor,
                                business_date=reversal.business_date, posted_at=at))
    audit.record(session, kind, staff_id=op.staff_id, counter_id=op.counter_id, entity="sale", entity_id=reversal.id,
                 at=at, original_sale=original.id, original_receipt=original.receipt_no, reason=reason.strip(),
                 approved_by=approver.id, amount=original.total_minor)
    return load_receipt(session, reversal.id)
