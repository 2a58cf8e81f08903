"""Recomputing the chain: every link follows the one before, and every record still has the content it
was chained with. What is wrong is named in words, the first break (in chain order) first."""
from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, Text, column, select, table, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..models.base import UTCDateTime
from ..models.chain import LedgerChainHead, LedgerLink
from . import canonical
from .head import GENESIS

SHOWN = 10  # problems named; past these, only how many more
_TYPES = {canonical.INT: Integer, canonical.TEXT: Text, canonical.BOOL: Boolean, canonical.INSTANT: UTCDateTime,
          canonical.DAY: Date, canonical.DOC: JSON}
_LABELS = {
    "sale": "sale", "sale_line": "sale line", "payment": "payment", "posting": "folio posting",
    "posting_export": "export of posting", "export_batch": "export batch", "export_batch_posting": "batch posting",
    "export_confirmation": "confirmation of export batch", "cash_count": "cash count line",
    "shift_count": "cash count", "variance_approval": "variance approval of shift", "business_day": "day close of",
    "price_list_version": "price-list version", "price_item": "price item", "audit_log": "audit entry",
    "staff": "staff member",
}
_link = LedgerLink.__table__.c


def verify_chain(session: Session | Connection) -> list[str]:
    """What is broken in the chain, first break first; empty when every link and record holds."""
    found: list[tuple[int, str]] = []  # (position in the chain, words); records outside it sort last
    last = _walk(session, found)
    head = session.execute(select(LedgerChainHead.seq, LedgerChainHead.link_hash)).first()  # PostgreSQL only
    if head is not None and tuple(head) != last:
        found.append((last[0] + 1, f"the chain's head (#{head[0]}) does not match its newest link (#{last[0]})"))
    for name in canonical.FORMS[canonical.CURRENT]:
        _records(session, name, found)
    found.sort(key=lambda p: p[0])
    words = [w for _, w in found[:SHOWN]]
    if len(found) > SHOWN:
        words.append(f"… and {len(found) - SHOWN} more problem(s) in the ledger chain")
    return words


def _walk(session, found) -> tuple[int, str]:
    """Each link's position follows the one before and its hashes recompute."""
    expected, prev = 1, GENESIS
    rows = session.execute(select(_link.seq, _link.record_table, _link.record_key, _link.content_hash,
                                  _link.prev_hash, _link.link_hash).order_by(_link.seq))
    for seq, name, key, digest, prev_hash, link_hash in rows:
        if seq != expected:
            gap = f"link {expected} is missing" if seq == expected + 1 else f"links {expected}–{seq - 1} are missing"
            found.append((expected, gap))
        elif prev_hash != prev:
            found.append((seq, f"link {seq} does not follow link {seq - 1} (the chain was rewritten there)"))
        if canonical.link_hash(prev_hash, name, key, digest) != link_hash:
            found.append((seq, f"link {seq} ({_LABELS.get(name, name)} {key}) was altered"))
        expected, prev = seq + 1, link_hash
    return expected - 1, prev


def _records(session, name: str, found) -> None:
    """Each record of the table has its link with its content (a staff member: the newest link), and each
    link's record still exists."""
    links: dict[str, tuple[int, str, str]] = {}
    seen_twice: list[tuple[int, str]] = []
    for seq, key, form, digest in session.execute(
            select(_link.seq, _link.record_key, _link.form, _link.content_hash)
            .where(_link.record_table == name).order_by(_link.seq)):
        if key in links and name != "staff":
            seen_twice.append((seq, key))
        links[key] = (seq, form, digest)
    for seq, key in seen_twice:
        found.append((seq, f"{_LABELS[name]} {key} is chained twice (link {seq})"))
    forms = {form for _, form, _ in links.values()} | {canonical.CURRENT}
    pk, kinds = canonical.FORMS[canonical.CURRENT][name]
    cols = sorted(set().union(*(canonical.FORMS[f][name][1] for f in forms if name in canonical.FORMS[f])))
    t = table(name, *(column(c, _TYPES[kinds.get(c, canonical.TEXT)]()) for c in cols))
    for row in session.execute(select(t).order_by(*(t.c[c] for c in pk))).mappings():
        key = canonical.key_of(canonical.CURRENT, name, row)
        link = links.pop(key, None)
        if link is None:
            found.append((1 << 62, f"{_describe(session, name, key, row)} is not in the chain"))
        elif canonical.content_hash(link[1], name, row) != link[2]:
            verb = "was changed outside the application" if name == "staff" else "was changed after it was recorded"
            found.append((link[0], f"{_describe(session, name, key, row)} {verb} (link {link[0]})"))
    for key, (seq, _form, _digest) in links.items():
        found.append((seq, f"{_LABELS[name]} {key} was deleted (link {seq})"))


def _describe(session, name: str, key: str, row: Any) -> str:
    if name == "sale":
        code = session.execute(text("SELECT code FROM counter WHERE id = :c"), {"c": row["counter_id"]}).scalar()
        return f"sale {key} ({code or '?'}-{row['receipt_no']:06d})"
    if name == "staff":
        return f"staff member {row['code']} (id {key})"
    return f"{_LABELS[name]} {key}"
