"""The shipped default price list and zone configuration (resources/*.json).

Both are checked on load, so a broken edit of the shipped files fails the first test run, not a sale.
"""
from __future__ import annotations

import json
from functools import lru_cache

from ..datafiles import data_dir
from ..errors import InvalidInput
from .rules import PriceItem
from .tariffs import LISTED as SERVICES, check_item
from .zones import ZoneConfig

RESOURCES = data_dir("resources")


def load_default_pricelist() -> list[PriceItem]:
    """Every service of `SERVICES`, once each, in display order; each row passes `check_item`."""
    data = json.loads((RESOURCES / "pricelist.json").read_text(encoding="utf-8"))
    items = [PriceItem(i["code"], i["name_zh"], i["name_en"], i["unit"], i["rule"]) for i in data["items"]]
    for item in items:
        check_item(item)
    codes = [i.code for i in items]
    if sorted(codes) != sorted(SERVICES):
        raise InvalidInput("bad_rule", "默认价目表的服务不完整或重复", "The default price list misses or repeats a service")
    return sorted(items, key=lambda i: SERVICES.index(i.code))


@lru_cache(maxsize=1)
def load_default_zones() -> ZoneConfig:
    """Read once per process: every fax and phone quote needs it, and the shipped file does not change."""
    return ZoneConfig.from_dict(json.loads((RESOURCES / "zones.json").read_text(encoding="utf-8")))
