"""The money of an air-ticket order: what is billed, what the ledger says was paid, how it goes back.

Each bill the order asks for is a *round* (booking, change, refund fee) with two kinds of line: the
centre's service fee (`ticket_fee`, from the price list) and the fare and taxes collected for the
agency (`ticket_fare`, a pass-through amount), so the day's report shows them apart. The settle hook
records each line as a `TicketCharge`; when the round's fare is paid exactly and its fee is on a
posted sale, the order moves on (reserved → paid, a change takes effect). A refund or a cancellation
after payment reverses the order's sales through `reversal.refund_sale` — new sales with the signs
turned, by the original means of payment, approved by a supervisor — and a refund then bills the
refund fee as a new round. Posted sales are never edited.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed
from ..models import Sale, SaleLine, utcnow
from ..models.tickets import TicketCharge, TicketOrder, TicketPassenger, TicketSegment
from ..textguard import clean_text
from .lines import LineRequest
from .staff import Credentials, Operator
from .tickets_input import check_ids_for_travel, check_money, check_segments
from .tickets_records import add_segments, event, get_order, last_travel_date, require_state
from .tickets_views import TicketOrderView, order_number, order_view

_PATH = "bizcenter.tickets.reversing"  # session.info key: the order whose sales this module is reversing


def bill_lines(session: Session, order_id: int) -> list[LineRequest]:
    """The lines still owed for the order's current round (a line already paid is not asked for again)."""
    o = get_order(session, order_id)
    if not o.pending:
        raise NotAllowed("ticket_nothing_due", "订单 {no} 没有待收款项", "Nothing is due on order {no}",
                         no=order_number(o.id))
    if o.pending == "booking" and o.pay_method == "card" and o.arrived_at is None:
        raise NotAllowed("card_before_arrival", "刷卡付款须在机票送达后收取；现在请先向代理确认出票",
                         "A card payment is taken only when the ticket arrives; record its arrival first")
    done = {c.service for c in _round_charges(session, o)}
    record = {"ticket_order_id": o.id, "purpose": o.pending, "round": o.round, "order_no": order_number(o.id)}
    lines = []
    if o.pending_fee_kind and "ticket_fee" not in done:
        tickets = session.query(TicketPassenger).filter(TicketPassenger.order_id == o.id).count()
        lines.append(LineRequest("ticket_fee", {"kind": o.pending_fee_kind, "tickets": tickets}, record=record))
    if o.pending_fare_minor + o.pending_taxes_minor > 0 and "ticket_fare" not in done:
        lines.append(LineRequest("ticket_fare", {"fare_minor": o.pending_fare_minor,
                                                 "taxes_minor": o.pending_taxes_minor}, record=record))
    return lines


def _round_charges(session: Session, o: TicketOrder) -> list[TicketCharge]:
    return list(session.scalars(select(TicketCharge).where(TicketCharge.order_id == o.id, TicketCharge.round == o.round,
                                                           TicketCharge.purpose == o.pending,
                                                           TicketCharge.reversal_sale_id.is_(None))))


