"""The price list in the database: versions are immutable, so a sale keeps the price it was charged
and an old receipt still reprints. The current version is the latest whose effective time has come.
"""
from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.unit import engine_of
from ..errors import InvalidInput, NotFound
from ..models import PriceItemRow, PriceListVersion, utcnow
from ..pricing import PriceItem, ZoneConfig, check_rule, load_default_pricelist
from . import audit
from .settings import load_settings
from .staff import require_role


@dataclass(frozen=True)
class PriceList:
    """One version's items, each rule checked once when the version is loaded (`rule_checked`)."""

    version_id: int
    effective_from: datetime
    items: dict[str, tuple[int, PriceItem]]  # code -> (price_item row id, item)
    refused: dict[str, InvalidInput] = field(default_factory=dict)  # code -> why its stored rule is unusable

    def item(self, code: str) -> tuple[int, PriceItem]:
        if code in self.refused:
            raise self.refused[code]
        try:
            return self.items[code]
        except KeyError:
            raise InvalidInput(
                "unknown_service", "价目表中没有此服务：{code}", "No such service in the price list: {code}",
                code=code,
            ) from None


# Versions are immutable rows, safe to cache per database (per engine: a lookup by object, where the URL
# would have to be rendered as text on every sale).
_by_engine: "weakref.WeakKeyDictionary[object, dict[int, PriceList]]" = weakref.WeakKeyDictionary()


def _store(session: Session, items: list[PriceItem], effective_from: datetime, staff_id: int | None,
           note: str | None) -> int:
    settings = load_settings(session)
    version = PriceListVersion(
        effective_from=effective_from, created_at=utcnow(), created_by=staff_id,
        currency=settings.currency, note=note,
    )
    session.add(version)
    session.flush()
    codes = set()
    for item in items:
        if item.code in codes:
            raise InvalidInput(zh="价目表重复项：{c}", en="Duplicate price-list item: {c}", c=item.code)
        codes.add(item.code)
        session.add(PriceItemRow(version_id=version.id, code=item.code, name_zh=item.name_zh,
                                 name_en=item.name_en, unit=item.unit, rule=item.rule))
    session.flush()
    return version.id


def install_default_pricelist(session: Session, at: datetime | None = None) -> int | None:
    """Seed the shipped rates on a new database; does nothing when a price list exists."""
    if session.scalar(select(PriceListVersion.id).limit(1)) is not None:
        return None
    effective = at or datetime(2000, 1, 1, tzinfo=utcnow().tzinfo)
    return _store(session, load_default_pricelist(), effective, None, "default rates / 默认价目")


def publish_pricelist(session: Session, staff_id: int, items: list[PriceItem], effective_from: datetime,
                      note: str | None = None) -> int:
    """A supervisor publishes a new version; earlier versions stay as they were."""
    require_role(session, staff_id)
    from ..pricing import check_item

    for item in items:
        check_item(item)  # a malformed rule is refused here, never at a guest's sale
    version_id = _store(session, items, effective_from, staff_id, note)
    audit.record(session, "price_list_published", staff_id=staff_id, entity="price_list_version",
                 entity_id=version_id, effective_from=effective_from.isoformat(), note=note)
    return version_id


def current_pricelist(session: Session, at: datetime | None = None) -> PriceList:
    at = at or utcnow()
    version = session.execute(
        select(PriceListVersion.id, PriceListVersion.effective_from)
        .where(PriceListVersion.effective_from <= at)
        .order_by(PriceListVersion.effective_from.desc(), PriceListVersion.id.desc())
        .limit(1)
    ).first()
    if version is None:
        raise NotFound("no_price_list", "尚未设置价目表", "No price list is in effect yet")
    return pricelist_version(session, version.id)


def pricelist_version(session: Session, version_id: int) -> PriceList:
    versions = _by_engine.get(engine := engine_of(session))
    if versions is None:
        versions = _by_engine[engine] = {}
    cached = versions.get(version_id)
    if cached is not None:
        return cached
    version = session.get(PriceListVersion, version_id)
    if version is None:
        raise NotFound(zh="价目表版本不存在", en="No such price-list version")
    rows = session.scalars(select(PriceItemRow).where(PriceItemRow.version_id == version_id))
    items = {r.code: (r.id, PriceItem(r.code, r.name_zh, r.name_en, r.unit, dict(r.rule))) for r in rows}
    refused = {}
    for code, (_, item) in items.items():  # a rule edited around the editor's checks reaches no sale
        try:
            check_rule(code, item.rule)
        except InvalidInput as exc:
            refused[code] = exc
    result = PriceList(version_id, version.effective_from, items, refused)
    versions[version_id] = result
    return result


def zone_config(session: Session) -> ZoneConfig:
    return zones_of(load_settings(session))


def zones_of(settings) -> ZoneConfig:
    return settings.zone_config
