"""Hostile arguments and hostile places, met through the command line as a user would.

Each case was found by trying ``main`` from outside: a huge id, bytes that are not
UTF-8, a file name too long for the disk, a full or read-only disk, a write lock
held by someone else, a file that only looks like a tankapp database, a damaged
one, a database copied with wide permissions. Each must give one plain line on
stderr (exit 1), never a traceback, and never lose or half-write data.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import stat
import subprocess
import uuid
from pathlib import Path

import pytest

from helpers import assert_one_line, run
from helpers import tankapp_process as tankapp

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def assert_refused(proc: subprocess.CompletedProcess, *words: str) -> None:
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert_one_line(proc.stderr)
    for w in words:
        assert w.lower() in proc.stderr.lower(), proc.stderr


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    proc = tankapp(folder, "--db", folder / "demo.sqlite", "demo")
    assert proc.returncode == 0, proc.stderr
    return folder / "demo.sqlite"


@pytest.fixture
def demo(tmp_path, demo_master) -> Path:
    """A private copy of the demo database for one test."""
    target = tmp_path / "demo.sqlite"
    src = sqlite3.connect(demo_master)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    os.chmod(target, 0o600)
    return target


def held_meeting_and_member(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        meeting_id, member_id = con.execute(
            "SELECT m.id, mem.id FROM meeting m JOIN meeting_group mg ON mg.meeting_id = m.id "
            "JOIN member mem ON mem.group_id = mg.group_id "
            "WHERE m.status = 'planned' AND mem.withdrawn_on IS NULL ORDER BY m.date, mem.id LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    return meeting_id, member_id


def attendance_count(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM attendance").fetchone()[0]
    finally:
        con.close()


def integrity(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


@contextlib.contextmanager
def tmpfs(folder: Path, size: str):
    """A small RAM disk (root only); yields None where mounting is not allowed."""
    folder.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        yield None
        return
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
                          capture_output=True)
    if proc.returncode != 0:
        yield None
        return
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


# ---------------------------------------------------------------- arguments


@pytest.mark.parametrize(
    "args",
    [
        ("attendance", "list", "--meeting", "99999999999999999999"),
        ("export", "agenda", "--meeting", "99999999999999999999", "--out", "x.pdf"),
        ("attendance", "set", "--meeting", "1", "--member", "-99999999999999999999", "--status", "present"),
    ],
)
def test_a_huge_id_is_no_record_not_a_traceback(tmp_path, demo, args):
    proc = tankapp(tmp_path, "--db", demo, *args)
    assert_refused(proc, "no ", "with id")
    assert not (tmp_path / "x.pdf").exists()


def test_text_that_is_not_utf8_is_refused_before_anything_is_made(tmp_path):
    proc = tankapp(tmp_path, "--db", tmp_path / "new.sqlite", "init", "--name", b"Tank \xff")
    assert_refused(proc, "--name", "UTF-8")
    assert not (tmp_path / "new.sqlite").exists()


def test_a_note_that_is_not_utf8_changes_nothing(tmp_path, demo):
    meeting, member = held_meeting_and_member(demo)
    before = attendance_count(demo)
    proc = tankapp(tmp_path, "--db", demo, "attendance", "set", "--meeting", meeting, "--member", member,
                   "--status", "present", "--note", b"kom sent \xe6")
    assert_refused(proc, "--note")
    assert attendance_count(demo) == before


def test_a_database_file_name_in_another_encoding_still_works(tmp_path):
    name = b"t\xe6nketank.sqlite"  # Windows-1252 "æ": a valid Linux file name, not UTF-8
    proc = tankapp(tmp_path, "--db", name, "init")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "\\udce6" in proc.stdout or "\ufffd" in proc.stdout  # the name is shown, escaped
    assert os.path.exists(os.fsencode(tmp_path) + b"/" + name)


def test_a_file_name_too_long_for_the_disk(tmp_path):
    long_name = "referat-" + "æ" * 200 + ".sqlite"  # 200 letters, 400 bytes: over the 255-byte limit
    proc = tankapp(tmp_path, "--db", long_name, "init")
    assert_refused(proc, "too long")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == []


def test_an_export_name_too_long_for_the_disk(tmp_path, demo):
    meeting, _member = held_meeting_and_member(demo)
    proc = tankapp(tmp_path, "--db", demo, "export", "agenda", "--meeting", meeting, "--out", "x" * 300 + ".pdf")
    assert_refused(proc, "too long")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith((".pdf", ".tmp"))] == []


# ---------------------------------------------------------------- files that are not what they seem


def make_lookalike(path: Path) -> None:
    """An SQLite file with tankapp's two marker tables, nothing else, in rollback-journal mode."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    con.execute("INSERT INTO alembic_version VALUES ('0004')")
    con.execute("CREATE TABLE think_tank (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO think_tank (name) VALUES ('Min egen tabel')")
    con.commit()
    con.close()


