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

from sqlalchemy import String, and_, bindparam, literal, literal_column, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..chain.capture import ChainedInsert
from ..db.prepared import Prepared
from ..db.unit import engine_of
from ..errors import NotAllowed, NotFound
from ..models import Counter, NumberSequence, Payment, Posting, PriceListVersion, Sale, SaleLine, Shift, Staff
from .settings import SETTINGS_SEQUENCE, Settings, load_settings

_staff, _counter, _key, _at = bindparam("staff"), bindparam("counter"), bindparam("key"), bindparam("at")
_sale, _shift, _staff_t = Sale.__table__.c, Shift.__table__.c, Staff.__table__.c
_version = PriceListVersion.__table__.c
# In the SQL text, not a parameter: SQLite uses the one-open-shift partial index (WHERE status <> 'closed')
# only when it can see the value, and re-prepares a statement on every run when a parameter decides that.
_CLOSED = literal_column("'closed'", String)
CONTEXT = Prepared(
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
                                     _shift.status != _CLOSED))
    .where(_staff_t.id == _staff)
)
_SALE_COLUMNS = ("counter_id", "receipt_no", "shift_id", "clerk_id", "business_date", "posted_at", "kind",
                 "currency", "price_list_version_id", "service_charge_pct", "tax_pct", "subtotal_minor",
                 "service_charge_minor", "tax_minor", "total_minor", "cash_rounding_minor", "draft_key")
LINE_COLUMNS = ("sale_id", "line_no", "service_code", "name_zh", "name_en", "unit", "quantity", "unit_price_minor",
                "list_amount_minor", "discount_minor", "amount_minor", "override", "approved_by", "approval_reason",
                "price_item_id", "detail")
PAYMENT_COLUMNS = ("sale_id", "seq", "method", "amount_minor", "tendered_minor", "change_minor", "card_last4",
                   "card_approval", "stay_id", "room", "guest_name", "voucher_no", "provider", "reference")
_POSTING_COLUMNS = ("stay_id", "payment_id", "sale_id", "room", "guest_name", "voucher_no", "amount_minor",
                    "business_date", "posted_at")
INSERT_SALE = ChainedInsert(Sale.__table__, _SALE_COLUMNS, returning=("id",))
INSERT_LINES = ChainedInsert(SaleLine.__table__, LINE_COLUMNS)
INSERT_PAYMENT = ChainedInsert(Payment.__table__, PAYMENT_COLUMNS)
INSERT_PAYMENT_ID = ChainedInsert(Payment.__table__, PAYMENT_COLUMNS, returning=("id",))
INSERT_POSTING = ChainedInsert(Posting.__table__, _POSTING_COLUMNS)


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
    engine = engine_of(session)
    cached = _settings_by_engine.get(engine)
    if cached is not None and cached[0] == version:
        session.info.setdefault("bizcenter.settings", cached[1])
        return cached[1]
    settings = load_settings(session)
    _settings_by_engine[engine] = (version, settings)
    return settings


def sale_context(session: Session, staff_id: int, counter_id: int, draft_key: str | None, at: datetime) -> SaleContext:
    row = CONTEXT.first(session, {"staff": staff_id, "counter": counter_id, "key": draft_key, "at": at})
    if row is None:
        raise NotFound(zh="未知员工", en="Unknown staff member")
    name, shift_id, status, business_date, counter_code, settled, version_id, settings_version = row
    if shift_id is None:
        raise NotAllowed("no_open_shift", "请先开班", "Open a shift first")
    if version_id is None:
        raise NotFound("no_price_list", "尚未设置价目表", "No price list is in effect yet")
    return SaleContext(name, shift_id, status, business_date, counter_code or "?", settled, version_id,
                       _settings(session, settings_version))


def insert_sale(conn: Connection, values: dict) -> int:
    return INSERT_SALE.scalar(conn, values)


def insert_rows(conn: Connection, statement: Prepared, rows: list[dict]) -> None:
    statement.many(conn, rows)


def insert_payment_returning_id(conn: Connection, values: dict) -> int:
    return INSERT_PAYMENT_ID.scalar(conn, values)
