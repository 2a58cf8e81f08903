"""Weekly roster and who is on; supplies stock from movements, use recorded, the weekly requisition."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bizcenter.workflows import roster, supplies
from scenario import DAY, T0, audit_actions, build_world, refused

MONDAY = DAY - timedelta(days=DAY.weekday())


@pytest.fixture
def w(engine):
    return build_world(engine, open_shifts=False)


def test_a_week_of_turns_per_clerk_and_who_is_on_now(w):
    w.run(lambda s: roster.add_shift(s, w.sup_id, w.clerk.staff_id, DAY, "07:00", "15:00", w.c1))
    w.run(lambda s: roster.add_shift(s, w.sup_id, w.clerk2.staff_id, DAY, "15:00", "23:00", w.c1))
    w.run(lambda s: roster.add_shift(s, w.sup_id, w.clerk2.staff_id, MONDAY + timedelta(days=7), "07:00", "15:00"))
    week = w.run(lambda s: roster.week(s, DAY))
    assert [(e.staff_name, e.starts) for e in week] == [("Tom Baker", "15:00"), ("李娜", "07:00")]
    on = w.run(lambda s: roster.on_duty(s, T0))  # 09:00
    assert [(d.name, d.hours, d.signed_in) for d in on] == [("李娜", "07:00–15:00", False)]
    assert [d.name for d in w.run(lambda s: roster.on_duty(s, T0 + timedelta(hours=7)))] == ["Tom Baker"]


def test_a_night_turn_runs_past_midnight_and_overlaps_are_refused(w):
    w.run(lambda s: roster.add_shift(s, w.sup_id, w.clerk.staff_id, DAY, "23:00", "07:00"))
    on = w.run(lambda s: roster.on_duty(s, T0 + timedelta(hours=17)))  # 02:00 next day
    assert [d.name for d in on] == ["李娜"]
    refused(w, lambda s: roster.add_shift(s, w.sup_id, w.clerk.staff_id, DAY + timedelta(days=1), "06:00", "14:00"),
            "roster_overlap")


@pytest.mark.parametrize("starts,ends,code", [("7:00", "15:00", "bad_time"), ("25:00", "03:00", "bad_time"),
                                              ("08:00", "08:00", "empty_shift")])
def test_bad_roster_times_are_refused(w, starts, ends, code):
    refused(w, lambda s: roster.add_shift(s, w.sup_id, w.clerk.staff_id, DAY, starts, ends), code)


def test_only_a_supervisor_keeps_the_roster(w):
    refused(w, lambda s: roster.add_shift(s, w.clerk.staff_id, w.clerk.staff_id, DAY, "07:00", "15:00"),
            "not_allowed")
    rid = w.run(lambda s: roster.add_shift(s, w.sup_id, w.clerk.staff_id, DAY, "07:00", "15:00"))
    refused(w, lambda s: roster.remove_shift(s, w.clerk.staff_id, rid), "not_allowed")
    w.run(lambda s: roster.remove_shift(s, w.sup_id, rid))
    assert w.run(lambda s: roster.week(s, DAY)) == [] and "roster_removed" in audit_actions(w)


def paper(w, level=10, qty=20):
    return w.run(lambda s: supplies.add_item(s, w.sup_id, "A4", "A4 复印纸", "A4 paper", "包", level, qty))


def test_stock_is_received_used_and_counted_and_the_requisition_lists_what_is_low(w):
    item = paper(w)
    toner = w.run(lambda s: supplies.add_item(s, w.sup_id, "TONER", "碳粉", "Toner", "支", 1, 2))
    w.run(lambda s: supplies.receive(s, w.sup_id, item, 30, at=T0))
    w.run(lambda s: supplies.receive(s, w.sup_id, toner, 3, at=T0))
    w.run(lambda s: supplies.use(s, w.clerk.staff_id, item, 18, "copy job", at=T0 + timedelta(hours=1)))
    stock = {s.code: s for s in w.run(lambda s: supplies.stock(s, T0 + timedelta(hours=2)))}
    assert (stock["A4"].on_hand, stock["A4"].used_7_days, stock["A4"].low) == (12, 18, False)
    assert w.run(lambda s: supplies.stock_take(s, w.sup_id, item, 9, at=T0 + timedelta(hours=3))) == -3
    req = w.run(lambda s: supplies.requisition(s, w.sup_id, T0 + timedelta(hours=4)))
    assert [(r.item.code, r.item.on_hand, r.order_qty) for r in req] == [("A4", 9, 20)]


def test_use_beyond_stock_and_bad_quantities_are_refused(w):
    item = paper(w)
    w.run(lambda s: supplies.receive(s, w.sup_id, item, 2))
    err = refused(w, lambda s: supplies.use(s, w.clerk.staff_id, item, 3), "not_in_stock")
    assert "2" in err.message("en")
    refused(w, lambda s: supplies.use(s, w.clerk.staff_id, item, 0), "bad_quantity")
    refused(w, lambda s: supplies.receive(s, w.sup_id, item, -4), "bad_quantity")
    refused(w, lambda s: supplies.add_item(s, w.sup_id, "A4", "纸", "Paper", "包", 1, 1), "supply_exists")


def test_a_clerk_records_use_but_cannot_receive_take_stock_or_requisition(w):
    item = paper(w)
    me = w.clerk.staff_id
    refused(w, lambda s: supplies.receive(s, me, item, 5), "not_allowed")
    refused(w, lambda s: supplies.stock_take(s, me, item, 5), "not_allowed")
    refused(w, lambda s: supplies.requisition(s, me), "not_allowed")
