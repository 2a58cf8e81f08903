"""Destination zone of a dialled or fax number, for the per-zone rates of fax and phone.

The trade expects the clerk to know every country's calling code (熟悉各国家(地区)的传真代码); the product
knows them instead, through Google's libphonenumber metadata (`phonenumbers`), never a hand-written
prefix table that would rot. The zone rule, in order:

1. The number must parse and be a *valid, complete* number (`is_valid_number`); otherwise it is refused,
   so a fax is never charged to a number that cannot exist. A number written without ``+``/``00`` is
   read as dialled in the hotel's country. One with neither a trunk prefix (``0``) nor an international
   prefix is first read as dialled locally, after the hotel's own area code, as the hotel's line would
   dial it (``6512 3456`` in Beijing is +86 10 6512 3456, even though +86 768 9500 0 also exists);
   if that is not a valid local number, as a national one (``138 1234 5678``, ``400 810 8888``).
2. Same region as the hotel: a mobile number -> ``mobile_zone``; a geographic number whose area code
   (``length_of_geographical_area_code`` digits of the national number) is the hotel's -> ``local``;
   anything else (other area codes, 400/800 service numbers) -> ``domestic``.
3. Another region: ``intl_a`` or ``intl_b`` if the region is listed there in the configuration
   (by default 港澳台 and the main partner countries), every other region -> ``intl_c``. Zones go by
   region, not calling code, because +1 covers both the USA and the Caribbean, priced apart.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from babel import Locale
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from ..errors import InvalidInput

ZONES = ("local", "domestic", "intl_a", "intl_b", "intl_c")
ZONE_NAMES = {
    "local": ("本地", "Local"),
    "domestic": ("国内", "Domestic"),
    "intl_a": ("国际/地区 A 区", "International zone A"),
    "intl_b": ("国际 B 区", "International zone B"),
    "intl_c": ("国际 C 区", "International zone C"),
}
MAX_NUMBER_CHARS = 40
_WRITTEN = re.compile(r"\+?[0-9 ().\-]+")  # what a person writes; letters (vanity numbers) are refused


@dataclass(frozen=True)
class Destination:
    e164: str
    region_code: str  # 'CN', 'HK', 'US'...; '001' for non-geographic (satellite, +800)
    country_zh: str
    country_en: str
    zone: str

    def as_detail(self) -> dict:
        """The destination part of a sale line's business record (业务记录)."""
        return {"e164": self.e164, "region": self.region_code, "country_zh": self.country_zh,
                "country_en": self.country_en, "zone": self.zone}


@dataclass(frozen=True)
class ZoneConfig:
    """Where the hotel is, and which foreign regions get the cheaper international rates."""

    home_region: str = "CN"
    home_area_code: str = "10"
    mobile_zone: str = "domestic"
    intl_a: frozenset = frozenset()
    intl_b: frozenset = frozenset()

    @classmethod
    def from_dict(cls, d: dict) -> "ZoneConfig":
        """Build from settings/zones.json, refusing anything that would misprice a call."""
        if not isinstance(d, dict):
            raise _bad_zones("zones")
        home = d.get("home_region", "CN")
        if not isinstance(home, str) or home.upper() not in phonenumbers.SUPPORTED_REGIONS:
            raise _bad_zones("home_region")
        area = d.get("home_area_code", "")
        if not isinstance(area, str) or not re.fullmatch(r"[0-9]{1,6}", area):
            raise _bad_zones("home_area_code")
        mobile = d.get("mobile_zone", "domestic")
        if mobile not in ZONES:
            raise _bad_zones("mobile_zone")
        sets = []
        for key in ("intl_a", "intl_b"):
            codes = d.get(key, [])
            if isinstance(codes, str) or not all(isinstance(c, str) for c in codes):
                raise _bad_zones(key)
            codes = frozenset(c.upper() for c in codes)
            if not codes <= phonenumbers.SUPPORTED_REGIONS or home.upper() in codes:
                raise _bad_zones(key)
            sets.append(codes)
        if sets[0] & sets[1]:
            raise _bad_zones("intl_a/intl_b")
        return cls(home.upper(), area, mobile, sets[0], sets[1])

    def to_dict(self) -> dict:
        return {"home_region": self.home_region, "home_area_code": self.home_area_code,
                "mobile_zone": self.mobile_zone, "intl_a": sorted(self.intl_a), "intl_b": sorted(self.intl_b)}

    def zone_of_region(self, region: str) -> str:
        """Zone of a whole region (for couriers, where there is no number): home -> 'domestic'."""
        region = region.upper() if isinstance(region, str) else ""
        if region == self.home_region:
            return "domestic"
        if region not in phonenumbers.SUPPORTED_REGIONS:
            raise InvalidInput("unknown_region", "未知的国家或地区代码：{r}", "Unknown country/region code: {r}",
                               r=region)
        return "intl_a" if region in self.intl_a else "intl_b" if region in self.intl_b else "intl_c"


