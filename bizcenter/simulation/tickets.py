"""Air-ticket orders in simulated time, through the same workflow steps as the counter app.

A guest asks for a ticket: the order is taken (passengers named as on their IDs), reserved with the
agency and billed (fee and fare apart); a card order is billed only once the ticket has arrived. On
later visits the clerk issues and hands over the tickets, and some orders go on: rebooked (change
fee and fare difference billed), refunded (money back by the original means, refund fee billed), hit
by a delay or a cancellation (the guest told, a cancelled flight rebooked free), or cancelled at the
enquiry. Each kind happens at least once per run. Orders in flight live on the centre.
"""
from __future__ import annotations

import string
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select

from ..models import Payment, Sale, SaleLine
from ..models.tickets import TicketCharge
from ..workflows import tickets
from ..workflows.lines import LineRequest
from ..workflows.receipts import load_receipt
from ..workflows.tickets_input import OrderInput, PassengerInput, SegmentInput
from .clock import Script, Step
from .context import Context

ROUTES = {"domestic": (("PEK", "SHA", "CA", "1501"), ("PEK", "CAN", "CZ", "3100"), ("PEK", "CTU", "3U", "8888"),
                       ("PEK", "SZX", "ZH", "9102")),
          "international": (("PEK", "NRT", "NH", "964"), ("PEK", "HKG", "CX", "331"), ("PEK", "FRA", "LH", "721"),
                            ("PEK", "SIN", "SQ", "807"))}
AGENCIES = ("国旅票务 CITS", "中航服 CAS Travel")
PLANS = ("change", "refund", "disruption")  # beyond a plain delivery; each guaranteed once
P_PLAN = 0.35


@dataclass
class _Orders:
    due: dict[int, tuple[datetime, str]] = field(default_factory=dict)  # order → (next visit, plan)


def _shared(ctx: Context) -> _Orders:
    return vars(ctx.centre).setdefault("ticket_orders", _Orders())


def _later(at: datetime, n: int) -> datetime:
    return at + timedelta(seconds=20 * n)


def prepare_ticket_order(ctx: Context, request: LineRequest, at: datetime) -> Script:
    """Serve the ticket desk: every order whose next step is due, then a new order; returns lines to bill.

    An order to be refunded later is billed on a slip of its own (a refund gives back whole slips)."""
    shared, lines, n = _shared(ctx), [], 0
    for when, oid in sorted((when, oid) for oid, (when, _) in shared.due.items() if when <= at):
        n += 3
        got = yield from _follow_up(ctx, oid, _later(at, n))
        if got and shared.due.get(oid, (None, ""))[1] == "refund" and lines:
            shared.due[oid] = (at + timedelta(minutes=30), "refund")  # billed next time, on its own slip
            continue
        lines += got or []
    if not lines or ctx.rng.random() < 0.5:
        n += 3
        plan = _plan(ctx)
        if plan == "refund" and lines:
            plan = "deliver"
        lines += (yield from _new_order(ctx, request, _later(at, n), plan))
    return lines


def _plan(ctx: Context) -> str:
    for p in PLANS:
        if ctx.centre.first(f"ticket_plan_{p}"):  # each kind planned once early in a run, then by chance
            return p
    return ctx.rng.choice(PLANS) if ctx.rng.random() < P_PLAN else "deliver"


def _order_input(ctx: Context, request: LineRequest, at: datetime, plan: str) -> OrderInput:
    rng, guests = ctx.rng, ctx.centre.cast.guests
    kind = request.params.get("kind") if request.params.get("kind") in ROUTES else "domestic"
    origin, dest, airline, flight = rng.choice(ROUTES[kind])
    local = at.astimezone(ctx.centre.cast.tz).replace(tzinfo=None, second=0, microsecond=0)
    departs = (local + timedelta(days=rng.randint(1, 4))).replace(hour=rng.choice((8, 11, 14, 19)), minute=30)
    guest = rng.choice(guests) if guests else None
    names = list(guest.names if guest else ("Chen Jie",))[: max(1, min(int(request.params.get("tickets", 1)), 3))]
    pax = tuple(PassengerInput(n, n, "passport" if kind == "international" else "id_card",
                               "".join(rng.choice(string.digits) for _ in range(9)) + "X", date(2031, 6, 30))
                for n in names)
    pay = "room" if plan == "refund" and guest else "card" if plan == "refund" else rng.choice(("cash", "cash", "card"))
    return OrderInput(names[0], f"+86 139 {rng.randrange(10**8):08d}", pax,
                      (SegmentInput(airline, flight, origin, dest, departs, rng.choice(("economy",) * 4 + ("business",))),),
                      rng.randrange(40_000, 600_000, 1_000), rng.choice((5_000, 9_000, 15_000)), rng.choice(AGENCIES),
                      pay, guest.room if guest else None)


