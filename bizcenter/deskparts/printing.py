"""Printing slips and reports, and the print queue."""
from __future__ import annotations


class PrintDesk:
    """Mixed into `bizcenter.desk.Desk`; uses `self.run(action)` for one transaction per call."""
