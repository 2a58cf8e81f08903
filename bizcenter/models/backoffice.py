"""The supervisor's records: weekly rosters, supplies and their use, complaints and feedback."""
from __future__ import annotations

from .base import Base, UTCDateTime  # noqa: F401
