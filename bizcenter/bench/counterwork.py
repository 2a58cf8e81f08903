"""What each process of the counters bench does: a counter selling, a station signing people in, a
supervisor approving voids — through the app (`Desk`, as the screens call it) or as plain SQL.

Every process prices its bills and warms up before the common start (a barrier), then records the
start and end of each timed action on `time.perf_counter()`, which is the system's monotonic clock
on Linux and Windows, so the intervals of different processes can be laid over one another.
"""
from __future__ import annotations

import random
import time
import traceback
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from types import SimpleNamespace

from ..db import make_engine
from ..workflows.staff import Credentials, Operator
from . import plainsql
from .sales import Bill, bills

PIN = "1357"
VOID_REASON = "客人取消 guest cancelled"


@dataclass(frozen=True)
class Station:
    """A counter and the clerk on its open shift."""

    counter_id: int
    counter_code: str
    clerk_id: int
    clerk_code: str
    shift_id: int
    business_date: date


@dataclass(frozen=True)
class Job:
    side: str  # "app" or "plain"
    role: str  # "seller", "signer" or "approver"
    index: int
    url: str
    station: Station
    bills: tuple = ()  # priced bills (sales.Bill) for the station's sales
    sales: int = 0
    warmup: int = 0
    pace_ms: float = 50.0
    pause_s: float = 0.5
    seed: int = 1
    sign_ins: tuple[Station, ...] = ()  # whom the signer signs in, in turn
    supervisors: tuple[str, ...] = field(default=())


def price_bills(engine, templates: tuple, st: Station, n: int, seed: int) -> tuple:
    """`n` bills for a station, priced once by `quote` before any phase (pricing is not what is timed,
    and on SQLite every unit of work, even a quote, takes the write lock)."""
    return tuple(bills(engine, SimpleNamespace(templates=templates[0], weights=templates[1]), [], n,
                       random.Random(seed * 1000 + st.counter_id), (st.counter_id, st.shift_id, st.clerk_id),
                       st.business_date))


def _fresh(job: Job) -> list:
    """The station's bills with new draft keys: a repeated key would return the earlier sale."""
    out = []
    for bill in job.bills:
        key = uuid.uuid4().hex
        out.append(Bill(replace(bill.draft, draft_key=key), replace(bill.plain, head=bill.plain.head[:-1] + (key,))))
    return out


class _Side:
    """The three actions, the app's way or the plain way."""

    def __init__(self, job: Job):
        self.job = job
        self.engine = make_engine(job.url)
        if job.side == "app":
            from ..desk import Desk

            self.desk, self.db = Desk(self.engine), None
        else:
            self.desk, self.db = None, plainsql.PlainDB(job.url)
        st = job.station
        self.op = Operator(st.clerk_id, st.counter_id)

    def settle(self, bill) -> int:
        if self.desk:
            return self.desk.settle(self.op, bill.draft).sale_id
        return plainsql.settle(self.db, bill.plain)

    def sign_in(self, st: Station) -> None:
        if self.desk:
            self.desk.sign_in(st.clerk_code, PIN, st.counter_code)
        else:
            plainsql.sign_in(self.db, st.clerk_code, PIN, st.counter_id)

    def void(self, sale_id: int, supervisor: str) -> None:
        st = self.job.station
        if self.desk:
            self.desk.void(self.op, sale_id, VOID_REASON, Credentials(supervisor, PIN))
        else:
            plainsql.void(self.db, st.clerk_id, st.counter_id, st.shift_id, sale_id, VOID_REASON, supervisor, PIN)

    def close(self) -> None:
        if self.db:
            self.db.close()
        self.engine.dispose()


def _seller(side: _Side, job: Job, barrier, stop) -> list[tuple[float, float]]:
    todo = _fresh(job)
    for bill in todo[:job.warmup]:
        side.settle(bill)
    rng = random.Random(job.seed + job.index)
    barrier.wait()
    out = []
    for bill in todo[job.warmup:]:
        t0 = time.perf_counter()
        side.settle(bill)
        out.append((t0, time.perf_counter()))
        time.sleep(job.pace_ms / 1000 * rng.uniform(0.5, 1.5))
    return out


def _signer(side: _Side, job: Job, barrier, stop) -> list[tuple[float, float]]:
    side.sign_in(job.sign_ins[0])  # warm-up
    rng = random.Random(job.seed + 100 + job.index)
    barrier.wait()
    out, k = [], 0
    while True:  # at least once, however soon the counters are done
        st = job.sign_ins[k % len(job.sign_ins)]
        t0 = time.perf_counter()
        side.sign_in(st)
        out.append((t0, time.perf_counter()))
        k += 1
        if stop.wait(job.pause_s * rng.uniform(0.5, 1.5)):
            return out


def _approver(side: _Side, job: Job, barrier, stop) -> list[tuple[float, float]]:
    """Sells at its own counter (untimed), then voids that sale with a supervisor's approval (timed)."""
    todo = iter(_fresh(job))
    side.void(side.settle(next(todo)), job.supervisors[0])  # warm-up
    rng = random.Random(job.seed + 200 + job.index)
    barrier.wait()
    out, k = [], 0
    for bill in todo:  # at least once, however soon the counters are done
        sale_id = side.settle(bill)
        t0 = time.perf_counter()
        side.void(sale_id, job.supervisors[k % len(job.supervisors)])
        out.append((t0, time.perf_counter()))
        k += 1
        if stop.wait(job.pause_s * rng.uniform(0.5, 1.5)):
            break
    return out


ROLES = {"seller": _seller, "signer": _signer, "approver": _approver}


def work(job: Job, barrier, stop, results) -> None:
    """A process's whole life: its role's intervals, or the traceback, go back on `results`."""
    side = None
    try:
        side = _Side(job)
        results.put((job.role, job.index, ROLES[job.role](side, job, barrier, stop), None))
    except BaseException:  # noqa: BLE001 - the parent reports it
        barrier.abort()
        results.put((job.role, job.index, None, traceback.format_exc()))
    finally:
        if side is not None:
            side.close()
