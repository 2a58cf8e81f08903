"""cash: the first blind count is final, a recount is approved by a supervisor; cash rounding kept as its own figure on the sale

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

UTC = bizcenter.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    # Each blind count as submitted (attempt 1: the clerk's, final; attempt 2: a recount a supervisor
    # approved). Counts made before this revision have no row here: their shift keeps its one figure.
    op.create_table('shift_count',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('attempt', sa.Integer(), nullable=False),
    sa.Column('counted_by', sa.Integer(), nullable=False),
    sa.Column('counted_at', UTC, nullable=False),
    sa.Column('counted_minor', sa.Integer(), nullable=False),
    sa.Column('expected_minor', sa.Integer(), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.CheckConstraint('(attempt = 1) = (approved_by IS NULL)', name=op.f('ck_shift_count_recount_approved')),
    sa.ForeignKeyConstraint(['approved_by'], ['staff.id'], name=op.f('fk_shift_count_approved_by_staff')),
    sa.ForeignKeyConstraint(['counted_by'], ['staff.id'], name=op.f('fk_shift_count_counted_by_staff')),
    sa.ForeignKeyConstraint(['shift_id'], ['shift.id'], name=op.f('fk_shift_count_shift_id_shift')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_count')),
    sa.UniqueConstraint('shift_id', 'attempt', name='uq_shift_count_attempt')
    )
    # Cash rounding (抹零) as its own signed figure; 0 for every sale before it, and for anything that
    # inserts a sale without naming it (the bench's plain-SQL reference). A constant default lets SQLite
    # add the column in place: a batch copy of `sale` would drop its append-only triggers.
    with op.batch_alter_table('sale', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cash_rounding_minor', sa.Integer(), server_default='0',
                                      nullable=False))
    _guard_shift_count()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS shift_count_no_update")
        op.execute("DROP TRIGGER IF EXISTS shift_count_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS shift_count_append_only ON shift_count")
    with op.batch_alter_table('sale', schema=None) as batch_op:
        batch_op.drop_column('cash_rounding_minor')
    if op.get_bind().dialect.name == "sqlite":  # the batch copy of `sale` dropped its triggers: put them back
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER IF NOT EXISTS sale_no_{verb.lower()} BEFORE {verb} ON sale "
                       f"BEGIN SELECT RAISE(ABORT, 'append-only: sale rows are never changed'); END")
        op.execute("CREATE TRIGGER IF NOT EXISTS sale_day_closed BEFORE INSERT ON sale "
                   "WHEN EXISTS (SELECT 1 FROM business_day WHERE business_date = NEW.business_date) "
                   "BEGIN SELECT RAISE(ABORT, 'business day is closed'); END")
    op.drop_table('shift_count')


def _guard_shift_count() -> None:
    """Append-only, as 0001 guards the other ledger tables (its PostgreSQL function is reused)."""
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER shift_count_no_{verb.lower()} BEFORE {verb} ON shift_count "
                       f"BEGIN SELECT RAISE(ABORT, 'append-only: shift_count rows are never changed'); END")
    else:
        op.execute("CREATE TRIGGER shift_count_append_only BEFORE UPDATE OR DELETE ON shift_count "
                   "FOR EACH ROW EXECUTE FUNCTION bizcenter_append_only()")
