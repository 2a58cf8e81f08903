"""Supplies (paper, toner, binding covers…): stock received, used and counted, and the weekly
requisition of what has fallen to its reorder point.

Stock is the sum of movements, never a number someone overwrites: a stock-take records the
difference as a `count` movement, so the use of the week and the shrinkage both stay visible.
Any clerk records use; adding items, receiving and stock-takes are the supervisor's.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..models import utcnow
from ..models.backoffice import SupplyItem, SupplyMovement
from ..models.staff import ROLES
from . import audit
from .staff import require_role


@dataclass(frozen=True)
class Stock:
    id: int
    code: str
    name_zh: str
    name_en: str
    unit: str
    on_hand: int
    reorder_level: int
    reorder_qty: int
    used_7_days: int

    @property
    def low(self) -> bool:
        return self.on_hand <= self.reorder_level


@dataclass(frozen=True)
class Requisition:
    item: Stock
    order_qty: int


def _whole(n, what_zh: str, what_en: str, minimum: int = 0) -> int:
    if isinstance(n, bool) or not isinstance(n, int) or not minimum <= n <= 1_000_000:
        raise InvalidInput("bad_quantity", "{what_zh}须为 {m} 到 1000000 的整数",
                           "{what_en} must be a whole number from {m} to 1,000,000",
                           what_zh=what_zh, what_en=what_en, m=minimum)
    return n


def add_item(session: Session, staff_id: int, code: str, name_zh: str, name_en: str, unit: str,
             reorder_level: int, reorder_qty: int) -> int:
    require_role(session, staff_id)
    code = (code or "").strip()
    if not code or not (name_zh or "").strip() or not (name_en or "").strip() or not (unit or "").strip():
        raise InvalidInput(zh="请填写编号、中英文名称和单位", en="Give a code, names in both languages and a unit")
    _whole(reorder_level, "再订货点", "The reorder point")
    _whole(reorder_qty, "订货量", "The order quantity")
    if session.scalar(select(SupplyItem.id).where(SupplyItem.code == code)):
        raise InvalidInput("supply_exists", "物品编号已存在：{c}", "Supply code already exists: {c}", c=code)
    item = SupplyItem(code=code, name_zh=name_zh.strip(), name_en=name_en.strip(), unit=unit.strip(),
                      reorder_level=reorder_level, reorder_qty=reorder_qty, active=True)
    session.add(item)
    session.flush()
    audit.record(session, "supply_added", staff_id=staff_id, entity="supply_item", entity_id=item.id, code=code)
    return item.id


def _item(session: Session, item_id: int) -> SupplyItem:
    item = session.get(SupplyItem, item_id)
    if item is None or not item.active:
        raise NotFound(zh="未知物品", en="Unknown supply item")
    return item


def _on_hand(session: Session, item_id: int) -> int:
    return session.scalar(select(func.coalesce(func.sum(SupplyMovement.quantity), 0))
                          .where(SupplyMovement.item_id == item_id))


def _move(session: Session, staff_id: int, item: SupplyItem, kind: str, quantity: int, note: str,
          at: datetime | None) -> None:
    session.add(SupplyMovement(item_id=item.id, kind=kind, quantity=quantity, at=at or utcnow(), staff_id=staff_id,
                               note=(note or "").strip() or None))
    audit.record(session, f"supply_{kind}", staff_id=staff_id, entity="supply_item", entity_id=item.id, at=at,
                 quantity=quantity)


def receive(session: Session, staff_id: int, item_id: int, quantity: int, note: str = "",
            at: datetime | None = None) -> None:
    require_role(session, staff_id)
    _move(session, staff_id, _item(session, item_id), "receive", _whole(quantity, "数量", "The quantity", 1), note, at)


def use(session: Session, staff_id: int, item_id: int, quantity: int, note: str = "",
        at: datetime | None = None) -> None:
    """Any member of staff records what they took from the cupboard; not more than is there."""
    require_role(session, staff_id, ROLES)  # any active member of staff
    item = _item(session, item_id)
    _whole(quantity, "数量", "The quantity", 1)
    have = _on_hand(session, item.id)
    if quantity > have:
        raise InvalidInput("not_in_stock", "{name} 库存只有 {have} {unit}", "Only {have} {unit} of {name_en} in stock",
                           name=item.name_zh, name_en=item.name_en, have=have, unit=item.unit)
    _move(session, staff_id, item, "use", -quantity, note, at)


def stock_take(session: Session, staff_id: int, item_id: int, counted: int, note: str = "",
               at: datetime | None = None) -> int:
    """Set the stock to what was counted, recording the difference; returns the difference."""
    require_role(session, staff_id)
    item = _item(session, item_id)
    diff = _whole(counted, "盘点数", "The counted stock") - _on_hand(session, item.id)
    if diff:
        _move(session, staff_id, item, "count", diff, note or "stock-take / 盘点", at)
    return diff


def stock(session: Session, at: datetime | None = None) -> list[Stock]:
    at = at or utcnow()
    m = SupplyMovement
    on_hand = func.coalesce(func.sum(m.quantity), 0)
    used = func.coalesce(-func.sum(m.quantity).filter(m.kind == "use", m.at >= at - timedelta(days=7)), 0)
    rows = session.execute(select(SupplyItem, on_hand, used).outerjoin(m, m.item_id == SupplyItem.id)
                           .where(SupplyItem.active.is_(True)).group_by(SupplyItem.id).order_by(SupplyItem.code))
    return [Stock(i.id, i.code, i.name_zh, i.name_en, i.unit, have, i.reorder_level, i.reorder_qty, u)
            for i, have, u in rows]


def requisition(session: Session, staff_id: int, at: datetime | None = None) -> list[Requisition]:
    """The weekly requisition: every item at or below its reorder point, with how many to order (the
    item's order quantity, and at least enough to be back above the reorder point after a week like this one)."""
    require_role(session, staff_id)
    out = []
    for s in stock(session, at):
        if s.low:
            need = s.reorder_level - s.on_hand + s.used_7_days + 1
            out.append(Requisition(s, max(s.reorder_qty, need)))
    return out
