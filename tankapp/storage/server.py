"""A tankapp database on a PostgreSQL server: the office's shared database.

``tankapp --db postgresql+psycopg://user:password@host/tankapp`` (or the URL in the
window's settings) opens it. It is checked, built and upgraded with the same Alembic
migrations as a file, in one transaction (PostgreSQL changes tables inside one).
Several people work on it at once: each change is one short transaction, a view
shows what the others saved when it refreshes, and a change that loses a race for
the same record (its ``version`` moved on, see :class:`tankapp.domain.base.RecordMixin`)
is refused with :class:`~tankapp.storage.database.ChangedElsewhere`, never saved over
the other person's.

What belongs to an SQLite file only does not apply here and is left to the server:
WAL and the quick check, backups by copying the file (the server's own backups,
e.g. ``pg_dump``, are its administrator's job), the lock file beside the database,
and rebuilding the file after an erasure (``VACUUM``; the server reclaims the space
itself). Danish order in SQL uses the ICU collation :data:`DANISH_COLLATION`, which the
server must have (it has, when PostgreSQL was built with ICU, as Debian's is);
the database must be UTF-8.

The password is never shown or logged: every message names the URL without it.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from tankapp.storage.database import (
    BUSY_TIMEOUT_MS,
    ChangedElsewhere,
    Database,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseMissing,
    DiskFull,
    NewerDatabase,
    NotATankappDatabase,
    ServerReadOnly,
    ServerUnreachable,
    upgrade,
)
from tankapp.storage.schema import SCHEMA_HEAD, SCHEMA_REVISIONS, SCHEMA_TABLES

log = logging.getLogger(__name__)

#: The ICU collation for Danish order (Æ, Ø, Å after Z; "aa" as Å).
DANISH_COLLATION = "da-x-icu"
#: How long a change waits for another person's change of the same rows (SQLite's busy timeout).
LOCK_TIMEOUT_MS = BUSY_TIMEOUT_MS
CONNECT_TIMEOUT_S = 10
#: Held while migrating, so two tankapps opening an older database do not both upgrade it.
_MIGRATION_LOCK = 0x74616E6B  # "tank" (= 1952542315, taken in migrations/env.py)


def parse_url(text: str) -> URL:
    """The URL to connect with: ``postgresql://`` means psycopg (version 3), the driver tankapp ships."""
    try:
        url = make_url(text.strip())
    except ArgumentError:
        raise DatabaseError(
            "This is not a database address tankapp understands; it looks like "
            "postgresql+psycopg://user:password@host/database"
        ) from None
    backend, _, driver = url.drivername.partition("+")
    if backend in ("postgresql", "postgres") and driver in ("", "psycopg"):
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        raise DatabaseError("For an SQLite database give the file itself (--db path/to/file.sqlite), not a URL")
    raise DatabaseError(
        f"tankapp runs on an SQLite file or a PostgreSQL server, not on '{url.drivername}'; "
        "give a file or postgresql+psycopg://user:password@host/database"
    )


def shown(url: URL) -> str:
    """The URL for a person and the log: without the password."""
    return url.render_as_string(hide_password=True)


def _configure_connection(dbapi_conn, _record) -> None:
    with dbapi_conn.cursor() as cur:
        # Times are stored as UTC without a zone (UTCDateTime), as in SQLite; the session's
        # zone only matters to functions such as now(), which tankapp does not use.
        cur.execute("SET TIME ZONE 'UTC'")
        cur.execute(f"SET lock_timeout = {int(LOCK_TIMEOUT_MS)}")
    dbapi_conn.commit()


def _without_nul(value):
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, dict):
        return {k: _without_nul(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_without_nul(v) for v in value)
    return value


def _strip_nul(conn, cursor, statement, parameters, context, executemany):
    """PostgreSQL text cannot hold the NUL character (SQLite's can): it is left out, as the
    documents and listings leave control characters out, instead of failing the change."""
    return statement, _without_nul(parameters)


def make_server_engine(url: URL) -> Engine:
    try:
        import psycopg  # noqa: F401 - only to say clearly when it is missing
    except ImportError:
        raise DatabaseError(
            "PostgreSQL support is not installed in this tankapp; install it with "
            "pip install 'tankapp[postgres]' (the psycopg driver)"
        ) from None
    engine = create_engine(
        url,
        pool_pre_ping=True,  # a connection the server closed (a restart, a network hiccup) is replaced quietly
        pool_size=2,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "tankapp"},
    )
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "before_cursor_execute", _strip_nul, retval=True)
    return engine


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    return text[0] if text else type(orig).__name__


