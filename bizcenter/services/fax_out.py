"""Fax out (发传真): priced by the destination's zone; the number and recipient are read back before
sending; a settled line marks the fax job paid."""
from ..pricing.tariffs import tariff
from ..simulation.fax import prepare_fax_out
from ..workflows import fax_out, procedure
from .record import Service

SERVICE = Service(tariff("fax_out"), procedure=procedure.FAX_OUT, settle=fax_out.on_line_settled,
                  reverse=fax_out.on_line_reversed, verify=(fax_out.fax_charges_sound,), simulate=prepare_fax_out,
                  devices=("fax",))
