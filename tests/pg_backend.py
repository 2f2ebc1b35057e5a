"""The service-level suite on a real PostgreSQL server (``TANKAPP_TEST_PG_URL``).

With ``TANKAPP_TEST_PG_URL`` set to a server URL whose user may create databases
(``postgresql+psycopg:///postgres`` takes host, port, user and password from the
libpq variables ``pg_virtualenv`` sets), the fixtures ``empty_db``, ``db`` and
``demo_file`` hand out PostgreSQL databases instead of SQLite files, and only the
tests that take one of them are run: they are the service-level suite. Tests that
need Qt (the GUI) and tests that make their own files are left to the normal SQLite
run, and the run says how many. A test marked ``sqlite_only("why")`` is skipped with
its reason.

Every test gets a database of its own, copied from a template (``CREATE DATABASE ...
TEMPLATE``): one template holds the migrated empty schema, one the demo think tank;
each is built once per run. Everything is dropped at the end.
"""

from __future__ import annotations

import datetime as dt
import inspect
import itertools
import os
import re
import uuid
from functools import lru_cache


ENV = "TANKAPP_TEST_PG_URL"
#: The fixtures that give a test a database of the chosen backend.
DB_FIXTURES = frozenset({"empty_db", "db", "demo_file", "db_location", "pg_server"})
_QT_FIXTURES = frozenset({"qtbot", "qapp", "qtmodeltester", "qtlog"})
_QT_WORDS = re.compile(r"PySide6|tankapp\.ui\b|tankapp import ui\b|run_gui|smoke.test")
_TOP_QT_IMPORT = re.compile(r"^(from|import) (PySide6|tankapp\.ui)\b", re.MULTILINE)


def server_url() -> str | None:
    return os.environ.get(ENV) or None


# ---------------------------------------------------------------- which tests run on the server


@lru_cache(maxsize=None)
def _module_needs_qt(path: str) -> bool:
    try:
        with open(path, encoding="utf-8") as fh:
            return bool(_TOP_QT_IMPORT.search(fh.read()))
    except OSError:
        return False


def _needs_qt(item) -> bool:
    if _QT_FIXTURES & set(getattr(item, "fixturenames", ())):
        return True
    if _module_needs_qt(str(item.path)):
        return True
    function = getattr(item, "function", None)
    try:
        source = inspect.getsource(function) if function is not None else ""
    except (OSError, TypeError):
        source = ""
    return bool(_QT_WORDS.search(source))


def select(config, items) -> None:
    """Keep the service-level tests (a database from the fixtures, no Qt); say what was left out."""
    keep, qt, files = [], [], []
    for item in items:
        if item.get_closest_marker("bundle") or _needs_qt(item):
            qt.append(item)
        elif not DB_FIXTURES & set(getattr(item, "fixturenames", ())):
            files.append(item)
        else:
            keep.append(item)
    if qt or files:
        config.hook.pytest_deselected(items=qt + files)
    items[:] = keep
    config._tankapp_pg_left = (len(qt), len(files))


def summary(terminalreporter, config) -> None:
    left = getattr(config, "_tankapp_pg_left", None)
    if left is None:
        return
    qt, files = left
    terminalreporter.write_line(
        f"PostgreSQL run: the service-level tests ran against {_shown(server_url())}; "
        f"left to the SQLite run: {qt} that need Qt and {files} that make their own SQLite files"
    )


def _shown(url: str | None) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True) if url else "(none)"


# ---------------------------------------------------------------- databases on the server


class Server:
    """Creates and drops this run's databases on the test server."""

    def __init__(self, url: str):
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        from tankapp.storage.server import parse_url

        self.base = parse_url(url)
        self.admin = create_engine(self.base, isolation_level="AUTOCOMMIT", poolclass=_null_pool())
        self.prefix = f"tk_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self._n = itertools.count(1)
        self._templates: dict[str, str] = {}
        self._make_url = make_url

    def url(self, name: str) -> str:
        return self.base.set(database=name).render_as_string(hide_password=False)

    def _sql(self, statement: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(statement)

    def template(self, key: str, build) -> str:
        """A template database built once by ``build(db)`` on a freshly migrated database."""
        name = self._templates.get(key)
        if name is None:
            from tankapp.storage import open_database

            name = f"{self.prefix}_tpl_{key}"
            self._sql(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
            db = open_database(self.url(name), create=True)
            try:
                if build is not None:
                    build(db)
            finally:
                db.close()  # a template must have no connection when it is copied
            self._templates[key] = name
        return name

    def fresh(self, template: str) -> str:
        name = f"{self.prefix}_{next(self._n)}"
        # FILE_COPY (PostgreSQL 15+) copies the few small files at once: ~30 ms against ~250 ms for
        # the default WAL_LOG, which writes every page to the log.
        self._sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"{self._strategy}')
        return name

    @property
    def _strategy(self) -> str:
        if not hasattr(self, "_strategy_sql"):
            with self.admin.connect() as conn:
                version = conn.exec_driver_sql("SHOW server_version_num").scalar()
            self._strategy_sql = " STRATEGY FILE_COPY" if int(version) >= 150000 else ""
        return self._strategy_sql

    def drop(self, name: str) -> None:
        self._sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        for name in self._templates.values():
            self.drop(name)
        self.admin.dispose()


def _null_pool():
    from sqlalchemy.pool import NullPool

    return NullPool


def build_demo(today: dt.date):
    def build(db) -> None:
        from tankapp.demo import build as demo

        with db.session() as s:
            demo.create_demo(s, today=today)

    return build
