"""The settle hot path: what a sale must read before it posts, in one statement, and its rows written
with prepared Core inserts instead of the ORM's unit of work.

Settle is the one action a busy counter repeats all day, so it is written against its statement
count (the bench compares it with plain `sqlite3`): one context read (the draft key, the clerk's open
shift, the counter's code, the clerk's name, the price-list version in force, the settings'
version), one number, one insert per table. Settings and price-list versions are immutable per
version number, so they are cached per engine and looked up by the version the context read returned:
a counter sharing a PostgreSQL database sees another counter's new price list on its next sale.
"""
from __future__ import annotations

import weakref
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, bindparam, insert, literal, select
from sqlalchemy.orm import Session

from ..errors import NotAllowed, NotFound
from ..models import Counter, NumberSequence, Payment, Posting, PriceListVersion, Sale, SaleLine, Shift, Staff
from .settings import SETTINGS_SEQUENCE, Settings, load_settings

_staff, _counter, _key, _at = bindparam("staff"), bindparam("counter"), bindparam("key"), bindparam("at")
_sale, _shift, _staff_t = Sale.__table__.c, Shift.__table__.c, Staff.__table__.c
_version = PriceListVersion.__table__.c
CONTEXT = (  # Core columns, not ORM attributes: the statement skips the ORM's result machinery
    select(
        _staff_t.name,
        _shift.id, _shift.status, _shift.business_date,
        select(Counter.__table__.c.code).where(Counter.__table__.c.id == _counter).scalar_subquery(),
        select(_sale.receipt_no).where(_sale.draft_key == _key).scalar_subquery(),
        select(_version.id).where(_version.effective_from <= _at)
        .order_by(_version.effective_from.desc(), _version.id.desc()).limit(1).scalar_subquery(),
        select(NumberSequence.__table__.c.last_value)
        .where(NumberSequence.__table__.c.name == literal(SETTINGS_SEQUENCE)).scalar_subquery(),
    )
    .select_from(Staff.__table__)
    .outerjoin(Shift.__table__, and_(_shift.clerk_id == _staff_t.id, _shift.counter_id == _counter,
                                     _shift.status != "closed"))
    .where(_staff_t.id == _staff)
)
INSERT_SALE = insert(Sale.__table__).returning(Sale.__table__.c.id)
INSERT_LINES = insert(SaleLine.__table__)
INSERT_PAYMENT = insert(Payment.__table__)
INSERT_PAYMENT_ID = insert(Payment.__table__).returning(Payment.__table__.c.id)
INSERT_POSTING = insert(Posting.__table__)


@dataclass(frozen=True)
class SaleContext:
    clerk_name: str
    shift_id: int
    shift_status: str
    business_date: date
    counter_code: str
    settled_receipt_no: int | None
    price_list_version_id: int
    settings: Settings


@dataclass(frozen=True)
class PostedSale:
    """The sale just written, as the business-record hooks see it (the columns they need)."""

    id: int
    counter_id: int
    receipt_no: int
    shift_id: int
    clerk_id: int
    business_date: date
    posted_at: datetime
    kind: str = "sale"


_settings_by_engine: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _settings(session: Session, version) -> Settings:
    engine = session.get_bind()
    cached = _settings_by_engine.get(engine)
    if cached is not None and cached[0] == version:
        session.info.setdefault("bizcenter.settings", cached[1])
        return cached[1]
    settings = load_settings(session)
    _settings_by_engine[engine] = (version, settings)
    return settings


def sale_context(session: Session, staff_id: int, counter_id: int, draft_key: str | None, at: datetime) -> SaleContext:
    row = session.connection().execute(CONTEXT, {"staff": staff_id, "counter": counter_id, "key": draft_key, "at": at}).one_or_none()
    if row is None:
        raise NotFound(zh="未知员工", en="Unknown staff member")
    name, shift_id, status, business_date, counter_code, settled, version_id, settings_version = row
    if shift_id is None:
        raise NotAllowed("no_open_shift", "请先开班", "Open a shift first")
    if version_id is None:
        raise NotFound("no_price_list", "尚未设置价目表", "No price list is in effect yet")
    return SaleContext(name, shift_id, status, business_date, counter_code or "?", settled, version_id,
                       _settings(session, settings_version))


def insert_sale(session: Session, values: dict) -> int:
    return session.connection().execute(INSERT_SALE, values).scalar_one()


def insert_rows(session: Session, statement, rows: list[dict]) -> None:
    if rows:
        session.connection().execute(statement, rows)


def insert_payment_returning_id(session: Session, values: dict) -> int:
    return session.connection().execute(INSERT_PAYMENT_ID, values).scalar_one()
