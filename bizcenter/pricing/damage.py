"""Damage compensation (损坏赔偿): a rented projector comes back broken, a meeting room's screen is torn.

Not a price-list service: the amount is agreed case by case, so every such line needs a supervisor's
approval at settle (the approver is on the sale line and in the audit log), and it says what was
damaged. It is the hotel's income for a loss, not a service, so no service charge or tax is added.
The guest often pays it out of the rental deposit just given back: an ordinary payment at the counter.
"""
from __future__ import annotations

from ..errors import InvalidInput
from .rules import Charge, PriceItem
from .zones import ZoneConfig

SERVICE = "damage"
NAME_ZH, NAME_EN = "损坏赔偿", "Damage compensation"
MAX_DAMAGE_MINOR = 10_000_000  # ¥100,000: more is a claim for the hotel's insurer, not a counter sale
MAX_WHAT = 100  # it is part of the line's name on the receipt (names hold 200)


def charge(params: dict) -> Charge:
    """The line for `{"amount_minor": …, "what": …}` (and `booking_id`, kept as a detail), or a refusal."""
    if not isinstance(params, dict):
        raise InvalidInput("bad_request", "服务参数不正确", "The service details are not valid")
    amount = params.get("amount_minor")
    if isinstance(amount, bool) or not isinstance(amount, int) or not 0 < amount <= MAX_DAMAGE_MINOR:
        raise InvalidInput("damage_amount", "赔偿金额须大于零且不超过 100,000.00",
                           "The compensation must be more than zero and at most 100,000.00")
    what = params.get("what")
    what = what.strip() if isinstance(what, str) else ""
    if not what or len(what) > MAX_WHAT:
        raise InvalidInput("damage_what", "请写明损坏了什么（不超过 100 字）",
                           "Say what was damaged (at most 100 characters)")
    detail = {"what": what, "no_surcharge": True}
    if isinstance(params.get("booking_id"), int):
        detail["booking_id"] = params["booking_id"]
    # What was damaged is written once, on the receipt's first line (in whatever language the clerk used);
    # the second line, with the amount, stays short enough for 58 mm paper.
    return Charge(SERVICE, f"{NAME_ZH}：{what}", NAME_EN, 1, "item", amount, amount, detail)


def price(item: PriceItem | None, request: dict, zones: ZoneConfig) -> Charge:
    """The tariff's pricer: no price-list item, the amount is the one agreed."""
    return charge(request)


def check_rule(code: str, rule: dict) -> None:
    """Damage has no price-list rule: the price list may not sell it."""
    raise InvalidInput("unknown_service", "未知服务：{service}", "Unknown service: {service}", service=code)
