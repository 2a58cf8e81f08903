"""Statements of the settle hot path, compiled once per database and run on the driver's cursor.

Settle is the action a counter repeats all day, and the bench holds it to twice the cost of the
same rows written with plain `sqlite3`. Through `Connection.execute` each statement pays about
0.05 ms of SQLAlchemy bookkeeping (cache key, execution context, result wrapping) on top of
SQLite's own 0.01–0.03 ms, and settle runs five to eight of them. So on SQLite a `Prepared`
statement is compiled by SQLAlchemy from the model's own table, once, and then executed on the
session connection's DB-API cursor, inside the same transaction:

- the SQL is SQLAlchemy's, not written by hand; values pass through the column types' own bind and
  result processors (aware datetimes to UTC text, dates, JSON), so rows read back exactly as if
  the ORM had written them;
- driver errors are re-raised wrapped as SQLAlchemy's, so `unit_of_work` still retries a locked
  database, reports a full disk and turns a lost draft-key race into "already settled";
- an insert names its columns, and a column it leaves out may not have a Python-side default
  (that default would be skipped): building such a statement fails at import, not at the counter.
- a statement that would not run the same on both databases (an expanding IN, hand-written SQL,
  ON CONFLICT, RETURNING other tables' columns, the database's clock, …) is refused when it is built:
  `portable.refuse_unportable` says what and why.

On other databases (PostgreSQL) the same statement runs through `Connection.execute` as usual: the
network round trip, not the bookkeeping, is the cost there.
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Callable, Iterable, Sequence

from sqlalchemy import Table, bindparam, insert
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.dml import UpdateBase

from . import written
from .portable import refuse_unportable
from .unit import transaction_of


@dataclass(frozen=True)
class _Compiled:
    sql: str
    pick: Callable[[dict], tuple]  # the parameters in the order of the SQL's `?` placeholders
    defaults: dict[str, Any]  # values bound in the statement itself (literals, LIMIT)
    binders: tuple[tuple[int, Callable], ...]  # (placeholder, the column type's bind processor), where one is needed
    returns: bool  # a SELECT, or INSERT/UPDATE … RETURNING
    readers: tuple[Callable | None, ...] | None  # per result column, its type's result processor; None: none needed


Target = Session | Connection  # a session in a transaction, or the connection it holds


class Prepared:
    """One Core statement; `rows`, `first`, `scalar` and `many` run it in the caller's transaction.

    Pass the session (its unit of work's connection is used, see `unit.connection_of`) or a connection.
    """

    def __init__(self, statement: ClauseElement):
        refuse_unportable(statement)  # at import: one that would run differently on SQLite never gets here
        self.statement = statement
        self.writes = statement.table.name if isinstance(statement, UpdateBase) else None  # for ops.Changes
        self._compiled: dict[str, _Compiled] = {}

    @classmethod
    def insert(cls, table: Table, columns: Sequence[str], returning: Sequence[str] = ()) -> "Prepared":
        """INSERT naming exactly `columns`; refuses to leave out a column with a Python-side default,
        and a ledger table (marked `chained` by the hash chain): its rows go through `ChainedInsert`,
        which links each one."""
        if table.info.get("chained"):
            raise ValueError(f"{table.name}: a chained ledger table; insert with chain.capture.ChainedInsert")
        refuse_skipped_defaults(table, columns)
        statement = insert(table).values({name: bindparam(name, type_=table.c[name].type) for name in columns})
        if returning:
            statement = statement.returning(*(table.c[name] for name in returning))
        return cls(statement)

    # --- running ------------------------------------------------------------------------------------
    def rows(self, target: Target, params: dict | None = None) -> list[tuple]:
        connection, driver = transaction_of(target)
        if driver is None:
            return [tuple(r) for r in connection.execute(self.statement, params or {})]
        c = self._compiled.get("sqlite") or self._for(connection.dialect)
        if self.writes:
            written.note(connection, self.writes)
        try:
            cursor = driver.execute(c.sql, self._values(c, params or {}))
            raw = cursor.fetchall() if c.returns else []
        except connection.dialect.loaded_dbapi.Error as exc:
            raise _wrapped(exc, c.sql, params, connection.dialect) from exc
        if c.readers is None:
            return raw
        return [tuple(v if f is None else f(v) for f, v in zip(c.readers, r)) for r in raw]

    def first(self, target: Target, params: dict | None = None) -> tuple | None:
        found = self.rows(target, params)
        return found[0] if found else None

    def scalar(self, target: Target, params: dict | None = None):
        row = self.first(target, params)
        return None if row is None else row[0]

    def many(self, target: Target, rows: Iterable[dict]) -> None:
        """The same statement for each row (`executemany`); nothing returned."""
        rows = list(rows)
        if not rows:
            return
        connection, driver = transaction_of(target)
        if driver is None:
            connection.execute(self.statement, rows)
            return
        c = self._compiled.get("sqlite") or self._for(connection.dialect)
        if self.writes:
            written.note(connection, self.writes)
        try:
            driver.executemany(c.sql, [self._values(c, r) for r in rows])
        except connection.dialect.loaded_dbapi.Error as exc:
            raise _wrapped(exc, c.sql, rows, connection.dialect) from exc

    # --- compiling ----------------------------------------------------------------------------------
    def _for(self, dialect: Dialect) -> _Compiled:
        found = self._compiled.get(dialect.name)
        if found is None:
            found = self._compiled[dialect.name] = _compile(self.statement, dialect)
        return found

    @staticmethod
    def _values(c: _Compiled, params: dict) -> tuple | list:
        values = c.pick({**c.defaults, **params} if c.defaults else params)
        if not c.binders:
            return values
        values = list(values)
        for i, bind in c.binders:
            if values[i] is not None:
                values[i] = bind(values[i])
        return values


def refuse_skipped_defaults(table: Table, columns: Sequence[str]) -> None:
    """A column left out with a Python-side default would silently get no value: refuse at import."""
    skipped = [c.name for c in table.columns if c.name not in columns and c.default is not None and not c.primary_key]
    if skipped:
        raise ValueError(f"{table.name}: pass {', '.join(skipped)} explicitly (Python-side defaults)")


def _compile(statement: ClauseElement, dialect: Dialect) -> _Compiled:
    compiled = statement.compile(dialect=dialect)
    if not compiled.positional:
        raise ValueError(f"{dialect.name}: the fast path expects positional parameters")
    names = tuple(compiled.positiontup)
    binds = compiled.binds
    defaults = {name: bp.value for name, bp in binds.items() if bp.value is not None or not bp.required}
    processors = (binds[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names)
    binders = tuple((i, f) for i, f in enumerate(processors) if f is not None)
    pick = itemgetter(*names) if len(names) > 1 else (lambda p, n=names: tuple(p[k] for k in n))
    columns = getattr(statement, "exported_columns", ())  # a SELECT's columns, or an INSERT's RETURNING
    readers = tuple(col.type.dialect_impl(dialect).result_processor(dialect, None) for col in columns)
    return _Compiled(compiled.string, pick, defaults, binders, bool(columns), readers if any(readers) else None)


def _wrapped(exc: Exception, sql: str, params, dialect: Dialect) -> DBAPIError:
    """The driver's error as SQLAlchemy would have raised it (OperationalError, IntegrityError, …)."""
    return DBAPIError.instance(sql, params, exc, dialect.loaded_dbapi.Error, dialect=dialect)
