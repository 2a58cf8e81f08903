"""Air-ticket orders: enquiry → reserved → paid → issued → delivered; change, refund, cancel; the ID
rules; the money in the ledger (fee and fare apart, reversed by the original means); disruptions,
reminders, masking and erasure of ID numbers."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from bizcenter.errors import DomainError
from bizcenter.models.tickets import TicketCharge
from bizcenter.workflows import counter, reversal, tickets
from bizcenter.workflows.reports import daily_report
from bizcenter.workflows.tickets_input import OrderInput, PassengerInput, SegmentInput
from scenario import DAY, SH, SUP, audit_actions, build_world, card, cash, ledger_breaches, refused, room, sell, total_of


def at(hour: int, minute: int = 0, day: int = 10) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=SH)


@pytest.fixture
def w(engine):
    return build_world(engine)


def pax(name="ZHANG/SAN", id_name="Zhang San", expiry=date(2030, 1, 1), number="110101199001011234"):
    return PassengerInput(name, id_name, "id_card", number, expiry)


def seg(origin="PEK", dest="SHA", when=datetime(2026, 3, 12, 8, 30), flight="1501", airline="CA"):
    return SegmentInput(airline, flight, origin, dest, when, "economy")


def order_input(**kw) -> OrderInput:
    base = dict(contact_name="张三", contact_phone="13800138000", passengers=(pax(),), segments=(seg(),),
                fare_minor=120_000, taxes_minor=5_000, agency="国旅票务 CITS", pay_method="cash", room="0808")
    base.update(kw)
    return OrderInput(**base)


def create(w, **kw):
    return w.run(lambda s: tickets.create_order(s, w.clerk, order_input(**kw), w.clock()))


def reserve(w, oid, pnr="HX7K2P"):
    return w.run(lambda s: tickets.reserve(s, w.clerk, oid, pnr, at=w.clock()))


def lines(w, oid):
    return w.run(lambda s: tickets.bill_lines(s, oid))


def pay(w, oid, payments=None):
    ls = lines(w, oid)
    return sell(w, w.clerk, ls, payments)


def view(w, oid, viewer=None):
    return w.run(lambda s: tickets.view(s, oid, viewer or w.clerk.staff_id))


def issued_order(w, tickets_nos=("999-1234567890",), **kw):
    o = create(w, **kw)
    reserve(w, o.id)
    pay(w, o.id)
    return w.run(lambda s: tickets.issue(s, w.clerk, o.id, list(tickets_nos), w.clock()))


def delivered_order(w, tickets_nos=("999-1234567890",), **kw):
    o = issued_order(w, tickets_nos, **kw)
    return w.run(lambda s: tickets.deliver(s, w.clerk, o.id, "counter", True, w.clock()))


def by_service(w) -> dict[str, int]:
    rep = w.run(lambda s: daily_report(s, DAY))
    return {r.key: r.amount_minor for r in rep.by_service}


def test_enquiry_to_delivery_with_timeline_and_fee_and_fare_apart(w):
    o = create(w)
    assert (o.state, o.kind, o.contact_phone, o.actions) == ("enquiry", "domestic", "+8613800138000", ("reserve", "cancel"))
    assert o.segments[0].departs_local.hour == 8 and o.segments[0].origin_city == "Beijing"
    o = reserve(w, o.id)
    assert (o.state, o.pnr, o.pending) == ("reserved", "HX7K2P", "booking")
    ls = lines(w, o.id)
    assert [l.service for l in ls] == ["ticket_fee", "ticket_fare"]
    receipt = pay(w, o.id)
    assert [l.amount_minor for l in receipt.lines] == [5_000, 125_000]  # fee from the price list; fare + taxes
    o = view(w, o.id)
    assert (o.state, o.pending, o.collected_minor) == ("paid", None, 130_000)
    o = w.run(lambda s: tickets.issue(s, w.clerk, o.id, ["9991234567890"], w.clock()))
    assert o.state == "issued" and o.passengers[0].ticket_no == "999-1234567890"
    o = w.run(lambda s: tickets.deliver(s, w.clerk, o.id, "counter", True, w.clock()))
    assert o.state == "delivered"
    assert [(e.state_from, e.state_to) for e in o.events if e.state_to] == [
        (None, "enquiry"), ("enquiry", "reserved"), ("reserved", "paid"), ("paid", "issued"), ("issued", "delivered")]
    assert all(e.staff_name == "李娜" for e in o.events)
    assert by_service(w) == {"ticket_fee": 5_000, "ticket_fare": 125_000}
    assert ledger_breaches(w.engine) == []


def test_never_issued_before_paid_in_full(w):
    o = create(w)
    reserve(w, o.id)
    refused(w, lambda s: tickets.issue(s, w.clerk, o.id, ["999-1234567890"], w.clock()), "ticket_not_paid")
    fee_only = lines(w, o.id)[:1]
    sell(w, w.clerk, fee_only)  # the fee alone is not payment in full
    assert view(w, o.id).state == "reserved"
    refused(w, lambda s: tickets.issue(s, w.clerk, o.id, ["999-1234567890"], w.clock()), "ticket_not_paid")
    assert [l.service for l in lines(w, o.id)] == ["ticket_fare"]  # only what is still owed
    pay(w, o.id)
    assert view(w, o.id).state == "paid"


def test_the_same_amount_is_never_charged_twice(w):
    o = create(w)
    reserve(w, o.id)
    ls = lines(w, o.id)
    sell(w, w.clerk, ls)
    refused(w, lambda s: counter.settle(s, w.clerk, counter.SaleDraft(tuple(ls), (cash(total_of(w, ls)),)), w.clock()),
            "ticket_already_paid")


def test_card_is_charged_only_when_the_ticket_arrives(w):
    o = create(w, pay_method="card")
    o = reserve(w, o.id)
    assert "bill" not in o.actions and "arrived" in o.actions
    refused(w, lambda s: tickets.bill_lines(s, o.id), "card_before_arrival")
    o = w.run(lambda s: tickets.mark_arrived(s, w.clerk, o.id, w.clock()))
    assert "bill" in o.actions
    ls = lines(w, o.id)
    sell(w, w.clerk, ls, [card(total_of(w, ls))])
    o = w.run(lambda s: tickets.issue(s, w.clerk, o.id, ["999-1234567890"], w.clock()))
    o = w.run(lambda s: tickets.deliver(s, w.clerk, o.id, "bellboy", True, w.clock()))
    assert o.state == "delivered"
    rep = w.run(lambda s: daily_report(s, DAY))
    assert {r.key: r.amount_minor for r in rep.by_payment}.get("card") == total_of(w, ls)


def test_name_differing_from_id_stops_the_order(w):
    err = refused(w, lambda s: tickets.create_order(s, w.clerk, order_input(passengers=(pax(id_name="Zhang Shan"),)),
                                                    w.clock()), "name_differs_from_id")
    assert "Zhang Shan" in err.message("en") and "证件" in err.message("zh")


def test_id_expiring_before_travel_stops_the_order(w):
    err = refused(w, lambda s: tickets.create_order(s, w.clerk, order_input(passengers=(pax(expiry=date(2026, 3, 11)),)),
                                                    w.clock()), "id_expires_before_travel")
    assert "2026-03-12" in err.message("en")


@pytest.mark.parametrize("change, code", [
    (dict(segments=(seg(origin="XXX"),)), "unknown_airport"),
    (dict(segments=(seg(dest="PEK"),)), "same_airport"),
    (dict(segments=(seg(airline="C"),)), "bad_airline"),
    (dict(segments=(seg(flight="15A01"),)), "bad_flight"),
    (dict(segments=(seg(when=datetime(2026, 3, 14, 9)), seg("SHA", "PEK", datetime(2026, 3, 13, 9)))),
     "segments_out_of_order"),
    (dict(contact_phone="12345"), "bad_contact_phone"),
    (dict(passengers=()), "bad_passengers"),
    (dict(passengers=(pax(number="12"),)), "bad_id_number"),
    (dict(fare_minor=-1), "bad_amount"),
    (dict(agency=" "), "agency"),
    (dict(pay_method="cheque"), "bad_pay_method"),
])
def test_bad_order_input_is_refused_and_nothing_written(w, change, code):
    refused(w, lambda s: tickets.create_order(s, w.clerk, order_input(**change), w.clock()), code)


def test_bad_pnr_and_ticket_numbers_are_refused(w):
    o = create(w)
    refused(w, lambda s: tickets.reserve(s, w.clerk, o.id, "AB", at=w.clock()), "bad_pnr")
    reserve(w, o.id)
    pay(w, o.id)
    refused(w, lambda s: tickets.issue(s, w.clerk, o.id, ["12345"], w.clock()), "bad_ticket_no")
    refused(w, lambda s: tickets.issue(s, w.clerk, o.id, [], w.clock()), "ticket_nos_count")
    refused(w, lambda s: tickets.deliver(s, w.clerk, o.id, "counter", True, w.clock()), "ticket_wrong_state")


def test_international_trip_takes_the_international_fee(w):
    o = create(w, segments=(seg("PEK", "NRT"),), passengers=(pax(), pax("LI/SI", "Li Si", number="E12345678")))
    assert o.kind == "international"
    reserve(w, o.id)
    receipt = pay(w, o.id)
    assert receipt.lines[0].amount_minor == 2 * 10_000


def test_change_collects_fee_and_fare_difference_then_takes_effect(w):
    o = delivered_order(w)
    new = (seg(when=datetime(2026, 3, 13, 18, 0), flight="1519"),)
    o = w.run(lambda s: tickets.request_change(s, w.clerk, o.id, new, 30_000, 0, note="guest asked", at=w.clock()))
    assert o.state == "delivered" and o.pending == "change"
    assert [s.status for s in o.segments] == ["active", "pending"]
    receipt = pay(w, o.id)
    assert [(l.service_code, l.amount_minor) for l in receipt.lines] == [("ticket_fee", 5_000), ("ticket_fare", 30_000)]
    o = view(w, o.id)
    assert o.state == "changed" and [s.status for s in o.segments] == ["replaced", "active"]
    assert o.active_segments[0].flight == "CA1519"
    assert by_service(w) == {"ticket_fee": 10_000, "ticket_fare": 155_000}
    assert ledger_breaches(w.engine) == []


def test_change_to_a_date_after_the_id_expires_is_refused(w):
    o = delivered_order(w, passengers=(pax(expiry=date(2026, 3, 20)),))
    refused(w, lambda s: tickets.request_change(s, w.clerk, o.id, (seg(when=datetime(2026, 3, 25, 9)),), 0, at=w.clock()),
            "id_expires_before_travel")


def test_refund_returns_money_by_the_original_means_and_bills_the_refund_fee(w):
    o = delivered_order(w)
    paid_total = view(w, o.id).collected_minor
    refused(w, lambda s: tickets.refund(s, w.clerk, o.id, "plans changed", None, w.clock(), refund_sale=reversal.refund_sale), "approval_required",
            may_change=("audit_log",))
    o = w.run(lambda s: tickets.refund(s, w.clerk, o.id, "plans changed", SUP, w.clock(), refund_sale=reversal.refund_sale))
    assert (o.state, o.pending, o.collected_minor) == ("refunded", "refund_fee", 0)
    ls = lines(w, o.id)
    assert [(l.service, l.params["kind"]) for l in ls] == [("ticket_fee", "refund")]
    pay(w, o.id)
    o = view(w, o.id)
    assert o.pending is None and o.collected_minor == 5_000
    rep = w.run(lambda s: daily_report(s, DAY))
    assert rep.refunds_count == 1
    assert by_service(w) == {"ticket_fee": 5_000, "ticket_fare": 0}  # only the refund fee is kept
    assert {r.key: r.amount_minor for r in rep.by_payment} == {"cash": total_of(w, ls)}
    assert paid_total == 130_000
    assert ledger_breaches(w.engine) == []


def test_refund_after_a_change_reverses_both_payments(w):
    o = delivered_order(w)
    w.run(lambda s: tickets.request_change(s, w.clerk, o.id, (seg(when=datetime(2026, 3, 13, 9)),), 10_000, at=w.clock()))
    pay(w, o.id, None)
    o = w.run(lambda s: tickets.refund(s, w.clerk, o.id, "trip off", SUP, w.clock(), refund_sale=reversal.refund_sale))
    assert o.collected_minor == 0
    assert by_service(w) == {"ticket_fee": 0, "ticket_fare": 0}
    assert ledger_breaches(w.engine) == []


def test_refund_by_room_charge_goes_back_to_the_folio(w):
    o = create(w)
    reserve(w, o.id)
    ls = lines(w, o.id)
    sell(w, w.clerk, ls, [room(total_of(w, ls), "0808", "张三")])
    w.run(lambda s: tickets.issue(s, w.clerk, o.id, ["999-1234567890"], w.clock()))
    w.run(lambda s: tickets.refund(s, w.clerk, o.id, "cancelled trip", SUP, w.clock(), refund_sale=reversal.refund_sale))
    rep = w.run(lambda s: daily_report(s, DAY))
    assert {r.key: r.amount_minor for r in rep.by_payment} == {"room": 0}
    assert ledger_breaches(w.engine) == []


def test_a_counter_refund_of_an_issued_ticket_refunds_the_order_without_the_fee(w):
    o = issued_order(w)
    sale_id = w.run(lambda s: s.scalar(select(TicketCharge.sale_id).where(TicketCharge.order_id == o.id)))
    w.run(lambda s: reversal.refund_sale(s, w.clerk, sale_id, "supervisor's decision", SUP, w.clock()))
    o = view(w, o.id)
    assert (o.state, o.pending, o.collected_minor) == ("refunded", None, 0)
    assert "refunded_at_counter" in [e.action for e in o.events]
    assert ledger_breaches(w.engine) == []


def test_voiding_the_payment_before_issue_puts_the_order_back_to_reserved(w):
    o = create(w)
    reserve(w, o.id)
    receipt = pay(w, o.id)
    w.run(lambda s: reversal.void_sale(s, w.clerk, receipt.sale_id, "wrong guest", SUP, w.clock()))
    o = view(w, o.id)
    assert (o.state, o.pending) == ("reserved", "booking")
    pay(w, o.id)
    assert view(w, o.id).state == "paid"
    assert ledger_breaches(w.engine) == []


def test_cancel_before_and_after_payment(w):
    a = create(w)
    a = w.run(lambda s: tickets.cancel(s, w.clerk, a.id, "guest changed mind", at=w.clock(), refund_sale=reversal.refund_sale))
    assert a.state == "cancelled" and a.actions == ()
    b = create(w)
    reserve(w, b.id)
    pay(w, b.id)
    b = w.run(lambda s: tickets.cancel(s, w.clerk, b.id, "no longer travelling", SUP, at=w.clock(), refund_sale=reversal.refund_sale))
    assert b.state == "cancelled" and b.collected_minor == 0
    assert by_service(w) == {"ticket_fee": 0, "ticket_fare": 0}
    d = issued_order(w)
    refused(w, lambda s: tickets.cancel(s, w.clerk, d.id, "too late", SUP, at=w.clock(), refund_sale=reversal.refund_sale), "ticket_wrong_state")
    assert ledger_breaches(w.engine) == []


def test_delay_and_cancellation_recorded_guest_told_and_rebooked_free(w):
    o = delivered_order(w)
    seg_id = o.segments[0].id
    o = w.run(lambda s: tickets.record_disruption(s, w.clerk, o.id, seg_id, "delay", datetime(2026, 3, 12, 11, 0),
                                                  "weather", w.clock()))
    assert o.segments[0].departs_local.hour == 11 and o.disruptions[0].old_departs_local.hour == 8
    o = w.run(lambda s: tickets.record_notified(s, w.clerk, o.disruptions[0].id, "phone", w.clock()))
    assert o.disruptions[0].notified_how == "phone" and o.disruptions[0].notified_at is not None
    o = w.run(lambda s: tickets.record_disruption(s, w.clerk, o.id, seg_id, "cancellation", None, "crew", w.clock()))
    assert o.segments[0].disruption == "cancellation"
    o = w.run(lambda s: tickets.request_change(s, w.clerk, o.id, (seg(when=datetime(2026, 3, 12, 15), flight="1515"),),
                                               0, 0, waive_fee=True, note="airline cancelled", at=w.clock()))
    assert o.state == "changed" and o.pending is None and o.active_segments[0].flight == "CA1515"
    assert [e.action for e in o.events][-5:] == ["delay", "notified", "cancellation", "change_requested", "changed"]


def test_reminders_list_departures_within_a_day_and_tickets_to_deliver(w):
    soon = issued_order(w, segments=(seg(when=datetime(2026, 3, 11, 7, 0)),))
    later = delivered_order(w, segments=(seg(when=datetime(2026, 3, 20, 7, 0)),))
    rows = w.run(lambda s: tickets.reminders(s, at(12)))
    assert [(r.kind, r.order_id) for r in rows] == [("departure", soon.id), ("delivery", soon.id)]
    assert all(r.order_id != later.id for r in rows)
    assert w.run(lambda s: tickets.reminders(s, at(12), search="nobody")) == []


def test_id_numbers_masked_except_to_a_supervisor(w):
    o = create(w)
    assert view(w, o.id).passengers[0].id_number == "11**************34"
    assert view(w, o.id, viewer=w.sup_id).passengers[0].id_number == "110101199001011234"


def test_id_numbers_erased_after_the_retention_with_an_audit_entry(w):
    o = delivered_order(w)
    assert w.run(lambda s: tickets.erase_expired_ids(s, at(12, day=20))) == []
    assert w.run(lambda s: tickets.erase_expired_ids(s, datetime(2026, 4, 12, 12, tzinfo=SH))) == [o.id]
    v = view(w, o.id, viewer=w.sup_id)
    assert v.ids_erased and "erased" in v.passengers[0].id_number
    assert "ticket_ids_erased" in audit_actions(w)
    assert w.run(lambda s: tickets.erase_expired_ids(s, datetime(2026, 5, 1, tzinfo=SH))) == []


def test_search_orders_by_passenger_pnr_and_number(w):
    o = create(w)
    reserve(w, o.id)
    create(w, contact_name="Hans Müller", passengers=(pax("MULLER/HANS", "Hans Muller", number="C01X00T47"),))
    assert [r.id for r in w.run(lambda s: tickets.list_orders(s, "hx7k"))] == [o.id]
    assert [r.id for r in w.run(lambda s: tickets.list_orders(s, f"TK{o.id:06d}"))] == [o.id]
    assert len(w.run(lambda s: tickets.list_orders(s, "muller"))) == 1
    assert w.run(lambda s: tickets.list_orders(s))[0].route in ("PEK-SHA",)


def test_pass_through_rule_prices_the_amount_entered():
    from bizcenter.pricing import PriceItem, price
    from bizcenter.pricing import load_default_zones

    item = PriceItem("ticket_fare", "机票票款（代收）", "Air fare", "item", {"pass_through": True})
    charge = price(item, {"fare_minor": 100_000, "taxes_minor": 5_000}, load_default_zones())
    assert charge.amount_minor == 105_000 and charge.detail["pass_through"] is True
    with pytest.raises(DomainError):
        price(item, {"fare_minor": 0}, load_default_zones())
    with pytest.raises(DomainError):
        price(PriceItem("ticket_fare", "x", "x", "item", {"rate_minor": 5}), {"fare_minor": 1}, load_default_zones())


def test_itinerary_pdf_is_bilingual_with_the_id_masked(w, tmp_path):
    import shutil
    import subprocess

    from bizcenter.documents.itinerary import write_itinerary
    from bizcenter.workflows.settings import load_settings

    o = delivered_order(w)
    v, settings = w.run(lambda s: (tickets.view(s, o.id, None), load_settings(s)))
    pdf = write_itinerary(v, settings, tmp_path / "it.pdf")
    data = open(pdf, "rb").read()
    assert data.startswith(b"%PDF") and b"FontFile2" in data  # the TrueType CJK font is embedded
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        assert "行程单" in text and "itinerary" in text and "CA1501" in text and "999-1234567890" in text
        assert "110101199001011234" not in text and "11**************34" in text


def test_verify_flags_ticket_money_that_does_not_stand_on_the_ledger(w):
    from sqlalchemy import update

    o = issued_order(w)
    assert ledger_breaches(w.engine) == []
    w.run(lambda s: s.execute(update(TicketCharge).where(TicketCharge.order_id == o.id,
                                                         TicketCharge.service == "ticket_fare")
                              .values(amount_minor=1)))
    found = {b.check for b in ledger_breaches(w.engine)}
    assert found == {"ticket_charges_sound"}
    messages = [b.message for b in ledger_breaches(w.engine)]
    assert any("does not match its sale line" in m for m in messages)


def test_retention_is_a_setting_checked_when_changed(w):
    from bizcenter.workflows.settings import set_setting

    refused(w, lambda s: set_setting(s, "ticket_id_retention_days", 0))
    o = delivered_order(w)
    w.run(lambda s: set_setting(s, "ticket_id_retention_days", 5))
    assert w.run(lambda s: tickets.erase_expired_ids(s, datetime(2026, 3, 16, 12, tzinfo=SH))) == []
    assert w.run(lambda s: tickets.erase_expired_ids(s, datetime(2026, 3, 18, 12, tzinfo=SH))) == [o.id]
