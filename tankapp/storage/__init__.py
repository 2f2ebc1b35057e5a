"""Where the data lives and how it is opened: paths, engine, migrations, backups."""

from tankapp.storage.database import (
    Database,
    DatabaseError,
    DatabaseMissing,
    NewerDatabase,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseReadOnly,
    DiskFull,
    NotATankappDatabase,
    open_database,
)

__all__ = [
    "Database",
    "DatabaseError",
    "DatabaseMissing",
    "NewerDatabase",
    "DatabaseBusy",
    "DatabaseDamaged",
    "DatabaseReadOnly",
    "DiskFull",
    "NotATankappDatabase",
    "open_database",
]
