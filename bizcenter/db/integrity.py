"""Is the SQLite file sound? SQLite's own page-by-page check, run before `verify` and before a backup.

A file with a few kilobytes overwritten (a failing disk, a copy cut short, a tool that wrote into it)
can still open and answer most queries: the ledger's checks then die on the first damaged page with
a raw "database disk image is malformed", and a backup would copy the damage over the good copies.
`PRAGMA quick_check` reads every page and checks the b-trees' structure (no index-to-table cross-check:
`integrity_check` adds that, at several times the cost on a year of sales); `full=True` runs the
complete check. PostgreSQL keeps its own page checksums: nothing to do here.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import DatabaseDamaged, NotADatabase

#: how many problems SQLite lists before it stops (the first few say enough)
MAX_PROBLEMS = 10


def problems(path: str | Path, *, full: bool = False) -> list[str]:
    """What SQLite finds wrong with the database file at `path`: empty when it is sound.

    Raises NotADatabase for a file SQLite cannot open as a database at all."""
    con = sqlite3.connect(path, timeout=30)
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = con.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "file is not a database" in text or "file is encrypted" in text:
            raise NotADatabase(path=str(path)) from exc
        return [str(exc)]
    finally:
        con.close()
    found = [str(r[0]) for r in rows]
    return [] if found == ["ok"] else found


def check_sound(path: str | Path | None, *, full: bool = False) -> None:
    """Raise DatabaseDamaged naming the damage unless the SQLite file at `path` is sound (None: a
    server database, nothing to check here)."""
    if path is None:
        return
    found = problems(path, full=full)
    if found:
        raise DatabaseDamaged(detail=describe(found))


def describe(found: list[str]) -> str:
    """SQLite's first findings, shortened for a message ("Tree 12 page 340 cell 3: …; 4 more")."""
    shown = "; ".join(found[:2])
    if len(shown) > 160:
        shown = shown[:157] + "…"
    more = len(found) - 2
    return f"{shown}; {more} more" if more > 0 else shown
