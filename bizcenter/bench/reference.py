"""The same work as the core, written as plain SQL through the `sqlite3` module: the yardstick.

Same file and the same pragmas as `db.engine` (WAL, synchronous=FULL, foreign keys on, BEGIN
IMMEDIATE), so what is left between the two figures is what the ORM and the workflows add. The
statements are the ones the workflow needs, no more: one sequence bump per number, the rows, each ledger
row's hash-chain link (the chain is part of what a sale must write), a commit.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..chain.canonical import CURRENT, content_hash, links_after
from ..chain.head import GENESIS
from ..db.engine import BUSY_TIMEOUT_MS
from ..workflows.numbers import VOUCHER_SEQUENCE, format_voucher

NEXT_NUMBER = "UPDATE number_sequence SET last_value = last_value + 1 WHERE name = ? RETURNING last_value"
SALE = ("INSERT INTO sale (counter_id, receipt_no, shift_id, clerk_id, business_date, posted_at, kind, currency, "
        "price_list_version_id, service_charge_pct, tax_pct, subtotal_minor, service_charge_minor, tax_minor, "
        "total_minor, cash_rounding_minor, draft_key) VALUES (?,?,?,?,?,?,'sale',?,?,?,?,?,?,?,?,?,?)")
LINE = ("INSERT INTO sale_line (sale_id, line_no, service_code, name_zh, name_en, unit, quantity, unit_price_minor, "
        "list_amount_minor, discount_minor, amount_minor, override, price_item_id, detail) "
        "VALUES (?,?,?,?,?,?,?,?,?,0,?,0,?,?)")
PAYMENT = ("INSERT INTO payment (sale_id, seq, method, amount_minor, tendered_minor, change_minor, card_last4, "
           "card_approval, stay_id, room, guest_name, voucher_no) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
POSTING = ("INSERT INTO posting (stay_id, payment_id, sale_id, room, guest_name, voucher_no, amount_minor, "
           "business_date, posted_at) VALUES (?,?,?,?,?,?,?,?,?)")


def connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", f"busy_timeout={BUSY_TIMEOUT_MS}"):
        con.execute(f"PRAGMA {pragma}")
    return con


@dataclass(frozen=True)
class PlainSale:
    """A priced sale ready to write: the rows `settle` would write, less the numbers drawn at commit."""

    sequence: str
    head: tuple  # counter_id … draft_key, with None where the receipt number goes
    lines: tuple[tuple, ...]  # line_no … detail (JSON text)
    payments: tuple[tuple, ...]  # method, amount, tendered, change, last4, approval, stay_id, room, guest
    business_date: str
    posted_at: str


def settle(con: sqlite3.Connection, sale: PlainSale) -> int:
    """One sale, one transaction: receipt number, sale, lines, payments, postings, each ledger row's
    hash-chain link after the newest one, commit."""
    con.execute("BEGIN IMMEDIATE")
    try:
        links: list[tuple[str, str, str]] = []
        receipt_no = con.execute(NEXT_NUMBER, (sale.sequence,)).fetchone()[0]
        head = (sale.head[0], receipt_no) + sale.head[2:]
        sale_id = _record(con, links, "sale", SALE, SALE_COLUMNS, head, SALE_FIXED)
        for line in sale.lines:
            _record(con, links, "sale_line", LINE, LINE_COLUMNS, (sale_id,) + line, LINE_FIXED)
        for seq, (method, amount, tendered, change, last4, approval, stay_id, room, guest) in enumerate(
                sale.payments, start=1):
            voucher = None
            if method == "room":
                voucher = format_voucher(con.execute(NEXT_NUMBER, (VOUCHER_SEQUENCE,)).fetchone()[0])
            pid = _record(con, links, "payment", PAYMENT, PAYMENT_COLUMNS, (sale_id, seq, method, amount, tendered,
                                                                             change, last4, approval, stay_id, room,
                                                                             guest, voucher))
            if method == "room":
                _record(con, links, "posting", POSTING, POSTING_COLUMNS, (stay_id, pid, sale_id, room, guest, voucher,
                                                                          amount, sale.business_date, sale.posted_at))
        _append_links(con, links, sale.posted_at)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return sale_id


SALE_COLUMNS = ("counter_id", "receipt_no", "shift_id", "clerk_id", "business_date", "posted_at", "currency",
                "price_list_version_id", "service_charge_pct", "tax_pct", "subtotal_minor", "service_charge_minor",
                "tax_minor", "total_minor", "cash_rounding_minor", "draft_key")
SALE_FIXED = {"kind": "sale"}
LINE_COLUMNS = ("sale_id", "line_no", "service_code", "name_zh", "name_en", "unit", "quantity", "unit_price_minor",
                "list_amount_minor", "amount_minor", "price_item_id", "detail")
LINE_FIXED = {"discount_minor": 0, "override": False}
PAYMENT_COLUMNS = ("sale_id", "seq", "method", "amount_minor", "tendered_minor", "change_minor", "card_last4",
                   "card_approval", "stay_id", "room", "guest_name", "voucher_no")
POSTING_COLUMNS = ("stay_id", "payment_id", "sale_id", "room", "guest_name", "voucher_no", "amount_minor",
                   "business_date", "posted_at")
NEWEST_LINK = "SELECT seq, link_hash FROM ledger_chain ORDER BY seq DESC LIMIT 1"
LINK = ("INSERT INTO ledger_chain (seq, record_table, record_key, form, content_hash, prev_hash, link_hash, at) "
        "VALUES (?,?,?,?,?,?,?,?)")


def _record(con: sqlite3.Connection, links: list, table: str, sql: str, columns: tuple[str, ...], params: tuple,
            fixed: dict | None = None) -> int:
    """Insert one ledger row and note its content hash in the core's canonical form (the hashing is part of
    the work a sale must do, so the yardstick does it too; and the kept bench file then verifies)."""
    row_id = con.execute(sql, params).lastrowid
    values = dict(zip(columns, params), id=row_id, **(fixed or {}))
    links.append((table, str(row_id), content_hash(CURRENT, table, values)))
    return row_id


def _append_links(con: sqlite3.Connection, links: list, at: str) -> None:
    """The links after the newest (BEGIN IMMEDIATE already serialises writers, as in the core)."""
    head = con.execute(NEWEST_LINK).fetchone() or (0, GENESIS)
    con.executemany(LINK, [(seq, table, key, CURRENT, digest, prev, link, at)
                           for seq, table, key, digest, prev, link in links_after(*head, links)])


# --- the day's figures ---------------------------------------------------------------------------------
HEAD = ("SELECT count(*) FILTER (WHERE kind = 'sale'), count(*) FILTER (WHERE kind = 'void'), "
        "count(*) FILTER (WHERE kind = 'refund'), coalesce(sum(subtotal_minor), 0), "
        "coalesce(sum(service_charge_minor), 0), coalesce(sum(tax_minor), 0), coalesce(sum(total_minor), 0), "
        "max(currency) FROM sale WHERE business_date = ?")
BY_SERVICE = ("SELECT l.service_code, max(l.name_en), count(*), sum(l.amount_minor) FROM sale_line l "
              "JOIN sale s ON s.id = l.sale_id WHERE s.business_date = ? GROUP BY l.service_code "
              "ORDER BY l.service_code")
BY_PAYMENT = ("SELECT p.method, count(*), sum(p.amount_minor) FROM payment p JOIN sale s ON s.id = p.sale_id "
              "WHERE s.business_date = ? GROUP BY p.method ORDER BY p.method")
BY_CLERK = ("SELECT st.code, st.name, count(*), sum(s.total_minor) FROM sale s JOIN staff st ON st.id = s.clerk_id "
            "WHERE s.business_date = ? GROUP BY st.code, st.name ORDER BY st.code")
OPEN_SHIFTS = "SELECT count(*) FROM shift WHERE business_date = ? AND status <> 'closed'"
IS_CLOSED = "SELECT 1 FROM business_day WHERE business_date = ?"


def report(con: sqlite3.Connection, day: date) -> dict:
    """The daily report's figures: head totals, by service, by payment, by clerk, open shifts."""
    d = (day.isoformat(),)
    head = con.execute(HEAD, d).fetchone()
    return {
        "head": head, "by_service": con.execute(BY_SERVICE, d).fetchall(),
        "by_payment": con.execute(BY_PAYMENT, d).fetchall(), "by_clerk": con.execute(BY_CLERK, d).fetchall(),
        "shifts_open": con.execute(OPEN_SHIFTS, d).fetchone()[0],
        "closed": con.execute(IS_CLOSED, d).fetchone() is not None,
    }


