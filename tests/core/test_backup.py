"""Backups while the counters sell, the daily copies kept, and a restore that checks before it replaces."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from bizcenter import backup
from bizcenter.cli import main as cli
from bizcenter.db import make_engine, unit_of_work
from bizcenter.desk import Desk
from bizcenter.errors import DomainError
from bizcenter.workflows.settings import set_setting
from scenario import (World, assert_bilingual, build_world, close_shift, copies, ledger_breaches, open_shift,
                      sell, snapshot)


def _sales(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(text("SELECT COUNT(*) FROM sale")).scalar_one()


def _sqlite_sales(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return con.execute("SELECT COUNT(*) FROM sale").fetchone()[0]
    finally:
        con.close()


def test_a_backup_taken_while_another_connection_sells_is_whole_and_verifies(sqlite_engine, tmp_path):
    w = build_world(sqlite_engine)
    sell(w, w.clerk, [copies(3)])
    writer_engine = make_engine(str(sqlite_engine.url))
    writer = World(writer_engine, w.clock, w.c1, w.c2, w.clerk, w.clerk2, w.sup_id, w.sup2_id, w.stays, w.shifts)
    stop, sold = threading.Event(), []

    def keep_selling():
        while not stop.is_set() and len(sold) < 400:
            sell(writer, w.clerk2, [copies(2)])
            sold.append(1)

    thread = threading.Thread(target=keep_selling)
    thread.start()
    try:
        copies_made = []
        for n in range(5):
            while len(sold) < 5 * (n + 1):  # each copy is taken with sales going on around it
                stop.wait(0.005)
            copies_made.append(backup.backup_database(sqlite_engine, tmp_path / f"b{n}.sqlite3"))
    finally:
        stop.set()
        thread.join()
        writer_engine.dispose()
    counts = [_sqlite_sales(p) for p in copies_made]
    assert counts == sorted(counts) and counts[0] >= 6 and counts[-1] <= _sales(sqlite_engine)
    for p in copies_made:
        assert backup.check_backup(p).sales == _sqlite_sales(p)  # a consistent snapshot: verify is clean
        assert not Path(f"{p}-wal").exists()  # one self-contained file


def test_backup_refuses_to_overwrite_a_file_or_to_write_onto_the_database(sqlite_engine, tmp_path):
    first = backup.backup_database(sqlite_engine, tmp_path / "copy.sqlite3")
    with pytest.raises(DomainError) as exc:
        backup.backup_database(sqlite_engine, first)
    assert exc.value.code == "backup_exists"
    assert_bilingual(exc.value)
    with pytest.raises(DomainError) as exc:
        backup.backup_database(sqlite_engine, sqlite_engine.url.database)
    assert exc.value.code == "backup_onto_itself"
    nowhere = make_engine(f"sqlite:///{tmp_path / 'never-made.sqlite3'}")
    with pytest.raises(DomainError) as exc:
        backup.backup_database(nowhere, tmp_path / "copy-of-nothing.sqlite3")
    nowhere.dispose()
    assert exc.value.code == "backup_no_database" and not (tmp_path / "never-made.sqlite3").exists()


def test_postgresql_backup_is_a_pg_dump_that_pg_restore_reads_back(backend, engine, tmp_path):
    if backend != "postgresql":
        pytest.skip("pg_dump is for PostgreSQL")
    w = build_world(engine)
    sell(w, w.clerk, [copies(4)])
    dump = backup.backup_database(engine, tmp_path / "hotel.pgdump")
    assert dump.read_bytes()[:5] == b"PGDMP"
    listing = subprocess.run([backup.pg_tool("pg_restore"), "--list", str(dump)], capture_output=True, text=True)
    assert listing.returncode == 0 and "TABLE DATA public sale " in listing.stdout
    with pytest.raises(DomainError) as exc:  # restoring a dump is the DBA's pg_restore, said so plainly
        backup.check_backup(dump)
    assert exc.value.code == "pg_dump_restore"


# --- restore ------------------------------------------------------------------------------------------------
@pytest.fixture
def hotel(sqlite_engine):
    w = build_world(sqlite_engine)
    sell(w, w.clerk, [copies(5)])
    sell(w, w.clerk2, [copies(1)])
    return w


def _refused(engine, path, code):
    before = snapshot(engine)
    folder = Path(engine.url.database).parent
    files = sorted(folder.iterdir())
    with pytest.raises(DomainError) as exc:
        backup.restore(engine, path)
    assert exc.value.code == code, exc.value.message("en")
    assert_bilingual(exc.value)
    assert snapshot(engine) == before, "a refused restore changed the database"
    assert sorted(folder.iterdir()) == files, "a refused restore left files behind"
    return exc.value


def test_restore_refuses_a_file_that_is_not_a_database(hotel, tmp_path):
    bad = tmp_path / "elsewhere" / "notes.sqlite3"
    bad.parent.mkdir()
    bad.write_text("this is a shopping list, not a database\n" * 50)
    _refused(hotel.engine, bad, "not_a_database")
    _refused(hotel.engine, tmp_path / "elsewhere" / "missing.sqlite3", "backup_missing")


def test_restore_refuses_a_sqlite_database_of_another_program(hotel, tmp_path):
    other = tmp_path / "elsewhere" / "addressbook.sqlite3"
    other.parent.mkdir()
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO contact (name) VALUES ('Ann')")
    con.commit()
    con.close()
    _refused(hotel.engine, other, "not_a_database")


def _copy_of(engine, tmp_path, change) -> Path:
    path = backup.backup_database(engine, tmp_path / "elsewhere" / "copy.sqlite3")
    con = sqlite3.connect(path)
    change(con)
    con.commit()
    con.close()
    return path


def test_restore_refuses_a_backup_from_a_newer_version(hotel, tmp_path):
    path = _copy_of(hotel.engine, tmp_path, lambda c: c.execute("UPDATE alembic_version SET version_num = '0999'"))
    err = _refused(hotel.engine, path, "backup_unknown_revision")
    assert "0999" in err.message("en")


def test_restore_refuses_a_backup_whose_ledger_does_not_verify(hotel, tmp_path):
    def tamper(con):  # a payment taken off a posted sale (past the append-only trigger): totals disagree
        con.execute("DROP TRIGGER payment_no_delete")
        con.execute("DELETE FROM payment WHERE id = (SELECT MIN(id) FROM payment)")

    path = _copy_of(hotel.engine, tmp_path, tamper)
    err = _refused(hotel.engine, path, "backup_verify_failed")
    assert "sales_balanced" in err.message("en")


def test_restore_refuses_a_damaged_file(hotel, tmp_path):
    path = backup.backup_database(hotel.engine, tmp_path / "elsewhere" / "copy.sqlite3")
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):  # scribble over every b-tree page after the first
        data[page * 4096: page * 4096 + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    _refused(hotel.engine, path, _damaged_code(path))


def _damaged_code(path: Path) -> str:
    """SQLite reports heavy damage either as a malformed image or through integrity_check."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA integrity_check").fetchone()
        return "backup_damaged"
    except sqlite3.DatabaseError:
        return "not_a_database"
    finally:
        con.close()


