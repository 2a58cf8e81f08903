"""`simulate` also does the clerk's own logs between guests: messages for in-house guests taken, told and
delivered in order, enquiries answered, complaints and feedback written down, supplies used from the cupboard
the supervisor stocked; and the ledger still verifies clean."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from bizcenter.db import unit_of_work
from bizcenter.demo import install_demo
from bizcenter.models.backoffice import GuestFeedback, SupplyMovement
from bizcenter.models.messages import Enquiry, GuestMessage
from bizcenter.simulate import simulate
from bizcenter.verify import verify

TODAY = date(2026, 3, 5)


@pytest.fixture
def cheap_pins(monkeypatch):
    monkeypatch.setattr("bizcenter.workflows.pins._hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


def test_a_simulated_day_keeps_the_clerks_logs(engine, cheap_pins):
    install_demo(engine, TODAY)
    simulate(engine, days=1, seed=7, start=TODAY - timedelta(days=1))

    def counts(s):
        return {m: s.scalar(select(func.count()).select_from(m)) for m in (GuestMessage, Enquiry, GuestFeedback)} | {
            "used": s.scalar(select(func.count()).where(SupplyMovement.kind == "use"))}

    found = unit_of_work(engine, counts)
    assert all(n >= 1 for n in found.values()), found
    msgs = unit_of_work(engine, lambda s: list(s.scalars(select(GuestMessage))))
    for m in msgs:
        assert m.notified_at is not None and m.taken_at < m.notified_at
        assert m.delivered_at is None or m.notified_at < m.delivered_at
    assert any(m.status == "delivered" for m in msgs)
    assert unit_of_work(engine, verify) == []
