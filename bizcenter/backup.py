"""Backups and restore of the database: a consistent copy while the counters keep selling.

SQLite: the online backup API (`sqlite3.Connection.backup`) copies the whole database in one step
under a read snapshot, so a sale being written at the same moment is either wholly in the copy or
not at all; WAL mode lets the writer go on meanwhile. The copy leaves WAL mode, so it is one file.
PostgreSQL: `pg_dump --format=custom` (the server's own consistent snapshot); restoring such a dump
is `pg_restore`'s job, done by the DBA, and `restore` here refuses it with that advice.

A restore never replaces anything before the candidate has passed every check (a SQLite file, a
bizcenter database, `integrity_check`, a revision this version knows, the ledger's `verify`); the
database it replaces is first copied aside. Older backups are upgraded (in the staged copy) first.
A restore that would drop sales recorded after the backup, or that would pull the database from under
counters with a shift open, is refused unless forced: the accounts office must hear of lost sales
from the supervisor who chose to lose them, not find the gap.
"""
from __future__ import annotations

import glob
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy.engine import Engine

from .db.faults import translate
from .db.integrity import check_sound
from .errors import DomainError, InvalidInput, NotADatabase, NotAllowed
from .fileperms import new_private_file, private_dir, private_file

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
PG_DUMP_HEADER = b"PGDMP"
DAILY_PATTERN = re.compile(r"^bizcenter-(\d{4}-\d{2}-\d{2})\.sqlite3$")
#: tables every bizcenter database has had since the first migration
CORE_TABLES = ("alembic_version", "setting", "staff", "counter", "sale", "payment")


@dataclass(frozen=True)
class BackupInfo:
    path: str
    revision: str
    sales: int
    size: int


@dataclass(frozen=True)
class RestoreResult:
    revision: str  # the schema the restored database is at now (head)
    restored_from: str  # the revision the file had
    sales: int
    kept_aside: str | None  # the database that was replaced, copied here first
    lost_sales: int = 0  # sales in the replaced database posted after the backup's newest (kept aside only)
    open_shifts: int = 0  # shifts that were open in the replaced database


def backups_dir() -> Path:
    from .db.engine import data_dir

    return data_dir() / "backups"


def stamp(at: datetime | None = None) -> str:
    return (at or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")


# --- making a copy ---------------------------------------------------------------------------------
def sqlite_path(engine: Engine) -> Path | None:
    """The file of a SQLite engine, None for PostgreSQL (or an in-memory database)."""
    if engine.dialect.name != "sqlite":
        return None
    name = engine.url.database
    return Path(name).resolve() if name and name != ":memory:" else None


def backup_database(engine: Engine, dest: str | os.PathLike, *, overwrite: bool = False) -> Path:
    """Copy the database to `dest` (SQLite file, or a pg_dump custom-format file); returns the path.

    Written to `dest.part` and renamed when complete, so a half-made backup never has the real name."""
    dest = Path(dest).expanduser().resolve()
    source = sqlite_path(engine)
    if source is not None and dest == source:
        raise InvalidInput("backup_onto_itself", "备份文件不能是数据库本身", "The backup cannot be the database itself")
    if dest.exists() and not overwrite:
        raise InvalidInput("backup_exists", "备份文件已存在：{path}", "The backup file already exists: {path}",
                           path=str(dest))
    private_dir(dest.parent)
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    try:
        if engine.dialect.name == "sqlite":
            if source is None:
                raise InvalidInput("backup_memory", "内存数据库无法备份", "An in-memory database cannot be backed up")
            if not source.is_file():  # sqlite3.connect would make an empty one and "back it up"
                raise InvalidInput("backup_no_database", "数据库文件不存在：{path}", "No database file at {path}",
                                   path=str(source))
            check_sound(source)  # a damaged database is never copied over (or beside) the good backups
            _sqlite_copy(source, part)
        else:
            from .chain.backups import head_now, write_sidecar

            head = head_now(engine)  # read before the dump starts: the dump holds at least this link
            _pg_dump(engine, part)
            write_sidecar(dest, head)  # `<dump>.head`; a SQLite copy holds its head itself
        private_file(part)
        os.replace(part, dest)
    except (sqlite3.Error, OSError) as exc:  # the disk filled up, the file size limit, …: said plainly
        raise translate(exc, database=str(part)) or exc
    finally:
        part.unlink(missing_ok=True)
    return dest


def _sqlite_copy(source: Path, dest: Path) -> None:
    """One-step online backup of `source` into a new single-file database at `dest`."""
    src = sqlite3.connect(source, timeout=30)
    try:
        new_private_file(dest)  # 0600 before SQLite writes a page (its journal takes the same mode)
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)  # pages=-1: all in one step, one consistent snapshot
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    with open(dest, "rb") as f:
        os.fsync(f.fileno())


