"""Fax in and the fax rack: register, match by room and name or by name alone, notify, deliver, charge
the receiving fee once; unmatched faxes wait in the rack, are taken out by a later match, or archived.

Scenario: at BC1 faxes arrive for Hans Müller (1208), the Smiths (1501), 张三 (0808), and for people
nobody in house matches; the receiving fee is ¥5.00 a page on the default price list.
"""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bizcenter.models import AuditEntry, Payment
from bizcenter.workflows import fax_in, fax_rack, reversal
from bizcenter.workflows.fax_in import IncomingFax
from bizcenter.workflows.settings import set_setting

from scenario import SUP, build_world, ledger_breaches, refused, room, sell, sell_action, total_of


@pytest.fixture
def w(engine):
    return build_world(engine)


def paper(name="Hans Mueller", room_no="1208", pages=3, legible=True, complete=True, sender="Siemens AG"):
    return IncomingFax(pages, legible, complete, name, room_no, sender)


def register(w, fax, stay_id=None, guest=None, op=None, at=None):
    return w.run(lambda s: fax_in.register(s, op or w.clerk, fax, stay_id, guest, at or w.clock()))


def candidates(w, name, room_no=None):
    return w.run(lambda s: fax_in.candidates(s, name, room_no, w.clock.t))


def rack(w, search="", at=None, counter=None):
    return w.run(lambda s: fax_rack.rack_list(s, counter or w.c1, search, at or w.clock.t))


# --- matching -----------------------------------------------------------------------------------------
def test_room_and_name_on_the_fax_find_the_one_guest(w):
    found = candidates(w, "MULLER HANS", "1208")
    assert found == [fax_in.Candidate(w.stays["1208"], "1208", "Müller, Hans", "room_and_name")]


def test_a_name_alone_shows_the_in_house_candidates(w):
    found = candidates(w, "Smith")
    assert {(c.room, c.guest_name, c.how) for c in found} == {("1501", "Mr John Smith", "name"),
                                                               ("1501", "Mrs Jane Smith", "name")}
    assert [c.guest_name for c in candidates(w, "张三")] == ["张三"]
    assert candidates(w, "Li Lei") == []  # checked out: not a candidate


def test_a_wrong_room_shows_that_rooms_guests_and_the_name_matches(w):
    found = candidates(w, "张三", "1208")
    assert {(c.room, c.guest_name, c.how) for c in found} == {("1208", "Müller, Hans", "room"), ("0808", "张三", "name")}


def test_no_match_at_all_gives_no_candidates(w):
    assert candidates(w, "Dr. Nobody", "3301") == []


# --- register, notify, deliver, charge --------------------------------------------------------------
def test_a_matched_fax_is_notified_delivered_and_charged_by_room_with_the_clerk_and_times(w):
    f = register(w, paper(), w.stays["1208"], "Müller, Hans")
    assert (f.status, f.room, f.guest_name, f.written_name, f.registered_by) == (
        "matched", "1208", "Müller, Hans", "Hans Mueller", "李娜")
    f = w.run(lambda s: fax_in.notify(s, w.clerk, f.id, "message_light", w.clock()))
    assert f.notified_how == "message_light" and f.notified_by == "李娜" and f.notified_at is not None
    f = w.run(lambda s: fax_in.deliver(s, w.clerk2, f.id, "bellboy", w.clock()))
    assert (f.status, f.delivered_how, f.delivered_by) == ("delivered", "bellboy", "Tom Baker")
    line = f.bill_line
    assert line.service == "fax_in" and line.params == {"pages": 3} and line.record == {"fax_in_id": f.id}
    total = total_of(w, [line])
    receipt = sell(w, w.clerk, [line], [room(total, "1208", "Hans Müller")])
    assert receipt.total_minor == total
    voucher = w.run(lambda s: s.scalar(select(Payment.voucher_no).where(Payment.sale_id == receipt.sale_id)))
    assert voucher  # the guest signs the voucher
    after = w.run(lambda s: fax_in.view(s, f.id))
    assert after.charge_state == "charged" and after.bill_line is None
    assert ledger_breaches(w.engine) == []


def test_the_receiving_fee_is_charged_once(w):
    f = register(w, paper(), w.stays["1208"], "Müller, Hans")
    sell(w, w.clerk, [f.bill_line])
    refused(w, sell_action(w, w.clerk, [f.bill_line]), "fax_already_charged")


