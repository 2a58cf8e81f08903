"""The fast path refuses, when a statement is built, what would not run the same on SQLite and PostgreSQL.

Each refused statement below is one a developer could plausibly write for settle; without the fence it
would pass on one database and fail, or answer differently, on the other (the expanding IN is the
documented case: fine through SQLAlchemy on PostgreSQL, `__[POSTCOMPILE_ids]` on SQLite's cursor).
"""
from __future__ import annotations

import pytest
from sqlalchemy import bindparam, func, insert, literal_column, select, text, update
from sqlalchemy.dialects import postgresql, sqlite

from bizcenter.db.portable import UnportableStatement
from bizcenter.db.prepared import Prepared
from bizcenter.models import NumberSequence, Sale, Shift, Staff

_sale, _staff, _seq = Sale.__table__, Staff.__table__, NumberSequence.__table__

REFUSED = {
    "expanding IN": (select(_sale.c.id).where(_sale.c.id.in_(bindparam("ids", expanding=True))), "execution time"),
    "IN of a literal list": (select(_sale.c.id).where(_sale.c.id.in_([1, 2])), "execution time"),
    "hand-written SQL": (text("SELECT id FROM sale WHERE id = ?"), "hand-written"),
    "a placeholder in literal text": (select(_sale.c.id).where(_sale.c.kind == literal_column("'?'")), "placeholder"),
    "SQLite's ON CONFLICT": (sqlite.insert(_seq).values(name="x", last_value=0).on_conflict_do_nothing(), "dialect"),
    "PostgreSQL's ON CONFLICT": (
        postgresql.insert(_seq).values(name="x", last_value=0).on_conflict_do_nothing(index_elements=["name"]),
        "dialect"),
    "RETURNING another table's column": (
        update(_sale).where(_sale.c.clerk_id == _staff.c.id).values(kind="sale").returning(_staff.c.name),
        "own columns"),
    "RETURNING an aggregate": (update(_seq).values(last_value=1).returning(func.max(_seq.c.last_value)),
                               "own columns"),
    "the database's clock": (select(_sale.c.id).where(_sale.c.posted_at < func.now()), "clock"),
    "a one-database function": (select(func.group_concat(_staff.c.name)), "portable list"),
    "two-argument max": (select(func.max(_sale.c.id, 5)), "scalar on SQLite"),
    "LIKE": (select(_staff.c.id).where(_staff.c.name.startswith("Li")), "LIKE"),
    "ORDER BY text": (select(_staff.c.id).order_by(_staff.c.name), "collation"),
    "ORDER BY a nullable column": (select(Shift.__table__.c.id).order_by(Shift.__table__.c.closed_at), "nulls"),
    "FOR UPDATE NOWAIT": (select(_seq.c.last_value).with_for_update(nowait=True), "silently"),
}


@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_a_statement_that_would_differ_between_the_databases_is_refused_when_built(case):
    statement, why = REFUSED[case]
    with pytest.raises(UnportableStatement) as info:
        Prepared(statement)
    assert why.lower() in str(info.value).lower()


def test_the_fix_each_message_suggests_is_accepted():
    """Not a blanket refusal: the portable spelling of the same intent builds."""
    Prepared(select(Shift.__table__.c.id).order_by(Shift.__table__.c.closed_at.desc().nulls_last()))
    Prepared(select(_staff.c.id).where(func.lower(_staff.c.name) == bindparam("name")))
    Prepared(select(func.max(_sale.c.id)).where(_sale.c.posted_at < bindparam("at")))
    Prepared(update(_seq).values(last_value=_seq.c.last_value + 1).returning(_seq.c.last_value))
    Prepared(select(_seq.c.last_value).with_for_update())


def test_an_insert_through_the_fast_path_is_checked_too():
    with pytest.raises(UnportableStatement):
        Prepared(insert(_seq).values(name=bindparam("n"), last_value=select(func.julianday("now")).scalar_subquery()))

