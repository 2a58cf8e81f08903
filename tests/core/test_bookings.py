"""Meeting rooms and equipment: booking without double booking (also under a race), guests checked by
room and name, visitors by name and phone, the deposit in and out (outside the drawer), hand-over,
return with overtime charged by the price list's rounding, and the charge settled exactly once.

Scenario times are in the hotel's zone on 2026-03-10 (the world's clock starts at 09:00).
"""
from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest

from bizcenter.errors import DomainError
from bizcenter.workflows import bookings, deposits, rental_calendar, reversal
from bizcenter.workflows.bookings import BookingRequest
from bizcenter.workflows.settings import set_setting
from scenario import SH, SUP, build_world, expected_cash, ledger_breaches, refused, sell, sell_action


def at(hour: int, minute: int = 0, day: int = 10) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=SH)


@pytest.fixture
def w(engine):
    return build_world(engine)


def room_req(start=at(10), end=at(12), room="boardroom", **kw) -> BookingRequest:
    kw.setdefault("room", "1208")
    kw.setdefault("name", "Hans Müller")
    return BookingRequest("meeting_room", room, start, end, **kw)


def kit_req(item="projector", start=at(10), end=at(18), units=1, **kw) -> BookingRequest:
    kw.setdefault("name", "Chen Jing")
    kw.setdefault("company", "Acme Trading")
    kw.setdefault("phone", "+86 138 0013 8000")
    return BookingRequest("equipment", item, start, end, units, **kw)


def book(w, req, when=at(9, 30), op=None):
    return w.run(lambda s: bookings.book(s, op or w.clerk, req, when))


def book_action(w, req, when=at(9, 30)):
    return lambda s: bookings.book(s, w.clerk, req, when)


def deposit(w, booking_id, method="cash", amount=50_000, when=at(9, 40), **card):
    return w.run(lambda s: deposits.take(s, w.clerk, booking_id, method, amount, card.get("last4"),
                                         card.get("approval"), when))


def hand_over(w, booking_id, when=at(10)):
    return w.run(lambda s: bookings.hand_over(s, w.clerk, booking_id, when))


def give_back(w, booking_id, when):
    return w.run(lambda s: bookings.return_rental(s, w.clerk, booking_id, when))


# --- booking ---------------------------------------------------------------------------------------
def test_in_house_guest_books_a_room_under_the_registered_name(w):
    v = book(w, room_req(name="hans muller"))
    assert (v.status, v.party_kind, v.party_name, v.room, v.item_en) == ("booked", "guest", "Müller, Hans", "1208",
                                                                          "Boardroom")


def test_overlapping_room_booking_is_refused_and_the_adjacent_slot_is_not(w):
    first = book(w, room_req(at(10), at(12)))
    other = BookingRequest("meeting_room", "boardroom", at(11), at(13), room="0808", name="张三")
    err = refused(w, book_action(w, other), "booking_overlap")
    assert str(first.id) in err.message("en") and "10:00" in err.message("zh")
    for room, start in (("boardroom", at(12)), ("small", at(11))):  # after it, or another room at that time
        assert book(w, BookingRequest("meeting_room", room, start, at(13), room="0808", name="张三")).status == "booked"


def test_equipment_is_booked_up_to_the_pieces_the_centre_owns(w):
    # two projectors: 10-12 and 12-14 each take one, so 11-13 still finds one free at every instant
    book(w, kit_req(start=at(10), end=at(12)))
    book(w, kit_req(start=at(12), end=at(14)))
    book(w, kit_req(start=at(11), end=at(13)))
    refused(w, book_action(w, kit_req(start=at(11, 30), end=at(11, 45))), "booking_overlap")
    refused(w, book_action(w, kit_req(start=at(15), end=at(16), units=3)), "bad_units")
    assert book(w, kit_req(start=at(15), end=at(16), units=2)).units == 2


