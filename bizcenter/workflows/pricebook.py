"""The price-list editor's core: every rate of a version as a flat row, a change of rates published as a
new version from an effective time (`catalogue.publish_pricelist`), the history of versions, and the
printable bilingual list (告知收费标准).

A new version may not take effect in the past: sales already rung up keep the version they used,
and a back-dated version would make the list on the wall disagree with what was charged.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..models import PriceItemRow, PriceListVersion, Staff, utcnow
from ..pricing import PriceItem
from .catalogue import current_pricelist, pricelist_version, publish_pricelist
from .settings import load_settings
from .staff import require_role

RATE_NAMES = {
    "rate_minor": ("单价", "rate"), "first_minor": ("首页/首重", "first"), "next_minor": ("续页", "next"),
    "step_minor": ("续重", "each further step"), "minimum_minor": ("最低收费", "minimum"),
    "bw_minor": ("黑白", "black & white"), "bw_duplex_minor": ("黑白双面", "b&w duplex"),
    "colour_minor": ("彩色", "colour"), "colour_duplex_minor": ("彩色双面", "colour duplex"),
}

ZONE_NAMES = {"local": ("本地", "local"), "domestic": ("国内", "domestic"), "intl_a": ("国际 A 区", "international zone A"),
              "intl_b": ("国际 B 区", "international zone B"), "intl_c": ("国际 C 区", "international zone C")}


@dataclass(frozen=True)
class Rate:
    code: str
    service_zh: str
    service_en: str
    unit: str
    path: tuple[str, ...]  # keys inside the rule, ending in a *_minor key
    label_zh: str
    label_en: str
    amount_minor: int


@dataclass(frozen=True)
class VersionInfo:
    id: int
    effective_from: datetime
    created_at: datetime
    created_by: str
    note: str
    items: int
    in_effect: bool


def _walk(rule: dict, path: tuple[str, ...], zh: list[str], en: list[str]):
    for key, value in rule.items():
        if isinstance(value, dict):
            zh_name, en_name = value.get("zh"), value.get("en")  # an option's own names, when it has them
            zone_zh, zone_en = ZONE_NAMES.get(key, (key, key))
            yield from _walk(value, path + (key,), zh + [zh_name if isinstance(zh_name, str) else zone_zh],
                             en + [en_name if isinstance(en_name, str) else zone_en])
        elif key.endswith("_minor") and isinstance(value, int) and not isinstance(value, bool):
            name_zh, name_en = RATE_NAMES.get(key, (key.removesuffix("_minor"), key.removesuffix("_minor")))
            yield path + (key,), " ".join([*[z for z in zh if z not in ("zones", "options")], name_zh]), \
                " ".join([*[e for e in en if e not in ("zones", "options")], name_en]), value


def rates_of(items) -> list[Rate]:
    out = []
    for _, item in sorted(items.values(), key=lambda pair: pair[1].code):
        for path, zh, en, amount in _walk(item.rule, (), [], []):
            out.append(Rate(item.code, item.name_zh, item.name_en, item.unit, path, zh, en, amount))
    return out


def rates(session: Session, version_id: int | None = None) -> list[Rate]:
    """Every rate of a version (the one in effect now by default); anyone may read the price list."""
    pl = pricelist_version(session, version_id) if version_id else current_pricelist(session)
    return rates_of(pl.items)


def change_rates(session: Session, staff_id: int, changes: dict[tuple[str, tuple[str, ...]], int],
                 effective_from: datetime, note: str = "", at: datetime | None = None) -> int:
    """Publish the version in effect with `changes` ((code, path) → new amount) as a new version."""
    require_role(session, staff_id)
    at = at or utcnow()
    effective_from = effective_time(session, effective_from, at)
    if not changes:
        raise InvalidInput("no_change", "没有修改任何价格", "No rate was changed")
    current = current_pricelist(session, at)
    rules = {code: copy.deepcopy(item.rule) for code, (_, item) in current.items.items()}
    for (code, path), amount in changes.items():
        if isinstance(amount, bool) or not isinstance(amount, int) or not 0 <= amount <= 100_000_000:
            raise InvalidInput("bad_rate", "价格须为 0 到 1,000,000 之间的金额", "A rate must be an amount from 0 to 1,000,000")
        node = rules.get(code)
        for key in path[:-1]:
            node = node.get(key) if isinstance(node, dict) else None
        if not isinstance(node, dict) or not isinstance(node.get(path[-1] if path else None), int):
            raise InvalidInput("unknown_rate", "价目表中没有此价格：{c} {p}", "No such rate in the price list: {c} {p}",
                               c=code, p=".".join(path))
        node[path[-1]] = amount
    items = [PriceItem(item.code, item.name_zh, item.name_en, item.unit, rules[code])
             for code, (_, item) in current.items.items()]
    return publish_pricelist(session, staff_id, items, effective_from, note.strip() or None)


def effective_time(session: Session, effective_from: datetime, at: datetime) -> datetime:
    """A new version's effective instant: a naive time is the hotel's wall clock; never in the past."""
    if effective_from.tzinfo is None:  # a wall-clock time at the hotel (a skipped DST hour moves on)
        effective_from = load_settings(session).clock.at(effective_from.date(), effective_from.time())
    if effective_from < at.replace(second=0, microsecond=0):
        raise InvalidInput("effective_in_past", "生效时间不能早于现在", "The effective time cannot be in the past")
    return effective_from


def history(session: Session, at: datetime | None = None) -> list[VersionInfo]:
    """Every version, newest first, times in the hotel's zone; the one in effect is marked."""
    at = at or utcnow()
    try:
        in_effect = current_pricelist(session, at).version_id
    except NotFound:  # no version in effect yet
        in_effect = None
    counts = (select(PriceItemRow.version_id, func.count().label("n")).group_by(PriceItemRow.version_id).subquery())
    rows = session.execute(
        select(PriceListVersion, Staff.name, counts.c.n).outerjoin(Staff, Staff.id == PriceListVersion.created_by)
        .outerjoin(counts, counts.c.version_id == PriceListVersion.id)
        .order_by(PriceListVersion.effective_from.desc(), PriceListVersion.id.desc()))
    tz = load_settings(session).tz
    return [VersionInfo(v.id, v.effective_from.astimezone(tz), v.created_at.astimezone(tz), name or "—", v.note or "",
                        n or 0, v.id == in_effect)
            for v, name, n in rows]


def changes_between(session: Session, old_id: int, new_id: int) -> list[tuple[Rate, int]]:
    """The rates of `new_id` that differ from `old_id`, each with its old amount (for the history)."""
    old = {(r.code, r.path): r.amount_minor for r in rates(session, old_id)}
    return [(r, old.get((r.code, r.path), 0)) for r in rates(session, new_id)
            if old.get((r.code, r.path)) != r.amount_minor]
