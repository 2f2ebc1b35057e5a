"""Answering a questionnaire by keyboard: the 1-5 scale input, the free-text field and the form.

The same form serves the facilitator typing in a paper form (compact: a short
label and five small boxes per question) and the member on the laptop in the
kiosk (large: the whole question and the five points with their words).

Keys, in both: a digit 1-5 answers a scale question and moves on to the next
question; 0, Delete or Backspace clears it; Left/Right step the answer; Enter
moves on (and on the last question submits); in a free-text field Enter moves
on too and Shift+Enter starts a new line; Ctrl+Enter submits from anywhere;
Tab and Shift+Tab move as everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.enums import QuestionKind
from tankapp.services.errors import Problem
from tankapp.services.evaluation.questionnaire import ItemRow
from tankapp.ui.common import texts
from tankapp.ui.common.widgets import ErrorLabel
from tankapp.ui.evaluation.common import item_short, item_text, scale_words, translate

SCALE_POINTS = 5
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, SCALE_POINTS + 1)}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CLEAR = (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


def _plain(event: QKeyEvent) -> bool:
    """No modifier but perhaps the keypad's."""
    return not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)


def _ctrl(event: QKeyEvent) -> bool:
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return mods == Qt.KeyboardModifier.ControlModifier


def two_lines(text: str, longest: int = 13) -> str:
    """A long scale word on two lines ("Hverken enig\neller uenig"), so a button need not cut it."""
    if len(text) <= longest or " " not in text:
        return text
    middle = len(text) / 2
    cut = min((i for i, c in enumerate(text) if c == " "), key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1:]


