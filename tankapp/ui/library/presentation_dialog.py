"""The dialog for a knowledge presentation (*vidensoplæg*), and the words for its kinds and criteria."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.enums import Criterion, Involvement
from tankapp.services.library import presentations as library
from tankapp.services.errors import Problem, ServiceError, ValidationError
from tankapp.services.library.presentations import PresentationInput
from tankapp.ui.common import texts
from tankapp.ui.ops import Operations
from tankapp.ui.common.texts import criterion_label, involvement_label  # the one place these words live
from tankapp.ui.common.widgets import ErrorLabel, OptionalDateEdit, with_error

# ------------------------------------------------------------------ words


def involvement_help(kind: Involvement) -> str:
    return {
        Involvement.ORGANISATIONAL: QCoreApplication.translate(
            "Labels", "The organisation seeks and uses users' perspective to improve its services (user councils, user representatives, patients in research)."
        ),
        Involvement.INDIVIDUAL: QCoreApplication.translate(
            "Labels", "Users influence their own course of care from their needs, preferences and knowledge (shared decision making, PRO data)."
        ),
        Involvement.RELATIVES: QCoreApplication.translate(
            "Labels", "Relatives get support for their own needs, or are involved in the user's course."
        ),
    }[kind]


def criterion_help(criterion: Criterion) -> str:
    return {
        Criterion.FRAMES: QCoreApplication.translate(
            "Labels", "Are there strategy, leadership backing, resources and competences that make it possible?"
        ),
        Criterion.PROCESS: QCoreApplication.translate(
            "Labels", "Is there a systematic, transparent process that gathers the users' knowledge and preferences?"
        ),
        Criterion.USE: QCoreApplication.translate("Labels", "Is that knowledge actually used, followed up and evaluated?"),
    }[criterion]


def involvement_text(kinds) -> str:
    return ", ".join(involvement_label(k) for k in Involvement if k in kinds)


def criteria_text(criteria) -> str:
    return ", ".join(criterion_label(c) for c in Criterion if c in criteria)


def library_problem_text(p: Problem) -> str:
    """A problem of the library in the user's language (one table for all: texts.problem_text)."""
    return texts.problem_text(p)


# ------------------------------------------------------------------ tags field


class TagLineEdit(QLineEdit):
    """Comma-separated tags; the word being typed is completed from the tags already in use."""

    def __init__(self, tags: list[str], parent=None):
        super().__init__(parent)
        self.tag_completer = QCompleter(QStringListModel(tags, self), self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tag_completer.setWidget(self)
        self.tag_completer.activated[str].connect(self.insert_tag)
        self.textEdited.connect(self._complete)

    def set_known_tags(self, tags: list[str]) -> None:
        self.tag_completer.model().setStringList(tags)

    def tags(self) -> list[str]:
        return library.normalise_tags(self.text())

    def set_tags(self, tags: list[str]) -> None:
        self.setText(", ".join(tags))

    def _current_word(self) -> str:
        return re.split(r"[,;]", self.text()[: self.cursorPosition()])[-1].strip()

    def _complete(self) -> None:
        word = self._current_word()
        popup = self.tag_completer.popup()
        if not word:
            popup.hide()
            return
        self.tag_completer.setCompletionPrefix(word)
        if self.tag_completer.completionCount() == 0:
            popup.hide()
            return
        popup.setCurrentIndex(self.tag_completer.completionModel().index(0, 0))
        self.tag_completer.complete()

    def insert_tag(self, tag: str) -> None:
        """Replace the word being typed with ``tag`` and start the next one."""
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition():]
        cut = max(before.rfind(","), before.rfind(";"))
        head = before[: cut + 1]
        head = (head + " ") if head else ""
        text = head + tag + ", "
        self.setText(text + after.lstrip(" ,;"))
        self.setCursorPosition(len(text))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.tag_completer.popup().isVisible() and event.key() in (
            Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab,
        ):
            event.ignore()  # the completer's popup takes these
            return
        super().keyPressEvent(event)


# ------------------------------------------------------------------ the dialog


