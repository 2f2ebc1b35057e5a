"""One shared database for several people: PostgreSQL, row versions, races, Danish order in SQL.

Most tests here run on both backends (the ``db`` fixture is a file, or a database on the
server with TANKAPP_TEST_PG_URL set; see tests/pg_backend.py). The ones about the server
itself take ``pg_server`` and are skipped, saying so, without one.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text, update

from tankapp.domain import AgendaTemplate, Member
from tankapp.domain.enums import MeetingFormat
from tankapp.services.members import registry as members
from tankapp.storage import ChangedElsewhere, DatabaseError, open_database
from tests.helpers import assert_one_line, db_arg, run

# Distinct at the first level, so ICU's and tankapp's tie-breaking cannot differ: Danish order.
DANISH_ORDER = ["Anker", "Bodil", "Émile", "Karen", "Sørine", "Zenia", "Ærø", "Ødis", "Østerbro", "Aabenraa", "Åse"]


def _member(db, group_ids, name="Åse Kjærgaard") -> int:
    with db.session() as s:
        return members.add_member(s, members.MemberInput(name=name, group_id=group_ids["Klinikere"])).id


def _second(db):
    """Another person's tankapp on the same database: an engine of its own."""
    return open_database(db_arg(db))


# ---------------------------------------------------------------- two people, one database


def test_two_users_see_each_others_changes_when_the_view_refreshes(db, group_ids):
    other = _second(db)
    try:
        member_id = _member(db, group_ids)
        with other.reading() as s:  # the other's list, refreshed
            assert members.member_summary(s, member_id).name == "Åse Kjærgaard"
        with other.session() as s:
            members.update_member(s, member_id, members.MemberInput(
                name="Åse Kjærgaard", group_id=group_ids["Klinikere"], phone="+45 20 30 40 50"))
        with db.reading() as s:
            assert members.member_summary(s, member_id).phone == "+45 20 30 40 50"
    finally:
        other.close()


def test_every_change_counts_up_the_row_version(db, group_ids):
    member_id = _member(db, group_ids)
    with db.reading() as s:
        assert s.get(Member, member_id).row_version == 1
    for phone in ("1", "2"):
        with db.session() as s:
            members.update_member(s, member_id, members.MemberInput(
                name="Åse Kjærgaard", group_id=group_ids["Klinikere"], phone=phone))
    with db.reading() as s:
        assert s.get(Member, member_id).row_version == 3


def test_a_change_that_lost_the_race_is_refused_and_the_winner_kept(db, group_ids):
    """The record's version moved on between reading and writing: ChangedElsewhere, nothing saved."""
    member_id = _member(db, group_ids)
    with pytest.raises(ChangedElsewhere) as err:
        with db.session() as s:
            member = s.get(Member, member_id)  # read at version 1
            # another person's change lands meanwhile (as plain SQL, so this session does not see it)
            s.execute(update(Member.__table__).where(Member.__table__.c.id == member_id)
                      .values(phone="+45 11 11 11 11", row_version=2))
            member.email = "aase@example.dk"
    assert "Someone else changed" in str(err.value) and "not saved" in str(err.value)
    with db.reading() as s:
        m = s.get(Member, member_id)
        # the whole transaction was rolled back: neither the loser's e-mail nor, here, the simulated winner
        assert (m.email, m.row_version) == (None, 1)


def test_two_sessions_racing_on_the_server(db, group_ids, backend):
    """Two people save the same member at the same moment: the second is told, the first is kept."""
    if backend == "sqlite":
        pytest.skip("SQLite lets one writer at a time in (BEGIN IMMEDIATE): the second waits, there is no race")
    member_id = _member(db, group_ids)
    other = _second(db)
    try:
        with pytest.raises(ChangedElsewhere):
            with db.session() as mine:
                m = mine.get(Member, member_id)
                with other.session() as theirs:  # commits while mine is still open
                    theirs.get(Member, member_id).phone = "+45 22 22 22 22"
                m.phone = "+45 99 99 99 99"
        with other.reading() as s:
            assert s.get(Member, member_id).phone == "+45 22 22 22 22"
    finally:
        other.close()


def test_a_lost_race_on_the_command_line_is_one_line_and_exit_1(capsys, db, group_ids, monkeypatch):
    from sqlalchemy.orm.exc import StaleDataError

    from tankapp.services.members import groups

    def racing(*_args, **_kwargs):
        raise StaleDataError("UPDATE statement on table 'expert_group' expected to update 1 row(s); 0 were matched.")

    monkeypatch.setattr(groups, "list_groups", racing)
    code, out, err = run(capsys, "--db", db_arg(db), "groups", "list")
    assert (code, out) == (1, "")
    assert_one_line(err)
    assert "Someone else changed or deleted the same record" in err and "Traceback" not in err


