"""Meeting mode: the screen a facilitator has open for three hours.

Left the agenda with the current item and its timer, in the middle the notes,
decisions and action items of the current item (with its presenter and the
presentation to open), on the right attendance, what has been captured at the
meeting, and what other groups shared. Nothing here needs a dialog closed
before typing can go on, and everything is saved at once: attendance on each
click, notes within about a second of the last keystroke (and whenever the
item changes or the window closes). Ending the meeting is a step of its own
(:meth:`MeetingModeWindow.end_meeting`).

The panes are built in :mod:`tankapp.ui.meeting_mode.panes`; the undoable
steps live in :mod:`tankapp.ui.meeting_mode.commands`.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMainWindow, QMenu, QMessageBox, QSplitter, QVBoxLayout, QWidget

from tankapp.domain.enums import ActionStatus, AttendanceStatus, MeetingStatus
from tankapp.domain.rules import timer_state
from tankapp.services.errors import NotFound, ServiceError
from tankapp.services.meeting_mode.attendance import AttendanceList, AttendanceRow
from tankapp.services.meeting_mode.flow import EndInput, EndReceipt
from tankapp.services.meeting_mode.overview import LinkedFile, LinkedPresentation, MeetingModeView
from tankapp.services.meetings.minutes import ActionInput, Minutes, MinutesItem, should_start
from tankapp.ui.common import texts
from tankapp.ui.common.widgets import redo_shortcuts
from tankapp.ui.meeting_mode import panes
from tankapp.ui.meeting_mode.commands import AttendanceCommand, AttendanceTimeCommand, EndMeetingCommand
from tankapp.ui.meeting_mode.keys import key_text, shortcut_rows, shortcuts_html
from tankapp.ui.meeting_mode.panes import AttendanceModel  # noqa: F401 - where it always was
from tankapp.ui.meeting_mode.screen import fit_to_screen
from tankapp.ui.ops import Changes, Kind, Operations
from tankapp.ui.ops.follow import follow

NOTES_SAVE_DELAY_MS = 600
AMBER = QColor(191, 120, 0)
TIMED = (AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)  # states with a time that can be corrected


def clock(seconds: int) -> str:
    """'12:05' (minutes:seconds), or '1:02:05' past an hour."""
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{s:02d}" if h else f"{sign}{m}:{s:02d}"


class MeetingModeWindow(QMainWindow):
    """Meeting mode for one meeting; follows every change to it made elsewhere (an approval locks it at once)."""

    closed = Signal()

    def __init__(self, ops: Operations, meeting_id: int, parent=None, *, settings: QSettings | None = None):
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.settings = settings  # where exports were saved last (the main window's settings)
        self.minutes: Minutes | None = None
        self.presentations: dict[int, tuple[LinkedPresentation, ...]] = {}
        self.captured_rows = []
        self.end_dialog = None
        self._notes_item_id: int | None = None
        self._loading = False
        self._writing = 0  # > 0 while one of our own operations runs (its change is no news to us)
        self._end_problem: str | None = None
        self.sharing = None  # the "Between groups" tab's panel, made when the tab is first shown

        view = ops.meeting_mode.load(meeting_id)  # everything, in one read
        self.meeting = view.data.meeting
        self._build()
        fit_to_screen(self)
        self._connect()
        self._install_keys()

        self._show(view)
        if should_start(self.minutes):  # meeting mode starts at the first item, its clock running
            self._start()
        follow(self, ops, [Kind.MEETING, Kind.AGENDA, Kind.MINUTES, Kind.ATTENDANCE, Kind.MEMBER, Kind.SHARING,
                           Kind.CONTRIBUTION, Kind.PRESENTATION], self._on_changed)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        top = panes.build_top_bar(self)
        lock_banner, end_banner = panes.build_banners(self)
        self.splitter = QSplitter()
        for pane in (panes.build_agenda_pane(self), panes.build_item_pane(self), panes.build_attendance_pane(self)):
            self.splitter.addWidget(panes.scrollable(pane))
        for i, stretch in enumerate((2, 5, 4)):
            self.splitter.setStretchFactor(i, stretch)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([250, 620, 496])
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addLayout(top)
        bl.addWidget(lock_banner)
        bl.addWidget(end_banner)
        bl.addWidget(self.splitter, 1)
        self.setCentralWidget(body)
        self.statusBar()  # there from the start: a message must not make the window taller

    def _connect(self) -> None:
        from tankapp.ui.meeting_mode.capture import install_shortcuts

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(NOTES_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_notes)
        self.notes.textChanged.connect(self._notes_changed)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_timer)
        self._tick.start()

        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.end_button.clicked.connect(self.end_meeting)
        self.full_button.clicked.connect(self.toggle_full_screen)
        self.unlock_button.clicked.connect(self.unlock)
        self.minutes_button.clicked.connect(self.export_minutes)
        self.undo_end_button.clicked.connect(lambda: self.undo_stack.undo())
        self.close_end_banner.clicked.connect(self.end_banner.hide)
        self.agenda_list.currentRowChanged.connect(self._agenda_clicked)
        self.decision_edit.returnPressed.connect(self.add_decision)
        self.remove_decision_button.clicked.connect(self.remove_decision)
        self.action_text.returnPressed.connect(self.add_action)
        self.add_action_button.clicked.connect(self.add_action)
        self.action_done_button.clicked.connect(self._action_done)
        self.action_has_due.toggled.connect(self.action_due.setEnabled)
        self.action_due.setEnabled(False)
        self.followup_done_button.clicked.connect(self._followup_done)
        self.filter.textChanged.connect(self.attendance_proxy.set_filter_text)
        self.filter.textChanged.connect(lambda _t: self._update_time_editor())  # one match: its time
        self.filter.returnPressed.connect(self.check_in_first_match)
        self.attendance_table.activated.connect(lambda _i: self.set_state(AttendanceStatus.PRESENT))
        self.attendance_table.selectionModel().selectionChanged.connect(lambda *_: self._update_time_editor())
        self.attendance_proxy.modelReset.connect(self._update_time_editor)
        self.attendance_proxy.layoutChanged.connect(self._update_time_editor)
        for status, button in self.state_buttons.items():
            button.clicked.connect(lambda _c=False, st=status: self.set_state(st))
        self.time_button.clicked.connect(self.change_time)
        self.time_edit.returnPressed.connect(self.change_time)
        self.add_guest_button.clicked.connect(self.add_guest)
        self.guest_name.returnPressed.connect(self.add_guest)
        self.right_tabs.currentChanged.connect(self._tab_changed)
        self.captured.item_requested.connect(self.go_to)
        self.open_presentation_button.clicked.connect(self.open_presentation)

        install_shortcuts(self, self.capture, self._capture_context)
        self.capture_buttons.requested.connect(self.capture.request)
        self.capture.status.connect(lambda text: self.statusBar().showMessage(text, 5000))

    def _install_keys(self) -> None:
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.step(+1)),
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.step(-1)),
            (QKeySequence(Qt.Key.Key_F11), self.toggle_full_screen),
            (QKeySequence.StandardKey.Find, self.focus_filter),
            (QKeySequence("Ctrl+O"), self.open_presentation),
            (QKeySequence(Qt.Key.Key_F1), self.show_shortcuts),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        # Every attendance change, corrected time and the end of the meeting can be undone (Ctrl+Z)
        # and redone (Ctrl+Shift+Z); a text field with its own typing to undo takes Ctrl+Z first.
        self.undo_stack = QUndoStack(self)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(redo_shortcuts())
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.open_presentation_button.setToolTip(
            self.tr("Open the presentation's file (%1)").replace("%1", key_text("Ctrl+O")))

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        """Everything anew from the database (notes typed so far are saved first)."""
        self.save_notes()
        try:
            view = self.ops.meeting_mode.load(self.meeting_id)
        except NotFound:  # the meeting was deleted elsewhere: nothing is left to run
            self.close()
            return
        except ServiceError as exc:
            self.statusBar().showMessage(Operations.message(exc), 10000)
            return
        self._show(view)

    def _show(self, view: MeetingModeView) -> None:
        data = view.data
        self.meeting = data.meeting
        self.minutes = data.minutes
        self.presentations = view.presentations
        self.captured_rows = view.captured
        self._loaded_at = time.monotonic()
        self.followup_rows = data.followups
        self.setWindowTitle(self.tr("Meeting: %1").replace("%1", self.meeting.title))
        self.heading.set_full_text(
            f"{self.meeting.title} · {', '.join(self.meeting.groups)} · {texts.format_date(self.meeting.date)}"
        )
        if not self.action_has_due.isChecked():  # a due date is on or after the meeting (the service insists)
            due = self.meeting.date + dt.timedelta(days=14)
            self.action_due.set_value(due)
        self.capture.set_meeting(self.meeting)
        # the steering committee gives no knowledge contributions (see services.contributions.register)
        self.capture_buttons.setVisible(not getattr(self.meeting, "steering", False))
        self._show_attendance(data.attendance)
        self._fill_agenda()
        self._fill_followups()
        self._show_current()
        self._update_lock()
        self._show_open_questions(data.open_questions)

    def _start(self) -> None:
        """Make the first item current (its clock runs unless the meeting is held): one short write."""
        ok, running = self._call(self.ops.meeting_mode.start, self.meeting_id)
        if ok:
            items = list(self.minutes.items)
            items[0] = replace(items[0], running=running)
            self.minutes = replace(self.minutes, current_position=0, items=items)
            self._loaded_at = time.monotonic()
            self._fill_agenda()
            self._show_current()

    def _show_attendance(self, attendance: AttendanceList) -> None:
        self.attendance = attendance
        if attendance.rows != self.attendance_model.rows():  # unchanged: keep the selection
            self.attendance_model.set_rows(attendance.rows)
        self._fill_guests()
        self._fill_owner_choices()
        self._update_counts()
        self._update_time_editor()

    def _show_open_questions(self, count: int) -> None:
        title = self.tr("Between groups")
        self.right_tabs.setTabText(panes.SHARING_TAB, f"{title} ({count})" if count else title)

    def _show_captured(self) -> None:
        self.captured.show_captured(self.minutes, self.captured_rows)
        title = self.tr("Captured")
        total = self.captured.total
        self.right_tabs.setTabText(panes.CAPTURED_TAB, f"{title} ({total})" if total else title)

    def _reload_captured(self) -> None:
        self.captured_rows = self.ops.meeting_mode.captured(self.meeting_id)
        self._show_captured()

    def _tab_changed(self, index: int) -> None:
        if index == panes.SHARING_TAB and self.sharing is None:
            from tankapp.ui.sharing.page import SharingPanel

            self.sharing = SharingPanel(self.ops, self.meeting_id)
            self.sharing.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
            self.sharing_layout.addWidget(self.sharing)
            self.sharing.show()  # added to a shown tab: show it now, not on the next event loop turn

    def _on_changed(self, changes: Changes) -> None:
        """A change made elsewhere (the main window, the between-groups tab, the capture panel): show it."""
        if changes.touches(Kind.CONTRIBUTION):  # captured here, or edited in the register: the list follows
            self._refresh(self._reload_captured)
        if self._writing:
            return  # our own: already shown

        def mine(kind: str) -> bool:  # meeting, agenda, minutes and attendance changes carry meeting ids
            ids = changes.ids_of(kind)
            return ids is None or self.meeting_id in ids

        if (mine(Kind.MEETING) or mine(Kind.AGENDA) or mine(Kind.MINUTES) or changes.touches(Kind.SHARING)
                or changes.touches(Kind.PRESENTATION)):
            self.reload()  # e.g. approved in the main window: locks at once
        elif mine(Kind.ATTENDANCE) or changes.touches(Kind.MEMBER):
            self._refresh(lambda: self._show_attendance(self.ops.meeting_mode.attendance(self.meeting_id)))
        elif changes.touches(Kind.MINUTES):  # another meeting's actions: perhaps a follow-up done
            self._refresh(self._reload_followups)

    def _refresh(self, show) -> None:
        try:
            show()
        except ServiceError as exc:
            self.statusBar().showMessage(Operations.message(exc), 10000)

    def _fill_agenda(self) -> None:
        self._loading = True
        self.agenda_list.clear()
        starts = self._planned_starts()
        for item, start in zip(self.minutes.items, starts):
            self.agenda_list.addItem(
                QListWidgetItem(f"{texts.format_time(start)}  {item.title}  ({item.planned_minutes} min)")
            )
        if self.minutes.current_position is not None and self.agenda_list.item(self.minutes.current_position):
            self.agenda_list.setCurrentRow(self.minutes.current_position)
            current = self.agenda_list.item(self.minutes.current_position)
            bold = current.font()
            bold.setBold(True)
            current.setFont(bold)
        self._loading = False

    def _planned_starts(self) -> list[dt.time]:
        """Each item's planned start: the meeting's start plus the planned minutes before it."""
        at = dt.datetime.combine(self.meeting.date, self.meeting.start)
        out = []
        for item in self.minutes.items:
            out.append(at.time())
            at += dt.timedelta(minutes=item.planned_minutes)
        return out

    def current_item(self) -> MinutesItem | None:
        pos = self.minutes.current_position if self.minutes else None
        if pos is None or not 0 <= pos < len(self.minutes.items):
            return None
        return self.minutes.items[pos]

    def _show_current(self) -> None:
        item = self.current_item()
        self._loading = True
        self.item_title.setText(item.title if item else self.tr("The agenda has no items."))
        self.item_description.setText(item.description if item else "")
        self.item_description.setVisible(bool(item and item.description))
        self._notes_item_id = item.id if item else None
        if self.notes.toPlainText() != (item.notes if item else ""):
            self.notes.setPlainText(item.notes if item else "")
        self.decisions.clear()
        self.actions.clear()
        if item:
            for d in item.decisions:
                entry = QListWidgetItem(d.text)
                entry.setData(Qt.ItemDataRole.UserRole, d.id)
                self.decisions.addItem(entry)
            for a in item.actions:
                entry = QListWidgetItem(self._action_text(a))
                entry.setData(Qt.ItemDataRole.UserRole, a.id)
                self.actions.addItem(entry)
        self._loading = False
        self.prev_button.setEnabled(bool(item) and item.position > 0)
        self.next_button.setEnabled(bool(item) and item.position < len(self.minutes.items) - 1)
        self._show_presentations(item)
        self._show_captured()
        self._update_timer()

    def _action_text(self, a) -> str:
        parts = [a.text]
        if a.owner:
            parts.append(a.owner)
        if a.due_on:
            parts.append(texts.format_date(a.due_on))
        if a.dissemination:
            parts.append(self.tr("spreading"))
        if a.status != ActionStatus.OPEN:
            parts.append(texts.action_status_label(a.status))
        return " · ".join(parts)

    def _fill_followups(self) -> None:
        self.followups.clear()
        for a in self.followup_rows:
            entry = QListWidgetItem(
                f"{self._action_text(a)}  ({texts.format_date(a.meeting_date)}: {a.meeting_title})"
            )
            entry.setData(Qt.ItemDataRole.UserRole, a.id)
            self.followups.addItem(entry)
        self.followups_box.setVisible(bool(self.followup_rows))

    def _fill_guests(self) -> None:
        self.guests.clear()
        for g in self.attendance.guests:
            self.guests.addItem(" · ".join(p for p in (g.name, g.organisation, g.role) if p))

    def _fill_owner_choices(self) -> None:
        self.action_owner.clear()
        self.action_owner.addItem(self.tr("(no one named)"), None)
        for r in self.attendance.rows:
            self.action_owner.addItem(r.name, ("member", r.member_id))
        for g in self.attendance.guests:
            self.action_owner.addItem(self.tr("%1 (guest)").replace("%1", g.name), ("guest", g.id))

    # ------------------------------------------------------------------ the item's presenter and presentations
    def _show_presentations(self, item: MinutesItem | None) -> None:
        """Who presents the item, the library's presentation(s) linked to it, and their files to open."""
        links = self.presentations.get(item.id, ()) if item else ()
        presenters = [item.presenter] if item and item.presenter else []
        if not presenters:  # the library knows who gave the presentation
            presenters = list(dict.fromkeys(p.presenter for p in links if p.presenter))
        parts = []
        if presenters:
            parts.append(self.tr("Presenter: %1").replace("%1", ", ".join(presenters)))
        if links:
            parts.append(self.tr("Presentation: %1").replace("%1", "; ".join(p.title for p in links)))
        self.presentation_text.setText(" · ".join(parts))
        self.presentation_row.setVisible(bool(parts))
        files = self.item_files()
        button = self.open_presentation_button
        button.setVisible(bool(links))
        button.setEnabled(bool(files))  # whatever the state of the minutes
        old = button.menu()
        button.setMenu(None)
        if old is not None:
            old.deleteLater()
        if len(files) > 1:  # several files: the button offers them
            menu = QMenu(button)
            for presentation, f in files:
                label = f.file_name if len(links) == 1 else f"{presentation.title}: {f.file_name}"
                menu.addAction(label.replace("&", "&&"), lambda f=f: self.open_file(f))  # "&" is no shortcut
            button.setMenu(menu)
        if links and not files:
            button.setToolTip(self.tr("The presentation has no file in the library."))
        else:
            button.setToolTip(self.tr("Open the presentation's file (%1)").replace("%1", key_text("Ctrl+O")))

    def item_files(self) -> list[tuple[LinkedPresentation, LinkedFile]]:
        item = self.current_item()
        links = self.presentations.get(item.id, ()) if item else ()
        return [(p, f) for p in links for f in p.files]

    def open_presentation(self) -> None:
        """Ctrl+O or the button: the current item's file, or a choice when it has several."""
        files = self.item_files()
        if not files:
            if self.current_item() is not None and self.presentations.get(self.current_item().id):
                self.statusBar().showMessage(self.tr("The presentation has no file in the library."), 6000)
            return
        if len(files) == 1:
            self.open_file(files[0][1])
        else:
            self.open_presentation_button.showMenu()

    def open_file(self, f: LinkedFile) -> None:
        """Open a presentation's file in the program the system chooses (a read-only copy; no network)."""
        try:
            path = self.ops.library.open_copy(f.id)
        except ServiceError as exc:  # missing or damaged: the library page can re-link it
            self.statusBar().showMessage(Operations.message(exc), 12000)
            return
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.statusBar().showMessage(self.tr("Opened %1").replace("%1", f.file_name), 5000)
        else:
            self.statusBar().showMessage(
                self.tr("No program on this computer opens %1. A copy of it is here: %2")
                .replace("%1", f.file_name).replace("%2", str(path)), 15000)

    # ------------------------------------------------------------------ timer
    def _update_timer(self) -> None:
        """Planned against elapsed for the current item: amber near the end, red past it."""
        item = self.current_item()
        if item is None:
            self.timer_label.setText("")
            self.timer_caption.setText("")
            self.timer_state = "none"
            return
        elapsed = item.elapsed_seconds
        if item.running:
            elapsed += int(time.monotonic() - self._loaded_at)
        planned = item.planned_minutes * 60
        self.timer_label.setText(f"{clock(elapsed)} / {clock(planned)}")
        self.timer_state = timer_state(elapsed, item.planned_minutes)
        if self.timer_state == "red":
            color = texts.warning_color()
            caption = self.tr("Over time by %1").replace("%1", clock(elapsed - planned))
        elif self.timer_state == "amber":
            color = AMBER
            caption = self.tr("Nearly at the planned time")
        else:
            color = None
            caption = self.tr("Elapsed / planned")
        if self.meeting.status == MeetingStatus.HELD and not item.running:
            caption = self.tr("The meeting is held; the timer is stopped.")
        self.timer_label.setStyleSheet(f"color: {color.name()};" if color else "")
        self.timer_caption.setText(caption)

    def timer_running(self) -> bool:
        """Whether the current item's clock runs (what the facilitator sees tick)."""
        item = self.current_item()
        return bool(item and item.running)

    # ------------------------------------------------------------------ writing
    def _call(self, op, *args):
        """Run one operation; a refusal is shown in the status bar, not raised.

        Returns ``(True, result)`` or ``(False, None)``.
        """
        self._writing += 1
        try:
            return True, op(*args)
        except ServiceError as exc:
            self.statusBar().showMessage(Operations.message(exc), 10000)
            return False, None
        finally:
            self._writing -= 1

    def _notes_changed(self) -> None:
        if not self._loading:
            self.saved_label.setText(self.tr("Saving…"))
            self._save_timer.start()

    def save_notes(self) -> None:
        """Write the notes now (the timer calls this ~0.6 s after the last keystroke)."""
        self._save_timer.stop()
        item_id = self._notes_item_id
        if item_id is None:
            return
        text = self.notes.toPlainText()
        item = self.current_item()
        if item is not None and item.id == item_id and item.notes == text:
            self.saved_label.setText("")
            return
        if self._call(self.ops.meeting_mode.set_notes, item_id, text)[0]:
            if item is not None and item.id == item_id:
                self.minutes.items[item.position] = replace(item, notes=text)
            self.saved_label.setText(self.tr("Saved %1").replace("%1", dt.datetime.now().strftime("%H.%M.%S")))

    def go_to(self, position: int) -> None:
        self.save_notes()
        if self.minutes.locked:
            self.minutes = replace(self.minutes, current_position=position)
            self._fill_agenda()
            self._show_current()
            return
        self._show_minutes(self._call(self.ops.meeting_mode.go_to_item, self.meeting_id, position))

    def _show_minutes(self, outcome: tuple[bool, Minutes | None]) -> bool:
        """Show the minutes an operation returned (when it succeeded)."""
        ok, minutes = outcome
        if ok:
            self.minutes = minutes
            self._loaded_at = time.monotonic()
            self._fill_agenda()
            self._show_current()
        return ok

    def step(self, delta: int) -> None:
        item = self.current_item()
        target = (item.position if item else -1) + delta
        if self.minutes and 0 <= target < len(self.minutes.items):
            self.go_to(target)

    def _agenda_clicked(self, row: int) -> None:
        if not self._loading and row >= 0 and row != (self.minutes.current_position if self.minutes else None):
            self.go_to(row)

    def add_decision(self) -> None:
        item = self.current_item()
        text = self.decision_edit.text()
        if item is None or not text.strip():
            return
        if self._show_minutes(self._call(self.ops.meeting_mode.add_decision, self.meeting_id, item.id, text)):
            self.decision_edit.clear()

    def remove_decision(self) -> None:
        entry = self.decisions.currentItem()
        if entry is not None:
            decision_id = entry.data(Qt.ItemDataRole.UserRole)
            self._show_minutes(self._call(self.ops.meeting_mode.remove_decision, self.meeting_id, decision_id))

    def add_action(self) -> None:
        item = self.current_item()
        text = self.action_text.text()
        if item is None or not text.strip():
            return
        owner = self.action_owner.currentData()
        due = self.action_due.value() if self.action_has_due.isChecked() else None
        if self.action_has_due.isChecked() and due is None:  # unreadable: the field says why beneath it
            self.action_due.settle()
            self.action_due.setFocus()
            return
        data = ActionInput(
            text=text,
            owner_member_id=owner[1] if owner and owner[0] == "member" else None,
            owner_guest_id=owner[1] if owner and owner[0] == "guest" else None,
            due_on=due,
            dissemination=self.action_spread.isChecked(),
        )
        if self._show_minutes(self._call(self.ops.meeting_mode.add_action, self.meeting_id, item.id, data)):
            self.action_text.clear()
            self.action_spread.setChecked(False)
            self.action_owner.setCurrentIndex(0)

    def _set_action_done(self, entry: QListWidgetItem | None) -> None:
        if entry is None:
            return
        action_id = entry.data(Qt.ItemDataRole.UserRole)
        ok, result = self._call(self.ops.meeting_mode.set_action_status, self.meeting_id, action_id, ActionStatus.DONE)
        if ok:
            minutes, self.followup_rows = result
            self._show_minutes((True, minutes))
            self._fill_followups()

    def _action_done(self) -> None:
        self._set_action_done(self.actions.currentItem())

    def _followup_done(self) -> None:
        self._set_action_done(self.followups.currentItem())

    def _reload_followups(self) -> None:
        self.followup_rows = self.ops.meeting_mode.followups(self.meeting_id)
        self._fill_followups()

    # ------------------------------------------------------------------ attendance
    def _state_text(self, r: AttendanceRow) -> str:
        text = texts.attendance_label(r.status)
        if r.status == AttendanceStatus.LATE and r.arrived_at:
            text += " " + texts.format_time(r.arrived_at)
        elif r.status == AttendanceStatus.LEFT_EARLY and r.left_at:
            text += " " + texts.format_time(r.left_at)
        return text

    def focus_filter(self) -> None:
        self.right_tabs.setCurrentIndex(panes.ATTENDANCE_TAB)
        self.filter.setFocus()
        self.filter.selectAll()

    def selected_member(self) -> AttendanceRow | None:
        rows = self.attendance_table.selectionModel().selectedRows()
        if rows:
            return self.attendance_proxy.row_object(rows[0])
        if self.attendance_proxy.rowCount() == 1:  # the filter found exactly one
            return self.attendance_proxy.row_object(self.attendance_proxy.index(0, 0))
        return None

    def check_in_first_match(self) -> None:
        """Enter in the filter box checks in the one member it shows (or the selected one), then clears it.

        Several matches (the filter also matches organisations) check no one in:
        the facilitator is told to type more or pick one, so the wrong person is
        never registered.
        """
        shown = self.attendance_proxy.rowCount()
        selected = self.attendance_table.selectionModel().selectedRows()
        if selected:
            row = self.attendance_proxy.row_object(selected[0])
        elif shown == 1:
            row = self.attendance_proxy.row_object(self.attendance_proxy.index(0, 0))
        elif shown == 0:
            self.statusBar().showMessage(self.tr("No one on the list matches. Check the spelling."), 6000)
            return
        else:
            self.statusBar().showMessage(
                self.tr("%1 people match. Type more of the name, or pick one with the arrow keys and press Enter.")
                .replace("%1", str(shown)), 8000)
            return
        self.set_state(AttendanceStatus.PRESENT, row)
        self.filter.setText("")  # setText (not clear): Ctrl+Z then undoes the check-in, not the typing

    def set_state(self, status: AttendanceStatus | None, row: AttendanceRow | None = None) -> None:
        """Register a state for a member, as one undoable step (Ctrl+Z puts the old state back)."""
        row = row or self.selected_member()
        if row is None:
            return
        command = AttendanceCommand(self, row, status)
        if command.first_ok:
            self.undo_stack.push(command)

    def _update_time_editor(self) -> None:
        """The time editor follows the selected member: arrival if late, leaving if left early."""
        row = self.selected_member()
        status = row.status if row else None
        locked = bool(self.minutes and self.minutes.locked)
        if status == AttendanceStatus.LATE:
            self.time_label.setText(self.tr("Arrived at:"))
            at = row.arrived_at
        elif status == AttendanceStatus.LEFT_EARLY:
            self.time_label.setText(self.tr("Left at:"))
            at = row.left_at
        else:
            self.time_label.setText(self.tr("Time:"))
            at = None
        if at is not None:
            self.time_edit.setTime(at)
        else:
            self.time_edit.clear_time()
        enabled = status in TIMED and not locked
        self.time_edit.setEnabled(enabled)
        self.time_button.setEnabled(enabled)

    def change_time(self) -> None:
        """Correct the selected member's arrival (late) or leaving (left early) time: one undoable step."""
        row = self.selected_member()
        if row is None or row.status not in TIMED:
            self.statusBar().showMessage(self.tr("Select a member registered as late or as having left early."), 6000)
            return
        at = self.time_edit.time().toPython().replace(second=0, microsecond=0)
        if at == (row.arrived_at if row.status == AttendanceStatus.LATE else row.left_at):
            return
        command = AttendanceTimeCommand(self, row, at)
        if command.first_ok:
            self.undo_stack.push(command)
        self._update_time_editor()  # a refused time: the editor shows the registered one again

    def _apply_mark(self, row: AttendanceRow, op, *args) -> bool:
        ok, mark = self._call(op, self.meeting_id, row.member_id, *args)
        if not ok:
            return False
        current = next((r for r in self.attendance_model.rows() if r.member_id == row.member_id), row)
        new = replace(current, status=mark.status, arrived_at=mark.arrived_at, left_at=mark.left_at, note=mark.note)
        self.attendance_model.replace_member(row.member_id, new)
        self._update_counts()
        self._update_time_editor()
        self.statusBar().showMessage(self.tr("%1: %2").replace("%1", row.name).replace("%2", self._state_text(new)), 4000)
        return True

    def _update_counts(self) -> None:
        rows = self.attendance_model.rows()
        present = sum(1 for r in rows if r.attended)
        self.counts.setText(self.tr("%1 of %2 present").replace("%1", str(present)).replace("%2", str(len(rows))))

    def add_guest(self) -> None:
        name, org, role = self.guest_name.text(), self.guest_org.text(), self.guest_role.text()
        if not name.strip():
            self.guest_name.setFocus()
            return
        ok, attendance = self._call(self.ops.meeting_mode.add_guest, self.meeting_id, name, org, role)
        if ok:
            for edit in (self.guest_name, self.guest_org, self.guest_role):
                edit.clear()
            self._show_attendance(attendance)

    # ------------------------------------------------------------------ ending the meeting
    def end_meeting(self) -> None:
        """Ask what ending needs (still-invited members, the date), then end it as one undoable step.

        The dialog opens without blocking; ending happens when it is accepted.
        """
        if self.minutes.locked:
            return
        if self.capture.is_open():
            self.capture.save()
        self.save_notes()
        try:
            questions = self.ops.meeting_mode.ending_questions(self.meeting_id)
        except ServiceError as exc:
            self.statusBar().showMessage(Operations.message(exc), 10000)
            return
        from tankapp.ui.meeting_mode.ending import EndMeetingDialog

        self.end_dialog = EndMeetingDialog(questions, self._attempt_end, self)
        self.end_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.end_dialog.accepted.connect(self._after_end)
        self.end_dialog.destroyed.connect(lambda *_: setattr(self, "end_dialog", None))
        self.end_dialog.open()

    def _attempt_end(self, data: EndInput) -> str | None:
        """End the meeting with the dialog's answers; a problem's text if it was refused."""
        self._end_problem = None
        command = EndMeetingCommand(self, data)
        if command.first_ok:
            self.undo_stack.push(command)
            return None
        return self._end_problem or self.tr("The meeting could not be ended.")

    def _after_end(self) -> None:
        dialog = self.sender()
        if dialog is not None and getattr(dialog, "offer_minutes", None) is not None and dialog.offer_minutes.isChecked():
            QTimer.singleShot(0, self.export_minutes)  # after the dialog has gone

    def _end(self, data: EndInput) -> EndReceipt | None:
        """End the meeting (the command's work): returns the receipt, or None (the problem in _end_problem)."""
        self._writing += 1
        try:
            receipt, view = self.ops.meeting_mode.end_meeting(self.meeting_id, data)
        except ServiceError as exc:
            self._end_problem = Operations.message(exc)
            self.statusBar().showMessage(self._end_problem, 10000)
            return None
        finally:
            self._writing -= 1
        self._show(view)
        self._show_end_banner(receipt)
        return receipt

    def _undo_end(self, receipt: EndReceipt) -> None:
        self._writing += 1
        try:
            view = self.ops.meeting_mode.undo_end(receipt)
        except ServiceError as exc:
            self.statusBar().showMessage(Operations.message(exc), 10000)
            return
        finally:
            self._writing -= 1
        self._show(view)
        self.end_banner.hide()
        self.statusBar().showMessage(self.tr("The meeting is open again."), 6000)

    def _show_end_banner(self, receipt: EndReceipt) -> None:
        parts = [self.tr("The meeting has ended and is marked as held.")]
        absent = sum(1 for _m, s in receipt.settled if s == AttendanceStatus.ABSENT)
        excused = len(receipt.settled) - absent
        if receipt.settled:
            parts.append(self.tr("Registered as absent: %1, as excused: %2.")
                         .replace("%1", str(absent)).replace("%2", str(excused)))
        if receipt.date_after != receipt.date_before:
            parts.append(self.tr("Its date is now %1.").replace("%1", texts.format_date(receipt.date_after)))
        self.end_text.setText(" ".join(parts))
        self.end_banner.show()
        self.statusBar().showMessage(parts[0], 6000)

    def export_minutes(self) -> None:
        """Save the minutes as PDF (asking where, with a sensible name) and offer to open them."""
        from tankapp.ui.meetings.page import export_file_name

        self.save_notes()
        folder = Path.home()
        if self.settings is not None:
            folder = Path(str(self.settings.value("export/folder", str(folder))))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save minutes as PDF"), str(folder / export_file_name("Referat", self.meeting, ".pdf")),
            self.tr("PDF (*.pdf)"))
        if not path:
            return
        if self.settings is not None:
            self.settings.setValue("export/folder", str(Path(path).parent))
        try:
            self.ops.meetings.export_minutes_pdf(self.meeting_id, Path(path))
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Save minutes as PDF"), Operations.message(exc))
            return
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", Path(path).name), 8000)
        answer = QMessageBox.question(
            self, self.tr("Exported"), self.tr("Saved as %1.\n\nOpen it now?").replace("%1", str(path)))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # ------------------------------------------------------------------ locked, full screen, keys
    def _update_lock(self) -> None:
        locked = self.minutes.locked
        self.lock_banner.setVisible(locked)
        if locked:
            self.lock_text.setText(
                self.tr("The minutes were approved on %1 and are locked.").replace(
                    "%1", texts.format_date(self.minutes.approved_on))
            )
            self.end_banner.hide()
        for w in (self.notes, self.decision_edit, self.action_text, self.add_action_button,
                  self.remove_decision_button, self.add_guest_button, self.end_button,
                  *self.state_buttons.values()):
            w.setEnabled(not locked)
        self.notes.setReadOnly(locked)
        self._update_time_editor()

    def unlock(self) -> None:
        reason = self.unlock_reason.text()
        ok, view = self._call(self.ops.meeting_mode.unlock_minutes, self.meeting_id, reason)
        if ok:
            self.unlock_reason.clear()
            self._show(view)
            self.statusBar().showMessage(self.tr("Unlocked; the reason is recorded."), 6000)

    def toggle_full_screen(self) -> None:
        """F11: full screen on and off (back to maximized, as meeting mode opens)."""
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def show_shortcuts(self) -> None:
        """F1: meeting mode's keys, in a box that does not stop the typing."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Keyboard shortcuts"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(shortcuts_html([(self.tr("Meeting mode"), shortcut_rows())]))
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self.shortcuts_box = box

    def _capture_context(self):
        """Prefill for a contribution: the meeting's group, the current item, the invited members, the item's title."""
        item = self.current_item()
        return (
            self.meeting.group_ids[0] if self.meeting.group_ids else None,
            item.id if item else None,
            [(r.member_id, r.name, r.consent_named, r.group) for r in self.attendance.rows],
            item.title if item else None,
        )

    def closeEvent(self, event) -> None:
        if self.capture.is_open():
            self.capture.save()  # a contribution half typed is kept (or its form says what is missing)
        self.save_notes()
        self._tick.stop()
        self.closed.emit()
        super().closeEvent(event)
