"""Settings and gapless number sequences."""
from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[dict] = mapped_column()


class NumberSequence(Base):
    """Gapless numbers (receipts per counter, vouchers): incremented inside the sale's own
    transaction, so a rolled-back sale gives its number back and a committed one keeps it."""

    __tablename__ = "number_sequence"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    last_value: Mapped[int] = mapped_column(default=0)
