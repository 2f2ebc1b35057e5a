"""Knowledge contributions to ViBIS, digests shared between groups, and questions between groups.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('question',
    sa.Column('from_group_id', sa.Integer(), nullable=False),
    sa.Column('to_group_id', sa.Integer(), nullable=False),
    sa.Column('asked_at_meeting_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('asked_on', sa.Date(), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('answered_at_meeting_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['answered_at_meeting_id'], ['meeting.id'], name=op.f('fk_question_answered_at_meeting_id_meeting'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['asked_at_meeting_id'], ['meeting.id'], name=op.f('fk_question_asked_at_meeting_id_meeting'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['from_group_id'], ['expert_group.id'], name=op.f('fk_question_from_group_id_expert_group'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['to_group_id'], ['expert_group.id'], name=op.f('fk_question_to_group_id_expert_group'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_question')),
    sa.UniqueConstraint('uuid', name=op.f('uq_question_uuid'))
    )
    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_question_from_group_id'), ['from_group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_question_to_group_id'), ['to_group_id'], unique=False)

    op.create_table('contribution',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('kind', sa.Enum('promoter', 'barrier', 'example', 'gap', name='contributionkind', native_enum=False, length=32), nullable=False),
    sa.Column('involvement', sa.Enum('organisational', 'individual', 'relatives', 'unspecified', name='contributioninvolvement', native_enum=False, length=32), nullable=False),
    sa.Column('criterion_frames', sa.Boolean(), nullable=False),
    sa.Column('criterion_process', sa.Boolean(), nullable=False),
    sa.Column('criterion_use', sa.Boolean(), nullable=False),
    sa.Column('setting', sa.Enum('region', 'municipality', 'cross_sector', 'unspecified', name='setting', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('draft', 'reviewed', 'sent', name='contributionstatus', native_enum=False, length=32), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_contribution_agenda_item_id_agenda_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['group_id'], ['expert_group.id'], name=op.f('fk_contribution_group_id_expert_group'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_contribution_meeting_id_meeting'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_contribution_member_id_member'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['merged_into_id'], ['contribution.id'], name=op.f('fk_contribution_merged_into_id_contribution'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contribution')),
    sa.UniqueConstraint('uuid', name=op.f('uq_contribution_uuid'))
    )
    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contribution_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contribution_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('digest',
    sa.Column('from_meeting_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_digest_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['from_meeting_id'], ['meeting.id'], name=op.f('fk_digest_from_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_digest')),
    sa.UniqueConstraint('uuid', name=op.f('uq_digest_uuid'))
    )
    with op.batch_alter_table('digest', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_digest_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_digest_from_meeting_id'), ['from_meeting_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('digest', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_digest_from_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_digest_agenda_item_id'))

    op.drop_table('digest')
    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contribution_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_contribution_group_id'))

    op.drop_table('contribution')
    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_question_to_group_id'))
        batch_op.drop_index(batch_op.f('ix_question_from_group_id'))

    op.drop_table('question')
