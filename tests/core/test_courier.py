"""Courier: the waybill checked by carrier and unique per carrier, the sender an in-house guest (room and
name) or a walk-in with a phone, the charge by the courier tariff, the sender's copy noted, sent →
delivered with when and who, and the charge settled exactly once."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from bizcenter.workflows import courier, reversal
from bizcenter.workflows.courier import ConsignmentInput
from scenario import SH, SUP, audit_actions, build_world, ledger_breaches, refused, sell, sell_action


def at(hour: int, minute: int = 0, day: int = 10) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=SH)


@pytest.fixture
def w(engine):
    return build_world(engine)


def waybill(**kw) -> ConsignmentInput:
    base = dict(carrier="SF", waybill_no="SF1234567890123", sender_name="hans muller", room="1208", region="HK",
                city="Hong Kong", address="8 Finance Street, Central", recipient="Ms Wong", grams=1200,
                sender_copy=True)
    base.update(kw)
    return ConsignmentInput(**base)


def register(w, inp, when=at(10), op=None):
    return w.run(lambda s: courier.register(s, op or w.clerk, inp, when))


def register_action(w, inp, when=at(10)):
    return lambda s: courier.register(s, w.clerk, inp, when)


def test_guest_consignment_is_recorded_sent_and_quoted_by_the_tariff(w):
    v = register(w, waybill())
    # Hong Kong is tariff zone A: ¥120 for the first 500 g, ¥40 per further started 500 g (1,200 g: two steps)
    assert (v.status, v.sender_kind, v.sender_name, v.room, v.destination, v.quoted_minor) == (
        "sent", "guest", "Müller, Hans", "1208", "intl_a", 12_000 + 2 * 4_000)
    assert v.sender_copy and v.line.params == {"region": "HK", "grams": 1200}
    assert v.line.record["consignment_id"] == v.id
    assert "courier_sent" in audit_actions(w)


def test_walk_in_sender_leaves_a_phone_number(w):
    refused(w, register_action(w, waybill(room="", sender_name="Peter Lee", sender_phone="")), "missing_field")
    v = register(w, waybill(room="", sender_name="Peter Lee", sender_phone="+852 9123 4567"))
    assert (v.sender_kind, v.room) == ("walk_in", None)


def test_same_city_uses_the_local_tariff_only_at_home(w):
    v = register(w, waybill(region="CN", city="北京", address="朝阳区建国路 1 号", same_city=True, grams=800))
    assert (v.destination, v.quoted_minor, v.line.params) == ("local", 2_000, {"destination": "local", "grams": 800})
    refused(w, register_action(w, waybill(waybill_no="SF1234567890124", same_city=True)), "same_city_abroad")


@pytest.mark.parametrize("change, code", [
    ({"waybill_no": "SF123"}, "bad_waybill"),
    ({"carrier": "EMS", "waybill_no": "EA123456789CN"}, "bad_waybill"),   # wrong S10 check digit
    ({"carrier": "UPS", "waybill_no": "1234567890"}, "bad_waybill"),
    ({"carrier": "XYZ"}, "unknown_carrier"),
    ({"waybill_no": " "}, "missing_field"),
    ({"grams": 0}, "bad_quantity"),
    ({"grams": 100_001}, "bad_quantity"),
    ({"region": "QQ"}, "unknown_region"),
    ({"region": ""}, "missing_field"),
    ({"city": ""}, "missing_field"),
    ({"address": "  "}, "missing_field"),
    ({"recipient": ""}, "missing_field"),
    ({"sender_name": "John Smith"}, "name_mismatch"),
    ({"room": "0606", "sender_name": "Li Lei"}, "room_not_in_house"),
])
def test_bad_consignment_is_refused_with_nothing_written(w, change, code):
    refused(w, register_action(w, waybill(**change)), code)


def test_ems_number_with_its_check_digit_is_accepted(w):
    assert register(w, waybill(carrier="EMS", waybill_no="ea 123 456 785 cn")).waybill_no == "EA123456785CN"


def test_a_waybill_is_registered_once_per_carrier(w):
    first = register(w, waybill(waybill_no="123456789012"))
    err = refused(w, register_action(w, waybill(waybill_no="1234 5678 9012", sender_name="张三", room="0808")),
                  "waybill_taken")
    assert str(first.id) in err.message("en")
    assert register(w, waybill(carrier="FDX", waybill_no="123456789012")).carrier == "FDX"


def test_delivery_is_recorded_with_when_and_who_once(w):
    v = register(w, waybill())
    done = w.run(lambda s: courier.mark_delivered(s, w.clerk2, v.id, "signed by Ms Wong", at(9, day=12)))
    assert (done.status, done.delivered_at, done.delivered_by, done.delivery_note) == (
        "delivered", at(9, day=12), "Tom Baker", "signed by Ms Wong")
    refused(w, lambda s: courier.mark_delivered(s, w.clerk, v.id, "", at(10, day=12)), "already_delivered")
    refused(w, lambda s: courier.mark_delivered(s, w.clerk, 999, "", at(10, day=12)), "no_such_consignment")


def test_the_consignment_is_charged_once(w):
    v = register(w, waybill())
    r = sell(w, w.clerk, [v.line], at=at(10, 5))
    assert r.lines[0].amount_minor == v.quoted_minor
    assert w.run(lambda s: courier.consignment(s, v.id)).charged
    refused(w, sell_action(w, w.clerk2, [v.line], at=at(10, 6)), "already_charged")


def test_a_line_that_does_not_match_the_waybill_is_refused(w):
    v = register(w, waybill())
    refused(w, sell_action(w, w.clerk, [replace(v.line, params={"region": "HK", "grams": 400})], at=at(10, 5)),
            "charge_mismatch")


def test_a_voided_courier_charge_leaves_the_consignment_uncharged(w):
    v = register(w, waybill())
    r = sell(w, w.clerk, [v.line], at=at(10, 5))
    w.run(lambda s: reversal.void_sale(s, w.clerk, r.sale_id, "wrong weight keyed", SUP, at(10, 7)))
    assert not w.run(lambda s: courier.consignment(s, v.id)).charged
    sell(w, w.clerk, [v.line], at=at(10, 8))
    assert ledger_breaches(w.engine) == []


def test_consignments_are_found_by_waybill_sender_or_city(w):
    a = register(w, waybill())
    b = register(w, waybill(carrier="DHL", waybill_no="1234567890", region="US", city="New York",
                            address="5th Avenue", sender_name="张三", room="0808"), at(10, 5))
    found = lambda **kw: [c.id for c in w.run(lambda s: courier.consignments(s, **kw))]  # noqa: E731
    assert found() == [b.id, a.id]
    assert found(search="new york") == [b.id]
    assert found(search="1208") == [a.id]
    assert found(status="delivered") == []


def test_two_counters_entering_the_same_waybill_at_once_register_it_once(w):
    """Four threads (two counters) register one DHL waybill at the same moment: one record, three refusals."""
    import threading

    from bizcenter.errors import DomainError

    start, outcomes = threading.Barrier(4), []

    def clerk(n):
        start.wait()
        try:
            register(w, waybill(carrier="DHL", waybill_no="9876543210"), at(10, n), w.clerk if n % 2 else w.clerk2)
            outcomes.append("sent")
        except DomainError as exc:
            outcomes.append(exc.code)

    threads = [threading.Thread(target=clerk, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["sent"] + ["waybill_taken"] * 3
    assert len(w.run(lambda s: courier.consignments(s))) == 1
