"""the clerk's logs at the counter: phone and visitor messages for in-house guests, enquiries answered

Operational logs, not the money ledger: a message row moves on (taken → notified → delivered) and the
audit trail keeps who did each step and when; no append-only triggers.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

UTC = bizcenter.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table('guest_message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('taken_at', UTC, nullable=False),
    sa.Column('taken_by', sa.Integer(), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=False),
    sa.Column('room', sa.String(length=10), nullable=False),
    sa.Column('guest_name', sa.String(length=200), nullable=False),
    sa.Column('caller_name', sa.String(length=200), nullable=False),
    sa.Column('caller_phone', sa.String(length=40), nullable=True),
    sa.Column('caller_company', sa.String(length=200), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('callback', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=15), nullable=False),
    sa.Column('notified_how', sa.String(length=20), nullable=True),
    sa.Column('notified_at', UTC, nullable=True),
    sa.Column('notified_by', sa.Integer(), nullable=True),
    sa.Column('delivered_how', sa.String(length=20), nullable=True),
    sa.Column('delivered_at', UTC, nullable=True),
    sa.Column('delivered_by', sa.Integer(), nullable=True),
    sa.Column('closed_note', sa.Text(), nullable=True),
    sa.CheckConstraint("kind IN ('phone','visitor')", name=op.f('ck_guest_message_kind')),
    sa.CheckConstraint("status IN ('taken','notified','delivered','undeliverable')",
                       name=op.f('ck_guest_message_status')),
    sa.CheckConstraint("status <> 'delivered' OR delivered_at IS NOT NULL",
                       name=op.f('ck_guest_message_delivered_state')),
    sa.CheckConstraint("status <> 'notified' OR notified_at IS NOT NULL",
                       name=op.f('ck_guest_message_notified_state')),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_guest_message_counter_id_counter')),
    sa.ForeignKeyConstraint(['taken_by'], ['staff.id'], name=op.f('fk_guest_message_taken_by_staff')),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_guest_message_stay_id_stay')),
    sa.ForeignKeyConstraint(['notified_by'], ['staff.id'], name=op.f('fk_guest_message_notified_by_staff')),
    sa.ForeignKeyConstraint(['delivered_by'], ['staff.id'], name=op.f('fk_guest_message_delivered_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guest_message'))
    )
    with op.batch_alter_table('guest_message', schema=None) as batch_op:
        batch_op.create_index('ix_guest_message_status', ['status', 'taken_at'], unique=False)
        batch_op.create_index('ix_guest_message_taken_at', ['taken_at'], unique=False)

    op.create_table('enquiry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('asked_at', UTC, nullable=False),
    sa.Column('answered_by', sa.Integer(), nullable=False),
    sa.Column('guest_name', sa.String(length=200), nullable=True),
    sa.Column('room', sa.String(length=10), nullable=True),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_enquiry_counter_id_counter')),
    sa.ForeignKeyConstraint(['answered_by'], ['staff.id'], name=op.f('fk_enquiry_answered_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enquiry'))
    )
    with op.batch_alter_table('enquiry', schema=None) as batch_op:
        batch_op.create_index('ix_enquiry_asked_at', ['asked_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('enquiry', schema=None) as batch_op:
        batch_op.drop_index('ix_enquiry_asked_at')
    op.drop_table('enquiry')
    with op.batch_alter_table('guest_message', schema=None) as batch_op:
        batch_op.drop_index('ix_guest_message_taken_at')
        batch_op.drop_index('ix_guest_message_status')
    op.drop_table('guest_message')
