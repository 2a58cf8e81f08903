"""Chain heads kept outside the ledger — printed on the Z slip, kept by each day close, held by each backup —
expose what the chain alone cannot: its newest records deleted, or lost with SQLite's WAL file.

The reproductions: sales acknowledged to the clerk, then the database as it is on disk without its
-wal file (28 sales gone, `verify` clean on its own); and the last sale deleted with its lines,
payments, chain links and receipt number behind the application's back. Each is named by comparing
with the head on the Z slip or in the backup.
"""
from __future__ import annotations

import re
import shutil
import sqlite3
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, text

from bizcenter.chain import ChainHead, current_head
from bizcenter.chain.backups import head_of_backup, sidecar
from bizcenter.cli import main
from bizcenter.db import make_engine, unit_of_work
from bizcenter.documents.slip import PAPER_COLUMNS, columns, shift_slip_lines
from bizcenter.models import BusinessDay
from bizcenter.workflows import reconcile
from bizcenter.workflows.reports import shift_report
from fake_printer import FakePrinter, text_of
from scenario import DAY, SUP, build_world, close_day, close_shift, copies, open_shift, sell

HEAD_LINE = re.compile(r"#\d+:[0-9a-f]{16}")


@pytest.fixture
def printer():
    p = FakePrinter()
    yield p
    p.stop()


def head(engine) -> ChainHead:
    return unit_of_work(engine, current_head)


def cli(url, *args) -> int:
    return main(["--db", str(url), "--lang", "en", *args])


def printed_head(data: bytes) -> str:
    """The head as the Z slip prints it, read back the way a supervisor would type it."""
    lines = text_of(data).splitlines()
    at = next(i for i, line in enumerate(lines) if "账链 Chain" in line)
    found = HEAD_LINE.search(" ".join(lines[at:at + 2]))
    assert found, lines[at:at + 2]
    return found.group(0)


