"""Translation (翻译): per started 1,000 words, by language pair."""
from ..pricing.tariffs import tariff
from .record import Service

SERVICE = Service(tariff("translation"))
