"""The command line for knowledge contributions: ``contributions list`` and ``export contributions``.

The contract tested here: the listing's fields and formats (criteria as one cell,
"process; use"), ``--group`` and ``--db`` after the command; and that an export writes the
selection as PDF, CSV or JSON by the file ending, says "Wrote N contributions to PATH",
marks exactly those sent (so ``--unsent`` is empty afterwards), or writes and marks
nothing and says why in one line (exit 1 for wrong data, an unknown ending or a bad
folder, exit 2 for a usage error).
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
from tankapp.services.contributions.register import ContributionRow
from tests.helpers import assert_one_line, pdf_words as pdf_text, run

PROJECT_ROOT = Path(tankapp.__file__).resolve().parent.parent
REQUIRED_KEYS = {"id", "title", "kind", "involvement", "criteria", "group", "meeting_id", "status"}
TABLE_COLUMNS = ["id", "kind", "involvement", "criteria", "group", "status", "title"]


@pytest.fixture
def out_dir(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def listing(capsys, db: Path, *args) -> list[dict]:
    code, out, err = run(capsys, "--db", db, "contributions", "list", "--format", "json", *args)
    assert code == 0, err
    return json.loads(out)


# ---------------------------------------------------------------- contributions list


def test_list_json(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "contributions", "list", "--format", "json")
    assert code == 0, err
    assert err == ""
    rows = json.loads(out)
    assert len(rows) == 28
    for r in rows:
        assert REQUIRED_KEYS <= set(r)
        assert tuple(r) == ContributionRow.FIELDS  # every field, in the documented order
        assert isinstance(r["id"], int) and isinstance(r["meeting_id"], int)
        assert isinstance(r["criteria"], list) and set(r["criteria"]) <= {"frames", "process", "use"}
        assert r["kind"] in {"promoter", "barrier", "example", "gap"}
        assert r["involvement"] in {"organisational", "individual", "relatives", "unspecified"}
        assert r["status"] in {"draft", "reviewed", "sent"}
        assert (r["sent_on"] is not None) == (r["status"] == "sent")
    assert {r["kind"] for r in rows} == {"promoter", "barrier", "example", "gap"}
    dates = [r["meeting_date"] for r in rows]
    assert dates == sorted(dates, reverse=True)  # newest meeting first


def test_list_csv(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "contributions", "list", "--format", "csv")
    assert code == 0, err
    assert tuple(out.splitlines()[0].split(",")) == ContributionRow.FIELDS
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 28
    by_title = {r["title"]: r for r in rows}
    assert by_title["PRO-data bruges i samtalen"]["criteria"] == "process; use"  # one cell
    assert by_title["Brugerråd med reel indflydelse på budgettet"]["criteria"] == "frames; process; use"
    assert by_title["Korte undervisningssessioner på afdelingsmødet"]["criteria"] == ""
    assert "\n" not in "".join(r["text"] for r in rows)  # a cell is one line


def test_list_table(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "contributions", "list")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == TABLE_COLUMNS
    assert len(lines) == 29
    (pro,) = [line for line in lines if "PRO-data bruges i samtalen" in line]
    assert re.match(r"\d+\s+example\s+individual\s+process; use\s+Klinikere\s+reviewed\s+PRO-data", pro), pro


def test_list_one_group_with_db_after_the_command(capsys, demo_file):
    code, out, err = run(capsys, "contributions", "list", "--group", " klinikere ", "--format", "json", "--db", demo_file)
    assert code == 0, err
    rows = json.loads(out)
    assert rows and {r["group"] for r in rows} == {"Klinikere"}
    everything = listing(capsys, demo_file)
    assert len(rows) == sum(r["group"] == "Klinikere" for r in everything)


def test_list_names_only_members_who_consented(capsys, demo_file):
    from tankapp.services.contributions import register as contributions
    from tankapp.storage import open_database

    with open_database(demo_file) as db, db.reading() as s:
        rows = contributions.list_contributions(s)
    unnamed = {r.member_name for r in rows if r.member_id is not None and not r.member_consent_named}
    assert unnamed
    for fmt in ("json", "csv", "table"):
        code, out, err = run(capsys, "--db", demo_file, "contributions", "list", "--format", fmt)
        assert code == 0, err
        for name in unnamed:
            assert name not in out, (fmt, name)


def test_list_unknown_group_exits_1(capsys, demo_file):
    code, out, err = run(capsys, "--db", demo_file, "contributions", "list", "--group", "Sygeplejersker")
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "Sygeplejersker" in err and "Klinikere" in err


def test_list_without_contributions(capsys, tmp_path):
    db = tmp_path / "t.sqlite"
    assert run(capsys, "--db", db, "init")[0] == 0
    assert listing(capsys, db) == []
    code, out, err = run(capsys, "--db", db, "contributions", "list")
    assert code == 0, err
    assert out.splitlines() == ["  ".join(TABLE_COLUMNS)]


@pytest.mark.parametrize(
    "args", [["contributions"], ["contributions", "delete"], ["contributions", "list", "--format", "xml"]]
)
def test_list_usage_errors_exit_2(capsys, demo_file, args):
    code, out, err = run(capsys, "--db", demo_file, *args)
    assert code == 2
    assert out == ""
    assert_one_line(err)


# ---------------------------------------------------------------- export contributions


def test_export_pdf(capsys, demo_file, out_dir):
    sent_before = {r["id"]: r["sent_on"] for r in listing(capsys, demo_file) if r["status"] == "sent"}
    path = out_dir / "vidensbidrag æøå.pdf"
    code, out, err = run(capsys, "--db", demo_file, "export", "contributions", "--out", path)
    assert code == 0, err
    assert err == ""
    assert out == f"Wrote 16 contributions to {path}; 12 drafts not reviewed yet were left out\n"
    assert [p.name for p in out_dir.iterdir()] == [path.name]
    text = pdf_text(path)
    assert text.startswith("Vidensbidrag til ViBIS")
    assert "Organisatorisk inddragelse (" in text and "PRO-data bruges i samtalen" in text
    # the register shows the export: every reviewed one sent today, sent ones keep their date, drafts untouched
    rows = listing(capsys, demo_file)
    assert {r["status"] for r in rows} == {"sent", "draft"}
    assert {r["id"]: r["sent_on"] for r in rows if r["id"] in sent_before} == sent_before
    assert {r["sent_on"] for r in rows if r["status"] == "sent" and r["id"] not in sent_before} == {
        dt.date.today().isoformat()}
    assert sum(r["status"] == "draft" and r["sent_on"] is None for r in rows) == 12


def test_export_csv_of_one_group(capsys, demo_file, out_dir):
    listed = listing(capsys, demo_file, "--group", "Ledere")
    before = [r for r in listed if r["status"] != "draft"]  # drafts are not exported
    drafts = len(listed) - len(before)
    path = out_dir / "ledere.csv"
    code, out, err = run(capsys, "export", "contributions", "--group", "Ledere", "--out", path, "--db", demo_file)
    assert code == 0, err
    left_out = f"; {drafts} drafts not reviewed yet were left out" if drafts > 1 else (
        "; 1 draft not reviewed yet was left out" if drafts else "")
    assert out == f"Wrote {len(before)} contributions to {path}{left_out}\n"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid;uuid;title;") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert [int(r["id"]) for r in rows] == [r["id"] for r in before]
    assert [r["title"] for r in rows] == [r["title"] for r in before]
    assert [r["criteria"] for r in rows] == [", ".join(r["criteria"]) for r in before]
    # only Ledere's are marked sent
    after = {r["id"]: r for r in listing(capsys, demo_file)}
    ledere = {r["id"] for r in before}
    assert all(after[i]["status"] == "sent" for i in ledere)
    assert any(r["status"] != "sent" for i, r in after.items() if i not in ledere)


def test_export_json_then_unsent_is_empty(capsys, demo_file, out_dir):
    unsent = [r for r in listing(capsys, demo_file) if r["status"] == "reviewed"]  # drafts are not exported
    assert unsent
    path = out_dir / "nye.json"
    code, out, err = run(capsys, "--db", demo_file, "export", "contributions", "--unsent", "--out", path)
    assert code == 0, err
    assert out == f"Wrote {len(unsent)} contributions to {path}; 12 drafts not reviewed yet were left out\n"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [r["id"] for r in data] == [r["id"] for r in unsent]
    assert data == unsent  # as they were before the export
    again = out_dir / "igen.json"
    code, out, err = run(capsys, "--db", demo_file, "export", "contributions", "--unsent", "--out", again)
    assert code == 1 and out == ""  # an empty selection writes nothing and says so
    assert err == "tankapp: no contributions to export (12 drafts not reviewed yet)\n"
    assert not again.exists()


def test_export_one_contribution_says_so(capsys, tmp_path, out_dir):
    db = tmp_path / "t.sqlite"
    assert run(capsys, "--db", db, "init")[0] == 0
    from tankapp.domain.enums import ContributionStatus
    from tankapp.services.contributions import register as contributions
    from tankapp.services.members import groups
    from tankapp.storage import open_database

    with open_database(db) as d, d.session() as s:
        contributions.create_contribution(
            s, contributions.ContributionInput(
                title="Én", group_id=groups.find_group(s, "Forskere").id, status=ContributionStatus.REVIEWED)
        )
    code, out, err = run(capsys, "--db", db, "export", "contributions", "--out", out_dir / "a.csv")
    assert code == 0, err
    assert out == f"Wrote 1 contribution to {out_dir / 'a.csv'}\n"


@pytest.mark.parametrize("name", ["x.txt", "x.xlsx", "x"])
def test_export_unknown_ending_exits_1(capsys, demo_file, out_dir, name):
    before = listing(capsys, demo_file)
    code, out, err = run(capsys, "--db", demo_file, "export", "contributions", "--out", out_dir / name)
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert ".pdf, .csv or .json" in err
    assert list(out_dir.iterdir()) == []
    assert listing(capsys, demo_file) == before  # nothing marked sent


def test_export_unknown_group_exits_1(capsys, demo_file, out_dir):
    code, out, err = run(capsys, "--db", demo_file, "export", "contributions", "--group", "Sygeplejersker",
                         "--out", out_dir / "x.pdf")
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "Sygeplejersker" in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize(
    "args", [[], ["--out"], ["--unsent", "yes", "--out", "x.pdf"], ["--meeting", "1", "--out", "x.pdf"]],
    ids=["no-out", "out-without-file", "unsent-takes-no-value", "no-meeting-option"],
)
def test_export_usage_errors_exit_2(capsys, demo_file, args):
    code, out, err = run(capsys, "--db", demo_file, "export", "contributions", *args)
    assert code == 2
    assert out == ""
    assert_one_line(err)


def test_export_to_a_missing_folder_exits_1(capsys, demo_file, out_dir):
    target = out_dir / "does not exist" / "x.csv"
    code, out, err = run(capsys, "--db", demo_file, "export", "contributions", "--out", target)
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert str(target.parent) in err and "does not exist" in err
    assert list(out_dir.iterdir()) == []


def test_export_onto_a_folder_exits_1(capsys, demo_file, out_dir):
    folder = out_dir / "a.pdf"
    folder.mkdir()
    code, out, err = run(capsys, "--db", demo_file, "export", "contributions", "--out", folder)
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert folder.is_dir() and list(folder.iterdir()) == []


@pytest.mark.skipif(
    sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="needs POSIX permissions that apply (not root)",
)
def test_export_to_a_read_only_folder_exits_1(capsys, demo_file, out_dir):
    out_dir.chmod(0o500)
    try:
        code, out, err = run(capsys, "--db", demo_file, "export", "contributions", "--out", out_dir / "x.json")
    finally:
        out_dir.chmod(0o700)
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("ending", [".pdf", ".csv", ".json"])
def test_export_os_error_is_one_line_and_marks_nothing(capsys, monkeypatch, demo_file, out_dir, ending):
    """A disk that fills up while writing: exit 1, one plain line, no file, nothing marked sent."""
    from tankapp.export import pdf, tabular

    def full_disk(path, write):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(pdf, "atomic_write", full_disk)
    monkeypatch.setattr(tabular, "atomic_write", full_disk)
    before = listing(capsys, demo_file)
    target = out_dir / f"x{ending}"
    code, out, err = run(capsys, "--db", demo_file, "export", "contributions", "--out", target)
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "No space left on device" in err and str(target) in err
    assert list(out_dir.iterdir()) == []
    assert listing(capsys, demo_file) == before


def test_export_as_a_real_process(demo_file, out_dir):
    """As a user runs it: a good export says where it wrote; a bad ending is one line, exit 1."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "PYTHONIOENCODING": "ascii"}
    target = out_dir / "bidrag.json"
    ok = subprocess.run(
        [sys.executable, "-m", "tankapp", "--db", str(demo_file), "export", "contributions", "--out", str(target)],
        capture_output=True, text=True, env=env, encoding="utf-8",
    )
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout == f"Wrote 16 contributions to {target}; 12 drafts not reviewed yet were left out\n"
    bad = subprocess.run(
        [sys.executable, "-m", "tankapp", "--db", str(demo_file), "export", "contributions", "--out", str(out_dir / "x.doc")],
        capture_output=True, text=True, env=env, encoding="utf-8",
    )
    assert bad.returncode == 1
    assert bad.stdout == ""
    assert_one_line(bad.stderr)
