"""The screens on the hotel's clock, at named moments of the hotel's day (tests/hotelclock.py): either
side of the 04:00 cut-off, 23:59, a UTC date that is not the hotel's, Berlin's daylight-saving night.

Qt's QDate.currentDate() and `.astimezone()` follow the machine (its zone, and a clock time-machine
does not move); the screens take "today" and "now" from the core's clock, so what they open on and
show is the hotel's. Expected wall-clock texts are worked out here with zoneinfo, not by the app."""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from bizcenter.db import make_engine, unit_of_work
from bizcenter.workflows import shift
from bizcenter.workflows.staff import Operator
from ui.errands.bookingform import to_qt
from uidriver import CLERK, SUPERVISOR, idle, open_shift, signed_in_app


def qdate(d) -> QDate:
    return QDate(d.year, d.month, d.day)


@pytest.fixture
def hotel(hotel_clock_running, seeded_url):
    """The moment, with the seeded database set to the moment's zone."""
    hotel_clock_running.use_zone(seeded_url)
    return hotel_clock_running


@pytest.fixture
def office(qtbot, hotel, seeded_url, monkeypatch):
    win = signed_in_app(qtbot, seeded_url, monkeypatch, SUPERVISOR)
    yield win
    idle(qtbot, win)
    win.station.desk.close()


def _closed_shift(session) -> None:
    """C01 opens and closes a quiet shift at BC1 (the float counted back) with a handover note."""
    from sqlalchemy import select

    from bizcenter.models import Counter, Staff

    clerk = session.scalar(select(Staff.id).where(Staff.code == CLERK[0]))
    op = Operator(clerk, session.scalar(select(Counter.id).where(Counter.code == "BC1")))
    info = shift.open_shift(session, op, 50_000)
    shift.count_cash(session, op, info.id, {10000: 5})
    shift.close_shift(session, op, info.id, "copier low on toner")


# --- the counter ------------------------------------------------------------------------------------
@pytest.mark.parametrize("service, item", [("meeting_room", "small"), ("equipment", "projector")])
def test_the_booking_calendars_open_on_the_hotels_day_and_show_a_booking_made_now(qtbot, hotel, window,
                                                                                   service, item):
    open_shift(qtbot, window)
    window.counter.tile_buttons[service].click()
    dialog = window.counter.dialog
    idle(qtbot, window)
    assert dialog.calendar.day == hotel.calendar_date and dialog.date.date() == qdate(hotel.calendar_date)
    tz = ZoneInfo(hotel.zone)
    start = datetime.now(tz).replace(second=0, microsecond=0) + timedelta(minutes=2)
    form = dialog.form
    form.item.setCurrentIndex(form.item.findData(item))
    form.start.setDateTime(to_qt(start, tz))
    form.end.setDateTime(to_qt(start + timedelta(hours=1), tz))
    form.name.setText("Ms. Okafor")
    form.phone.setText("13800138000")
    form.book.click()
    idle(qtbot, window)
    assert dialog.selected is not None, dialog.message.text()
    dialog.next.click()  # away from today, and back with "Today"
    idle(qtbot, window)
    dialog.today.click()
    idle(qtbot, window)
    assert dialog.calendar.day == hotel.calendar_date and dialog.date.date() == qdate(hotel.calendar_date)
    dialog.week_view.click()  # the week view shows every hour of the day (the day view 07:00–23:00)
    idle(qtbot, window)
    assert "Okafor" in dialog.calendar.cell_text(item, start)
    dialog.close_button.click()
    idle(qtbot, window)


def test_the_handover_shows_when_the_last_shift_closed_on_the_hotels_clock(qtbot, hotel, seeded_url, monkeypatch):
    engine = make_engine(seeded_url)
    unit_of_work(engine, _closed_shift)
    engine.dispose()
    win = signed_in_app(qtbot, seeded_url, monkeypatch, CLERK)
    try:
        assert win.stack.currentWidget() is win.shiftstart
        idle(qtbot, win)
        handover = win.shiftstart.handover
        wall = handover.closed_at.astimezone(ZoneInfo(hotel.zone)).strftime("%Y-%m-%d %H:%M")
        text = win.shiftstart.handover_text.toPlainText()
        assert wall in text and wall[:10] == hotel.wall[:10] and "copier low on toner" in text
    finally:
        idle(qtbot, win)
        win.station.desk.close()


