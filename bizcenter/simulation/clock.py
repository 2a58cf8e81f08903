"""The simulated clock: scripts yield timed steps, and every step is one user action.

A script (one counter's shifts, the supervisor's day closes) is a generator that yields a `Step`
and receives back what the workflow returned, or the `DomainError` it raised when the step was
one the step names as possible (a room charge can meet the credit limit). Steps of all scripts run in the order of their simulated time, so the audit
trail, voucher numbers and folio postings come out in the order a real centre would write them,
and each step runs in its own `unit_of_work`, exactly as a front end would call it.
"""
from __future__ import annotations

import heapq
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable, Generator, Iterable

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ..db import unit_of_work
from ..errors import DomainError


@dataclass(frozen=True)
class Step:
    at: datetime
    kind: str  # what the tally counts: "sale", "void", "refund", "sign_in", …
    action: Callable[[Session], Any]
    refusals: tuple[str, ...] = ()  # error codes that can happen here; the script handles them


Script = Generator[Step, Any, None]


@dataclass
class Tally:
    """How many actions of each kind ran, how many were refused, and the time spent in each kind."""

    done: Counter = field(default_factory=Counter)
    refused: Counter = field(default_factory=Counter)
    seconds: Counter = field(default_factory=Counter)

    def add(self, kind: str, seconds: float, refused: bool) -> None:
        (self.refused if refused else self.done)[kind] += 1
        self.seconds[kind] += seconds


class UnexpectedRefusal(RuntimeError):
    """A step that should always succeed was refused: a bug in the simulator or in the core."""


def run(engine: Engine, scripts: Iterable[Script], tally: Tally) -> None:
    """Run every script's steps in simulated-time order until all scripts are finished."""
    queue: list[tuple[datetime, int, Script, Step]] = []
    for order, script in enumerate(scripts):
        _push(queue, order, script, _START)
    while queue:
        _, order, script, step = heapq.heappop(queue)
        _push(queue, order, script, _execute(engine, step, tally))


_START = object()


def _push(queue, order: int, script: Script, answer) -> None:
    try:
        step = next(script) if answer is _START else script.send(answer)
    except StopIteration:
        return
    heapq.heappush(queue, (step.at, order, script, step))


def _execute(engine: Engine, step: Step, tally: Tally):
    started = time.perf_counter()
    try:
        result = unit_of_work(engine, step.action)
    except DomainError as exc:
        tally.add(step.kind, time.perf_counter() - started, refused=True)
        if exc.code not in step.refusals:
            raise UnexpectedRefusal(f"{step.kind} at {step.at.isoformat()} was refused: {exc.bilingual()}") from exc
        return exc
    tally.add(step.kind, time.perf_counter() - started, refused=False)
    return result
