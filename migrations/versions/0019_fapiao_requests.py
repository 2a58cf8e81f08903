"""fapiao requests: the guest's buyer details, the sales each request covers (one request per sale, a
unique row), the fapiao number finance issued, and red-letter fapiaos for reversals of invoiced sales

Operational records pointing at the ledger's sales, not money records: no chain, no append-only triggers
(a request moves from requested to issued; the audit log keeps who did each step).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None

UTC = bizcenter.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table('fapiao_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('requested_at', UTC, nullable=False),
    sa.Column('requested_by', sa.Integer(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('electronic', sa.Boolean(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('taxpayer_no', sa.String(length=18), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('bank', sa.String(length=200), nullable=True),
    sa.Column('account', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('fapiao_no', sa.String(length=40), nullable=True),
    sa.Column('issued_amount_minor', sa.Integer(), nullable=True),
    sa.Column('issued_at', UTC, nullable=True),
    sa.Column('issued_by', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('ordinary','special')", name=op.f('ck_fapiao_request_kind')),
    sa.CheckConstraint("status IN ('requested','issued')", name=op.f('ck_fapiao_request_status')),
    sa.CheckConstraint("status <> 'issued' OR (fapiao_no IS NOT NULL AND issued_at IS NOT NULL "
                       "AND issued_by IS NOT NULL)", name=op.f('ck_fapiao_request_issued_state')),
    sa.CheckConstraint("kind <> 'special' OR (taxpayer_no IS NOT NULL AND address IS NOT NULL AND phone IS NOT NULL "
                       "AND bank IS NOT NULL AND account IS NOT NULL)", name=op.f('ck_fapiao_request_special_fields')),
    sa.CheckConstraint("NOT electronic OR email IS NOT NULL", name=op.f('ck_fapiao_request_electronic_email')),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_fapiao_request_counter_id_counter')),
    sa.ForeignKeyConstraint(['requested_by'], ['staff.id'], name=op.f('fk_fapiao_request_requested_by_staff')),
    sa.ForeignKeyConstraint(['issued_by'], ['staff.id'], name=op.f('fk_fapiao_request_issued_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fapiao_request'))
    )
    with op.batch_alter_table('fapiao_request', schema=None) as batch_op:
        batch_op.create_index('ix_fapiao_request_business_date', ['business_date'], unique=False)

    op.create_table('fapiao_request_sale',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['fapiao_request.id'],
                            name=op.f('fk_fapiao_request_sale_request_id_fapiao_request')),
    sa.ForeignKeyConstraint(['sale_id'], ['sale.id'], name=op.f('fk_fapiao_request_sale_sale_id_sale')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fapiao_request_sale')),
    sa.UniqueConstraint('sale_id', name=op.f('uq_fapiao_request_sale_sale_id'))
    )
    with op.batch_alter_table('fapiao_request_sale', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fapiao_request_sale_request_id'), ['request_id'], unique=False)

    op.create_table('fapiao_red_letter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('reversal_id', sa.Integer(), nullable=False),
    sa.Column('red_no', sa.String(length=40), nullable=False),
    sa.Column('issued_at', UTC, nullable=False),
    sa.Column('issued_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['fapiao_request.id'],
                            name=op.f('fk_fapiao_red_letter_request_id_fapiao_request')),
    sa.ForeignKeyConstraint(['reversal_id'], ['sale.id'], name=op.f('fk_fapiao_red_letter_reversal_id_sale')),
    sa.ForeignKeyConstraint(['issued_by'], ['staff.id'], name=op.f('fk_fapiao_red_letter_issued_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fapiao_red_letter')),
    sa.UniqueConstraint('reversal_id', name=op.f('uq_fapiao_red_letter_reversal_id'))
    )
    with op.batch_alter_table('fapiao_red_letter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fapiao_red_letter_request_id'), ['request_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('fapiao_red_letter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fapiao_red_letter_request_id'))
    op.drop_table('fapiao_red_letter')
    with op.batch_alter_table('fapiao_request_sale', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fapiao_request_sale_request_id'))
    op.drop_table('fapiao_request_sale')
    with op.batch_alter_table('fapiao_request', schema=None) as batch_op:
        batch_op.drop_index('ix_fapiao_request_business_date')
    op.drop_table('fapiao_request')
