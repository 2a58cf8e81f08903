"""Several counters at once: threads and processes settling on two counters keep receipt numbers
gapless and the ledger whole; two counters racing for the same decision get one answer; a database
locked by another program, or a file that is no database, is a plain message and nothing written."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from bizcenter.db import make_engine, unit_of_work
from bizcenter.errors import DatabaseBusy, DatabaseUnavailable, DomainError, NotADatabase
from bizcenter.models import Posting, Sale
from bizcenter.workflows.dayclose import close_day
from bizcenter.workflows.guests import folio_balance
from bizcenter.workflows.reversal import refund_sale, void_sale
from bizcenter.workflows import shift
from scenario import (DAY, SUP, SUP2, assert_bilingual, build_world, cash, close_shift, copies, ledger_breaches,
                      room, sell, sell_action, snapshot, total_of)

CHILD = Path(__file__).resolve().parents[1] / "integration" / "crash_child.py"


def _receipts(w) -> dict[int, list[int]]:
    rows = w.run(lambda s: s.execute(select(Sale.counter_id, Sale.receipt_no).order_by(Sale.receipt_no)).all())
    out: dict[int, list[int]] = {}
    for c, n in rows:
        out.setdefault(c, []).append(n)
    return out


def test_threads_settling_on_two_counters_get_gapless_unique_receipt_numbers(engine):
    w = build_world(engine)
    total = total_of(w, [copies(3)])
    errors, done = [], Counter()

    def clerk(op, n):
        for i in range(n):
            try:
                sell(w, op, [copies(3)], [cash(total)], draft_key=f"{op.counter_id}-{threading.get_ident()}-{i}")
                done[op.counter_id] += 1
            except Exception as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(repr(exc))

    threads = [threading.Thread(target=clerk, args=(op, 12)) for op in (w.clerk, w.clerk2) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert {c: nos for c, nos in _receipts(w).items()} == {c: list(range(1, n + 1)) for c, n in done.items()}
    assert done == {w.c1: 36, w.c2: 36}
    assert ledger_breaches(engine) == []


def test_processes_settling_on_two_counters_get_gapless_unique_receipt_numbers(db_url, engine):
    w = build_world(engine)
    url = make_url(db_url).render_as_string(hide_password=False)
    children = []
    for n, op in enumerate([w.clerk, w.clerk2, w.clerk, w.clerk2]):
        cfg = {"clerk_id": op.staff_id, "counter_id": op.counter_id, "room": "1501", "guest": "John Smith",
               "now": w.clock().isoformat(), "sup_code": SUP.code, "sup_pin": SUP.pin, "prefix": f"p{n}"}
        children.append(subprocess.Popen([sys.executable, str(CHILD), url, json.dumps(cfg), "run", "0", "10"],
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    outputs = [c.communicate(timeout=120) for c in children]
    assert [c.returncode for c in children] == [0] * 4, [err for _, err in outputs]
    reported = [line.split() for out, _ in outputs for line in out.splitlines()]
    assert len(reported) == 40 and {r[0] for r in reported} == {"ok", "void"}
    nos = _receipts(w)
    assert nos == {w.c1: list(range(1, 21)), w.c2: list(range(1, 21))}
    assert ledger_breaches(engine) == []


def _race(w, first, second):
    """Run two actions in two threads so that each does its work before either commits (where the
    database lets them); returns what each returned or raised."""
    ready = [threading.Event(), threading.Event()]
    results: list = [None, None]

    def run(i, action):
        def paused(s):
            out = action(s)
            ready[i].set()
            ready[1 - i].wait(1)  # SQLite serialises writers: the other one is still waiting to begin
            return out
        try:
            results[i] = w.run(paused)
        except Exception as exc:  # noqa: BLE001 - returned to the test
            results[i] = exc
        finally:
            ready[i].set()

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate((first, second))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def _one_wins(results, code):
    errors = [r for r in results if isinstance(r, Exception)]
    assert len(errors) == 1, f"expected exactly one refusal, got {results!r}"
    assert isinstance(errors[0], DomainError), f"a raw database error reached the clerk: {errors[0]!r}"
    assert errors[0].code == code
    assert_bilingual(errors[0])


def test_double_click_racing_on_two_threads_posts_one_sale(engine):
    w = build_world(engine)
    results = _race(w, *(sell_action(w, w.clerk, [copies(2)], draft_key="same-draft") for _ in range(2)))
    _one_wins(results, "already_settled")
    assert w.run(lambda s: s.scalar(select(func.count()).select_from(Sale))) == 1
    assert ledger_breaches(engine) == []


def test_two_counters_reversing_the_same_sale_at_once_reverse_it_once(engine):
    w = build_world(engine)
    sale = sell(w, w.clerk, [copies(2)])
    results = _race(w, lambda s: void_sale(s, w.clerk, sale.sale_id, "typo", SUP, w.clock()),
                    lambda s: refund_sale(s, w.clerk2, sale.sale_id, "guest", SUP2, w.clock()))
    _one_wins(results, "already_reversed")
    assert ledger_breaches(engine) == []


def test_two_counters_charging_one_room_at_once_respect_its_credit_limit(engine):
    w = build_world(engine)
    lines = [copies(25)]  # ¥58.30 each; ¥100.00 limit on room 0909
    results = _race(w, sell_action(w, w.clerk, lines, [room(total_of(w, lines), "0909", "Wang Fang")]),
                    sell_action(w, w.clerk2, lines, [room(total_of(w, lines), "0909", "Wang Fang")]))
    _one_wins(results, "credit_limit")
    assert w.run(lambda s: folio_balance(s, w.stays["0909"])) <= 10_000


def test_two_supervisors_ticking_one_voucher_at_once_both_see_it_ticked_and_it_is_logged_once(engine):
    from bizcenter.models import AuditEntry
    from bizcenter.models.backoffice import VoucherCheck
    from bizcenter.workflows import reconcile

    w = build_world(engine)
    lines = [copies(2)]
    sell(w, w.clerk, lines, [room(total_of(w, lines), "0808", "张三")])
    posting_id = w.run(lambda s: s.scalar(select(Posting.id)))
    results = _race(w, lambda s: reconcile.tick_voucher(s, w.sup_id, posting_id, True, w.clock()),
                    lambda s: reconcile.tick_voucher(s, w.sup2_id, posting_id, True, w.clock()))
    assert results == [True, True], results
    assert w.run(lambda s: s.scalar(select(func.count()).select_from(VoucherCheck))) == 1
    assert w.run(lambda s: s.scalar(select(func.count()).select_from(AuditEntry)
                                    .where(AuditEntry.action == "voucher_checked"))) == 1


def test_a_shift_opened_while_the_day_is_being_closed_never_leaves_the_day_open(engine):
    from bizcenter.workflows.staff import Operator

    w = build_world(engine)
    close_shift(w, w.clerk)
    close_shift(w, w.clerk2)
    late = Operator(w.clerk.staff_id, w.c2)
    results = _race(w, lambda s: close_day(s, w.sup_id, DAY, w.clock(), running_day=True),
                    lambda s: shift.open_shift(s, late, 0, None, w.clock()))
    assert sum(isinstance(r, Exception) for r in results) == 1, results
    assert isinstance([r for r in results if isinstance(r, Exception)][0], DomainError), results
    assert ledger_breaches(engine) == []


# --- SQLite files ----------------------------------------------------------------------------------
def test_database_locked_by_another_program_is_reported_busy_and_nothing_written(sqlite_url, monkeypatch):
    import bizcenter.db.engine as engine_module

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)  # each retry waits 0.1 s, not 5 s
    engine = make_engine(sqlite_url)
    try:
        w = build_world(engine)
        before = snapshot(engine)
        path = make_url(sqlite_url).database
        holder = subprocess.Popen(
            [sys.executable, "-c", "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
             "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(60)", path],
            stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout.readline().strip() == "locked"
            with pytest.raises(DatabaseBusy) as info:
                sell(w, w.clerk, [copies(1)], [cash(233)])
        finally:
            holder.kill()
            holder.wait()
        assert_bilingual(info.value)
        assert "busy" in info.value.message("en")
        assert snapshot(engine) == before
        sell(w, w.clerk, [copies(1)], [cash(233)])  # the lock gone, the same sale goes through
    finally:
        engine.dispose()


def test_briefly_locked_database_waits_and_then_settles(sqlite_engine, sqlite_url):
    w = build_world(sqlite_engine)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
         "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(0.3); c.rollback()",
         make_url(sqlite_url).database], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    assert sell(w, w.clerk, [copies(1)], [cash(233)]).receipt_no == 1
    holder.wait()


def test_file_that_is_not_a_database_is_refused_with_a_clear_message(tmp_path, capsys):
    from bizcenter.cli import main

    path = tmp_path / "notes.txt"
    path.write_text("passwords and shopping list\n" * 50)
    content = path.read_bytes()
    assert main(["--db", str(path), "verify"]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "not a bizcenter database" in err and "不是" in err
    with pytest.raises(NotADatabase) as info:
        bad = make_engine(f"sqlite:///{path}")
        try:
            unit_of_work(bad, lambda s: s.scalar(select(func.count()).select_from(Posting)))
        finally:
            bad.dispose()
    assert_bilingual(info.value)
    assert path.read_bytes() == content


def test_unreachable_database_server_is_a_plain_message():
    engine = make_engine("postgresql://bizcenter@127.0.0.1:9/bizcenter", connect_args={"connect_timeout": 2})
    with pytest.raises(DatabaseUnavailable) as info:
        unit_of_work(engine, lambda s: s.scalar(select(func.count()).select_from(Sale)))
    assert_bilingual(info.value)
    engine.dispose()
