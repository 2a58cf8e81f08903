"""Courier consignments and meeting-room / equipment bookings."""
from __future__ import annotations


class ErrandDesk:
    """Mixed into `bizcenter.desk.Desk`; uses `self.run(action)` for one transaction per call."""
