"""The shipped default price list and zone configuration (resources/*.json)."""
from __future__ import annotations

import json
from pathlib import Path

from .rules import PriceItem
from .zones import ZoneConfig

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def load_default_pricelist() -> list[PriceItem]:
    data = json.loads((RESOURCES / "pricelist.json").read_text(encoding="utf-8"))
    return [PriceItem(i["code"], i["name_zh"], i["name_en"], i["unit"], i["rule"]) for i in data["items"]]


def load_default_zones() -> ZoneConfig:
    return ZoneConfig.from_dict(json.loads((RESOURCES / "zones.json").read_text(encoding="utf-8")))
