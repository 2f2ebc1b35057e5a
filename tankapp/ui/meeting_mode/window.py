"""Meeting mode: the screen a facilitator has open for three hours.

Left the agenda with the current item and its timer, in the middle the notes,
decisions and action items of the current item, on the right attendance.
Nothing here needs a dialog closed before typing can go on, and everything is
saved at once: attendance on each click, notes within about a second of the
last keystroke (and whenever the item changes or the window closes).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.enums import ActionStatus, AttendanceStatus, MeetingStatus
from tankapp.domain.rules import timer_state
from tankapp.services.meeting_mode.attendance import AttendanceList, AttendanceMark, AttendanceRow
from tankapp.services.errors import NotFound, ServiceError
from tankapp.services.meetings.minutes import ActionInput, MeetingModeData, Minutes, MinutesItem, should_start
from tankapp.ui.common import texts
from tankapp.ui.common.itemmodels import Column, RowFilterProxy, RowTableModel, setup_list_view
from tankapp.ui.ops import Changes, Kind, Operations
from tankapp.ui.ops.follow import follow
from tankapp.ui.common.widgets import redo_shortcuts

NOTES_SAVE_DELAY_MS = 600
AMBER = QColor(191, 120, 0)


def clock(seconds: int) -> str:
    """'12:05' (minutes:seconds), or '1:02:05' past an hour."""
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{s:02d}" if h else f"{sign}{m}:{s:02d}"


class AttendanceModel(RowTableModel):
    """Invited members; a check-in replaces one row in place (no reset, no rebuild)."""

    def replace_member(self, member_id: int, row: AttendanceRow) -> None:
        for i, old in enumerate(self._rows):
            if old.member_id == member_id:
                self.replace_row(i, row)
                return

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid() and self.row_at(index.row()).attended:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class MeetingModeWindow(QMainWindow):
    """Meeting mode for one meeting; follows every change to it made elsewhere (an approval locks it at once)."""

    closed = Signal()

    def __init__(self, ops: Operations, meeting_id: int, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.minutes: Minutes | None = None
        self._notes_item_id: int | None = None
        self._loading = False
        self._writing = 0  # > 0 while one of our own operations runs (its change is no news to us)
        self.sharing = None  # the "Between groups" tab's panel, made when the tab is first shown

        data = ops.meeting_mode.load(meeting_id)  # everything, in one read
        self.meeting = data.meeting

        # --- top bar ------------------------------------------------------
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.counts = QLabel()
        self.counts.setFont(font)
        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.prev_button.setToolTip(self.tr("Previous item (Page Up)"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Next item (Page Down)"))
        self.held_button = QPushButton(self.tr("Mark as held"))
        self.full_button = QPushButton(self.tr("Full screen (F11)"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.counts)
        for b in (self.prev_button, self.next_button, self.held_button, self.full_button):
            top.addWidget(b)

        self.lock_banner = QWidget()
        banner = QHBoxLayout(self.lock_banner)
        self.lock_text = QLabel()
        self.lock_text.setWordWrap(True)
        self.unlock_reason = QLineEdit()
        self.unlock_reason.setPlaceholderText(self.tr("Why must the approved minutes change?"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        banner.addWidget(self.lock_text, 2)
        banner.addWidget(self.unlock_reason, 2)
        banner.addWidget(self.unlock_button)
        self.lock_banner.setStyleSheet("background: #fff4d6;")

        # --- left: agenda and timer ---------------------------------------
        self.agenda_list = QListWidget()
        self.agenda_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_list.setWordWrap(True)
        self.agenda_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda_list.setSpacing(2)
        self.timer_label = QLabel()
        timer_font = self.timer_label.font()
        timer_font.setPointSizeF(timer_font.pointSizeF() * 2.2)
        timer_font.setBold(True)
        self.timer_label.setFont(timer_font)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_caption = QLabel()
        self.timer_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Agenda")))
        left_layout.addWidget(self.agenda_list, 1)
        left_layout.addWidget(self.timer_label)
        left_layout.addWidget(self.timer_caption)

        # --- centre: notes, decisions, actions, follow-ups ----------------
        self.item_title = QLabel()
        self.item_title.setFont(font)
        self.item_title.setWordWrap(True)
        self.item_title.setTextFormat(Qt.TextFormat.PlainText)
        # The item's description from the agenda (e.g. what another group shared).
        self.item_description = QLabel()
        self.item_description.setWordWrap(True)
        self.item_description.setTextFormat(Qt.TextFormat.PlainText)
        self.item_description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.item_description.setStyleSheet("color: palette(dark);")
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes for this item. Saved as you type."))
        self.notes.setTabChangesFocus(True)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: palette(mid);")

        self.decisions = QListWidget()
        self.decision_edit = QLineEdit()
        self.decision_edit.setPlaceholderText(self.tr("New decision, then Enter"))
        self.remove_decision_button = QPushButton(self.tr("Remove"))
        decisions_box = QGroupBox(self.tr("Decisions"))
        dl = QVBoxLayout(decisions_box)
        dl.addWidget(self.decisions)
        drow = QHBoxLayout()
        drow.addWidget(self.decision_edit, 1)
        drow.addWidget(self.remove_decision_button)
        dl.addLayout(drow)

        self.actions = QListWidget()
        self.action_text = QLineEdit()
        self.action_text.setPlaceholderText(self.tr("New action item: what is to be done"))
        self.action_owner = QComboBox()
        self.action_due = QDateEdit()
        self.action_due.setCalendarPopup(True)
        self.action_due.setDisplayFormat("dd.MM.yyyy")
        self.action_due.setDate(QDate.currentDate().addDays(14))
        self.action_has_due = QCheckBox(self.tr("Due"))
        self.action_spread = QCheckBox(self.tr("About spreading knowledge"))
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.action_done_button = QPushButton(self.tr("Done"))
        actions_box = QGroupBox(self.tr("Action items"))
        al = QGridLayout(actions_box)
        al.addWidget(self.actions, 0, 0, 1, 4)
        al.addWidget(self.action_text, 1, 0, 1, 4)
        al.addWidget(QLabel(self.tr("Who:")), 2, 0)
        al.addWidget(self.action_owner, 2, 1, 1, 3)
        al.addWidget(self.action_has_due, 3, 0)
        al.addWidget(self.action_due, 3, 1)
        al.addWidget(self.action_spread, 3, 2, 1, 2)
        arow = QHBoxLayout()
        arow.addStretch(1)
        arow.addWidget(self.action_done_button)
        arow.addWidget(self.add_action_button)
        al.addLayout(arow, 4, 0, 1, 4)
        al.setColumnStretch(3, 1)

        self.followups = QListWidget()
        # Long entries wrap instead of hiding behind a horizontal scroll bar.
        for lst in (self.decisions, self.actions, self.followups):
            lst.setWordWrap(True)
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.followup_done_button = QPushButton(self.tr("Mark done"))
        followups_box = QGroupBox(self.tr("Open dissemination actions from earlier meetings"))
        fl = QVBoxLayout(followups_box)
        fl.addWidget(self.followups)
        fl.addWidget(self.followup_done_button, 0, Qt.AlignmentFlag.AlignRight)
        self.followups_box = followups_box

        centre = QWidget()
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.item_title)
        cl.addWidget(self.item_description)
        cl.addWidget(self.notes, 3)
        cl.addWidget(self.saved_label)
        # Knowledge contributions: Alt+1..4 or a button opens a small form right here.
        from tankapp.ui.meeting_mode.capture import CaptureButtons, ContributionCapture, install_shortcuts

        self.capture_buttons = CaptureButtons()
        self.capture = ContributionCapture(ops, meeting_id, meeting=self.meeting)
        cl.addWidget(self.capture_buttons)
        cl.addWidget(self.capture)
        install_shortcuts(self, self.capture, self._capture_context)
        self.capture_buttons.requested.connect(self.capture.request)
        self.capture.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        lower = QHBoxLayout()
        lower.addWidget(decisions_box, 1)
        lower.addWidget(actions_box, 1)
        cl.addLayout(lower, 2)
        cl.addWidget(followups_box, 1)

        # --- right: attendance --------------------------------------------
        self.filter = _FilterEdit()
        self.filter.setPlaceholderText(self.tr("Find a member (Ctrl+F), Enter checks in"))
        self.filter.setClearButtonEnabled(True)
        self.attendance_model = AttendanceModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Organisation"), lambda r: r.organisation),
                Column(self.tr("State"), self._state_text, searchable=False),
            ]
        )
        self.attendance_proxy = RowFilterProxy(self)
        self.attendance_proxy.setSourceModel(self.attendance_model)
        self.attendance_table = QTableView()
        self.attendance_table.setModel(self.attendance_proxy)
        setup_list_view(self.attendance_table)
        header = self.attendance_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        # Fixed widths: measuring a column over hundreds of rows on every check-in is slow.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 120)
        bold = QFont(self.font())
        bold.setBold(True)  # attended rows are bold
        header.resizeSection(2, QFontMetrics(bold).horizontalAdvance(
            texts.attendance_label(AttendanceStatus.LEFT_EARLY) + " 00.00") + 16)
        self.attendance_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attendance_table.setSortingEnabled(True)
        self.attendance_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        state_row = QGridLayout()
        self.state_buttons: dict[AttendanceStatus | None, QPushButton] = {}
        for i, status in enumerate(
            [AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY,
             AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT, None]
        ):
            button = QPushButton(texts.attendance_label(status) if status else self.tr("Reset"))
            button.clicked.connect(lambda _c=False, st=status: self.set_state(st))
            state_row.addWidget(button, i // 3, i % 3)
            self.state_buttons[status] = button
        self.guests = QListWidget()
        self.guest_name = QLineEdit()
        self.guest_name.setPlaceholderText(self.tr("Guest's name"))
        self.guest_org = QLineEdit()
        self.guest_org.setPlaceholderText(self.tr("Organisation"))
        self.guest_role = QLineEdit()
        self.guest_role.setPlaceholderText(self.tr("Role, e.g. speaker"))
        self.add_guest_button = QPushButton(self.tr("Add guest"))
        guests_box = QGroupBox(self.tr("Guests"))
        gl = QGridLayout(guests_box)
        gl.addWidget(self.guests, 0, 0, 1, 2)
        gl.addWidget(self.guest_name, 1, 0, 1, 2)
        gl.addWidget(self.guest_org, 2, 0)
        gl.addWidget(self.guest_role, 2, 1)
        gl.addWidget(self.add_guest_button, 3, 1)
        attendance_page = QWidget()
        rl = QVBoxLayout(attendance_page)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.filter)
        rl.addWidget(self.attendance_table, 3)
        rl.addLayout(state_row)
        rl.addWidget(guests_box, 1)
        # Other groups' digests and questions: read when the tab is first shown, not on opening.
        self.sharing_page = QWidget()
        self.sharing_layout = QVBoxLayout(self.sharing_page)
        self.sharing_layout.setContentsMargins(0, 0, 0, 0)
        self.right_tabs = QTabWidget()
        self.right_tabs.addTab(attendance_page, self.tr("Attendance"))
        self.right_tabs.addTab(self.sharing_page, self.tr("Between groups"))
        self.right_tabs.currentChanged.connect(self._tab_changed)
        right = self.right_tabs

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([280, 590, 496])
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addLayout(top)
        bl.addWidget(self.lock_banner)
        bl.addWidget(self.splitter, 1)
        self.setCentralWidget(body)
        self.resize(1366, 768)

        # --- behaviour ----------------------------------------------------
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
        self.held_button.clicked.connect(self.mark_held)
        self.full_button.clicked.connect(self.toggle_full_screen)
        self.unlock_button.clicked.connect(self.unlock)
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
        self.filter.returnPressed.connect(self.check_in_first_match)
        self.attendance_table.activated.connect(lambda _i: self.set_state(AttendanceStatus.PRESENT))
        self.add_guest_button.clicked.connect(self.add_guest)
        self.guest_name.returnPressed.connect(self.add_guest)

        for keys, slot in (
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.step(+1)),
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.step(-1)),
            (QKeySequence(Qt.Key.Key_F11), self.toggle_full_screen),
            (QKeySequence.StandardKey.Find, self.focus_filter),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        # Every attendance change can be undone (Ctrl+Z) and redone (Ctrl+Shift+Z); a text
        # field with its own typing to undo takes Ctrl+Z first, as everywhere.
        self.undo_stack = QUndoStack(self)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(redo_shortcuts())
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

        self._show(data)
        if should_start(self.minutes):  # meeting mode starts at the first item, its clock running
            self.go_to(0)
        follow(self, ops, [Kind.MEETING, Kind.AGENDA, Kind.MINUTES, Kind.ATTENDANCE, Kind.MEMBER, Kind.SHARING],
               self._on_changed)

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        """Everything anew from the database (notes typed so far are saved first)."""
        self.save_notes()
        try:
            data = self.ops.meeting_mode.load(self.meeting_id)
        except NotFound:  # the meeting was deleted elsewhere: nothing is left to run
            self.close()
            return
        except ServiceError as exc:
            self.statusBar().showMessage(Operations.message(exc), 10000)
            return
        self._show(data)

    def _show(self, data: MeetingModeData) -> None:
        self.meeting = data.meeting
        self.minutes = data.minutes
        self._loaded_at = time.monotonic()
        self.followup_rows = data.followups
        self.setWindowTitle(self.tr("Meeting: %1").replace("%1", self.meeting.title))
        self.heading.setText(
            f"{self.meeting.title} · {', '.join(self.meeting.groups)} · {texts.format_date(self.meeting.date)}"
        )
        self.capture.set_meeting(self.meeting)
        self._show_attendance(data.attendance)
        self._fill_agenda()
        self._fill_followups()
        self._show_current()
        self._update_lock()
        self.held_button.setEnabled(self.meeting.status != MeetingStatus.HELD)
        self._show_open_questions(data.open_questions)

    def _show_attendance(self, attendance: AttendanceList) -> None:
        self.attendance = attendance
        if attendance.rows != self.attendance_model.rows():  # unchanged: keep the selection
            self.attendance_model.set_rows(attendance.rows)
        self._fill_guests()
        self._fill_owner_choices()
        self._update_counts()

    def _show_open_questions(self, count: int) -> None:
        title = self.tr("Between groups")
        self.right_tabs.setTabText(1, f"{title} ({count})" if count else title)

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.sharing is None:
            from tankapp.ui.sharing.page import SharingPanel

            self.sharing = SharingPanel(self.ops, self.meeting_id)
            self.sharing.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
            self.sharing_layout.addWidget(self.sharing)
            self.sharing.show()  # added to a shown tab: show it now, not on the next event loop turn

    def _on_changed(self, changes: Changes) -> None:
        """A change made elsewhere (the main window, the between-groups tab): show it."""
        if self._writing:
            return  # our own: already shown

        def mine(kind: str) -> bool:  # meeting, agenda, minutes and attendance changes carry meeting ids
            ids = changes.ids_of(kind)
            return ids is None or self.meeting_id in ids

        if mine(Kind.MEETING) or mine(Kind.AGENDA) or mine(Kind.MINUTES) or changes.touches(Kind.SHARING):
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
        if self.minutes.current_position is not None:
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
        self.timer_label.setStyleSheet(f"color: {color.name()};" if color else "")
        self.timer_caption.setText(caption)

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
        due = self.action_due.date() if self.action_has_due.isChecked() else None
        data = ActionInput(
            text=text,
            owner_member_id=owner[1] if owner and owner[0] == "member" else None,
            owner_guest_id=owner[1] if owner and owner[0] == "guest" else None,
            due_on=dt.date(due.year(), due.month(), due.day()) if due else None,
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
        self.right_tabs.setCurrentIndex(0)
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
        command = _AttendanceCommand(self, row, status)
        if command.first_ok:
            self.undo_stack.push(command)

    def _apply_mark(self, row: AttendanceRow, op, *args) -> bool:
        ok, mark = self._call(op, self.meeting_id, row.member_id, *args)
        if not ok:
            return False
        current = next((r for r in self.attendance_model.rows() if r.member_id == row.member_id), row)
        new = replace(current, status=mark.status, arrived_at=mark.arrived_at, left_at=mark.left_at, note=mark.note)
        self.attendance_model.replace_member(row.member_id, new)
        self._update_counts()
        self.statusBar().showMessage(
            self.tr("%1: %2").replace("%1", row.name).replace("%2", texts.attendance_label(mark.status)), 4000
        )
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

    # ------------------------------------------------------------------ held, locked, full screen
    def mark_held(self) -> None:
        self.save_notes()
        ok, result = self._call(self.ops.meeting_mode.mark_held, self.meeting_id)
        if ok:
            self.meeting, minutes = result
            self.statusBar().showMessage(self.tr("The meeting is marked as held."), 6000)
            self.held_button.setEnabled(self.meeting.status != MeetingStatus.HELD)
            self._show_minutes((True, minutes))

    def _update_lock(self) -> None:
        locked = self.minutes.locked
        self.lock_banner.setVisible(locked)
        if locked:
            self.lock_text.setText(
                self.tr("The minutes were approved on %1 and are locked.").replace(
                    "%1", texts.format_date(self.minutes.approved_on))
            )
        for w in (self.notes, self.decision_edit, self.action_text, self.add_action_button,
                  self.remove_decision_button, self.add_guest_button, *self.state_buttons.values()):
            w.setEnabled(not locked)
        self.notes.setReadOnly(locked)

    def unlock(self) -> None:
        reason = self.unlock_reason.text()
        ok, data = self._call(self.ops.meeting_mode.unlock_minutes, self.meeting_id, reason)
        if ok:
            self.unlock_reason.clear()
            self._show(data)
            self.statusBar().showMessage(self.tr("Unlocked; the reason is recorded."), 6000)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

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


class _FilterEdit(QLineEdit):
    """The check-in box: Ctrl+Z undoes its typing while there is typing to undo, else the last check-in."""

    def event(self, e) -> bool:  # noqa: D401 - Qt's name
        if e.type() == QEvent.Type.ShortcutOverride:
            if (e.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable()) or (
                    (e.matches(QKeySequence.StandardKey.Redo) or e.keyCombination().toCombined()
                     == QKeySequence("Ctrl+Shift+Z")[0].toCombined()) and not self.isRedoAvailable()):
                e.ignore()
                return False  # let the window's Undo/Redo action have it
        return super().event(e)


class _AttendanceCommand(QUndoCommand):
    """One attendance change in meeting mode; undo puts the member's registration back exactly."""

    def __init__(self, window: MeetingModeWindow, row: AttendanceRow, status: AttendanceStatus | None):
        super().__init__(window.tr("%1: %2").replace("%1", row.name).replace("%2", texts.attendance_label(status)))
        self.window = window
        self.row = row
        self.status = status
        self.before = AttendanceMark(row.status, row.arrived_at, row.left_at, row.note or "")
        self.first_ok = window._apply_mark(row, window.ops.meeting_mode.set_attendance, status)
        self._first = True

    def redo(self) -> None:
        if self._first:  # done once already, when the change was made
            self._first = False
            return
        self.window._apply_mark(self.row, self.window.ops.meeting_mode.set_attendance, self.status)

    def undo(self) -> None:
        self.window._apply_mark(self.row, self.window.ops.meeting_mode.restore_attendance, self.before)
