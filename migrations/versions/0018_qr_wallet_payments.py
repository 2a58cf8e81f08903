"""qr wallet payments: a payment by WeChat Pay, Alipay or UnionPay QR keeps its provider and the
provider's transaction reference (never the guest's one-time payment code)

`payment` gains `provider` and `reference`, and its method may be 'qr'. On SQLite the changed check
constraint needs a batch copy of the table, which drops its append-only triggers: they are put back.
The ledger chain hashes new payment rows in canonical form "v2" (which covers the two columns); rows
chained before keep their "v1" links, which `verify` still checks under "v1".

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

_OLD = "method IN ('cash','card','room')"
_NEW = ("method IN ('cash','card','room','qr') AND (method = 'qr') = (provider IS NOT NULL) "
        "AND (provider IS NULL OR provider IN ('wechat','alipay','unionpay'))")


def upgrade() -> None:
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('provider', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('reference', sa.String(length=40), nullable=True))
        batch_op.drop_constraint(op.f('ck_payment_method'), type_='check')
        batch_op.create_check_constraint('method', _NEW)
    _guard_again()


def downgrade() -> None:
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_payment_method'), type_='check')
        batch_op.drop_column('reference')
        batch_op.drop_column('provider')
        batch_op.create_check_constraint('method', _OLD)
    _guard_again()


def _guard_again() -> None:
    """SQLite's batch copy of `payment` dropped its append-only triggers (PostgreSQL altered in place)."""
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER IF NOT EXISTS payment_no_{verb.lower()} BEFORE {verb} ON payment "
                       f"BEGIN SELECT RAISE(ABORT, 'append-only: payment rows are never changed'); END")
