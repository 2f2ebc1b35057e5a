"""``tankapp backup``, ``restore`` and ``check`` as a person meets them: real processes.

Every refusal is one plain line on stderr with exit code 1 and leaves the
files as they were; a check never writes to the file it checks.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

import tankapp
from tankapp.storage import backup
from tests.helpers import assert_one_line, copy_demo, run

PROJECT_ROOT = Path(tankapp.__file__).resolve().parent.parent
from tests.helpers import tankapp_process


@pytest.fixture
def demo_db(demo_template, tmp_path) -> Path:
    """A private copy of the demo database, beside the files each test makes in ``tmp_path``."""
    return copy_demo(demo_template, tmp_path / "tank.sqlite")


def member_names(path: Path) -> list[str]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT name FROM member ORDER BY id")]
    finally:
        con.close()


def rename_first_member(path: Path, name: str) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE member SET name = ? WHERE id = (SELECT min(id) FROM member)", (name,))
    con.commit()
    con.close()


def side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def assert_refused(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert_one_line(result.stderr)
    for word in words:
        assert word in result.stderr


# ---------------------------------------------------------------- backup


def test_backup_into_the_backups_folder(demo_db, tmp_path):
    before = demo_db.read_bytes()
    result = tankapp_process(tmp_path, "--db", demo_db, "backup")
    assert result.returncode == 0, result.stderr
    m = re.fullmatch(r"Backed up to (.+) \(checked\)\n", result.stdout)
    assert m, result.stdout
    made = Path(m[1])
    assert made.parent == tmp_path / "data" / "backups"
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    assert member_names(made) == member_names(demo_db)
    assert demo_db.read_bytes() == before and side_files(demo_db) == []


def test_backup_out_refuses_what_it_must_not_write(demo_db, tmp_path, capsys):
    existing = tmp_path / "noter.sqlite"
    existing.write_bytes(b"my notes")
    before = demo_db.read_bytes()
    result = tankapp_process(tmp_path, "backup", "--out", existing, "--db", demo_db)  # --db after the command
    assert_refused(result, "already exists")
    for out, words in [  # the same, in this process (quicker)
        (demo_db, ("the database itself",)),
        (tmp_path / "tank.sqlite-wal", ("belongs to the database",)),
        (tmp_path / "tank.sqlite-shm", ("belongs to the database",)),
        ("/dev/null", ("not a regular file",)),
        (tmp_path, ("is a folder",)),
        (tmp_path / "ingen mappe" / "b.sqlite", ("does not exist",)),
    ]:
        code, out_text, err = run(capsys, "backup", "--out", out, "--db", demo_db)
        assert (code, out_text) == (1, ""), err
        assert_one_line(err)
        for word in words:
            assert word in err
    assert existing.read_bytes() == b"my notes"
    assert demo_db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["noter.sqlite", "tank.sqlite"]


def test_backup_out_writes_a_new_file(demo_db, tmp_path):
    out = tmp_path / "usb" / "tank kopi.sqlite"
    out.parent.mkdir()
    result = tankapp_process(tmp_path, "--db", demo_db, "backup", "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Backed up to {out} (checked)\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert member_names(out) == member_names(demo_db)
    assert os.listdir(out.parent) == [out.name]


@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KiB tmpfs (root only); the demo database does not fit on it."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        done = None
    if done is None or done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (the full disk is tested by injection in test_backup.py)")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True, timeout=10)


def test_backup_onto_a_full_disk(demo_db, tmp_path, tiny_disk):
    before = demo_db.read_bytes()
    result = tankapp_process(tmp_path, "--db", demo_db, "backup", "--out", tiny_disk / "b.sqlite")
    assert_refused(result, "the disk is full", "No backup was made")
    assert os.listdir(tiny_disk) == []  # no partial backup, no temporary file
    assert demo_db.read_bytes() == before and side_files(demo_db) == []


# ---------------------------------------------------------------- restore


def test_restore_round_trip_and_undo(demo_db, tmp_path):
    original = member_names(demo_db)
    saved = backup.make_backup(demo_db, tmp_path / "fredag.sqlite").path
    rename_first_member(demo_db, "Ændret Efter Backup")

    result = tankapp_process(tmp_path, "--db", demo_db, "restore", saved)

    assert result.returncode == 0, result.stderr
    assert member_names(demo_db) == original
    lines = result.stdout.splitlines()
    assert lines[0] == f"Restored {demo_db} from {saved}"
    kept = Path(lines[1].removeprefix("The database as it was is kept in "))
    assert kept.parent == tmp_path / "data" / "backups" and "before-restore" in kept.name
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert lines[2] == f"To undo: tankapp --db {demo_db} restore {kept}"

    undo = tankapp_process(tmp_path, "--db", demo_db, "restore", kept)  # the command it printed
    assert undo.returncode == 0, undo.stderr
    assert member_names(demo_db)[0] == "Ændret Efter Backup"


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(demo_db, tmp_path, damage):
    bad = tmp_path / "bad.sqlite"
    if damage == "garbage":
        bad.write_bytes(b"Dette er ikke en database\n" * 500)
    else:
        bad.write_bytes(demo_db.read_bytes()[: demo_db.stat().st_size // 2])
    bad_before, db_before = bad.read_bytes(), demo_db.read_bytes()

    result = tankapp_process(tmp_path, "--db", demo_db, "restore", bad)

    assert_refused(result, str(bad))
    assert ("not an SQLite file" if damage == "garbage" else "damaged") in result.stderr
    assert bad.read_bytes() == bad_before and side_files(bad) == []
    assert demo_db.read_bytes() == db_before and side_files(demo_db) == []
    assert not (tmp_path / "data" / "backups").exists()  # nothing was kept aside: nothing changed


def test_restore_refuses_while_a_window_has_the_database_open(demo_db, tmp_path):
    saved = backup.make_backup(demo_db, tmp_path / "b.sqlite").path
    # this test process plays the window: QLockFile writes its process id on the first line
    (tmp_path / "tank.sqlite.lock").write_text(f"{os.getpid()}\ntankapp\nlaptop\n")
    before = demo_db.read_bytes()
    result = tankapp_process(tmp_path, "--db", demo_db, "restore", saved)
    assert_refused(result, "close the tankapp window first")
    assert demo_db.read_bytes() == before


def test_restore_without_a_file_is_a_usage_error(demo_db, capsys):
    code, out, err = run(capsys, "--db", demo_db, "restore")
    assert (code, out) == (2, "")
    assert_one_line(err)


# ---------------------------------------------------------------- check


def test_check_full_on_a_healthy_database(demo_db, tmp_path):
    before = demo_db.read_bytes()
    result = tankapp_process(tmp_path, "--db", demo_db, "check", "--full")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: ")
    assert demo_db.read_bytes() == before and side_files(demo_db) == []


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_check_a_file_that_is_not_a_whole_database(demo_db, tmp_path, damage):
    if damage == "garbage":
        demo_db.write_bytes(os.urandom(8192))
    elif damage == "truncated":
        os.truncate(demo_db, demo_db.stat().st_size // 2)
    else:
        demo_db.write_bytes(b"")
    before = demo_db.read_bytes()

    result = tankapp_process(tmp_path, "--db", demo_db, "check")

    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert ("damaged" if damage == "truncated" else "not a tankapp database") in result.stderr
    assert demo_db.read_bytes() == before
    assert side_files(demo_db) == []  # not even a -wal or -shm appeared


def test_check_reports_a_damaged_page(demo_db, tmp_path):
    """A page in the middle of the file overwritten (a bad sector, a bad copy)."""
    con = sqlite3.connect(f"{demo_db.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    pages = demo_db.stat().st_size // page_size
    roots = [r[0] for r in con.execute("SELECT rootpage FROM sqlite_master WHERE type='table' AND rootpage > 1")]
    con.close()
    page = min(roots, key=lambda p: abs(p - pages // 2))  # a table's page near the middle
    with open(demo_db, "r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(b"\xa5" * 512)
    before = demo_db.read_bytes()

    result = tankapp_process(tmp_path, "--db", demo_db, "check")

    assert result.returncode == 1
    assert result.stdout.strip(), "the problems are listed"
    assert_one_line(result.stderr)
    assert "is damaged" in result.stderr
    assert demo_db.read_bytes() == before and side_files(demo_db) == []
    full = tankapp_process(tmp_path, "check", "--full", "--db", demo_db)
    assert full.returncode == 1 and "is damaged" in full.stderr


def test_check_names_the_newest_good_backup_of_a_damaged_database(demo_db, tmp_path):
    made = backup.make_backup(demo_db)
    assert made.path.parent == tmp_path / "data" / "backups"  # where the process below looks too
    os.truncate(demo_db, demo_db.stat().st_size // 2)
    result = tankapp_process(tmp_path, "--db", demo_db, "check")
    assert result.returncode == 1
    assert f"tankapp --db {demo_db} restore {made.path}" in result.stderr
