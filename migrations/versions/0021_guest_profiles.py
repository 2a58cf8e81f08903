"""guest profiles (reserved: filled in by the profiles work)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
