"""Scan (扫描): an unclear original is told to the guest before the work."""
from ..pricing.tariffs import tariff
from ..workflows import procedure
from .record import Service

SERVICE = Service(tariff("scan"), procedure=procedure.SCAN, devices=("scanner",))
