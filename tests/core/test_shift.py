"""Shifts: float, one open shift per clerk and counter, blind count, variance limit and approval,
the handover the next clerk must acknowledge, and a closed shift that nothing can change."""
from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from bizcenter.models import Shift
from bizcenter.models.guards import LedgerTampering
from bizcenter.workflows import shift
from bizcenter.workflows.staff import Operator
from scenario import (CLERK, CLERK2, FLOAT, SUP, SUP2, build_world, cash, close_shift, copies, counts_for, expected_cash,
                      ledger_breaches, open_shift, refused, sell, sell_action)


@pytest.fixture
def w(engine):
    return build_world(engine)


def _open(w, op, float_minor=FLOAT, ack=None):
    return lambda s: shift.open_shift(s, op, float_minor, ack, w.clock())


def _count(w, op, counts, shift_id=None):
    return lambda s: shift.count_cash(s, op, shift_id or w.shifts[op], counts, w.clock())


def _close(w, op, note="", approval=None, reason=None, shift_id=None):
    return lambda s: shift.close_shift(s, op, shift_id or w.shifts[op], note, approval, reason, w.clock())


def test_shift_opens_with_its_float_on_the_hotels_business_day(engine):
    w = build_world(engine, open_shifts=False)
    info = open_shift(w, w.clerk, 80_000)
    assert (info.status, info.float_minor, info.business_date.isoformat()) == ("open", 80_000, "2026-03-10")
    assert expected_cash(w, info.id) == 80_000


@pytest.mark.parametrize("float_minor", [-1, True, 10 ** 9, "500"])
def test_implausible_float_is_refused(engine, float_minor):
    w = build_world(engine, open_shifts=False)
    refused(w, _open(w, w.clerk, float_minor), "invalid_input")


def test_second_open_shift_for_the_same_clerk_and_counter_is_refused(w):
    refused(w, _open(w, w.clerk), "shift_already_open")


def test_database_allows_only_one_unclosed_shift_per_clerk_and_counter(w):
    sql = text("INSERT INTO shift (counter_id, clerk_id, business_date, status, opened_at, float_minor) "
               "VALUES (:c, :s, '2026-03-10', 'open', '2026-03-10 02:00:00', 0)")
    with pytest.raises(DBAPIError):
        with w.engine.begin() as conn:
            conn.execute(sql, {"c": w.c1, "s": w.clerk.staff_id})


def test_blind_count_reveals_expected_cash_and_variance_only_with_the_count(w):
    sell(w, w.clerk, [copies(10)], [cash(2332, tendered=5000)])  # ¥23.32, paid ¥23.30 in cash (rounded)
    result = w.run(_count(w, w.clerk, {10000: 5, 1000: 2, 100: 3, 10: 2}))
    assert (result.counted_minor, result.expected_minor, result.variance_minor) == (52_320, 52_330, -10)
    assert result.needs_approval is False
    # the figure is not a free peek: the count is on record and the drawer is closed to sales
    row = w.run(lambda s: s.get(Shift, w.shifts[w.clerk]))
    assert (row.status, row.counted_minor) == ("counted", 52_320)


@pytest.mark.parametrize("counts", [{3000: 1}, {100: -1}, {100: 1.5}, {100: 10 ** 6}])
def test_count_with_unknown_denomination_or_bad_quantity_is_refused(w, counts):
    refused(w, _count(w, w.clerk, counts), "invalid_input")


def test_shift_with_variance_within_the_limit_closes_without_approval(w):
    sell(w, w.clerk, [copies(10)])
    counted, info = close_shift(w, w.clerk, off_by=-990, note="copier toner low")
    assert (counted.needs_approval, info.status) == (False, "closed")
    assert ledger_breaches(w.engine) == []


def test_closing_before_the_count_is_refused(w):
    refused(w, _close(w, w.clerk), "count_first")


def test_no_sale_after_the_cash_is_counted(w):
    w.run(_count(w, w.clerk, counts_for(FLOAT)))
    refused(w, sell_action(w, w.clerk, [copies(1)]), "shift_counting")


def test_variance_beyond_the_limit_needs_a_supervisor_and_a_reason(w):
    sell(w, w.clerk, [copies(10)])
    result = w.run(_count(w, w.clerk, counts_for(expected_cash(w, w.shifts[w.clerk]) - 5_000)))
    assert result.needs_approval and result.variance_minor < -1000
    refused(w, _close(w, w.clerk), "approval_required")
    refused(w, _close(w, w.clerk, approval=CLERK, reason="short"), "not_supervisor")
    refused(w, _close(w, w.clerk, approval=SUP, reason="  "), "invalid_input")
    info = w.run(_close(w, w.clerk, approval=SUP, reason="¥50 note given as change twice"))
    row = w.run(lambda s: s.get(Shift, info.id))
    assert (row.status, row.variance_approved_by, row.variance_minor) == ("closed", w.sup_id, result.variance_minor)
    assert ledger_breaches(w.engine) == []


def test_the_clerks_first_count_is_final_a_second_is_refused_and_changes_nothing(w):
    first = w.run(_count(w, w.clerk, counts_for(FLOAT - 20_000)))
    err = refused(w, _count(w, w.clerk, counts_for(FLOAT)), "count_final")
    assert "复点" in err.message("zh") and "recount" in err.message("en")
    row = w.run(lambda s: s.get(Shift, w.shifts[w.clerk]))
    assert (row.counted_minor, row.variance_minor) == (first.counted_minor, -20_000)
    assert w.run(lambda s: shift.counts_of(s, w.shifts[w.clerk]))[0].counted_minor == FLOAT - 20_000


