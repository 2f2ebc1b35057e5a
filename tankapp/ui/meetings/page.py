"""The Møder section: meetings by date with progress toward the target, and the selected meeting's agenda."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QKeySequence, QShortcut, QUndoGroup
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.enums import MeetingStatus
from tankapp.services.errors import ServiceError
from tankapp.services.members.groups import GroupSummary
from tankapp.services.meetings.planning import MeetingInput, MeetingProgress, MeetingSummary
from tankapp.ui.common import texts
from tankapp.ui.meetings.actions_view import ActionsView
from tankapp.ui.meetings.agenda_editor import AgendaEditor
from tankapp.ui.common.itemmodels import KEEP, STRETCH, Column
from tankapp.ui.common.list_page import RowList, refill_combo
from tankapp.ui.meetings.dialog import MeetingDialog
from tankapp.ui.groups.steering import group_choices, group_label, separate_steering
from tankapp.ui.ops import Changes, Kind, Operations
from tankapp.ui.ops.follow import follow

# What the meeting list shows depends on these; the rest only on what the buttons offer.
LIST_KINDS = (Kind.MEETING, Kind.AGENDA, Kind.GROUP, Kind.THINK_TANK, Kind.SHARING)
FOLLOWED_KINDS = LIST_KINDS + (Kind.ATTENDANCE, Kind.MINUTES, Kind.MEMBER, Kind.TEMPLATE)


def export_file_name(kind: str, meeting: MeetingSummary, suffix: str) -> str:
    """'Dagsorden Klinikere 2026-03-12.pdf': what the file is, for whom, when."""
    groups = " og ".join(meeting.groups) if len(meeting.groups) <= 2 else "Fællesmøde"
    name = f"{kind} {groups} {meeting.date.isoformat()}{suffix}"
    return "".join("_" if c in '/\\:*?"<>|' else c for c in name)


class MeetingsPage(QWidget):
    """Follows the change events (its own and every other view's) and updates itself."""

    status = Signal(str)

    def __init__(self, ops: Operations, undo_group: QUndoGroup, settings: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.settings = settings
        self._groups: list[GroupSummary] = []

        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        self.group_filter = QComboBox()

        self.new_button = QPushButton(self.tr("Plan meeting…"))
        self.start_button = QPushButton(self.tr("Start meeting (F5)"))
        self.start_button.setToolTip(self.tr("Open meeting mode: agenda, timer, notes and attendance"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.status_button = QPushButton(self.tr("Mark as held"))
        self.export_button = QPushButton(self.tr("Send out"))
        export_menu = QMenu(self.export_button)
        self.agenda_pdf_action = export_menu.addAction(self.tr("Agenda as PDF…"))
        self.ics_action = export_menu.addAction(self.tr("Calendar invitation (.ics)…"))
        export_menu.addSeparator()
        self.signin_action = export_menu.addAction(self.tr("Sign-in sheet as PDF…"))
        self.minutes_action = export_menu.addAction(self.tr("Minutes as PDF…"))
        self.export_button.setMenu(export_menu)
        self.more_button = QPushButton(self.tr("More"))
        more = QMenu(self.more_button)
        self.cancel_action = more.addAction(self.tr("Cancel meeting"))
        self.planned_action = more.addAction(self.tr("Set back to planned"))
        self.share_action = more.addAction(self.tr("Share with another group…"))
        self.approve_action = more.addAction(self.tr("Approve the minutes"))
        more.addSeparator()
        self.delete_action = more.addAction(self.tr("Delete meeting…"))
        self.more_button.setMenu(more)

        self.row_list = RowList(
            [
                Column(self.tr("Date"), lambda m: texts.format_date(m.date), sort=lambda m: (m.date.toordinal(), m.start.isoformat())),
                Column(self.tr("Time"), lambda m: f"{texts.format_time(m.start)}–{texts.format_time(m.end)}", searchable=False),
                Column(self.tr("Title"), lambda m: m.title, fit=KEEP),
                Column(self.tr("Groups"), self._groups_text),
                Column(self.tr("Status"), lambda m: texts.meeting_status_label(m.status)),
                Column(self.tr("Items"), lambda m: m.item_count, align=Qt.AlignmentFlag.AlignRight, searchable=False),
                Column(self.tr("Place"), lambda m: m.place, fit=STRETCH),
            ],
            filter_placeholder=self.tr("Filter by title, group or place… (Ctrl+F)"),
            empty_text=self.tr("No meetings yet. Plan the first meeting."),
            empty_action=self.tr("Plan the first meeting"),
            sort=(0, Qt.SortOrder.AscendingOrder),
            fit=300,
            refit=True,
        )
        rl = self.row_list
        self.filter, self.model, self.proxy, self.table, self.empty = rl.filter, rl.model, rl.proxy, rl.table, rl.empty
        self.list_stack = rl
        rl.opened.connect(self.edit_selected)
        self.empty.button.clicked.connect(self.new_meeting)

        self.agenda = AgendaEditor(ops, undo_group)
        self.agenda.status.connect(self.status)
        self.agenda.status_report_requested.connect(self.export_status_report)
        # The selected meeting's action items beside its agenda; overdue ones show in the tab's title.
        self.actions_view = ActionsView(ops)
        self.actions_view.status.connect(self.status)
        self.details = QTabWidget()
        self.details.setDocumentMode(True)
        self.details.addTab(self.agenda, self.tr("Agenda"))
        self.details.addTab(self.actions_view, self.tr("Action items"))
        self.actions_view.counts_changed.connect(self._show_action_counts)

        top = QHBoxLayout()
        top.addWidget(self.filter, 3)
        top.addWidget(self.group_filter, 1)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.start_button, self.edit_button, self.status_button, self.export_button,
                  self.more_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.progress)
        left_layout.addLayout(top)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.list_stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([280, 420])  # the agenda gets the larger share
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.group_filter.currentIndexChanged.connect(self._apply_group_filter)
        self.new_button.clicked.connect(self.new_meeting)
        self.start_button.clicked.connect(self.start_meeting)
        self.mode_windows: dict[int, QWidget] = {}
        self.edit_button.clicked.connect(self.edit_selected)
        self.status_button.clicked.connect(self.toggle_held)
        self.cancel_action.triggered.connect(lambda: self._set_status(MeetingStatus.CANCELLED))
        self.planned_action.triggered.connect(lambda: self._set_status(MeetingStatus.PLANNED))
        self.delete_action.triggered.connect(self.delete_selected)
        self.share_action.triggered.connect(self.share_selected)
        self.approve_action.triggered.connect(self.approve_selected)
        self.agenda_pdf_action.triggered.connect(self.export_agenda_pdf)
        self.ics_action.triggered.connect(self.export_ics)
        self.signin_action.triggered.connect(self.export_signin_pdf)
        self.minutes_action.triggered.connect(self.export_minutes_pdf)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.export_agenda_pdf)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.start_meeting)
        self.reload()
        follow(self, ops, FOLLOWED_KINDS, self._on_changed)

    # ------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.row_list.focus_filter()

    def _on_changed(self, changes: Changes) -> None:
        """A change anywhere (meeting mode, another section, this page): the list, counts and progress anew."""
        if changes.touches(*LIST_KINDS):
            self.reload()
        else:
            self._update_buttons()

    def reload(self) -> None:
        try:
            overview = self.ops.meetings.overview()
        except ServiceError as exc:
            self.status.emit(Operations.message(exc))
            return
        self._groups = overview.groups
        rows = overview.meetings
        progress = overview.progress
        self.row_list.set_rows(rows)  # the selected meeting stays selected
        self._fill_group_filter()
        self._show_progress(progress)
        self._update_buttons()

    def _groups_text(self, m: MeetingSummary) -> str:
        """"Klinikere, Forskere"; a steering committee meeting reads "Styregruppe"."""
        if m.steering:
            return ", ".join(group_label(name, True) for name in m.groups)
        return ", ".join(m.groups)

    def _show_progress(self, p: MeetingProgress | None) -> None:
        if p is None:
            self.progress.setText("")
            return
        text = self.tr("Meetings held: %1 of %2. Planned: %3.").replace("%1", str(p.held)).replace(
            "%2", str(p.target)).replace("%3", str(p.planned))
        if p.joint_held:
            text += " " + self.tr("A joint meeting counts once toward the target (joint meetings held: %1).").replace(
                "%1", str(p.joint_held))
        if p.steering_held or p.steering_planned:
            text += " " + self.tr(
                "Steering committee meetings are not counted (held: %1, planned: %2)."
            ).replace("%1", str(p.steering_held)).replace("%2", str(p.steering_planned))
        self.progress.setText(text)

    def _fill_group_filter(self) -> None:
        groups = group_choices([g for g in self._groups if not g.archived])
        if not refill_combo(self.group_filter, self.tr("All groups"), groups):
            self._apply_group_filter()  # the group chosen is gone (archived): all groups again
        separate_steering(self.group_filter, self._groups)

    def _apply_group_filter(self) -> None:
        group_id = self.group_filter.currentData()
        self.proxy.set_row_predicate(None if group_id is None else (lambda m: group_id in m.group_ids))

    def selected(self) -> MeetingSummary | None:
        return self.row_list.selected()

    def select_meeting(self, meeting_id: int) -> None:
        self.row_list.select(meeting_id)

    def visible_titles(self) -> list[str]:
        return [m.title for m in self.row_list.visible_rows()]

    def _selection_changed(self) -> None:
        m = self.selected()
        if (m.id if m else None) != self.agenda.meeting_id:
            self.agenda.show_meeting(m.id if m else None)
        if (m.id if m else None) != self.actions_view.meeting_id:
            self.actions_view.show_meeting(m.id if m else None)
        self._update_buttons()

    def _show_action_counts(self, count: int, overdue: int) -> None:
        """'Opgaver (3)'; with overdue ones 'Opgaver (3, 1 overskredet)' and a warning icon."""
        index = self.details.indexOf(self.actions_view)
        if overdue:
            title = self.tr("Action items (%1, %2 overdue)").replace("%1", str(count)).replace("%2", str(overdue))
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        else:
            title = self.tr("Action items (%1)").replace("%1", str(count)) if count else self.tr("Action items")
            icon = QIcon()
        self.details.setTabText(index, title)
        self.details.setTabIcon(index, icon)
        self.details.tabBar().setTabTextColor(index, texts.warning_color() if overdue else QColor())

    def _update_buttons(self) -> None:
        m = self.selected()
        for w in (self.start_button, self.edit_button, self.status_button, self.export_button, self.more_button):
            w.setEnabled(m is not None)
        held = m is not None and m.status == MeetingStatus.HELD
        self.share_action.setEnabled(held)
        self.approve_action.setEnabled(held)
        self.status_button.setText(self.tr("Mark as planned") if held else self.tr("Mark as held"))

    def start_meeting(self) -> None:
        """Meeting mode for the selected meeting (one window per meeting; again brings it forward)."""
        m = self.selected()
        if m is None:
            return
        window = self.mode_windows.get(m.id)
        if window is None:
            from tankapp.ui.meeting_mode.window import MeetingModeWindow

            window = MeetingModeWindow(self.ops, m.id)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.closed.connect(lambda mid=m.id: self._mode_closed(mid))
            self.mode_windows[m.id] = window
        window.show()
        window.raise_()
        window.activateWindow()

    def approve_selected(self) -> None:
        """Approve the minutes of a held meeting (today); changing them later needs a recorded unlock."""
        m = self.selected()
        if m is None:
            return
        try:
            self.ops.meetings.approve_minutes(m.id)  # an open meeting mode window locks at once (Kind.MINUTES)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Approve the minutes"), Operations.message(exc))
            return
        self.status.emit(self.tr("The minutes of %1 are approved.").replace("%1", m.title))

    def share_selected(self) -> None:
        """Pick notes, decisions and contributions of a held meeting into another group's coming meeting."""
        m = self.selected()
        if m is None:
            return
        from tankapp.ui.sharing.page import DigestDialog

        dialog = DigestDialog(self.ops, m.id, self)
        dialog.status.connect(self.status)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.target_meeting_id is not None:
            self._show_meeting(dialog.target_meeting_id)

    def _mode_closed(self, meeting_id: int) -> None:
        self.mode_windows.pop(meeting_id, None)  # what it changed was announced and is shown already

    def _show_meeting(self, meeting_id: int) -> None:
        """Select a meeting just written (the list follows the change; hidden, it has not reloaded yet)."""
        if not self.isVisible():
            self.reload()
        self.select_meeting(meeting_id)

    # ------------------------------------------------------------------
    def new_meeting(self) -> None:
        group_id = self.group_filter.currentData()
        try:
            # today, or the nearest day of the project period (a date outside it would be refused)
            data = MeetingInput(group_ids=[group_id] if group_id else [], date=self.ops.meetings.suggested_date())
            templates = self.ops.meetings.templates()
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Plan a meeting"), Operations.message(exc))
            return
        dialog = MeetingDialog(self.ops, self._groups, data=data, templates=templates, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            # the meeting and its agenda from the template: one transaction
            meeting = self.ops.meetings.create(dialog.input(), dialog.template_key())
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Plan a meeting"), Operations.message(exc))
            return
        self._show_meeting(meeting.id)
        self.status.emit(self.tr("Saved: %1").replace("%1", dialog.input().title.strip()))

    def edit_selected(self) -> None:
        m = self.selected()
        if m is None:
            return
        try:
            data = self.ops.meetings.input_of(m.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Edit meeting"), Operations.message(exc))
            return
        dialog = MeetingDialog(self.ops, self._groups, meeting_id=m.id, data=data, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.ops.meetings.update(m.id, dialog.input())
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Edit meeting"), Operations.message(exc))
            return
        self.status.emit(self.tr("Saved: %1").replace("%1", dialog.input().title.strip()))

    def toggle_held(self) -> None:
        m = self.selected()
        if m is not None:
            self._set_status(MeetingStatus.PLANNED if m.status == MeetingStatus.HELD else MeetingStatus.HELD)

    def _set_status(self, status: MeetingStatus) -> None:
        m = self.selected()
        if m is None:
            return
        try:
            self.ops.meetings.set_status(m.id, status)
        except ServiceError as exc:
            QMessageBox.warning(self, m.title, Operations.message(exc))
            return
        self.status.emit(
            self.tr("%1 is now: %2").replace("%1", m.title).replace("%2", texts.meeting_status_label(status))
        )

    def delete_selected(self) -> None:
        m = self.selected()
        if m is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete meeting"),
            self.tr("Delete the meeting %1 on %2 and its agenda? This cannot be undone. "
                    "A meeting that did not take place can be cancelled instead.")
            .replace("%1", m.title).replace("%2", texts.format_date(m.date)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ops.meetings.delete(m.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Delete meeting"), Operations.message(exc))
            return
        self.agenda.show_meeting(None)
        self.status.emit(self.tr("Deleted: %1").replace("%1", m.title))

    # ------------------------------------------------------------------
    def _ask_path(self, title: str, default_name: str, filter_text: str) -> Path | None:
        folder = str(self.settings.value("export/folder", str(Path.home()))) if self.settings else str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / default_name), filter_text)
        if not path:
            return None
        if self.settings:
            self.settings.setValue("export/folder", str(Path(path).parent))
        return Path(path)

    def _exported(self, path: Path) -> None:
        self.status.emit(self.tr("Exported to %1").replace("%1", path.name))
        answer = QMessageBox.question(
            self, self.tr("Exported"), self.tr("Saved as %1.\n\nOpen it now?").replace("%1", str(path))
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _export(self, what: str, default_name: str, suffix: str, filter_text: str,
                export: Callable[[int, Path], Path]) -> None:
        """Ask where to save (a sensible name), write through the meetings' operations, offer to open.

        The document's data is read in one short transaction and the file written
        after it (never holding the database while a PDF is made).

        The save dialog asks before replacing an existing file (Qt's default; _ask_path
        must not pass DontConfirmOverwrite). The database, its files and backups, a
        write-protected file or a device are refused with a warning (services.targets).
        """
        m = self.selected()
        if m is None:
            return
        path = self._ask_path(what, export_file_name(default_name, m, suffix), filter_text)
        if path is None:
            return

        def failed(exc: ServiceError) -> None:
            QMessageBox.warning(self, self.tr("Export"), Operations.message(exc))

        def done(written: Path) -> None:
            self._exported(written)

        self.status.emit(self.tr("Writing %1 …").replace("%1", path.name))
        try:
            export(m.id, path, done=done, failed=failed)
        except ServiceError as exc:  # refused before anything was written
            failed(exc)

    def export_agenda_pdf(self) -> None:
        self._export(self.tr("Save agenda as PDF"), "Dagsorden", ".pdf", self.tr("PDF (*.pdf)"),
                     self.ops.meetings.export_agenda_pdf)

    def export_ics(self) -> None:
        self._export(self.tr("Save calendar invitation"), "Invitation", ".ics", self.tr("Calendar (*.ics)"),
                     self.ops.meetings.export_ics)

    def export_minutes_pdf(self) -> None:
        self._export(self.tr("Save minutes as PDF"), "Referat", ".pdf", self.tr("PDF (*.pdf)"),
                     self.ops.meetings.export_minutes_pdf)

    def export_status_report(self) -> None:
        """The steering committee's standing item: today's status report as PDF (no member named).

        The same as the Status page's button (tankapp.ui.status.reports): one way to make it.
        """
        from tankapp.ui.status import reports

        reports.save_report(self, self.ops, reports.STATUS, settings=self.settings, status=self.status.emit)

    def export_signin_pdf(self) -> None:
        self._export(self.tr("Save sign-in sheet as PDF"), "Fremmødeliste", ".pdf", self.tr("PDF (*.pdf)"),
                     self.ops.meetings.export_signin_pdf)
