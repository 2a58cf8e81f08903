"""Fax in (收传真): a receiving fee per page; a settled line marks the incoming fax paid."""
from ..pricing.tariffs import tariff
from ..simulation.fax import prepare_fax_in
from ..workflows import fax_in, fax_out
from .record import Service

SERVICE = Service(tariff("fax_in"), settle=fax_in.on_line_settled, reverse=fax_in.on_line_reversed,
                  verify=(fax_out.fax_charges_sound,), simulate=prepare_fax_in, devices=("fax",))
