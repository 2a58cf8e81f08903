"""The chain head a backup holds, so `verify --against BACKUP` can tell what the live ledger lost since.

A SQLite backup is a whole database: its head is read from the copy itself (no second file to lose
or to forge apart from it). A pg_dump is not readable without a server, so its head is written beside
it (`<dump>.head`), read before the dump starts: the dump holds at least that link.
"""
from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotADatabase
from .checkpoints import now, stored
from .head import ChainHead

PG_DUMP_HEADER = b"PGDMP"
SQLITE_HEADER = b"SQLite format 3\x00"


def sidecar(dump: str | os.PathLike) -> Path:
    dump = Path(dump)
    return dump.with_name(dump.name + ".head")


def head_now(engine: Engine) -> ChainHead | None:
    """The live chain's head (None: a database the chain has not reached yet)."""
    try:
        with Session(engine) as session:
            return now(session)
    except DBAPIError:
        return None


def write_sidecar(dump: Path, head: ChainHead | None, at: datetime | None = None) -> Path | None:
    """`<dump>.head`: the head read before a pg_dump, owner-readable only like the dump itself."""
    if head is None:
        return None
    path = sidecar(dump)
    data = json.dumps({"head": stored(head), "taken_at": (at or datetime.now(timezone.utc)).isoformat()})
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(data + "\n")
        f.flush()
        os.fsync(f.fileno())
    return path


def head_of_backup(path: str | os.PathLike) -> ChainHead | None:
    """The head a backup holds: read from a SQLite copy, or from a dump's `.head` beside it. None: the
    backup was made before the chain existed."""
    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise InvalidInput("backup_missing", "找不到备份文件：{path}", "Backup file not found: {path}", path=str(path))
    with open(path, "rb") as f:
        start = f.read(16)
    if start.startswith(PG_DUMP_HEADER):
        return _from_sidecar(path)
    if start != SQLITE_HEADER:
        raise NotADatabase(path=str(path))
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with engine.connect() as conn:
            tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        if "ledger_chain" not in tables:
            return None
        with Session(engine) as session:
            return now(session)
    except DBAPIError as exc:
        raise NotADatabase(path=str(path)) from exc
    finally:
        engine.dispose()


def _from_sidecar(dump: Path) -> ChainHead:
    path = sidecar(dump)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ChainHead.parse(data["head"])
    except FileNotFoundError:
        raise InvalidInput("backup_head_missing", "PostgreSQL 备份旁没有链头文件 {path}",
                           "The PostgreSQL dump has no chain-head file beside it ({path})", path=str(path)) from None
    except (ValueError, KeyError, TypeError):
        raise InvalidInput("backup_head_unreadable", "链头文件无法读取：{path}",
                           "The chain-head file cannot be read: {path}", path=str(path)) from None
