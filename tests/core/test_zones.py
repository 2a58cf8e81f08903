"""Destination zones of dialled numbers: libphonenumber metadata, the hotel's area code, zones.json."""
from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bizcenter.errors import InvalidInput
from bizcenter.pricing import ZONES, ZoneConfig, classify, load_default_zones

BEIJING = load_default_zones()


@pytest.mark.parametrize("number, zone, region, e164", [
    ("010 6512 3456", "local", "CN", "+861065123456"),          # Beijing landline, home area 10
    ("(010) 6512-3456", "local", "CN", "+861065123456"),
    ("+86 10 6512 3456", "local", "CN", "+861065123456"),
    ("6512 3456", "local", "CN", "+861065123456"),              # dialled locally, without the area code
    ("021 6321 8888", "domestic", "CN", "+862163218888"),       # Shanghai landline
    ("0086 21 6321 8888", "domestic", "CN", "+862163218888"),
    ("138 1234 5678", "domestic", "CN", "+8613812345678"),      # CN mobile -> mobile_zone
    ("400 810 8888", "domestic", "CN", "+864008108888"),        # national service number
    ("+852 2123 4567", "intl_a", "HK", "+85221234567"),
    ("+853 2888 1234", "intl_a", "MO", "+85328881234"),
    ("+886 2 2345 6789", "intl_a", "TW", "+886223456789"),
    ("+1 212 555 0100", "intl_b", "US", "+12125550100"),
    ("+1 416 555 0100", "intl_b", "CA", "+14165550100"),
    ("00 44 20 7946 0958", "intl_b", "GB", "+442079460958"),    # 00 is China's international prefix
    ("+81 3 1234 5678", "intl_b", "JP", "+81312345678"),
    ("+27 21 123 4567", "intl_c", "ZA", "+27211234567"),
    ("+800 1234 5678", "intl_c", "001", "+80012345678"),         # non-geographic (freephone)
])
def test_zone_of_number(number, zone, region, e164):
    dest = classify(number, BEIJING)
    assert (dest.zone, dest.region_code, dest.e164) == (zone, region, e164)


def test_country_names_in_both_languages():
    hk = classify("+852 2123 4567", BEIJING)
    assert (hk.country_zh, hk.country_en) == ("香港", "Hong Kong")
    us = classify("+1 212 555 0100", BEIJING)
    assert (us.country_zh, us.country_en) == ("美国", "United States")
    assert classify("021 6321 8888", BEIJING).country_zh == "中国"
    sat = classify("+800 1234 5678", BEIJING)
    assert sat.country_zh and sat.country_en  # a fallback name, never empty


def test_full_width_digits_from_a_chinese_ime():
    assert classify("０１０ ６５１２ ３４５６", BEIJING).zone == "local"


def test_home_area_code_decides_local():
    shanghai = ZoneConfig.from_dict({**BEIJING.to_dict(), "home_area_code": "21"})
    assert classify("021 6321 8888", shanghai).zone == "local"
    assert classify("010 6512 3456", shanghai).zone == "domestic"
    assert classify("6321 8888", shanghai).e164 == "+862163218888"


def test_mobile_zone_is_configurable():
    cfg = ZoneConfig.from_dict({**BEIJING.to_dict(), "mobile_zone": "local"})
    assert classify("13812345678", cfg).zone == "local"


def test_zone_lists_are_configurable():
    cfg = ZoneConfig.from_dict({**BEIJING.to_dict(), "intl_a": ["HK"], "intl_b": ["ZA"]})
    assert classify("+853 2888 1234", cfg).zone == "intl_c"
    assert classify("+27 21 123 4567", cfg).zone == "intl_b"


@pytest.mark.parametrize("number", [
    "123", "+86 10 1234", "", "   ", "+44 20 7946", "010 1234", "+999 1234 5678", "1-800-FLOWERS",
    "abc", "+", "00", "138 1234 567", "1" * 41, "110",
])
def test_invalid_or_incomplete_numbers_are_refused(number):
    with pytest.raises(InvalidInput) as e:
        classify(number, BEIJING)
    assert e.value.code == "invalid_number"
    assert "号码" in e.value.message("zh") and "number" in e.value.message("en")


