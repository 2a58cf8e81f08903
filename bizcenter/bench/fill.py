"""A year of history written with executemany, one transaction per business day.

It leaves what the workflows would leave, without going through them (250,000 sales through the ORM
would take most of an hour): each counter works two or three shifts a day with gapless receipt
numbers, sales of one to three lines paid in cash, by card or to a room (with the folio posting and a
voucher), a few voids and refunds mirroring their originals with a supervisor's approval, blind counts
and handovers, each day's variances approved, vouchers ticked and room charges in a confirmed export
batch (what the close asks for), and each day closed with its summary. The database refuses rows dated a closed day, so
a day's rows go in before its `business_day` row; `fill(..., close=False)` leaves days open for the
bench to close itself. Foreign keys are off and synchronous is OFF on this connection only: it is a
scratch file, and `tests/core/test_bench.py` runs `verify` and the foreign-key check over the result.
"""
from __future__ import annotations

import json
import random
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from ..workflows.lines import totals
from ..workflows.numbers import VOUCHER_SEQUENCE, format_voucher, receipt_sequence
from ..workflows.settings import DEFAULTS, Settings
from . import reference
from .shape import LineTemplate, Seeded, StayPlan, plan_stays

SETTINGS = Settings(dict(DEFAULTS))
FLOAT_MINOR = 50_000
VOID_RATE, REFUND_RATE, DISCOUNT_RATE = 0.01, 0.002, 0.005
DENOMINATIONS = tuple(DEFAULTS["denominations_minor"])
COUNTER_SHARE = (0.45, 0.33, 0.22)
# (opens, closes) in hours after local midnight, and each shift's share of the counter's sales
SHIFTS = {3: (((7.0, 15.0), (15.0, 23.0), (23.0, 31.0)), (0.5, 0.4, 0.1)),
          2: (((7.5, 15.5), (15.5, 23.5)), (0.55, 0.45))}
VOID_REASONS = ("客人取消 guest cancelled", "录错项目 wrong item", "重复录入 entered twice")
REFUND_REASONS = ("客人投诉 guest complaint", "多收 overcharged")
_CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

def _insert(table: str, columns: str) -> str:
    names = columns.split()
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


SALE_SQL = _insert("sale", "id counter_id receipt_no shift_id clerk_id business_date posted_at kind reverses_id "
                           "reason approved_by currency price_list_version_id service_charge_pct tax_pct "
                           "subtotal_minor service_charge_minor tax_minor total_minor draft_key")
LINE_SQL = _insert("sale_line", "id sale_id line_no service_code name_zh name_en unit quantity unit_price_minor "
                                "list_amount_minor discount_minor amount_minor override approved_by approval_reason "
                                "price_item_id detail")
PAYMENT_SQL = _insert("payment", "id sale_id seq method amount_minor tendered_minor change_minor card_last4 "
                                 "card_approval stay_id room guest_name voucher_no")
POSTING_SQL = _insert("posting", "id stay_id payment_id sale_id room guest_name voucher_no amount_minor "
                                 "business_date posted_at")
SHIFT_SQL = _insert("shift", "id counter_id clerk_id business_date status opened_at float_minor "
                             "acknowledged_shift_id counted_at counted_minor expected_minor variance_minor "
                             "variance_approved_by variance_reason handover_note closed_at")
COUNT_SQL = _insert("cash_count", "shift_id attempt denomination_minor quantity")
AUDIT_SQL = _insert("audit_log", "at staff_id counter_id action entity entity_id detail")
DAY_SQL = _insert("business_day", "business_date closed_at closed_by summary")
STAY_SQL = _insert("stay", "id room arrival departure status vip no_post credit_limit_minor external_ref updated_at")
GUEST_SQL = _insert("stay_guest", "stay_id name name_key")


def stamp(t: datetime) -> str:
    """How SQLAlchemy stores a UTC instant in SQLite."""
    return t.isoformat(" ", "microseconds")


def sales_per_day(total: int, days: int, rng: random.Random) -> list[int]:
    """Weekdays busier than weekends, some noise; the counts add up to `total` exactly."""
    weights = [(1.1 if i % 7 < 5 else 0.75) * rng.uniform(0.85, 1.15) for i in range(days)]
    scale = total / sum(weights)
    exact = [w * scale for w in weights]
    counts = [int(x) for x in exact]
    for i in sorted(range(days), key=lambda i: exact[i] - counts[i], reverse=True)[: total - sum(counts)]:
        counts[i] += 1
    return counts


