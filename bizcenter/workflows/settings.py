"""Hotel settings kept in the database (so every counter sharing a PostgreSQL database agrees).

Defaults live here; a row in `setting` overrides one key. Percentages are decimal strings, money is
minor units, and the business day starts at `day_cutoff_hour` in the hotel's time zone.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cached_property
from zoneinfo import ZoneInfo

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..hoteltime import HotelClock
from ..models import Setting

DEFAULTS: dict = {
    "hotel_name_zh": "示例大酒店",
    "hotel_name_en": "Demo Grand Hotel",
    "currency": "CNY",
    "service_charge_pct": "10",
    "tax_pct": "6",
    "tax_on_service_charge": True,
    "timezone": "Asia/Shanghai",
    "day_cutoff_hour": 4,
    "variance_limit_minor": 1000,
    # cash rounding (抹零, workflows/cashround.py): "none", "10" (to ¥0.10) or "100" (to ¥1.00). Prices are
    # in fen but a Chinese drawer's smallest note is ¥0.10 (fen coins are no longer given as change), so
    # cash is rounded to ¥0.10 by default; card and room charges are never rounded.
    "cash_rounding": "10",
    "lockout_attempts": 5,
    "lockout_minutes": 15,
    "denominations_minor": [10000, 5000, 2000, 1000, 500, 100, 50, 10],
    "zones": None,  # None: resources/zones.json
    "fax_rack_days": 7,  # an unclaimed fax in the rack longer than this is archived (workflows/fax_rack.py)
    "devices": ["传真机 Fax", "复印机 Copier", "激光打印机 Laser printer", "彩色打印机 Colour printer",
                "扫描仪 Scanner", "电脑 1 PC 1", "电脑 2 PC 2", "收据打印机 Receipt printer"],
    # rentals (workflows/bookings.py): pieces of each rentable item the centre owns (missing: 1), and
    # the services whose hand-over needs a deposit held first (a room cannot walk away; a projector can)
    "equipment_units": {"projector": 2, "laptop": 2, "screen": 2, "microphone": 4, "flipchart": 2,
                        "conference_phone": 1},
    "rental_deposit_required": ["equipment"],
    # installation (bizcenter/workflows/firststart.py, bizcenter/backup.py): the first-start wizard has
    # run; daily automatic backups of a SQLite database kept (oldest deleted beyond this)
    "setup_done": False,
    "backup_keep": 14,
    # a counter's receipt printer given as a setting, {counter code: {"kind", "address"}}: used by
    # printing/queue.py until the counter's own printer row is saved (the wizard saves that row)
    "counter_printers": {},
    "ticket_id_retention_days": 30,  # passengers' ID numbers are erased this many days after the last flight
    # internet is charged by the time used, however long; a session open longer than this is flagged at
    # handover and in the running tab (a guest who forgot to log out), never capped (workflows/internet.py)
    "internet_session_alert_hours": 8,
    # a rental taken a little early or given back a little late: this many minutes beyond the booked time,
    # in all, are not charged (past them every minute is); workflows/bookings.charged_minutes
    "rental_grace_minutes": 10,
}


@dataclass(frozen=True)
class Settings:
    values: dict

    def __getattr__(self, key: str):
        try:
            return self.values[key]
        except KeyError:
            raise AttributeError(key) from None

    @cached_property
    def zone_config(self):
        """The configured destination zones, else the shipped ones; parsed once per settings read."""
        from ..pricing import ZoneConfig, load_default_zones

        configured = self.values.get("zones")
        return ZoneConfig.from_dict(configured) if configured else load_default_zones()

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.values["timezone"])

    @property
    def service_charge(self) -> Decimal:
        return Decimal(self.values["service_charge_pct"])

    @property
    def tax(self) -> Decimal:
        return Decimal(self.values["tax_pct"])

    @cached_property
    def clock(self) -> HotelClock:
        """The hotel's clock (zone and business-day cut-off): every shown, defaulted or filtered time."""
        return HotelClock(self.tz, int(self.values["day_cutoff_hour"]))

    def business_date(self, at: datetime | None = None) -> date:
        """The hotel's business day of an instant (now when none): before the cut-off it is still yesterday."""
        return self.clock.business_date(at)


def load_settings(session: Session) -> Settings:
    """Read once per transaction: a sale asks for them when quoting, zoning and printing."""
    cached = session.info.get(_CACHE)
    if cached is not None:
        return cached
    values = dict(DEFAULTS)
    for row in session.scalars(select(Setting)):
        values[row.key] = row.value.get("v")
    session.info[_CACHE] = settings = Settings(values)
    return settings


_CACHE = "bizcenter.settings"
SETTINGS_SEQUENCE = "settings"  # bumped by every change, so a cached copy knows when it is stale


@event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction) -> None:
    if transaction.parent is None:  # the next transaction reads them afresh
        session.info.pop(_CACHE, None)


def _check(key: str, value) -> None:
    if key not in DEFAULTS:
        raise InvalidInput(zh="未知设置项：{key}", en="Unknown setting: {key}", key=key)
    if key in ("service_charge_pct", "tax_pct"):
        try:
            pct = Decimal(str(value))
        except Exception:
            pct = Decimal(-1)
        if not pct.is_finite() or not (0 <= pct <= 100):  # NaN would raise on the comparison
            raise InvalidInput(zh="百分比须在 0 到 100 之间", en="A percentage must be from 0 to 100")
    if key == "timezone":
        try:
            ZoneInfo(str(value))
        except Exception:
            raise InvalidInput(zh="未知时区：{v}", en="Unknown time zone: {v}", v=value) from None
    if key == "fax_rack_days" and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 365):
        raise InvalidInput(zh="传真储架保留天数须为 1 到 365", en="Fax rack days must be from 1 to 365")
    if key == "backup_keep" and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 365):
        raise InvalidInput(zh="保留的自动备份份数须为 1 到 365", en="Backups kept must be from 1 to 365")
    if key == "ticket_id_retention_days" and (isinstance(value, bool) or not isinstance(value, int)
                                              or not 1 <= value <= 3650):
        raise InvalidInput(zh="证件号码保留天数须为 1 到 3650", en="ID retention days must be from 1 to 3650")
    if key == "internet_session_alert_hours" and (isinstance(value, bool) or not isinstance(value, int)
                                                  or not 1 <= value <= 168):
        raise InvalidInput(zh="上网超时提醒小时数须为 1 到 168", en="Internet session alert hours must be from 1 to 168")
    if key == "rental_grace_minutes" and (isinstance(value, bool) or not isinstance(value, int)
                                          or not 0 <= value <= 120):
        raise InvalidInput(zh="租用宽限分钟数须为 0 到 120", en="Rental grace minutes must be from 0 to 120")
    if key == "cash_rounding":
        from .cashround import unit_of

        unit_of(value)
    if key == "currency":
        from babel.numbers import get_currency_name

        if not isinstance(value, str) or get_currency_name(value, locale="en") == value:
            raise InvalidInput(zh="未知货币：{v}", en="Unknown currency: {v}", v=value)


def set_setting(session: Session, key: str, value) -> None:
    _check(key, value)
    session.info.pop(_CACHE, None)
    from .numbers import next_number

    next_number(session, SETTINGS_SEQUENCE)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value={"v": value}))
    else:
        row.value = {"v": value}
