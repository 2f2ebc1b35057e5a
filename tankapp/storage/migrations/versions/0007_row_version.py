"""One shared database, several people: a row version on every record.

Each table of records gets ``row_version`` (SQLAlchemy's ``version_id_col``): a change
through the ORM is written only where the version is still the one it read, so a
change that lost a race with another person's is refused instead of saved over it.
Existing rows start at 1. Plain ADD COLUMN on both SQLite (no table is rebuilt) and
PostgreSQL.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# The tables of records at 0006 (every table but the link tables and alembic_version).
TABLES = (
    'action_item', 'agenda_item', 'agenda_template', 'agenda_template_item', 'attachment', 'attendance',
    'audit_entry', 'contribution', 'decision', 'digest', 'evaluation_answer', 'evaluation_response',
    'evaluation_round', 'expert_group', 'guest', 'interview_note', 'meeting', 'member', 'presentation',
    'question', 'questionnaire', 'questionnaire_item', 'sync_bundle', 'sync_conflict', 'sync_device',
    'sync_field', 'sync_package', 'sync_tombstone', 'think_tank',
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('row_version', sa.Integer(), nullable=False, server_default=sa.text('1')))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('row_version')