def explain_error(exc: BaseException, where: str, *, reading: bool = False) -> DatabaseError | None:
    """A person's sentence for a server failure, or None when a rule was broken (a bug: re-raised).

    ``where`` is the URL without its password. The transaction the failure broke was
    rolled back, so the sentence can promise that what was saved before is kept.
    """
    if isinstance(exc, DatabaseError):
        return exc
    orig = getattr(exc, "orig", None) or exc
    state = getattr(orig, "sqlstate", None) or ""
    if state in ("40001", "40P01"):  # serialization failure, deadlock: two people at the same rows
        return ChangedElsewhere()
    if state in ("55P03", "57014"):  # lock_timeout, statement timeout
        return DatabaseBusy(
            f"The database {where} is busy: someone else has been changing the same records for more than "
            f"{LOCK_TIMEOUT_MS // 1000} seconds. Nothing was changed; try again in a moment."
        )
    said = str(orig).lower()
    connecting = not state and (isinstance(exc, DBAPIError) and exc.connection_invalidated or _is_operational(orig))
    if state == "3D000" or (connecting and "database" in said and "does not exist" in said):
        return DatabaseMissing(f"There is no such database on the server: {where}. Ask its administrator to create it.")
    if state.startswith("28") or (connecting and ("authentication failed" in said or "no pg_hba.conf entry" in said)):
        return ServerUnreachable(
            f"The database server {where} refused the login ({_first_line(exc)}); check the user name and password."
        )
    if state.startswith("08") or state in ("57P01", "57P02", "57P03") or connecting:
        return ServerUnreachable(
            f"The database server {where} could not be reached ({_first_line(exc)}). Nothing was changed; "
            "check the network connection and that the server is running, and try again."
        )
    if state == "53300":
        return ServerUnreachable(
            f"The database server {where} accepts no more connections just now. Nothing was changed; try again in a moment."
        )
    if state.startswith("53"):  # disk full, out of memory
        return DiskFull(
            f"The database server {where} has no room left (its disk or memory is full), so the last change "
            "was not saved (everything saved before is kept). Tell its administrator."
        )
    if state == "25006" and not reading:
        return ServerReadOnly(f"The database server {where} accepts no changes now (it is read-only). Nothing was changed.")
    if state == "42501" and not reading:
        return ServerReadOnly(
            f"Your database user may not change {where} (no permission). Nothing was changed; ask its administrator."
        )
    if state in ("XX001", "XX002"):
        return DatabaseDamaged(f"The database server reports damage in {where} ({_first_line(exc)}). Tell its administrator.")
    return None


def _is_operational(orig: BaseException) -> bool:
    try:
        import psycopg
    except ImportError:
        return False
    return isinstance(orig, (psycopg.OperationalError, psycopg.InterfaceError))


def _inspect(engine: Engine, where: str) -> str | None:
    """The schema revision of the tankapp database there; None when it has no tables yet.

    Refuses (before anything is written) a database that is not UTF-8, a server without the
    Danish collation, a database holding other tables, one made by a newer tankapp and one
    that only looks like a tankapp database.
    """
    with engine.connect() as conn:
        encoding = conn.exec_driver_sql("SHOW server_encoding").scalar()
        if str(encoding).upper().replace("-", "") != "UTF8":
            raise NotATankappDatabase(
                f"The database {where} stores text as {encoding}, which cannot hold every name; "
                "tankapp needs a UTF-8 database (CREATE DATABASE ... ENCODING 'UTF8')"
            )
        if conn.exec_driver_sql("SELECT 1 FROM pg_collation WHERE collname = %(c)s", {"c": DANISH_COLLATION}).first() is None:
            raise NotATankappDatabase(
                f"The server of {where} has no ICU collation '{DANISH_COLLATION}' for Danish order "
                "(PostgreSQL built without ICU); tankapp needs PostgreSQL with ICU"
            )
        tables = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            )
        }
        if not tables:
            return None
        if "alembic_version" not in tables or "think_tank" not in tables:
            raise NotATankappDatabase(f"The database {where} holds other tables; it is not a tankapp database")
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if revision is None:
        raise NotATankappDatabase(f"The database {where} has no schema version; it is not a tankapp database")
    if revision not in SCHEMA_REVISIONS:
        raise NewerDatabase(f"The database {where} was made by a newer tankapp (schema {revision}); update tankapp to use it")
    expected = SCHEMA_TABLES.get(revision)
    if expected is not None and not expected <= tables:
        missing = ", ".join(sorted(expected - tables))
        raise NotATankappDatabase(
            f"The database {where} only looks like a tankapp database (it lacks the tables {missing}); it was left as it is"
        )
    return revision


def open_server(text: str, *, create: bool = False) -> Database:
    """Open the tankapp database at the PostgreSQL URL ``text`` (``create``: build it in an empty database).

    An older schema is upgraded in one transaction (no copy is made: backing up a
    server database is the server's job); a newer one, or anything that is not a tankapp
    database, is refused with one sentence and left as it is.
    """
    url = parse_url(text)
    where = shown(url)
    engine = make_server_engine(url)
    try:
        revision = _inspect(engine, where)
        if revision is None:
            if not create:
                raise NotATankappDatabase(
                    f"The database {where} is empty, not a tankapp database yet; set it up with: tankapp --db URL init"
                )
            upgrade(engine)
            log.info("built a new tankapp database on a server")
        elif revision != SCHEMA_HEAD:
            log.info("upgrading a server database from schema %s (no copy: the server's backups hold it)", revision)
            upgrade(engine)
    except BaseException as exc:
        engine.dispose()
        explained = explain_error(exc, where) if isinstance(exc, Exception) else None
        if explained is None or explained is exc:
            raise
        raise explained from None  # the driver's words may repeat the URL; ours do, without the password
    return Database(None, engine, url=where)
