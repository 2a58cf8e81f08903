"""The city directory (城市指南) the business centre keeps for guests: consulates, banks, hospitals, shops,
transport…, each with its name and address in Chinese and English, so a printed slip can be shown to a
taxi driver. Reference data, not money: the supervisor edits rows in place and the audit trail keeps who."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime

DIRECTORY_CATEGORIES = ("office", "consulate", "bank", "hospital", "shop", "transport", "restaurant", "other")


class DirectoryEntry(Base):
    """One place a guest may ask for; `search_key` is its folded text (both languages, the category's
    names) so one LIKE finds it whatever case, accents or full-width letters the clerk types."""

    __tablename__ = "directory_entry"
    __table_args__ = (
        CheckConstraint("category IN ('office','consulate','bank','hospital','shop','transport','restaurant',"
                        "'other')", name="category"),
        CheckConstraint("name_zh IS NOT NULL OR name_en IS NOT NULL", name="named"),
        Index("ix_directory_entry_category", "active", "category"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(15))
    name_zh: Mapped[str | None] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    address_zh: Mapped[str | None] = mapped_column(Text)
    address_en: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(20))  # E.164, checked with phonenumbers
    hours: Mapped[str | None] = mapped_column(Text)  # free text: "Mon–Fri 09:00–12:00 周一至周五"
    website: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)
    example: Mapped[bool] = mapped_column(default=False)  # demo data, to be checked before a guest relies on it
    search_key: Mapped[str] = mapped_column(Text)
    changed_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
