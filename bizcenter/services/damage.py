"""Damage compensation (损坏赔偿): agreed case by case, not from the price list, with no service charge or
tax; every line needs a supervisor's approval at settle."""
from ..pricing.tariffs import tariff
from .record import Service

SERVICE = Service(tariff("damage"), needs_approval=True)
