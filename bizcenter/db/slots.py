"""Ready connections and sessions for the units of work on one SQLite engine.

A unit of work used to check a connection out of the pool, wrap it in a SQLAlchemy `Connection`
and a new `Session`, and undo all three at the end: about 0.1 ms of bookkeeping around a sale
that SQLite writes in 0.3 ms. A slot keeps the three together between units of work instead. It
is taken whole by one unit of work at a time (any thread: the pool already passes SQLite
connections between threads), so a unit of work started inside another simply takes a second
slot. A slot whose connection failed is closed, not kept; `engine.dispose()` closes the idle ones
and makes the busy ones close when they come back. Other databases keep the plain pool path:
there a pre-ping at checkout is what notices a server that went away.
"""
from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

KEEP = 4  # idle slots kept per engine; more than four units of work at once is not a counter's day


@dataclass(eq=False)
class Slot:
    connection: Connection
    session: Session
    driver: object  # the sqlite3 connection, for `Prepared` statements
    generation: int


class _Slots:
    def __init__(self, engine: Engine):
        self.idle: list[Slot] = []
        self.generation = 0
        self.lock = threading.Lock()
        event.listen(engine, "engine_disposed", self._disposed)

    def _disposed(self, _engine) -> None:
        with self.lock:
            idle, self.idle = self.idle, []
            self.generation += 1
        for slot in idle:
            _close(slot)


_by_engine: "weakref.WeakKeyDictionary[Engine, _Slots]" = weakref.WeakKeyDictionary()
_registry_lock = threading.Lock()


def _slots(engine: Engine) -> _Slots:
    found = _by_engine.get(engine)
    if found is None:
        with _registry_lock:
            found = _by_engine.get(engine)
            if found is None:
                found = _by_engine[engine] = _Slots(engine)
    return found


def take(engine: Engine) -> Slot:
    slots = _slots(engine)
    with slots.lock:
        if slots.idle:
            return slots.idle.pop()
        generation = slots.generation
    connection = engine.connect()
    session = Session(bind=connection, expire_on_commit=False, join_transaction_mode="rollback_only")
    return Slot(connection, session, connection.connection.driver_connection, generation)


def give_back(engine: Engine, slot: Slot, *, failed: bool = False) -> None:
    """After the unit of work: roll back whatever it left open; keep the slot if it is sound.

    `failed`: the database itself failed (full disk, I/O error, damage): the slot is closed so the
    next unit of work starts on a fresh connection, with no statement or state left from the fault."""
    session, connection = slot.session, slot.connection
    session.info.clear()  # per-transaction caches (settings) must not outlive the unit of work
    try:
        if session.in_transaction() or session.identity_map:
            session.close()
        if connection.get_transaction() is not None:
            # also a transaction whose COMMIT failed (a full disk): SQLAlchemy leaves it attached but
            # inactive, `in_transaction()` says False, and the next `begin()` would refuse for ever
            connection.rollback()
        if slot.driver.in_transaction:  # never expected: SQLAlchemy's rollback ends the driver's too
            slot.driver.rollback()
        keep = (not failed and not connection.closed and not connection.invalidated
                and connection.get_transaction() is None and not slot.driver.in_transaction)
    except Exception:  # noqa: BLE001 - a connection that cannot roll back is not kept
        keep = False
    if keep:
        slots = _slots(engine)
        with slots.lock:
            if slot.generation == slots.generation and len(slots.idle) < KEEP:
                slots.idle.append(slot)
                return
    _close(slot)


def _close(slot: Slot) -> None:
    try:
        slot.session.close()
        slot.connection.close()
    except Exception:  # noqa: BLE001 - closing a broken connection may fail; it is gone either way
        pass