def test_backup_and_restore_round_trip_with_verify_clean_and_the_replaced_file_kept(hotel, tmp_path):
    engine = hotel.engine
    saved = backup.backup_database(engine, tmp_path / "elsewhere" / "monday.sqlite3")
    sold_before = _sales(engine)
    sell(hotel, hotel.clerk, [copies(7)])  # sold after the backup: gone after the restore, kept aside
    assert _sales(engine) == sold_before + 1
    done = backup.restore(engine, saved, force=True)  # both clerks' shifts are open: only when forced
    assert done.sales == sold_before and _sales(engine) == sold_before
    assert (done.lost_sales, done.open_shifts) == (1, 2)
    assert ledger_breaches(engine) == []
    assert _sqlite_sales(Path(done.kept_aside)) == sold_before + 1
    sell(hotel, hotel.clerk, [copies(2)])  # the counter sells on the restored database
    assert ledger_breaches(engine) == []


def test_a_restore_that_would_lose_later_sales_is_refused_and_changes_nothing(hotel, tmp_path):
    engine = hotel.engine
    saved = backup.backup_database(engine, tmp_path / "elsewhere" / "monday.sqlite3")
    close_shift(hotel, hotel.clerk)
    close_shift(hotel, hotel.clerk2)
    open_shift(hotel, hotel.clerk)
    sell(hotel, hotel.clerk, [copies(3)])
    close_shift(hotel, hotel.clerk)  # every shift closed, but one sale is newer than the backup
    before = snapshot(engine)
    with pytest.raises(DomainError) as info:
        backup.restore(engine, saved)
    assert info.value.code == "restore_would_lose" and "lose 1 sale(s)" in info.value.message("en")
    assert_bilingual(info.value)
    assert snapshot(engine) == before
    assert not list(Path(engine.url.database).parent.glob("*.before-restore-*"))


