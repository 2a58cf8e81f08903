"""Air fare and taxes (机票票款（代收）): money collected for the ticketing agency, passed through with no
service charge or tax; billed with the order's fee by the ticket workflow, not drawn on its own."""
from ..pricing.tariffs import tariff
from ..workflows import tickets_money
from .record import Service

SERVICE = Service(tariff("ticket_fare"), settle=tickets_money.on_line_settled, reverse=tickets_money.on_line_reversed,
                  verify=(tickets_money.ticket_charges_sound,))
