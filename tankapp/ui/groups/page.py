"""The Grupper section: the expert groups with member counts and size warnings; the steering committee apart.

The steering committee (*styregruppe*) is kept as a group of its own kind (see
:mod:`tankapp.services.members.groups`). It is listed in a box of its own below
the expert groups, never among them: it has no target size and counts toward
none of the expert groups' figures. Selecting it shows its members below, like
a group's; the box offers to create it while the think tank has none.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.enums import ActorKind
from tankapp.services.errors import ServiceError, ValidationError
from tankapp.services.members.groups import ArchiveImpact, GroupInput, GroupSummary
from tankapp.ui.common import texts
from tankapp.ui.common.commands import ServiceCommand
from tankapp.ui.groups.addresses import copy_button_tooltip, copy_invitation_addresses
from tankapp.ui.members.commitment import attended_column, commitment_column
from tankapp.ui.common.itemmodels import KEEP, STRETCH, Column
from tankapp.ui.common.list_page import RowList
from tankapp.ui.ops import Kind, Operations
from tankapp.ui.ops.follow import follow
from tankapp.ui.common.widgets import with_error


class GroupDialog(QDialog):
    """Name, actor kind, description and target size of an expert group.

    For the steering committee: its name and description only (it has no kind
    of actor to choose and no target size).
    """

    def __init__(self, ops: Operations, group: GroupSummary | None = None, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.group = group
        steering = group is not None and group.steering
        if steering:
            self.setWindowTitle(self.tr("Edit the steering committee"))
        else:
            self.setWindowTitle(self.tr("Edit group") if group else self.tr("New group"))
        self.setMinimumWidth(460)
        self.name = QLineEdit(group.name if group else "")
        self.kind = QComboBox()
        for kind in ActorKind:
            if kind == ActorKind.STEERING_COMMITTEE and not steering:
                continue  # the steering committee is made from its own box, never as an expert group
            self.kind.addItem(texts.actor_kind_label(kind), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(group.actor_kind if group else ActorKind.OTHER), 0))
        self.description = QPlainTextEdit(group.description if group else "")
        self.description.setTabChangesFocus(True)
        self.min_size = QSpinBox()
        self.max_size = QSpinBox()
        for spin, value in ((self.min_size, group.min_size if group else 10), (self.max_size, group.max_size if group else 20)):
            spin.setRange(0, 999)
            spin.setValue(value)
        sizes = QHBoxLayout()
        sizes.addWidget(self.min_size)
        sizes.addWidget(QLabel(self.tr("to")))
        sizes.addWidget(self.max_size)
        sizes.addStretch(1)
        size_box = QWidget()
        size_box.setLayout(sizes)
        sizes.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        name_box, self.name_error = with_error(self.name)
        size_wrap, self.size_error = with_error(size_box)
        form.addRow(self.tr("Name:"), name_box)
        if not steering:
            form.addRow(self.tr("Kind of actor:"), self.kind)
        form.addRow(self.tr("Description:"), self.description)
        if not steering:
            form.addRow(self.tr("Target size:"), size_wrap)
        else:
            self.kind.hide()
            size_wrap.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def input(self) -> GroupInput:
        return GroupInput(
            name=self.name.text(),
            actor_kind=self.kind.currentData(),
            description=self.description.toPlainText(),
            min_size=self.min_size.value(),
            max_size=self.max_size.value(),
        )

    def accept(self) -> None:
        """Save at once; on a problem, say so next to the field and stay open."""
        try:
            if self.group is None:
                self.ops.groups.create(self.input())
            else:
                self.ops.groups.update(self.group.id, self.input())
        except ValidationError as exc:
            by_field = exc.by_field
            name_problem = by_field.get("name") or by_field.get("actor_kind")
            self.name_error.set_error(texts.problem_text(name_problem) if name_problem else None)
            self.size_error.set_error(texts.problem_text(by_field["min_size"]) if "min_size" in by_field else None)
            return
        super().accept()


class ArchiveGroupCommand(ServiceCommand):
    """Archive or restore a group; undo does the opposite (the group keeps its id: groups are never deleted).

    ``report`` gets what to tell the user: *done* after doing, *undone* after undoing, or the problem.
    """

    def __init__(self, ops: Operations, group_id: int, archived: bool, report: Callable[[str], None], text: str,
                 done: str, undone: str):
        super().__init__(ops, text, lambda error: None)
        self.group_id = group_id
        self.archived = archived
        self._report, self._done_text, self._undone_text = report, done, undone

    def _set(self, archived: bool, message: str) -> None:
        self.on_done = lambda error: self._report(error or message)
        self._run(lambda: self.ops.groups.set_archived(self.group_id, archived))

    def redo(self) -> None:
        self._set(self.archived, self._done_text)

    def undo(self) -> None:
        self._set(not self.archived, self._undone_text)


class GroupsPage(QWidget):
    status = Signal(str)

    def __init__(self, ops: Operations, undo_group: QUndoGroup | None = None, parent=None):
        super().__init__(parent)
        self.ops = ops
        # Archiving and restoring can be undone (Ctrl+Z while the section is shown).
        self.undo_group = undo_group
        self.undo_stack = QUndoStack(self)
        if undo_group is not None:
            undo_group.addStack(self.undo_stack)
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.row_list = RowList(
            [
                Column(self.tr("Group"), lambda g: self.tr("%1 (archived)").replace("%1", g.name) if g.archived else g.name,
                       fit=KEEP),
                Column(self.tr("Kind of actor"), lambda g: texts.actor_kind_label(g.actor_kind)),
                Column(
                    self.tr("Members"),
                    lambda g: g.member_count,
                    align=Qt.AlignmentFlag.AlignRight,
                ),
                Column(
                    self.tr("Size"),
                    self._size_text,
                    sort=lambda g: (g.size_warning is None, g.member_count),
                    decoration=lambda g: warn if g.size_warning else None,
                    tooltip=self._size_text,
                ),
                Column(self.tr("Description"), lambda g: g.description.replace("\n", " "), fit=STRETCH),
            ],
            fit=360,
            refit=True,
        )
        self.model, self.proxy, self.table = self.row_list.model, self.row_list.proxy, self.row_list.table
        self.row_list.opened.connect(self.edit_selected)

        # The steering committee, apart from the expert groups.
        self.steering_box = QGroupBox(self.tr("Steering committee"))
        self.steering_list = RowList(
            [
                Column(self.tr("Name"), lambda g: self.tr("%1 (archived)").replace("%1", g.name) if g.archived else g.name,
                       fit=KEEP),
                Column(self.tr("Members"), lambda g: g.member_count, align=Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Description"), lambda g: g.description.replace("\n", " "), fit=STRETCH),
            ],
            fit=360,
            refit=True,
        )
        self.steering_list.opened.connect(self.edit_selected)
        self.steering_note = QLabel(self.tr(
            "Representatives of regions, municipalities and the partners. Not an expert group: its members and "
            "meetings count toward none of the groups' figures (the meeting target, the target size, the "
            "commitment)."
        ))
        self.steering_note.setWordWrap(True)
        self.steering_missing = QLabel(self.tr("The think tank has no steering committee in tankapp yet."))
        self.steering_missing.setWordWrap(True)
        self.create_steering_button = QPushButton(self.tr("Create the steering committee"))
        self.create_steering_button.setToolTip(self.tr(
            "Add the steering committee (Styregruppe): then add its members, and plan its meetings in Meetings"
        ))
        steering_layout = QVBoxLayout(self.steering_box)
        steering_layout.addWidget(self.steering_note)
        steering_layout.addWidget(self.steering_list)
        missing_row = QHBoxLayout()
        missing_row.addWidget(self.steering_missing, 1)
        missing_row.addWidget(self.create_steering_button)
        steering_layout.addLayout(missing_row)
        self._fit_steering_height()

        self.new_button = QPushButton(self.tr("New group…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.archive_button = QPushButton(self.tr("Archive…"))
        self.copy_emails_button = QPushButton(self.tr("Copy e-mail addresses"))
        self.copy_emails_button.setToolTip(copy_button_tooltip())
        self.show_archived = QCheckBox(self.tr("Show archived"))
        row = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.archive_button, self.copy_emails_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.show_archived)
        # The selected group's members, with their meetings against the commitment.
        self.commitment = None
        self.members_heading = QLabel()
        self.members_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.members_list = RowList(
            [
                Column(self.tr("Name"), lambda m: m.name, fit=KEEP),
                Column(self.tr("Organisation"), lambda m: m.organisation, fit=STRETCH),
                commitment_column(self),
                attended_column(self),
                Column(self.tr("Status"), lambda m: self.tr("Withdrawn") if m.withdrawn else self.tr("Active")),
            ],
            sort=(0, Qt.SortOrder.AscendingOrder),
            fit=360,
            refit=True,
        )
        ml = self.members_list
        self.members_model, self.members_proxy, self.members_table = ml.model, ml.proxy, ml.table
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.members_heading)
        lower_layout.addWidget(self.members_list, 1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(row)
        upper_layout.addWidget(self.row_list, 1)
        upper_layout.addWidget(self.steering_box)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.new_button.clicked.connect(self.new_group)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.copy_emails_button.clicked.connect(self.copy_email_addresses)
        self.create_steering_button.clicked.connect(self.create_steering_committee)
        self.show_archived.toggled.connect(
            lambda on: self.proxy.set_row_predicate(None if on else (lambda g: not g.archived))
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._picked(self.table))
        self.steering_list.table.selectionModel().selectionChanged.connect(
            lambda *_: self._picked(self.steering_list.table))
        self.proxy.set_row_predicate(lambda g: not g.archived)
        self.reload()
        follow(self, ops, [Kind.GROUP, Kind.MEMBER, Kind.MEETING, Kind.ATTENDANCE, Kind.THINK_TANK],
               lambda _changes: self.reload())

    def activate_undo(self) -> None:
        """Make Ctrl+Z undo here (the window calls it when the section is shown)."""
        if self.undo_group is not None:
            self.undo_group.setActiveStack(self.undo_stack)

    def _size_text(self, g: GroupSummary) -> str:
        if g.size_warning == "too_few":
            return self.tr("Too few: target %1-%2").replace("%1", str(g.min_size)).replace("%2", str(g.max_size))
        if g.size_warning == "too_many":
            return self.tr("Too many: target %1-%2").replace("%1", str(g.min_size)).replace("%2", str(g.max_size))
        return self.tr("Within target %1-%2").replace("%1", str(g.min_size)).replace("%2", str(g.max_size))

    def _fit_steering_height(self) -> None:
        """The steering committee's list is one row high (with its header): the expert groups keep the room."""
        table = self.steering_list.table
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row = table.rowHeight(0) if table.model().rowCount() else table.verticalHeader().defaultSectionSize()
        height = table.horizontalHeader().sizeHint().height() + row + 2 * table.frameWidth()
        if table.horizontalScrollBar().isVisible():
            height += table.horizontalScrollBar().sizeHint().height()
        self.steering_list.setFixedHeight(height + 2)

    def reload(self) -> None:
        rows = self.ops.groups.list()
        selected = self.selected()
        self._loading = True
        try:
            self.row_list.set_rows([g for g in rows if not g.steering])  # the selected group stays selected
            self.steering_list.set_rows([g for g in rows if g.steering])
        finally:
            self._loading = False
        has_steering = self.steering_list.model.rowCount() > 0
        self._fit_steering_height()
        self.steering_list.setVisible(has_steering)
        self.steering_missing.setVisible(not has_steering)
        self.create_steering_button.setVisible(not has_steering)
        if selected is None and self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()
        self._show_members()

    def _picked(self, table) -> None:
        """A row chosen in one list: the other list lets go of its selection (one group is selected at a time)."""
        if getattr(self, "_loading", False):
            return
        other = self.steering_list.table if table is self.table else self.table
        if table.selectionModel().hasSelection() and other.selectionModel().hasSelection():
            other.selectionModel().blockSignals(True)
            other.clearSelection()
            other.selectionModel().blockSignals(False)
            other.viewport().update()
        self._update_buttons()
        self._show_members()

    def steering_committee(self) -> GroupSummary | None:
        """The steering committee as listed in its box (None when there is none)."""
        rows = self.steering_list.model.rows()
        return rows[0] if rows else None

    def select_steering_committee(self) -> bool:
        g = self.steering_committee()
        return g is not None and self.steering_list.select(g.id)

    def create_steering_committee(self) -> None:
        """Add the steering committee (named Styregruppe) and select it, so its members can be added."""
        try:
            self.ops.groups.create_steering_committee()
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Steering committee"), Operations.message(exc))
            return
        self.reload()
        self.select_steering_committee()
        g = self.steering_committee()
        if g is not None:
            self._after_change(self.tr(
                "The steering committee %1 is created. Add its members in Members; plan its meetings in Meetings"
            ).replace("%1", g.name))

    def _show_members(self) -> None:
        g = self.selected()
        if g is None:
            self.members_heading.setText("")
            self.members_model.set_rows([])
            return
        rows = self.ops.members.list(group_id=g.id)
        self.commitment = self.ops.members.commitment()
        self.members_heading.setText(self.tr("Members of %1").replace("%1", g.name))
        self.members_list.set_rows(rows)

    def member_names(self) -> list[str]:
        return self.members_list.visible_texts()

    def selected(self) -> GroupSummary | None:
        """The selected expert group, or the steering committee when it is selected."""
        return self.row_list.selected() or self.steering_list.selected()

    def _update_buttons(self) -> None:
        g = self.selected()
        self.edit_button.setEnabled(g is not None)
        self.archive_button.setEnabled(g is not None)
        self.archive_button.setText(self.tr("Restore") if g is not None and g.archived else self.tr("Archive…"))
        self.copy_emails_button.setEnabled(g is not None)

    def _after_change(self, message: str) -> None:
        self.status.emit(message)  # the view itself follows the change event

    def new_group(self) -> None:
        dialog = GroupDialog(self.ops, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change(self.tr("Saved: %1").replace("%1", dialog.input().name.strip()))

    def edit_selected(self) -> None:
        g = self.selected()
        if g is None:
            return
        dialog = GroupDialog(self.ops, g, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change(self.tr("Saved: %1").replace("%1", dialog.input().name.strip()))

    def toggle_archived(self) -> None:
        """Restore an archived group, or archive one; a group with members or planned meetings asks first.

        Either can be undone (Ctrl+Z, or Edit > Undo).
        """
        g = self.selected()
        if g is None:
            return
        if g.archived:
            self._push_archived(g, False)
            return
        try:
            impact = self.ops.groups.archive_impact(g.id)
        except ServiceError as exc:
            self.status.emit(Operations.message(exc))
            return
        if impact.asks and not self._confirm_archive(impact):
            return
        self._push_archived(g, True)

    def _confirm_archive(self, impact: ArchiveImpact) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Archive group"),
            self.tr("Archive the group %1? It has %2.").replace("%1", impact.group).replace(
                "%2", self.archive_impact_text(impact)),
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # a group's name is shown as typed, markup and all
        box.setInformativeText(self.tr(
            "An archived group is left out of lists and choices for new work. Its members, meetings and "
            "history are kept. Ctrl+Z undoes the archiving, and the group can be restored later."
        ))
        archive = box.addButton(self.tr("Archive"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is archive

    def archive_impact_text(self, impact: ArchiveImpact) -> str:
        """'12 active members and 2 planned meetings' (the parts that are not zero)."""
        parts = []
        if impact.members:
            parts.append((self.tr("1 active member") if impact.members == 1 else self.tr("%1 active members"))
                         .replace("%1", str(impact.members)))
        if impact.planned_meetings:
            parts.append((self.tr("1 planned meeting") if impact.planned_meetings == 1
                          else self.tr("%1 planned meetings")).replace("%1", str(impact.planned_meetings)))
        if len(parts) == 2:
            return self.tr("%1 and %2").replace("%1", parts[0]).replace("%2", parts[1])
        return parts[0] if parts else ""

    def _push_archived(self, g: GroupSummary, archived: bool) -> None:
        if archived:
            done = self.tr("%1 is archived; its members and history are kept (Ctrl+Z undoes)")
            undone = self.tr("%1 is restored")
        else:
            done, undone = self.tr("%1 is restored"), self.tr("%1 is archived again")
        text = self.tr("archive group %1") if archived else self.tr("restore group %1")
        self.undo_stack.push(ArchiveGroupCommand(
            self.ops, g.id, archived, self._after_change, text.replace("%1", g.name),
            done.replace("%1", g.name), undone.replace("%1", g.name),
        ))

    def copy_email_addresses(self) -> None:
        """'Name <email>; …' of the selected group's active members on the clipboard, for an invitation."""
        g = self.selected()
        if g is not None:
            self.status.emit(copy_invitation_addresses(self.ops, g.id))
