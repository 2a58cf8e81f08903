"""`simulate` signs clerks in as the procedure asks: each turn on the roster, the shift opened five to nine
minutes early and now and then a few minutes late (recorded as late, against the roster); the supervisor's
notice posted once and acknowledged by every clerk who signed in after it; the ledger still verifies clean."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from bizcenter.db import unit_of_work
from bizcenter.demo import install_demo
from bizcenter.models import Shift
from bizcenter.models.notices import Notice, NoticeAck, ShiftPunctuality
from bizcenter.simulate import simulate
from bizcenter.verify import verify

TODAY = date(2026, 3, 5)


@pytest.fixture
def cheap_pins(monkeypatch):
    monkeypatch.setattr("bizcenter.workflows.pins._hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


def test_simulated_days_roster_every_turn_open_some_late_and_read_the_notice(engine, cheap_pins):
    install_demo(engine, TODAY)
    simulate(engine, days=3, seed=7, start=TODAY - timedelta(days=3))

    def facts(s):
        rows = s.scalars(select(ShiftPunctuality)).all()
        clerks = set(s.scalars(select(Shift.clerk_id)))
        readers = set(s.scalars(select(NoticeAck.staff_id)))
        return rows, s.scalar(select(func.count()).select_from(Shift)), s.scalar(select(func.count()).select_from(Notice)), clerks, readers

    rows, shifts, posted, clerks, readers = unit_of_work(engine, facts)
    assert len(rows) == shifts and all(r.rostered for r in rows)
    late = [r.minutes_late for r in rows if r.minutes_late]
    assert late and all(6 <= m <= 13 for m in late)  # one to eight minutes past the start, due five before it
    assert len(late) < len(rows) / 2
    assert posted == 1 and readers == clerks
    assert unit_of_work(engine, verify) == []