@contextmanager
def behind_the_application(engine):
    """A transaction with the append-only triggers out of the way, put back afterwards so that `verify`
    finds them all (SQLite: dropped and re-created; PostgreSQL: switched off for this transaction)."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            triggers = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type='trigger'").all()
            for name, _ in triggers:
                conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
            yield conn
            for _, sql in triggers:
                conn.exec_driver_sql(sql)
        else:
            conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
            yield conn


def delete_tail(engine, links: int) -> None:
    """What someone holding the database does with the triggers out of the way: the records of the last
    `links` chain links deleted, their links with them, the chain's head row and the receipt
    sequences rolled back — a ledger that is consistent, only shorter."""
    with behind_the_application(engine) as conn:
        last = conn.execute(text("SELECT max(seq) FROM ledger_chain")).scalar_one()
        keep = last - links
        gone = conn.execute(text("SELECT record_table, record_key FROM ledger_chain WHERE seq > :k ORDER BY seq DESC"),
                            {"k": keep}).all()
        for table, key in gone:
            if table == "sale":  # things that point at the sale and are not ledger records
                conn.execute(text("DELETE FROM print_job WHERE sale_id = :k"), {"k": int(key)})
        for table, key in gone:
            pk = "business_date" if table == "business_day" else "id"
            conn.execute(text(f"DELETE FROM {table} WHERE {pk} = :k"), {"k": int(key) if pk == "id" else key})
        conn.execute(text("DELETE FROM ledger_chain WHERE seq > :k"), {"k": keep})
        conn.execute(text("UPDATE ledger_chain_head SET seq = :k, link_hash = "
                          "(SELECT link_hash FROM ledger_chain WHERE seq = :k) WHERE id = 1"), {"k": keep})
        for counter_id, receipt in conn.execute(text("SELECT counter_id, max(receipt_no) FROM sale "
                                                     "GROUP BY counter_id")).all():
            conn.execute(text("UPDATE number_sequence SET last_value = :n WHERE name = :name"),
                         {"n": receipt, "name": f"receipt:{counter_id}"})


def links_of_last_sale(engine) -> int:
    with engine.connect() as conn:
        last_sale = conn.execute(text("SELECT max(id) FROM sale")).scalar_one()
        first = conn.execute(text("SELECT min(seq) FROM ledger_chain WHERE record_table = 'sale' "
                                  "AND record_key = :k"), {"k": str(last_sale)}).scalar_one()
        return conn.execute(text("SELECT max(seq) FROM ledger_chain")).scalar_one() - first + 1


# --- printed -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("paper", [58, 80])
def test_the_z_slip_prints_the_chain_head_within_the_paper_width(engine, db_url, printer, paper):
    w = build_world(engine)
    for _ in range(3):
        sell(w, w.clerk, [copies(4)])
    close_shift(w, w.clerk)
    assert cli(db_url, "print", "shift", "--shift", str(w.shifts[w.clerk]), "--final", "--printer", printer.url,
               "--paper", str(paper)) == 0
    data = printer.wait_for(1)[0]
    lines = text_of(data).splitlines()
    assert "Z REPORT" in text_of(data)
    assert max(columns(line) for line in lines) <= PAPER_COLUMNS[paper]
    assert ChainHead.parse(printed_head(data)).matches(head(engine))
    report = w.run(lambda s: shift_report(s, w.shifts[w.clerk]))  # a long chain's head still fits, whole
    lines = shift_slip_lines(report, "BC1", ("示例大酒店", "Demo Grand Hotel"), w.clock(), PAPER_COLUMNS[paper],
                             final=True, chain_head="#1234567:9f3a0b1c2d3e4f50")
    assert max(columns(line) for line in lines) <= PAPER_COLUMNS[paper]
    assert any(line.strip() == "#1234567:9f3a0b1c2d3e4f50" or line.endswith(" #1234567:9f3a0b1c2d3e4f50")
               for line in lines)


def test_the_x_slip_prints_the_head_as_it_stands_when_printed(engine, db_url, printer):
    w = build_world(engine)
    sell(w, w.clerk, [copies(2)])
    assert cli(db_url, "print", "shift", "--shift", str(w.shifts[w.clerk]), "--printer", printer.url) == 0
    first = printed_head(printer.wait_for(1)[0])
    sell(w, w.clerk, [copies(2)])
    assert cli(db_url, "print", "shift", "--shift", str(w.shifts[w.clerk]), "--printer", printer.url) == 0
    second = printed_head(printer.wait_for(2)[1])
    assert ChainHead.parse(first).seq < ChainHead.parse(second).seq
    assert ChainHead.parse(second).matches(head(engine))


# --- the day close -------------------------------------------------------------------------------------
def test_each_close_keeps_its_head_and_whether_the_previous_close_s_is_still_held(engine):
    w = build_world(engine)
    sell(w, w.clerk, [copies(3)])
    for op in (w.clerk, w.clerk2):
        close_shift(w, op)
    first = close_day(w)
    assert first.chain_head and "previous" not in first.chain
    assert ChainHead.parse(first.chain["head"]).seq > 0
    w.clock.set(w.clock.t + timedelta(days=1))
    for op in (w.clerk, w.clerk2):
        open_shift(w, op)
    sell(w, w.clerk2, [copies(5)])
    for op in (w.clerk, w.clerk2):
        close_shift(w, op)
    second = close_day(w, DAY + timedelta(days=1))
    assert second.chain["previous"] == {"date": DAY.isoformat(), "head": first.chain["head"], "held": True}
    assert ChainHead.parse(second.chain["head"]).seq > ChainHead.parse(first.chain["head"]).seq
    kept = unit_of_work(engine, lambda s: s.get(BusinessDay, DAY + timedelta(days=1)).summary["chain"])
    assert kept == second.chain
    shown = unit_of_work(engine, lambda s: reconcile.day_check(s, w.sup_id, DAY + timedelta(days=1))).chain
    assert shown.head_held and shown.previous_held_now and shown.previous_date == DAY
    assert shown.head.text() == second.chain_head


def test_the_next_close_shows_that_the_previous_close_s_head_is_gone(engine, db_url, monkeypatch, capsys):
    w = build_world(engine)
    sell(w, w.clerk, [copies(3)])
    for op in (w.clerk, w.clerk2):
        close_shift(w, op)
    first = close_day(w)
    rewrite_link(engine, ChainHead.parse(first.chain["head"]).seq)
    w.clock.set(w.clock.t + timedelta(days=1))
    for op in (w.clerk, w.clerk2):
        open_shift(w, op)
    for op in (w.clerk, w.clerk2):
        close_shift(w, op)
    second = close_day(w, DAY + timedelta(days=1))
    assert second.chain["previous"]["held"] is False and second.previous_held is False
    shown = unit_of_work(engine, lambda s: reconcile.day_check(s, w.sup_id, DAY + timedelta(days=1))).chain
    assert shown.previous_held_at_close is False and shown.previous_held_now is False


def rewrite_link(engine, seq: int) -> None:
    """A link's hash changed behind the application's back (a chain recomputed after an edit)."""
    with behind_the_application(engine) as conn:
        conn.execute(text("UPDATE ledger_chain SET link_hash = :h WHERE seq = :s"), {"h": "f" * 64, "s": seq})


def test_verify_names_a_closed_day_whose_head_is_no_longer_in_the_chain(engine, db_url, capsys):
    w = build_world(engine)
    for _ in range(3):
        sell(w, w.clerk, [copies(3)])
    for op in (w.clerk, w.clerk2):
        close_shift(w, op)
    closed = close_day(w)
    kept = ChainHead.parse(closed.chain["head"])
    rewrite_link(engine, kept.seq)  # the last link before the close
    assert cli(db_url, "verify") == 1
    out = capsys.readouterr().out
    assert f"closed day {DAY}: the ledger was rewritten at or before link {kept.seq}" in out


def test_the_day_s_pdf_report_shows_the_heads_the_close_kept(engine, tmp_path):
    from bizcenter.documents.pdf_reports import write_report
    from test_pdf_reports import pdftext

    w = build_world(engine)
    sell(w, w.clerk, [copies(3)])
    open_day = pdftext(w.run(lambda s: write_report(s, "daily", tmp_path / "open.pdf", day=DAY)))
    assert f"打印时 At printing {head(engine).text()}" in " ".join(open_day.split())
    for op in (w.clerk, w.clerk2):
        close_shift(w, op)
    closed = close_day(w)
    report = " ".join(pdftext(w.run(lambda s: write_report(s, "daily", tmp_path / "day.pdf", day=DAY))).split())
    assert f"日结时 At the close {closed.chain_head} 是 yes" in report


def test_close_day_prints_the_head_and_whether_the_previous_close_s_is_held(engine, db_url, monkeypatch, capsys):
    build_world(engine, open_shifts=False)
    monkeypatch.setenv("BIZCENTER_PIN", SUP.pin)
    for day in (DAY, DAY + timedelta(days=1)):
        assert cli(db_url, "close-day", "--date", day.isoformat(), "--as", SUP.code) == 0
    out = capsys.readouterr().out
    kept = unit_of_work(engine, lambda s: s.get(BusinessDay, DAY).summary["chain"]["head"])
    assert f"Ledger chain head {ChainHead.parse(kept).text()}" in out
    assert f"The previous close's head ({DAY}) is still in the chain" in out


# --- backups and `verify --against` / `--head` -----------------------------------------------------------
def test_backup_prints_its_head_and_verify_against_it_is_clean_while_nothing_is_lost(engine, db_url, tmp_path,
                                                                                     capsys):
    w = build_world(engine)
    sell(w, w.clerk, [copies(3)])
    suffix = ".sqlite3" if engine.dialect.name == "sqlite" else ".pgdump"
    dest = tmp_path / f"b{suffix}"
    assert cli(db_url, "backup", str(dest)) == 0
    out = capsys.readouterr().out
    now = head(engine)
    assert f"Ledger chain head {now.text()}" in out
    assert head_of_backup(dest) == now
    if engine.dialect.name == "sqlite":
        assert cli(db_url, "restore", "--check", str(dest)) == 0
        assert f"Ledger chain head {now.text()}" in capsys.readouterr().out
    if engine.dialect.name == "postgresql":
        assert sidecar(dest).stat().st_mode & 0o077 == 0
    sell(w, w.clerk, [copies(1)])  # the ledger goes on: the backup's head stays in the chain
    assert cli(db_url, "verify", "--against", str(dest), "--head", now.text()) == 0
    assert f"the chain still holds the head of backup {dest.name}, {now.text()}" in capsys.readouterr().out


def test_the_deleted_last_sale_is_named_by_the_printed_head(engine, db_url, printer, capsys):
    """The last sale deleted with its lines, payments and audit entries, its chain links and its receipt
    number rolled back: `verify` alone is clean; the head on the Z slip names the loss."""
    w = build_world(engine)
    for _ in range(4):
        sell(w, w.clerk, [copies(3)])
    sell(w, w.clerk, [copies(9)])
    assert cli(db_url, "print", "shift", "--shift", str(w.shifts[w.clerk]), "--printer", printer.url) == 0
    slip_head = printed_head(printer.wait_for(1)[0])  # the X slip printed after the last sale
    lost = links_of_last_sale(engine)
    delete_tail(engine, lost)
    assert unit_of_work(engine, lambda s: s.execute(text("SELECT count(*) FROM sale")).scalar_one()) == 4
    assert cli(db_url, "verify") == 0  # a consistent, shorter ledger
    capsys.readouterr()
    assert cli(db_url, "verify", "--head", slip_head) == 1
    out = capsys.readouterr().out
    assert f"the ledger has lost {lost} record(s) since that slip (head {slip_head})" in out
    sell(w, w.clerk, [copies(1)])  # selling on past the loss: the printed position now holds another link
    sell(w, w.clerk, [copies(1)])
    assert cli(db_url, "verify", "--head", slip_head) == 1
    assert (f"the ledger was rewritten at or before link {ChainHead.parse(slip_head).seq}"
            in capsys.readouterr().out)


def test_a_head_that_is_not_one_is_refused(db_url, capsys):
    assert cli(db_url, "verify", "--head", "1234") == 2
    assert "expected #SEQ:HASH" in capsys.readouterr().err


def test_a_backup_made_before_the_chain_has_no_head_to_compare(sqlite_engine, tmp_path, capsys):
    old = tmp_path / "old.sqlite3"
    con = sqlite3.connect(old)
    con.execute("CREATE TABLE sale (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    assert head_of_backup(old) is None
    assert cli(str(sqlite_engine.url), "verify", "--against", str(old)) == 2
    assert "made before the ledger chain" in capsys.readouterr().err


# --- the WAL file lost -----------------------------------------------------------------------------------
def test_sales_lost_with_the_wal_file_are_named_by_the_backup_and_the_z_slip(sqlite_url, tmp_path, printer, capsys):
    """28 sales acknowledged to the clerk live only in the -wal file when it is lost (a crash, then the
    file deleted or not copied). The database without it is whole and `verify` is clean on its own;
    the head in the backup taken after those sales, and on the Z slip, names the loss."""
    engine = make_engine(sqlite_url)
    try:
        event.listen(engine, "connect", lambda dbapi, _: dbapi.execute("PRAGMA wal_autocheckpoint=0"))
        engine.dispose()  # every connection from here on leaves the WAL alone
        w = build_world(engine)
        sell(w, w.clerk, [copies(2)])
        db = Path(engine.url.database)
        held = sqlite3.connect(db, isolation_level=None)  # held open: no checkpoint when the others close
        assert held.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0  # all so far in the main file
        held.execute("SELECT count(*) FROM sale").fetchone()
        before = head(engine)
        receipts = [sell(w, w.clerk2, [copies(1)]).number for _ in range(28)]
        assert len(set(receipts)) == 28
        close_shift(w, w.clerk2)
        assert cli(sqlite_url, "print", "shift", "--shift", str(w.shifts[w.clerk2]), "--final",
                   "--printer", printer.url) == 0
        on_slip = printed_head(printer.wait_for(1)[0])
        backup = tmp_path / "after-the-sales.sqlite3"
        assert cli(sqlite_url, "backup", str(backup)) == 0
        engine.dispose()
        assert Path(f"{db}-wal").stat().st_size > 0
        lost = tmp_path / "lost-wal.sqlite3"
        shutil.copy(db, lost)  # the database file as it is on disk, without its -wal
        held.close()
    finally:
        engine.dispose()
    lost_url = f"sqlite:///{lost}"
    check = make_engine(lost_url)
    try:
        with check.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.execute(text("SELECT count(*) FROM sale")).scalar_one() == 1
        remaining = head(check)
    finally:
        check.dispose()
    assert remaining == before
    capsys.readouterr()
    assert cli(lost_url, "verify") == 0  # what the issue found: clean on its own
    missing = ChainHead.parse(on_slip).seq - remaining.seq
    assert missing > 28
    assert cli(lost_url, "verify", "--against", str(backup)) == 1
    out = capsys.readouterr().out
    assert f"the ledger has lost {head_of_backup(backup).seq - remaining.seq} record(s) since backup {backup.name}" in out
    assert cli(lost_url, "verify", "--head", on_slip) == 1
    assert f"the ledger has lost {missing} record(s) since that slip (head {on_slip})" in capsys.readouterr().out