@pytest.mark.parametrize("command", [("groups", "list"), ("init",), ("meetings", "list")])
def test_a_file_that_only_looks_like_tankapp_is_left_untouched(tmp_path, command):
    fake = tmp_path / "other.sqlite"
    make_lookalike(fake)
    before = fake.read_bytes()
    proc = tankapp(tmp_path, "--db", fake, *command)
    assert_refused(proc, "only looks like a tankapp database")
    assert fake.read_bytes() == before
    assert not fake.with_name("other.sqlite-wal").exists()
    assert not fake.with_name("other.sqlite-shm").exists()
    con = sqlite3.connect(fake)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not switched to WAL
    con.close()


def test_a_truncated_database_is_refused_unchanged(tmp_path, demo):
    data = demo.read_bytes()
    demo.write_bytes(data[: len(data) // 2])
    before = demo.read_bytes()
    proc = tankapp(tmp_path, "--db", demo, "members", "list")
    assert_refused(proc, "damaged")
    assert demo.read_bytes() == before
    assert not demo.with_name(demo.name + "-wal").exists()


def test_a_database_with_a_damaged_page_is_refused_unchanged(tmp_path, demo):
    con = sqlite3.connect(demo)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    # a page of the member table (listing groups counts their members, so it is read)
    page = con.execute("SELECT max(pageno) FROM dbstat WHERE name = 'member'").fetchone()[0]
    con.close()
    with open(demo, "r+b") as fh:
        fh.seek(page_size * (page - 1) + 8)
        fh.write(os.urandom(page_size - 16))
    before = demo.read_bytes()
    proc = tankapp(tmp_path, "--db", demo, "groups", "list")
    assert proc.returncode == 1, proc.stderr
    assert_one_line(proc.stderr)
    assert "damaged" in proc.stderr or "not a readable" in proc.stderr
    assert demo.read_bytes() == before


def test_a_garbage_file_is_refused_unchanged(tmp_path):
    junk = tmp_path / "tankapp.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    before = junk.read_bytes()
    proc = tankapp(tmp_path, "--db", junk, "groups", "list")
    assert_refused(proc, "not")
    assert junk.read_bytes() == before


# ---------------------------------------------------------------- full disk, read-only, busy


def test_init_on_a_full_disk_leaves_nothing_half_made(tmp_path):
    with tmpfs(tmp_path / "small", "160k") as disk:
        if disk is None:
            pytest.skip("needs root to mount a small tmpfs; the injected test below covers the same path")
        proc = tankapp(tmp_path, "--db", disk / "new.sqlite", "demo")
        assert_refused(proc, "disk", "full")
        assert list(disk.iterdir()) == []


def test_a_change_on_a_full_disk_loses_nothing_saved_before(tmp_path, demo):
    with tmpfs(tmp_path / "small", "4m") as disk:
        if disk is None:
            pytest.skip("needs root to mount a small tmpfs; the injected test below covers the same path")
        db = disk / "tank.sqlite"
        shutil.copy(demo, db)
        meeting, member = held_meeting_and_member(db)
        assert tankapp(tmp_path, "--db", db, "attendance", "set", "--meeting", meeting, "--member", member,
                       "--status", "present").returncode == 0
        saved = attendance_count(db)
        # Fill the disk to the last byte, then try a change that needs new pages.
        fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
        for block in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * block):
                    pass
        os.close(fd)
        proc = tankapp(tmp_path, "--db", db, "import-members", _big_member_file(tmp_path), "--group", "Forskere")
        assert_refused(proc, "full")
        (disk / "filler").unlink()
        assert integrity(db) == "ok"
        assert attendance_count(db) == saved
        listed = tankapp(tmp_path, "--db", db, "attendance", "list", "--meeting", meeting, "--format", "json")
        assert listed.returncode == 0 and '"present"' in listed.stdout


def _big_member_file(folder: Path) -> Path:
    path = folder / "mange.csv"
    rows = ["Navn;E-mail;Noter"] + [
        f"Person {i};p{i}@example.dk;{'lang note ' * 200}" for i in range(400)
    ]
    path.write_text("\n".join(rows), encoding="utf-8")
    return path


def test_a_full_disk_injected_gives_one_line_and_keeps_the_data(tmp_path, demo, capsys, monkeypatch):
    """The same as the tmpfs tests, with SQLite's own error injected (works without root)."""
    from sqlalchemy import event

    from tankapp.storage import database

    meeting, member = held_meeting_and_member(demo)
    before = attendance_count(demo)
    real_make_engine = database.make_engine

    def full_engine(path):
        engine = real_make_engine(path)

        @event.listens_for(engine, "before_cursor_execute")
        def _full(conn, cursor, statement, *args):
            if statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
                raise sqlite3.OperationalError("database or disk is full")

        return engine

    monkeypatch.setattr(database, "make_engine", full_engine)
    code, out, err = run(capsys, "--db", demo, "attendance", "set", "--meeting", meeting, "--member", member,
                         "--status", "present")
    assert code == 1 and out == ""
    assert_one_line(err)
    assert "disk" in err and "full" in err
    assert attendance_count(demo) == before
    assert integrity(demo) == "ok"


def test_a_read_only_disk_gives_one_line(tmp_path, demo):
    with tmpfs(tmp_path / "stick", "2m") as disk:
        if disk is None:
            pytest.skip("needs root to mount a read-only tmpfs; the injected test covers the message")
        shutil.copy(demo, disk / "tank.sqlite")
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        before = (disk / "tank.sqlite").read_bytes()
        for args in (("groups", "list"), ("attendance", "set", "--meeting", "1", "--member", "1", "--status", "present")):
            proc = tankapp(tmp_path, "--db", disk / "tank.sqlite", *args)
            assert_refused(proc, "read-only")
        assert (disk / "tank.sqlite").read_bytes() == before


def test_a_read_only_database_injected_gives_one_line(tmp_path, demo, capsys, monkeypatch):
    from sqlalchemy import event

    from tankapp.storage import database

    real_make_engine = database.make_engine

    def read_only_engine(path):
        engine = real_make_engine(path)

        @event.listens_for(engine, "before_cursor_execute")
        def _ro(conn, cursor, statement, *args):
            if statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
                raise sqlite3.OperationalError("attempt to write a readonly database")

        return engine

    monkeypatch.setattr(database, "make_engine", read_only_engine)
    meeting, member = held_meeting_and_member(demo)
    code, out, err = run(capsys, "--db", demo, "attendance", "set", "--meeting", meeting, "--member", member,
                         "--status", "present")
    assert code == 1
    assert_one_line(err)
    assert "cannot be written" in err


def test_a_write_lock_held_beyond_the_timeout(tmp_path, demo, capsys, monkeypatch):
    from tankapp.storage import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    meeting, member = held_meeting_and_member(demo)
    other = sqlite3.connect(demo, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another tankapp writing, and writing, and writing
    try:
        code, _out, err = run(capsys, "--db", demo, "attendance", "set", "--meeting", meeting, "--member", member,
                              "--status", "present")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 1
    assert_one_line(err)
    assert "busy" in err and "Nothing was changed" in err


def test_an_unwritable_data_folder_gives_one_line(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    proc = tankapp(tmp_path, "init", env_extra={"TANKAPP_DATA_DIR": str(blocker / "tankapp")})
    assert proc.returncode == 1, proc.stderr
    assert_one_line(proc.stderr)
    assert blocker.read_text() == "a file where the data folder should be"


def test_an_interrupted_init_leaves_no_half_made_database(tmp_path, capsys, monkeypatch):
    from tankapp.services import thinktank

    def interrupted(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr(thinktank, "setup_think_tank", interrupted)
    code, _out, err = run(capsys, "--db", tmp_path / "new.sqlite", "init")
    assert code == 130
    assert_one_line(err)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("new")] == []


def test_an_unexpected_error_is_one_line_and_logged_without_personal_data(tmp_path, demo, capsys, monkeypatch):
    from tankapp.services.members import registry as members

    who = "Åse Kjærgaard <aase@example.dk>"  # data that reached an exception's message

    def broken(*_a, **_k):
        raise RuntimeError(f"{who} broke it")

    monkeypatch.setattr(members, "list_members", broken)
    code, _out, err = run(capsys, "--db", demo, "members", "list")
    assert code == 1
    assert_one_line(err)
    assert "RuntimeError" in err and "Åse" not in err
    for handler in logging.getLogger().handlers:
        handler.flush()
    log = (tmp_path / "data" / "tankapp.log").read_text(encoding="utf-8")
    assert "RuntimeError" in log and "broken" in log  # the type and where it happened
    assert "Åse" not in log and "aase@example.dk" not in log


# ---------------------------------------------------------------- file modes and the log


def test_a_database_copied_with_wide_permissions_is_made_owner_only(tmp_path, demo):
    keeper = sqlite3.connect(demo, isolation_level=None)  # keeps -wal/-shm on disk while the CLI runs
    keeper.execute("PRAGMA journal_mode=WAL")
    keeper.execute("UPDATE think_tank SET name = name")
    files = [demo, demo.with_name(demo.name + "-wal"), demo.with_name(demo.name + "-shm")]
    try:
        for f in files:
            assert f.exists()
            os.chmod(f, 0o644)
        proc = tankapp(tmp_path, "--db", demo, "groups", "list")
        assert proc.returncode == 0, proc.stderr
        assert {f.name: stat.S_IMODE(f.stat().st_mode) for f in files} == {f.name: 0o600 for f in files}
    finally:
        keeper.close()


def test_log_files_stay_owner_only_after_rotation(tmp_path, monkeypatch):
    from tankapp.storage import logs, paths

    monkeypatch.setenv("TANKAPP_DATA_DIR", str(tmp_path / "logdata"))
    old_umask = os.umask(0o022)
    handler = logs.PrivateRotatingFileHandler(paths.log_path(), maxBytes=2_000, backupCount=2, delay=True)
    logger = logging.getLogger(f"rotation-test-{uuid.uuid4()}")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for i in range(200):
            logger.warning("line %d of a long log that rotates", i)
    finally:
        handler.close()
        os.umask(old_umask)
    files = sorted((tmp_path / "logdata").glob("tankapp.log*"))
    assert [f.name for f in files] == ["tankapp.log", "tankapp.log.1", "tankapp.log.2"]
    assert {f.name: stat.S_IMODE(f.stat().st_mode) for f in files} == {f.name: 0o600 for f in files}
    assert stat.S_IMODE((tmp_path / "logdata").stat().st_mode) == 0o700


def test_settings_file_is_owner_only(qapp, tmp_path):
    from tankapp.storage import paths
    from tankapp.ui.app import open_settings

    old_umask = os.umask(0o022)
    try:
        settings = open_settings()
        settings.setValue("export/folder", "/home/facilitator/Åse")
        settings.sync()
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(paths.settings_path().stat().st_mode) == 0o600


def test_a_refused_member_edit_logs_no_names(qapp, db, group_ids, caplog):
    from tankapp.services.members import registry as members
    from tankapp.services.members.registry import MemberInput
    from tankapp.ui.common.commands import AddMemberCommand
    from tankapp.ui.ops import Operations

    with db.session() as s:
        members.add_member(s, MemberInput(name="Åse Kjærgaard", email="aase@example.dk", group_id=group_ids["Forskere"]))
    messages = []
    twin = MemberInput(name="Bjørn Østergaard", email="aase@example.dk", group_id=group_ids["Forskere"])
    command = AddMemberCommand(Operations(db), twin, messages.append, "Tilføj Bjørn Østergaard")
    with caplog.at_level(logging.INFO):
        command.redo()
    assert messages and messages[0] and "Åse" in messages[0]  # the user is told who has the address
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "email_taken" in logged
    for private in ("Åse", "Kjærgaard", "Bjørn", "Østergaard", "aase@example.dk", "Forskere"):
        assert private not in logged


# ---------------------------------------------------------------- attachments


def test_an_attachment_name_too_long_in_bytes_opens(tmp_path, db):
    from tankapp.services.library import presentations as library

    source = tmp_path / "oplæg.pdf"
    source.write_bytes(b"%PDF-1.4 tiny")
    stored = library.store_file(source)
    long_name = "Brugerinddragelse på tværs af sektorer – " + "ø" * 180 + ".pdf"  # 400+ bytes in UTF-8
    with db.session() as s:
        p = library.create_presentation(s, library.PresentationInput(title="Oplæg"))
        att = library.add_attachment(s, p.id, stored, long_name)
        att_id = att.id
    with db.reading() as s:
        att = library.list_attachments(s, p.id)[0]
        assert att.id == att_id
        assert att.file_name.endswith(".pdf") and len(att.file_name.encode("utf-8")) <= 255
        copy = library.copy_for_opening(att)
    assert copy.read_bytes() == b"%PDF-1.4 tiny"
    assert copy.name.startswith("Brugerinddragelse")


def test_an_attachment_name_that_is_not_utf8_is_kept_as_text(tmp_path, db):
    from tankapp.services.library import presentations as library

    raw = os.fsencode(tmp_path) + b"/m\xf8de.pdf"  # a Latin-1 name from an old USB stick
    with open(raw, "wb") as fh:
        fh.write(b"%PDF-1.4")
    with db.session() as s:
        p = library.create_presentation(s, library.PresentationInput(title="Oplæg"))
        att = library.attach_file(s, p.id, Path(os.fsdecode(raw)))
        assert att.file_name == "m\ufffdde.pdf"


# ---------------------------------------------------------------- found by the outside attack


@pytest.mark.parametrize("command", [("members", "list"), ("init",), ("check",)])
def test_a_fifo_as_the_database_is_refused_not_waited_on(tmp_path, command):
    fifo = tmp_path / "tank.sqlite"
    os.mkfifo(fifo)
    proc = tankapp(tmp_path, "--db", fifo, *command)  # a read would block for ever
    assert_refused(proc, "not a regular file")


@pytest.mark.parametrize("typed", ["1_0", "１", "1e3", "0x1"])
def test_an_id_is_ascii_digits(tmp_path, demo, typed):
    proc = tankapp(tmp_path, "--db", demo, "attendance", "list", "--meeting", typed)
    assert proc.returncode == 2, proc.stderr
    assert_one_line(proc.stderr)
    assert "is not an id" in proc.stderr and proc.stdout == ""


def test_init_on_an_empty_world_readable_file_makes_it_owner_only(tmp_path):
    target = tmp_path / "z.sqlite"
    target.write_bytes(b"")
    os.chmod(target, 0o644)
    proc = tankapp(tmp_path, "--db", target, "init")
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_damaged_database_names_the_latest_good_backup(tmp_path, demo):
    made = tankapp(tmp_path, "--db", demo, "backup")
    assert made.returncode == 0, made.stderr
    data = demo.read_bytes()
    demo.write_bytes(data[: len(data) // 2])
    proc = tankapp(tmp_path, "--db", demo, "members", "list")
    assert_refused(proc, "damaged", "latest good backup", "restore")
    backup_path = made.stdout.split("Backed up to ", 1)[1].split(" (checked)")[0]
    assert backup_path in proc.stderr
    restored = tankapp(tmp_path, "--db", demo, "restore", backup_path)
    assert restored.returncode == 0, restored.stderr
    assert tankapp(tmp_path, "--db", demo, "members", "list").returncode == 0
