"""Meeting mode as a facilitator meets it on a laptop (issue: facilitator fixes).

It fits the screen it opens on with every control reachable; a knowledge item
shows its presenter and opens its presentation; what was captured is listed as
it is captured; late and left-early times are corrected and undone; a held
meeting's timer stays stopped; ending the meeting is a step of its own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTime
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from tankapp.domain.base import utcnow
from tankapp.domain.enums import AttendanceStatus as A
from tankapp.domain.enums import ContributionKind, MeetingStatus
from tankapp.services.meeting_mode import attendance, flow
from tankapp.services.meetings import minutes
from tankapp.services.meetings import planning as meetings
from tankapp.ui.meeting_mode.panes import CAPTURED_TAB
from tankapp.ui.meeting_mode.window import MeetingModeWindow
from tankapp.ui.ops import Operations
from tests.test_meeting_mode_ui import end_meeting, make_meeting, state_of


@pytest.fixture
def ops(db):
    return Operations(db)


@pytest.fixture
def mode(qtbot, db, ops, group_ids):
    mid, ids = make_meeting(db, group_ids)
    w = MeetingModeWindow(ops, mid)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.isActiveWindow)  # its keys are window shortcuts
    return w, mid, ids


def registration(db, mid, name):
    with db.reading() as s:
        return next(r for r in attendance.attendance(s, mid).rows if r.name == name)


def running(db, mid) -> bool:
    with db.reading() as s:
        return any(i.running for i in minutes.minutes(s, mid).items)


# ------------------------------------------------------------------ fitting the screen


CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def unreachable(w: QWidget) -> list[str]:
    """Controls that cannot be brought on screen: outside the window even after scrolling to them, or squeezed."""
    bad = []
    for c in w.findChildren(QWidget):
        if not isinstance(c, CONTROLS) or not c.isVisibleTo(w) or c.window() is not w:
            continue
        if isinstance(c.parentWidget(), (QAbstractSpinBox, QComboBox)):  # a part of the field, measured with it
            continue
        area, parent = None, c.parentWidget()
        while parent is not None and parent is not w:  # the pane's scroll area (not a list's own scrolling)
            if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(c):
                area = parent
                break
            parent = parent.parentWidget()
        visible = w.rect()
        if area is not None:  # scroll the whole control into view (ensureWidgetVisible minds only a cursor)
            at = c.mapTo(area.widget(), QPoint(0, 0))
            for bar, start, length, view in (
                    (area.verticalScrollBar(), at.y(), c.height(), area.viewport().height()),
                    (area.horizontalScrollBar(), at.x(), c.width(), area.viewport().width())):
                if start + length > bar.value() + view:
                    bar.setValue(start + length - view)
                if start < bar.value():
                    bar.setValue(start)
            QApplication.processEvents()
            visible = QRect(area.viewport().mapTo(w, QPoint(0, 0)), area.viewport().size())
        r = QRect(c.mapTo(w, QPoint(0, 0)), c.size())
        name = c.objectName() or f"{type(c).__name__} {getattr(c, 'text', lambda: '')()!r}"
        if c.width() < 12 or c.height() < 12 or (
                not isinstance(c, (QAbstractItemView, QPlainTextEdit)) and c.height() < c.minimumSizeHint().height()):
            bad.append(f"{name}: squeezed to {c.width()}x{c.height()}")
        elif r.height() > visible.height() or r.width() > visible.width():  # a big list: enough of it shows
            overlap = r.intersected(visible)
            if overlap.height() < 40 or overlap.width() < 60:
                bad.append(f"{name}: only {overlap.width()}x{overlap.height()} of it can be seen")
        elif not visible.contains(r) or not w.rect().contains(r):
            bad.append(f"{name}: at {r.getRect()}, outside {visible.getRect()}")
    return bad


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 720)])
def test_every_control_is_reachable_on_a_laptop_screen(qtbot, db, ops, group_ids, screen):
    """The worst case: capture form open, follow-ups shown, the end banner up; a task bar and a title bar."""
    from tankapp.services.meetings import agenda as agenda_service

    mid, _ = make_meeting(db, group_ids)
    with db.session() as s:
        item = agenda_service.agenda(s, mid).rows[1]
        minutes.add_action(s, item.id, minutes.ActionInput("Spred viden", dissemination=True))
        nxt = meetings.create_meeting(s, meetings.MeetingInput(
            title="Næste møde med en meget lang titel om pårørendeinddragelse i kommuner og regioner " * 3,
            date=dt.date(2026, 5, 1), start=dt.time(9), end=dt.time(12), group_ids=[group_ids["Klinikere"]])).id
        agenda_service.add_item(s, nxt, agenda_service.ItemInput(title="Velkomst", planned_minutes=10))
    w = MeetingModeWindow(ops, nxt)
    qtbot.addWidget(w)
    w.show()
    w.setWindowState(Qt.WindowState.WindowNoState)
    width, height = screen[0], screen[1] - 40 - 30  # a task bar and the window's title bar
    w.resize(width, height)
    w.capture.request(ContributionKind.BARRIER)
    w.end_banner.show()
    qtbot.waitUntil(lambda: w.size().width() == width and w.size().height() == height, timeout=2000)
    qtbot.wait(100)  # the layouts settle (wrapped labels ask again for their height at the new width)
    assert (w.width(), w.height()) == (width, height)  # the window did not grow past the screen
    assert w.followups_box.isVisible() and w.capture.isVisible()
    assert unreachable(w) == []
    assert w.heading.width() < width  # a long title is shortened, not widening the window
    assert w.heading.toolTip().startswith("Næste møde")


def test_meeting_mode_opens_fitting_its_screen(qtbot, mode):
    w, _, _ = mode
    area = w.screen().availableGeometry()
    assert w.isMaximized()
    assert area.contains(w.frameGeometry())
    assert w.minimumSizeHint().width() <= 1280 and w.minimumSizeHint().height() <= 600
    w.toggle_full_screen()
    assert w.isFullScreen()
    w.toggle_full_screen()
    assert not w.isFullScreen() and w.isMaximized()  # back as it opened


FIT_ON_SCREEN = textwrap.dedent("""
    import json, sys
    from PySide6.QtWidgets import QApplication
    from tankapp.storage import open_database
    from tankapp.ui.meeting_mode.window import MeetingModeWindow
    from tankapp.ui.ops import Operations
    app = QApplication([])
    db = open_database(sys.argv[1])
    w = MeetingModeWindow(Operations(db), int(sys.argv[2]))
    w.show()
    for _ in range(10):
        app.processEvents()
    area = w.screen().availableGeometry()
    normal = w.normalGeometry()
    print(json.dumps({"area": area.getRect(), "frame": w.frameGeometry().getRect(),
                      "inside": area.contains(w.frameGeometry()), "normal_inside": area.contains(normal),
                      "maximized": w.isMaximized()}))
    w.close()