@pytest.mark.parametrize("number", [None, 1065123456, 13.5, b"01065123456", ["010"]])
def test_non_text_numbers_are_refused(number):
    with pytest.raises(InvalidInput) as e:
        classify(number, BEIJING)
    assert e.value.code == "invalid_number"


def test_default_zones_file():
    assert BEIJING.home_region == "CN" and BEIJING.home_area_code == "10"
    assert BEIJING.mobile_zone == "domestic"
    assert BEIJING.intl_a == {"HK", "MO", "TW"}
    assert {"JP", "KR", "SG", "US", "CA", "GB", "DE", "FR", "AU", "NZ"} <= BEIJING.intl_b
    assert ZoneConfig.from_dict(BEIJING.to_dict()) == BEIJING


def test_zone_of_region():
    assert BEIJING.zone_of_region("CN") == "domestic"
    assert BEIJING.zone_of_region("hk") == "intl_a"
    assert BEIJING.zone_of_region("US") == "intl_b"
    assert BEIJING.zone_of_region("ZA") == "intl_c"
    with pytest.raises(InvalidInput) as e:
        BEIJING.zone_of_region("XX")
    assert e.value.code == "unknown_region"


@pytest.mark.parametrize("change", [
    {"home_region": "XX"}, {"home_region": 86}, {"home_area_code": "abc"}, {"home_area_code": 10},
    {"home_area_code": ""}, {"mobile_zone": "moon"}, {"intl_a": ["CN"]}, {"intl_a": "HK"},
    {"intl_a": ["HK", "ZZ"]}, {"intl_b": ["HK"]}, {"intl_b": [1]},
])
def test_bad_zone_config_is_refused(change):
    with pytest.raises(InvalidInput) as e:
        ZoneConfig.from_dict({**BEIJING.to_dict(), **change})
    assert e.value.code == "bad_zones"


def test_from_dict_refuses_a_non_dict():
    with pytest.raises(InvalidInput):
        ZoneConfig.from_dict(["CN"])


# --- properties -------------------------------------------------------------------------------

@settings(max_examples=300)
@given(st.text(alphabet="0123456789 +-()", max_size=25) | st.text(max_size=25))
def test_any_text_is_classified_or_refused_cleanly(text):
    try:
        dest = classify(text, BEIJING)
    except InvalidInput as e:
        assert e.code == "invalid_number"
    else:
        assert dest.zone in ZONES and dest.e164.startswith("+")
        assert phonenumbers.is_valid_number(phonenumbers.parse(dest.e164))


@settings(max_examples=300)
@given(st.sampled_from(sorted(phonenumbers.SUPPORTED_REGIONS)))
def test_every_foreign_region_gets_its_configured_zone(region):
    example = phonenumbers.example_number(region)
    assume(example is not None and phonenumbers.region_code_for_number(example) == region)
    assume(region != BEIJING.home_region)
    e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    for written in (e164, "00" + e164[1:]):
        dest = classify(written, BEIJING)
        assert dest.region_code == region
        assert dest.zone == BEIJING.zone_of_region(region)
        assert dest.country_zh and dest.country_en


@given(st.integers(min_value=2000_0000, max_value=8999_9999))
def test_a_valid_beijing_landline_is_local_however_written(local):
    national = f"10{local}"
    n = phonenumbers.parse("+86" + national)
    assume(phonenumbers.is_valid_number(n)
           and phonenumbers.number_type(n) == phonenumbers.PhoneNumberType.FIXED_LINE)
    for written in (f"0{national}", f"+86 {national}", f"0086{national}", str(local)):
        dest = classify(written, BEIJING)
        assert (dest.zone, dest.e164) == ("local", f"+86{national}")
