"""Several laptops, one think tank: the bookkeeping of packages and change bundles.

This database's device identity (sync_device), the packages sent or opened with the
records as they were in them (sync_package: the base of the three-way merge), the
office's ledger of change bundles taken in (sync_bundle), the merge state of each field
a bundle touched (sync_field), records a merge deleted with their last values
(sync_tombstone), and the conflicts for a person to resolve (sync_conflict).

Only new tables: nothing of 0005 is touched.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_bundle',
    sa.Column('package_uuid', sa.Uuid(), nullable=False),
    sa.Column('device_uuid', sa.Uuid(), nullable=False),
    sa.Column('device_label', sa.String(length=200), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('checksum', sa.String(length=64), nullable=False),
    sa.Column('ledger_seq', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_bundle')),
    sa.UniqueConstraint('device_uuid', 'seq', name=op.f('uq_sync_bundle_device_uuid')),
    sa.UniqueConstraint('uuid', name=op.f('uq_sync_bundle_uuid'))
    )
    with op.batch_alter_table('sync_bundle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_bundle_package_uuid'), ['package_uuid'], unique=False)

    op.create_table('sync_conflict',
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_uuid', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('candidates', sa.Text(), nullable=False),
    sa.Column('current', sa.Text(), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=True),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('bundle_uuid', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict')),
    sa.UniqueConstraint('uuid', name=op.f('uq_sync_conflict_uuid'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_record_uuid'), ['record_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_status'), ['status'], unique=False)

    op.create_table('sync_device',
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('package_uuid', sa.Uuid(), nullable=True),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_device')),
    sa.UniqueConstraint('uuid', name=op.f('uq_sync_device_uuid'))
    )
    op.create_table('sync_field',
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_uuid', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('office_value', sa.Text(), nullable=False),
    sa.Column('merged', sa.Text(), nullable=False),
    sa.Column('proposals', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_field')),
    sa.UniqueConstraint('table_name', 'record_uuid', 'field', name=op.f('uq_sync_field_table_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_sync_field_uuid'))
    )
    with op.batch_alter_table('sync_field', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_field_record_uuid'), ['record_uuid'], unique=False)

    op.create_table('sync_package',
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('device_uuid', sa.Uuid(), nullable=False),
    sa.Column('meetings', sa.Text(), nullable=False),
    sa.Column('base', sa.Text(), nullable=False),
    sa.Column('checksum', sa.String(length=64), nullable=False),
    sa.Column('ledger_seq', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_package')),
    sa.UniqueConstraint('uuid', name=op.f('uq_sync_package_uuid'))
    )
    op.create_table('sync_tombstone',
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_uuid', sa.Uuid(), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('deleted_by', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_tombstone')),
    sa.UniqueConstraint('table_name', 'record_uuid', name=op.f('uq_sync_tombstone_table_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_sync_tombstone_uuid'))
    )


def downgrade() -> None:
    op.drop_table('sync_tombstone')
    op.drop_table('sync_package')
    with op.batch_alter_table('sync_field', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_field_record_uuid'))

    op.drop_table('sync_field')
    op.drop_table('sync_device')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_status'))
        batch_op.drop_index(batch_op.f('ix_sync_conflict_record_uuid'))

    op.drop_table('sync_conflict')
    with op.batch_alter_table('sync_bundle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_bundle_package_uuid'))

    op.drop_table('sync_bundle')
