"""Gapless numbering (receipts per counter, room-charge vouchers).

The increment is an UPDATE … RETURNING inside the caller's transaction: on PostgreSQL the row lock
makes a second counter wait for the first to commit or roll back; on SQLite BEGIN IMMEDIATE has
already serialised writers. A rolled-back sale therefore returns its number, and no two sales share one.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def next_number(session: Session, name: str) -> int:
    session.execute(
        text("INSERT INTO number_sequence (name, last_value) VALUES (:n, 0) ON CONFLICT (name) DO NOTHING"),
        {"n": name},
    )
    return session.execute(
        text("UPDATE number_sequence SET last_value = last_value + 1 WHERE name = :n RETURNING last_value"),
        {"n": name},
    ).scalar_one()


def receipt_sequence(counter_id: int) -> str:
    return f"receipt:{counter_id}"


VOUCHER_SEQUENCE = "voucher"


def format_voucher(number: int) -> str:
    return f"V{number:07d}"
