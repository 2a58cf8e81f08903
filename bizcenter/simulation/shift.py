"""One clerk's shift, as the counter app would drive it: sign in, read and acknowledge the handover,
open with a float and the equipment check, serve guests, count the drawer blind, close with a note.

The drawer is the simulator's own idea of the cash physically there (float, cash in, cash paid
back); the blind count reports it, sometimes a little off and rarely badly off, and only then does
the workflow say what was expected — the approval and reason for a big variance follow from that.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta

from ..workflows.equipment import DeviceCheck, record_check
from ..workflows.shift import close_shift, count_cash, open_shift, pending_handover
from ..workflows.staff import Operator, sign_in
from .centre import Centre
from .directory import DirectoryDesk
from .duties import Duties
from . import punctual
from .profiles import ProfileKeeping
from .travel import TravelDesk
from .clock import Script, Step
from .roster import ShiftPlan
from .selling import Selling

FLOAT_MINOR = 50_000  # ¥500 in the drawer at the start of every shift
SALES_PER_MORNING = 26
MIN_GAP = timedelta(minutes=3)
HANDOVER_NOTES = (
    "", "", "",
    "传真机缺纸，已领新纸 / Fax paper running low, new box fetched",
    "1208 房客人的快递下午到，请通知 / Courier for room 1208 due this afternoon, please call the guest",
    "复印机卡纸已处理 / Copier jam cleared",
    "会议室明早 9 点布置投影 / Set up the projector in the boardroom for 09:00 tomorrow",
    "两份传真无人认领，已放传真架 / Two unclaimed faxes put in the fax rack",
    "VIP 客人 1901 房需要翻译，已约 / Translator booked for VIP in 1901",
)
SHORT_REASONS = ("找错零钱，已报领班跟进 / Wrong change given; supervisor following up",
                 "一张百元假钞被没收 / A counterfeit ¥100 note was kept back")
OVER_REASONS = ("客人多付未等找零，已登记待退 / Guest left without the change; logged for return",
                "一笔现金未录入，已查明 / A cash sale keyed as card; found and noted")


def shift_script(centre: Centre, plan: ShiftPlan, rng: random.Random, selling: Selling) -> Script:
    op = Operator(plan.clerk.id, plan.counter.id)
    shift_id = yield from _open(centre, plan, op)
    selling.start(plan, op, FLOAT_MINOR)
    chores = Duties(centre, plan, op, centre.rng("duties", plan.counter.code, plan.opens.isoformat()))
    guide = DirectoryDesk(centre, plan, op, centre.rng("directory", plan.counter.code, plan.opens.isoformat()))
    keeping = ProfileKeeping(centre, op, centre.rng("profiles", plan.counter.code, plan.opens.isoformat()))
    movements = TravelDesk(centre, op, centre.rng("travel", plan.counter.code, plan.opens.isoformat()))
    for at in _moments(plan, rng):
        yield from selling.serve(at)
        yield from chores.after(at)  # its own random stream: the sales stay the seed's
        yield from guide.after(at)  # the city directory, from a stream of its own too
        yield from keeping.after(at)  # guest profiles, from a stream of their own too
        yield from movements.after(at)  # VIP travel movements, from a stream of their own too
    yield from _close(centre, plan, op, shift_id, rng, selling.drawer_minor)


def _open(centre: Centre, plan: ShiftPlan, op: Operator):
    at = punctual.opening_time(plan, centre.rng("punctuality", plan.counter.code, plan.opens.isoformat()))
    creds, code = plan.clerk.credentials, plan.counter.code
    yield Step(at - timedelta(minutes=6), "rostered", punctual.rostered(plan))
    yield Step(at - timedelta(minutes=5), "sign_in", lambda s: sign_in(s, creds, code, at=at - timedelta(minutes=5)))
    reading = at - timedelta(minutes=4, seconds=30)  # the supervisor's notices, acknowledged at sign-in
    yield Step(reading, "notices_read", punctual.notices_read(centre, plan, reading))
    handover = yield Step(at - timedelta(minutes=4), "handover", lambda s: pending_handover(s, op.counter_id))
    ack = handover.shift_id if handover is not None else None
    checks = [DeviceCheck(d, True) for d in centre.cast.devices]

    def open_with_check(s):  # one action at the counter: the float and the equipment check together
        info = open_shift(s, op, FLOAT_MINOR, ack, at=at)
        record_check(s, op, info.id, checks, at=at)
        return info

    info = yield Step(at, "shift_open", open_with_check)
    return info.id


def _moments(plan: ShiftPlan, rng: random.Random) -> list[datetime]:
    """When guests come: a random spread over the shift, at least a few minutes apart."""
    n = max(1, round(SALES_PER_MORNING * plan.busy * rng.uniform(0.7, 1.3)))
    first, last = plan.opens + timedelta(minutes=10), plan.closes - timedelta(minutes=25)
    span = (last - first).total_seconds()
    moments, previous = [], first - MIN_GAP
    for offset in sorted(rng.uniform(0, span) for _ in range(n)):
        at = max(first + timedelta(seconds=int(offset)), previous + MIN_GAP)
        if at > last:
            break
        moments.append(at)
        previous = at
    return moments


def _close(centre: Centre, plan: ShiftPlan, op: Operator, shift_id: int, rng: random.Random, drawer: int):
    counted_at, closed_at = plan.closes - timedelta(minutes=10), plan.closes - timedelta(minutes=5)
    counts = _count(drawer + _slip(rng), centre.cast.denominations)
    result = yield Step(counted_at, "cash_count", lambda s: count_cash(s, op, shift_id, counts, at=counted_at))
    note = rng.choice(HANDOVER_NOTES)
    approval = reason = None
    if result.needs_approval:
        approval = plan.supervisor.credentials
        reason = rng.choice(SHORT_REASONS if result.variance_minor < 0 else OVER_REASONS)
    yield Step(closed_at, "shift_close" if approval is None else "approved_shift_close",
               lambda s: close_shift(s, op, shift_id, note, approval, reason, at=closed_at))


def _slip(rng: random.Random) -> int:
    """How far the drawer is off: usually not at all, sometimes a few yuan, rarely a lot."""
    roll = rng.random()
    if roll < 0.03:
        return rng.choice((-1, 1)) * rng.randint(20, 200) * 100
    if roll < 0.18:
        return rng.choice((-1, 1)) * rng.randint(1, 80) * 10
    return 0


def _count(amount: int, denominations: tuple[int, ...]) -> dict[int, int]:
    """The drawer by denomination, largest notes first; fen below the smallest coin are not counted."""
    counts, left = {}, max(amount, 0)
    for d in denominations:
        counts[d], left = divmod(left, d)
    return counts
