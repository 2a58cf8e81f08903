"""Air-ticket orders from enquiry to delivery, changes, refunds and disruptions."""
from __future__ import annotations


class TicketDesk:
    """Mixed into `bizcenter.desk.Desk`; uses `self.run(action)` for one transaction per call."""
