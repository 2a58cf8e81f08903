"""Versioned price list: a version is never edited; a new one with a later effective time supersedes it."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime


class PriceListVersion(Base):
    __tablename__ = "price_list_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    currency: Mapped[str] = mapped_column(String(3))
    note: Mapped[str | None] = mapped_column(Text)


class PriceItemRow(Base):
    __tablename__ = "price_item"
    __table_args__ = (UniqueConstraint("version_id", "code", name="uq_price_item_version_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("price_list_version.id"))
    code: Mapped[str] = mapped_column(String(30))
    name_zh: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(20))
    rule: Mapped[dict] = mapped_column(default=dict)
