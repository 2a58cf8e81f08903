"""Crash test: a counter process settling sales in a loop is killed with SIGKILL at random moments,
over and over, on the same database. Afterwards every sale it reported as committed is there and
whole, nothing is posted twice (a draft re-submitted after the crash is recognised), receipt
numbers run without a gap, and `verify` is clean.

The child (crash_child.py) is started once and forks a fresh worker for each round, so a restart
costs milliseconds instead of a Python start-up; the worker is a separate process with its own
database connection, killed by the kernel in the middle of whatever it was doing.
"""
from __future__ import annotations

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from scenario import SUP, build_world, ledger_breaches  # noqa: E402

from bizcenter.models import Payment, Sale, SaleLine  # noqa: E402

CHILD = Path(__file__).resolve().parent / "crash_child.py"
KILLS = {"sqlite": 120, "postgresql": 20}


class Zygote:
    """The child process, spoken to line by line; its output is read on a thread, so a stuck worker
    fails the test after a timeout instead of hanging it."""

    def __init__(self, url: str, cfg: dict):
        self.proc = subprocess.Popen([sys.executable, str(CHILD), url, json.dumps(cfg), "serve"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [self.lines.put(l) for l in self.proc.stdout] + [self.lines.put("")],
                         daemon=True).start()

    def send(self, command: str) -> None:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def read(self) -> list[str]:
        line = self.lines.get(timeout=60)
        assert line, f"the child process ended (exit {self.proc.poll()})"
        return line.split()

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def _take(reported: dict, words: list[str]) -> None:
    assert words[0] in ("ok", "void", "dup"), words
    draft = int(words[1])
    if draft in reported:  # sent again: recognised as the same posting, with the same receipt
        assert words[0] == "dup" and words[2] == reported[draft][2], f"draft {draft} twice: {reported[draft]}, {words}"
        return
    reported[draft] = words


def _kill_rounds(zygote: Zygote, kills: int, rng: random.Random):
    """Returns {draft: line} of everything the workers reported, and the draft in flight at the end.

    Every other round the kill comes at a random moment after the worker's first commit (so work
    gets done whatever the machine's load); the others at a random moment after the fork. Every
    fourth round re-sends the last bill that was reported posted: it must be recognised, not
    posted again."""
    reported: dict[int, list[str]] = {}
    start = 0
    for round_no in range(kills):
        resubmit = round_no % 4 == 3 and bool(reported)
        if resubmit:  # as a till restarted after a crash would: the last bill on screen, sent again
            start -= 1
        zygote.send(f"start {start}")
        kind, pid = zygote.read()
        assert kind == "pid"
        if round_no % 2:
            first = zygote.read()
            assert not resubmit or first[:2] == ["dup", str(start)], f"draft {start} posted twice: {first}"
            _take(reported, first)
        time.sleep(rng.uniform(0.0, 0.05))
        os.kill(int(pid), signal.SIGKILL)
        zygote.send(f"wait {pid}")
        while (words := zygote.read())[0] != "dead":
            _take(reported, words)
        assert words[2] == str(int(signal.SIGKILL)), f"worker {pid} ended by itself ({words}); see stderr"
        start = max(reported, default=-1) + 1
        assert sorted(reported) == list(range(start)), "a draft was skipped"
    return reported, start


@pytest.mark.slow
def test_sales_reported_committed_survive_sigkill_whole_and_once(backend, db_url, engine):
    w = build_world(engine)
    cfg = {"clerk_id": w.clerk.staff_id, "counter_id": w.c1, "room": "1501", "guest": "John Smith",
           "now": w.clock().isoformat(), "sup_code": SUP.code, "sup_pin": SUP.pin, "prefix": "crash"}
    zygote = Zygote(make_url(db_url).render_as_string(hide_password=False), cfg)
    try:
        reported, in_flight = _kill_rounds(zygote, KILLS[backend], random.Random())
    finally:
        zygote.close()

    sales = w.run(lambda s: {x.id: x for x in s.scalars(select(Sale))})
    by_key = {x.draft_key: x for x in sales.values() if x.draft_key}
    voided = {x.reverses_id: x for x in sales.values() if x.reverses_id}
    lines = w.run(lambda s: s.execute(select(SaleLine.sale_id, SaleLine.amount_minor)).all())
    payments = w.run(lambda s: s.execute(select(Payment.sale_id, Payment.amount_minor)).all())

    # every reported commit is there, with the number and total the worker printed
    for draft, (kind, _, receipt_no, *rest) in ((d, r) for d, r in reported.items() if r[0] != "dup"):
        sale = by_key[f"crash-{draft}"] if kind == "ok" else voided[by_key[f"crash-{draft - 1}"].id]
        assert (sale.receipt_no, sale.total_minor) == (int(receipt_no), int(rest[0]))
    # a re-submitted draft found its first posting instead of posting again
    for draft in (d for d, r in reported.items() if r[0] == "dup"):
        assert f"crash-{draft}" in by_key or by_key[f"crash-{draft - 1}"].id in voided
    # nothing beyond what was reported, except possibly the one draft in flight at the last kill
    expected_keys = {f"crash-{d}" for d in range(in_flight) if d % 5 != 4}
    assert expected_keys <= set(by_key) <= expected_keys | {f"crash-{in_flight}"}
    expected_voids = {by_key[f"crash-{d - 1}"].id for d in range(in_flight) if d % 5 == 4}
    assert expected_voids <= set(voided) <= expected_voids | ({by_key[f"crash-{in_flight - 1}"].id}
                                                             if in_flight % 5 == 4 else set())
    # each sale whole: its lines and payments add up (cash rounding, 抹零, is the sale's own figure)
    for sale in sales.values():
        assert sum(a for sid, a in lines if sid == sale.id) == sale.subtotal_minor
        assert (sale.subtotal_minor + sale.service_charge_minor + sale.tax_minor + sale.cash_rounding_minor
                == sale.total_minor)
        assert sum(a for sid, a in payments if sid == sale.id) == sale.total_minor
    assert sorted(x.receipt_no for x in sales.values()) == list(range(1, len(sales) + 1))
    assert ledger_breaches(engine) == []
    if backend == "sqlite":
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    assert len(reported) >= KILLS[backend] // 4  # every fourth round waits for a new commit
