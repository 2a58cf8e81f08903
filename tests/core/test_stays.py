"""Stays entered by hand, checked out and searched, and the folio a stay shows: what a supervisor types
must be chargeable at the counter at once, and a checked-out room must not be."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bizcenter.errors import NotAllowed, NotFound
from bizcenter.models import StayGuest
from bizcenter.workflows.exports import confirm_batch
from bizcenter.workflows.frontoffice import export_postings
from bizcenter.workflows.guests import name_key
from bizcenter.workflows.reversal import void_sale
from bizcenter.workflows.stays import StayInput, check_out, enter_stay, postings_for_stay, search_stays
from scenario import DAY, SUP, audit_actions, build_world, copies, ledger_breaches, refused, room, sell_action, total_of


@pytest.fixture
def w(engine):
    return build_world(engine)


def stay_input(**kw) -> StayInput:
    values = dict(room="3501", names=("Lefèvre, Élodie",), arrival=DAY, departure=DAY + timedelta(days=2))
    return StayInput(**{**values, **kw})


def charge_action(w, room_no: str, name: str, pages: int = 10):
    lines = [copies(pages)]
    return sell_action(w, w.clerk, lines, [room(total_of(w, lines), room_no, name)])


def test_a_stay_entered_by_hand_is_chargeable_at_once(w):
    view = w.run(lambda s: enter_stay(s, w.sup_id, stay_input(room=" 3501 ", names=("Lefèvre, Élodie", " ", "Bo Ek"),
                                                                credit_limit_minor=50_000, vip=True)))
    assert (view.room, view.guests, view.status, view.vip, view.credit_limit_minor) == (
        "3501", ("Lefèvre, Élodie", "Bo Ek"), "in_house", True, 50_000)
    keys = w.run(lambda s: s.scalars(select(StayGuest.name_key).where(StayGuest.stay_id == view.id)).all())
    assert keys == [name_key("Lefèvre, Élodie"), name_key("Bo Ek")]
    receipt = w.run(charge_action(w, "3501", "elodie lefevre"))
    assert receipt.payments[0].guest_name == "Lefèvre, Élodie"
    assert "stay_entered" in audit_actions(w)


@pytest.mark.parametrize("change, en", [
    (dict(room=""), "the room is missing"),
    (dict(room="ROOM-1234567"), "longer than 10 characters"),
    (dict(names=()), "at least one guest name"),
    (dict(names=("  ",)), "at least one guest name"),
    (dict(names=("---",)), "not a usable guest name"),
    (dict(departure=DAY - timedelta(days=1)), "departure is before arrival"),
    (dict(credit_limit_minor=-1), "cannot be negative"),
    (dict(credit_limit_minor="5000"), "whole number of minor units"),
    (dict(credit_limit_minor=2**31), "too large"),
    (dict(external_ref="F" * 41), "folio number is longer"),
])
def test_a_stay_that_breaks_a_rule_is_refused_with_the_reason(w, change, en):
    err = refused(w, lambda s: enter_stay(s, w.sup_id, stay_input(**change)), "invalid_stay")
    assert en in err.message("en")


def test_a_departure_on_the_day_of_arrival_is_a_day_use_and_allowed(w):
    view = w.run(lambda s: enter_stay(s, w.sup_id, stay_input(departure=DAY)))
    assert view.arrival == view.departure == DAY.isoformat()


def test_a_clerk_cannot_enter_or_check_out_a_stay(w):
    refused(w, lambda s: enter_stay(s, w.clerk.staff_id, stay_input()), "not_allowed")
    refused(w, lambda s: check_out(s, w.clerk.staff_id, w.stays["1208"]), "not_allowed")


def test_a_folio_number_already_on_file_is_refused(w):
    w.run(lambda s: enter_stay(s, w.sup_id, stay_input(external_ref="F900")))
    refused(w, lambda s: enter_stay(s, w.sup_id, stay_input(room="3502", external_ref="F900")), "folio_exists")


def test_a_checked_out_room_can_no_longer_be_charged(w):
    view = w.run(lambda s: check_out(s, w.sup_id, w.stays["1208"], w.clock()))
    assert view.status == "checked_out"
    refused(w, charge_action(w, "1208", "Hans Müller"), "room_checked_out")
    refused(w, lambda s: check_out(s, w.sup_id, w.stays["1208"]), "already_checked_out")
    assert "stay_checked_out" in audit_actions(w)


def test_checking_out_an_unknown_stay_says_so(w):
    with pytest.raises(NotFound):
        w.run(lambda s: check_out(s, w.sup_id, 999_999))


def test_the_folio_lists_postings_oldest_first_with_receipt_voucher_and_reversal(w):
    first = w.run(charge_action(w, "1208", "hans muller"))
    second = w.run(charge_action(w, "1208", "Hans Müller", pages=3))
    void = w.run(lambda s: void_sale(s, w.clerk, first.sale_id, "wrong guest", SUP, w.clock()))
    folio = w.run(lambda s: postings_for_stay(s, w.stays["1208"]))
    assert [(p.receipt, p.voucher_no, p.amount_minor, p.kind) for p in folio] == [
        (f"BC1-{first.receipt_no:06d}", first.payments[0].voucher_no, first.total_minor, "sale"),
        (f"BC1-{second.receipt_no:06d}", second.payments[0].voucher_no, second.total_minor, "sale"),
        (f"BC1-{void.receipt_no:06d}", void.payments[0].voucher_no, -first.total_minor, "void"),
    ]
    assert all(p.business_date == DAY and p.export_batch is None for p in folio)
    assert ledger_breaches(w.engine) == []


def test_the_folio_shows_which_batch_took_each_posting_to_the_front_office(w):
    w.run(charge_action(w, "1208", "hans muller"))
    batch = w.run(lambda s: export_postings(s, None)).batch
    assert [p.export_batch for p in w.run(lambda s: postings_for_stay(s, w.stays["1208"]))] == [None]  # not arrived
    w.run(lambda s: confirm_batch(s, None, batch))
    assert [p.export_batch for p in w.run(lambda s: postings_for_stay(s, w.stays["1208"]))] == [batch]


def test_the_folio_of_an_unknown_stay_says_so(w):
    with pytest.raises(NotFound):
        w.run(lambda s: postings_for_stay(s, 999_999))


def test_search_by_room_by_name_or_both(w):
    def rooms(**kw):
        return [v.room for v in w.run(lambda s: search_stays(s, at=w.clock.t, **kw))]

    assert rooms(room=" 1501 ") == ["1501"]
    assert rooms(name="MULLER hans") == ["1208"]
    assert rooms(name="smith") == ["1501"]
    assert rooms(name="müll") == ["1208"] and rooms(name="张") == ["0808"]
    assert rooms(name="Smith, Jane") == ["1501"] and rooms(name="john jones") == []
    assert rooms(room="1501", name="jane smith") == ["1501"]
    assert rooms(room="1501", name="Hans Müller") == []
    assert rooms(name="Li Lei") == []
    assert rooms(name="Li Lei", in_house_only=False) == ["0606"]
    assert rooms() == sorted(["1208", "0808", "1501", "0707", "0909"])
    assert "0606" in rooms(in_house_only=False)


def test_search_shows_each_stays_balance(w):
    receipt = w.run(charge_action(w, "0909", "Wang Fang"))
    [view] = w.run(lambda s: search_stays(s, room="0909", at=w.clock.t))
    assert view.balance_minor == receipt.total_minor


def test_no_post_stay_entered_by_hand_refuses_a_room_charge(w):
    w.run(lambda s: enter_stay(s, w.sup_id, stay_input(no_post=True)))
    err = refused(w, charge_action(w, "3501", "Élodie Lefèvre"), "no_post")
    assert isinstance(err, NotAllowed)
