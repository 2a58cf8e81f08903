"""Fax out (send, result, free resend) and fax in (register, match, notify, deliver, rack)."""
from __future__ import annotations


class FaxDesk:
    """Mixed into `bizcenter.desk.Desk`; uses `self.run(action)` for one transaction per call."""
