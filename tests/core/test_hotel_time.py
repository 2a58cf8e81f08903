"""The hotel's clock in the core, at named moments of the hotel's day (tests/hotelclock.py): either
side of the 04:00 cut-off, 23:59, a UTC date that is not the hotel's, Berlin's daylight-saving night.

"Today" is the hotel's business day whatever the machine's zone and date; a range of days filters
from cut-off to cut-off; the price list's effective time and the command line speak hotel time."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, time, timedelta, timezone

import pytest

from bizcenter.cli import main
from bizcenter.db import unit_of_work
from bizcenter.desk import Desk
from bizcenter.errors import InvalidInput
from bizcenter.hoteltime import HotelClock
from bizcenter.models import utcnow
from bizcenter.workflows import auditlog, complaints, pricebook, staff
from bizcenter.workflows.catalogue import install_default_pricelist
from bizcenter.workflows.settings import load_settings
from bizcenter.workflows.staff import Credentials


def _seed(engine) -> tuple[int, int]:
    def seed(s):
        install_default_pricelist(s)
        staff.add_counter(s, "BC1", "一号柜台", "Counter 1")
        clerk = staff.add_staff(s, "C01", "李娜", "clerk", "1111")
        sup = staff.add_staff(s, "S01", "王强", "supervisor", "9999")
        return clerk.id, sup.id

    return unit_of_work(engine, seed)


# --- the clock itself ------------------------------------------------------------------------------
def test_today_is_the_hotels_business_day_and_the_wall_clock_is_the_hotels(hotel_clock_at):
    m = hotel_clock_at
    clock = HotelClock.of(m.zone)
    assert clock.today() == m.business_date
    assert clock.calendar_date() == m.calendar_date
    assert clock.text(utcnow()) == m.wall and clock.now().strftime("%Y-%m-%d %H:%M") == m.wall
    start, end = clock.day_bounds(m.business_date)
    assert start <= utcnow() < end  # now falls inside today's business day, whatever UTC's date is


def test_berlins_change_nights_are_25_and_23_hours_from_cut_off_to_cut_off():
    clock = HotelClock.of("Europe/Berlin")
    autumn = clock.day_bounds(date(2026, 10, 24))  # clocks go back in the night of the 25th
    spring = clock.day_bounds(date(2026, 3, 28))   # clocks go forward in the night of the 29th
    assert autumn[1] - autumn[0] == timedelta(hours=25) and spring[1] - spring[0] == timedelta(hours=23)
    assert [clock.text(t, "%H:%M") for t in (*autumn, *spring)] == ["04:00"] * 4
    # 03:59 and 04:01 on the change night, either side of the cut-off
    assert clock.business_date(datetime(2026, 10, 25, 2, 59, tzinfo=timezone.utc)) == date(2026, 10, 24)
    assert clock.business_date(datetime(2026, 10, 25, 3, 1, tzinfo=timezone.utc)) == date(2026, 10, 25)
    # a range of days spans the long night as one 25-hour day
    first, last = clock.days_bounds(date(2026, 10, 24), date(2026, 10, 25))
    assert last - first == timedelta(hours=49)


def test_the_desk_hands_screens_the_hotels_clock(hotel_clock_at, engine):
    m = hotel_clock_at
    m.use_zone(engine)
    desk = Desk(engine)
    clock = desk.clock()
    assert clock.tz.key == m.zone and clock.today() == m.business_date
    assert desk.business_today() == m.business_date
    assert unit_of_work(engine, lambda s: load_settings(s).business_date()) == m.business_date


# --- filters by day -----------------------------------------------------------------------------------
def test_the_audit_log_of_today_holds_a_sign_in_made_now(hotel_clock_at, engine):
    m = hotel_clock_at
    m.use_zone(engine)
    _, sup = _seed(engine)
    unit_of_work(engine, lambda s: staff.sign_in(s, Credentials("C01", "1111"), "BC1"))
    today, day = m.business_date, timedelta(days=1)

    def signed_in(start, end):
        rows = unit_of_work(engine, lambda s: auditlog.entries(s, sup, auditlog.AuditFilter(
            start, end, actions=("sign_in",))))
        return [r.staff for r in rows]

    assert signed_in(today, today) == ["C01 李娜"]
    assert signed_in(today - timedelta(days=7), today) == ["C01 李娜"]  # the screen's default range
    assert signed_in(today + day, None) == [] and signed_in(None, today - day) == []
    row = unit_of_work(engine, lambda s: auditlog.entries(s, sup, auditlog.AuditFilter(actions=("sign_in",))))[0]
    assert f"{row.at:%Y-%m-%d %H:%M}" == m.wall  # shown on the hotel's clock


def test_feedback_recorded_now_is_in_todays_log(hotel_clock_at, engine):
    m = hotel_clock_at
    m.use_zone(engine)
    _, sup = _seed(engine)
    unit_of_work(engine, lambda s: complaints.record(s, sup, "complaint", "Hans Muller", "fax late", "1208"))
    today = m.business_date
    assert [f.guest_name for f in unit_of_work(engine, lambda s: complaints.log(s, today, today))] == ["Hans Muller"]
    assert unit_of_work(engine, lambda s: complaints.log(s, today + timedelta(days=1), None)) == []
    (row,) = unit_of_work(engine, lambda s: complaints.log(s))
    assert f"{row.received_at:%Y-%m-%d %H:%M}" == m.wall


# --- the price list ---------------------------------------------------------------------------------
def test_new_rates_from_the_hotels_next_midnight_are_accepted(hotel_clock_at, engine):
    m = hotel_clock_at
    m.use_zone(engine)
    _, sup = _seed(engine)
    midnight = datetime.combine(m.calendar_date + timedelta(days=1), time(0))  # what the editor offers
    change = {("copy", ("options", "A4", "bw_minor")): 250}
    unit_of_work(engine, lambda s: pricebook.change_rates(s, sup, change, midnight, "new copy rate"))
    newest = unit_of_work(engine, pricebook.history)[0]
    assert f"{newest.effective_from:%Y-%m-%d %H:%M}" == f"{m.calendar_date + timedelta(days=1)} 00:00"
    if m.utc_date < m.calendar_date:  # the machine's (UTC) midnight of tomorrow has already passed here
        utc_tomorrow = datetime.combine(m.utc_date + timedelta(days=1), time(0))
        with pytest.raises(InvalidInput):
            unit_of_work(engine, lambda s: pricebook.change_rates(s, sup, change, utc_tomorrow))


ZONE_TEXT = {"Asia/Shanghai": "2000-01-01 08:00 Asia/Shanghai", "Europe/Berlin": "2000-01-01 01:00 Europe/Berlin"}


def test_the_command_lines_price_list_gives_hotel_time_and_names_the_zone(hotel_clock_at, db_url, capsys):
    m = hotel_clock_at
    m.use_zone(db_url)
    from bizcenter.db import make_engine

    engine = make_engine(db_url)
    _seed(engine)  # the default rates are in effect from 2000-01-01 00:00 UTC
    engine.dispose()
    assert main(["--db", db_url, "--lang", "en", "price-list", "show"]) == 0
    out = capsys.readouterr().out
    assert ZONE_TEXT[m.zone] in out.splitlines()[0] and "UTC" not in out


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_the_printed_price_list_gives_hotel_time_and_names_the_zone(engine, tmp_path):
    from bizcenter.documents.pdf_reports import write_report

    _seed(engine)
    path = unit_of_work(engine, lambda s: write_report(s, "pricelist", tmp_path / "prices.pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert ZONE_TEXT["Asia/Shanghai"] in text and "UTC" not in text
