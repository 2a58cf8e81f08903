"""fapiao requests (reserved: filled in by the part that needs it)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""
from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
