"""Simple services: a per-unit service defined by its price-list row alone, with no code.

A hotel adds laminating, boarding-pass printing, stationery or shoe shine by publishing a price-list item
whose code is not a built-in service. Its rule (JSON, money in fen, see README "Simple services"):

    {"unit_zh": "张", "unit_en": "sheet",
     "options": {"A4": {"zh": "A4", "en": "A4", "rate_minor": 300}, ...},  # or a top-level "rate_minor"
     "default": "A4",                       # optional, one of the options
     "service_charge": true, "tax": true,   # optional, default true: does each apply to this service?
     "group": "documents", "order": 40,     # the counter tile's group and place in it
     "retired": false}                      # true: no longer sold (hidden at the counter), kept for history

Request: ``{"option": key (when the rule has options; else its default), "quantity": n (1..10,000, default 1)}``;
amount = quantity × rate. Everything here is pure: no database, no clock.
"""
from __future__ import annotations

import re

from ..errors import InvalidInput

CODE = re.compile(r"[a-z][a-z0-9_]{1,29}")  # fits price_item.code and sale_line.service_code (30)
UNIT = re.compile(r"[a-z][a-z0-9_]{0,19}")  # fits the unit columns (20)
OPTION = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-]{0,19}")
GROUP = re.compile(r"[a-z][a-z0-9_]{0,29}")
RESERVED = frozenset({"damage"})  # sold by its own workflow, never from the price list
MAX_RATE_MINOR = 10_000_000  # ¥100,000 for one unit is a typo in the price list
MAX_QUANTITY = 10_000
MAX_ORDER = 9_999
DEFAULT_GROUP = "other"
DEFAULT_ORDER = 500
NAME_LIMIT = 40  # the part of a line's name (100) left for the option's name
KEYS = frozenset({"unit_zh", "unit_en", "options", "default", "rate_minor", "service_charge", "tax", "group",
                  "order", "retired"})
GROUP_NAMES = {  # tile groups with names; any other group key is shown as typed
    "documents": ("文件处理", "Documents"), "communication": ("通讯", "Communication"),
    "business": ("商务服务", "Business services"), "travel": ("旅行", "Travel"),
    "retail": ("商品", "Items for sale"), "other": ("其他", "Other"),
}


def _refuse(code: str, zh: str, en: str, **params) -> InvalidInput:
    return InvalidInput("bad_rule", "价目表“{service}”：" + zh, "Price list, {service}: " + en, service=code, **params)


def _text(value, limit: int) -> bool:
    return isinstance(value, str) and bool(value.strip()) and len(value) <= limit


