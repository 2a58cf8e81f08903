"""Timed services: internet sessions (kept in the database so they survive a restart) and phone calls.

Both are business records (业务记录) that a bill line settles. Their status moves forward only
through the workflows, each change with who and when (the row's own columns plus the audit log);
they are never deleted. A charge voided the same day puts the record back to unbilled (it can be
billed again); a refund marks it refunded (money went back, it is not billed again).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime
from .sealing import Sealed

SESSION_STATES = ("open", "stopped", "billed", "refunded")
CALL_STATES = ("running", "ended", "cancelled", "billed", "refunded")


class InternetSession(Base):
    """A guest logged in on the centre's PCs or Wi-Fi: open → stopped → billed (→ refunded).

    An open session belongs to no shift's drawer: it is handed over at shift close and billed once,
    by whoever stops it (`stopped_*` records who, where and in which shift).
    """

    __tablename__ = "internet_session"
    __table_args__ = (
        CheckConstraint("status IN ('open','stopped','billed','refunded')", name="status"),
        CheckConstraint("guest_kind IN ('in_house','walk_in')", name="guest_kind"),
        Index("ix_internet_session_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(20), unique=True)
    password: Mapped[str] = mapped_column(Sealed())  # a one-session guest login, printed on the slip; sealed at rest
    guest_kind: Mapped[str] = mapped_column(String(10))
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stay.id"))
    room: Mapped[str | None] = mapped_column(String(10))
    guest_name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(10), default="open")
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    started_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    started_shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    stopped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    stopped_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    stopped_counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    stopped_shift_id: Mapped[int | None] = mapped_column(ForeignKey("shift.id"))
    seconds: Mapped[int | None]  # time used, fixed at the stop
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sale.id"))  # the sale that charges it now
    line_no: Mapped[int | None]
    billed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PhoneCall(Base):
    """A call from the centre's booth: by the call meter (seconds entered) or by a start/stop timer.

    running → ended → billed (→ refunded); a running call that did not connect is cancelled, free.
    The destination and rate are fixed when the call is recorded, as shown to the guest.
    """

    __tablename__ = "phone_call"
    __table_args__ = (
        CheckConstraint("status IN ('running','ended','cancelled','billed','refunded')", name="status"),
        CheckConstraint("method IN ('meter','timer')", name="method"),
        Index("ix_phone_call_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40))  # as dialled
    e164: Mapped[str] = mapped_column(String(20))
    region: Mapped[str] = mapped_column(String(3))
    country_zh: Mapped[str] = mapped_column(String(100))
    country_en: Mapped[str] = mapped_column(String(100))
    zone: Mapped[str] = mapped_column(String(10))
    rate_minor: Mapped[int]  # per started minute, before service charge and tax
    method: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10))
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    seconds: Mapped[int | None]
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sale.id"))
    line_no: Mapped[int | None]
    billed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
