"""Which database the window shows, and the think tank's settings.

What a facilitator would notice: trying the demo on first start leaves their own
database alone (the demo lives in demo.sqlite, and the title says "Demo"); the
title names the think tank and its file and follows a rename; File > New
database…, Open database… and Open recent switch the window to another file, and
nothing of the old one stays in any list; a file that is not a tankapp database,
a damaged one, or one open in another window is refused with one plain sentence
and left as it was; the think tank's name, period, meeting target and commitment
can be edited, with problems beside the fields, and Ctrl+Z puts them back.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from tankapp.services import thinktank
from tankapp.services.members.registry import MemberInput
from tankapp.storage import backup as bk
from tankapp.storage import open_database, paths
from tankapp.ui.ops import databases
from tankapp.ui.setup_dialog import SetupDialog
from tankapp.ui.thinktank import files
from tankapp.ui.thinktank.settings_dialog import ThinkTankDialog

OWN_NAME = "Tænketank Syd"


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def warnings(monkeypatch):
    """Message boxes recorded instead of shown: (title, text)."""
    seen: list[tuple[str, str]] = []

    def record(parent, title, text, *a, **k):
        seen.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return seen


@pytest.fixture
def workspace(qtbot, db, settings):
    """The window over ``db`` as the program shows it (with its lock and automatic backups)."""
    db.close()  # the workspace opens the file itself, as the program does
    ws = files.Workspace(settings)
    ws.show(databases.open_file(db.path))
    yield ws
    for w in QApplication.topLevelWidgets():
        if w.isVisible():
            w.close()
    ws.close()


def _own_file(tmp_path, name="own.sqlite", tank=OWN_NAME, members=()) -> Path:
    path = tmp_path / name
    with open_database(path, create=True) as db, db.session() as s:
        thinktank.setup_think_tank(s, thinktank.ThinkTankInput(name=tank, period_start=dt.date(2026, 1, 1)))
    if members:
        from tankapp.services.members import groups, registry

        with open_database(path) as db, db.session() as s:
            gid = groups.list_groups(s)[0].id
            for m in members:
                registry.add_member(s, MemberInput(name=m, group_id=gid))
    return path


def _texts(widget) -> str:
    """Every label's text in ``widget`` (what the facilitator reads there)."""
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in widget.findChildren(QLabel))


def _lock_file(path: Path) -> Path:
    return Path(str(path) + ".lock")


def _fill_setup(name: str, *, demo: bool = False, start: QDate | None = None):
    """Replace SetupDialog.exec: type a name and set it up (or choose the demo); returns the dialog's result."""
    seen = {}

    def fake_exec(dialog: SetupDialog):
        dialog.show()
        seen["dialog"] = dialog
        seen["demo_offered"] = dialog.demo_button.isVisible()
        if demo:
            dialog.demo_button.click()
        else:
            dialog.name.setText(name)
            if start is not None:
                dialog.start.setDate(start)
            dialog.create_button.click()
        return dialog.result()

    return fake_exec, seen


# ---------------------------------------------------------------- first start: the demo in its own file


@pytest.fixture
def gui(monkeypatch, qapp):
    """run_gui() with the event loop replaced: it records the windows shown, closes them and returns."""
    from tankapp.ui import app as gui_app
    from tankapp.ui.main_window import MainWindow

    umask = os.umask(0o077)
    os.umask(umask)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(gui_app, "setup_logging", lambda: None)
    seen: dict = {}

    def fake_exec(*_args):
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["titles"] = [w.windowTitle() for w in shown]
        seen["paths"] = [w.ops.path for w in shown]
        seen["status"] = [w.statusBar().currentMessage() for w in shown]
        for w in shown:
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    yield seen
    os.umask(umask)


def test_first_start_demo_never_creates_the_default_database(gui, monkeypatch):
    from tankapp.ui.app import run_gui

    fake, seen = _fill_setup("", demo=True)
    monkeypatch.setattr(SetupDialog, "exec", fake)
    default = paths.default_db_path()
    assert not default.exists()

    assert run_gui(lang="en") == 0

    assert seen["demo_offered"] and seen["dialog"].used_demo
    assert not default.exists()  # not made, not even empty
    assert not _lock_file(default).exists()
    demo = paths.demo_db_path()
    assert demo.parent == default.parent and demo.exists()
    assert gui["paths"] == [demo]
    assert gui["titles"][0].startswith("Demo: ") and "demo.sqlite" in gui["titles"][0]
    with open_database(demo) as db, db.reading() as s:
        from tankapp.services.members import registry

        assert len(registry.list_members(s)) >= 60
    assert not _lock_file(demo).exists()  # released when the window closed


