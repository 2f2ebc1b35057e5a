"""The command line of several laptops: package export / import / changes, conflicts list / resolve."""

from __future__ import annotations

import json
import os
import zipfile

import pytest

from tests.helpers import assert_one_line, db_arg, run
from tests.helpers_sync import make_office, state


@pytest.fixture
def office(db, tmp_path):
    return make_office(db, tmp_path)


def _flow(capsys, office, tmp_path):
    """Office -> package -> laptop (attendance, Åse's e-mail) -> changes; the office changes Åse's e-mail too."""
    from tankapp.domain import Member

    pkg, lap, changes = tmp_path / "pakke.tankpkg", tmp_path / "bærbar.sqlite", tmp_path / "ændringer.tankpkg"
    code, out, err = run(capsys, "--db", db_arg(office.db), "package", "export", "--meeting", office.meeting_id,
                         "--out", pkg)
    assert (code, err) == (0, "")
    assert "1 meeting (Klinikermøde om pårørende (2026-05-12))" in out and "4 members" in out
    assert "personal data" in out and os.stat(pkg).st_mode & 0o777 == 0o600
    code, out, err = run(capsys, "--db", lap, "package", "import", pkg)
    assert (code, err) == (0, "")
    assert "Opened the package" in out and "package changes --out FILE" in out
    aase = office.member_ids[0]
    assert run(capsys, "--db", lap, "attendance", "set", "--meeting", office.meeting_id, "--member", aase,
               "--status", "present")[0] == 0
    from tankapp.storage import open_database

    with open_database(lap) as db, db.session() as s:
        s.get(Member, aase).email = "aase@bærbar.dk"
    with office.db.session() as s:
        s.get(Member, aase).email = "aase@kontor.dk"
    code, out, err = run(capsys, "--db", lap, "package", "changes", "--out", changes)
    assert (code, err) == (0, "")
    assert "added 1 attendance registration; changed 1 member" in out
    assert os.stat(changes).st_mode & 0o777 == 0o600
    return changes


def test_the_whole_round_from_the_command_line(capsys, office, tmp_path):
    changes = _flow(capsys, office, tmp_path)
    before = state(office.db)
    code, out, err = run(capsys, "--db", db_arg(office.db), "package", "import", changes, "--dry-run")
    assert (code, err) == (0, "")
    assert out.startswith("Dry run: nothing was changed.")
    assert "would add 1 attendance registration" in out and "1 conflict would be" in out
    assert "member Åse Øster: email" in out and "aase@kontor.dk" in out and "aase@bærbar.dk" in out
    assert state(office.db) == before

    code, out, err = run(capsys, "--db", db_arg(office.db), "package", "import", changes)
    assert (code, err) == (0, "")
    assert "Took in the changes of laptop" in out and "added 1 attendance registration" in out
    assert "(kept for now)" in out
    code, out, err = run(capsys, "--db", db_arg(office.db), "package", "import", changes)
    assert (code, err) == (0, "") and "were taken in before; nothing changed" in out

    code, out, err = run(capsys, "--db", db_arg(office.db), "conflicts", "list", "--format", "json")
    (conflict,) = json.loads(out)
    assert conflict["field"] == "email" and conflict["what"] == "member Åse Øster"
    assert {c["value"]: c["current"] for c in conflict["candidates"]} == {"aase@kontor.dk": True, "aase@bærbar.dk": False}
    code, out, err = run(capsys, "--db", db_arg(office.db), "conflicts", "resolve", conflict["id"], "--take", "theirs")
    assert (code, err) == (0, "")
    assert "is now aase@bærbar.dk" in out
    code, out, err = run(capsys, "--db", db_arg(office.db), "conflicts", "list")
    assert out == "No open conflicts.\n"
    code, out, err = run(capsys, "--db", db_arg(office.db), "conflicts", "list", "--all")
    assert "[resolved]" in out and "chosen: aase@bærbar.dk" in out and "aase@kontor.dk" in out


def test_a_damaged_bundle_is_one_line_and_the_office_is_untouched(capsys, office, tmp_path):
    changes = _flow(capsys, office, tmp_path)
    raw = bytearray(changes.read_bytes())
    with zipfile.ZipFile(changes) as z:
        at = z.getinfo("data.json").header_offset + 45
    raw[at] ^= 0x55
    bad = tmp_path / "skadet.tankpkg"
    bad.write_bytes(bytes(raw))
    before = state(office.db)
    code, out, err = run(capsys, "--db", db_arg(office.db), "package", "import", bad)
    assert code == 1 and out == ""
    assert_one_line(err)
    assert "is damaged" in err and "nothing was imported" in err
    assert state(office.db) == before


def test_wrong_places_and_wrong_values_are_one_line_each(capsys, office, tmp_path):
    changes = _flow(capsys, office, tmp_path)
    pkg = tmp_path / "pakke.tankpkg"
    cases = [
        (["--db", db_arg(office.db), "package", "import", pkg], "open it in a new database"),
        (["--db", tmp_path / "bærbar.sqlite", "package", "import", changes], "only the office database"),
        (["--db", db_arg(office.db), "package", "changes", "--out", tmp_path / "x.tankpkg"], "not opened from a package"),
        (["--db", db_arg(office.db), "package", "import", tmp_path / "findes-ikke.tankpkg"], "There is no file"),
        (["--db", db_arg(office.db), "package", "export", "--meeting", 99, "--out", tmp_path / "y"], "no meeting with id 99"),
        (["--db", db_arg(office.db), "package", "export", "--meeting", 2**70, "--out", tmp_path / "y"], "no meeting"),
        (["--db", db_arg(office.db), "conflicts", "resolve", 42, "--take", "mine"], "no conflict with id 42"),
        (["--db", db_arg(office.db), "conflicts", "resolve", 2**70, "--take", "mine"], "no record with id"),
    ]
    if office.db.path is not None:  # the database file itself (a server database has none here)
        cases.append((["--db", office.db.path, "package", "export", "--meeting", office.meeting_id,
                       "--out", office.db.path], "is the tankapp database"))
    for args, words in cases:
        code, out, err = run(capsys, *args)
        assert code == 1, (args, out, err)
        assert_one_line(err)
        assert words in err, (args, err)
    assert not (tmp_path / "x.tankpkg").exists() and not (tmp_path / "y").exists()
    run(capsys, "--db", db_arg(office.db), "package", "import", changes)
    code, out, err = run(capsys, "--db", db_arg(office.db), "conflicts", "list", "--format", "json")
    (conflict,) = json.loads(out)
    code, out, err = run(capsys, "--db", db_arg(office.db), "conflicts", "resolve", conflict["id"], "--take", "alle")
    assert code == 1 and "is not a choice" in err
    assert_one_line(err)


def test_a_package_that_cannot_be_opened_leaves_no_new_database(capsys, office, tmp_path):
    bad = tmp_path / "ikke-en-pakke.tankpkg"
    bad.write_bytes(b"PK\x03\x04" + os.urandom(200))
    target = tmp_path / "ny.sqlite"
    code, out, err = run(capsys, "--db", target, "package", "import", bad)
    assert code == 1
    assert_one_line(err)
    assert not target.exists()
    code, out, err = run(capsys, "--db", target, "package", "import", bad, "--dry-run")
    assert code == 1 and not target.exists()
