"""Phone calls: the number's zone and per-minute rate are shown before the call; the duration comes
from the call meter or the counter's start/stop timer; the charge is per started minute.

Default price list (hotel in Beijing, area code 10): local ¥1.00, domestic ¥3.00, Hong Kong/Macao/
Taiwan (zone A) ¥8.00, zone B ¥15.00, elsewhere ¥20.00 a minute, plus 10 % service and 6 % tax.
"""
from __future__ import annotations

from datetime import timedelta

import pytest

from bizcenter.desk import Desk
from bizcenter.models.sessions import PhoneCall
from bizcenter.workflows import calls
from bizcenter.workflows.counter import LineRequest
from bizcenter.workflows.reversal import refund_sale, void_sale
from scenario import SUP, build_world, ledger_breaches, refused, sell, sell_action


@pytest.fixture
def w(engine):
    return build_world(engine)


def metered(w, number="+852 2123 4567", seconds=61):
    return w.run(lambda s: calls.record_metered_call(s, w.clerk, number, seconds, w.clock()))


@pytest.mark.parametrize("number,zone,rate,country_en,country_zh", [
    ("6512 3456", "local", 100, "China", "中国"),
    ("021 6321 1234", "domestic", 300, "China", "中国"),
    ("+852 2123 4567", "intl_a", 800, "Hong Kong", "香港"),
    ("0044 121 234 5678", "intl_b", 1500, "United Kingdom", "英国"),
    ("+55 11 2345 6789", "intl_c", 2000, "Brazil", "巴西"),
])
def test_the_number_shows_zone_country_in_both_languages_and_rate_before_the_call(w, number, zone, rate,
                                                                                    country_en, country_zh):
    p = w.run(lambda s: calls.preview(s, number))
    assert (p.zone, p.rate_minor) == (zone, rate)
    assert country_en in p.country_en and country_zh in p.country_zh
    assert p.zone_zh and p.zone_en and p.minute_total_minor > p.rate_minor  # service charge and tax on top


@pytest.mark.parametrize("number", ["123", "+44 121", "call me", "", "+999 123 456 789"])
def test_an_invalid_or_incomplete_number_is_refused_and_nothing_written(w, number):
    at = w.clock()
    refused(w, lambda s: calls.preview(s, number), "invalid_number")
    refused(w, lambda s: calls.record_metered_call(s, w.clerk, number, 60, at), "invalid_number")
    refused(w, lambda s: calls.start_call(s, w.clerk, number, at), "invalid_number")


@pytest.mark.parametrize("seconds", [0, -5, 1.5, "60", True, 24 * 3600 + 1])
def test_a_meter_reading_that_is_not_a_whole_number_of_seconds_is_refused(w, seconds):
    at = w.clock()
    refused(w, lambda s: calls.record_metered_call(s, w.clerk, "6512 3456", seconds, at), "bad_quantity")


@pytest.mark.parametrize("seconds,minutes", [(1, 1), (60, 1), (61, 2), (600, 10), (601, 11)])
def test_the_meter_reading_is_charged_per_started_minute(w, seconds, minutes):
    call = metered(w, seconds=seconds)
    receipt = sell(w, w.clerk, [call.line])
    assert (receipt.lines[0].quantity, receipt.lines[0].amount_minor) == (minutes, minutes * 800)
    assert w.run(lambda s: s.get(PhoneCall, call.id)).status == "billed"


def test_the_timer_measures_from_start_to_stop_and_a_second_stop_is_refused(w):
    started = w.run(lambda s: calls.start_call(s, w.clerk, "021 6321 1234", w.clock()))
    assert started.status == "running" and started.line is None
    stop_at = started.started_at + timedelta(minutes=2, seconds=5)
    ended = w.run(lambda s: calls.stop_call(s, w.clerk, started.id, stop_at))
    assert (ended.status, ended.seconds) == ("ended", 125)
    receipt = sell(w, w.clerk, [ended.line])
    assert (receipt.lines[0].quantity, receipt.lines[0].amount_minor) == (3, 900)
    later = w.clock()
    refused(w, lambda s: calls.stop_call(s, w.clerk, started.id, later), "call_already_stopped")


def test_a_timed_call_survives_a_restart(db_url):
    w = build_world(Desk(db_url).engine)
    started = w.run(lambda s: calls.start_call(s, w.clerk, "6512 3456", w.clock()))
    w.engine.dispose()
    desk = Desk(db_url)
    try:
        assert [(c.id, c.status) for c in desk.op(calls.waiting, w.c1)] == [(started.id, "running")]
        assert desk.op(calls.stop_call, w.clerk, started.id).line is not None
    finally:
        desk.close()


def test_a_call_that_did_not_connect_is_cancelled_and_charges_nothing(w):
    started = w.run(lambda s: calls.start_call(s, w.clerk, "6512 3456", w.clock()))
    cancelled = w.run(lambda s: calls.cancel_call(s, w.clerk, started.id, w.clock()))
    assert cancelled.status == "cancelled" and cancelled.line is None
    refused(w, lambda s: calls.unbilled(s, started.id), "call_not_billable")


def test_a_call_is_billed_once_and_a_running_or_altered_call_is_not_billed(w):
    call = metered(w)
    sell(w, w.clerk, [call.line])
    refused(w, sell_action(w, w.clerk, [call.line]), "call_already_billed")
    running = w.run(lambda s: calls.start_call(s, w.clerk, "6512 3456", w.clock()))
    forged = LineRequest("phone", {"number": running.e164, "seconds": 60}, record={"call_id": running.id})
    refused(w, sell_action(w, w.clerk, [forged]), "call_still_running")
    other = metered(w, seconds=300)
    shorter = LineRequest("phone", {"number": other.e164, "seconds": 60}, record={"call_id": other.id})
    refused(w, sell_action(w, w.clerk, [shorter]), "call_mismatch")
    assert ledger_breaches(w.engine) == []


def test_a_voided_call_charge_can_be_billed_again_and_a_refunded_one_cannot(w):
    call = metered(w)
    receipt = sell(w, w.clerk, [call.line])
    w.run(lambda s: void_sale(s, w.clerk, receipt.sale_id, "wrong number keyed", SUP, w.clock()))
    again = w.run(lambda s: calls.unbilled(s, call.id))
    receipt = sell(w, w.clerk, [again.line])
    w.run(lambda s: refund_sale(s, w.clerk, receipt.sale_id, "line was bad", SUP, w.clock()))
    assert w.run(lambda s: s.get(PhoneCall, call.id)).status == "refunded"
    refused(w, sell_action(w, w.clerk, [call.line]), "call_already_billed")
    assert ledger_breaches(w.engine) == []


def test_the_call_record_keeps_number_zone_rate_clerk_and_counter(w):
    call = metered(w, "0044 121 234 5678", 90)
    row = w.run(lambda s: s.get(PhoneCall, call.id))
    assert (row.number, row.e164, row.region, row.zone, row.rate_minor) == (
        "0044 121 234 5678", "+441212345678", "GB", "intl_b", 1500)
    assert (row.clerk_id, row.counter_id, row.shift_id, row.method) == (
        w.clerk.staff_id, w.c1, w.shifts[w.clerk], "meter")
