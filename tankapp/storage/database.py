"""Opening a tankapp database safely.

One :class:`Database` (one engine) per file. SQLite runs in WAL mode with
foreign keys on and a busy timeout; write transactions start with
``BEGIN IMMEDIATE`` so two processes writing at once wait for each other
instead of failing half-way. Each :meth:`Database.session` block is one
transaction: committed at the end, rolled back on an exception.

A file that is not a tankapp database (or not SQLite at all) is refused and
never written to: it is checked read-only before an engine touches it.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from tankapp.domain.collation import danish_compare
from tankapp.storage import paths
from tankapp.storage.schema import SCHEMA_HEAD, SCHEMA_REVISIONS

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 30_000


class DatabaseError(Exception):
    """A database that cannot be opened; the message is for a person."""


class DatabaseMissing(DatabaseError):
    pass


class NotATankappDatabase(DatabaseError):
    pass


class NewerDatabase(DatabaseError):
    pass


def _configure_connection(dbapi_conn, _record) -> None:
    # We issue BEGIN ourselves (see _begin); pysqlite's own handling would
    # start transactions late and as DEFERRED.
    dbapi_conn.isolation_level = None
    dbapi_conn.create_collation("DANISH", danish_compare)
    # SQLite's lower() only knows ASCII; casefold() knows Æ, Ø, Å and the rest.
    dbapi_conn.create_function("casefold", 1, _casefold, deterministic=True)
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _casefold(value):
    return value.casefold() if isinstance(value, str) else value


def _begin(conn) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


class Database:
    """An open tankapp database file."""

    def __init__(self, path: Path, engine: Engine):
        self.path = path
        self.engine = engine
        self._write = sessionmaker(engine, expire_on_commit=False)
        self._read = sessionmaker(
            engine.execution_options(sqlite_begin="DEFERRED"), expire_on_commit=False
        )

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One write transaction: commits at the end, rolls back on error."""
        with self._write.begin() as s:
            yield s

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read transaction that never blocks writers (WAL snapshot)."""
        with self._read.begin() as s:
            yield s

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _inspect_readonly(path: Path) -> str | None:
    """Return the schema revision of a tankapp file, or raise if it is not one.

    Opens the file read-only with the sqlite3 module so nothing is written,
    not even a WAL file. Returns None for an SQLite file with no tables.
    """
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except IsADirectoryError:
        raise NotATankappDatabase(f"{path} is a folder, not a tankapp database") from None
    except OSError as exc:
        raise DatabaseError(f"cannot read {path}: {exc.strerror}") from None
    if header != SQLITE_HEADER:
        raise NotATankappDatabase(f"{path} is not a tankapp database (not an SQLite file)")
    # A WAL-mode file opened read-only still grows -wal/-shm files beside it,
    # unless it is opened as immutable. That is safe only when no -wal exists
    # (no other process has it open); otherwise those files are already there.
    wal_exists = path.with_name(path.name + "-wal").exists()
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if wal_exists else "&immutable=1")
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "alembic_version" not in tables or "think_tank" not in tables:
                raise NotATankappDatabase(f"{path} is an SQLite file but not a tankapp database")
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise NotATankappDatabase(f"{path} is not a readable tankapp database ({exc})") from None
    if row is None:
        raise NotATankappDatabase(f"{path} has no schema version; it is not a tankapp database")
    return row[0]


def backup_file(path: Path, label: str) -> Path:
    """Copy the database beside itself (online backup API, owner-only file)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{label}-{stamp}{path.suffix}")
    paths.create_private_file(target)
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` in one transaction."""
    from tankapp.storage import migrate  # alembic is imported only when needed

    migrate.upgrade(engine, revision)


def open_database(path: str | os.PathLike | None = None, *, create: bool = False) -> Database:
    """Open (and if needed create or upgrade) the tankapp database at ``path``.

    ``create`` allows making a new file (or filling an empty one). A file of
    an older schema is backed up beside itself and upgraded; a newer one is
    refused, as is anything that is not a tankapp database.
    """
    path = Path(path) if path is not None else paths.default_db_path()
    path = path.expanduser().absolute()
    fresh = False
    if not path.exists():
        if not create:
            raise DatabaseMissing(f"no tankapp database at {path}")
        paths.ensure_private_dir(path.parent)
        paths.create_private_file(path)
        fresh = True
    elif path.is_file() and path.stat().st_size == 0:
        if not create:
            raise NotATankappDatabase(f"{path} is an empty file, not a tankapp database")
        fresh = True
    else:
        revision = _inspect_readonly(path)
        if revision is None:
            if not create:
                raise NotATankappDatabase(f"{path} is an empty SQLite file, not a tankapp database")
            fresh = True
        elif revision not in SCHEMA_REVISIONS:
            raise NewerDatabase(
                f"{path} was made by a newer tankapp (schema {revision}); update tankapp to open it"
            )
        elif revision != SCHEMA_HEAD:
            saved = backup_file(path, revision)
            log.info("backed up %s to %s before upgrading from %s", path, saved, revision)
            engine = make_engine(path)
            upgrade(engine)
            return Database(path, engine)

    engine = make_engine(path)
    if fresh:
        upgrade(engine)
    return Database(path, engine)
