"""notices that clerks acknowledge at sign-in, and each shift opening's punctuality against the roster

Not the money ledger: a notice is withdrawn (never deleted), an acknowledgement and a punctuality row
are written once. The punctuality row copies the rostered turn, so no foreign key to roster_shift.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa
import bizcenter.models.base

revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None

UTC = bizcenter.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table('notice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('audience', sa.String(length=10), nullable=False),
    sa.Column('title_zh', sa.String(length=200), nullable=True),
    sa.Column('body_zh', sa.Text(), nullable=True),
    sa.Column('title_en', sa.String(length=200), nullable=True),
    sa.Column('body_en', sa.Text(), nullable=True),
    sa.Column('posted_at', UTC, nullable=False),
    sa.Column('posted_by', sa.Integer(), nullable=False),
    sa.Column('withdrawn_at', UTC, nullable=True),
    sa.Column('withdrawn_by', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('meeting','procedure','other')", name=op.f('ck_notice_kind')),
    sa.CheckConstraint("audience IN ('clerks','chosen')", name=op.f('ck_notice_audience')),
    sa.CheckConstraint("(title_zh IS NOT NULL AND body_zh IS NOT NULL) OR "
                       "(title_en IS NOT NULL AND body_en IS NOT NULL)", name=op.f('ck_notice_some_text')),
    sa.ForeignKeyConstraint(['posted_by'], ['staff.id'], name=op.f('fk_notice_posted_by_staff')),
    sa.ForeignKeyConstraint(['withdrawn_by'], ['staff.id'], name=op.f('fk_notice_withdrawn_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice'))
    )
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.create_index('ix_notice_posted_at', ['posted_at'], unique=False)

    op.create_table('notice_reader',
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['notice_id'], ['notice.id'], name=op.f('fk_notice_reader_notice_id_notice')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_notice_reader_staff_id_staff')),
    sa.PrimaryKeyConstraint('notice_id', 'staff_id', name=op.f('pk_notice_reader'))
    )

    op.create_table('notice_ack',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('acknowledged_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['notice_id'], ['notice.id'], name=op.f('fk_notice_ack_notice_id_notice')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_notice_ack_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice_ack')),
    sa.UniqueConstraint('notice_id', 'staff_id', name='uq_notice_ack_one_per_reader')
    )
    with op.batch_alter_table('notice_ack', schema=None) as batch_op:
        batch_op.create_index('ix_notice_ack_staff', ['staff_id'], unique=False)

    op.create_table('shift_punctuality',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('opened_at', UTC, nullable=False),
    sa.Column('rostered', sa.Boolean(), nullable=False),
    sa.Column('roster_id', sa.Integer(), nullable=True),
    sa.Column('work_date', sa.Date(), nullable=True),
    sa.Column('starts', sa.String(length=5), nullable=True),
    sa.Column('ends', sa.String(length=5), nullable=True),
    sa.Column('rostered_start', UTC, nullable=True),
    sa.Column('early_minutes', sa.Integer(), nullable=False),
    sa.Column('due_at', UTC, nullable=True),
    sa.Column('minutes_late', sa.Integer(), nullable=False),
    sa.CheckConstraint('minutes_late >= 0', name=op.f('ck_shift_punctuality_minutes_late')),
    sa.CheckConstraint('rostered = (roster_id IS NOT NULL)', name=op.f('ck_shift_punctuality_rostered_turn')),
    sa.ForeignKeyConstraint(['shift_id'], ['shift.id'], name=op.f('fk_shift_punctuality_shift_id_shift')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_shift_punctuality_staff_id_staff')),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_shift_punctuality_counter_id_counter')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_punctuality')),
    sa.UniqueConstraint('shift_id', name='uq_shift_punctuality_one_per_shift')
    )
    with op.batch_alter_table('shift_punctuality', schema=None) as batch_op:
        batch_op.create_index('ix_shift_punctuality_day', ['business_date'], unique=False)
        batch_op.create_index('ix_shift_punctuality_work_date', ['work_date'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('shift_punctuality', schema=None) as batch_op:
        batch_op.drop_index('ix_shift_punctuality_work_date')
        batch_op.drop_index('ix_shift_punctuality_day')
    op.drop_table('shift_punctuality')
    with op.batch_alter_table('notice_ack', schema=None) as batch_op:
        batch_op.drop_index('ix_notice_ack_staff')
    op.drop_table('notice_ack')
    op.drop_table('notice_reader')
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.drop_index('ix_notice_posted_at')
    op.drop_table('notice')
