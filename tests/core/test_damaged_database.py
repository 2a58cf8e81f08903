"""A SQLite file with 8 KB of random bytes written into it: `verify` and `backup` name the damage
plainly, a backup of it is never written over (or beside, pruning) the good ones, and the app says the
database is damaged and to restore the last backup — then works again once it is restored."""
from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from bizcenter import backup
from bizcenter.cli import main as cli
from bizcenter.db import make_engine
from bizcenter.db.integrity import problems
from bizcenter.desk import Desk
from bizcenter.errors import DatabaseDamaged
from scenario import assert_bilingual, build_world, cash, copies, sell, total_of

NOISE = random.Random(8).randbytes(8192)


@pytest.fixture
def good(sqlite_engine) -> Path:
    """A database with a few dozen sales, its WAL folded into the file, no connection left open."""
    w = build_world(sqlite_engine)
    total = total_of(w, [copies(2)])
    for i in range(40):
        sell(w, w.clerk if i % 2 else w.clerk2, [copies(2)], [cash(total)])
    sqlite_engine.dispose()
    path = Path(sqlite_engine.url.database)
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def _damage(path: Path, at: int | None = None) -> None:
    """Overwrite 8 KB: in the middle of the file, or from byte `at`."""
    size = path.stat().st_size
    offset = (size // 2) // 4096 * 4096 if at is None else at
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(NOISE)


def _sale_table_offset(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sale'").fetchone()[0]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        con.close()
    return (root - 1) * page_size


def test_verify_names_the_damage_and_says_to_restore_instead_of_a_traceback(good, capsys):
    assert problems(good) == []
    _damage(good)
    assert problems(good, full=True)  # SQLite itself sees it
    assert cli(["--db", str(good), "verify"]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "integrity_check:" in out
    assert "The database is damaged" in out and "restore it from the last backup" in out and "已损坏" in out


def test_backup_refuses_a_damaged_database_and_keeps_the_good_backup(good, tmp_path, capsys):
    kept = backup.backup_database(make_engine(f"sqlite:///{good}"), tmp_path / "backups" / "monday.sqlite3")
    good_bytes = kept.read_bytes()
    _damage(good)
    assert cli(["--db", str(good), "backup", str(kept), "--force"]) == 2  # not even when told to overwrite
    err = capsys.readouterr().err
    assert "The database is damaged" in err and "已损坏" in err and "Traceback" not in err
    assert kept.read_bytes() == good_bytes
    assert cli(["--db", str(good), "backup", str(tmp_path / "backups" / "tuesday.sqlite3")]) == 2
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == ["monday.sqlite3"]  # no .part left either


def test_the_daily_backup_of_a_damaged_database_prunes_nothing_and_the_desk_says_restore(good, tmp_path):
    folder = tmp_path / "daily"
    folder.mkdir()
    engine = make_engine(f"sqlite:///{good}")
    for day in ("2026-03-01", "2026-03-02"):
        backup.backup_database(engine, folder / f"bizcenter-{day}.sqlite3")
    engine.dispose()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    _damage(good)
    desk = Desk(f"sqlite:///{good}")
    try:
        with pytest.raises(DatabaseDamaged) as info:
            desk.daily_backup(folder)  # keep 14, one more day: would add a copy of the damaged file
        assert_bilingual(info.value)
        assert "restore" in info.value.message("en") and "恢复" in info.value.message("zh")
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
        with pytest.raises(DatabaseDamaged):  # the counter is refused too, not left selling into it
            desk.run(lambda s: s.execute(text("SELECT 1")).scalar())
        shutil.copyfile(folder / "bizcenter-2026-03-02.sqlite3", good)  # restored by hand
        assert desk.run(lambda s: s.execute(text("SELECT count(*) FROM sale")).scalar()) == 40
    finally:
        desk.close()


def test_an_action_reading_a_damaged_page_says_the_database_is_damaged(good):
    _damage(good, at=_sale_table_offset(good))
    desk = Desk(f"sqlite:///{good}")
    try:
        with pytest.raises(DatabaseDamaged) as info:
            desk.run(lambda s: s.execute(text("SELECT sum(total_minor) FROM sale")).scalar())
        assert_bilingual(info.value)
        with pytest.raises(DatabaseDamaged):  # and the next one, even one that would not touch the page
            desk.run(lambda s: s.execute(text("SELECT 1")).scalar())
    finally:
        desk.close()


def test_a_whole_database_passes_and_is_backed_up(good, tmp_path, capsys):
    assert cli(["--db", str(good), "backup", str(tmp_path / "ok.sqlite3")]) == 0
    assert cli(["--db", str(good), "verify"]) == 0
    assert "no breach" in capsys.readouterr().out
