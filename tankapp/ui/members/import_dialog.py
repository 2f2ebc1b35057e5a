"""Import members from a CSV or Excel file, with a preview of every row and its problem.

The group the members join is asked for every time: the choice starts empty and
nothing is read or imported until one is chosen (the file format has no group
column; see :mod:`tankapp.services.members.importer`).
"""

from __future__ import annotations

from pathlib import Path

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from tankapp.services.members import importer
from tankapp.services.errors import ServiceError
from tankapp.services.members.groups import GroupSummary
from tankapp.ui.ops import Operations
from tankapp.ui.common import texts
from tankapp.ui.common.itemmodels import KEEP, STRETCH, Column, RowTableModel, fit_columns, setup_list_view


class _PreviewModel(RowTableModel):
    """Rows with a problem are tinted so they stand out in the preview."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            if not self.row_at(index.row()).valid:
                return QColor(255, 228, 225)
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if not self.row_at(index.row()).valid:
                return QColor(0, 0, 0)
        return super().data(index, role)


class ImportDialog(QDialog):
    def __init__(self, ops: Operations, groups: list[GroupSummary], group_id: int | None = None, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.preview: importer.ImportPreview | None = None
        self.imported = 0
        self.setWindowTitle(self.tr("Import members"))
        self._fit_size(1120, 600)

        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("Choose a CSV or Excel (.xlsx) file"))
        self.browse = QPushButton(self.tr("Choose file…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        # No silent default: the choice starts empty unless the caller passes the group chosen.
        self.group = QComboBox()
        self.group.setPlaceholderText(self.tr("Choose the group…"))
        self.group.setToolTip(self.tr("The expert group the imported members join"))
        for g in groups:
            if not g.archived:
                self.group.addItem(g.name, g.id)
        self.group.setCurrentIndex(self.group.findData(group_id) if group_id is not None else -1)
        self.group.setMinimumContentsLength(24)

        form = QFormLayout()
        form.addRow(self.tr("Into group:"), self.group)
        form.addRow(self.tr("File:"), file_row)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = _PreviewModel(
            [
                Column(self.tr("Line"), lambda r: r.line, align=Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Name"), lambda r: r.data.name, fit=KEEP),
                Column(self.tr("E-mail"), lambda r: r.data.email or "", fit=KEEP),
                Column(self.tr("Organisation"), lambda r: r.data.organisation, fit=STRETCH),
                Column(
                    self.tr("Problem"),
                    lambda r: texts.row_problems_text(r.problems) if not r.valid else self.tr("OK"),
                    tooltip=self._problem_tooltip,
                    fit=STRETCH,
                ),
                Column(self.tr("Sector"), lambda r: texts.sector_label(r.data.sector)),
                Column(self.tr("Region"), lambda r: texts.region_label(r.data.region)),
                Column(self.tr("May be named"), lambda r: texts.yes_no(r.data.consent_named)),
                Column(self.tr("May be contacted"), lambda r: texts.yes_no(r.data.consent_contact)),
            ]
        )
        self.problem_column = 4
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_list_view(self.table)
        self.skip_invalid = QCheckBox(self.tr("Import only the valid rows and leave out the rest"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.buttons)

        self.browse.clicked.connect(self.choose_file)
        self.group.currentIndexChanged.connect(self.refresh)
        self.skip_invalid.toggled.connect(self._update_button)
        self._update_button()

    def _fit_size(self, width: int, height: int) -> None:
        """As large as asked, but never larger than the screen it opens on."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    def _problem_tooltip(self, r: importer.ImportRow) -> str | None:
        """Every problem of the row in full, one per line (the cell may be cut short)."""
        if r.valid:
            return None
        lines = [texts.row_problems_text([p]) for p in r.problems]
        title = self.tr("Line %1").replace("%1", str(r.line))
        return f"<b>{html.escape(title)}</b><br>" + "<br>".join(html.escape(line) for line in lines)

    def group_id(self) -> int | None:
        """The group chosen, or None while none is."""
        return self.group.currentData() if self.group.currentIndex() >= 0 else None

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import members"),
            str(Path.home()),
            self.tr("Member lists (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        self.path.setText(str(path))
        self.refresh()

    def refresh(self) -> None:
        self.preview = None
        if not self.path.text():
            self._update_button()
            return
        if self.group_id() is None:
            # The rows are checked against the group (the same person twice), so the group comes first.
            self.model.set_rows([])
            self.summary.setText(self.tr("Choose the group the members are to join; then the file is read "
                                         "and every row shown here before anything is imported."))
            self.summary.setStyleSheet("")
            self._update_button()
            return
        try:
            self.preview = self.ops.members.preview_import(Path(self.path.text()), self.group_id())
        except ServiceError as exc:
            self.model.set_rows([])
            self.summary.setText(texts.problem_text(exc.problem))
            self.summary.setStyleSheet("color: #b00020;")
            self._update_button()
            return
        self.model.set_rows(self.preview.rows)
        fit_columns(self.table)
        total, bad = len(self.preview.rows), len(self.preview.invalid_rows)
        text = self.tr("Rows in the file: %1. Valid: %2. With problems: %3.").replace("%1", str(total)).replace(
            "%2", str(total - bad)
        ).replace("%3", str(bad))
        if bad:
            text += " " + self.tr("A file with problems imports nothing unless you choose to import only the valid rows.")
        if self.preview.ignored_columns:
            text += " " + self.tr("Columns not used: %1.").replace("%1", ", ".join(self.preview.ignored_columns))
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b00020;" if bad else "")
        self._update_button()

    def _update_button(self) -> None:
        p = self.preview
        ok = (self.group_id() is not None and p is not None and bool(p.valid_rows)
              and (not p.invalid_rows or self.skip_invalid.isChecked()))
        self.import_button.setEnabled(ok)
        self.skip_invalid.setEnabled(p is not None and bool(p.invalid_rows))

    def accept(self) -> None:
        group_id = self.group_id()
        if self.preview is None or group_id is None:  # Enter before a group is chosen: nothing happens
            return
        try:
            result = self.ops.members.import_members(
                self.preview, group_id, skip_invalid=self.skip_invalid.isChecked()
            )
        except ServiceError as exc:
            # The data changed since the preview (e.g. an e-mail now taken): show it again.
            self.refresh()
            self.summary.setText(texts.problem_text(exc.problem) + " " + self.summary.text())
            return
        self.imported = result.imported
        super().accept()
