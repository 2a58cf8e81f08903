"""Destination zones for fax and phone, from the dialled number through Google's libphonenumber
(the `phonenumbers` port), never a hand-written prefix table: the country or region, whether the
number is a mobile, and its geographic area code all come from the library's maintained metadata.

Zones: `local` (same country and area code as the hotel), `domestic` (rest of the home country;
home mobiles go to `mobile_zone`), and international `intl_a` / `intl_b` / `intl_c` by region, as
configured (default: A = Hong Kong, Macao, Taiwan; B = main partner countries; C = everything else).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import phonenumbers
from phonenumbers import PhoneNumberType, geocoder

from ..errors import InvalidInput

ZONES = ("local", "domestic", "intl_a", "intl_b", "intl_c")
ZONE_NAMES = {
    "local": ("本地", "Local"),
    "domestic": ("国内长途", "Domestic"),
    "intl_a": ("港澳台", "International A"),
    "intl_b": ("国际 B 区", "International B"),
    "intl_c": ("国际 C 区", "International C"),
}
_MOBILE = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


@dataclass(frozen=True)
class ZoneConfig:
    home_region: str = "CN"
    home_area_code: str = "10"
    mobile_zone: str = "domestic"
    intl_a: frozenset = field(default_factory=frozenset)
    intl_b: frozenset = field(default_factory=frozenset)

    @classmethod
    def from_dict(cls, d: dict) -> "ZoneConfig":
        return cls(d.get("home_region", "CN").upper(), str(d.get("home_area_code", "")),
                   d.get("mobile_zone", "domestic"), frozenset(r.upper() for r in d.get("intl_a", ())),
                   frozenset(r.upper() for r in d.get("intl_b", ())))

    def to_dict(self) -> dict:
        return {"home_region": self.home_region, "home_area_code": self.home_area_code,
                "mobile_zone": self.mobile_zone, "intl_a": sorted(self.intl_a), "intl_b": sorted(self.intl_b)}

    def zone_of_region(self, region: str) -> str:
        region = region.upper()
        if region == self.home_region:
            return "domestic"
        if region in self.intl_a:
            return "intl_a"
        if region in self.intl_b:
            return "intl_b"
        return "intl_c"


@dataclass(frozen=True)
class Destination:
    e164: str
    region_code: str
    country_zh: str
    country_en: str
    zone: str

    def as_detail(self) -> dict:
        return {"number": self.e164, "region": self.region_code, "country_zh": self.country_zh,
                "country_en": self.country_en, "zone": self.zone}


def _bad_number(raw: str) -> InvalidInput:
    return InvalidInput("invalid_number", "号码无效或不完整：{n}，请与客人核对（国际号码请加 00 或 +）",
                        "Invalid or incomplete number: {n}; check it with the guest (international: 00 or +)",
                        n=raw)


def parse_number(raw: str, home_region: str) -> phonenumbers.PhoneNumber:
    text = (raw or "").strip()
    if not text or len(text) > 40:
        raise _bad_number(raw)
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, home_region)
    except phonenumbers.NumberParseException:
        raise _bad_number(raw) from None
    if not phonenumbers.is_valid_number(number):
        raise _bad_number(raw)
    return number


def classify(number: str, zones: ZoneConfig) -> Destination:
    parsed = parse_number(number, zones.home_region)
    region = phonenumbers.region_code_for_number(parsed) or "ZZ"
    if region == zones.home_region:
        if phonenumbers.number_type(parsed) in _MOBILE:
            zone = zones.mobile_zone
        else:
            nsn = phonenumbers.national_significant_number(parsed)
            area = nsn[: phonenumbers.length_of_geographical_area_code(parsed)]
            zone = "local" if area and area == zones.home_area_code else "domestic"
    else:
        zone = zones.zone_of_region(region)
    return Destination(
        e164=phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164),
        region_code=region,
        country_zh=geocoder.country_name_for_number(parsed, "zh") or region,
        country_en=geocoder.country_name_for_number(parsed, "en") or region,
        zone=zone,
    )
