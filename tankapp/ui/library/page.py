"""The Viden section: the library of knowledge presentations (*vidensoplæg*) and their files.

Files are copied into the library in a worker thread (a big file never freezes
the window) with a progress dialog that can cancel; the copy is recorded in
the database on the UI thread when it is done, in a short transaction of its own.

The page follows the presentations, and the agendas and meetings that its
"On the agenda of" lines show: it reloads when any of them changes.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.enums import Criterion, Involvement, MeetingStatus
from tankapp.services.library import presentations as library
from tankapp.services.errors import Problem, ServiceError, problem
from tankapp.services.library.presentations import AttachmentSummary, PresentationInput, PresentationSummary, StoredFile
from tankapp.ui.common import texts
from tankapp.ui.common.itemmodels import Column, RowTableModel, fit_columns, setup_list_view
from tankapp.ui.common.list_page import RowList, refill_combo
from tankapp.ui.ops import Changes, Kind, Operations
from tankapp.ui.ops.follow import follow
from tankapp.ui.library.presentation_dialog import (
    PresentationDialog,
    criteria_text,
    criterion_label,
    involvement_label,
    involvement_text,
    library_problem_text,
)

log = logging.getLogger(__name__)


class StoreWorker(QObject):
    """Copies one file into the attachments folder in a worker thread.

    ``stored(StoredFile)`` or ``failed(ServiceError)`` ends it; :meth:`cancel`
    may be called from any thread. Progress is not signalled per chunk but
    read by the page (:attr:`done`, :attr:`total`) on a timer: PySide6 6.12 on
    CPython 3.11 drops a reference to ``True`` on every ``Signal.emit()`` from
    Python, so thousands of progress signals for a big file would crash the app.
    """

    stored = Signal(object)
    failed = Signal(object)

    def __init__(self, store: Callable[..., StoredFile], source: Path, *, replace_existing: bool = False):
        super().__init__()
        self.store = store  # LibraryOps.store_file: copies the bytes, touches no database
        self.source = source
        self.replace_existing = replace_existing
        self.done = 0
        self.total = 0
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def _progress(self, done: int, total: int) -> bool:
        self.done, self.total = done, total
        return not self._cancelled

    @Slot()
    def run(self) -> None:
        try:
            result = self.store(self.source, self._progress, replace_existing=self.replace_existing)
        except ServiceError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - anything else is logged, and told plainly
            # The file's name may name a person: the log gets the error's kind, not the name.
            log.error("copying a file into the library failed: %s", type(exc).__name__)
            self.failed.emit(
                ServiceError(problem("attachment_store_failed", f"The file could not be copied: {exc}"))
            )
        else:
            self.stored.emit(result)


@dataclass
class _Job:
    kind: str  # "add" or "relink"
    source: Path
    presentation_id: int
    attachment_id: int | None
    worker: StoreWorker
    thread: QThread
    dialog: QProgressDialog


class LibraryPage(QWidget):
    status = Signal(str)

    def __init__(self, ops: Operations, parent=None):
        super().__init__(parent)
        self.ops = ops
        self._fresh = False  # read since the page was last hidden (the show need not read again)
        self._job: _Job | None = None
        self._poll = QTimer(self)  # shows the copy's progress
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._show_progress)
        self._last_dir = str(Path.home())
        self._fitted_to_view = False
        self._rows: list[PresentationSummary] = []
        self._warn_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        # Copies made for opening in other programs last run are not needed any more.
        ops.library.clear_opened_copies()

        # --- filters (the filter box itself is the list's) -------------------
        self.involvement_filter = QComboBox()
        self.involvement_filter.addItem(self.tr("All kinds of involvement"), None)
        for kind in Involvement:
            self.involvement_filter.addItem(involvement_label(kind), kind)
        self.criterion_filter = QComboBox()
        self.criterion_filter.addItem(self.tr("All criteria"), None)
        for criterion in Criterion:
            self.criterion_filter.addItem(criterion_label(criterion), criterion)
        self.tag_filter = QComboBox()
        self.tag_filter.addItem(self.tr("All tags"), None)
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag_filter.setMinimumContentsLength(10)

        self.new_button = QPushButton(self.tr("New presentation…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        # --- the list -----------------------------------------------------
        self.row_list = RowList(
            [
                Column(self.tr("Title"), lambda p: p.title, tooltip=lambda p: p.title),
                Column(self.tr("Presenter"), lambda p: p.presenter),
                Column(
                    self.tr("Date"),
                    lambda p: texts.format_date(p.presented_on),
                    sort=lambda p: p.presented_on.toordinal() if p.presented_on else 0,
                    searchable=False,
                ),
                Column(
                    self.tr("Involvement"),
                    lambda p: involvement_text(p.involvement),
                    tooltip=lambda p: involvement_text(p.involvement) or None,
                    searchable=False,
                ),
                Column(
                    self.tr("Criteria"),
                    lambda p: criteria_text(p.criteria),
                    tooltip=lambda p: criteria_text(p.criteria) or None,
                    searchable=False,
                ),
                Column(
                    self.tr("Files"),
                    lambda p: p.attachment_count,
                    align=Qt.AlignmentFlag.AlignRight,
                    decoration=lambda p: self._warn_icon if p.problem_attachments else None,
                    tooltip=self._files_tooltip,
                    searchable=False,
                ),
            ],
            # The filter box searches more than the columns (summary, tags, files): see _apply_filters.
            filter_placeholder=self.tr("Filter by title, presenter, summary, tag… (Ctrl+F)"),
            filter_columns=False,
            no_match_text=self.tr("No presentation matches the filter."),
            empty_text=self.tr(
                "No knowledge presentations yet. The library keeps the knowledge presentations that ViBIS "
                "brings to the meetings, with their slides and reports, so you can see which group has "
                "been shown what. Add the first."
            ),
            empty_action=self.tr("Add the first presentation"),
            sort=(2, Qt.SortOrder.DescendingOrder),
            fit=self._fit_list_columns,
        )
        rl = self.row_list
        self.filter, self.model, self.proxy, self.table = rl.filter, rl.model, rl.proxy, rl.table
        self.no_match, self.empty, self.stack = rl.no_match, rl.empty, rl
        rl.opened.connect(self.edit_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.empty.button.clicked.connect(self.add_presentation)

        top = QHBoxLayout()
        top.addWidget(self.filter, 3)
        top.addWidget(self.involvement_filter, 1)
        top.addWidget(self.criterion_filter, 1)
        top.addWidget(self.tag_filter, 1)

        # --- the detail side ----------------------------------------------
        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(False)
        self.details.setOpenLinks(False)
        self.files_heading = QLabel(self.tr("Files"))
        font = self.files_heading.font()
        font.setBold(True)
        self.files_heading.setFont(font)
        self.files_model = RowTableModel(
            [
                Column(
                    self.tr("File"),
                    lambda a: a.file_name,
                    decoration=lambda a: self._warn_icon if a.status != "ok" else self._file_icon,
                    tooltip=self._attachment_tooltip,
                ),
                Column(
                    self.tr("Size"),
                    lambda a: texts.format_size(a.size),
                    sort=lambda a: a.size,
                    align=Qt.AlignmentFlag.AlignRight,
                ),
                Column(self.tr("Status"), self._attachment_status_text, tooltip=self._attachment_tooltip),
            ]
        )
        self.files_table = QTableView()
        self.files_table.setModel(self.files_model)
        setup_list_view(self.files_table)
        # The name gives way so that size and status (e.g. "the file is missing") stay visible.
        files_header = self.files_table.horizontalHeader()
        files_header.setStretchLastSection(False)
        files_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        files_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        files_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Enter or double-click (a double-click also sends doubleClicked: following both opened the file twice)
        self.files_table.activated.connect(lambda _i: self.open_attachment())
        QShortcut(QKeySequence.StandardKey.Delete, self.files_table, activated=self.remove_attachment,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.add_file_button = QPushButton(self.tr("Add file…"))
        self.open_file_button = QPushButton(self.tr("Open"))
        self.remove_file_button = QPushButton(self.tr("Remove…"))
        file_buttons = QHBoxLayout()
        for b in (self.add_file_button, self.open_file_button, self.remove_file_button):
            file_buttons.addWidget(b)
        file_buttons.addStretch(1)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.details, 3)
        detail_layout.addWidget(self.files_heading)
        detail_layout.addWidget(self.files_table, 2)
        detail_layout.addLayout(file_buttons)
        self.detail = detail

        self.splitter = QSplitter()
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        detail.setMinimumWidth(280)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)

        # --- wiring -------------------------------------------------------
        self.filter.textChanged.connect(self._apply_filters)
        for combo in (self.involvement_filter, self.criterion_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.new_button.clicked.connect(self.add_presentation)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.add_file_button.clicked.connect(lambda: self.add_file())
        self.open_file_button.clicked.connect(self.open_attachment)
        self.remove_file_button.clicked.connect(self.remove_attachment)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.files_table.selectionModel().selectionChanged.connect(self._update_buttons)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel_running)
        self._apply_filters()
        self.reload()
        self._fresh = False  # the page may be shown long after it was built: read again then
        follow(self, ops, [Kind.PRESENTATION, Kind.AGENDA, Kind.MEETING], self._on_changed)

    # ------------------------------------------------------------------ texts
    def _files_tooltip(self, p: PresentationSummary) -> str | None:
        bad = p.problem_attachments
        if not bad:
            return None
        return "\n".join(f"{a.file_name}: {self._attachment_status_text(a)}" for a in bad)

    def _attachment_status_text(self, a: AttachmentSummary) -> str:
        if a.status == "missing":
            return self.tr("The file is missing")
        if a.status == "damaged":
            return self.tr("The file is damaged")
        return ""

    def _attachment_tooltip(self, a: AttachmentSummary) -> str:
        if a.status == "ok":
            return self.tr("Double-click or press Enter to open %1").replace("%1", a.file_name)
        return self.tr("%1. Open it to re-link it to a copy you have.").replace("%1", self._attachment_status_text(a))

    def _status_word(self, status: MeetingStatus) -> str:
        return {
            MeetingStatus.HELD: self.tr("held"),
            MeetingStatus.PLANNED: self.tr("planned"),
            MeetingStatus.CANCELLED: self.tr("cancelled"),
        }[status]

    def _details_html(self, p: PresentationSummary) -> str:
        e = html.escape
        parts = [f"<h3>{e(p.title)}</h3>"]
        meta = " · ".join(x for x in (p.presenter, texts.format_date(p.presented_on, long=True)) if x)
        if meta:
            parts.append(f"<p>{e(meta)}</p>")
        rows = [
            (self.tr("Kind of involvement:"), involvement_text(p.involvement) or self.tr("not chosen")),
            (self.tr("Criteria:"), criteria_text(p.criteria) or self.tr("not chosen")),
        ]
        if p.tags:
            rows.append((self.tr("Tags:"), ", ".join(p.tags)))
        parts.append("<p>" + "<br>".join(f"<b>{e(k)}</b> {e(v)}" for k, v in rows) + "</p>")
        if p.summary:
            parts.append("<p>" + e(p.summary).replace("\n", "<br>") + "</p>")
        if p.source:
            label = self.tr("Source:")
            parts.append(f"<p><b>{e(label)}</b> " + e(p.source).replace("\n", "<br>") + "</p>")
        if p.meetings:
            lines = [
                e(f"{texts.format_date(u.meeting_date)}  {u.meeting_title} ({self._status_word(u.meeting_status)})")
                for u in p.meetings
            ]
            label = self.tr("On the agenda of:")
            parts.append(f"<p><b>{e(label)}</b><br>" + "<br>".join(lines) + "</p>")
        else:
            none_yet = self.tr("Not on any meeting agenda yet.")
            parts.append(f"<p><i>{e(none_yet)}</i></p>")
        return "".join(parts)

    # ------------------------------------------------------------------ list
    def focus_filter(self) -> None:
        self.row_list.focus_filter()

    def reload(self) -> None:
        """Read the library again (and check that every stored file is still there)."""
        attachment = self.selected_attachment()
        rows, tags = self.ops.library.list_with_tags()
        self._fresh = True
        self._rows = rows
        self.row_list.set_rows(rows)  # the selected presentation stays selected
        self._fill_tag_filter(tags)
        self.detail.setVisible(bool(rows))
        self._show_selected()
        if attachment is not None:
            self.select_attachment(attachment.id)

    def _fit_list_columns(self) -> None:
        """Columns to their contents; if that is wider than the list, the text columns give way."""
        fit_columns(self.table, max_width=210)
        header = self.table.horizontalHeader()
        last = header.count() - 1
        files_width = max(header.sectionSizeHint(last), self.table.sizeHintForColumn(last))
        available = self.table.viewport().width() - files_width
        # column: (least width in average characters, how readily it gives way); the title keeps most
        shrinkable = {0: (10, 1), 1: (6, 2), 3: (6, 2), 4: (6, 2)}
        char = self.fontMetrics().averageCharWidth()
        total = sum(header.sectionSize(c) for c in range(last))
        if self.table.isVisible() and total > available > 0:
            spare = {c: w * max(0, header.sectionSize(c) - (n * char + 16)) for c, (n, w) in shrinkable.items()}
            room = sum(spare.values())
            excess = min(total - available, sum(s // shrinkable[c][1] for c, s in spare.items()))
            if room > 0:
                for c in shrinkable:
                    give = -(-spare[c] * excess // room)  # rounded up
                    give = min(give, spare[c] // shrinkable[c][1])
                    header.resizeSection(c, header.sectionSize(c) - give)
        # The stretched last column (Files) keeps the width it had when stretching began as its least.
        header.setStretchLastSection(False)
        header.resizeSection(last, files_width)
        header.setStretchLastSection(True)

    def _fill_tag_filter(self, tags: list[str]) -> None:
        if not refill_combo(self.tag_filter, self.tr("All tags"), ((tag, tag) for tag in tags)):
            self._apply_filters()  # the tag chosen is gone: all tags again

    def _apply_filters(self) -> None:
        text = self.filter.text()
        involvement = self.involvement_filter.currentData()
        criterion = self.criterion_filter.currentData()
        tag = self.tag_filter.currentData()

        def keep(p: PresentationSummary) -> bool:
            return library.matches(p, text, involvement, criterion, tag)

        self.proxy.set_row_predicate(keep)  # the list says so when nothing matches
        self._show_selected()

    def visible_titles(self) -> list[str]:
        return self.row_list.visible_texts()

    def selected(self) -> PresentationSummary | None:
        return self.row_list.selected()

    def select_presentation(self, presentation_id: int) -> None:
        self.row_list.select(presentation_id)

    def attachments(self) -> list[AttachmentSummary]:
        """The files shown for the selected presentation."""
        return self.files_model.rows()

    def selected_attachment(self) -> AttachmentSummary | None:
        rows = self.files_table.selectionModel().selectedRows()
        return self.files_model.row_at(rows[0].row()) if rows else None

    def select_attachment(self, attachment_id: int) -> None:
        for r, a in enumerate(self.files_model.rows()):
            if a.id == attachment_id:
                self.files_table.selectRow(r)
                return

    def _show_selected(self, *_args) -> None:
        p = self.selected()
        if p is None:
            self.details.setHtml(
                "<p><i>" + html.escape(self.tr("Choose a presentation to see its summary and files.")) + "</i></p>"
            )
            self.files_model.set_rows([])
        else:
            self.details.setHtml(self._details_html(p))
            self.files_model.set_rows(p.attachments)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        p = self.selected()
        busy = self._job is not None
        self.edit_button.setEnabled(p is not None)
        self.delete_button.setEnabled(p is not None and not busy)
        self.add_file_button.setEnabled(p is not None and not busy)
        has_file = self.selected_attachment() is not None
        self.open_file_button.setEnabled(has_file)
        self.remove_file_button.setEnabled(has_file and not busy)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._job is None and not self._fresh:
            self.reload()  # files may have gone missing while the section was hidden
        self._fresh = False
        if not self._fitted_to_view:
            QTimer.singleShot(0, self, self._fit_to_view)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._fresh = False

    def _on_changed(self, _changes: Changes) -> None:
        """Presentations, agendas or meetings changed (here or elsewhere): read the library again.

        A row carries its files and meetings, and reading one costs as much as
        reading all, so the whole list is read; the selection is kept.
        """
        self.reload()

    def _fit_to_view(self) -> None:
        """Once the list has its real width, make the columns fit it."""
        if self._rows and self.table.isVisible():
            self._fit_list_columns()
            self._fitted_to_view = True

    # ------------------------------------------------------------------ presentations
    def _after_change(self, message: str, presentation_id: int | None = None) -> None:
        # The operation announced the change and the page has followed it (when shown).
        if not self.isVisible():
            self.reload()
        if presentation_id is not None:
            self.select_presentation(presentation_id)
        self.status.emit(message)

    def _known_tags(self) -> list[str]:
        return self.ops.library.tags()

    def add_presentation(self) -> None:
        data = PresentationInput()
        involvement = self.involvement_filter.currentData()
        criterion = self.criterion_filter.currentData()
        if involvement is not None:
            data.involvement = {involvement}
        if criterion is not None:
            data.criteria = {criterion}
        if self.tag_filter.currentData():
            data.tags = [self.tag_filter.currentData()]
        dialog = PresentationDialog(self.ops, data=data, known_tags=self._known_tags(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        title = dialog.input().title
        self._after_change(self.tr("Saved: %1").replace("%1", title), dialog.presentation_id)

    def edit_selected(self) -> None:
        p = self.selected()
        if p is None:
            return
        try:
            data = self.ops.library.input_of(p.id)
            known_tags = self._known_tags()
        except ServiceError as exc:
            self._warn(self.tr("Edit presentation"), exc.problem)
            self.reload()
            return
        dialog = PresentationDialog(self.ops, presentation_id=p.id, data=data, known_tags=known_tags, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._after_change(self.tr("Saved: %1").replace("%1", dialog.input().title), p.id)

    def delete_selected(self) -> None:
        p = self.selected()
        if p is None or self._job is not None:
            return
        text = self.tr("Delete the presentation “%1”?").replace("%1", p.title)
        if p.attachments:
            text += "\n\n" + self.tr("The files attached to it (%1) are removed too.").replace("%1", str(p.attachment_count))
        answer = QMessageBox.question(
            self, self.tr("Delete presentation"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ops.library.delete(p.id)
        except ServiceError as exc:
            self._warn(self.tr("Delete presentation"), exc.problem)
            return
        self._after_change(self.tr("Deleted: %1").replace("%1", p.title))

    # ------------------------------------------------------------------ files
    @property
    def busy(self) -> bool:
        """True while a file is being copied in."""
        return self._job is not None

    def _choose_file(self, caption: str) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(self, caption, self._last_dir, self.tr("All files (*)"))
        if not path:
            return None
        self._last_dir = str(Path(path).parent)
        return Path(path)

    def add_file(self, path: Path | None = None) -> None:
        """Copy a file into the library for the selected presentation (asks which, unless given)."""
        p = self.selected()
        if p is None or self._job is not None:
            return
        if path is None:
            path = self._choose_file(self.tr("Add a file to “%1”").replace("%1", p.title))
            if path is None:
                return
        self._start_job("add", Path(path), p.id, None)

    def relink_attachment(self, attachment: AttachmentSummary, path: Path | None = None) -> None:
        """Let the user point a missing or damaged file at a copy they have."""
        if self._job is not None:
            return
        if path is None:
            path = self._choose_file(self.tr("Find a copy of “%1”").replace("%1", attachment.file_name))
            if path is None:
                return
        self._start_job("relink", Path(path), attachment.presentation_id, attachment.id)

    def open_attachment(self) -> None:
        att = self.selected_attachment()
        if att is None:
            return
        try:
            path = self.ops.library.open_copy(att.id)
        except ServiceError as exc:
            if exc.code in ("attachment_missing", "attachment_damaged"):
                self.reload()
                self.select_attachment(att.id)
                self._offer_relink(att, exc.problem)
            else:
                self._warn(self.tr("Open file"), exc.problem)
            return
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.status.emit(self.tr("Opened %1").replace("%1", att.file_name))
        else:
            QMessageBox.information(
                self,
                self.tr("Open file"),
                self.tr("No program on this computer opens “%1”. A copy of it is here:\n%2")
                .replace("%1", att.file_name)
                .replace("%2", str(path)),
            )

    def _offer_relink(self, att: AttachmentSummary, p: Problem) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The file is missing") if p.code == "attachment_missing" else self.tr("The file is damaged"),
            library_problem_text(p),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr("If you have the file, choose Re-link… and pick it: tankapp keeps a new copy under the name of the file you pick.")
        )
        relink = box.addButton(self.tr("Re-link…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(relink)
        box.exec()
        if box.clickedButton() is relink:
            self.relink_attachment(att)

    def remove_attachment(self) -> None:
        att = self.selected_attachment()
        if att is None or self._job is not None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove file"),
            self.tr("Remove “%1” from this presentation?").replace("%1", att.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ops.library.remove_attachment(att.id)
        except ServiceError as exc:
            self._warn(self.tr("Remove file"), exc.problem)
            return
        self._after_change(self.tr("Removed: %1").replace("%1", att.file_name), att.presentation_id)

    # ------------------------------------------------------------------ the copy job
    def _start_job(self, kind: str, source: Path, presentation_id: int, attachment_id: int | None) -> None:
        dialog = QProgressDialog(
            self.tr("Copying “%1” into the library…").replace("%1", source.name), self.tr("Cancel"), 0, 1000, self
        )
        dialog.setWindowTitle(self.tr("Adding file"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        worker = StoreWorker(self.ops.library.store_file, source, replace_existing=(kind == "relink"))
        thread = QThread()
        thread.setObjectName("tankapp-store-file")
        worker.moveToThread(thread)
        self._job = _Job(kind, source, presentation_id, attachment_id, worker, thread, dialog)
        thread.started.connect(worker.run)
        worker.stored.connect(self._on_stored)
        worker.failed.connect(self._on_failed)
        dialog.canceled.connect(self._cancel_job)
        self._update_buttons()
        self.status.emit(self.tr("Copying %1…").replace("%1", source.name))
        thread.start()
        self._poll.start()

    def _show_progress(self) -> None:
        job = self._job
        if job is None or job.dialog.wasCanceled():
            return
        done, total = job.worker.done, job.worker.total
        job.dialog.setLabelText(
            self.tr("Copying “%1” into the library…\n%2 of %3")
            .replace("%1", job.source.name)
            .replace("%2", texts.format_size(done))
            .replace("%3", texts.format_size(total))
        )
        job.dialog.setValue(int(done * 1000 / total) if total else 1000)

    def _cancel_job(self) -> None:
        if self._job is not None:
            self._job.worker.cancel()

    def _end_job(self) -> _Job | None:
        job, self._job = self._job, None
        if job is None:
            return None
        self._poll.stop()
        job.thread.quit()
        job.thread.wait()
        job.dialog.canceled.disconnect(self._cancel_job)
        job.dialog.close()
        job.dialog.deleteLater()
        # The worker and the thread have no parent: they go with the last Python reference, now
        # that the thread has finished (a deleteLater() would wait for an event loop that is gone).
        self._update_buttons()
        return job

    def cancel_running(self) -> None:
        """Stop a copy in progress and wait for its thread (call before the window closes)."""
        job = self._job
        if job is None:
            return
        self._poll.stop()
        job.worker.cancel()
        job.thread.quit()
        job.thread.wait()
        self._job = None
        job.dialog.close()
        job.dialog.deleteLater()
        self._update_buttons()

    @Slot(object)
    def _on_stored(self, stored: StoredFile) -> None:
        job = self._end_job()
        if job is None:
            return
        # The bytes are stored (outside any transaction); now record them in a short one.
        try:
            if job.kind == "add":
                att = self.ops.library.add_attachment(job.presentation_id, stored, job.source.name)
            else:
                att = self.ops.library.relink(job.attachment_id, stored, job.source.name)
        except ServiceError as exc:  # the op has released the stored bytes
            self._reload_quietly()
            self._warn(self.tr("Add file") if job.kind == "add" else self.tr("Re-link file"), exc.problem)
            return
        if not self.isVisible():
            self.reload()  # shown, the page has followed the change already
        self.select_presentation(job.presentation_id)
        self.select_attachment(att.id)
        self.status.emit(
            (self.tr("Added: %1") if job.kind == "add" else self.tr("Re-linked: %1")).replace("%1", job.source.name)
        )

    def _reload_quietly(self) -> None:
        """Read the library again after a problem (a second one is not worth a second message)."""
        try:
            self.reload()
        except ServiceError as exc:
            log.warning("reading the library again failed: %s", exc.code)

    @Slot(object)
    def _on_failed(self, exc: ServiceError) -> None:
        job = self._end_job()
        if job is None:
            return
        if exc.code == "attachment_cancelled":
            self.status.emit(library_problem_text(exc.problem))
            return
        self._warn(self.tr("Add file") if job.kind == "add" else self.tr("Re-link file"), exc.problem)

    def _warn(self, title: str, p: Problem) -> None:
        text = library_problem_text(p)
        self.status.emit(text)
        QMessageBox.warning(self, title, text)
