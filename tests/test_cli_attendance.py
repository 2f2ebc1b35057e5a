"""The command line for meeting mode: ``attendance list`` / ``attendance set`` and
``export minutes`` / ``export signin``.

The contract tested here: the attendance listing (every invited member with a state,
"invited" when nothing is registered, then the guests with ``member_id`` null and state
"guest"), that ``set`` goes through the attendance rules (not invited, approved minutes
locked) and answers in one line, and that the minutes and the sign-in sheet are written
like the agenda (same checks of ``--out``), the minutes naming nobody who did not agree.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import re
from pathlib import Path

import pytest

from tankapp.services.meeting_mode.attendance import AttendanceRow
from tests.helpers import assert_one_line, pdf_words as pdf_text, run

BRUGERE = "Opstartsmøde for Brugere"  # held, minutes approved (locked)
KLINIKERE = "Opstartsmøde for Klinikere"  # held, a guest presenter
JOINT = "Fællesmøde: Ledere og Kvalitetskonsulenter"  # held, joint, a guest observer
UDDANNELSE = "Brugerinddragelse i undervisningen"  # held
FORSKERE = "Opstartsmøde for Forskere"  # planned: nothing registered
PAARORENDE = "Pårørendeinddragelse i praksis"  # planned, Brugere: shows open follow-ups
HELD = [BRUGERE, KLINIKERE, JOINT, UDDANNELSE]
TABLE_COLUMNS = ["member_id", "name", "organisation", "status", "arrived_at", "left_at"]
MEMBER_STATES = {"invited", "present", "late", "left_early", "excused", "absent"}
CAME = {"present", "late", "left_early"}


def mentions(text: str, name: str) -> bool:
    """``name`` as a whole name in ``text`` ("Jens Kjær" is not in "Jens Kjærgaard")."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


@pytest.fixture
def meeting_ids(demo_file) -> dict[str, int]:
    from tankapp.services.meetings import planning as meetings
    from tankapp.storage import open_database

    with open_database(demo_file) as db, db.reading() as s:
        return {m.title: m.id for m in meetings.list_meetings(s)}


def members_json(capsys, db: Path) -> dict[int, dict]:
    code, out, err = run(capsys, "--db", db, "members", "list", "--format", "json")
    assert code == 0, err
    return {m["id"]: m for m in json.loads(out)}


def attendance_json(capsys, db: Path, meeting_id: int) -> list[dict]:
    code, out, err = run(capsys, "--db", db, "attendance", "list", "--meeting", meeting_id, "--format", "json")
    assert code == 0, err
    assert err == ""
    return json.loads(out)


def status_of(capsys, db: Path, meeting_id: int, member_id: int) -> dict:
    (row,) = [r for r in attendance_json(capsys, db, meeting_id) if r["member_id"] == member_id]
    return row


# ---------------------------------------------------------------- attendance list


def test_list_json_members_then_guests(capsys, demo_file, meeting_ids):
    rows = attendance_json(capsys, demo_file, meeting_ids[KLINIKERE])
    members = [r for r in rows if not r["guest"]]
    guests = [r for r in rows if r["guest"]]
    assert rows == members + guests  # the members first, then the guests
    assert len(members) >= 10
    for r in rows:
        assert {"member_id", "name", "status"} <= set(r)
        assert tuple(r) == AttendanceRow.FIELDS
        assert r["name"]
    for r in members:
        assert isinstance(r["member_id"], int)
        assert r["status"] in MEMBER_STATES - {"invited"}  # every invited member has a state
        assert r["guest"] is False
        assert r["group"] == "Klinikere"
        if r["status"] == "late":
            assert re.fullmatch(r"\d\d:\d\d", r["arrived_at"]) and r["left_at"] is None
        if r["status"] == "left_early":
            assert re.fullmatch(r"\d\d:\d\d", r["left_at"])
    assert len({r["status"] for r in members}) >= 4  # present, late, left early, excused, absent
    assert [(g["name"], g["member_id"], g["status"], g["organisation"]) for g in guests] == [
        ("Hanne Vinther", None, "guest", "Syddansk Universitet")
    ]
    # the ids are the registry's
    registry = members_json(capsys, demo_file)
    for r in members:
        assert registry[r["member_id"]]["name"] == r["name"]


