"""Staff: PINs stored only as Argon2 hashes, sign-in audited, lock-out after five wrong PINs — also
when they are typed into a supervisor-approval dialog — and unlock by a supervisor."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bizcenter.models import AuditEntry, Sale, Staff
from bizcenter.workflows import staff, staffadmin
from bizcenter.workflows.reversal import void_sale
from bizcenter.workflows.staff import Credentials
from scenario import CLERK, CLERK2, SUP, SUP2, audit_actions, all_text, build_world, copies, refused, sell

WRONG = "0000"


@pytest.fixture
def w(engine):
    return build_world(engine, open_shifts=False)


def _sign_in(w, creds, at=None):
    return lambda s: staff.sign_in(s, creds, "BC1", at or w.clock())


def _staff(w, code):
    return w.run(lambda s: s.scalar(select(Staff).where(Staff.code == code)))


def _fail(w, creds, times, code="bad_credentials", at=None):
    for _ in range(times):
        refused(w, _sign_in(w, Credentials(creds.code, WRONG), at), code, may_change=("audit_log",))


def test_pin_is_stored_only_as_an_argon2_hash(w):
    w.run(lambda s: staff.add_staff(s, "C09", "赵六", "clerk", "80417263"))
    row = _staff(w, "C09")
    assert row.pin_hash.startswith("$argon2id$")
    assert not [v for v in all_text(w.engine) if "80417263" in v]
    assert w.run(_sign_in(w, Credentials("C09", "80417263"))).code == "C09"


@pytest.mark.parametrize("pin", ["123", "12ab", "", "1234567890123"])
def test_pin_that_is_not_4_to_12_digits_is_refused(w, pin):
    refused(w, lambda s: staff.add_staff(s, "C09", "赵六", "clerk", pin), "invalid_input")


def test_sign_in_is_audited(w):
    info = w.run(_sign_in(w, CLERK))
    assert (info.code, info.role) == ("C01", "clerk")
    entry = w.run(lambda s: s.scalars(select(AuditEntry).where(AuditEntry.action == "sign_in")).one())
    assert (entry.staff_id, entry.counter_id) == (w.clerk.staff_id, w.c1)


def test_wrong_pin_is_refused_counted_and_audited(w):
    _fail(w, CLERK, 2)
    assert _staff(w, "C01").failed_attempts == 2
    assert audit_actions(w).count("sign_in_failed") == 2


def test_unknown_staff_code_is_refused_like_a_wrong_pin_and_audited(w):
    refused(w, _sign_in(w, Credentials("X99", "1234")), "bad_credentials", may_change=("audit_log",))
    assert audit_actions(w) == ["sign_in_failed"]


def test_five_wrong_pins_lock_the_staff_member_out_even_with_the_right_pin(w):
    _fail(w, CLERK, 5)
    err = refused(w, _sign_in(w, CLERK), "locked_out")
    assert ":" in err.message("en")  # says until when
    assert audit_actions(w).count("locked_out") == 1
    assert _staff(w, "C01").locked_until is not None


def test_right_pin_resets_the_count_of_wrong_ones(w):
    _fail(w, CLERK, 4)
    w.run(_sign_in(w, CLERK))
    _fail(w, CLERK, 4)
    w.run(_sign_in(w, CLERK))


def test_lock_out_ends_after_the_configured_minutes(w):
    _fail(w, CLERK, 5)
    w.clock.set(w.clock.t + timedelta(minutes=12))
    refused(w, _sign_in(w, CLERK), "locked_out")
    w.clock.set(w.clock.t + timedelta(minutes=3))
    w.run(_sign_in(w, CLERK))


def test_supervisor_unlocks_a_locked_out_clerk(w):
    _fail(w, CLERK, 5)
    refused(w, lambda s: staffadmin.unlock_code(s, w.clerk2.staff_id, "C01"), "not_allowed")  # a clerk cannot
    w.run(lambda s: staffadmin.unlock_code(s, w.sup_id, "C01"))
    assert w.run(_sign_in(w, CLERK)).code == "C01"
    assert "unlocked" in audit_actions(w)


def test_wrong_supervisor_pins_in_the_void_dialog_lock_the_supervisor_out(engine):
    w = build_world(engine)
    sale = sell(w, w.clerk, [copies(2)])

    def void(pin):
        return lambda s: void_sale(s, w.clerk, sale.sale_id, "typo", Credentials(SUP.code, pin), w.clock())

    for _ in range(5):
        refused(w, void(WRONG), "bad_credentials", may_change=("audit_log",))
    refused(w, void(SUP.pin), "locked_out")
    assert w.run(lambda s: s.scalar(select(func.count()).select_from(Sale))) == 1
    assert audit_actions(w).count("locked_out") == 1
    w.run(lambda s: staffadmin.unlock_code(s, w.sup2_id, SUP.code))
    assert w.run(void(SUP.pin)).kind == "void"


def test_wrong_pins_in_a_discount_approval_also_count(engine):
    from bizcenter.workflows.counter import LineRequest
    from scenario import cash, sell_action

    w = build_world(engine)
    for _ in range(5):
        refused(w, sell_action(w, w.clerk, [LineRequest("copy", {"pages": 10}, discount_minor=100, reason="r")],
                               [cash(2215)], approval=Credentials(SUP2.code, WRONG)),
                "bad_credentials", may_change=("audit_log",))
    refused(w, _sign_in(w, SUP2), "locked_out")


def test_inactive_staff_cannot_sign_in(w):
    def deactivate(s):
        s.scalar(select(Staff).where(Staff.code == CLERK2.code)).active = False
    w.run(deactivate)
    refused(w, _sign_in(w, CLERK2), "bad_credentials", may_change=("audit_log",))
