"""the city directory (reserved: filled in by the directory work)

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


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
