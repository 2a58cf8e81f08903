"""The database guards the migrations create, by backend, and which of them are missing or disabled.

Dropping a trigger (anyone holding the SQLite file can) or disabling one (a PostgreSQL table owner can)
lets a consistent edit through; the chain then shows the edit, and this shows the open door.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

APPEND_ONLY_TABLES = (
    "sale", "sale_line", "payment", "posting", "cash_count", "business_day", "price_list_version", "price_item",
    "audit_log", "posting_export", "export_batch", "export_batch_posting", "export_confirmation", "shift_count",
    "variance_approval", "ledger_chain", "account_charge", "account_receipt",
)
_DAY_CLOSED = tuple(f"{t}_day_closed" for t in ("sale", "shift", "posting"))

EXPECTED = {
    "sqlite": frozenset(
        [f"{t}_no_{v}" for t in APPEND_ONLY_TABLES for v in ("update", "delete")]
        + ["shift_closed_frozen", "shift_no_delete", "ledger_chain_head_no_delete", *_DAY_CLOSED]),
    "postgresql": frozenset(
        [f"{t}_append_only" for t in APPEND_ONLY_TABLES]
        + ["shift_closed_frozen", "ledger_chain_head_no_delete", *_DAY_CLOSED]),
}


def trigger_state(session: Session | Connection) -> dict[str, bool]:
    """Every trigger in the database → whether it is enabled."""
    if _dialect(session) == "sqlite":
        return {name: True for (name,) in session.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    return {name: enabled != "D" for name, enabled in session.execute(
        text("SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal"))}


def missing_triggers(session: Session | Connection) -> list[str]:
    dialect = _dialect(session)
    state = trigger_state(session)
    out = []
    for name in sorted(EXPECTED.get(dialect, ())):
        if name not in state:
            out.append(f"the append-only trigger {name} is missing (dropped)")
        elif not state[name]:
            out.append(f"the append-only trigger {name} is disabled")
    return out


def _dialect(session: Session | Connection) -> str:
    return (session.get_bind() if isinstance(session, Session) else session).dialect.name
