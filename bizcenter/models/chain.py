"""The ledger's hash chain: one link per ledger record (and per staff change), and its head.

Each link carries the hash of its record's canonical content and the hash of the link before it, so a
record changed or removed behind the application's back breaks the chain at that record. The links are
append-only (triggers). `ledger_chain_head` is one row holding the newest link, on PostgreSQL only: writers
lock it before they append, which keeps the chain linear with several counters (a SQLite writer already
holds the database's only write lock, and leaves the table empty).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime


class LedgerLink(Base):
    __tablename__ = "ledger_chain"
    __table_args__ = (Index("ix_ledger_chain_record", "record_table", "record_key"),)

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)  # 1, 2, 3… no gap
    record_table: Mapped[str] = mapped_column(String(40))
    record_key: Mapped[str] = mapped_column(String(80))  # the primary key as text ("41", "2026-12-07", "FO1/17")
    form: Mapped[str] = mapped_column(String(8))  # the canonical form the content hash was taken in ("v1")
    content_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    link_hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class LedgerChainHead(Base):
    __tablename__ = "ledger_chain_head"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    seq: Mapped[int]
    link_hash: Mapped[str] = mapped_column(String(64))
