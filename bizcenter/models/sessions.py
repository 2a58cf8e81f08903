"""Timed services: internet sessions (kept in the database so they survive a restart) and phone calls."""
from __future__ import annotations

from .base import Base, UTCDateTime  # noqa: F401