def test_list_joint_meeting_has_both_groups(capsys, demo_file, meeting_ids):
    rows = attendance_json(capsys, demo_file, meeting_ids[JOINT])
    assert {r["group"] for r in rows if not r["guest"]} == {"Ledere", "Kvalitetskonsulenter"}
    assert [r["name"] for r in rows if r["guest"]] == ["Lise Dam"]


def test_list_planned_meeting_everyone_invited(capsys, demo_file, meeting_ids):
    rows = attendance_json(capsys, demo_file, meeting_ids[FORSKERE])
    assert rows and {r["status"] for r in rows} == {"invited"}
    assert all(r["arrived_at"] is None and r["left_at"] is None and r["guest"] is False for r in rows)


def test_list_csv(capsys, demo_file, meeting_ids):
    code, out, err = run(capsys, "--db", demo_file, "attendance", "list", "--meeting", meeting_ids[KLINIKERE], "--format", "csv")
    assert code == 0, err
    assert tuple(out.splitlines()[0].split(",")) == AttendanceRow.FIELDS
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(attendance_json(capsys, demo_file, meeting_ids[KLINIKERE]))
    guest = rows[-1]
    assert guest["name"] == "Hanne Vinther" and guest["member_id"] == "" and guest["status"] == "guest"
    assert guest["guest"] == "yes"
    assert all(r["member_id"].isdigit() and r["guest"] == "no" for r in rows[:-1])


def test_list_table(capsys, demo_file, meeting_ids):
    mid = meeting_ids[UDDANNELSE]
    code, out, err = run(capsys, "--db", demo_file, "attendance", "list", "--meeting", mid)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == TABLE_COLUMNS
    rows = attendance_json(capsys, demo_file, mid)
    assert len(lines) == 1 + len(rows)
    for line, row in zip(lines[1:], rows):
        assert row["name"] in line and row["status"] in line
        if row["member_id"] is not None:
            assert line.startswith(str(row["member_id"]))
        else:
            assert line.startswith(" ")  # the guest: no member id
    assert "Birgitte Holmgaard" in lines[-1] and "guest" in lines[-1]


def test_list_with_db_after_the_command(capsys, demo_file, meeting_ids):
    mid = meeting_ids[JOINT]
    before = attendance_json(capsys, demo_file, mid)
    code, out, err = run(capsys, "attendance", "list", "--meeting", mid, "--format", "json", "--db", demo_file)
    assert code == 0, err
    assert json.loads(out) == before


def test_list_unknown_meeting_exits_1(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "attendance", "list", "--meeting", 999)
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "There is no meeting with id 999." in err


@pytest.mark.parametrize(
    "args",
    [
        ["attendance"],
        ["attendance", "list"],
        ["attendance", "list", "--meeting", "abc"],
        ["attendance", "list", "--meeting", "1", "--format", "xml"],
        ["attendance", "delete", "--meeting", "1"],
    ],
)
def test_list_usage_errors_exit_2(capsys, demo_file, args):
    code, out, err = run(capsys, "--db", demo_file, *args)
    assert code == 2
    assert out == ""
    assert_one_line(err)


# ---------------------------------------------------------------- attendance set


def first_invited(capsys, db: Path, meeting_id: int) -> dict:
    rows = [r for r in attendance_json(capsys, db, meeting_id) if not r["guest"]]
    assert rows
    return rows[0]


@pytest.mark.parametrize("status", ["present", "late", "left_early", "excused", "absent"])
def test_set_each_status(capsys, demo_file, meeting_ids, status):
    mid = meeting_ids[FORSKERE]
    member = first_invited(capsys, demo_file, mid)
    assert member["status"] == "invited"
    code, out, err = run(
        capsys, "--db", demo_file, "attendance", "set", "--meeting", mid, "--member", member["member_id"], "--status", status
    )
    assert code == 0, err
    assert err == ""
    assert out.count("\n") == 1
    assert out.startswith(f"{member['name']}: {status}")
    if status in ("present", "excused", "absent"):
        assert out == f"{member['name']}: {status}\n"
    row = status_of(capsys, demo_file, mid, member["member_id"])
    assert row["status"] == status
    if status == "late":
        assert re.fullmatch(r"\d\d:\d\d", row["arrived_at"])  # now, when no --at is given
    if status == "left_early":
        assert re.fullmatch(r"\d\d:\d\d", row["left_at"])


