"""Internet (上网): blocks of time used; a settled line closes the session's bill."""
from ..pricing.tariffs import tariff
from ..simulation.timed import prepare_internet
from ..workflows import internet
from ..workflows.timed import timed_records_billed_once
from .record import Service

SERVICE = Service(tariff("internet"), settle=internet.on_line_settled, reverse=internet.on_line_reversed,
                  verify=(timed_records_billed_once,), simulate=prepare_internet, devices=("pc",))
