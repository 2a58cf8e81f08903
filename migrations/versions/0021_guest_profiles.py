"""guest profiles: how a guest is addressed, language, preferences, company, VIP level, a sealed ID number,
linked to front-office stays

Personal data, not the ledger: rows are changed in place and deleted when a profile is erased (on request
or after the ID numbers' retention period); no append-only triggers.

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

UTC = bizcenter.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table('guest_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title_zh', sa.String(length=20), nullable=True),
    sa.Column('name_zh', sa.String(length=100), nullable=True),
    sa.Column('title_en', sa.String(length=20), nullable=True),
    sa.Column('name_en', sa.String(length=200), nullable=True),
    sa.Column('name_key', sa.String(length=400), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=True),
    sa.Column('company', sa.String(length=200), nullable=True),
    sa.Column('vip_level', sa.String(length=4), nullable=False),
    sa.Column('id_number', sa.String(length=200), nullable=True),
    sa.Column('created_at', UTC, nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTC, nullable=True),
    sa.Column('last_seen', sa.Date(), nullable=False),
    sa.CheckConstraint("vip_level IN ('none','vip1','vip2','vip3')", name=op.f('ck_guest_profile_vip_level')),
    sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_guest_profile_created_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guest_profile'))
    )
    with op.batch_alter_table('guest_profile', schema=None) as batch_op:
        batch_op.create_index('ix_guest_profile_name_key', ['name_key'], unique=False)
        batch_op.create_index('ix_guest_profile_last_seen', ['last_seen'], unique=False)

    op.create_table('guest_profile_stay',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=False),
    sa.Column('guest_name', sa.String(length=200), nullable=False),
    sa.Column('name_key', sa.String(length=200), nullable=False),
    sa.Column('linked_at', UTC, nullable=False),
    sa.Column('linked_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['guest_profile.id'], ondelete='CASCADE',
                            name=op.f('fk_guest_profile_stay_profile_id_guest_profile')),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_guest_profile_stay_stay_id_stay')),
    sa.ForeignKeyConstraint(['linked_by'], ['staff.id'], name=op.f('fk_guest_profile_stay_linked_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guest_profile_stay')),
    sa.UniqueConstraint('stay_id', 'name_key', name=op.f('uq_guest_profile_stay_stay_id_name_key'))
    )
    with op.batch_alter_table('guest_profile_stay', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guest_profile_stay_profile_id'), ['profile_id'], unique=False)

    op.create_table('guest_preference',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('added_at', UTC, nullable=False),
    sa.Column('added_by', sa.Integer(), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('preference','dietary')", name=op.f('ck_guest_preference_kind')),
    sa.ForeignKeyConstraint(['profile_id'], ['guest_profile.id'], ondelete='CASCADE',
                            name=op.f('fk_guest_preference_profile_id_guest_profile')),
    sa.ForeignKeyConstraint(['added_by'], ['staff.id'], name=op.f('fk_guest_preference_added_by_staff')),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_guest_preference_counter_id_counter')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guest_preference'))
    )
    with op.batch_alter_table('guest_preference', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guest_preference_profile_id'), ['profile_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('guest_preference', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guest_preference_profile_id'))
    op.drop_table('guest_preference')
    with op.batch_alter_table('guest_profile_stay', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guest_profile_stay_profile_id'))
    op.drop_table('guest_profile_stay')
    with op.batch_alter_table('guest_profile', schema=None) as batch_op:
        batch_op.drop_index('ix_guest_profile_last_seen')
        batch_op.drop_index('ix_guest_profile_name_key')
    op.drop_table('guest_profile')
