"""Ending a meeting: the questions asked before it is marked held.

:class:`EndMeetingDialog` asks what became of the members still only
*invited* (absent or excused, one by one or all at once) and, when the meeting
is ended on another day than planned, whether its date moves to today. The
window does the rest (:meth:`MeetingModeWindow.end_meeting`): one undoable
write that also stops the timer and marks the meeting held, then it offers
the minutes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from tankapp.domain.enums import AttendanceStatus
from tankapp.services.meeting_mode.flow import EndingQuestions, EndInput
from tankapp.ui.common import texts
from tankapp.ui.common.widgets import ErrorLabel
from tankapp.ui.meeting_mode.keys import key_text

MEMBER_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1


class EndMeetingDialog(QDialog):
    """The questions of ending a meeting; ``attempt(EndInput)`` ends it and returns a problem's text or None.

    The dialog stays open, showing the problem, when ending is refused (a date
    outside the project period, say).
    """

    def __init__(self, questions: EndingQuestions, attempt: Callable[[EndInput], str | None], parent=None):
        super().__init__(parent)
        self.questions = questions
        self._attempt = attempt
        self.setWindowTitle(self.tr("End the meeting"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("End “%1”").replace("%1", questions.title))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        self.members = QTreeWidget()
        self.members.setColumnCount(3)
        self.members.setHeaderLabels([self.tr("Name"), self.tr("Organisation"), self.tr("Registered as")])
        self.members.setRootIsDecorated(False)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members.setAlternatingRowColors(True)
        self.excused_button = QPushButton(self.tr("Selected: excused"))
        self.absent_button = QPushButton(self.tr("Selected: absent"))
        self.all_excused_button = QPushButton(self.tr("All excused"))
        self.all_absent_button = QPushButton(self.tr("All absent"))
        self.members_box = QGroupBox(self.tr("Still only invited (%1)").replace("%1", str(len(questions.unregistered))))
        ml = QVBoxLayout(self.members_box)
        explain = QLabel(self.tr("Nothing is registered for these members. Were they absent, or did they send "
                                 "apologies? Everyone is absent unless you say otherwise."))
        explain.setWordWrap(True)
        ml.addWidget(explain)
        ml.addWidget(self.members, 1)
        buttons = QHBoxLayout()
        for b in (self.excused_button, self.absent_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.all_excused_button, self.all_absent_button):
            buttons.addWidget(b)
        ml.addLayout(buttons)
        for row in questions.unregistered:
            entry = QTreeWidgetItem([row.name, row.organisation, ""])
            entry.setData(0, MEMBER_ROLE, row.member_id)
            self.members.addTopLevelItem(entry)
            self._set_state(entry, AttendanceStatus.ABSENT)
        self.members.resizeColumnToContents(0)
        self.members_box.setVisible(bool(questions.unregistered))
        layout.addWidget(self.members_box, 1)

        self.date_box = QGroupBox(self.tr("The date"))
        dl = QVBoxLayout(self.date_box)
        date_text = QLabel(
            self.tr("The meeting was planned for %1, and it is ended today, %2. Which date is right?")
            .replace("%1", texts.format_date(questions.planned_date, long=True))
            .replace("%2", texts.format_date(questions.today, long=True)))
        date_text.setWordWrap(True)
        self.keep_date = QRadioButton(self.tr("Keep the planned date, %1").replace(
            "%1", texts.format_date(questions.planned_date)))
        self.move_date = QRadioButton(self.tr("Move the meeting to today, %1").replace(
            "%1", texts.format_date(questions.today)))
        self._dates = QButtonGroup(self)
        self._dates.addButton(self.keep_date)
        self._dates.addButton(self.move_date)
        dl.addWidget(date_text)
        dl.addWidget(self.keep_date)
        dl.addWidget(self.move_date)
        self.date_box.setVisible(questions.date_differs)
        layout.addWidget(self.date_box)

        then = QLabel(self.tr("The timer stops and the meeting is marked as held. %1 undoes it.")
                      .replace("%1", key_text("Ctrl+Z")))
        then.setWordWrap(True)
        layout.addWidget(then)
        self.offer_minutes = QCheckBox(self.tr("Then save the minutes as PDF"))
        self.offer_minutes.setChecked(True)
        layout.addWidget(self.offer_minutes)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("End meeting"))
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.excused_button.clicked.connect(lambda: self.set_selected(AttendanceStatus.EXCUSED))
        self.absent_button.clicked.connect(lambda: self.set_selected(AttendanceStatus.ABSENT))
        self.all_excused_button.clicked.connect(lambda: self.set_all(AttendanceStatus.EXCUSED))
        self.all_absent_button.clicked.connect(lambda: self.set_all(AttendanceStatus.ABSENT))
        self.members.itemSelectionChanged.connect(self._update_buttons)
        self._dates.buttonToggled.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.resize(560, 520 if questions.unregistered else 260)

    # ------------------------------------------------------------------ answers
    def _set_state(self, entry: QTreeWidgetItem, status: AttendanceStatus) -> None:
        entry.setData(0, STATE_ROLE, status)
        entry.setText(2, texts.attendance_label(status))

    def set_selected(self, status: AttendanceStatus) -> None:
        for entry in self.members.selectedItems():
            self._set_state(entry, status)

    def set_all(self, status: AttendanceStatus) -> None:
        for i in range(self.members.topLevelItemCount()):
            self._set_state(self.members.topLevelItem(i), status)

    def choose_date(self, move: bool) -> None:
        (self.move_date if move else self.keep_date).setChecked(True)

    def _update_buttons(self) -> None:
        selected = bool(self.members.selectedItems())
        self.excused_button.setEnabled(selected)
        self.absent_button.setEnabled(selected)
        # The date is asked, not assumed: a meeting run on another day, or minutes finished the day after?
        self.ok_button.setEnabled(not self.questions.date_differs or self._dates.checkedButton() is not None)

    def input(self) -> EndInput:
        settle = {}
        for i in range(self.members.topLevelItemCount()):
            entry = self.members.topLevelItem(i)
            settle[int(entry.data(0, MEMBER_ROLE))] = AttendanceStatus(entry.data(0, STATE_ROLE))
        move = self.questions.date_differs and self.move_date.isChecked()
        return EndInput(settle=settle, move_to=self.questions.today if move else None)

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        problem = self._attempt(self.input())
        if problem:
            self.error.set_error(problem)
            return
        super().accept()
