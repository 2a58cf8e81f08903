"""Notices from the supervisor (meeting contents, new procedures) that clerks read and acknowledge at
sign-in, and the punctuality of each shift's opening against the roster.

Neither is money. A notice is withdrawn, never deleted, so who read what stays on record; an
acknowledgement is one row per reader. A shift's punctuality is written once, when the shift opens,
with the rostered turn copied into it: a later roster edit never rewrites what happened.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime

NOTICE_KINDS = ("meeting", "procedure", "other")
NOTICE_AUDIENCES = ("clerks", "chosen")


class Notice(Base):
    """A notice (通知): a title and text in one or both languages, for all clerks or chosen staff."""

    __tablename__ = "notice"
    __table_args__ = (
        CheckConstraint("kind IN ('meeting','procedure','other')", name="kind"),
        CheckConstraint("audience IN ('clerks','chosen')", name="audience"),
        CheckConstraint("(title_zh IS NOT NULL AND body_zh IS NOT NULL) OR "
                        "(title_en IS NOT NULL AND body_en IS NOT NULL)", name="some_text"),
        Index("ix_notice_posted_at", "posted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    audience: Mapped[str] = mapped_column(String(10))
    title_zh: Mapped[str | None] = mapped_column(String(200))
    body_zh: Mapped[str | None] = mapped_column(Text)
    title_en: Mapped[str | None] = mapped_column(String(200))
    body_en: Mapped[str | None] = mapped_column(Text)
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    posted_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdrawn_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class NoticeReader(Base):
    """One of the people chosen to read a notice (audience 'chosen')."""

    __tablename__ = "notice_reader"

    notice_id: Mapped[int] = mapped_column(ForeignKey("notice.id"), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)


class NoticeAck(Base):
    """Who acknowledged a notice ("I have read this") and when."""

    __tablename__ = "notice_ack"
    __table_args__ = (UniqueConstraint("notice_id", "staff_id", name="uq_notice_ack_one_per_reader"),
                      Index("ix_notice_ack_staff", "staff_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notice.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    acknowledged_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ShiftPunctuality(Base):
    """How a shift's opening compared with its clerk's rostered turn, as it was at that moment.

    `rostered` false: no turn for this clerk and counter around the opening (the roster fields are empty).
    `due_at` is the turn's start less the minutes early the procedure asks for; `minutes_late` counts whole
    minutes after it (0 when on time)."""

    __tablename__ = "shift_punctuality"
    __table_args__ = (
        UniqueConstraint("shift_id", name="uq_shift_punctuality_one_per_shift"),
        CheckConstraint("minutes_late >= 0", name="minutes_late"),
        CheckConstraint("rostered = (roster_id IS NOT NULL)", name="rostered_turn"),
        Index("ix_shift_punctuality_day", "business_date"),
        Index("ix_shift_punctuality_work_date", "work_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    business_date: Mapped[date] = mapped_column(Date)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    rostered: Mapped[bool] = mapped_column()
    roster_id: Mapped[int | None] = mapped_column()  # no foreign key: a roster entry may later be removed
    work_date: Mapped[date | None] = mapped_column(Date)
    starts: Mapped[str | None] = mapped_column(String(5))
    ends: Mapped[str | None] = mapped_column(String(5))
    rostered_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    early_minutes: Mapped[int] = mapped_column()
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    minutes_late: Mapped[int] = mapped_column(default=0)