@pytest.mark.parametrize("req, code", [
    (room_req(at(12), at(11)), "slot_order"),
    (room_req(at(8), at(9)), "slot_in_past"),
    (room_req(at(10), at(11, day=11) + timedelta(minutes=1)), "slot_too_long"),
    (room_req(datetime(2026, 3, 10, 10), at(11)), "bad_time"),
    (room_req(room="ballroom"), "unknown_option"),
    (room_req(name="John Smith"), "name_mismatch"),
    (BookingRequest("meeting_room", "boardroom", at(10), at(12), room="0606", name="Li Lei"), "room_not_in_house"),
    (kit_req(phone=""), "missing_field"),
    (kit_req(phone="call me"), "bad_phone"),
    (kit_req(name=" "), "missing_field"),
    (kit_req(units=0), "bad_units"),
])
def test_bad_booking_is_refused_with_nothing_written(w, req, code):
    refused(w, book_action(w, req), code)


# --- deposit, hand-over, return -------------------------------------------------------------------
def test_equipment_is_not_handed_over_before_a_deposit_is_taken(w):
    b = book(w, kit_req())
    refused(w, lambda s: bookings.hand_over(s, w.clerk, b.id, at(10)), "deposit_first")
    deposit(w, b.id)
    assert hand_over(w, b.id).status == "out"


def test_cash_deposit_is_held_outside_the_drawer_and_given_back_at_return(w):
    drawer = expected_cash(w, w.shifts[w.clerk])
    b = book(w, kit_req())
    v = deposit(w, b.id, amount=80_000)
    assert (v.deposit.method, v.deposit.amount_minor, v.deposit.returned_at) == ("cash", 80_000, None)
    assert [(h.booking_id, h.amount_minor) for h in w.run(deposits.held)] == [(b.id, 80_000)]
    assert expected_cash(w, w.shifts[w.clerk]) == drawer  # not revenue: the drawer's figure is untouched
    hand_over(w, b.id)
    result = give_back(w, b.id, at(17))
    assert result.deposit_returned.amount_minor == 80_000 and result.booking.deposit.returned_at == at(17)
    assert w.run(deposits.held) == []


def test_card_deposit_keeps_only_the_last_four_digits(w):
    b = book(w, kit_req())
    v = deposit(w, b.id, "card", 100_000, last4="4242", approval="AB12")
    assert v.deposit.card_last4 == "4242"
    refused(w, lambda s: deposits.take(s, w.clerk, b.id, "cash", 1000, at=at(9, 45)), "deposit_taken")


@pytest.mark.parametrize("method, amount, card, code", [
    ("cash", 0, {}, "deposit_amount"),
    ("cash", -500, {}, "deposit_amount"),
    ("cheque", 500, {}, "deposit_method"),
    ("card", 500, {"last4": "4111111111111111", "approval": "AB12"}, "full_card_number"),
])
def test_bad_deposit_is_refused(w, method, amount, card, code):
    b = book(w, kit_req())
    refused(w, lambda s: deposits.take(s, w.clerk, b.id, method, amount, card.get("last4"), card.get("approval"),
                                       at(9, 40)), code)


def test_returning_equipment_that_is_not_out_is_refused(w):
    b = book(w, kit_req())
    refused(w, lambda s: bookings.return_rental(s, w.clerk, b.id, at(11)), "not_out")
    deposit(w, b.id)
    hand_over(w, b.id)
    give_back(w, b.id, at(17))
    refused(w, lambda s: bookings.return_rental(s, w.clerk, b.id, at(17, 5)), "not_out")


def test_room_returned_late_is_charged_to_the_actual_return_by_started_hour(w):
    b = book(w, room_req(at(10), at(12)))
    hand_over(w, b.id, at(9, 55))
    result = give_back(w, b.id, at(13, 10))  # 09:55 → 13:10 = 3 h 15 min: four started hours
    assert result.overtime_minutes == 70
    assert [l.params for l in result.lines] == [{"room": "boardroom", "minutes": 195}]
    assert result.lines[0].record == {"booking_id": b.id, "part": 0}
    r = sell(w, w.clerk, result.lines, at=at(13, 12))
    assert (r.lines[0].quantity, r.lines[0].amount_minor) == (4, 4 * 50_000)


def test_room_returned_early_is_charged_for_the_booked_time_with_the_minimum(w):
    b = book(w, BookingRequest("meeting_room", "interview", at(10), at(11), room="0808", name="张三"))
    hand_over(w, b.id, at(10))
    result = give_back(w, b.id, at(10, 30))
    assert result.overtime_minutes == 0
    r = sell(w, w.clerk, result.lines, at=at(10, 31))
    assert (r.lines[0].quantity, r.lines[0].amount_minor) == (2, 2 * 12_000)  # two-hour minimum


