"""Importing a laptop's changes: the dry run shown first, then the merge on a button.

The dialog shows what importing the file would add, change and delete, and the
conflicts it would leave for a person (each with the values side by side and
where each came from). Nothing is written until "Import the changes" is pressed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from tankapp.ui.ops.sync import ImportOutcome, SyncFile
from tankapp.ui.sync.words import changed_text, counts_text, fill


def _values_of(conflict, current: bool) -> str:
    """The value kept for now (``current``), or the others, each with where it came from."""
    parts = []
    for v in conflict.values:
        if v.current == current:
            shown = " ".join(v.text.split())
            shown = shown if len(shown) <= 240 else shown[:239] + "…"
            parts.append(f"{shown} ({', '.join(v.sources)})")
    return "; ".join(parts) or "—"


class ImportPreviewDialog(QDialog):
    def __init__(self, file: SyncFile, outcome: ImportOutcome, parent=None):
        super().__init__(parent)
        self.file = file
        self.outcome = outcome
        self.setWindowTitle(self.tr("Import changes from a laptop"))
        self._fit_size(980, 600)

        lead = QLabel(fill(self.tr("The changes from the laptop “%1” (changes file no. %2), in %3. Nothing has been "
                                   "changed yet; this is what importing them would do:"),
                           outcome.device_label or "?", outcome.seq, file.path.name))
        lead.setWordWrap(True)
        lead.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.added = self._value(counts_text(outcome.added))
        self.changed = self._value(changed_text(outcome.changed))
        self.deleted = self._value(counts_text(outcome.deleted))
        form.addRow(self.tr("Adds:"), self.added)
        form.addRow(self.tr("Changes:"), self.changed)
        form.addRow(self.tr("Deletes:"), self.deleted)
        if outcome.closed:
            settles = (self.tr("1 earlier conflict, now that the laptop agrees") if outcome.closed == 1 else
                       fill(self.tr("%1 earlier conflicts, now that the laptop agrees"), outcome.closed))
            form.addRow(self.tr("Settles:"), self._value(settles))

        self.conflicts_box = QGroupBox()
        box_layout = QVBoxLayout(self.conflicts_box)
        n = len(outcome.conflicts)
        if n:
            self.conflicts_box.setTitle(fill(self.tr("Conflicts: %1"), n))
            explain = QLabel(self.tr(
                "These values were changed on two sides. Nothing is lost: one value is kept for now (the office's "
                "own, when it is among them), the others are kept in the conflict, and you choose afterwards "
                "(File > Conflicts…)."))
            explain.setWordWrap(True)
            box_layout.addWidget(explain)
            self.table = QTableWidget(len(outcome.conflicts), 4)
            self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Field"), self.tr("Kept for now"),
                                                 self.tr("The other values")])
            self.table.verticalHeader().hide()
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            self.table.setAlternatingRowColors(True)
            self.table.setWordWrap(True)  # long values (notes) wrap within their column
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
            for r, c in enumerate(outcome.conflicts):
                for col, text in enumerate((f"{c.kind}: {c.record}", c.field, _values_of(c, True),
                                            _values_of(c, False))):
                    cell = QTableWidgetItem(text)
                    cell.setToolTip(text)
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                    self.table.setItem(r, col, cell)
            self.table.setColumnWidth(0, 280)
            self.table.resizeRowsToContents()
            header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
            box_layout.addWidget(self.table, 1)
        else:
            self.table = None
            self.conflicts_box.setTitle(self.tr("Conflicts: none"))
            none = QLabel(self.tr("Nothing was changed both here and on the laptop."))
            none.setWordWrap(True)
            box_layout.addWidget(none)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("Import the changes"))
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addLayout(form)
        layout.addWidget(self.conflicts_box, 1 if n else 0)
        if not n:
            layout.addStretch(1)
        layout.addWidget(self.buttons)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.table is not None:  # the columns have their widths now: rows as tall as their wrapped text
            self.table.resizeRowsToContents()

    def _value(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _fit_size(self, width: int, height: int) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)
