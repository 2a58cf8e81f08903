"""PIN checks as a front end makes them (`Desk`): Argon2 never under the write lock, the lock-out count
atomic under parallel guesses, unknown codes as slow as known ones and never stored, and a checked
approval re-checked inside the action's transaction."""
from __future__ import annotations

import dataclasses
import os
import threading
import time

import pytest
from argon2 import PasswordHasher, extract_parameters
from sqlalchemy import select

from bizcenter.db import make_engine, unit_of_work
from bizcenter.desk import Desk
from bizcenter.errors import DomainError
from bizcenter.models import AuditEntry, Sale, Staff
from bizcenter.workflows import pins, staffadmin
from bizcenter.workflows.settings import set_setting
from bizcenter.workflows.staff import Credentials
from scenario import CLERK, CLERK2, SUP, assert_bilingual, build_world, copies, sell

WRONG = "0000"


def count_checks(monkeypatch, hold=None) -> list:
    """Every Argon2 check made (by any hasher), optionally held by `hold()` before it runs."""
    made, lock, real = [], threading.Lock(), PasswordHasher.verify

    def verify(self, hash, password):
        with lock:
            made.append(hash)
        if hold is not None:
            hold()
        return real(self, hash, password)

    monkeypatch.setattr(PasswordHasher, "verify", verify)
    return made


def _failures(w):
    return w.run(lambda s: [(e.staff_id, e.detail) for e in s.scalars(
        select(AuditEntry).where(AuditEntry.action == "sign_in_failed").order_by(AuditEntry.id))])


def _actions(w, action):
    return w.run(lambda s: len(s.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()))


def _row(w, code):
    return w.run(lambda s: s.scalar(select(Staff).where(Staff.code == code)))


# --- Argon2 outside the write transaction ------------------------------------------------------------
@pytest.mark.parametrize("who", ["sign_in", "void_approval"])
def test_a_pin_being_checked_does_not_hold_up_another_counters_sale(sqlite_engine, monkeypatch, who):
    """With a sign-in's (or a void approval's) Argon2 check under way at one counter, a sale at another
    counter — its own connections, as another process would have — settles within 50 ms of its usual
    time. Before, the check ran inside BEGIN IMMEDIATE and the sale waited for it."""
    w = build_world(sqlite_engine)
    sale = sell(w, w.clerk, [copies(2)])
    other = make_engine(str(sqlite_engine.url))
    there = dataclasses.replace(w, engine=other)
    sell(there, w.clerk2, [copies(1)])  # warm the other counter's connection
    started = time.perf_counter()
    sell(there, w.clerk2, [copies(1)])
    usual = time.perf_counter() - started

    checking, release = threading.Event(), threading.Event()
    count_checks(monkeypatch, hold=lambda: (checking.set(), release.wait(1.5)))
    desk, done = Desk(sqlite_engine), []
    if who == "sign_in":
        action = lambda: desk.sign_in(SUP.code, SUP.pin, "BC1")  # noqa: E731
    else:
        action = lambda: desk.void(w.clerk, sale.sale_id, "typo", SUP)  # noqa: E731
    worker = threading.Thread(target=lambda: done.append(action()))
    worker.start()
    try:
        assert checking.wait(5)
        started = time.perf_counter()
        sell(there, w.clerk2, [copies(3)])
        elapsed = time.perf_counter() - started
    finally:
        release.set()
        worker.join(10)
        other.dispose()
    assert done, "the sign-in or void did not finish"
    assert elapsed < usual + 0.05, f"the sale took {elapsed * 1000:.0f} ms beside {usual * 1000:.0f} ms usually"


def test_a_checked_approval_is_recorded_with_its_supervisor(engine):
    w = build_world(engine)
    sale = sell(w, w.clerk, [copies(2)])
    receipt = Desk(engine).void(w.clerk, sale.sale_id, "typo", SUP)
    approver = w.run(lambda s: s.scalar(select(Sale.approved_by).where(Sale.id == receipt.sale_id)))
    assert approver == w.sup_id


