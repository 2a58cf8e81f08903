"""Faults of the machine under the ledger: a full disk, the file size limit, a server shutting down.

Each gives the clerk its own plain message, writes nothing, and once the cause is gone the next
action works in the same process (no restart)."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event, func, select

from bizcenter.db import unit_of_work
from bizcenter.errors import DiskFull
from bizcenter.models import Sale
from scenario import assert_bilingual, build_world, cash, copies, sell, snapshot, total_of


def _sales(engine) -> int:
    return unit_of_work(engine, lambda s: s.scalar(select(func.count()).select_from(Sale)))


def test_a_commit_refused_for_a_full_disk_is_a_plain_message_and_the_next_sale_goes_through(engine):
    """The real disk filling up fails at COMMIT (the WAL cannot grow): SQLite rolls back, and the
    connection's failed transaction must not be carried into the next action."""
    w = build_world(engine)
    total = total_of(w, [copies(3)])
    sell(w, w.clerk, [copies(3)], [cash(total)])
    dialect, full = engine.dialect, {"on": True}
    real_commit = dialect.do_commit
    dbapi = dialect.loaded_dbapi
    message = ("database or disk is full" if engine.dialect.name == "sqlite"
               else 'could not extend file "base/16384/2619": No space left on device')

    def commit(dbapi_conn):
        if not full["on"]:
            return real_commit(dbapi_conn)
        dbapi_conn.rollback()  # what the server/library does when the commit cannot be written
        raise dbapi.OperationalError(message)

    dialect.do_commit = commit
    before = snapshot(engine)
    for _ in range(3):  # every action while the disk stays full: the same plain message
        with pytest.raises(DiskFull) as info:
            sell(w, w.clerk, [copies(3)], [cash(total)])
        assert info.value.code == "disk_full"
    assert_bilingual(info.value)
    assert "disk is full" in info.value.message("en") and "磁盘已满" in info.value.message("zh")
    full["on"] = False  # space is back
    assert snapshot(engine) == before
    assert sell(w, w.clerk, [copies(3)], [cash(total)]).receipt_no == 2
    assert _sales(engine) == 2


def test_a_database_that_cannot_grow_refuses_the_sale_then_sells_once_it_can(sqlite_engine):
    """A full disk seen while writing the pages (SQLite's own page limit stands in for the disk)."""
    w = build_world(sqlite_engine)
    total = total_of(w, [copies(3)])
    sell(w, w.clerk, [copies(3)], [cash(total)])
    cap, capped = {"pages": None}, []

    @event.listens_for(sqlite_engine, "connect")
    def _cap(dbapi_conn, _record):
        if cap["pages"]:
            dbapi_conn.execute(f"PRAGMA max_page_count={cap['pages']}")
            capped.append(dbapi_conn)

    sqlite_engine.dispose()
    path = sqlite_engine.url.database
    with sqlite3.connect(path) as con:
        cap["pages"] = con.execute("PRAGMA page_count").fetchone()[0]
    refused = 0
    for i in range(60):  # the free pages inside the file are used up first
        try:
            sell(w, w.clerk, [copies(3)], [cash(total)], draft_key=f"full-{i}")
        except DiskFull as exc:
            assert_bilingual(exc)
            refused += 1
            if refused == 3:
                break
    assert refused == 3
    cap["pages"] = None  # space is back, for every connection still open
    for dbapi_conn in capped:
        try:
            dbapi_conn.execute("PRAGMA max_page_count=1073741823")
        except sqlite3.ProgrammingError:  # closed after its fault
            pass
    sold = _sales(sqlite_engine)
    receipt = sell(w, w.clerk, [copies(3)], [cash(total)], draft_key="after")
    assert receipt.receipt_no == sold + 1
