"""Meetings get facilitators and agendas; agenda templates; the knowledge library with attachments.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agenda_template',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('format', sa.Enum('full_day', 'half_day', name='meetingformat', native_enum=False, length=32), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_template')),
    sa.UniqueConstraint('name', name=op.f('uq_agenda_template_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_agenda_template_uuid'))
    )
    op.create_table('presentation',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('presenter', sa.String(length=200), nullable=False),
    sa.Column('presented_on', sa.Date(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('involves_organisational', sa.Boolean(), nullable=False),
    sa.Column('involves_individual', sa.Boolean(), nullable=False),
    sa.Column('involves_relatives', sa.Boolean(), nullable=False),
    sa.Column('criterion_frames', sa.Boolean(), nullable=False),
    sa.Column('criterion_process', sa.Boolean(), nullable=False),
    sa.Column('criterion_use', sa.Boolean(), nullable=False),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_presentation')),
    sa.UniqueConstraint('uuid', name=op.f('uq_presentation_uuid'))
    )
    op.create_table('agenda_item',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('welcome', 'knowledge_presentation', 'dissemination_discussion', 'contributions_round', 'cross_group_sharing', 'break', 'evaluation', 'other', name='agendaitemkind', native_enum=False, length=32), nullable=False),
    sa.Column('planned_minutes', sa.Integer(), nullable=False),
    sa.Column('presenter', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item')),
    sa.UniqueConstraint('uuid', name=op.f('uq_agenda_item_uuid'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('agenda_template_item',
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('welcome', 'knowledge_presentation', 'dissemination_discussion', 'contributions_round', 'cross_group_sharing', 'break', 'evaluation', 'other', name='agendaitemkind', native_enum=False, length=32), nullable=False),
    sa.Column('planned_minutes', sa.Integer(), nullable=False),
    sa.Column('presenter', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['agenda_template.id'], name=op.f('fk_agenda_template_item_template_id_agenda_template'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_template_item')),
    sa.UniqueConstraint('uuid', name=op.f('uq_agenda_template_item_uuid'))
    )
    with op.batch_alter_table('agenda_template_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_template_item_template_id'), ['template_id'], unique=False)

    op.create_table('attachment',
    sa.Column('presentation_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('media_type', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['presentation_id'], ['presentation.id'], name=op.f('fk_attachment_presentation_id_presentation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment')),
    sa.UniqueConstraint('presentation_id', 'content_hash', name=op.f('uq_attachment_presentation_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_attachment_uuid'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_content_hash'), ['content_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_presentation_id'), ['presentation_id'], unique=False)

    op.create_table('agenda_item_presentation',
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('presentation_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_agenda_item_presentation_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['presentation_id'], ['presentation.id'], name=op.f('fk_agenda_item_presentation_presentation_id_presentation'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('agenda_item_id', 'presentation_id', name=op.f('pk_agenda_item_presentation'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('facilitators', sa.String(length=300), nullable=False, server_default=''))



def downgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('facilitators')

    op.drop_table('agenda_item_presentation')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_presentation_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_content_hash'))

    op.drop_table('attachment')
    with op.batch_alter_table('agenda_template_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_template_item_template_id'))

    op.drop_table('agenda_template_item')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))

    op.drop_table('agenda_item')
    op.drop_table('presentation')
    op.drop_table('agenda_template')
