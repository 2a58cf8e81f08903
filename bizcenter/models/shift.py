"""Shifts, their blind cash counts (the first final for the clerk, a recount approved), and closed business days."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime

SHIFT_STATES = ("open", "counted", "closed")


class Shift(Base):
    """A clerk's turn at a counter. open → counted (blind count entered) → closed.

    The business date is the hotel's day the shift *opened* in, so a night shift past midnight
    stays on the day it began. Once closed the row is frozen (trigger). The next clerk's shift
    records which handover it acknowledged, so the closed shift is never touched again.
    """

    __tablename__ = "shift"
    __table_args__ = (
        CheckConstraint("status IN ('open','counted','closed')", name="status"),
        Index(
            "uq_shift_one_open_per_clerk_counter",
            "clerk_id",
            "counter_id",
            unique=True,
            sqlite_where=text("status <> 'closed'"),
            postgresql_where=text("status <> 'closed'"),
        ),
        Index("ix_shift_business_date", "business_date"),
        Index("ix_shift_counter_closed_at", "counter_id", "closed_at"),  # the handover: a counter's last close
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    business_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    float_minor: Mapped[int]
    acknowledged_shift_id: Mapped[int | None] = mapped_column(ForeignKey("shift.id"))
    counted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    counted_minor: Mapped[int | None]
    expected_minor: Mapped[int | None]
    variance_minor: Mapped[int | None]
    variance_approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    variance_reason: Mapped[str | None] = mapped_column(Text)
    handover_note: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CashCount(Base):
    """One denomination line of a blind count; a recount is a new attempt, never an edit."""

    __tablename__ = "cash_count"
    __table_args__ = (CheckConstraint("quantity >= 0", name="quantity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id"), index=True)
    attempt: Mapped[int]
    denomination_minor: Mapped[int]
    quantity: Mapped[int]


class ShiftCount(Base):
    """One blind count of a shift's drawer, as submitted: its total, the expected figure it was shown
    against, who counted. Attempt 1 is the clerk's own count and is final for the clerk; attempt 2 is a
    recount that a supervisor (not the shift's clerk) approved with a reason. Append-only."""

    __tablename__ = "shift_count"
    __table_args__ = (
        UniqueConstraint("shift_id", "attempt", name="uq_shift_count_attempt"),
        CheckConstraint("(attempt = 1) = (approved_by IS NULL)", name="recount_approved"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id"))
    attempt: Mapped[int]
    counted_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    counted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    counted_minor: Mapped[int]
    expected_minor: Mapped[int]
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str | None] = mapped_column(Text)


class BusinessDay(Base):
    """A closed hotel business day; its existence locks that day's shifts and sales."""

    __tablename__ = "business_day"

    business_date: Mapped[date] = mapped_column(Date, primary_key=True)
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    summary: Mapped[dict] = mapped_column(default=dict)
