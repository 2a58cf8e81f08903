"""Phone calls (电话): started minutes at the zone's rate; a settled line marks the call billed."""
from ..pricing.tariffs import tariff
from ..simulation.timed import prepare_phone
from ..workflows import calls
from ..workflows.timed import timed_records_billed_once
from .record import Service

SERVICE = Service(tariff("phone"), settle=calls.on_line_settled, reverse=calls.on_line_reversed,
                  verify=(timed_records_billed_once,), simulate=prepare_phone)
