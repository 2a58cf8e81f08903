"""Audit-log viewer: filters by day, person, action and text; sign-ins, failed sign-ins and lock-outs
are in it; supervisors only; ID numbers in details are masked."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bizcenter.workflows import audit, auditlog, staff
from bizcenter.workflows.staff import Credentials
from scenario import CLERK, DAY, build_world, refused


@pytest.fixture
def w(engine):
    w = build_world(engine, open_shifts=False)
    w.run(lambda s: staff.sign_in(s, CLERK, "BC1", w.clock()))
    for _ in range(5):
        refused(w, lambda s: staff.sign_in(s, Credentials("C02", "0000"), None, w.clock()), "bad_credentials",
                may_change=("audit_log",))
    return w


def entries(w, **f):
    return w.run(lambda s: auditlog.entries(s, w.sup_id, auditlog.AuditFilter(**f)))


def test_sign_ins_failures_and_lock_outs_are_listed_newest_first(w):
    rows = entries(w, actions=auditlog.SIGN_IN_ACTIONS)
    assert [r.action for r in rows][:2] == ["locked_out", "sign_in_failed"]
    assert [r.action for r in rows].count("sign_in_failed") == 5 and rows[-1].action == "sign_in"
    assert rows[-1].staff == "C01 李娜" and rows[-1].counter == "BC1"


def test_filters_by_person_day_and_text(w):
    clerk2 = w.clerk2.staff_id
    assert {r.action for r in entries(w, staff_id=clerk2)} == {"sign_in_failed", "locked_out"}
    assert entries(w, start=DAY + timedelta(days=1)) == []
    assert len(entries(w, start=DAY, end=DAY)) == len(entries(w))
    assert {r.action for r in entries(w, text="locked")} == {"locked_out"}


def test_id_numbers_in_details_are_masked(w):
    w.run(lambda s: audit.record(s, "ticket_issued", staff_id=w.sup_id, id_number="110105199001011234"))
    assert entries(w, actions=("ticket_issued",))[0].detail["id_number"] == "11**************34"


def test_a_clerk_cannot_read_the_audit_log(w):
    refused(w, lambda s: auditlog.entries(s, w.clerk.staff_id), "not_allowed")