def test_the_window_words_a_lost_race():
    from tankapp.storage import ServerUnreachable
    from tankapp.ui.common import texts
    from tankapp.ui.ops.core import storage_problem

    problem = storage_problem(ChangedElsewhere())
    assert problem.code == "storage_changed_elsewhere"
    assert storage_problem(ServerUnreachable("x")).code == "storage_server_unreachable"
    assert texts.problem_text(problem.problem).startswith("Someone else changed")


# ---------------------------------------------------------------- Danish order where SQL sorts


def test_saved_agenda_templates_come_in_danish_order(db):
    from tankapp.services.meetings import agenda

    with db.session() as s:
        for name in reversed(DANISH_ORDER):
            s.add(AgendaTemplate(name=name, format=MeetingFormat.HALF_DAY))
    with db.reading() as s:
        saved = [t.name for t in agenda.list_templates(s) if not t.builtin]
    assert saved == DANISH_ORDER


def test_the_server_sorts_with_the_danish_icu_collation(db, backend):
    if backend == "sqlite":
        pytest.skip("SQLite sorts with tankapp's own DANISH collation: tests/test_services.py")
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT w FROM unnest(%(w)s::text[]) AS w ORDER BY w COLLATE \"da-x-icu\"", {"w": DANISH_ORDER[::-1]}
        ).scalars().all()
    assert rows == DANISH_ORDER


# ---------------------------------------------------------------- the server itself


@pytest.fixture
def server_db(pg_server):
    """A database on the test server with nothing in it (not even tankapp's tables)."""
    name = pg_server.fresh("template0")
    yield name
    pg_server.drop(name)


def test_init_on_an_empty_server_database_then_the_same_commands(capsys, pg_server, server_db):
    url = pg_server.url(server_db)
    code, out, err = run(capsys, "--db", url, "members", "list")
    assert code == 1 and "empty, not a tankapp database yet" in err and "tankapp --db URL init" in err
    code, out, err = run(capsys, "--db", url, "init", "--name", "Kontorets tænketank", "--start", "2026-01-01")
    assert code == 0, err
    assert "postgresql+psycopg://" in out and "Kontorets tænketank" in out
    code, out, err = run(capsys, "--db", url, "groups", "list", "--format", "json")
    assert code == 0 and '"Uddannelsesrepræsentanter"' in out


def test_file_only_commands_say_it_is_the_servers_job(capsys, demo_file, backend):
    if backend == "sqlite":
        pytest.skip("about a database on a server")
    for args in (["backup"], ["check"], ["restore", "x.sqlite"]):
        code, out, err = run(capsys, "--db", demo_file, *args)
        assert (code, out) == (1, ""), args
        assert_one_line(err)
        assert "works on a database file" in err and "the server itself" in err


def test_an_erasure_on_the_server_says_the_server_keeps_its_files(capsys, demo_file, backend):
    if backend == "sqlite":
        pytest.skip("about a database on a server")
    from tankapp.services.members import registry

    with open_database(demo_file) as db, db.reading() as s:
        member_id = registry.list_members(s)[0].id
    code, out, err = run(capsys, "--db", demo_file, "member", "anonymise", member_id)
    assert code == 0, err
    assert "The change is saved on the database server" in out and "None" not in out


def test_a_server_database_is_checked_before_anything_is_written(pg_server, server_db):
    from sqlalchemy import create_engine

    url = pg_server.url(server_db)
    foreign = create_engine(url)
    with foreign.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE invoices (id int)")
    foreign.dispose()
    with pytest.raises(DatabaseError, match="holds other tables; it is not a tankapp database"):
        open_database(url, create=True)
    foreign = create_engine(url)
    with foreign.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'").scalar() == 1
    foreign.dispose()


def test_a_newer_server_database_is_refused_and_left_alone(pg_server, server_db):
    from tankapp.storage import NewerDatabase

    url = pg_server.url(server_db)
    open_database(url, create=True).close()
    from sqlalchemy import create_engine

    e = create_engine(url)
    with e.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    e.dispose()
    with pytest.raises(NewerDatabase, match="newer tankapp"):
        open_database(url)


