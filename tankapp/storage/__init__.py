"""Where the data lives and how it is opened: paths, engine, migrations, backups."""

from tankapp.storage.database import (
    Database,
    DatabaseError,
    DatabaseMissing,
    NewerDatabase,
    NotATankappDatabase,
    open_database,
)

__all__ = [
    "Database",
    "DatabaseError",
    "DatabaseMissing",
    "NewerDatabase",
    "NotATankappDatabase",
    "open_database",
]
