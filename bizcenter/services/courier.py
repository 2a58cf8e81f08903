"""Courier (快递): the carrier's tariff by destination and weight; a settled line marks the waybill paid."""
from ..pricing.tariffs import tariff
from ..simulation.errands import prepare_courier
from ..workflows import courier
from ..workflows.deposits import errands_consistent
from .record import Service

SERVICE = Service(tariff("courier"), settle=courier.on_line_settled, reverse=courier.on_line_reversed,
                  verify=(errands_consistent,), simulate=prepare_courier)
