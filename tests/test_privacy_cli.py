"""`tankapp member export|anonymise|delete` as a person meets them: real processes on a demo file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import tankapp
from tests.helpers import assert_one_line, pdf_words, run
from tests.test_privacy import EMAIL, NAME, OTHER, SECRETS, assert_gone, demo_template

PROJECT_ROOT = Path(tankapp.__file__).resolve().parent.parent
from tests.helpers import tankapp_process


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return demo_template(tmp_path_factory)  # made with `tankapp --db X demo`, shared with test_privacy


@pytest.fixture
def tank(template, tmp_path):
    src, ids = template
    path = tmp_path / "tank.sqlite"
    shutil.copyfile(src, path)
    return path, ids


def snapshot(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file()}


def test_export_json_and_pdf_by_ending(tank, tmp_path, capsys):
    db, ids = tank
    zid = ids["member"]
    done = tankapp_process(tmp_path, "--db", db, "member", "export", zid, "--out", tmp_path / "z.json")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Wrote ") and done.stderr == ""
    raw = (tmp_path / "z.json").read_text("utf-8")
    doc = json.loads(raw)
    assert doc["member"]["name"] == NAME and doc["member"]["email"] == EMAIL
    assert any(m["attendance"] == "late" for m in doc["meetings"])
    assert OTHER not in raw

    # --db after the command, and the PDF (any case of the ending)
    done = tankapp_process(tmp_path, "member", "export", zid, "--out", tmp_path / "Z.PDF", "--db", db)
    assert done.returncode == 0, done.stderr
    assert NAME in pdf_words(tmp_path / "Z.PDF")

    code, out, err = run(capsys, "--db", db, "member", "export", zid, "--out", tmp_path / "z.txt")
    assert code == 2 and out == ""
    assert_one_line(err)
    assert ".json or .pdf" in err and not (tmp_path / "z.txt").exists()
    code, out, err = run(capsys, "--db", db, "member", "export", zid, "--out", db)  # never onto the database
    assert code == 2
    assert_one_line(err)


@pytest.mark.parametrize("command", [["export", "--out", "x.json"], ["anonymise"], ["delete"], ["delete", "--yes"]])
def test_unknown_huge_and_negative_ids_are_one_line(tank, tmp_path, capsys, command):
    db, _ids = tank
    before = snapshot(db)
    action, *rest = command
    rest = [str(tmp_path / r) if r.endswith(".json") else r for r in rest]
    for bad in ("99999999999999999999", "-5", "0", "424242"):
        code, out, err = run(capsys, "--db", db, "member", action, bad, *rest)
        assert code == 1 and out == "", (bad, err)
        assert_one_line(err)
        assert f"no member with id {bad}" in err.lower()
    code, out, err = run(capsys, "--db", db, "member", action, "abc", *rest)
    assert code == 2
    assert_one_line(err)
    assert snapshot(db) == before and not (tmp_path / "x.json").exists()


def test_huge_id_in_a_real_process(tank, tmp_path):
    db, _ids = tank
    done = tankapp_process(tmp_path, "--db", db, "member", "export", "99999999999999999999", "--out", tmp_path / "x.pdf")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert_one_line(done.stderr)
    assert "no member with id 99999999999999999999" in done.stderr


def attendance_states(capsys, db, meeting) -> list[str]:
    code, out, _err = run(capsys, "--db", db, "attendance", "list", "--meeting", meeting, "--format", "json")
    assert code == 0
    return sorted(r["status"] for r in json.loads(out))


def test_anonymise_leaves_the_name_nowhere(tank, tmp_path, capsys):
    db, ids = tank
    states = attendance_states(capsys, db, ids["meeting"])

    done = tankapp_process(tmp_path, "--db", db, "member", "anonymise", ids["member"])
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"Member {ids['member']} is now 'Tidligere medlem 1'; removed: name, e-mail, phone")
    assert "kept: 1 attendance registration, 1 action, 1 contribution" in lines[0]
    assert "backups" in lines[1] and "still hold" in lines[1]
    assert "Not replaced: 'Zygmunt' alone in 1 text" in done.stdout  # the first name alone: for a person to check
    assert NAME not in done.stdout

    assert_gone(db, *SECRETS)
    code, out, _err = run(capsys, "--db", db, "members", "list", "--format", "json")
    assert code == 0 and "Tidligere medlem 1" in out
    assert NAME not in out and EMAIL not in out and "61 72 83 94" not in out
    for meeting in (ids["meeting"], ids["approved_meeting"]):
        pdf = tmp_path / f"minutes-{meeting}.pdf"
        assert run(capsys, "--db", db, "export", "minutes", "--meeting", meeting, "--out", pdf)[0] == 0
        words = pdf_words(pdf)
        assert "Ærbødigsen" not in words and "zygmunt.aerbodigsen" not in words
    assert "Tidligere medlem 1 og" in pdf_words(tmp_path / f"minutes-{ids['meeting']}.pdf")
    assert attendance_states(capsys, db, ids["meeting"]) == states  # attendance unchanged

    # --also takes the first name too; the number stays
    again = tankapp_process(tmp_path, "--db", db, "member", "anonymise", ids["member"], "--also", "Zygmunt")
    assert again.returncode == 0 and "already anonymised as 'Tidligere medlem 1'" in again.stdout
    assert_gone(db, "Zygmunt")


def test_delete_asks_for_yes_and_then_leaves_no_trace(tank, tmp_path, capsys):
    db, ids = tank
    before = snapshot(db)
    done = tankapp_process(tmp_path, "--db", db, "member", "delete", ids["member"])
    assert done.returncode == 1
    assert_one_line(done.stderr)
    assert "--yes" in done.stderr
    assert done.stdout.startswith(f"Deleting member {ids['member']} ({NAME}) would remove the member, "
                                  "1 attendance registration, 1 guest record under their name, 0 audit entries; "
                                  "1 action, 1 contribution stay without the member; the name is replaced in 6 texts.")
    assert snapshot(db) == before  # not a byte changed

    done = tankapp_process(tmp_path, "--db", db, "member", "delete", ids["member"], "--yes")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Deleted member {ids['member']}: removed the member")
    assert_gone(db, *SECRETS)
    code, out, _err = run(capsys, "--db", db, "members", "list", "--format", "json")
    assert all(m["id"] != ids["member"] for m in json.loads(out))
    code, _out, err = run(capsys, "--db", db, "member", "export", ids["member"], "--out", tmp_path / "z.json")
    assert code == 1 and f"no member with id {ids['member']}" in err


def test_anonymise_and_delete_say_what_happens_to_the_self_evaluation(tank, tmp_path, capsys):
    from tankapp.storage import open_database
    from tests.test_privacy import INTERVIEW, add_evaluation

    path, ids = tank
    with open_database(path) as db:
        add_evaluation(db, ids)
    code, out, err = run(capsys, "--db", path, "member", "delete", ids["member"])
    assert code == 1 and "--yes" in err
    assert ("1 guest record under their name, 3 evaluation responses with their answers, 1 interview note, "
            "0 audit entries;") in out

    code, out, err = run(capsys, "--db", path, "member", "anonymise", ids["member"])
    assert code == 0, err
    first = out.splitlines()[0]
    assert "interview notes" in first.split("; kept:")[0]  # removed
    assert "kept: 1 attendance registration, 1 action, 1 contribution, 3 evaluation responses, group" in first
    assert_gone(path, INTERVIEW)