""")


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 720), (1920, 1080)])
def test_meeting_mode_fits_a_real_screen_of_that_size(db, group_ids, tmp_path, screen):
    """A separate Qt with a screen of that size (its window frame drawn too)."""
    mid, _ = make_meeting(db, group_ids)
    db.close()
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": screen[0], "height": screen[1],
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    proc = subprocess.run([sys.executable, "-c", FIT_ON_SCREEN, str(db.path), str(mid)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["area"] == [0, 0, *screen]
    assert out["inside"] and out["normal_inside"] and out["maximized"], out


# ------------------------------------------------------------------ presenter and presentation


def _presentation(db, tmp_path, item_id, title, files, presenter="ViBIS"):
    from tankapp.services.library import presentations as library
    from tankapp.services.meetings import agenda as agenda_service

    stored = []
    for name, data in files:
        path = tmp_path / name
        path.write_bytes(data)
        stored.append((library.store_file(path), name))
    with db.session() as s:
        pid = library.create_presentation(s, library.PresentationInput(title=title, presenter=presenter)).id
        for st, name in stored:
            library.add_attachment(s, pid, st, name)
        item = agenda_service.get_item(s, item_id)
        agenda_service.update_item(s, item_id, agenda_service.ItemInput(
            title=item.title, planned_minutes=item.planned_minutes, presenter=item.presenter,
            presentation_ids=[p.id for p in item.presentations] + [pid]))
    return pid


def test_a_knowledge_item_shows_its_presenter_and_opens_its_presentation(qtbot, db, ops, group_ids, tmp_path,
                                                                         monkeypatch):
    from tankapp.services.meetings import agenda as agenda_service
    from tankapp.ui.ops import Changes

    mid, _ = make_meeting(db, group_ids)
    with db.reading() as s:
        rows = agenda_service.agenda(s, mid).rows
    _presentation(db, tmp_path, rows[1].id, "Pårørende som ressource", [("oplæg.pdf", b"%PDF-1.4 slides")],
                  presenter="Karen <Friis> & Co")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    w = MeetingModeWindow(ops, mid)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.isActiveWindow)  # the keys below are the window's shortcuts
    assert not w.presentation_row.isVisible()  # "Velkomst": nothing to present
    w.notes.setFocus()
    qtbot.keyClick(w.notes, Qt.Key.Key_PageDown)
    assert w.current_item().title == "Vidensoplæg" and w.presentation_row.isVisible()
    assert "Karen <Friis> & Co" in w.presentation_text.text()  # plain text, as typed
    assert "Pårørende som ressource" in w.presentation_text.text()
    qtbot.keyClick(w.notes, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    (url,) = opened
    assert url.isLocalFile() and url.toLocalFile().endswith("oplæg.pdf")
    with open(url.toLocalFile(), "rb") as f:
        assert f.read() == b"%PDF-1.4 slides"

    # A second presentation with two files: the button offers the three files.
    _presentation(db, tmp_path, rows[1].id, "Åben dialog", [("Q&A.pdf", b"A"), ("b.pdf", b"B")])
    ops.announce(Changes.of(agenda=[mid]))
    menu = w.open_presentation_button.menu()
    assert menu is not None and [a.text().replace("&&", "&") for a in menu.actions()] == [
        "Pårørende som ressource: oplæg.pdf", "Åben dialog: Q&A.pdf", "Åben dialog: b.pdf"]
    assert menu.actions()[1].text() == "Åben dialog: Q&&A.pdf"  # shown with its "&", not as a shortcut
    menu.actions()[2].trigger()
    assert opened[-1].toLocalFile().endswith("b.pdf")

    # The stored bytes gone: the status bar says so; nothing is opened.
    from tankapp.services.library.presentations import attachment_path

    for presentation, f in w.item_files():
        with db.reading() as s:
            from tankapp.services.library import presentations as library
            attachment_path(library.attachment_summary(s, f.id)).unlink()
    before = len(opened)
    menu.actions()[0].trigger()
    assert len(opened) == before and w.statusBar().currentMessage() != ""


# ------------------------------------------------------------------ what has been captured


def test_the_captured_list_grows_as_things_are_captured(qtbot, mode, db, ops):
    from tankapp.services.contributions.register import ContributionInput

    w, mid, ids = mode
    assert w.captured.total == 0 and w.right_tabs.tabText(CAPTURED_TAB) == "Captured"
    w.step(+1)  # "Vidensoplæg"
    qtbot.keyClicks(w.decision_edit, "Vi afprøver pårørenderåd")
    qtbot.keyClick(w.decision_edit, Qt.Key.Key_Return)
    assert w.captured.entries(w.captured.decisions) == ["Vi afprøver pårørenderåd"]
    qtbot.keyClicks(w.action_text, "Send <slides> til alle")
    qtbot.keyClick(w.action_text, Qt.Key.Key_Return)
    qtbot.keyClick(w.notes, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Alt+2: a barrier
    qtbot.keyClicks(w.capture.form.title, "Ledelsen spørger ikke")
    qtbot.keyClick(w.capture.form.title, Qt.Key.Key_Return)
    assert w.captured.entries(w.captured.actions) == ["Send <slides> til alle"]
    assert w.captured.entries(w.captured.contributions) == ["Ledelsen spørger ikke"]
    assert w.captured.total == 3 and w.right_tabs.tabText(CAPTURED_TAB).endswith("(3)")
    assert "Vidensoplæg" in w.captured.contributions.child(0).text(0)  # under which item

    # Captured in another window (or the register) for this meeting: the list follows the change event.
    with db.reading() as s:
        group = meetings.get_meeting(s, mid).groups[0].id
    ops.meeting_mode.capture_contribution(ContributionInput(
        title="Tid til brugerråd", group_id=group, meeting_id=mid, kind=ContributionKind.PROMOTER))
    assert w.captured.entries(w.captured.contributions) == ["Ledelsen spørger ikke", "Tid til brugerråd"]
    assert w.right_tabs.tabText(CAPTURED_TAB).endswith("(4)")

    # Enter on an entry goes to its item.
    w.step(-1)
    w.right_tabs.setCurrentIndex(CAPTURED_TAB)
    w.captured.setCurrentItem(w.captured.decisions.child(0))
    qtbot.keyClick(w.captured, Qt.Key.Key_Return)
    assert w.current_item().title == "Vidensoplæg"


# ------------------------------------------------------------------ late and left-early times


def _select(w, name):
    for r in range(w.attendance_proxy.rowCount()):
        if w.attendance_proxy.index(r, 0).data() == name:
            w.attendance_table.selectRow(r)
            return
    raise AssertionError(name)


def test_a_late_time_is_corrected_and_the_correction_undone(qtbot, mode, db):
    w, mid, _ = mode
    assert not w.time_button.isEnabled()  # nobody selected: no time to correct
    _select(w, "Zeki Ünal")
    qtbot.mouseClick(w.state_buttons[A.LATE], Qt.MouseButton.LeftButton)
    registered = registration(db, mid, "Zeki Ünal").arrived_at
    assert w.time_button.isEnabled() and w.time_label.text() == "Arrived at:"
    assert w.time_edit.time().toPython() == registered

    w.time_edit.setFocus()
    w.time_edit.setTime(QTime(9, 50))
    qtbot.keyClick(w.time_edit, Qt.Key.Key_Return)
    assert registration(db, mid, "Zeki Ünal").arrived_at == dt.time(9, 50)
    assert "09.50" in w.attendance_proxy.index(w.attendance_table.currentIndex().row(), 2).data()

    w.undo_action.trigger()
    again = registration(db, mid, "Zeki Ünal")
    assert (again.status, again.arrived_at) == (A.LATE, registered)
    w.redo_action.trigger()
    assert registration(db, mid, "Zeki Ünal").arrived_at == dt.time(9, 50)

    # Left early: the leaving time; leaving before arriving is refused and shown, nothing changes.
    qtbot.mouseClick(w.state_buttons[A.LEFT_EARLY], Qt.MouseButton.LeftButton)
    assert w.time_label.text() == "Left at:"
    w.time_edit.setTime(QTime(9, 0))
    qtbot.mouseClick(w.time_button, Qt.MouseButton.LeftButton)
    assert "09.00" in w.statusBar().currentMessage()
    left = registration(db, mid, "Zeki Ünal")
    assert left.left_at != dt.time(9, 0) and w.time_edit.time().toPython() == left.left_at
    w.time_edit.setTime(QTime(23, 59))
    qtbot.mouseClick(w.time_button, Qt.MouseButton.LeftButton)
    assert registration(db, mid, "Zeki Ünal").left_at == dt.time(23, 59)
    w.undo_action.trigger()
    assert registration(db, mid, "Zeki Ünal").left_at == left.left_at


# ------------------------------------------------------------------ a held meeting's timer


def test_a_held_meeting_does_not_reopen_with_a_running_timer(qtbot, db, ops, group_ids):
    mid, _ = make_meeting(db, group_ids)
    with db.session() as s:
        minutes.go_to_item(s, mid, 0, now=utcnow() - dt.timedelta(minutes=10))
        meetings.set_status(s, mid, MeetingStatus.HELD)  # the meetings page's "Mark as held" while it ran
    w = MeetingModeWindow(ops, mid)
    qtbot.addWidget(w)
    w.show()
    assert not w.timer_running() and not running(db, mid)
    assert w.timer_label.text().startswith("10:0")  # the time it ran is kept
    assert "held" in w.timer_caption.text()
    first = w.timer_label.text()
    qtbot.wait(1100)
    assert w.timer_label.text() == first  # not ticking
    qtbot.keyClick(w, Qt.Key.Key_PageDown)  # moving on does not start the next item's clock
    assert w.current_item().position == 1 and not w.timer_running() and not running(db, mid)


def test_a_meeting_ended_in_meeting_mode_reopens_stopped(qtbot, mode, db, ops, monkeypatch):
    w, mid, _ = mode
    monkeypatch.setattr(flow, "ending_day", lambda: dt.date(2026, 3, 12))
    assert w.timer_running() and running(db, mid)
    end_meeting(qtbot, w)
    assert not w.timer_running() and not running(db, mid)
    w.close()
    again = MeetingModeWindow(ops, mid)
    qtbot.addWidget(again)
    again.show()
    assert not again.timer_running() and not running(db, mid)


# ------------------------------------------------------------------ ending the meeting


def test_ending_the_meeting_settles_the_invited_moves_the_date_and_offers_the_minutes(qtbot, mode, db, ops,
                                                                                      monkeypatch, tmp_path):
    w, mid, _ = mode
    monkeypatch.setattr(flow, "ending_day", lambda: dt.date(2026, 3, 14))  # run two days late
    target = tmp_path / "Referat.pdf"
    asked = []

    def save_as(parent, title, default, filters):
        asked.append(default)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    w.filter.setText("åse")
    qtbot.keyClick(w.filter, Qt.Key.Key_Return)  # Åse came

    w.end_meeting()
    dialog = w.end_dialog
    assert [dialog.members.topLevelItem(i).text(0) for i in range(dialog.members.topLevelItemCount())] == [
        "Bo Ærø", "Søren Østergaard", "Zeki Ünal"]
    assert dialog.date_box.isVisible() and not dialog.ok_button.isEnabled()  # the date is asked, not assumed
    dialog.members.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(dialog.excused_button, Qt.MouseButton.LeftButton)
    dialog.choose_date(True)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists(), timeout=5000)

    states = {n: state_of(db, mid, n) for n in ("Åse Kjærgaard", "Bo Ærø", "Søren Østergaard", "Zeki Ünal")}
    assert states == {"Åse Kjærgaard": A.PRESENT, "Bo Ærø": A.EXCUSED, "Søren Østergaard": A.ABSENT,
                      "Zeki Ünal": A.ABSENT}
    with db.reading() as s:
        summary = meetings.meeting_summary(s, mid)
    assert (summary.status, summary.date) == (MeetingStatus.HELD, dt.date(2026, 3, 14))
    assert not running(db, mid) and not w.timer_running()
    assert w.end_banner.isVisible() and "14.03.2026" in w.end_text.text()
    assert asked and asked[0].endswith("Referat Klinikere 2026-03-14.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert w.counts.text().startswith("1 ")

    w.undo_action.trigger()  # a slip: the meeting goes on
    states = {n: state_of(db, mid, n) for n in ("Åse Kjærgaard", "Bo Ærø", "Søren Østergaard", "Zeki Ünal")}
    assert states == {"Åse Kjærgaard": A.PRESENT, "Bo Ærø": None, "Søren Østergaard": None, "Zeki Ünal": None}
    with db.reading() as s:
        summary = meetings.meeting_summary(s, mid)
    assert (summary.status, summary.date) == (MeetingStatus.PLANNED, dt.date(2026, 3, 12))
    assert running(db, mid) and w.timer_running() and not w.end_banner.isVisible()
    w.redo_action.trigger()
    assert state_of(db, mid, "Bo Ærø") == A.EXCUSED and not running(db, mid)


def test_an_end_refused_keeps_the_dialog_open_and_changes_nothing(qtbot, mode, db, monkeypatch):
    w, mid, _ = mode
    monkeypatch.setattr(flow, "ending_day", lambda: dt.date(2031, 6, 1))  # after the project period
    w.end_meeting()
    dialog = w.end_dialog
    qtbot.mouseClick(dialog.all_excused_button, Qt.MouseButton.LeftButton)
    dialog.choose_date(True)
    dialog.offer_minutes.setChecked(False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible() and "2031" in dialog.error.text()
    assert state_of(db, mid, "Bo Ærø") is None and running(db, mid)
    assert not w.undo_stack.canUndo()
    dialog.choose_date(False)  # keep the planned date: it ends
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert state_of(db, mid, "Bo Ærø") == A.EXCUSED and not running(db, mid)


def test_ending_a_meeting_with_everyone_registered_asks_nothing_more(qtbot, mode, db, monkeypatch):
    w, mid, ids = mode
    monkeypatch.setattr(flow, "ending_day", lambda: dt.date(2026, 3, 12))
    for name in ("Åse Kjærgaard", "Bo Ærø", "Søren Østergaard", "Zeki Ünal"):
        w.set_state(A.PRESENT, next(r for r in w.attendance_model.rows() if r.name == name))
    w.end_meeting()
    dialog = w.end_dialog
    assert not dialog.members_box.isVisible() and not dialog.date_box.isVisible() and dialog.ok_button.isEnabled()
    dialog.offer_minutes.setChecked(False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert meetings.meeting_summary(s, mid).status == MeetingStatus.HELD


# ------------------------------------------------------------------ keys


def test_f1_in_meeting_mode_lists_its_keys(qtbot, mode):
    from tankapp.ui.meeting_mode.keys import key_text

    w, _, _ = mode
    qtbot.keyClick(w, Qt.Key.Key_F1)
    box = w.shortcuts_box
    assert box.isVisible() and not box.isModal()  # the typing can go on
    for keys in ("PgDown", "Alt+1", "Ctrl+O", "F11", "Ctrl+Shift+Z"):
        assert key_text(keys) in box.text()


def test_the_main_windows_f1_overview_lists_meeting_modes_keys_in_the_users_language(qtbot, db, tmp_path,
                                                                                     monkeypatch):
    from PySide6.QtCore import QLibraryInfo, QSettings, QTranslator

    from tankapp.ui.main_window import MainWindow

    translator = QTranslator()
    assert translator.load("qtbase_da", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    QApplication.instance().installTranslator(translator)
    try:
        shown = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
        w = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        w.show_shortcuts()
    finally:
        QApplication.instance().removeTranslator(translator)
    (text,) = shown
    assert "Ctrl+Skift+Z" in text and "Ctrl+Shift+Z" not in text  # Qt's Danish key names
    assert "Ctrl+Op" in text and "PgDown" in text and "Alt+1" in text  # meeting mode's keys are there
