"""How each built-in service is priced: one `Tariff` record per service, in display order.

A tariff joins what the price list needs to know of a service — its code, names, unit, the check of its
rule and its pricer (the families in `rules`) — and whether service charge and tax apply. It is the
pricing side of a `bizcenter.services.Service`, kept here because pricing sits below the workflows that
settle and simulate a service. A price-list code with no tariff is a simple service defined by its row
alone (`simple`).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..errors import InvalidInput
from . import damage, rules, simple
from .rules import Charge, PriceItem
from .zones import ZoneConfig

Pricer = Callable[[PriceItem, dict, ZoneConfig], Charge]


@dataclass(frozen=True)
class Tariff:
    """``check(code, rule)`` refuses a malformed rule; ``price(item, request, zones)`` is the charge.
    ``listed``: sold from the price list (damage is agreed case by case and is not);
    ``surcharged``: service charge and tax apply (not to money collected for others, nor to compensation)."""

    code: str
    name_zh: str
    name_en: str
    unit: str
    check: Callable[[str, dict], None]
    price: Pricer
    listed: bool = True
    surcharged: bool = True


def _per_unit(code, zh, en, unit, option_key, measure) -> Tariff:
    return Tariff(code, zh, en, unit, rules.per_unit_check(option_key), rules.per_unit(option_key, measure))


TARIFFS: tuple[Tariff, ...] = (
    Tariff("fax_out", "发传真", "Fax out", "page", rules.check_fax_zones, rules.fax_pages),
    _per_unit("fax_in", "收传真", "Fax in", "page", None, rules.count("pages", "页数", "Pages", 1000)),
    Tariff("copy", "复印", "Copy", "page", rules.check_copy, rules.copy),
    Tariff("print", "打印", "Print", "page", rules.check_copy, rules.copy),
    _per_unit("scan", "扫描", "Scan", "page", None, rules.count("pages", "页数", "Pages", 10_000)),
    _per_unit("typing", "打字", "Typing", "page", "language", rules.count("pages", "页数", "Pages", 1000)),
    Tariff("phone", "电话", "Phone call", "minute", rules.check_phone_zones, rules.call_minutes),
    Tariff("internet", "上网", "Internet", "block", rules.check_internet, rules.internet),
    Tariff("courier", "快递", "Courier", "item", rules.check_courier, rules.courier),
    _per_unit("binding", "装订", "Binding", "item", "type", rules.count("items", "数量", "Items", 1000, default=1)),
    _per_unit("translation", "翻译", "Translation", "kwords", "pair",
              rules.started("words", "字数", "Words", 1_000_000, 1000)),
    _per_unit("secretarial", "秘书服务", "Secretarial service", "hour", None, rules.started_hours),
    _per_unit("meeting_room", "会议室", "Meeting room", "hour", "room", rules.started_hours),
    _per_unit("equipment", "设备租赁", "Equipment rental", "day", "item", rules.unit_days),
    _per_unit("ticket_fee", "机票服务费", "Air-ticket service fee", "ticket", "kind",
              rules.count("tickets", "张数", "Tickets", 50, default=1)),
    Tariff("ticket_fare", "机票票款（代收）", "Air fare and taxes (collected for the agency)", "item",
           rules.check_pass_through, rules.pass_through, surcharged=False),
    Tariff(damage.SERVICE, damage.NAME_ZH, damage.NAME_EN, "item", damage.check_rule, damage.price, listed=False,
           surcharged=False),
)
BY_CODE = {t.code: t for t in TARIFFS}
LISTED = tuple(t.code for t in TARIFFS if t.listed)  # the price list's built-in services, in display order


def tariff(code: str) -> Tariff | None:
    """The built-in tariff of `code`, or None for a code the price list alone defines (a simple service)."""
    return BY_CODE.get(code)


def check_rule(code: str, rule: dict) -> None:
    """Refuse a malformed rule (InvalidInput 'bad_rule'), so a bad price-list edit never reaches a sale."""
    t = BY_CODE.get(code)
    if t is None:  # not built in: a service defined by its price-list row alone
        return simple.check(code, rule)
    if not t.listed:
        raise InvalidInput("unknown_service", "未知服务：{service}", "Unknown service: {service}", service=code)
    if not isinstance(rule, dict):
        raise rules.bad_rule(code, "rule")
    t.check(code, rule)


def check_item(item: PriceItem) -> None:
    """A whole price-list row: known code, its fixed unit, names in both languages, a valid rule."""
    check_rule(item.code, item.rule)
    t = BY_CODE.get(item.code)
    if t is None:
        return simple.check_names(item.code, item.name_zh, item.name_en, item.unit)
    if item.unit != t.unit:
        raise rules.bad_rule(item.code, f"unit {item.unit!r} (must be {t.unit!r})")
    if not (isinstance(item.name_zh, str) and item.name_zh.strip() and isinstance(item.name_en, str)
            and item.name_en.strip()):
        raise rules.bad_rule(item.code, "name_zh/name_en")


def price(item: PriceItem, request: dict, zones: ZoneConfig, *, rule_checked: bool = False) -> Charge:
    """The charge for one request, or InvalidInput naming what to correct. The rule is checked first,
    unless it came from a loaded `PriceList`, which checked each rule once (`rule_checked=True`)."""
    if not rule_checked:
        check_rule(item.code, item.rule)
    if not isinstance(request, dict):
        raise InvalidInput("bad_request", "服务参数不正确", "The service details are not valid")
    t = BY_CODE.get(item.code)
    return t.price(item, request, zones) if t else simple.price(item, request)


def names(code: str) -> tuple[str, str]:
    """(Chinese, English) name of a built-in service; a simple service's code as it is."""
    t = BY_CODE.get(code)
    return (t.name_zh, t.name_en) if t else (code, code)
