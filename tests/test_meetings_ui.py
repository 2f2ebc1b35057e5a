"""Planning a meeting and building its agenda through the real widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTime
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from tankapp.domain.enums import AgendaItemKind as Kind
from tankapp.domain.enums import MeetingStatus
from tankapp.services.meetings import agenda as agenda_service
from tankapp.services.meetings import planning as meeting_service
from tankapp.services.meetings.agenda import ItemInput
from tankapp.services.meetings.planning import MeetingInput
from tankapp.ui.common import texts
from tankapp.ui.meetings.agenda_editor import ROW_MIME, ItemDialog
from tankapp.ui.meetings.dialog import MeetingDialog
from tankapp.ui.ops import Kind as Changed
from tankapp.ui.ops import Operations


@pytest.fixture
def ops(db):
    return Operations(db)


@pytest.fixture
def window(qtbot, db, tmp_path):
    from tankapp.ui.main_window import MainWindow

    w = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.go_to("meetings")
    return w


def plan(db, group_ids, title="Møde", groups=("Klinikere",), day=dt.date(2026, 3, 12),
         start=dt.time(9, 30), end=dt.time(12, 30)):
    with db.session() as s:
        return meeting_service.create_meeting(
            s, MeetingInput(title=title, date=day, start=start, end=end, group_ids=[group_ids[g] for g in groups])
        ).id


def items(db, meeting_id, *specs):
    with db.session() as s:
        for title, minutes in specs:
            agenda_service.add_item(s, meeting_id, ItemInput(title=title, planned_minutes=minutes))


def agenda_titles(db, meeting_id):
    with db.reading() as s:
        return [r.title for r in agenda_service.agenda(s, meeting_id).rows]


def test_plan_a_meeting_from_a_template(qtbot, window, db, group_ids, monkeypatch):
    page = window.meetings_page
    assert page.list_stack.currentWidget() is page.empty  # says what to do first

    def fake_exec(dialog: MeetingDialog):
        qtbot.keyClicks(dialog.title, "Opstartsmøde for Klinikere")
        for i in range(dialog.groups.count()):
            if dialog.groups.item(i).text() == "Klinikere":
                dialog.groups.item(i).setCheckState(Qt.CheckState.Checked)
        dialog.date.setDate(QDate(2026, 3, 12))
        dialog.template.setCurrentIndex(dialog.template.findData("builtin:half_day"))
        qtbot.keyClicks(dialog.place, "ViBIS, Ørestad")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", fake_exec)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)

    assert page.visible_titles() == ["Opstartsmøde for Klinikere"]
    assert page.agenda.meeting_id is not None  # the new meeting is selected, its agenda shown
    assert page.agenda.titles()[0] == "Velkomst og præsentation"
    assert "0 of 18" in page.progress.text() or "0 af 18" in page.progress.text()
    with db.reading() as s:
        (m,) = meeting_service.list_meetings(s)
    assert (m.place, m.groups, m.start, m.end) == ("ViBIS, Ørestad", ("Klinikere",), dt.time(9, 30), dt.time(12, 30))


def test_meeting_dialog_refuses_end_before_start_and_date_outside_period(qtbot, db, ops, group_ids):
    with db.reading() as s:
        from tankapp.services.members import groups

        gs = groups.list_groups(s)
    dialog = MeetingDialog(ops, gs, data=MeetingInput(title="X", group_ids=[group_ids["Ledere"]]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date.setDate(QDate(2030, 1, 1))
    dialog.start.setTime(QTime(14, 0))
    dialog.end.setTime(QTime(10, 0))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["date"].isVisible() and "2030" in dialog.errors["date"].text()
    assert dialog.errors["end"].isVisible() and dialog.errors["end"].text()


def test_meeting_dialog_warns_about_a_second_meeting_that_day(qtbot, db, ops, group_ids):
    plan(db, group_ids, title="Formiddagsmøde", groups=("Ledere",))
    with db.reading() as s:
        from tankapp.services.members import groups

        gs = groups.list_groups(s)
    dialog = MeetingDialog(ops, gs, data=MeetingInput(title="Nyt", date=dt.date(2026, 3, 12),
                                                     group_ids=[group_ids["Ledere"]]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible() and "Formiddagsmøde" in dialog.warning.text()
    dialog.accept()  # a warning, not a refusal
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_build_reorder_undo_and_redo_the_agenda(qtbot, window, db, group_ids, monkeypatch):
    mid = plan(db, group_ids)
    page = window.meetings_page
    page.reload()
    page.select_meeting(mid)
    editor = page.agenda

    def add(title, minutes, kind=Kind.OTHER):
        def fake_exec(dialog: ItemDialog):
            qtbot.keyClicks(dialog.title, title)
            dialog.minutes.setValue(minutes)
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
            dialog.accept()
            return dialog.result()

        monkeypatch.setattr(ItemDialog, "exec", fake_exec)
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)

    add("Velkomst", 15, Kind.WELCOME)
    add("Vidensoplæg", 45, Kind.KNOWLEDGE_PRESENTATION)
    add("Pause", 15, Kind.BREAK)
    assert agenda_titles(db, mid) == ["Velkomst", "Vidensoplæg", "Pause"]
    assert [editor.model.index(r, 0).data() for r in range(3)] == ["09.30", "09.45", "10.30"]

    # Ctrl+Up moves the selected item (Pause) up one place.
    editor.table.selectRow(2)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert agenda_titles(db, mid) == ["Velkomst", "Pause", "Vidensoplæg"]
    assert editor.selected().title == "Pause"  # the selection follows the item

    # Ctrl+Z undoes the move, then the last add; Ctrl+Shift+Z redoes them.
    window.undo_action.trigger()
    assert agenda_titles(db, mid) == ["Velkomst", "Vidensoplæg", "Pause"]
    window.undo_action.trigger()
    assert agenda_titles(db, mid) == ["Velkomst", "Vidensoplæg"]
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert agenda_titles(db, mid) == ["Velkomst", "Pause", "Vidensoplæg"]


def test_drag_and_drop_moves_an_item_and_can_be_undone(qtbot, window, db, group_ids):
    mid = plan(db, group_ids)
    items(db, mid, ("A", 10), ("B", 10), ("C", 10))
    page = window.meetings_page
    page.reload()
    page.select_meeting(mid)
    model = page.agenda.model
    # What the view does on a drop: mime data from the dragged row, dropped before row 0.
    mime = model.mimeData([model.index(2, 0)])
    assert mime.hasFormat(ROW_MIME)
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    assert agenda_titles(db, mid) == ["C", "A", "B"]
    # Dropping the first row at the very end.
    model.dropMimeData(model.mimeData([model.index(0, 0)]), Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    assert agenda_titles(db, mid) == ["A", "B", "C"]
    window.undo_action.trigger()
    assert agenda_titles(db, mid) == ["C", "A", "B"]


def test_remove_then_edit_history_survives_undo(qtbot, window, db, group_ids, monkeypatch):
    mid = plan(db, group_ids)
    items(db, mid, ("Velkomst", 15), ("Oplæg", 30))
    editor = window.meetings_page.agenda
    window.meetings_page.reload()
    window.meetings_page.select_meeting(mid)

    def rename(dialog: ItemDialog):
        dialog.title.clear()
        qtbot.keyClicks(dialog.title, "Oplæg om pårørende")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ItemDialog, "exec", rename)
    editor.table.selectRow(1)
    editor.edit_selected()
    editor.table.selectRow(1)
    editor.remove_selected()
    assert agenda_titles(db, mid) == ["Velkomst"]
    window.undo_action.trigger()  # brings the item back (a new row, the same record)
    window.undo_action.trigger()  # and the edit before it still undoes
    assert agenda_titles(db, mid) == ["Velkomst", "Oplæg"]


def test_agenda_running_past_the_end_is_flagged(qtbot, window, db, group_ids):
    mid = plan(db, group_ids, start=dt.time(9, 0), end=dt.time(10, 0))
    items(db, mid, ("Lang drøftelse", 50), ("Runde", 25))
    window.meetings_page.reload()
    window.meetings_page.select_meeting(mid)
    editor = window.meetings_page.agenda
    assert "15" in editor.summary.text()
    assert editor.model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert editor.model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is None


def test_save_agenda_as_template_and_use_it(qtbot, window, db, group_ids, monkeypatch):
    mid = plan(db, group_ids)
    items(db, mid, ("Velkomst", 15), ("Særligt oplæg", 30))
    other = plan(db, group_ids, title="Andet", groups=("Ledere",), day=dt.date(2026, 4, 2))
    page = window.meetings_page
    page.reload()
    page.select_meeting(mid)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Min skabelon", True))
    page.agenda.save_as_template()
    page.select_meeting(other)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Min skabelon", True))
    page.agenda.apply_template()
    assert agenda_titles(db, other) == ["Velkomst", "Særligt oplæg"]
    window.undo_action.trigger()  # the whole template is one undo step
    assert agenda_titles(db, other) == []


def test_mark_held_updates_progress(qtbot, window, db, group_ids):
    mid = plan(db, group_ids, groups=("Klinikere", "Ledere"))
    page = window.meetings_page
    page.reload()
    page.select_meeting(mid)
    qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert meeting_service.get_meeting(s, mid).status == MeetingStatus.HELD
    assert "1" in page.progress.text()


def test_export_agenda_pdf_and_invitation_from_the_page(qtbot, window, db, group_ids, tmp_path, monkeypatch):
    mid = plan(db, group_ids, title="Møde om pårørende")
    items(db, mid, ("Velkomst", 15))
    page = window.meetings_page
    page.reload()
    page.select_meeting(mid)
    asked = {}

    def fake_save(parent, title, suggested, filters):
        asked["suggested"] = suggested
        return str(tmp_path / ("out" + suggested[-4:])), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.export_agenda_pdf()
    assert asked["suggested"].endswith("Dagsorden Klinikere 2026-03-12.pdf")
    # written in the background: the window says so, then that it is done
    qtbot.waitUntil(lambda: "Eksporteret" in window.statusBar().currentMessage() or
                    "Exported" in window.statusBar().currentMessage())
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    page.export_ics()
    qtbot.waitUntil(lambda: not window.ops.writing)
    assert b"BEGIN:VEVENT" in (tmp_path / "out.ics").read_bytes()
    assert "out.ics" in window.statusBar().currentMessage()


def test_a_slow_document_does_not_freeze_the_window(qtbot, window, db, group_ids, tmp_path, monkeypatch):
    import threading
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    import tankapp.export.agenda_pdf as agenda_pdf

    mid = plan(db, group_ids, title="Langsomt møde")
    items(db, mid, ("Velkomst", 15))
    page = window.meetings_page
    page.reload()
    page.select_meeting(mid)
    real = agenda_pdf.write_agenda_pdf
    release = threading.Event()

    def slow_write(doc, path):  # a PDF that takes its time (held until the window has shown it lives)
        release.wait(10)
        return real(doc, path)

    monkeypatch.setattr(agenda_pdf, "write_agenda_pdf", slow_write)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "slow.pdf"), "PDF (*.pdf)"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    ticks = []
    timer = QTimer(interval=20, timeout=lambda: ticks.append(time.monotonic()))
    timer.start()
    page.export_agenda_pdf()  # returns at once: the file is written on a worker thread
    assert not (tmp_path / "slow.pdf").exists()
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the event loop runs while the PDF is being made
    assert window.ops.writing
    assert QGuiApplication.overrideCursor() is not None  # the cursor says a file is coming
    release.set()
    qtbot.waitUntil(lambda: (tmp_path / "slow.pdf").exists() and not window.ops.writing, timeout=10000)
    assert QGuiApplication.overrideCursor() is None  # and is itself again
    timer.stop()
    assert (tmp_path / "slow.pdf").read_bytes().startswith(b"%PDF")
    assert "slow.pdf" in window.statusBar().currentMessage()


def test_members_and_group_view_show_meetings_against_the_commitment(qtbot, window, db, group_ids):
    from tankapp.services.members import registry as member_service

    page = window.members_page
    groups_page = window.groups_page
    # planned through the window's operations: every section follows the change (no reload by hand)
    window.ops.members.add(member_service.MemberInput(name="Åse Kjærgaard", group_id=group_ids["Klinikere"]))
    window.ops.meetings.create(MeetingInput(title="Møde", date=dt.date(2026, 3, 12), start=dt.time(9, 30),
                                            end=dt.time(12, 30), group_ids=[group_ids["Klinikere"]]))
    window.go_to("members")

    col = next(c for c in range(page.model.columnCount()) if page.model.headerData(c, Qt.Orientation.Horizontal)
               in ("Meetings", "Møder"))
    index = page.model.index(0, col)
    assert index.data() == 1
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # 1 is below the 2-4 commitment
    assert "2-4" in index.data(Qt.ItemDataRole.ToolTipRole)

    window.ops.meetings.create(MeetingInput(title="Andet møde", date=dt.date(2026, 4, 2), start=dt.time(9, 30),
                                            end=dt.time(12, 30), group_ids=[group_ids["Klinikere"]]))
    window.go_to("groups")
    for r in range(groups_page.proxy.rowCount()):
        if groups_page.proxy.row_object(groups_page.proxy.index(r, 0)).name == "Klinikere":
            groups_page.table.selectRow(r)
    assert groups_page.member_names() == ["Åse Kjærgaard"]
    cell = groups_page.members_model.index(0, 2)
    assert cell.data() == 2 and cell.data(Qt.ItemDataRole.DecorationRole) is None


def test_export_minutes_and_signin_sheet_from_the_page(qtbot, window, db, group_ids, tmp_path, monkeypatch):
    mid = plan(db, group_ids, title="Møde med referat")
    items(db, mid, ("Velkomst", 15))
    page = window.meetings_page
    page.reload()
    page.select_meeting(mid)
    names = []

    def fake_save(parent, title, suggested, filters):
        names.append(suggested.rsplit("/", 1)[-1])
        return str(tmp_path / f"{len(names)}.pdf"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.minutes_action.trigger()
    page.signin_action.trigger()
    assert names == ["Referat Klinikere 2026-03-12.pdf", "Fremmødeliste Klinikere 2026-03-12.pdf"]
    qtbot.waitUntil(lambda: not window.ops.writing)
    assert all((tmp_path / f"{i}.pdf").read_bytes().startswith(b"%PDF") for i in (1, 2))


def test_approve_the_minutes_of_a_held_meeting(qtbot, window, db, group_ids):
    from tankapp.services.meetings import minutes as minutes_service

    mid = plan(db, group_ids)
    page = window.meetings_page
    page.reload()
    page.select_meeting(mid)
    assert not page.approve_action.isEnabled()  # not held yet
    qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton)  # mark as held
    assert page.approve_action.isEnabled()
    page.approve_action.trigger()
    with db.reading() as s:
        assert minutes_service.minutes(s, mid).locked


def test_the_page_follows_changes_made_elsewhere(qtbot, window, db, group_ids):
    """Meeting mode (or any view) marks a meeting held or edits its agenda: the page shows it at once."""
    mid = plan(db, group_ids, title="Møde i morgen")
    items(db, mid, ("Velkomst", 15))
    page = window.meetings_page
    page.reload()
    page.select_meeting(mid)
    changes = []
    window.ops.changed.connect(changes.append)

    window.ops.meetings.set_status(mid, MeetingStatus.HELD)  # as meeting mode does, not through the page
    status_col = 4
    assert page.proxy.index(0, status_col).data() == texts.meeting_status_label(MeetingStatus.HELD)
    assert "1" in page.progress.text()
    assert page.approve_action.isEnabled() and page.selected().id == mid  # the selection stays
    assert changes[-1].touches(Changed.MEETING) and mid in changes[-1].ids_of(Changed.MEETING)

    window.ops.meetings.add_item(mid, ItemInput(title="Runde", planned_minutes=20))
    assert page.agenda.titles() == ["Velkomst", "Runde"]
    assert page.proxy.index(0, 5).data() == 2  # the item count in the list
    assert changes[-1].ids_of(Changed.AGENDA) == frozenset([mid])


def test_approving_announces_the_minutes_change(qtbot, window, db, group_ids):
    mid = plan(db, group_ids)
    with db.session() as s:
        meeting_service.set_status(s, mid, MeetingStatus.HELD)
    page = window.meetings_page
    page.reload()
    page.select_meeting(mid)
    changes = []
    window.ops.changed.connect(changes.append)
    page.approve_action.trigger()
    assert changes and changes[-1].touches(Changed.MINUTES) and changes[-1].touches(Changed.MEETING)
    assert "approved" in window.statusBar().currentMessage() or "godkendt" in window.statusBar().currentMessage()


def test_planning_from_a_template_is_one_change(qtbot, ops, group_ids):
    changes = []
    ops.changed.connect(changes.append)
    row = ops.meetings.create(
        MeetingInput(title="Møde", date=dt.date(2026, 3, 12), start=dt.time(9, 30), end=dt.time(12, 30),
                     group_ids=[group_ids["Klinikere"]]),
        "builtin:half_day",
    )
    assert row.item_count == 6
    assert len(changes) == 1 and changes[0].ids_of(Changed.MEETING) == frozenset([row.id])
    assert [r.title for r in ops.meetings.agenda(row.id).rows][0] == "Velkomst og præsentation"


def test_a_deleted_meeting_leaves_the_list_and_the_agenda(qtbot, window, db, group_ids, monkeypatch):
    mid = plan(db, group_ids, title="Aflyses")
    page = window.meetings_page
    page.reload()
    page.select_meeting(mid)
    assert page.agenda.meeting_id == mid
    window.ops.meetings.delete(mid)  # from elsewhere
    assert page.visible_titles() == []
    assert page.agenda.meeting_id is None


def test_plan_a_meeting_opens_on_a_date_inside_the_project_period(qtbot, empty_db, tmp_path, monkeypatch):
    """A think tank whose period has not begun: the dialog suggests its first day, not today (refused)."""
    from tankapp.services import thinktank
    from tankapp.ui.main_window import MainWindow

    start = max(dt.date.today(), dt.date(2026, 1, 1)) + dt.timedelta(days=200)
    with empty_db.session() as s:
        thinktank.setup_think_tank(s, thinktank.ThinkTankInput(period_start=start))
    w = MainWindow(empty_db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.go_to("meetings")
    seen = {}

    def fake_exec(dialog: MeetingDialog):
        d = dialog.date.date()
        seen["date"] = dt.date(d.year(), d.month(), d.day())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(MeetingDialog, "exec", fake_exec)
    w.meetings_page.new_meeting()
    assert seen["date"] == start
