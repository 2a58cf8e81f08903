"""The supervisor's records: weekly rosters, supplies and their use, guest complaints and feedback,
the device register and fault repair steps, and the day-close checks (vouchers ticked, variances approved).

The day-close checks live beside the ledger, never in it: a closed shift is frozen and a posting is
never edited, so ticking a voucher or approving a variance writes a row of its own.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime

SUPPLY_MOVES = ("receive", "use", "count")
FEEDBACK_KINDS = ("complaint", "feedback", "praise")
REPAIR_STATES = ("reported", "engineer_called", "waiting_parts", "repaired", "written_off")


class RosterShift(Base):
    """One planned turn of one clerk on one day (排班), e.g. 07:00–15:00 at BC1."""

    __tablename__ = "roster_shift"
    __table_args__ = (Index("ix_roster_shift_work_date", "work_date", "staff_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    work_date: Mapped[date] = mapped_column(Date)
    starts: Mapped[str] = mapped_column(String(5))  # "HH:MM", hotel time
    ends: Mapped[str] = mapped_column(String(5))  # before `starts` means past midnight
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SupplyItem(Base):
    """Paper, toner, binding covers…: the stock is the sum of the item's movements."""

    __tablename__ = "supply_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name_zh: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(20))
    reorder_level: Mapped[int] = mapped_column(default=0)
    reorder_qty: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class SupplyMovement(Base):
    """Stock in (receive), out (use), or a stock-take correction (count); never edited."""

    __tablename__ = "supply_movement"
    __table_args__ = (CheckConstraint("kind IN ('receive','use','count')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("supply_item.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    quantity: Mapped[int]  # signed: use is negative
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str | None] = mapped_column(Text)


class GuestFeedback(Base):
    """A complaint, a suggestion or a compliment: what, who, when, what was done, the follow-up."""

    __tablename__ = "guest_feedback"
    __table_args__ = (
        CheckConstraint("kind IN ('complaint','feedback','praise')", name="kind"),
        CheckConstraint("status IN ('open','resolved')", name="status"),
        Index("ix_guest_feedback_received_at", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    guest_name: Mapped[str] = mapped_column(String(200))
    room: Mapped[str | None] = mapped_column(String(10))
    what: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(10), default="open")
    resolution: Mapped[str | None] = mapped_column(Text)
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    follow_up: Mapped[str | None] = mapped_column(Text)
    follow_up_on: Mapped[date | None] = mapped_column(Date)


class Device(Base):
    """The register of the centre's machines; `name` is what the shift-start check ticks."""

    __tablename__ = "device"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    serial: Mapped[str | None] = mapped_column(String(60))
    location: Mapped[str | None] = mapped_column(String(100))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    active: Mapped[bool] = mapped_column(default=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class FaultRepair(Base):
    """One step of a fault's repair (engineer called, waiting for parts…); the latest is its status."""

    __tablename__ = "fault_repair"

    id: Mapped[int] = mapped_column(primary_key=True)
    fault_id: Mapped[int] = mapped_column(ForeignKey("equipment_fault.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class VoucherCheck(Base):
    """The signed voucher of a room-charge posting is in the supervisor's hands (ticked at day close)."""

    __tablename__ = "voucher_check"

    posting_id: Mapped[int] = mapped_column(ForeignKey("posting.id"), primary_key=True)
    checked_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime)


class VarianceApproval(Base):
    """A supervisor accepts a closed shift's cash variance at day close, with the reason."""

    __tablename__ = "variance_approval"

    shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id"), primary_key=True)
    approved_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
