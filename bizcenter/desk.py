"""The counter's API for front ends: each call is one unit of work.

The Qt app (and anything else that is not the CLI) talks to this, never to sessions or models. A
screen runs a single workflow function with `desk.op(fn, *args)` (or `op_done`, which also says what
changed; bizcenter.ops); the methods here and in deskparts/ are the actions that compose several
steps into one transaction, check a PIN before it opens, or touch files beside the database. Results
are plain frozen data, so a screen can hold them after the session is gone. Safe to call from a
worker thread: each call makes its own session.
"""
from __future__ import annotations

from datetime import date
from typing import Callable, TypeVar

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from .db import make_engine, unit_of_work
from .errors import DatabaseDamaged
from .ops import Operations
from .deskparts.backoffice import BackOfficeDesk
from .deskparts.errands import ErrandDesk
from .deskparts.install import InstallDesk
from .deskparts.printing import PrintDesk
from .deskparts.sessions import SessionDesk
from .deskparts.settings import SettingsDesk
from .deskparts.tickets import TicketDesk
from .workflows import counter, equipment, receipts, reversal, shift, staff
from .workflows.catalogue import current_pricelist
from .workflows.reports import daily_report, shift_report
from .workflows.settings import load_settings

T = TypeVar("T")


def plain_error(exc: BaseException):
    """For a front end's last resort: a fault of the machine met outside a unit of work (a full disk
    or the file size limit while writing a file) as the clerk's bilingual error; None if it is none."""
    from .db.faults import translate

    return translate(exc)