def test_an_illegible_or_incomplete_fax_is_not_charged(w):
    f = register(w, paper(legible=False), w.stays["1208"], "Müller, Hans")
    assert f.bill_line is None
    from bizcenter.workflows.counter import LineRequest

    line = LineRequest("fax_in", {"pages": 3}, record={"fax_in_id": f.id})
    refused(w, sell_action(w, w.clerk, [line]), "fax_in_unreadable")


def test_the_pages_on_the_bill_must_be_the_fax_pages(w):
    f = register(w, paper(pages=4), w.stays["1208"], "Müller, Hans")
    fewer = type(f.bill_line)("fax_in", {"pages": 1}, record=f.bill_line.record)
    refused(w, sell_action(w, w.clerk, [fewer]), "fax_line_mismatch")


@pytest.mark.parametrize("fax,code", [
    (paper(pages=0), "zero_pages"), (paper(pages=-2), "zero_pages"), (paper(pages=2.0), "bad_pages"),
    (paper(name="  "), "name_required"), (paper(room_no="12345678901"), "text_too_long"),
])
def test_bad_registrations_are_refused_and_nothing_is_written(w, fax, code):
    refused(w, lambda s: fax_in.register(s, w.clerk, fax, None, None, w.clock()), code)


def test_matching_to_a_guest_who_is_not_the_rooms_or_not_in_house_is_refused(w):
    refused(w, lambda s: fax_in.register(s, w.clerk, paper(), w.stays["1208"], "Jane Smith", w.clock()),
            "name_mismatch")
    refused(w, lambda s: fax_in.register(s, w.clerk, paper(), w.stays["0606"], "Li Lei", w.clock()),
            "guest_not_in_house")


def test_bad_notify_and_delivery_steps_are_refused(w):
    f = register(w, paper(), w.stays["1208"], "Müller, Hans")
    refused(w, lambda s: fax_in.notify(s, w.clerk, f.id, "pigeon", w.clock()), "bad_notify")
    refused(w, lambda s: fax_in.deliver(s, w.clerk, f.id, "drone", w.clock()), "bad_delivery")
    w.run(lambda s: fax_in.deliver(s, w.clerk, f.id, "collected", w.clock()))
    refused(w, lambda s: fax_in.deliver(s, w.clerk, f.id, "bellboy", w.clock()), "already_delivered")
    racked = register(w, paper(name="Nobody", room_no=None))
    refused(w, lambda s: fax_in.notify(s, w.clerk, racked.id, "phone", w.clock()), "fax_not_matched")
    refused(w, lambda s: fax_in.deliver(s, w.clerk, racked.id, "collected", w.clock()), "fax_not_matched")


# --- the rack -----------------------------------------------------------------------------------------
def test_an_unmatched_fax_goes_to_the_rack_with_date_and_clerk_and_is_not_billed(w):
    f = register(w, paper(name="ACME delegation", room_no=None, sender="ACME GmbH"))
    assert f.status == "rack" and f.racked_at is not None and f.bill_line is None
    listed = rack(w)
    assert [(r.id, r.racked_by, r.written_name, r.pages) for r in listed] == [(f.id, "李娜", "ACME delegation", 3)]
    assert rack(w, counter=w.c2) == []  # the rack is the counter's own
    from bizcenter.workflows.counter import LineRequest

    refused(w, sell_action(w, w.clerk, [LineRequest("fax_in", {"pages": 3}, record={"fax_in_id": f.id})]),
            "fax_not_matched")


def test_the_rack_shows_each_fax_age_and_finds_by_name_room_or_sender(w):
    first = register(w, paper(name="Ms Keller", room_no="2201"))
    second = register(w, paper(name="ACME delegation", room_no=None, sender="ACME GmbH"),
                      at=w.clock.t + timedelta(days=2))
    later = w.clock.t + timedelta(days=3, hours=1)
    ages = {r.id: r.age_days for r in rack(w, at=later)}
    assert ages == {first.id: 3, second.id: 1}
    assert [r.id for r in rack(w, "keller ms", at=later)] == [first.id]
    assert [r.id for r in rack(w, "2201", at=later)] == [first.id]
    assert [r.id for r in rack(w, "acme", at=later)] == [second.id]


