"""What a person reads for the core's code words — payment methods, repair states, feedback kinds — in both
languages, in one place beside the tuples that define the codes (`bizcenter.models`), so no screen shows a
code ("cash", "engineer_called") or keeps a translation of its own. The codes stay in the database."""
from __future__ import annotations

from ..models.backoffice import FEEDBACK_KINDS, REPAIR_STATES
from ..models.directory import DIRECTORY_CATEGORIES
from ..models.ledger import PAYMENT_METHODS
from ..models.profiles import GUEST_LANGUAGES, VIP_LEVELS
from ..models.travel import CALL_OUTCOMES, DIRECTIONS, DISRUPTION_ACTIONS, DISRUPTIONS, MOVEMENT_STATES

PAYMENT_METHODS_NAMED = {"cash": ("现金", "Cash"), "card": ("刷卡", "Card"), "room": ("挂房帐", "Room charge"),
                         "qr": ("扫码支付", "QR wallet"), "account": ("单位挂账", "Company account")}
REPAIR_STATES_NAMED = {"reported": ("已报告", "Reported"), "engineer_called": ("已叫维修", "Engineer called"),
                       "waiting_parts": ("等待配件", "Waiting for parts"), "repaired": ("已修好", "Repaired"),
                       "written_off": ("已报废", "Written off"), "cleared": ("已排除", "Cleared")}
FEEDBACK_KINDS_NAMED = {"complaint": ("投诉", "Complaint"), "feedback": ("意见", "Feedback"),
                        "praise": ("表扬", "Praise")}
MOVEMENT_STATES_NAMED = {"requested": ("已预订", "Requested"), "confirmed": ("已确认", "Confirmed"),
                         "done": ("已完成", "Done"), "cancelled": ("已取消", "Cancelled")}
DIRECTIONS_NAMED = {"arrival": ("接机", "Arrival"), "departure": ("送机", "Departure")}
CALL_OUTCOMES_NAMED = {"reached": ("已联系上", "Reached"), "no_answer": ("无人接听", "No answer"),
                       "left_message": ("已留言", "Left a message")}
DISRUPTIONS_NAMED = {"delayed": ("航班延误", "Flight delayed"), "flight_cancelled": ("航班取消", "Flight cancelled")}
DISRUPTION_ACTIONS_NAMED = {"rebooked": ("已改签", "Rebooked"), "car_retimed": ("已调整用车", "Car re-timed"),
                            "guest_informed": ("已通知客人", "Guest informed")}
DIRECTORY_CATEGORIES_NAMED = {"office": ("办公", "Office"), "consulate": ("领事馆", "Consulate"), "bank": ("银行", "Bank"),
                              "hospital": ("医院", "Hospital"), "shop": ("商店", "Shop"), "transport": ("交通", "Transport"),
                              "restaurant": ("餐厅", "Restaurant"), "other": ("其他", "Other")}
VIP_LEVELS_NAMED = {"none": ("普通", "Regular"), "vip1": ("贵宾一级", "VIP 1"), "vip2": ("贵宾二级", "VIP 2"),
                    "vip3": ("贵宾三级", "VIP 3")}
GUEST_LANGUAGES_NAMED = {"zh": ("中文", "Chinese"), "en": ("英语", "English"), "ja": ("日语", "Japanese"),
                         "ko": ("韩语", "Korean"), "de": ("德语", "German"), "fr": ("法语", "French"),
                         "es": ("西班牙语", "Spanish"), "ru": ("俄语", "Russian"), "ar": ("阿拉伯语", "Arabic"),
                         "other": ("其他语言", "Other")}

# every code has its name (tests/core/test_codenames.py); a new one without shows as its code, never stops a sale
NAMED = ((PAYMENT_METHODS, PAYMENT_METHODS_NAMED), (REPAIR_STATES, REPAIR_STATES_NAMED),
         (VIP_LEVELS, VIP_LEVELS_NAMED), (GUEST_LANGUAGES, GUEST_LANGUAGES_NAMED),
         (FEEDBACK_KINDS, FEEDBACK_KINDS_NAMED), (DIRECTORY_CATEGORIES, DIRECTORY_CATEGORIES_NAMED))
NAMED += ((MOVEMENT_STATES, MOVEMENT_STATES_NAMED), (DIRECTIONS, DIRECTIONS_NAMED),
          (CALL_OUTCOMES, CALL_OUTCOMES_NAMED), (DISRUPTIONS, DISRUPTIONS_NAMED),
          (DISRUPTION_ACTIONS, DISRUPTION_ACTIONS_NAMED))


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


def vip_level_name(level: str, lang: str = "en") -> str:
    return _name(VIP_LEVELS_NAMED, level, lang)


def guest_language_name(code: str, lang: str = "en") -> str:
    return _name(GUEST_LANGUAGES_NAMED, code, lang) if code else ""


def travel_name(code: str, lang: str = "en") -> str:
    """A travel movement's state, direction, call outcome, disruption or action, by its code."""
    for table in (MOVEMENT_STATES_NAMED, DIRECTIONS_NAMED, CALL_OUTCOMES_NAMED, DISRUPTIONS_NAMED,
                  DISRUPTION_ACTIONS_NAMED):
        if code in table:
            return _name(table, code, lang)
    return code
