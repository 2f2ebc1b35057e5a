"""An export never destroys the database, a protected file or a device, and leaves no temporary file.

The rule (tankapp.services.targets): an export writes a new file or an existing regular,
writable file that is not the database, nor its -wal/-shm/-journal, its .lock or a backup
of it; links (symbolic and hard) to those count as those. Checked by the command line
(as a real process where it matters) and by the window's "Send out" menu.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import tankapp
from tankapp import cli
from tests.helpers import assert_one_line, run

PROJECT_ROOT = Path(tankapp.__file__).resolve().parent.parent
MEETING_KINDS = ["agenda", "minutes", "signin", "ics"]
ALL_KINDS = [*MEETING_KINDS, "contributions"]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files and signals")


@pytest.fixture
def out_dir(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def meeting_id(demo_file) -> int:
    """A held meeting with minutes and attendance."""
    from tankapp.services.meetings import planning as meetings
    from tankapp.storage import open_database

    with open_database(demo_file) as db, db.reading() as s:
        return next(m.id for m in meetings.list_meetings(s) if m.status.value == "held")


def export_args(kind: str, meeting_id: int, out: Path) -> list:
    if kind == "contributions":
        return ["export", "contributions", "--out", out]
    return ["export", kind, "--meeting", meeting_id, "--out", out]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def env_for(tmp_path: Path) -> dict:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        TANKAPP_DATA_DIR=str(tmp_path / "data"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")])),
    )
    return env


def tankapp_process(tmp_path: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tankapp", *map(str, args)],
        env=env_for(tmp_path), cwd=tmp_path, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )


def snapshot(capsys, db: Path) -> tuple:
    """The database's bytes, and what it lists: its meetings and its contributions (with their status)."""
    listed = []
    for what in ("meetings", "contributions"):
        code, out, err = run(capsys, "--db", db, what, "list", "--format", "json")
        assert code == 0, err
        listed.append(out)
    assert listed[0].count('"id"') >= 1
    return (digest(db) if isinstance(db, Path) else None), *listed  # a server database has no bytes here


def assert_database_intact(capsys, db: Path, before: tuple) -> None:
    """The same bytes, and it still opens and lists the same (a refused export marks nothing sent)."""
    assert snapshot(capsys, db) == before


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# ---------------------------------------------------------------- the database itself


@pytest.mark.sqlite_only("the database file and its companions as targets; a server database has no file here")
@pytest.mark.parametrize("kind", ALL_KINDS)
def test_export_onto_the_database_is_refused_as_a_real_process(capsys, tmp_path, demo_file, meeting_id, kind):
    before = snapshot(capsys, demo_file)
    result = tankapp_process(tmp_path, "--db", demo_file, *export_args(kind, meeting_id, demo_file))
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert_one_line(result.stderr)
    assert "is the tankapp database" in result.stderr and str(demo_file) in result.stderr
    assert leftovers(demo_file.parent) == []
    assert_database_intact(capsys, demo_file, before)


@pytest.mark.sqlite_only("the database file and its companions as targets; a server database has no file here")
@posix_only
@pytest.mark.parametrize("kind", ["agenda", "ics", "contributions"])
@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_export_onto_a_link_to_the_database_is_refused(capsys, demo_file, meeting_id, out_dir, kind, link):
    target = out_dir / ("report.csv" if kind == "contributions" else "agenda.pdf")
    if link == "symlink":
        target.symlink_to(demo_file)
    else:
        os.link(demo_file, target)
    before = snapshot(capsys, demo_file)
    code, out, err = run(capsys, "--db", demo_file, *export_args(kind, meeting_id, target))
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "is the tankapp database" in err
    # the link is still the link: the database was not replaced behind it
    assert os.path.samefile(target, demo_file)
    assert target.is_symlink() == (link == "symlink")
    assert_database_intact(capsys, demo_file, before)


@pytest.mark.sqlite_only("the database file and its companions as targets; a server database has no file here")
@pytest.mark.parametrize("companion", ["-wal", "-shm", "-journal", ".lock"])
def test_export_onto_the_databases_working_files_is_refused(capsys, demo_file, meeting_id, companion):
    target = demo_file.with_name(demo_file.name + companion)
    before = snapshot(capsys, demo_file)
    code, out, err = run(capsys, "--db", demo_file, *export_args("agenda", meeting_id, target))
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "is the tankapp database" in err
    assert not target.exists() or not target.read_bytes().startswith(b"%PDF")
    assert_database_intact(capsys, demo_file, before)


