"""printers and the persistent print queue

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('printer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('paper_mm', sa.Integer(), nullable=False),
    sa.Column('encoding', sa.String(length=10), nullable=False),
    sa.Column('logo_path', sa.String(length=400), nullable=True),
    sa.Column('drawer_kick', sa.Boolean(), nullable=False),
    sa.Column('check_paper', sa.Boolean(), nullable=False),
    sa.Column('timeout_s', sa.Integer(), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('updated_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('network','usb','serial','file')", name=op.f('ck_printer_kind')),
    sa.CheckConstraint("encoding IN ('gb18030','big5','plain','raster')", name=op.f('ck_printer_encoding')),
    sa.CheckConstraint('paper_mm IN (58, 80)', name=op.f('ck_printer_paper')),
    sa.CheckConstraint('timeout_s > 0 AND timeout_s <= 120', name=op.f('ck_printer_timeout')),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_printer_counter_id_counter')),
    sa.ForeignKeyConstraint(['updated_by'], ['staff.id'], name=op.f('fk_printer_updated_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_printer')),
    sa.UniqueConstraint('counter_id', 'role', name=op.f('uq_printer_counter_id_role'))
    )
    op.create_table('print_job',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=True),
    sa.Column('printer_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=True),
    sa.Column('args', sa.JSON(), nullable=False),
    sa.Column('copy', sa.Boolean(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('last_attempt_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('done_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status IN ('queued','printing','done','failed')", name=op.f('ck_print_job_status')),
    sa.CheckConstraint('attempts >= 0', name=op.f('ck_print_job_attempts')),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_print_job_counter_id_counter')),
    sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_print_job_created_by_staff')),
    sa.ForeignKeyConstraint(['printer_id'], ['printer.id'], name=op.f('fk_print_job_printer_id_printer')),
    sa.ForeignKeyConstraint(['sale_id'], ['sale.id'], name=op.f('fk_print_job_sale_id_sale')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_job'))
    )
    op.create_index('ix_print_job_counter_status', 'print_job', ['counter_id', 'status'], unique=False)
    op.create_index(op.f('ix_print_job_sale_id'), 'print_job', ['sale_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_print_job_sale_id'), table_name='print_job')
    op.drop_index('ix_print_job_counter_status', table_name='print_job')
    op.drop_table('print_job')
    op.drop_table('printer')
