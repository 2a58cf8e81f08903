"""Each hotel setting's type, range and default: the one schema `config set`, the first-start wizard, the back
office and the reading of stored rows all check against.

Standard library (dataclasses + one small check per kind), not pydantic: twenty-odd flat settings, each
refusal needs its own bilingual message naming the setting and its range, and the installer stays free of
a compiled dependency whose English-only errors would have to be rewritten anyway.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Callable

from ..errors import InvalidInput, NotAllowed


class _Bad(Exception):
    """A value outside its setting's range (turned into a bilingual `InvalidInput` by `validate`)."""


@dataclass(frozen=True)
class Spec:
    key: str
    default: object
    kind: str  # what a person is told the value is: integer, percentage, boolean, text, list…
    range_zh: str
    range_en: str
    check: Callable[[object], object]  # the value normalised (e.g. "10" for 10), or raises _Bad
    #: a bad stored value refuses the actions that use it rather than falling back to the default,
    #: because the default would change an amount of money (a price, a tax, a rounding, a currency)
    money: bool = False


# --- checks, one per kind ------------------------------------------------------------------------

def _integer(lo: int, hi: int) -> Callable[[object], int]:
    def check(value) -> int:
        # strictly an integer: "7", 7.0, true, NaN and Infinity are not (a person's text goes through parse_text)
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise _Bad
        return value
    return check


def _percentage(value) -> str:
    if isinstance(value, bool) or value is None or isinstance(value, (list, dict)):
        raise _Bad
    text = str(value).strip().rstrip("%").strip()
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise _Bad from None
    if not number.is_finite() or not 0 <= number <= 100:
        raise _Bad
    return text if re.fullmatch(r"[0-9]+(\.[0-9]+)?", text) else format(number.normalize(), "f")


def _boolean(value) -> bool:
    if isinstance(value, bool):
        return value
    words = {"true": True, "false": False}
    if isinstance(value, str) and value.strip().lower() in words:
        return words[value.strip().lower()]
    raise _Bad


def _choice(*options: str) -> Callable[[object], str]:
    def check(value) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # `config set cash_rounding 10` reads 10 as JSON
        if not isinstance(value, str) or value.strip().lower() not in options:
            raise _Bad
        return value.strip().lower()
    return check


def _plain_text(value, limit: int) -> str:
    if not isinstance(value, str):
        raise _Bad
    text = value.strip()
    if not text or len(text) > limit or any(unicodedata.category(c).startswith("C") for c in text):
        raise _Bad  # control characters would reach the receipt printer
    return text


