"""Services whose tile opens a workflow screen instead of the plain price form.

Each entry is "module:Class". The class is a QDialog built as `Class(station, runner, service_code,
parent)`; after `accepted` it holds `lines`, a list of `LineRequest` to put on the bill (empty when the
step charges nothing, e.g. a session started or a free resend), and `notice`, a short text for the
counter's message line or None. Each module loads when first needed (`bizcenter.lazyload`); one
that is missing or broken raises, never falls back to the plain form.
"""
from __future__ import annotations

from bizcenter import lazyload

WORKFLOW_SCREENS = {
    "fax_out": "ui.fax.send:FaxSendDialog",
    "fax_in": "ui.fax.incoming:FaxInDialog",
    "phone": "ui.calls.phone:PhoneCallDialog",
    "internet": "ui.calls.internet:InternetDialog",
    "courier": "ui.errands.courier:CourierDialog",
    "meeting_room": "ui.errands.bookings:BookingDialog",
    "equipment": "ui.errands.bookings:BookingDialog",
    "ticket_fee": "ui.tickets.orders:TicketOrdersDialog",
}

# The counter's "what is running" tabs: "module:Class", each a QWidget built as Class(station, runner,
# counter_page) with `load()` (refresh from the desk), `retranslate()` and `title()`; a tab may put
# lines on the bill with `counter_page.add_lines(lines, notice)`.
RUNNING_PANELS = (
    "ui.calls.internet_panel:InternetPanel",
    "ui.fax.rack:FaxRackPanel",
    "ui.errands.panels:EquipmentOutPanel",
    "ui.errands.panels:RoomsTodayPanel",
    "ui.tickets.panel:TicketRemindersPanel",
    "ui.printing.queue:PrintQueuePanel",
)


load = lazyload.load
