"""Backups, restore and the damage check at the storage level (tankapp.storage.backup).

What a person would notice: a backup is a private file that opens and holds
everything saved (also what is still only in the WAL), it can be made while
the window is saving, a failed one leaves nothing behind, old ones are rotated
without touching anything else, and a restore can always be undone.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from tankapp.storage import NewerDatabase, NotATankappDatabase, open_database, paths
from tankapp.storage import backup as bk
from tests.helpers import copy_demo


@pytest.fixture
def demo_db(demo_template, tmp_path) -> Path:
    """A private copy of the demo database (one file, no -wal), not the default database."""
    return copy_demo(demo_template, tmp_path / "tank.sqlite")


@pytest.fixture
def open_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _read(path: Path, sql: str) -> list:
    """Rows from a closed database file, read without writing anything beside it."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _member_names(path: Path) -> list[str]:
    return [r[0] for r in _read(path, "SELECT name FROM member ORDER BY id")]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path)


# ---------------------------------------------------------------- making a backup


def test_backup_is_an_owner_only_checked_copy_that_holds_the_data(demo_db, _private_data_dir, open_umask):
    before = demo_db.read_bytes()
    info = bk.make_backup(demo_db)

    assert info.ok and info.path.parent == paths.backups_dir() == _private_data_dir / "backups"
    assert info.path.name.startswith("tankapp-tank-") and info.path.name.endswith(".sqlite")
    assert _mode(info.path) == 0o600
    assert _mode(info.path.parent) == 0o700
    assert _member_names(info.path) == _member_names(demo_db)
    assert len(_member_names(info.path)) > 50
    assert sorted(os.listdir(info.path.parent)) == [info.path.name]  # no temporary file or -wal left
    # the database itself was only read: same bytes, and no -wal/-shm made beside it
    assert demo_db.read_bytes() == before
    assert _siblings(demo_db) == []
    assert bk.list_backups(demo_db) == [bk.BackupInfo(info.path, info.made_at, info.size, True)]
    assert bk.latest_good_backup(demo_db).path == info.path


def test_backup_holds_a_change_still_only_in_the_wal(demo_db):
    with open_database(demo_db) as db:  # stays open, as in a window: no checkpoint
        with db.session() as s:
            s.execute(text("UPDATE member SET name = 'Åse Ny-Navn' WHERE id = (SELECT min(id) FROM member)"))
        assert (demo_db.parent / "tank.sqlite-wal").stat().st_size > 0
        assert "Åse Ny-Navn" not in _member_names(demo_db)  # the main file does not have it yet

        info = bk.make_backup(demo_db)

        assert _member_names(info.path)[0] == "Åse Ny-Navn"


