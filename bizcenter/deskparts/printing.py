"""Printing slips and reports, and the print queue.

Printing never shares a transaction with a sale: the sale is committed first; `print_*` methods
queue a job (one transaction), then try it (claim → send with a timeout → finish). A failure comes
back as a `JobInfo` with status 'failed' and the error, never as an exception that could look like
the sale failed. Call them off the GUI thread (the runner does).
"""
from __future__ import annotations

from ..ops import Operations
from ..printing import queue
from ..printing.escpos_out import PrintFailed, print_slips
from ..printing.target import PrinterSpec


class PrintDesk(Operations):
    """Mixed into `bizcenter.desk.Desk`; `self.run(action)` (declared by Operations) is one transaction per call."""

    # --- the counter's printer -----------------------------------------------------------------------
    def save_printer(self, op, spec: PrinterSpec, enabled: bool = True) -> queue.PrinterInfo:
        return self.run(lambda s: queue.save_printer(s, op.staff_id, op.counter_id, spec, enabled))

    # --- the queue -----------------------------------------------------------------------------------
    def queue_print(self, op, kind: str, sale_id: int | None = None, args: dict | None = None,
                    copy: bool = False) -> queue.JobInfo:
        return self.run(lambda s: queue.enqueue(s, counter_id=op.counter_id, staff_id=op.staff_id, kind=kind,
                                                sale_id=sale_id, args=args, copy=copy))

    def attempt_print(self, job_id: int, spec: PrinterSpec | None = None) -> queue.JobInfo:
        """One bounded attempt; the job ends done or failed (with its error), never lost."""
        work = self.run(lambda s: queue.claim(s, job_id, spec))
        if work.spec is None:
            return self.run(lambda s: queue.job_info(s, job_id))
        error = None
        try:
            print_slips(work.slips, work.spec)
        except PrintFailed as exc:
            error = str(exc)
        except Exception as exc:  # noqa: BLE001 - a broken logo or driver must not lose the job either
            from ..printing.escpos_out import describe

            error = describe(exc)
        return self.run(lambda s: queue.finish(s, job_id, error))

    def print_receipt(self, op, sale_id: int) -> queue.JobInfo:
        """After Pay: the receipt (and room-charge vouchers, guest and accounts copies) through the queue."""
        return self.attempt_print(self.queue_print(op, "receipt", sale_id).id)

    def print_new_receipt(self, op, sale_id: int) -> queue.JobInfo | None:
        """The receipt screen's automatic print after Pay / a void / a refund: only the first time a sale
        is shown, and only where a printer is set up (None otherwise)."""
        def queue_once(s):
            printer = queue.printer_for(s, op.counter_id)
            if printer is None or not printer.enabled or queue.receipt_queued(s, sale_id):
                return None
            return queue.enqueue(s, counter_id=op.counter_id, staff_id=op.staff_id, kind="receipt", sale_id=sale_id)

        job = self.run(queue_once)
        return self.attempt_print(job.id) if job else None

    def print_or_reprint(self, op, sale_id: int) -> queue.JobInfo:
        """Print: the original the first time (or its waiting job again), a COPY (audited) once it printed."""
        waiting = self.run(lambda s: getattr(queue.waiting_receipt(s, sale_id), "id", None))
        if waiting is not None:
            return self.attempt_print(waiting)
        if self.run(lambda s: queue.receipt_queued(s, sale_id)):
            return self.reprint_receipt(op, sale_id)[1]
        return self.print_receipt(op, sale_id)

    def print_lines(self, op, lines, title: str) -> queue.JobInfo:
        """Any slip a screen has laid out as text lines (e.g. `StartedSession.slip`), through the queue."""
        return self.attempt_print(self.queue_print(op, "lines", args={"lines": [str(x) for x in lines],
                                                                      "title": title}).id)

    def print_test_slip(self, op, lines: tuple[str, ...]) -> queue.JobInfo:
        """A test slip from the printer settings (bilingual lines the screen supplies)."""
        return self.print_lines(op, lines, "测试页 Test slip")

    def reprint_receipt(self, op, sale_id: int):
        """A reprint (audited by `desk.reprint`, marked COPY / 重印): returns (receipt, job)."""
        receipt = self.reprint(op, sale_id)
        job = self.queue_print(op, "receipt", sale_id, copy=True)
        return receipt, self.attempt_print(job.id)

    def retry_print(self, job_id: int) -> queue.JobInfo:
        return self.attempt_print(job_id)

    def reprint_job(self, op, job_id: int) -> queue.JobInfo:
        """Another copy of a job (a receipt reprint is audited like the receipt screen's)."""
        job = self.run(lambda s: queue.job_info(s, job_id))
        if job.kind == "receipt" and job.sale_id is not None:
            return self.reprint_receipt(op, job.sale_id)[1]
        args = self.run(lambda s: queue.job_args(s, job_id))
        return self.attempt_print(self.queue_print(op, job.kind, job.sale_id, args, copy=True).id)

    def drain_prints(self, counter_id: int | None = None) -> list[queue.JobInfo]:
        """Try every waiting job once, oldest first (at start-up, or from the queue panel)."""
        return [self.attempt_print(job_id) for job_id in self.run(lambda s: queue.waiting_jobs(s, counter_id))]

    # --- the other slips -----------------------------------------------------------------------------
    def print_shift_slip(self, op, shift_id: int, final: bool = False) -> queue.JobInfo:
        kind = "z_slip" if final else "x_slip"
        return self.attempt_print(self.queue_print(op, kind, args={"shift_id": shift_id}).id)

    def print_last_z_slip(self, op) -> queue.JobInfo:
        """The Z slip of the last shift closed at this counter (the close screen leaves the counter)."""
        from sqlalchemy import select

        from ..errors import NotFound
        from ..models import Shift

        shift_id = self.run(lambda s: s.scalar(select(Shift.id).where(Shift.counter_id == op.counter_id,
                                                                      Shift.status == "closed")
                                               .order_by(Shift.closed_at.desc(), Shift.id.desc()).limit(1)))
        if shift_id is None:
            raise NotFound("no_closed_shift", "本柜台还没有已结班的班次", "No shift has been closed at this counter yet")
        return self.print_shift_slip(op, shift_id, final=True)

    def print_internet_slip(self, op, session_id: int) -> queue.JobInfo:
        return self.attempt_print(self.queue_print(op, "internet_slip", args={"session_id": session_id}).id)

    def print_fax_notice(self, op, fax_id: int) -> queue.JobInfo:
        return self.attempt_print(self.queue_print(op, "fax_notice", args={"fax_id": fax_id}).id)

    def print_directory_slip(self, op, entry_id: int) -> queue.JobInfo:
        """A city-directory entry for the guest to take away (the Chinese address for the taxi driver)."""
        return self.attempt_print(self.queue_print(op, "directory_slip", args={"entry_id": entry_id}).id)

    def print_travel_slip(self, op, movement_id: int) -> queue.JobInfo:
        """A VIP travel movement's slip for the driver or greeter, through this counter's queue."""
        return self.attempt_print(self.queue_print(op, "travel_slip", args={"movement_id": movement_id}).id)

    def print_message_slip(self, op, message_id: int) -> queue.JobInfo:
        """The slip of a guest's message (taken at any counter), through this counter's queue."""
        return self.attempt_print(self.queue_print(op, "message_slip", args={"message_id": message_id}).id)

    def print_login_slip(self, op, account: str) -> queue.JobInfo:
        """The login slip of a running (or stopped, unbilled) internet session, by its account."""
        from ..errors import NotFound
        from ..workflows import internet

        wanted = (account or "").strip().upper()
        found = [s for s in self.op(internet.running).sessions
                 if wanted and (s.account.upper() == wanted or s.account.upper().endswith("-" + wanted))]
        if not found:
            raise NotFound("no_such_account", "找不到正在使用的上网账号：{a}", "No running internet session {a}",
                           a=account or "")
        return self.print_internet_slip(op, found[0].id)

    # --- A4 reports ----------------------------------------------------------------------------------
    def write_folio_pdf(self, room: str, path):
        """The folio statement of the stay in house in this room (the latest, if the room changed hands)."""
        from ..errors import NotFound
        from ..workflows import guests

        stays = self.run(lambda s: guests.in_house_by_room(s, room))
        if not stays:
            raise NotFound("no_guest_in_room", "房间 {r} 没有在住客人", "No guest in house in room {r}", r=room)
        return self.write_report_pdf("folio", path, stay_id=stays[-1].id)

    def write_report_pdf(self, kind: str, path, **where):
        """An A4 report as PDF (`documents.pdf_reports`), e.g. kind='daily', day=…; returns the path."""
        from ..documents.pdf_reports import write_report

        return self.run(lambda s: write_report(s, kind, path, **where))
