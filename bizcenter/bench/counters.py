"""`bizcenter bench --counters N`: several counters selling at once while other stations sign people in
and supervisors approve voids, the app's way and the plain-SQL way, on a throw-away database.

For each number of counters (1, 2, 4 … up to N) there are two phases, one per side, in alternating
order: N selling processes (one counter each, a sale every `pace_ms` give or take half), one process
signing the selling clerks in, and one approving voids at a counter of its own, each pausing `pause_s`
give or take half between actions. Both run real Argon2 PIN checks (the product's cost). A sale whose
time overlaps a sign-in or an approval shows what that does to another counter: the p99 of those sales
beside the p99 of the sales that overlapped neither is the delay the target speaks of (the worst
overlapping sale less a usual one is printed too, as an upper bound).

SQLite: a scratch file in a temporary folder. PostgreSQL: a new database on the given server, dropped
at the end; no existing database is written to.
"""
from __future__ import annotations

import math
import multiprocessing as mp
import os
import shutil
import statistics
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Callable

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.engine import make_url

from .. import __version__
from ..db import make_engine, unit_of_work
from ..db.engine import normalise_url
from ..db.migrate import upgrade
from ..errors import InvalidInput
from ..models import NumberSequence, PriceItemRow, Staff
from ..workflows.catalogue import install_default_pricelist
from ..workflows.numbers import receipt_sequence
from ..workflows.shift import open_shift
from ..workflows.staff import Operator, add_counter
from .counterwork import PIN, Job, Station, price_bills, work
from .fill import FLOAT_MINOR
from .shape import line_templates

SIGN_IN_DELAY_MS = 50.0
PG_RATIO = 2.0
SCALING = 3.0
SCALING_AT = 8
SUPERVISORS = ("S01", "S02")
APPROVALS_AT_MOST = 100  # per phase: bills priced for the approving station


@dataclass(frozen=True)
class CountersOptions:
    counters: int = 8
    postgres: str | None = None
    sales: int = 200  # timed sales per counter per phase
    warmup: int = 5
    pace_ms: float = 50.0
    pause_s: float = 1.0
    seed: int = 1
    progress: Callable[[str], None] | None = None

    def check(self) -> None:
        if not 1 <= self.counters <= 32:
            raise InvalidInput(zh="--counters 须在 1 到 32 之间", en="--counters must be 1 to 32")
        if self.sales < 1 or self.warmup < 0 or self.pace_ms < 0 or self.pause_s < 0:
            raise InvalidInput(zh="--sales 至少为 1，间隔不能为负", en="--sales must be at least 1, pauses not negative")


def counts(n: int) -> list[int]:
    """1, 2, 4 … below n, and n itself."""
    out, k = [], 1
    while k < n:
        out.append(k)
        k *= 2
    return out + [n]


# --- the throw-away database -----------------------------------------------------------------------
class Scratch:
    """A scratch SQLite file, or a new database on a PostgreSQL server that is dropped afterwards."""

    def __init__(self, postgres: str | None):
        self.folder = self.admin = self.name = None
        if postgres is None:
            self.folder = tempfile.mkdtemp(prefix="bizcenter-counters-")
            self.url = f"sqlite:///{os.path.join(self.folder, 'bench.sqlite3')}"
            return
        import psycopg

        server = make_url(normalise_url(postgres))
        if server.get_backend_name() != "postgresql":
            raise InvalidInput(zh="--postgres 须为 postgresql:// 地址", en="--postgres takes a postgresql:// URL")
        self.name = f"bizcenter_bench_{uuid.uuid4().hex[:12]}"
        try:
            self.admin = psycopg.connect(server.set(drivername="postgresql").render_as_string(hide_password=False),
                                         autocommit=True)
            self.admin.execute(f'CREATE DATABASE "{self.name}"')
        except psycopg.Error as exc:
            if self.admin is not None:
                self.admin.close()
            raise InvalidInput(zh="无法在该服务器上建立临时数据库：{e}",
                               en="Cannot create a scratch database on that server: {e}",
                               e=str(exc).strip().splitlines()[0]) from None
        self.url = server.set(database=self.name).render_as_string(hide_password=False)

    @property
    def backend(self) -> str:
        return "sqlite" if self.folder else "postgresql"

    def drop(self) -> None:
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)
        if self.admin is not None:
            self.admin.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            self.admin.close()


# --- counters, staff and shifts ----------------------------------------------------------------------
@dataclass(frozen=True)
class Setup:
    stations: dict[str, tuple[Station, ...]]  # side -> its selling counters, then its approving counter
    bills: dict[int, tuple]  # counter id -> its priced bills


