"""First start, backups and restore."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from ..ops import Operations

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupStatus:
    """What the app reports after its start-up backup: the file made (None if today's existed)."""

    made: str | None
    folder: str
    keep: int


class InstallDesk(Operations):
    """Mixed into `bizcenter.desk.Desk`; `self.run(action)` (declared by Operations) is one transaction per call.

    `needs_first_start()` (called by the UI's warm-up) says whether the hotel is not set up yet."""

    def needs_first_start(self) -> bool:
        from ..workflows.firststart import needs_first_start

        return self.run(needs_first_start)

    def check_first_start_page(self, form, page: int) -> None:
        """No database: one page of the wizard checked by the core's rules, refused before its Next."""
        from ..workflows.firststart import check_page

        check_page(form, page)

    def first_start(self, form):
        """Save the first-start wizard (a `workflows.firststart.HotelSetup`) and the counter's receipt printer,
        as the back office would save it: one transaction."""
        from ..printing.queue import save_printer
        from ..workflows.firststart import first_start

        def action(s):
            done = first_start(s, form)
            if done.printer_spec is not None:
                save_printer(s, done.supervisor.id, done.counter_id, done.printer_spec)
            return done

        return self.run(action)

    def backup_before_upgrade(self, current: str, head: str) -> Path:
        """Called by `ensure_schema` before it migrates an older database: no backup, no upgrade."""
        from ..backup import before_upgrade, check_known

        check_known(current)
        path = before_upgrade(self.engine, current, head)
        log.info("backup before upgrade %s → %s: %s", current, head, path)
        return path

    def daily_backup(self, folder: str | Path | None = None) -> BackupStatus | None:
        """Today's automatic backup (SQLite), keeping the newest `backup_keep`; run at app start.

        Never stops the app: a failure is logged and None returned (the counter goes on selling) —
        except a damaged database, which the backup refuses to copy: that is raised, so the start says
        it (and `Desk.run` refuses every action until the file is restored)."""
        from ..backup import daily_backup, default_folder
        from ..errors import DatabaseDamaged
        from ..workflows.settings import load_settings

        try:
            settings = self.run(load_settings)
            where = Path(folder) if folder else default_folder(self.engine)
            keep = int(settings.backup_keep)
            made = daily_backup(self.engine, where, keep, settings.business_date(_now()))
            return BackupStatus(str(made) if made else None, str(where), keep)
        except DatabaseDamaged as exc:
            self.damaged = exc
            log.error("daily backup refused: %s", exc)
            raise
        except Exception:  # noqa: BLE001 - a backup problem must not keep the counter closed
            log.exception("daily backup failed")
            return None


def _now():
    from ..models import utcnow

    return utcnow()
