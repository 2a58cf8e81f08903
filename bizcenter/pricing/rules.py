"""Pricing one service request against one price-list item. Pure: no database, no clock.

Rules per service (the rule JSON in resources/pricelist.json; amounts in minor units):
- fax_out   {zones: {zone: {first, next}}}           request {number, pages}: first + next × (pages − 1)
- fax_in    {per_page}                               request {pages}
- copy, print {sizes: {A4|A3|B5: {bw, colour}}}      request {pages, copies=1, size=A4, colour=bw, duplex=False}:
            per printed side (pages × copies); duplex only halves the sheets, recorded in the record
- typing    {languages: {zh|en: per_page}}           request {pages, language=zh}
- scan      {per_page}                               request {pages, destination?}
- phone     {zones: {zone: per_minute}}              request {number, seconds}: per STARTED minute
- internet  {block_minutes, per_block, minimum_blocks, grace_minutes}  request {minutes} or {seconds}:
            blocks = max(minimum, ⌈(minutes − grace) / block⌉) — the grace forgives a few minutes
            over a block before the next one starts
- courier   {first_grams, step_grams, zones: {zone: {first, step}}}   request {destination, grams}:
            first + step × ⌈(grams − first_grams) / step_grams⌉; destination is a zone or region code
- binding   {types: {type: {zh, en, price}}}         request {type, items=1}
- translation {pairs: {pair: per_kwords}, minimum}   request {words, pair=en-zh}: per STARTED 1,000 words
- secretarial {per_hour}                             request {minutes}: per STARTED half hour
- meeting_room {rooms: {room: {zh, en, per_hour}}}   request {room, minutes}: per STARTED hour
- equipment {items: {item: {zh, en, per_day}}}       request {item, days}
- ticket_fee {kinds: {domestic|international: per_ticket}}  request {kind, tickets=1}
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import InvalidInput
from .zones import ZONE_NAMES, ZoneConfig, classify

COLOURS = {"bw": ("黑白", "B/W"), "colour": ("彩色", "colour")}
LANGUAGES = {"zh": ("中文", "Chinese"), "en": ("英文", "English")}


@dataclass(frozen=True)
class PriceItem:
    code: str
    name_zh: str
    name_en: str
    unit: str
    rule: dict


@dataclass(frozen=True)
class Charge:
    service_code: str
    name_zh: str
    name_en: str
    quantity: int
    unit: str
    unit_price_minor: int
    amount_minor: int
    detail: dict


def count(request: dict, key: str, zh: str, en: str, lo: int = 1, hi: int = 10_000, default=None) -> int:
    """A whole number a clerk typed, within sane bounds; bool, float, text and 10⁹ are refused."""
    value = request.get(key, default)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise InvalidInput("bad_quantity", "{zh}必须是 {lo} 到 {hi} 之间的整数", "{en} must be a whole number from {lo} to {hi:,}",
                           zh=zh, en=en, lo=lo, hi=hi)
    return value


def choice(request: dict, key: str, options: dict, zh: str, en: str, default=None) -> str:
    value = request.get(key, default)
    if value not in options:
        raise InvalidInput("bad_option", "未知{zh}：{v}（可选：{opts}）", "Unknown {en}: {v} (choose {opts})",
                           zh=zh, en=en, v=value, opts=", ".join(sorted(options)))
    return value


def ceil_div(a: int, b: int) -> int:
    return -(-a // b)


def _charge(item: PriceItem, suffix_zh: str, suffix_en: str, qty: int, unit_price: int, amount: int,
            detail: dict, unit: str | None = None) -> Charge:
    return Charge(item.code, f"{item.name_zh} {suffix_zh}".strip(), f"{item.name_en} {suffix_en}".strip(), qty,
                  unit or item.unit, unit_price, amount, detail)


def _fax_out(item, req, zones):
    pages = count(req, "pages", "页数", "Pages")
    dest = classify(req.get("number", ""), zones)
    rate = item.rule["zones"][dest.zone]
    amount = rate["first"] + rate["next"] * (pages - 1)
    zz, ze = ZONE_NAMES[dest.zone]
    return _charge(item, f"{dest.country_zh} {zz}", f"{dest.country_en} ({ze})", pages, rate["next"], amount,
                   {**dest.as_detail(), "pages": pages, "first_page": rate["first"]})


def _per_page(item, req, zones):
    pages = count(req, "pages", "页数", "Pages")
    rate = item.rule["per_page"]
    detail = {"pages": pages}
    if req.get("destination"):
        detail["destination"] = str(req["destination"])[:100]
    return _charge(item, "", "", pages, rate, rate * pages, detail)


def _copy(item, req, zones):
    pages = count(req, "pages", "页数", "Pages")
    copies = count(req, "copies", "份数", "Copies", hi=1000, default=1)
    size = choice(req, "size", item.rule["sizes"], "纸张尺寸", "paper size", "A4")
    colour = choice(req, "colour", COLOURS, "颜色", "colour", "bw")
    duplex = bool(req.get("duplex", False))
    sides = pages * copies
    if sides > 100_000:
        raise InvalidInput("bad_quantity", "总页数过多（{n}）", "Too many pages in one job ({n})", n=sides)
    rate = item.rule["sizes"][size][colour]
    cz, ce = COLOURS[colour]
    dz, de = ("双面", "duplex") if duplex else ("", "")
    sheets = copies * (ceil_div(pages, 2) if duplex else pages)
    return _charge(item, f"{size} {cz} {dz}", f"{size} {ce} {de}", sides, rate, rate * sides,
                   {"pages": pages, "copies": copies, "size": size, "colour": colour, "duplex": duplex,
                    "sheets": sheets})


def _typing(item, req, zones):
    pages = count(req, "pages", "页数", "Pages", hi=1000)
    lang = choice(req, "language", item.rule["languages"], "语言", "language", "zh")
    rate = item.rule["languages"][lang]
    return _charge(item, LANGUAGES[lang][0], LANGUAGES[lang][1], pages, rate, rate * pages,
                   {"pages": pages, "language": lang})


def _phone(item, req, zones):
    seconds = count(req, "seconds", "通话秒数", "Call seconds", hi=24 * 3600)
    dest = classify(req.get("number", ""), zones)
    rate = item.rule["zones"][dest.zone]
    minutes = ceil_div(seconds, 60)
    zz, ze = ZONE_NAMES[dest.zone]
    return _charge(item, f"{dest.country_zh} {zz}", f"{dest.country_en} ({ze})", minutes, rate, rate * minutes,
                   {**dest.as_detail(), "seconds": seconds, "minutes": minutes})


def _internet(item, req, zones):
    if "seconds" in req:
        minutes = ceil_div(count(req, "seconds", "上网秒数", "Seconds online", hi=7 * 24 * 3600), 60)
    else:
        minutes = count(req, "minutes", "上网分钟", "Minutes online", hi=7 * 24 * 60)
    r = item.rule
    blocks = max(r["minimum_blocks"], ceil_div(max(minutes - r["grace_minutes"], 0), r["block_minutes"]))
    return _charge(item, f"{minutes} 分钟", f"{minutes} min", blocks, r["per_block"], r["per_block"] * blocks,
                   {"minutes": minutes, "blocks": blocks, "block_minutes": r["block_minutes"]})


def _courier(item, req, zones):
    grams = count(req, "grams", "重量（克）", "Weight (grams)", hi=100_000)
    dest = str(req.get("destination", "")).strip()
    zone = dest if dest in item.rule["zones"] else (zones.zone_of_region(dest) if len(dest) == 2 and dest.isalpha()
                                                    else None)
    if zone == "local":
        zone = "domestic"
    if zone not in item.rule["zones"]:
        raise InvalidInput("bad_option", "未知快递目的地：{v}", "Unknown courier destination: {v}", v=dest)
    r, z = item.rule, item.rule["zones"][zone]
    steps = ceil_div(max(grams - r["first_grams"], 0), r["step_grams"])
    zz, ze = ZONE_NAMES[zone]
    return _charge(item, zz, ze, 1, z["first"], z["first"] + z["step"] * steps,
                   {"destination": dest.upper(), "zone": zone, "grams": grams, "waybill": req.get("waybill"),
                    "carrier": req.get("carrier")}, unit="item")


def _binding(item, req, zones):
    name = choice(req, "type", item.rule["types"], "装订方式", "binding type")
    qty = count(req, "items", "数量", "Items", hi=1000, default=1)
    opt = item.rule["types"][name]
    return _charge(item, opt["zh"], opt["en"], qty, opt["price"], opt["price"] * qty, {"type": name, "items": qty})


def _translation(item, req, zones):
    words = count(req, "words", "字数", "Words", hi=1_000_000)
    pair = choice(req, "pair", item.rule["pairs"], "语种", "language pair", "en-zh")
    rate = item.rule["pairs"][pair]
    kwords = ceil_div(words, 1000)
    amount = max(item.rule.get("minimum", 0), rate * kwords)
    return _charge(item, pair, pair, kwords, rate, amount, {"words": words, "pair": pair})


def _secretarial(item, req, zones):
    minutes = count(req, "minutes", "分钟", "Minutes", hi=24 * 60)
    half_hours = ceil_div(minutes, 30)
    rate = item.rule["per_hour"] // 2
    return _charge(item, "", "", half_hours, rate, rate * half_hours, {"minutes": minutes}, unit="half_hour")


def _meeting_room(item, req, zones):
    rooms = item.rule["rooms"]
    room = choice(req, "room", rooms, "会议室", "meeting room")
    minutes = count(req, "minutes", "分钟", "Minutes", hi=7 * 24 * 60)
    hours = ceil_div(minutes, 60)
    rate = rooms[room]["per_hour"]
    return _charge(item, rooms[room]["zh"], rooms[room]["en"], hours, rate, rate * hours,
                   {"room": room, "minutes": minutes})


def _equipment(item, req, zones):
    items = item.rule["items"]
    name = choice(req, "item", items, "设备", "equipment")
    days = count(req, "days", "天数", "Days", hi=366)
    rate = items[name]["per_day"]
    return _charge(item, items[name]["zh"], items[name]["en"], days, rate, rate * days, {"item": name, "days": days})


def _ticket_fee(item, req, zones):
    kinds = item.rule["kinds"]
    kind = choice(req, "kind", kinds, "机票类型", "ticket type", "domestic")
    tickets = count(req, "tickets", "张数", "Tickets", hi=50, default=1)
    zh, en = ("国内", "domestic") if kind == "domestic" else ("国际", "international")
    return _charge(item, zh, en, tickets, kinds[kind], kinds[kind] * tickets, {"kind": kind, "tickets": tickets})


RULES = {
    "fax_out": _fax_out, "fax_in": _per_page, "copy": _copy, "print": _copy, "typing": _typing,
    "scan": _per_page, "phone": _phone, "internet": _internet, "courier": _courier, "binding": _binding,
    "translation": _translation, "secretarial": _secretarial, "meeting_room": _meeting_room,
    "equipment": _equipment, "ticket_fee": _ticket_fee,
}


def price(item: PriceItem, request: dict, zones: ZoneConfig) -> Charge:
    rule = RULES.get(item.code)
    if rule is None:
        raise InvalidInput("unknown_service", "未知服务：{code}", "Unknown service: {code}", code=item.code)
    if not isinstance(request, dict):
        raise InvalidInput(zh="服务参数不正确", en="The service details are not valid")
    return rule(item, request, zones)
