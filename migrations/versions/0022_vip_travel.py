"""VIP travel movements: a guest's arrival or departure by air with the car and airport services the centre
arranges, and the log of confirmation calls and flight disruptions on each

Operational records, not the money ledger: a movement moves on (requested → confirmed → done, or cancelled)
and the audit trail keeps who did each step and when; no append-only triggers.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None

UTC = bizcenter.models.base.UTCDateTime(timezone=True)


def _staff(column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ['staff.id'], name=op.f(f'fk_travel_movement_{column}_staff'))


def upgrade() -> None:
    op.create_table('travel_movement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('created_at', UTC, nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=True),
    sa.Column('room', sa.String(length=10), nullable=True),
    sa.Column('guest_name', sa.String(length=200), nullable=False),
    sa.Column('guest_phone', sa.String(length=40), nullable=True),
    sa.Column('airline', sa.String(length=2), nullable=False),
    sa.Column('flight_no', sa.String(length=5), nullable=False),
    sa.Column('from_airport', sa.String(length=3), nullable=False),
    sa.Column('to_airport', sa.String(length=3), nullable=False),
    sa.Column('scheduled_at', UTC, nullable=False),
    sa.Column('expected_at', UTC, nullable=False),
    sa.Column('car_type', sa.String(length=40), nullable=True),
    sa.Column('car_plate', sa.String(length=20), nullable=True),
    sa.Column('driver', sa.String(length=100), nullable=True),
    sa.Column('pickup_at', UTC, nullable=True),
    sa.Column('meet_greet', sa.Boolean(), nullable=False),
    sa.Column('fast_track', sa.Boolean(), nullable=False),
    sa.Column('lounge', sa.Boolean(), nullable=False),
    sa.Column('wheelchair', sa.Boolean(), nullable=False),
    sa.Column('assistance', sa.Text(), nullable=True),
    sa.Column('bags', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('confirmed_at', UTC, nullable=True),
    sa.Column('confirmed_by', sa.Integer(), nullable=True),
    sa.Column('done_at', UTC, nullable=True),
    sa.Column('done_by', sa.Integer(), nullable=True),
    sa.Column('cancelled_at', UTC, nullable=True),
    sa.Column('cancelled_by', sa.Integer(), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=True),
    sa.Column('followed_at', UTC, nullable=True),
    sa.Column('followed_by', sa.Integer(), nullable=True),
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.Column('feedback', sa.Text(), nullable=True),
    sa.Column('charged_at', UTC, nullable=True),
    sa.Column('charged_by', sa.Integer(), nullable=True),
    sa.CheckConstraint("direction IN ('arrival','departure')", name=op.f('ck_travel_movement_direction')),
    sa.CheckConstraint("status IN ('requested','confirmed','done','cancelled')", name=op.f('ck_travel_movement_status')),
    sa.CheckConstraint('bags >= 0 AND bags <= 99', name=op.f('ck_travel_movement_bags')),
    sa.CheckConstraint('rating IS NULL OR (rating >= 1 AND rating <= 5)', name=op.f('ck_travel_movement_rating')),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_travel_movement_counter_id_counter')),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_travel_movement_stay_id_stay')),
    _staff('created_by'), _staff('confirmed_by'), _staff('done_by'), _staff('cancelled_by'), _staff('followed_by'),
    _staff('charged_by'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_travel_movement'))
    )
    with op.batch_alter_table('travel_movement', schema=None) as batch_op:
        batch_op.create_index('ix_travel_movement_expected_at', ['expected_at'], unique=False)

    op.create_table('travel_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('movement_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('at', UTC, nullable=False),
    sa.Column('by', sa.Integer(), nullable=False),
    sa.Column('whom', sa.String(length=200), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('disruption', sa.String(length=20), nullable=True),
    sa.Column('actions', sa.String(length=100), nullable=True),
    sa.Column('new_time', UTC, nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.CheckConstraint("kind IN ('call','disruption')", name=op.f('ck_travel_event_kind')),
    sa.ForeignKeyConstraint(['movement_id'], ['travel_movement.id'], name=op.f('fk_travel_event_movement_id_travel_movement')),
    sa.ForeignKeyConstraint(['by'], ['staff.id'], name=op.f('fk_travel_event_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_travel_event'))
    )
    with op.batch_alter_table('travel_event', schema=None) as batch_op:
        batch_op.create_index('ix_travel_event_movement', ['movement_id', 'at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('travel_event', schema=None) as batch_op:
        batch_op.drop_index('ix_travel_event_movement')
    op.drop_table('travel_event')
    with op.batch_alter_table('travel_movement', schema=None) as batch_op:
        batch_op.drop_index('ix_travel_movement_expected_at')
    op.drop_table('travel_movement')
