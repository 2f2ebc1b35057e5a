"""Opening a tankapp database safely.

One :class:`Database` (one engine) per file. SQLite runs in WAL mode with
foreign keys on and a busy timeout; write transactions start with
``BEGIN IMMEDIATE`` so two processes writing at once wait for each other
instead of failing half-way. Each :meth:`Database.session` block is one
transaction: committed at the end, rolled back on an exception.

A file that is not a tankapp database (or not SQLite at all) is refused and
never written to: it is checked read-only before an engine touches it.

A PostgreSQL server is the other place a database can live (the office's shared
database): ``open_database("postgresql+psycopg://user:password@host/db")``. The
same Alembic migrations build it; there is no file, so what only an SQLite file
has (WAL, the quick check, backups by copy, the lock beside the file) is the
server's business there. See :mod:`tankapp.storage.server`.
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
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from tankapp.domain.collation import danish_compare
from tankapp.storage import paths
from tankapp.storage.schema import SCHEMA_HEAD, SCHEMA_REVISIONS, SCHEMA_TABLES

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


class DatabaseBusy(DatabaseError):
    """Another program held the write lock for longer than the busy timeout."""


class DatabaseReadOnly(DatabaseError):
    """The file, its folder or the disk does not allow writing."""


class DiskFull(DatabaseError):
    """The disk (or the user's quota) is full; nothing of the failed change was saved."""


class DatabaseDamaged(DatabaseError):
    """SQLite found the file malformed."""


class ChangedElsewhere(DatabaseError):
    """Someone else changed (or deleted) the same record at the same moment; this change was not saved.

    Raised for SQLAlchemy's ``StaleDataError`` (the record's version moved on under us:
    ``version_id_col``) and for PostgreSQL's serialization failure and deadlock.
    """

    def __init__(self, message: str | None = None):
        super().__init__(message or (
            "Someone else changed or deleted the same record at the same moment, so this change was not "
            "saved (what they saved is kept). Look at it again and make the change once more if it is still needed."
        ))


class ServerUnreachable(DatabaseError):
    """The database server could not be reached, or refused the login."""


class ServerReadOnly(DatabaseReadOnly):
    """The database server accepts no changes (a read-only server, or a user without permission)."""


def explain_sqlite_error(exc: BaseException, path: Path) -> DatabaseError:
    """A person's sentence for an SQLite failure (the driver's words are terse and English).

    ``exc`` is an ``sqlite3`` error or SQLAlchemy's wrapper of one. The
    transaction it broke has been rolled back, so the sentence can promise
    that what was saved before is still there.
    """
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    code = getattr(orig, "sqlite_errorname", "") or ""
    if "full" in text or code == "SQLITE_FULL":
        return DiskFull(
            f"The disk holding {path} is full, so the last change was not saved "
            "(everything saved before is kept). Free some space and try again."
        )
    if "readonly" in text or "read-only" in text or code.startswith("SQLITE_READONLY"):
        return DatabaseReadOnly(
            f"{path} cannot be written to (the file, its folder or the disk is read-only). "
            "Copy the file to a folder you can write to and open that."
        )
    if "locked" in text or "busy" in text or code.startswith("SQLITE_BUSY"):
        return DatabaseBusy(
            f"{path} is busy: another program has been writing to it for more than "
            f"{BUSY_TIMEOUT_MS // 1000} seconds. Nothing was changed; try again in a moment."
        )
    if "unable to open" in text or code.startswith("SQLITE_CANTOPEN"):
        if path.exists() and _read_only_place(path):
            return DatabaseReadOnly(
                f"{path} is on a read-only disk or in a folder tankapp may not write to "
                "(SQLite keeps a journal beside the file). Copy it to a folder you can write to and open that."
            )
        return DatabaseReadOnly(f"Cannot open {path}: its folder may not allow writing, or the file has moved.")
    if "malformed" in text or "not a database" in text or code in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return DatabaseDamaged(f"{path} is damaged ({orig}). Restore it from a backup.")
    if "disk i/o" in text or code.startswith("SQLITE_IOERR"):
        return DatabaseError(f"Reading or writing {path} failed (a disk error). Nothing of the last change was saved.")
    return DatabaseError(f"The database {path} could not be used: {orig}")


def _storage_failure(exc: BaseException) -> bool:
    """SQLite failed for a reason of the place or the file (full, read-only, busy, damaged), not a rule."""
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)):
        return False
    return isinstance(orig, (sqlite3.OperationalError, sqlite3.DatabaseError)) and not isinstance(orig, sqlite3.DataError)