def _seed(url: str, most: int, sales: int, warmup: int, seed: int) -> Setup:
    """Price list, `most` + 1 counters per side with a clerk each on an open shift, two supervisors; every
    PIN hashed with the product's Argon2 cost, since the PIN checks are what is being measured."""
    hasher = PasswordHasher()
    pin_hash = hasher.hash(PIN)  # one hash for all: same cost to verify, and 0.25 s saved per person
    engine = make_engine(url)
    try:
        upgrade(engine)

        def people(session) -> dict:
            install_default_pricelist(session)
            made = {}
            for side, letter in (("app", "A"), ("plain", "P")):
                rows = []
                for i in range(most + 1):
                    code = f"{letter}{i + 1:02d}"
                    counter = add_counter(session, f"BC{code}", f"柜台 {code}", f"Counter {code}")
                    clerk = Staff(code=f"C{code}", name=f"Clerk {code}", role="clerk", pin_hash=pin_hash)
                    session.add(clerk)
                    session.flush()
                    rows.append((counter, f"BC{code}", clerk.id, f"C{code}"))
                    session.add(NumberSequence(name=receipt_sequence(counter), last_value=0))  # plain SQL only bumps
                made[side] = rows
            for code in SUPERVISORS:
                session.add(Staff(code=code, name=f"Supervisor {code}", role="supervisor", pin_hash=pin_hash))
            return made

        made = unit_of_work(engine, people)
        stations = {}
        for side, rows in made.items():
            opened = []
            for counter, counter_code, clerk, clerk_code in rows:
                shift = unit_of_work(engine, lambda s: open_shift(s, Operator(clerk, counter), FLOAT_MINOR))
                opened.append(Station(counter, counter_code, clerk, clerk_code, shift.id, shift.business_date))
            stations[side] = tuple(opened)
        version = unit_of_work(engine, lambda s: s.scalar(select(PriceItemRow.version_id).limit(1)))
        templates = line_templates(engine, version)
        priced = {}
        for side_stations in stations.values():
            for i, st in enumerate(side_stations):
                n = APPROVALS_AT_MOST if i == most else warmup + sales
                priced[st.counter_id] = price_bills(engine, templates, st, n, seed)
    finally:
        engine.dispose()
    return Setup(stations, priced)


# --- one phase ---------------------------------------------------------------------------------------
def _context():
    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")


def run_phase(url: str, setup: Setup, side: str, n: int, opts: CountersOptions) -> dict:
    """N sellers, a signer and an approver on one side at once; their intervals, analysed."""
    stations = setup.stations[side]
    common = dict(side=side, url=url, warmup=opts.warmup, pace_ms=opts.pace_ms, pause_s=opts.pause_s, seed=opts.seed)
    jobs = [Job(role="seller", index=i, station=stations[i], sales=opts.sales, bills=setup.bills[stations[i].counter_id],
                **common) for i in range(n)]
    jobs.append(Job(role="signer", index=n, station=stations[0], sign_ins=stations[:n], **common))
    jobs.append(Job(role="approver", index=n + 1, station=stations[-1], supervisors=SUPERVISORS,
                    bills=setup.bills[stations[-1].counter_id], **common))
    ctx = _context()
    barrier, stop, results = ctx.Barrier(len(jobs) + 1), ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=work, args=(job, barrier, stop, results), daemon=True) for job in jobs]
    for p in procs:
        p.start()
    got: dict[tuple[str, int], list] = {}
    try:
        barrier.wait(timeout=600)
        t_start = time.perf_counter()
        while len(got) < len(jobs):
            if sum(1 for role, _ in got if role == "seller") == n:
                stop.set()
            role, index, data, error = results.get(timeout=900)
            if error:
                raise RuntimeError(f"the {side} {role} process {index} failed:\n{error}")
            got[(role, index)] = data
        wall = time.perf_counter() - t_start
    except threading.BrokenBarrierError:
        role, index, _, error = results.get(timeout=60)
        raise RuntimeError(f"the {side} {role} process {index} failed before the start:\n{error}") from None
    finally:
        stop.set()
        for p in procs:
            p.join(timeout=60)
            if p.is_alive():
                p.terminate()
    settles = [iv for (role, _), data in got.items() if role == "seller" for iv in data]
    return analyse(settles, got[("signer", n)], got[("approver", n + 1)], wall)


