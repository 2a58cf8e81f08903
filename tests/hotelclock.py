"""The hotel's clock in tests: frozen moments around the business day, and a whole session moved in time.

`make test` must pass at any hour, so clock-dependent tests run at named moments of the hotel's day
instead of whenever the suite happens to run. Each moment states the hotel's zone, the UTC instant and
the business and calendar dates a person at that hotel expects — written out here, not computed by the
code under test.

BIZCENTER_TEST_NOW=2026-12-06T20:30:00Z (any ISO instant with a zone) starts the whole session's clock
there (ticking), to prove the suite does not depend on the hour it runs.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime, timezone

import pytest
import time_machine


@dataclass(frozen=True)
class HotelMoment:
    name: str
    zone: str
    instant: datetime          # UTC
    wall: str                  # what the hotel's clock shows, "YYYY-MM-DD HH:MM"
    business_date: date        # the hotel's business day (cut-off 04:00)
    calendar_date: date        # the hotel's calendar date (midnight)

    @property
    def utc_date(self) -> date:
        return self.instant.date()

    def use_zone(self, engine_or_url) -> None:
        """Give the test database this moment's hotel zone (Asia/Shanghai is the default)."""
        if self.zone == "Asia/Shanghai":
            return
        from bizcenter.db import make_engine, unit_of_work
        from bizcenter.workflows.settings import set_setting

        engine = make_engine(engine_or_url) if isinstance(engine_or_url, str) else engine_or_url
        unit_of_work(engine, lambda s: set_setting(s, "timezone", self.zone))
        if engine is not engine_or_url:
            engine.dispose()


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


MOMENTS = (
    # 03:59 in Shanghai on 7 December: still the business day of the 6th (cut-off 04:00)
    HotelMoment("sh-0359", "Asia/Shanghai", _utc("2026-12-06T19:59:00"), "2026-12-07 03:59",
                date(2026, 12, 6), date(2026, 12, 7)),
    # 04:01: the 7th has begun, while UTC is still on the 6th
    HotelMoment("sh-0401", "Asia/Shanghai", _utc("2026-12-06T20:01:00"), "2026-12-07 04:01",
                date(2026, 12, 7), date(2026, 12, 7)),
    # 23:59: the hotel's evening, UTC afternoon of the same date
    HotelMoment("sh-2359", "Asia/Shanghai", _utc("2026-12-07T15:59:00"), "2026-12-07 23:59",
                date(2026, 12, 7), date(2026, 12, 7)),
    # 20:30 UTC on the 6th is 04:30 on the 7th in Shanghai: UTC and hotel dates differ
    HotelMoment("sh-utc-split", "Asia/Shanghai", _utc("2026-12-06T20:30:00"), "2026-12-07 04:30",
                date(2026, 12, 7), date(2026, 12, 7)),
    # Berlin, night of 25 October 2026: clocks go back 03:00 CEST → 02:00 CET at 01:00 UTC.
    # 01:30 UTC is 02:30 CET (the hour that happens twice): still the business day of the 24th.
    HotelMoment("berlin-dst", "Europe/Berlin", _utc("2026-10-25T01:30:00"), "2026-10-25 02:30",
                date(2026, 10, 24), date(2026, 10, 25)),
)
MOMENT_IDS = [m.name for m in MOMENTS]


@pytest.fixture(params=MOMENTS, ids=MOMENT_IDS)
def hotel_clock_at(request):
    """The clock frozen (not ticking) at each named moment of the hotel's day; yields the HotelMoment.

    For core tests. A test with a database in another zone calls `moment.use_zone(engine)`."""
    with time_machine.travel(request.param.instant, tick=False):
        yield request.param


@pytest.fixture(params=MOMENTS, ids=MOMENT_IDS)
def hotel_clock_running(request):
    """Like hotel_clock_at, but the clock ticks on from the moment: for UI tests (pytest-qt's waits
    measure time with time.time(), so a frozen clock would never time out)."""
    with time_machine.travel(request.param.instant, tick=True):
        yield request.param


# --- BIZCENTER_TEST_NOW: the whole session at another hour ----------------------------------------------
_session_travel = None


def session_now() -> datetime | None:
    raw = os.environ.get("BIZCENTER_TEST_NOW", "").strip()
    if not raw:
        return None
    at = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    if at.tzinfo is None:
        raise pytest.UsageError("BIZCENTER_TEST_NOW needs a zone, e.g. 2026-12-06T20:30:00Z")
    return at


def start_session_clock() -> None:
    global _session_travel
    at = session_now()
    if at is not None:
        _session_travel = time_machine.travel(at, tick=True)
        _session_travel.start()


def stop_session_clock() -> None:
    global _session_travel
    if _session_travel is not None:
        _session_travel.stop()
        _session_travel = None
