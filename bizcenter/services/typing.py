"""Typing (打字): proofed with the guest before it is charged."""
from ..pricing.tariffs import tariff
from ..workflows import procedure
from .record import Service

SERVICE = Service(tariff("typing"), procedure=procedure.PROOF)
