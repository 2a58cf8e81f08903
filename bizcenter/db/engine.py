"""Engines for the embedded SQLite default and for PostgreSQL.

SQLite set-up, each line a trap already hit on these machines:
- WAL so the counter screen can read while a sale is written; never on a network share.
- synchronous=FULL: this is a money ledger; NORMAL can lose the last committed sales on power loss,
  and FULL still settles a sale in well under a millisecond of fsync on a local disk.
- the file is its owner's alone (0600, and so are the -wal/-shm files SQLite makes with its mode).
- foreign keys ON, and a busy timeout so a second writer waits instead of failing at once.
- pysqlite's own transaction handling reads before it begins, which let two writers take the same
  receipt number; we switch it off and begin every transaction with BEGIN IMMEDIATE, so the write
  lock is taken before the sequence is read.
"""
from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy import create_engine

from ..fileperms import private_file, private_dir

BUSY_TIMEOUT_MS = 5000
BEGIN_FIRST_PAUSE_S, BEGIN_LONGEST_PAUSE_S = 0.0002, 0.002  # between tries for the write lock


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("bizcenter", "bizcenter"))


def default_url() -> str:
    """`BIZCENTER_DB` if set, else a SQLite file in the user data directory."""
    env = os.environ.get("BIZCENTER_DB")
    if env:
        return env
    path = data_dir() / "bizcenter.sqlite3"
    private_dir(path.parent)
    return f"sqlite:///{path}"


def normalise_url(url: str) -> str:
    """Accept a bare file path for SQLite and the common `postgresql://` form for psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str | None = None, *, foreign_keys: bool = True, **kwargs) -> Engine:
    url = normalise_url(url or default_url())
    if make_url(url).get_backend_name() == "sqlite":
        return _sqlite_engine(url, foreign_keys=foreign_keys, **kwargs)
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def _sqlite_engine(url: str, *, foreign_keys: bool, **kwargs) -> Engine:
    kwargs.setdefault("connect_args", {}).setdefault("timeout", BUSY_TIMEOUT_MS / 1000)
    engine = create_engine(url, **kwargs)

    database = make_url(url).database
    file_based = bool(database) and database != ":memory:" and not database.startswith("file:")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        if file_based:  # before WAL mode makes the -wal/-shm files, which take the database's mode
            for suffix in ("", "-wal", "-shm", "-journal"):
                private_file(database + suffix)
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        # asking first: switching to WAL needs a lock another counter's sale may hold at this moment
        # (a connection opened mid-sale was once refused "database is locked" at once), reading does not
        if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    def _begin_immediate(dbapi_conn) -> None:
        # SQLAlchemy's documented recipe issues this from a "begin" event through `exec_driver_sql`,
        # which costs ~0.04 ms of bookkeeping per transaction; as the dialect's own begin step it
        # is one driver call, and a "database is locked" here is still wrapped as OperationalError.
        cursor = dbapi_conn.cursor()
        try:
            wait_for_write_lock(cursor)
        finally:
            cursor.close()

    engine.dialect.do_begin = _begin_immediate
    return engine


def _busy(exc: sqlite3.OperationalError) -> bool:
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY or "locked" in str(exc)


def wait_for_write_lock(cursor) -> None:
    """`BEGIN IMMEDIATE`, waiting for another writer in short steps (0.2 ms doubling up to 2 ms) for up
    to the busy timeout.

    SQLite's own busy handler (`busy_timeout`) sleeps 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100 ms
    between tries, and other writers take the lock in between: with eight counters selling beside sign-ins,
    a sale waited up to 630 ms for a lock that was never held longer than a few milliseconds. The
    connection's busy timeout is off only for this statement; every other one keeps it.
    """
    restore = f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}"
    cursor.execute("PRAGMA busy_timeout=0")
    deadline, pause = time.monotonic() + BUSY_TIMEOUT_MS / 1000, BEGIN_FIRST_PAUSE_S
    while True:
        try:
            cursor.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as exc:
            if not _busy(exc) or time.monotonic() >= deadline:
                try:
                    cursor.execute(restore)
                except sqlite3.Error:  # a broken connection: the first error is the one to report
                    pass
                raise
        time.sleep(pause)
        pause = min(pause * 2, BEGIN_LONGEST_PAUSE_S)
    cursor.execute(restore)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
