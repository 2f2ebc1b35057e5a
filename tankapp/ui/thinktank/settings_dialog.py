"""File > Think tank settings…: the name, the project period, the meeting target and the members' commitment.

The services check the change (also against the meetings already planned: the
period cannot leave one outside it), each problem is shown beside its field,
and the change is one undo step (Ctrl+Z puts the settings back as they were).
Every view that shows them (the window's title, the status, the meetings'
progress toward the target, the members' commitment) follows the change event.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tankapp.services import thinktank
from tankapp.services.errors import ServiceError, ValidationError
from tankapp.services.thinktank import ThinkTankInput
from tankapp.ui.common import texts
from tankapp.ui.common.commands import Done, ServiceCommand
from tankapp.ui.common.dates import DateField
from tankapp.ui.common.widgets import ErrorLabel, with_error
from tankapp.ui.ops import Operations


def _date(edit: DateField) -> dt.date | None:
    return edit.value()  # None while what is typed is not a date (save() says so first)


def _date_edit(value: dt.date) -> DateField:
    return DateField(value)  # typed the Danish way; a wrong date is said beneath it


class ThinkTankDialog(QDialog):
    """Edit the think tank's settings; OK only once the services accept them (nothing is saved here)."""

    def __init__(self, ops: Operations, data: ThinkTankInput, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.before = data
        self.setWindowTitle(self.tr("Think tank settings"))
        self.setMinimumWidth(600)

        self.name = QLineEdit(data.name)
        self.name.setMaxLength(thinktank.NAME_MAX)
        self.period_start = _date_edit(data.period_start)
        self.period_end = _date_edit(data.period_end)
        self.meeting_target = QSpinBox()
        self.meeting_target.setRange(1, thinktank.MEETING_TARGET_MAX)
        self.meeting_target.setValue(data.meeting_target)
        self.meeting_target.setSuffix(self.tr(" meetings"))
        self.commitment_min = QSpinBox()
        self.commitment_max = QSpinBox()
        for spin, value in ((self.commitment_min, data.commitment_min), (self.commitment_max, data.commitment_max)):
            spin.setRange(0, thinktank.COMMITMENT_MAX)
            spin.setValue(value)
        commitment = QWidget()
        row = QHBoxLayout(commitment)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.commitment_min)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.commitment_max)
        row.addWidget(QLabel(self.tr("meetings")))
        row.addStretch(1)
        commitment.setFocusProxy(self.commitment_min)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, ErrorLabel] = {}
        for key, label, widget in (
            ("name", self.tr("Name:"), self.name),
            ("period_start", self.tr("Project starts:"), self.period_start),
            ("period_end", self.tr("Project ends:"), self.period_end),
            ("meeting_target", self.tr("Meeting target:"), self.meeting_target),
            ("commitment_min", self.tr("Each member attends:"), commitment),
        ):
            box, self.errors[key] = with_error(widget)
            form.addRow(label, box)
        hint = QLabel(
            self.tr(
                "The meeting target counts the meetings held across all groups (a joint meeting once). "
                "Each member commits to attend this many meetings over the period."
            )
        )
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        self.error = ErrorLabel()  # a problem of no one field

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.name.setFocus()
        self.name.selectAll()

    def input(self) -> ThinkTankInput:
        return ThinkTankInput(
            name=self.name.text().strip(),
            period_start=_date(self.period_start),
            period_end=_date(self.period_end),
            meeting_target=self.meeting_target.value(),
            commitment_min=self.commitment_min.value(),
            commitment_max=self.commitment_max.value(),
        )

    def show_problems(self, problems) -> None:
        """Each problem beside its field (the first one per field); one of no field under the form."""
        shown: dict[str, str] = {}
        for p in problems:
            key = "commitment_min" if p.field == "commitment_max" else p.field
            shown.setdefault(key if key in self.errors else "", texts.problem_text(p))
        for key, label in self.errors.items():
            label.set_error(shown.get(key))
        self.error.set_error(shown.get(""))
        first = next((k for k in self.errors if k in shown), None)
        if first is not None:
            getattr(self, first).setFocus()

    def save(self) -> None:
        settled = [edit.settle() for edit in (self.period_start, self.period_end)]  # each says what is wrong
        if not all(settled):
            (self.period_start if not settled[0] else self.period_end).setFocus()
            return
        data = self.input()
        if data == self.before:
            self.reject()  # nothing changed: no undo step for nothing
            return
        try:
            self.ops.thinktank.check(data)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except ServiceError as exc:
            self.show_problems([])
            self.error.set_error(Operations.message(exc))
            return
        self.accept()


class SetThinkTankCommand(ServiceCommand):
    """Replace the think tank's settings; undo puts the earlier ones back."""

    def __init__(self, ops: Operations, before: ThinkTankInput, after: ThinkTankInput, on_done: Done, text: str):
        super().__init__(ops, text, on_done)
        self.before = before
        self.after = after

    def redo(self) -> None:
        self._run(lambda: self.ops.thinktank.update(self.after))

    def undo(self) -> None:
        self._run(lambda: self.ops.thinktank.update(self.before))


def edit_think_tank(window) -> bool:
    """Open the settings dialog over ``window``'s database; a change becomes one undo step. True when changed."""
    ops: Operations = window.ops
    title = QCoreApplication.translate("ThinkTankDialog", "Think tank settings")
    try:
        before = ops.thinktank.settings()
    except ServiceError as exc:  # no think tank set up, or the disk said no
        QMessageBox.warning(window, title, Operations.message(exc))
        return False
    dialog = ThinkTankDialog(ops, before, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    after = dialog.input()

    def done(error: str | None) -> None:
        if error is None:
            window.show_status(QCoreApplication.translate("ThinkTankDialog", "Think tank settings saved (Ctrl+Z undoes)"))
        else:
            QMessageBox.warning(window, title, error)

    # The step goes on the undo stack of the place shown, so Ctrl+Z right after undoes it wherever one is.
    group = window.undo_group
    stack = group.activeStack()
    if stack is None:
        stack = window.general_undo
        group.setActiveStack(stack)
    command = SetThinkTankCommand(ops, before, after, done, QCoreApplication.translate("ThinkTankDialog", "change the think tank settings"))
    stack.push(command)
    return not command.isObsolete()
