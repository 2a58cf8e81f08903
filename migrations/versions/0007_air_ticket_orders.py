"""air-ticket orders, passengers, segments, state history, disruptions

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ticket_order',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('contact_name', sa.String(length=200), nullable=False),
    sa.Column('contact_phone', sa.String(length=20), nullable=False),
    sa.Column('room', sa.String(length=10), nullable=True),
    sa.Column('pay_method', sa.String(length=5), nullable=False),
    sa.Column('kind', sa.String(length=15), nullable=False),
    sa.Column('agency', sa.String(length=100), nullable=False),
    sa.Column('pnr', sa.String(length=10), nullable=True),
    sa.Column('fare_minor', sa.Integer(), nullable=False),
    sa.Column('taxes_minor', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('pending', sa.String(length=12), nullable=True),
    sa.Column('pending_fee_kind', sa.String(length=15), nullable=True),
    sa.Column('pending_fare_minor', sa.Integer(), nullable=False),
    sa.Column('pending_taxes_minor', sa.Integer(), nullable=False),
    sa.Column('arrived_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('created_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ids_erased_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("pay_method IN ('cash','card','room')", name=op.f('ck_ticket_order_pay_method')),
    sa.CheckConstraint("pending IS NULL OR pending IN ('booking','change','refund_fee')", name=op.f('ck_ticket_order_pending')),
    sa.CheckConstraint("state IN ('enquiry','reserved','paid','issued','delivered','changed','refunded','cancelled')", name=op.f('ck_ticket_order_state')),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_ticket_order_counter_id_counter')),
    sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_ticket_order_created_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_order'))
    )
    op.create_index('ix_ticket_order_state', 'ticket_order', ['state'], unique=False)
    op.create_table('ticket_passenger',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('id_name', sa.String(length=200), nullable=False),
    sa.Column('id_type', sa.String(length=10), nullable=False),
    sa.Column('id_number', sa.String(length=40), nullable=True),
    sa.Column('id_expiry', sa.Date(), nullable=False),
    sa.Column('ticket_no', sa.String(length=20), nullable=True),
    sa.CheckConstraint("id_type IN ('id_card','passport','other')", name=op.f('ck_ticket_passenger_id_type')),
    sa.ForeignKeyConstraint(['order_id'], ['ticket_order.id'], name=op.f('fk_ticket_passenger_order_id_ticket_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_passenger'))
    )
    op.create_index(op.f('ix_ticket_passenger_order_id'), 'ticket_passenger', ['order_id'], unique=False)
    op.create_table('ticket_segment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('airline', sa.String(length=3), nullable=False),
    sa.Column('flight_no', sa.String(length=8), nullable=False),
    sa.Column('origin', sa.String(length=3), nullable=False),
    sa.Column('destination', sa.String(length=3), nullable=False),
    sa.Column('departs_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('cabin', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.CheckConstraint("cabin IN ('economy','premium','business','first')", name=op.f('ck_ticket_segment_cabin')),
    sa.CheckConstraint("status IN ('pending','active','replaced')", name=op.f('ck_ticket_segment_status')),
    sa.ForeignKeyConstraint(['order_id'], ['ticket_order.id'], name=op.f('fk_ticket_segment_order_id_ticket_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_segment'))
    )
    op.create_index('ix_ticket_segment_departs_at', 'ticket_segment', ['departs_at'], unique=False)
    op.create_index(op.f('ix_ticket_segment_order_id'), 'ticket_segment', ['order_id'], unique=False)
    op.create_table('ticket_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('state_from', sa.String(length=12), nullable=True),
    sa.Column('state_to', sa.String(length=12), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['order_id'], ['ticket_order.id'], name=op.f('fk_ticket_event_order_id_ticket_order')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_ticket_event_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_event'))
    )
    op.create_index(op.f('ix_ticket_event_order_id'), 'ticket_event', ['order_id'], unique=False)
    op.create_table('ticket_charge',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=12), nullable=False),
    sa.Column('service', sa.String(length=12), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('settled_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('reversal_sale_id', sa.Integer(), nullable=True),
    sa.Column('reversed_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("purpose IN ('booking','change','refund_fee')", name=op.f('ck_ticket_charge_purpose')),
    sa.CheckConstraint("service IN ('ticket_fee','ticket_fare')", name=op.f('ck_ticket_charge_service')),
    sa.ForeignKeyConstraint(['order_id'], ['ticket_order.id'], name=op.f('fk_ticket_charge_order_id_ticket_order')),
    sa.ForeignKeyConstraint(['reversal_sale_id'], ['sale.id'], name=op.f('fk_ticket_charge_reversal_sale_id_sale')),
    sa.ForeignKeyConstraint(['sale_id'], ['sale.id'], name=op.f('fk_ticket_charge_sale_id_sale')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_charge'))
    )
    op.create_index(op.f('ix_ticket_charge_order_id'), 'ticket_charge', ['order_id'], unique=False)
    op.create_index(op.f('ix_ticket_charge_sale_id'), 'ticket_charge', ['sale_id'], unique=False)
    op.create_table('ticket_disruption',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('old_departs_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('new_departs_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('recorded_by', sa.Integer(), nullable=False),
    sa.Column('recorded_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('notified_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('notified_how', sa.String(length=20), nullable=True),
    sa.Column('notified_by', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('delay','cancellation')", name=op.f('ck_ticket_disruption_kind')),
    sa.ForeignKeyConstraint(['notified_by'], ['staff.id'], name=op.f('fk_ticket_disruption_notified_by_staff')),
    sa.ForeignKeyConstraint(['order_id'], ['ticket_order.id'], name=op.f('fk_ticket_disruption_order_id_ticket_order')),
    sa.ForeignKeyConstraint(['recorded_by'], ['staff.id'], name=op.f('fk_ticket_disruption_recorded_by_staff')),
    sa.ForeignKeyConstraint(['segment_id'], ['ticket_segment.id'], name=op.f('fk_ticket_disruption_segment_id_ticket_segment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_disruption'))
    )
    op.create_index(op.f('ix_ticket_disruption_order_id'), 'ticket_disruption', ['order_id'], unique=False)


def downgrade() -> None:
    op.drop_table('ticket_disruption')
    op.drop_table('ticket_charge')
    op.drop_table('ticket_event')
    op.drop_table('ticket_segment')
    op.drop_table('ticket_passenger')
    op.drop_table('ticket_order')
