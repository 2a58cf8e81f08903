"""Day close with the three-way check: vouchers ticked one by one (missing ones listed and named at
the close), cash variances approved by a supervisor who is not the shift's clerk, then the one close
locks the day, exporting (durably, into a folder) the room charges not yet exported — one action."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bizcenter.models import BusinessDay, PostingExport
from bizcenter.workflows import reconcile
from bizcenter.workflows.dayclose import close_day
from bizcenter.workflows.reversal import void_sale
from scenario import DAY, SUP, audit_actions, build_world, close_shift, copies, refused, room, sell, total_of


@pytest.fixture
def w(engine):
    """BC1: a cash sale and two room charges; BC2: a cash sale; both shifts closed, BC2 short ¥2.
    (Cash sales of 3 and 22 copies come to whole 10 fen, the smallest coin counted.)"""
    w = build_world(engine)
    sell(w, w.clerk, [copies(22)])
    w.charges = [sell(w, w.clerk, [copies(n)], [room(total_of(w, [copies(n)]), "1208", "Hans Muller")])
                 for n in (3, 4)]
    sell(w, w.clerk2, [copies(3)])
    close_shift(w, w.clerk)
    close_shift(w, w.clerk2, off_by=-200)
    return w


def check(w, staff_id=None):
    return w.run(lambda s: reconcile.day_check(s, staff_id or w.sup_id, DAY))


def test_the_check_shows_every_shift_and_the_three_figures_agree_when_nothing_is_wrong(w):
    c = check(w)
    assert [s.clerk for s in c.shifts] == ["李娜", "Tom Baker"]
    assert c.ledger_room_minor == c.postings_minor == sum(v.amount_minor for v in c.vouchers) > 0
    assert c.ledger_cash_minor == 5130 + 700
    assert c.counted_cash_minor == c.ledger_cash_minor - 200 and c.cash_variance_minor == -200
    assert [s.variance_minor for s in c.shifts] == [0, -200]
    assert len(c.missing) == 2 and not c.ready  # BC2's variance waits for approval


def test_vouchers_ticked_one_by_one_are_kept_and_the_missing_listed(w):
    first = check(w).vouchers[0]
    w.run(lambda s: reconcile.tick_voucher(s, w.sup_id, first.posting_id, True))
    c = check(w)
    assert [v.checked for v in c.vouchers] == [True, False]
    assert c.vouchers[0].checked_by == "王强"
    assert [v.voucher_no for v in c.missing] == [c.vouchers[1].voucher_no]
    w.run(lambda s: reconcile.tick_voucher(s, w.sup_id, first.posting_id, False))
    assert len(check(w).missing) == 2
    assert audit_actions(w).count("voucher_checked") == 1 and "voucher_unchecked" in audit_actions(w)


def test_a_clerk_cannot_see_the_check_tick_vouchers_approve_or_close(w):
    clerk = w.clerk.staff_id
    posting = check(w).vouchers[0].posting_id
    bc2_shift = w.shifts[w.clerk2]
    refused(w, lambda s: reconcile.day_check(s, clerk, DAY), "not_allowed")
    refused(w, lambda s: reconcile.tick_voucher(s, clerk, posting), "not_allowed")
    refused(w, lambda s: reconcile.approve_variance(s, clerk, bc2_shift, "short"), "not_allowed")
    refused(w, lambda s: close_day(s, clerk, DAY, note="note"), "not_allowed")


def test_variance_needs_a_reason_and_a_supervisor_other_than_the_shift_clerk(w):
    bc2 = w.shifts[w.clerk2]
    refused(w, lambda s: reconcile.approve_variance(s, w.sup_id, bc2, "  "), "reason_required")
    refused(w, lambda s: reconcile.approve_variance(s, w.sup_id, w.shifts[w.clerk], "x"), "no_variance")
    w.run(lambda s: reconcile.approve_variance(s, w.sup_id, bc2, "coin dropped behind the drawer"))
    c = check(w)
    assert c.shifts[1].approved_by == "王强" and c.shifts[1].reason == "coin dropped behind the drawer"
    refused(w, lambda s: reconcile.approve_variance(s, w.sup2_id, bc2, "again"), "variance_approved")


def test_a_supervisor_cannot_approve_the_variance_of_their_own_shift(engine):
    from scenario import open_shift
    from bizcenter.workflows.staff import Operator

    w = build_world(engine, open_shifts=False)
    me = Operator(w.sup_id, w.c1)
    open_shift(w, me)
    close_shift(w, me, off_by=-100)
    refused(w, lambda s: reconcile.approve_variance(s, w.sup_id, w.shifts[me], "mine"), "self_approval")
    w.run(lambda s: reconcile.approve_variance(s, w.sup2_id, w.shifts[me], "checked by Anna"))


def close(w, note="", **kw):
    return lambda s: close_day(s, w.sup_id, DAY, w.clock(), note=note, running_day=True, **kw)


def test_close_refused_with_an_unapproved_variance_then_with_missing_vouchers_without_a_note(w, tmp_path):
    err = refused(w, close(w), "variance_unapproved")
    assert "Tom Baker" in err.message("en") and "-200" in err.message("en")
    w.run(lambda s: reconcile.approve_variance(s, w.sup_id, w.shifts[w.clerk2], "short"))
    err = refused(w, close(w, export_folder=tmp_path / "accounts"), "vouchers_missing")
    assert check(w).vouchers[0].voucher_no in err.message("en")
    assert not (tmp_path / "accounts").exists()  # nothing exported by a refused close


def test_closing_locks_the_day_exports_the_room_charges_and_names_the_missing_voucher(w, tmp_path):
    w.run(lambda s: reconcile.approve_variance(s, w.sup_id, w.shifts[w.clerk2], "short"))
    vouchers = check(w).vouchers
    w.run(lambda s: reconcile.tick_voucher(s, w.sup_id, vouchers[0].posting_id))
    done = w.run(close(w, "guest in 1208 will sign tomorrow", export_folder=tmp_path / "accounts"))
    assert done.missing == (vouchers[1].voucher_no,)
    exported = (tmp_path / "accounts" / f"room-charges-{DAY.isoformat()}-{done.batch}.csv").read_text("utf-8-sig")
    assert done.export_path.endswith(f"{done.batch}.csv") and done.exported == 2 and "Müller" in exported
    assert done.total_minor == check(w).ledger_total_minor
    kept = w.run(lambda s: s.get(BusinessDay, DAY)).summary["three_way"]
    assert kept["missing_vouchers"] == [vouchers[1].voucher_no] and kept["missing_note"].startswith("guest in 1208")
    assert (kept["vouchers"], kept["vouchers_ticked"], kept["cash_variance_minor"]) == (2, 1, -200)
    assert w.run(lambda s: s.get(BusinessDay, DAY)) is not None
    assert w.run(lambda s: s.scalar(select(func.count()).select_from(PostingExport))) == 2
    assert check(w).closed
    refused(w, lambda s: reconcile.tick_voucher(s, w.sup_id, vouchers[1].posting_id), "day_already_closed")
    refused(w, close(w, "again"), "day_already_closed")
    assert "day_closed" in audit_actions(w)


def test_nobody_approves_their_own_void(engine):
    from bizcenter.workflows.staff import Operator
    from scenario import CLERK, open_shift

    w = build_world(engine)
    sale = sell(w, w.clerk, [copies(2)])
    refused(w, lambda s: void_sale(s, w.clerk, sale.sale_id, "typo", CLERK, w.clock()), "not_supervisor",
            may_change=("audit_log",))
    sup_op = Operator(w.sup_id, w.c1)
    open_shift(w, sup_op)
    refused(w, lambda s: void_sale(s, sup_op, sale.sale_id, "typo", SUP, w.clock()), "self_approval")
    assert w.run(lambda s: void_sale(s, w.clerk, sale.sale_id, "typo", SUP, w.clock())).kind == "void"
