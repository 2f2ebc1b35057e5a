"""Self-evaluation: questionnaires (versioned questions), rounds and the groups they ask,
members' responses with their answers, and interview notes.

Only new tables: the data of 0004 is not touched. The standard questionnaire is
not inserted here; the services create it when it is first needed.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('questionnaire',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questionnaire')),
    sa.UniqueConstraint('key', 'version', name=op.f('uq_questionnaire_key')),
    sa.UniqueConstraint('uuid', name=op.f('uq_questionnaire_uuid'))
    )
    op.create_table('evaluation_round',
    sa.Column('kind', sa.Enum('baseline', 'midway', 'end', name='evaluationroundkind', native_enum=False, length=32), nullable=False),
    sa.Column('questionnaire_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('opens_on', sa.Date(), nullable=False),
    sa.Column('closes_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['questionnaire_id'], ['questionnaire.id'], name=op.f('fk_evaluation_round_questionnaire_id_questionnaire'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation_round')),
    sa.UniqueConstraint('uuid', name=op.f('uq_evaluation_round_uuid'))
    )
    with op.batch_alter_table('evaluation_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_round_questionnaire_id'), ['questionnaire_id'], unique=False)

    op.create_table('questionnaire_item',
    sa.Column('questionnaire_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.Enum('agreement', 'knowledge', 'text', name='questionkind', native_enum=False, length=32), nullable=False),
    sa.Column('text_da', sa.Text(), nullable=False),
    sa.Column('text_en', sa.Text(), nullable=False),
    sa.Column('short_da', sa.String(length=120), nullable=False),
    sa.Column('short_en', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['questionnaire_id'], ['questionnaire.id'], name=op.f('fk_questionnaire_item_questionnaire_id_questionnaire'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questionnaire_item')),
    sa.UniqueConstraint('key', 'questionnaire_id', name=op.f('uq_questionnaire_item_key')),
    sa.UniqueConstraint('position', 'questionnaire_id', name=op.f('uq_questionnaire_item_position')),
    sa.UniqueConstraint('uuid', name=op.f('uq_questionnaire_item_uuid'))
    )
    with op.batch_alter_table('questionnaire_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_questionnaire_item_questionnaire_id'), ['questionnaire_id'], unique=False)

    op.create_table('evaluation_response',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('answered', 'declined', name='responsestatus', native_enum=False, length=32), nullable=False),
    sa.Column('channel', sa.Enum('paper', 'kiosk', name='responsechannel', native_enum=False, length=32), nullable=True),
    sa.Column('answered_on', sa.Date(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['expert_group.id'], name=op.f('fk_evaluation_response_group_id_expert_group'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_evaluation_response_member_id_member'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['evaluation_round.id'], name=op.f('fk_evaluation_response_round_id_evaluation_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation_response')),
    sa.UniqueConstraint('round_id', 'member_id', name=op.f('uq_evaluation_response_round_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_evaluation_response_uuid'))
    )
    with op.batch_alter_table('evaluation_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_response_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evaluation_response_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evaluation_response_round_id'), ['round_id'], unique=False)

    op.create_table('evaluation_round_group',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['expert_group.id'], name=op.f('fk_evaluation_round_group_group_id_expert_group'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['round_id'], ['evaluation_round.id'], name=op.f('fk_evaluation_round_group_round_id_evaluation_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('round_id', 'group_id', name=op.f('pk_evaluation_round_group'))
    )
    op.create_table('interview_note',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=True),
    sa.Column('interviewed_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_interview_note_member_id_member'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['evaluation_round.id'], name=op.f('fk_interview_note_round_id_evaluation_round'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interview_note')),
    sa.UniqueConstraint('uuid', name=op.f('uq_interview_note_uuid'))
    )
    with op.batch_alter_table('interview_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interview_note_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interview_note_round_id'), ['round_id'], unique=False)

    op.create_table('evaluation_answer',
    sa.Column('response_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['questionnaire_item.id'], name=op.f('fk_evaluation_answer_item_id_questionnaire_item'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['response_id'], ['evaluation_response.id'], name=op.f('fk_evaluation_answer_response_id_evaluation_response'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation_answer')),
    sa.UniqueConstraint('response_id', 'item_id', name=op.f('uq_evaluation_answer_response_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_evaluation_answer_uuid'))
    )
    with op.batch_alter_table('evaluation_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_answer_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evaluation_answer_response_id'), ['response_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('evaluation_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_answer_response_id'))
        batch_op.drop_index(batch_op.f('ix_evaluation_answer_item_id'))

    op.drop_table('evaluation_answer')
    with op.batch_alter_table('interview_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interview_note_round_id'))
        batch_op.drop_index(batch_op.f('ix_interview_note_member_id'))

    op.drop_table('interview_note')
    op.drop_table('evaluation_round_group')
    with op.batch_alter_table('evaluation_response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_response_round_id'))
        batch_op.drop_index(batch_op.f('ix_evaluation_response_member_id'))
        batch_op.drop_index(batch_op.f('ix_evaluation_response_group_id'))

    op.drop_table('evaluation_response')
    with op.batch_alter_table('questionnaire_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_questionnaire_item_questionnaire_id'))

    op.drop_table('questionnaire_item')
    with op.batch_alter_table('evaluation_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_round_questionnaire_id'))

    op.drop_table('evaluation_round')
    op.drop_table('questionnaire')