def _bill(ctx: Context, oid: int, pay_method: str, at: datetime) -> Script:
    lines = yield Step(at, "ticket_bill", lambda s: tickets.bill_lines(s, oid))
    if pay_method in ("card", "room") and lines:
        ctx.centre.unpaid.insert(0, pay_method)  # the guest pays as the order says
    return lines


def _new_order(ctx: Context, request: LineRequest, at: datetime, plan: str) -> Script:
    op, rng = ctx.op, ctx.rng
    if ctx.centre.first("ticket_cancel"):  # an enquiry the guest drops: nothing was charged
        data = _order_input(ctx, request, at, "cancel")
        dropped = yield Step(at, "ticket_order", lambda s: tickets.create_order(s, op, data, at))
        yield Step(_later(at, 1), "ticket_cancel",
                   lambda s: tickets.cancel(s, op, dropped.id, "客人改变行程 / plans changed", at=_later(at, 1),
                                          refund_sale=ctx.refund_sale))
        if plan == "cancel":
            return []
    data = _order_input(ctx, request, at, plan)
    t = _later(at, 2)
    order = yield Step(t, "ticket_order", lambda s: tickets.create_order(s, op, data, t))
    pnr = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))
    t = _later(at, 3)
    yield Step(t, "ticket_reserve", lambda s: tickets.reserve(s, op, order.id, pnr, at=t))
    _shared(ctx).due[order.id] = (at + timedelta(minutes=rng.randint(30, 120)), plan)
    if data.pay_method == "card":
        return []  # the card waits for the ticket: the guest comes back when it arrives
    return (yield from _bill(ctx, order.id, data.pay_method, _later(at, 4)))


def _follow_up(ctx: Context, oid: int, at: datetime) -> Script:
    shared, op, rng = _shared(ctx), ctx.op, ctx.rng
    _, plan = shared.due.pop(oid)
    o = yield Step(at, "ticket_view", lambda s: tickets.view(s, oid, op.staff_id))
    t1, t2 = _later(at, 1), _later(at, 2)
    if o.state == "reserved" and o.pay_method == "card" and o.arrived_at is None:
        yield Step(t1, "ticket_arrived", lambda s: tickets.mark_arrived(s, op, oid, t1))
        shared.due[oid] = (at + timedelta(minutes=30), plan)
        return (yield from _bill(ctx, oid, "card", t2))
    if o.pending and "bill" in o.actions:  # a payment voided at the counter, or a fee still owed
        if o.state != "refunded":
            shared.due[oid] = (at + timedelta(minutes=30), plan)
        return (yield from _bill(ctx, oid, o.pay_method, t1))
    if o.state == "paid":
        numbers = [f"999-{rng.randrange(10**10):010d}" for _ in o.passengers]
        yield Step(t1, "ticket_issue", lambda s: tickets.issue(s, op, oid, numbers, t1))
        yield Step(t2, "ticket_deliver", lambda s: tickets.deliver(s, op, oid, rng.choice(("counter", "bellboy")), True, t2))
        if plan == "change" and ctx.centre.due("ticket_disruption"):
            yield from _disrupt(ctx, o, _later(at, 3), "delay")
        if plan != "deliver":
            shared.due[oid] = (at + timedelta(minutes=rng.randint(30, 240)), plan)
        return []
    if o.state in ("delivered", "changed", "issued"):
        return (yield from _go_on(ctx, o, plan, at))
    return []