def test_set_late_and_left_early_at_a_time_with_a_note(capsys, demo_file, meeting_ids):
    mid = meeting_ids[FORSKERE]
    member = first_invited(capsys, demo_file, mid)
    args = ["--db", demo_file, "attendance", "set", "--meeting", mid, "--member", member["member_id"]]
    code, out, err = run(capsys, *args, "--status", "late", "--at", "13:05", "--note", "Forsinket tog & bus")
    assert code == 0, err
    assert out == f"{member['name']}: late at 13:05\n"
    row = status_of(capsys, demo_file, mid, member["member_id"])
    assert (row["status"], row["arrived_at"], row["left_at"], row["note"]) == ("late", "13:05", None, "Forsinket tog & bus")

    code, out, err = run(capsys, *args, "--status", "left_early", "--at", "15.10")  # the Danish way of writing it
    assert code == 0, err
    assert out == f"{member['name']}: left_early at 15:10\n"
    row = status_of(capsys, demo_file, mid, member["member_id"])
    # the arrival time stays; the note stays when --note is not given
    assert (row["status"], row["arrived_at"], row["left_at"], row["note"]) == ("left_early", "13:05", "15:10", "Forsinket tog & bus")

    code, out, err = run(capsys, *args, "--status", "present", "--note", "")
    assert code == 0, err
    row = status_of(capsys, demo_file, mid, member["member_id"])
    assert (row["status"], row["left_at"], row["note"]) == ("present", None, "")


def test_set_with_db_after_the_command(capsys, demo_file, meeting_ids):
    mid = meeting_ids[FORSKERE]
    member = first_invited(capsys, demo_file, mid)
    code, out, err = run(
        capsys, "attendance", "set", "--meeting", mid, "--member", member["member_id"], "--status", "excused", "--db", demo_file
    )
    assert code == 0, err
    assert status_of(capsys, demo_file, mid, member["member_id"])["status"] == "excused"


def member_of(capsys, db: Path, group: str) -> dict:
    return next(m for m in members_json(capsys, db).values() if m["group"] == group and not m["withdrawn"])


@pytest.mark.parametrize(
    "case",
    ["unknown meeting", "unknown member", "not invited", "minutes locked"],
)
def test_set_errors_exit_1_and_change_nothing(capsys, demo_file, meeting_ids, case):
    mid = meeting_ids[FORSKERE]
    if case == "unknown meeting":
        mid, member_id, expected = 999, first_invited(capsys, demo_file, mid)["member_id"], "There is no meeting with id 999."
    elif case == "unknown member":
        member_id, expected = 99999, "There is no member with id 99999."
    elif case == "not invited":  # a clinician is not invited to the researchers' meeting
        clinician = member_of(capsys, demo_file, "Klinikere")
        member_id, expected = clinician["id"], f"{clinician['name']} is not invited to {FORSKERE}"
    else:  # the Brugere's opening meeting has approved minutes
        mid = meeting_ids[BRUGERE]
        member_id, expected = first_invited(capsys, demo_file, mid)["member_id"], "approved"
    before = {title: attendance_json(capsys, demo_file, i) for title, i in meeting_ids.items()}
    code, out, err = run(
        capsys, "--db", demo_file, "attendance", "set", "--meeting", mid, "--member", member_id, "--status", "absent"
    )
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert err.startswith("tankapp: ")
    assert expected in err
    if case == "minutes locked":
        assert "unlock" in err
    after = {title: attendance_json(capsys, demo_file, i) for title, i in meeting_ids.items()}
    assert after == before


