"""Fax out (send, result, free resend) and fax in (register, match, notify, deliver, rack)."""
from __future__ import annotations

from ..ops import Operations
from ..workflows import fax_in, fax_out, fax_rack
from ..workflows.staff import Operator


class FaxDesk(Operations):
    """Mixed into `bizcenter.desk.Desk`; `self.run(action)` (declared by Operations) is one transaction per call."""

    # --- fax out ----------------------------------------------------------------------------------
    def fax_preview(self, number: str, pages: int = 1) -> fax_out.FaxPreview:
        return self.run(lambda s: fax_out.preview(s, number, pages))

    def fax_send(self, op: Operator, number: str, recipient: str, pages: int,
                 sender: str | None = None, *, read_back: bool = False) -> fax_out.FaxJobView:
        return self.run(lambda s: fax_out.send(s, op, number, recipient, pages, sender, read_back=read_back))

    def fax_result(self, op: Operator, job_id: int, result: str, reason: str | None = None) -> fax_out.FaxJobView:
        return self.run(lambda s: fax_out.record_result(s, op, job_id, result, reason))

    def fax_resend(self, op: Operator, job_id: int) -> fax_out.FaxJobView:
        return self.run(lambda s: fax_out.resend(s, op, job_id))

    def fax_dispute(self, op: Operator, job_id: int, note: str) -> fax_out.FaxJobView:
        return self.run(lambda s: fax_out.dispute(s, op, job_id, note))

    def fax_job(self, job_id: int) -> fax_out.FaxJobView:
        return self.run(lambda s: fax_out.job_view(s, job_id))

    def fax_jobs(self, counter_id: int) -> list[fax_out.FaxJobView]:
        return self.run(lambda s: fax_out.recent_jobs(s, counter_id))

    # --- fax in -----------------------------------------------------------------------------------
    def fax_in_candidates(self, name: str, room: str | None = None) -> list[fax_in.Candidate]:
        return self.run(lambda s: fax_in.candidates(s, name, room))

    def fax_in_register(self, op: Operator, fax: fax_in.IncomingFax, stay_id: int | None = None,
                        guest_name: str | None = None) -> fax_in.FaxInView:
        return self.run(lambda s: fax_in.register(s, op, fax, stay_id, guest_name))

    def fax_in_match(self, op: Operator, fax_id: int, stay_id: int, guest_name: str) -> fax_in.FaxInView:
        return self.run(lambda s: fax_in.match(s, op, fax_id, stay_id, guest_name))

    def fax_in_notify(self, op: Operator, fax_id: int, how: str) -> fax_in.FaxInView:
        return self.run(lambda s: fax_in.notify(s, op, fax_id, how))

    def fax_in_deliver(self, op: Operator, fax_id: int, how: str) -> fax_in.FaxInView:
        return self.run(lambda s: fax_in.deliver(s, op, fax_id, how))

    def fax_in_waiting(self, counter_id: int) -> list[fax_in.FaxInView]:
        return self.run(lambda s: fax_in.waiting(s, counter_id))

    def fax_in_view(self, fax_id: int) -> fax_in.FaxInView:
        return self.run(lambda s: fax_in.view(s, fax_id))

    # --- the rack ---------------------------------------------------------------------------------
    def fax_rack(self, counter_id: int, search: str = "") -> list[fax_rack.RackFax]:
        return self.run(lambda s: fax_rack.rack_list(s, counter_id, search))

    def fax_rack_for_handover(self, counter_id: int) -> list[fax_rack.RackFax]:
        return self.run(lambda s: fax_rack.rack_for_handover(s, counter_id))

    def fax_hand_to_visitor(self, op: Operator, fax_id: int, name: str, id_last4: str) -> fax_in.FaxInView:
        return self.run(lambda s: fax_rack.hand_to_visitor(s, op, fax_id, name, id_last4))

    def fax_archive(self, op: Operator, fax_id: int, reason: str | None = None) -> fax_in.FaxInView:
        return self.run(lambda s: fax_rack.archive(s, op, fax_id, reason))

    def fax_archive_unclaimed(self, op: Operator) -> list[int]:
        return self.run(lambda s: fax_rack.archive_unclaimed(s, op))
