"""What guests ask the business centre for, with the parameters a clerk would type in.

The choices (paper sizes, binding types, language pairs, rooms, rental items, ticket kinds) are
read from the price list in force, so an edited list is simulated as it stands; the request shapes
are those documented in `bizcenter/pricing/rules.py`. Each line also carries the procedure facts
the service's rule asks the clerk to keep (number read back, test copy shown, waybill, times).
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Callable

from ..workflows.lines import LineRequest
from . import simple_services
from .dialling import Dialling

# How often each service is asked for at a busy city-hotel business centre.
WEIGHTS = {
    "copy": 22, "print": 20, "fax_out": 12, "scan": 10, "phone": 8, "internet": 8, "fax_in": 6,
    "courier": 5, "binding": 4, "typing": 3, "ticket_fee": 3, "translation": 1.5, "secretarial": 1.5,
    "meeting_room": 1.5, "equipment": 1.5,
}
RECIPIENTS = ("Sales Dept.", "Mr. Tanaka", "Ms. Brown", "财务部 李经理", "Purchasing", "Dr. Weber", "前台 张小姐",
              "Legal", "Mme Dubois", "HR / 人事部")
CARRIERS = (("SF", "顺丰速运 SF Express"), ("EMS", "EMS"), ("DHL", "DHL"), ("FDX", "FedEx"), ("UPS", "UPS"))
COURIER_REGIONS = ("CN", "CN", "CN", "HK", "TW", "JP", "US", "DE", "GB", "AU", "SG", "FR", "BR", "ZA")
ROUTES = ("PEK-SHA", "PEK-CAN", "PEK-SZX", "PEK-CTU", "PEK-HKG", "PEK-NRT", "PEK-ICN", "PEK-FRA", "PEK-LHR",
          "PEK-JFK", "PEK-SIN", "PEK-SYD")


class Requests:
    """Line requests for the services of one price list; `next_line` picks a service by weight."""

    def __init__(self, rng: random.Random, rules: dict[str, dict], dialling: Dialling):
        self.rng, self.rules, self.dialling = rng, rules, dialling
        self.now = datetime(2000, 1, 1)
        self.codes = [c for c in WEIGHTS if c in rules]
        self.weights = [WEIGHTS[c] for c in self.codes]
        extras = simple_services.offered(rules)  # the price list's own services, sold with the generic form
        self.codes += extras
        self.weights += [simple_services.WEIGHT] * len(extras)

    def next_line(self, now: datetime, code: str | None = None) -> LineRequest:
        """A request as a guest at the counter at `now` (hotel time) makes it."""
        self.now = now
        code = code or self.rng.choices(self.codes, self.weights)[0]
        build = _BUILDERS.get(code)
        params, record = build(self, self.rules[code]) if build else simple_services.request(self.rng, self.rules[code])
        return LineRequest(code, params, record=record)

    def option(self, rule: dict, favourite: str | None = None) -> str:
        """A choice from the rule's option table, the usual one (`favourite`) most of the time."""
        options = list(rule["options"])
        if favourite in options and self.rng.random() < 0.7:
            return favourite
        return self.rng.choice(options)

    def pages(self, mostly: int = 3, most: int = 40) -> int:
        """Page counts: mostly a few, sometimes a report-sized job."""
        if self.rng.random() < 0.85:
            return self.rng.randint(1, mostly)
        return self.rng.randint(mostly + 1, most)


def _fax_out(r: Requests, rule):
    report = "OK" if r.rng.random() < 0.95 else "OK after redial / 重拨后成功"
    return ({"number": r.dialling.number(), "pages": r.pages(4, 25)},
            {"recipient": r.rng.choice(RECIPIENTS), "read_back": True, "report": report})


def _fax_in(r: Requests, rule):
    return {"pages": r.pages(3, 12)}, {"legible": True, "guest_notified": r.rng.choice(("phone", "bellboy", "message"))}


def _original(r: Requests) -> dict:
    """Now and then an original is faint or creased: the guest is told before the work (procedure.py)."""
    return {"original_unclear": True, "unclear_told": True} if r.rng.random() < 0.05 else {}


def _scan(r: Requests, rule):
    return {"pages": r.pages(5, 80)}, {"saved_to": r.rng.choice(("USB", "e-mail", "guest laptop")), **_original(r)}


