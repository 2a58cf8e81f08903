"""Pure pricing: price-list items, tariff rules and destination zones — no database, no Qt."""
from .catalogue import load_default_pricelist, load_default_zones
from .rules import (COLOURS, RULES, SERVICE_NAMES, SERVICES, UNITS, Charge, PriceItem, check_item, check_rule,
                    price)
from .zones import ZONE_NAMES, ZONES, Destination, ZoneConfig, classify, parse_number

__all__ = [
    "COLOURS", "Charge", "Destination", "PriceItem", "RULES", "SERVICES", "SERVICE_NAMES", "UNITS", "ZONES",
    "ZONE_NAMES", "ZoneConfig", "check_item", "check_rule", "classify", "load_default_pricelist",
    "load_default_zones", "parse_number", "price",
]