def _recount(w, op, counts, approval, reason="counted again with the clerk", shift_id=None):
    return lambda s: shift.recount_cash(s, op, shift_id or w.shifts[op], counts, approval, reason, w.clock())


def test_recount_needs_a_supervisor_who_is_not_the_shifts_clerk_and_a_reason(engine):
    w = build_world(engine, open_shifts=False)
    sup_at_c1 = Operator(w.sup_id, w.c1)
    open_shift(w, sup_at_c1)  # a supervisor working a shift: their own recount is still refused
    w.run(_count(w, sup_at_c1, counts_for(FLOAT - 20_000)))
    good = counts_for(FLOAT)
    refused(w, _recount(w, sup_at_c1, good, None), "approval_required")
    refused(w, _recount(w, sup_at_c1, good, CLERK2), "not_supervisor", may_change=("audit_log", "staff"))
    refused(w, _recount(w, sup_at_c1, good, SUP), "self_approval")
    refused(w, _recount(w, sup_at_c1, good, SUP2, reason=" "), "reason_required")
    result = w.run(_recount(w, sup_at_c1, good, SUP2))
    assert (result.attempt, result.variance_minor) == (2, 0)
    refused(w, _recount(w, sup_at_c1, good, SUP2), "already_recounted")


def test_an_approved_recount_sets_the_variance_and_both_counts_stay_on_record(w):
    w.run(_count(w, w.clerk, counts_for(FLOAT - 20_000)))
    result = w.run(_recount(w, w.clerk, counts_for(FLOAT), SUP))
    assert (result.variance_minor, result.needs_approval) == (0, False)
    w.run(_close(w, w.clerk))
    counts = w.run(lambda s: shift.counts_of(s, w.shifts[w.clerk]))
    assert [(c.attempt, c.counted_minor, c.variance_minor, c.approved_by) for c in counts] == [
        (1, FLOAT - 20_000, -20_000, None), (2, FLOAT, 0, "王强")]
    assert counts[1].reason == "counted again with the clerk" and counts[0].counted_by == "李娜"
    row = w.run(lambda s: s.get(Shift, w.shifts[w.clerk]))
    assert (row.status, row.counted_minor, row.variance_minor) == ("closed", FLOAT, 0)
    assert ledger_breaches(w.engine) == []


def test_shift_closed_from_a_counter_whose_clock_runs_behind_keeps_the_ledger_verifiable(w):
    """The supervisor closes a clerk's shift from the other counter, whose clock is two minutes slow:
    the close must be refused or the ledger must still verify — never a silent breach."""
    from datetime import timedelta

    from bizcenter.errors import DomainError

    last = sell(w, w.clerk, [copies(10)])
    sup_at_c2 = Operator(w.sup_id, w.c2)
    slow = last.posted_at - timedelta(minutes=2)
    shift_id = w.shifts[w.clerk]
    try:
        w.run(lambda s: shift.count_cash(s, sup_at_c2, shift_id, counts_for(expected_cash(w, shift_id)), slow))
        w.run(lambda s: shift.close_shift(s, sup_at_c2, shift_id, "", None, None, slow))
    except DomainError:
        return
    assert ledger_breaches(w.engine) == []


def test_closing_a_shift_twice_is_refused(w):
    close_shift(w, w.clerk)
    refused(w, _close(w, w.clerk), "shift_closed")
    refused(w, _count(w, w.clerk, counts_for(FLOAT)), "shift_closed")


def test_clerk_cannot_close_another_clerks_shift(w):
    refused(w, _count(w, w.clerk2, counts_for(FLOAT), shift_id=w.shifts[w.clerk]), "not_allowed")


def test_next_clerk_must_acknowledge_the_handover_note(w):
    closed = close_shift(w, w.clerk, note="传真机卡纸 / fax jams; 1208 expects a courier")[1]
    other_at_c1 = Operator(w.clerk2.staff_id, w.c1)
    pending = w.run(lambda s: shift.pending_handover(s, w.c1))
    assert (pending.shift_id, pending.clerk_name) == (closed.id, "李娜") and "fax jams" in pending.note
    err = refused(w, _open(w, other_at_c1), "handover_unread")
    assert "fax jams" in err.message("en")
    refused(w, _open(w, other_at_c1, ack=closed.id + 99), "handover_unread")
    w.run(_open(w, other_at_c1, ack=closed.id))
    assert w.run(lambda s: shift.pending_handover(s, w.c1)) is None
    assert w.run(lambda s: shift.pending_handover(s, w.c2)) is None  # a note stays at its counter


def test_shift_closed_without_a_note_needs_no_acknowledgement(w):
    close_shift(w, w.clerk, note="   ")
    w.run(_open(w, Operator(w.clerk2.staff_id, w.c1)))


def test_closed_shift_cannot_be_changed_through_the_orm(w):
    close_shift(w, w.clerk)

    def tamper(s):
        s.get(Shift, w.shifts[w.clerk]).counted_minor = 0
        s.flush()

    with pytest.raises((LedgerTampering, DBAPIError)):
        w.run(tamper)
    assert w.run(lambda s: s.get(Shift, w.shifts[w.clerk]).counted_minor) != 0


@pytest.mark.parametrize("sql", ["UPDATE shift SET counted_minor = 0 WHERE id = :id",
                                 "UPDATE shift SET status = 'open' WHERE id = :id",
                                 "DELETE FROM shift WHERE id = :id"])
def test_closed_shift_cannot_be_changed_with_raw_sql(w, sql):
    close_shift(w, w.clerk)
    with pytest.raises(DBAPIError, match="closed shift is read-only|never deleted"):
        with w.engine.begin() as conn:
            conn.execute(text(sql), {"id": w.shifts[w.clerk]})
    assert ledger_breaches(w.engine) == []
