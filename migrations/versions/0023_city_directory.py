"""the city directory: places the business centre keeps for guests, bilingual names and addresses

Reference data the supervisor edits in place (the audit trail keeps who); not the money ledger, so no
append-only triggers.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None

UTC = bizcenter.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table('directory_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=15), nullable=False),
    sa.Column('name_zh', sa.String(length=200), nullable=True),
    sa.Column('name_en', sa.String(length=200), nullable=True),
    sa.Column('address_zh', sa.Text(), nullable=True),
    sa.Column('address_en', sa.Text(), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('hours', sa.Text(), nullable=True),
    sa.Column('website', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('example', sa.Boolean(), nullable=False),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('changed_by', sa.Integer(), nullable=False),
    sa.Column('changed_at', UTC, nullable=False),
    sa.CheckConstraint("category IN ('office','consulate','bank','hospital','shop','transport','restaurant','other')",
                       name=op.f('ck_directory_entry_category')),
    sa.CheckConstraint("name_zh IS NOT NULL OR name_en IS NOT NULL", name=op.f('ck_directory_entry_named')),
    sa.ForeignKeyConstraint(['changed_by'], ['staff.id'], name=op.f('fk_directory_entry_changed_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_directory_entry'))
    )
    with op.batch_alter_table('directory_entry', schema=None) as batch_op:
        batch_op.create_index('ix_directory_entry_category', ['active', 'category'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('directory_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_directory_entry_category')
    op.drop_table('directory_entry')
