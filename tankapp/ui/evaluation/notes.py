"""Interview notes beside a member's answers: the list, and the dialog to write or change one.

The notes are the facilitator's working material: they never go into the
results or the export, and the kiosk never shows them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tankapp.services.errors import ServiceError, ValidationError
from tankapp.services.evaluation.interviews import NOTE_MAX, InterviewNoteRow
from tankapp.ui.common import texts
from tankapp.ui.common.dates import DateField
from tankapp.ui.common.widgets import with_error
from tankapp.ui.evaluation.common import round_label, translate

if TYPE_CHECKING:
    from tankapp.ui.ops import Operations


class NoteDialog(QDialog):
    """Write or change an interview note: the day, the round it belongs to, the text.

    The text is checked here (the service's rules, through ``check``) before the
    dialog closes; the page saves it as an undoable step.
    """

    def __init__(self, ops: Operations, member_name: str, rounds, *, note: InterviewNoteRow | None = None,
                 round_id: int | None = None, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(translate("Evaluation", "Edit interview note") if note else translate("Evaluation", "New interview note"))
        self.setMinimumSize(520, 380)
        who = QLabel(translate("Evaluation", "Interview with %1").replace("%1", member_name))
        who.setTextFormat(Qt.TextFormat.PlainText)
        font = who.font()
        font.setBold(True)
        who.setFont(font)
        self.day = DateField(note.interviewed_on if note else dt.date.today())
        self.round = QComboBox()
        self.round.addItem(translate("Evaluation", "(no round)"), None)
        for r in rounds:
            self.round.addItem(round_label(r), r.id)
        chosen = note.round_id if note else round_id
        self.round.setCurrentIndex(max(0, self.round.findData(chosen)) if chosen is not None else 0)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(translate("Evaluation", "What the member said: experiences, promoters, barriers, wishes …"))
        if note:
            self.text.setPlainText(note.text)
        text_box, self.text_error = with_error(self.text)
        form = QFormLayout()
        form.addRow(who)
        form.addRow(translate("Evaluation", "&Day:"), self.day)
        form.addRow(translate("Evaluation", "&Round:"), self.round)
        form.addRow(translate("Evaluation", "&Note:"), text_box)
        for field in (self.day, self.round, self.text):
            label = form.labelForField(field) or form.labelForField(text_box)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        save.setText(translate("Evaluation", "Save"))
        save.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Evaluation", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)
        self.text.setFocus()

    def values(self) -> tuple[str, dt.date, int | None]:
        return self.text.toPlainText(), self.day.value() or dt.date.today(), self.round.currentData()

    def accept(self) -> None:
        if self.day.value() is None:  # unreadable or empty: the field says why beneath it
            self.day.settle()
            self.day.setFocus()
            return
        text = self.text.toPlainText()
        if not text.strip():
            self.text_error.set_error(translate("Evaluation", "Write the note."))
            self.text.setFocus()
            return
        if len(text.strip()) > NOTE_MAX:
            self.text_error.set_error(
                translate("Evaluation", "The note is too long: at most %1 characters.").replace("%1", f"{NOTE_MAX:,}".replace(",", ".")))
            self.text.setFocus()
            return
        super().accept()


class NotesPanel(QWidget):
    """A member's interview notes, newest first, with add, edit and delete (Delete asks; Ctrl+Z brings it back)."""

    add_requested = Signal()
    edit_requested = Signal(object)  # InterviewNoteRow
    delete_requested = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._notes: list[InterviewNoteRow] = []
        self.heading = QLabel(translate("Evaluation", "Interview notes"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(translate("Evaluation", "Interview notes"))
        self.empty = QLabel(translate("Evaluation", "No interview notes for this member yet."))
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(translate("Evaluation", "&Add note…"))
        self.edit_button = QPushButton(translate("Evaluation", "Edit…"))
        self.delete_button = QPushButton(translate("Evaluation", "Delete…"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.list.itemActivated.connect(lambda _i: self._emit(self.edit_requested))
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        QShortcut(QKeySequence.StandardKey.Delete, self.list, activated=lambda: self._emit(self.delete_requested),
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.set_notes(None)

    def _emit(self, signal) -> None:
        note = self.selected()
        if note is not None:
            signal.emit(note)

    def selected(self) -> InterviewNoteRow | None:
        row = self.list.currentRow()
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def set_notes(self, notes: list[InterviewNoteRow] | None) -> None:
        """The member's notes (None: no member chosen)."""
        keep = self.selected().id if self.selected() else None
        self._notes = list(notes or [])
        self.list.clear()
        for n in self._notes:
            head = texts.format_date(n.interviewed_on)
            if n.round_title:
                head += " · " + n.round_title
            item = QListWidgetItem(f"{head}\n{n.text}")
            item.setToolTip(n.text if len(n.text) < 2000 else n.text[:2000] + " …")
            self.list.addItem(item)
        self.heading.setText(
            translate("Evaluation", "Interview notes (%1)").replace("%1", str(len(self._notes))) if self._notes else translate("Evaluation", "Interview notes"))
        self.empty.setVisible(notes is not None and not self._notes)
        self.add_button.setEnabled(notes is not None)
        for i, n in enumerate(self._notes):
            if n.id == keep:
                self.list.setCurrentRow(i)
        if self.list.currentRow() < 0 and self._notes:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        on = self.selected() is not None
        self.edit_button.setEnabled(on)
        self.delete_button.setEnabled(on)


def note_problem(exc: ServiceError) -> str:
    problems = exc.problems if isinstance(exc, ValidationError) else [exc.problem]
    return " ".join(texts.problem_text(p) for p in problems)
