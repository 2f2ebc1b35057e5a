"""The command line for meetings: ``meetings list`` and ``export agenda`` / ``export ics``.

The contract tested here: the listing's fields and formats (a joint meeting's groups are
one CSV cell, "Ledere; Kvalitetskonsulenter"), ``--group`` and ``--db`` after the command,
and that an export either writes the whole file and says "Wrote <path>", or writes nothing
and says why in one line (exit 1 for wrong data or a bad folder, exit 2 for a usage error).
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import tankapp
from tankapp import cli
from tankapp.services.meetings.planning import MeetingSummary
from tests.helpers import assert_one_line, pdf_words as pdf_text, run

PROJECT_ROOT = Path(tankapp.__file__).resolve().parent.parent
JOINT = "Fællesmøde: Ledere og Kvalitetskonsulenter"
REQUIRED_KEYS = {"id", "title", "date", "start", "end", "groups", "status"}
TABLE_COLUMNS = ["id", "date", "start", "end", "title", "groups", "status"]


@pytest.fixture
def meeting_ids(demo_file) -> dict[str, int]:
    """Title -> id, read straight from the database."""
    from tankapp.services.meetings import planning as meetings
    from tankapp.storage import open_database

    with open_database(demo_file) as db, db.reading() as s:
        return {m.title: m.id for m in meetings.list_meetings(s)}


# ---------------------------------------------------------------- meetings list


def test_list_json(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "meetings", "list", "--format", "json")
    assert code == 0, err
    assert err == ""
    rows = json.loads(out)
    assert len(rows) == 9  # six of the expert groups, three of the steering committee
    assert sum(1 for r in rows if r["groups"] == ["Styregruppe"]) == 3
    for r in rows:
        assert REQUIRED_KEYS <= set(r)
        assert tuple(r) == MeetingSummary.FIELDS  # every field, in the documented order
        assert isinstance(r["id"], int)
        dt.date.fromisoformat(r["date"])
        assert re.fullmatch(r"\d\d:\d\d", r["start"]) and re.fullmatch(r"\d\d:\d\d", r["end"])
        assert r["start"] < r["end"]
        assert isinstance(r["groups"], list) and r["groups"]
        assert r["status"] in {"held", "planned"}
        assert isinstance(r["joint"], bool) and r["joint"] == (len(r["groups"]) > 1)
        assert r["agenda_items"] > 0 and "ViBIS" in r["facilitators"]
    assert [(r["date"], r["start"]) for r in rows] == sorted((r["date"], r["start"]) for r in rows)
    joint = [r for r in rows if r["joint"]]
    assert [r["title"] for r in joint] == [JOINT]
    assert joint[0]["groups"] == ["Ledere", "Kvalitetskonsulenter"]
    assert {r["status"] for r in rows} == {"held", "planned"}


def test_list_csv(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "meetings", "list", "--format", "csv")
    assert code == 0, err
    assert tuple(out.splitlines()[0].split(",")) == MeetingSummary.FIELDS
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 9
    by_title = {r["title"]: r for r in rows}
    assert by_title[JOINT]["groups"] == "Ledere; Kvalitetskonsulenter"  # one cell
    assert by_title[JOINT]["joint"] == "yes"
    assert by_title["Opstartsmøde for Brugere"]["groups"] == "Brugere"
    for r in rows:
        dt.date.fromisoformat(r["date"])
        assert re.fullmatch(r"\d\d:\d\d", r["start"]) and re.fullmatch(r"\d\d:\d\d", r["end"])


def test_list_table(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "meetings", "list")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == TABLE_COLUMNS
    assert len(lines) == 10
    joint = [line for line in lines if JOINT in line]
    assert len(joint) == 1 and "Ledere; Kvalitetskonsulenter" in joint[0]
    for line in lines[1:]:
        assert re.match(r"\d+\s+\d{4}-\d\d-\d\d\s+\d\d:\d\d\s+\d\d:\d\d\s+\S", line), line
        assert line.rstrip().endswith(("held", "planned"))


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        ("Ledere", [JOINT]),
        ("Kvalitetskonsulenter", [JOINT]),
        ("Brugere", ["Opstartsmøde for Brugere", "Pårørendeinddragelse i praksis"]),
        (" forskere ", ["Opstartsmøde for Forskere"]),  # case and surrounding space do not matter
    ],
)
def test_list_one_group_includes_joint_meetings(capsys, demo_file, group, expected):
    code, out, err = run(capsys, "--db", demo_file, "meetings", "list", "--group", group, "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert [r["title"] for r in rows] == expected
    assert all(group.strip().casefold() in {g.casefold() for g in r["groups"]} for r in rows)


def test_list_with_db_after_the_command(capsys, demo_file):
    code, before, _ = run(capsys, "--db", demo_file, "meetings", "list", "--format", "json")
    assert code == 0
    code, after, err = run(capsys, "meetings", "list", "--format", "json", "--db", demo_file)
    assert code == 0, err
    assert json.loads(after) == json.loads(before)
    code, out, err = run(capsys, "meetings", "list", "--group", "Ledere", "--db", demo_file, "--format", "csv")
    assert code == 0, err
    assert [r["title"] for r in csv.DictReader(io.StringIO(out))] == [JOINT]


def test_list_unknown_group_exits_1(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "meetings", "list", "--group", "Sygeplejersker")
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "Sygeplejersker" in err and "Klinikere" in err


def test_list_without_meetings(capsys, tmp_path):
    db = tmp_path / "t.sqlite"
    assert run(capsys, "--db", db, "init")[0] == 0
    code, out, err = run(capsys, "--db", db, "meetings", "list", "--format", "json")
    assert code == 0, err
    assert json.loads(out) == []
    code, out, err = run(capsys, "--db", db, "meetings", "list")
    assert code == 0, err
    assert out.splitlines() == ["  ".join(TABLE_COLUMNS)]


def test_list_missing_database_exits_1(capsys, tmp_path):
    path = tmp_path / "nowhere" / "tank.sqlite"
    code, out, err = run(capsys, "--db", path, "meetings", "list")
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert not path.parent.exists()


@pytest.mark.parametrize("args", [["meetings"], ["meetings", "delete"], ["meetings", "list", "--format", "xml"]])
def test_list_usage_errors_exit_2(capsys, demo_file, args):
    code, out, err = run(capsys, "--db", demo_file, *args)
    assert code == 2
    assert out == ""
    assert_one_line(err)


# ---------------------------------------------------------------- export agenda


def test_export_agenda_pdf(capsys, demo_file, meeting_ids, tmp_path):
    out_file = tmp_path / "dagsorden æøå.pdf"
    code, out, err = run(capsys, "--db", demo_file, "export", "agenda", "--meeting", meeting_ids[JOINT], "--out", out_file)
    assert code == 0, err
    assert err == ""
    assert out == f"Wrote {out_file}\n"
    assert out_file.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == [out_file.name]  # no temporary file left
    text = pdf_text(out_file)
    assert JOINT in text
    for item in ("Velkomst og præsentation", "Drøftelse: Hvordan spreder vi den nye viden?"):
        assert item in text
    assert "Organisatorisk brugerinddragelse – hvorfor?" in text  # the linked library presentation
    assert "Karen Friis" in text


def test_export_agenda_replaces_an_existing_file_with_db_after_the_command(capsys, demo_file, meeting_ids, tmp_path):
    out_file = tmp_path / "agenda.pdf"
    out_file.write_text("old")
    code, out, err = run(
        capsys, "export", "agenda", "--meeting", meeting_ids["Opstartsmøde for Forskere"], "--out", out_file, "--db", demo_file
    )
    assert code == 0, err
    assert out == f"Wrote {out_file}\n"
    assert out_file.read_bytes().startswith(b"%PDF")


# ---------------------------------------------------------------- export ics


def test_export_ics(capsys, demo_file, meeting_ids, tmp_path):
    from icalendar import Calendar

    out_file = tmp_path / "møde.ics"
    mid = meeting_ids[JOINT]
    code, out, err = run(capsys, "--db", demo_file, "export", "ics", "--meeting", mid, "--out", out_file)
    assert code == 0, err
    assert err == ""
    assert out == f"Wrote {out_file}\n"
    cal = Calendar.from_ical(out_file.read_bytes())
    (event,) = [c for c in cal.walk() if c.name == "VEVENT"]
    assert str(event["UID"]).endswith("@tankapp")
    assert JOINT in str(event["SUMMARY"])
    code, listing, _ = run(capsys, "--db", demo_file, "meetings", "list", "--format", "json")
    (row,) = [r for r in json.loads(listing) if r["id"] == mid]
    start = event.decoded("DTSTART")
    assert start.date().isoformat() == row["date"] and start.strftime("%H:%M") == row["start"]
    assert str(event["UID"]).startswith(row["uuid"])
    assert "Vidensoplæg" in str(event["DESCRIPTION"])


def test_export_ics_uid_is_stable(capsys, demo_file, meeting_ids, tmp_path):
    from icalendar import Calendar

    uids = []
    for name in ("a.ics", "b.ics"):
        code, _, err = run(
            capsys, "--db", demo_file, "export", "ics", "--meeting", meeting_ids["Opstartsmøde for Brugere"], "--out", tmp_path / name
        )
        assert code == 0, err
        (event,) = [c for c in Calendar.from_ical((tmp_path / name).read_bytes()).walk() if c.name == "VEVENT"]
        uids.append(str(event["UID"]))
    assert uids[0] == uids[1]


# ---------------------------------------------------------------- export errors


@pytest.fixture
def out_dir(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("kind", ["agenda", "ics"])
def test_export_unknown_meeting_exits_1(capsys, demo_file, out_dir, kind):
    code, out, err = run(capsys, "--db", demo_file, "export", kind, "--meeting", 99, "--out", out_dir / "x.file")
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "There is no meeting with id 99." in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("kind", ["agenda", "ics"])
@pytest.mark.parametrize(
    "args",
    [
        ["--meeting", "abc"],
        ["--meeting", "1.5"],
        ["--meeting"],
        [],  # no --meeting
    ],
    ids=["text", "decimal", "no-value", "missing"],
)
def test_export_meeting_id_must_be_an_integer_exit_2(capsys, demo_file, out_dir, kind, args):
    code, out, err = run(capsys, "--db", demo_file, "export", kind, *args, "--out", out_dir / "x.file")
    assert code == 2
    assert out == ""
    assert_one_line(err)
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("kind", ["agenda", "ics"])
def test_export_needs_out_exit_2(capsys, demo_file, meeting_ids, kind):
    code, out, err = run(capsys, "--db", demo_file, "export", kind, "--meeting", meeting_ids[JOINT])
    assert code == 2
    assert out == ""
    assert_one_line(err)
    assert "--out" in err


def test_export_without_action_exit_2(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "export")
    assert code == 2
    assert out == ""
    assert_one_line(err)


@pytest.mark.parametrize("kind", ["agenda", "ics"])
def test_export_to_a_missing_folder_exits_1(capsys, demo_file, meeting_ids, out_dir, kind):
    target = out_dir / "does not exist" / "x.file"
    code, out, err = run(capsys, "--db", demo_file, "export", kind, "--meeting", meeting_ids[JOINT], "--out", target)
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert str(target.parent) in err and "does not exist" in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("kind", ["agenda", "ics"])
def test_export_into_a_file_as_if_it_were_a_folder_exits_1(capsys, demo_file, meeting_ids, out_dir, kind):
    blocker = out_dir / "notes.txt"
    blocker.write_text("keep")
    code, out, err = run(
        capsys, "--db", demo_file, "export", kind, "--meeting", meeting_ids[JOINT], "--out", blocker / "x.file"
    )
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert blocker.read_text() == "keep"
    assert [p.name for p in out_dir.iterdir()] == ["notes.txt"]


@pytest.mark.parametrize("kind", ["agenda", "ics"])
def test_export_onto_a_folder_exits_1(capsys, demo_file, meeting_ids, out_dir, kind):
    code, out, err = run(capsys, "--db", demo_file, "export", kind, "--meeting", meeting_ids[JOINT], "--out", out_dir)
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert out_dir.is_dir() and list(out_dir.iterdir()) == []


@pytest.mark.skipif(
    sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="needs POSIX permissions that apply (not root)",
)
@pytest.mark.parametrize("kind", ["agenda", "ics"])
def test_export_to_a_read_only_folder_exits_1(capsys, demo_file, meeting_ids, out_dir, kind):
    out_dir.chmod(0o500)
    try:
        code, out, err = run(
            capsys, "--db", demo_file, "export", kind, "--meeting", meeting_ids[JOINT], "--out", out_dir / "x.file"
        )
    finally:
        out_dir.chmod(0o700)
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert str(out_dir) in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize(
    ("kind", "function"), [("agenda", "export_agenda_pdf"), ("ics", "export_meeting_ics")]
)
def test_export_os_error_is_one_line_not_a_traceback(capsys, monkeypatch, demo_file, meeting_ids, out_dir, kind, function):
    """A disk that fills up (or any OSError while writing) is exit 1 and one plain line."""
    from tankapp.export import files

    def full_disk(_fd):  # the disk fills up as the document is flushed to it
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full_disk)
    target = out_dir / "x.file"
    code, out, err = run(capsys, "--db", demo_file, "export", kind, "--meeting", meeting_ids[JOINT], "--out", target)
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "No space left on device" in err and str(target) in err
    assert list(out_dir.iterdir()) == []


def test_export_error_as_a_real_process(tmp_path, demo_file, meeting_ids):
    """As a user runs it: no traceback, one line, exit 1; and a good export says where it wrote."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        TANKAPP_DATA_DIR=str(tmp_path / "data"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")])),
    )

    def tankapp_(*args):
        return subprocess.run(
            [sys.executable, "-m", "tankapp", "--db", str(demo_file), *map(str, args)],
            env=env, cwd=tmp_path, capture_output=True, text=True, encoding="utf-8", timeout=120,
        )

    bad = tankapp_("export", "ics", "--meeting", meeting_ids[JOINT], "--out", tmp_path / "missing" / "m.ics")
    assert bad.returncode == 1
    assert bad.stdout == ""
    assert_one_line(bad.stderr)

    good = tankapp_("export", "ics", "--meeting", meeting_ids[JOINT], "--out", "m.ics")  # relative to the working folder
    assert good.returncode == 0, good.stderr
    assert good.stdout == "Wrote m.ics\n"
    assert (tmp_path / "m.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_export_to_a_folder_reported_read_only_exits_1(capsys, monkeypatch, demo_file, meeting_ids, out_dir):
    """The same refusal where permissions do not bite (root, some network drives): the check asks os.access."""
    real_access = os.access
    monkeypatch.setattr(cli.os, "access", lambda p, m, **kw: False if Path(p) == out_dir else real_access(p, m, **kw))
    code, out, err = run(
        capsys, "--db", demo_file, "export", "agenda", "--meeting", meeting_ids[JOINT], "--out", out_dir / "x.pdf"
    )
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "Cannot write to the folder" in err and str(out_dir) in err
    assert list(out_dir.iterdir()) == []
