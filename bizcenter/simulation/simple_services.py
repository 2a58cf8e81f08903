"""Guests asking for the simple services the price list in force defines (laminating, stationery, shoe
shine…): whatever the supervisor has published is simulated as it stands, with no code per service."""
from __future__ import annotations

import random

from ..pricing.tariffs import tariff

WEIGHT = 1.5  # as often as a translation: a small extra the centre sells now and then


def offered(rules: dict[str, dict]) -> list[str]:
    """The codes of the price list's simple services still sold (not built in, not retired), in list order."""
    return [code for code, rule in rules.items() if tariff(code) is None and not rule.get("retired")]


def request(rng: random.Random, rule: dict) -> tuple[dict, dict]:
    """What the generic form sends: a choice (the default most of the time) and a small quantity."""
    params = {"quantity": rng.choice((1, 1, 1, 2, 2, 3, 5, 10))}
    options = list(rule.get("options") or ())
    if options:
        default = rule.get("default")
        params["option"] = default if default in options and rng.random() < 0.6 else rng.choice(options)
    return params, {}