def test_first_start_demo_leaves_an_existing_empty_database_byte_for_byte(gui, monkeypatch):
    from tankapp.ui.app import run_gui

    default = paths.default_db_path()
    open_database(default, create=True).close()  # a database with no think tank (an earlier start, cancelled)
    before = default.read_bytes()
    fake, _seen = _fill_setup("", demo=True)
    monkeypatch.setattr(SetupDialog, "exec", fake)

    assert run_gui(lang="en") == 0

    assert default.read_bytes() == before
    assert gui["paths"] == [paths.demo_db_path()]


def test_first_start_own_think_tank_goes_in_the_default_database_and_no_demo_is_made(gui, monkeypatch):
    from tankapp.ui.app import run_gui

    fake, _seen = _fill_setup(OWN_NAME)
    monkeypatch.setattr(SetupDialog, "exec", fake)

    assert run_gui(lang="en") == 0

    default = paths.default_db_path()
    assert gui["paths"] == [default]
    assert gui["titles"] == [f"{OWN_NAME} — tankapp.sqlite"]
    assert not paths.demo_db_path().exists()


def test_cancelling_the_first_start_makes_no_file(gui, monkeypatch):
    from tankapp.ui.app import run_gui

    monkeypatch.setattr(SetupDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    assert run_gui(lang="en") == 0
    assert "titles" not in gui  # no window
    assert not paths.default_db_path().exists() and not paths.demo_db_path().exists()
    assert not _lock_file(paths.default_db_path()).exists()


def test_the_demo_is_never_reopened_at_start_but_the_last_own_database_is(gui, monkeypatch, tmp_path):
    from tankapp.ui.app import run_gui

    fake, _seen = _fill_setup("", demo=True)
    monkeypatch.setattr(SetupDialog, "exec", fake)
    assert run_gui(lang="en") == 0
    # Next start: the default database still holds nothing, so the welcome comes again (not the demo).
    offered = []
    monkeypatch.setattr(SetupDialog, "exec", lambda d: offered.append(d) or QDialog.DialogCode.Rejected)
    assert run_gui(lang="en") == 0
    assert len(offered) == 1

    # A database opened in the window is the one the next start opens.
    own = _own_file(tmp_path)
    assert run_gui(db_path=str(own), lang="en") == 0
    assert run_gui(lang="en") == 0
    assert gui["paths"] == [own]

    # It has gone (a USB stick): the default database, and the window says which was not found.
    own.unlink()
    monkeypatch.setattr(SetupDialog, "exec", _fill_setup(OWN_NAME)[0])
    assert run_gui(lang="en") == 0
    assert gui["paths"] == [paths.default_db_path()]
    assert str(own) in gui["status"][0] and "not found" in gui["status"][0]


def test_start_path_order(settings, tmp_path):
    from tankapp.ui.app import start_path

    own = _own_file(tmp_path)
    assert start_path(None, settings) == (paths.default_db_path(), None)
    files.remember(settings, own, is_demo=False)
    assert start_path(None, settings) == (own, None)
    files.remember(settings, paths.demo_db_path(), is_demo=True)
    assert start_path(None, settings) == (own, None)  # the demo is opened only when chosen
    assert start_path(str(tmp_path / "x.sqlite"), settings) == (tmp_path / "x.sqlite", None)
    own.unlink()
    assert start_path(None, settings) == (paths.default_db_path(), own)


def test_the_demo_is_made_once_and_kept(qtbot):
    first = databases.open_demo()
    first.ops.thinktank.update(
        thinktank.ThinkTankInput(**{**first.ops.thinktank.settings().__dict__, "name": "Min prøve"})
    )
    first.close()
    again = databases.open_demo()
    try:
        assert again.ops.thinktank.identity().name == "Min prøve"  # what was tried is still there
        assert again.is_demo
    finally:
        again.close()


# ---------------------------------------------------------------- the title


def test_title_names_think_tank_and_file_and_follows_a_rename(qtbot, workspace, db):
    window = workspace.window
    assert window.windowTitle() == "Tænketank for brugerinddragelse — tank.sqlite"
    data = window.ops.thinktank.settings()
    window.ops.thinktank.update(thinktank.ThinkTankInput(**{**data.__dict__, "name": "<b>Nord</b> & Syd"}))
    assert window.windowTitle() == "<b>Nord</b> & Syd — tank.sqlite"  # as typed, never as markup


def test_title_says_demo(qtbot, settings):
    ws = files.Workspace(settings)
    window = ws.show(databases.open_demo())
    try:
        assert window.windowTitle() == "Demo: Tænketank for brugerinddragelse (demo) — demo.sqlite"
    finally:
        window.close()
        ws.close()


# ---------------------------------------------------------------- File > Open database…


def _choose_file(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_open_database_switches_and_keeps_nothing_of_the_old_one(qtbot, workspace, db, tmp_path, monkeypatch,
                                                                 group_ids):
    old_window = workspace.window
    old_window.ops.members.add(MemberInput(name="Åse Kjærgaard", group_id=group_ids["Forskere"]))
    old_window.go_to("members")
    assert old_window.members_page.visible_names() == ["Åse Kjærgaard"]
    other = _own_file(tmp_path, "nord.sqlite", "Tænketank Nord", members=["Bjørn Østergaard"])
    _choose_file(monkeypatch, other)

    old_window.open_database_action.trigger()

    new_window = workspace.window
    assert new_window is not old_window and new_window.isVisible() and not old_window.isVisible()
    assert new_window.windowTitle() == "Tænketank Nord — nord.sqlite"
    new_window.ensure_started()
    new_window.go_to("members")
    assert new_window.members_page.visible_names() == ["Bjørn Østergaard"]
    assert new_window.undo_group.activeStack().count() == 0
    # The old database is closed and its lock released; the new one is locked.
    assert not _lock_file(db.path).exists() and _lock_file(other).exists()
    assert workspace.handle.path == other
    assert "nord.sqlite" in new_window.statusBar().currentMessage()


def test_switching_makes_the_closing_backup_of_the_old_database(qtbot, workspace, db, tmp_path, monkeypatch,
                                                               group_ids):
    window = workspace.window
    qtbot.waitUntil(lambda: window.backup_status.last_result is not None, timeout=15000)  # the one at start
    window.ops.members.add(MemberInput(name="Åse Kjærgaard", group_id=group_ids["Forskere"]))
    made_before = len(bk.list_backups(db.path, check=False))
    _choose_file(monkeypatch, _own_file(tmp_path, "nord.sqlite", "Tænketank Nord"))
    window.open_database()
    backups = bk.list_backups(db.path, check=False)
    assert len(backups) >= made_before  # rotation keeps the newest of the day: it holds the change
    with open_database(backups[0].path) as copy, copy.reading() as s:
        from tankapp.services.members import registry

        assert [m.name for m in registry.list_members(s)] == ["Åse Kjærgaard"]


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda p: p.write_text("Navn;E-mail\nÅse;a@b.dk\n", encoding="utf-8"), "is not a tankapp database"),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000), "is not a tankapp database"),
        ("damaged", "is damaged"),
        ("newer", "newer version of tankapp"),
    ],
    ids=["csv", "sqlite-header-only", "damaged", "newer"],
)
def test_open_database_refuses_a_file_that_is_not_a_good_tankapp_database(qtbot, workspace, tmp_path, monkeypatch,
                                                                          warnings, demo_file, make, words):
    import sqlite3

    path = tmp_path / "bad.sqlite"
    if make == "damaged":
        data = bytearray(demo_file.read_bytes())
        data[len(data) // 2: len(data) // 2 + 4096] = b"\xff" * 4096  # pages in the middle overwritten
        path.write_bytes(bytes(data))
    elif make == "newer":
        path.write_bytes(demo_file.read_bytes())
        with sqlite3.connect(path) as con:
            con.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
        con.close()
    else:
        make(path)
    before = path.read_bytes()
    window = workspace.window
    _choose_file(monkeypatch, path)

    assert window.open_database() is False

    assert workspace.window is window and window.isVisible()
    (title, text), = warnings
    assert title == "Open database" and words in text and str(path) in text
    assert path.read_bytes() == before  # left exactly as it was
    assert not _lock_file(path).exists()
    assert not Path(str(path) + "-wal").exists()


def test_open_database_refuses_a_file_open_in_another_window(qtbot, workspace, tmp_path, monkeypatch, warnings):
    other = _own_file(tmp_path, "nord.sqlite", "Tænketank Nord")
    held = databases.try_lock(other)  # another tankapp window has it
    assert held is not None
    try:
        _choose_file(monkeypatch, other)
        assert workspace.window.open_database() is False
        assert "is open in another tankapp window" in warnings[0][1]
    finally:
        held.unlock()


def test_one_lock_per_file_across_processes(tmp_path):
    other = _own_file(tmp_path, "nord.sqlite", "Tænketank Nord")
    handle = databases.open_file(other)
    code = (
        "import sys; from tankapp.ui.ops import databases; from tankapp.services.errors import ServiceError\n"
        "try:\n"
        f"    databases.open_file({str(other)!r})\n"
        "except ServiceError as exc:\n"
        "    sys.exit(0 if exc.code == 'file_in_use' else 4)\n"
        "sys.exit(3)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        assert subprocess.run([sys.executable, "-c", code], env=env).returncode == 0
    finally:
        handle.close()
    assert subprocess.run([sys.executable, "-c", code], env=env).returncode == 3


def test_opening_the_database_already_open_does_nothing(qtbot, workspace, db, monkeypatch, warnings):
    window = workspace.window
    _choose_file(monkeypatch, db.path)
    assert window.open_database() is False
    assert workspace.window is window and window.isVisible() and warnings == []
    assert "open now" in window.statusBar().currentMessage()


def test_open_a_tankapp_database_with_no_think_tank_sets_one_up_there(qtbot, workspace, tmp_path, monkeypatch):
    empty = tmp_path / "empty.sqlite"
    open_database(empty, create=True).close()
    fake, seen = _fill_setup("Tænketank Øst")
    monkeypatch.setattr(SetupDialog, "exec", fake)
    _choose_file(monkeypatch, empty)
    assert workspace.window.open_database() is True
    assert not seen["demo_offered"]
    assert workspace.window.windowTitle() == "Tænketank Øst — empty.sqlite"


# ---------------------------------------------------------------- File > New database…


def _save_as(monkeypatch, path, seen=None):
    def fake(*args, **kwargs):
        if seen is not None:
            seen.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))


