"""Making the two reports for the steering committee from the window: the status report and the evaluation report.

One function, :func:`save_report`, used by the Status page and the Evaluation
page's results: ask where to save (a sensible name in the last export folder),
refuse a bad target before anything is read, read the report's data in one short
transaction and write the PDF in the background (``ops.status``), then say so in
the status bar and offer to open the file. Neither report names a member.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tankapp.services.errors import ServiceError
from tankapp.ui.ops import Operations
from tankapp.ui.status.words import translate

STATUS, EVALUATION = "status", "evaluation"
_NAMES = {STATUS: "Statusrapport", EVALUATION: "Evalueringsrapport"}  # the file's default name (Danish, as the PDF)


def report_titles() -> dict[str, str]:
    """The buttons' and dialogs' words for each report."""
    return {
        STATUS: translate("Status", "Status report (PDF)…"),
        EVALUATION: translate("Status", "Evaluation report (PDF)…"),
    }


def report_tooltips() -> dict[str, str]:
    return {
        STATUS: translate("Status", "The success criteria with their states, figures and charts, for the steering committee. No member is named."),
        EVALUATION: translate("Status", "The final evaluation report with charts, for the steering committee: every round, all groups. No member is named."),
    }


def _ask_path(parent: QWidget, title: str, name: str, settings: QSettings | None) -> Path | None:
    folder = str(settings.value("export/folder", str(Path.home()))) if settings else str(Path.home())
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name),
                                            translate("Status", "PDF (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    if settings:
        settings.setValue("export/folder", str(path.parent))
    return path


def _warn(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def save_report(parent: QWidget, ops: Operations, which: str, *, settings: QSettings | None = None,
                status: Callable[[str], None] | None = None) -> None:
    """Ask where, then write the ``which`` report (STATUS or EVALUATION) in the background; see the module docstring."""
    title = report_titles()[which].rstrip("…").rstrip(".")
    say = status or (lambda _text: None)
    path = _ask_path(parent, title, f"{_NAMES[which]} {dt.date.today().isoformat()}.pdf", settings)
    if path is None:
        return

    def failed(exc: ServiceError) -> None:
        say(Operations.message(exc))
        _warn(parent, title, Operations.message(exc))

    def done(written: Path) -> None:
        say(translate("Status", "Exported to %1").replace("%1", written.name))
        box = QMessageBox(QMessageBox.Icon.Question, translate("Status", "Exported"),
                          translate("Status", "Saved as %1.\n\nOpen it now?").replace("%1", str(written)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if box.exec() == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    export = ops.status.export_status_report if which == STATUS else ops.status.export_evaluation_report
    say(translate("Status", "Writing %1 …").replace("%1", path.name))
    try:
        export(path, done=done, failed=failed)  # refused before anything is read or written, or written later
    except ServiceError as exc:
        failed(exc)
