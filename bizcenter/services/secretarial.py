"""Secretarial service (秘书服务): per started hour."""
from ..pricing.tariffs import tariff
from .record import Service

SERVICE = Service(tariff("secretarial"))
