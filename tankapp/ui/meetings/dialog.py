"""Plan or edit a meeting: when, where, which groups, and (for a new one) a template.

The groups to choose from are the expert groups and, last, the steering
committee: choosing it lets go of the expert groups and the other way round
(a meeting of the steering committee has no expert group; the service refuses
a mix with ``meeting_steering_mixed``, said beneath the list).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.enums import MeetingFormat, MeetingStatus
from tankapp.services.meetings import planning as meeting_service
from tankapp.services.meetings.agenda import TemplateSummary
from tankapp.services.errors import ServiceError
from tankapp.services.members.groups import GroupSummary
from tankapp.services.meetings.planning import MeetingInput
from tankapp.ui.common import texts
from tankapp.ui.ops import Operations
from tankapp.ui.common.dates import DateField
from tankapp.ui.common.widgets import ErrorLabel, grow_to_fit, with_error
from tankapp.ui.groups.steering import group_label


def _qtime(t: dt.time) -> QTime:
    return QTime(t.hour, t.minute)


class MeetingDialog(QDialog):
    """``input()`` and ``template_key()`` hold the choices after accept."""

    def __init__(
        self,
        ops: Operations,
        groups: list[GroupSummary],
        *,
        meeting_id: int | None = None,
        data: MeetingInput | None = None,
        templates: list[TemplateSummary] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Edit meeting") if meeting_id else self.tr("Plan a meeting"))
        self.setMinimumWidth(560)
        data = data or MeetingInput()

        self.title = QLineEdit(data.title)
        self.date = DateField(data.date or dt.date.today())
        self.format = QComboBox()
        self.format.addItem(texts.meeting_format_label(MeetingFormat.HALF_DAY), MeetingFormat.HALF_DAY)
        self.format.addItem(texts.meeting_format_label(MeetingFormat.FULL_DAY), MeetingFormat.FULL_DAY)
        self.format.setCurrentIndex(self.format.findData(data.format))
        default_start, default_end = meeting_service.DEFAULT_TIMES[data.format]
        self.start = QTimeEdit(_qtime(data.start or default_start))
        self.end = QTimeEdit(_qtime(data.end or default_end))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH.mm")
        times = QHBoxLayout()
        times.setContentsMargins(0, 0, 0, 0)
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        times.addStretch(1)
        time_box = QWidget()
        time_box.setLayout(times)
        self.place = QLineEdit(data.place)
        self.facilitators = QLineEdit(data.facilitators)
        self.facilitators.setPlaceholderText(self.tr("e.g. Karen Friis, ViBIS"))
        self.groups = QListWidget()
        self._steering_ids: set[int] = {g.id for g in groups if g.steering}
        for g in sorted(groups, key=lambda g: g.steering):  # the steering committee after the expert groups
            if g.archived and g.id not in data.group_ids:
                continue
            item = QListWidgetItem(group_label(g.name, g.steering))
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            if g.steering:
                item.setToolTip(self.tr("A meeting of the steering committee: no expert group takes part, it does "
                                        "not count toward the meeting target, and its agenda starts with the status "
                                        "report."))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if g.id in data.group_ids else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        rows_shown = min(max(self.groups.count(), 3), 7)
        self.groups.setFixedHeight(self.groups.sizeHintForRow(0) * rows_shown + 2 * self.groups.frameWidth() + 4)
        self.status = QComboBox()
        for st in MeetingStatus:
            self.status.addItem(texts.meeting_status_label(st), st)
        self.status.setCurrentIndex(self.status.findData(data.status))
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

        self.template = QComboBox()
        self.template.addItem(self.tr("No agenda yet"), None)
        self._template_formats = {t.key: t.format for t in templates or []}
        for t in templates or []:
            self.template.addItem(t.name, t.key)

        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        def row(key: str, label: str, widget: QWidget) -> None:
            box, error = with_error(widget)
            self.errors[key] = error
            form.addRow(label, box)

        row("title", self.tr("Title:"), self.title)
        row("group_ids", self.tr("Groups:"), self.groups)
        row("date", self.tr("Date:"), self.date)
        form.addRow(self.tr("Format:"), self.format)
        row("end", self.tr("Time:"), time_box)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Facilitators:"), self.facilitators)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Notes:"), self.notes)
        if meeting_id is None:
            form.addRow(self.tr("Agenda from template:"), self.template)
        self.errors["start"] = self.errors["end"]

        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("color: #8a5300;")
        self.warning.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)

        self.format.currentIndexChanged.connect(self._format_changed)
        self.date.changed.connect(self._update_warning)
        self.date.edit.editingFinished.connect(self._check_date)
        self.groups.itemChanged.connect(self._group_checked)
        self.groups.itemChanged.connect(self._update_warning)
        self.template.currentIndexChanged.connect(self._template_changed)
        self._update_warning()
        self.title.setFocus()

    def _format_changed(self) -> None:
        start, end = meeting_service.DEFAULT_TIMES[self.format.currentData()]
        self.start.setTime(_qtime(start))
        self.end.setTime(_qtime(end))

    def _template_changed(self) -> None:
        """A template brings its format (and with it the default times)."""
        fmt = self._template_formats.get(self.template.currentData())
        if fmt is not None:
            self.format.setCurrentIndex(self.format.findData(fmt))

    def _group_checked(self, item: QListWidgetItem) -> None:
        """The steering committee or expert groups: checking one side lets go of the other."""
        if item.checkState() != Qt.CheckState.Checked:
            return
        steering = item.data(Qt.ItemDataRole.UserRole) in self._steering_ids
        self.groups.blockSignals(True)
        try:
            for i in range(self.groups.count()):
                other = self.groups.item(i)
                if other is not item and (other.data(Qt.ItemDataRole.UserRole) in self._steering_ids) != steering:
                    other.setCheckState(Qt.CheckState.Unchecked)
        finally:
            self.groups.blockSignals(False)
        self.groups.viewport().update()

    def steering_chosen(self) -> bool:
        return any(gid in self._steering_ids for gid in self.group_ids())

    def group_ids(self) -> list[int]:
        return [
            self.groups.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.groups.count())
            if self.groups.item(i).checkState() == Qt.CheckState.Checked
        ]

    def input(self) -> MeetingInput:
        st, en = self.start.time(), self.end.time()
        return MeetingInput(
            title=self.title.text(),
            date=self.date.value(),
            start=dt.time(st.hour(), st.minute()),
            end=dt.time(en.hour(), en.minute()),
            format=self.format.currentData(),
            place=self.place.text(),
            facilitators=self.facilitators.text(),
            status=self.status.currentData(),
            notes=self.notes.toPlainText(),
            group_ids=self.group_ids(),
        )

    def template_key(self) -> str | None:
        return self.template.currentData() if self.meeting_id is None else None

    def _update_warning(self) -> None:
        try:
            warnings = self.ops.meetings.warnings(self.input(), meeting_id=self.meeting_id)
        except ServiceError:  # only a hint: the check on Save says what is wrong
            warnings = []
        self.warning.setText("\n".join(texts.problem_text(w) for w in warnings))
        self.warning.setVisible(bool(warnings))
        if warnings and self.isVisible():
            grow_to_fit(self)

    def _problems(self) -> list:
        try:
            return self.ops.meetings.validate(self.input())
        except ServiceError as exc:  # e.g. no think tank, or the database cannot be read
            return list(getattr(exc, "problems", None) or [exc.problem])

    def _check_date(self) -> None:
        """On leaving the date: a date outside the project period says so at once, beneath it."""
        if self.date.settle():
            problems = [p for p in self._problems() if p.field == "date"]
            self.date.set_error(texts.problem_text(problems[0]) if problems else None)
            grow_to_fit(self)

    def accept(self) -> None:
        """Save only what is right; otherwise each problem beneath its field, the first one focused."""
        typed_date_ok = self.date.settle()
        problems = self._problems()
        if not typed_date_ok:  # the field says what is wrong with what was typed
            problems = [p for p in problems if p.field != "date"]
        for label in self.errors.values():
            label.set_error(None)
        first: str | None = None if typed_date_ok else "date"
        for p in problems:
            key = p.field if p.field in self.errors else "title"
            self.errors[key].set_error(texts.problem_text(p))
            first = first or key
        if not typed_date_ok:
            self.date.settle()
        if first is not None:
            grow_to_fit(self)
            focus = {"title": self.title, "group_ids": self.groups, "date": self.date, "start": self.start, "end": self.end}
            focus.get(first, self.title).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()