def test_a_later_match_takes_the_fax_out_of_the_rack_and_it_can_then_be_charged(w):
    f = register(w, paper(name="Mr Smith's secretary", room_no=None))
    matched = w.run(lambda s: fax_in.match(s, w.clerk2, f.id, w.stays["1501"], "John Smith", w.clock()))
    assert (matched.status, matched.room, matched.guest_name) == ("matched", "1501", "Mr John Smith")
    assert matched.racked_at is not None  # the rack history stays on the record
    assert rack(w) == []
    refused(w, lambda s: fax_in.match(s, w.clerk, f.id, w.stays["1208"], "Müller, Hans", w.clock()), "fax_not_in_rack")
    sell(w, w.clerk2, [matched.bill_line])
    assert ledger_breaches(w.engine) == []


def test_a_visitor_collects_a_rack_fax_with_an_id_and_pays_the_fee_at_the_counter(w):
    f = register(w, paper(name="Dr. Chen Wei", room_no=None, pages=2))
    given = w.run(lambda s: fax_rack.hand_to_visitor(s, w.clerk, f.id, "chen wei", "x123", w.clock()))
    assert (given.status, given.collector_name, given.stay_id) == ("delivered", "chen wei", None)
    assert rack(w) == [] and given.bill_line.params == {"pages": 2}
    stored = w.run(lambda s: s.get(fax_in.FaxIn, f.id).collector_id_last4)
    assert stored == "X123"  # four characters of the ID, never the whole number
    with pytest.raises(Exception) as info:  # a visitor has no room to charge
        sell(w, w.clerk, [given.bill_line], [room(total_of(w, [given.bill_line]), "1208", "Chen Wei")])
    assert info.value.code == "name_mismatch"
    sell(w, w.clerk, [given.bill_line])
    assert w.run(lambda s: fax_in.view(s, f.id)).charge_state == "charged"
    refused(w, sell_action(w, w.clerk, [given.bill_line]), "fax_already_charged")
    assert "fax_in_collected_by_visitor" in [a.action for a in w.run(lambda s: s.scalars(select(AuditEntry)).all())]
    assert ledger_breaches(w.engine) == []


@pytest.mark.parametrize("name, id_last4, code", [
    ("Someone Else", "1234", "visitor_name_mismatch"), ("", "1234", "visitor_name_required"),
    ("Chen Wei", "", "visitor_id_required"), ("Chen Wei", "12", "visitor_id_required"),
    ("Chen Wei", "12 4", "visitor_id_required"), ("Chen Wei", "110101199001011234", "text_too_long"),
])
def test_a_visitor_without_the_name_on_the_fax_or_an_id_is_refused(w, name, id_last4, code):
    f = register(w, paper(name="Chen Wei", room_no=None))
    refused(w, lambda s: fax_rack.hand_to_visitor(s, w.clerk, f.id, name, id_last4, w.clock()), code)
    assert [r.id for r in rack(w)] == [f.id]


def test_only_a_fax_in_the_rack_goes_to_a_visitor(w):
    f = register(w, paper(), w.stays["1208"], "Müller, Hans")
    refused(w, lambda s: fax_rack.hand_to_visitor(s, w.clerk, f.id, "Hans Mueller", "1234", w.clock()),
            "fax_not_in_rack")


def test_unclaimed_faxes_are_archived_after_the_configured_days(w):
    w.run(lambda s: set_setting(s, "fax_rack_days", 3))
    old = register(w, paper(name="Ms Keller", room_no="2201"))
    young = register(w, paper(name="Mr Ito", room_no=None), at=w.clock.t + timedelta(days=2))
    when = w.clock.t + timedelta(days=3, hours=2)
    assert {r.id: r.overdue for r in rack(w, at=when)} == {old.id: True, young.id: False}
    archived = w.run(lambda s: fax_rack.archive_unclaimed(s, w.clerk, when))
    assert archived == [old.id]
    assert [r.id for r in rack(w, at=when)] == [young.id]
    kept = w.run(lambda s: fax_in.view(s, old.id))
    assert kept.status == "archived" and kept.archive_reason and kept.archived_at is not None
    refused(w, lambda s: fax_in.match(s, w.clerk, old.id, w.stays["1208"], "Müller, Hans", when), "fax_not_in_rack")
    assert w.run(lambda s: fax_rack.archive_unclaimed(s, w.clerk, when)) == []


