"""guests' ID numbers and internet passwords sealed at rest; the database's key fingerprint

The two columns grow to hold a Fernet token (`enc1:…`), and the clear values already stored are
sealed here with this installation's key file (`bizcenter.secretbox`, created if it does not exist
yet), whose fingerprint the new `sealing_key` table keeps. Downgrade opens them again (with the key).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa
import bizcenter.models.base

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

SEALED = (('ticket_passenger', 'id_number', 40, True), ('internet_session', 'password', 20, False))


def upgrade() -> None:
    from bizcenter import secretbox

    op.create_table('sealing_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('created_at', bizcenter.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sealing_key'))
    )
    for table, column, old_length, nullable in SEALED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(column, existing_type=sa.String(length=old_length), type_=sa.String(length=200),
                                  existing_nullable=nullable)
    key = secretbox.load_key(create=True)
    _rewrite(secretbox.seal, clear=True)
    keys = sa.table('sealing_key', sa.column('fingerprint', sa.String),
                    sa.column('created_at', bizcenter.models.base.UTCDateTime()))
    op.bulk_insert(keys, [{'fingerprint': secretbox.fingerprint(key), 'created_at': datetime.now(timezone.utc)}])


def downgrade() -> None:
    from bizcenter import secretbox

    _rewrite(secretbox.open_sealed, clear=False)
    for table, column, old_length, nullable in SEALED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(column, existing_type=sa.String(length=200), type_=sa.String(length=old_length),
                                  existing_nullable=nullable)
    op.drop_table('sealing_key')


def _rewrite(change, clear: bool) -> None:
    """Seal every clear value (`clear`), or open every sealed one; row by row, keyed by id."""
    conn = op.get_bind()
    for table, column, _, _ in SEALED:
        test = "NOT LIKE 'enc1:%'" if clear else "LIKE 'enc1:%'"
        rows = conn.execute(sa.text(f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL "
                                    f"AND {column} <> '' AND {column} {test}")).all()
        for row_id, value in rows:
            new = change(value)
            if new == "[encrypted]":  # opening needs the key: never write the placeholder over the value
                raise RuntimeError(f"cannot open {table}.{column}: this PC's key file is missing or wrong")
            conn.execute(sa.text(f"UPDATE {table} SET {column} = :v WHERE id = :id"),
                         {"v": new, "id": row_id})

