"""A small business-centre "world" for the core tests, and the steps a test takes in it.

`build_world(engine)` seeds one database: the default price list, counters BC1 and BC2, two clerks,
two supervisors, a handful of in-house (and one checked-out) stays, and an open shift for each clerk
(C01 at BC1, C02 at BC2). Time is a fake clock in the hotel's zone (Asia/Shanghai) starting at
09:00 on 2026-03-10, one minute per action, so business days never depend on when the tests run.

Every step goes through `unit_of_work`, as a front end would: one action, one transaction.
PIN hashes are real Argon2id, with cheap parameters so that approvals cost microseconds (the stored
hash carries its parameters, so `check_credentials` verifies them as it would any other).
"""
from __future__ import annotations

import copy
import functools
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from argon2 import PasswordHasher
from sqlalchemy import select, text
from sqlalchemy.engine import Engine

from bizcenter.db import unit_of_work
from bizcenter.errors import DomainError
from bizcenter.models import Base, Staff, Stay, StayGuest
from bizcenter.verify import verify
from bizcenter.services import find
from bizcenter.workflows import counter, shift, staff
from bizcenter.workflows.catalogue import install_default_pricelist
from bizcenter.workflows.counter import LineRequest, PaymentRequest, SaleDraft
from bizcenter.workflows.guests import name_key
from bizcenter.workflows.staff import Credentials, Operator

SH = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 3, 10, 9, 0, tzinfo=SH)
DAY = date(2026, 3, 10)
FLOAT = 50_000  # ¥500.00 in the drawer at shift start

CLERK = Credentials("C01", "1357")
CLERK2 = Credentials("C02", "2468")
SUP = Credentials("S01", "9753")
SUP2 = Credentials("S02", "8642")
PEOPLE = {CLERK: ("李娜", "clerk"), CLERK2: ("Tom Baker", "clerk"), SUP: ("王强", "supervisor"),
          SUP2: ("Anna Schmidt", "supervisor")}

# room: (guests, status, no_post, credit limit)
STAYS = {
    "1208": (("Müller, Hans",), "in_house", False, 500_000),
    "0808": (("张三",), "in_house", False, None),
    "1501": (("Mr John Smith", "Mrs Jane Smith"), "in_house", False, None),
    "0606": (("Li Lei",), "checked_out", False, None),
    "0707": (("Han Meimei",), "in_house", True, None),
    "0909": (("Wang Fang",), "in_house", False, 10_000),
}

_cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@functools.cache
def _hash(pin: str) -> str:
    return _cheap.hash(pin)


class Clock:
    """Hands out strictly increasing aware instants, one minute apart."""

    def __init__(self, start: datetime = T0):
        self.t = start

    def __call__(self) -> datetime:
        self.t += timedelta(minutes=1)
        return self.t

    def set(self, when: datetime) -> None:
        self.t = when


@dataclass
class World:
    engine: Engine
    clock: Clock
    c1: int
    c2: int
    clerk: Operator
    clerk2: Operator
    sup_id: int
    sup2_id: int
    stays: dict[str, int]
    shifts: dict[Operator, int] = field(default_factory=dict)

    def run(self, action):
        return unit_of_work(self.engine, action)


def _seed(session, clock_start: datetime) -> dict:
    install_default_pricelist(session)
    c1 = staff.add_counter(session, "BC1", "商务中心 1 号柜台", "Business Centre 1")
    c2 = staff.add_counter(session, "BC2", "商务中心 2 号柜台", "Business Centre 2")
    ids = {}
    for creds, (name, role) in PEOPLE.items():
        row = Staff(code=creds.code, name=name, role=role, pin_hash=_hash(creds.pin), language="zh")
        session.add(row)
        session.flush()
        ids[creds.code] = row.id
    stays = {}
    day = clock_start.date()
    for room, (names, status, no_post, limit) in STAYS.items():
        stay = Stay(room=room, arrival=day - timedelta(days=2), departure=day + timedelta(days=3), status=status,
                    no_post=no_post, credit_limit_minor=limit)
        for n in names:
            stay.guests.append(StayGuest(name=n, name_key=name_key(n)))
        session.add(stay)
        session.flush()
        stays[room] = stay.id
    return {"c1": c1, "c2": c2, "ids": ids, "stays": stays}


