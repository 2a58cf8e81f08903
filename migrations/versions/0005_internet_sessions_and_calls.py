"""internet sessions and phone calls

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('internet_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account', sa.String(length=20), nullable=False),
    sa.Column('password', sa.String(length=20), nullable=False),
    sa.Column('guest_kind', sa.String(length=10), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=True),
    sa.Column('room', sa.String(length=10), nullable=True),
    sa.Column('guest_name', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('started_by', sa.Integer(), nullable=False),
    sa.Column('started_shift_id', sa.Integer(), nullable=False),
    sa.Column('started_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('stopped_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('stopped_by', sa.Integer(), nullable=True),
    sa.Column('stopped_counter_id', sa.Integer(), nullable=True),
    sa.Column('stopped_shift_id', sa.Integer(), nullable=True),
    sa.Column('seconds', sa.Integer(), nullable=True),
    sa.Column('sale_id', sa.Integer(), nullable=True),
    sa.Column('line_no', sa.Integer(), nullable=True),
    sa.Column('billed_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("guest_kind IN ('in_house','walk_in')", name=op.f('ck_internet_session_guest_kind')),
    sa.CheckConstraint("status IN ('open','stopped','billed','refunded')", name=op.f('ck_internet_session_status')),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_internet_session_counter_id_counter')),
    sa.ForeignKeyConstraint(['sale_id'], ['sale.id'], name=op.f('fk_internet_session_sale_id_sale')),
    sa.ForeignKeyConstraint(['started_by'], ['staff.id'], name=op.f('fk_internet_session_started_by_staff')),
    sa.ForeignKeyConstraint(['started_shift_id'], ['shift.id'], name=op.f('fk_internet_session_started_shift_id_shift')),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_internet_session_stay_id_stay')),
    sa.ForeignKeyConstraint(['stopped_by'], ['staff.id'], name=op.f('fk_internet_session_stopped_by_staff')),
    sa.ForeignKeyConstraint(['stopped_counter_id'], ['counter.id'], name=op.f('fk_internet_session_stopped_counter_id_counter')),
    sa.ForeignKeyConstraint(['stopped_shift_id'], ['shift.id'], name=op.f('fk_internet_session_stopped_shift_id_shift')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_internet_session')),
    sa.UniqueConstraint('account', name=op.f('uq_internet_session_account'))
    )
    op.create_index('ix_internet_session_status', 'internet_session', ['status'], unique=False)
    op.create_table('phone_call',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('e164', sa.String(length=20), nullable=False),
    sa.Column('region', sa.String(length=3), nullable=False),
    sa.Column('country_zh', sa.String(length=100), nullable=False),
    sa.Column('country_en', sa.String(length=100), nullable=False),
    sa.Column('zone', sa.String(length=10), nullable=False),
    sa.Column('rate_minor', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('clerk_id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('recorded_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('started_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('ended_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('ended_by', sa.Integer(), nullable=True),
    sa.Column('seconds', sa.Integer(), nullable=True),
    sa.Column('sale_id', sa.Integer(), nullable=True),
    sa.Column('line_no', sa.Integer(), nullable=True),
    sa.Column('billed_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("method IN ('meter','timer')", name=op.f('ck_phone_call_method')),
    sa.CheckConstraint("status IN ('running','ended','cancelled','billed','refunded')", name=op.f('ck_phone_call_status')),
    sa.ForeignKeyConstraint(['clerk_id'], ['staff.id'], name=op.f('fk_phone_call_clerk_id_staff')),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_phone_call_counter_id_counter')),
    sa.ForeignKeyConstraint(['ended_by'], ['staff.id'], name=op.f('fk_phone_call_ended_by_staff')),
    sa.ForeignKeyConstraint(['sale_id'], ['sale.id'], name=op.f('fk_phone_call_sale_id_sale')),
    sa.ForeignKeyConstraint(['shift_id'], ['shift.id'], name=op.f('fk_phone_call_shift_id_shift')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phone_call'))
    )
    op.create_index('ix_phone_call_status', 'phone_call', ['status'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_phone_call_status', table_name='phone_call')
    op.drop_table('phone_call')
    op.drop_index('ix_internet_session_status', table_name='internet_session')
    op.drop_table('internet_session')