def test_a_room_handed_over_at_once_and_returned_two_minutes_later_pays_its_booking_not_three_hours(w):
    # the booking form used to start a walk-up booking five minutes ahead: 10:05–12:05 booked at 10:00,
    # handed over at once, back at 10:02 — it was billed 124 minutes, 3 started hours (CN¥1,749.00)
    b = book(w, room_req(at(10, 5), at(12, 5)), when=at(10))
    hand_over(w, b.id, at(10))
    result = give_back(w, b.id, at(10, 2))
    assert result.overtime_minutes == 0
    assert [l.params for l in result.lines] == [{"room": "boardroom", "minutes": 120}]  # the booked time
    r = sell(w, w.clerk, result.lines, at=at(10, 3))
    assert (r.lines[0].quantity, r.lines[0].amount_minor) == (2, 2 * 50_000)
    assert r.total_minor == 116_600  # CN¥1,166.00 with service charge and tax, not CN¥1,749.00


def test_a_room_is_charged_from_its_hand_over_not_from_the_booked_start(w):
    b = book(w, room_req(at(10), at(12)))
    hand_over(w, b.id, at(9, 30))  # taken half an hour early to set up, used until 11:50: 2 h 20 min
    result = give_back(w, b.id, at(11, 50))
    assert result.overtime_minutes == 0
    assert [l.params for l in result.lines] == [{"room": "boardroom", "minutes": 140}]  # three started hours


def test_a_room_taken_a_little_early_and_back_a_little_late_pays_its_booking_within_the_grace(w):
    b = book(w, room_req(at(10), at(12)))
    hand_over(w, b.id, at(9, 55))  # set up five minutes early, back four minutes late: 9 minutes in all
    result = give_back(w, b.id, at(12, 4))
    assert [l.params for l in result.lines] == [{"room": "boardroom", "minutes": 120}]  # two hours, not three


def test_past_the_grace_every_minute_beyond_the_booking_is_charged(w):
    w.run(lambda s: set_setting(s, "rental_grace_minutes", 5))
    b = book(w, room_req(at(10), at(12)))
    hand_over(w, b.id, at(9, 55))
    result = give_back(w, b.id, at(12, 4))  # 9 minutes beyond the booking, grace 5: all nine charged
    assert [l.params for l in result.lines] == [{"room": "boardroom", "minutes": 129}]


def test_the_grace_must_be_a_sensible_number_of_minutes(w):
    for bad in (-1, 121, "10", True):
        refused(w, lambda s, bad=bad: set_setting(s, "rental_grace_minutes", bad))


def test_overtime_after_a_late_hand_over_is_still_charged(w):
    b = book(w, room_req(at(10), at(12)))
    hand_over(w, b.id, at(10, 45))  # the guest came late and stayed 20 minutes past the booked end
    result = give_back(w, b.id, at(12, 20))
    assert result.overtime_minutes == 20
    assert [l.params for l in result.lines] == [{"room": "boardroom", "minutes": 140}]  # booked 2 h + 20 min


def test_equipment_kept_past_its_day_is_charged_another_started_day(w):
    b = book(w, kit_req("laptop", at(10), at(10, day=11), units=2))
    deposit(w, b.id)
    hand_over(w, b.id)
    result = give_back(w, b.id, at(11, 5, day=11))
    assert [l.params for l in result.lines] == [{"item": "laptop", "days": 2, "units": 2}]
    assert sell(w, w.clerk, result.lines, at=at(11, 6, day=11)).lines[0].amount_minor == 2 * 2 * 30_000


def test_equipment_still_out_after_its_end_blocks_the_next_booking(w):
    b = book(w, kit_req("conference_phone", at(10), at(12)))
    deposit(w, b.id)
    hand_over(w, b.id)
    refused(w, book_action(w, kit_req("conference_phone", at(12, 30), at(14)), at(12, 20)), "booking_overlap")
    give_back(w, b.id, at(12, 25))
    assert book(w, kit_req("conference_phone", at(12, 30), at(14)), at(12, 26)).status == "booked"


