"""The supervisor's back office: day close and reconciliation, reports, price list, staff, rosters,
supplies, equipment, complaints, audit log. Permissions are checked in the core workflows."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..ops import Operations
from ..fileperms import private_dir, private_file, private_opener
from ..workflows import auditlog, complaints, dayclose, pins, pricebook, revenue, staffadmin
from ..workflows import serviceedit
from ..workflows.still_running import RunningDay, running_day


@dataclass(frozen=True)
class DayCloseDone:
    result: dayclose.DayClosed
    csv_path: str | None  # the room charges the close exported itself (durably written), if any
    pdf_path: str | None


PDF_KINDS = {"shift": "shift", "day": "daily", "week": "weekly", "year": "yearly"}  # report period → A4 report


def write_pdf(session, kind: str, path: str, **where) -> str:
    """An A4 report (`documents.pdf_reports`; ReportLab is imported only when one is written)."""
    from ..documents.pdf_reports import write_report

    return str(write_report(session, kind, path, **where))


class BackOfficeDesk(Operations):
    """Mixed into `bizcenter.desk.Desk`; `self.run(action)` (declared by Operations) is one transaction per call."""

    # --- day close ------------------------------------------------------------------------------
    def business_today(self) -> date:
        """The hotel's business day now (before the cut-off hour it is still yesterday)."""
        from ..models import utcnow
        from ..workflows.settings import load_settings

        return self.run(lambda s: load_settings(s).business_date(utcnow()))

    def day_still_running(self, staff_id: int, business_date: date) -> RunningDay | None:
        """What still runs when `business_date` is the hotel's today (closing it needs a confirmation);
        None for a day that is over."""
        from ..models import utcnow
        from ..workflows.staff import require_role

        def action(s):
            require_role(s, staff_id)
            return running_day(s, business_date, utcnow())

        return self.run(action)

    def close_business_day(self, staff_id: int, business_date: date, note: str = "",
                           folder: str | None = None, running_day: bool = False) -> DayCloseDone:
        """The one day close (`workflows.dayclose`), refused unless the day reconciles; the room charges
        not yet exported go into `folder`, durably written before the close marks them exported. The
        day's A4 report is saved there too, once the close has committed."""
        result = self.run(lambda s: dayclose.close_day(s, staff_id, business_date, note=note,
                                                       running_day=running_day, export_folder=folder))
        pdf_path = None
        if folder:
            private_dir(folder, tighten=False)
            pdf = str(Path(folder) / f"day-{business_date.isoformat()}.pdf")
            pdf_path = self.run(lambda s: write_pdf(s, "daily", pdf, day=business_date))
        return DayCloseDone(result, result.export_path, pdf_path)

    # --- reports --------------------------------------------------------------------------------
    def revenue_report(self, staff_id: int, kind: str, anchor: date, shift_id: int | None = None,
                       filters: revenue.ReportFilter = revenue.ReportFilter()) -> revenue.RevenueReport:
        return self.run(lambda s: revenue.revenue_report(s, staff_id, revenue.period(kind, anchor, shift_id), filters))

    def exceptions_report(self, staff_id: int, kind: str, anchor: date, shift_id: int | None = None):
        return self.run(lambda s: revenue.exceptions_report(s, staff_id, revenue.period(kind, anchor, shift_id)))

    def save_report_csv(self, staff_id: int, kind: str, anchor: date, shift_id: int | None,
                        filters: revenue.ReportFilter, path: str, exceptions: bool = False) -> str:
        def action(s):
            p = revenue.period(kind, anchor, shift_id)
            if exceptions:
                text = revenue.exceptions_csv(revenue.exceptions_report(s, staff_id, p))
            else:
                text = revenue.revenue_report(s, staff_id, p, filters).csv_text()
            with open(path, "w", encoding="utf-8-sig", opener=private_opener) as f:  # 0600: guests' charges
                f.write(text)
            private_file(path)
            return path

        return self.run(action)

    def save_report_pdf(self, staff_id: int, kind: str, anchor: date, shift_id: int | None, path: str) -> str | None:
        """The A4 report of a shift, day, week or year (no filters); None for a month (no A4 layout)."""
        from ..workflows.staff import require_role

        def action(s):
            require_role(s, staff_id)
            if kind not in PDF_KINDS:
                return None
            return write_pdf(s, PDF_KINDS[kind], path, day=anchor, shift_id=shift_id)

        return self.run(action)

    # --- price list -----------------------------------------------------------------------------
    def save_price_list_pdf(self, path: str) -> str:
        """The printable bilingual price list in effect (anyone may print it for a guest)."""
        return self.run(lambda s: write_pdf(s, "pricelist", path))

    def price_rates(self, version_id: int | None = None):
        return self.run(lambda s: pricebook.rates(s, version_id))

    def price_history(self):
        return self.run(pricebook.history)

    def price_changes(self, old_id: int, new_id: int):
        return self.run(lambda s: pricebook.changes_between(s, old_id, new_id))

    def change_rates(self, staff_id: int, changes: dict, effective_from: datetime, note: str = "") -> int:
        return self.run(lambda s: pricebook.change_rates(s, staff_id, changes, effective_from, note))

    def simple_services(self):
        """The price list's own services (not built in), retired ones included, for the editor."""
        return self.run(serviceedit.simple_items)

    def save_service(self, staff_id: int, item, effective_from: datetime, note: str = "") -> int:
        return self.run(lambda s: serviceedit.save_service(s, staff_id, item, effective_from, note))

    # --- staff and counters ---------------------------------------------------------------------
    def add_staff_member(self, staff_id: int, code: str, name: str, role: str, pin: str, language: str = "zh"):
        new_pin = pins.hashed(pin)  # Argon2 before the transaction, not under its write lock
        return self.run(lambda s: staffadmin.add(s, staff_id, code, name, role, new_pin, language))

    def reset_staff_pin(self, staff_id: int, target_id: int, pin: str) -> None:
        new_pin = pins.hashed(pin)  # Argon2 before the transaction, not under its write lock
        self.run(lambda s: staffadmin.reset_pin(s, staff_id, target_id, new_pin))

    # --- guests ---------------------------------------------------------------------------------
    def import_front_office_guests(self, staff_id: int, path: str, encoding: str | None = None):
        """The front office's in-house list (VIP flags included), all or nothing (`frontoffice.import_guests`);
        `encoding` names the file's encoding when it cannot be told (a refusal says so)."""
        from ..workflows.frontoffice import import_guests

        return self.run(lambda s: import_guests(s, staff_id, path, encoding=encoding))

    def import_events(self, staff_id: int, path: str) -> int:
        data = Path(path).read_bytes()
        return self.run(lambda s: complaints.import_events(s, staff_id, data))

    # --- audit and privacy ----------------------------------------------------------------------
    def audit_entries(self, staff_id: int, filters: auditlog.AuditFilter = auditlog.AuditFilter(), limit: int = 200,
                      before_id: int | None = None):
        return self.run(lambda s: auditlog.entries(s, staff_id, filters, limit, before_id))