def build_world(engine: Engine, *, start: datetime = T0, open_shifts: bool = True) -> World:
    seeded = unit_of_work(engine, lambda s: _seed(s, start))
    ids = seeded["ids"]
    w = World(engine, Clock(start), seeded["c1"], seeded["c2"], Operator(ids["C01"], seeded["c1"]),
              Operator(ids["C02"], seeded["c2"]), ids["S01"], ids["S02"], seeded["stays"])
    if open_shifts:
        open_shift(w, w.clerk)
        open_shift(w, w.clerk2)
    return w


# --- requests ----------------------------------------------------------------------------------------
def line(service: str, **params) -> LineRequest:
    """A request as a clerk who followed the procedure keys it: the checks its service needs are ticked
    (test copy, proof, number read back); tests of the checks themselves build their `LineRequest`."""
    return LineRequest(service, params, record=find(service).followed(params) if find(service) else {})


def copies(pages: int = 10, **params) -> LineRequest:
    """A4 black-and-white copying: ¥2.00 a page on the default price list."""
    return line("copy", pages=pages, **params)


def cash(amount: int, tendered: int | None = None) -> PaymentRequest:
    return PaymentRequest("cash", amount, tendered_minor=tendered)


def card(amount: int, last4: str = "4242", approval: str = "A1B2C3") -> PaymentRequest:
    return PaymentRequest("card", amount, card_last4=last4, card_approval=approval)


def room(amount: int, room_no: str, name: str) -> PaymentRequest:
    return PaymentRequest("room", amount, room=room_no, guest_name=name)


# --- actions -----------------------------------------------------------------------------------------
def total_of(w: World, lines) -> int:
    return w.run(lambda s: counter.quote(s, tuple(lines), w.clock.t)).total_minor


def sell_action(w: World, op: Operator, lines, payments=None, *, draft_key=None, approval=None, at=None):
    """The settle action itself (for `refused`); payments default to exact cash."""
    lines = tuple(lines)
    if payments is None:
        payments = (cash(total_of(w, lines)),)
    draft = SaleDraft(lines, tuple(payments), draft_key, approval)
    when = at or w.clock()
    return lambda s: counter.settle(s, op, draft, when)


def sell(w: World, op: Operator, lines, payments=None, **kw):
    return w.run(sell_action(w, op, lines, payments, **kw))


def open_shift(w: World, op: Operator, float_minor: int = FLOAT, *, ack: int | None | str = "auto", at=None):
    """Open a shift; `ack="auto"` acknowledges whatever handover is pending at that counter."""
    when = at or w.clock()

    def action(s):
        acknowledge = ack
        if ack == "auto":
            pending = shift.pending_handover(s, op.counter_id)
            acknowledge = pending.shift_id if pending else None
        return shift.open_shift(s, op, float_minor, acknowledge, when)

    info = w.run(action)
    w.shifts[op] = info.id
    return info


def counts_for(amount: int, denominations=(10000, 5000, 2000, 1000, 500, 100, 50, 10)) -> dict[int, int]:
    """Notes and coins for an amount (to the 10-fen coin below it), as a clerk would count them."""
    out = {}
    for d in denominations:
        out[d], amount = divmod(max(amount, 0), d)
    return {d: q for d, q in out.items() if q}


def expected_cash(w: World, shift_id: int) -> int:
    from bizcenter.models import Shift

    return w.run(lambda s: shift.expected_cash(s, s.get(Shift, shift_id)))


def close_shift(w: World, op: Operator, *, off_by: int = 0, note: str = "", approval=None, reason=None,
                at=None):
    """Blind-count the drawer (its true content plus `off_by`) and close the operator's shift."""
    shift_id = w.shifts[op]
    counted = w.run(lambda s: shift.count_cash(s, op, shift_id, counts_for(expected_cash(w, shift_id) + off_by),
                                               at or w.clock()))
    info = w.run(lambda s: shift.close_shift(s, op, shift_id, note, approval, reason, at or w.clock()))
    return counted, info


