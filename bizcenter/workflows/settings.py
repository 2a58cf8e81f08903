"""Hotel settings kept in the database (so every counter sharing a PostgreSQL database agrees).

Defaults live here; a row in `setting` overrides one key. Percentages are decimal strings, money is
minor units, and the business day starts at `day_cutoff_hour` in the hotel's time zone.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cached_property
from zoneinfo import ZoneInfo

from sqlalchemy import Text, cast, event, select
from sqlalchemy.orm import Session

from ..hoteltime import HotelClock
from ..models import Setting
from .settings_schema import SCHEMA, SPECS, StoredProblem, check_stored, validate

log = logging.getLogger(__name__)

# every key, its type, range and default: settings_schema.py (checked when set and when read)
DEFAULTS: dict = {spec.key: spec.default for spec in SPECS}


class _Values(dict):
    """The values in use; a setting whose stored value is bad and changes money refuses to be read."""

    blocked: dict

    def __getitem__(self, key):
        if key in self.blocked:
            raise self.blocked[key].refusal()
        return super().__getitem__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default


@dataclass(frozen=True)
class Settings:
    values: dict
    #: stored values outside their range, each replaced by its default or, where it changes money, refused
    problems: tuple[StoredProblem, ...] = ()

    def __getattr__(self, key: str):
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self.values[key]
        except KeyError:
            raise AttributeError(key) from None

    @cached_property
    def zone_config(self):
        """The configured destination zones, else the shipped ones; parsed once per settings read."""
        from ..pricing import ZoneConfig, load_default_zones

        configured = self.values.get("zones")  # refused here when the stored zones are bad
        return ZoneConfig.from_dict(configured) if configured else load_default_zones()

    @property
    def display_currency(self) -> str:
        """The currency screens format amounts in: the default while a bad stored one is refused (so a
        supervisor can still sign in and correct it; every sale and report reads `currency` and is refused)."""
        return dict.get(self.values, "currency") or DEFAULTS["currency"]

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.values["timezone"])

    @property
    def service_charge(self) -> Decimal:
        return Decimal(self.values["service_charge_pct"])  # the stored text, checked at load

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
    """Read once per transaction: a sale asks for them when quoting, zoning and printing.

    Each stored value is checked against the schema: a bad one (written by an older version or by SQL) is
    never a traceback; it is named in `problems` (shown by `verify`, `config show` and the back office), and
    the default is used instead, except for settings that change money, whose readers are refused."""
    cached = session.info.get(_CACHE)
    if cached is not None:
        return cached
    values = _Values(DEFAULTS)
    values.blocked = {}
    problems = []
    for key, raw in session.execute(select(Setting.key, cast(Setting.value, Text))):
        if key not in SCHEMA:
            continue  # a key an older version used and this one does not
        try:
            stored = json.loads(raw)
            stored = stored["v"] if isinstance(stored, dict) and "v" in stored else _Unreadable(raw)
        except (TypeError, ValueError):
            stored = _Unreadable(raw)
        values[key], problem = check_stored(key, stored)
        if problem is not None:
            problems.append(problem)
            if problem.money:
                values.blocked[key] = problem
            if (key, problem.value) not in _warned:
                _warned.add((key, problem.value))
                log.warning("%s", problem.message("en"))
    session.info[_CACHE] = settings = Settings(values, tuple(problems))
    return settings


class _Unreadable:
    """A row whose text is not the `{"v": …}` JSON this program writes: quoted as it is, refused by every check."""

    def __init__(self, raw) -> None:
        self.raw = str(raw)

    def __repr__(self) -> str:
        return self.raw


_warned: set[tuple[str, str]] = set()  # each bad stored value is logged once per process, not per transaction


_CACHE = "bizcenter.settings"
SETTINGS_SEQUENCE = "settings"  # bumped by every change, so a cached copy knows when it is stale


@event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction) -> None:
    if transaction.parent is None:  # the next transaction reads them afresh
        session.info.pop(_CACHE, None)


def set_setting(session: Session, key: str, value) -> None:
    """Store one setting, checked against its type and range first (a refusal names both)."""
    value = validate(key, value)
    session.info.pop(_CACHE, None)
    from .numbers import next_number

    next_number(session, SETTINGS_SEQUENCE)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value={"v": value}))
    else:
        row.value = {"v": value}
