"""A ledger record's canonical content and the chain's hashes, by form version.

The content hash must come out the same whether the values were just written from Python or read back
later from SQLite or PostgreSQL, so every value is rendered by its column's kind, not by how a driver
returned it: instants as UTC ISO text with microseconds, dates as ISO, booleans, integers, text, NULL,
JSON with sorted keys. Column names are sorted. Each link names the form its hash was taken in; a form
is never changed once released (existing links were hashed with it, and the migration that chained the
first rows uses it): a table that gains a column gets a new form, and new links use the newest.
"""
from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timezone
from typing import Any, Mapping

INT, TEXT, BOOL, INSTANT, DAY, DOC = "int", "text", "bool", "instant", "date", "json"

# form "v1": the schema of revision 0014. Keys: each record table's primary key columns, then the
# columns its content is made of. For staff only what decides who may do what is chained (a wrong
# PIN's failure count is not a change of the record).
V1: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "sale": (("id",), {
        "id": INT, "counter_id": INT, "receipt_no": INT, "shift_id": INT, "clerk_id": INT, "business_date": DAY,
        "posted_at": INSTANT, "kind": TEXT, "reverses_id": INT, "reason": TEXT, "approved_by": INT, "currency": TEXT,
        "price_list_version_id": INT, "service_charge_pct": TEXT, "tax_pct": TEXT, "subtotal_minor": INT,
        "service_charge_minor": INT, "tax_minor": INT, "total_minor": INT, "cash_rounding_minor": INT,
        "draft_key": TEXT}),
    "sale_line": (("id",), {
        "id": INT, "sale_id": INT, "line_no": INT, "service_code": TEXT, "name_zh": TEXT, "name_en": TEXT,
        "unit": TEXT, "quantity": INT, "unit_price_minor": INT, "list_amount_minor": INT, "discount_minor": INT,
        "amount_minor": INT, "override": BOOL, "approved_by": INT, "approval_reason": TEXT, "price_item_id": INT,
        "detail": DOC}),
    "payment": (("id",), {
        "id": INT, "sale_id": INT, "seq": INT, "method": TEXT, "amount_minor": INT, "tendered_minor": INT,
        "change_minor": INT, "card_last4": TEXT, "card_approval": TEXT, "stay_id": INT, "room": TEXT,
        "guest_name": TEXT, "voucher_no": TEXT}),
    "posting": (("id",), {
        "id": INT, "stay_id": INT, "payment_id": INT, "sale_id": INT, "room": TEXT, "guest_name": TEXT,
        "voucher_no": TEXT, "amount_minor": INT, "business_date": DAY, "posted_at": INSTANT}),
    "posting_export": (("posting_id",), {"posting_id": INT, "batch": TEXT, "exported_at": INSTANT}),
    "export_batch": (("id",), {
        "id": TEXT, "created_at": INSTANT, "created_by": INT, "business_date": DAY, "postings": INT,
        "total_minor": INT, "target": TEXT}),
    "export_batch_posting": (("batch_id", "posting_id"), {"batch_id": TEXT, "posting_id": INT}),
    "export_confirmation": (("batch_id",), {"batch_id": TEXT, "confirmed_at": INSTANT, "confirmed_by": INT}),
    "cash_count": (("id",), {
        "id": INT, "shift_id": INT, "attempt": INT, "denomination_minor": INT, "quantity": INT}),
    "shift_count": (("id",), {
        "id": INT, "shift_id": INT, "attempt": INT, "counted_by": INT, "counted_at": INSTANT, "counted_minor": INT,
        "expected_minor": INT, "approved_by": INT, "reason": TEXT}),
    "variance_approval": (("shift_id",), {"shift_id": INT, "approved_by": INT, "reason": TEXT, "at": INSTANT}),
    "business_day": (("business_date",), {
        "business_date": DAY, "closed_at": INSTANT, "closed_by": INT, "summary": DOC}),
    "price_list_version": (("id",), {
        "id": INT, "effective_from": INSTANT, "created_at": INSTANT, "created_by": INT, "currency": TEXT,
        "note": TEXT}),
    "price_item": (("id",), {
        "id": INT, "version_id": INT, "code": TEXT, "name_zh": TEXT, "name_en": TEXT, "unit": TEXT, "rule": DOC}),
    "audit_log": (("id",), {
        "id": INT, "at": INSTANT, "staff_id": INT, "counter_id": INT, "action": TEXT, "entity": TEXT,
        "entity_id": INT, "detail": DOC}),
    "staff": (("id",), {"id": INT, "code": TEXT, "name": TEXT, "role": TEXT, "pin_hash": TEXT, "active": BOOL}),
}

