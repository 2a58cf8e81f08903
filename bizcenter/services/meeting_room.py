"""Meeting room (会议室): booked on the rental calendar; a settled line marks the booking charged."""
from ..pricing.tariffs import tariff
from ..simulation.errands import prepare_booking
from ..workflows import bookings
from ..workflows.deposits import errands_consistent
from .record import Service

SERVICE = Service(tariff("meeting_room"), settle=bookings.on_line_settled, reverse=bookings.on_line_reversed,
                  verify=(errands_consistent,), simulate=prepare_booking)
