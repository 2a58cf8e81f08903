"""Courier consignments and rentals in simulated time, through the counter's own workflow steps.

Courier: the guest's filled waybill is registered (sent) and billed; the carrier's delivery
confirmation arrives hours or days later and is recorded by whichever clerk serves the next courier
guest. Rentals: a guest books a meeting room or equipment (now, or later today), sometimes for a
slot that is already taken — refused, then booked an hour later or another item; equipment needs a
deposit, taken in cash or by card; a booking starting now is handed over at once. Later a rental
guest at the counter is the renter coming back: the due rental is returned (often late: overtime)
and billed, the deposit given back; a booking whose time passed unused is cancelled as a no-show.
What the counters share (the waybills out, the rentals running) lives on the centre.
"""
from __future__ import annotations

import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..errors import DomainError
from ..workflows import bookings, courier, deposits
from ..workflows.bookings import BookingRequest
from ..workflows.courier import ConsignmentInput
from ..workflows.lines import LineRequest
from .clock import Script, Step
from .context import Context

GUEST_REFUSALS = ("room_not_in_house", "name_mismatch")  # the guest list changed since the run began
VISITORS = (("陈先生", "华信科技"), ("Ms. Okafor", "Lagos Trade Mission"), ("王丽", "远东咨询"),
            ("Mr. Dubois", "Société Générale"), ("Delegate Kim", "KOTRA"))
PLACES = {"CN": (("北京", "朝阳区建国路 1 号"), ("上海", "浦东新区世纪大道 100 号"), ("广州", "天河区珠江新城")),
          "HK": (("Hong Kong", "8 Finance Street, Central"),), "MO": (("Macao", "Avenida da Praia Grande 1"),),
          "TW": (("Taipei", "Xinyi Road Sec. 5, 7"),), "JP": (("Tokyo", "1-1 Marunouchi, Chiyoda"),),
          "US": (("New York", "350 Fifth Avenue"),), "DE": (("Frankfurt", "Taunusanlage 12"),),
          "GB": (("London", "1 Canada Square"),), "AU": (("Sydney", "1 Macquarie Place"),),
          "SG": (("Singapore", "8 Marina View"),), "FR": (("Paris", "29 Boulevard Haussmann"),),
          "BR": (("São Paulo", "Avenida Paulista 1000"),), "ZA": (("Johannesburg", "135 Rivonia Road"),)}
ZONE_REGIONS = {"local": ("CN",), "domestic": ("CN",), "intl_a": ("HK", "MO", "TW"),
                "intl_b": ("JP", "US", "DE", "GB", "AU", "SG", "FR"), "intl_c": ("BR", "ZA")}
P_WALK_IN, P_LATER, P_CLASH, P_CANCEL, P_OVERTIME, P_EARLY = 0.3, 0.35, 0.25, 0.06, 0.4, 0.15


@dataclass
class _Errands:
    deliveries: dict[int, datetime] = field(default_factory=dict)  # consignment -> when the carrier confirms
    booked: dict[int, tuple[datetime, datetime]] = field(default_factory=dict)  # booking -> (start, end)
    out: dict[int, datetime] = field(default_factory=dict)  # booking handed over -> when it comes back
    slots: list[tuple[str, str, datetime, datetime]] = field(default_factory=list)  # recent bookings


def _shared(ctx: Context) -> _Errands:
    return vars(ctx.centre).setdefault("errands", _Errands())


def _later(at: datetime, n: int) -> datetime:
    return at + timedelta(seconds=20 * n)  # the clerk's next keystrokes, before the bill is paid


# --- courier ---------------------------------------------------------------------------------------
def _waybill(ctx: Context, carrier: str) -> str:
    rng = ctx.rng
    digits = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    if carrier == "SF":
        return "SF" + digits(13)
    if carrier == "EMS":
        body = digits(8)
        check = 11 - sum(int(d) * w for d, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7))) % 11
        return f"E{rng.choice(string.ascii_uppercase)}{body}{0 if check == 10 else 5 if check == 11 else check}CN"
    if carrier == "UPS":
        return "1Z" + "".join(rng.choice(string.digits + string.ascii_uppercase) for _ in range(16))
    return digits(10 if carrier == "DHL" else 12)


