"""Phone calls and internet sessions in simulated time, through the counter's own workflow steps.

Phone: most calls are read off the call meter; short ones are timed with the counter's start/stop
timer (started before the guest comes to pay, stopped when the guest hangs up), and now and then a
call does not connect, is cancelled free and dialled again.

Internet: a guest asking for internet either logs in (a session starts, nothing is billed yet) or
is one of the guests already logged in coming back to log out: the due session is stopped and
billed on this guest's bill. Sessions run on across shift closes, so the next shift's clerk — at
any counter — stops and bills them; a session whose charge was voided is billed again. What the
counters share lives on the centre (one simulated business centre, one set of PCs).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..workflows import calls, internet
from ..workflows.lines import LineRequest
from .clock import Script, Step
from .context import Context

TIMER_LONGEST = 480  # seconds: longer calls are read off the meter
P_TIMER, P_NO_ANSWER, P_WALK_IN = 0.35, 0.08, 0.35
CLAIM = timedelta(minutes=15)  # a session being billed at one counter is left alone by the others meanwhile
WALK_INS = ("Visitor Chen / 陈先生", "Ms. Okafor", "王丽", "Mr. Dubois", "Delegate Kim")
GUEST_REFUSALS = ("room_not_in_house", "name_mismatch")  # the guest list changed since the run began


@dataclass
class _Sessions:
    leaves: dict[int, datetime] = field(default_factory=dict)  # open session -> when its guest logs out
    claimed: dict[int, datetime] = field(default_factory=dict)  # session -> when a counter took it to bill


def _shared(ctx: Context) -> _Sessions:
    return vars(ctx.centre).setdefault("timed_sessions", _Sessions())


# --- phone -----------------------------------------------------------------------------------------
def prepare_phone(ctx: Context, request: LineRequest, at: datetime) -> Script:
    op, number, seconds = ctx.op, request.params["number"], request.params["seconds"]
    if seconds > TIMER_LONGEST or ctx.rng.random() >= P_TIMER:
        call = yield Step(at, "call_meter", lambda s: calls.record_metered_call(s, op, number, seconds, at))
        return [call.line]
    began = at - timedelta(seconds=seconds + 40)
    if ctx.rng.random() < P_NO_ANSWER and not ctx.centre.due("phone_timer"):
        tried = yield Step(began - timedelta(seconds=50), "call_start",
                           lambda s: calls.start_call(s, op, number, began - timedelta(seconds=50)))
        yield Step(began - timedelta(seconds=20), "call_cancel",
                   lambda s: calls.cancel_call(s, op, tried.id, began - timedelta(seconds=20)))
    ctx.centre.first("phone_timer")
    started = yield Step(began, "call_start", lambda s: calls.start_call(s, op, number, began))
    ended_at = began + timedelta(seconds=seconds)
    call = yield Step(ended_at, "call_stop", lambda s: calls.stop_call(s, op, started.id, ended_at))
    return [call.line]


# --- internet --------------------------------------------------------------------------------------
def prepare_internet(ctx: Context, request: LineRequest, at: datetime) -> Script:
    shared, op = _shared(ctx), ctx.op
    board = yield Step(at, "internet_board", lambda s: internet.running(s, at))  # the counter's running panel
    for claimed_id, when in list(shared.claimed.items()):
        if at - when > CLAIM:
            del shared.claimed[claimed_id]
    free = [i for i in board.sessions if i.id not in shared.claimed]
    unbilled = [i for i in free if i.status == "stopped"]  # a voided charge, billed again
    due = [i for i in free if i.status == "open" and shared.leaves.get(i.id, at) <= at]
    if unbilled:
        shared.claimed[unbilled[0].id] = at
        return [unbilled[0].line]
    if due:
        chosen = due[0]
        shared.claimed[chosen.id] = at
        shared.leaves.pop(chosen.id, None)
        stopped = yield Step(at, "internet_stop", lambda s: internet.stop_session(s, op, chosen.id, at))
        return [stopped.line]
    started = yield from _log_in(ctx, at)
    shared.leaves[started.id] = at + timedelta(seconds=_duration(request))
    return []


def _log_in(ctx: Context, at: datetime):
    op, guests = ctx.op, ctx.centre.cast.guests
    if guests and ctx.rng.random() >= P_WALK_IN:
        guest = ctx.rng.choice(guests)
        info = yield Step(at, "internet_start", lambda s: internet.start_session(
            s, op, guest_name=guest.names[0], room=guest.room, at=at), GUEST_REFUSALS)
        if not isinstance(info, Exception):
            return info
    name = ctx.rng.choice(WALK_INS)
    return (yield Step(at, "internet_start",
                       lambda s: internet.start_session(s, op, guest_name=name, walk_in=True, at=at)))


def _duration(request: LineRequest) -> int:
    params = request.params
    return params["seconds"] if "seconds" in params else params["minutes"] * 60
