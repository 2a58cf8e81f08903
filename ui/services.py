"""The screens of each service, in one table: the form its tile opens (or the workflow screen instead), the
tab it keeps in the counter's "what is running" panel, and its Alt+key.

Every screen is imported here by name, so a screen module that is missing or broken stops the app at start
with its own ImportError, never turns into "the plain form" on the day a clerk presses the tile. A service
this table does not know — a simple service a supervisor published in the price list — sells through the
generic form (which option, how many). Adding a workflow service is one core module in bizcenter/services/
and one entry here.

A screen is a QDialog built as `Screen(station, runner, service_code, parent)`; after `accepted` it holds
`lines`, the `LineRequest`s to put on the bill (empty when the step charges nothing: a session started, a
free resend), and `notice`, a short text for the counter's message line or None. A running tab is a
QWidget built as `Panel(station, runner, counter_page)` with `load()`, `retranslate()` and `title()`.
"""
from __future__ import annotations

from dataclasses import dataclass

from bizcenter.services import find

from .calls.internet import InternetDialog
from .calls.internet_panel import InternetPanel
from .calls.phone import PhoneCallDialog
from .errands.bookings import BookingDialog
from .errands.courier import CourierDialog
from .errands.panels import EquipmentOutPanel, RoomsTodayPanel
from .fax.incoming import FaxInDialog
from .fax.rack import FaxRackPanel
from .fax.send import FaxSendDialog
from .logs.panel import MessagesPanel
from .printing.queue import PrintQueuePanel
from .sell import specs
from .sell.specs import Field
from .tickets.orders import TicketOrdersDialog
from .tickets.panel import TicketRemindersPanel


@dataclass(frozen=True)
class ServiceScreens:
    code: str
    shortcut: str  # Alt+letter on its tile, shown there so a clerk learns it
    fields: tuple[Field, ...] = ()  # the plain form's questions, when it has no screen of its own
    screen: type | None = None  # the workflow screen its tile opens instead of the plain form
    panel: type | None = None  # its tab in the counter's "what is running" panel


# The order here is the order of the running tabs; the tiles follow the price list in force.
SERVICES: tuple[ServiceScreens, ...] = (
    ServiceScreens("copy", "C", specs.COPY),
    ServiceScreens("print", "P", specs.PRINT),
    ServiceScreens("typing", "T", specs.TYPING),
    ServiceScreens("scan", "S", specs.SCAN),
    ServiceScreens("internet", "I", screen=InternetDialog, panel=InternetPanel),
    ServiceScreens("fax_out", "F", screen=FaxSendDialog),
    ServiceScreens("fax_in", "R", screen=FaxInDialog, panel=FaxRackPanel),
    ServiceScreens("phone", "H", screen=PhoneCallDialog),
    ServiceScreens("courier", "K", screen=CourierDialog),
    ServiceScreens("binding", "B", specs.BINDING),
    ServiceScreens("translation", "L", specs.TRANSLATION),
    ServiceScreens("secretarial", "E", specs.SECRETARIAL),
    ServiceScreens("equipment", "Q", screen=BookingDialog, panel=EquipmentOutPanel),
    ServiceScreens("meeting_room", "M", screen=BookingDialog, panel=RoomsTodayPanel),
    ServiceScreens("ticket_fee", "A", screen=TicketOrdersDialog, panel=TicketRemindersPanel),
)
BY_CODE = {s.code: s for s in SERVICES}

# Tabs of the counter itself, after the services' own.
COUNTER_PANELS = (MessagesPanel, PrintQueuePanel)
RUNNING_PANELS = tuple(s.panel for s in SERVICES if s.panel) + COUNTER_PANELS

GENERIC = ServiceScreens("", "", specs.GENERIC)


def screens_of(code: str) -> ServiceScreens:
    """The service's own screens, or the generic form's for a simple service the price list defines."""
    return BY_CODE.get(code, GENERIC)


# What is special about a service, asked of its core record (bizcenter/services/) in one place.
def has_tile(code: str) -> bool:
    """Built-in services with an entry above, and every simple service; a core service without one (the air
    fare collected for the agency, damage compensation) is billed by another service's screen."""
    return code in BY_CODE or find(code) is None


def needs_approval(code: str) -> bool:
    """A line that goes to Pay with the supervisor's approval given on its screen (damage compensation)."""
    record = find(code)
    return record is not None and record.needs_approval


def keeps_a_record(code: str) -> bool:
    """Settling it changes a business record (a session, a fax, a booking), so the running tabs reload."""
    record = find(code)
    return record is not None and record.business_record