@pytest.mark.parametrize(
    "extra",
    [
        ["--status", "here"],  # not one of the states
        ["--status", "Present"],
        ["--status", "invited"],  # "invited" is shown, never set
        [],  # no --status
        ["--status", "late", "--at", "25:00"],
        ["--status", "late", "--at", "kvart over ni"],
        ["--status", "present", "--at", "10:00"],  # --at is for late and left_early only
        ["--status", "excused", "--at", "10:00"],
    ],
)
def test_set_usage_errors_exit_2(capsys, demo_file, meeting_ids, extra):
    mid = meeting_ids[FORSKERE]
    member = first_invited(capsys, demo_file, mid)
    code, out, err = run(capsys, "--db", demo_file, "attendance", "set", "--meeting", mid, "--member", member["member_id"], *extra)
    assert code == 2
    assert out == ""
    assert_one_line(err)
    assert status_of(capsys, demo_file, mid, member["member_id"])["status"] == "invited"


@pytest.mark.parametrize("missing", ["--meeting", "--member"])
def test_set_needs_meeting_and_member_exit_2(capsys, demo_file, meeting_ids, missing):
    mid = meeting_ids[FORSKERE]
    values = {"--meeting": mid, "--member": first_invited(capsys, demo_file, mid)["member_id"]}
    del values[missing]
    args = [a for k, v in values.items() for a in (k, v)]
    code, out, err = run(capsys, "--db", demo_file, "attendance", "set", *args, "--status", "present")
    assert code == 2
    assert out == ""
    assert_one_line(err)
    assert missing in err


# ---------------------------------------------------------------- export minutes and signin


def test_export_minutes_pdf(capsys, demo_file, meeting_ids, tmp_path):
    mid = meeting_ids[KLINIKERE]
    out_file = tmp_path / "referat æøå.pdf"
    code, out, err = run(capsys, "--db", demo_file, "export", "minutes", "--meeting", mid, "--out", out_file)
    assert code == 0, err
    assert err == ""
    assert out == f"Wrote {out_file}\n"
    assert out_file.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == [out_file.name]  # no temporary file left
    text = pdf_text(out_file)
    assert KLINIKERE in text
    registry = members_json(capsys, demo_file)
    came_named = [
        r["name"] for r in attendance_json(capsys, demo_file, mid)
        if r["status"] in CAME and registry[r["member_id"]]["consent_named"]
    ]
    assert came_named
    assert any(mentions(text, name) for name in came_named)
    assert came_named[0] in text  # the first in Danish order, at least
    assert "Hanne Vinther" in text  # the guest presenter


@pytest.mark.parametrize("title", [FORSKERE, KLINIKERE])
def test_export_signin_pdf_lists_the_invited(capsys, demo_file, meeting_ids, tmp_path, title):
    mid = meeting_ids[title]
    out_file = tmp_path / "fremmødeliste.pdf"
    code, out, err = run(capsys, "--db", demo_file, "export", "signin", "--meeting", mid, "--out", out_file)
    assert code == 0, err
    assert err == ""
    assert out == f"Wrote {out_file}\n"
    assert out_file.read_bytes().startswith(b"%PDF")
    text = pdf_text(out_file)
    assert title in text
    # the sheet stays in the room and the members sign it themselves: it names every invited member
    invited = [r["name"] for r in attendance_json(capsys, demo_file, mid) if not r["guest"]]
    assert len(invited) >= 10
    for name in invited:
        assert name in text, name


@pytest.mark.parametrize("title", HELD + [PAARORENDE])
def test_minutes_name_nobody_who_did_not_agree(capsys, demo_file, meeting_ids, tmp_path, title):
    """Members who came but may not be named are not in the minutes (as attendees, owners or follow-ups)."""
    mid = meeting_ids[title]
    out_file = tmp_path / "referat.pdf"
    code, _, err = run(capsys, "--db", demo_file, "export", "minutes", "--meeting", mid, "--out", out_file)
    assert code == 0, err
    text = pdf_text(out_file)
    assert title in text
    registry = members_json(capsys, demo_file)
    unnamed = [m["name"] for m in registry.values() if not m["consent_named"]]
    came = {r["name"] for r in attendance_json(capsys, demo_file, mid) if r["status"] in CAME}
    for name in unnamed:
        assert not mentions(text, name), f"{name} did not agree to be named"
    if title in (KLINIKERE, JOINT, UDDANNELSE):
        assert came & set(unnamed), "the test needs someone who came but may not be named"


