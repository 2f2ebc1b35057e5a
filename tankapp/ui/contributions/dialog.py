"""The dialog that adds or edits one knowledge contribution (from the Bidrag section).

It shows the capture fields of meeting mode plus the group, the meeting and the
status; saving (and, for a sent one, the day it was sent) is one operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.enums import ContributionStatus as Status
from tankapp.services.contributions.register import ContributionInput
from tankapp.services.errors import Problem, ServiceError, ValidationError
from tankapp.services.members.groups import GroupSummary
from tankapp.services.meetings.planning import MeetingSummary
from tankapp.ui.common import texts
from tankapp.ui.meeting_mode.capture import (
    STATUSES,
    ContributionForm,
    combo_value,
    contribution_problem_text,
    set_combo_data,
    status_choice_label,
    translate,
)
from tankapp.ui.common.dates import DateField
from tankapp.ui.common.widgets import ErrorLabel

if TYPE_CHECKING:
    from tankapp.ui.ops.core import Operations


def meeting_label(m: MeetingSummary) -> str:
    """A meeting in a choice list: "12.03.2026 · Klinikermøde"."""
    return f"{texts.format_date(m.date)} · {m.title}"


class ContributionDialog(QDialog):
    """Add or edit a contribution: the capture fields plus group, meeting and status.

    Save writes at once; problems are shown next to the fields. After
    acceptance ``contribution_id`` is the saved contribution's id.
    """

    def __init__(
        self,
        ops: Operations,
        groups: list[GroupSummary],
        *,
        contribution_id: int | None = None,
        data: ContributionInput | None = None,
        sent_on: dt.date | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.ops = ops
        self.contribution_id = contribution_id
        self._data = data or ContributionInput()
        self.setWindowTitle(
            translate("Contributions", "Edit contribution") if contribution_id else translate("Contributions", "New contribution")
        )
        self.setMinimumWidth(620)

        self.group = QComboBox()
        for g in groups:
            if not g.archived or g.id == self._data.group_id:
                self.group.addItem(g.name, g.id)
        self.group_error = ErrorLabel()
        self.meeting = QComboBox()
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting.setMinimumContentsLength(24)
        self.form = ContributionForm()
        self.status = QComboBox()
        for st in STATUSES:
            self.status.addItem(status_choice_label(st), st)
        self.sent_on = DateField(sent_on or dt.date.today())  # typed the Danish way
        status_row = QHBoxLayout()
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        self.sent_label = QLabel(translate("Contributions", "Sent on:"))
        status_row.addWidget(self.sent_label, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.sent_on, 1)
        status_box = QWidget()
        status_box.setLayout(status_row)

        group_box = QWidget()
        gl = QHBoxLayout(group_box)
        gl.setContentsMargins(0, 0, 0, 0)
        gl.addWidget(self.group)
        gl.addWidget(self.group_error, 1)
        self.form.add_row(translate("Contributions", "&Group:"), group_box)
        self.form.add_row(translate("Contributions", "M&eeting:"), self.meeting)
        self.form.add_row(translate("Contributions", "St&atus:"), status_box)
        self.form.text.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 14)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(translate("Contributions", "Save"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Contributions", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

        self.setTabOrder(self.form.member, self.group)
        self.setTabOrder(self.group, self.meeting)
        self.setTabOrder(self.meeting, self.status)
        self.setTabOrder(self.status, self.sent_on.edit)

        set_combo_data(self.group, self._data.group_id)
        self._fill_for_group(meeting_id=self._data.meeting_id, member_id=self._data.member_id)
        self.form.set_input(self._data)
        set_combo_data(self.status, self._data.status)
        self._status_changed()
        self.group.currentIndexChanged.connect(lambda _i: self._fill_for_group())
        self.status.currentIndexChanged.connect(self._status_changed)
        self.form.title.setFocus()

    def _fill_for_group(self, meeting_id: int | None = None, member_id: int | None = None) -> None:
        group_id = self.group.currentData()
        if meeting_id is None:
            meeting_id = self.meeting.currentData()
        if member_id is None:
            member_id = self.form.member.currentData()
        try:
            meetings, members = self.ops.contributions.dialog_choices(group_id)
        except ServiceError as exc:
            meetings, members = [], []
            self.group_error.set_error(contribution_problem_text(exc.problem))
        self.meeting.clear()
        self.meeting.addItem(translate("Contributions", "(no meeting)"), None)
        for m in sorted(meetings, key=lambda m: (m.date, m.start), reverse=True):
            self.meeting.addItem(meeting_label(m), m.id)
        set_combo_data(self.meeting, meeting_id)
        choices = [(m.id, m.name, m.consent_named) for m in members if not m.withdrawn or m.id == member_id]
        self.form.set_members(choices, selected=member_id)

    def _status_changed(self) -> None:
        sent = combo_value(self.status, Status) == Status.SENT
        self.sent_on.setVisible(sent)
        self.sent_label.setVisible(sent)

    def input(self) -> ContributionInput:
        meeting_id = self.meeting.currentData()
        data = ContributionInput(
            group_id=self.group.currentData(),
            meeting_id=meeting_id,
            # The agenda item belongs to the meeting it was captured at.
            agenda_item_id=self._data.agenda_item_id if meeting_id == self._data.meeting_id else None,
            status=combo_value(self.status, Status),
        )
        return self.form.fill(data)

    def sent_date(self) -> dt.date | None:
        if combo_value(self.status, Status) != Status.SENT:
            return None
        return self.sent_on.value()

    def show_problems(self, problems: list[Problem]) -> None:
        self.form.title_error.set_error(None)
        self.group_error.set_error(None)
        for p in problems:
            if p.field == "group_id":
                self.group_error.set_error(contribution_problem_text(p))
            else:
                current = self.form.title_error.text()
                self.form.title_error.set_error(" ".join(x for x in (current, contribution_problem_text(p)) if x))
        if self.form.title_error.isVisibleTo(self):
            self.form.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        if self.sent_on.isVisibleTo(self) and not self.sent_on.settle():  # it says beneath what is wrong
            self.sent_on.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        data = self.input()
        sent = self.sent_date()
        try:
            row = self.ops.contributions.save(data, contribution_id=self.contribution_id, sent_on=sent)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except ServiceError as exc:
            self.show_problems([exc.problem])
            return
        self.contribution_id = row.id
        super().accept()
