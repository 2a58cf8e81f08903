"""Air-ticket orders from enquiry to delivery, changes, refunds and disruptions."""
from __future__ import annotations


from ..ops import Operations
from ..workflows import reversal, tickets
from ..workflows.staff import Credentials, Operator


class TicketDesk(Operations):
    """Mixed into `bizcenter.desk.Desk`; `self.run(action)` (declared by Operations) is one transaction per call."""

    def ticket_order(self, viewer_staff_id: int, order_id: int) -> tickets.TicketOrderView:
        return self.run(lambda s: tickets.view(s, order_id, viewer_staff_id))

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

    def ticket_reminders(self, search: str = "") -> list[tickets.Reminder]:
        return self.run(lambda s: tickets.reminders(s, None, search))

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