def _go_on(ctx: Context, o, plan: str, at: datetime) -> Script:
    op, rng, oid = ctx.op, ctx.rng, o.id
    t1, t2, t3 = _later(at, 1), _later(at, 2), _later(at, 3)
    seg = o.active_segments[0]
    if plan == "change":
        new = SegmentInput(seg.airline, seg.flight_no, seg.origin, seg.destination,
                           (seg.departs_local + timedelta(days=1)).replace(tzinfo=None), seg.cabin)
        changed = yield Step(t1, "ticket_change", lambda s: tickets.request_change(
            s, op, oid, [new], rng.choice((0, 20_000, 50_000)), note="客人改期 / new date", at=t1))
        ctx.centre.first("ticket_change")
        return (yield from _bill(ctx, oid, o.pay_method, t2)) if changed.pending else []
    if plan == "refund":
        sales = yield Step(t1, "ticket_view", lambda s: _refundable_sales(s, oid))
        if len(sales) != 1:
            return []  # paid in cash or on a shared slip: the drawer and the other items stay as they are
        for p in ctx.centre.posted:
            if p.sale_id in sales:
                p.reversed = True  # no counter refunds the same slip again
        approval = ctx.centre.cast.supervisors[0].credentials
        back = yield Step(t2, "refund", lambda s: _refund(ctx, s, op, oid, approval, t2))
        ctx.centre.book(back)  # one reversing slip, counted with the counter's refunds
        ctx.centre.first("ticket_refund")
        return (yield from _bill(ctx, oid, "cash", t3))
    if plan == "disruption":
        yield from _disrupt(ctx, o, t1, "cancellation" if ctx.centre.due("ticket_rebook") or rng.random() < 0.4
                            else "delay")
    return []


def _disrupt(ctx: Context, o, at: datetime, kind: str) -> Script:
    """The airline moves or cancels the flight; the guest is phoned; a cancelled flight is rebooked free."""
    op, oid, seg = ctx.op, o.id, o.active_segments[0]
    new_time = (seg.departs_local + timedelta(hours=3)).replace(tzinfo=None)
    t1, t2, t3 = _later(at, 1), _later(at, 2), _later(at, 3)
    v = yield Step(t1, "ticket_disruption", lambda s: tickets.record_disruption(
        s, op, oid, seg.id, kind, new_time if kind == "delay" else None, "航空公司通知 / airline notice", t1))
    yield Step(t2, "ticket_notified", lambda s: tickets.record_notified(s, op, v.disruptions[-1].id, "phone", t2))
    ctx.centre.first("ticket_disruption")
    if kind == "cancellation":
        ctx.centre.first("ticket_rebook")
        new = SegmentInput(seg.airline, seg.flight_no, seg.origin, seg.destination, new_time, seg.cabin)
        yield Step(t3, "ticket_change", lambda s: tickets.request_change(
            s, op, oid, [new], 0, 0, waive_fee=True, note="航班取消改签 / rebooked after cancellation", at=t3))


def _refund(ctx: Context, session, op, oid: int, approval, at: datetime):
    """The order's refund; returns the reversing slip it wrote, as the counter's refunds do."""
    tickets.refund(session, op, oid, "行程取消 / trip called off", approval, at, refund_sale=ctx.refund_sale)
    sale_id = session.scalar(select(Sale.id).join(TicketCharge, TicketCharge.reversal_sale_id == Sale.id)
                             .where(TicketCharge.order_id == oid).limit(1))
    return load_receipt(session, sale_id)


def _refundable_sales(session, oid: int) -> set[int]:
    """The order's slips, if they hold nothing else and no cash (the simulated drawer is not told)."""
    sales = set(session.scalars(select(TicketCharge.sale_id).where(TicketCharge.order_id == oid,
                                                                   TicketCharge.reversal_sale_id.is_(None))))
    if not sales:
        return set()
    cash = session.scalar(select(Payment.id).where(Payment.sale_id.in_(sales), Payment.method == "cash").limit(1))
    details = session.scalars(select(SaleLine.detail).where(SaleLine.sale_id.in_(sales))).all()
    return sales if cash is None and all((d or {}).get("ticket_order_id") == oid for d in details) else set()
