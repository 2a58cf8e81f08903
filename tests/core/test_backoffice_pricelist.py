"""Price-list editor: rates changed from an effective time as a new version, history kept, old
sales keep their price; only a supervisor, never back-dated."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bizcenter.workflows import pricebook
from bizcenter.workflows.counter import quote
from scenario import T0, build_world, copies, refused, sell

A4_BW = ("copy", ("options", "A4", "bw_minor"))


@pytest.fixture
def w(engine):
    return build_world(engine)


def rate(rates, key=A4_BW):
    return next(r for r in rates if (r.code, r.path) == key)


def test_every_rate_is_listed_with_bilingual_labels(w):
    rates = w.run(pricebook.rates)
    a4 = rate(rates)
    assert a4.amount_minor == 200 and "A4" in a4.label_en and "黑白" in a4.label_zh
    fax = rate(rates, ("fax_out", ("zones", "intl_a", "first_minor")))
    assert fax.amount_minor == 2500 and fax.label_zh == "国际 A 区 首页/首重" and "zone A" in fax.label_en


def test_new_rate_applies_from_its_effective_time_and_old_sales_keep_theirs(w):
    old = sell(w, w.clerk, [copies(10)])
    effective = T0 + timedelta(hours=2)
    version = w.run(lambda s: pricebook.change_rates(s, w.sup_id, {A4_BW: 250}, effective, "paper cost", at=T0))
    before = w.run(lambda s: quote(s, (copies(10),), effective - timedelta(minutes=1)))
    after = w.run(lambda s: quote(s, (copies(10),), effective + timedelta(minutes=1)))
    assert before.lines[0].amount_minor == 2000 and after.lines[0].amount_minor == 2500
    history = w.run(lambda s: pricebook.history(s, effective + timedelta(minutes=1)))
    assert [h.id for h in history][0] == version and history[0].in_effect and history[0].note == "paper cost"
    assert history[0].created_by == "王强" and len(history) == 2
    changed = w.run(lambda s: pricebook.changes_between(s, history[1].id, version))
    assert [(r.code, r.amount_minor, was) for r, was in changed] == [("copy", 250, 200)]
    assert w.run(lambda s: __import__("bizcenter.workflows.receipts", fromlist=["x"])
                 .load_receipt(s, old.sale_id)).total_minor == old.total_minor


def test_a_clerk_cannot_edit_prices(w):
    refused(w, lambda s: pricebook.change_rates(s, w.clerk.staff_id, {A4_BW: 1}, T0 + timedelta(days=1), at=T0),
            "not_allowed")


@pytest.mark.parametrize("changes,code", [({A4_BW: -5}, "bad_rate"), ({("copy", ("options", "A9", "bw_minor")): 5},
                                                                      "unknown_rate"), ({}, "no_change")])
def test_bad_changes_are_refused_and_nothing_is_written(w, changes, code):
    refused(w, lambda s: pricebook.change_rates(s, w.sup_id, changes, T0 + timedelta(days=1), at=T0), code)


def test_a_back_dated_price_list_is_refused(w):
    refused(w, lambda s: pricebook.change_rates(s, w.sup_id, {A4_BW: 250}, T0 - timedelta(hours=1), at=T0),
            "effective_in_past")