class Desk(SessionDesk, ErrandDesk, TicketDesk, PrintDesk, BackOfficeDesk, InstallDesk, SettingsDesk, Operations):
    def __init__(self, engine_or_url: Engine | str | None = None):
        self.engine = engine_or_url if isinstance(engine_or_url, Engine) else make_engine(engine_or_url)

    def ensure_schema(self) -> str:
        """Bring an older database up to this version's schema (a first start, or after an upgrade).
        First the program's folders are made private again, had an earlier version left them open."""
        from .db.migrate import current_revision, head_revision, upgrade

        self.tighten_folders()

        current = current_revision(self.engine)
        head = head_revision()
        if current != head:
            if current is not None:  # an older database: a backup first, else no upgrade
                self.backup_before_upgrade(current, head)
            return upgrade(self.engine)
        return current

    def tighten_folders(self) -> list:
        """The user data and config folders, and the backups beside the database: folders 0700, files
        0600 (POSIX), for those made by a version that left them readable by other logins."""
        from .backup import default_folder
        from .fileperms import tighten
        from .localconfig import app_folders

        changed = []
        for folder in (*app_folders(), default_folder(self.engine)):
            changed += tighten(folder)
        return changed

    def run(self, action: Callable[[Session], T]) -> T:
        """One unit of work. Once the database was found damaged, every action is refused with that
        message (checked again each time, so a restored file is used at once) rather than selling on
        into a file whose next page may be the broken one."""
        if getattr(self, "damaged", None) is not None:
            self.check_damage()
        try:
            return unit_of_work(self.engine, action)
        except DatabaseDamaged as exc:
            self.damaged = exc
            raise

    def check_damage(self) -> None:
        """SQLite's quick check of the whole file (seconds on a year of sales); raises DatabaseDamaged."""
        from .db.faults import database_path
        from .db.integrity import check_sound

        try:
            check_sound(database_path(self.engine))
        except DatabaseDamaged as exc:
            self.damaged = exc
            raise
        self.damaged = None

    def close(self) -> None:
        self.engine.dispose()

    # --- sign-in and settings -------------------------------------------------------------------
    def sign_in(self, code: str, pin: str, counter_code: str | None = None) -> staff.StaffInfo:
        """The PIN is checked outside the write transaction (other counters never wait for Argon2)."""
        return staff.sign_in_checked(self.run, staff.Credentials(code, pin), counter_code)

    def _approved(self, approval):
        """A supervisor's code and PIN checked before the action's transaction opens; the workflow
        re-checks the token cheaply inside it."""
        return staff.verify_approval(self.run, approval)

    def counter_id(self, code: str) -> int:
        from sqlalchemy import select

        from .errors import NotFound
        from .models import Counter

        def find(s):
            found = s.scalar(select(Counter.id).where(Counter.code == code))
            if found is None:
                raise NotFound(zh="未知柜台：{c}", en="Unknown counter: {c}", c=code)
            return found

        return self.run(find)

    def settings(self):
        return self.run(load_settings)

    def clock(self):
        """The hotel's clock (zone, business-day cut-off): screens take "today" and "now" from it, never
        from Qt or the machine, whose zone may not be the hotel's."""
        return self.run(lambda s: load_settings(s).clock)

    def price_list(self):
        return self.run(lambda s: current_pricelist(s))

    def set_language(self, staff_id: int, language: str) -> None:
        from .models import Staff

        def save(s):
            row = s.get(Staff, staff_id)
            if row is not None and language in ("zh", "en"):
                row.language = language

        self.run(save)

    # --- shift ----------------------------------------------------------------------------------
    def current_shift(self, op: staff.Operator):
        def find(s):
            row = shift.current_shift(s, op, required=False)
            return shift._info(row) if row else None

        return self.run(find)

    def current_shift_for(self, staff_id: int, counter_code: str):
        """The clerk's unfinished shift at this counter (after a restart), or None."""
        return self.current_shift(staff.Operator(staff_id, self.counter_id(counter_code)))

    def open_shift(self, op, float_minor: int, acknowledge_shift_id: int | None = None, checks=()):
        """Open the shift and record its equipment check together: one action, one transaction."""
        def action(s):
            info = shift.open_shift(s, op, float_minor, acknowledge_shift_id)
            if checks:
                equipment.record_check(s, op, info.id, list(checks))
            return info

        return self.run(action)

    def recount_cash(self, op, shift_id: int, counts: dict[int, int], approval, reason: str):
        """A second count of the drawer, approved by a supervisor who is not the shift's clerk."""
        approval = self._approved(approval)
        return self.run(lambda s: shift.recount_cash(s, op, shift_id, counts, approval, reason))

    def close_shift(self, op, shift_id: int, note: str, approval=None, reason: str | None = None):
        """Closing a shift also archives this counter's rack faxes left unclaimed past the configured days."""
        from .workflows.fax_rack import archive_unclaimed

        approval = self._approved(approval)

        def action(s):
            closed = shift.close_shift(s, op, shift_id, note, approval, reason)
            archive_unclaimed(s, op)
            return closed

        return self.run(action)

    # --- selling --------------------------------------------------------------------------------
    def check_approval(self, credentials, acting_staff_id: int, action: str) -> staff.StaffInfo:
        """Check a supervisor's code and PIN now (wrong PINs count towards lock-out), writing nothing else."""
        token = self._approved(credentials)
        return self.run(lambda s: staff._info(staff.approve(s, token, acting_staff_id, action)))

    def quote(self, lines):
        return self.run(lambda s: counter.quote(s, tuple(lines)))

    def settle(self, op, draft: counter.SaleDraft) -> receipts.Receipt:
        if draft.approval is not None:
            from dataclasses import replace

            draft = replace(draft, approval=self._approved(draft.approval))
        if any(p.method == "room" for p in draft.payments):
            from .pms import service  # configured: the PMS confirms a room charge before the sale posts

            link = service.start(self.engine)
            if link is not None:
                from .pms.counter import settle as pms_settle

                return pms_settle(self.engine, op, draft, link, service.configured(self.engine)[1])
        return self.run(lambda s: counter.settle(s, op, draft))

    def receipt(self, sale_id: int) -> receipts.Receipt:
        return self.run(lambda s: receipts.load_receipt(s, sale_id))

    def reprint(self, op, sale_id: int) -> receipts.Receipt:
        return self.run(lambda s: receipts.reprint(s, op.staff_id, op.counter_id, sale_id))

    def find_receipt(self, counter_code: str, receipt_no: int) -> receipts.Receipt:
        return self.run(lambda s: receipts.load_receipt(s, receipts.find_sale(s, counter_code, receipt_no)))

    def void(self, op, sale_id: int, reason: str, approval) -> receipts.Receipt:
        approval = self._approved(approval)
        return self.run(lambda s: reversal.void_sale(s, op, sale_id, reason, approval))

    def refund(self, op, sale_id: int, reason: str, approval) -> receipts.Receipt:
        approval = self._approved(approval)
        return self.run(lambda s: reversal.refund_sale(s, op, sale_id, reason, approval))

    def refund_lines(self, op, sale_id: int, picks, method: str, reason: str, approval,
                     card_last4: str | None = None) -> receipts.Receipt:
        """Chosen lines given back by the means the guest is paid back in (`workflows.partial_refund`); the
        supervisor's PIN is checked before the transaction, as for a whole refund."""
        from .workflows import partial_refund

        approval = self._approved(approval)
        picks = tuple(picks)
        return self.run(lambda s: partial_refund.refund_lines(s, op, sale_id, picks, method, reason, approval,
                                                              card_last4=card_last4))

    def shift_report(self, shift_id: int):
        return self.run(lambda s: shift_report(s, shift_id))

    def daily_report(self, business_date: date):
        return self.run(lambda s: daily_report(s, business_date))
