"""Chaining rows that were written without the application: a bench's history made with plain SQL, or
rows restored from elsewhere. Each record without a link gets one, table by table in key order; what is
already chained is left alone. (The migration that introduced the chain does the same in its own,
frozen, way.)"""
from __future__ import annotations

from sqlalchemy import column, select, table, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..db.unit import connection_of
from . import canonical
from .capture import FORM, append_noted, note
from .check import _TYPES

BATCH = 5000


def chain_unchained(target: Session | Connection) -> int:
    """Append a link for every ledger record and staff member that has none; how many were added."""
    connection = connection_of(target) if isinstance(target, Session) else target
    added = 0
    for name, (pk, kinds) in canonical.FORMS[FORM].items():
        chained = {k for (k,) in connection.execute(
            text("SELECT record_key FROM ledger_chain WHERE record_table = :t"), {"t": name})}
        t = table(name, *(column(c, _TYPES[k]()) for c, k in kinds.items()))
        pending = 0
        for row in connection.execute(select(t).order_by(*(t.c[c] for c in pk))).mappings():
            if canonical.key_of(FORM, name, row) in chained:
                continue
            note(connection, name, row)
            pending += 1
            if pending >= BATCH:
                append_noted(connection)
                added, pending = added + pending, 0
        append_noted(connection)
        added += pending
    return added
