"""fax jobs out and in, the fax rack

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('fax_in',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('received_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('registered_by', sa.Integer(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('legible', sa.Boolean(), nullable=False),
    sa.Column('complete', sa.Boolean(), nullable=False),
    sa.Column('written_name', sa.String(length=200), nullable=False),
    sa.Column('written_room', sa.String(length=10), nullable=True),
    sa.Column('sender', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=True),
    sa.Column('room', sa.String(length=10), nullable=True),
    sa.Column('guest_name', sa.String(length=200), nullable=True),
    sa.Column('matched_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('matched_by', sa.Integer(), nullable=True),
    sa.Column('racked_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('racked_by', sa.Integer(), nullable=True),
    sa.Column('notified_how', sa.String(length=20), nullable=True),
    sa.Column('notified_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('notified_by', sa.Integer(), nullable=True),
    sa.Column('delivered_how', sa.String(length=20), nullable=True),
    sa.Column('delivered_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('delivered_by', sa.Integer(), nullable=True),
    sa.Column('archived_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('archived_by', sa.Integer(), nullable=True),
    sa.Column('archive_reason', sa.Text(), nullable=True),
    sa.Column('charge_state', sa.String(length=10), nullable=False),
    sa.Column('charged_sale_id', sa.Integer(), nullable=True),
    sa.Column('charged_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("charge_state IN ('uncharged','charged','refunded')", name=op.f('ck_fax_in_charge_state')),
    sa.CheckConstraint("status <> 'rack' OR (racked_at IS NOT NULL AND stay_id IS NULL)", name=op.f('ck_fax_in_rack_state')),
    sa.CheckConstraint("status IN ('matched','rack','delivered','archived')", name=op.f('ck_fax_in_status')),
    sa.CheckConstraint("status NOT IN ('matched','delivered') OR stay_id IS NOT NULL", name=op.f('ck_fax_in_guest_state')),
    sa.CheckConstraint('pages > 0', name=op.f('ck_fax_in_pages')),
    sa.ForeignKeyConstraint(['archived_by'], ['staff.id'], name=op.f('fk_fax_in_archived_by_staff')),
    sa.ForeignKeyConstraint(['charged_sale_id'], ['sale.id'], name=op.f('fk_fax_in_charged_sale_id_sale')),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_fax_in_counter_id_counter')),
    sa.ForeignKeyConstraint(['delivered_by'], ['staff.id'], name=op.f('fk_fax_in_delivered_by_staff')),
    sa.ForeignKeyConstraint(['matched_by'], ['staff.id'], name=op.f('fk_fax_in_matched_by_staff')),
    sa.ForeignKeyConstraint(['notified_by'], ['staff.id'], name=op.f('fk_fax_in_notified_by_staff')),
    sa.ForeignKeyConstraint(['racked_by'], ['staff.id'], name=op.f('fk_fax_in_racked_by_staff')),
    sa.ForeignKeyConstraint(['registered_by'], ['staff.id'], name=op.f('fk_fax_in_registered_by_staff')),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_fax_in_stay_id_stay')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fax_in'))
    )
    with op.batch_alter_table('fax_in', schema=None) as batch_op:
        batch_op.create_index('ix_fax_in_counter_status', ['counter_id', 'status'], unique=False)

    op.create_table('fax_job',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('clerk_id', sa.Integer(), nullable=False),
    sa.Column('created_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('e164', sa.String(length=20), nullable=False),
    sa.Column('region', sa.String(length=3), nullable=False),
    sa.Column('country_zh', sa.String(length=80), nullable=False),
    sa.Column('country_en', sa.String(length=80), nullable=False),
    sa.Column('zone', sa.String(length=10), nullable=False),
    sa.Column('recipient', sa.String(length=200), nullable=False),
    sa.Column('sender', sa.String(length=200), nullable=True),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('result', sa.String(length=10), nullable=True),
    sa.Column('failure_reason', sa.Text(), nullable=True),
    sa.Column('result_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('result_by', sa.Integer(), nullable=True),
    sa.Column('resend_of_id', sa.Integer(), nullable=True),
    sa.Column('original_id', sa.Integer(), nullable=True),
    sa.Column('charge_state', sa.String(length=10), nullable=False),
    sa.Column('charged_sale_id', sa.Integer(), nullable=True),
    sa.Column('charged_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('disputed_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('disputed_by', sa.Integer(), nullable=True),
    sa.Column('dispute_note', sa.Text(), nullable=True),
    sa.CheckConstraint("charge_state IN ('uncharged','charged','refunded')", name=op.f('ck_fax_job_charge_state')),
    sa.CheckConstraint("result IS NULL OR result IN ('sent','failed','busy','no_answer')", name=op.f('ck_fax_job_result')),
    sa.CheckConstraint('pages > 0', name=op.f('ck_fax_job_pages')),
    sa.ForeignKeyConstraint(['charged_sale_id'], ['sale.id'], name=op.f('fk_fax_job_charged_sale_id_sale')),
    sa.ForeignKeyConstraint(['clerk_id'], ['staff.id'], name=op.f('fk_fax_job_clerk_id_staff')),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_fax_job_counter_id_counter')),
    sa.ForeignKeyConstraint(['disputed_by'], ['staff.id'], name=op.f('fk_fax_job_disputed_by_staff')),
    sa.ForeignKeyConstraint(['original_id'], ['fax_job.id'], name=op.f('fk_fax_job_original_id_fax_job')),
    sa.ForeignKeyConstraint(['resend_of_id'], ['fax_job.id'], name=op.f('fk_fax_job_resend_of_id_fax_job')),
    sa.ForeignKeyConstraint(['result_by'], ['staff.id'], name=op.f('fk_fax_job_result_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fax_job')),
    sa.UniqueConstraint('resend_of_id', name=op.f('uq_fax_job_resend_of_id'))
    )
    with op.batch_alter_table('fax_job', schema=None) as batch_op:
        batch_op.create_index('ix_fax_job_counter_created', ['counter_id', 'created_at'], unique=False)
        batch_op.create_index('ix_fax_job_original', ['original_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('fax_job', schema=None) as batch_op:
        batch_op.drop_index('ix_fax_job_original')
        batch_op.drop_index('ix_fax_job_counter_created')

    op.drop_table('fax_job')
    with op.batch_alter_table('fax_in', schema=None) as batch_op:
        batch_op.drop_index('ix_fax_in_counter_status')

    op.drop_table('fax_in')
