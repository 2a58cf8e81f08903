"""Air-ticket service fee (机票服务费): the centre's own fee for a ticket order."""
from ..pricing.tariffs import tariff
from ..simulation.tickets import prepare_ticket_order
from ..workflows import tickets_money
from .record import Service

SERVICE = Service(tariff("ticket_fee"), settle=tickets_money.on_line_settled, reverse=tickets_money.on_line_reversed,
                  verify=(tickets_money.ticket_charges_sound,), simulate=prepare_ticket_order)
