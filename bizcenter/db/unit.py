"""One user action = one transaction.

`unit_of_work(engine, action)` opens a session, runs `action(session)`, commits, and returns its
result; any error rolls everything back. A locked SQLite database or a PostgreSQL serialisation
failure is retried a few times with a short back-off (nothing was committed, so re-running the
action is safe), then reported as `DatabaseBusy`. Low-level failures that a clerk can act on (disk
full, the file size limit, a damaged file, a server shutting down, not a database) become bilingual
domain errors (`faults`). After such a failure the connection is not reused: once space is back, or
the server is up again, the next action works without restarting the app.
"""
from __future__ import annotations

import random
import time
from typing import Any, Callable, TypeVar

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from . import faults, slots
from ..errors import DatabaseBusy, DomainError

T = TypeVar("T")
RETRIES = 5


def _is_busy(exc: DBAPIError) -> bool:
    return faults.is_busy(exc.orig)


def translate_db_error(exc: DBAPIError, engine: Engine):
    """The clerk's message for a database failure (see `faults`), or None for a programming error."""
    return faults.translate(exc, database=faults.database_path(engine))


_CONNECTION = "bizcenter.connection"


def unit_of_work(engine: Engine, action: Callable[[Session], T], *, retries: int = RETRIES) -> T:
    attempt = 0
    while True:
        try:
            return _attempt(engine, action)
        except DomainError as exc:
            if exc.after_rollback is not None:
                with Session(engine) as session, session.begin():
                    exc.after_rollback(session)
            raise
        except IntegrityError as exc:
            domain = _race_lost(exc)
            if domain is not None:
                raise domain from exc
            raise
        except (OperationalError, DBAPIError) as exc:
            domain = translate_db_error(exc, engine)
            if isinstance(domain, DatabaseBusy) and attempt < retries:
                attempt += 1
                time.sleep(0.05 * attempt + random.random() * 0.05)
                continue
            if domain is not None:
                raise domain from exc
            raise


def _attempt(engine: Engine, action: Callable[[Session], T]) -> T:
    """One try. The transaction belongs to the connection and begins at its first statement, so an
    action may call another unit of work before it writes. The session joins it only when the
    action uses the ORM; settle's prepared statements use the connection directly, sparing the
    action repeated all day the session's transaction bookkeeping."""
    if engine.dialect.name == "sqlite":
        slot = slots.take(engine)
        failed = False
        try:
            return _run(slot.connection, slot.session, slot.driver, action)
        except DBAPIError as exc:
            failed = not isinstance(exc, IntegrityError) and not _is_busy(exc)
            raise
        finally:
            slots.give_back(engine, slot, failed=failed)
    with engine.connect() as connection:
        session = Session(bind=connection, expire_on_commit=False, join_transaction_mode="rollback_only")
        try:
            return _run(connection, session, None, action)
        finally:
            session.close()


def _run(connection: Connection, session: Session, driver, action: Callable[[Session], T]) -> T:
    session.info[_CONNECTION] = (connection, driver)
    result = action(session)
    if session.in_transaction():
        session.commit()  # flushes; commits too if the session began the transaction
    if connection.in_transaction():
        connection.commit()
    return result


def _race_lost(exc: IntegrityError):
    """Two counters did the same thing at once and the database's unique index let one through."""
    from ..errors import NotAllowed

    text = str(exc.orig)
    if "draft_key" in text:
        return NotAllowed("already_settled", "此单已结账，没有重复收费", "This bill is already settled; nothing was charged twice")
    if "reverses_id" in text:
        return NotAllowed("already_reversed", "该单已作废或退款", "This sale was already voided or refunded")
    return None


def transaction_of(target: Session | Connection) -> tuple[Connection, Any]:
    """The unit of work's connection, in its transaction, without making the session join it; and,
    on SQLite, its `sqlite3` connection for `Prepared` statements (None on other databases)."""
    found = target.info.get(_CONNECTION) if isinstance(target, Session) else None
    if found is None:
        connection = target.connection() if isinstance(target, Session) else target
        found = connection, _driver(connection)
    if not found[0].in_transaction():
        found[0].begin()  # as `Connection.execute` would: raw cursors must not run in autocommit
    return found


def connection_of(session: Session) -> Connection:
    return transaction_of(session)[0]


def _driver(connection: Connection):
    return connection.connection.driver_connection if connection.dialect.name == "sqlite" else None


def engine_of(session: Session) -> Engine:
    """The engine behind a session bound to an engine or (in a unit of work) to a connection."""
    return session.get_bind().engine