def test_a_latin1_database_is_refused(pg_server):
    name = f"{pg_server.prefix}_latin1"
    pg_server._sql(f"CREATE DATABASE \"{name}\" ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
    try:
        with pytest.raises(DatabaseError, match="UTF-8"):
            open_database(pg_server.url(name), create=True)
    finally:
        pg_server.drop(name)


def test_an_older_server_database_is_upgraded_in_place(pg_server, server_db):
    from tankapp.storage import migrate
    from tankapp.storage.schema import SCHEMA_HEAD
    from tankapp.storage.server import make_server_engine, parse_url

    url = pg_server.url(server_db)

    engine = make_server_engine(parse_url(url))
    migrate.upgrade(engine, "0006")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO think_tank (name, period_start, period_end, meeting_target, commitment_min, commitment_max,"
            " uuid, created_at, updated_at) VALUES ('Gammel', '2026-01-01', '2027-03-31', 18, 2, 4,"
            " '7a4c0000-0000-4000-8000-000000000001', now(), now())"
        )
    engine.dispose()
    with open_database(url) as db, db.reading() as s:
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        assert s.execute(text("SELECT name, row_version FROM think_tank")).one() == ("Gammel", 1)


def test_models_and_migrations_agree_on_the_server(pg_server, server_db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from tankapp.domain import Base

    with open_database(pg_server.url(server_db), create=True) as db, db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == [], f"the migrations build another schema on PostgreSQL: {diffs}"


def test_the_server_settings_of_a_connection(db, backend):
    if backend == "sqlite":
        pytest.skip("about a database on a server")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW TIME ZONE").scalar() == "UTC"
        assert conn.exec_driver_sql("SHOW lock_timeout").scalar() == "30s"
        assert conn.exec_driver_sql("SHOW server_encoding").scalar() == "UTF8"


def test_a_nul_character_is_left_out_on_the_server(db, group_ids, backend):
    if backend == "sqlite":
        pytest.skip("SQLite's text holds NUL; PostgreSQL's cannot")
    member_id = _member(db, group_ids, name="Bo\x00 Ibsen")
    with db.reading() as s:
        assert s.get(Member, member_id).name == "Bo Ibsen"


def test_a_server_that_cannot_be_reached_is_one_sentence_without_the_password(pg_server):
    from tankapp.storage import ServerUnreachable

    url = pg_server.base.set(username="tankapp", host="127.0.0.1", port=1, password="hemmeligt-kodeord",
                             database="tankapp").render_as_string(hide_password=False)
    with pytest.raises(ServerUnreachable) as err:
        open_database(url)
    message = str(err.value)
    assert "could not be reached" in message and "hemmeligt-kodeord" not in message and "***" in message


def test_a_missing_server_database_is_said(pg_server):
    from tankapp.storage import DatabaseMissing

    with pytest.raises(DatabaseMissing, match="no such database"):
        open_database(pg_server.url(f"{pg_server.prefix}_not_there"))


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("mysql://u:p@host/tankapp", "not on 'mysql'"),
        ("sqlite:///tmp/x.sqlite", "give the file itself"),
        ("postgresql+psycopg2://u@host/db", "not on 'postgresql+psycopg2'"),
    ],
)
def test_a_url_of_another_kind_is_refused_in_words(capsys, url, said):
    code, out, err = run(capsys, "--db", url, "groups", "list")
    assert (code, out) == (1, "")
    assert_one_line(err)
    assert said in err


def test_check_export_target_accepts_a_server_database(tmp_path):
    from tankapp.services.targets import check_export_target

    assert check_export_target(tmp_path / "x.pdf", None) == tmp_path / "x.pdf"


def test_no_date_or_time_shifts_on_the_server(db, group_ids):
    """Dates, times and UTC timestamps come back as they went in, on either backend."""
    from tankapp.services.meetings import planning as meetings

    with db.session() as s:
        meeting = meetings.create_meeting(s, meetings.MeetingInput(
            title="Møde", date=dt.date(2026, 3, 29), start=dt.time(9, 30), end=dt.time(12, 0),
            group_ids=[group_ids["Klinikere"]]))
        created = meeting.created_at
    with db.reading() as s:
        m = meetings.get_meeting(s, meeting.id)
        assert (m.date, m.start, m.end) == (dt.date(2026, 3, 29), dt.time(9, 30), dt.time(12, 0))
        assert m.created_at == created and m.created_at.tzinfo is not None
        assert s.scalar(select(Member).limit(1)) is None


def test_init_then_list_on_either_backend(capsys, db_location):
    """``--db`` takes a file or a server URL alike: the same commands, the same answers."""
    code, out, err = run(capsys, "--db", db_location, "init", "--start", "2026-01-01")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db_location, "groups", "list", "--format", "json")
    assert code == 0, err
    assert '"Brugere"' in out and '"Uddannelsesrepræsentanter"' in out
    code, out, err = run(capsys, "--db", db_location, "init")
    assert code == 0 and "already holds the think tank" in err and "None" not in err


def test_an_id_beyond_what_the_database_holds_is_no_such_record(capsys, demo_file):
    """3,000,000,000 fits SQLite's integers but not PostgreSQL's: "no such meeting" on both, never a crash."""
    for args in (["attendance", "list", "--meeting", "3000000000"], ["member", "export", "-3000000000", "--out", "x.json"]):
        code, out, err = run(capsys, "--db", demo_file, *args)
        assert (code, out) == (1, ""), err
        assert_one_line(err)
        assert "there is no" in err.lower() and "unexpected" not in err
