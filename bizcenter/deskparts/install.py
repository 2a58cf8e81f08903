"""First start, backups and restore (issue 8)."""
from __future__ import annotations


class InstallDesk:
    """Mixed into `bizcenter.desk.Desk`; uses `self.run(action)` for one transaction per call.

    `needs_first_start()` (called by the UI's warm-up) says whether the hotel is not set up yet."""
