"""Days of realistic business-centre activity, driven through the same workflows as the counter app.

Why it exists: demos and training need a ledger that looks lived in, and the ledger's invariants
(`bizcenter verify`) need histories no hand-written test would think of. Every clerk action is its
own unit of work, in the order of simulated time, exactly as front ends would call the core — so
what the simulator can do, a counter can do, and what `verify` finds after it is a real bug.

Reproducible: the same seed and start date give the same ledger (receipt numbers, amounts, services,
payments); every time is derived from the start date in the hotel's time zone and every random
choice from `random.Random` streams seeded from the seed. Only the PIN hashes differ (Argon2 salts).
The parts live in `bizcenter/simulation/`.
"""
from __future__ import annotations

import time as clock
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from .db import unit_of_work
from .errors import InvalidInput, NotAllowed
from .models import BusinessDay
from .simulation.cast import Cast, Desk, load_cast
from .simulation.centre import Centre, Posted
from .simulation.clock import Script, Tally, run
from .simulation.roster import DayPlan, day_close_script, make_roster
from .simulation import simple_services
from .simulation.selling import Selling
from .simulation.services import WEIGHTS
from .simulation.shift import shift_script
from .workflows.dayclose import DayClosed

MAX_DAYS = 3660
METHODS = ("cash", "card", "room", "qr", "split")


@dataclass(frozen=True)
class Summary:
    start: date
    days: int
    counters: int
    shifts: int
    sales: int
    voids: int
    refunds: int
    refused: int
    total_minor: int
    currency: str
    seconds: float
    selling_seconds: float  # quoting and settling the sales that needed no supervisor's PIN
    plain_sales: int
    pin_checks: int  # sign-ins and approvals: each an Argon2id verification, by design slow
    pin_seconds: float

    @property
    def sales_per_second(self) -> float:
        return self.plain_sales / self.selling_seconds if self.selling_seconds else 0.0


def default_start(engine: Engine, days: int, today: date) -> date:
    """The day after the last closed business day, so runs continue one another; else `days` ago."""
    last = unit_of_work(engine, lambda s: s.scalar(select(func.max(BusinessDay.business_date))))
    return last + timedelta(days=1) if last else today - timedelta(days=days)


def simulate(engine: Engine, days: int, seed: int, start: date, counters: int = 1,
             progress: Callable[[DayClosed], None] | None = None) -> Summary:
    """Simulate `days` business days from `start` at the first `counters` counters; every day is closed."""
    _check(days, counters)
    cast = unit_of_work(engine, lambda s: _cast(s, start, counters))
    centre = Centre(cast, seed, posted=[Posted(*sale) for sale in cast.recent_sales],
                    unsold=[c for c in WEIGHTS if c in cast.rules] + simple_services.offered(cast.rules),
                    unpaid=[m for m in METHODS if m != "room" or cast.guests])
    roster = make_roster(cast, start, days, centre.rng("roster"))
    scripts = [_counter_script(centre, roster, desk) for desk in cast.counters]
    scripts.append(day_close_script(roster, progress, centre.rng("dayclose"), cast.supervisors))
    tally, started = Tally(), clock.perf_counter()
    run(engine, scripts, tally)
    return _summary(start, days, counters, tally, centre, clock.perf_counter() - started)


PIN_KINDS = ("sign_in", "approved_sale", "void", "refund", "approved_shift_close", "day_close")


def _summary(start: date, days: int, counters: int, tally: Tally, centre: Centre, seconds: float) -> Summary:
    done, spent = tally.done, tally.seconds
    shifts = done["shift_close"] + done["approved_shift_close"]
    return Summary(start, days, counters, shifts, done["sale"] + done["approved_sale"], done["void"],
                   done["refund"], sum(tally.refused.values()), centre.total_minor, centre.cast.currency, seconds,
                   spent["quote"] + spent["sale"], done["sale"],
                   sum(done[k] + tally.refused[k] for k in PIN_KINDS), sum(spent[k] for k in PIN_KINDS))


def _check(days: int, counters: int) -> None:
    if not 1 <= days <= MAX_DAYS:
        raise InvalidInput(zh="天数须为 1 到 {n}", en="Days must be from 1 to {n}", n=MAX_DAYS)
    if not 1 <= counters <= 3:
        raise InvalidInput(zh="柜台数须为 1 到 3", en="Counters must be from 1 to 3")


def check_start(engine: Engine, start: date) -> None:
    unit_of_work(engine, lambda s: _check_start(s, start))


def _check_start(session, start: date) -> None:
    """Refuse a start on or before a closed day: those days are read-only, and runs must not overlap."""
    last = session.scalar(select(func.max(BusinessDay.business_date)))
    if last is not None and start <= last:
        raise NotAllowed("days_closed", "营业日 {last} 及以前已日结，请从 {next} 开始模拟",
                         "Business days up to {last} are closed; start the simulation on {next} or later",
                         last=last.isoformat(), next=(last + timedelta(days=1)).isoformat())


def _cast(session, start: date, counters: int) -> Cast:
    _check_start(session, start)
    return load_cast(session, counters, start)


def _counter_script(centre: Centre, roster: tuple[DayPlan, ...], desk: Desk) -> Script:
    """One counter's shifts, one after another: a handover is always read by the next clerk there."""
    rng = centre.rng("counter", desk.code)
    selling = Selling(centre, rng)
    for day in roster:
        for plan in day.shifts:
            if plan.counter == desk:
                yield from shift_script(centre, plan, rng, selling)
