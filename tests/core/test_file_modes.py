"""On a shared PC another login must not read the ledger: the database (with its -wal/-shm files),
backups, pg_dump output, exports, reports and the station file are 0600 in 0700 folders, and folders
an earlier version left open are tightened at start."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from bizcenter import backup, localconfig
from bizcenter.desk import Desk
from bizcenter.fileperms import mode
from bizcenter.workflows import exports
from scenario import DAY, build_world, cash, copies, sell, total_of

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(autouse=True)
def _open_umask():
    """The usual desktop umask: whatever is private is so because the program made it so."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def homes(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


def test_a_new_database_and_its_wal_and_shm_files_are_the_owners_alone(homes):
    from bizcenter.db.engine import data_dir, default_url

    desk = Desk(default_url())
    try:
        desk.ensure_schema()
        w = build_world(desk.engine)
        sell(w, w.clerk, [copies(2)], [cash(total_of(w, [copies(2)]))])
        db = data_dir() / "bizcenter.sqlite3"
        assert mode(data_dir()) == 0o700
        for suffix in ("", "-wal", "-shm"):
            assert Path(f"{db}{suffix}").exists()
            assert mode(f"{db}{suffix}") == 0o600, suffix
    finally:
        desk.close()


def test_a_database_copied_in_with_open_modes_is_tightened_when_opened(sqlite_engine):
    db = Path(sqlite_engine.url.database)
    sqlite_engine.dispose()
    os.chmod(db, 0o644)
    w = build_world(sqlite_engine)
    sell(w, w.clerk, [copies(1)], [cash(total_of(w, [copies(1)]))])
    assert [mode(f"{db}{s}") for s in ("", "-wal", "-shm")] == [0o600] * 3


def test_backups_exports_reports_and_the_station_file_are_private(sqlite_engine, tmp_path, homes):
    w = build_world(sqlite_engine)
    sell(w, w.clerk, [copies(2)], [cash(total_of(w, [copies(2)]))])
    made = backup.backup_database(sqlite_engine, tmp_path / "new" / "backups" / "b.sqlite3")
    assert (mode(made), mode(made.parent), mode(made.parent.parent)) == (0o600, 0o700, 0o700)
    daily = backup.daily_backup(sqlite_engine, tmp_path / "daily", 3, date(2026, 3, 1))
    assert (mode(daily), mode(daily.parent)) == (0o600, 0o700)

    shared = tmp_path / "shared-with-front-office"  # a folder the user chose keeps its mode; the file is private
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    export = exports.write_durably(shared / "room-charges.csv", b"folio,room,amount\n")
    assert (mode(export), mode(shared)) == (0o600, 0o755)

    desk = Desk(sqlite_engine)
    pdf = desk.run(lambda s: __import__("bizcenter.deskparts.backoffice", fromlist=["write_pdf"]).write_pdf(
        s, "daily", str(tmp_path / "reports" / "day.pdf"), day=DAY))
    if pdf is not None:
        assert (mode(pdf), mode(Path(pdf).parent)) == (0o600, 0o700)

    from bizcenter.cli import main

    csv_path = tmp_path / "day.csv"
    assert main(["--db", str(sqlite_engine.url.database), "report", "daily", "--date", DAY.isoformat(),
                 "--csv", str(csv_path)]) == 0
    assert mode(csv_path) == 0o600

    station = localconfig.save(counter_code="BC2")
    assert (mode(station), mode(station.parent)) == (0o600, 0o700)


def test_folders_an_earlier_version_left_open_are_tightened_at_start(sqlite_engine, homes):
    from bizcenter.db.engine import data_dir

    old_backups = data_dir() / "backups"
    old_backups.mkdir(parents=True, mode=0o755)
    (old_backups / "bizcenter-2026-01-01.sqlite3").write_bytes(b"old backup")
    config = localconfig.config_dir()
    config.mkdir(parents=True, mode=0o755)
    (config / "station.json").write_text("{}")
    beside = backup.default_folder(sqlite_engine)  # backups beside a database kept elsewhere
    beside.mkdir(mode=0o755)
    (beside / "manual.sqlite3").write_bytes(b"copy")
    for p in (data_dir(), old_backups, config, beside):
        os.chmod(p, 0o755)
    for p in (old_backups / "bizcenter-2026-01-01.sqlite3", config / "station.json", beside / "manual.sqlite3"):
        os.chmod(p, 0o644)

    Desk(sqlite_engine).ensure_schema()

    assert [mode(p) for p in (data_dir(), old_backups, config, beside)] == [0o700] * 4
    assert [mode(p) for p in (old_backups / "bizcenter-2026-01-01.sqlite3", config / "station.json",
                              beside / "manual.sqlite3")] == [0o600] * 3


def test_a_pg_dump_is_private_from_its_first_byte(backend, engine, tmp_path):
    if backend != "postgresql":
        pytest.skip("pg_dump is for PostgreSQL")
    build_world(engine)
    dump = backup.backup_database(engine, tmp_path / "dumps" / "hotel.pgdump")
    assert (mode(dump), mode(dump.parent)) == (0o600, 0o700)
