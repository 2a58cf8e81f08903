"""Demo data: the staff, counters, price list and in-house guests a trial or a training session needs.

Installing is idempotent — what exists is left alone and only what is missing is added — so
`bizcenter demo` can be run on every start of a demo machine. The guests come through the front
office's own import (`resources/demo_guests.csv`), with arrival and departure moved so that they are
in house on the given day (the same day always gives the same dates).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from .db import unit_of_work
from .models import Counter, Staff, Stay
from .pricing.catalogue import RESOURCES
from .workflows.catalogue import install_default_pricelist
from .workflows.directory import seed_examples as seed_directory
from .workflows.travel_board import add_travel_rates
from .workflows.frontoffice import import_guests
from .workflows.staff import add_counter, add_staff

GUESTS_CSV = RESOURCES / "demo_guests.csv"


@dataclass(frozen=True)
class DemoStaff:
    code: str
    name: str
    role: str
    pin: str
    language: str


# The README's "Demo staff" table lists these; change both together.
DEMO_STAFF = (
    DemoStaff("C01", "李娜", "clerk", "1111", "zh"),
    DemoStaff("C02", "王芳", "clerk", "2222", "zh"),
    DemoStaff("C03", "Tom Baker", "clerk", "3333", "en"),
    DemoStaff("C04", "陈静", "clerk", "4444", "zh"),
    DemoStaff("C05", "刘洋", "clerk", "5555", "zh"),
    DemoStaff("C06", "Anna Schmidt", "clerk", "6666", "en"),
    DemoStaff("C07", "赵敏", "clerk", "7777", "zh"),
    DemoStaff("C08", "周杰", "clerk", "8888", "zh"),
    DemoStaff("S01", "王强", "supervisor", "9191", "zh"),
    DemoStaff("S02", "Maria Santos", "supervisor", "9292", "en"),
    DemoStaff("A01", "系统管理员 Admin", "admin", "9999", "zh"),
)
DEMO_COUNTERS = (
    ("BC1", "商务中心 1 号柜台", "Business Centre Counter 1"),
    ("BC2", "商务中心 2 号柜台", "Business Centre Counter 2"),
    ("BC3", "商务中心 3 号柜台", "Business Centre Counter 3"),
)
ADMIN = "A01"


@dataclass(frozen=True)
class DemoInstalled:
    price_list: bool
    counters: tuple[str, ...]
    staff: tuple[str, ...]
    guests: int
    directory: int = 0  # example entries of the city directory

    @property
    def changed(self) -> bool:
        return bool(self.price_list or self.counters or self.staff or self.guests or self.directory)


def install_demo(engine: Engine, today: date) -> DemoInstalled:
    """Add whatever demo data is missing, in one transaction; return what was added."""
    return unit_of_work(engine, lambda session: _install(session, today))


def _install(session: Session, today: date) -> DemoInstalled:
    price_list = install_default_pricelist(session) is not None
    have = set(session.scalars(select(Counter.code)))
    counters = tuple(code for code, zh, en in DEMO_COUNTERS if code not in have and add_counter(session, code, zh, en))
    have = set(session.scalars(select(Staff.code)))
    staff = tuple(s.code for s in DEMO_STAFF if s.code not in have
                  and add_staff(session, s.code, s.name, s.role, s.pin, s.language))
    guests = _install_guests(session, today)
    admin_id = session.scalar(select(Staff.id).where(Staff.code == ADMIN))
    if price_list:  # the demo's VIPs can be charged for their car, greeting, fast track and lounge
        add_travel_rates(session, admin_id)
    return DemoInstalled(price_list, counters, staff, guests, seed_directory(session, admin_id))


def _install_guests(session: Session, today: date) -> int:
    """The demo guests through the front office's own import, unless their folios are already there."""
    rows = shifted_guest_rows(today)
    folios = [r["folio"] for r in rows]
    if session.scalar(select(Stay.id).where(Stay.external_ref.in_(folios)).limit(1)) is not None:
        return 0
    admin_id = session.scalar(select(Staff.id).where(Staff.code == ADMIN))
    return import_guests(session, admin_id, rows).created


def shifted_guest_rows(today: date) -> list[dict[str, str]]:
    """The demo CSV's rows with every arrival and departure moved by the same number of days, so that
    the last in-house guest to arrive arrives `today` (everyone in house is then in house today, and the
    checked-out ones left before). The same `today` always gives the same dates."""
    with GUESTS_CSV.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    in_house = [r for r in rows if r.get("status", "").strip() in ("", "in_house")]
    shift = today - max(date.fromisoformat(r["arrival"]) for r in in_house)
    for r in rows:
        for column in ("arrival", "departure"):
            r[column] = (date.fromisoformat(r[column]) + shift).isoformat()
    return rows