@pytest.mark.sqlite_only("the database file and its companions as targets; a server database has no file here")
def test_export_onto_a_backup_of_the_database_is_refused(capsys, tmp_path, demo_file, meeting_id):
    beside = demo_file.with_name(f"{demo_file.stem}.backup-0007-20261125-101500{demo_file.suffix}")
    shutil.copy(demo_file, beside)
    in_backups = tmp_path / "data" / "backups" / "tank-2026-11-25.sqlite"
    in_backups.parent.mkdir(parents=True)
    shutil.copy(demo_file, in_backups)
    for target in (beside, in_backups, in_backups.with_name("new.pdf")):
        before = digest(target) if target.exists() else None
        code, out, err = run(capsys, "--db", demo_file, *export_args("agenda", meeting_id, target))
        assert code == 1, target
        assert_one_line(err)
        assert "backup" in err
        assert (digest(target) if target.exists() else None) == before


@pytest.mark.sqlite_only("the database file and its companions as targets; a server database has no file here")
def test_a_wal_file_present_while_another_program_has_the_database_open(capsys, demo_file, meeting_id):
    """The window (or another tankapp) has the database open: its -wal holds the latest changes."""
    from tankapp.services.members import groups
    from tankapp.storage import open_database

    with open_database(demo_file) as other:
        with other.session() as s:
            groups.set_archived(s, groups.list_groups(s)[0].id, True)
        wal = demo_file.with_name(demo_file.name + "-wal")
        assert wal.stat().st_size > 0  # the change is in the -wal until a checkpoint
        before = digest(wal)
        code, out, err = run(capsys, "--db", demo_file, *export_args("signin", meeting_id, wal))
        assert code == 1
        assert_one_line(err)
        assert "is the tankapp database" in err
        assert digest(wal) == before
    with open_database(demo_file) as db, db.reading() as s:
        assert groups.list_groups(s)[-1].archived  # the change made it into the database


# ---------------------------------------------------------------- protected files and devices


@posix_only
@pytest.mark.parametrize("kind", ["minutes", "contributions"])
def test_export_onto_a_write_protected_file_is_refused(capsys, demo_file, meeting_id, out_dir, kind):
    """chmod 444: refused even for root, whom the permission itself would not stop."""
    target = out_dir / ("keep.json" if kind == "contributions" else "keep.pdf")
    target.write_text("the signed version")
    target.chmod(0o444)
    code, out, err = run(capsys, "--db", demo_file, *export_args(kind, meeting_id, target))
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "write-protected" in err and str(target) in err
    assert target.read_text() == "the signed version"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert leftovers(out_dir) == []


def test_a_file_the_user_may_not_write_is_refused(capsys, monkeypatch, demo_file, meeting_id, out_dir):
    """Someone else's file (os.access says no), though its mode has write bits."""
    target = out_dir / "theirs.pdf"
    target.write_text("theirs")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, m, **kw: False if Path(p) == target else real_access(p, m, **kw))
    code, out, err = run(capsys, "--db", demo_file, *export_args("agenda", meeting_id, target))
    assert code == 1
    assert "write-protected" in err
    assert target.read_text() == "theirs"


def test_an_existing_writable_file_is_replaced(capsys, demo_file, meeting_id, out_dir):
    target = out_dir / "old.pdf"
    target.write_text("last week's agenda")
    code, out, err = run(capsys, "--db", demo_file, *export_args("agenda", meeting_id, target))
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")
    assert leftovers(out_dir) == []


@posix_only
@pytest.mark.parametrize("kind", ["ics", "contributions"])
def test_export_onto_a_fifo_is_refused(capsys, demo_file, meeting_id, out_dir, kind):
    fifo = out_dir / ("pipe.csv" if kind == "contributions" else "pipe.ics")
    os.mkfifo(fifo)
    code, out, err = run(capsys, "--db", demo_file, *export_args(kind, meeting_id, fifo))
    assert code == 1
    assert out == ""
    assert_one_line(err)
    assert "not an ordinary file" in err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert leftovers(out_dir) == []


