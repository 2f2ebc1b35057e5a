"""Shared fixtures: every test gets its own data folder and database file."""

from __future__ import annotations

import datetime as dt
import os

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
    from tankapp.services import groups

    with db.reading() as s:
        return {g.name: g.id for g in groups.list_groups(s)}
