"""What a person reads for the core's code words — payment methods, repair states, feedback kinds — in both
languages, in one place beside the tuples that define the codes (`bizcenter.models`), so no screen shows a
code ("cash", "engineer_called") or keeps a translation of its own. The codes stay in the database."""
from __future__ import annotations

from ..models.backoffice import FEEDBACK_KINDS, REPAIR_STATES
from ..models.directory import DIRECTORY_CATEGORIES
from ..models.ledger import PAYMENT_METHODS

PAYMENT_METHODS_NAMED = {"cash": ("现金", "Cash"), "card": ("刷卡", "Card"), "room": ("挂房帐", "Room charge"),
                         "qr": ("扫码支付", "QR wallet"), "account": ("单位挂账", "Company account")}
REPAIR_STATES_NAMED = {"reported": ("已报告", "Reported"), "engineer_called": ("已叫维修", "Engineer called"),
                       "waiting_parts": ("等待配件", "Waiting for parts"), "repaired": ("已修好", "Repaired"),
                       "written_off": ("已报废", "Written off"), "cleared": ("已排除", "Cleared")}
FEEDBACK_KINDS_NAMED = {"complaint": ("投诉", "Complaint"), "feedback": ("意见", "Feedback"),
                        "praise": ("表扬", "Praise")}
DIRECTORY_CATEGORIES_NAMED = {"office": ("办公", "Office"), "consulate": ("领事馆", "Consulate"), "bank": ("银行", "Bank"),
                              "hospital": ("医院", "Hospital"), "shop": ("商店", "Shop"), "transport": ("交通", "Transport"),
                              "restaurant": ("餐厅", "Restaurant"), "other": ("其他", "Other")}

# every code has its name (tests/core/test_codenames.py); a new one without shows as its code, never stops a sale
NAMED = ((PAYMENT_METHODS, PAYMENT_METHODS_NAMED), (REPAIR_STATES, REPAIR_STATES_NAMED),
         (FEEDBACK_KINDS, FEEDBACK_KINDS_NAMED), (DIRECTORY_CATEGORIES, DIRECTORY_CATEGORIES_NAMED))


def _name(table: dict[str, tuple[str, str]], code: str, lang: str) -> str:
    zh, en = table.get(code, (code, code))
    return zh if lang.startswith("zh") else en


def payment_method_name(method: str, lang: str = "en") -> str:
    return _name(PAYMENT_METHODS_NAMED, method, lang)


def repair_state_name(state: str, lang: str = "en") -> str:
    return _name(REPAIR_STATES_NAMED, state, lang)


def feedback_kind_name(kind: str, lang: str = "en") -> str:
    return _name(FEEDBACK_KINDS_NAMED, kind, lang)


def directory_category_name(category: str, lang: str = "en") -> str:
    return _name(DIRECTORY_CATEGORIES_NAMED, category, lang)
