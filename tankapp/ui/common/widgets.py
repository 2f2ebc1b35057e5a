"""Small reusable widgets: an optional date, an inline error label, an empty state."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box switches the date field on.

    The date is a :class:`tankapp.ui.common.dates.DateField` (typed the Danish way, its
    problems beneath it); a dialog calls :meth:`settle` before saving.
    """

    changed = Signal()

    def __init__(self, label: str, parent=None):
        from tankapp.ui.common.dates import DateField  # it uses ErrorLabel from here

        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = DateField(QDate.currentDate().toPython())
        self.edit.setEnabled(False)
        self.error_label = self.edit.error_label
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self._toggled)
        self.check.toggled.connect(self.changed)
        self.edit.changed.connect(self.changed)
        self.setFocusProxy(self.check)

    def _toggled(self, on: bool) -> None:
        if not on:  # an unused date has nothing wrong with it
            self.error_label.set_error(None)

    def value(self) -> dt.date | None:
        """The date, or None when the box is not ticked (or the date typed is not right: see settle)."""
        if not self.check.isChecked():
            return None
        return self.edit.value()

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.set_value(value)

    def settle(self) -> bool:
        """True when there is nothing wrong: no date wanted, or a right one (else it says so beneath)."""
        return not self.check.isChecked() or self.edit.settle()


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
    """Wrap ``field`` with an error label beneath it, for a form row.

    A field with an error line of its own (``error_label``: a date field) keeps it: one place
    for all its problems.
    """
    own = getattr(field, "error_label", None)
    if isinstance(own, ErrorLabel):
        return field, own
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    error = ErrorLabel()
    layout.addWidget(error)
    box.setFocusProxy(field)
    return box, error


def grow_to_fit(window: QWidget) -> None:
    """Make a dialog tall enough for what it shows now (say, error lines that just appeared),
    never taller than its screen. Qt leaves a window whose texts wrap at its old height, so the
    new lines would squeeze the fields above them."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    screen = window.screen()
    if screen is not None:
        frame = window.frameGeometry().height() - window.height()
        height = min(height, screen.availableGeometry().height() - frame)
    if height > window.height():
        window.resize(width, height)


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
