"""the ledger's hash chain: one link per ledger record and staff change, the rows already present chained

`ledger_chain` holds one link per ledger record (sales, lines, payments, postings, exports, counts,
variance approvals, closed days, price lists, the audit log) and per staff change; `ledger_chain_head`
is its one-row head on PostgreSQL, locked by a writer before it appends. Both are guarded like the ledger (links are
never changed or deleted; the head is never deleted); variance approvals become append-only too.
The rows already in the database are chained here, table by table in key order, in form "v1" (a form
never changes once released, so this migration keeps chaining the same way).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa
import bizcenter.models.base
from bizcenter.chain import canonical

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

GUARDED = ('ledger_chain', 'variance_approval')
GENESIS = "0" * 64
_TYPES = {canonical.INT: sa.Integer, canonical.TEXT: sa.Text, canonical.BOOL: sa.Boolean,
          canonical.INSTANT: bizcenter.models.base.UTCDateTime, canonical.DAY: sa.Date, canonical.DOC: sa.JSON}


def upgrade() -> None:
    op.create_table('ledger_chain',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('record_table', sa.String(length=40), nullable=False),
    sa.Column('record_key', sa.String(length=80), nullable=False),
    sa.Column('form', sa.String(length=8), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('link_hash', sa.String(length=64), nullable=False),
    sa.Column('at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_ledger_chain'))
    )
    op.create_index('ix_ledger_chain_record', 'ledger_chain', ['record_table', 'record_key'], unique=False)
    op.create_table('ledger_chain_head',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('link_hash', sa.String(length=64), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_ledger_chain_head_one_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_chain_head'))
    )
    seq, head = _chain_existing_rows()
    if op.get_bind().dialect.name != "sqlite":  # PostgreSQL's writers lock this row; SQLite's hold the file's lock
        op.execute(sa.text("INSERT INTO ledger_chain_head (id, seq, link_hash) VALUES (1, :seq, :h)")
                   .bindparams(seq=seq, h=head))
    _guards()


def downgrade() -> None:
    _drop_guards()
    op.drop_table('ledger_chain_head')
    op.drop_index('ix_ledger_chain_record', table_name='ledger_chain')
    op.drop_table('ledger_chain')


def _chain_existing_rows() -> tuple[int, str]:
    """Every ledger row and staff member already present gets its link, in form v1."""
    bind = op.get_bind()
    links = sa.table('ledger_chain', *(sa.column(n) for n in (
        'seq', 'record_table', 'record_key', 'form', 'content_hash', 'prev_hash', 'link_hash')),
        sa.column('at', bizcenter.models.base.UTCDateTime()))
    seq, prev, now = 0, GENESIS, datetime.now(timezone.utc)
    for name, (pk, kinds) in canonical.V1.items():
        table = sa.table(name, *(sa.column(c, _TYPES[k]()) for c, k in kinds.items()))
        batch = []
        for row in bind.execute(sa.select(table).order_by(*(table.c[c] for c in pk))).mappings():
            key = canonical.key_of("v1", name, row)
            digest = canonical.content_hash("v1", name, row)
            seq, prev_hash = seq + 1, prev
            prev = canonical.link_hash(prev_hash, name, key, digest)
            batch.append(dict(seq=seq, record_table=name, record_key=key, form="v1", content_hash=digest,
                              prev_hash=prev_hash, link_hash=prev, at=now))
            if len(batch) >= 1000:
                bind.execute(links.insert(), batch)
                batch = []
        if batch:
            bind.execute(links.insert(), batch)
    return seq, prev


def _guards() -> None:
    """Append-only, as 0001 guards the ledger (its trigger function exists on PostgreSQL)."""
    if op.get_bind().dialect.name == "sqlite":
        for table in GUARDED:
            for verb in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, 'append-only: {table} rows are never changed'); END")
        op.execute("CREATE TRIGGER ledger_chain_head_no_delete BEFORE DELETE ON ledger_chain_head "
                   "BEGIN SELECT RAISE(ABORT, 'the chain head is never deleted'); END")
        return
    for table in GUARDED:
        op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION bizcenter_append_only()")
    op.execute("CREATE TRIGGER ledger_chain_head_no_delete BEFORE DELETE ON ledger_chain_head "
               "FOR EACH ROW EXECUTE FUNCTION bizcenter_append_only()")


def _drop_guards() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in GUARDED:
            for verb in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
        op.execute("DROP TRIGGER IF EXISTS ledger_chain_head_no_delete")
        return
    for table in GUARDED:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    op.execute("DROP TRIGGER IF EXISTS ledger_chain_head_no_delete ON ledger_chain_head")
