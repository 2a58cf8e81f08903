"""Timing the core beside the plain-SQL yardstick on one or more databases, everything taking turns:
core and plain, quarter-history copy and full history, one run after the other, so that neither side
nor either database gets the quieter moment of a shared machine. Each result is checked against its
plain twin (a fast wrong answer would prove nothing).

The core is timed as a front end calls it: `unit_of_work(engine, action)`, commit included.
"""
from __future__ import annotations

import math
import sqlite3
import statistics
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Callable

from sqlalchemy.engine import Engine

from ..db import unit_of_work
from ..workflows.dayclose import close_day
from ..workflows.guests import find_by_name, in_house_by_room, name_key
from ..workflows.reports import daily_report
from . import reference
from .shape import Seeded, StayPlan


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    """Milliseconds taken by `fn()`, and what it returned."""
    t0 = time.perf_counter()
    out = fn()
    return (time.perf_counter() - t0) * 1000, out


def p99(samples: list[float]) -> float:
    """Nearest-rank 99th percentile: with 500 samples, the fifth slowest."""
    ordered = sorted(samples)
    return ordered[max(math.ceil(0.99 * len(ordered)) - 1, 0)]


def stamp(t: datetime) -> str:
    """An aware instant as SQLAlchemy stores it in SQLite (UTC text)."""
    return t.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds")


@dataclass
class Figure:
    """One piece of work timed both ways; `what` says on what (which day, how many sales)."""

    label: str
    what: str = ""
    core: list[float] = field(default_factory=list)
    plain: list[float] = field(default_factory=list)
    percentile: bool = False  # settle: also the p99 of each side
    groups: dict[str, "Figure"] = field(default_factory=dict)  # settle: the same split by payment method

    def add(self, core_ms: float, plain_ms: float, group: str | None = None) -> None:
        self.core.append(core_ms)
        self.plain.append(plain_ms)
        if group is not None:
            self.groups.setdefault(group, Figure(group)).add(core_ms, plain_ms)

    def as_dict(self) -> dict:
        core, plain = statistics.median(self.core), statistics.median(self.plain)
        out = {"label": self.label, "what": self.what, "n": len(self.core), "bizcenter_ms": round(core, 3),
               "plain_ms": round(plain, 3), "ratio": round(core / plain, 2) if plain else None}
        if self.percentile:
            c99, p99_ = p99(self.core), p99(self.plain)
            out.update(bizcenter_p99_ms=round(c99, 3), plain_p99_ms=round(p99_, 3),
                       ratio_p99=round(c99 / p99_, 2) if p99_ else None)
        if self.groups:
            out["by_payment"] = {k: {key: g.as_dict()[key] for key in ("n", "bizcenter_ms", "plain_ms", "ratio")}
                                 for k, g in sorted(self.groups.items())}
        return out


@dataclass
class Point:
    """A database to measure on: the day to report, the days left open to close, the first day after its
    history (the bench day), the stays in house then, and guests to look up among them."""

    suffix: str  # " (1/4 history)" or ""
    engine: Engine
    con: sqlite3.Connection
    seeded: Seeded
    report_day: date
    open_days: list[date]
    bench_day: date
    stays: list[StayPlan]
    rooms: list[str]
    names: list[str]


def _same_report(core, plain: dict, day: date) -> None:
    head = plain["head"]
    mine = (core.sales_count, core.voids_count, core.refunds_count, core.subtotal_minor, core.service_charge_minor,
            core.tax_minor, core.total_minor)
    if mine != tuple(head[:7]) or [(r.key, r.amount_minor) for r in core.by_payment] != [
            (r[0], r[2]) for r in plain["by_payment"]]:
        raise AssertionError(f"daily_report({day}) and the plain SQL disagree: {mine} vs {head[:7]}")