@dataclass
class SaleRec:
    """What a reversal needs of its original."""

    id: int
    receipt_no: int
    sub: int
    service: int
    tax: int
    total: int
    lines: list[tuple]  # (template row, discount)
    payments: list[tuple]  # (method, amount, last4, approval, stay_id, room, guest)
    reversible: bool = True


@dataclass
class _Day:
    """Rows and running figures of the business day being written."""

    d: date
    iso: str
    sales: list = field(default_factory=list)
    lines: list = field(default_factory=list)
    payments: list = field(default_factory=list)
    postings: list = field(default_factory=list)
    shifts: list = field(default_factory=list)
    counts: list = field(default_factory=list)
    audit: list = field(default_factory=list)
    n: Counter = field(default_factory=Counter)
    by_payment: Counter = field(default_factory=Counter)
    by_service: Counter = field(default_factory=Counter)
    total: int = 0
    variance: int = 0
    last_close: datetime | None = None
    refundable: list = field(default_factory=list)


class History:
    def __init__(self, path: Path, seeded: Seeded, templates: tuple[list[LineTemplate], list[float]],
                 sales: int, days: int, start: date, seed: int):
        self.con = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode=WAL", "synchronous=OFF", "foreign_keys=OFF", "cache_size=-65536"):
            self.con.execute(f"PRAGMA {pragma}")
        self.seeded, self.start, self.days = seeded, start, days
        self.templates, self.weights = templates
        self.rng = random.Random(seed)
        self.per_day = sales_per_day(sales, days, self.rng)
        self.stays = plan_stays(self.rng, start, start + timedelta(days=days + 1))
        self.tz = ZoneInfo(SETTINGS.timezone)
        self.next_stay = 0
        self.in_house: dict[int, StayPlan] = {}
        self.balance: Counter = Counter()
        self.ids = Counter()  # table -> last id
        self.receipt = Counter()  # counter id -> last receipt number
        self.voucher = 0
        self.last_shift: dict[int, tuple[int, bool]] = {}  # counter -> (shift id, left a note)
        self.refundable: list[tuple[int, SaleRec]] = []  # (day index, sale) of the last week, not today
        self.made = Counter()
        self.totals: dict[int, tuple[int, int, int]] = {}

    # --- the hotel ------------------------------------------------------------------------------
    def house(self, d: date) -> None:
        """Front-office feed up to day `d`: arrivals inserted, departures checked out."""
        at = stamp(self._utc(d, 14.0))
        stays, guests = [], []
        while self.next_stay < len(self.stays) and self.stays[self.next_stay].arrival <= d:
            s = self.stays[self.next_stay]
            self.next_stay += 1
            status = "in_house" if s.departure > d else "checked_out"
            stays.append((s.id, s.room, s.arrival.isoformat(), s.departure.isoformat(), status, s.vip, s.no_post,
                          s.credit_limit_minor, f"PMS{s.id:08d}", at))
            guests.extend((s.id, name, key) for name, key in s.guests)
            if status == "in_house":
                self.in_house[s.id] = s
        gone = [sid for sid, s in self.in_house.items() if s.departure <= d]
        for sid in gone:
            del self.in_house[sid]
        self.con.executemany(STAY_SQL, stays)
        self.con.executemany(GUEST_SQL, guests)
        self.con.executemany("UPDATE stay SET status = 'checked_out', updated_at = ? WHERE id = ?",
                             [(at, sid) for sid in gone])
        self.made["stays"] += len(stays)
        self.made["guests"] += len(guests)

    def _utc(self, d: date, hours: float) -> datetime:
        local = datetime.combine(d, time(0), tzinfo=self.tz) + timedelta(hours=hours)
        return local.astimezone(timezone.utc).replace(tzinfo=None)

    def _next(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    # --- days -----------------------------------------------------------------------------------
    def fill(self, first: int, stop: int, *, close: bool = True) -> None:
        """Write history days [first, stop); closed with their summary unless `close` is False."""
        for index in range(first, stop):
            d = self.start + timedelta(days=index)
            self.con.execute("BEGIN")
            self.house(d)
            day = _Day(d, d.isoformat())
            self._work(day, index)
            self.refundable.extend(day.refundable)
            self._insert(day)
            if close:
                self._close(day)
            self.con.execute("COMMIT")
            self.made["days"] += 1

    def _work(self, day: _Day, index: int) -> None:
        rng = self.rng
        self.refundable = [e for e in self.refundable if e[0] >= index - 7 and e[1].reversible]
        counters = self.seeded.counters
        plans = {c: SHIFTS[rng.choice((2, 3))] for c in counters}
        slots = [(c, k) for c in counters for k in range(len(plans[c][0]))]
        weights = [COUNTER_SHARE[i % 3] * plans[c][1][k] for i, c in enumerate(counters)
                   for k in range(len(plans[c][0]))]
        load = Counter(rng.choices(range(len(slots)), weights, k=self.per_day[index]))
        chargeable = [s for s in self.in_house.values() if not s.no_post]
        for i, (c, k) in enumerate(slots):
            self._shift(day, index, c, plans[c][0][k], load[i], chargeable)

    def _shift(self, day: _Day, index: int, counter: int, window: tuple[float, float], n: int,
               chargeable: list[StayPlan]) -> None:
        rng = self.rng
        opened = self._utc(day.d, window[0]) + timedelta(minutes=rng.uniform(0, 10))
        closed = self._utc(day.d, window[1]) - timedelta(minutes=rng.uniform(0, 10))
        counted = closed - timedelta(minutes=rng.uniform(1, 5))
        clerk = rng.choice(self.seeded.clerks[counter])
        sid = self._next("shift")
        ctx = (sid, counter, clerk, day)
        span = (counted - opened).total_seconds() - 120
        events = [(opened + timedelta(seconds=60 + rng.random() * span), 0, i) for i in range(n)]
        events.sort()
        for t, _, i in list(events):
            if rng.random() < VOID_RATE:
                events.append((t + (counted - t) * rng.random(), 1, i))
            if rng.random() < REFUND_RATE:
                events.append((opened + timedelta(seconds=60 + rng.random() * span), 2, None))
        events.sort(key=lambda e: e[0])
        recs: dict[int, SaleRec] = {}
        cash = 0
        for t, kind, i in events:
            if kind == 0:
                recs[i] = rec = self._sale(ctx, t, chargeable)
            elif kind == 1:
                rec = self._reverse(ctx, recs[i], "void", t)
            else:
                rec = self._refund(ctx, index, t)
            if rec is not None:
                cash += sum(p[1] for p in rec.payments if p[0] == "cash")
        day.refundable.extend((index, r) for r in recs.values() if r.reversible
                              and all(p[0] != "room" for p in r.payments))
        self._close_shift(day, ctx, opened, counted, closed, FLOAT_MINOR + cash)

    def _sale(self, ctx, t: datetime, chargeable: list[StayPlan]) -> SaleRec:
        rng = self.rng
        sid, counter, clerk, day = ctx
        r = rng.random()
        picked = rng.choices(self.templates, cum_weights=self.weights, k=1 if r < 0.5 else 2 if r < 0.85 else 3)
        lines = []
        for tpl in picked:
            discount = tpl.amount_minor // 10 if rng.random() < DISCOUNT_RATE else 0
            lines.append((tpl.row, discount))
        sub = sum(row[6] - disc for row, disc in lines)
        service, tax, total = self._totals(sub)
        rec = SaleRec(self._next("sale"), self._receipt(counter), sub, service, tax, total, lines, [])
        r = rng.random()
        if r < 0.05 and total >= 200:
            half = total // 2
            rec.payments = [self._cash(half), self._card(total - half)]
        elif r < 0.48:
            rec.payments = [self._cash(total)]
        elif r < 0.80 or not chargeable:
            rec.payments = [self._card(total)]
        else:
            stay = rng.choice(chargeable)
            limit = stay.credit_limit_minor
            if limit is not None and self.balance[stay.id] + total > limit:
                rec.payments = [self._cash(total)]
            else:
                rec.payments = [("room", total, None, None, stay.id, stay.room, rng.choice(stay.guests)[0])]
        self._write(ctx, rec, t, "sale", None, None, None, f"{rng.getrandbits(128):032x}")
        return rec

    def _totals(self, subtotal: int) -> tuple[int, int, int]:
        """`counter.totals`, remembered: a few hundred distinct subtotals make the whole year."""
        found = self.totals.get(subtotal)
        if found is None:
            found = self.totals[subtotal] = totals(subtotal, SETTINGS)
        return found

    def _cash(self, amount: int) -> tuple:
        return ("cash", amount, None, None, None, None, None)

    def _card(self, amount: int) -> tuple:
        rng = self.rng
        return ("card", amount, f"{rng.randrange(10_000):04d}", "".join(rng.choices(_CODE, k=6)), None, None, None)

    def _receipt(self, counter: int) -> int:
        self.receipt[counter] += 1
        return self.receipt[counter]

    def _reverse(self, ctx, original: SaleRec, kind: str, t: datetime) -> SaleRec:
        original.reversible = False
        sup = self.rng.choice(self.seeded.supervisors)
        reason = self.rng.choice(VOID_REASONS if kind == "void" else REFUND_REASONS)
        rec = SaleRec(self._next("sale"), self._receipt(ctx[1]), -original.sub, -original.service, -original.tax,
                      -original.total, original.lines, [(p[0], -p[1]) + p[2:] for p in original.payments],
                      reversible=False)
        self._write(ctx, rec, t, kind, original.id, reason, sup, None)
        ctx[3].audit.append((stamp(t), ctx[2], ctx[1], kind, "sale", rec.id, json.dumps(
            {"original_sale": original.id, "original_receipt": original.receipt_no, "reason": reason,
             "approved_by": sup, "amount": original.total})))
        return rec

    def _refund(self, ctx, index: int, t: datetime) -> SaleRec | None:
        """A guest back within the week for money on a cash or card sale of an earlier day."""
        for _ in range(5):  # the list is pruned once a day, so look again past one reversed since
            if not self.refundable:
                return None
            earlier = self.rng.choice(self.refundable)[1]
            if earlier.reversible:
                return self._reverse(ctx, earlier, "refund", t)
        return None

    def _write(self, ctx, rec: SaleRec, t: datetime, kind: str, reverses: int | None, reason: str | None,
               approver: int | None, draft_key: str | None) -> None:
        sid, counter, clerk, day = ctx
        at = stamp(t)
        sign = -1 if kind != "sale" else 1
        day.sales.append((rec.id, counter, rec.receipt_no, sid, clerk, day.iso, at, kind, reverses, reason, approver,
                          "CNY", self.seeded.version_id, "10", "6", rec.sub, rec.service, rec.tax, rec.total,
                          draft_key))
        for n, (row, disc) in enumerate(rec.lines, start=1):
            code, zh, en, unit, qty, unit_price, amount, item_id, detail = row
            by = approver if kind != "sale" else (self.rng.choice(self.seeded.supervisors) if disc else None)
            why = reason if kind != "sale" else ("熟客折扣 regular guest" if disc else None)
            day.lines.append((self._next("line"), rec.id, n, code, zh, en, unit, sign * qty, unit_price,
                              sign * amount, sign * disc, sign * (amount - disc), False, by, why, item_id, detail))
            day.by_service[code] += sign * (amount - disc)
            if disc and kind == "sale":
                day.audit.append((at, clerk, counter, "discount", "sale", rec.id, json.dumps(
                    {"line_no": n, "list_amount": amount, "charged": amount - disc, "approved_by": by,
                     "reason": why})))
        for seq, (method, amount, last4, approval, stay_id, room, guest) in enumerate(rec.payments, start=1):
            pid = self._next("payment")
            tendered = change = voucher = None
            if method == "cash" and kind == "sale":
                tendered = amount if self.rng.random() < 0.3 else -(-amount // 10_000) * 10_000
                change = tendered - amount
            if method == "room":
                self.voucher += 1
                voucher = format_voucher(self.voucher)
                self.balance[stay_id] += amount
                day.postings.append((self._next("posting"), stay_id, pid, rec.id, room, guest, voucher, amount,
                                     day.iso, at))
            day.payments.append((pid, rec.id, seq, method, amount, tendered, change, last4, approval, stay_id, room,
                                 guest, voucher))
            day.by_payment[method] += amount
        day.n[kind] += 1
        day.total += rec.total

    def _close_shift(self, day: _Day, ctx, opened: datetime, counted_at: datetime, closed: datetime,
                     expected: int) -> None:
        rng = self.rng
        sid, counter, clerk, _ = ctx
        counted = expected - expected % 10 - (500 if rng.random() < 0.1 else 0)
        rest, quantities = counted, []
        for d in DENOMINATIONS:
            quantities.append((d, rest // d))
            rest %= d
        note = "传真机缺纸，已报工程部 fax out of paper, reported" if rng.random() < 0.2 else ""
        prev = self.last_shift.get(counter)
        ack = prev[0] if prev and prev[1] else None
        day.shifts.append((sid, counter, clerk, day.iso, "closed", stamp(opened), FLOAT_MINOR, ack, stamp(counted_at),
                           counted, expected, counted - expected, None, None, note, stamp(closed)))
        day.counts.extend((sid, 1, d, q) for d, q in quantities)
        day.audit.extend([
            (stamp(opened - timedelta(minutes=1)), clerk, counter, "sign_in", None, None, "{}"),
            (stamp(opened), clerk, counter, "shift_opened", "shift", sid, json.dumps({"float_minor": FLOAT_MINOR})),
            (stamp(counted_at), clerk, counter, "cash_counted", "shift", sid,
             json.dumps({"attempt": 1, "counted": counted, "expected": expected})),
            (stamp(closed), clerk, counter, "shift_closed", "shift", sid,
             json.dumps({"variance": counted - expected, "approved_by": None})),
        ])
        self.last_shift[counter] = (sid, bool(note))
        day.variance += counted - expected
        day.last_close = max(day.last_close or closed, closed)

    def _insert(self, day: _Day) -> None:
        con = self.con
        for sql, rows, name in ((SHIFT_SQL, day.shifts, "shifts"), (SALE_SQL, day.sales, "sale_rows"),
                                (LINE_SQL, day.lines, "lines"), (PAYMENT_SQL, day.payments, "payments"),
                                (POSTING_SQL, day.postings, "postings"), (COUNT_SQL, day.counts, "cash_counts"),
                                (AUDIT_SQL, day.audit, "audit")):
            con.executemany(sql, rows)
            self.made[name] += len(rows)
        at = stamp((day.last_close or self._utc(day.d, 23.0)) + timedelta(minutes=5))
        reference.prepare_rows(con, self.seeded.supervisors[0], day.d, at)  # approved, ticked, exported
        for kind in ("sale", "void", "refund"):
            self.made[kind + "s"] += day.n[kind]

    def _close(self, day: _Day) -> None:
        sup = self.rng.choice(self.seeded.supervisors)
        at = stamp((day.last_close or self._utc(day.d, 23.0)) + timedelta(minutes=10))
        summary = {"shifts": len(day.shifts), "variance_minor": day.variance, "sales": day.n["sale"],
                   "voids": day.n["void"], "refunds": day.n["refund"], "total_minor": day.total,
                   "by_payment": dict(sorted(day.by_payment.items())),
                   "by_service": dict(sorted(day.by_service.items()))}
        self.con.execute(DAY_SQL, (day.iso, at, sup, json.dumps(summary)))
        self.con.execute(AUDIT_SQL, (at, sup, None, "day_closed", "business_day", None,
                                     json.dumps({"business_date": day.iso, "total": day.total})))

    # --- after the history ----------------------------------------------------------------------
    def finish(self, bench_day: date) -> None:
        """Stays as the front office has them on the bench day, the number sequences where the last
        receipt and voucher left them, and the WAL folded into the file."""
        self.con.execute("BEGIN")
        self.house(bench_day)
        self.sync_sequences()
        self.con.execute("COMMIT")
        self.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def snapshot(self, path: Path) -> None:
        """A consistent copy of the database as it stands (the online backup API)."""
        self.sync_sequences()
        copy = sqlite3.connect(path)
        try:
            self.con.backup(copy)
        finally:
            copy.close()

    def sync_sequences(self) -> None:
        rows = [(receipt_sequence(c), n) for c, n in self.receipt.items()] + [(VOUCHER_SEQUENCE, self.voucher)]
        self.con.executemany("INSERT OR REPLACE INTO number_sequence (name, last_value) VALUES (?, ?)", rows)

    def release(self) -> None:
        """Let go of what only the fill needed, so the measured part runs in an ordinary-sized process."""
        self.stays, self.refundable, self.totals = [], [], {}
        self.con.close()

    def close(self) -> None:
        self.con.close()
