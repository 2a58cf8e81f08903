"""Columns sealed at rest (`secretbox`): the type that seals on write and opens on read, and the
database's record of which key it was sealed with."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from ..secretbox import open_sealed, seal
from .base import Base, UTCDateTime


class Sealed(TypeDecorator):
    """Text kept as `enc1:<token>`; reads back clear, or "[encrypted]" without the right key.

    Room for a 40-character value: a Fernet token of 48 bytes of ciphertext is 140 characters."""

    impl = String(200)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return seal(value)

    def process_result_value(self, value, dialect):
        return open_sealed(value)


class SealingKey(Base):
    """The fingerprint (an HMAC, not the key) of the key this database's sealed values need."""

    __tablename__ = "sealing_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
