"""Price one service request against one price-list item. Pure: no database, no clock, no floats.

Money is integer fen; every fraction of a unit is rounded UP to a started unit (a started minute,
page, 1,000 words, hour or weight step is charged whole), so no money rounding is ever needed.
Rule JSON (one shape per family; money keys end in ``_minor``; option tables are
``options: {key: {zh, en, ...}}`` with an optional ``default`` key; see resources/pricelist.json):

- per unit (fax_in, scan, typing, binding, translation, secretarial, meeting_room, equipment,
  ticket_fee): ``rate_minor`` at the top or per option, optional ``minimum_units`` / ``minimum_minor``:
  amount = max(minimum_minor, max(units, minimum_units) × rate_minor). Units: pages; per STARTED 1,000
  words (translation); per STARTED hour (secretarial, meeting_room); days × pieces (equipment).
- fax_out ``zones: {zone: {first_minor, next_minor}}``: first_minor + next_minor × (pages − 1).
- phone ``zones: {zone: {rate_minor}}``: rate_minor × ⌈seconds / 60⌉ (61 s is two minutes).
- copy, print ``options: {size: {zh, en, bw_minor, bw_duplex_minor, colour_minor, colour_duplex_minor}}``:
  per copy, each two-sided sheet costs ``*_duplex_minor`` and a one-sided page ``*_minor``, so
  amount = copies × ((pages // 2) × duplex + (pages % 2) × single) when duplex, else copies × pages × single.
  A colour without its two keys is not offered in that size.
- internet ``{block_minutes, rate_minor, minimum_blocks, grace_minutes}``: blocks =
  max(minimum_blocks, ⌈(used − grace) / block⌉) — a new block starts only once the guest is more than
  ``grace_minutes`` into it (30-min blocks, 5 min grace: 35:00 is one block, 35:01 two). Charged by the
  time used (按使用时间收费) with no daily cap: a 30-hour session is 30 hours.
- courier ``options: {local|domestic|intl_a|intl_b|intl_c: {zh, en, first_grams, first_minor,
  step_grams, step_minor}}``: first_minor + step_minor × ⌈(grams − first_grams) / step_grams⌉.

Requests (whole ints only; bool, float and text are refused): fax_out {number, pages}; phone {number,
seconds}; fax_in/scan {pages}; copy/print {pages, copies=1, size=default, colour=bw, duplex=False};
typing {pages, language}; internet {minutes | seconds}; courier {destination | region (ISO code, wins),
grams}; binding {type, items=1}; translation {words, pair=default}; secretarial {hours | minutes};
meeting_room {room, hours | minutes}; equipment {item, days, units=1}; ticket_fee {kind, tickets=1};
ticket_fare {fare_minor, taxes_minor=0}.

- pass-through (ticket_fare) ``{"pass_through": true}``: amount = fare_minor + taxes_minor as entered —
  money collected for someone else (the ticketing agency), kept on its own line so the day's report shows
  it apart from the centre's own fee.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from babel import Locale

from ..errors import InvalidInput
from .zones import ZONE_NAMES, ZONES, ZoneConfig, classify

COLOURS = {"bw": ("黑白", "B/W"), "colour": ("彩色", "colour")}
MAX_RATE_MINOR = 10_000_000  # ¥100,000 for one unit is a typo in the price list


@dataclass(frozen=True)
class PriceItem:
    """One row of a price-list version; the database stores these five fields."""

    code: str
    name_zh: str
    name_en: str
    unit: str
    rule: dict


@dataclass(frozen=True)
class Charge:
    """A priced sale line before service charge and tax. ``amount_minor`` is authoritative;
    ``unit_price_minor`` is the headline rate for the receipt (the next-page rate of a fax, the rate
    per unit when a minimum applies), so quantity × unit price need not equal the amount."""

    service_code: str
    name_zh: str
    name_en: str
    quantity: int
    unit: str
    unit_price_minor: int
    amount_minor: int
    detail: dict


# --- validation -------------------------------------------------------------------------------

def whole(value, zh: str, en: str, lo: int = 1, hi: int = 10_000) -> int:
    """A whole number a clerk entered: int only (no bool, float or text), lo..hi inclusive."""
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise InvalidInput("bad_quantity", "{what_zh}必须是 {lo} 到 {hi} 之间的整数",
                           "{what_en} must be a whole number from {lo:,} to {hi:,}", what_zh=zh, what_en=en, lo=lo, hi=hi)
    return value


def bad_rule(code: str, field: str) -> InvalidInput:
    return InvalidInput("bad_rule", "价目表“{service}”的规则有误：{field}",
                        "The price-list rule for {service} is invalid: {field}", service=code, field=field)


def _field(code: str, d: dict, key: str, lo: int = 0, hi: int = MAX_RATE_MINOR, optional=False) -> None:
    if optional and key not in d:
        return
    v = d.get(key)
    if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
        raise bad_rule(code, key)


def _check_options(code: str, rule: dict, keys: tuple, required=()) -> None:
    opts = rule.get("options")
    if not isinstance(opts, dict) or not opts or not set(required) <= set(opts):
        raise bad_rule(code, "options")
    for name, opt in opts.items():
        if not isinstance(opt, dict) or not all(isinstance(opt.get(k), str) and opt[k] for k in ("zh", "en")):
            raise bad_rule(code, f"options.{name}")
        for k in keys:
            _field(code, opt, k)
    if "default" in rule and rule["default"] not in opts:
        raise bad_rule(code, "default")


def check_fax_zones(code: str, rule: dict) -> None:
    """fax_out: ``zones: {zone: {first_minor, next_minor}}`` for every zone."""
    _check_zones(code, rule, ("first_minor", "next_minor"))


def check_phone_zones(code: str, rule: dict) -> None:
    """phone: ``zones: {zone: {rate_minor}}`` for every zone."""
    _check_zones(code, rule, ("rate_minor",))


def _check_zones(code: str, rule: dict, keys: tuple[str, ...]) -> None:
    zones = rule.get("zones")
    if not isinstance(zones, dict) or set(zones) != set(ZONES) or not all(isinstance(z, dict) for z in zones.values()):
        raise bad_rule(code, "zones")
    for z in zones.values():
        for k in keys:
            _field(code, z, k)


def check_copy(code: str, rule: dict) -> None:
    """copy, print: per size, a single and a two-sided rate for each colour offered."""
    _check_options(code, rule, ())
    for opt in rule["options"].values():
        offered = [c for c in COLOURS if f"{c}_minor" in opt]
        if not offered:
            raise bad_rule(code, "options")
        for c in offered:
            _field(code, opt, f"{c}_minor")
            _field(code, opt, f"{c}_duplex_minor", lo=opt[f"{c}_minor"])  # two sides cost at least one


def check_internet(code: str, rule: dict) -> None:
    _field(code, rule, "block_minutes", 1, 24 * 60)
    _field(code, rule, "rate_minor")
    _field(code, rule, "minimum_blocks", 0, 1000)
    _field(code, rule, "grace_minutes", 0, rule["block_minutes"] - 1)


def check_courier(code: str, rule: dict) -> None:
    _check_options(code, rule, ("first_grams", "first_minor", "step_grams", "step_minor"))
    if not set(rule["options"]) <= set(ZONES):
        raise bad_rule(code, "options")
    for opt in rule["options"].values():
        _field(code, opt, "step_grams", 1, 100_000)


def check_pass_through(code: str, rule: dict) -> None:
    if rule.get("pass_through") is not True:
        raise bad_rule(code, "pass_through")


def per_unit_check(option_key: str | None) -> Callable[[str, dict], None]:
    """The check of a per-unit rule: a rate per option (or one rate), optional minimums."""
    def check(code: str, rule: dict) -> None:
        if option_key:
            _check_options(code, rule, ("rate_minor",))
        else:
            _field(code, rule, "rate_minor")
        _field(code, rule, "minimum_units", 0, 1000, optional=True)
        _field(code, rule, "minimum_minor", optional=True)
    return check


def _option(code: str, rule: dict, request: dict, key: str) -> tuple[str, dict]:
    """The chosen row of the rule's option table (or its ``default``); an unknown one lists the choices."""
    opts = rule["options"]
    value = request.get(key, rule.get("default"))
    if not isinstance(value, str) or value not in opts:
        label = lambda k, o, lang: k if o[lang] == k else f"{k} {o[lang]}"  # noqa: E731
        raise InvalidInput("unknown_option", "未知选项“{v}”，可选：{zh_opts}", "Unknown choice '{v}'; choose from: {en_opts}",
                           v=str(value)[:40], key=key, zh_opts="、".join(label(k, o, "zh") for k, o in opts.items()),
                           en_opts=", ".join(label(k, o, "en") for k, o in opts.items()))
    return value, opts[value]


