"""The agenda of one meeting: timed items, reorder by drag and drop or Ctrl+Up/Down, undo.

Every edit is a command on a ``QUndoStack`` (one stack per meeting, all in the
main window's ``QUndoGroup``), so Ctrl+Z / Ctrl+Shift+Z undo and redo any
agenda edit, and each is saved the moment it is made.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.enums import AgendaItemKind
from tankapp.services.meetings import agenda as agenda_service
from tankapp.services.meetings.agenda import Agenda, AgendaRow, ItemInput
from tankapp.services.errors import ServiceError
from tankapp.ui.common import texts
from tankapp.ui.common.commands import (
    AddItemCommand,
    ApplyTemplateCommand,
    EditItemCommand,
    MoveItemCommand,
    RemoveItemCommand,
)
from tankapp.ui.ops import Changes, Kind, Operations
from tankapp.ui.ops.follow import follow
from tankapp.ui.common.itemmodels import Column, RowTableModel, fit_columns, setup_list_view
from tankapp.ui.common.widgets import EmptyState, with_error

ROW_MIME = "application/x-tankapp-agenda-row"


class AgendaModel(RowTableModel):
    """Agenda rows; dragging a row onto another place asks for a move (the view never moves rows itself)."""

    move_requested = Signal(int, int)  # from row, to row

    def flags(self, index):
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [ROW_MIME]

    def mimeData(self, indexes):
        data = QMimeData()
        data.setData(ROW_MIME, QByteArray(str(indexes[0].row()).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent):
        return data.hasFormat(ROW_MIME)

    def dropMimeData(self, data, action, row, column, parent):
        if not data.hasFormat(ROW_MIME):
            return False
        source = int(bytes(data.data(ROW_MIME)).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        if target > source:
            target -= 1  # dropping below itself: the gap it leaves shifts the rows up
        if target != source:
            self.move_requested.emit(source, target)
        return False  # the move happens through an undo command and a reload

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.row_at(index.row()).overruns:
            return texts.warning_color()
        return super().data(index, role)


class ItemDialog(QDialog):
    """Title, kind, planned minutes, presenter, description and linked presentations."""

    def __init__(self, presentations: list[tuple[int, str]], data: ItemInput | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agenda item"))
        self.setMinimumWidth(640)
        data = data or ItemInput()
        self.title = QLineEdit(data.title)
        self.kind = QComboBox()
        for kind in AgendaItemKind:
            self.kind.addItem(texts.agenda_kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, agenda_service.MAX_ITEM_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(data.planned_minutes)
        self.presenter = QLineEdit(data.presenter)
        self.description = QPlainTextEdit(data.description)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.presentations = QListWidget()
        for pid, title in presentations:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pid in data.presentation_ids else Qt.CheckState.Unchecked)
            self.presentations.addItem(item)
        self.presentations.setWordWrap(True)
        self.presentations.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.no_presentations = QLabel(self.tr("The knowledge library has no presentations yet."))
        self.no_presentations.setVisible(not presentations)

        form = QFormLayout()
        title_box, self.title_error = with_error(self.title)
        form.addRow(self.tr("Title:"), title_box)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Planned time:"), self.minutes)
        form.addRow(self.tr("Presenter / responsible:"), self.presenter)
        form.addRow(self.tr("Description:"), self.description)
        self.presentations_label = QLabel(self.tr("Knowledge presented:"))
        form.addRow(self.presentations_label, self.presentations)
        form.addRow("", self.no_presentations)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.title.setFocus()

    def _kind_changed(self) -> None:
        on = self.kind.currentData() == AgendaItemKind.KNOWLEDGE_PRESENTATION
        self.presentations.setEnabled(on)
        self.presentations_label.setEnabled(on)

    def input(self) -> ItemInput:
        linked = []
        if self.kind.currentData() == AgendaItemKind.KNOWLEDGE_PRESENTATION:
            linked = [
                self.presentations.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.presentations.count())
                if self.presentations.item(i).checkState() == Qt.CheckState.Checked
            ]
        return ItemInput(
            title=self.title.text(),
            kind=self.kind.currentData(),
            planned_minutes=self.minutes.value(),
            presenter=self.presenter.text(),
            description=self.description.toPlainText(),
            presentation_ids=linked,
        )

    def accept(self) -> None:
        problems = agenda_service.validate_item(self.input())
        if problems:
            self.title_error.set_error(texts.problem_text(problems[0]))
            return
        super().accept()


class AgendaEditor(QWidget):
    """The shown meeting's agenda; it follows every change to agendas, meetings and presentations.

    With the steering committee's standing item (the status report) selected, a
    button offers the status report document: ``status_report_requested``.
    """

    status = Signal(str)
    status_report_requested = Signal()

    def __init__(self, ops: Operations, undo_group: QUndoGroup, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.undo_group = undo_group
        self.meeting_id: int | None = None
        self.current: Agenda | None = None
        self._stacks: dict[int, QUndoStack] = {}

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        self.model = AgendaModel(
            [
                Column(self.tr("Start"), lambda r: texts.format_time(r.start), sort=lambda r: r.position),
                Column(self.tr("End"), lambda r: texts.format_time(r.end), sort=lambda r: r.position),
                Column(self.tr("Item"), lambda r: r.title),
                Column(self.tr("Kind"), lambda r: texts.agenda_kind_label(r.kind)),
                Column(self.tr("Min."), lambda r: r.planned_minutes, align=Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Responsible"), lambda r: r.presenter),
                Column(self.tr("Knowledge presented"), lambda r: "; ".join(t for _i, t in r.presentations)),
            ]
        )
        self.model.move_requested.connect(self._move_rows)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_list_view(self.table)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())

        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.setToolTip(self.tr("Add an item below the selected one (Insert)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QToolButton()
        self.up_button.setText("▲")
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.down_button = QToolButton()
        self.down_button.setText("▼")
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.template_button = QPushButton(self.tr("From template…"))
        self.save_template_button = QPushButton(self.tr("Save as template…"))
        self.report_button = QPushButton(self.tr("Status report (PDF)…"))
        self.report_button.setToolTip(self.tr(
            "The status report for the steering committee: the success criteria today, with charts; no member named"
        ))
        self.report_button.hide()
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.save_template_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.empty = EmptyState(self.tr("Choose a meeting to see and build its agenda."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty, 1)

        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.template_button.clicked.connect(self.apply_template)
        self.save_template_button.clicked.connect(self.save_as_template)
        self.report_button.clicked.connect(self.status_report_requested)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        for keys, slot in (
            ("Ctrl+Up", lambda: self.move_selected(-1)),
            ("Ctrl+Down", lambda: self.move_selected(+1)),
            (QKeySequence(Qt.Key.Key_Insert), self.add_item),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_selected),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
        self.show_meeting(None)
        # the agenda's items and times, the meeting's heading, linked presentations' titles
        follow(self, ops, [Kind.AGENDA, Kind.MEETING, Kind.PRESENTATION, Kind.SHARING], self._on_changed)

    # ------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if self.meeting_id is None:
            return
        meeting_ids = changes.ids_of(Kind.MEETING)  # None: any meeting; empty: no meeting changed
        mine = meeting_ids is None or self.meeting_id in meeting_ids
        # any agenda change reloads (one agenda is cheap to read; its ids are not always meeting ids)
        if mine or changes.touches(Kind.AGENDA, Kind.PRESENTATION, Kind.SHARING):
            self.reload()

    def undo_stack(self) -> QUndoStack | None:
        return self._stacks.get(self.meeting_id) if self.meeting_id is not None else None

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        has = meeting_id is not None
        for w in (self.heading, self.table, self.summary, self.add_button, self.edit_button, self.remove_button,
                  self.up_button, self.down_button, self.template_button, self.save_template_button):
            w.setVisible(has)
        self.empty.setVisible(not has)
        if has and meeting_id not in self._stacks:
            stack = QUndoStack(self)
            self.undo_group.addStack(stack)
            self._stacks[meeting_id] = stack
        if has:
            self.undo_group.setActiveStack(self._stacks[meeting_id])
        self.reload()

    def activate_undo(self) -> None:
        stack = self.undo_stack()
        if stack is not None:
            self.undo_group.setActiveStack(stack)

    def reload(self, select_row: int | None = None) -> None:
        if self.meeting_id is None:
            self.current = None
            self.model.set_rows([])
            self.report_button.hide()
            return
        if select_row is None:
            select_row = self.selected_row()
        try:
            self.current = self.ops.meetings.agenda(self.meeting_id)
        except ServiceError:  # the meeting was deleted
            self.show_meeting(None)
            return
        m = self.current.meeting
        self.heading.setText(
            f"{m.title} · {', '.join(m.groups)} · {texts.format_date(m.date)} "
            f"{texts.format_time(m.start)}–{texts.format_time(m.end)}"
        )
        self.model.set_rows(self.current.rows)
        fit_columns(self.table, max_width=320)
        if select_row is not None and self.current.rows:
            self.table.selectRow(max(0, min(select_row, len(self.current.rows) - 1)))
        self._update_summary()
        self._update_buttons()

    def _update_summary(self) -> None:
        a = self.current
        if not a.rows:
            self.summary.setText(self.tr("No items yet. Add one, or start from a template."))
            self.summary.setStyleSheet("")
            return
        text = self.tr("Items: %1. Duration: %2 min. Ends %3 (the meeting ends %4).").replace(
            "%1", str(len(a.rows))).replace("%2", str(a.total_minutes)).replace(
            "%3", texts.format_time(a.planned_end)).replace("%4", texts.format_time(a.meeting.end))
        if a.overrun_minutes:
            text += " " + self.tr("The agenda runs %1 minutes past the meeting's end.").replace(
                "%1", str(a.overrun_minutes))
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b00020; font-weight: bold;" if a.overrun_minutes else "")

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else None

    def selected(self) -> AgendaRow | None:
        row = self.selected_row()
        return self.model.row_at(row) if row is not None else None

    def titles(self) -> list[str]:
        return [r.title for r in self.model.rows()]

    def _update_buttons(self) -> None:
        row = self.selected_row()
        n = self.model.rowCount()
        self.edit_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < n - 1)
        self.save_template_button.setEnabled(n > 0)
        item = self.model.row_at(row) if row is not None else None
        self.report_button.setVisible(self.meeting_id is not None and item is not None
                                      and item.kind == AgendaItemKind.STATUS_REPORT)

    # ------------------------------------------------------------------
    def _push(self, command, select_row: int | None = None) -> None:
        def done(error: str | None) -> None:
            self.reload(select_row)  # (the change was announced; this puts the selection where the edit was)
            if error:
                self.status.emit(error)

        command.on_done = done
        self.undo_stack().push(command)

    def _presentations(self) -> list[tuple[int, str]]:
        return self.ops.meetings.presentation_choices()

    def add_item(self) -> None:
        if self.meeting_id is None:
            return
        dialog = ItemDialog(self._presentations(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        row = self.selected_row()
        position = row + 1 if row is not None else None
        data = dialog.input()
        self._push(
            AddItemCommand(self.ops, self.meeting_id, data, position, None,
                           self.tr("add agenda item %1").replace("%1", data.title.strip())),
            select_row=position if position is not None else self.model.rowCount(),
        )

    def edit_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            before = self.ops.meetings.item_input(item.uuid)
        except ServiceError as exc:  # removed meanwhile
            self.status.emit(texts.problem_text(exc.problem))
            self.reload()
            return
        dialog = ItemDialog(self._presentations(), before, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = dialog.input()
        if after == before:
            return
        self._push(EditItemCommand(self.ops, item.uuid, before, after, None,
                                   self.tr("edit agenda item %1").replace("%1", after.title.strip())))

    def remove_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        self._push(RemoveItemCommand(self.ops, item.uuid, None, self.tr("remove agenda item %1").replace("%1", item.title)))
        self.status.emit(self.tr("Removed %1 (Ctrl+Z brings it back)").replace("%1", item.title))

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row is None:
            return
        self._move_rows(row, row + step)

    def _move_rows(self, source: int, target: int) -> None:
        if not 0 <= target < self.model.rowCount() or source == target:
            return
        item = self.model.row_at(source)
        self._push(
            MoveItemCommand(self.ops, item.uuid, source, target, None,
                            self.tr("move agenda item %1").replace("%1", item.title)),
            select_row=target,
        )

    def apply_template(self) -> None:
        if self.meeting_id is None:
            return
        templates = self.ops.meetings.templates()
        names = [t.name for t in templates]
        name, ok = QInputDialog.getItem(self, self.tr("Agenda from template"),
                                        self.tr("Add the items of this template:"), names, 0, False)
        if not ok:
            return
        template = templates[names.index(name)]
        self._push(ApplyTemplateCommand(self.ops, self.meeting_id, template.items, None,
                                        self.tr("add template %1").replace("%1", template.name)))

    def save_as_template(self) -> None:
        if self.meeting_id is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save as template"), self.tr("Name of the template:"),
                                        text=self.current.meeting.title if self.current else "")
        if not ok:
            return
        try:
            self.ops.meetings.save_as_template(self.meeting_id, name)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Save as template"), texts.problem_text(exc.problem))
            return
        self.status.emit(self.tr("Saved the agenda as the template %1").replace("%1", name.strip()))
