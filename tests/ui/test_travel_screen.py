"""The VIP travel board at the counter (Logs, F9, VIP travel): a departure booked for Hans Müller (1208) for
tomorrow shows on the board highlighted until the car's plate and driver are known; a call that reached him is logged and the
movement confirmed; its services go on the open bill once the supervisor has added the travel rates; a
wrong airport code is refused with a message and books nothing. The supervisor reads tomorrow's movement
with its calls in the back office and adds the travel rates to the price list there."""
from __future__ import annotations

import os
from datetime import datetime, time, timedelta

import pytest
import time_machine
from PySide6.QtCore import QDate, QTime

from bizcenter.db import make_engine, unit_of_work
from bizcenter.models import Staff
from bizcenter.printing import queue
from bizcenter.workflows import travel_board
from sqlalchemy import select

from uidriver import SUPERVISOR, WAIT, idle, open_shift


def _book(qtbot, win, page, airport="FRA"):
    page.do_new()
    form = page.form
    tomorrow = win.station.hotel_clock().today() + timedelta(days=1)
    form.direction.setCurrentIndex(form.direction.findData("departure"))
    form.room.setText("1208")
    form.guest.setText("hans muller")
    form.airline.setText("LH")
    form.flight_no.setText("729")
    form.from_airport.setText("PVG")
    form.to_airport.setText(airport)
    form.flight_date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    form.flight_time.setTime(QTime(22, 30))
    form.car_type.setText("Mercedes S")
    form.services["meet_greet"].setChecked(True)
    form.bags.setValue(3)
    if os.environ.get("TRAVEL_SHOTS"):
        form.grab().save(os.environ["TRAVEL_SHOTS"] + "/travel_form.png")
    form.accept()
    idle(qtbot, win)


@pytest.fixture
def at_ten(qtbot, window):
    """The hotel's 10:00 on its business day, the clock ticking on: tomorrow's 22:30 flight is then more than a
    day away (not yet "unconfirmed" on the board), whatever the hour the suite runs."""
    idle(qtbot, window)
    clock = window.station.hotel_clock()
    with time_machine.travel(datetime.combine(clock.today(), time(10), tzinfo=clock.tz), tick=True):
        yield window


def test_a_departure_is_booked_confirmed_after_a_call_and_charged_on_the_bill(qtbot, at_ten, seeded_url):
    window = at_ten
    open_shift(qtbot, window)
    dialog = window.counter.open_logs("travel")
    page = dialog.pages["travel"]
    idle(qtbot, window)
    _book(qtbot, window, page, airport="XQZ")
    assert "XQZ" in page.message.text() and page.table.rows == []  # unknown airport: refused, nothing booked
    _book(qtbot, window, page)
    qtbot.waitUntil(lambda: len(page.table.rows) == 1, timeout=WAIT)
    [row] = page.table.rows
    assert row.movement.guest_name == "Müller, Hans" and row.attention == ("no_car",)
    assert page.table.item(0, 0).background().color().name() == "#ffe1c4"  # highlighted: needs action
    assert page.table.item(0, 6).text() == "PVG → FRA"
    page.table.selectRow(0)
    assert page.buttons["confirm"].isEnabled() and not page.buttons["done"].isEnabled()
    if os.environ.get("TRAVEL_SHOTS"):
        dialog.grab().save(os.environ["TRAVEL_SHOTS"] + "/travel_board.png")
    page.do_car()
    car = page.form
    car.car_plate.setText("HU-A 8J888")
    car.driver.setText("Zhang Wei")
    car.accept()
    qtbot.waitUntil(lambda: page.table.rows and page.table.rows[0].attention == (), timeout=WAIT)
    assert page.table.rows[0].movement.driver == "Zhang Wei"
    page.table.selectRow(0)
    page.do_call()
    call = page.form
    call.whom.setText("Mr Mueller")
    call.outcome.setCurrentIndex(call.outcome.findData("reached"))
    call.accept()
    idle(qtbot, window)
    page.table.selectRow(0)
    page.buttons["confirm"].click()
    qtbot.waitUntil(lambda: page.table.rows and page.table.rows[0].movement.status == "confirmed", timeout=WAIT)

    page.table.selectRow(0)
    page.buttons["charge"].click()
    idle(qtbot, window)
    assert "vip_transfer" in page.message.text() and window.counter.bill.requests == []  # no rates listed yet
    engine = make_engine(seeded_url)
    unit_of_work(engine, lambda s: travel_board.add_travel_rates(
        s, s.scalar(select(Staff.id).where(Staff.code == SUPERVISOR[0]))))
    engine.dispose()
    page.table.selectRow(0)
    page.buttons["charge"].click()
    idle(qtbot, window)
    assert [r.service for r in window.counter.bill.requests] == ["vip_transfer", "meet_greet"]
    qtbot.waitUntil(lambda: window.counter.bill.quote is not None, timeout=WAIT)
    page.table.selectRow(0)
    page.buttons["print"].click()
    idle(qtbot, window)
    jobs = window.station.desk.op(queue.jobs, window.station.counter_id, include_done=True)
    assert any(row.movement.ref in j.title for j in jobs)  # the driver's slip went through the print queue
    dialog.reject()


def test_the_supervisor_reads_tomorrows_movement_with_its_calls_and_feedback(qtbot, office):
    from bizcenter.workflows import travel
    from bizcenter.workflows.travel import NewMovement

    desk, op = office.station.desk, office.station.op
    tomorrow = office.station.hotel_clock().today() + timedelta(days=1)
    mid = desk.op(travel.request, op, NewMovement("arrival", "Tanaka Ken", "NH", "919", "HND", "PVG", tomorrow,
                                                  time(14, 5), lounge=True))
    desk.op(travel.log_call, op, mid, "Ms Sato (secretary)", "left_message")
    page = office.backoffice.show_tab("travel")
    idle(qtbot, office)
    [m] = page.rows.rows
    assert (m.guest_name, m.status, m.flight) == ("Tanaka Ken", "requested", "NH 919")
    assert m.expected_hotel.replace(tzinfo=None).time().isoformat() == "14:05:00"  # Pudong: the hotel's zone
    assert "Ms Sato" in page.rows.data(page.rows.index(0, 10))
    if os.environ.get("TRAVEL_SHOTS"):
        office.grab().save(os.environ["TRAVEL_SHOTS"] + "/travel_office.png")
    page.rates_button.click()
    idle(qtbot, office)
    from bizcenter.workflows.catalogue import current_pricelist

    assert {"vip_transfer", "meet_greet", "fast_track", "lounge"} <= set(desk.op(current_pricelist).items)
    page.rates_button.click()
    idle(qtbot, office)
    assert page.message.text()  # already there: said so, nothing published twice