def on_line_settled(session: Session, sale, line_no: int, request, at: datetime) -> None:
    """Record the line against its round; refuse a second charge (the whole sale then rolls back)."""
    rec = request.record
    o = get_order(session, int(rec["ticket_order_id"]), lock=True)
    if o.pending != rec.get("purpose") or o.round != rec.get("round"):
        raise NotAllowed("ticket_already_paid", "订单 {no} 的这笔款项已收或已不需收取，没有重复收费",
                         "This amount for order {no} is already paid or no longer due; nothing was charged twice",
                         no=order_number(o.id))
    if o.pending == "booking" and o.pay_method == "card" and o.arrived_at is None:
        raise NotAllowed("card_before_arrival", "刷卡付款须在机票送达后收取",
                         "A card payment is taken only when the ticket arrives")
    if request.service in {c.service for c in _round_charges(session, o)}:
        raise NotAllowed("ticket_already_paid", "订单 {no} 的这笔款项已收，没有重复收费",
                         "This amount for order {no} is already paid; nothing was charged twice", no=order_number(o.id))
    amount = session.scalar(select(SaleLine.amount_minor).where(SaleLine.sale_id == sale.id,
                                                                SaleLine.line_no == line_no))
    if request.service == "ticket_fare" and amount != o.pending_fare_minor + o.pending_taxes_minor:
        raise NotAllowed("fare_mismatch", "代收票款必须与代理确认的金额一致", "The fare collected must be exactly the agency's fare")
    if request.service == "ticket_fee" and not o.pending_fee_kind:
        raise NotAllowed("ticket_no_fee", "这次不收服务费", "No service fee is due this time")
    session.add(TicketCharge(order_id=o.id, round=o.round, purpose=o.pending, service=request.service,
                             sale_id=sale.id, line_no=line_no, amount_minor=amount, settled_at=at))
    session.flush()
    done = {c.service for c in _round_charges(session, o)}
    fee_ok = not o.pending_fee_kind or "ticket_fee" in done
    fare_ok = o.pending_fare_minor + o.pending_taxes_minor == 0 or "ticket_fare" in done
    if fee_ok and fare_ok:
        _round_paid(session, o, sale.clerk_id, at, f"receipt {sale.receipt_no}")


def _round_paid(session: Session, o: TicketOrder, staff_id: int, at: datetime, note: str) -> None:
    purpose, o.pending = o.pending, None
    if purpose == "booking":
        event(session, o, staff_id, "paid", at, to="paid", note=note)
    elif purpose == "change":
        for seg in session.scalars(select(TicketSegment).where(TicketSegment.order_id == o.id)):
            if seg.status == "active":
                seg.status = "replaced"
            elif seg.status == "pending":
                seg.status = "active"
        event(session, o, staff_id, "changed", at, to="changed", note=note)
    else:
        event(session, o, staff_id, "refund_fee_paid", at, note=note)


def on_line_reversed(session: Session, original, reversal_sale, line, at: datetime) -> None:
    """A void or refund made at the counter (a supervisor approved it): the order follows the money.

    Before issue the order is simply unpaid again. After issue the ticket's money is gone, so the
    order is refunded — without the refund fee that the order's own Refund bills; the timeline says
    which receipt did it. A returned change payment or refund fee is noted (the fee is owed again).
    """
    order_id = (line.detail or {}).get("ticket_order_id")
    if order_id is None:
        return
    o = get_order(session, int(order_id), lock=True)
    charge = session.scalar(select(TicketCharge).where(TicketCharge.sale_id == original.id,
                                                       TicketCharge.line_no == line.line_no))
    if charge is None:
        return
    charge.reversal_sale_id, charge.reversed_at = reversal_sale.id, at
    if session.info.get(_PATH) == o.id:
        return  # this module's refund or cancellation: it moves the order itself
    note = f"{reversal_sale.kind} receipt {reversal_sale.receipt_no}: {line.service_code} {-line.amount_minor}"
    if charge.round == o.round and o.pending == charge.purpose:
        event(session, o, reversal_sale.clerk_id, "payment_reversed", at, note=note)  # still owed as before
    elif charge.purpose == "booking" and o.state == "paid":
        o.pending = "booking"
        event(session, o, reversal_sale.clerk_id, "payment_reversed", at, to="reserved", note=note)
    elif charge.purpose == "refund_fee" and charge.round == o.round:
        o.pending = "refund_fee"
        event(session, o, reversal_sale.clerk_id, "payment_reversed", at, note=note)
    elif charge.purpose == "booking" and o.state in ("issued", "delivered", "changed"):
        event(session, o, reversal_sale.clerk_id, "refunded_at_counter", at, to="refunded", note=note)
    else:
        event(session, o, reversal_sale.clerk_id, "payment_reversed", at, note=note)