def test_handover_of_a_booking_whose_item_is_still_out_is_refused(w):
    early = book(w, kit_req("conference_phone", at(10), at(12)))
    later = book(w, kit_req("conference_phone", at(12), at(14)))
    for b in (early, later):
        deposit(w, b.id)
    hand_over(w, early.id)
    refused(w, lambda s: bookings.hand_over(s, w.clerk, later.id, at(12, 10)), "booking_overlap")


def test_cancelled_booking_frees_its_slot_and_gives_the_deposit_back(w):
    b = book(w, kit_req("conference_phone"))
    deposit(w, b.id)
    v = w.run(lambda s: bookings.cancel(s, w.clerk, b.id, "meeting moved", at(9, 50)))
    assert v.status == "cancelled" and v.deposit.returned_at == at(9, 50)
    assert book(w, kit_req("conference_phone"), at(9, 51)).status == "booked"
    refused(w, lambda s: bookings.cancel(s, w.clerk, b.id, "", at(9, 52)), "not_cancellable")


def test_a_booking_in_use_cannot_be_cancelled(w):
    b = book(w, room_req())
    hand_over(w, b.id)
    refused(w, lambda s: bookings.cancel(s, w.clerk, b.id, "", at(10, 5)), "not_cancellable")


# --- the charge, settled once ----------------------------------------------------------------------
def test_a_returned_booking_is_charged_once(w):
    b = book(w, room_req())
    hand_over(w, b.id)
    lines = give_back(w, b.id, at(12)).lines
    sell(w, w.clerk, lines, at=at(12, 1))
    assert w.run(lambda s: bookings.booking(s, b.id)).charged
    refused(w, sell_action(w, w.clerk2, lines, at=at(12, 2)), "already_charged")
    refused(w, lambda s: bookings.bill_again(s, b.id), "already_charged")


def test_a_line_that_does_not_match_the_return_is_refused(w):
    from dataclasses import replace

    b = book(w, room_req())
    hand_over(w, b.id)
    line = give_back(w, b.id, at(12)).lines[0]
    refused(w, sell_action(w, w.clerk, [replace(line, params={"room": "boardroom", "minutes": 60})], at=at(12, 1)),
            "charge_mismatch")


def test_a_booking_not_yet_returned_cannot_be_billed(w):
    from bizcenter.workflows.counter import LineRequest

    b = book(w, room_req())
    line = LineRequest("meeting_room", {"room": "boardroom", "minutes": 120}, record={"booking_id": b.id, "part": 0})
    refused(w, sell_action(w, w.clerk, [line], at=at(10, 1)), "not_returned")


def test_voided_rental_charge_can_be_billed_again(w):
    b = book(w, room_req())
    hand_over(w, b.id)
    lines = give_back(w, b.id, at(12)).lines
    r = sell(w, w.clerk, lines, at=at(12, 1))
    w.run(lambda s: reversal.void_sale(s, w.clerk, r.sale_id, "wrong room keyed", SUP, at(12, 3)))
    assert not w.run(lambda s: bookings.booking(s, b.id)).charged
    again = w.run(lambda s: bookings.bill_again(s, b.id))
    assert again == lines
    sell(w, w.clerk, again, at=at(12, 5))
    assert ledger_breaches(w.engine) == []


def test_calendar_and_running_lists_show_the_bookings(w):
    room = book(w, room_req(at(14), at(16)))
    kit = book(w, kit_req())
    deposit(w, kit.id)
    hand_over(w, kit.id)
    day = w.run(lambda s: rental_calendar.bookings_between(s, "meeting_room", at(0), at(0, day=11)))
    assert [v.id for v in day] == [room.id]
    assert [v.id for v in w.run(lambda s: rental_calendar.rooms_today(s, at(12), "müller"))] == [room.id]
    assert w.run(lambda s: rental_calendar.rooms_today(s, at(12), "nobody")) == []
    out = w.run(lambda s: rental_calendar.equipment_out(s, "acme"))
    assert [v.id for v in out] == [kit.id] and out[0].overdue(at(19)) and not out[0].overdue(at(12))


