"""`simulate` also has clerks look places up in the city directory and print them for guests: the slips go
through the print queue (done), each logged as an enquiry answered; the seed's sales are unchanged by it and
the ledger still verifies clean."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import delete, func, select

from bizcenter.db import unit_of_work
from bizcenter.demo import install_demo
from bizcenter.models.directory import DirectoryEntry
from bizcenter.models.messages import Enquiry
from bizcenter.models.printing import PrintJob
from bizcenter.simulate import simulate
from bizcenter.verify import verify

TODAY = date(2026, 3, 5)


@pytest.fixture
def cheap_pins(monkeypatch):
    monkeypatch.setattr("bizcenter.workflows.pins._hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


def test_a_simulated_day_looks_places_up_and_prints_them(engine, cheap_pins):
    install_demo(engine, TODAY)
    unit_of_work(engine, lambda s: s.execute(delete(DirectoryEntry)))  # as demo-installed before the directory
    simulate(engine, days=1, seed=11, start=TODAY - timedelta(days=1))  # the supervisor adds the examples
    assert unit_of_work(engine, lambda s: s.scalar(select(func.count()).select_from(DirectoryEntry))) >= 12
    slips = unit_of_work(engine, lambda s: list(s.scalars(select(PrintJob).where(PrintJob.kind == "directory_slip"))))
    assert slips and all(j.status == "done" for j in slips)
    asked = unit_of_work(engine, lambda s: list(s.scalars(select(Enquiry.question))))
    assert sum("City directory" in q for q in asked) == len(slips)
    assert unit_of_work(engine, verify) == []
