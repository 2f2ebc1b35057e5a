"""Alembic environment: runs on the engine tankapp hands over, in one transaction.

The same scripts run on an SQLite file and on a PostgreSQL server (see
:mod:`tankapp.storage.server`); only the SQLite branch needs the care below.

Foreign keys are switched off while migrating: SQLite rebuilds a table to alter
it (batch mode), and dropping the old copy with foreign keys on would cascade
deletes into its children. They are checked before the transaction commits.
"""

from alembic import context

from tankapp.domain.models import Base  # importing the models registers every table

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - only when someone runs the alembic CLI
    raise SystemExit("tankapp migrations run from tankapp, not from the alembic command")

if engine.dialect.name != "sqlite":
    # PostgreSQL: tables change in place (no rebuild), foreign keys stay on, and the whole
    # upgrade is one transaction. An advisory lock makes a second tankapp opening the same
    # older database wait, then find it upgraded.
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=True,  # the same scripts; on PostgreSQL batch mode alters in place
            transaction_per_migration=False,
        )
        with context.begin_transaction():
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(1952542315)")
            context.run_migrations()
        if connection.in_transaction():
            connection.commit()
else:
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")  # outside any transaction, or SQLite ignores it
        try:
            context.configure(
                connection=connection,
                target_metadata=Base.metadata,
                render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
                transaction_per_migration=False,
            )
            with context.begin_transaction():
                context.run_migrations()
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left rows pointing at nothing: {broken[:5]}")
            if connection.in_transaction():  # alembic's own reads may have opened one
                connection.commit()
        finally:
            if raw.in_transaction:
                raw.rollback()
            raw.execute("PRAGMA foreign_keys = ON")
