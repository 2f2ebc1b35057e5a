"""The database file: schema and migrations, old and new files, SQLite settings,
file permissions, two processes at once, and what opening it imports."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest

import tankapp
from tankapp.storage import NewerDatabase, open_database
from tankapp.storage.schema import SCHEMA_HEAD, SCHEMA_REVISIONS
from tests.helpers import db_arg

ROOT = Path(tankapp.__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "databases"
FIXTURE_FILES = sorted(FIXTURES.glob("*.sqlite"))


def _revision(path: Path) -> str:
    # immutable: read without creating -wal/-shm files beside it (the fixtures are checked in)
    con = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _env() -> dict:
    """The environment for a child Python that imports tankapp from this checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _run_python(code: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


# ---------------------------------------------------------------- schema and migrations


def test_models_and_migrations_agree(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from tankapp.domain import Base

    with open_database(tmp_path / "fresh.sqlite", create=True) as db:
        with db.engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == [], f"the models differ from the migrations; write a migration: {diffs}"


def test_schema_revisions_list_the_migration_scripts_in_order(tmp_path):
    from tankapp.storage import migrate

    assert SCHEMA_REVISIONS == tuple(migrate.all_revisions())
    assert migrate.script_heads() == [SCHEMA_HEAD]
    with open_database(tmp_path / "fresh.sqlite", create=True):
        pass
    assert _revision(tmp_path / "fresh.sqlite") == SCHEMA_HEAD


# ---------------------------------------------------------------- files of released versions

TANK_NAME = "Tænketank for brugerinddragelse"
FIXTURE_GROUPS = [  # (name, actor kind, archived, active members)
    ("Brugere", "users", False, 1),
    ("Klinikere", "clinicians", False, 2),
    ("Ledere", "managers", False, 0),
    ("Kvalitetskonsulenter", "quality_consultants", False, 0),
    ("Forskere", "researchers", False, 1),
    ("Uddannelsesrepræsentanter", "education", False, 0),
    ("Pårørende (pilot)", "other", True, 1),
]
# Danish order, by the whole name: Å after Z.
FIXTURE_MEMBERS = [  # (name, email, group, withdrawn_on)
    ("Anders Aagaard", None, "Klinikere", None),
    ("Birthe Ørsted", "birthe@kommune.dk", "Ledere", dt.date(2026, 6, 30)),
    ("Mette Æbelø", None, "Pårørende (pilot)", None),
    ("Søren Ærøbo", "soren.aerobo@example.dk", "Brugere", None),
    ("Zeki Ünal", "zeki.unal@sdu.dk", "Forskere", None),
    ("Åse Øster", "ÅSE@REGION.DK", "Klinikere", None),
]


def test_every_schema_revision_has_a_checked_in_database():
    missing = [rev for rev in SCHEMA_REVISIONS if not (FIXTURES / f"{rev}.sqlite").is_file()]
    assert not missing, (
        f"no database of schema {missing} in {FIXTURES}; "
        "make one with tests/fixtures/databases/make_fixtures.py REVISION"
    )


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_database_of_a_released_schema_opens_with_its_data(fixture, tmp_path):
    from sqlalchemy import select

    from tankapp.domain import Member
    from tankapp.services import thinktank
    from tankapp.services.members import groups
    from tankapp.services.members import registry as members
    from tankapp.services.errors import ValidationError

    old_revision = _revision(fixture)
    assert old_revision == fixture.stem, "a fixture is named after its schema revision"
    folder = tmp_path / "copy"
    folder.mkdir()
    path = folder / "tankapp.sqlite"
    shutil.copyfile(fixture, path)

    with open_database(path) as db:
        with db.reading() as s:
            tank = thinktank.require_think_tank(s)
            assert (tank.name, tank.period_start, tank.period_end) == (
                TANK_NAME, dt.date(2026, 1, 1), dt.date(2027, 3, 31))
            assert tank.meeting_target == 18
            summary = [(g.name, g.actor_kind.value, g.archived, g.member_count) for g in groups.list_groups(s)]
            assert summary == FIXTURE_GROUPS
            listed = [(m.name, m.email, m.group, m.withdrawn_on) for m in members.list_members(s)]
            assert listed == FIXTURE_MEMBERS
            soren = s.scalars(select(Member).where(Member.name == "Søren Ærøbo")).one()
            assert soren.uuid == uuid.UUID("7a4c0000-0000-4000-8000-0000000000c9")
            assert soren.created_at == dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.timezone.utc)
            assert soren.notes == "Bemærkning: æøå ÆØÅ"
            assert soren.consent_named and soren.consent_named_on == dt.date(2026, 1, 5)
            from tankapp.domain import Meeting

            meeting = s.get(Meeting, 1)
            assert meeting.title == "Fællesmøde: Klinikere og Ledere"
            assert [g.name for g in meeting.groups] == ["Klinikere", "Ledere"]
            # 0002 added facilitators and agendas: empty on older files, kept on newer ones.
            if old_revision == "0001":
                assert (meeting.facilitators, meeting.agenda) == ("", [])
            else:
                assert meeting.facilitators == "Karen Friis"
                assert [i.title for i in meeting.agenda] == ["Velkomst", "Vidensoplæg: pårørende", "Pause"]
                assert [p.title for p in meeting.agenda[1].presentations] == ["Pårørendeinddragelse i praksis"]
        # The upgraded file is fully usable: the e-mail rule sees the old upper-case address.
        with db.session() as s:
            klinikere = groups.find_group(s, "klinikere").id
            with pytest.raises(ValidationError) as err:
                members.add_member(s, members.MemberInput(name="Ny", group_id=klinikere, email="åse@region.dk"))
            assert "Åse Øster" in str(err.value)
            members.add_member(s, members.MemberInput(name="Ny Kliniker", group_id=klinikere))

    assert _revision(path) == SCHEMA_HEAD
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()

    backups = sorted(folder.glob(f"{path.stem}.backup-*{path.suffix}"))
    if old_revision == SCHEMA_HEAD:
        assert backups == [], "a file already at the head schema is opened without a backup"
    else:
        assert len(backups) == 1, "an upgrade makes exactly one backup beside the file"
        backup = backups[0]
        assert backup.name.startswith(f"{path.stem}.backup-{old_revision}-")
        assert _revision(backup) == old_revision
        assert _mode(backup) == 0o600
        con = sqlite3.connect(backup)
        try:
            assert con.execute("SELECT count(*) FROM member").fetchone()[0] == len(FIXTURE_MEMBERS)
        finally:
            con.close()


def test_database_from_a_newer_tankapp_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "newer.sqlite"
    shutil.copyfile(FIXTURES / f"{SCHEMA_HEAD}.sqlite", path)
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    con.close()
    before = path.read_bytes()

    with pytest.raises(NewerDatabase) as err:
        open_database(path)

    assert "newer" in str(err.value) and "zzzz" in str(err.value)
    assert path.read_bytes() == before
    assert _revision(path) == "zzzz"
    others = {p.name for p in tmp_path.iterdir()} - {path.name}
    assert others == set(), f"the refused file got company: {others}"


# ---------------------------------------------------------------- SQLite settings


@pytest.mark.sqlite_only("SQLite's PRAGMAs; the server's settings are checked in tests/test_postgres.py")
def test_connections_use_wal_foreign_keys_and_a_busy_timeout(empty_db):
    with empty_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_database_refuses_a_member_of_a_missing_group(db):
    from sqlalchemy.exc import IntegrityError

    from tankapp.domain import Member

    with pytest.raises(IntegrityError):
        with db.session() as s:
            s.add(Member(name="Ingen Gruppe", group_id=9999))
    with db.reading() as s:
        assert s.query(Member).count() == 0


# ---------------------------------------------------------------- permissions


@pytest.fixture
def open_umask():
    """A permissive umask, so the modes below come from tankapp and not from the umask."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_new_database_and_new_folder_are_private(tmp_path, open_umask):
    folder = tmp_path / "ny mappe"
    path = folder / "tankapp.sqlite"
    with open_database(path, create=True) as db:
        with db.session() as s:  # a write, so SQLite makes its -wal and -shm files
            from tankapp.services import thinktank

            thinktank.setup_think_tank(s, thinktank.ThinkTankInput(period_start=dt.date(2026, 1, 1)))
        assert _mode(path) == 0o600
        assert _mode(folder) == 0o700
        for extra in ("-wal", "-shm"):
            side = folder / (path.name + extra)
            if side.exists():
                assert _mode(side) == 0o600, f"{side.name} is readable by others"


def test_existing_folder_keeps_its_mode(tmp_path, open_umask):
    os.chmod(tmp_path, 0o755)
    with open_database(tmp_path / "tankapp.sqlite", create=True):
        pass
    assert _mode(tmp_path) == 0o755
    assert _mode(tmp_path / "tankapp.sqlite") == 0o600


def test_default_data_folder_is_made_private_even_if_it_exists(_private_data_dir, open_umask):
    _private_data_dir.mkdir(mode=0o755)
    os.chmod(_private_data_dir, 0o755)
    with open_database(create=True) as db:
        assert db.path == _private_data_dir / "tankapp.sqlite"
    assert _mode(_private_data_dir) == 0o700
    assert _mode(_private_data_dir / "tankapp.sqlite") == 0o600


# ---------------------------------------------------------------- two processes at once

WRITER = """
    import sys, time
    from pathlib import Path
    from tankapp.storage import open_database
    from tankapp.services.members import groups
    from tankapp.services.members import registry as members

    path, tag, ready, go = sys.argv[1], sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
    other = "B" if tag == "A" else "A"
    db = open_database(path)
    with db.reading() as s:
        group_id = groups.find_group(s, "Brugere").id
    ready.touch()
    deadline = time.monotonic() + 30


    def wait_for(condition, what):
        while not condition():
            if time.monotonic() > deadline:
                sys.exit(f"writer {tag}: {what} never happened")
            time.sleep(0.001)


    def other_has_written():
        with db.reading() as s:
            return any(m.name.startswith(other) for m in members.list_members(s))


    wait_for(go.exists, "the start signal")
    for i in range(50):
        # One transaction per member, as the window saves them. The e-mail check
        # reads before the insert writes, so a transaction that did not take the
        # write lock up front would fail with "database is locked".
        with db.session() as s:
            members.add_member(
                s, members.MemberInput(name=f"{tag} {i:02d}", group_id=group_id, email=f"{tag}{i}@example.dk")
            )
            time.sleep(0.001)  # hold the write lock a moment: the other writer has to wait
        if i == 0:  # make sure the two really overlap, however the processes are scheduled
            wait_for(other_has_written, "the other writer's first member")
        time.sleep(0.003)
    db.close()
"""


def test_two_processes_writing_at_once_both_succeed(db, tmp_path):
    from sqlalchemy import select

    from tankapp.domain import Member
    from tankapp.services.members import registry as members

    procs, logs = {}, {}
    for tag in ("A", "B"):
        logs[tag] = tmp_path / f"stderr-{tag}.txt"
        with open(logs[tag], "w") as err:
            procs[tag] = subprocess.Popen(
                [sys.executable, "-c", textwrap.dedent(WRITER), str(db_arg(db)), tag,
                 str(tmp_path / f"ready-{tag}"), str(tmp_path / "go")],
                env=_env(), stdout=subprocess.DEVNULL, stderr=err,
            )
    try:
        deadline = time.monotonic() + 30
        while not all((tmp_path / f"ready-{tag}").exists() for tag in procs):
            assert all(p.poll() is None for p in procs.values()), "a writer died while starting"
            assert time.monotonic() < deadline, "the writers did not start"
            time.sleep(0.005)
        (tmp_path / "go").touch()
        deadline = time.monotonic() + 60
        # Stop at the first failure: the other writer would wait for its partner in vain.
        while any(p.poll() is None for p in procs.values()):
            if any(p.returncode not in (None, 0) for p in procs.values()):
                break
            assert time.monotonic() < deadline, "the writers did not finish"
            time.sleep(0.01)
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.kill()
            p.wait()

    for tag, p in procs.items():
        err = logs[tag].read_text()
        assert "locked" not in err, f"writer {tag}: {err}"
        assert p.returncode == 0, f"writer {tag} failed: {err}"

    with db.reading() as s:
        written = [m.name for m in members.list_members(s)]
        tags = [name[0] for name in s.scalars(select(Member.name).order_by(Member.id))]
    assert sorted(written) == sorted(f"{tag} {i:02d}" for tag in "AB" for i in range(50))
    # They really ran at the same time: in the order of saving, the two alternate.
    switches = sum(1 for a, b in zip(tags, tags[1:]) if a != b)
    assert switches > 1, f"the writers did not overlap: {''.join(tags)}"


# ---------------------------------------------------------------- imports


def test_code_outside_the_ui_never_imports_qt(tmp_path):
    result = _run_python(
        """
        import importlib, importlib.util, pkgutil, sys
        import tankapp.domain, tankapp.services, tankapp.services.members.registry, tankapp.services.members.groups
        import tankapp.services.thinktank, tankapp.storage, tankapp.cli

        # Later modules of these packages are held to the same rule.
        for pkg in ("tankapp.domain", "tankapp.services", "tankapp.export"):
            if importlib.util.find_spec(pkg) is None:
                continue
            module = importlib.import_module(pkg)
            for info in pkgutil.walk_packages(module.__path__, pkg + "."):
                importlib.import_module(info.name)
        import tankapp.storage.migrate

        # And the command line, run for real, stays without Qt.
        from tankapp import cli
        db = sys.argv[1]
        assert cli.main(["--db", db, "init", "--start", "2026-01-01"]) == 0
        assert cli.main(["--db", db, "groups", "list"]) == 0
        assert cli.main(["--db", db, "members", "list", "--format", "json"]) == 0

        qt = sorted(name for name in sys.modules if name.split(".")[0] == "PySide6")
        assert not qt, f"Qt was imported outside the UI: {qt[:5]}"
        print("ok")
        """,
        str(tmp_path / "cli.sqlite"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


def test_opening_an_existing_database_does_not_import_alembic(db, tmp_path):
    path = db_arg(db)
    db.close()
    result = _run_python(
        """
        import sys
        from tankapp.storage import open_database
        from tankapp.services.members import groups

        with open_database(sys.argv[1]) as db, db.reading() as s:
            assert len(groups.list_groups(s)) == 6
        loaded = sorted(name for name in sys.modules if name.split(".")[0] == "alembic")
        assert not loaded, f"opening a current database imported {loaded[:5]}"

        # The check can see alembic: creating a new file does need it.
        with open_database(sys.argv[2], create=True):
            pass
        assert "alembic" in sys.modules
        print("ok")
        """,
        str(path),
        str(tmp_path / "new.sqlite"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")
