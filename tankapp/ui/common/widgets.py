"""Small reusable widgets: an optional date, an inline error label, an empty state."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box switches the date field on."""

    changed = Signal()

    def __init__(self, label: str, parent=None):
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.check)

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class ErrorLabel(QLabel):
    """A red message shown right under the field it is about; hidden when empty."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def set_error(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


def with_error(field: QWidget) -> tuple[QWidget, ErrorLabel]:
    """Wrap ``field`` with an error label beneath it, for a form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    error = ErrorLabel()
    layout.addWidget(error)
    box.setFocusProxy(field)
    return box, error


class EmptyState(QWidget):
    """What an empty list says: what it is for and the first thing to do."""

    def __init__(self, text: str, action_text: str | None = None, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.label.setFont(font)
        layout.addWidget(self.label)
        self.button: QPushButton | None = None
        if action_text:
            self.button = QPushButton(action_text)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(2)


def redo_shortcuts() -> list:
    """Redo's keys, each once: the platform's own plus Ctrl+Shift+Z (what people type).

    The same key sequence given twice to one action makes Qt treat it as
    ambiguous, and the key then does nothing.
    """
    from PySide6.QtGui import QKeySequence

    keys: list[QKeySequence] = []
    for k in [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]:
        if not k.isEmpty() and all(k != seen for seen in keys):
            keys.append(k)
    return keys
