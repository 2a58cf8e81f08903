"""The fence around the fast path: a `Prepared` statement must run the same on SQLite and PostgreSQL.

On SQLite a prepared statement is compiled once and sent to the driver's cursor as it stands; on
PostgreSQL it goes through `Connection.execute`. What SQLAlchemy settles only at execution time, or
what the two databases read differently, would pass the tests on one and fail (or answer otherwise)
on the other. So each statement is checked when it is built — at import, not at the counter — and
refused with a message that says what to write instead:

- parameters rendered at execution time (an expanding `IN`, `in_([...])`): the raw cursor would see
  `__[POSTCOMPILE_…]`, a syntax error on SQLite that works on PostgreSQL;
- hand-written SQL (`text()`), and literal text holding `?` or `%`: a placeholder in one paramstyle
  (`?` for sqlite3, `%s` for psycopg) is text, or an error, in the other;
- dialect-only constructs (`sqlite.insert(…).on_conflict_…`, `postgresql.insert`, `DISTINCT ON`):
  they compile for one database only;
- RETURNING anything but the written table's own columns (SQLite refuses other tables' columns of an
  UPDATE … FROM and top-level aggregates);
- the database's clock (`now()`, `CURRENT_TIMESTAMP`): SQLite's is UTC text without a zone,
  PostgreSQL's a timestamptz in the session's zone, and the hotel's time is passed in anyway;
- functions outside a short portable list, and `min`/`max` with two arguments (scalar on SQLite, an
  error on PostgreSQL);
- `LIKE`/`ILIKE` (SQLite's LIKE ignores ASCII case, PostgreSQL's does not), ORDER BY a text column
  (bytes on SQLite, the server's collation on PostgreSQL) or a nullable column without an explicit
  NULLS FIRST/LAST (SQLite sorts NULL first, PostgreSQL last);
- FOR UPDATE NOWAIT / SKIP LOCKED / OF / FOR SHARE: SQLite drops them silently (its writers are
  serialised by BEGIN IMMEDIATE, which matches a plain FOR UPDATE and nothing else).

Finally the statement is compiled for both databases; any other construct one of them cannot render
is refused here too. Statements the fast path refuses run through `session.execute` as usual.
"""
from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql import ClauseElement, operators, visitors
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.elements import BinaryExpression, ColumnClause, TextClause, UnaryExpression
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.selectable import Select
from sqlalchemy.sql.sqltypes import String
from sqlalchemy.schema import Column

#: functions both databases define alike (name, meaning and result for the arguments used here)
PORTABLE_FUNCTIONS = frozenset({"count", "sum", "min", "max", "avg", "coalesce", "nullif", "lower", "upper",
                                "length", "abs"})
_ONE_ARGUMENT = frozenset({"sum", "min", "max", "avg"})  # min(a, b) is scalar on SQLite, an error on PostgreSQL
_CLOCK = frozenset({"now", "current_timestamp", "current_date", "current_time", "localtimestamp", "localtime",
                    "sysdate"})
_LIKE = frozenset({operators.like_op, operators.not_like_op, operators.ilike_op, operators.not_ilike_op,
                   operators.contains_op, operators.not_contains_op, operators.startswith_op,
                   operators.not_startswith_op, operators.endswith_op, operators.not_endswith_op})
DIALECTS = (sqlite.dialect(), postgresql.dialect())


class UnportableStatement(ValueError):
    """A statement the fast path would run differently on SQLite and PostgreSQL (a programming error)."""