# form "v2": the schema of revision 0018 — a payment also keeps its QR wallet provider and the provider's
# transaction reference (a rewritten reference breaks the payment's link); every other table as in v1.
V2: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    **V1, "payment": (V1["payment"][0], {**V1["payment"][1], "provider": TEXT, "reference": TEXT})}

FORMS = {"v1": V1, "v2": V2}
CURRENT = "v2"


def _instant(value: Any) -> str:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:  # SQLite keeps UTC text without its zone
        return value.isoformat(timespec="microseconds") + "Z"
    return value.astimezone(timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def _day(value: Any) -> str:
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat() if isinstance(value, date) else str(value)


def _doc(value: Any) -> Any:
    # as the JSON column gives it back: tuples become lists, keys become text
    return json.loads(value) if isinstance(value, str) else json.loads(_PLAIN.encode(value))


_PLAIN = json.JSONEncoder()
_CANON = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
_quote = json.encoder.encode_basestring  # what ensure_ascii=False writes for a string
_KIND = {INT: int, TEXT: str, BOOL: bool, INSTANT: _instant, DAY: _day, DOC: _doc}
_TOKEN = {INT: lambda v: str(int(v)), TEXT: lambda v: _quote(str(v)), BOOL: lambda v: "true" if v else "false",
          INSTANT: lambda v: _quote(_instant(v)), DAY: lambda v: _quote(_day(v)), DOC: lambda v: _CANON.encode(_doc(v))}


def _value(kind: str, value: Any) -> Any:
    return None if value is None else _KIND[kind](value)


def _plan(form: str, table: str) -> tuple[tuple[str, str, Any], ...]:
    """The columns in sorted order, each with its JSON key text and its value's renderer (cached)."""
    found = _PLANS.get((form, table))
    if found is None:
        kinds = FORMS[form][table][1]
        found = _PLANS[(form, table)] = tuple((n, _quote(n) + ":", _TOKEN[kinds[n]]) for n in sorted(kinds))
    return found


_PLANS: dict[tuple[str, str], tuple[tuple[str, str, Any], ...]] = {}


def key_of(form: str, table: str, values: Mapping[str, Any]) -> str:
    """The record's primary key as text: '41', '2026-12-07', 'FO000012/17'."""
    pk, kinds = FORMS[form][table]
    parts = []
    for name in pk:
        v = _value(kinds[name], values[name])
        parts.append(v if isinstance(v, str) else str(v))
    return "/".join(parts)


def content(form: str, table: str, values: Mapping[str, Any]) -> bytes:
    """The canonical bytes of one record (what its content hash is taken of): the form, the table, and
    the columns as JSON with sorted keys, no spaces, text as is (`json.dumps(…, sort_keys=True,
    separators=(",", ":"), ensure_ascii=False)`, written out column by column for speed)."""
    get = values.get
    body = ",".join(key + ("null" if (v := get(name)) is None else token(v)) for name, key, token in _plan(form, table))
    return f"{form}\n{table}\n{{{body}}}".encode("utf-8")


def content_hash(form: str, table: str, values: Mapping[str, Any]) -> str:
    return hashlib.sha256(content(form, table, values)).hexdigest()


def links_after(seq: int, prev_hash: str, noted):
    """The links for noted records `(table, key, content hash)` after link `seq` whose hash is `prev_hash`:
    `(seq, table, key, content hash, previous link's hash, link hash)` each, in order."""
    for table, key, digest in noted:
        seq += 1
        link = link_hash(prev_hash, table, key, digest)
        yield seq, table, key, digest, prev_hash, link
        prev_hash = link


def link_hash(prev_hash: str, table: str, key: str, content_digest: str) -> str:
    """A link's hash: the previous link's, then what this link records (the same in every form)."""
    return hashlib.sha256(f"{prev_hash}\n{table}\n{key}\n{content_digest}".encode("utf-8")).hexdigest()
