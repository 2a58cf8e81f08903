"""The pricing rules: each service's formula, its rounding to started units, minimums and refusals."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bizcenter.errors import InvalidInput
from bizcenter.pricing import (LISTED, Charge, PriceItem, check_item, load_default_pricelist, load_default_zones, price,
                               tariff)

ZONES = load_default_zones()
DEFAULT = {i.code: i for i in load_default_pricelist()}


def item(code: str, rule: dict) -> PriceItem:
    t = tariff(code)
    return PriceItem(code, t.name_zh, t.name_en, t.unit, rule)


def refused(it: PriceItem, request, code: str = "bad_quantity") -> InvalidInput:
    with pytest.raises(InvalidInput) as e:
        price(it, request, ZONES)
    assert e.value.code == code
    assert e.value.message("zh") != e.value.message("en")  # both languages, filled in
    assert "{" not in e.value.bilingual()
    return e.value


FAX = item("fax_out", {"zones": {z: {"first_minor": f, "next_minor": n} for z, f, n in [
    ("local", 1000, 500), ("domestic", 1500, 1000), ("intl_a", 2500, 2000), ("intl_b", 3500, 3000),
    ("intl_c", 4000, 3500)]}})
PHONE = item("phone", {"zones": {z: {"rate_minor": r} for z, r in [
    ("local", 100), ("domestic", 300), ("intl_a", 800), ("intl_b", 1500), ("intl_c", 2000)]}})
COPY = item("copy", {"default": "A4", "options": {
    "A4": {"zh": "A4", "en": "A4", "bw_minor": 200, "bw_duplex_minor": 300, "colour_minor": 1000,
           "colour_duplex_minor": 1800},
    "A3": {"zh": "A3", "en": "A3", "bw_minor": 400, "bw_duplex_minor": 600},  # no colour on A3
}})
INTERNET = item("internet", {"block_minutes": 30, "rate_minor": 3000, "minimum_blocks": 1, "grace_minutes": 5})
TRANSLATION = item("translation", {"default": "en-zh", "minimum_minor": 30000, "options": {
    "en-zh": {"zh": "英译中", "en": "English to Chinese", "rate_minor": 20000},
    "zh-en": {"zh": "中译英", "en": "Chinese to English", "rate_minor": 25000}}})
COURIER = item("courier", {"options": {
    "domestic": {"zh": "国内", "en": "Domestic", "first_grams": 1000, "first_minor": 2500, "step_grams": 1000,
                 "step_minor": 1000},
    "intl_b": {"zh": "国际 B 区", "en": "Zone B", "first_grams": 500, "first_minor": 22000, "step_grams": 500,
               "step_minor": 7000}}})
ROOM = item("meeting_room", {"minimum_units": 2, "options": {
    "boardroom": {"zh": "董事会议室", "en": "Boardroom", "rate_minor": 50000}}})

SAMPLES = {
    "fax_out": {"number": "+852 2123 4567", "pages": 2}, "fax_in": {"pages": 2}, "scan": {"pages": 3},
    "copy": {"pages": 5, "copies": 2, "size": "A4", "colour": "bw", "duplex": True},
    "print": {"pages": 1, "size": "A3", "colour": "colour"}, "typing": {"pages": 2, "language": "zh"},
    "phone": {"number": "021 6321 8888", "seconds": 125}, "internet": {"minutes": 40},
    "courier": {"region": "US", "grams": 1200}, "binding": {"type": "comb", "items": 2},
    "translation": {"words": 2500}, "secretarial": {"minutes": 90}, "meeting_room": {"room": "boardroom", "hours": 3},
    "equipment": {"item": "projector", "days": 2}, "ticket_fee": {"kind": "international", "tickets": 2}, "ticket_fare": {"fare_minor": 100_000, "taxes_minor": 5_000},
}


# --- the default price list -------------------------------------------------------------------

def test_default_pricelist_covers_every_service_in_display_order():
    assert [i.code for i in load_default_pricelist()] == list(LISTED)
    assert set(LISTED) == set(SAMPLES)
    for it in DEFAULT.values():
        check_item(it)
        assert it.name_zh and it.name_en and it.unit == tariff(it.code).unit
        json.dumps(it.rule)


@pytest.mark.parametrize("code", LISTED)
def test_every_default_service_prices_a_sample(code):
    c = price(DEFAULT[code], SAMPLES[code], ZONES)
    assert isinstance(c, Charge) and c.service_code == code and c.unit == tariff(code).unit
    assert c.amount_minor > 0 and c.quantity > 0 and c.unit_price_minor > 0
    assert c.name_zh.startswith(DEFAULT[code].name_zh) and c.name_en.startswith(DEFAULT[code].name_en)
    assert json.loads(json.dumps(c.detail, ensure_ascii=False)) == c.detail
    assert all(type(v) is int for v in (c.amount_minor, c.quantity, c.unit_price_minor))


def test_realistic_default_rates():
    assert price(DEFAULT["copy"], {"pages": 1}, ZONES).amount_minor == 200  # copy A4 B/W ¥2
    intl = price(DEFAULT["fax_out"], {"number": "+27 21 123 4567", "pages": 1}, ZONES).amount_minor
    assert 3000 <= intl <= 4500
    call = price(DEFAULT["phone"], {"number": "+1 212 555 0100", "seconds": 60}, ZONES).amount_minor
    assert 1200 <= call <= 2000


def test_a_service_that_is_not_built_in_needs_a_whole_simple_rule():
    e = refused(PriceItem("massage", "按摩", "Massage", "item", {"rate_minor": 100}), {}, "bad_rule")
    assert "massage" in e.message("en") and "unit_en" in e.message("en")


def test_request_must_be_a_dict():
    refused(DEFAULT["scan"], [("pages", 1)], "bad_request")


# --- fax and phone by destination -------------------------------------------------------------

def test_fax_first_and_next_pages_by_zone():
    one = price(FAX, {"number": "010 6512 3456", "pages": 1}, ZONES)
    assert (one.amount_minor, one.quantity, one.unit_price_minor) == (1000, 1, 1000)
    three = price(FAX, {"number": "00 44 20 7946 0958", "pages": 3}, ZONES)
    assert three.amount_minor == 3500 + 2 * 3000
    assert three.detail["e164"] == "+442079460958" and three.detail["zone"] == "intl_b"
    assert three.detail["region"] == "GB" and three.detail["country_zh"] == "英国"
    assert "英国" in three.name_zh and "United Kingdom" in three.name_en and three.detail["pages"] == 3
    assert price(FAX, {"number": "+852 2123 4567", "pages": 2}, ZONES).amount_minor == 2500 + 2000
    assert price(FAX, {"number": "+27 21 123 4567", "pages": 2}, ZONES).amount_minor == 4000 + 3500
    assert price(FAX, {"number": "13812345678", "pages": 1}, ZONES).detail["zone"] == "domestic"


@pytest.mark.parametrize("number", ["123", "+86 10 1234", "", None, "+44 20 79"])
def test_fax_and_phone_refuse_bad_numbers(number):
    refused(FAX, {"number": number, "pages": 1}, "invalid_number")
    refused(PHONE, {"number": number, "seconds": 30}, "invalid_number")
    refused(FAX, {"pages": 1}, "invalid_number")


@pytest.mark.parametrize("seconds, minutes", [(1, 1), (59, 1), (60, 1), (61, 2), (120, 2), (121, 3), (86400, 1440)])
def test_phone_per_started_minute(seconds, minutes):
    c = price(PHONE, {"number": "+1 212 555 0100", "seconds": seconds}, ZONES)
    assert (c.quantity, c.amount_minor, c.detail["seconds"]) == (minutes, minutes * 1500, seconds)


@pytest.mark.parametrize("seconds", [0, -5, 86401, 61.0, "61", True, None, 10**9])
def test_phone_refuses_bad_durations(seconds):
    refused(PHONE, {"number": "+1 212 555 0100", "seconds": seconds})


# --- copy and print ---------------------------------------------------------------------------

def test_copy_simplex_duplex_and_colour():
    assert price(COPY, {"pages": 10}, ZONES).amount_minor == 10 * 200  # A4 B/W by default
    c = price(COPY, {"pages": 10, "copies": 3, "size": "A4", "colour": "bw", "duplex": True}, ZONES)
    assert (c.amount_minor, c.quantity, c.detail["sheets"]) == (3 * 5 * 300, 30, 15)
    odd = price(COPY, {"pages": 5, "duplex": True}, ZONES)
    assert (odd.amount_minor, odd.detail["sheets"]) == (2 * 300 + 200, 3)
    assert price(COPY, {"pages": 2, "colour": "colour", "duplex": True}, ZONES).amount_minor == 1800
    a3 = price(COPY, {"pages": 2, "size": "A3", "copies": 2}, ZONES)
    assert a3.amount_minor == 4 * 400 and a3.name_zh == "复印 A3 黑白" and a3.name_en == "Copy A3 B/W"
    assert price(COPY, {"pages": 1, "duplex": True, "colour": "colour"}, ZONES).name_en == "Copy A4 colour duplex"


@pytest.mark.parametrize("request_, code", [
    ({"pages": 1, "size": "A5"}, "unknown_option"), ({"pages": 1, "colour": "red"}, "unknown_option"),
    ({"pages": 1, "size": "A3", "colour": "colour"}, "unknown_option"), ({"pages": 1, "size": None}, "unknown_option"),
    ({"pages": 1, "duplex": "yes"}, "bad_option"), ({"pages": 0}, "bad_quantity"), ({"pages": 1, "copies": 0}, "bad_quantity"),
    ({"pages": 10_000, "copies": 11}, "bad_quantity"), ({"pages": 10**9}, "bad_quantity"), ({}, "bad_quantity"),
    ({"pages": 2.5}, "bad_quantity"),
])
def test_copy_refusals(request_, code):
    refused(COPY, request_, code)


# --- internet: blocks with grace -------------------------------------------------------------

@pytest.mark.parametrize("minutes, blocks", [(1, 1), (30, 1), (35, 1), (36, 2), (60, 2), (65, 2), (66, 3), (1440, 48)])
def test_internet_blocks_and_grace(minutes, blocks):
    c = price(INTERNET, {"minutes": minutes}, ZONES)
    assert (c.quantity, c.amount_minor) == (blocks, blocks * 3000)


def test_internet_grace_counts_seconds_and_minimum_blocks():
    assert price(INTERNET, {"seconds": 35 * 60}, ZONES).quantity == 1
    assert price(INTERNET, {"seconds": 35 * 60 + 1}, ZONES).quantity == 2
    two = item("internet", {**INTERNET.rule, "minimum_blocks": 2})
    assert price(two, {"minutes": 10}, ZONES).amount_minor == 6000
    strict = item("internet", {**INTERNET.rule, "grace_minutes": 0})
    assert price(strict, {"minutes": 31}, ZONES).quantity == 2
    free = item("internet", {**INTERNET.rule, "minimum_blocks": 0})
    assert price(free, {"minutes": 5}, ZONES).amount_minor == 0  # the grace is free when there is no minimum


@pytest.mark.parametrize("request_, code", [
    ({}, "bad_duration"), ({"minutes": 10, "seconds": 600}, "bad_duration"), ({"minutes": 0}, "bad_quantity"),
    ({"minutes": 366 * 24 * 60 + 1}, "bad_quantity"), ({"seconds": 1.5}, "bad_quantity"),
    ({"hours": 1}, "bad_duration"),
])
def test_internet_refusals(request_, code):
    refused(INTERNET, request_, code)


def test_internet_past_a_day_is_charged_by_the_time_used_with_no_cap():
    assert price(INTERNET, {"minutes": 1441}, ZONES).quantity == 48  # 24 h 1 min: the minute is in the grace
    assert price(INTERNET, {"minutes": 1446}, ZONES).quantity == 49  # past the grace: a started half-hour
    assert price(INTERNET, {"minutes": 30 * 60}, ZONES).amount_minor == 60 * 3000


# --- per-unit services ------------------------------------------------------------------------

def test_translation_per_started_thousand_words_and_minimum():
    assert price(TRANSLATION, {"words": 1}, ZONES).amount_minor == 30000  # the minimum charge
    minimum = price(TRANSLATION, {"words": 1000}, ZONES)
    assert minimum.amount_minor == 30000 and "最低收费" in minimum.name_zh and "minimum" in minimum.name_en
    c = price(TRANSLATION, {"words": 1001}, ZONES)
    assert (c.quantity, c.amount_minor, c.detail["pair"]) == (2, 40000, "en-zh")
    assert price(TRANSLATION, {"words": 3000, "pair": "zh-en"}, ZONES).amount_minor == 75000
    refused(TRANSLATION, {"words": 100, "pair": "fr-zh"}, "unknown_option")
    refused(TRANSLATION, {"words": 1_000_001})


def test_secretarial_per_started_hour():
    sec = DEFAULT["secretarial"]
    rate = sec.rule["rate_minor"]
    assert price(sec, {"minutes": 1}, ZONES).amount_minor == rate
    assert price(sec, {"minutes": 60}, ZONES).quantity == 1
    assert price(sec, {"minutes": 61}, ZONES).amount_minor == 2 * rate
    assert price(sec, {"hours": 3}, ZONES).quantity == 3
    refused(sec, {"hours": 25})


def test_meeting_room_started_hours_with_minimum():
    assert price(ROOM, {"room": "boardroom", "minutes": 30}, ZONES).amount_minor == 2 * 50000
    assert price(ROOM, {"room": "boardroom", "minutes": 150}, ZONES).quantity == 3
    refused(ROOM, {"room": "ballroom", "hours": 1}, "unknown_option")
    refused(ROOM, {"hours": 1}, "unknown_option")


def test_typing_binding_equipment_tickets_scan_fax_in():
    typing = DEFAULT["typing"]
    zh, en = (price(typing, {"pages": 2, "language": lang}, ZONES) for lang in ("zh", "en"))
    assert zh.amount_minor == 2 * typing.rule["options"]["zh"]["rate_minor"] and "中文" in zh.name_zh
    assert en.amount_minor == 2 * typing.rule["options"]["en"]["rate_minor"] and "English" in en.name_en
    refused(typing, {"pages": 1, "language": "fr"}, "unknown_option")
    b = price(DEFAULT["binding"], {"type": "staple"}, ZONES)
    assert (b.quantity, b.amount_minor) == (1, DEFAULT["binding"].rule["options"]["staple"]["rate_minor"])
    refused(DEFAULT["binding"], {"type": "glue"}, "unknown_option")
    refused(DEFAULT["binding"], {"type": "comb", "items": -1})
    proj = DEFAULT["equipment"].rule["options"]["projector"]["rate_minor"]
    e = price(DEFAULT["equipment"], {"item": "projector", "days": 3, "units": 2}, ZONES)
    assert (e.quantity, e.amount_minor) == (6, 6 * proj)
    refused(DEFAULT["equipment"], {"item": "hoverboard", "days": 1}, "unknown_option")
    refused(DEFAULT["equipment"], {"item": "laptop", "days": 0})
    refused(DEFAULT["equipment"], {"item": "laptop", "days": 400})
    t = DEFAULT["ticket_fee"]
    assert price(t, {"kind": "domestic"}, ZONES).amount_minor == t.rule["options"]["domestic"]["rate_minor"]
    assert price(t, {"kind": "international", "tickets": 3}, ZONES).quantity == 3
    refused(t, {"kind": "train"}, "unknown_option")
    refused(t, {"kind": "domestic", "tickets": 51})
    for code in ("scan", "fax_in"):
        assert price(DEFAULT[code], {"pages": 4}, ZONES).amount_minor == 4 * DEFAULT[code].rule["rate_minor"]


@pytest.mark.parametrize("pages", [0, -1, 1.5, 2.0, True, "3", None, Decimal(3), 10**9])
def test_bad_page_counts_are_refused_bilingually(pages):
    e = refused(DEFAULT["scan"], {"pages": pages})
    assert e.message("zh") == "页数必须是 1 到 10000 之间的整数"
    assert e.message("en") == "Pages must be a whole number from 1 to 10,000"


# --- courier ----------------------------------------------------------------------------------

def test_courier_first_step_and_each_additional_step():
    assert price(COURIER, {"destination": "domestic", "grams": 1000}, ZONES).amount_minor == 2500
    assert price(COURIER, {"destination": "domestic", "grams": 1001}, ZONES).amount_minor == 3500
    jp = price(COURIER, {"region": "JP", "grams": 1200}, ZONES)
    assert jp.amount_minor == 22000 + 2 * 7000 and jp.detail["destination"] == "intl_b" and "日本" in jp.name_zh
    assert "1.2 kg" in jp.name_en and jp.quantity == 1
    assert price(COURIER, {"region": "CN", "grams": 10}, ZONES).detail["destination"] == "domestic"
    refused(COURIER, {"region": "XX", "grams": 10}, "unknown_region")
    refused(COURIER, {"region": "ZA", "grams": 10}, "unknown_option")  # no intl_c tariff in this rule
    refused(COURIER, {"destination": "mars", "grams": 10}, "unknown_option")
    refused(COURIER, {"destination": "domestic", "grams": 0})
    refused(COURIER, {"destination": "domestic", "grams": 100_001})


# --- malformed rules --------------------------------------------------------------------------

@pytest.mark.parametrize("it", [
    item("fax_in", {"rate_minor": 5.0}), item("fax_in", {"rate_minor": -1}), item("fax_in", {"rate_minor": True}),
    item("fax_in", {"per_page": 500}), item("fax_in", []),
    item("fax_out", {"zones": {"local": {"first_minor": 1, "next_minor": 1}}}),
    item("phone", {"zones": {z: {"rate_minor": "3"} for z in ("local", "domestic", "intl_a", "intl_b", "intl_c")}}),
    item("copy", {"options": {"A4": {"zh": "A4", "en": "A4", "bw_minor": 300, "bw_duplex_minor": 200}}}),
    item("copy", {"options": {"A4": {"zh": "A4", "en": "A4", "bw_minor": 300}}}),
    item("copy", {"options": {"A4": {"zh": "A4", "en": "A4"}}}),
    item("typing", {"options": {"zh": {"zh": "中文", "rate_minor": 100}}}),
    item("typing", {"options": {"zh": {"zh": "中文", "en": "Chinese", "rate_minor": 100}}, "default": "en"}),
    item("internet", {**INTERNET.rule, "grace_minutes": 30}), item("internet", {**INTERNET.rule, "block_minutes": 0}),
    item("courier", {"options": {"moon": COURIER.rule["options"]["domestic"]}}),
    item("courier", {"options": {"domestic": {**COURIER.rule["options"]["domestic"], "step_grams": 0}}}),
    item("translation", {**TRANSLATION.rule, "minimum_minor": -1}),
])
def test_malformed_rules_are_refused(it):
    refused(it, {}, "bad_rule")


def test_check_item_refuses_a_wrong_unit_or_missing_name():
    with pytest.raises(InvalidInput):
        check_item(PriceItem("scan", "扫描", "Scan", "hour", {"rate_minor": 500}))
    with pytest.raises(InvalidInput):
        check_item(PriceItem("scan", "", "Scan", "page", {"rate_minor": 500}))


# --- properties: never negative, monotonic, equal to the documented formula ------------------

money = st.integers(min_value=0, max_value=1_000_000)


@given(st.integers(1, 999), money, money, st.sampled_from(["010 6512 3456", "+852 2123 4567", "+27 21 123 4567"]))
def test_fax_formula(pages, first, nxt, number):
    it = item("fax_out", {"zones": {z: {"first_minor": first, "next_minor": nxt} for z in FAX.rule["zones"]}})
    a, b = (price(it, {"number": number, "pages": p}, ZONES).amount_minor for p in (pages, pages + 1))
    assert a == first + nxt * (pages - 1) and 0 <= a <= b


@given(st.integers(1, 86399), st.sampled_from(["021 6321 8888", "+1 212 555 0100", "13812345678"]))
def test_phone_formula(seconds, number):
    a, b = (price(DEFAULT["phone"], {"number": number, "seconds": s}, ZONES) for s in (seconds, seconds + 1))
    rate = DEFAULT["phone"].rule["zones"][a.detail["zone"]]["rate_minor"]
    assert a.amount_minor == -(-seconds // 60) * rate and 0 <= a.amount_minor <= b.amount_minor


@given(st.integers(1, 1000), st.integers(1, 10), st.sampled_from(["A4", "A3", "B5"]), st.sampled_from(["bw", "colour"]),
       st.booleans(), st.sampled_from(["copy", "print"]))
def test_copy_formula(pages, copies, size, colour, duplex, code):
    it = DEFAULT[code]
    req = {"pages": pages, "copies": copies, "size": size, "colour": colour, "duplex": duplex}
    a = price(it, req, ZONES).amount_minor
    single, double = it.rule["options"][size][f"{colour}_minor"], it.rule["options"][size][f"{colour}_duplex_minor"]
    expected = copies * ((pages // 2) * double + (pages % 2) * single if duplex else pages * single)
    assert a == expected >= 0
    assert price(it, {**req, "pages": pages + 1}, ZONES).amount_minor >= a
    assert price(it, {**req, "copies": copies + 1}, ZONES).amount_minor >= a


@settings(max_examples=200)
@given(st.integers(1, 1439), st.integers(1, 120), st.integers(0, 119), st.integers(0, 5), money)
def test_internet_formula(minutes, block, grace, minimum, rate):
    grace = grace % block
    it = item("internet", {"block_minutes": block, "rate_minor": rate, "minimum_blocks": minimum, "grace_minutes": grace})
    a, b = (price(it, {"minutes": m}, ZONES).amount_minor for m in (minutes, minutes + 1))
    assert a == max(minimum, -(-max(minutes - grace, 0) // block)) * rate and 0 <= a <= b


@given(st.integers(1, 999_999), money, money, st.sampled_from(["en-zh", "zh-en"]))
def test_translation_formula(words, rate, minimum, pair):
    rule = {"minimum_minor": minimum, "options": {p: {**o, "rate_minor": rate} for p, o in TRANSLATION.rule["options"].items()}}
    it = item("translation", rule)
    a, b = (price(it, {"words": w, "pair": pair}, ZONES).amount_minor for w in (words, words + 1))
    assert a == max(minimum, -(-words // 1000) * rate) and 0 <= a <= b


@given(st.integers(1, 99_999), st.sampled_from(["CN", "HK", "JP", "ZA"]))
def test_courier_formula(grams, region):
    it = DEFAULT["courier"]
    a, b = (price(it, {"region": region, "grams": g}, ZONES) for g in (grams, grams + 1))
    t = it.rule["options"][a.detail["destination"]]
    steps = -(-max(grams - t["first_grams"], 0) // t["step_grams"])
    assert a.amount_minor == t["first_minor"] + steps * t["step_minor"] and 0 <= a.amount_minor <= b.amount_minor


@given(st.sampled_from(["fax_in", "scan", "typing", "binding", "translation", "secretarial", "meeting_room",
                        "equipment", "ticket_fee"]), st.integers(1, 23), st.data())
def test_per_unit_formula(code, n, data):
    it = DEFAULT[code]
    opt_key = {"typing": "language", "binding": "type", "translation": "pair", "meeting_room": "room",
               "equipment": "item", "ticket_fee": "kind"}.get(code)
    qty_key = {"binding": "items", "translation": "words", "secretarial": "hours", "meeting_room": "hours",
               "equipment": "days", "ticket_fee": "tickets"}.get(code, "pages")
    req = {qty_key: n}
    rate = it.rule.get("rate_minor")
    if opt_key:
        choice = data.draw(st.sampled_from(sorted(it.rule["options"])))
        req[opt_key], rate = choice, it.rule["options"][choice]["rate_minor"]
    units = -(-n // 1000) if code == "translation" else n
    expected = max(it.rule.get("minimum_minor", 0), max(units, it.rule.get("minimum_units", 0)) * rate)
    a = price(it, req, ZONES).amount_minor
    assert a == expected >= 0
    assert price(it, {**req, qty_key: n + 1}, ZONES).amount_minor >= a
