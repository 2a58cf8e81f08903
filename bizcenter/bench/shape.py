"""The bench's business centre: three counters and their staff, the services guests buy (priced once
by the real tariff rules, so names, amounts and business records look like the workflows' own), and a
300-room hotel whose stays come and go over the period.

Staff get cheap Argon2 parameters: nothing in the bench signs in, and a real hash costs 50 ms each.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.engine import Engine

from ..db import unit_of_work
from ..errors import InvalidInput
from ..models import PriceItemRow, Staff
from ..pricing import load_default_pricelist, load_default_zones, price
from ..workflows.catalogue import install_default_pricelist
from ..workflows.guests import name_key
from ..workflows.staff import add_counter

COUNTERS = (("BC1", "商务中心 1 号柜台", "Business Centre 1"), ("BC2", "商务中心 2 号柜台", "Business Centre 2"),
            ("BC3", "行政楼层商务中心", "Executive floor business centre"))
CLERK_NAMES = ("李娜", "Tom Baker", "陈静", "刘洋", "Maria Lopez", "赵敏", "孙磊", "周杰", "吴芳")
SUPERVISOR_NAMES = ("王强", "Anna Schmidt")
ROOMS = tuple(f"{floor:02d}{n:02d}" for floor in range(3, 18) for n in range(1, 21))  # 300 rooms

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
          "秀英", "霞", "平", "刚", "桂英", "建华", "文", "华", "红", "玉兰", "志强", "海燕")
_FIRST = ("John", "Jane", "Hans", "Anna", "Pierre", "Marie", "Kenji", "Yuki", "Carlos", "Sofia", "David",
          "Emma", "Michael", "Laura", "Lars", "Ingrid", "Ahmed", "Fatima", "Olga", "Ivan")
_LAST = ("Smith", "Müller", "Dupont", "Tanaka", "García", "Rossi", "Johnson", "Schmidt", "Suzuki", "Kim",
         "Nguyen", "Andersson", "Ivanova", "Brown", "Wilson", "Martin", "Lefèvre", "Becker", "Sato", "O'Brien")
_NUMBERS = ("010 6512 3456", "010 8532 1188", "021 6279 8899", "138 1234 5678", "+852 2123 4567",
            "+1 212 555 0100", "+44 20 7946 0000", "+81 3 1234 5678", "+49 30 12345678")


@dataclass(frozen=True)
class Seeded:
    version_id: int
    counters: tuple[int, ...]
    clerks: dict[int, tuple[int, ...]]  # counter id -> its clerks
    supervisors: tuple[int, ...]


def seed(engine: Engine) -> Seeded:
    """Price list, counters and staff through the ORM, as `init`/`demo` would leave them."""
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)

    def action(session) -> Seeded:
        install_default_pricelist(session)
        version_id = session.scalar(select(PriceItemRow.version_id).limit(1))
        counters = tuple(add_counter(session, *c) for c in COUNTERS)
        people = [(f"C{i + 1:02d}", n, "clerk") for i, n in enumerate(CLERK_NAMES)]
        people += [(f"S{i + 1:02d}", n, "supervisor") for i, n in enumerate(SUPERVISOR_NAMES)]
        ids = {}
        for code, name, role in people:
            row = Staff(code=code, name=name, role=role, pin_hash=cheap.hash("1357"), language="zh")
            session.add(row)
            session.flush()
            ids[code] = row.id
        per = len(CLERK_NAMES) // len(counters)
        clerks = {c: tuple(ids[f"C{i * per + k + 1:02d}"] for k in range(per)) for i, c in enumerate(counters)}
        return Seeded(version_id, counters, clerks, tuple(ids[f"S{i + 1:02d}"] for i in range(2)))

    return unit_of_work(engine, action)


# --- what guests buy ------------------------------------------------------------------------------
@dataclass(frozen=True)
class LineTemplate:
    service: str
    params: dict
    amount_minor: int
    row: tuple  # service_code, name_zh, name_en, unit, quantity, unit_price_minor, amount_minor, price_item_id, detail


def _requests() -> list[tuple[float, str, dict]]:
    """(share of lines, service, request): copying and printing dominate, meeting rooms are rare."""
    out: list[tuple[float, str, dict]] = []

    def add(share: float, service: str, variants: list[dict]) -> None:
        out.extend((share / len(variants), service, v) for v in variants)

    add(22, "copy", [{"pages": p} for p in (1, 2, 3, 5, 10, 20, 40)])
    add(5, "copy", [{"pages": p, "colour": "colour"} for p in (1, 2, 5)] + [{"pages": 2, "size": "A3"}])
    add(20, "print", [{"pages": p} for p in (1, 2, 4, 8, 15, 30)])
    add(5, "print", [{"pages": p, "colour": "colour"} for p in (1, 3, 6)] + [{"pages": 10, "duplex": True}])
    add(10, "fax_out", [{"number": n, "pages": p} for n in _NUMBERS for p in (1, 3)])
    add(5, "fax_in", [{"pages": p} for p in (1, 2, 3, 6)])
    add(8, "scan", [{"pages": p} for p in (1, 3, 5, 10)])
    add(8, "internet", [{"minutes": m} for m in (20, 45, 70, 120)])
    add(5, "phone", [{"number": n, "seconds": s} for n in _NUMBERS[::2] for s in (45, 130, 610)])
    add(3, "courier", [{"destination": "local", "grams": 800}, {"destination": "domestic", "grams": 1500},
                       {"region": "US", "grams": 500}, {"region": "HK", "grams": 2500}])
    add(3, "binding", [{"type": t, "items": n} for t in ("staple", "comb") for n in (1, 3)])
    add(1, "typing", [{"pages": 2, "language": "en"}, {"pages": 1, "language": "zh"}])
    add(0.5, "translation", [{"words": 800}, {"words": 2500}])
    add(0.5, "secretarial", [{"hours": 1}, {"hours": 3}])
    add(0.5, "meeting_room", [{"room": "small", "hours": 2}, {"room": "boardroom", "hours": 3}])
    add(0.3, "equipment", [{"item": "projector", "days": 1}, {"item": "laptop", "days": 2}])
    add(0.2, "ticket_fee", [{"kind": "domestic"}, {"kind": "international"}])
    return out


def line_templates(engine: Engine, version_id: int) -> tuple[list[LineTemplate], list[float]]:
    """Every request priced once; returns the templates and their cumulative weights for `choices`."""
    item_ids = unit_of_work(engine, lambda s: dict(s.execute(
        select(PriceItemRow.code, PriceItemRow.id).where(PriceItemRow.version_id == version_id)).all()))
    items = {i.code: i for i in load_default_pricelist()}
    zones = load_default_zones()
    templates, weights = [], []
    for share, service, params in _requests():
        try:
            c = price(items[service], params, zones)
        except InvalidInput:  # a request the shipped rates no longer accept: leave it out
            continue
        row = (c.service_code, c.name_zh, c.name_en, c.unit, c.quantity, c.unit_price_minor, c.amount_minor,
               item_ids[service], json.dumps(c.detail))
        templates.append(LineTemplate(service, params, c.amount_minor, row))
        weights.append(share)
    cumulative, total = [], 0.0
    for w in weights:
        total += w
        cumulative.append(total)
    return templates, cumulative


# --- the hotel ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StayPlan:
    id: int
    room: str
    arrival: date
    departure: date
    vip: bool
    no_post: bool
    credit_limit_minor: int | None
    guests: tuple[tuple[str, str], ...]  # (name as registered, name_key)


def guest_name(rng: random.Random) -> str:
    if rng.random() < 0.55:
        return rng.choice(_SURNAMES) + rng.choice(_GIVEN)
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    form = rng.random()
    if form < 0.5:
        return f"{first} {last}"
    if form < 0.7:
        return f"{last.upper()}, {first}"
    return f"{rng.choice(('Mr', 'Ms', 'Dr'))} {first} {last}"


def plan_stays(rng: random.Random, first: date, last: date) -> list[StayPlan]:
    """Back-to-back stays of one to seven nights per room, about 70 % occupied, ids in arrival order."""
    raw = []
    for room in ROOMS:
        t = first - timedelta(days=rng.randint(0, 6))
        while True:
            arrival = t + timedelta(days=0 if rng.random() < 0.55 else rng.randint(1, 4))
            if arrival > last:
                break
            nights = rng.choices((1, 2, 3, 4, 5, 6, 7), (30, 25, 18, 10, 8, 5, 4))[0]
            raw.append((arrival, room, nights))
            t = arrival + timedelta(days=nights)
    raw.sort()
    stays = []
    for i, (arrival, room, nights) in enumerate(raw, start=1):
        guests = tuple(guest_name(rng) for _ in range(1 if rng.random() < 0.75 else 2))
        limit = rng.choice((200_000, 500_000, 1_000_000)) if rng.random() < 0.15 else None
        stays.append(StayPlan(i, room, arrival, arrival + timedelta(days=nights), rng.random() < 0.05,
                              rng.random() < 0.03, limit, tuple((g, name_key(g)) for g in guests)))
    return stays