def test_new_database_asks_where_sets_up_and_switches(qtbot, workspace, db, tmp_path, monkeypatch):
    asked = []
    _save_as(monkeypatch, tmp_path / "ny" / "tænketank 2027", asked)  # no ending: .sqlite is added
    (tmp_path / "ny").mkdir()
    fake, seen = _fill_setup("Tænketank 2027", start=QDate(2027, 1, 1))
    monkeypatch.setattr(SetupDialog, "exec", fake)
    old = workspace.window

    old.new_database_action.trigger()

    made = tmp_path / "ny" / "tænketank 2027.sqlite"
    assert made.exists() and workspace.handle.path == made
    assert not seen["demo_offered"] and "tænketank 2027.sqlite" in seen["dialog"].intro.text()
    window = workspace.window
    assert window is not old and window.windowTitle() == "Tænketank 2027 — tænketank 2027.sqlite"
    settings = window.ops.thinktank.settings()
    assert settings.period_start == dt.date(2027, 1, 1)
    window.ensure_started()
    window.go_to("groups")
    assert len(window.groups_page.model.rows()) == 6
    assert not _lock_file(db.path).exists()
    assert files.recent_files(window.settings)[:2] == [made, db.path]
    assert asked and asked[0][2].endswith(".sqlite")  # a name is suggested