def _folder(value) -> str:
    """A folder for saved documents, or "" for the user's own Documents/bizcenter."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    return _plain_text(value, 260)


def _text(limit: int) -> Callable[[object], str]:
    return lambda value: _plain_text(value, limit)


@lru_cache(maxsize=1)
def currencies() -> frozenset[str]:
    """ISO 4217 codes that are legal tender somewhere today (Babel's CLDR data): not XXX, XTS or gold."""
    from babel.core import get_global

    return frozenset(code for periods in get_global("territory_currencies").values()
                     for code, _start, end, tender in periods if tender and end is None)


def _currency(value) -> str:
    if not isinstance(value, str) or value.strip().upper() not in currencies():
        raise _Bad
    return value.strip().upper()


@lru_cache(maxsize=1)
def _zones() -> frozenset[str]:
    from zoneinfo import available_timezones

    return frozenset(available_timezones())


def _timezone(value) -> str:
    if not isinstance(value, str) or value.strip() not in _zones():
        raise _Bad
    return value.strip()


def _denominations(value) -> list[int]:
    each = _integer(1, 100_000_000)
    if not isinstance(value, list) or not 1 <= len(value) <= 30:
        raise _Bad
    notes = [each(v) for v in value]
    if len(set(notes)) != len(notes):
        raise _Bad
    return sorted(notes, reverse=True)  # the count form lists the largest note first


def _devices(value) -> list[str]:
    if not isinstance(value, list) or len(value) > 100:
        raise _Bad
    names = [_plain_text(v, 60) for v in value]
    if len(set(names)) != len(names):
        raise _Bad
    return names


def _equipment_units(value) -> dict:
    count = _integer(1, 999)
    if not isinstance(value, dict) or len(value) > 100:
        raise _Bad
    return {_plain_text(k, 40): count(v) for k, v in value.items()}


def _rentals(value) -> list[str]:
    from ..models.errands import RENTALS

    if not isinstance(value, list) or not all(isinstance(v, str) and v in RENTALS for v in value):
        raise _Bad
    return sorted(set(value), key=value.index)


def _zone_config(value):
    if value is None:
        return None
    from ..pricing import ZoneConfig

    try:
        ZoneConfig.from_dict(value)
    except (InvalidInput, TypeError, AttributeError, ValueError):
        raise _Bad from None
    return value


def _counter_printers(value) -> dict:
    from ..printing.target import KINDS, PrinterSpec, check

    if not isinstance(value, dict):
        raise _Bad
    for code, printer in value.items():
        if not isinstance(code, str) or not isinstance(printer, dict) or printer.get("kind") not in KINDS:
            raise _Bad
        try:
            check(PrinterSpec(printer["kind"], str(printer.get("address") or "")))
        except InvalidInput:
            raise _Bad from None
    return value


def _pms_link(value) -> str:
    """Empty (no live link: room charges leave by the day close's file) or tcp://host:port."""
    if value == "" or value is None:
        return ""
    from urllib.parse import urlsplit

    text = _plain_text(value, 200)
    try:
        parts = urlsplit(text)
        ok = parts.scheme == "tcp" and parts.hostname and parts.port
    except ValueError:
        ok = False
    if not ok:
        raise _Bad
    return text


_DEVICES = ["传真机 Fax", "复印机 Copier", "激光打印机 Laser printer", "彩色打印机 Colour printer", "扫描仪 Scanner",
            "电脑 1 PC 1", "电脑 2 PC 2", "收据打印机 Receipt printer"]
_EQUIPMENT = {"projector": 2, "laptop": 2, "screen": 2, "microphone": 4, "flipchart": 2, "conference_phone": 1}
_NOTES = [10000, 5000, 2000, 1000, 500, 100, 50, 10]


def _int(key, default, lo, hi, zh, en, money=False) -> Spec:
    return Spec(key, default, "integer", f"{lo} 到 {hi} 的整数{zh}", f"a whole number from {lo} to {hi}{en}",
                _integer(lo, hi), money)


_PCT = ("0 到 100 的数（百分比）", "a number from 0 to 100 (per cent)")
_BOOL = ("true 或 false", "true or false")

SPECS: tuple[Spec, ...] = (
    Spec("hotel_name_zh", "示例大酒店", "text", "1 到 100 个字符，不含控制字符",
         "1 to 100 characters, no control characters", _text(100)),
    Spec("hotel_name_en", "Demo Grand Hotel", "text", "1 到 100 个字符，不含控制字符",
         "1 to 100 characters, no control characters", _text(100)),
    Spec("currency", "CNY", "currency", "现行的 ISO 4217 货币代码（如 CNY、HKD、USD）",
         "an ISO 4217 code of a currency in use (CNY, HKD, USD…)", _currency, money=True),
    Spec("service_charge_pct", "10", "percentage", *_PCT, _percentage, money=True),
    Spec("tax_pct", "6", "percentage", *_PCT, _percentage, money=True),
    Spec("tax_on_service_charge", True, "boolean", *_BOOL, _boolean, money=True),
    Spec("timezone", "Asia/Shanghai", "time zone", "IANA 时区名（如 Asia/Shanghai）",
         "an IANA time zone name (Asia/Shanghai…)", _timezone),
    _int("day_cutoff_hour", 4, 0, 23, "（营业日开始的钟点）", " (the hour the business day starts)"),
    _int("variance_limit_minor", 1000, 0, 10_000_000, "（分）", " (minor units, 1000 = ¥10.00)"),
    # cash rounding (抹零, workflows/cashround.py): to ¥0.10 by default, since fen coins are no longer given
    Spec("cash_rounding", "10", "choice", "none、10 或 100（分）", "none, 10 or 100 (minor units)",
         _choice("none", "10", "100"), money=True),
    # QR wallets (payments/qr.py): the hotel's terminal takes the money and the clerk records its reference,
    # or the deterministic test acquirer (demo, tests); no live acquirer network is built in
    Spec("qr_acquirer", "terminal", "choice", "terminal（收款终端，手输交易单号）或 test（演示）",
         "terminal (the hotel's payment terminal; its reference typed) or test (demo)", _choice("terminal", "test")),
    _int("lockout_attempts", 5, 1, 20, "（连续输错 PIN 的次数）", " (wrong PINs in a row)"),
    _int("lockout_minutes", 15, 1, 1440, "（分钟）", " (minutes)"),
    Spec("denominations_minor", _NOTES, "list of integers", "1 到 30 个互不相同的正整数（分，至多 100000000）",
         "1 to 30 different positive whole numbers (minor units, at most 100000000)", _denominations),
    Spec("zones", None, "zone configuration", "null（用随附的 zones.json）或同格式的对象",
         "null (the shipped zones.json) or an object of the same form", _zone_config, money=True),
    _int("fax_rack_days", 7, 1, 365, "（天）", " (days)"),
    Spec("devices", _DEVICES, "list of names", "至多 100 个互不相同的名称，每个 1 到 60 个字符",
         "up to 100 different names of 1 to 60 characters", _devices),
    Spec("equipment_units", _EQUIPMENT, "object", "物品 → 1 到 999 的整数", "item → a whole number from 1 to 999",
         _equipment_units),
    Spec("rental_deposit_required", ["equipment"], "list", "meeting_room、equipment 中的若干项",
         "any of meeting_room, equipment", _rentals),
    Spec("setup_done", False, "boolean", *_BOOL, _boolean),
    _int("backup_keep", 14, 1, 365, "（份）", " (copies)"),
    Spec("counter_printers", {}, "object", "柜台编号 → {\"kind\", \"address\"}（有效的打印机）",
         "counter code → {\"kind\", \"address\"} (a valid printer)", _counter_printers),
    _int("ticket_id_retention_days", 30, 1, 3650, "（天）", " (days)"),
    _int("internet_session_alert_hours", 8, 1, 168, "（小时）", " (hours)"),
    _int("rental_grace_minutes", 10, 0, 120, "（分钟）", " (minutes)"),
    # punctuality (workflows/punctuality.py): clerks are at the counter this many minutes before their turn
    _int("punctual_minutes_early", 5, 0, 60, "（分钟）", " (minutes)"),
    Spec("pms_link", "", "text", "空（不联机）或 tcp://主机:端口", "empty (no live link) or tcp://host:port", _pms_link),
    Spec("pms_offline_policy", "queue", "choice", "queue（按本地核对挂帐并排队）或 refuse（拒绝挂帐）",
         "queue (charge on the local checks and queue) or refuse", _choice("queue", "refuse")),
    _int("pms_answer_seconds", 10, 1, 60, "（秒）", " (seconds)"),
    Spec("pms_outlet", "BC", "text", "1 到 10 个字符（酒店系统中本营业点的代码）",
         "1 to 10 characters (this outlet's code in the PMS)", _text(10)),
    Spec("documents_folder", "", "folder", "空（本人“文档/bizcenter”）或一个文件夹路径，至多 260 个字符",
         "empty (the user's Documents/bizcenter) or a folder path of up to 260 characters", _folder),
)
SCHEMA: dict[str, Spec] = {spec.key: spec for spec in SPECS}

# What a person reads for each setting (screens and messages); the key is what `config set` takes.
NAMES: dict[str, tuple[str, str]] = {
    "hotel_name_zh": ("酒店中文名", "Hotel name (Chinese)"),
    "hotel_name_en": ("酒店英文名", "Hotel name (English)"),
    "currency": ("货币", "Currency"),
    "service_charge_pct": ("服务费（%）", "Service charge (%)"),
    "tax_pct": ("税率（%）", "Tax (%)"),
    "tax_on_service_charge": ("服务费计税", "Tax on the service charge"),
    "timezone": ("时区", "Time zone"),
    "day_cutoff_hour": ("营业日开始钟点", "Hour the business day starts"),
    "variance_limit_minor": ("现金差额上限（分）", "Cash variance limit (minor units)"),
    "cash_rounding": ("现金抹零", "Cash rounding"),
    "qr_acquirer": ("扫码支付收单", "QR wallet acquirer"),
    "lockout_attempts": ("PIN 锁定次数", "Wrong PINs before lock-out"),
    "lockout_minutes": ("锁定时长（分钟）", "Lock-out (minutes)"),
    "denominations_minor": ("点钞面额（分）", "Notes and coins counted (minor units)"),
    "zones": ("电话传真计费区", "Call and fax zones"),
    "fax_rack_days": ("来件架保留天数", "Days on the fax rack"),
    "devices": ("交班检查的设备", "Devices checked at shift start"),
    "equipment_units": ("出租设备数量", "Rental equipment units"),
    "rental_deposit_required": ("须收押金的租用", "Rentals that need a deposit"),
    "setup_done": ("首次设置已完成", "First start done"),
    "backup_keep": ("保留备份份数", "Backups kept"),
    "counter_printers": ("柜台打印机", "Counter printers"),
    "ticket_id_retention_days": ("机票证件号及客人档案保留天数", "Days ticket ID numbers and guest profiles are kept"),
    "internet_session_alert_hours": ("上网时长提醒（小时）", "Internet session alert (hours)"),
    "rental_grace_minutes": ("租用宽限（分钟）", "Rental grace (minutes)"),
    "punctual_minutes_early": ("提前到岗（分钟）", "Minutes early at the counter"),
    "pms_link": ("酒店系统联机地址", "PMS link address"),
    "pms_offline_policy": ("酒店系统断线时", "When the PMS does not answer"),
    "pms_answer_seconds": ("等待酒店系统回复（秒）", "Wait for the PMS's answer (seconds)"),
    "pms_outlet": ("酒店系统营业点代码", "Outlet code in the PMS"),
    "documents_folder": ("文件保存位置", "Folder for saved documents"),
}


def setting_name(key: str, lang: str = "en") -> str:
    zh, en = NAMES.get(key, (key, key))
    return zh if lang.startswith("zh") else en


def spec_of(key: str) -> Spec:
    try:
        return SCHEMA[key]
    except KeyError:
        raise InvalidInput("unknown_setting", "未知设置项：{key}", "Unknown setting: {key}", key=key) from None


def shown(value) -> str:
    """A value as the messages quote it (JSON, so a text and a number differ; NaN and Infinity as typed)."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 80 else text[:77] + "…"


def validate(key: str, value):
    """The value normalised for storing, or a refusal naming the setting, the value and the allowed range."""
    spec = spec_of(key)
    try:
        return spec.check(value)
    except _Bad:
        raise InvalidInput(None, "设置项“{name_zh}”不接受 {value}：须为{range_zh}",
                           "Setting \"{name_en}\" does not accept {value}: it must be {range_en}",
                           name_zh=setting_name(key, "zh"), name_en=setting_name(key), value=shown(value),
                           range_zh=spec.range_zh, range_en=spec.range_en) from None


def parse_text(key: str, text: str):
    """A value as typed on the command line or in the back office (JSON, else plain text), validated."""
    spec_of(key)
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, TypeError):
        value = text
    if SCHEMA[key].kind in ("text", "percentage", "time zone", "currency", "folder") and not isinstance(value, str):
        value = text  # "6.5" stays the decimal text it was typed as, never a float
    return validate(key, value)


@dataclass(frozen=True)
class StoredProblem:
    """A stored value outside its range (written by an older version or by hand): what is used instead."""
    key: str
    value: str  # as stored, quoted
    range_zh: str
    range_en: str
    money: bool  # True: the actions using it are refused until it is corrected; False: the default is used
    default: object

    def message(self, lang: str = "en") -> str:
        if lang.startswith("zh"):
            then = "用到它的操作将被拒绝" if self.money else f"暂用默认值 {shown(self.default)}"
            return f"设置项“{setting_name(self.key, 'zh')}”的存储值 {self.value} 无效，须为{self.range_zh}。{then}，请领班改正。"
        then = "Actions that use it are refused" if self.money else f"The default {shown(self.default)} is used"
        return (f"Setting \"{setting_name(self.key)}\" holds {self.value}, which is not allowed; it must be {self.range_en}. "
                f"{then} until a supervisor corrects it.")

    def refusal(self) -> NotAllowed:
        return NotAllowed("setting_invalid",
                          "设置项“{name_zh}”的存储值 {value} 无效，须为{range_zh}。它影响金额，故此操作被拒绝，"
                          "请领班在后台“设置”或用 bizcenter config set {key} 改正。",
                          "Setting \"{name_en}\" holds {value}, which is not allowed; it must be {range_en}. As it "
                          "changes amounts of money, this is refused until a supervisor corrects it (back office "
                          "Settings, or bizcenter config set {key}).",
                          key=self.key, value=self.value, range_zh=self.range_zh, range_en=self.range_en,
                          name_zh=setting_name(self.key, "zh"), name_en=setting_name(self.key))


def check_stored(key: str, value) -> tuple[object, StoredProblem | None]:
    """A stored value as used (normalised), or the default and the problem (unknown keys are ignored)."""
    spec = SCHEMA[key]
    try:
        return spec.check(value), None
    except _Bad:
        return spec.default, StoredProblem(key, shown(value), spec.range_zh, spec.range_en, spec.money,
                                           spec.default)
