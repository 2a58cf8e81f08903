"""Pure pricing: price-list items, tariff rules and destination zones — no database, no Qt."""
from .catalogue import load_default_pricelist, load_default_zones
from .rules import COLOURS, Charge, PriceItem
from .tariffs import LISTED, TARIFFS, Tariff, check_item, check_rule, names, price, tariff
from .zones import ZONE_NAMES, ZONES, Destination, ZoneConfig, classify, parse_number

__all__ = [
    "COLOURS", "Charge", "Destination", "LISTED", "PriceItem", "TARIFFS", "Tariff", "ZONES", "ZONE_NAMES",
    "ZoneConfig", "check_item", "check_rule", "classify", "load_default_pricelist", "load_default_zones", "names",
    "parse_number", "price", "tariff",
]
