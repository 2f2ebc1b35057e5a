"""Where the data lives and how it is opened: paths, engine, migrations, backups."""

from tankapp.storage.database import (
    ChangedElsewhere,
    Database,
    DatabaseError,
    DatabaseMissing,
    NewerDatabase,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseReadOnly,
    DiskFull,
    NotATankappDatabase,
    ServerUnreachable,
    open_database,
)

__all__ = [
    "ChangedElsewhere",
    "Database",
    "DatabaseError",
    "DatabaseMissing",
    "NewerDatabase",
    "DatabaseBusy",
    "DatabaseDamaged",
    "DatabaseReadOnly",
    "DiskFull",
    "NotATankappDatabase",
    "ServerUnreachable",
    "open_database",
]
