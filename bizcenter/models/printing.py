"""Printers configured per counter and the persistent print queue."""
from __future__ import annotations

from .base import Base, UTCDateTime  # noqa: F401
