"""What a clerk types for an air-ticket order, and the checks that refuse it before anything is written.

Airports are checked against the `airportsdata` IATA list (which also gives each airport's time zone:
a departure is entered as the local time at its origin airport, as on the agency's itinerary). A name
that differs from the ID, or an ID that expires before the last flight, stops the order: the airline
refuses boarding, so the centre must not sell it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

import phonenumbers

from ..errors import InvalidInput, NotAllowed
from ..secretbox import UNREADABLE
from .guests import names_match

ID_TYPES = {"id_card": ("身份证", "ID card"), "passport": ("护照", "Passport"), "other": ("其他证件", "Other ID")}
CABINS = {"economy": ("经济舱", "Economy"), "premium": ("超级经济舱", "Premium economy"),
          "business": ("公务舱", "Business"), "first": ("头等舱", "First")}
PAY_METHODS = ("cash", "card", "room")
_AIRLINE = re.compile(r"^[A-Z0-9]{2}$")
_FLIGHT = re.compile(r"^\d{1,4}[A-Z]?$")
_PNR = re.compile(r"^[A-Z0-9]{5,8}$")
_TICKET_NO = re.compile(r"^\d{3}-?\d{10}$")
MAX_FARE_MINOR = 10_000_000


@dataclass(frozen=True)
class PassengerInput:
    name: str  # as written on the request form
    id_name: str  # as read from the ID document
    id_type: str
    id_number: str
    id_expiry: date


@dataclass(frozen=True)
class SegmentInput:
    airline: str
    flight_no: str
    origin: str
    destination: str
    departs_local: datetime  # naive: local time at the origin airport
    cabin: str = "economy"


@dataclass(frozen=True)
class OrderInput:
    contact_name: str
    contact_phone: str
    passengers: tuple[PassengerInput, ...]
    segments: tuple[SegmentInput, ...]
    fare_minor: int
    taxes_minor: int
    agency: str
    pay_method: str = "cash"
    room: str | None = None
    notes: str | None = None


@lru_cache(maxsize=1)
def airports() -> dict:
    """IATA code → airport record (name, city, country, tz); loaded once per process (~0.1 s)."""
    import airportsdata

    return airportsdata.load("IATA")


def airport(code: str) -> dict:
    found = airports().get((code or "").strip().upper())
    if found is None:
        raise InvalidInput("unknown_airport", "未知机场代码：{code}（请填写三字代码，如 PEK）",
                           "Unknown airport code: {code} (enter the three-letter IATA code, e.g. PEK)",
                           code=str(code)[:10])
    return found


def departs_utc(seg: SegmentInput) -> datetime:
    if not isinstance(seg.departs_local, datetime):
        raise InvalidInput("bad_departure", "请填写起飞日期和时间", "Enter the departure date and time")
    local = seg.departs_local.replace(tzinfo=ZoneInfo(airport(seg.origin)["tz"]))
    return local.astimezone(ZoneInfo("UTC"))


def check_segment(seg: SegmentInput) -> SegmentInput:
    airline, flight = (seg.airline or "").strip().upper(), (seg.flight_no or "").strip().upper()
    if not _AIRLINE.match(airline):
        raise InvalidInput("bad_airline", "航空公司请填两位代码，如 CA", "Enter the airline's two-character code, e.g. CA")
    if flight.startswith(airline):
        flight = flight[len(airline):].strip()
    if not _FLIGHT.match(flight):
        raise InvalidInput("bad_flight", "航班号不正确：{f}", "The flight number is not valid: {f}", f=seg.flight_no)
    origin, dest = airport(seg.origin)["iata"], airport(seg.destination)["iata"]
    if origin == dest:
        raise InvalidInput("same_airport", "出发和到达机场不能相同", "The departure and arrival airports must differ")
    if seg.cabin not in CABINS:
        raise InvalidInput("bad_cabin", "未知舱位：{c}", "Unknown cabin: {c}", c=str(seg.cabin)[:20])
    out = SegmentInput(airline, flight, origin, dest, seg.departs_local, seg.cabin)
    departs_utc(out)
    return out


def check_segments(segments) -> tuple[SegmentInput, ...]:
    if not 1 <= len(segments or ()) <= 6:
        raise InvalidInput("bad_segments", "请填写 1 到 6 个航段", "Enter from 1 to 6 flights")
    checked = tuple(check_segment(s) for s in segments)
    times = [departs_utc(s) for s in checked]
    if times != sorted(times):
        raise InvalidInput("segments_out_of_order", "航段须按起飞时间先后填写", "List the flights in the order they depart")
    return checked


def check_passenger(p: PassengerInput) -> PassengerInput:
    name, id_name, number = (p.name or "").strip(), (p.id_name or "").strip(), (p.id_number or "").strip().upper()
    if not name or not id_name:
        raise InvalidInput("passenger_name", "请填写旅客姓名（与证件一致）", "Enter the passenger's name as on the ID")
    if p.id_type not in ID_TYPES:
        raise InvalidInput("bad_id_type", "未知证件类型", "Unknown ID type")
    if not 5 <= len(number) <= 30 or not number.replace("-", "").isalnum():
        raise InvalidInput("bad_id_number", "证件号码不正确", "The ID number is not valid")
    if not isinstance(p.id_expiry, date) or isinstance(p.id_expiry, datetime):
        raise InvalidInput("bad_id_expiry", "请填写证件有效期", "Enter the ID's expiry date")
    return PassengerInput(name, id_name, p.id_type, number, p.id_expiry)


def check_ids_for_travel(passengers, last_travel: date) -> None:
    """The request form must name each passenger exactly as the ID does, and the ID must outlast the trip."""
    for p in passengers:
        if not names_match(p.name, p.id_name):
            raise NotAllowed("name_differs_from_id",
                             "旅客姓名“{name}”与证件上的“{id_name}”不一致，请按证件姓名订票",
                             "The passenger name '{name}' differs from the ID ('{id_name}'): book in the name on the ID",
                             name=p.name, id_name=p.id_name)
        if p.id_expiry < last_travel:
            raise NotAllowed("id_expires_before_travel",
                             "{name} 的证件 {expiry} 到期，早于乘机日期 {travel}，不能订票",
                             "{name}'s ID expires on {expiry}, before the travel date {travel}: the order cannot go on",
                             name=p.name, expiry=p.id_expiry.isoformat(), travel=last_travel.isoformat())


def check_phone(phone: str, home_region: str) -> str:
    try:
        parsed = phonenumbers.parse((phone or "").strip(), home_region)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        raise InvalidInput("bad_contact_phone", "联系电话不正确：{p}", "The contact phone number is not valid: {p}",
                           p=str(phone)[:30])
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def check_money(value, zh: str, en: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_FARE_MINOR:
        raise InvalidInput("bad_amount", "{what_zh}金额不正确", "The {what_en} amount is not valid", what_zh=zh, what_en=en)
    return value


def check_pnr(pnr: str) -> str:
    pnr = (pnr or "").strip().upper()
    if not _PNR.match(pnr):
        raise InvalidInput("bad_pnr", "订座记录编号（PNR）应为 5 到 8 位字母数字",
                           "The booking reference (PNR) is 5 to 8 letters or digits")
    return pnr


def check_ticket_no(number: str) -> str:
    number = (number or "").strip()
    if not _TICKET_NO.match(number):
        raise InvalidInput("bad_ticket_no", "票号应为 13 位数字（如 999-1234567890）",
                           "A ticket number has 13 digits (e.g. 999-1234567890)")
    digits = number.replace("-", "")
    return f"{digits[:3]}-{digits[3:]}"


def mask_id(number: str | None) -> str:
    if number is None:
        return "（已删除）erased"
    if number == UNREADABLE:  # sealed, and this PC lacks the key (`secretbox`)
        return number
    if len(number) <= 4:
        return "*" * len(number)
    return number[:2] + "*" * (len(number) - 4) + number[-2:]
