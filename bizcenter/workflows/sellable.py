"""What the counter sells, from the price list in force: one record per service with its tile group and
order, whether it is retired, and — for a simple service (defined by its price-list row alone, see
`bizcenter.pricing.simple`) — the options and rates its generic form offers (option picker + quantity).

The counter's tiles are built from `sellable_of(desk.price_list())`: grouped by `group`, ordered by
`order`, retired ones hidden. Built-in services keep their place from `BUILT_IN_PLACES`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from ..pricing import simple
from ..pricing.tariffs import tariff
from .catalogue import PriceList, current_pricelist

BUILT_IN_PLACES = {  # code: (group, order) for services whose rules have no tile fields
    "copy": ("documents", 10), "print": ("documents", 20), "scan": ("documents", 30), "typing": ("documents", 40),
    "binding": ("documents", 50), "translation": ("documents", 60),
    "fax_out": ("communication", 10), "fax_in": ("communication", 20), "phone": ("communication", 30),
    "internet": ("communication", 40), "courier": ("communication", 50),
    "secretarial": ("business", 10), "meeting_room": ("business", 20), "equipment": ("business", 30),
    "ticket_fee": ("travel", 10), "ticket_fare": ("travel", 20),
}


@dataclass(frozen=True)
class Option:
    key: str
    name_zh: str
    name_en: str
    rate_minor: int


@dataclass(frozen=True)
class Sellable:
    code: str
    name_zh: str
    name_en: str
    unit: str
    unit_zh: str
    unit_en: str
    group: str
    group_zh: str
    group_en: str
    order: int
    retired: bool
    simple: bool  # sold with the generic form: {"option": key, "quantity": n}
    options: tuple[Option, ...] = ()
    rate_minor: int | None = None  # a simple service without options
    default: str | None = None
    service_charge: bool = True
    tax: bool = True


def sellable_of(pricelist: PriceList, *, include_retired: bool = False) -> list[Sellable]:
    """Every service of this price-list version in tile order (group, order, code); a rule the version
    refused is left out. Retired ones only when asked (the price-list editor shows them)."""
    out = []
    for code, (_, item) in pricelist.items.items():
        if code in pricelist.refused:
            continue
        record = _simple(item) if tariff(code) is None else _built_in(item)
        if include_retired or not record.retired:
            out.append(record)
    groups = _group_order(out)
    return sorted(out, key=lambda s: (groups[s.group], s.order, s.code))


def sellable(session: Session, at: datetime | None = None, *, include_retired: bool = False) -> list[Sellable]:
    """The services for sale now (anyone at the counter may read the price list)."""
    return sellable_of(current_pricelist(session, at), include_retired=include_retired)


def _group_order(records: list[Sellable]) -> dict[str, tuple[int, str]]:
    known = list(simple.GROUP_NAMES)
    return {s.group: (known.index(s.group) if s.group in known else len(known), s.group) for s in records}


def _names(group: str) -> tuple[str, str]:
    return simple.GROUP_NAMES.get(group, (group, group))


def _built_in(item) -> Sellable:
    group, order = BUILT_IN_PLACES.get(item.code, (simple.DEFAULT_GROUP, simple.DEFAULT_ORDER))
    return Sellable(item.code, item.name_zh, item.name_en, item.unit, item.unit, item.unit, group, *_names(group),
                    order, False, False)


def _simple(item) -> Sellable:
    r = item.rule
    group = r.get("group", simple.DEFAULT_GROUP)
    options = tuple(Option(k, o["zh"], o["en"], o["rate_minor"]) for k, o in (r.get("options") or {}).items())
    service_charge, tax = simple.applies(r)
    return Sellable(item.code, item.name_zh, item.name_en, item.unit, r["unit_zh"], r["unit_en"], group,
                    *_names(group), r.get("order", simple.DEFAULT_ORDER), bool(r.get("retired")), True, options,
                    r.get("rate_minor"), r.get("default"), service_charge, tax)
