"""The price-list editor's services: a supervisor adds, renames, regroups, reprices or retires a simple
service (one defined by its price-list row alone, `bizcenter.pricing.simple`) by publishing the version in
effect with that row added or replaced, from an effective time. Versions stay append-only: a retired
service keeps its row in the older versions, so its past sales still print and report under its name.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import utcnow
from ..pricing import PriceItem, check_item, tariff
from .catalogue import current_pricelist, publish_pricelist
from .pricebook import effective_time
from .staff import require_role


def simple_items(session: Session, at: datetime | None = None) -> list[PriceItem]:
    """The simple services of the version in effect, retired ones included (the editor can bring one back)."""
    return [item for code, (_, item) in current_pricelist(session, at).items.items() if tariff(code) is None]


def save_service(session: Session, staff_id: int, item: PriceItem, effective_from: datetime, note: str = "",
                 at: datetime | None = None) -> int:
    """Publish the version in effect with `item` added (a new code) or replaced (the same code) as a new version."""
    require_role(session, staff_id)
    at = at or utcnow()
    effective_from = effective_time(session, effective_from, at)
    if tariff(item.code) is not None:
        raise InvalidInput("built_in_service", "“{code}”是内置服务，请在价格表中修改它的价格",
                           "'{code}' is a built-in service; change its rates in the rates table", code=item.code)
    check_item(item)
    current = current_pricelist(session, at)
    old = current.items.get(item.code)
    if old is not None and old[1] == item:
        raise InvalidInput("no_change", "没有修改任何内容", "Nothing was changed")
    items = [item if code == item.code else i for code, (_, i) in current.items.items()]
    if old is None:
        items.append(item)
    zh, en = ("停用", "retired") if item.rule.get("retired") else ("新增", "added") if old is None else ("修改", "changed")
    return publish_pricelist(session, staff_id, items, effective_from,
                             note.strip() or f"{item.name_zh}{zh} / {item.name_en} {en}")
