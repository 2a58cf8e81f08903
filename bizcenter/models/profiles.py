"""Guest profiles: how a guest likes to be addressed, their language, preferences and dietary notes, company,
VIP level and (optionally) an ID number, linked to the stays they had here. Personal data, not money: a
profile is changed in place (the audit log keeps who did what), erased on request or after the retention
period by deleting its rows; the ledger never points at a profile, so erasing one leaves the ledger whole.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime
from .sealing import Sealed

VIP_LEVELS = ("none", "vip1", "vip2", "vip3")
GUEST_LANGUAGES = ("zh", "en", "ja", "ko", "de", "fr", "es", "ru", "ar", "other")
PREFERENCE_KINDS = ("preference", "dietary")


class GuestProfile(Base):
    """One guest as the centre knows them (客史档案). `name_key` is the folded form of both names, which a
    search matches; `last_seen` is the hotel's business date the guest was last here (retention)."""

    __tablename__ = "guest_profile"
    __table_args__ = (
        CheckConstraint("vip_level IN ('none','vip1','vip2','vip3')", name="vip_level"),
        Index("ix_guest_profile_name_key", "name_key"),
        Index("ix_guest_profile_last_seen", "last_seen"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title_zh: Mapped[str | None] = mapped_column(String(20))  # 先生, 女士, 博士…
    name_zh: Mapped[str | None] = mapped_column(String(100))
    title_en: Mapped[str | None] = mapped_column(String(20))  # Mr, Ms, Dr…
    name_en: Mapped[str | None] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(400))
    language: Mapped[str | None] = mapped_column(String(10))
    company: Mapped[str | None] = mapped_column(String(200))
    vip_level: Mapped[str] = mapped_column(String(4), default="none")
    id_number: Mapped[str | None] = mapped_column(Sealed())  # sealed at rest, shown through workflows/privacy.py
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_seen: Mapped[date] = mapped_column(Date)


class GuestProfileStay(Base):
    """A profile's guest on a front-office stay: the stay and the registered name (the front office's
    guest rows are replaced when a stay is re-imported, so the link keeps the name, not the row)."""

    __tablename__ = "guest_profile_stay"
    __table_args__ = (UniqueConstraint("stay_id", "name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("guest_profile.id", ondelete="CASCADE"), index=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id"))
    guest_name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    linked_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class GuestPreference(Base):
    """A preference or dietary note, added at the counter or in the back office: who and when."""

    __tablename__ = "guest_preference"
    __table_args__ = (CheckConstraint("kind IN ('preference','dietary')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("guest_profile.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    text: Mapped[str] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
