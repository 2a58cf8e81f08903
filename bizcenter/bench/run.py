"""The bench from start to end: schema by Alembic, a quarter of the history copied aside, the rest of
the history, then every figure on both databases in turn, the day of selling and its close last.

Measuring on a quarter and on the whole of the history is what shows whether a cost follows the day
or the years behind it; taking turns between the two keeps a busy machine's drift out of that
comparison. Closes are timed on history-shaped days the fill left open (three for the core, three for
plain SQL, alternating) and on the bench day itself.
"""
from __future__ import annotations

import gc
import os
import random
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from .. import __version__
from ..db import make_engine, unit_of_work
from ..db.migrate import upgrade
from ..errors import InvalidInput
from ..hoteltime import HotelClock
from ..workflows.settings import DEFAULTS
from . import reference
from .fill import History
from .measure import Point, closes, lookups, reports, stamp
from .sales import local, sell_and_close
from .shape import line_templates, seed

OPEN_DAYS = 6  # left open by the fill at each measuring point: three closes each way
TARGETS = {"settle": 2.0, "day_report": 3.0, "day_close": 3.0, "growth": 1.5}


@dataclass(frozen=True)
class BenchOptions:
    sales: int = 250_000
    days: int = 365
    seed: int = 1
    keep: Path | None = None
    settles: int = 500
    warmup: int = 20
    repeat: int = 25
    progress: Callable[[str], None] | None = None

    def check(self) -> None:
        if self.days < 28:
            raise InvalidInput(zh="--days 至少为 28", en="--days must be at least 28")
        if self.sales < self.days:
            raise InvalidInput(zh="--sales 不能少于天数", en="--sales must be at least the number of days")
        if self.settles < 1 or self.repeat < 1 or self.warmup < 0:
            raise InvalidInput(zh="--settles 和 --repeat 至少为 1", en="--settles and --repeat must be at least 1")
        if self.keep is not None and self.keep.exists():
            raise InvalidInput(zh="文件已存在，不会覆盖：{p}", en="{p} exists; the bench never overwrites a file",
                               p=str(self.keep))


def _say(opts: BenchOptions, text: str) -> None:
    if opts.progress:
        opts.progress(text)


def _point(suffix: str, path: Path, engine, seeded, report_day: date, open_days: list[date], bench_day: date,
           history: History, opts: BenchOptions) -> Point:
    """A database to measure, with the stays in house at the end of its history and guests to look up."""
    rng = random.Random(opts.seed)
    stays = sorted(history.in_house.values(), key=lambda s: s.id)
    rooms = [s.room for s in rng.sample(stays, min(len(stays), opts.repeat))]
    names = [rng.choice(s.guests)[0] for s in rng.sample(stays, min(len(stays), opts.repeat))]
    return Point(suffix, engine, reference.connect(path), seeded, report_day, open_days, bench_day, stays, rooms,
                 names)


def peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run_bench(opts: BenchOptions) -> dict:
    opts.check()
    wall = time.perf_counter()
    scratch = Path(tempfile.mkdtemp(prefix="bizcenter-bench-"))  # the quarter copy, and the database unless kept
    path = opts.keep.resolve() if opts.keep else scratch / "bench.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    history, points = None, []
    try:
        t = time.perf_counter()
        _say(opts, f"schema and seed: {path}")
        upgrade(engine)
        seeded = seed(engine)
        today = HotelClock.of(DEFAULTS["timezone"], DEFAULTS["day_cutoff_hour"]).today()  # the hotel's, not the machine's
        start, days, q = today - timedelta(days=opts.days), opts.days, opts.days // 4
        day = lambda i: start + timedelta(days=i)  # noqa: E731
        history = History(path, seeded, line_templates(engine, seeded.version_id), opts.sales, days, start,
                          opts.seed)
        _say(opts, f"filling days 1–{q + OPEN_DAYS} of {days}, then a copy of that quarter")
        history.fill(0, q)
        history.fill(q, q + OPEN_DAYS, close=False)
        quarter_path = scratch / "quarter.sqlite3"
        history.snapshot(quarter_path)
        quarter = _point(" (1/4 history)", quarter_path, make_engine(f"sqlite:///{quarter_path}"), seeded, day(q // 2),
                         [day(i) for i in range(q, q + OPEN_DAYS)], day(q + OPEN_DAYS), history, opts)
        points.append(quarter)
        for i in range(q, q + OPEN_DAYS):  # open only in the copy: the main history closes them as usual
            reference.close_day(history.con, seeded.supervisors[0], day(i), stamp(local(day(i + 1), 8.0)))
        _say(opts, f"filling days {q + OPEN_DAYS + 1}–{days}")
        history.fill(q + OPEN_DAYS, days - OPEN_DAYS)
        history.fill(days - OPEN_DAYS, days, close=False)
        history.finish(day(days))
        fill_s = time.perf_counter() - t
        made = dict(history.made)
        points.append(_point("", path, engine, seeded, day(days // 2), [day(i) for i in range(days - OPEN_DAYS, days)],
                             day(days), history, opts))
        history.release()
        gc.collect()
        _say(opts, "reports, closes and look-ups: the quarter copy and the full history in turn")
        figs = {"day_report": reports(points, opts.repeat),
                "day_close": closes(points, seeded.supervisors[0], lambda d: local(d + timedelta(days=1), 8.0))}
        figs["find_by_room"], figs["find_by_name"] = (list(x) for x in zip(*lookups(points, opts.repeat)))
        _say(opts, f"settling {opts.settles} sales each way on each database's bench day")
        figs["settle"], figs["day_close_bench_day"] = sell_and_close(points, history, opts.settles, opts.warmup,
                                                                     opts.seed)
        if opts.keep:  # the history and the plain-SQL sales bypassed the app: chain them, so the kept file verifies
            from ..chain.backfill import chain_unchained

            _say(opts, "chaining the rows written with plain SQL")
            unit_of_work(engine, chain_unchained)
        size_mb = round(os.path.getsize(path) / 2**20, 1)
    finally:
        for p in points:
            p.con.close()
            if p.engine is not engine:
                p.engine.dispose()
        if history is not None:
            history.close()
        engine.dispose()
        shutil.rmtree(scratch, ignore_errors=True)
    return _result(opts, path, made, size_mb, fill_s, figs, time.perf_counter() - wall)


def _result(opts, path, made, size_mb, fill_s, figs, wall_s) -> dict:
    figures = {}
    for key, (quarter, full) in figs.items():
        figures[f"{key}_quarter"] = quarter.as_dict()
        figures[key] = full.as_dict()
    growth = {key: round(figures[key]["bizcenter_ms"] / figures[f"{key}_quarter"]["bizcenter_ms"], 2)
              for key in ("settle", "day_report", "day_close", "find_by_room", "find_by_name")}
    room = [figures[k].get("by_payment", {}).get("room") for k in ("settle_quarter", "settle")]
    if all(room):
        growth["settle_room_charge"] = round(room[1]["bizcenter_ms"] / room[0]["bizcenter_ms"], 2)
    checks = {
        "settle": (max(figures["settle"]["ratio"], figures["settle_quarter"]["ratio"]), TARGETS["settle"]),
        "day_report": (max(figures["day_report"]["ratio"], figures["day_report_quarter"]["ratio"]),
                       TARGETS["day_report"]),
        "day_close": (max(figures[k]["ratio"] for k in ("day_close", "day_close_quarter", "day_close_bench_day",
                                                          "day_close_bench_day_quarter")), TARGETS["day_close"]),
        "flat_with_history": (max(growth[k] for k in ("settle", "settle_room_charge", "day_report", "day_close")
                                  if k in growth), TARGETS["growth"]),
    }
    return {
        "bizcenter": __version__, "sqlite": sqlite3.sqlite_version,
        "pragmas": "journal_mode=WAL, synchronous=FULL, BEGIN IMMEDIATE",
        "options": {"sales": opts.sales, "days": opts.days, "seed": opts.seed, "settles": opts.settles,
                    "repeat": opts.repeat},
        "database": str(path) if opts.keep else None,
        "history": {**made, "database_mb": size_mb},
        "fill_s": round(fill_s, 1),
        "figures": figures,
        "growth_full_vs_quarter": growth,
        "targets": {k: {"value": v, "at_most": limit, "met": v is not None and v <= limit}
                    for k, (v, limit) in checks.items()},
        "peak_rss_mb": peak_rss_mb(),
        "wall_s": round(wall_s, 1),
    }
