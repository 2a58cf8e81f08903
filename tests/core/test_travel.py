"""VIP travel movements: booked for a guest in house (room and name checked) or booked ahead; the flight's
airports from the IATA list and its time on the airport's clock; requested → confirmed → done only forward,
confirmation only after a call that reached someone; a delay moves the board's time and a re-timed car;
feedback after the service; the day board marks what needs action; the services go on the normal bill.

Scenario: T0 is 2026-03-10 09:00 Shanghai; Hans Müller (1208) flies out of PVG to FRA, a guest booked ahead
lands at PEK from Tokyo; the fake clock moves one minute per action.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from bizcenter.workflows import reversal, travel, travel_board
from bizcenter.workflows.travel import NewMovement

from scenario import SUP, audit_actions, build_world, refused, sell, total_of


@pytest.fixture
def w(engine):
    return build_world(engine)


def departure(**kw):
    base = dict(direction="departure", guest_name="hans muller", airline="lh", flight_no="LH 729",
                from_airport="pvg", to_airport="FRA", flight_date=date(2026, 3, 10), flight_time=time(22, 30),
                room="1208", car_type="Mercedes S", pickup_time=datetime(2026, 3, 10, 19, 0), fast_track=True,
                meet_greet=True, bags=3)
    base.update(kw)
    return NewMovement(**base)


def book(w, m=None, at=None):
    return w.run(lambda s: travel.request(s, w.clerk, m or departure(), at or w.clock()))


def view(w, mid):
    return w.run(lambda s: travel_board.view(s, mid))


def test_a_departure_keeps_the_registered_guest_the_airports_by_name_and_the_flight_on_the_airports_clock(w):
    v = view(w, book(w))
    assert (v.room, v.guest_name, v.flight, v.status, v.bags) == ("1208", "Müller, Hans", "LH 729", "requested", 3)
    assert v.from_airport.startswith("PVG Shanghai") and v.to_airport.startswith("FRA Frankfurt")
    assert v.expected_airport.replace(tzinfo=None) == datetime(2026, 3, 10, 22, 30)  # take-off at Pudong
    assert v.expected_hotel.utcoffset() == timedelta(hours=8)
    assert v.pickup_hotel.replace(tzinfo=None) == datetime(2026, 3, 10, 19, 0)
    assert set(v.services) == {"meet_greet", "fast_track"} and v.created_by == "李娜"
    assert "travel_requested" in audit_actions(w)


def test_an_arrival_time_is_read_on_the_landing_airports_clock_and_shown_in_hotel_time(w):
    m = departure(direction="arrival", room="", guest_name="Tanaka Ken", airline="NH", flight_no="963",
                  from_airport="HND", to_airport="PEK", flight_date=date(2026, 3, 11), flight_time=time(13, 5))
    v = view(w, book(w, m))
    assert v.room == "" and v.guest_name == "Tanaka Ken" and v.airport_code == "PEK"
    assert v.expected_hotel.replace(tzinfo=None) == datetime(2026, 3, 11, 13, 5)  # Beijing = hotel's zone
    m2 = departure(direction="arrival", room="", guest_name="Tanaka Ken", from_airport="PEK", to_airport="LHR",
                   flight_date=date(2026, 3, 11), flight_time=time(7, 0))
    v2 = view(w, book(w, m2))  # lands at Heathrow 07:00 London = 15:00 Shanghai
    assert v2.expected_airport.replace(tzinfo=None) == datetime(2026, 3, 11, 7, 0)
    assert v2.expected_hotel.replace(tzinfo=None) == datetime(2026, 3, 11, 15, 0)


@pytest.mark.parametrize("change, code", [
    (dict(from_airport="XQZ"), "unknown_airport"),
    (dict(to_airport="PVG"), "same_airport"),
    (dict(airline="LUFT"), "bad_airline"),
    (dict(flight_no="72A9"), "bad_flight"),
    (dict(room="0606"), "travel_guest_left"),  # checked out
    (dict(guest_name="John Smith"), "name_mismatch"),
    (dict(bags=120), "bad_bags"),
    (dict(direction="sideways"), "bad_direction"),
])
def test_a_movement_with_a_wrong_flight_or_guest_is_refused_naming_what_to_correct(w, change, code):
    refused(w, lambda s: travel.request(s, w.clerk, departure(**change), w.clock()), code)


def test_steps_go_forward_only_and_confirming_needs_a_call_that_reached_someone(w):
    mid = book(w)
    refused(w, lambda s: travel.confirm(s, w.clerk, mid, w.clock()), "movement_not_called")
    refused(w, lambda s: travel.complete(s, w.clerk, mid, w.clock()), "movement_not_confirmed")
    w.run(lambda s: travel.log_call(s, w.clerk, mid, "Mr Müller", "no_answer", at=w.clock()))
    refused(w, lambda s: travel.confirm(s, w.clerk, mid, w.clock()), "movement_not_called")
    w.run(lambda s: travel.log_call(s, w.clerk2, mid, "his secretary", "reached", "ok for 19:00", at=w.clock()))
    w.run(lambda s: travel.confirm(s, w.clerk2, mid, w.clock()))
    refused(w, lambda s: travel.confirm(s, w.clerk, mid, w.clock()), "movement_confirmed")
    refused(w, lambda s: travel.complete(s, w.clerk, mid, w.clock.t - timedelta(minutes=5)), "movement_step_order")
    refused(w, lambda s: travel.follow_up(s, w.clerk, mid, 5, "", w.clock()), "movement_not_done")
    w.run(lambda s: travel.complete(s, w.clerk, mid, w.clock()))
    refused(w, lambda s: travel.cancel(s, w.clerk, mid, "changed plans", w.clock()), "movement_done")
    w.run(lambda s: travel.follow_up(s, w.clerk, mid, 4, "Driver was early, car spotless", w.clock()))
    refused(w, lambda s: travel.follow_up(s, w.clerk, mid, 5, "", w.clock()), "movement_followed")
    v = view(w, mid)
    assert (v.status, v.rating, v.feedback, v.confirmed_by) == ("done", 4, "Driver was early, car spotless", "Tom Baker")
    assert [(e.whom, e.outcome) for e in v.events] == [("Mr Müller", "no_answer"), ("his secretary", "reached")]
    assert v.done_at.utcoffset() == timedelta(hours=8)


def test_a_cancelled_movement_takes_no_further_step_and_needs_a_reason(w):
    mid = book(w)
    refused(w, lambda s: travel.cancel(s, w.clerk, mid, "  ", w.clock()), "message_incomplete")
    w.run(lambda s: travel.cancel(s, w.clerk, mid, "guest flies with the company's driver", w.clock()))
    refused(w, lambda s: travel.log_call(s, w.clerk, mid, "guest", "reached", at=w.clock()), "movement_cancelled")
    refused(w, lambda s: travel_board.charge_lines(s, mid, w.clock.t), "movement_cancelled")
    assert view(w, mid).status == "cancelled"


def test_a_delay_moves_the_flight_and_a_retimed_car_by_the_same_amount_and_is_on_the_board(w):
    mid = book(w)
    refused(w, lambda s: travel.disruption(s, w.clerk, mid, "delayed", ["car_retimed"], at=w.clock()),
            "disruption_needs_time")
    refused(w, lambda s: travel.disruption(s, w.clerk, mid, "delayed", [], date(2026, 3, 11), time(0, 45),
                                           at=w.clock()), "bad_disruption_action")
    w.run(lambda s: travel.disruption(s, w.clerk, mid, "delayed", ["car_retimed", "guest_informed"],
                                      date(2026, 3, 11), time(0, 45), "ATC", at=w.clock()))
    v = view(w, mid)
    assert v.expected_airport.replace(tzinfo=None) == datetime(2026, 3, 11, 0, 45)
    assert v.scheduled_airport.replace(tzinfo=None) == datetime(2026, 3, 10, 22, 30)
    assert v.pickup_hotel.replace(tzinfo=None) == datetime(2026, 3, 10, 21, 15)  # 2 h 15 later too
    assert v.events[-1].actions == ("car_retimed", "guest_informed") and v.disrupted
    rows = w.run(lambda s: travel_board.board(s, at=w.clock.t))
    # 00:45 on the 11th is before the 04:00 cut-off: still the 10th's business day
    assert [(r.movement.id, r.day) for r in rows] == [(mid, date(2026, 3, 10))]
    assert set(rows[0].attention) == {"unconfirmed", "disrupted", "no_car"}


def test_the_board_shows_today_and_tomorrow_in_time_order_and_marks_only_what_needs_action(w):
    later = book(w, departure(flight_date=date(2026, 3, 11), flight_time=time(23, 0), car_type=""))
    soon = book(w, departure(flight_time=time(12, 0), car_plate="沪A12345", driver="Zhang"))
    far = book(w, departure(flight_date=date(2026, 3, 13), flight_time=time(9, 0)))
    rows = w.run(lambda s: travel_board.board(s, at=w.clock.t))
    assert [r.movement.id for r in rows] == [soon, later]
    assert far not in [r.movement.id for r in rows]
    assert rows[0].attention == ("unconfirmed",)  # in 3 hours, nobody has confirmed
    assert rows[1].attention == ()  # 2 days away, no car asked for
    w.run(lambda s: travel.log_call(s, w.clerk, soon, "guest", "reached", at=w.clock()))
    w.run(lambda s: travel.confirm(s, w.clerk, soon, w.clock()))
    rows = w.run(lambda s: travel_board.board(s, at=w.clock.t))
    assert rows[0].attention == () and rows[0].movement.status == "confirmed"
    tomorrow = w.run(lambda s: travel_board.board(s, date(2026, 3, 12), at=w.clock.t))
    assert [r.movement.id for r in tomorrow] == [far]  # the 12th and 13th


def test_the_services_go_on_the_normal_bill_once_the_supervisor_has_added_the_travel_rates(w):
    mid = book(w, departure(lounge=True))
    refused(w, lambda s: travel_board.charge_lines(s, mid, w.clock.t), "travel_rates_missing")
    w.run(lambda s: travel_board.add_travel_rates(s, w.sup_id, w.clock()))
    assert w.run(lambda s: travel_board.add_travel_rates(s, w.sup_id, w.clock())) is None  # already there
    lines = w.run(lambda s: travel_board.charge_lines(s, mid, w.clock.t))
    assert [l.service for l in lines] == ["vip_transfer", "meet_greet", "fast_track", "lounge"]
    assert total_of(w, lines) > 60000 + 30000 + 40000 + 50000 - 1
    sale = sell(w, w.clerk, lines)
    assert sale.total_minor == total_of(w, lines)
    refused(w, lambda s: travel_board.charge_lines(s, mid, w.clock.t), "travel_already_charged")
    assert view(w, mid).charged == ("vip_transfer", "meet_greet", "fast_track", "lounge")
    w.run(lambda s: reversal.void_sale(s, w.clerk, sale.sale_id, "wrong guest's transfer", SUP, w.clock()))
    assert view(w, mid).charged == ()  # voided: the services can be charged again
    assert len(w.run(lambda s: travel_board.charge_lines(s, mid, w.clock.t))) == 4
    bare = book(w, departure(car_type="", meet_greet=False, fast_track=False))
    refused(w, lambda s: travel_board.charge_lines(s, bare, w.clock.t), "travel_nothing_to_charge")


def test_the_car_is_recorded_when_the_car_company_names_it_and_only_a_supervisor_adds_the_rates(w):
    mid = book(w, departure(flight_time=time(13, 0)))
    assert w.run(lambda s: travel_board.board(s, at=w.clock.t))[0].attention == ("unconfirmed", "no_car")
    w.run(lambda s: travel.set_car(s, w.clerk, mid, "", "沪A·8J888", "Zhang Wei", datetime(2026, 3, 10, 10, 45),
                                   at=w.clock()))
    v = view(w, mid)
    assert (v.car_type, v.car_plate, v.driver) == ("Mercedes S", "沪A·8J888", "Zhang Wei")  # empty type kept
    assert v.pickup_hotel.replace(tzinfo=None) == datetime(2026, 3, 10, 10, 45)
    assert w.run(lambda s: travel_board.board(s, at=w.clock.t))[0].attention == ("unconfirmed",)
    assert "travel_car_set" in audit_actions(w)
    refused(w, lambda s: travel_board.add_travel_rates(s, w.clerk.staff_id, w.clock()), "not_allowed")