def test_backup_while_another_program_holds_the_write_lock(demo_db):
    writer = sqlite3.connect(demo_db, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE member SET name = 'Ikke gemt' WHERE id = (SELECT min(id) FROM member)")
    try:
        started = time.monotonic()
        info = bk.make_backup(demo_db)
        assert time.monotonic() - started < 10  # it did not wait for the writer (busy timeout is 30 s)
        assert "Ikke gemt" not in _member_names(info.path)  # only what was committed
        writer.execute("COMMIT")  # and the writer could still commit
    finally:
        writer.close()


def test_backup_to_a_chosen_file_never_replaces_one(demo_db, tmp_path):
    out = tmp_path / "kopi.sqlite"
    info = bk.make_backup(demo_db, out)
    assert info.path == out and _mode(out) == 0o600
    first = out.read_bytes()
    with pytest.raises(bk.BackupError, match="already exists"):
        bk.make_backup(demo_db, out)
    assert out.read_bytes() == first


def test_full_disk_while_backing_up_leaves_nothing_and_says_so(demo_db, tmp_path, monkeypatch):
    """The copy is written, then the disk fills up (injected): no partial file stays behind."""
    before = demo_db.read_bytes()
    real_copy = bk._online_copy

    def copy_then_fill_the_disk(src, dst, **kw):
        real_copy(src, dst, **kw)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(bk, "_online_copy", copy_then_fill_the_disk)
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    with pytest.raises(bk.BackupError, match="the disk is full") as err:
        bk.make_backup(demo_db, out_dir / "b.sqlite")
    assert "No backup was made" in str(err.value)
    assert os.listdir(out_dir) == []
    with pytest.raises(bk.BackupError, match="the disk is full"):
        bk.make_backup(demo_db)
    assert os.listdir(paths.backups_dir()) == []
    assert demo_db.read_bytes() == before and _siblings(demo_db) == []


# ---------------------------------------------------------------- rotation

NOW = dt.datetime(2026, 3, 18, 12, 0)  # a Wednesday, ISO week 12


def test_rotation_keeps_the_last_7_days_and_8_weeks():
    # three backups a day (03:00, 09:00, 21:00) for 20 weeks, the last one this morning
    backups = [
        dt.datetime(2025, 11, 1, hour) + dt.timedelta(days=d)
        for d in range((NOW.date() - dt.date(2025, 11, 1)).days + 1)
        for hour in (3, 9, 21)
        if dt.datetime(2025, 11, 1, hour) + dt.timedelta(days=d) <= NOW
    ]
    keep = bk.select_to_keep(backups, NOW)

    daily = {dt.datetime(2026, 3, day, 21) for day in range(12, 18)} | {dt.datetime(2026, 3, 18, 9)}
    weekly = {  # the newest of each ISO week: its Sunday evening (this week: this morning)
        dt.datetime(2026, 3, 18, 9), dt.datetime(2026, 3, 15, 21), dt.datetime(2026, 3, 8, 21),
        dt.datetime(2026, 3, 1, 21), dt.datetime(2026, 2, 22, 21), dt.datetime(2026, 2, 15, 21),
        dt.datetime(2026, 2, 8, 21), dt.datetime(2026, 2, 1, 21),
    }
    assert keep == daily | weekly
    assert len(keep) == 13  # the newest of this week and of last Sunday count for both


def test_rotation_counts_days_and_weeks_that_have_backups_and_keeps_the_newest():
    # a laptop used now and then: the last 7 days with a backup are kept, however long ago
    days = [dt.date(2025, 6, 2) + dt.timedelta(days=14 * i) for i in range(12)]  # every other Monday
    backups = [dt.datetime.combine(d, dt.time(10)) for d in days]
    keep = bk.select_to_keep(backups, NOW)
    assert keep == set(backups[-8:])  # 7 days, and 8 weeks (one backup each)

    assert bk.select_to_keep([], NOW) == set()
    only = dt.datetime(2020, 1, 1, 8)
    assert bk.select_to_keep([only], NOW) == {only}  # the newest is never deleted, however old
    future = NOW + dt.timedelta(days=40)  # the clock was wrong once: not deleted either
    assert future in bk.select_to_keep(backups + [future], NOW)
    assert backups[-1] in bk.select_to_keep(backups + [future], NOW)


def test_rotation_on_disk_touches_only_this_databases_backups(demo_db, tmp_path):
    other_db = tmp_path / "andet" / "tank.sqlite"  # same file name, another folder
    folder = paths.ensure_private_dir(paths.backups_dir())
    ours = [NOW - dt.timedelta(days=d, hours=1) for d in range(60)]
    for when in ours:
        (folder / bk.backup_name(demo_db, when)).write_bytes(b"x")
    foreign = [
        bk.backup_name(other_db, NOW - dt.timedelta(days=30)),
        bk.backup_name(paths.default_db_path(), NOW - dt.timedelta(days=30)),
        bk.backup_name(demo_db, NOW - dt.timedelta(days=50), before_restore=True),
        "noter.txt",
        bk.backup_name(demo_db, NOW - dt.timedelta(days=40)) + ".bak",
    ]
    for name in foreign:
        (folder / name).write_bytes(b"keep me")
    assert len({bk.backup_name(demo_db, NOW), bk.backup_name(other_db, NOW), bk.backup_name(paths.default_db_path(), NOW)}) == 3

    info = bk.make_backup(demo_db, now=NOW)

    left = set(os.listdir(folder))
    assert set(foreign) <= left  # another database's, a restore's, and files tankapp did not name
    kept = {bk.backup_name(demo_db, dt.datetime(2026, m, d, 11)) for m, d in [
        (3, 17), (3, 16), (3, 15), (3, 14), (3, 13), (3, 12),  # the last 7 days (today: the new one)
        (3, 8), (3, 1), (2, 22), (2, 15), (2, 8), (2, 1),  # the newest of each of the 8 last weeks
    ]}
    assert left - set(foreign) == kept | {info.path.name}
    assert bk.backup_name(demo_db, dt.datetime(2026, 3, 18, 11)) not in left  # this morning's: replaced by the new one


# ---------------------------------------------------------------- check


def test_check_a_healthy_database_quick_and_full(demo_db):
    before = demo_db.read_bytes()
    quick = bk.check_database(demo_db)
    full = bk.check_database(demo_db, full=True)
    assert quick.ok and full.ok and full.full and quick.problems == () and quick.revision == full.revision
    assert demo_db.read_bytes() == before and _siblings(demo_db) == []


def test_check_finds_a_broken_reference(demo_db):
    con = sqlite3.connect(demo_db)
    con.execute("UPDATE member SET group_id = 9999 WHERE id = (SELECT min(id) FROM member)")  # foreign keys off
    con.commit()
    con.close()
    assert bk.check_database(demo_db).ok  # the quick check looks at pages, not at references
    full = bk.check_database(demo_db, full=True)
    assert not full.ok
    assert len(full.problems) == 1
    assert full.problems[0].startswith("member row ") and "missing row in expert_group" in full.problems[0]


def test_check_refuses_a_database_from_a_newer_tankapp(demo_db):
    con = sqlite3.connect(demo_db)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(NewerDatabase, match="newer tankapp"):
        bk.check_database(demo_db)


# ---------------------------------------------------------------- restore


def _rename_first_member(path: Path, name: str) -> None:
    with open_database(path) as db, db.session() as s:
        s.execute(text("UPDATE member SET name = :n WHERE id = (SELECT min(id) FROM member)"), {"n": name})


def test_restore_round_trip_and_undo(demo_db, tmp_path, open_umask):
    saved = bk.make_backup(demo_db, tmp_path / "før.sqlite")
    original = _member_names(demo_db)
    _rename_first_member(demo_db, "Ændret Navn")

    info = bk.restore(demo_db, saved.path)

    assert _member_names(demo_db) == original
    assert _mode(demo_db) == 0o600 and _siblings(demo_db) == []
    assert info.kept_aside.parent == paths.backups_dir() and "before-restore" in info.kept_aside.name
    assert _mode(info.kept_aside) == 0o600
    assert _member_names(info.kept_aside)[0] == "Ændret Navn"
    with open_database(demo_db) as db, db.reading() as s:  # tankapp opens the restored file
        assert s.execute(text("SELECT count(*) FROM member")).scalar() == len(original)

    undo = bk.restore(demo_db, info.kept_aside)
    assert _member_names(demo_db)[0] == "Ændret Navn"
    assert undo.kept_aside != info.kept_aside and undo.kept_aside.exists()


def test_restore_while_the_database_is_open_in_this_process_is_refused(demo_db, tmp_path):
    saved = bk.make_backup(demo_db, tmp_path / "b.sqlite")
    with open_database(demo_db) as db:
        with db.session() as s:
            s.execute(text("UPDATE member SET name = 'Stadig her' WHERE id = (SELECT min(id) FROM member)"))
        with pytest.raises(bk.DatabaseInUse):
            bk.restore(demo_db, saved.path)
        with db.reading() as s:
            assert s.execute(text("SELECT name FROM member ORDER BY id")).scalar() == "Stadig her"
    assert not paths.backups_dir().exists() or os.listdir(paths.backups_dir()) == []  # nothing kept aside


def test_restore_refuses_while_a_tankapp_window_has_the_database(demo_db, tmp_path):
    saved = bk.make_backup(demo_db, tmp_path / "b.sqlite")
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock = demo_db.parent / "tank.sqlite.lock"
        lock.write_text(f"{window.pid}\ntankapp\nlaptop\n")  # QLockFile's format
        before = demo_db.read_bytes()
        with pytest.raises(bk.DatabaseInUse, match="close the tankapp window first"):
            bk.restore(demo_db, saved.path)
        assert demo_db.read_bytes() == before
    finally:
        window.kill()
        window.wait()
    # the window is gone (it crashed): its stale lock does not stop the restore
    assert bk.restore(demo_db, saved.path).kept_aside is not None


def test_restore_refuses_a_newer_or_foreign_database(demo_db, tmp_path):
    newer = tmp_path / "newer.sqlite"
    bk.make_backup(demo_db, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    foreign = tmp_path / "foreign.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = demo_db.read_bytes()
    with pytest.raises(NewerDatabase):
        bk.restore(demo_db, newer)
    with pytest.raises(NotATankappDatabase):
        bk.restore(demo_db, foreign)
    with pytest.raises(bk.BackupError, match="the database itself"):
        bk.restore(demo_db, demo_db)
    assert demo_db.read_bytes() == before and _siblings(demo_db) == []
    assert not paths.backups_dir().exists()


def test_restore_onto_a_missing_database_keeps_nothing_aside(demo_db, tmp_path, open_umask):
    target = tmp_path / "ny laptop" / "tankapp.sqlite"
    info = bk.restore(target, demo_db)
    assert info.kept_aside is None
    assert _member_names(target) == _member_names(demo_db)
    assert _mode(target) == 0o600 and _mode(target.parent) == 0o700


def test_restore_a_backup_made_by_an_older_tankapp(demo_db, tmp_path):
    """A backup from before an upgrade is restored as it is; opening it upgrades it as usual."""
    old = tmp_path / "0002.sqlite"
    shutil.copyfile(Path(__file__).parent / "fixtures" / "databases" / "0002.sqlite", old)
    info = bk.restore(demo_db, old)
    assert info.revision == "0002"
    with open_database(demo_db) as db, db.reading() as s:
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == bk.schema.SCHEMA_HEAD
    assert bk.check_database(demo_db, full=True).ok


def test_restore_over_a_damaged_database_keeps_its_bytes_aside(demo_db, tmp_path):
    saved = bk.make_backup(demo_db, tmp_path / "b.sqlite")
    os.truncate(demo_db, demo_db.stat().st_size // 2)  # e.g. the laptop died while copying it
    damaged = demo_db.read_bytes()
    assert not bk.check_database(demo_db).ok

    info = bk.restore(demo_db, saved.path)

    assert bk.check_database(demo_db, full=True).ok
    assert _member_names(demo_db) == _member_names(saved.path)
    assert info.kept_aside.read_bytes() == damaged  # as it was, byte for byte
    assert _mode(info.kept_aside) == 0o600