def test_demo_has_an_unnamed_action_owner_who_came(demo_file, meeting_ids):
    """The privacy test above is not empty: a member who may not be named owns an action."""
    from tankapp.services.meetings import minutes
    from tankapp.storage import open_database

    with open_database(demo_file) as db, db.reading() as s:
        owners = [
            a for title in HELD for item in minutes.minutes(s, meeting_ids[title]).items for a in item.actions
            if a.owner_member_id is not None and not a.owner_consent_named
        ]
    assert owners


# ---------------------------------------------------------------- export errors (as for the agenda)


@pytest.fixture
def out_dir(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("kind", ["minutes", "signin"])
def test_export_unknown_meeting_exits_1(capsys, demo_file, out_dir, kind):
    code, out, err = run(capsys, "--db", demo_file, "export", kind, "--meeting", 99, "--out", out_dir / "x.pdf")
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "There is no meeting with id 99." in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("kind", ["minutes", "signin"])
@pytest.mark.parametrize("args", [["--meeting", "abc"], ["--meeting"], []], ids=["text", "no-value", "missing"])
def test_export_meeting_id_usage_errors_exit_2(capsys, demo_file, out_dir, kind, args):
    code, out, err = run(capsys, "--db", demo_file, "export", kind, *args, "--out", out_dir / "x.pdf")
    assert code == 2
    assert out == ""
    assert_one_line(err)
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("kind", ["minutes", "signin"])
def test_export_needs_out_exit_2(capsys, demo_file, meeting_ids, kind):
    code, out, err = run(capsys, "--db", demo_file, "export", kind, "--meeting", meeting_ids[KLINIKERE])
    assert code == 2
    assert out == ""
    assert_one_line(err)
    assert "--out" in err


@pytest.mark.parametrize("kind", ["minutes", "signin"])
def test_export_to_a_missing_folder_exits_1(capsys, demo_file, meeting_ids, out_dir, kind):
    target = out_dir / "does not exist" / "x.pdf"
    code, out, err = run(capsys, "--db", demo_file, "export", kind, "--meeting", meeting_ids[KLINIKERE], "--out", target)
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert str(target.parent) in err and "does not exist" in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("kind", ["minutes", "signin"])
def test_export_onto_a_folder_exits_1(capsys, demo_file, meeting_ids, out_dir, kind):
    code, out, err = run(capsys, "--db", demo_file, "export", kind, "--meeting", meeting_ids[KLINIKERE], "--out", out_dir)
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert out_dir.is_dir() and list(out_dir.iterdir()) == []


@pytest.mark.parametrize("kind", ["minutes", "signin"])
def test_export_into_a_file_as_if_it_were_a_folder_exits_1(capsys, demo_file, meeting_ids, out_dir, kind):
    blocker = out_dir / "notes.txt"
    blocker.write_text("keep")
    code, out, err = run(
        capsys, "--db", demo_file, "export", kind, "--meeting", meeting_ids[KLINIKERE], "--out", blocker / "x.pdf"
    )
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert blocker.read_text() == "keep"
    assert [p.name for p in out_dir.iterdir()] == ["notes.txt"]


@pytest.mark.parametrize(("kind", "function"), [("minutes", "export_minutes_pdf"), ("signin", "export_signin_pdf")])
def test_export_os_error_is_one_line(capsys, monkeypatch, demo_file, meeting_ids, out_dir, kind, function):
    from tankapp.export import files

    def full_disk(_fd):  # the disk fills up as the document is flushed to it
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full_disk)
    target = out_dir / "x.pdf"
    code, out, err = run(capsys, "--db", demo_file, "export", kind, "--meeting", meeting_ids[KLINIKERE], "--out", target)
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "No space left on device" in err and str(target) in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("kind", ["minutes", "signin"])
def test_export_replaces_an_existing_file_with_db_after_the_command(capsys, demo_file, meeting_ids, tmp_path, kind):
    out_file = tmp_path / f"{kind}.pdf"
    out_file.write_text("old")
    code, out, err = run(
        capsys, "export", kind, "--meeting", meeting_ids[BRUGERE], "--out", out_file, "--db", demo_file
    )
    assert code == 0, err
    assert out == f"Wrote {out_file}\n"
    assert out_file.read_bytes().startswith(b"%PDF")
