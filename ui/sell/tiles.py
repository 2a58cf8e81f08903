"""The counter's tiles: one per service sold at the counter in the price list in force, in the price list's
groups and order. A retired service has none; neither has a line that only a workflow adds (the air fare
collected for the agency). A built-in service keeps its Alt+key; a service added in the price list has none.
"""
from __future__ import annotations

from dataclasses import dataclass

from bizcenter.workflows.sellable import sellable_of

from ..services import BY_CODE, has_tile


@dataclass(frozen=True)
class Tile:
    code: str
    name_zh: str
    name_en: str
    group: str  # the group's key: tiles of one group sit together, under its name
    group_zh: str
    group_en: str
    shortcut: str  # "" when the service has none


def tiles(pricelist) -> list[Tile]:
    """The tiles of this price-list version, in the core's tile order (group, then order in the group)."""
    return [Tile(s.code, s.name_zh, s.name_en, s.group, s.group_zh, s.group_en,
                 BY_CODE[s.code].shortcut if s.code in BY_CODE else "")
            for s in sellable_of(pricelist) if not s.retired and has_tile(s.code)]
