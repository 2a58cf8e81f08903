"""One rule for who may add or change whom, the same from the command line, the back office and the
first start; and every PIN, role and active-state change audited (who, whom, what — never the PIN)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bizcenter.cli import main
from bizcenter.db import unit_of_work
from bizcenter.errors import DomainError
from bizcenter.models import AuditEntry, Staff
from bizcenter.workflows import roles, staff, staffadmin
from bizcenter.workflows.catalogue import install_default_pricelist
from scenario import assert_bilingual, build_world, refused

PINS = {"C01": "1111", "S01": "9999", "A01": "8888"}


@pytest.fixture
def seeded(engine, db_url):
    def seed(s):
        install_default_pricelist(s)
        staff.add_counter(s, "BC1", "1", "1")
        staff.add_staff(s, "C01", "李娜", "clerk", PINS["C01"])
        staff.add_staff(s, "S01", "王强", "supervisor", PINS["S01"])
        staff.add_staff(s, "A01", "Admin", "admin", PINS["A01"])

    unit_of_work(engine, seed)
    return db_url


def cli(url, monkeypatch, actor, *args, new_pin="4321"):
    monkeypatch.setenv("BIZCENTER_PIN", PINS[actor])
    monkeypatch.setenv("BIZCENTER_NEW_PIN", new_pin)
    return main(["--db", url, *args, "--as", actor])


def _codes(engine):
    return unit_of_work(engine, lambda s: set(s.scalars(select(Staff.code))))


def _audit(engine, action):
    return unit_of_work(engine, lambda s: [(e.staff_id, e.entity_id, e.detail) for e in s.scalars(
        select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))])


def _id(engine, code):
    return unit_of_work(engine, lambda s: s.scalar(select(Staff.id).where(Staff.code == code)))


def test_a_supervisor_cannot_add_an_admin_from_the_command_line(seeded, engine, monkeypatch, capsys):
    assert cli(seeded, monkeypatch, "S01", "staff", "add", "Z98", "X", "admin") == 2
    err = capsys.readouterr().err
    assert "只有管理员可以添加管理员" in err and "Only an admin can add an admin" in err
    assert "Z98" not in _codes(engine)
    assert cli(seeded, monkeypatch, "A01", "staff", "add", "Z98", "X", "admin") == 0
    assert "Z98" in _codes(engine)


def test_a_clerk_cannot_add_staff_from_the_command_line(seeded, engine, monkeypatch, capsys):
    assert cli(seeded, monkeypatch, "C01", "staff", "add", "Z97", "X", "clerk") == 2
    assert "supervisors only" in capsys.readouterr().err
    assert "Z97" not in _codes(engine)


def test_a_supervisor_cannot_unlock_an_admin_from_the_command_line(seeded, engine, monkeypatch, capsys):
    assert cli(seeded, monkeypatch, "S01", "staff", "unlock", "A01") == 2
    assert "Only an admin can change an admin" in capsys.readouterr().err


def test_the_command_line_add_is_audited_with_who_added_whom(seeded, engine, monkeypatch):
    assert cli(seeded, monkeypatch, "S01", "staff", "add", "C07", "赵敏", "clerk", new_pin="24681357") == 0
    (who, whom, detail), = _audit(engine, "staff_added_by")
    assert (who, whom) == (_id(engine, "S01"), _id(engine, "C07"))
    assert detail["role"] == "clerk"


def test_the_back_office_and_the_first_start_keep_the_same_rule(engine):
    w = build_world(engine, open_shifts=False)
    err = refused(w, lambda s: staffadmin.add(s, w.sup_id, "Z98", "X", "admin", "1234"), "admin_only")
    assert "只有管理员" in err.message("zh")
    # with a supervisor able to sign in, nobody may add staff without signing in (the first start's path)
    err = refused(w, lambda s: staffadmin.add(s, None, "Z98", "X", "supervisor", "1234"), "supervisor_required")
    assert_bilingual(err)


def test_the_first_start_adds_only_a_supervisor_or_admin_and_only_once(engine):
    def first(role, code):
        return lambda s: staffadmin.add(s, None, code, "First", role, "1234")

    with pytest.raises(DomainError) as err:
        unit_of_work(engine, first("clerk", "C01"))
    assert err.value.code == "first_supervisor"
    unit_of_work(engine, first("supervisor", "S01"))
    with pytest.raises(DomainError) as err:
        unit_of_work(engine, first("supervisor", "S02"))
    assert err.value.code == "supervisor_required"


def test_nobody_changes_their_own_role_or_deactivates_themselves(engine):
    w = build_world(engine, open_shifts=False)
    refused(w, lambda s: roles.may_change(s, w.sup_id, w.sup_id, role="clerk"), "self_role")
    refused(w, lambda s: roles.may_change(s, w.sup_id, w.sup_id, active=False), "self_deactivate")
    w.run(lambda s: roles.may_change(s, w.sup_id, w.sup_id))  # a supervisor may change their own PIN


def test_pin_role_and_active_changes_are_audited_without_the_pin(engine):
    w = build_world(engine, open_shifts=False)
    clerk = w.clerk.staff_id
    w.run(lambda s: staffadmin.set_role(s, w.sup_id, clerk, "supervisor"))
    w.run(lambda s: staffadmin.set_active(s, w.sup2_id, clerk, False))
    w.run(lambda s: staffadmin.set_active(s, w.sup2_id, clerk, True))
    w.run(lambda s: staffadmin.reset_pin(s, w.sup_id, clerk, "80417263"))
    assert _audit(engine, "role_changed") == [(w.sup_id, clerk, {"code": "C01", "old": "clerk", "new": "supervisor"})]
    assert _audit(engine, "staff_deactivated") == [(w.sup2_id, clerk, {"code": "C01", "old": True, "new": False})]
    assert _audit(engine, "staff_activated") == [(w.sup2_id, clerk, {"code": "C01", "old": False, "new": True})]
    assert _audit(engine, "pin_reset") == [(w.sup_id, clerk, {"code": "C01", "changed": "pin"})]
    pin_hash = w.run(lambda s: s.get(Staff, clerk).pin_hash)
    stored = " ".join(str(d) for a in ("role_changed", "staff_deactivated", "staff_activated", "pin_reset")
                      for _, _, d in _audit(engine, a))
    assert "80417263" not in stored and pin_hash not in stored and "$argon2" not in stored
