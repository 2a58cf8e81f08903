"""the live PMS link: the link's state and each FIAS posting by its sequence number (P#)

Operational records kept beside the ledger (they reference payment and posting rows by id and add no
column to the chained tables): a posting row moves on from sent to answered or queued, so it has no
append-only triggers; its sequence number is never reused.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

UTC = bizcenter.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table('pms_link_state',
    sa.Column('name', sa.String(length=20), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('since', UTC, nullable=False),
    sa.Column('last_alive_at', UTC, nullable=True),
    sa.Column('last_error', sa.String(length=200), nullable=True),
    sa.Column('updated_at', UTC, nullable=False),
    sa.CheckConstraint("state IN ('down','connecting','up')", name=op.f('ck_pms_link_state_state')),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_pms_link_state'))
    )
    op.create_table('pms_posting',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('draft_key', sa.String(length=64), nullable=True),
    sa.Column('payment_id', sa.Integer(), nullable=True),
    sa.Column('ledger_posting_id', sa.Integer(), nullable=True),
    sa.Column('reverses_seq', sa.Integer(), nullable=True),
    sa.Column('room', sa.String(length=10), nullable=False),
    sa.Column('guest_name', sa.String(length=200), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('state', sa.String(length=14), nullable=False),
    sa.Column('wanted', sa.Boolean(), nullable=False),
    sa.Column('answer_status', sa.String(length=4), nullable=True),
    sa.Column('answer_text', sa.String(length=200), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('created_at', UTC, nullable=False),
    sa.Column('sent_at', UTC, nullable=True),
    sa.Column('answered_at', UTC, nullable=True),
    sa.CheckConstraint("state IN ('sent','answered_ok','refused','queued','unconfirmed','withdrawn')",
                       name=op.f('ck_pms_posting_state')),
    sa.CheckConstraint("kind IN ('charge','correction')", name=op.f('ck_pms_posting_kind')),
    sa.ForeignKeyConstraint(['payment_id'], ['payment.id'], name=op.f('fk_pms_posting_payment_id_payment')),
    sa.ForeignKeyConstraint(['ledger_posting_id'], ['posting.id'],
                            name=op.f('fk_pms_posting_ledger_posting_id_posting')),
    sa.ForeignKeyConstraint(['reverses_seq'], ['pms_posting.seq'],
                            name=op.f('fk_pms_posting_reverses_seq_pms_posting')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_pms_posting')),
    sa.UniqueConstraint('ledger_posting_id', name=op.f('uq_pms_posting_ledger_posting_id'))
    )
    with op.batch_alter_table('pms_posting', schema=None) as batch_op:
        batch_op.create_index('ix_pms_posting_state', ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_pms_posting_draft_key'), ['draft_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_pms_posting_payment_id'), ['payment_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('pms_posting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pms_posting_payment_id'))
        batch_op.drop_index(batch_op.f('ix_pms_posting_draft_key'))
        batch_op.drop_index('ix_pms_posting_state')
    op.drop_table('pms_posting')
    op.drop_table('pms_link_state')