# --- figures -----------------------------------------------------------------------------------------
def pct(samples: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0–100)."""
    ordered = sorted(samples)
    return ordered[max(math.ceil(q / 100 * len(ordered)) - 1, 0)] if ordered else 0.0


def _ms(interval: tuple[float, float]) -> float:
    return (interval[1] - interval[0]) * 1000


def _overlaps(settle: tuple[float, float], events: list[tuple[float, float]]) -> bool:
    return any(settle[0] < e[1] and settle[1] > e[0] for e in events)


def analyse(settles, signs, voids, wall_s: float) -> dict:
    """Settle percentiles; the same split by whether a sign-in or approval was running at the time."""
    events = sorted(signs + voids)
    lat = [_ms(s) for s in settles]
    hit = [_ms(s) for s in settles if _overlaps(s, events)]
    clear = [_ms(s) for s in settles if not _overlaps(s, events)]
    base = statistics.median(clear) if clear else statistics.median(lat)
    r = lambda x: round(x, 3)  # noqa: E731
    return {
        "sales": len(lat), "sales_per_s": round(len(lat) / wall_s, 1) if wall_s else None,
        "settle_p50_ms": r(pct(lat, 50)), "settle_p95_ms": r(pct(lat, 95)), "settle_p99_ms": r(pct(lat, 99)),
        "settle_max_ms": r(max(lat)),
        "sign_ins": len(signs), "sign_in_p50_ms": r(pct([_ms(e) for e in signs], 50)),
        "approvals": len(voids), "approval_p50_ms": r(pct([_ms(e) for e in voids], 50)),
        "overlapped": len(hit),
        "overlapped_p50_ms": r(pct(hit, 50)), "overlapped_max_ms": r(max(hit)) if hit else None,
        "clear_p50_ms": r(base), "clear_p99_ms": r(pct(clear, 99)),
        # the worst sale that ran beside a sign-in or approval, beyond a usual sale: an upper bound, since
        # it sets the tail of many sales against the middle of the others (with 8 counters on 2 cores the
        # worst sale of any 600 is slow whether or not a PIN is being checked)
        "delay_ms": r(max(hit) - base) if hit else 0.0,
        # what a sign-in or approval adds, like for like: the p99 of the sales beside one against the p99
        # of the sales beside none, in the same phase
        "added_p99_ms": r(max(0.0, pct(hit, 99) - pct(clear, 99))) if hit and clear else 0.0,
    }


def _say(opts: CountersOptions, text: str) -> None:
    if opts.progress:
        opts.progress(text)


def run_counters(opts: CountersOptions) -> dict:
    opts.check()
    wall = time.perf_counter()
    scratch = Scratch(opts.postgres)
    try:
        _say(opts, f"schema, counters and staff on a scratch {scratch.backend} database")
        setup = _seed(scratch.url, opts.counters, opts.sales, opts.warmup, opts.seed)
        rows = {}
        for k, n in enumerate(counts(opts.counters)):
            row = {}
            for side in (("app", "plain") if k % 2 == 0 else ("plain", "app")):
                _say(opts, f"{n} counter(s), {side}: {opts.sales} sales each, sign-ins and approvals beside")
                row[side] = run_phase(scratch.url, setup, side, n, opts)
            row["ratio_p50"] = round(row["app"]["settle_p50_ms"] / row["plain"]["settle_p50_ms"], 2)
            row["ratio_p99"] = round(row["app"]["settle_p99_ms"] / row["plain"]["settle_p99_ms"], 2)
            rows[n] = row
    finally:
        scratch.drop()
    return _result(opts, scratch.backend, rows, time.perf_counter() - wall)


def _result(opts: CountersOptions, backend: str, rows: dict, wall_s: float) -> dict:
    most = max(rows)
    delay = max(r["app"]["added_p99_ms"] for r in rows.values())
    # the same figure for plain SQL, which holds no lock during Argon2: what the machine itself adds
    # (every process and the Argon2 threads share its CPUs)
    plain_delay = max(r["plain"]["added_p99_ms"] for r in rows.values())
    targets = {"sign_in_delay": {"value": delay, "at_most": SIGN_IN_DELAY_MS, "unit": "ms",
                                 "met": delay <= SIGN_IN_DELAY_MS, "plain": plain_delay,
                                 "upper_bound": max(r["app"]["delay_ms"] for r in rows.values())}}
    ratio = max(r["ratio_p50"] for r in rows.values())
    targets["settle_vs_plain"] = {"value": ratio, "at_most": PG_RATIO, "unit": "×", "met": ratio <= PG_RATIO,
                                  "applies": backend == "postgresql"}
    if most > 1:
        growth = round(rows[most]["app"]["settle_p99_ms"] / rows[1]["app"]["settle_p99_ms"], 2)
        targets["p99_scaling"] = {"value": growth, "at_most": SCALING, "unit": "×", "met": growth <= SCALING,
                                  "counters": most, "applies": most >= SCALING_AT}
    return {
        "bizcenter": __version__, "backend": backend,
        "options": {"counters": opts.counters, "sales": opts.sales, "pace_ms": opts.pace_ms,
                    "pause_s": opts.pause_s, "seed": opts.seed},
        "cpus": os.cpu_count(),
        "rows": {str(n): r for n, r in rows.items()},
        "targets": targets,
        "wall_s": round(wall_s, 1),
    }