def test_a_restore_with_every_shift_closed_and_nothing_newer_needs_no_force(hotel, tmp_path):
    close_shift(hotel, hotel.clerk)
    close_shift(hotel, hotel.clerk2)
    saved = backup.backup_database(hotel.engine, tmp_path / "elsewhere" / "evening.sqlite3")
    done = backup.restore(hotel.engine, saved)
    assert (done.lost_sales, done.open_shifts) == (0, 0) and done.sales == _sales(hotel.engine)
    assert ledger_breaches(hotel.engine) == []


def test_restore_command_checks_then_restores_and_says_where_the_old_file_is(hotel, tmp_path, capsys):
    db = hotel.engine.url.database
    saved = tmp_path / "elsewhere" / "b.sqlite3"
    assert cli(["--db", db, "--lang", "en", "backup", str(saved)]) == 0
    assert cli(["--db", db, "--lang", "en", "restore", "--check", str(saved)]) == 0
    assert "Backup is sound" in capsys.readouterr().out
    assert cli(["--db", db, "--lang", "en", "restore", str(saved)]) == 2  # two shifts are open
    assert "2 shift(s) are still open" in capsys.readouterr().err
    assert cli(["--db", db, "--lang", "en", "restore", "--force", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "kept as" in out and "ledger verified" in out and "0 sale(s) recorded after the backup" in out
    assert cli(["--db", db, "--lang", "en", "restore", "/etc/hostname"]) == 2
    assert "not a bizcenter database" in capsys.readouterr().err


# --- daily backups ------------------------------------------------------------------------------------------
def test_daily_backup_once_a_day_keeping_the_newest_n(sqlite_engine, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "before-upgrade-0001-to-0009-x.sqlite3").write_bytes(b"kept forever")
    first = date(2026, 3, 1)
    for n in range(6):
        assert backup.daily_backup(sqlite_engine, folder, 3, first + timedelta(days=n)) is not None
    assert backup.daily_backup(sqlite_engine, folder, 3, first + timedelta(days=5)) is None  # once a day
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["before-upgrade-0001-to-0009-x.sqlite3", "bizcenter-2026-03-04.sqlite3",
                     "bizcenter-2026-03-05.sqlite3", "bizcenter-2026-03-06.sqlite3"]
    assert backup.check_backup(folder / "bizcenter-2026-03-06.sqlite3").revision


def test_the_desk_keeps_as_many_as_the_setting_says(sqlite_engine, tmp_path):
    unit_of_work(sqlite_engine, lambda s: set_setting(s, "backup_keep", 2))
    desk = Desk(sqlite_engine)
    folder = tmp_path / "daily"
    for day in ("2026-01-01", "2026-01-02", "2026-01-03"):
        (folder).mkdir(exist_ok=True)
        shutil.copyfile(sqlite_engine.url.database, folder / f"bizcenter-{day}.sqlite3")
    status = desk.daily_backup(folder)
    assert status.made and status.keep == 2
    assert sorted(p.name for p in folder.iterdir())[0] == "bizcenter-2026-01-03.sqlite3"
    assert len(list(folder.iterdir())) == 2
    for bad in (0, 366, "7", True):
        with pytest.raises(DomainError):
            unit_of_work(sqlite_engine, lambda s: set_setting(s, "backup_keep", bad))


def test_a_failing_daily_backup_does_not_stop_the_app(sqlite_engine, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    assert Desk(sqlite_engine).daily_backup(blocker) is None


def test_postgresql_has_no_daily_file_backup(backend, engine, tmp_path):
    made = backup.daily_backup(engine, tmp_path, 3, date(2026, 3, 1))
    assert (made is None) == (backend == "postgresql")


def test_a_new_pc_starts_from_a_backup(hotel, tmp_path):
    saved = backup.backup_database(hotel.engine, tmp_path / "elsewhere" / "last-night.sqlite3")
    fresh = make_engine(f"sqlite:///{tmp_path / 'new-pc' / 'bizcenter.sqlite3'}")
    try:
        done = backup.restore(fresh, saved)
        assert done.kept_aside is None and done.sales == _sales(hotel.engine) == _sales(fresh)
        assert ledger_breaches(fresh) == []
        assert Desk(fresh).sign_in("C01", "1357", "BC1").code == "C01"
    finally:
        fresh.dispose()


def test_the_latest_backup_is_the_newest_file_of_any_kind(sqlite_engine, tmp_path):
    folder = tmp_path / "backups"
    assert backup.latest(folder) is None
    backup.daily_backup(sqlite_engine, folder, 3, date(2026, 3, 1))
    manual = backup.backup_database(sqlite_engine, folder / "manual-x.sqlite3")
    os.utime(manual, (2_000_000_000, 2_000_000_000))
    assert backup.latest(folder)[0] == manual
