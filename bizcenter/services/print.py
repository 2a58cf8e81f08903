"""Print (打印): proofed with the guest against the original before it is charged."""
from ..pricing.tariffs import tariff
from ..workflows import procedure
from .record import Service

SERVICE = Service(tariff("print"), procedure=procedure.PROOF, devices=("printer",))