class ScaleInput(QFrame):
    """A 1-5 answer: five buttons, typed with the digits; empty until chosen.

    ``large``: the buttons carry the scale's words (the kiosk); otherwise just
    the digits, with the chosen point's word beside them.
    """

    edited = Signal()  # the value changed by the user
    advance = Signal()  # go on to the next question
    submit = Signal()  # Ctrl+Enter

    def __init__(self, kind: QuestionKind, label: str, *, large: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName("scaleInput")
        self._value: int | None = None
        self._words = scale_words(kind)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(label)
        self.setStyleSheet(
            "QFrame#scaleInput { border: 2px solid transparent; border-radius: 5px; }"
            "QFrame#scaleInput:focus { border: 2px solid palette(highlight); }"
            "QToolButton:checked { background-color: palette(highlight); color: palette(highlighted-text);"
            " border: 1px solid palette(highlight); border-radius: 3px; font-weight: bold; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(6 if large else 3)
        self.buttons: list[QToolButton] = []
        for n in range(1, SCALE_POINTS + 1):
            word = self._words[n - 1] if n <= len(self._words) else ""
            b = QToolButton()
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setToolTip(f"{n} · {word}")
            if large:
                b.setText(f"{n}\n{two_lines(word)}")
                b.setMinimumSize(120, 74)
                b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                font = b.font()
                font.setPointSizeF(font.pointSizeF() * 1.15)
                b.setFont(font)
            else:
                b.setText(str(n))
                side = self.fontMetrics().height() + 12
                b.setFixedSize(side + 4, side)
            b.clicked.connect(lambda _checked=False, n=n: self._clicked(n))
            self.buttons.append(b)
            layout.addWidget(b)
        self.word = QLabel()  # the chosen point's word, beside the boxes
        self.word.setWordWrap(True)
        self.word.setMinimumWidth(0 if large else self.fontMetrics().horizontalAdvance("Meget lille") + 6)
        if large:
            self.word.hide()
        else:
            layout.addWidget(self.word)
        layout.addStretch(0 if large else 1)

    # ------------------------------------------------------------------ value
    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        value = value if isinstance(value, int) and 1 <= value <= SCALE_POINTS else None
        self._value = value
        for n, b in enumerate(self.buttons, 1):
            b.setChecked(n == value)
        self.word.setText(self._words[value - 1] if value and value <= len(self._words) else "")

    def _change(self, value: int | None) -> None:
        if value != self._value:
            self.set_value(value)
            self.edited.emit()

    def _clicked(self, n: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._change(None if self._value == n else n)
        self.set_value(self._value)  # a click on the chosen one unticks it; keep the buttons in step

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in _DIGITS and _plain(event):
            self._change(_DIGITS[key])
            self.advance.emit()
        elif key in _CLEAR and _plain(event):
            self._change(None)
        elif key == Qt.Key.Key_Left and _plain(event):
            self._change(max(1, (self._value or 2) - 1))
        elif key == Qt.Key.Key_Right and _plain(event):
            self._change(min(SCALE_POINTS, (self._value or 0) + 1))
        elif key in _ENTER and _ctrl(event):
            self.submit.emit()
        elif key in _ENTER and _plain(event):
            self.advance.emit()
        else:
            super().keyPressEvent(event)


class TextAnswer(QPlainTextEdit):
    """A free-text answer: Enter moves on, Shift+Enter starts a new line, Ctrl+Enter submits."""

    advance = Signal()
    submit = Signal()

    def __init__(self, label: str, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAccessibleName(label)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in _ENTER:
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods == Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
                return
            if mods == Qt.KeyboardModifier.ControlModifier:
                self.submit.emit()
                return
            if not mods:
                self.advance.emit()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.ensureCursorVisible()


class AnswerForm(QWidget):
    """The questions of one questionnaire version, answered by keyboard (see the module docstring).

    :meth:`answers` gives question key -> 1-5, text or None; :attr:`dirty` says
    whether the user changed anything since :meth:`set_answers`.
    """

    submitted = Signal()
    edited = Signal()

    def __init__(self, items: Sequence[ItemRow], *, large: bool = False, parent=None):
        super().__init__(parent)
        self.items = tuple(items)
        self.large = large
        self.inputs: dict[str, ScaleInput | TextAnswer] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.general_error = ErrorLabel()
        self.dirty = False
        if large:
            self._build_large()
        else:
            self._build_compact()
        order = [self.inputs[i.key] for i in self.items]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)
        for i, widget in enumerate(order):
            widget.advance.connect(lambda i=i: self._advance(i))
            widget.submit.connect(self.submitted)
            if isinstance(widget, ScaleInput):
                widget.edited.connect(self._on_edited)
            else:
                widget.textChanged.connect(self._on_edited)

    # ------------------------------------------------------------------ building
    def _input(self, item: ItemRow) -> ScaleInput | TextAnswer:
        label = item_text(item)
        if item.scale:
            widget: ScaleInput | TextAnswer = ScaleInput(item.kind, label, large=self.large)
        else:
            widget = TextAnswer(label)
            lines = 4 if self.large else 2
            widget.setFixedHeight(widget.fontMetrics().lineSpacing() * lines + 14)
        widget.setToolTip(label)
        self.inputs[item.key] = widget
        self.errors[item.key] = ErrorLabel()
        return widget

    def _build_compact(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        row = 0
        kind = None
        number = 0
        for item in self.items:
            if item.kind != kind and item.scale:
                kind = item.kind
                head = QLabel(texts.question_kind_label(item.kind))
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                grid.addWidget(head, row, 0, 1, 3)
                row += 1
            elif not item.scale:
                kind = item.kind
            number += 1
            widget = self._input(item)
            label = QLabel(f"{number}. {item_short(item)}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setToolTip(item_text(item))
            label.setBuddy(widget)
            self.labels[item.key] = label
            if item.scale:
                grid.addWidget(label, row, 0, 1, 2)
                grid.addWidget(widget, row, 2)
                row += 1
                grid.addWidget(self.errors[item.key], row, 0, 1, 3)
            else:
                grid.addWidget(label, row, 0, 1, 3)
                row += 1
                grid.addWidget(widget, row, 0, 1, 3)
                row += 1
                grid.addWidget(self.errors[item.key], row, 0, 1, 3)
            row += 1
        grid.addWidget(self.general_error, row, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(row + 1, 1)

    def _build_large(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        kind = None
        for number, item in enumerate(self.items, 1):
            if item.kind != kind and item.scale:
                kind = item.kind
                head = QLabel(translate("Evaluation", "How much do you agree?") if item.kind == QuestionKind.AGREEMENT
                              else translate("Evaluation", "How do you rate your own knowledge?"))
                font = head.font()
                font.setPointSizeF(font.pointSizeF() * 1.3)
                font.setBold(True)
                head.setFont(font)
                layout.addSpacing(10)
                layout.addWidget(head)
            elif not item.scale:
                kind = item.kind
            widget = self._input(item)
            label = QLabel(f"{number}. {item_text(item)}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            label.setFont(font)
            label.setBuddy(widget)
            self.labels[item.key] = label
            layout.addSpacing(6)
            layout.addWidget(label)
            layout.addWidget(widget)
            layout.addWidget(self.errors[item.key])
            if not item.scale:
                hint = QLabel(translate("Evaluation", "Enter goes on to the next question; Shift+Enter starts a new line."))
                hint.setWordWrap(True)
                hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                font = hint.font()
                font.setPointSizeF(font.pointSizeF() * 0.9)
                hint.setFont(font)
                layout.addWidget(hint)
        layout.addWidget(self.general_error)

    # ------------------------------------------------------------------ values
    def answers(self) -> dict[str, int | str | None]:
        out: dict[str, int | str | None] = {}
        for key, widget in self.inputs.items():
            out[key] = widget.value() if isinstance(widget, ScaleInput) else widget.toPlainText()
        return out

    def has_answer(self) -> bool:
        return any(v not in (None, "") and (not isinstance(v, str) or v.strip()) for v in self.answers().values())

    def set_answers(self, answers: Mapping[str, object] | None) -> None:
        answers = answers or {}
        for key, widget in self.inputs.items():
            value = answers.get(key)
            if isinstance(widget, ScaleInput):
                widget.set_value(value if isinstance(value, int) else None)
            else:
                widget.blockSignals(True)
                widget.setPlainText(value if isinstance(value, str) else "")
                widget.blockSignals(False)
        self.show_problems([])
        self.dirty = False

    def clear(self) -> None:
        self.set_answers(None)

    def show_problems(self, problems: Sequence[Problem]) -> bool:
        """Each problem under its question (the first focused); the rest below. True if any."""
        for label in (*self.errors.values(), self.general_error):
            label.set_error(None)
        first = None
        general = []
        for p in problems:
            if p.field in self.errors:
                self.errors[p.field].set_error(texts.problem_text(p))
                first = first or p.field
            else:
                general.append(texts.problem_text(p))
        self.general_error.set_error(" ".join(general) or None)
        if first is not None:
            self.inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)
        return bool(problems)

    # ------------------------------------------------------------------ moving
    def focus_first(self) -> None:
        if self.items:
            self.inputs[self.items[0].key].setFocus(Qt.FocusReason.TabFocusReason)

    def _advance(self, index: int) -> None:
        if index + 1 < len(self.items):
            self.inputs[self.items[index + 1].key].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.submitted.emit()

    def _on_edited(self) -> None:
        self.dirty = True
        self.edited.emit()
