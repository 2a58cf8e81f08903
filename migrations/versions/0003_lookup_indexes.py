"""lookup index for the shift handover

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # pending_handover reads a counter's latest closed shift at every shift start; without this it
    # scanned every shift the counter ever had.
    op.create_index("ix_shift_counter_closed_at", "shift", ["counter_id", "closed_at"])


def downgrade() -> None:
    op.drop_index("ix_shift_counter_closed_at", table_name="shift")
