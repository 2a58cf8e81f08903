"""Air-ticket orders: passengers, segments, fares, state history and disruptions."""
from __future__ import annotations

from .base import Base, UTCDateTime  # noqa: F401
