"""Initial schema: think tank, expert groups, members and a first meetings table.

Written against tables, not the ORM classes, so it never changes when a model does.

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('expert_group',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('actor_kind', sa.Enum('users', 'clinicians', 'managers', 'quality_consultants', 'researchers', 'education', 'other', name='actorkind', native_enum=False, length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('min_size', sa.Integer(), nullable=False),
    sa.Column('max_size', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expert_group')),
    sa.UniqueConstraint('name', name=op.f('uq_expert_group_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_expert_group_uuid'))
    )
    op.create_table('meeting',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('start', sa.Time(), nullable=False),
    sa.Column('end', sa.Time(), nullable=False),
    sa.Column('format', sa.Enum('full_day', 'half_day', name='meetingformat', native_enum=False, length=32), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('status', sa.Enum('planned', 'held', 'cancelled', name='meetingstatus', native_enum=False, length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting')),
    sa.UniqueConstraint('uuid', name=op.f('uq_meeting_uuid'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_date'), ['date'], unique=False)

    op.create_table('think_tank',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('meeting_target', sa.Integer(), nullable=False),
    sa.Column('commitment_min', sa.Integer(), nullable=False),
    sa.Column('commitment_max', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_think_tank')),
    sa.UniqueConstraint('uuid', name=op.f('uq_think_tank_uuid'))
    )
    op.create_table('meeting_group',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['expert_group.id'], name=op.f('fk_meeting_group_group_id_expert_group'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_group_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'group_id', name=op.f('pk_meeting_group'))
    )
    op.create_table('member',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('job_title', sa.String(length=200), nullable=False),
    sa.Column('sector', sa.Enum('region', 'municipality', 'general_practice', 'patient_organisation', 'education', 'research', 'other', name='sector', native_enum=False, length=32), nullable=True),
    sa.Column('region', sa.Enum('hovedstaden', 'sjaelland', 'syddanmark', 'midtjylland', 'nordjylland', name='region', native_enum=False, length=32), nullable=True),
    sa.Column('municipality', sa.String(length=100), nullable=False),
    sa.Column('recruited_via', sa.Enum('kl', 'danske_regioner', 'vibis', 'other', name='recruitedvia', native_enum=False, length=32), nullable=True),
    sa.Column('recruited_via_note', sa.String(length=200), nullable=False),
    sa.Column('criterion_engaged', sa.Boolean(), nullable=False),
    sa.Column('criterion_engaged_note', sa.Text(), nullable=False),
    sa.Column('criterion_change_agent', sa.Boolean(), nullable=False),
    sa.Column('criterion_change_agent_note', sa.Text(), nullable=False),
    sa.Column('consent_named', sa.Boolean(), nullable=False),
    sa.Column('consent_named_on', sa.Date(), nullable=True),
    sa.Column('consent_contact', sa.Boolean(), nullable=False),
    sa.Column('consent_contact_on', sa.Date(), nullable=True),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['expert_group.id'], name=op.f('fk_member_group_id_expert_group'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member')),
    sa.UniqueConstraint('uuid', name=op.f('uq_member_uuid'))
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_group_id'), ['group_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_group_id'))
        batch_op.drop_index(batch_op.f('ix_member_email'))

    op.drop_table('member')
    op.drop_table('meeting_group')
    op.drop_table('think_tank')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_date'))

    op.drop_table('meeting')
    op.drop_table('expert_group')
