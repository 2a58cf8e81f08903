"""Air-ticket orders from enquiry to delivery, changes, refunds and disruptions."""
from __future__ import annotations

from datetime import datetime

from ..ops import Operations
from ..workflows import reversal, tickets
from ..workflows.staff import Credentials, Operator
from ..workflows.tickets_input import OrderInput, SegmentInput


class TicketDesk(Operations):
    """Mixed into `bizcenter.desk.Desk`; `self.run(action)` (declared by Operations) is one transaction per call."""

    def ticket_orders(self, search: str = "", open_only: bool = False) -> list[tickets.OrderRow]:
        return self.run(lambda s: tickets.list_orders(s, search, open_only))

    def ticket_order(self, viewer_staff_id: int, order_id: int) -> tickets.TicketOrderView:
        return self.run(lambda s: tickets.view(s, order_id, viewer_staff_id))

    def ticket_create(self, op: Operator, data: OrderInput) -> tickets.TicketOrderView:
        return self.run(lambda s: tickets.create_order(s, op, data))

    def ticket_reserve(self, op: Operator, order_id: int, pnr: str, fare_minor: int | None = None,
                       taxes_minor: int | None = None) -> tickets.TicketOrderView:
        return self.run(lambda s: tickets.reserve(s, op, order_id, pnr, fare_minor, taxes_minor))

    def ticket_bill_lines(self, order_id: int):
        return self.run(lambda s: tickets.bill_lines(s, order_id))

    def ticket_arrived(self, op: Operator, order_id: int) -> tickets.TicketOrderView:
        return self.run(lambda s: tickets.mark_arrived(s, op, order_id))

    def ticket_issue(self, op: Operator, order_id: int, ticket_nos: list[str]) -> tickets.TicketOrderView:
        return self.run(lambda s: tickets.issue(s, op, order_id, ticket_nos))

    def ticket_deliver(self, op: Operator, order_id: int, how: str, checked: bool) -> tickets.TicketOrderView:
        return self.run(lambda s: tickets.deliver(s, op, order_id, how, checked))

    def ticket_change(self, op: Operator, order_id: int, segments: list[SegmentInput], fare_difference_minor: int,
                      taxes_difference_minor: int = 0, waive_fee: bool = False,
                      note: str | None = None) -> tickets.TicketOrderView:
        return self.run(lambda s: tickets.request_change(s, op, order_id, segments, fare_difference_minor,
                                                         taxes_difference_minor, waive_fee, note))

    def ticket_refund(self, op: Operator, order_id: int, reason: str,
                      approval: Credentials | None) -> tickets.TicketOrderView:
        approval = self._approved(approval)
        return self.run(lambda s: tickets.refund(s, op, order_id, reason, approval,
                                                 refund_sale=reversal.refund_sale))

    def ticket_cancel(self, op: Operator, order_id: int, reason: str,
                      approval: Credentials | None = None) -> tickets.TicketOrderView:
        approval = self._approved(approval)
        return self.run(lambda s: tickets.cancel(s, op, order_id, reason, approval,
                                                 refund_sale=reversal.refund_sale))

    def ticket_disruption(self, op: Operator, order_id: int, segment_id: int, kind: str,
                          new_departs_local: datetime | None = None, note: str | None = None) -> tickets.TicketOrderView:
        return self.run(lambda s: tickets.record_disruption(s, op, order_id, segment_id, kind, new_departs_local, note))

    def ticket_notified(self, op: Operator, disruption_id: int, how: str) -> tickets.TicketOrderView:
        return self.run(lambda s: tickets.record_notified(s, op, disruption_id, how))

    def ticket_reminders(self, search: str = "") -> list[tickets.Reminder]:
        return self.run(lambda s: tickets.reminders(s, None, search))

    def ticket_erase_expired_ids(self) -> list[int]:
        return self.run(lambda s: tickets.erase_expired_ids(s))

    def print_itinerary(self, op, order_id: int):
        """The confirmation on the counter's receipt printer, through the print queue (IDs masked)."""
        from ..documents.itinerary import itinerary_slip
        from ..workflows.settings import load_settings

        lines = self.run(lambda s: itinerary_slip(tickets.view(s, order_id, None), load_settings(s)))
        return self.print_lines(op, lines, "机票行程单 Itinerary")

    def ticket_itinerary_pdf(self, order_id: int, path: str) -> str:
        """Write the guest's bilingual confirmation / itinerary; the file is for the guest, IDs masked."""
        from ..documents.itinerary import write_itinerary
        from ..workflows.settings import load_settings

        def make(s):
            view = tickets.view(s, order_id, None)  # never the full ID number on paper
            return view, load_settings(s)

        view, settings = self.run(make)
        return write_itinerary(view, settings, path)