UNAPPROVED = ("SELECT count(*) FROM shift sh WHERE sh.business_date = ? AND sh.variance_minor <> 0 "
              "AND sh.variance_approved_by IS NULL AND NOT EXISTS (SELECT 1 FROM variance_approval a "
              "WHERE a.shift_id = sh.id)")
VOUCHERS = ("SELECT p.voucher_no, p.amount_minor, c.posting_id IS NOT NULL FROM posting p "
            "LEFT JOIN voucher_check c ON c.posting_id = p.id WHERE p.business_date = ? ORDER BY p.voucher_no")
UNEXPORTED = ("SELECT count(*) FROM posting p WHERE p.business_date = ? AND NOT EXISTS "
              "(SELECT 1 FROM posting_export e WHERE e.posting_id = p.id)")
COUNTED = ("SELECT coalesce(sum(counted_minor - float_minor), 0) FROM shift WHERE business_date = ? "
           "AND counted_minor IS NOT NULL")
BATCHES = ("SELECT DISTINCT c.batch_id FROM export_confirmation c JOIN export_batch_posting bp "
           "ON bp.batch_id = c.batch_id JOIN posting p ON p.id = bp.posting_id WHERE p.business_date = ? "
           "ORDER BY c.batch_id")


def close_day(con: sqlite3.Connection, supervisor_id: int, day: date, at: str) -> dict:
    """The close's work: role, not closed yet, no open shift, every variance approved, every voucher
    ticked, every posting in a confirmed batch, the figures and the three-way check, the business_day row."""
    d = (day.isoformat(),)
    con.execute("BEGIN IMMEDIATE")
    try:
        role = con.execute("SELECT role FROM staff WHERE id = ? AND active", (supervisor_id,)).fetchone()
        if role is None or role[0] not in ("supervisor", "admin"):
            raise RuntimeError("not a supervisor")
        if con.execute(IS_CLOSED, d).fetchone() or con.execute(OPEN_SHIFTS, d).fetchone()[0]:
            raise RuntimeError(f"{day} is closed already or has an open shift")
        vouchers = con.execute(VOUCHERS, d).fetchall()
        if (con.execute(UNAPPROVED, d).fetchone()[0] or not all(v[2] for v in vouchers)
                or con.execute(UNEXPORTED, d).fetchone()[0]):
            raise RuntimeError(f"{day} does not reconcile")
        shifts, variance = con.execute(
            "SELECT count(*), coalesce(sum(variance_minor), 0) FROM shift WHERE business_date = ?", d).fetchone()
        head = con.execute(HEAD, d).fetchone()
        by_payment = {r[0]: r[2] for r in con.execute(BY_PAYMENT, d)}
        counted = con.execute(COUNTED, d).fetchone()[0]
        postings = sum(v[1] for v in vouchers)
        summary = {
            "shifts": shifts, "variance_minor": variance, "sales": head[0], "voids": head[1], "refunds": head[2],
            "total_minor": head[6], "by_payment": by_payment,
            "by_service": {r[0]: r[3] for r in con.execute(BY_SERVICE, d)},
            "three_way": {"ledger_total_minor": head[6], "ledger_room_minor": by_payment.get("room", 0),
                          "postings_minor": postings, "vouchers": len(vouchers), "vouchers_ticked": len(vouchers),
                          "vouchers_ticked_minor": postings, "missing_vouchers": [], "missing_note": None,
                          "ledger_cash_minor": by_payment.get("cash", 0), "counted_cash_minor": counted,
                          "cash_variance_minor": counted - by_payment.get("cash", 0)},
            "batches": [r[0] for r in con.execute(BATCHES, d)], "running_day": False,
            "chain": _chain_at_close(con),
        }
        links: list[tuple[str, str, str]] = []
        values = {"business_date": d[0], "closed_at": at, "closed_by": supervisor_id, "summary": json.dumps(summary)}
        con.execute("INSERT INTO business_day (business_date, closed_at, closed_by, summary) VALUES (?,?,?,?)",
                    tuple(values.values()))
        links.append(("business_day", d[0], content_hash(CURRENT, "business_day", values)))
        _record(con, links, "audit_log", AUDIT, AUDIT_COLUMNS,
                (at, supervisor_id, "day_closed", "business_day", json.dumps({"business_date": d[0], "total": head[6]})))
        _append_links(con, links, at)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return summary