@posix_only
@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null")
def test_export_onto_dev_null_is_refused(capsys, monkeypatch, demo_file, meeting_id, out_dir):
    """/dev/null itself, and a link to it. (Were the check to fail, the move would fail the test, not replace /dev/null.)"""
    real_replace = os.replace

    def replace(src, dst, *a, **kw):
        assert os.path.realpath(dst) != "/dev/null", "an export moved a file onto /dev/null"
        return real_replace(src, dst, *a, **kw)

    monkeypatch.setattr(os, "replace", replace)
    link = out_dir / "null.pdf"
    link.symlink_to("/dev/null")
    for target in (Path("/dev/null"), link):
        code, out, err = run(capsys, "--db", demo_file, *export_args("agenda", meeting_id, target))
        assert code == 1
        assert_one_line(err)
        assert "not an ordinary file" in err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert link.is_symlink()


@posix_only
def test_atomic_write_refuses_a_device_appearing_at_write_time(tmp_path):
    """The check before the move: a FIFO made while the document was being written is not replaced."""
    from tankapp.export.files import NotRegularFile, atomic_write

    target = tmp_path / "late.pdf"

    def write(fh):
        fh.write(b"%PDF-1.4 ...")
        os.mkfifo(target)

    with pytest.raises(NotRegularFile):
        atomic_write(target, write)
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert leftovers(tmp_path) == []


# ---------------------------------------------------------------- interrupted exports


@pytest.mark.parametrize("kind", ["minutes", "contributions"])
def test_an_export_interrupted_in_process_leaves_no_temporary_file(capsys, monkeypatch, demo_file, meeting_id, out_dir, kind):
    from tankapp.export import files, pdf, tabular

    real = files.atomic_write

    def interrupted(path, write):
        def half(fh):
            fh.write(b"half a document")
            raise KeyboardInterrupt

        return real(path, half)

    monkeypatch.setattr(pdf, "atomic_write", interrupted)
    monkeypatch.setattr(tabular, "atomic_write", interrupted)
    target = out_dir / ("c.csv" if kind == "contributions" else "m.pdf")
    before = snapshot(capsys, demo_file)
    try:
        code = cli.main([str(a) for a in ["--db", demo_file, *export_args(kind, meeting_id, target)]])
    except KeyboardInterrupt:
        code = 130
    capsys.readouterr()
    assert code != 0
    assert list(out_dir.iterdir()) == []
    assert_database_intact(capsys, demo_file, before)


SLOW_EXPORT = """
import signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal, even if started in the background
from tankapp.export import files, pdf, tabular
real = files.atomic_write

def slow(path, write):
    def w(fh):
        write(fh)
        fh.flush()
        print("writing", flush=True)
        time.sleep(60)
    return real(path, w)

files.atomic_write = pdf.atomic_write = tabular.atomic_write = slow
from tankapp.cli import main
sys.exit(main(sys.argv[1:]))
"""


@posix_only
@pytest.mark.parametrize(
    ("kind", "signum"),
    [("minutes", signal.SIGTERM), ("minutes", signal.SIGINT), ("contributions", signal.SIGTERM)],
    ids=["minutes-SIGTERM", "minutes-SIGINT", "contributions-SIGTERM"],
)
def test_a_killed_export_leaves_no_temporary_file(capsys, tmp_path, demo_file, meeting_id, out_dir, kind, signum):
    """kill (SIGTERM) or Ctrl+C (SIGINT) half-way through writing: no .tmp file, no target, nothing marked sent."""
    target = out_dir / ("c.csv" if kind == "contributions" else "m.pdf")
    before = snapshot(capsys, demo_file)
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_EXPORT, "--db", str(demo_file), *map(str, export_args(kind, meeting_id, target))],
        env=env_for(tmp_path), cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout.readline() == "writing\n", proc.stderr.read()
        assert len(leftovers(out_dir)) == 1  # the document is half-way: its temporary file exists
        proc.send_signal(signum)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        stderr = proc.stderr.read()
        proc.stderr.close()
    assert proc.returncode not in (0, -signal.SIGTERM), stderr  # not killed outright: it cleaned up
    assert proc.returncode in (130, -signal.SIGINT, 1), stderr
    assert list(out_dir.iterdir()) == []
    assert_database_intact(capsys, demo_file, before)


def test_terminate_as_interrupt_restores_the_previous_handler():
    from tankapp.export.files import terminate_as_interrupt

    before = signal.getsignal(signal.SIGTERM)
    with terminate_as_interrupt():
        assert signal.getsignal(signal.SIGTERM) is not before
    assert signal.getsignal(signal.SIGTERM) is before


# ---------------------------------------------------------------- the check itself


