"""Binding (装订): per item, by type."""
from ..pricing.tariffs import tariff
from .record import Service

SERVICE = Service(tariff("binding"))