AUDIT = "INSERT INTO audit_log (at, staff_id, action, entity, detail) VALUES (?,?,?,?,?)"
AUDIT_COLUMNS = ("at", "staff_id", "action", "entity", "detail")
LINK_AT = "SELECT link_hash FROM ledger_chain WHERE seq = ?"
LAST_CLOSE = "SELECT business_date, summary FROM business_day ORDER BY closed_at DESC, business_date DESC LIMIT 1"


def _chain_at_close(con: sqlite3.Connection) -> dict:
    """As the core's close keeps: the chain's head now ("#SEQ:HASH"), and the previous close's head with
    whether the chain still holds it."""
    seq, digest = con.execute(NEWEST_LINK).fetchone() or (0, GENESIS)
    out: dict = {"head": f"#{seq}:{digest}"}
    previous = con.execute(LAST_CLOSE).fetchone()
    if previous is not None:
        kept = (json.loads(previous[1]).get("chain") or {}).get("head")
        held = None
        if kept:
            kept_seq, kept_hash = kept.lstrip("#").split(":")
            found = con.execute(LINK_AT, (int(kept_seq),)).fetchone()
            held = found is not None and found[0] == kept_hash
        out["previous"] = {"date": previous[0], "head": kept, "held": held}
    return out


def prepare_close(con: sqlite3.Connection, supervisor_id: int, day: date, at: str) -> None:
    """What the supervisor does before a close, untimed: variances approved, vouchers ticked, the day's
    room charges in a batch confirmed by the front office. Only what is missing; both sides' days."""
    con.execute("BEGIN IMMEDIATE")
    try:
        prepare_rows(con, supervisor_id, day, at)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def prepare_rows(con: sqlite3.Connection, supervisor_id: int, day: date, at: str) -> None:
    """`prepare_close` inside the caller's transaction (the history fill writes it with each day)."""
    d = day.isoformat()
    con.execute("INSERT INTO variance_approval (shift_id, approved_by, reason, at) SELECT sh.id, ?, ?, ? FROM shift sh "
                "WHERE sh.business_date = ? AND sh.variance_minor <> 0 AND sh.variance_approved_by IS NULL "
                "AND NOT EXISTS (SELECT 1 FROM variance_approval a WHERE a.shift_id = sh.id)",
                (supervisor_id, "bench: counted again", at, d))
    con.execute("INSERT INTO voucher_check (posting_id, checked_by, checked_at) SELECT p.id, ?, ? FROM posting p "
                "WHERE p.business_date = ? AND NOT EXISTS (SELECT 1 FROM voucher_check c WHERE c.posting_id = p.id)",
                (supervisor_id, at, d))
    export_day(con, day, at, supervisor_id)