def refuse_unportable(statement: ClauseElement) -> None:
    """Raise UnportableStatement naming the first construct that would not run the same on both."""
    for element in visitors.iterate(statement):
        reason = _reason(element)
        if reason:
            raise UnportableStatement(f"fast path: {reason} — in: {_sql(statement)}")
    if isinstance(statement, UpdateBase):
        _check_returning(statement)
    for dialect in DIALECTS:
        try:
            compiled = statement.compile(dialect=dialect)
        except Exception as exc:  # noqa: BLE001 - whatever one dialect cannot render
            raise UnportableStatement(f"fast path: {dialect.name} cannot compile it ({exc}) — in: {statement!r}") from exc
        if compiled.post_compile_params or compiled.literal_execute_params:
            names = ", ".join(sorted(p.key for p in compiled.post_compile_params | compiled.literal_execute_params))
            raise UnportableStatement(
                f"fast path: parameter(s) {names} are rendered at execution time (an expanding IN?); SQLite's "
                f"raw cursor would get __[POSTCOMPILE_…]: run this statement through session.execute — in: "
                f"{_sql(statement)}")


def _reason(element) -> str | None:
    if isinstance(element, TextClause):
        return "hand-written SQL (text()): placeholders and syntax differ between sqlite3 and psycopg; use Core"
    if isinstance(element, ColumnClause) and element.is_literal and any(c in element.name for c in "?%"):
        return f"literal text {element.name!r} holds '?' or '%', a placeholder to one of the drivers"
    if type(element).__module__.startswith("sqlalchemy.dialects."):
        return f"{type(element).__name__} belongs to one database's dialect (ON CONFLICT, DISTINCT ON, …)"
    if isinstance(element, FunctionElement):
        return _function_reason(element)
    if isinstance(element, BinaryExpression) and element.operator in _LIKE:
        return "LIKE ignores ASCII case on SQLite and not on PostgreSQL; compare lower() values with ="
    if isinstance(element, Select):
        return _select_reason(element)
    return None


def _function_reason(fn: FunctionElement) -> str | None:
    name = getattr(fn, "name", type(fn).__name__).lower()
    if name in _CLOCK:
        return f"{name}() reads the database's clock (UTC text on SQLite, zoned on PostgreSQL); pass the time in"
    if name not in PORTABLE_FUNCTIONS:
        return f"{name}() is not in the portable list {sorted(PORTABLE_FUNCTIONS)}"
    if name in _ONE_ARGUMENT and len(fn.clauses.clauses) > 1:
        return f"{name}() with {len(fn.clauses.clauses)} arguments is scalar on SQLite and an error on PostgreSQL"
    return None


def _select_reason(select: Select) -> str | None:
    if select._distinct_on:
        return "DISTINCT ON exists on PostgreSQL only"
    lock = select._for_update_arg
    if lock is not None and (lock.nowait or lock.skip_locked or lock.read or lock.of or lock.key_share):
        return "FOR UPDATE NOWAIT/SKIP LOCKED/OF/FOR SHARE: SQLite drops them silently"
    for clause in select._order_by_clauses:
        reason = _order_reason(clause)
        if reason:
            return reason
    return None


def _order_reason(clause) -> str | None:
    explicit_nulls = False
    while isinstance(clause, UnaryExpression):
        if clause.modifier in (operators.nulls_first_op, operators.nulls_last_op):
            explicit_nulls = True
        clause = clause.element
    if isinstance(clause.type, String):
        return f"ORDER BY text ({clause}): bytes on SQLite, the server's collation on PostgreSQL"
    if isinstance(clause, Column) and clause.nullable and not explicit_nulls:
        return f"ORDER BY nullable {clause} needs nulls_first()/nulls_last(): SQLite and PostgreSQL differ"
    return None


def _check_returning(statement: UpdateBase) -> None:
    table = statement.table
    for col in statement._returning:
        if not (isinstance(col, Column) and col.table is table):
            raise UnportableStatement(
                f"fast path: RETURNING {col} — only {table.name}'s own columns return the same on both "
                f"(SQLite refuses other tables' columns and top-level aggregates) — in: {_sql(statement)}")


def _sql(statement: ClauseElement) -> str:
    try:
        return " ".join(str(statement.compile(dialect=DIALECTS[0])).split())[:200]
    except Exception:  # noqa: BLE001 - the message must not fail on what it reports
        return repr(statement)
