"""Copy (复印): a test copy approved before a colour or multi-copy run; an unclear original told first."""
from ..pricing.tariffs import tariff
from ..workflows import procedure
from .record import Service

SERVICE = Service(tariff("copy"), procedure=procedure.COPY, devices=("copier",))
