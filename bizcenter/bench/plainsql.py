"""The counters bench's yardstick: a sale, a sign-in and a supervisor-approved void written as plain SQL
through the driver itself (`sqlite3`, or psycopg on PostgreSQL), the same rows the core writes.

The PIN is checked as the core checks it: the attempt counted in a short write (`UPDATE … RETURNING`),
Argon2 with no transaction open, then the outcome in a short write. Every ledger record also gets its
hash-chain link, appended at commit after the newest link (on PostgreSQL under the head row, locked
`FOR UPDATE`), hashed in the core's canonical form. On SQLite every transaction is `BEGIN IMMEDIATE` with the same pragmas as the
core (`reference.connect`); on PostgreSQL psycopg opens the transaction at the first statement, as
SQLAlchemy does.
"""
from __future__ import annotations

import json
from datetime import date, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import make_url

from ..chain.canonical import CURRENT, content_hash, links_after
from ..db.engine import normalise_url
from ..models import utcnow
from ..workflows.numbers import receipt_sequence
from . import reference
from .measure import stamp

_hasher = PasswordHasher()

LINE = ("INSERT INTO sale_line (sale_id, line_no, service_code, name_zh, name_en, unit, quantity, unit_price_minor, "
        "list_amount_minor, discount_minor, amount_minor, override, approved_by, approval_reason, price_item_id, "
        "detail) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
SALE = ("INSERT INTO sale (counter_id, receipt_no, shift_id, clerk_id, business_date, posted_at, kind, reverses_id, "
        "reason, approved_by, currency, price_list_version_id, service_charge_pct, tax_pct, subtotal_minor, "
        "service_charge_minor, tax_minor, total_minor, cash_rounding_minor, draft_key) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
AUDIT = "INSERT INTO audit_log (at, staff_id, counter_id, action, entity, entity_id, detail) VALUES (?,?,?,?,?,?,?)"
COUNT_ATTEMPT = ("UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE code = ? AND active "
                 "AND (locked_until IS NULL OR locked_until <= ?) AND failed_attempts < ? RETURNING id, pin_hash, role")
RESET_ATTEMPTS = "UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?"
LOCKOUT_ATTEMPTS = 5
HEAD = "SELECT seq, link_hash FROM ledger_chain_head WHERE id = 1"
NEWEST_LINK = "SELECT seq, link_hash FROM ledger_chain ORDER BY seq DESC LIMIT 1"
LINK = ("INSERT INTO ledger_chain (seq, record_table, record_key, form, content_hash, prev_hash, link_hash, at) "
        "VALUES (?,?,?,?,?,?,?,?)")
MOVE_HEAD = "UPDATE ledger_chain_head SET seq = ?, link_hash = ? WHERE id = 1"
SALE_COLUMNS = ("counter_id", "receipt_no", "shift_id", "clerk_id", "business_date", "posted_at", "kind", "reverses_id",
                "reason", "approved_by", "currency", "price_list_version_id", "service_charge_pct", "tax_pct",
                "subtotal_minor", "service_charge_minor", "tax_minor", "total_minor", "cash_rounding_minor",
                "draft_key")
LINE_COLUMNS = ("sale_id", "line_no", "service_code", "name_zh", "name_en", "unit", "quantity", "unit_price_minor",
                "list_amount_minor", "discount_minor", "amount_minor", "override", "approved_by", "approval_reason",
                "price_item_id", "detail")
PAYMENT_COLUMNS = ("sale_id", "seq", "method", "amount_minor", "tendered_minor", "change_minor", "card_last4",
                   "card_approval", "stay_id", "room", "guest_name", "voucher_no")
AUDIT_COLUMNS = ("at", "staff_id", "counter_id", "action", "entity", "entity_id", "detail")


class PlainDB:
    """One driver connection, its transactions, and the few value conversions the backends differ in."""

    def __init__(self, url: str):
        u = make_url(normalise_url(url))
        self.pg = u.get_backend_name() != "sqlite"
        if self.pg:
            import psycopg

            self.con = psycopg.connect(u.set(drivername="postgresql").render_as_string(hide_password=False))
        else:
            self.con = reference.connect(u.database)
        self._sql: dict[str, str] = {}
        self.notes: list[tuple[str, str, str]] = []  # (table, key, content hash) written in this transaction

    def close(self) -> None:
        self.con.close()

    def sql(self, text: str) -> str:
        if not self.pg:
            return text
        out = self._sql.get(text)
        if out is None:
            out = self._sql[text] = text.replace("?", "%s")
        return out

    def begin(self) -> None:
        self.notes = []
        if not self.pg:
            self.con.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        if self.notes:
            self._append_links()
        self.con.execute("COMMIT") if not self.pg else self.con.commit()

    def rollback(self) -> None:
        self.notes = []
        self.con.execute("ROLLBACK") if not self.pg else self.con.rollback()

    def record(self, table: str, columns: tuple[str, ...], params: tuple, row_id: int) -> int:
        """Note a ledger row just written, for its chain link at commit."""
        values = {c: getattr(v, "obj", v) for c, v in zip(columns, params)}  # psycopg's Json wrapper → its value
        values["id"] = row_id
        self.notes.append((table, str(row_id), content_hash(CURRENT, table, values)))
        return row_id

    def _append_links(self) -> None:
        """As the core: on PostgreSQL the head row, locked, then moved; on SQLite (BEGIN IMMEDIATE already
        serialises writers) the newest link."""
        if self.pg:
            seq, prev = self.one(HEAD + " FOR UPDATE")
        else:
            seq, prev = self.one(NEWEST_LINK) or (0, "0" * 64)
        at = self.instant(utcnow())
        links = [(seq, table, key, CURRENT, digest, prev, link, at)
                 for seq, table, key, digest, prev, link in links_after(seq, prev, self.notes)]
        self.many(LINK, links)
        if self.pg:
            self.con.execute(self.sql(MOVE_HEAD), (links[-1][0], links[-1][6]))
        self.notes = []

    def one(self, text: str, params=()) -> tuple | None:
        return self.con.execute(self.sql(text), params).fetchone()

    def all(self, text: str, params=()) -> list[tuple]:
        return self.con.execute(self.sql(text), params).fetchall()

    def insert_record(self, table: str, text: str, columns: tuple[str, ...], params: tuple) -> int:
        return self.record(table, columns, params, self.insert(text, params))

    def insert(self, text: str, params) -> int:
        if self.pg:
            return self.con.execute(self.sql(text + " RETURNING id"), params).fetchone()[0]
        return self.con.execute(text, params).lastrowid

    def many(self, text: str, rows) -> None:
        if self.pg:
            self.con.cursor().executemany(self.sql(text), rows)
        else:
            self.con.executemany(text, rows)

    # what the backends store differently: dates and instants as text on SQLite, JSON as text or json
    def day(self, iso: str):
        return date.fromisoformat(iso) if self.pg else iso

    def instant(self, value: datetime | str):
        if self.pg:
            return value if isinstance(value, datetime) else datetime.fromisoformat(value + "+00:00")
        return value if isinstance(value, str) else stamp(value)

    def json(self, text: str):
        if self.pg:
            from psycopg.types.json import Json

            return Json(json.loads(text))
        return text

    def done(self) -> None:
        """Leave no transaction open between actions (psycopg opens one at any read)."""
        if self.pg:
            self.con.rollback()


def settle(db: PlainDB, sale: reference.PlainSale) -> int:
    """One sale, one transaction: receipt number, sale, lines, payments, their chain links, commit (cash
    and card only)."""
    db.begin()
    try:
        receipt_no = db.one(reference.NEXT_NUMBER, (sale.sequence,))[0]
        h = sale.head
        sale_id = db.insert_record("sale", SALE, SALE_COLUMNS, (h[0], receipt_no, h[2], h[3], db.day(h[4]),
                                                                db.instant(h[5]), "sale", None, None, None) + h[6:])
        for no, code, zh, en, unit, qty, price, amount, net, item, detail in sale.lines:
            db.insert_record("sale_line", LINE, LINE_COLUMNS, (sale_id, no, code, zh, en, unit, qty, price, amount, 0,
                                                               net, False, None, None, item, db.json(detail)))
        for seq, (method, amount, tendered, change, last4, approval, *_room) in enumerate(sale.payments, start=1):
            db.insert_record("payment", reference.PAYMENT, PAYMENT_COLUMNS,
                             (sale_id, seq, method, amount, tendered, change, last4, approval, None, None, None, None))
        db.commit()
    except BaseException:
        db.rollback()
        raise
    return sale_id


def check_pin(db: PlainDB, code: str, pin: str) -> tuple[int, str]:
    """The staff id and role for a right PIN: the attempt counted in a short write, Argon2 with no
    transaction open. Raises on a wrong one. The caller resets the count with its own write."""
    db.begin()
    try:
        row = db.one(COUNT_ATTEMPT, (code, db.instant(utcnow()), LOCKOUT_ATTEMPTS))
        db.commit()
    except BaseException:
        db.rollback()
        raise
    if row is None:
        raise PermissionError(code)
    try:
        _hasher.verify(row[1], pin)
    except (VerificationError, InvalidHashError):
        raise PermissionError(code) from None
    return row[0], row[2]


def sign_in(db: PlainDB, code: str, pin: str, counter_id: int) -> int:
    """The PIN checked, then the count reset and the audit entry in one short transaction."""
    staff_id, _role = check_pin(db, code, pin)
    db.begin()
    try:
        db.con.execute(db.sql(RESET_ATTEMPTS), (staff_id,))
        db.insert_record("audit_log", AUDIT, AUDIT_COLUMNS, (db.instant(utcnow()), staff_id, counter_id, "sign_in",
                                                             None, None, db.json("{}")))
        db.commit()
    except BaseException:
        db.rollback()
        raise
    return staff_id


def void(db: PlainDB, clerk_id: int, counter_id: int, shift_id: int, sale_id: int, reason: str,
         code: str, pin: str) -> int:
    """A void approved by a supervisor: the PIN first, then the mirrored sale, lines and payments and the
    audit entry in one transaction that also makes sure the sale is not reversed yet."""
    approver, role = check_pin(db, code, pin)
    if role not in ("supervisor", "admin") or approver == clerk_id:
        raise PermissionError(code)
    at = utcnow()
    db.begin()
    try:
        o = db.one("SELECT receipt_no, business_date, currency, price_list_version_id, service_charge_pct, tax_pct, "
                   "subtotal_minor, service_charge_minor, tax_minor, total_minor, cash_rounding_minor FROM sale "
                   "WHERE id = ? AND kind = 'sale' AND NOT EXISTS (SELECT 1 FROM sale r WHERE r.reverses_id = ?)",
                   (sale_id, sale_id))
        if o is None:
            raise LookupError(f"sale {sale_id} cannot be voided")
        business_date = db.one("SELECT business_date FROM shift WHERE id = ?", (shift_id,))[0]
        db.con.execute(db.sql(RESET_ATTEMPTS), (approver,))
        receipt_no = db.one(reference.NEXT_NUMBER, (receipt_sequence(counter_id),))[0]
        back = db.insert_record("sale", SALE, SALE_COLUMNS, (
            counter_id, receipt_no, shift_id, clerk_id, business_date, db.instant(at), "void", sale_id, reason,
            approver, o[2], o[3], o[4], o[5], -o[6], -o[7], -o[8], -o[9], -o[10], None))
        lines = db.all("SELECT line_no, service_code, name_zh, name_en, unit, quantity, unit_price_minor, "
                       "list_amount_minor, discount_minor, amount_minor, override, price_item_id, detail "
                       "FROM sale_line WHERE sale_id = ? ORDER BY line_no", (sale_id,))
        for no, code_, zh, en, unit, qty, price, amount, disc, net, override, item, detail in lines:
            db.insert_record("sale_line", LINE, LINE_COLUMNS, (
                back, no, code_, zh, en, unit, -qty, price, -amount, -disc, -net, override, approver, reason, item,
                detail if not db.pg else db.json(json.dumps(detail))))
        for seq, method, amount, last4, approval in db.all(
                "SELECT seq, method, amount_minor, card_last4, card_approval FROM payment WHERE sale_id = ? "
                "ORDER BY seq", (sale_id,)):
            db.insert_record("payment", reference.PAYMENT, PAYMENT_COLUMNS,
                             (back, seq, method, -amount, None, None, last4, approval, None, None, None, None))
        db.insert_record("audit_log", AUDIT, AUDIT_COLUMNS, (db.instant(at), clerk_id, counter_id, "void", "sale", back,
                                                             db.json(json.dumps(
            {"original_sale": sale_id, "original_receipt": o[0], "reason": reason, "approved_by": approver,
             "amount": o[9]}))))
        db.commit()
    except BaseException:
        db.rollback()
        raise
    return back