# --- two counters at once --------------------------------------------------------------------------
def test_counters_racing_for_the_same_room_slot_get_one_booking(w):
    """Six clerks' threads book the boardroom 15:00-17:00 at the same moment: one gets it."""
    start = threading.Barrier(6)
    outcomes: list[str] = []

    def clerk(n):
        req = BookingRequest("meeting_room", "boardroom", at(15), at(17), name=f"Visitor {n}", phone="13800138000")
        start.wait()
        try:
            book(w, req, at(9, 30), w.clerk if n % 2 else w.clerk2)
            outcomes.append("booked")
        except DomainError as exc:
            outcomes.append(exc.code)

    threads = [threading.Thread(target=clerk, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["booked"] + ["booking_overlap"] * 5
    assert len(w.run(lambda s: rental_calendar.bookings_between(s, "meeting_room", at(0), at(23)))) == 1


def test_verify_finds_a_deposit_kept_after_the_return(w):
    from sqlalchemy import text

    b = book(w, kit_req())
    deposit(w, b.id)
    hand_over(w, b.id)
    sell(w, w.clerk, give_back(w, b.id, at(17)).lines, at=at(17, 1))
    assert ledger_breaches(w.engine) == []
    w.run(lambda s: s.execute(text("UPDATE rental_deposit SET returned_at = NULL, returned_by = NULL")))
    assert [x.check for x in ledger_breaches(w.engine)] == ["errands_consistent"]


def test_counters_racing_for_the_last_projectors_never_book_more_than_the_centre_owns(w):
    """Two projectors; five threads each ask for one over the same afternoon: two get one."""
    start, outcomes = threading.Barrier(5), []

    def clerk(n):
        start.wait()
        try:
            book(w, kit_req(start=at(14), end=at(17), name=f"Visitor {n}"), at(9, 30), w.clerk if n % 2 else w.clerk2)
            outcomes.append("booked")
        except DomainError as exc:
            outcomes.append(exc.code)

    threads = [threading.Thread(target=clerk, args=(n,)) for n in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["booked"] * 2 + ["booking_overlap"] * 3


def test_a_room_kept_over_a_day_is_billed_in_day_long_lines_on_one_sale(w):
    b = book(w, room_req(at(10), at(12)))
    hand_over(w, b.id)
    result = give_back(w, b.id, at(11, day=11))  # 25 hours: the price rule takes at most 24 hours a line
    assert [l.params["minutes"] for l in result.lines] == [13 * 60, 12 * 60]
    refused(w, sell_action(w, w.clerk, result.lines[1:], at=at(11, 1, day=11)), "already_charged")
    r = sell(w, w.clerk, result.lines, at=at(11, 2, day=11))
    assert sum(l.amount_minor for l in r.lines) == 25 * 50_000  # 25 started hours, no minimum charged twice
    refused(w, sell_action(w, w.clerk2, result.lines[1:], at=at(11, 3, day=11)), "already_charged")


def test_simulated_days_rent_rooms_and_equipment_and_deliver_couriers(engine, monkeypatch):
    """Three simulated days: bookings of both kinds, a clash refused then rebooked, deposits given back,
    late returns charged, and waybills sent then marked delivered later; the ledger verifies clean."""
    from datetime import date

    from argon2 import PasswordHasher
    from sqlalchemy import text

    from bizcenter.demo import install_demo
    from bizcenter.simulate import simulate

    monkeypatch.setattr("bizcenter.workflows.pins._hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    clashes, real_book = [], bookings.book

    def counting_book(*args, **kwargs):
        try:
            return real_book(*args, **kwargs)
        except DomainError as exc:
            clashes.append(exc.code)
            raise

    monkeypatch.setattr(bookings, "book", counting_book)
    install_demo(engine, date(2026, 3, 5))
    simulate(engine, days=3, seed=7, start=date(2026, 3, 2))
    with engine.connect() as c:
        one = lambda sql: c.execute(text(sql)).scalar_one()  # noqa: E731
        assert one("SELECT COUNT(DISTINCT service) FROM rental_booking") == 2
        assert one("SELECT COUNT(*) FROM rental_booking WHERE returned_at > ends_at AND charge_params IS NOT NULL") >= 1
        assert one("SELECT COUNT(*) FROM rental_deposit WHERE returned_at IS NOT NULL") >= 1
        assert one("SELECT COUNT(*) FROM courier_consignment WHERE status = 'delivered' AND delivered_at > created_at") >= 1
    assert "booking_overlap" in clashes
    assert ledger_breaches(engine) == []