# --- the back office ----------------------------------------------------------------------------------
def test_the_back_offices_dates_open_on_the_hotels_business_day(qtbot, office, hotel):
    today = hotel.business_date
    pages = {key: office.backoffice.show_tab(key) for key in ("audit", "roster", "reports", "dayclose", "guests")}
    idle(qtbot, office)
    for key in pages:  # each tab loads when first shown
        office.backoffice.show_tab(key)
        idle(qtbot, office)
    assert pages["audit"].end.date() == qdate(today) and pages["audit"].start.date() == qdate(today - timedelta(days=7))
    assert pages["roster"].week.date() == qdate(today) and pages["roster"].day.date() == qdate(today)
    assert pages["reports"].day.date() == qdate(today) and pages["dayclose"].day.date() == qdate(today)
    assert pages["guests"].event_day.date() == qdate(today)
    assert pages["guests"].follow_on.date() == qdate(today + timedelta(days=1))
    monday = today - timedelta(days=today.weekday())
    assert monday.isoformat() in pages["roster"].week_label.text()  # the hotel's week, not last week


def test_the_audit_logs_default_range_holds_the_sign_in_just_made(qtbot, office, hotel):
    page = office.backoffice.show_tab("audit")
    idle(qtbot, office)
    sign_ins = [r for r in page.rows.rows if r.action == "sign_in"]
    assert [r.staff for r in sign_ins] == ["S01 王强"]
    assert page.rows.data(page.rows.index(0, 0))[:10] == hotel.wall[:10]  # the hotel's date


def test_a_roster_turn_added_for_today_lands_in_todays_column(qtbot, office, hotel):
    page = office.backoffice.show_tab("roster")
    idle(qtbot, office)
    page.clerk.setCurrentIndex(page.clerk.findText("C01 李娜"))
    page.add.click()
    idle(qtbot, office)
    (entry,) = page.entries
    assert entry.work_date == hotel.business_date
    column = hotel.business_date.weekday()
    assert any("07:00" in page.grid.item(r, column).text() for r in range(page.grid.rowCount()))


def test_the_price_list_editor_offers_the_hotels_next_midnight_and_publishes_it(qtbot, office, hotel):
    page = office.backoffice.show_tab("prices")
    idle(qtbot, office)
    tomorrow = hotel.calendar_date + timedelta(days=1)
    assert page.effective.dateTime() == QDateTime(qdate(tomorrow), QTime(0, 0))
    page.set_new_rate("copy", ("options", "A4", "bw_minor"), "2.50")
    page.publish.click()
    idle(qtbot, office)
    assert page.history.rowCount() == 2, page.message.text()
    assert page.history.data(page.history.index(0, 1)) == f"{tomorrow} 00:00"


def test_a_fault_is_listed_with_the_hotels_time(qtbot, office, hotel):
    page = office.backoffice.show_tab("equipment")
    idle(qtbot, office)
    page.fault_device.setCurrentIndex(0)
    page.fault_note.setText("streaks on every page")
    page.report.click()
    idle(qtbot, office)
    row = page.faults.row(0)
    shown = page.faults.data(page.faults.index(0, 0))
    assert shown == row.reported_at.astimezone(ZoneInfo(hotel.zone)).strftime("%m-%d %H:%M")
    assert shown[:5] == hotel.wall[5:10]  # the hotel's month and day


def test_the_hotel_clock_is_read_at_sign_in_and_forgotten_at_sign_out(qtbot, office, hotel):
    clock = office.station.clock
    assert clock is not None and clock.tz.key == hotel.zone and clock.today() == hotel.business_date
    office.station.sign_out()
    assert office.station.clock is None