def reports(points: list[Point], repeat: int) -> list[Figure]:
    """`daily_report` on a day in the middle of each point's history, `repeat` times each way."""
    figs = []
    for p in points:
        rep = unit_of_work(p.engine, lambda s: daily_report(s, p.report_day))  # also the warm-up
        _same_report(rep, reference.report(p.con, p.report_day), p.report_day)
        n = rep.sales_count + rep.voids_count + rep.refunds_count
        figs.append(Figure(f"day report{p.suffix}", f"{p.report_day}, {n} sales that day"))
    for _ in range(repeat):
        for p, fig in zip(points, figs):
            core = timed(lambda: unit_of_work(p.engine, lambda s: daily_report(s, p.report_day)))[0]
            fig.add(core, timed(lambda: reference.report(p.con, p.report_day))[0])
    return figs


def close_pair(p: Point, fig: Figure, core_day: date, plain_day: date, supervisor: int,
               at: Callable[[date], datetime]) -> int:
    """`close_day` on one day, the plain close on the other (a day closes once); returns the day's size.

    Both sides first read their day once untimed, as the night audit looks at the report before closing,
    after the supervisor's work the close asks for (variances approved, vouchers ticked, the room charges
    exported and confirmed). The bench day closes at 23:30, while it still runs: the bench confirms that.
    """
    for day in (core_day, plain_day):  # what the supervisor does first: approve, tick, export and confirm
        reference.prepare_close(p.con, supervisor, day, stamp(at(day)))
    rep = unit_of_work(p.engine, lambda s: daily_report(s, core_day))
    reference.report(p.con, plain_day)
    core, closed = timed(lambda: unit_of_work(p.engine, lambda s: close_day(s, supervisor, core_day, at(core_day),
                                                                            running_day=True)))
    plain = timed(lambda: reference.close_day(p.con, supervisor, plain_day, stamp(at(plain_day))))[0]
    if closed.total_minor != rep.total_minor:
        raise AssertionError(f"close of {core_day} disagrees with its report")
    fig.add(core, plain)
    return rep.sales_count + rep.voids_count + rep.refunds_count


def closes(points: list[Point], supervisor: int, at: Callable[[date], datetime]) -> list[Figure]:
    """The days each point left open, paired: core closes the first of a pair, plain SQL the second."""
    figs = [Figure(f"day close{p.suffix}") for p in points]
    sizes: list[list[int]] = [[] for _ in points]
    pairs = [list(zip(p.open_days[0::2], p.open_days[1::2])) for p in points]
    for k in range(min(len(x) for x in pairs)):
        for i, p in enumerate(points):
            sizes[i].append(close_pair(p, figs[i], *pairs[i][k], supervisor, at))
    for fig, n in zip(figs, sizes):
        fig.what = f"{len(n)} days of {min(n)}–{max(n)} sales"
    return figs


def lookups(points: list[Point], repeat: int) -> list[tuple[Figure, Figure]]:
    """The room and name look-ups of the room-charge dialog, over `repeat` different in-house guests."""
    figs = [(Figure(f"find stay by room{p.suffix}", f"{len(p.rooms)} different rooms in house"),
             Figure(f"find stay by name{p.suffix}", f"{len(p.names)} in-house guests' full names")) for p in points]
    for i in range(repeat + 1):  # the first round warms both up
        for p, (by_room, by_name) in zip(points, figs):
            room, name = p.rooms[i % len(p.rooms)], p.names[i % len(p.names)]
            ms_core, core = timed(lambda: unit_of_work(p.engine, lambda s: in_house_by_room(s, room, p.bench_day)))
            ms_plain, plain = timed(lambda: reference.by_room(p.con, room, p.bench_day))
            if [v.id for v in core] != [r[0] for r in plain]:
                raise AssertionError(f"room {room}: {core} vs {plain}")
            if i:
                by_room.add(ms_core, ms_plain)
            ms_core, core = timed(lambda: unit_of_work(p.engine, lambda s: find_by_name(s, name, at=p.bench_day)))
            ms_plain, plain = timed(lambda: reference.by_name(p.con, name_key(name), p.bench_day))
            if sorted(v.id for v in core) != sorted(r[0] for r in plain):
                raise AssertionError(f"name {name!r}: {[v.id for v in core]} vs {[r[0] for r in plain]}")
            if i:
                by_name.add(ms_core, ms_plain)
    return figs