def _copy(r: Requests, rule):
    params = _sheets(r, rule)
    return params, {"test_copy_approved": True, **_original(r)}


def _print(r: Requests, rule):
    """Printing the guest's file: the proof checked with the guest before it is charged (as the form asks)."""
    return _sheets(r, rule), {"proof_checked": True}


def _sheets(r: Requests, rule) -> dict:
    size = r.option(rule, rule.get("default"))
    sizes = rule["options"][size]
    colour = "colour" if "colour_minor" in sizes and r.rng.random() < 0.25 else "bw"
    params = {"pages": r.pages(6, 60), "size": size, "colour": colour}
    if r.rng.random() < 0.3:
        params["copies"] = r.rng.randint(2, 30)
    if r.rng.random() < 0.3:
        params["duplex"] = True
    return params


def _phone(r: Requests, rule):
    seconds = r.rng.randint(15, 240) if r.rng.random() < 0.8 else r.rng.randint(241, 2400)
    return {"number": r.dialling.number(), "seconds": seconds}, {"rate_told": True}


def _internet(r: Requests, rule):
    """Logged in on a centre PC, logged out just now: the record keeps the account and both times."""
    minutes = r.rng.randint(5, 75) if r.rng.random() < 0.8 else r.rng.randint(76, 300)
    start = r.now - timedelta(minutes=minutes)
    record = {"account": f"bc-pc{r.rng.randint(1, 4)}", "start": f"{start:%H:%M}", "end": f"{r.now:%H:%M}"}
    if r.rng.random() < 0.5:
        return {"seconds": minutes * 60 - r.rng.randint(0, 59)}, record
    return {"minutes": minutes}, record


def _courier(r: Requests, rule):
    grams = r.rng.choice((150, 300, 480, 500, 750, 1000, 1200, 2500, 4800, 9000)) + r.rng.randint(0, 90)
    prefix, carrier = r.rng.choice(CARRIERS)
    record = {"carrier": carrier, "waybill": f"{prefix}{r.rng.randrange(10**10):010d}"}
    if r.rng.random() < 0.6:
        return {"region": r.rng.choice(COURIER_REGIONS), "grams": grams}, record
    return {"destination": r.option(rule, "domestic"), "grams": grams}, record


def _binding(r: Requests, rule):
    return {"type": r.option(rule, "staple"), "items": r.rng.randint(1, 12)}, {}


def _typing(r: Requests, rule):
    return {"pages": r.pages(3, 20), "language": r.option(rule)}, {"proof_checked": True}


def _translation(r: Requests, rule):
    return ({"words": r.rng.choice((300, 800, 1200, 2500, 4000, 9000)) + r.rng.randint(0, 499),
             "pair": r.option(rule, rule.get("default"))}, {"due": "next day / 次日"})


def _secretarial(r: Requests, rule):
    if r.rng.random() < 0.5:
        return {"hours": r.rng.randint(1, 4)}, {}
    return {"minutes": r.rng.randint(20, 300)}, {}


def _meeting_room(r: Requests, rule):
    params = {"room": r.option(rule)}
    if r.rng.random() < 0.5:
        params["hours"] = r.rng.randint(1, 8)
    else:
        params["minutes"] = r.rng.randint(45, 480)
    return params, {"booked_by_phone": r.rng.random() < 0.5}


def _equipment(r: Requests, rule):
    return {"item": r.option(rule), "days": r.rng.randint(1, 3), "units": r.rng.choice((1, 1, 1, 2, 4))}, {}


def _ticket_fee(r: Requests, rule):
    route = r.rng.choice(ROUTES)
    kind = r.option(rule, "domestic" if route.endswith(("SHA", "CAN", "SZX", "CTU")) else "international")
    return ({"kind": kind, "tickets": r.rng.choice((1, 1, 1, 2, 3))},
            {"route": route, "id_checked": True, "paid_before_issue": True})


_BUILDERS: dict[str, Callable[[Requests, dict], tuple[dict, dict]]] = {
    "fax_out": _fax_out, "fax_in": _fax_in, "copy": _copy, "print": _print, "scan": _scan, "phone": _phone,
    "internet": _internet, "courier": _courier, "binding": _binding, "typing": _typing,
    "translation": _translation, "secretarial": _secretarial, "meeting_room": _meeting_room,
    "equipment": _equipment, "ticket_fee": _ticket_fee,
}
