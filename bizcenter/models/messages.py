"""The clerk's operational logs at the counter: phone and visitor messages for in-house guests, and
enquiries answered. Not money: rows are updated as a message moves on (taken → notified → delivered),
and the audit trail keeps who did each step and when.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime

MESSAGE_KINDS = ("phone", "visitor")
MESSAGE_STATES = ("taken", "notified", "delivered", "undeliverable")


class GuestMessage(Base):
    """A message for an in-house guest (留言): from whom, what, whether to call back; how the guest was
    told (message light, call, note under the door) and how the message was handed over."""

    __tablename__ = "guest_message"
    __table_args__ = (
        CheckConstraint("kind IN ('phone','visitor')", name="kind"),
        CheckConstraint("status IN ('taken','notified','delivered','undeliverable')", name="status"),
        CheckConstraint("status <> 'delivered' OR delivered_at IS NOT NULL", name="delivered_state"),
        CheckConstraint("status <> 'notified' OR notified_at IS NOT NULL", name="notified_state"),
        Index("ix_guest_message_status", "status", "taken_at"),
        Index("ix_guest_message_taken_at", "taken_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    kind: Mapped[str] = mapped_column(String(10))
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    taken_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id"))
    room: Mapped[str] = mapped_column(String(10))
    guest_name: Mapped[str] = mapped_column(String(200))  # the registered name the clerk's name matched
    caller_name: Mapped[str] = mapped_column(String(200))
    caller_phone: Mapped[str | None] = mapped_column(String(40))
    caller_company: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    callback: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(15), default="taken")
    notified_how: Mapped[str | None] = mapped_column(String(20))
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notified_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    delivered_how: Mapped[str | None] = mapped_column(String(20))
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    closed_note: Mapped[str | None] = mapped_column(Text)  # why it could not be delivered (guest left…)


class Enquiry(Base):
    """A question answered at the counter (问询): what was asked, the answer, by whom, when."""

    __tablename__ = "enquiry"
    __table_args__ = (Index("ix_enquiry_asked_at", "asked_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    answered_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    guest_name: Mapped[str | None] = mapped_column(String(200))
    room: Mapped[str | None] = mapped_column(String(10))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
