"""`tankapp evaluation export --out FILE.xlsx|FILE.csv`: the self-evaluation's answers for analysis, as a user meets it.

The demo database (``demo_file``) has a baseline and an end round answered by most members.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import pytest
from sqlalchemy import select

from tankapp.domain import Member
from tankapp.services.evaluation import questionnaire
from tankapp.storage import open_database
from tests.helpers import assert_one_line, run, tankapp_process

LABELS = ["Deltager", "Gruppe", "Runde", "Rundens titel", "Spørgeskemaets version", "Dato", "Status", "Indsamlet"]


@pytest.fixture
def demo_people(demo_file) -> list[str]:
    """Every member's name, e-mail and UUID in the demo: none may be in an export."""
    with open_database(demo_file) as db, db.reading() as s:
        people = [(m.name, m.email, str(m.uuid)) for m in s.scalars(select(Member))]
    return [x for person in people for x in person if x]


def _snapshot(path):
    return {p.name: p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file()}


def test_xlsx_has_danish_labels_and_no_one_named(capsys, demo_file, demo_people, tmp_path):
    out = tmp_path / "Evaluering.xlsx"
    code, stdout, err = run(capsys, "--db", demo_file, "evaluation", "export", "--out", out)
    assert code == 0 and err == "", err
    assert stdout.startswith("Wrote ") and "responses (pseudonymised" in stdout and str(out) in stdout
    assert (out.stat().st_mode & 0o777) == 0o600  # personal data: the owner's only

    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Svar", "Variabler"]
    rows = list(wb["Svar"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert list(header[: len(LABELS)]) == LABELS
    # then one column per question, headed by its Danish text
    assert list(header[len(LABELS):]) == [i.text_da for i in questionnaire.STANDARD_ITEMS]
    assert "Jeg har opnået substantiel ny viden om brugerinddragelse." in header
    reported = int(stdout.split()[1])
    assert len(body) == reported > 100
    col = {label: i for i, label in enumerate(header)}
    assert {r[col["Runde"]] for r in body} == {"Førmåling", "Slutevaluering"}
    assert {r[col["Status"]] for r in body} == {"Besvaret", "Ønsker ikke at svare"}
    assert {r[col["Indsamlet"]] for r in body} == {"Papirskema", "På computeren", None}  # None: declined
    assert all(isinstance(r[col["Dato"]], dt.datetime) for r in body)  # dates as dates
    # a pseudonym, the same for one member in both rounds
    pseudonyms = [r[col["Deltager"]] for r in body]
    assert all(p.startswith("P") and p[1:].isdigit() for p in pseudonyms)
    assert len(set(pseudonyms)) < len(pseudonyms)
    scale = header.index("Jeg har opnået substantiel ny viden om brugerinddragelse.")
    assert {r[scale] for r in body} <= {1, 2, 3, 4, 5, None}
    codebook = [r[0] for r in wb["Variabler"].iter_rows(min_row=2, values_only=True)]
    assert codebook == list(header)

    cells = " ".join(str(v) for ws in wb for r in ws.iter_rows(values_only=True) for v in r if v is not None)
    assert [x for x in demo_people if x in cells] == []


def test_csv_opens_in_danish_excel_and_names_no_one(capsys, demo_file, demo_people, tmp_path):
    out = tmp_path / "evaluering.CSV"  # the ending in any case
    code, stdout, err = run(capsys, "--db", demo_file, "evaluation", "export", "--out", out)
    assert code == 0, err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte order mark: Excel reads UTF-8 (æøå)
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[: len(LABELS)] == LABELS
    assert len(body) == int(stdout.split()[1])
    col = {label: i for i, label in enumerate(header)}
    assert all(len(r) == len(header) for r in body)
    assert all(dt.date.fromisoformat(r[col["Dato"]]) for r in body)
    assert {r[col["Runde"]] for r in body} == {"Førmåling", "Slutevaluering"}
    assert [x for x in demo_people if x in text] == []
    assert (out.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize("name", ["svar.txt", "svar.xls", "svar", "svar.xlsx.bak"])
def test_an_unknown_ending_is_refused_and_nothing_is_written(capsys, demo_file, tmp_path, name):
    out = tmp_path / name
    code, stdout, err = run(capsys, "--db", demo_file, "evaluation", "export", "--out", out)
    assert code == 1 and stdout == ""
    assert_one_line(err)
    assert ".xlsx or .csv" in err
    assert list(tmp_path.iterdir()) == []


def test_a_database_without_answers_is_refused_with_a_clear_line(capsys, tmp_path):
    db = tmp_path / "ny.sqlite"
    assert run(capsys, "--db", db, "init", "--name", "Ny tænketank")[0] == 0
    out = tmp_path / "svar.xlsx"
    code, stdout, err = run(capsys, "--db", db, "evaluation", "export", "--out", out)
    assert code == 1 and stdout == ""
    assert_one_line(err)
    assert "no evaluation answers to export" in err
    assert not out.exists()


@pytest.mark.sqlite_only("the database file itself as the target; a server database has no file here")
def test_the_database_itself_or_a_folder_is_refused_and_the_database_unchanged(capsys, demo_file, tmp_path):
    before = _snapshot(demo_file)
    for target in (demo_file, tmp_path):
        code, stdout, err = run(capsys, "--db", demo_file, "evaluation", "export", "--out", target)
        assert code == 1 and stdout == "", target
        assert_one_line(err)
    assert _snapshot(demo_file) == before  # not a byte changed
    with open_database(demo_file) as db, db.reading() as s:
        assert s.scalar(select(Member.id).limit(1)) is not None  # still the demo database


def test_in_a_real_process(demo_file, tmp_path):
    out = tmp_path / "Evaluering æøå.xlsx"
    done = tankapp_process(tmp_path, "evaluation", "export", "--out", out, "--db", demo_file)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and out.exists()
    done = tankapp_process(tmp_path, "--db", demo_file, "evaluation", "export")
    assert done.returncode == 2
    assert_one_line(done.stderr)
    assert "--out" in done.stderr
