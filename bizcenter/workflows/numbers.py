"""Gapless numbering (receipts per counter, room-charge vouchers).

The increment is an UPDATE … RETURNING inside the caller's transaction: on PostgreSQL the row lock
makes a second counter wait for the first to commit or roll back; on SQLite BEGIN IMMEDIATE has
already serialised writers. A rolled-back sale therefore returns its number, and no two sales share one.
"""
from __future__ import annotations

from sqlalchemy import bindparam, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..db.prepared import Prepared
from ..models import NumberSequence

_seq = NumberSequence.__table__
_BUMP = Prepared(update(_seq).where(_seq.c.name == bindparam("n")).values(last_value=_seq.c.last_value + 1)
                 .returning(_seq.c.last_value))
_CREATE = text("INSERT INTO number_sequence (name, last_value) VALUES (:n, 0) ON CONFLICT (name) DO NOTHING")


def next_number(session: Session | Connection, name: str) -> int:
    """One statement once the sequence exists; a new counter's first sale creates its row first."""
    value = _BUMP.scalar(session, {"n": name})
    if value is None:
        (session.connection() if isinstance(session, Session) else session).execute(_CREATE, {"n": name})
        value = _BUMP.scalar(session, {"n": name})
    return value


def receipt_sequence(counter_id: int) -> str:
    return f"receipt:{counter_id}"


VOUCHER_SEQUENCE = "voucher"


def format_voucher(number: int) -> str:
    return f"V{number:07d}"
