"""procedure checks kept on the business records (fax number read back); rentals charged from the actual hand-over

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

A rental's actual hand-over time was already kept (`rental_booking.handed_out_at`): charging from it
needs no new column. The fax record now keeps that the number and recipient were read back to the
guest; faxes sent before this revision keep NULL (the record did not say).
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('fax_job', schema=None) as batch_op:
        batch_op.add_column(sa.Column('read_back', sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('fax_job', schema=None) as batch_op:
        batch_op.drop_column('read_back')