def prepare_close(w: World, day: date = DAY, at=None) -> None:
    """What the supervisor does before the day close: each variance approved (by S02 for S01's own
    shift), each voucher ticked, the day's room charges exported and the batch confirmed."""
    from bizcenter.workflows import exports, reconcile
    from bizcenter.workflows.frontoffice import export_postings

    at = at or w.clock()
    check = w.run(lambda s: reconcile.day_check(s, w.sup_id, day))
    for line in check.unapproved:
        who = w.sup2_id if line.clerk_id == w.sup_id else w.sup_id
        w.run(lambda s: reconcile.approve_variance(s, who, line.shift_id, "counted again", at))
    for v in check.missing:
        w.run(lambda s: reconcile.tick_voucher(s, w.sup_id, v.posting_id, True, at))
    batch = w.run(lambda s: export_postings(s, w.sup_id, day, at=at)).batch
    if batch:
        w.run(lambda s: exports.confirm_batch(s, None, batch, at))


def close_day(w: World, day: date = DAY, at=None, *, staff_id: int | None = None):
    """The day close as a supervisor does it: `prepare_close`, then the one close, confirming the close
    of a day still running (the fake clock is usually on that day)."""
    from bizcenter.workflows import dayclose

    prepare_close(w, day, at)
    return w.run(lambda s: dayclose.close_day(s, staff_id or w.sup_id, day, at or w.clock(), running_day=True))


# --- observations ------------------------------------------------------------------------------------
TABLES = tuple(sorted(Base.metadata.tables))


def snapshot(engine: Engine) -> dict:
    """Row counts of every table and the value of every number sequence: 'nothing written' = equal."""
    with engine.connect() as conn:
        shot = {t: conn.execute(text(f'SELECT COUNT(*) FROM "{t}"')).scalar_one() for t in TABLES}
        shot["<sequences>"] = dict(conn.execute(text("SELECT name, last_value FROM number_sequence")).all())
    return shot


def assert_bilingual(err: DomainError) -> None:
    zh, en = err.message("zh"), err.message("en")
    assert zh and en and zh != en, (zh, en)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), zh
    assert "{" not in zh + en, f"unfilled template: {zh} / {en}"


def refused(w: World, action, code: str | None = None, *, may_change=()) -> DomainError:
    """Run `action` in a unit of work, expect a bilingual refusal with `code`, and nothing written
    (apart from the tables in `may_change`, e.g. the audit log of a failed PIN)."""
    before = snapshot(w.engine)
    try:
        w.run(action)
    except DomainError as exc:
        err = exc
    else:
        raise AssertionError(f"expected a refusal {code or ''}, but the action went through")
    assert code is None or err.code == code, f"expected {code}, got {err.code}: {err.message('en')}"
    assert_bilingual(err)
    after = snapshot(w.engine)
    if "audit_log" in may_change:  # an audit entry is a ledger record: it brings its link in the hash chain
        may_change = (*may_change, "ledger_chain")
    for t in may_change:
        before.pop(t), after.pop(t)
    assert after == before, "a refused action wrote something"
    return err


def ledger_breaches(engine: Engine) -> list:
    return unit_of_work(engine, verify)


def audit_actions(w: World) -> list[str]:
    from bizcenter.models import AuditEntry

    return w.run(lambda s: list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id))))


def all_text(engine: Engine) -> list[str]:
    """Every value of every row of every table, as text (JSON columns included)."""
    out = []
    with engine.connect() as conn:
        for t in TABLES + ("alembic_version",):
            for row in conn.execute(text(f'SELECT * FROM "{t}"')):
                out.extend(str(v) for v in row)
    return out


def variant_pricelist(code: str, change) -> list:
    """The default price list with one item's rule changed by `change(rule)` (a deep copy)."""
    from bizcenter.pricing import PriceItem, load_default_pricelist

    items = []
    for item in load_default_pricelist():
        rule = copy.deepcopy(item.rule)
        if item.code == code:
            change(rule)
        items.append(PriceItem(item.code, item.name_zh, item.name_en, item.unit, rule))
    return items
