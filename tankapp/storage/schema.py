"""The schema revisions this version of tankapp knows, oldest first.

Kept as plain data so opening a database needs no Alembic import; a test
checks it against the migration scripts.
"""

SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]
