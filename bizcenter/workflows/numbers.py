"""Gapless numbering (receipts per counter, room-charge vouchers).

The increment is an UPDATE … RETURNING inside the caller's transaction: on PostgreSQL the row lock
makes a second counter wait for the first to commit or roll back; on SQLite BEGIN IMMEDIATE has
already serialised writers. A rolled-back sale therefore returns its number, and no two sales share one.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


_BUMP = text("UPDATE number_sequence SET last_value = last_value + 1 WHERE name = :n RETURNING last_value")
_CREATE = text("INSERT INTO number_sequence (name, last_value) VALUES (:n, 0) ON CONFLICT (name) DO NOTHING")


def next_number(session: Session, name: str) -> int:
    """One statement once the sequence exists; a new counter's first sale creates its row first."""
    conn = session.connection()
    value = conn.execute(_BUMP, {"n": name}).scalar()
    if value is None:
        conn.execute(_CREATE, {"n": name})
        value = conn.execute(_BUMP, {"n": name}).scalar_one()
    return value


def receipt_sequence(counter_id: int) -> str:
    return f"receipt:{counter_id}"


VOUCHER_SEQUENCE = "voucher"


def format_voucher(number: int) -> str:
    return f"V{number:07d}"
