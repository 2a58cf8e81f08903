"""Price list items, tariff rules and destination zones — pure functions, no database."""
from .catalogue import load_default_pricelist, load_default_zones
from .rules import RULES, Charge, PriceItem, price
from .zones import ZONE_NAMES, ZONES, Destination, ZoneConfig, classify

SERVICES = tuple(RULES)
SERVICE_NAMES = {
    "fax_out": ("发传真", "Fax out"), "fax_in": ("收传真", "Fax in"), "copy": ("复印", "Copy"),
    "print": ("打印", "Print"), "typing": ("打字", "Typing"), "scan": ("扫描", "Scan"),
    "phone": ("电话", "Phone"), "internet": ("上网", "Internet"), "courier": ("快递", "Courier"),
    "binding": ("装订", "Binding"), "translation": ("翻译", "Translation"),
    "secretarial": ("秘书服务", "Secretarial"), "meeting_room": ("会议室", "Meeting room"),
    "equipment": ("设备租赁", "Equipment rental"), "ticket_fee": ("机票服务费", "Air-ticket fee"),
}

__all__ = [
    "Charge", "Destination", "PriceItem", "RULES", "SERVICES", "SERVICE_NAMES", "ZONES", "ZONE_NAMES",
    "ZoneConfig", "classify", "load_default_pricelist", "load_default_zones", "price",
]
