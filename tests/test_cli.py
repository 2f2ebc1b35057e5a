"""The command-line contract: exit codes 0/1/2, one stderr line per error, output formats,
Danish sorting, and that a file which is not a tankapp database is never touched.

Most cases call :func:`tankapp.cli.main` in-process (fast); a few run ``python -m tankapp``
as a real process, as a user or a script would. ``import-members`` and the GUI are
tested elsewhere.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import tankapp
from tankapp import cli
from tests.helpers import assert_one_line, db_arg, run

PROJECT_ROOT = Path(tankapp.__file__).resolve().parent.parent
MEMBER_KEYS = {"id", "name", "email", "organisation", "group", "consent_named", "withdrawn"}
GROUP_KEYS = {"id", "name", "actor_kind", "member_count", "size_warning", "archived"}


def run_process(tmp_path: Path, *args, **env_extra: str) -> subprocess.CompletedProcess:
    """``python -m tankapp ARGS`` as a real process, data folder inside ``tmp_path``."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        TANKAPP_DATA_DIR=str(tmp_path / "data"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")])),
        **env_extra,
    )
    return subprocess.run(
        [sys.executable, "-m", "tankapp", *map(str, args)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ---------------------------------------------------------------- as a real process


def test_process_version_and_help(tmp_path):
    version = run_process(tmp_path, "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"tankapp {tankapp.__version__}"

    helptext = run_process(tmp_path, "--help")
    assert helptext.returncode == 0, helptext.stderr
    assert helptext.stdout.startswith("usage: tankapp")
    for command in ("init", "demo", "groups", "members", "meetings", "export"):
        assert command in helptext.stdout
    assert not (tmp_path / "data").exists()  # neither touches the data folder


def test_process_usage_error_is_one_line_exit_2(tmp_path):
    result = run_process(tmp_path, "frobnicate")
    assert result.returncode == 2
    assert result.stdout == ""
    assert_one_line(result.stderr)
    assert "frobnicate" in result.stderr


def test_process_default_database_and_utf8_output(tmp_path):
    """No --db: the database is TANKAPP_DATA_DIR/tankapp.sqlite.

    Output is UTF-8 even when the locale's encoding is not (as on Windows when the output is
    redirected to a file): names like Dąbrowska or Nguyễn must not crash the listing.
    """
    made = run_process(tmp_path, "demo")
    assert made.returncode == 0, made.stderr
    default = tmp_path / "data" / "tankapp.sqlite"
    assert default.is_file()
    assert mode(default) == 0o600 and mode(default.parent) == 0o700

    listed = run_process(tmp_path, "members", "list", "--format", "csv", PYTHONIOENCODING="cp1252")
    assert listed.returncode == 0, listed.stderr
    names = {r["name"] for r in csv.DictReader(io.StringIO(listed.stdout))}
    assert {"Søren Østergaard", "Agnieszka Dąbrowska", "Nguyễn Thị Hương"} <= names


# ---------------------------------------------------------------- usage errors (exit 2)


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["groups"],
        ["members"],
        ["groups", "delete"],
        ["members", "list", "--format", "xml"],
        ["init", "--start", "not-a-date"],
        ["init", "--months", "twelve"],
        ["--lang", "sv", "groups", "list"],
    ],
)
def test_usage_errors_exit_2_with_one_line(capsys, tmp_path, args):
    code, out, err = run(capsys, "--db", tmp_path / "t.sqlite", *args)
    assert code == 2
    assert out == ""
    assert_one_line(err)
    assert not (tmp_path / "t.sqlite").exists()


@pytest.mark.parametrize(
    ("args", "exit_code"),
    [
        (["--months", "0"], 2),
        (["--months", "100000"], 2),  # would end after the year 9999
        (["--start", "9999-06-01"], 2),
        (["--meetings", "0"], 1),
        (["--name", "   "], 1),
    ],
)
def test_init_refuses_bad_input_before_creating_a_file(capsys, tmp_path, args, exit_code):
    code, out, err = run(capsys, "--db", tmp_path / "t.sqlite", "init", *args)
    assert code == exit_code
    assert out == ""
    assert_one_line(err)
    assert list(tmp_path.iterdir()) == []


def test_help_and_version_in_process(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and tankapp.__version__ in out
    code, out, _ = run(capsys, "members", "list", "--help")
    assert code == 0 and "--group" in out


# ---------------------------------------------------------------- init


def test_init_creates_private_file_and_folder(capsys, tmp_path):
    path = tmp_path / "new folder" / "tank.sqlite"
    code, out, err = run(capsys, "--db", path, "init")
    assert code == 0, err
    assert str(path) in out
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    assert sorted(p.name for p in path.parent.iterdir()) == ["tank.sqlite"]  # no -wal/-shm left

    before = path.read_bytes()
    code, out, err = run(capsys, "--db", path, "init", "--name", "Another name")
    assert code == 0
    assert "nothing changed" in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["tank.sqlite"]


def test_init_with_name_period_and_target(capsys, tmp_path):
    from tankapp.services import thinktank
    from tankapp.services.members import groups
    from tankapp.storage import open_database

    path = tmp_path / "t.sqlite"
    code, out, err = run(
        capsys, "--db", path, "init", "--name", "Tænketank Syd", "--start", "2026-02-01", "--months", "15", "--meetings", "18"
    )
    assert code == 0, err
    assert "Tænketank Syd" in out
    with open_database(path) as db, db.reading() as s:
        tank = thinktank.require_think_tank(s)
        assert tank.name == "Tænketank Syd"
        assert tank.period_start == dt.date(2026, 2, 1)
        assert tank.period_end == dt.date(2027, 4, 30)
        assert tank.meeting_target == 18
        assert len(groups.list_groups(s)) == 6


def test_init_without_db_uses_data_dir(capsys, tmp_path, _private_data_dir):
    code, out, err = run(capsys, "init")
    assert code == 0, err
    default = _private_data_dir / "tankapp.sqlite"
    assert default.is_file() and str(default) in out
    assert mode(default) == 0o600 and mode(_private_data_dir) == 0o700
    code, out, err = run(capsys, "groups", "list", "--format", "json")
    assert code == 0, err
    assert len(json.loads(out)) == 6


# ---------------------------------------------------------------- listing the demo


def test_groups_list_table(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "groups", "list")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["id", "name", "actor_kind", "member_count", "size_warning", "archived"]
    assert len(lines) == 8
    assert [line.split()[1] for line in lines[1:]] == [
        "Brugere", "Klinikere", "Ledere", "Kvalitetskonsulenter", "Forskere", "Uddannelsesrepræsentanter",
        "Styregruppe",  # the steering committee, after the expert groups, with no size warning
    ]
    assert lines[-1].split()[2:] == ["steering_committee", "7", "no"]


def test_groups_list_csv(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "groups", "list", "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 7
    assert GROUP_KEYS <= set(rows[0])
    *expert, steering = rows
    assert all(10 <= int(r["member_count"]) <= 20 and r["size_warning"] == "" for r in expert)
    assert (steering["name"], steering["actor_kind"], steering["size_warning"]) == (
        "Styregruppe", "steering_committee", "")


def test_groups_list_json(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "groups", "list", "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == 7  # the six groups and the steering committee
    assert [r["actor_kind"] for r in rows].count("steering_committee") == 1
    for r in rows:
        assert GROUP_KEYS <= set(r)
        assert isinstance(r["id"], int) and isinstance(r["member_count"], int)
        assert r["size_warning"] is None and r["archived"] is False
    assert "Uddannelsesrepræsentanter" in {r["name"] for r in rows}


DEMO_NAMES_IN_ORDER = [
    "Agnieszka Dąbrowska", "Bent Holm", "Bjørn Jensen", "Björn Lindqvist", "Bjørn Poulsen", "Bodil Lund",
    "Børge Jensen", "Élodie Moreau", "Emir Hadžić", "Gitte Bech", "Gitte Aabye", "Jürgen Müller", "Jørgen Aagaard",
    "Knud Rasmussen", "Kåre Skovgaard", "Lone Jensen", "Łukasz Wiśniewski", "Maja Christensen", "Signe Christensen",
    "Şule Yılmaz", "Søren Østergaard", "Zoë O'Brien", "Aage Jensen", "Aase Holm", "Åse Kjærgaard", "Aase Sørensen",
]


def test_members_list_json(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "members", "list", "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) > 60
    for r in rows:
        assert MEMBER_KEYS <= set(r)
        assert isinstance(r["consent_named"], bool) and isinstance(r["withdrawn"], bool)
    assert {r["withdrawn"] for r in rows} == {True, False}
    assert {r["consent_named"] for r in rows} == {True, False}
    assert len({r["email"] for r in rows}) == len(rows)
    names = [r["name"] for r in rows]
    # The Danish order, written out: Ø and Ö sort alike, Ł with L, and after Z come the
    # names with "Aa", which counts as Å.
    assert [n for n in names if n in DEMO_NAMES_IN_ORDER] == DEMO_NAMES_IN_ORDER
    assert names[-7:] == ["Zoë O'Brien", "Aage Jensen", "Aage Larsen", "Aase Hansen", "Aase Holm", "Åse Kjærgaard", "Aase Sørensen"]


def test_members_list_table_and_csv(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "members", "list")
    assert code == 0, err
    assert out.splitlines()[0].split() == ["id", "name", "email", "organisation", "group", "consent_named", "withdrawn"]
    code, out, err = run(capsys, "--db", demo_file, "members", "list", "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert MEMBER_KEYS <= set(rows[0])
    assert {r["withdrawn"] for r in rows} == {"yes", "no"}


def test_members_list_one_group(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "members", "list", "--group", "Klinikere", "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert rows and {r["group"] for r in rows} == {"Klinikere"}
    assert [r["name"] for r in rows] == [
        "Aputsiaq Kleist", "Birthe Søndergaard", "Bodil Lund", "Børge Poulsen", "Dražen Kovačević", "Ebbe Dalsgaard",
        "Gitte Aabye", "Hamid Rahimi", "Hans-Henrik Bech", "Henrik Larsen", "Jesper Højgaard", "Kirsten Nielsen",
        "Lone Dahl", "Mehmet Öztürk", "Mette Bækgaard", "Rikke Jørgensen", "Rikke Nørgaard", "Signe Christensen",
        "Ulla Larsen",
    ]  # the demo's clinicians, in Danish order
    # the group name is matched without regard to case
    code, out2, _ = run(capsys, "--db", demo_file, "members", "list", "--group", " klinikere ", "--format", "json")
    assert code == 0 and json.loads(out2) == rows


def test_members_sorted_the_danish_way(capsys, db, group_ids):
    """Æ, Ø, Å after Z; "Aa" counts as Å; Ö with Ø; é with e; case never decides."""
    from tankapp.services.members import registry as members

    expected = [
        "Anders Holm", "birgit lund", "Émile Dubois", "Zoë O'Brien", "Ægir Dam",
        "Øjvind Sørensen", "Ömer Öztürk", "Aage Mikkelsen", "Åse Kjærgaard",
    ]
    with db.session() as s:
        for name in [expected[i] for i in (8, 3, 0, 7, 5, 1, 4, 6, 2)]:
            members.add_member(s, members.MemberInput(name=name, group_id=group_ids["Klinikere"]))
        members.add_member(s, members.MemberInput(name="Anna Andersen", group_id=group_ids["Ledere"]))

    code, out, err = run(capsys, "--db", db_arg(db), "members", "list", "--group", "Klinikere", "--format", "json")
    assert code == 0, err
    assert [r["name"] for r in json.loads(out)] == expected

    code, out, err = run(capsys, "--db", db_arg(db), "members", "list")
    assert code == 0, err
    assert [line.split("  ")[1].strip() for line in out.splitlines()[1:]] == expected[:1] + ["Anna Andersen"] + expected[1:]


def test_unknown_group_exits_1(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "members", "list", "--group", "Sygeplejersker")
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "Sygeplejersker" in err and "Klinikere" in err


# ---------------------------------------------------------------- files that are not tankapp databases


def test_missing_database_exits_1_and_creates_nothing(capsys, tmp_path):
    path = tmp_path / "nowhere" / "tank.sqlite"
    for args in (["members", "list"], ["groups", "list"]):
        code, out, err = run(capsys, "--db", path, *args)
        assert code == 1
        assert out == ""
        assert_one_line(err)
        assert str(path) in err
    assert not path.parent.exists()


def _text_file(path: Path) -> None:
    path.write_text("navn;e-mail\nSøren Østergaard;soeren@example.dk\n", encoding="utf-8")


def _foreign_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, bar TEXT)")
    con.execute("INSERT INTO foo (bar) VALUES ('keep me')")
    con.commit()
    con.close()


def _sqlite_without_tables(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE scratch (x)")
    con.execute("DROP TABLE scratch")
    con.commit()
    con.close()
    assert path.stat().st_size > 0


def _zero_bytes(path: Path) -> None:
    path.touch()


def _foreign_sqlite_wal(path: Path) -> None:
    """Another program's database in WAL mode, closed cleanly (no -wal/-shm beside it)."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, bar TEXT)")
    con.commit()
    con.close()
    assert [p.name for p in path.parent.iterdir()] == [path.name]


READ_COMMANDS = [["members", "list"], ["groups", "list"], ["members", "list", "--group", "Klinikere"]]
WRITE_COMMANDS = [["init"], ["demo"]]


@pytest.mark.parametrize(
    ("make", "commands"),
    [
        (_text_file, READ_COMMANDS + WRITE_COMMANDS),
        (_foreign_sqlite, READ_COMMANDS + WRITE_COMMANDS),
        # An SQLite file with no tables, or an empty file, may be filled by init/demo,
        # but listing refuses it.
        (_sqlite_without_tables, READ_COMMANDS),
        (_zero_bytes, READ_COMMANDS),
        (_foreign_sqlite_wal, READ_COMMANDS + WRITE_COMMANDS),
    ],
    ids=["text", "foreign-sqlite", "sqlite-without-tables", "zero-bytes", "foreign-sqlite-wal"],
)
def test_foreign_file_refused_and_untouched(capsys, tmp_path, make, commands):
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "members.sqlite"
    make(path)
    before = path.read_bytes()
    for args in commands:
        code, out, err = run(capsys, "--db", path, *args)
        assert code == 1, (args, err)
        assert out == ""
        assert_one_line(err)
        assert err.startswith("tankapp: ") and str(path) in err
        assert "not a tankapp database" in err
        assert path.read_bytes() == before, args
        assert [p.name for p in folder.iterdir()] == ["members.sqlite"], args  # no -wal, -shm, -journal


def test_demo_refuses_a_database_with_a_think_tank(capsys, tmp_path):
    path = tmp_path / "t.sqlite"
    assert run(capsys, "--db", path, "init", "--name", "Rigtig tænketank")[0] == 0
    before = path.read_bytes()
    code, out, err = run(capsys, "--db", path, "demo")
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "already holds a think tank" in err
    assert path.read_bytes() == before
    code, out, _ = run(capsys, "--db", path, "members", "list", "--format", "json")
    assert code == 0 and json.loads(out) == []


def test_csv_and_json_carry_the_same_fields_in_the_documented_order(capsys, tmp_path):
    from tankapp.services.members.groups import GroupSummary
    from tankapp.services.members.registry import MemberSummary

    db = str(tmp_path / "t.sqlite")
    assert cli.main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    for command, fields in ((["members", "list"], MemberSummary.FIELDS), (["groups", "list"], GroupSummary.FIELDS)):
        assert cli.main([*command, "--db", db, "--format", "json"]) == 0  # --db after the command works too
        rows = json.loads(capsys.readouterr().out)
        assert rows and all(tuple(r) == fields for r in rows)
        assert cli.main(["--db", db, *command, "--format", "csv"]) == 0
        header = capsys.readouterr().out.splitlines()[0]
        assert tuple(header.split(",")) == fields
