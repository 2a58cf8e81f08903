"""Courier consignments, and bookings of meeting rooms and rentable equipment."""
from __future__ import annotations

from .base import Base, UTCDateTime  # noqa: F401
