"""SQL for the lines a void or refund gave back, shared by the refund rules and the `verify` checks.

A sale may be refunded in parts, and the refunds of one sale form a chain (each points at the one before,
and the first at the sale). These fragments walk that chain on SQLite and PostgreSQL alike. They know the
ledger tables only, so a workflow's `verify` check can use them without reaching the service records.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Sale, SaleLine

# SQL (SQLite and PostgreSQL) for `WITH RECURSIVE …`: every void or refund with the original it gives back
# (reversal_root), and every line given back as (original sale, line_no) (reversed_line).
REVERSAL_ROOT = """reversal_root(id, root) AS (
    SELECT r.id, o.id FROM sale r JOIN sale o ON o.id = r.reverses_id WHERE o.kind = 'sale'
    UNION ALL
    SELECT r.id, x.root FROM sale r JOIN reversal_root x ON r.reverses_id = x.id)"""
REVERSED_LINE = REVERSAL_ROOT + """, reversed_line(sale_id, line_no, reversal_id, kind) AS (
    SELECT x.root, l.line_no, x.id, r.kind FROM reversal_root x JOIN sale r ON r.id = x.id
    JOIN sale_line l ON l.sale_id = x.id)"""


def detail_int(session: Session, alias: str, key: str) -> str:
    """SQL for an integer kept in a sale line's `detail` (the business record it charges), per database."""
    if session.get_bind().dialect.name == "postgresql":
        return f"CAST({alias}.detail ->> '{key}' AS INTEGER)"
    return f"CAST(json_extract({alias}.detail, '$.{key}') AS INTEGER)"


def line_given_back(session: Session, sale: str, key: str, record: str, kind: str | None = None,
                    first_part: bool = False) -> str:
    """SQL condition (after `WITH RECURSIVE` REVERSED_LINE): a line of sale `sale` charging record `record`
    (by its `detail` key) was voided or refunded — `kind` 'void'/'refund' for one of them only;
    `first_part`: only the line of a record's first part counts (a booking billed in parts)."""
    of_kind = f" AND x.kind = '{kind}'" if kind else ""
    if first_part:
        of_kind += f" AND COALESCE({detail_int(session, 'ol', 'part')}, 0) = 0"
    return (f"EXISTS (SELECT 1 FROM reversed_line x JOIN sale_line ol ON ol.sale_id = x.sale_id "
            f"AND ol.line_no = x.line_no WHERE x.sale_id = {sale}{of_kind} AND {detail_int(session, 'ol', key)} = {record})")


def reversed_lines():
    """REVERSED_LINE as a SQLAlchemy CTE (sale_id, line_no, reversal_id) for Core queries."""
    from sqlalchemy.orm import aliased

    o = aliased(Sale)
    root = (select(Sale.id.label("id"), o.id.label("root")).join(o, o.id == Sale.reverses_id)
            .where(o.kind == "sale").cte("reversal_root", recursive=True))
    root = root.union_all(select(Sale.id, root.c.root).join(root, Sale.reverses_id == root.c.id))
    return (select(root.c.root.label("sale_id"), SaleLine.line_no.label("line_no"), root.c.id.label("reversal_id"))
            .join(SaleLine, SaleLine.sale_id == root.c.id).cte("reversed_line"))