def test_archiving_one_fax_early_needs_a_reason(w):
    f = register(w, paper(name="Mr Ito", room_no=None))
    refused(w, lambda s: fax_rack.archive(s, w.clerk, f.id, "", w.clock()), "archive_reason_required")
    done = w.run(lambda s: fax_rack.archive(s, w.clerk, f.id, "Sender: wrong hotel", w.clock()))
    assert done.status == "archived" and done.archive_reason == "Sender: wrong hotel"
    refused(w, lambda s: fax_rack.archive(s, w.clerk, f.id, "again", w.clock()), "fax_not_in_rack")


def test_the_rack_is_handed_over_at_shift_close(w):
    f = register(w, paper(name="Ms Keller", room_no="2201"))
    register(w, paper(), w.stays["1208"], "Müller, Hans")  # with the guest: not in the rack
    handed = w.run(lambda s: fax_rack.rack_for_handover(s, w.c1, w.clock()))
    assert [r.id for r in handed] == [f.id]


def test_rack_days_setting_is_checked(w):
    refused(w, lambda s: set_setting(s, "fax_rack_days", 0))
    refused(w, lambda s: set_setting(s, "fax_rack_days", "7"))


def test_a_void_makes_the_fee_billable_again_and_a_refund_does_not(w):
    f = register(w, paper(), w.stays["1208"], "Müller, Hans")
    receipt = sell(w, w.clerk, [f.bill_line])
    w.run(lambda s: reversal.void_sale(s, w.clerk, receipt.sale_id, "wrong pages", SUP, w.clock()))
    assert w.run(lambda s: fax_in.view(s, f.id)).bill_line == f.bill_line
    second = sell(w, w.clerk, [f.bill_line])
    w.run(lambda s: reversal.refund_sale(s, w.clerk, second.sale_id, "complaint", SUP, w.clock()))
    after = w.run(lambda s: fax_in.view(s, f.id))
    assert after.charge_state == "refunded" and after.bill_line is None
    assert ledger_breaches(w.engine) == []


def test_every_step_is_in_the_audit_trail(w):
    f = register(w, paper(name="Mr Ito", room_no=None))
    w.run(lambda s: fax_in.match(s, w.clerk, f.id, w.stays["0808"], "张三", w.clock()))
    w.run(lambda s: fax_in.notify(s, w.clerk, f.id, "phone", w.clock()))
    w.run(lambda s: fax_in.deliver(s, w.clerk, f.id, "collected", w.clock()))
    actions = w.run(lambda s: list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "fax_in")
                                             .order_by(AuditEntry.id))))
    assert actions == ["fax_in_registered", "fax_in_matched", "fax_in_notified", "fax_in_delivered"]


def test_faxes_waiting_for_delivery_or_their_fee_are_listed_until_done(w):
    first = register(w, paper(), w.stays["1208"], "Müller, Hans")
    unreadable = register(w, paper(legible=False), w.stays["0808"], "张三")
    register(w, paper(name="Nobody", room_no=None))  # in the rack: not waiting for a guest
    waiting = lambda: [f.id for f in w.run(lambda s: fax_in.waiting(s, w.c1))]  # noqa: E731
    assert waiting() == [first.id, unreadable.id]
    w.run(lambda s: fax_in.deliver(s, w.clerk, unreadable.id, "bellboy", w.clock()))
    w.run(lambda s: fax_in.deliver(s, w.clerk, first.id, "bellboy", w.clock()))
    assert waiting() == [first.id]  # delivered, fee still to bill; the unreadable one owes nothing
    sell(w, w.clerk, [first.bill_line])
    assert waiting() == [] and w.run(lambda s: fax_in.waiting(s, w.c2)) == []


def test_closing_a_shift_at_the_counter_archives_its_overdue_rack_faxes(w):
    """The rack is handed over at shift close; what nobody claimed within the configured days goes to the archive."""
    from bizcenter.desk import Desk
    from bizcenter.workflows import shift

    old = register(w, paper(name="Ms Keller", room_no="2201"))  # March: long overdue today
    shift_id = w.shifts[w.clerk]
    w.run(lambda s: shift.count_cash(s, w.clerk, shift_id, {10000: 5}, w.clock()))
    Desk(w.engine).close_shift(w.clerk, shift_id, "rack handed over")
    assert w.run(lambda s: fax_in.view(s, old.id)).status == "archived"
    assert rack(w) == []
