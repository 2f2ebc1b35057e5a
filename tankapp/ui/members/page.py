"""The Medlemmer section: filter as you type, Danish sort, add/edit/withdraw, import, personal data (GDPR)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tankapp.services.errors import ServiceError
from tankapp.services.members.groups import GroupSummary
from tankapp.services.members.registry import MemberInput, MemberSummary
from tankapp.ui.common import texts
from tankapp.ui.members.commitment import attended_column, commitment_column
from tankapp.ui.common.commands import AddMemberCommand, EditMemberCommand
from tankapp.ui.common.itemmodels import KEEP, STRETCH, Column
from tankapp.ui.common.list_page import RowList, refill_combo
from tankapp.ui.groups.addresses import copy_button_tooltip, copy_invitation_addresses
from tankapp.ui.groups.steering import group_choices, separate_steering
from tankapp.ui.members.dialog import MemberDialog
from tankapp.ui.ops import Changes, Kind, Operations
from tankapp.ui.ops.follow import follow


def personal_data_file_name(name: str, suffix: str = ".pdf") -> str:
    """'Persondata - Åse Kjærgaard.pdf' (characters a file name cannot hold become _)."""
    text = f"Persondata - {' '.join(name.split())}{suffix}"
    return "".join("_" if c in '/\\:*?"<>|' or ord(c) < 32 else c for c in text)


class MembersPage(QWidget):
    status = Signal(str)
    import_requested = Signal()
    # A member was anonymised or deleted: every undo command holding their old data must go
    # (this page clears its own stack; the window may clear the others it keeps).
    personal_data_erased = Signal()

    def __init__(self, ops: Operations, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.undo_stack = undo_stack
        self._groups: list[GroupSummary] = []
        self.commitment = None  # meeting_service.Commitment, loaded with the rows

        self.group_filter = QComboBox()
        self.show_withdrawn = QCheckBox(self.tr("Show withdrawn"))
        self.add_button = QPushButton(self.tr("New member"))
        self.add_button.setToolTip(self.tr("Add a member (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.copy_emails_button = QPushButton(self.tr("Copy e-mail addresses"))
        self.export_data_action = QAction(self.tr("Export all data about the member…"), self)
        self.anonymise_action = QAction(self.tr("Anonymise…"), self)
        self.delete_action = QAction(self.tr("Delete…"), self)
        self.privacy_menu = QMenu(self)
        self.privacy_menu.addAction(self.export_data_action)
        self.privacy_menu.addSeparator()
        self.privacy_menu.addAction(self.anonymise_action)
        self.privacy_menu.addAction(self.delete_action)
        self.privacy_button = QToolButton()
        self.privacy_button.setText(self.tr("Personal data…"))
        self.privacy_button.setToolTip(
            self.tr("The member's rights (GDPR): a copy of all data about them, anonymising, deleting")
        )
        self.privacy_button.setMenu(self.privacy_menu)
        self.privacy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.row_list = RowList(
            [
                Column(self.tr("Name"), lambda m: m.name, fit=KEEP),
                Column(self.tr("Group"), lambda m: m.group),
                Column(self.tr("Organisation"), lambda m: m.organisation, fit=STRETCH),
                Column(self.tr("E-mail"), lambda m: m.email or "", fit=KEEP),
                Column(self.tr("Sector"), lambda m: texts.sector_label(m.sector)),
                commitment_column(self),
                attended_column(self),
                Column(
                    self.tr("May be named"),
                    lambda m: texts.yes_no(m.consent_named),
                    searchable=False,
                ),
                Column(
                    self.tr("Status"),
                    lambda m: self.tr("Withdrawn %1").replace("%1", texts.format_date(m.withdrawn_on))
                    if m.withdrawn
                    else self.tr("Active"),
                    searchable=False,
                ),
            ],
            filter_placeholder=self.tr("Filter by name, e-mail, organisation… (Ctrl+F)"),
            empty_text=self.tr("No members yet. Add the first member, or import a list from Excel."),
            empty_action=self.tr("Add the first member"),
            sort=(0, Qt.SortOrder.AscendingOrder),
            fit=190,
        )
        rl = self.row_list
        self.filter, self.model, self.proxy, self.table, self.empty = rl.filter, rl.model, rl.proxy, rl.table, rl.empty
        self.stack = rl
        rl.opened.connect(self.edit_selected)
        self.empty.button.clicked.connect(self.add_member)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.export_data_action, self.anonymise_action, self.delete_action])

        top = QHBoxLayout()
        top.addWidget(self.filter, 3)
        top.addWidget(self.group_filter, 1)
        top.addWidget(self.show_withdrawn)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.withdraw_button, self.privacy_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_emails_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)

        self.group_filter.currentIndexChanged.connect(self._apply_predicate)
        self.show_withdrawn.toggled.connect(self._apply_predicate)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.withdraw_button.clicked.connect(self.toggle_withdrawn)
        self.import_button.clicked.connect(self.import_requested)
        self.copy_emails_button.clicked.connect(self.copy_email_addresses)
        self.export_data_action.triggered.connect(self.export_member_data)
        self.anonymise_action.triggered.connect(self.anonymise_selected)
        self.delete_action.triggered.connect(self.delete_member_for_good)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._apply_predicate()
        self.reload()
        follow(self, ops, [Kind.MEMBER, Kind.GROUP, Kind.MEETING, Kind.ATTENDANCE, Kind.THINK_TANK], self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        """Replace just the changed rows when only members' own data changed; else reload."""
        if changes.kinds <= {Kind.ATTENDANCE, Kind.MEETING}:
            # A check-in or a meeting held: only the meeting counts beside the members change.
            self.commitment = self.ops.members.commitment()
            self.model.values_changed()
            return
        ids = changes.ids_of(Kind.MEMBER)
        if changes.kinds <= {Kind.MEMBER, Kind.GROUP} and ids:
            where = {m.id: i for i, m in enumerate(self.model.rows())}
            if all(i in where for i in ids):
                try:
                    fresh = [(where[i], self.ops.members.summary(i)) for i in ids]
                except ServiceError:  # removed (an undone add): the list shrinks
                    fresh = None
                if fresh is not None:
                    for index, row in fresh:
                        self.model.replace_row(index, row)
                    self._update_buttons()
                    return
        self.reload()

    # ------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.row_list.focus_filter()

    def reload(self) -> None:
        self._groups = self.ops.groups.list()
        rows = self.ops.members.list()
        self.commitment = self.ops.members.commitment()
        self.row_list.set_rows(rows)  # the selected member stays selected
        # the expert groups, then (after a line) the steering committee, labelled as such
        if not refill_combo(self.group_filter, self.tr("All groups"), group_choices(self._groups)):
            self._apply_predicate()  # the group chosen is gone: all groups again
        separate_steering(self.group_filter, self._groups)
        self._update_buttons()

    def _apply_predicate(self) -> None:
        group_id = self.group_filter.currentData()
        show_withdrawn = self.show_withdrawn.isChecked()

        def keep(m: MemberSummary) -> bool:
            if group_id is not None and m.group_id != group_id:
                return False
            return show_withdrawn or not m.withdrawn

        self.proxy.set_row_predicate(keep)
        self._update_buttons()

    def visible_names(self) -> list[str]:
        return self.row_list.visible_texts()

    def selected(self) -> MemberSummary | None:
        return self.row_list.selected()

    def select_member(self, member_id: int) -> None:
        self.row_list.select(member_id)

    def _update_buttons(self) -> None:
        group_chosen = self.group_filter.currentData() is not None
        self.copy_emails_button.setEnabled(group_chosen)
        self.copy_emails_button.setToolTip(
            copy_button_tooltip() if group_chosen else self.tr("Choose a group in the filter above first.")
        )
        member = self.selected()
        self.edit_button.setEnabled(member is not None)
        self.withdraw_button.setEnabled(member is not None)
        for widget in (self.privacy_button, self.export_data_action, self.anonymise_action, self.delete_action):
            widget.setEnabled(member is not None)
        self.withdraw_button.setText(
            self.tr("Reinstate") if member is not None and member.withdrawn else self.tr("Withdraw")
        )

    def copy_email_addresses(self) -> None:
        """'Name <email>; …' of the active members of the group chosen in the filter, for an invitation."""
        group_id = self.group_filter.currentData()
        if group_id is not None:
            self.status.emit(copy_invitation_addresses(self.ops, group_id))

    # ------------------------------------------------------------------
    def _done(self, message: str):
        def report(error: str | None) -> None:
            self.status.emit(error if error else message)

        return report

    def add_member(self) -> None:
        default_group = self.group_filter.currentData()
        data = MemberInput(group_id=default_group or (self._groups[0].id if self._groups else None))
        dialog = MemberDialog(self.ops, self._groups, data=data, parent=self)
        if dialog.exec() != MemberDialog.DialogCode.Accepted:
            return
        new = dialog.input()
        command = AddMemberCommand(
            self.ops, new, self._done(self.tr("Saved: %1").replace("%1", new.name)),
            self.tr("add member %1").replace("%1", new.name),
        )
        self.undo_stack.push(command)
        if command.member_id is not None:
            self.select_member(command.member_id)

    def edit_selected(self) -> None:
        member = self.selected()
        if member is None:
            return
        before = self.ops.members.input_of(member.id)
        dialog = MemberDialog(self.ops, self._groups, member_id=member.id, data=before, parent=self)
        if dialog.exec() != MemberDialog.DialogCode.Accepted:
            return
        after = dialog.input()
        if after == before.cleaned():
            return
        self.undo_stack.push(
            EditMemberCommand(
                self.ops, member.uuid, before, after,
                self._done(self.tr("Saved: %1").replace("%1", after.name)),
                self.tr("edit member %1").replace("%1", after.name),
            )
        )

    def toggle_withdrawn(self) -> None:
        member = self.selected()
        if member is None:
            return
        before = self.ops.members.input_of(member.id)
        after = MemberInput(**{**before.__dict__})
        if member.withdrawn:
            after.withdrawn_on = None
            text, message = self.tr("reinstate %1"), self.tr("%1 is active again")
        else:
            after.withdrawn_on = max(dt.date.today(), before.joined_on or dt.date.min)
            text, message = self.tr("withdraw %1"), self.tr("%1 has withdrawn (Ctrl+Z undoes)")
        self.undo_stack.push(
            EditMemberCommand(
                self.ops, member.uuid, before, after,
                self._done(message.replace("%1", member.name)),
                text.replace("%1", member.name),
            )
        )

    # ------------------------------------------------------------------ personal data (GDPR)
    def export_member_data(self) -> None:
        """Everything held about the member, as a PDF (for them) or JSON, where the user chooses."""
        member = self.selected()
        if member is None:
            return
        default = str(Path.home() / personal_data_file_name(member.name))
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save all data about %1").replace("%1", member.name), default,
            self.tr("PDF (*.pdf);;JSON (*.json)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".json"):
            target = target.with_name(target.name + (".json" if "json" in (chosen or "").lower() else ".pdf"))

        def failed(exc: ServiceError) -> None:
            QMessageBox.warning(self, self.tr("Export"), Operations.message(exc))

        def done(written: Path) -> None:
            self.status.emit(self.tr("Exported to %1").replace("%1", written.name))
            answer = QMessageBox.question(
                self, self.tr("Exported"), self.tr("Saved as %1.\n\nOpen it now?").replace("%1", str(written))
            )
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

        try:
            self.ops.privacy.export_member(member.id, target, done=done, failed=failed)
        except ServiceError as exc:  # refused before anything was written
            failed(exc)

    def anonymise_selected(self) -> None:
        self._erase("anonymise")

    def delete_member_for_good(self) -> None:
        self._erase("delete")

    def _erase(self, mode: str) -> None:
        """Show what will happen, and on the clearly worded button do it; there is no undo."""
        from tankapp.ui.privacy.dialog import ANONYMISE, PrivacyDialog

        member = self.selected()
        if member is None:
            return
        dialog = PrivacyDialog(self.ops, member, mode, parent=self)
        if dialog.exec() != PrivacyDialog.DialogCode.Accepted:
            return
        terms, purge = dialog.extra_terms(), dialog.purge_backups()
        title = dialog.windowTitle()
        try:
            if mode == ANONYMISE:
                done = self.ops.privacy.anonymise(member.id, terms)
            else:
                done = self.ops.privacy.delete(member.id, terms)
        except ServiceError as exc:
            QMessageBox.warning(self, title, Operations.message(exc))
            return
        # The undo commands hold copies of the person's data: an undo would bring it back.
        self.undo_stack.clear()
        self.personal_data_erased.emit()
        purged = self.ops.privacy.purge_backups() if purge else None

        lines = []
        if mode == ANONYMISE:
            pseudonym = done.result.pseudonym
            lines.append(self.tr("%1 is now %2.").replace("%1", member.name).replace("%2", pseudonym))
            self.status.emit(self.tr("Anonymised: %1").replace("%1", pseudonym))
            if not self.show_withdrawn.isChecked():
                self.show_withdrawn.setChecked(True)  # anonymised is withdrawn: show the result
            self.select_member(member.id)
        else:
            lines.append(self.tr("%1 is deleted.").replace("%1", member.name))
            self.status.emit(self.tr("Deleted: %1").replace("%1", member.name))
        lines.append(self._scrub_text(done.scrub))
        if purged is not None:
            deleted = (self.tr("%1 older backup was deleted.") if purged.removed == 1
                       else self.tr("%1 older backups were deleted."))
            lines.append(deleted.replace("%1", str(purged.removed)))
            if purged.fresh is None:
                lines.append(self.tr("No new backup could be made (%1): make a backup soon.")
                             .replace("%1", purged.problem or ""))
        else:
            n = self.ops.privacy.old_backups(member.id)
            if n:
                held = (self.tr("%1 backup made earlier still holds the old data until it is rotated out.") if n == 1
                        else self.tr("%1 backups made earlier still hold the old data until they are rotated out."))
                lines.append(held.replace("%1", str(n)))
        lines.append(self.tr("Files exported earlier still hold it until they are deleted."))
        QMessageBox.information(self, title, "\n\n".join(lines))

    def _scrub_text(self, scrub) -> str:
        if scrub.complete:
            return self.tr("The database file was rebuilt without the old data.")
        if scrub.reason == "disk_full":
            return self.tr("The change is saved, but the disk is too full to rebuild the database file without "
                           "the old data: old data may stay in the file until it is rebuilt.")
        if scrub.reason == "busy":
            return self.tr("The change is saved, but another program had the database open: old data may stay "
                           "in its files until that program closes it.")
        return self.tr("The change is saved, but the database file could not be rebuilt without the old data.")
