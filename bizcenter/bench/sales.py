"""Selling on two fresh days after the history of each database (the quarter copy and the full one):
the core settles one sale per unit of work on day A (a shift opened through the workflow), plain SQL
writes the same rows for the same bills on day B at another counter. Turn about, one sale each and
database by database, so all meet the same WAL checkpoints and disk moments; and who goes first takes
turns too. The first writer after the other connection's commit pays more: with plain SQL on both
sides, the side that always went first measured 0.36 ms against 0.27 ms, alternating 0.306 against
0.304. Then each day's shift is counted and closed, and each day closed, the core's way and the plain way.
"""
from __future__ import annotations

import json
import random
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine

from ..db import unit_of_work
from ..models import Shift
from ..services import find
from ..workflows.counter import settle
from ..workflows.lines import LineRequest, PaymentRequest, SaleDraft, quote
from ..workflows.numbers import receipt_sequence
from ..workflows.settings import DEFAULTS
from ..workflows.shift import close_shift, count_cash, expected_cash, open_shift, pending_handover
from ..workflows.staff import Operator
from . import reference
from .fill import DENOMINATIONS, FLOAT_MINOR, History
from .measure import Figure, Point, close_pair, stamp, timed
from .shape import StayPlan

TZ = ZoneInfo(DEFAULTS["timezone"])


def local(d: date, hours: float) -> datetime:
    return datetime.combine(d, time(0), tzinfo=TZ) + timedelta(hours=hours)


def selling_time(d: date, i: int, n: int) -> datetime:
    """The i-th of n sales, spread over 08:00–14:30 (the shift is counted at 15:00)."""
    return local(d, 8 + 6.5 * i / n)


@dataclass(frozen=True)
class Bill:
    draft: SaleDraft
    plain: reference.PlainSale