@pytest.mark.sqlite_only("the database file and its companions as targets; a server database has no file here")
def test_check_export_target_codes(tmp_path, demo_file):
    from tankapp.services.errors import ServiceError
    from tankapp.services.targets import check_export_target

    def code(target) -> str | None:
        try:
            check_export_target(target, demo_file)
        except ServiceError as exc:
            return exc.code
        return None

    assert code(tmp_path / "new.pdf") is None
    assert code(demo_file) == "export_target_database"
    assert code(demo_file.with_name("TANK.SQLITE-wal")) == "export_target_database"  # case ignored
    assert code(demo_file.parent / ".." / demo_file.parent.name / demo_file.name) == "export_target_database"
    assert code(tmp_path) == "export_folder"
    assert code(tmp_path / "missing" / "x.pdf") == "export_folder"


# ---------------------------------------------------------------- the window


@pytest.fixture
def window(qtbot, db, tmp_path):
    from PySide6.QtCore import QSettings

    from tankapp.ui.main_window import MainWindow

    w = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.go_to("meetings")
    return w


def planned_meeting(db, group_ids) -> int:
    from tankapp.services.meetings import planning as meeting_service
    from tankapp.services.meetings.planning import MeetingInput

    with db.session() as s:
        return meeting_service.create_meeting(
            s, MeetingInput(title="Møde", date=dt.date(2026, 3, 12), start=dt.time(9, 30), end=dt.time(12, 30),
                            group_ids=[group_ids["Klinikere"]])
        ).id


@pytest.mark.parametrize("action", ["agenda_pdf_action", "ics_action", "minutes_action", "signin_action"])
def test_window_refuses_to_export_onto_the_database(qtbot, window, db, group_ids, monkeypatch, action):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    page = window.meetings_page
    mid = planned_meeting(db, group_ids)
    page.reload()
    page.select_meeting(mid)
    asked, warnings = [], []

    def fake_save(*args, **kwargs):
        asked.append((args, kwargs))
        return str(db.path), args[3] if len(args) > 3 else ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("offered to open a file not written"))
    before = digest(db.path)
    getattr(page, action).trigger()

    # the save dialog was left to confirm replacing an existing file (Qt's default)
    (args, kwargs), = asked
    options = kwargs.get("options", args[4] if len(args) > 4 else QFileDialog.Option(0))
    assert not options & QFileDialog.Option.DontConfirmOverwrite
    assert len(warnings) == 1 and str(db.path) in warnings[0]
    assert digest(db.path) == before
    with db.reading() as s:  # still the database, still open
        from tankapp.services.meetings import planning as meeting_service

        assert meeting_service.get_meeting(s, mid).title == "Møde"
    assert "Exported" not in window.statusBar().currentMessage()


@posix_only
def test_window_refuses_a_write_protected_file(qtbot, window, db, group_ids, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    page = window.meetings_page
    mid = planned_meeting(db, group_ids)
    page.reload()
    page.select_meeting(mid)
    target = tmp_path / "signed.pdf"
    target.write_text("signed")
    target.chmod(0o444)
    warnings = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("offered to open a file not written"))
    page.agenda_pdf_action.trigger()
    assert len(warnings) == 1 and "write-protected" in warnings[0]
    assert target.read_text() == "signed"


def test_the_window_says_why_in_its_own_words(qapp, tmp_path, demo_file):
    """Each refusal has its text for the window (translated by code), not the command line's English."""
    import errno

    from tankapp.export.files import NotRegularFile
    from tankapp.services.errors import ServiceError
    from tankapp.services.targets import check_export_target, write_error
    from tankapp.ui.common.texts import problem_text

    def shown(target) -> str:
        with pytest.raises(ServiceError) as info:
            check_export_target(target, demo_file)
        return problem_text(info.value.problem)

    assert shown(tmp_path) == f"{tmp_path} is a folder. Give the name of the file to save."
    assert shown(tmp_path / "gone" / "x.pdf") == f"The folder {tmp_path / 'gone'} does not exist."
    assert shown(demo_file).startswith(f"{demo_file} is the tankapp database")
    full = write_error(tmp_path / "x.pdf", OSError(errno.ENOSPC, "No space left on device"))
    assert full.code == "export_failed"
    assert problem_text(full.problem) == f"The file {tmp_path / 'x.pdf'} could not be saved: No space left on device."
    assert write_error(tmp_path / "x.pdf", NotRegularFile(errno.EINVAL, "not regular")).code == "export_target_not_regular"
