"""VIP travel movements (reserved: filled in by the travel work)

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


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
