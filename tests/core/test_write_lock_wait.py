"""Waiting for SQLite's write lock: in steps of at most 2 ms (SQLite's own busy handler sleeps up to 100 ms
between tries while other counters take the lock), and the connection keeps its 5 s busy timeout for
every other statement."""
from __future__ import annotations

import sqlite3

from sqlalchemy import text
from sqlalchemy.engine import make_url

import bizcenter.db.engine as engine_module
from bizcenter.db import unit_of_work


def test_a_writer_waits_in_short_steps_and_keeps_its_busy_timeout(sqlite_engine, sqlite_url, monkeypatch):
    unit_of_work(sqlite_engine, lambda s: s.execute(text("SELECT 1")))  # this counter is connected
    holder = sqlite3.connect(make_url(sqlite_url).database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another counter in the middle of a sale
    pauses = []

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        if len(pauses) == 6:  # the other sale commits while this one waits
            holder.execute("ROLLBACK")

    monkeypatch.setattr(engine_module.time, "sleep", sleep)
    try:
        timeout = unit_of_work(sqlite_engine, lambda s: s.execute(text("PRAGMA busy_timeout")).scalar())
    finally:
        holder.close()
    assert len(pauses) == 6, pauses
    assert max(pauses) <= 0.002 and pauses == sorted(pauses)
    assert timeout == engine_module.BUSY_TIMEOUT_MS  # the wait's own setting is undone inside the transaction


def test_a_lock_never_released_is_still_reported_after_the_busy_timeout(sqlite_engine, sqlite_url, monkeypatch):
    from bizcenter.errors import DatabaseBusy
    import pytest

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    unit_of_work(sqlite_engine, lambda s: s.execute(text("SELECT 1")))
    holder = sqlite3.connect(make_url(sqlite_url).database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusy):
            unit_of_work(sqlite_engine, lambda s: s.execute(text("SELECT 1")).scalar())
    finally:
        holder.close()
    assert unit_of_work(sqlite_engine, lambda s: s.execute(text("PRAGMA busy_timeout")).scalar()) == 50