def _consignment(ctx: Context, request: LineRequest, walk_in: bool) -> ConsignmentInput:
    rng, params = ctx.rng, request.params
    zone = params.get("destination")
    region = params.get("region") or rng.choice(ZONE_REGIONS.get(zone, ("CN",)))
    city, address = rng.choice(PLACES.get(region, (("Capital", "1 Main Street"),)))
    guests = ctx.centre.cast.guests
    guest = None if walk_in or not guests else rng.choice(guests)
    name = guest.names[0] if guest else rng.choice(VISITORS)[0]
    carrier = rng.choice(tuple(courier.CARRIERS))
    return ConsignmentInput(carrier, _waybill(ctx, carrier), name, guest.room if guest else None, region, city,
                            address, rng.choice(("Ms Wong", "Mr Tanaka", "李经理", "Purchasing Dept.")),
                            params.get("grams", 500), same_city=zone == "local" and region == "CN",
                            sender_phone=None if guest else f"+86 139 {rng.randrange(10**8):08d}",
                            sender_copy=rng.random() < 0.95)


def prepare_courier(ctx: Context, request: LineRequest, at: datetime) -> Script:
    shared, op = _shared(ctx), ctx.op
    n = 0
    for cid, due in sorted(shared.deliveries.items(), key=lambda kv: kv[1])[:3]:
        if due > at:
            break
        del shared.deliveries[cid]
        n += 1
        when = _later(at, n)
        yield Step(when, "courier_delivered",
                   lambda s, cid=cid, when=when: courier.mark_delivered(s, op, cid, "carrier tracking / 快递查询", when))
    walk_in = ctx.rng.random() < P_WALK_IN
    for attempt in range(3):
        inp = _consignment(ctx, request, walk_in or attempt > 0)
        when = _later(at, n + attempt + 1)
        sent = yield Step(when, "courier_sent", lambda s, inp=inp, when=when: courier.register(s, op, inp, when),
                          ("waybill_taken", *GUEST_REFUSALS))
        if not isinstance(sent, DomainError):
            shared.deliveries[sent.id] = at + timedelta(hours=ctx.rng.randint(3, 60))
            return [sent.line]
    return []


# --- meeting rooms and equipment -------------------------------------------------------------------
def prepare_booking(ctx: Context, request: LineRequest, at: datetime) -> Script:
    shared, op = _shared(ctx), ctx.op
    due = sorted((d, bid) for bid, d in shared.out.items() if d <= at)
    if due:
        _, bid = due[0]
        del shared.out[bid]
        back = yield Step(at, "rental_return", lambda s: bookings.return_rental(s, op, bid, at))
        return list(back.lines)
    n = yield from _start_or_drop_due(ctx, at)
    yield from _book(ctx, request, _later(at, n + 1))
    return []


def _start_or_drop_due(ctx: Context, at: datetime) -> Script:
    """Hand over the bookings whose time has come; cancel those whose time passed unused (no-show)."""
    shared, op, n = _shared(ctx), ctx.op, 0
    for bid, (start, end) in sorted(shared.booked.items(), key=lambda kv: kv[1]):
        if start - timedelta(minutes=30) > at:
            continue
        del shared.booked[bid]
        n += 1
        when = _later(at, n)
        if when >= end:
            yield Step(when, "rental_cancel",
                       lambda s, bid=bid, when=when: bookings.cancel(s, op, bid, "未到 / no-show", when))
        else:
            yield from _hand_over(ctx, bid, start, end, when)
    return n


def _hand_over(ctx: Context, bid: int, start: datetime, end: datetime, at: datetime) -> Script:
    """Hand over; if the item has not come back from an overdue rental, the booking is cancelled."""
    op = ctx.op
    done = yield Step(at, "rental_hand_over", lambda s: bookings.hand_over(s, op, bid, at), ("booking_overlap",))
    if isinstance(done, DomainError):
        later = at + timedelta(seconds=10)
        yield Step(later, "rental_cancel", lambda s: bookings.cancel(s, op, bid, "设备未归还 / item not back", later))
    else:
        _shared(ctx).out[bid] = _return_due(ctx, start, end)


