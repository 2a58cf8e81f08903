"""The counter's devices: shift-start checks, faults that stay visible until cleared, and the
hotel's events of the day for the dashboard."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime


class EquipmentCheck(Base):
    __tablename__ = "equipment_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id"), index=True)
    device: Mapped[str] = mapped_column(String(60))
    ok: Mapped[bool]
    note: Mapped[str | None] = mapped_column(Text)
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime)


class EquipmentFault(Base):
    __tablename__ = "equipment_fault"
    __table_args__ = (Index("ix_equipment_fault_open", "device", "cleared_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    device: Mapped[str] = mapped_column(String(60))
    note: Mapped[str] = mapped_column(Text)
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reported_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    cleared_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cleared_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    resolution: Mapped[str | None] = mapped_column(Text)


class HotelEvent(Base):
    """A large event or group in the hotel that day (当日大型活动), from the front office."""

    __tablename__ = "hotel_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_date: Mapped[date] = mapped_column(Date, index=True)
    time: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    place: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