def test_an_approval_token_is_refused_once_the_pin_changed_or_when_made_up(engine):
    w = build_world(engine)
    sale = sell(w, w.clerk, [copies(2)])
    desk = Desk(engine)
    token = desk._approved(SUP)
    w.run(lambda s: staffadmin.reset_pin(s, w.sup2_id, w.sup_id, "24681357"))
    with pytest.raises(DomainError) as err:
        desk.void(w.clerk, sale.sale_id, "typo", token)
    assert err.value.code == "approval_stale"
    assert_bilingual(err.value)
    forged = dataclasses.replace(desk._approved(Credentials(SUP.code, "24681357")), staff_id=w.sup2_id)
    with pytest.raises(DomainError) as err:
        desk.void(w.clerk, sale.sale_id, "typo", forged)
    assert err.value.code == "approval_stale"
    assert w.run(lambda s: s.scalar(select(Sale.id).where(Sale.reverses_id == sale.sale_id))) is None


def test_an_approval_token_is_only_good_for_a_short_while(engine, monkeypatch):
    w = build_world(engine)
    sale = sell(w, w.clerk, [copies(2)])
    desk = Desk(engine)
    token = desk._approved(SUP)
    monkeypatch.setattr(pins, "TOKEN_SECONDS", -1)
    with pytest.raises(DomainError) as err:
        desk.void(w.clerk, sale.sale_id, "typo", token)
    assert err.value.code == "approval_stale"


# --- the lock-out count ---------------------------------------------------------------------------
def _guess_in_parallel(desk, code, n):
    barrier, outcomes, lock = threading.Barrier(n), [], threading.Lock()

    def guess(i):
        barrier.wait()
        try:
            desk.sign_in(code, f"{5000 + i}")
            found = "signed_in"
        except DomainError as exc:
            found = exc.code
        with lock:
            outcomes.append(found)

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return outcomes


def test_parallel_wrong_pins_each_count(engine, monkeypatch):
    """Every guess is counted, however many arrive together (the count is one UPDATE … RETURNING): 20 at
    once with an allowance of 20 count 1 to 20, and the twentieth locks the clerk out."""
    w = build_world(engine, open_shifts=False)
    w.run(lambda s: set_setting(s, "lockout_attempts", 20))
    checks = count_checks(monkeypatch, hold=lambda: time.sleep(0.02))
    outcomes = _guess_in_parallel(Desk(engine), CLERK.code, 20)
    assert outcomes == ["bad_credentials"] * 20
    assert len(checks) == 20
    assert sorted(d["attempts"] for _, d in _failures(w)) == list(range(1, 21))
    assert _actions(w, "locked_out") == 1
    assert _row(w, CLERK.code).locked_until is not None


def test_parallel_wrong_pins_lock_out_after_exactly_the_allowance_with_no_more_checks(engine, monkeypatch):
    """40 wrong PINs at once: five are checked and counted, the lock-out follows the fifth, the other 35
    are refused as locked out without an Argon2 check — and so is the right PIN afterwards."""
    w = build_world(engine, open_shifts=False)
    checks = count_checks(monkeypatch, hold=lambda: time.sleep(0.02))
    outcomes = _guess_in_parallel(Desk(engine), CLERK.code, 40)
    assert sorted(outcomes) == ["bad_credentials"] * 5 + ["locked_out"] * 35
    assert len(checks) == 5
    assert sorted(d["attempts"] for _, d in _failures(w)) == [1, 2, 3, 4, 5]
    assert _actions(w, "locked_out") == 1
    assert _row(w, CLERK.code).locked_until is not None
    with pytest.raises(DomainError) as err:
        Desk(engine).sign_in(CLERK.code, CLERK.pin)
    assert err.value.code == "locked_out"
    assert len(checks) == 5
    assert Desk(engine).sign_in(CLERK2.code, CLERK2.pin).code == CLERK2.code  # the others sign in as usual