RefundSale = Callable[..., Any]  # reversal.refund_sale(session, op, sale_id, reason, approval, at) -> Receipt


def _give_back(session: Session, op: Operator, o: TicketOrder, reason: str, approval: Credentials | None,
               at: datetime, refund_sale: RefundSale) -> int:
    """Reverse every sale that still holds the order's money through `refund_sale` (the counter's
    `reversal.refund_sale`, handed in by the caller: reversing a sale runs every service's reversal hook,
    this order's included, so the order's workflow sits below the sale's reversal and is given it);
    returns the amount returned (sale totals)."""
    sale_ids = sorted(set(session.scalars(select(TicketCharge.sale_id).where(TicketCharge.order_id == o.id,
                                                                             TicketCharge.reversal_sale_id.is_(None)))))
    returned = 0
    for sale_id in sale_ids:
        details = session.scalars(select(SaleLine.detail).where(SaleLine.sale_id == sale_id)).all()
        if any((d or {}).get("ticket_order_id") != o.id for d in details):
            sale = session.get(Sale, sale_id)
            raise NotAllowed("ticket_sale_mixed", "收据 {no} 还包含其他项目，请先在柜台办理该收据的退款",
                             "Receipt {no} also holds other items: refund that receipt at the counter first",
                             no=sale.receipt_no)
        session.info[_PATH] = o.id
        try:
            receipt = refund_sale(session, op, sale_id, reason, approval, at)
        finally:
            session.info.pop(_PATH, None)
        returned += -receipt.total_minor
    return returned


def _no_open_bill(o: TicketOrder) -> None:
    if o.pending:
        raise NotAllowed("ticket_bill_open", "订单 {no} 还有未结的账单，请先结清", "Order {no} has a bill still open; settle it first",
                         no=order_number(o.id))


def refund(session: Session, op: Operator, order_id: int, reason: str, approval: Credentials | None,
           at: datetime | None = None, *, refund_sale: RefundSale) -> TicketOrderView:
    """Money back by the original means (reversing entries); the refund fee is then billed as a new round."""
    at = at or utcnow()
    o = get_order(session, order_id, lock=True)
    require_state(o, "issued", "delivered", "changed")
    _no_open_bill(o)
    returned = _give_back(session, op, o, reason, approval, at, refund_sale)
    o.round += 1
    o.pending, o.pending_fee_kind, o.pending_fare_minor, o.pending_taxes_minor = "refund_fee", "refund", 0, 0
    event(session, o, op.staff_id, "refund", at, to="refunded", note=f"{reason.strip()} · returned {returned}")
    session.flush()
    return order_view(session, o.id, op.staff_id)


def cancel(session: Session, op: Operator, order_id: int, reason: str, approval: Credentials | None = None,
           at: datetime | None = None, *, refund_sale: RefundSale) -> TicketOrderView:
    """Before issue only. Money already paid goes back in full (no ticket was issued, so no refund fee)."""
    at = at or utcnow()
    o = get_order(session, order_id, lock=True)
    require_state(o, "enquiry", "reserved", "paid")
    if not (reason or "").strip():
        raise InvalidInput("reason_required", "请填写原因", "A reason is required")
    returned = _give_back(session, op, o, reason, approval, at, refund_sale)
    o.pending = None
    event(session, o, op.staff_id, "cancel", at, to="cancelled",
          note=reason.strip() + (f" · returned {returned}" if returned else ""))
    session.flush()
    return order_view(session, o.id, op.staff_id)


