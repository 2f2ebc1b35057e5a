"""Alembic environment: runs on the engine tankapp hands over, in one transaction."""

from alembic import context

from tankapp.domain import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - only when someone runs the alembic CLI
    raise SystemExit("tankapp migrations run from tankapp, not from the alembic command")

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()
