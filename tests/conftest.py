"""Shared fixtures: every test gets its own data folder and database file.

With ``TANKAPP_TEST_PG_URL`` set, ``empty_db``, ``db``, ``demo_file`` and ``db_location``
are databases on that PostgreSQL server instead, and only the tests that take one of
them run (the service-level suite; see tests/pg_backend.py).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import pytest

from tests import pg_backend

PG_URL = pg_backend.server_url()


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "sqlite_only(reason): about the SQLite file itself; skipped on PostgreSQL with the reason"
    )


def pytest_collection_modifyitems(config, items):
    if PG_URL:
        pg_backend.select(config, items)


def pytest_runtest_setup(item):
    marker = item.get_closest_marker("sqlite_only")
    if marker is not None and PG_URL:
        reason = marker.args[0] if marker.args else marker.kwargs.get("reason", "about the SQLite file")
        pytest.skip(f"SQLite only: {reason}")


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if PG_URL:
        pg_backend.summary(terminalreporter, config)


@pytest.fixture(scope="session")
def backend() -> str:
    """"postgresql" when the suite runs against a server (TANKAPP_TEST_PG_URL), else "sqlite"."""
    return "postgresql" if PG_URL else "sqlite"


@pytest.fixture(scope="session")
def pg_server():
    """This run's databases on the PostgreSQL server (only with TANKAPP_TEST_PG_URL)."""
    if not PG_URL:
        pytest.skip("needs a PostgreSQL server: set TANKAPP_TEST_PG_URL")
    server = pg_backend.Server(PG_URL)
    yield server
    server.close()


@pytest.fixture
def db_location(tmp_path, request):
    """Where a new database goes: a file path not made yet, or (PostgreSQL) the URL of a new, empty database."""
    if not PG_URL:
        yield tmp_path / "tank.sqlite"
        return
    server = request.getfixturevalue("pg_server")
    name = server.fresh("template0")
    yield server.url(name)
    server.drop(name)


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    """Never touch the real user data folder."""
    data = tmp_path / "data"
    monkeypatch.setenv("TANKAPP_DATA_DIR", str(data))
    return data


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "tank.sqlite"


@pytest.fixture
def empty_db(db_path, request):
    """A new database file with the schema but no think tank yet (on PostgreSQL: a new database)."""
    from tankapp.storage import open_database

    if PG_URL:
        server = request.getfixturevalue("pg_server")
        name = server.fresh(server.template("empty", None))
        db = open_database(server.url(name))
        yield db
        db.close()
        server.drop(name)
        return
    from tests.helpers import copy_demo

    # A copy of one database made (and migrated) once per session: running every migration
    # for each test cost more than half a second a test.
    db = open_database(copy_demo(request.getfixturevalue("empty_template"), db_path))
    yield db
    db.close()


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory) -> Path:
    """A new database with the schema and nothing else, made once per session (copy it: ``empty_db``)."""
    from tankapp.storage import open_database

    folder = tmp_path_factory.mktemp("empty-template")
    path = folder / "empty.sqlite"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TANKAPP_DATA_DIR", str(folder / "data"))
        open_database(path, create=True).close()
    assert [p.name for p in folder.iterdir() if p.name != "data"] == ["empty.sqlite"]  # one file: nothing in a -wal
    return path


def _set_up(db) -> None:
    from tankapp.services import thinktank

    with db.session() as s:
        thinktank.setup_think_tank(s, thinktank.ThinkTankInput(period_start=dt.date(2026, 1, 1)))


@pytest.fixture
def db(request):
    """A database with a think tank (period 2026-01-01 + 15 months) and the six groups."""
    if PG_URL:  # a copy of a template that has them already
        from tankapp.storage import open_database

        server = request.getfixturevalue("pg_server")
        name = server.fresh(server.template("thinktank", _set_up))
        db = open_database(server.url(name))
        yield db
        db.close()
        server.drop(name)
        return
    from tankapp.storage import open_database
    from tests.helpers import copy_demo

    db = open_database(copy_demo(request.getfixturevalue("thinktank_template"), request.getfixturevalue("db_path")))
    yield db
    db.close()


@pytest.fixture(scope="session")
def thinktank_template(empty_template, tmp_path_factory) -> Path:
    """The ``db`` fixture's database, made once per session (each test gets a copy)."""
    from tankapp.storage import open_database
    from tests.helpers import copy_demo

    path = copy_demo(empty_template, tmp_path_factory.mktemp("thinktank-template") / "tank.sqlite")
    db = open_database(path)
    _set_up(db)
    db.close()
    assert not path.with_name(path.name + "-wal").exists()  # everything is in the one file copied
    return path


@pytest.fixture
def group_ids(db):
    """Danish group name -> id for the six default groups."""
    from tankapp.services.members import groups

    with db.reading() as s:
        return {g.name: g.id for g in groups.list_groups(s)}


# ---------------------------------------------------------------- the demo think tank

DEMO_TODAY = dt.date(2026, 3, 10)  # the demo's "today": its meetings, held and planned, fall around it


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo database (as ``tankapp demo`` makes it, today = 2026-03-10), built once per session.

    Never hand this file to a test: use :func:`demo_file`, a private copy.
    """
    from tankapp.demo import build as demo
    from tankapp.storage import open_database

    folder = tmp_path_factory.mktemp("demo-template")
    path = folder / "demo.sqlite"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TANKAPP_DATA_DIR", str(folder / "data"))
        with open_database(path, create=True) as db, db.session() as s:
            demo.create_demo(s, today=DEMO_TODAY)
    assert [p.name for p in folder.iterdir() if p.name != "data"] == ["demo.sqlite"]  # one file: nothing in a -wal
    return path


@pytest.fixture
def demo_file(tmp_path_factory, request):
    """This test's own copy of the demo database (write to it freely), alone in a folder of its own.

    On PostgreSQL: the URL (a str) of this test's own copy of the demo database there.
    """
    from tests.helpers import copy_demo

    if PG_URL:
        server = request.getfixturevalue("pg_server")
        name = server.fresh(server.template("demo", pg_backend.build_demo(DEMO_TODAY)))
        yield server.url(name)
        server.drop(name)
        return
    yield copy_demo(request.getfixturevalue("demo_template"), tmp_path_factory.mktemp("demo") / "tank.sqlite")