def _bad_zones(field: str) -> InvalidInput:
    return InvalidInput("bad_zones", "区域设置有误：{field}", "The zone configuration is invalid: {field}",
                        field=field)


def _invalid(number) -> InvalidInput:
    return InvalidInput("invalid_number", "号码无效或不完整：{number}（国外号码请加 + 或 00 及国家代码）",
                        "Not a valid, complete number: {number} (abroad: start with + or 00 and the country code)",
                        number=str(number)[:MAX_NUMBER_CHARS])


def parse_number(number: str, zones: ZoneConfig) -> phonenumbers.PhoneNumber:
    """The number as dialled from the hotel, or InvalidInput; see the module docstring, rule 1."""
    if not isinstance(number, str):
        raise _invalid(number)
    text = unicodedata.normalize("NFKC", number).strip()  # full-width digits from a Chinese IME
    if not text or len(text) > MAX_NUMBER_CHARS or not _WRITTEN.fullmatch(text):
        raise _invalid(number)
    digits = re.sub(r"[^0-9]", "", text)
    trunk = phonenumbers.PhoneMetadata.metadata_for_region(zones.home_region).national_prefix or ""
    if not text.startswith("+") and not digits.startswith("00") and not (trunk and digits.startswith(trunk)) \
            and 5 <= len(digits) <= 12:
        # written as dialled locally: the hotel's area code comes first, as on the hotel's own line
        local = phonenumbers.PhoneNumber(
            country_code=phonenumbers.country_code_for_region(zones.home_region),
            national_number=int(zones.home_area_code + digits))
        if phonenumbers.is_valid_number(local) and _area_code(local) == zones.home_area_code:
            return local
    try:
        parsed = phonenumbers.parse(text, zones.home_region)
    except NumberParseException:
        raise _invalid(number) from None
    if phonenumbers.is_valid_number(parsed):
        return parsed
    raise _invalid(number)


def _area_code(n: phonenumbers.PhoneNumber) -> str:
    length = phonenumbers.length_of_geographical_area_code(n)
    return phonenumbers.national_significant_number(n)[:length] if length else ""


def _country_names(n: phonenumbers.PhoneNumber, region: str) -> tuple[str, str]:
    names = []
    for lang in ("zh", "en"):
        from phonenumbers import geocoder  # 0.5 s of geodata: loaded at the first number, not at start-up

        name = geocoder.country_name_for_number(n, lang) or Locale(lang).territories.get(region, "")
        names.append(name or ("国际网络" if lang == "zh" else "International network"))
    return names[0], names[1]


def classify(number: str, zones: ZoneConfig) -> Destination:
    """Zone and country of a number dialled from the hotel; InvalidInput if it is not a real number."""
    if not isinstance(number, str):
        raise _invalid(number)
    return _classify(number, zones)


@lru_cache(maxsize=1024)  # the quote shown before the work and the sale charging it ask about the same number
def _classify(number: str, zones: ZoneConfig) -> Destination:  # ~0.1 ms in phonenumbers; the answer is immutable
    n = parse_number(number, zones)
    region = phonenumbers.region_code_for_number(n) or "001"
    if region == zones.home_region:
        kind = phonenumbers.number_type(n)
        if kind == PhoneNumberType.MOBILE:
            zone = zones.mobile_zone
        elif kind in (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE) \
                and _area_code(n) == zones.home_area_code:
            zone = "local"
        else:
            zone = "domestic"
    else:
        zone = "intl_a" if region in zones.intl_a else "intl_b" if region in zones.intl_b else "intl_c"
    zh, en = _country_names(n, region)
    return Destination(phonenumbers.format_number(n, PhoneNumberFormat.E164), region, zh, en, zone)
