"""Which tables a unit of work wrote: the raw material of an operation's `Changes` (bizcenter.ops).

Three ways rows are written, three places that note the table on the transaction's connection: the
ORM's flush (a Session listener), Core statements run through `Connection.execute` (an Engine
listener), and the fast path's prepared statements on SQLite's cursor (`Prepared` notes its table).
"""
from __future__ import annotations

from itertools import chain

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import UpdateBase

KEY = "bizcenter.written"


def note(connection: Connection, table: str) -> None:
    connection.info.setdefault(KEY, set()).add(table)


def take(connection: Connection) -> frozenset[str]:
    """The tables noted on this connection since the last `take`, and forget them."""
    return frozenset(connection.info.pop(KEY, ()))


@event.listens_for(Session, "after_flush")
def _flushed(session: Session, _ctx) -> None:
    tables = {obj.__table__.name for obj in chain(session.new, session.dirty, session.deleted)
              if hasattr(obj, "__table__")}
    if tables:
        found = session.connection().info.setdefault(KEY, set())
        found |= tables


@event.listens_for(Engine, "before_execute")
def _executed(connection: Connection, statement, *_args) -> None:
    if isinstance(statement, UpdateBase):
        note(connection, statement.table.name)
