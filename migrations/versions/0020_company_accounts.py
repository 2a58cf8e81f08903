"""company accounts (挂账 / city ledger): companies and their contacts, account charges beside their
payment rows, payments received against an account; `payment.method` may be 'account'

`account_charge` and `account_receipt` are money records: append-only by trigger like the other
ledger tables (not hash-chained). On SQLite the changed check constraint on `payment` needs a batch copy
of the table, which drops its append-only triggers: they are put back.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None

UTC = bizcenter.models.base.UTCDateTime(timezone=True)
TABLES = ("account_charge", "account_receipt")
_CHECK_BEFORE = ("method IN ('cash','card','room','qr') AND (method = 'qr') = (provider IS NOT NULL) "
                 "AND (provider IS NULL OR provider IN ('wechat','alipay','unionpay'))")
_CHECK = ("method IN ('cash','card','room','qr','account') AND (method = 'qr') = (provider IS NOT NULL) "
          "AND (provider IS NULL OR provider IN ('wechat','alipay','unionpay'))")


def upgrade() -> None:
    op.create_table('company',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('credit_limit_minor', sa.Integer(), nullable=False),
    sa.Column('terms_days', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('changed_by', sa.Integer(), nullable=False),
    sa.Column('changed_at', UTC, nullable=False),
    sa.CheckConstraint('credit_limit_minor >= 0', name=op.f('ck_company_credit_limit')),
    sa.CheckConstraint('terms_days BETWEEN 0 AND 365', name=op.f('ck_company_terms_days')),
    sa.ForeignKeyConstraint(['changed_by'], ['staff.id'], name=op.f('fk_company_changed_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_company')),
    sa.UniqueConstraint('code', name=op.f('uq_company_code'))
    )
    op.create_table('company_contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('authorised', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_company_contact_company_id_company')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_company_contact'))
    )
    with op.batch_alter_table('company_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_company_contact_company_id'), ['company_id'], unique=False)
    op.create_table('account_charge',
    sa.Column('payment_id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('signer', sa.String(length=200), nullable=False),
    sa.Column('voucher_no', sa.String(length=30), nullable=True),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('posted_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_account_charge_company_id_company')),
    sa.ForeignKeyConstraint(['payment_id'], ['payment.id'], name=op.f('fk_account_charge_payment_id_payment')),
    sa.ForeignKeyConstraint(['sale_id'], ['sale.id'], name=op.f('fk_account_charge_sale_id_sale')),
    sa.PrimaryKeyConstraint('payment_id', name=op.f('pk_account_charge'))
    )
    with op.batch_alter_table('account_charge', schema=None) as batch_op:
        batch_op.create_index('ix_account_charge_company', ['company_id', 'business_date'], unique=False)
    op.create_table('account_receipt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=60), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('received_at', UTC, nullable=False),
    sa.Column('received_by', sa.Integer(), nullable=False),
    sa.CheckConstraint("method IN ('cash','card','transfer')", name=op.f('ck_account_receipt_method')),
    sa.CheckConstraint('amount_minor > 0', name=op.f('ck_account_receipt_amount')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_account_receipt_company_id_company')),
    sa.ForeignKeyConstraint(['received_by'], ['staff.id'], name=op.f('fk_account_receipt_received_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_receipt'))
    )
    with op.batch_alter_table('account_receipt', schema=None) as batch_op:
        batch_op.create_index('ix_account_receipt_company', ['company_id', 'business_date'], unique=False)
    _guards(TABLES)
    _payment_check(_CHECK)


def downgrade() -> None:
    _payment_check(_CHECK_BEFORE)
    _drop_guards(TABLES)
    for table in ("account_receipt", "account_charge"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{table}_company')
        op.drop_table(table)
    with op.batch_alter_table('company_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_company_contact_company_id'))
    op.drop_table('company_contact')
    op.drop_table('company')


def _payment_check(check: str) -> None:
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_payment_method'), type_='check')
        batch_op.create_check_constraint('method', check)
    if op.get_bind().dialect.name == "sqlite":  # the batch copy of `payment` dropped its triggers
        _guards(("payment",), if_not_exists=True)


def _guards(tables, if_not_exists: bool = False) -> None:
    """Append-only, as 0001 guards the ledger (its trigger function exists on PostgreSQL)."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    maybe = "IF NOT EXISTS " if if_not_exists else ""
    for table in tables:
        if sqlite:
            for verb in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {maybe}{table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, 'append-only: {table} rows are never changed'); END")
        else:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION bizcenter_append_only()")


def _drop_guards(tables) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in tables:
        if sqlite:
            for verb in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
