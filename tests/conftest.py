"""Shared fixtures: every test gets its own data folder and database file."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import pytest


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
def empty_db(db_path):
    """A new database file with the schema but no think tank yet."""
    from tankapp.storage import open_database

    db = open_database(db_path, create=True)
    yield db
    db.close()


@pytest.fixture
def db(empty_db):
    """A database with a think tank (period 2026-01-01 + 15 months) and the six groups."""
    from tankapp.services import thinktank

    with empty_db.session() as s:
        thinktank.setup_think_tank(s, thinktank.ThinkTankInput(period_start=dt.date(2026, 1, 1)))
    return empty_db


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
def demo_file(demo_template, tmp_path_factory) -> Path:
    """This test's own copy of the demo database (write to it freely), alone in a folder of its own."""
    from tests.helpers import copy_demo

    return copy_demo(demo_template, tmp_path_factory.mktemp("demo") / "tank.sqlite")