def export_day(con: sqlite3.Connection, day: date, at: str, staff_id: int | None = None) -> None:
    """The day's postings not yet exported, in one batch confirmed at once (inside the caller's transaction)."""
    d = day.isoformat()
    ids = [r[0] for r in con.execute("SELECT p.id FROM posting p WHERE p.business_date = ? AND NOT EXISTS "
                                     "(SELECT 1 FROM posting_export e WHERE e.posting_id = p.id)", (d,))]
    if not ids:
        return
    batch = f"FB{d.replace('-', '')}-{ids[0]}"
    total = con.execute(f"SELECT sum(amount_minor) FROM posting WHERE id IN ({','.join('?' * len(ids))})",
                        ids).fetchone()[0]
    con.execute("INSERT INTO export_batch (id, created_at, created_by, business_date, postings, total_minor, target) "
                "VALUES (?,?,?,?,?,?,?)", (batch, at, staff_id, d, len(ids), total, "bench"))
    con.executemany("INSERT INTO export_batch_posting (batch_id, posting_id) VALUES (?,?)", [(batch, i) for i in ids])
    con.execute("INSERT INTO export_confirmation (batch_id, confirmed_at, confirmed_by) VALUES (?,?,?)",
                (batch, at, staff_id))
    con.executemany("INSERT INTO posting_export (posting_id, batch, exported_at) VALUES (?,?,?)",
                    [(i, batch, at) for i in ids])


# --- finding a stay --------------------------------------------------------------------------------------
STAY = "SELECT id, room, arrival, departure, status, vip, no_post, credit_limit_minor FROM stay"


def _views(con: sqlite3.Connection, stays: list[tuple]) -> list[tuple]:
    """What the screen shows of each stay: its guests and its folio balance."""
    guests = "SELECT name FROM stay_guest WHERE stay_id = ? ORDER BY id"
    balance = "SELECT coalesce(sum(amount_minor), 0) FROM posting WHERE stay_id = ?"
    return [s + (tuple(r[0] for r in con.execute(guests, (s[0],))), con.execute(balance, (s[0],)).fetchone()[0])
            for s in stays]


def by_room(con: sqlite3.Connection, room: str, day: date) -> list[tuple]:
    """Stays in house in `room` on business date `day` (status, and the dates cover the day)."""
    stays = con.execute(f"{STAY} WHERE room = ? AND status = 'in_house' AND arrival <= ? AND departure >= ? "
                        f"ORDER BY id", (room, day.isoformat(), day.isoformat())).fetchall()
    return _views(con, stays)


def by_name(con: sqlite3.Connection, key: str, day: date) -> list[tuple]:
    """In-house stays with a guest whose folded name starts with `key`: a range on the name_key index."""
    stays = con.execute(
        f"SELECT DISTINCT s.id, s.room, s.arrival, s.departure, s.status, s.vip, s.no_post, s.credit_limit_minor "
        f"FROM stay_guest g JOIN stay s ON s.id = g.stay_id "
        f"WHERE g.name_key >= ? AND g.name_key < ? AND s.status = 'in_house' AND s.arrival <= ? "
        f"AND s.departure >= ? ORDER BY s.room",
        (key, key + "\U0010ffff", day.isoformat(), day.isoformat())).fetchall()
    return _views(con, stays)
