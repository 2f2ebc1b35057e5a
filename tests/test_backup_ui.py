"""Backups in the window: automatic ones, the status-bar line, backup to a file, restore, check, a damaged file.

What a facilitator would notice: the window makes a backup by itself soon after
it opens (never in the way), says when the last one was made, writes a checked
copy onto a USB stick, goes back to a backup without a restart (every list shows
the old data at once, and the restore can be undone), and when the database
itself is damaged it offers the latest good backup instead of just refusing.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from tankapp.services.members.registry import MemberInput
from tankapp.storage import backup as bk
from tankapp.storage import open_database, paths
from tankapp.ui.backups import actions as backup_ui
from tankapp.ui.ops import Operations
from tankapp.ui.ops.backups import BackupRow


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ops(db):
    return Operations(db)


@pytest.fixture
def window(qtbot, ops, settings):
    """The main window as the program shows it, without starting the automatic backups."""
    from tankapp.ui.main_window import MainWindow

    w = MainWindow(ops, settings)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def boxes(monkeypatch):
    """Record message boxes instead of showing them; ``click``: the text a button starts with."""
    seen = {"boxes": [], "click": None}

    def fake_exec(box):
        seen["boxes"].append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        for button in box.buttons():
            if seen["click"] and button.text().startswith(seen["click"]):
                button.click()
                break
        return 0

    def record(kind):
        def show(parent, title, text, *a, **k):
            seen["boxes"].append((text, kind, []))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    return seen


def _backups(db_path: Path) -> list[bk.BackupInfo]:
    return bk.list_backups(db_path, check=False)


def _add_member(ops, group_ids, name: str) -> int:
    return ops.members.add(MemberInput(name=name, group_id=group_ids["Forskere"])).id


def _names_in(path: Path) -> list[str]:
    with open_database(path) as db:
        return [m.name for m in _list_members(db)]


def _list_members(db):
    from tankapp.services.members import registry as members

    with db.reading() as s:
        return members.list_members(s)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ---------------------------------------------------------------- automatic backups


def test_starting_the_window_makes_an_owner_only_backup_after_it_is_shown(qtbot, db, ops, settings, group_ids):
    from tankapp.ui.app import show_main_window

    window = show_main_window(ops, settings)
    qtbot.addWidget(window)
    status = window.backup_status
    assert window.isVisible()
    assert _backups(db.path) == []  # not before the window is on screen
    assert status.label.text() == "Last backup: none yet"

    qtbot.waitUntil(lambda: status.last_result is not None, timeout=15000)

    (made,) = _backups(db.path)
    assert made.path.parent == paths.backups_dir() == Path(os.environ["TANKAPP_DATA_DIR"]) / "backups"
    assert _mode(made.path) == 0o600
    assert bk.check_database(made.path, full=True).ok
    assert status.last_result.made.path == made.path
    now = dt.datetime.now()
    assert status.label.text() == f"Last backup: today {made.made_at:%H.%M}" or now.date() != made.made_at.date()
    assert not status.stale and status.label.styleSheet() == ""

    # Work, then close: the closing backup holds it (and rotation keeps the newest of the day).
    _add_member(ops, group_ids, "Åse Kjærgaard")
    window.close()
    newest = _backups(db.path)[0]
    assert newest.path != made.path
    assert _names_in(newest.path) == ["Åse Kjærgaard"]
    assert _mode(newest.path) == 0o600


def test_an_hour_with_no_change_makes_no_new_backup(qtbot, window, db, ops, group_ids):
    status = window.backup_status
    status.start(delay_ms=0)
    qtbot.waitUntil(lambda: status.last_result is not None, timeout=15000)
    first = status.last_result
    status.last_result = None
    status._hourly()  # nothing changed since
    qtbot.wait(200)
    assert status.last_result is None and not ops.backups.busy()
    _add_member(ops, group_ids, "Bo Ørsted")
    status._hourly()
    qtbot.waitUntil(lambda: status.last_result is not None, timeout=15000)
    assert status.last_result.made is not None and status.last_result.made.path != first.made.path
    assert status.timer.interval() == 60 * 60 * 1000 and status.timer.isActive()


def test_the_status_line_turns_red_after_a_day(window):
    status = window.backup_status
    now = dt.datetime(2026, 3, 10, 14, 5)
    row = BackupRow(Path("x.sqlite"), dt.datetime(2026, 3, 10, 9, 30), 1000, True, False)
    status.show_latest(row, now)
    assert status.label.text() == "Last backup: today 09.30" and not status.stale
    status.show_latest(BackupRow(Path("x"), dt.datetime(2026, 3, 9, 16, 0), 1, True, False), now)
    assert status.label.text() == "Last backup: yesterday 16.00" and not status.stale
    status.show_latest(BackupRow(Path("x"), dt.datetime(2026, 3, 9, 14, 0), 1, True, False), now)
    assert status.stale and "color" in status.label.styleSheet()
    status.show_latest(BackupRow(Path("x"), dt.datetime(2026, 3, 1, 8, 0), 1, True, False), now)
    assert status.label.text() == "Last backup: 01.03.2026 08.00" and status.stale
    status.show_latest(None, now)
    assert status.label.text() == "Last backup: none yet" and status.stale


@pytest.mark.parametrize(
    "failure",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        bk.BackupError("Could not back up /x to /y: the disk is full. No backup was made; the database is untouched."),
    ],
    ids=["oserror", "backuperror"],
)
def test_a_failed_automatic_backup_is_a_status_message_and_the_window_keeps_working(
    qtbot, window, db, ops, group_ids, monkeypatch, caplog, failure
):
    def full_disk(*a, **k):
        raise failure

    monkeypatch.setattr(bk, "make_backup", full_disk)
    caplog.set_level(logging.INFO)
    status = window.backup_status
    status.start(delay_ms=0)
    qtbot.waitUntil(lambda: status.last_result is not None, timeout=15000)

    assert status.last_result.made is None and status.last_result.problem.reason == "disk_full"
    message = window.statusBar().currentMessage()
    assert "automatic backup failed" in message and "disk is full" in message
    assert status.label.text() == "Last backup: none yet" and status.stale
    lines = [r.getMessage() for r in caplog.records if "automatic backup failed" in r.getMessage()]
    assert lines == [f"automatic backup failed: disk_full ({type(failure).__name__})"]
    assert "/x" not in lines[0]

    window.go_to("members")
    _add_member(ops, group_ids, "Åse Kjærgaard")
    assert window.members_page.visible_names() == ["Åse Kjærgaard"]
    assert status.finish().made is None  # the closing one fails the same way, quietly


# ---------------------------------------------------------------- File > Back up to a file…


def test_back_up_to_a_file_writes_a_checked_copy_and_replaces_only_when_done(
    qtbot, window, db, ops, group_ids, tmp_path, monkeypatch, boxes
):
    usb = tmp_path / "usb"
    usb.mkdir()
    target = usb / "tankapp-kopi.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _add_member(ops, group_ids, "Åse Kjærgaard")

    window.backup_action.trigger()  # File > Back up to a file…
    assert bk.check_database(target, full=True).ok
    assert _mode(target) == 0o600
    assert _names_in(target) == ["Åse Kjærgaard"]
    assert "tankapp-kopi.sqlite" in boxes["boxes"][-1][0] and boxes["boxes"][-1][1] == "information"

    # The save dialog asked about replacing it (Qt does); the old one goes only once the new one is done.
    _add_member(ops, group_ids, "Bo Ørsted")
    backup_ui.back_up_to_file(window)
    assert sorted(_names_in(target)) == ["Bo Ørsted", "Åse Kjærgaard"]
    assert sorted(p.name for p in usb.iterdir()) == ["tankapp-kopi.sqlite"]  # no temporary file left

    # A new backup that fails leaves the old file as it was.
    before = target.read_bytes()
    monkeypatch.setattr(bk, "_online_copy", lambda *a, **k: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full")))
    assert backup_ui.back_up_to_file(window) is None
    assert target.read_bytes() == before
    assert sorted(p.name for p in usb.iterdir()) == ["tankapp-kopi.sqlite"]
    assert "No backup was made: The disk is full." in boxes["boxes"][-1][0]


def test_back_up_to_a_file_refuses_the_database_itself(qtbot, window, db, monkeypatch, boxes):
    before = db.path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(db.path), ""))
    assert backup_ui.back_up_to_file(window) is None
    assert db.path.read_bytes() == before
    (text, _informative, _buttons), = boxes["boxes"]
    assert "is the tankapp database" in text


# ---------------------------------------------------------------- File > Restore from a backup…


def choose_in_restore_dialog(monkeypatch, path: Path | None = None, seen: dict | None = None):
    from tankapp.ui.backups.actions import RestoreDialog

    def fake_exec(dialog):
        if seen is not None:
            seen["rows"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
            seen["chosen"] = dialog.chosen()
        if path is not None:
            assert dialog.select(path)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", fake_exec)


def test_restore_brings_back_the_data_in_every_view_without_a_restart(
    qtbot, window, db, ops, group_ids, monkeypatch, boxes
):
    _add_member(ops, group_ids, "Åse Kjærgaard")
    saved = ops.backups.make_auto().made
    window.go_to("members")
    _add_member(ops, group_ids, "Bo Ørsted")  # after the backup
    page = window.members_page
    assert sorted(page.visible_names()) == ["Bo Ørsted", "Åse Kjærgaard"]
    window.go_to("groups")
    forskere = lambda: next(g for g in window.groups_page.model.rows() if g.name == "Forskere")  # noqa: E731
    assert forskere().member_count == 2
    window.go_to("members")

    seen = {}
    choose_in_restore_dialog(monkeypatch, seen=seen)
    window.restore_action.trigger()  # File > Restore from a backup…

    assert seen["chosen"].path == saved.path  # the newest is offered first
    assert page.visible_names() == ["Åse Kjærgaard"]  # the shown list, at once
    window.go_to("groups")
    assert forskere().member_count == 1  # a view that was hidden, when shown
    assert [m.name for m in _list_members(ops._db)] == ["Åse Kjærgaard"]
    text = boxes["boxes"][-1][0]
    assert "before restore" in text
    assert window.undo_stack.count() == 0

    # Undo: the state before the restore is in the list, and restoring it brings Bo back.
    kept = next(r for r in ops.backups.list() if r.before_restore)
    assert sorted(_names_in(kept.path)) == ["Bo Ørsted", "Åse Kjærgaard"]
    seen = {}
    choose_in_restore_dialog(monkeypatch, kept.path, seen)
    assert window.restore_from_backup() is True
    assert any("(before restore)" in row for row in seen["rows"])
    window.go_to("members")
    assert sorted(page.visible_names()) == ["Bo Ørsted", "Åse Kjærgaard"]
    # The window goes on saving into the restored file.
    _add_member(ops, group_ids, "Carl Nielsen")
    assert "Carl Nielsen" in page.visible_names()
    assert window.backup_status.label.text().startswith("Last backup: today")


def test_restore_waits_for_a_running_automatic_backup(qtbot, window, db, ops, group_ids, monkeypatch, boxes):
    saved = ops.backups.make_auto().made
    _add_member(ops, group_ids, "Bo Ørsted")
    ops.backups.start_auto()  # still running, perhaps, when the restore starts
    choose_in_restore_dialog(monkeypatch, saved.path)
    assert window.restore_from_backup() is True
    assert _list_members(ops._db) == []


def test_a_refused_restore_leaves_the_window_working(qtbot, window, db, ops, group_ids, monkeypatch, boxes, tmp_path):
    _add_member(ops, group_ids, "Åse Kjærgaard")
    saved = ops.backups.make_auto().made

    def in_use(*a, **k):
        raise bk.DatabaseInUse("busy")

    monkeypatch.setattr(bk, "restore", in_use)
    choose_in_restore_dialog(monkeypatch, saved.path)
    assert window.restore_from_backup() is False
    assert "Nothing was restored" in boxes["boxes"][-1][0]
    _add_member(ops, group_ids, "Bo Ørsted")
    assert sorted(m.name for m in _list_members(ops._db)) == ["Bo Ørsted", "Åse Kjærgaard"]


def test_restore_dialog_lists_backups_newest_first_and_another_file(qtbot, ops, db, tmp_path, monkeypatch):
    older = bk.make_backup(db.path, now=dt.datetime.now() - dt.timedelta(days=1))
    newer = ops.backups.make_auto().made
    elsewhere = bk.make_backup(db.path, tmp_path / "stick.sqlite")
    dialog = backup_ui.RestoreDialog(ops)
    qtbot.addWidget(dialog)
    rows = [dialog.list.item(i).data(0x0100) for i in range(dialog.list.count())]
    assert [r.path for r in rows] == [newer.path, older.path]
    assert dialog.chosen().path == newer.path and dialog.ok_button.isEnabled()
    assert any("before restore" in label.text() for label in dialog.findChildren(QLabel))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(elsewhere.path), ""))
    dialog.choose_file()
    assert dialog.chosen().path == elsewhere.path


# ---------------------------------------------------------------- File > Check the database


def test_check_the_database(qtbot, window, db, boxes):
    window.check_action.trigger()
    assert "in order" in boxes["boxes"][-1][0]


# ---------------------------------------------------------------- a database that cannot be opened


@pytest.fixture
def damaged(db, group_ids, tmp_path):
    """A database with one member and a good backup of it, then damaged (half of it lost)."""
    from tankapp.services.members import registry as members

    with db.session() as s:
        members.add_member(s, MemberInput(name="Åse Kjærgaard", group_id=group_ids["Forskere"]))
    good = bk.make_backup(db.path, kind="auto")
    db.close()
    os.truncate(db.path, db.path.stat().st_size // 2)
    return db.path, good


def test_a_damaged_database_offers_the_latest_backup_and_opens_it(qtbot, damaged, boxes):
    from tankapp.ui.app import open_database_or_recover

    path, good = damaged
    damaged_bytes = path.read_bytes()
    boxes["click"] = "Restore the latest backup from"

    restored = open_database_or_recover(path)

    assert restored is not None
    try:
        assert [m.name for m in _list_members(restored)] == ["Åse Kjærgaard"]
    finally:
        restored.close()
    text, informative, buttons = boxes["boxes"][0]
    assert "is damaged" in text and "left exactly as it is" in text
    assert f"Restore the latest backup from today {good.made_at:%H.%M}" in buttons
    (kept,) = [b for b in bk.list_backups(path, check=False) if b.before_restore]
    assert kept.path.read_bytes() == damaged_bytes  # the damaged file, byte for byte
    assert _mode(kept.path) == 0o600
    assert str(kept.path) in boxes["boxes"][-1][0]  # says where it is


def test_closing_the_offer_leaves_the_damaged_file_as_it_was(qtbot, damaged, boxes):
    from tankapp.ui.app import open_database_or_recover

    path, _good = damaged
    damaged_bytes = path.read_bytes()
    boxes["click"] = "Close"
    assert open_database_or_recover(path) is None
    assert path.read_bytes() == damaged_bytes
    assert not [b for b in bk.list_backups(path, check=False) if b.before_restore]


def test_a_file_that_is_not_a_database_and_has_no_backup_is_explained(qtbot, tmp_path, boxes):
    from tankapp.ui.app import open_database_or_recover

    path = tmp_path / "notes.sqlite"
    path.write_text("not a database\n" * 20)
    assert open_database_or_recover(path) is None
    text, informative, buttons = boxes["boxes"][0]
    assert "is not a tankapp database" in text
    assert "No good backup" in informative
    assert not any(b.startswith("Restore") for b in buttons)
    assert path.read_text() == "not a database\n" * 20


def test_a_database_from_a_newer_tankapp_is_explained(qtbot, db, tmp_path, boxes):
    from sqlalchemy import text

    with db.session() as s:
        s.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    db.close()
    from tankapp.ui.app import open_database_or_recover

    boxes["click"] = "Close"
    assert open_database_or_recover(db.path) is None
    assert "newer version of tankapp" in boxes["boxes"][0][0]


def test_a_check_that_finds_damage_offers_the_latest_good_backup(qtbot, window, db, ops, monkeypatch, boxes):
    from tankapp.ui.ops.backups import CheckRow

    good = ops.backups.make_auto().made
    damage = CheckRow(False, ("Tree 7 page 12: btreeInitPage() returns error code 11",))
    monkeypatch.setattr(type(ops.backups), "check", lambda self: damage)
    offered = []
    monkeypatch.setattr(type(window), "restore_from_backup", lambda self, preselect=None: offered.append(preselect))
    boxes["click"] = "Restore the latest backup from"
    assert window.check_database() is False
    text, informative, buttons = boxes["boxes"][-1]
    assert "found problems" in text and "btreeInitPage" in informative
    assert offered == [good.path]