def _return_due(ctx: Context, start: datetime, end: datetime) -> datetime:
    roll = ctx.rng.random()
    if roll < P_OVERTIME:
        return end + timedelta(minutes=ctx.rng.randint(15, 150))
    if roll < P_OVERTIME + P_EARLY:
        return max(start + timedelta(minutes=30), end - timedelta(minutes=ctx.rng.randint(10, 60)))
    return end


def _slot(ctx: Context, request: LineRequest, at: datetime) -> tuple[str, int, datetime, datetime]:
    """Item, pieces and slot asked for: starting now or later today, for the hours or days asked."""
    params, rng = request.params, ctx.rng
    start = at.replace(second=0, microsecond=0) + timedelta(minutes=1)
    if rng.random() < P_LATER:
        start = start.replace(minute=0) + timedelta(hours=rng.randint(1, 3))
    if request.service == "meeting_room":
        minutes = params.get("minutes") or params.get("hours", 2) * 60
        return params["room"], 1, start, start + timedelta(minutes=min(minutes, 6 * 60))
    return params["item"], 1 if rng.random() < 0.8 else 2, start, start + timedelta(days=1)


def _book(ctx: Context, request: LineRequest, at: datetime) -> Script:
    shared, op, rng, service = _shared(ctx), ctx.op, ctx.rng, request.service
    item, units, start, end = _slot(ctx, request, at)
    clash = [s for s in shared.slots if s[0] == service and s[3] > at]
    if clash and (ctx.centre.due("rental_overlap") or rng.random() < P_CLASH):
        _, item, start, end = rng.choice(clash)  # the guest wants the slot someone already has
        start = max(start, at)
    party = _party(ctx)
    for attempt in range(4):
        req = BookingRequest(service, item, start, end, units, **party)
        made = yield Step(_later(at, attempt), "rental_book", lambda s, req=req, t=_later(at, attempt):
                          bookings.book(s, op, req, t), ("booking_overlap", "bad_units", *GUEST_REFUSALS))
        if not isinstance(made, DomainError):
            break
        if made.code == "booking_overlap":
            ctx.centre.first("rental_overlap")
            start, end = start + timedelta(hours=1), end + timedelta(hours=1)  # offered the next free hour
        elif made.code == "bad_units":
            units = 1
        else:
            party = _party(ctx, visitor=True)
    else:
        return
    shared.slots = [s for s in shared.slots if s[3] > at][-20:] + [(service, item, start, end)]
    yield from _after_booking(ctx, made, _later(at, 5))
    if service == "meeting_room" and ctx.centre.due("rental_overlap"):
        yield from _book(ctx, request, _later(at, 8))  # a second group asks for the very same room and time


def _after_booking(ctx: Context, made, at: datetime) -> Script:
    shared, op, rng = _shared(ctx), ctx.op, ctx.rng
    if made.service == "equipment" or rng.random() < 0.3:
        method = "cash" if rng.random() < 0.6 else "card"
        amount = 50_000 * made.units if made.service == "equipment" else 100_000
        last4, approval = ("4242", "DP1234") if method == "card" else (None, None)
        yield Step(at, "deposit_taken", lambda s: deposits.take(s, op, made.id, method, amount, last4, approval, at))
    later = at + timedelta(seconds=20)
    if rng.random() < P_CANCEL:
        yield Step(later, "rental_cancel", lambda s: bookings.cancel(s, op, made.id, "客人改期 / guest rescheduled", later))
    elif made.starts_at <= later + timedelta(minutes=30):
        yield from _hand_over(ctx, made.id, made.starts_at, made.ends_at, later)
    else:
        shared.booked[made.id] = (made.starts_at, made.ends_at)


def _party(ctx: Context, visitor: bool = False) -> dict:
    guests = ctx.centre.cast.guests
    if guests and not visitor and ctx.rng.random() >= P_WALK_IN:
        guest = ctx.rng.choice(guests)
        return {"room": guest.room, "name": guest.names[0]}
    name, company = ctx.rng.choice(VISITORS)
    return {"name": name, "company": company, "phone": f"+86 138 {ctx.rng.randrange(10**8):08d}"}