_TIME = {"hours": (3600, "小时数", "Hours"), "minutes": (60, "分钟数", "Minutes"), "seconds": (1, "秒数", "Seconds")}


def _duration(request: dict, allowed: tuple[str, ...], max_hours: int = 24) -> int:
    """Seconds used, from exactly one of hours / minutes / seconds (whole numbers, at most `max_hours`)."""
    given = [k for k in allowed if k in request]
    if len(given) != 1:
        raise InvalidInput("bad_duration", "请填写用时，只填一项：{zh_keys}", "Give the time used as exactly one of: {en_keys}",
                           zh_keys=" 或 ".join(_TIME[k][1] for k in allowed),
                           en_keys=" or ".join(_TIME[k][2].lower() for k in allowed))
    per, zh, en = _TIME[given[0]]
    return whole(request[given[0]], zh, en, 1, max_hours * 3600 // per) * per


def _ceil(a: int, b: int) -> int:
    return -(-a // b)


def _line(item, zh: str, en: str, qty: int, unit_price: int, amount: int, detail: dict) -> Charge:
    return Charge(item.code, f"{item.name_zh} {zh}".strip(), f"{item.name_en} {en}".strip(), qty,
                  item.unit, unit_price, amount, detail)


# --- the services -----------------------------------------------------------------------------

def fax_pages(item, req, zones):
    """fax_out: first page + next pages, by the destination's zone."""
    return _by_number(item, req, zones, "pages")


def call_minutes(item, req, zones):
    """phone: started minutes at the destination zone's rate."""
    return _by_number(item, req, zones, "seconds")


def _by_number(item, req, zones, qty_key):
    dest = classify(req.get("number"), zones)
    zh, en = (dest.country_zh, dest.country_en) if dest.region_code != zones.home_region else ZONE_NAMES[dest.zone]
    rates = item.rule["zones"][dest.zone]
    if qty_key == "pages":
        pages = whole(req.get("pages"), "页数", "Pages", 1, 1000)
        amount = rates["first_minor"] + rates["next_minor"] * (pages - 1)
        return _line(item, f"{zh} {dest.e164}", f"{en} {dest.e164}", pages,
                     rates["next_minor"] if pages > 1 else rates["first_minor"], amount,
                     {**dest.as_detail(), "pages": pages, **rates})
    seconds = whole(req.get("seconds"), "通话秒数", "Call seconds", 1, 24 * 3600)
    minutes = _ceil(seconds, 60)
    return _line(item, f"{zh} {dest.e164}", f"{en} {dest.e164}", minutes, rates["rate_minor"],
                 minutes * rates["rate_minor"], {**dest.as_detail(), "seconds": seconds, "minutes": minutes})


def copy(item, req, zones):
    size, opt = _option(item.code, item.rule, req, "size")
    colour = req.get("colour", "bw")
    if colour not in COLOURS or f"{colour}_minor" not in opt:
        raise InvalidInput("unknown_option", "{size} 纸不提供此颜色：{v}", "Colour '{v}' is not offered on {size}",
                           v=str(colour)[:40], size=size)
    pages = whole(req.get("pages"), "页数", "Pages", 1, 10_000)
    copies = whole(req.get("copies", 1), "份数", "Copies", 1, 1000)
    duplex = req.get("duplex", False)
    if not isinstance(duplex, bool):
        raise InvalidInput("bad_option", "双面必须是“是”或“否”", "Duplex must be yes or no")
    sides = whole(pages * copies, "总页数（页数×份数）", "Total pages (pages × copies)", 1, 100_000)
    single, double = opt[f"{colour}_minor"], opt[f"{colour}_duplex_minor"]
    per_copy = (pages // 2) * double + (pages % 2) * single if duplex else pages * single
    cz, ce = COLOURS[colour]
    return _line(item, f"{opt['zh']} {cz}{' 双面' if duplex else ''}", f"{opt['en']} {ce}{' duplex' if duplex else ''}",
                 sides, single, copies * per_copy,
                 {"pages": pages, "copies": copies, "size": size, "colour": colour, "duplex": duplex,
                  "sheets": copies * (_ceil(pages, 2) if duplex else pages)})


MAX_INTERNET_HOURS = 366 * 24  # charged by the time used, however long; a longer figure is a typo


def internet(item, req, zones):
    r = item.rule
    used = _duration(req, ("minutes", "seconds"), MAX_INTERNET_HOURS)
    blocks = max(r["minimum_blocks"], _ceil(max(used - 60 * r["grace_minutes"], 0), 60 * r["block_minutes"]))
    minutes = _ceil(used, 60)
    return _line(item, f"{minutes} 分钟", f"{minutes} min", blocks, r["rate_minor"], blocks * r["rate_minor"],
                 {"seconds": used, "minutes": minutes, "blocks": blocks, "block_minutes": r["block_minutes"],
                  "grace_minutes": r["grace_minutes"]})


def courier(item, req, zones):
    region = req.get("region")
    if region is not None:
        zone = zones.zone_of_region(region)
        req = {**req, "destination": zone}
    key, opt = _option(item.code, item.rule, req, "destination")
    grams = whole(req.get("grams"), "重量（克）", "Weight (grams)", 1, 100_000)
    steps = _ceil(max(grams - opt["first_grams"], 0), opt["step_grams"])
    amount = opt["first_minor"] + steps * opt["step_minor"]
    kg = Decimal(grams) / 1000
    zh, en = opt["zh"], opt["en"]
    if region is not None and region.upper() != zones.home_region:
        zh += " " + Locale("zh").territories.get(region.upper(), region.upper())
        en += " " + Locale("en").territories.get(region.upper(), region.upper())
    detail = {"destination": key, "grams": grams, "steps": steps, **({"region": region.upper()} if region else {})}
    return _line(item, f"{zh} {kg} 公斤", f"{en} {kg} kg", 1, amount, amount, detail)


Measure = Callable[[dict], tuple[int, dict]]  # request -> (units measured, what to keep on the line)


def count(key: str, zh: str, en: str, hi: int, default=None) -> Measure:
    """Whole units as entered (pages, items, tickets)."""
    def measure(r: dict):
        n = whole(r.get(key, default), zh, en, 1, hi)
        return n, {key: n}
    return measure


def started(key: str, zh: str, en: str, hi: int, per: int) -> Measure:
    """Started blocks of `per` (a started 1,000 words is charged whole)."""
    def measure(r: dict):
        n = whole(r.get(key), zh, en, 1, hi)
        return _ceil(n, per), {key: n}
    return measure


def started_hours(r: dict):
    minutes = _duration(r, ("hours", "minutes")) // 60
    return _ceil(minutes, 60), {"minutes": minutes}


def unit_days(r: dict):
    days = whole(r.get("days"), "天数", "Days", 1, 366)
    pieces = whole(r.get("units", 1), "件数", "Units", 1, 100)
    return days * pieces, {"days": days, "units": pieces}


def per_unit(option_key: str | None, measure: Measure):
    """The pricer of a per-unit service: the option's (or the one) rate × units measured, with minimums."""
    return lambda item, req, zones: _per_unit(item, req, option_key, measure)


def _per_unit(item, req, opt_key, measure):
    r = item.rule
    zh = en = ""
    detail, rate = {}, r.get("rate_minor")
    if opt_key:
        key, opt = _option(item.code, r, req, opt_key)
        zh, en, rate, detail = opt["zh"], opt["en"], opt["rate_minor"], {opt_key: key}
    measured, facts = measure(req)
    units = max(measured, r.get("minimum_units", 0))
    amount = units * rate
    if amount < r.get("minimum_minor", 0):
        amount = r["minimum_minor"]
        zh, en = f"{zh} （最低收费）".strip(), f"{en} (minimum charge)".strip()
    return _line(item, zh, en, units, rate, amount, {**detail, **facts, "charged_units": units})


def pass_through(item, req, zones):
    """An amount collected for another party: what the clerk entered, no rate applied."""
    fare = whole(req.get("fare_minor"), "票价（分）", "Fare (minor units)", 0, MAX_RATE_MINOR)
    taxes = whole(req.get("taxes_minor", 0), "税费（分）", "Taxes (minor units)", 0, MAX_RATE_MINOR)
    if fare + taxes <= 0:
        raise InvalidInput("zero_amount", "代收金额必须大于零", "The amount collected must be more than zero")
    return _line(item, "", "", 1, fare + taxes, fare + taxes,
                 {"fare_minor": fare, "taxes_minor": taxes, "pass_through": True})