def _payments(rng: random.Random, total: int, stays: list, cash_due: int | None = None
              ) -> tuple[tuple[PaymentRequest, ...], tuple]:
    """Cash 45 % (`cash_due`: the total rounded to the cash unit), card 35 %, room 20 % (to a guest with no
    credit limit, so none is refused)."""
    r = rng.random()
    if r < 0.45:
        cash = total if cash_due is None else cash_due
        tendered = -(-cash // 10_000) * 10_000
        return (PaymentRequest("cash", cash, tendered_minor=tendered),), (
            ("cash", cash, tendered, tendered - cash, None, None, None, None, None),)
    if r < 0.80 or not stays:
        last4 = f"{rng.randrange(10_000):04d}"
        return (PaymentRequest("card", total, card_last4=last4, card_approval="A1B2C3"),), (
            ("card", total, None, None, last4, "A1B2C3", None, None, None),)
    stay = rng.choice(stays)
    guest = rng.choice(stay.guests)[0]
    return (PaymentRequest("room", total, room=stay.room, guest_name=guest),), (
        ("room", total, None, None, None, None, stay.id, stay.room, guest),)


def bills(engine: Engine, history: History, stays: list[StayPlan], n: int, rng: random.Random,
          plain_shift: tuple[int, int, int], day: date) -> list[Bill]:
    """`n` bills of one to three lines; each priced once by `quote` (untimed) for the plain rows."""
    stays = [s for s in stays if not s.no_post and s.credit_limit_minor is None]
    counter, shift_id, clerk = plain_shift
    out = []

    def price_all(session):
        for i in range(n):
            size = rng.choices((1, 2, 3), (50, 35, 15))[0]
            picked = rng.choices(history.templates, cum_weights=history.weights, k=size)
            requests = tuple(LineRequest(t.service, dict(t.params), record=_followed(t.service, t.params))
                             for t in picked)
            q = quote(session, requests)
            payments, plain_payments = _payments(rng, q.total_minor, stays, q.cash_due())
            rounding = q.cash_due() - q.total_minor if payments[0].method == "cash" else 0  # 抹零
            lines = tuple((k, l.charge.service_code, l.charge.name_zh, l.charge.name_en, l.charge.unit,
                           l.charge.quantity, l.charge.unit_price_minor, l.charge.amount_minor, l.amount_minor,
                           l.price_item_id, json.dumps(l.charge.detail)) for k, l in enumerate(q.lines, start=1))
            head = (counter, None, shift_id, clerk, day.isoformat(), stamp(selling_time(day, i, n)), q.currency,
                    q.price_list_version_id, q.service_charge_pct, q.tax_pct, q.subtotal_minor,
                    q.service_charge_minor, q.tax_minor, q.total_minor + rounding, rounding, uuid.uuid4().hex)
            out.append(Bill(SaleDraft(requests, payments, draft_key=uuid.uuid4().hex),
                            reference.PlainSale(receipt_sequence(counter), head, lines, plain_payments,
                                                day.isoformat(), head[5])))

    unit_of_work(engine, price_all)
    return out


def _counts(amount: int) -> dict[int, int]:
    counts, rest = {}, amount - amount % 10
    for d in DENOMINATIONS:
        counts[d], rest = rest // d, rest % d
    return counts


def _open_core_shift(engine: Engine, op: Operator, day: date) -> int:
    def action(s):
        handover = pending_handover(s, op.counter_id)
        return open_shift(s, op, FLOAT_MINOR, handover.shift_id if handover else None, at=local(day, 7.5)).id

    return unit_of_work(engine, action)


def _close_core_shift(engine: Engine, op: Operator, shift_id: int, day: date) -> None:
    def action(s):
        expected = expected_cash(s, s.get(Shift, shift_id))
        count_cash(s, op, shift_id, _counts(expected), at=local(day, 15.0))
        close_shift(s, op, shift_id, "", at=local(day, 15.1))

    unit_of_work(engine, action)


def _open_plain_shift(con: sqlite3.Connection, counter: int, clerk: int, day: date) -> int:
    con.execute("BEGIN IMMEDIATE")
    sid = con.execute("INSERT INTO shift (counter_id, clerk_id, business_date, status, opened_at, float_minor) "
                      "VALUES (?,?,?,?,?,?)", (counter, clerk, day.isoformat(), "open", stamp(local(day, 7.5)),
                                               FLOAT_MINOR)).lastrowid
    con.execute("COMMIT")
    return sid


def _close_plain_shift(con: sqlite3.Connection, shift_id: int, day: date) -> None:
    con.execute("BEGIN IMMEDIATE")
    expected = FLOAT_MINOR + con.execute(
        "SELECT coalesce(sum(p.amount_minor), 0) FROM payment p JOIN sale s ON s.id = p.sale_id "
        "WHERE s.shift_id = ? AND p.method = 'cash'", (shift_id,)).fetchone()[0]
    counts = _counts(expected)
    counted = sum(d * q for d, q in counts.items())
    con.executemany("INSERT INTO cash_count (shift_id, attempt, denomination_minor, quantity) VALUES (?,1,?,?)",
                    [(shift_id, d, q) for d, q in counts.items()])
    con.execute("UPDATE shift SET status = 'closed', counted_at = ?, counted_minor = ?, expected_minor = ?, "
                "variance_minor = ?, handover_note = '', closed_at = ? WHERE id = ?",
                (stamp(local(day, 15.0)), counted, expected, counted - expected, stamp(local(day, 15.1)), shift_id))
    con.execute("COMMIT")


@dataclass
class BenchDay:
    """One database's bench day: the core's shift on day A, the plain shift on day B, the bills."""

    point: Point
    op: Operator
    core_shift: int
    plain_shift: int
    bills: list[Bill]
    settle: Figure
    close: Figure


def _prepare(point: Point, history: History, settles: int, warmup: int, seed: int) -> BenchDay:
    seeded = point.seeded
    core_counter, plain_counter = seeded.counters[0], seeded.counters[1]
    op = Operator(seeded.clerks[core_counter][0], core_counter)
    plain_clerk = seeded.clerks[plain_counter][0]
    day_a, day_b = point.bench_day, point.bench_day + timedelta(days=1)
    core_shift = _open_core_shift(point.engine, op, day_a)
    plain_shift = _open_plain_shift(point.con, plain_counter, plain_clerk, day_b)
    todo = bills(point.engine, history, point.stays, warmup + settles, random.Random(seed),
                 (plain_counter, plain_shift, plain_clerk), day_b)
    return BenchDay(point, op, core_shift, plain_shift, todo,
                    Figure(f"settle one sale{point.suffix}", f"{settles} sales of 1–3 lines, cash/card/room",
                           percentile=True),
                    Figure(f"day close, bench day{point.suffix}"))


def sell_and_close(points: list[Point], history: History, settles: int, warmup: int,
                   seed: int) -> tuple[list[Figure], list[Figure]]:
    """Settle figures (median and p99) and the bench day's close, for each point; all sides take turns."""
    desks = [_prepare(p, history, settles, warmup, seed) for p in points]
    for i in range(warmup + settles):
        for d in desks:
            bill, engine, op = d.bills[i], d.point.engine, d.op
            at = selling_time(d.point.bench_day, i, len(d.bills))
            if i % 2:  # who goes first takes turns (see the module's docstring)
                ms_plain, _ = timed(lambda: reference.settle(d.point.con, bill.plain))
            ms_core, receipt = timed(lambda: unit_of_work(engine, lambda s: settle(s, op, bill.draft, at)))
            if not i % 2:
                ms_plain, _ = timed(lambda: reference.settle(d.point.con, bill.plain))
            if receipt.total_minor != bill.plain.head[13]:
                raise AssertionError(f"settle priced {receipt.total_minor}, the plain rows {bill.plain.head[13]}")
            if i >= warmup:
                d.settle.add(ms_core, ms_plain, bill.draft.payments[0].method)
    for d in desks:
        day_a = d.point.bench_day
        _close_core_shift(d.point.engine, d.op, d.core_shift, day_a)
        _close_plain_shift(d.point.con, d.plain_shift, day_a + timedelta(days=1))
        n = close_pair(d.point, d.close, day_a, day_a + timedelta(days=1), d.point.seeded.supervisors[0],
                       lambda day: local(day, 23.5))
        d.close.what = f"{n} sales"
    return [d.settle for d in desks], [d.close for d in desks]


def _followed(code: str, params: dict) -> dict:
    """A clerk who followed the service's procedure: every check it needs ticked."""
    s = find(code)
    return s.followed(params) if s else {}
