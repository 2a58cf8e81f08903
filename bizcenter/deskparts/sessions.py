"""Internet sessions and phone calls."""
from __future__ import annotations


class SessionDesk:
    """Mixed into `bizcenter.desk.Desk`; uses `self.run(action)` for one transaction per call."""