def request_change(session: Session, op: Operator, order_id: int, segments, fare_difference_minor: int,
                   taxes_difference_minor: int = 0, waive_fee: bool = False, note: str | None = None,
                   at: datetime | None = None) -> TicketOrderView:
    """Endorsement or rebooking: the new flights take effect once the change fee and fare difference are
    paid (a rebooking after the airline cancelled a flight may waive the centre's fee)."""
    at = at or utcnow()
    note = clean_text(note, "改签说明", "change note", multiline=True)
    o = get_order(session, order_id, lock=True)
    require_state(o, "issued", "delivered", "changed")
    _no_open_bill(o)
    new = check_segments(segments)
    pax = session.scalars(select(TicketPassenger).where(TicketPassenger.order_id == o.id)).all()
    check_ids_for_travel(pax, last_travel_date(new))
    fare = check_money(fare_difference_minor, "差价", "fare difference")
    taxes = check_money(taxes_difference_minor, "税费差额", "tax difference")
    session.query(TicketSegment).filter(TicketSegment.order_id == o.id, TicketSegment.status == "pending") \
        .update({"status": "replaced"})
    o.round += 1
    add_segments(session, o, new, "pending", o.round)
    o.pending, o.pending_fee_kind = "change", None if waive_fee else "change"
    o.pending_fare_minor, o.pending_taxes_minor = fare, taxes
    o.fare_minor, o.taxes_minor = o.fare_minor + fare, o.taxes_minor + taxes
    flights = ", ".join(f"{s.airline}{s.flight_no} {s.departs_local:%m-%d %H:%M}" for s in new)
    event(session, o, op.staff_id, "change_requested", at, note=f"{flights}; {note or ''}".strip("; "))
    session.flush()
    if waive_fee and fare + taxes == 0:
        _round_paid(session, o, op.staff_id, at, "no charge")
        session.flush()
    return order_view(session, o.id, op.staff_id)


def ticket_charges_sound(session: Session) -> list[str]:
    """Air-ticket money stands on the ledger: each charge is a posted line of its service and amount,
    marked reversed exactly when its sale was reversed; every fare collected belongs to an order; an
    order whose ticket is out (issued, delivered, changed) still holds its booking fare."""
    from sqlalchemy import text

    out = []
    for cid, oid in session.execute(text("""
        SELECT c.id, c.order_id FROM ticket_charge c
        LEFT JOIN sale_line l ON l.sale_id = c.sale_id AND l.line_no = c.line_no
        WHERE l.id IS NULL OR l.service_code <> c.service OR l.amount_minor <> c.amount_minor""")):
        out.append(f"ticket order {oid}: charge {cid} does not match its sale line")
    from .reversed_lines import REVERSED_LINE

    for cid, oid in session.execute(text(f"""WITH RECURSIVE {REVERSED_LINE}
        SELECT c.id, c.order_id FROM ticket_charge c
        LEFT JOIN reversed_line x ON x.sale_id = c.sale_id AND x.line_no = c.line_no
        WHERE (x.reversal_id IS NULL AND c.reversal_sale_id IS NOT NULL)
           OR (x.reversal_id IS NOT NULL AND (c.reversal_sale_id IS NULL OR c.reversal_sale_id <> x.reversal_id))""")):
        out.append(f"ticket order {oid}: charge {cid} reversal does not match the ledger")
    for sid, line_no in session.execute(text("""
        SELECT l.sale_id, l.line_no FROM sale_line l JOIN sale s ON s.id = l.sale_id
        LEFT JOIN ticket_charge c ON c.sale_id = l.sale_id AND c.line_no = l.line_no
        WHERE s.kind = 'sale' AND l.service_code = 'ticket_fare' AND c.id IS NULL""")):
        out.append(f"sale {sid} line {line_no}: an air fare collected for no ticket order")
    for (oid,) in session.execute(text("""
        SELECT o.id FROM ticket_order o WHERE o.state IN ('issued','delivered','changed') AND NOT EXISTS (
            SELECT 1 FROM ticket_charge c WHERE c.order_id = o.id AND c.purpose = 'booking'
            AND c.service = 'ticket_fare' AND c.reversal_sale_id IS NULL)""")):
        out.append(f"ticket order {oid}: ticket out but its booking fare is not held")
    return out