def test_new_database_never_replaces_a_file(qtbot, workspace, db, tmp_path, monkeypatch, warnings):
    existing = tmp_path / "notes.sqlite"
    existing.write_text("my notes", encoding="utf-8")
    _save_as(monkeypatch, existing)
    monkeypatch.setattr(SetupDialog, "exec", lambda d: pytest.fail("no set-up for a file that exists"))
    assert workspace.window.new_database() is False
    assert existing.read_text(encoding="utf-8") == "my notes"
    assert "already exists" in warnings[0][1]
    # Not even the open database itself.
    _save_as(monkeypatch, db.path)
    assert workspace.window.new_database() is False
    assert workspace.handle.path == db.path


def test_cancelled_new_database_leaves_no_file(qtbot, workspace, tmp_path, monkeypatch):
    _save_as(monkeypatch, tmp_path / "ny.sqlite")
    monkeypatch.setattr(SetupDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    window = workspace.window
    assert window.new_database() is False
    assert not (tmp_path / "ny.sqlite").exists() and not _lock_file(tmp_path / "ny.sqlite").exists()
    assert workspace.window is window


def test_new_database_that_cannot_be_made_says_so_beside_the_button_and_leaves_nothing(qtbot, workspace, tmp_path,
                                                                                        monkeypatch):
    not_a_folder = tmp_path / "notes.txt"  # the chosen "folder" is a file: nothing can be made in it
    not_a_folder.write_text("x", encoding="utf-8")
    _save_as(monkeypatch, not_a_folder / "ny.sqlite")
    seen = {}

    def fake_exec(dialog):
        dialog.create_button.click()
        seen["error"] = dialog.error.text()
        return dialog.result()

    monkeypatch.setattr(SetupDialog, "exec", fake_exec)
    window = workspace.window
    assert window.new_database() is False
    assert "cannot use the folder" in seen["error"]
    assert list(tmp_path.rglob("ny.sqlite*")) == [] and not_a_folder.read_text(encoding="utf-8") == "x"
    assert workspace.window is window


def test_set_up_file_removes_a_file_it_made_when_set_up_fails(tmp_path, monkeypatch):
    from tankapp.services.errors import ServiceError

    path = tmp_path / "ny.sqlite"

    def fail(s, data, **kw):
        raise ServiceError(thinktank.problem("storage_disk_full", "full"))

    monkeypatch.setattr(thinktank, "setup_think_tank", fail)
    with pytest.raises(ServiceError):
        databases.create_file(path, thinktank.ThinkTankInput(period_start=dt.date(2026, 1, 1)))
    assert sorted(p.name for p in tmp_path.iterdir()) == []


# ---------------------------------------------------------------- File > Open recent


def test_open_recent_lists_the_last_five_and_shows_missing_ones_disabled(qtbot, workspace, db, tmp_path, monkeypatch):
    window = workspace.window
    made = [_own_file(tmp_path, f"t{i}.sqlite", f"Tænketank {i}") for i in range(6)]
    for path in made:
        assert workspace.window.open_database(path)
    made[2].unlink()
    window = workspace.window
    menu = window.recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if not a.isSeparator()][:-1]  # the last one clears the list
    assert [Path(a.data()) for a in entries] == [made[5], made[4], made[3], made[2], made[1]]
    assert not entries[0].isEnabled() and "(open now)" in entries[0].text()
    assert not entries[3].isEnabled() and "(not found)" in entries[3].text()
    assert entries[1].isEnabled() and entries[1].text().startswith("&2")

    entries[4].trigger()  # t1
    assert workspace.handle.path == made[1]
    assert workspace.window.windowTitle() == "Tænketank 1 — t1.sqlite"

    workspace.window.recent_menu.aboutToShow.emit()
    clear = workspace.window.recent_menu.actions()[-1]
    clear.trigger()
    assert files.recent_files(workspace.settings) == []


