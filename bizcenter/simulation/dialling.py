"""Fax and phone numbers guests hand the clerk: many countries, written the way people write them.

Numbers come from libphonenumber's own example numbers with the last digits changed and checked
valid again, so every one of them prices (the pricing refuses numbers that cannot exist), and a
new metadata release cannot leave the simulator dialling dead prefixes.
"""
from __future__ import annotations

import random

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from ..errors import InvalidInput
from ..pricing import ZoneConfig, classify

# Where a Beijing hotel's guests fax and call, with how often (home-country numbers are written below).
REGIONS = {
    "HK": 6, "TW": 3, "MO": 1, "JP": 6, "KR": 5, "SG": 3, "US": 8, "GB": 4, "DE": 4, "FR": 3, "AU": 2,
    "CA": 2, "IT": 1, "NL": 1, "CH": 1, "TH": 1, "MY": 1, "NZ": 1, "ES": 1, "IN": 2, "RU": 2, "AE": 1,
    "BR": 1, "ZA": 1, "SA": 1, "TR": 1, "VN": 1, "ID": 1, "SE": 1, "PL": 1, "EG": 1, "NG": 1, "MX": 1,
    "AR": 1, "IL": 1, "KZ": 1, "MN": 1,
}
# Written as dialled from the hotel: local without area code, other cities with the trunk 0, mobiles.
HOME = ("6512 {4}", "8529 {4}", "010 6505 {4}", "021 6321 {4}", "020 8333 {4}", "0755 8288 {4}",
        "028 8666 {4}", "138 0013 {4}", "139 1088 {4}", "186 0101 {4}", "400 810 {4}")
VARIANTS_PER_REGION = 6


class Dialling:
    def __init__(self, rng: random.Random, zones: ZoneConfig):
        self.rng = rng
        self._home = [h for h in HOME if _prices(h.replace("{4}", "1234"), zones)] or [_home_example(zones)]
        self._pool = {region: _numbers(rng, region) for region in REGIONS}
        self._regions, self._weights = list(REGIONS), list(REGIONS.values())

    def number(self) -> str:
        """Home numbers about half the time, the rest abroad, in the forms guests write them."""
        if self.rng.random() < 0.45:
            return self.rng.choice(self._home).replace("{4}", f"{self.rng.randrange(10_000):04d}")
        region = self.rng.choices(self._regions, self._weights)[0]
        return _written(self.rng, self.rng.choice(self._pool[region]))


def _numbers(rng: random.Random, region: str) -> list[phonenumbers.PhoneNumber]:
    example = phonenumbers.example_number_for_type(region, PhoneNumberType.FIXED_LINE)
    found = [example]
    national = str(example.national_number)
    for _ in range(VARIANTS_PER_REGION * 3):
        if len(found) >= VARIANTS_PER_REGION:
            break
        tail = f"{rng.randrange(10_000):04d}"
        candidate = phonenumbers.PhoneNumber(country_code=example.country_code,
                                             national_number=int(national[:-4] + tail),
                                             italian_leading_zero=example.italian_leading_zero)
        if phonenumbers.is_valid_number(candidate):
            found.append(candidate)
    return found


def _written(rng: random.Random, number: phonenumbers.PhoneNumber) -> str:
    text = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    form = rng.random()
    if form < 0.5:
        return text  # +44 121 234 5678
    if form < 0.8:
        return "00" + text[1:]  # 0044 121 234 5678, as dialled from China
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _prices(text: str, zones: ZoneConfig) -> bool:
    """A home number form is kept only if it is valid where this hotel is (the forms assume Beijing)."""
    try:
        classify(text, zones)
    except InvalidInput:
        return False
    return True


def _home_example(zones: ZoneConfig) -> str:
    example = phonenumbers.example_number_for_type(zones.home_region, PhoneNumberType.FIXED_LINE)
    return phonenumbers.format_number(example, PhoneNumberFormat.NATIONAL)
