"""The live PMS link's own records: the link's state, and each FIAS posting keyed by its sequence number.

Kept apart from the chained ledger: a `pms_posting` row says what was asked of the PMS for a room-charge
payment (or a correction of one) and what it answered; the money itself stays in `payment`/`posting`.
The row moves on (sent → answered_ok / refused, or queued / unconfirmed until the link catches up), so
it is operational state, not an append-only record; its `seq` is never reused, because the PMS
recognises a posting by it.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime

POSTING_STATES = ("sent", "answered_ok", "refused", "queued", "unconfirmed", "withdrawn")


class PmsLinkState(Base):
    """One row per link (normally one, `pms`): up or down, since when, the last alive record and error."""

    __tablename__ = "pms_link_state"
    __table_args__ = (CheckConstraint("state IN ('down','connecting','up')", name="state"),)

    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    address: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(12))
    since: Mapped[datetime] = mapped_column(UTCDateTime)
    last_alive_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PmsPosting(Base):
    """A posting request (FIAS `PS`) by its sequence number `P#`, and the PMS's answer (`PA`)."""

    __tablename__ = "pms_posting"
    __table_args__ = (
        CheckConstraint("state IN ('sent','answered_ok','refused','queued','unconfirmed','withdrawn')", name="state"),
        CheckConstraint("kind IN ('charge','correction')", name="kind"),
        Index("ix_pms_posting_state", "state"),
    )

    seq: Mapped[int] = mapped_column(primary_key=True)  # FIAS P#
    kind: Mapped[str] = mapped_column(String(12))
    draft_key: Mapped[str | None] = mapped_column(String(64), index=True)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"), index=True)
    ledger_posting_id: Mapped[int | None] = mapped_column(ForeignKey("posting.id"), unique=True)
    reverses_seq: Mapped[int | None] = mapped_column(ForeignKey("pms_posting.seq"))
    room: Mapped[str] = mapped_column(String(10))
    guest_name: Mapped[str] = mapped_column(String(200))
    amount_minor: Mapped[int]
    business_date: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(14))
    #: False once the sale it was asked for did not post: a PMS that confirms it later gets a correction
    wanted: Mapped[bool] = mapped_column(default=True)
    answer_status: Mapped[str | None] = mapped_column(String(4))
    answer_text: Mapped[str | None] = mapped_column(String(200))
    attempts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
