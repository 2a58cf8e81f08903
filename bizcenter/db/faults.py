"""Low-level failures a clerk can act on, as bilingual domain errors.

Each fault has its own message because each has its own remedy: a full disk (free space), the
machine's file size limit (`ulimit -f`: IT raises it), a damaged SQLite file (restore the last
backup), a PostgreSQL server shutting down (wait, then call IT), a server out of reach (the
network). Used by the unit of work, the CLI's top level and the app's background runner, so one
fault reads the same everywhere.
"""
from __future__ import annotations

import errno
import os
import sqlite3

from ..errors import (DatabaseBusy, DatabaseDamaged, DatabaseShuttingDown, DatabaseUnavailable, DiskFull,
                      DomainError, FileSizeLimit, NotADatabase)

_BUSY = ("database is locked", "database table is locked", "could not serialize", "deadlock detected")
_FULL = ("database or disk is full", "no space left", "disk full")
_DAMAGED = ("database disk image is malformed", "malformed database schema", "database corruption")
#: PostgreSQL's admin_shutdown / crash_shutdown / cannot_connect_now, by SQLSTATE and by text (a
#: connection ended by the server may carry no SQLSTATE)
_SHUTDOWN_STATES = ("57P01", "57P02", "57P03")
_SHUTDOWN = ("terminating connection due to administrator command", "the database system is shutting down",
             "the database system is starting up", "cannot connect now", "the database system is in recovery mode",
             "terminating connection because of crash of another server process")
_GONE = ("unable to open database", "connection refused", "server closed the connection", "could not connect",
         "connection timed out", "terminating connection", "no route to host", "connection is closed",
         "disk i/o error", "consuming input failed", "the connection is lost")


def is_busy(orig: BaseException) -> bool:
    text = str(orig).lower()
    return any(s in text for s in _BUSY)


def translate(exc: BaseException, *, database: str | None = None) -> DomainError | None:
    """The domain error for a driver/SQLAlchemy/OS failure, or None when it is none of the known faults.

    `database`: the SQLite file's path (to name it, and to see whether it reached the size limit)."""
    if isinstance(exc, DomainError):
        return exc
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, OSError) and not isinstance(orig, sqlite3.Error):
        if orig.errno == errno.EFBIG:
            return FileSizeLimit()
        if orig.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return DiskFull()
        return None
    text = str(orig).lower()
    name = getattr(orig, "sqlite_errorname", "") or ""
    if "file is not a database" in text or "file is encrypted" in text:
        return NotADatabase(path=str(database))
    if name.startswith("SQLITE_CORRUPT") or any(s in text for s in _DAMAGED):
        return DatabaseDamaged(detail=str(orig)[:200])
    full = any(s in text for s in _FULL)
    if (full or name.startswith("SQLITE_IOERR")) and size_limit_reached(database):
        return FileSizeLimit()
    if full:
        return DiskFull()
    if is_busy(orig):
        return DatabaseBusy()
    if getattr(orig, "sqlstate", None) in _SHUTDOWN_STATES or any(s in text for s in _SHUTDOWN):
        return DatabaseShuttingDown()
    if getattr(exc, "connection_invalidated", False) or any(s in text for s in _GONE):
        return DatabaseUnavailable()
    return None


def size_limit_reached(database: str | None) -> bool:
    """Under a finite `ulimit -f`, has the database, its WAL or its journal grown to within 1 MiB of it?

    SQLite reports a write refused for the file size (EFBIG; Python ignores SIGXFSZ) as a plain
    "disk I/O error", the same words as a failing disk or a share gone away."""
    try:
        import resource
    except ImportError:  # Windows has no such limit
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft == resource.RLIM_INFINITY or not database:
        return False
    for suffix in ("", "-wal", "-journal"):
        try:
            size = os.path.getsize(str(database) + suffix)
        except OSError:
            continue
        if size + (1 << 20) >= soft:
            return True
    return False


def database_path(engine) -> str | None:
    """The SQLite file behind an engine, None for a server database or memory."""
    if engine is None or engine.dialect.name != "sqlite":
        return None
    name = engine.url.database
    return name if name and name != ":memory:" else None
