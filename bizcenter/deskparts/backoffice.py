"""The supervisor's back office: day close and reconciliation, reports, price list, staff, rosters,
supplies, equipment, complaints, audit log. Permissions are checked in the core workflows."""
from __future__ import annotations


class BackOfficeDesk:
    """Mixed into `bizcenter.desk.Desk`; uses `self.run(action)` for one transaction per call."""