def _rate(code: str, value, where_zh: str, where_en: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_RATE_MINOR:
        raise _refuse(code, "{wz}的单价须为 0 到 100,000 元之间的金额（以分计的整数）",
                      "the rate of {we} must be an amount from 0 to 100,000 (whole minor units)", wz=where_zh,
                      we=where_en)


def check_code(code) -> None:
    """A new service's code: what the sale line keeps for ever, so short, plain and lower case."""
    if not isinstance(code, str) or not CODE.fullmatch(code) or code in RESERVED:
        raise InvalidInput("bad_service_code", "服务代码“{code}”不正确：须以小写字母开头，只含小写字母、数字和下划线，2 到 30 个字符",
                           "The service code '{code}' is not valid: 2 to 30 lower-case letters, digits or _, "
                           "starting with a letter", code=str(code)[:40])


def check(code: str, rule) -> None:
    """Refuse a malformed simple rule with a message naming what to correct (InvalidInput 'bad_rule')."""
    check_code(code)
    if not isinstance(rule, dict):
        raise _refuse(code, "规则必须是一组键值", "the rule must be a JSON object")
    unknown = sorted(set(rule) - KEYS)
    if unknown:
        raise _refuse(code, "未知的规则项：{keys}（可用：{allowed}）", "unknown rule entries: {keys} (allowed: {allowed})",
                      keys=", ".join(map(str, unknown))[:80], allowed=", ".join(sorted(KEYS)))
    if not (_text(rule.get("unit_zh"), 10) and _text(rule.get("unit_en"), 20)):
        raise _refuse(code, "须填写单位的中文和英文名称（unit_zh、unit_en）",
                      "give the unit's name in Chinese and English (unit_zh, unit_en)")
    _check_prices(code, rule)
    for flag in ("service_charge", "tax", "retired"):
        if flag in rule and not isinstance(rule[flag], bool):
            raise _refuse(code, "“{flag}”必须是 true 或 false", "'{flag}' must be true or false", flag=flag)
    group = rule.get("group", DEFAULT_GROUP)
    if not isinstance(group, str) or not GROUP.fullmatch(group):
        raise _refuse(code, "分组（group）须为小写字母开头的代码，最多 30 个字符",
                      "the group must be a code of lower-case letters, digits or _ (at most 30)")
    order = rule.get("order", DEFAULT_ORDER)
    if isinstance(order, bool) or not isinstance(order, int) or not 0 <= order <= MAX_ORDER:
        raise _refuse(code, "顺序（order）须为 0 到 9999 之间的整数", "the order must be a whole number from 0 to 9,999")


def _check_prices(code: str, rule: dict) -> None:
    options = rule.get("options")
    if options is None:
        if "rate_minor" not in rule:
            raise _refuse(code, "须有至少一个选项（options）或一个单价（rate_minor）",
                          "give at least one option (options) or a rate (rate_minor)")
        _rate(code, rule["rate_minor"], "本服务", "the service")
        if "default" in rule:
            raise _refuse(code, "没有选项时不能设默认选项", "a default needs options to choose from")
        return
    if "rate_minor" in rule:
        raise _refuse(code, "有选项时单价写在每个选项中，不写在顶层", "with options, each option has its rate; remove the top-level rate")
    if not isinstance(options, dict) or not options:
        raise _refuse(code, "选项（options）须至少有一项", "options must list at least one choice")
    for key, opt in options.items():
        if not OPTION.fullmatch(key):
            raise _refuse(code, "选项代码“{key}”不正确（字母、数字、_ 或 -，最多 20 个字符）",
                          "the option code '{key}' is not valid (letters, digits, _ or -, at most 20)", key=key[:40])
        if not isinstance(opt, dict) or not (_text(opt.get("zh"), NAME_LIMIT) and _text(opt.get("en"), NAME_LIMIT)):
            raise _refuse(code, "选项“{key}”须有中文和英文名称（zh、en）", "option '{key}' needs its Chinese and English names (zh, en)",
                          key=key)
        if set(opt) - {"zh", "en", "rate_minor"}:
            raise _refuse(code, "选项“{key}”只能有 zh、en 和 rate_minor", "option '{key}' may only have zh, en and rate_minor",
                          key=key)
        _rate(code, opt.get("rate_minor"), f"选项“{key}”", f"option '{key}'")
    if "default" in rule and rule["default"] not in options:
        raise _refuse(code, "默认选项“{d}”不在选项中", "the default '{d}' is not one of the options", d=str(rule["default"])[:40])


def check_names(code: str, name_zh, name_en, unit) -> None:
    """The row around the rule: names in both languages (room left for the option's name) and a unit code."""
    if not (_text(name_zh, 100 - NAME_LIMIT - 1) and _text(name_en, 100 - NAME_LIMIT - 1)):
        raise _refuse(code, "须填写服务的中文和英文名称（最多 59 个字符）", "give the service's Chinese and English names (at most 59 characters)")
    if not isinstance(unit, str) or not UNIT.fullmatch(unit):
        raise _refuse(code, "单位代码“{u}”不正确（小写字母开头，最多 20 个字符）",
                      "the unit code '{u}' is not valid (lower-case letters, digits or _, at most 20)", u=str(unit)[:40])


def applies(rule: dict) -> tuple[bool, bool]:
    """(service charge applies, tax applies) for this service; both by default."""
    return rule.get("service_charge", True), rule.get("tax", True)


def price(item, request: dict):
    """The charge for ``quantity`` units of the chosen option (the rule is already checked)."""
    from .rules import Charge, whole

    rule = item.rule
    if rule.get("retired"):
        raise InvalidInput("service_retired", "“{name_zh}”已停止提供", "{name_en} is no longer offered",
                           name_zh=item.name_zh, name_en=item.name_en)
    quantity = whole(request.get("quantity", 1), "数量", "Quantity", 1, MAX_QUANTITY)
    zh, en, detail, rate = item.name_zh, item.name_en, {"quantity": quantity}, rule.get("rate_minor")
    options = rule.get("options")
    if options:
        key = request.get("option", rule.get("default", next(iter(options)) if len(options) == 1 else None))
        if not isinstance(key, str) or key not in options:
            raise InvalidInput("unknown_option", "请选择：{zh_opts}", "Choose one of: {en_opts}", v=str(key)[:40], key="option",
                               zh_opts="、".join(o["zh"] for o in options.values()),
                               en_opts=", ".join(o["en"] for o in options.values()))
        opt = options[key]
        zh, en, rate = f"{zh} {opt['zh']}", f"{en} {opt['en']}", opt["rate_minor"]
        detail["option"] = key
    service_charge, tax = applies(rule)
    detail.update({} if service_charge else {"no_service_charge": True}, **({} if tax else {"no_tax": True}))
    return Charge(item.code, zh, en, quantity, item.unit, rate, quantity * rate, detail)
