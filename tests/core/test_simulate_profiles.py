"""`simulate` keeps guest profiles too: clerks make profiles for in-house guests and add their preferences, from a
random stream of their own; the ledger still verifies clean."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from bizcenter.db import unit_of_work
from bizcenter.demo import install_demo
from bizcenter.models.profiles import GuestPreference, GuestProfile, GuestProfileStay
from bizcenter.simulate import simulate
from bizcenter.verify import verify

TODAY = date(2026, 3, 5)


@pytest.fixture
def cheap_pins(monkeypatch):
    monkeypatch.setattr("bizcenter.workflows.pins._hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


def test_a_simulated_day_makes_guest_profiles_linked_to_stays(engine, cheap_pins):
    install_demo(engine, TODAY)
    simulate(engine, days=1, seed=7, start=TODAY - timedelta(days=1))
    counts = unit_of_work(engine, lambda s: {m.__name__: s.scalar(select(func.count()).select_from(m))
                                             for m in (GuestProfile, GuestProfileStay, GuestPreference)})
    assert all(n >= 1 for n in counts.values()), counts
    assert counts["GuestProfileStay"] >= counts["GuestProfile"]  # every simulated profile is a stay's guest
    assert unit_of_work(engine, verify) == []
