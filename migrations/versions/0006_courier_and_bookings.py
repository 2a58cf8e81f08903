"""courier consignments, meeting-room and equipment bookings

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('courier_consignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('carrier', sa.String(length=10), nullable=False),
    sa.Column('waybill_no', sa.String(length=40), nullable=False),
    sa.Column('sender_kind', sa.String(length=10), nullable=False),
    sa.Column('sender_name', sa.String(length=200), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=True),
    sa.Column('room', sa.String(length=10), nullable=True),
    sa.Column('sender_phone', sa.String(length=30), nullable=True),
    sa.Column('recipient', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=2), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('destination', sa.String(length=10), nullable=False),
    sa.Column('grams', sa.Integer(), nullable=False),
    sa.Column('quoted_minor', sa.Integer(), nullable=False),
    sa.Column('sender_copy', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('created_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('delivered_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('delivered_by', sa.Integer(), nullable=True),
    sa.Column('delivery_note', sa.Text(), nullable=True),
    sa.Column('charge_sale_id', sa.Integer(), nullable=True),
    sa.Column('charged_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("sender_kind IN ('guest','walk_in')", name=op.f('ck_courier_consignment_sender_kind')),
    sa.CheckConstraint("status IN ('sent','delivered')", name=op.f('ck_courier_consignment_status')),
    sa.CheckConstraint('grams > 0', name=op.f('ck_courier_consignment_grams')),
    sa.ForeignKeyConstraint(['charge_sale_id'], ['sale.id'], name=op.f('fk_courier_consignment_charge_sale_id_sale')),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_courier_consignment_counter_id_counter')),
    sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_courier_consignment_created_by_staff')),
    sa.ForeignKeyConstraint(['delivered_by'], ['staff.id'], name=op.f('fk_courier_consignment_delivered_by_staff')),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_courier_consignment_stay_id_stay')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_courier_consignment')),
    sa.UniqueConstraint('carrier', 'waybill_no', name='uq_courier_consignment_carrier_waybill')
    )
    with op.batch_alter_table('courier_consignment', schema=None) as batch_op:
        batch_op.create_index('ix_courier_consignment_status', ['status', 'created_at'], unique=False)

    op.create_table('rental_booking',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('service', sa.String(length=20), nullable=False),
    sa.Column('item', sa.String(length=40), nullable=False),
    sa.Column('units', sa.Integer(), nullable=False),
    sa.Column('starts_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('party_kind', sa.String(length=10), nullable=False),
    sa.Column('party_name', sa.String(length=200), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=True),
    sa.Column('room', sa.String(length=10), nullable=True),
    sa.Column('company', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('created_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('handed_out_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('handed_out_by', sa.Integer(), nullable=True),
    sa.Column('returned_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('returned_by', sa.Integer(), nullable=True),
    sa.Column('cancelled_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('cancelled_by', sa.Integer(), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=True),
    sa.Column('charge_params', sa.JSON(), nullable=True),
    sa.Column('charge_sale_id', sa.Integer(), nullable=True),
    sa.Column('charged_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("party_kind IN ('guest','visitor')", name=op.f('ck_rental_booking_party_kind')),
    sa.CheckConstraint("service IN ('meeting_room','equipment')", name=op.f('ck_rental_booking_service')),
    sa.CheckConstraint("status IN ('booked','out','returned','cancelled')", name=op.f('ck_rental_booking_status')),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_rental_booking_slot')),
    sa.CheckConstraint('units >= 1', name=op.f('ck_rental_booking_units')),
    sa.ForeignKeyConstraint(['cancelled_by'], ['staff.id'], name=op.f('fk_rental_booking_cancelled_by_staff')),
    sa.ForeignKeyConstraint(['charge_sale_id'], ['sale.id'], name=op.f('fk_rental_booking_charge_sale_id_sale')),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_rental_booking_counter_id_counter')),
    sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_rental_booking_created_by_staff')),
    sa.ForeignKeyConstraint(['handed_out_by'], ['staff.id'], name=op.f('fk_rental_booking_handed_out_by_staff')),
    sa.ForeignKeyConstraint(['returned_by'], ['staff.id'], name=op.f('fk_rental_booking_returned_by_staff')),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_rental_booking_stay_id_stay')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rental_booking'))
    )
    with op.batch_alter_table('rental_booking', schema=None) as batch_op:
        batch_op.create_index('ix_rental_booking_slot', ['service', 'item', 'starts_at'], unique=False)
        batch_op.create_index('ix_rental_booking_status', ['status'], unique=False)

    op.create_table('rental_deposit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('booking_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('card_last4', sa.String(length=4), nullable=True),
    sa.Column('card_approval', sa.String(length=12), nullable=True),
    sa.Column('taken_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('taken_by', sa.Integer(), nullable=False),
    sa.Column('returned_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('returned_by', sa.Integer(), nullable=True),
    sa.CheckConstraint("method IN ('cash','card')", name=op.f('ck_rental_deposit_method')),
    sa.CheckConstraint('amount_minor > 0', name=op.f('ck_rental_deposit_amount')),
    sa.ForeignKeyConstraint(['booking_id'], ['rental_booking.id'], name=op.f('fk_rental_deposit_booking_id_rental_booking')),
    sa.ForeignKeyConstraint(['returned_by'], ['staff.id'], name=op.f('fk_rental_deposit_returned_by_staff')),
    sa.ForeignKeyConstraint(['taken_by'], ['staff.id'], name=op.f('fk_rental_deposit_taken_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rental_deposit')),
    sa.UniqueConstraint('booking_id', name=op.f('uq_rental_deposit_booking_id'))
    )


def downgrade() -> None:
    op.drop_table('rental_deposit')
    with op.batch_alter_table('rental_booking', schema=None) as batch_op:
        batch_op.drop_index('ix_rental_booking_status')
        batch_op.drop_index('ix_rental_booking_slot')

    op.drop_table('rental_booking')
    with op.batch_alter_table('courier_consignment', schema=None) as batch_op:
        batch_op.drop_index('ix_courier_consignment_status')

    op.drop_table('courier_consignment')