class PresentationDialog(QDialog):
    """Add or edit a presentation; Save writes it at once, problems are shown next to the fields.

    After acceptance ``presentation_id`` is the saved presentation's id.
    """

    def __init__(
        self,
        ops: Operations,
        *,
        presentation_id: int | None = None,
        data: PresentationInput | None = None,
        known_tags: list[str] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.ops = ops
        self.presentation_id = presentation_id
        self.setWindowTitle(self.tr("Edit presentation") if presentation_id else self.tr("New presentation"))
        self.setMinimumWidth(560)
        self.errors: dict[str, ErrorLabel] = {}

        self.title = QLineEdit()
        self.title.setMaxLength(library.TITLE_MAX)
        self.presenter = QLineEdit()
        self.presenter.setMaxLength(library.PRESENTER_MAX)
        self.presenter.setPlaceholderText(self.tr("e.g. ViBIS"))
        self.presented_on = OptionalDateEdit(self.tr("Date known"))
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What the presentation is about, in a few lines"))
        self.summary.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.source = QPlainTextEdit()
        self.source.setTabChangesFocus(True)
        self.source.setPlaceholderText(self.tr("Report, article or web address the knowledge comes from"))
        self.source.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)

        self.involvement: dict[Involvement, QCheckBox] = {}
        involvement_row = QHBoxLayout()
        for kind in Involvement:
            box = QCheckBox(involvement_label(kind))
            box.setToolTip(involvement_help(kind))
            self.involvement[kind] = box
            involvement_row.addWidget(box)
        involvement_row.addStretch(1)
        self.criteria: dict[Criterion, QCheckBox] = {}
        criteria_row = QHBoxLayout()
        for criterion in Criterion:
            box = QCheckBox(criterion_label(criterion))
            box.setToolTip(criterion_help(criterion))
            self.criteria[criterion] = box
            criteria_row.addWidget(box)
        criteria_row.addStretch(1)

        self.tags = TagLineEdit(known_tags or [])
        self.tags.setPlaceholderText(self.tr("Words to find it by, separated by commas"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key, label, widget in (
            ("title", self.tr("Title:"), self.title),
            ("presenter", self.tr("Presenter:"), self.presenter),
            ("presented_on", self.tr("Date:"), self.presented_on),
            ("summary", self.tr("Summary:"), self.summary),
            ("source", self.tr("Source:"), self.source),
        ):
            box, error = with_error(widget)
            form.addRow(label, box)
            self.errors[key] = error
        form.addRow(self.tr("Kind of involvement:"), _row_widget(involvement_row))
        form.addRow(self.tr("Criteria:"), _row_widget(criteria_row))
        tags_box, self.errors["tags"] = with_error(self.tags)
        form.addRow(self.tr("Tags:"), tags_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.title.textEdited.connect(lambda: self.errors["title"].set_error(None))
        if data is not None:
            self.set_input(data)
        self.title.setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Focus selects the whole title with the cursor at its end; show its beginning instead.
        QTimer.singleShot(0, self, self._title_from_start)

    def _title_from_start(self) -> None:
        if self.title.hasSelectedText() and self.title.selectedText() == self.title.text():
            self.title.end(False)
            self.title.home(True)
        else:
            self.title.setCursorPosition(0)

    def set_input(self, data: PresentationInput) -> None:
        self.title.setText(data.title)
        self.title.setCursorPosition(0)  # a long title shows its beginning
        self.presenter.setText(data.presenter)
        self.presented_on.set_value(data.presented_on)
        self.summary.setPlainText(data.summary)
        self.source.setPlainText(data.source)
        for kind, box in self.involvement.items():
            box.setChecked(kind in data.involvement)
        for criterion, box in self.criteria.items():
            box.setChecked(criterion in data.criteria)
        self.tags.set_tags(library.normalise_tags(data.tags))

    def input(self) -> PresentationInput:
        return PresentationInput(
            title=self.title.text(),
            presenter=self.presenter.text(),
            presented_on=self.presented_on.value(),
            summary=self.summary.toPlainText(),
            source=self.source.toPlainText(),
            involvement={k for k, box in self.involvement.items() if box.isChecked()},
            criteria={c for c, box in self.criteria.items() if box.isChecked()},
            tags=self.tags.tags(),
        ).cleaned()

    def show_problems(self, problems: list[Problem]) -> bool:
        for label in self.errors.values():
            label.set_error(None)
        first = None
        for p in problems:
            key = p.field if p.field in self.errors else "title"
            self.errors[key].set_error(library_problem_text(p))
            first = first or key
        if first == "title":
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        elif first == "presenter":
            self.presenter.setFocus(Qt.FocusReason.OtherFocusReason)
        return first is not None

    def accept(self) -> None:
        """Save at once; on a problem, say so next to the field and stay open."""
        data = self.input()
        shown = self.show_problems(library.validate_presentation(data))
        if not self.presented_on.settle():  # a ticked date typed wrong says so beneath itself
            if not shown:
                self.presented_on.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if shown:
            return
        try:
            if self.presentation_id is None:
                self.presentation_id = self.ops.library.create(data)
            else:
                self.ops.library.update(self.presentation_id, data)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except ServiceError as exc:  # e.g. deleted meanwhile elsewhere
            self.errors["title"].set_error(library_problem_text(exc.problem))
            return
        super().accept()


def _row_widget(layout) -> QWidget:
    layout.setContentsMargins(0, 0, 0, 0)
    box = QWidget()
    box.setLayout(layout)
    return box