def pg_tool(name: str) -> str | None:
    """`pg_dump`/`pg_restore` on PATH, else the newest Debian server's binaries."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                        key=lambda p: int(re.search(r"/(\d+)/bin/", p).group(1)))
    return candidates[-1] if candidates else None


def _pg_dump(engine: Engine, dest: Path) -> None:
    tool = pg_tool("pg_dump")
    if tool is None:
        raise NotAllowed("pg_dump_missing", "找不到 pg_dump，无法备份 PostgreSQL 数据库",
                         "pg_dump was not found; cannot back up the PostgreSQL database")
    url = engine.url
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    args = [tool, "--format=custom", "--no-owner", f"--file={dest}", "--dbname", url.database or "postgres"]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=3600,
                          **({"umask": 0o077} if os.name == "posix" else {}))  # the dump is 0600 from its first byte
    if done.returncode != 0:
        raise DomainError("pg_dump_failed", "pg_dump 失败：{err}", "pg_dump failed: {err}",
                          err=done.stderr.strip()[-300:])


# --- daily and pre-upgrade backups ----------------------------------------------------------------
def daily_backup(engine: Engine, folder: Path, keep: int, today: date) -> Path | None:
    """Today's backup of a SQLite database if there is none yet, then keep only the newest `keep`.

    Returns the new file, or None when today's exists already (or the database is PostgreSQL, whose
    backups belong to the server's own schedule)."""
    if sqlite_path(engine) is None:
        return None
    dest = folder / f"bizcenter-{today.isoformat()}.sqlite3"
    made = None
    if not dest.exists():
        made = backup_database(engine, dest)
    prune(folder, keep)
    return made


def latest(folder: Path) -> tuple[Path, datetime] | None:
    """The newest backup file in `folder` (daily, manual or pre-upgrade) and when it was written."""
    if not folder.is_dir():
        return None
    files = [p for p in folder.glob("*") if p.is_file() and p.suffix in (".sqlite3", ".pgdump")]
    if not files:
        return None
    newest = max(files, key=lambda p: p.stat().st_mtime)
    return newest, datetime.fromtimestamp(newest.stat().st_mtime, timezone.utc)


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest daily backups beyond `keep` (pre-upgrade copies are never pruned)."""
    daily = sorted(p for p in folder.glob("bizcenter-*.sqlite3") if DAILY_PATTERN.match(p.name))
    gone = daily[:-keep] if keep > 0 else daily
    for p in gone:
        p.unlink(missing_ok=True)
    return gone


def before_upgrade(engine: Engine, current: str, head: str, folder: Path | None = None) -> Path:
    """The copy taken before migrating an older database: never pruned, named for both revisions."""
    folder = folder or default_folder(engine)
    suffix = ".sqlite3" if engine.dialect.name == "sqlite" else ".pgdump"
    return backup_database(engine, folder / f"before-upgrade-{current}-to-{head}-{stamp()}{suffix}")


def default_folder(engine: Engine) -> Path:
    """Backups of the user-data-dir database go to its `backups/`; a database elsewhere keeps its
    backups in a `backups/` beside it (a test's or a second hotel's file never mixes with the real one)."""
    source = sqlite_path(engine)
    return source.parent / "backups" if source is not None else backups_dir()


# --- checking a candidate and restoring it --------------------------------------------------------
def check_header(path: Path) -> None:
    if not path.is_file():
        raise InvalidInput("backup_missing", "找不到备份文件：{path}", "Backup file not found: {path}", path=str(path))
    with open(path, "rb") as f:
        head = f.read(16)
    if head.startswith(PG_DUMP_HEADER):
        raise NotAllowed("pg_dump_restore", "这是 PostgreSQL 备份，请由数据库管理员用 pg_restore 恢复",
                         "This is a PostgreSQL dump; restore it with pg_restore (a DBA's job)")
    if head != SQLITE_HEADER:
        raise NotADatabase(path=str(path))


def check_backup(path: str | os.PathLike) -> BackupInfo:
    """Check a backup without changing it (a staged copy is checked and upgraded, then thrown away)."""
    path = Path(path).expanduser().resolve()
    check_header(path)
    with tempfile.TemporaryDirectory(prefix="bizcenter-check-") as tmp:
        staged = Path(tmp) / "candidate.sqlite3"
        _stage(path, staged)
        revision, sales = _check_staged(staged, path)
    return BackupInfo(str(path), revision, sales, path.stat().st_size)


def _stage(source: Path, staged: Path) -> None:
    try:
        _sqlite_copy(source, staged)
    except sqlite3.DatabaseError as exc:
        raise NotADatabase(path=str(source)) from exc


def _check_staged(staged: Path, shown: Path) -> tuple[str, int]:
    """integrity, a bizcenter database, a known revision, upgraded to head, verify clean: (revision, sales)."""
    con = sqlite3.connect(staged)
    try:
        try:
            integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError as exc:
            raise NotADatabase(path=str(shown)) from exc
        if integrity != "ok":
            raise DomainError("backup_damaged", "备份文件已损坏（{detail}）", "The backup file is damaged ({detail})",
                              detail=str(integrity)[:200])
        missing = [t for t in CORE_TABLES if t not in tables]
        if missing:
            raise NotADatabase(path=str(shown))
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        con.close()
    revision = revision[0] if revision else None
    if revision not in known_revisions():
        raise NotAllowed("backup_unknown_revision",
                         "备份的数据库版本（{rev}）不是本程序所知的，可能来自更新的版本",
                         "The backup's schema ({rev}) is unknown to this version; it may come from a newer one",
                         rev=revision or "none")
    from .db import make_engine
    from .db.migrate import upgrade
    from .verify import verify

    engine = make_engine(f"sqlite:///{staged}")
    try:
        upgrade(engine)
        from .db import unit_of_work

        breaches = unit_of_work(engine, verify)
        with engine.connect() as conn:
            keys = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            sales = conn.exec_driver_sql("SELECT COUNT(*) FROM sale").scalar()
    finally:
        engine.dispose()
    if keys:
        raise DomainError("backup_broken_keys", "备份中有 {n} 处引用损坏", "The backup has {n} broken reference(s)",
                          n=len(keys))
    if breaches:
        raise DomainError("backup_verify_failed", "备份帐目校验未通过：{first}",
                          "The backup's ledger does not verify: {first}",
                          first=f"[{breaches[0].check}] {breaches[0].message}")
    return revision, int(sales)


def check_known(revision: str) -> None:
    """Refuse a database made by a newer version of the program (this one cannot migrate it back)."""
    if revision not in known_revisions():
        raise NotAllowed("newer_database", "数据库版本（{rev}）比本程序新，请安装更新的版本",
                         "The database ({rev}) is from a newer version of the program; install that version",
                         rev=revision)


def before_upgrade_if_needed(engine: Engine) -> Path | None:
    """For `bizcenter init` and the app's start: a backup of an older database before it is migrated."""
    from .db.migrate import current_revision, head_revision

    current, head = current_revision(engine), head_revision()
    if current is None or current == head:
        return None
    check_known(current)
    return before_upgrade(engine, current, head)


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from .db.migrate import _config

    return {s.revision for s in ScriptDirectory.from_config(_config("sqlite://")).walk_revisions()}


