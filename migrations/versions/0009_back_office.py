"""back office: rosters, supplies, complaints, device register, fault repairs, day-close checks

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

UTC = bizcenter.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table('roster_shift',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=True),
    sa.Column('work_date', sa.Date(), nullable=False),
    sa.Column('starts', sa.String(length=5), nullable=False),
    sa.Column('ends', sa.String(length=5), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('created_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_roster_shift_counter_id_counter')),
    sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_roster_shift_created_by_staff')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_roster_shift_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_shift'))
    )
    with op.batch_alter_table('roster_shift', schema=None) as batch_op:
        batch_op.create_index('ix_roster_shift_work_date', ['work_date', 'staff_id'], unique=False)

    op.create_table('supply_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name_zh', sa.String(length=100), nullable=False),
    sa.Column('name_en', sa.String(length=100), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('reorder_level', sa.Integer(), nullable=False),
    sa.Column('reorder_qty', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_item')),
    sa.UniqueConstraint('code', name=op.f('uq_supply_item_code'))
    )
    op.create_table('supply_movement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('at', UTC, nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.CheckConstraint("kind IN ('receive','use','count')", name=op.f('ck_supply_movement_kind')),
    sa.ForeignKeyConstraint(['item_id'], ['supply_item.id'], name=op.f('fk_supply_movement_item_id_supply_item')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_supply_movement_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_movement'))
    )
    with op.batch_alter_table('supply_movement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supply_movement_item_id'), ['item_id'], unique=False)

    op.create_table('guest_feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('received_at', UTC, nullable=False),
    sa.Column('guest_name', sa.String(length=200), nullable=False),
    sa.Column('room', sa.String(length=10), nullable=True),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=True),
    sa.Column('resolved_by', sa.Integer(), nullable=True),
    sa.Column('resolved_at', UTC, nullable=True),
    sa.Column('follow_up', sa.Text(), nullable=True),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.CheckConstraint("kind IN ('complaint','feedback','praise')", name=op.f('ck_guest_feedback_kind')),
    sa.CheckConstraint("status IN ('open','resolved')", name=op.f('ck_guest_feedback_status')),
    sa.ForeignKeyConstraint(['recorded_by'], ['staff.id'], name=op.f('fk_guest_feedback_recorded_by_staff')),
    sa.ForeignKeyConstraint(['resolved_by'], ['staff.id'], name=op.f('fk_guest_feedback_resolved_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guest_feedback'))
    )
    with op.batch_alter_table('guest_feedback', schema=None) as batch_op:
        batch_op.create_index('ix_guest_feedback_received_at', ['received_at'], unique=False)

    op.create_table('device',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('serial', sa.String(length=60), nullable=True),
    sa.Column('location', sa.String(length=100), nullable=True),
    sa.Column('counter_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('added_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_device_counter_id_counter')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device')),
    sa.UniqueConstraint('name', name=op.f('uq_device_name'))
    )
    op.create_table('fault_repair',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fault_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('at', UTC, nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['fault_id'], ['equipment_fault.id'], name=op.f('fk_fault_repair_fault_id_equipment_fault')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_fault_repair_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fault_repair'))
    )
    with op.batch_alter_table('fault_repair', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fault_repair_fault_id'), ['fault_id'], unique=False)

    op.create_table('voucher_check',
    sa.Column('posting_id', sa.Integer(), nullable=False),
    sa.Column('checked_by', sa.Integer(), nullable=False),
    sa.Column('checked_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['checked_by'], ['staff.id'], name=op.f('fk_voucher_check_checked_by_staff')),
    sa.ForeignKeyConstraint(['posting_id'], ['posting.id'], name=op.f('fk_voucher_check_posting_id_posting')),
    sa.PrimaryKeyConstraint('posting_id', name=op.f('pk_voucher_check'))
    )
    op.create_table('variance_approval',
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['approved_by'], ['staff.id'], name=op.f('fk_variance_approval_approved_by_staff')),
    sa.ForeignKeyConstraint(['shift_id'], ['shift.id'], name=op.f('fk_variance_approval_shift_id_shift')),
    sa.PrimaryKeyConstraint('shift_id', name=op.f('pk_variance_approval'))
    )


def downgrade() -> None:
    op.drop_table('variance_approval')
    op.drop_table('voucher_check')
    with op.batch_alter_table('fault_repair', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fault_repair_fault_id'))
    op.drop_table('fault_repair')
    op.drop_table('device')
    with op.batch_alter_table('guest_feedback', schema=None) as batch_op:
        batch_op.drop_index('ix_guest_feedback_received_at')
    op.drop_table('guest_feedback')
    with op.batch_alter_table('supply_movement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_movement_item_id'))
    op.drop_table('supply_movement')
    op.drop_table('supply_item')
    with op.batch_alter_table('roster_shift', schema=None) as batch_op:
        batch_op.drop_index('ix_roster_shift_work_date')
    op.drop_table('roster_shift')
