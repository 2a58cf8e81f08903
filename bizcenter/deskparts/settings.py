"""The hotel settings for the back office and the first-start wizard (checked against the one schema)."""
from __future__ import annotations

from ..ops import Operations


class SettingsDesk(Operations):
    """Mixed into `bizcenter.desk.Desk`; `self.run(action)` (declared by Operations) is one transaction per call."""

    def setting_rows(self, staff_id: int):
        from ..workflows.settingsadmin import setting_rows

        return self.run(lambda s: setting_rows(s, staff_id))

    def change_setting(self, staff_id: int, key: str, text: str):
        from ..workflows.settingsadmin import change_setting

        return self.run(lambda s: change_setting(s, staff_id, key, text))

    def check_setting(self, key: str, text: str):
        """No database: a typed value checked against the setting's range, or the refusal."""
        from ..workflows.settingsadmin import check_setting

        return check_setting(key, text)