def restore(target: Engine, source: str | os.PathLike, *, force: bool = False) -> RestoreResult:
    """Replace the SQLite database of `target` with a checked copy of `source`.

    Written through SQLite's backup API into the live file (other connections see the new content
    at their next transaction); the old content is first copied to `<db>.before-restore-<stamp>`."""
    db = sqlite_path(target)
    if db is None:
        raise NotAllowed("restore_postgresql", "PostgreSQL 数据库请由数据库管理员用 pg_restore 恢复",
                         "A PostgreSQL database is restored by its DBA with pg_restore")
    source = Path(source).expanduser().resolve()
    if source == db:
        raise InvalidInput("restore_onto_itself", "不能用数据库自身恢复", "Cannot restore a database from itself")
    check_header(source)
    db.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".bizcenter-restore-", dir=db.parent) as tmp:
        staged = Path(tmp) / "staged.sqlite3"
        _stage(source, staged)
        restored_from, sales = _check_staged(staged, source)  # staged is now at head and verified
        kept, lost, open_shifts = None, 0, 0
        if db.exists() and db.stat().st_size > 0:
            check_header(db)
            lost, open_shifts = _would_lose(staged, db)
            if (lost or open_shifts) and not force:
                raise NotAllowed(
                    "restore_would_lose",
                    "恢复将丢失备份之后记录的 {lost} 笔交易，且有 {open} 个班次仍在营业。请各柜台交班并退出程序；"
                    "确需恢复请加 --force（原数据库会另存，可交财务核对）",
                    "Restoring would lose {lost} sale(s) recorded after the backup, and {open} shift(s) are "
                    "still open. Have every counter close its shift and quit first; to restore anyway use "
                    "--force (the replaced database is kept aside for accounts)", lost=lost, open=open_shifts)
            kept = db.with_name(f"{db.name}.before-restore-{stamp()}")
            _sqlite_copy(db, kept)
        _write_into(staged, db)
    from .db.migrate import current_revision

    return RestoreResult(current_revision(target) or "", restored_from, sales, str(kept) if kept else None,
                         lost, open_shifts)


def _would_lose(staged: Path, db: Path) -> tuple[int, int]:
    """(sales in `db` posted after the newest sale of `staged`, shifts open in `db`). A live database
    that cannot be read has nothing countable to protect: (0, 0), and it is still kept aside."""
    backup_con = sqlite3.connect(staged)
    try:
        newest = backup_con.execute("SELECT max(posted_at) FROM sale").fetchone()[0]
    finally:
        backup_con.close()
    try:
        live = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            lost = live.execute("SELECT count(*) FROM sale WHERE ? IS NULL OR posted_at > ?", (newest, newest))
            lost = lost.fetchone()[0]
            open_shifts = live.execute("SELECT count(*) FROM shift WHERE status <> 'closed'").fetchone()[0]
        finally:
            live.close()
    except sqlite3.DatabaseError:
        return 0, 0
    return int(lost), int(open_shifts)


def _write_into(staged: Path, db: Path) -> None:
    src = sqlite3.connect(staged)
    try:
        dst = sqlite3.connect(db, timeout=30)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
