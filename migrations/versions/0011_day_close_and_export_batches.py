"""day close: the three-way figures kept with the close; room-charge exports in batches confirmed by the receiver

A batch is what was written (`export_batch`, the postings it carries in `export_batch_posting`); it is
confirmed once (`export_confirmation`), and only then are its postings marked exported
(`posting_export`, one row per posting: a posting is in exactly one confirmed batch). The three new
tables are append-only like the ledger. Earlier exports become confirmed batches of their own.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

TABLES = ('export_batch', 'export_batch_posting', 'export_confirmation')


def upgrade() -> None:
    op.create_table('export_batch',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('created_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('business_date', sa.Date(), nullable=True),
    sa.Column('postings', sa.Integer(), nullable=False),
    sa.Column('total_minor', sa.Integer(), nullable=False),
    sa.Column('target', sa.String(length=400), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_export_batch_created_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_batch'))
    )
    op.create_table('export_batch_posting',
    sa.Column('batch_id', sa.String(length=40), nullable=False),
    sa.Column('posting_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['export_batch.id'],
                            name=op.f('fk_export_batch_posting_batch_id_export_batch')),
    sa.ForeignKeyConstraint(['posting_id'], ['posting.id'], name=op.f('fk_export_batch_posting_posting_id_posting')),
    sa.PrimaryKeyConstraint('batch_id', 'posting_id', name=op.f('pk_export_batch_posting'))
    )
    op.create_index('ix_export_batch_posting_posting_id', 'export_batch_posting', ['posting_id'], unique=False)
    op.create_table('export_confirmation',
    sa.Column('batch_id', sa.String(length=40), nullable=False),
    sa.Column('confirmed_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('confirmed_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['export_batch.id'],
                            name=op.f('fk_export_confirmation_batch_id_export_batch')),
    sa.ForeignKeyConstraint(['confirmed_by'], ['staff.id'], name=op.f('fk_export_confirmation_confirmed_by_staff')),
    sa.PrimaryKeyConstraint('batch_id', name=op.f('pk_export_confirmation'))
    )
    # earlier exports were marked as they were written: each becomes a batch, confirmed when it was made
    op.execute(
        "INSERT INTO export_batch (id, created_at, created_by, business_date, postings, total_minor, target) "
        "SELECT e.batch, MIN(e.exported_at), NULL, NULL, COUNT(*), SUM(p.amount_minor), 'before batches' "
        "FROM posting_export e JOIN posting p ON p.id = e.posting_id GROUP BY e.batch")
    op.execute("INSERT INTO export_batch_posting (batch_id, posting_id) SELECT batch, posting_id FROM posting_export")
    op.execute("INSERT INTO export_confirmation (batch_id, confirmed_at, confirmed_by) "
               "SELECT id, created_at, NULL FROM export_batch")
    _guards()


def downgrade() -> None:
    _drop_guards()
    op.drop_table('export_confirmation')
    op.drop_index('ix_export_batch_posting_posting_id', table_name='export_batch_posting')
    op.drop_table('export_batch_posting')
    op.drop_table('export_batch')


def _guards() -> None:
    """Append-only, as 0001 guards the ledger (its trigger function exists on PostgreSQL)."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in TABLES:
        if sqlite:
            for verb in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, 'append-only: {table} rows are never changed'); END")
        else:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION bizcenter_append_only()")


def _drop_guards() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in TABLES:
        if sqlite:
            for verb in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