def test_recent_menu_shows_a_file_name_with_an_ampersand_as_itself(qtbot, workspace, tmp_path):
    path = _own_file(tmp_path, "R&D.sqlite", "Tænketank R&D")
    assert workspace.window.open_database(path)
    menu = workspace.window.recent_menu
    menu.aboutToShow.emit()
    assert "R&&D.sqlite" in menu.actions()[0].text()


# ---------------------------------------------------------------- File > Think tank settings…


def _edit(monkeypatch, **changes):
    """Replace ThinkTankDialog.exec: set the fields, press Save; returns what the dialog showed."""
    seen = {}

    def fake_exec(dialog: ThinkTankDialog):
        dialog.show()
        for name, value in changes.items():
            widget = getattr(dialog, name)
            if isinstance(value, str):
                widget.setText(value)
            elif isinstance(value, dt.date):
                widget.setDate(QDate(value.year, value.month, value.day))
            else:
                widget.setValue(value)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        seen["errors"] = {k: e.text() for k, e in dialog.errors.items() if e.isVisibleTo(dialog)}
        seen["error"] = dialog.error.text()
        seen["dialog"] = dialog
        return dialog.result()

    monkeypatch.setattr(ThinkTankDialog, "exec", fake_exec)
    return seen


def test_settings_change_updates_every_view_and_undoes(qtbot, workspace, db, monkeypatch):
    window = workspace.window
    window.ensure_started()
    window.go_to("meetings")
    assert "of 18" in window.meetings_page.progress.text()
    _edit(
        monkeypatch,
        name="Tænketank for brugerinddragelse 2026-27",
        period_end=dt.date(2027, 6, 30),
        meeting_target=24,
        commitment_min=3,
        commitment_max=5,
    )

    assert window.settings_action.isEnabled()
    window.settings_action.trigger()

    after = window.ops.thinktank.settings()
    assert (after.name, after.period_end, after.meeting_target, after.commitment_min, after.commitment_max) == (
        "Tænketank for brugerinddragelse 2026-27", dt.date(2027, 6, 30), 24, 3, 5)
    assert window.windowTitle() == "Tænketank for brugerinddragelse 2026-27 — tank.sqlite"
    assert "of 24" in window.meetings_page.progress.text()
    window.go_to("status")
    qtbot.waitUntil(lambda: "Tænketank for brugerinddragelse 2026-27" in _texts(window.status_page))

    window.undo_action.trigger()  # Ctrl+Z
    back = window.ops.thinktank.settings()
    assert (back.name, back.period_end, back.meeting_target, back.commitment_max) == (
        "Tænketank for brugerinddragelse", dt.date(2027, 3, 31), 18, 4)
    assert window.windowTitle() == "Tænketank for brugerinddragelse — tank.sqlite"
    qtbot.waitUntil(lambda: "2026-27" not in _texts(window.status_page))  # it may gather a burst of changes
    window.redo_action.trigger()
    assert window.ops.thinktank.settings().meeting_target == 24
    window.undo_action.trigger()
    window.go_to("meetings")
    assert "of 18" in window.meetings_page.progress.text()