def _read_only_place(path: Path) -> bool:
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        pass
    return not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK)


def _make_private(path: Path) -> None:
    """The database and its -wal/-shm readable by the owner only (an older copy may be wider)."""
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            st = p.stat()
        except OSError:
            continue
        if st.st_mode & 0o077:
            try:
                os.chmod(p, st.st_mode & 0o700 | 0o600)
            except OSError as exc:  # someone else's file: say so in the log, open it anyway
                log.warning("could not make %s owner-only: %s", p.name, exc.strerror)


def _configure_connection(dbapi_conn, _record) -> None:
    # We issue BEGIN ourselves (see _begin); pysqlite's own handling would
    # start transactions late and as DEFERRED.
    dbapi_conn.isolation_level = None
    dbapi_conn.create_collation("DANISH", danish_compare)
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _begin(conn) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


class Database:
    """An open tankapp database: an SQLite file (``path``) or a PostgreSQL database (``url``).

    ``path`` is None for a server database: whatever works on the file itself
    (backups by copy, the lock beside it, VACUUM) asks :attr:`is_server` first.
    """

    def __init__(self, path: Path | None, engine: Engine, *, url: str | None = None):
        self.path = path
        self.engine = engine
        #: The server database's URL without its password (None for a file).
        self.url = url
        self._write = sessionmaker(engine, expire_on_commit=False)
        if url is None:
            reading = engine.execution_options(sqlite_begin="DEFERRED")
        else:  # one snapshot for the whole read, like SQLite's WAL read
            reading = engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        self._read = sessionmaker(reading, expire_on_commit=False)

    @property
    def is_server(self) -> bool:
        """Whether this is a database on a PostgreSQL server (no file of ours)."""
        return self.url is not None

    @property
    def location(self) -> str:
        """Where the data is, for a person: the file, or the server URL without the password."""
        return self.url if self.url is not None else str(self.path)

    def _explain(self, exc: BaseException, *, reading: bool = False) -> DatabaseError | None:
        """A storage failure as a DatabaseError for a person, or None when it is a rule broken (a bug)."""
        if isinstance(exc, StaleDataError):
            return ChangedElsewhere()
        if self.url is not None:
            from tankapp.storage import server

            return server.explain_error(exc, self.url, reading=reading)
        if not _storage_failure(exc):
            return None
        return explain_sqlite_error(exc, self.path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One write transaction: commits at the end, rolls back on error.

        An SQLite failure (disk full, read-only, busy beyond the timeout, a
        damaged file) comes out as a :class:`DatabaseError` with a sentence
        for a person; the transaction is rolled back, so nothing is half-saved.
        A record changed by someone else at the same moment (its version moved on)
        comes out as :class:`ChangedElsewhere`, also rolled back.
        """
        try:
            with self._write.begin() as s:
                yield s
        except (SqlDatabaseError, sqlite3.DatabaseError, StaleDataError) as exc:
            explained = self._explain(exc)
            if explained is None:
                raise  # a broken rule (IntegrityError) is a bug, not the disk's fault
            raise explained from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read transaction that never blocks writers (WAL snapshot; on a server, one snapshot, read-only)."""
        try:
            with self._read.begin() as s:
                yield s
        except (SqlDatabaseError, sqlite3.DatabaseError, StaleDataError) as exc:
            explained = self._explain(exc, reading=True)
            if explained is None:
                raise  # a broken rule (IntegrityError) is a bug, not the disk's fault
            raise explained from exc

    def has_think_tank(self) -> bool:
        """Whether the think tank has been set up (plain SQL: the start asks before any table
        class is loaded, so the window can show first)."""
        with self.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT 1 FROM think_tank LIMIT 1").first() is not None

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
    import stat

    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise DatabaseError(f"cannot read {path}: {exc.strerror}") from None
    if stat.S_ISDIR(mode):
        raise NotATankappDatabase(f"{path} is a folder, not a tankapp database")
    if not stat.S_ISREG(mode):  # a FIFO would block the read below for ever; a device is no database
        raise NotATankappDatabase(f"{path} is not a regular file, not a tankapp database")
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
    looks_like_tankapp = False
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "alembic_version" not in tables or "think_tank" not in tables:
                raise NotATankappDatabase(f"{path} is an SQLite file but not a tankapp database")
            looks_like_tankapp = True
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            # The quick check reads every page once: a damaged file is refused
            # before anything writes to it (and a backup can be restored).
            check = [r[0] for r in con.execute("PRAGMA quick_check(3)")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if looks_like_tankapp or "malformed" in str(exc):
            raise DatabaseDamaged(
                f"{path} is damaged ({exc}); it was left as it is. Restore the latest backup (tankapp restore)."
            ) from None
        raise NotATankappDatabase(f"{path} is not a readable tankapp database ({exc})") from None
    if row is None:
        raise NotATankappDatabase(f"{path} has no schema version; it is not a tankapp database")
    revision = row[0]
    expected = SCHEMA_TABLES.get(revision)
    if expected is not None and not expected <= tables:
        missing = ", ".join(sorted(expected - tables))
        raise NotATankappDatabase(
            f"{path} only looks like a tankapp database (it lacks the tables {missing}); it was left as it is"
        )
    if check != ["ok"]:
        raise DatabaseDamaged(
            f"{path} is damaged ({check[0]}); it was left as it is. Restore the latest backup (tankapp restore)."
        )
    return revision


def backup_file(path: Path, label: str) -> Path:
    """Copy the database beside itself (online backup API, owner-only, checked before it counts)."""
    from tankapp.storage import backup

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{label}-{stamp}{path.suffix}")
    return backup.make_backup(path, target).path


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` in one transaction."""
    from tankapp.storage import migrate  # alembic is imported only when needed

    migrate.upgrade(engine, revision)


def is_server_url(value: object) -> bool:
    """Whether ``value`` names a database server (``postgresql://...``) rather than a file."""
    return isinstance(value, str) and paths.is_database_url(value)


def open_database(path: str | os.PathLike | None = None, *, create: bool = False) -> Database:
    """Open (and if needed create or upgrade) the tankapp database at ``path``.

    ``create`` allows making a new file (or filling an empty one). A file of
    an older schema is backed up beside itself and upgraded; a newer one is
    refused, as is anything that is not a tankapp database.

    ``path`` may be a PostgreSQL URL (``postgresql+psycopg://user:password@host/db``):
    the database there is checked, built (``create``) or upgraded the same way.
    """
    if is_server_url(path):
        from tankapp.storage import server

        return server.open_server(str(path), create=create)
    path = Path(path) if path is not None else paths.default_db_path()
    path = path.expanduser().absolute()
    try:
        return _open(path, create)
    except (SqlDatabaseError, sqlite3.DatabaseError) as exc:
        if not _storage_failure(exc):
            raise
        raise explain_sqlite_error(exc, path) from exc
    except OSError as exc:
        raise DatabaseError(_os_error_text(exc, path)) from None


def _os_error_text(exc: OSError, path: Path) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return f"The disk is full; {path} could not be created or changed."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"No permission to write {exc.filename or path}; choose a folder you can write to."
    if exc.errno == errno.ENAMETOOLONG:
        return f"The file name is too long for the disk: {path.name[:40]}…"
    return f"Cannot use {exc.filename or path}: {exc.strerror or exc}"


def _open(path: Path, create: bool) -> Database:
    fresh = False
    created = False
    if not path.exists():
        if not create:
            raise DatabaseMissing(f"no tankapp database at {path}")
        paths.ensure_private_dir(path.parent)
        paths.create_private_file(path)
        fresh = created = True
    elif path.is_file() and path.stat().st_size == 0:
        if not create:
            raise NotATankappDatabase(f"{path} is an empty file, not a tankapp database")
        _make_private(path)
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
        _make_private(path)
        if revision is not None and revision != SCHEMA_HEAD:
            saved = backup_file(path, revision)
            log.info("backed up the database before upgrading from schema %s (%s)", revision, saved.name)
            engine = make_engine(path)
            try:
                upgrade(engine)
            except BaseException:
                engine.dispose()
                raise
            return Database(path, engine)

    engine = make_engine(path)
    if fresh:
        try:
            upgrade(engine)
        except BaseException:
            engine.dispose()
            if created:  # no half-made database is left behind (e.g. the disk filled up)
                remove_database_files(path)
            raise
    return Database(path, engine)


def remove_database_files(path: Path) -> None:
    """Delete a database file with its -wal/-shm/-journal (a failed new database)."""
    for p in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        try:
            p.unlink()
        except OSError:  # not there (or a name the disk could never hold)
            pass
