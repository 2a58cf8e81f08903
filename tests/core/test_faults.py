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


_LIMITED_CHILD = r"""
import json, os, resource, signal, sys
sys.path[:0] = [sys.argv[2], sys.argv[3]]
from bizcenter.cli import main
from bizcenter.db import make_engine
from bizcenter.errors import DomainError
from scenario import build_world, cash, copies, sell, total_of

path = sys.argv[1]
w = build_world(make_engine("sqlite:///" + path))
total = total_of(w, [copies(3)])
sell(w, w.clerk, [copies(3)], [cash(total)])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # as Python sets it: a write past the limit fails with EFBIG
biggest = max(os.path.getsize(path + s) for s in ("", "-wal") if os.path.exists(path + s))
resource.setrlimit(resource.RLIMIT_FSIZE, (biggest + 16384, resource.RLIM_INFINITY))
codes = []
for i in range(200):
    try:
        sell(w, w.clerk, [copies(3)], [cash(total)], draft_key=f"limited-{i}")
    except DomainError as exc:
        codes.append([exc.code, exc.message("en"), exc.message("zh")])
        if len(codes) == 2:
            break
resource.setrlimit(resource.RLIMIT_FSIZE, (65536, resource.RLIM_INFINITY))  # a backup copy cannot fit
backup_exit = main(["--lang", "en", "--db", path, "backup", sys.argv[4]])
print(json.dumps({"codes": codes, "backup_exit": backup_exit}))
"""


def test_the_file_size_limit_has_its_own_message_not_the_network(sqlite_engine, tmp_path):
    """`ulimit -f` reached: SQLite says only "disk I/O error", which used to read "check the network"."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    sqlite_engine.dispose()
    tests = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", _LIMITED_CHILD, sqlite_engine.url.database, str(tests / "core"),
                           str(tests), str(tmp_path / "backup.sqlite3")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert [c[0] for c in result["codes"]] == ["file_size_limit", "file_size_limit"]
    code, en, zh = result["codes"][0]
    assert "file size limit of this machine was reached" in en and "network" not in en
    assert "文件大小上限" in zh
    assert result["backup_exit"] == 2
    assert "file size limit of this machine was reached" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "backup.sqlite3").exists()


def _terminated_midway(admin_url: str):
    """An action whose connection the server ends half-way (what a PostgreSQL shutdown does to it)."""
    import psycopg
    from sqlalchemy import text

    def action(session):
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        return session.execute(text("SELECT count(*) FROM sale")).scalar()

    return action


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_postgresql_server_ending_the_connection_is_a_plain_message_and_the_next_action_works(engine, pg_url):
    from bizcenter.errors import DatabaseShuttingDown

    w = build_world(engine)
    before = snapshot(engine)
    with pytest.raises(DatabaseShuttingDown) as info:
        unit_of_work(engine, _terminated_midway(pg_url))
    assert_bilingual(info.value)
    assert "shutting down or restarting" in info.value.message("en") and "正在关闭或重启" in info.value.message("zh")
    assert snapshot(engine) == before
    assert sell(w, w.clerk, [copies(3)], [cash(total_of(w, [copies(3)]))]).receipt_no == 1


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_the_command_line_says_the_server_is_shutting_down_instead_of_a_traceback(db_url, pg_url, monkeypatch,
                                                                                  capsys):
    from bizcenter.cli import check, main

    monkeypatch.setattr(check, "verify", _terminated_midway(pg_url))
    assert main(["--db", db_url, "verify"]) == 2
    err = capsys.readouterr().err
    assert "shutting down or restarting" in err and "正在关闭或重启" in err and "Traceback" not in err


@pytest.mark.parametrize("message", [
    'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  the database system is '
    "shutting down",
    'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  the database system is '
    "starting up",
    "consuming input failed: terminating connection due to administrator command"])
def test_a_server_that_is_stopping_or_starting_is_said_to_be_so_when_connecting(message):
    """The shared server cannot be stopped under the other tests: the words psycopg reports are given."""
    import psycopg
    from sqlalchemy.exc import OperationalError

    from bizcenter.db.faults import translate
    from bizcenter.errors import DatabaseShuttingDown

    found = translate(OperationalError("SELECT 1", {}, psycopg.OperationalError(message)))
    assert isinstance(found, DatabaseShuttingDown)
    assert_bilingual(found)