def test_settings_undo_from_the_members_section(qtbot, workspace, monkeypatch):
    window = workspace.window
    window.ensure_started()
    window.go_to("members")
    _edit(monkeypatch, meeting_target=20)
    window.edit_think_tank()
    assert window.ops.thinktank.settings().meeting_target == 20
    window.undo_action.trigger()
    assert window.ops.thinktank.settings().meeting_target == 18


@pytest.mark.parametrize(
    "changes, field, words",
    [
        ({"name": "   "}, "name", "give the think tank a name"),
        ({"name": "Tænketank\nSyd"}, "name", "line break"),
        ({"name": "Tænke\u202etank"}, "name", "control character"),
        ({"period_end": dt.date(2025, 12, 1)}, "period_end", "must end after it starts"),
        ({"commitment_min": 5, "commitment_max": 2}, "commitment_min", "must not be above"),
    ],
    ids=["blank", "newline", "bidi", "end-before-start", "commitment"],
)
def test_settings_problems_are_shown_beside_the_field_and_nothing_is_saved(qtbot, workspace, monkeypatch, changes,
                                                                          field, words):
    window = workspace.window
    before = window.ops.thinktank.settings()
    title = window.windowTitle()
    seen = _edit(monkeypatch, **changes)
    assert window.edit_think_tank() is False
    assert list(seen["errors"]) == [field] and words in seen["errors"][field].lower() + seen["errors"][field]
    assert window.ops.thinktank.settings() == before
    assert window.windowTitle() == title
    assert window.undo_group.activeStack() is None or window.undo_group.activeStack().count() == 0


def test_settings_refuse_a_period_that_leaves_meetings_outside(qtbot, workspace, monkeypatch, group_ids):
    from tankapp.services.meetings.planning import MeetingInput

    window = workspace.window
    window.ops.meetings.create(
        MeetingInput(title="Forår", group_ids=[group_ids["Forskere"]], date=dt.date(2026, 3, 12),
                     start=dt.time(9), end=dt.time(12))
    )
    seen = _edit(monkeypatch, period_start=dt.date(2026, 4, 1))
    assert window.edit_think_tank() is False
    assert "12.03.2026" in seen["errors"]["period_start"] and "1" in seen["errors"]["period_start"]
    assert window.ops.thinktank.settings().period_start == dt.date(2026, 1, 1)


def test_settings_take_names_in_many_scripts_and_refuse_a_name_too_long(qtbot, workspace, monkeypatch):
    window = workspace.window
    name = "Ærø-tænketank · Zoë · Łódź · Тест · 思考 · مرحبا · 🧠"
    _edit(monkeypatch, name=name)
    assert window.edit_think_tank() is True
    assert window.windowTitle() == f"{name} — tank.sqlite"
    # The field holds at most 200 characters; the service refuses more from anywhere else.
    seen = _edit(monkeypatch, name="x" * 500)
    window.edit_think_tank()
    assert len(seen["dialog"].name.text()) == 200
    from tankapp.services.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        window.ops.thinktank.update(thinktank.ThinkTankInput(**{**window.ops.thinktank.settings().__dict__,
                                                                "name": "x" * 201}))
    assert caught.value.problems[0].code == "think_tank_name_too_long"


def test_settings_unchanged_make_no_undo_step(qtbot, workspace, monkeypatch):
    window = workspace.window
    _edit(monkeypatch)
    assert window.edit_think_tank() is False
    assert window.general_undo.count() == 0 and window.undo_stack.count() == 0
