"""The movement slip for the driver or greeter: printed through the counter's queue with the guest, the
flight and its time on the airport's clock (the original time kept when delayed), the pick-up on the
hotel's clock, the car and services; every line fits 32 and 48 columns in every encoding, whatever the names."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bizcenter.desk import Desk
from bizcenter.documents.travel_slip import travel_slip_lines
from bizcenter.printing.target import parse_url
from bizcenter.workflows import travel, travel_board
from bizcenter.workflows.travel import NewMovement

from fake_printer import FakePrinter, text_of
from scenario import build_world
from slip_samples import HOTEL
from test_slip_fits_property import NAME, SETTINGS, TEXT, assert_fits


@pytest.fixture
def w(engine):
    return build_world(engine)


def _movement(w):
    m = NewMovement("departure", "hans muller", "LH", "729", "PVG", "FRA", date(2026, 3, 10), time(22, 30),
                    room="1208", guest_phone="+49 171 555 0101", car_type="Mercedes S", car_plate="沪A·8J888",
                    driver="Zhang Wei", pickup_time=datetime(2026, 3, 10, 19, 0), meet_greet=True, fast_track=True,
                    wheelchair=True, assistance="Needs help at security", bags=3)
    mid = w.run(lambda s: travel.request(s, w.clerk, m, w.clock()))
    w.run(lambda s: travel.disruption(s, w.clerk, mid, "delayed", ["car_retimed"], date(2026, 3, 10), time(23, 40),
                                      at=w.clock()))
    return w.run(lambda s: travel_board.view(s, mid))


def test_the_movement_slip_prints_through_the_queue_with_the_flights_times(w):
    desk = Desk(w.engine)
    printer = FakePrinter()
    try:
        desk.save_printer(w.clerk, parse_url(printer.url, paper_mm=58))
        v = _movement(w)
        job = desk.print_travel_slip(w.clerk, v.id)
        assert job.status == "done" and v.ref in job.title and "LH 729" in job.title
        slip = text_of(printer.wait_for(1)[0])
        for part in ("送机单 DEPARTURE", "Müller, Hans", "1208", "LH 729", "PVG Shanghai", "FRA Frankfurt",
                     "2026-03-10 23:40", "03-10 22:30", "2026-03-10 20:10", "Zhang Wei", "轮椅 Wheelchair", v.ref):
            assert part in slip, part
        assert all(len(line.encode("gb18030")) <= 32 for line in slip.splitlines())
    finally:
        printer.stop()
        desk.close()


def test_movement_slips_fit_whatever_the_names(engine):
    w = build_world(engine, open_shifts=False)
    base = _movement(w)

    @SETTINGS
    @given(NAME, TEXT, TEXT, TEXT, st.lists(st.sampled_from(["meet_greet", "fast_track", "lounge", "wheelchair"])),
           st.sampled_from(["arrival", "departure"]), st.integers(0, 99))
    def fits(guest, car, driver, assistance, services, direction, bags):
        view = replace(base, guest_name=guest or "x", car_type=car, driver=driver, assistance=assistance,
                       services=tuple(services), direction=direction, bags=bags)
        assert_fits(lambda width: travel_slip_lines(view, HOTEL, width))

    fits()
