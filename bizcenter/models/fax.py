"""Fax jobs: outgoing sends with their result and free resends; incoming faxes and the rack."""
from __future__ import annotations

from .base import Base, UTCDateTime  # noqa: F401
