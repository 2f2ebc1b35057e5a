"""The dialog that makes or changes an evaluation round: kind, title, dates, the groups it asks.

Save writes at once (``ops.evaluation``) so that a problem shows beside its
field; the page then records the change for undo. The questionnaire is the
newest standard one for a new round and stays what it was for an existing one
(a round keeps the questions it was asked with).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from tankapp.domain.enums import EvaluationRoundKind
from tankapp.services.errors import Problem, ServiceError, ValidationError
from tankapp.services.evaluation.rounds import RoundInput, RoundRow
from tankapp.services.members.groups import GroupSummary
from tankapp.ui.common import texts
from tankapp.ui.common.dates import DateField
from tankapp.ui.common.widgets import ErrorLabel, OptionalDateEdit, with_error
from tankapp.ui.evaluation.common import translate

if TYPE_CHECKING:
    from tankapp.ui.ops import Operations

KINDS = (EvaluationRoundKind.BASELINE, EvaluationRoundKind.MIDWAY, EvaluationRoundKind.END)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def default_title(kind: EvaluationRoundKind, opens_on: dt.date) -> str:
    """"Førmåling 2026": the kind's word and the year."""
    return f"{texts.round_kind_label(kind)} {opens_on.year}"


class RoundDialog(QDialog):
    """Make (``round_id`` None) or change a round. After acceptance :attr:`saved` is the round."""

    def __init__(self, ops: Operations, groups: list[GroupSummary], *, round_id: int | None = None,
                 data: RoundInput | None = None, questionnaire: str = "", answered: int = 0, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.round_id = round_id
        self.saved: RoundRow | None = None
        self._data = data or RoundInput(opens_on=dt.date.today())
        self.setWindowTitle(translate("Evaluation", "Edit evaluation round") if round_id else translate("Evaluation", "New evaluation round"))
        self.setMinimumWidth(580)

        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(texts.round_kind_label(k), k)
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(translate("Evaluation", "e.g. Baseline at the first meeting"))
        self.opens_on = DateField()
        self.closes_on = OptionalDateEdit(translate("Evaluation", "Closes on a set day"))
        self.groups = QListWidget()
        self.groups.setAccessibleName(translate("Evaluation", "Groups asked"))
        chosen = None if self._data.group_ids is None else set(self._data.group_ids)
        for g in groups:
            if g.archived and (chosen is None or g.id not in chosen):
                continue
            item = QListWidgetItem(g.name)
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = chosen is None or g.id in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        rows = max(1, self.groups.count())
        self.groups.setFixedHeight(self.groups.sizeHintForRow(0) * min(rows, 8) + 8 if self.groups.count() else 40)
        if self.groups.count():
            self.groups.setCurrentRow(0)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors = {}
        self._fields = {}
        for key, label, widget in (
            ("kind", translate("Evaluation", "&Kind:"), self.kind),
            ("title", translate("Evaluation", "&Title:"), self.title),
            ("opens_on", translate("Evaluation", "&Opens:"), self.opens_on),
            ("closes_on", translate("Evaluation", "C&loses:"), self.closes_on),
            ("group_ids", translate("Evaluation", "&Groups asked:"), self.groups),
        ):
            box, error = with_error(widget)
            form.addRow(label, box)
            if isinstance(form.labelForField(box), QLabel):
                form.labelForField(box).setBuddy(widget)
            self.errors[key] = error
            self._fields[key] = widget
        notes = [
            translate("Evaluation", "Space ticks or unticks the highlighted group. Members who join later are asked "
                                    "if they have joined by the day the round closes."),
            translate("Evaluation", "Questions: %1").replace(
                "%1", questionnaire or translate("Evaluation", "the newest version of the standard questionnaire")),
        ]
        if answered:
            notes.append(translate("Evaluation", "%1 members have answered: the round keeps its questions.")
                         .replace("%1", str(answered)))
        self.notes = QLabel("\n".join(notes))
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.general_error = ErrorLabel()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        save.setText(translate("Evaluation", "Save"))
        save.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Evaluation", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notes)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        # put the data in
        index = self.kind.findData(self._data.kind)
        self.kind.setCurrentIndex(max(index, 0))
        self.opens_on.setDate(_qdate(self._data.opens_on or dt.date.today()))
        self.closes_on.set_value(self._data.closes_on)
        self._auto_title = ""
        if self._data.title:
            self.title.setText(self._data.title)
        else:
            self._suggest_title()
        self.kind.currentIndexChanged.connect(lambda _i: self._suggest_title())
        self.opens_on.dateChanged.connect(lambda _d: self._suggest_title())
        self.title.setFocus()
        self.title.selectAll()

    def _suggest_title(self) -> None:
        """While the title is the one suggested (or empty), it follows the kind and the year."""
        if self.title.text().strip() not in ("", self._auto_title):
            return
        self._auto_title = default_title(self.kind.currentData(), self.opens_on.value() or dt.date.today())
        self.title.setText(self._auto_title)

    def input(self) -> RoundInput:
        ids = [
            self.groups.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.groups.count())
            if self.groups.item(i).checkState() == Qt.CheckState.Checked
        ]
        return RoundInput(
            kind=self.kind.currentData(),
            title=self.title.text(),
            opens_on=self.opens_on.value(),
            closes_on=self.closes_on.value(),
            questionnaire_id=None,  # new: the newest standard one; existing: kept
            group_ids=ids,
        )

    def show_problems(self, problems: list[Problem]) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.set_error(None)
        first = None
        for p in problems:
            label = self.errors.get(p.field or "", self.general_error)
            text = " ".join(x for x in (label.text(), texts.problem_text(p)) if x)
            label.set_error(text)
            first = first or self._fields.get(p.field or "")
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()  # room for the messages

    def accept(self) -> None:
        data = self.input()
        try:
            if self.round_id is None:
                self.saved = self.ops.evaluation.create_round(data)
            else:
                self.saved = self.ops.evaluation.update_round(self.round_id, data)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except ServiceError as exc:
            self.show_problems([exc.problem])
            return
        self.round_id = self.saved.id
        super().accept()