def test_wrong_pins_one_after_another_lock_out_at_the_fifth(engine, monkeypatch):
    w = build_world(engine, open_shifts=False)
    checks = count_checks(monkeypatch)
    desk = Desk(engine)
    codes = []
    for _ in range(7):
        try:
            desk.sign_in(CLERK.code, WRONG)
        except DomainError as exc:
            codes.append(exc.code)
    assert codes == ["bad_credentials"] * 5 + ["locked_out"] * 2
    assert len(checks) == 5
    assert _row(w, CLERK.code).failed_attempts == 0  # the count starts again after the lock-out


# --- unknown codes: same cost, not stored -----------------------------------------------------------------
def test_unknown_inactive_and_known_codes_each_cost_one_argon2_check(engine, monkeypatch):
    w = build_world(engine, open_shifts=False)
    w.run(lambda s: staffadmin.set_active(s, w.sup_id, w.clerk2.staff_id, False))
    desk = Desk(engine)
    for code, pin in (("X99", "1234"), (CLERK2.code, CLERK2.pin), (CLERK.code, WRONG)):
        checks = count_checks(monkeypatch)
        with pytest.raises(DomainError) as err:
            desk.sign_in(code, pin)
        assert err.value.code == "bad_credentials", code
        assert len(checks) == 1, code


def test_the_dummy_hash_costs_what_a_real_pin_hash_costs():
    assert extract_parameters(pins.DUMMY_HASH) == extract_parameters(PasswordHasher().hash("1234"))
    assert not pins.pin_matches(pins.DUMMY_HASH, "")


def test_a_pin_typed_into_the_code_field_is_not_stored(engine):
    w = build_world(engine, open_shifts=False)
    desk = Desk(engine)
    for code, pin in (("9191", "1234"), (CLERK.code, WRONG)):
        with pytest.raises(DomainError):
            desk.sign_in(code, pin)
    unknown, known = _failures(w)
    assert unknown == (None, {"known": False})
    assert known == (w.clerk.staff_id, {"attempts": 1})
    stored = w.run(lambda s: [str(e.detail) for e in s.scalars(select(AuditEntry))])
    assert not [d for d in stored if "9191" in d]


def test_sign_in_through_the_desk_is_audited_and_resets_the_count(engine):
    w = build_world(engine, open_shifts=False)
    desk = Desk(engine)
    with pytest.raises(DomainError):
        desk.sign_in(CLERK.code, WRONG)
    assert desk.sign_in(CLERK.code, CLERK.pin, "BC1").code == CLERK.code
    assert _row(w, CLERK.code).failed_attempts == 0
    entry = w.run(lambda s: s.scalars(select(AuditEntry).where(AuditEntry.action == "sign_in")).one())
    assert (entry.staff_id, entry.counter_id) == (w.clerk.staff_id, w.c1)


def test_an_unknown_counter_is_refused_before_the_pin_is_counted(engine):
    w = build_world(engine, open_shifts=False)
    with pytest.raises(DomainError) as err:
        Desk(engine).sign_in(CLERK.code, CLERK.pin, "NOPE")
    assert err.value.code == "not_found"
    assert _row(w, CLERK.code).failed_attempts == 0
    assert unit_of_work(engine, lambda s: s.scalar(select(AuditEntry.id))) is None


@pytest.mark.skipif(not hasattr(os, "setpriority"), reason="per-thread CPU priority is a POSIX feature")
def test_the_argon2_check_gives_way_to_sales_and_leaves_the_callers_priority_alone(monkeypatch):
    """A PIN check runs at a lower CPU priority than the sales beside it; the clerk's thread keeps its own."""
    from bizcenter.workflows import pins

    seen = {}

    class Hasher:
        def verify(self, _hash, pin):
            seen["nice"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
            seen["thread"] = threading.get_ident()
            return pin == "2468"

    monkeypatch.setattr(pins, "_hasher", Hasher())
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert pins.pin_matches("$argon2id$…", "2468") is True
    assert pins.pin_matches("$argon2id$…", "1357") is False
    assert seen["nice"] >= pins.ARGON2_NICE and seen["thread"] != threading.get_ident()
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before
