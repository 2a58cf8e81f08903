"""`simulate` also runs the VIP travel desk: departures booked for in-house guests, confirmed after a call
that reached the guest, a delay recorded with the car re-timed, done after the flight, feedback after; the
steps in order on the clock, and the ledger still verifies clean."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from bizcenter.db import unit_of_work
from bizcenter.demo import install_demo
from bizcenter.models.travel import TravelEvent, TravelMovement
from bizcenter.simulate import simulate
from bizcenter.verify import verify

TODAY = date(2026, 3, 5)


@pytest.fixture
def cheap_pins(monkeypatch):
    monkeypatch.setattr("bizcenter.workflows.pins._hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


def test_a_simulated_day_runs_the_travel_desk(engine, cheap_pins):
    install_demo(engine, TODAY)
    simulate(engine, days=1, seed=7, start=TODAY - timedelta(days=1))
    moves = unit_of_work(engine, lambda s: list(s.scalars(select(TravelMovement))))
    events = unit_of_work(engine, lambda s: list(s.scalars(select(TravelEvent))))
    assert moves and all(m.room and m.stay_id for m in moves)
    assert any(m.status in ("confirmed", "done") for m in moves)
    for m in moves:
        if m.confirmed_at:
            assert any(e.movement_id == m.id and e.outcome == "reached" and e.at <= m.confirmed_at for e in events)
        if m.done_at:
            assert m.confirmed_at < m.done_at and m.done_at >= m.expected_at
        if m.rating:
            assert m.done_at < m.followed_at
    delays = [e for e in events if e.kind == "disruption"]
    assert delays and all(e.new_time and "car_retimed" in e.actions for e in delays)
    assert unit_of_work(engine, verify) == []
