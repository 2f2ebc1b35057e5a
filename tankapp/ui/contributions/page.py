"""The Bidrag section: the register of knowledge contributions and the framework matrix.

*Register*: every contribution (merged-away ones left out), filtered as you
type and by group, meeting, kind, kind of involvement, criterion and status;
edit in a dialog (double-click or Enter), mark reviewed, merge two that say
the same thing, delete.

*Framework matrix*: ViBIS's three kinds of involvement against the three
criteria (Rammer, Proces, Anvendelse), a count in each cell, split by kind on
demand. Choosing a cell, or the "not yet classified" button, lists its
contributions below; one chosen there can be classified on the spot, and the
counts follow.

The page reads and writes through ``ops.contributions`` and follows the
announced changes (see :func:`tankapp.ui.ops.follow.follow`); the edit dialog
is :class:`tankapp.ui.contributions.dialog.ContributionDialog`.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.enums import ContributionInvolvement as Inv
from tankapp.domain.enums import ContributionKind as Kind
from tankapp.domain.enums import ContributionStatus as Status
from tankapp.domain.enums import Criterion
from tankapp.services.contributions import register as contribution_service
from tankapp.services.contributions.register import (
    CRITERIA,
    MATRIX_ROWS,
    ContributionFilter,
    ContributionInput,
    ContributionRow,
    Matrix,
)
from tankapp.services.errors import Problem, ServiceError
from tankapp.services.members.groups import GroupSummary
from tankapp.services.meetings.planning import MeetingSummary
from tankapp.ui.common import texts
from tankapp.ui.meeting_mode.capture import (
    CAPTURE_KEYS,
    INVOLVEMENTS,
    KINDS,
    STATUSES,
    combo_value,
    contribution_problem_text,
    criteria_text,
    criterion_label,
    involvement_label,
    kind_label,
    kind_letter,
    set_combo_data,
    status_choice_label,
    status_label,
    translate,
)
from tankapp.ui.contributions.dialog import ContributionDialog, meeting_label
from tankapp.ui.common.itemmodels import Column
from tankapp.ui.common.list_page import RowList
from tankapp.ui.ops.core import Changes
from tankapp.ui.ops.core import Kind as ChangeKind
from tankapp.ui.ops.follow import follow

if TYPE_CHECKING:
    from tankapp.ui.ops.core import Operations

__all__ = ["ContributionDialog", "ContributionsPage", "MatrixModel"]

UNCLASSIFIED = "unclassified"


def _contribution_columns(*, with_meeting: bool = True) -> list[Column]:
    columns = [
        Column(translate("Contributions", "Title"), lambda r: r.title, tooltip=lambda r: _row_tooltip(r)),
        Column(translate("Contributions", "Kind"), lambda r: kind_label(r.kind)),
        Column(
            translate("Contributions", "Involvement"),
            lambda r: involvement_label(r.involvement) if r.involvement != Inv.UNSPECIFIED else "",
            sort=lambda r: INVOLVEMENTS.index(r.involvement),
            searchable=False,
        ),
        Column(
            translate("Contributions", "Criteria"),
            lambda r: criteria_text(r.criteria),
            sort=lambda r: tuple(CRITERIA.index(c) for c in r.criteria) or (9,),
            searchable=False,
        ),
        Column(translate("Contributions", "Group"), lambda r: r.group),
    ]
    if with_meeting:
        columns.append(
            Column(
                translate("Contributions", "Meeting"),
                lambda r: texts.format_date(r.meeting_date),
                sort=lambda r: r.meeting_date.toordinal() if r.meeting_date else 0,
                tooltip=lambda r: r.meeting_title,
                searchable=False,
            )
        )
    columns.append(
        Column(
            translate("Contributions", "Status"),
            lambda r: status_label(r.status, r.sent_on),
            sort=lambda r: (STATUSES.index(r.status), r.sent_on.toordinal() if r.sent_on else 0),
            searchable=False,
        )
    )
    return columns


def _fit_with_title_stretched(view: QTableView) -> None:
    """The other columns as wide as their (short) contents, always; the title takes the rest."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(200)
    header.setStretchLastSection(False)
    for column in range(header.count()):
        mode = QHeaderView.ResizeMode.Stretch if column == 0 else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)


def _row_tooltip(r: ContributionRow) -> str:
    parts = [f"<b>{html.escape(r.title)}</b>"]
    if r.text:
        text = r.text if len(r.text) < 600 else r.text[:600] + "…"
        parts.append(html.escape(text).replace("\n", "<br>"))
    if r.meeting_title:
        parts.append(html.escape(f"{r.meeting_title}, {texts.format_date(r.meeting_date)}"))
    return "<br>".join(parts)


# ------------------------------------------------------------------ the matrix model


class MatrixModel(QAbstractTableModel):
    """Kinds of involvement (rows) against the criteria (columns); each cell a count.

    With :attr:`split` each cell shows the count per kind: "P 2 · B 1 · E 3 · G 0"
    (in Danish "F · B · E · V").
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self.split = False
        self._max = 0

    def set_matrix(self, matrix: Matrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self._max = max((len(v) for v in matrix.cells.values()), default=0)
        self.endResetModel()

    def set_split(self, split: bool) -> None:
        self.split = split
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def cell(self, index: QModelIndex) -> tuple[Inv, Criterion]:
        return MATRIX_ROWS[index.row()], CRITERIA[index.column()]

    def index_of(self, involvement: Inv, criterion: Criterion) -> QModelIndex:
        return self.index(MATRIX_ROWS.index(involvement), CRITERIA.index(criterion))

    def cell_text(self, involvement: Inv, criterion: Criterion) -> str:
        m = self.matrix
        if m is None:
            return ""
        if not self.split:
            return str(m.count(involvement, criterion))
        return " · ".join(f"{kind_letter(k)} {m.count(involvement, criterion, k)}" for k in KINDS)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(MATRIX_ROWS)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(CRITERIA)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return criterion_label(CRITERIA[section])
        return involvement_label(MATRIX_ROWS[section])

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.matrix is None:
            return None
        inv, crit = self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(inv, crit)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            counts = ", ".join(f"{kind_label(k)}: {self.matrix.count(inv, crit, k)}" for k in KINDS)
            return (
                translate("Contributions", "%1 × %2: %3 contributions (%4). Click to list them.")
                .replace("%1", involvement_label(inv))
                .replace("%2", criterion_label(crit))
                .replace("%3", str(self.matrix.count(inv, crit)))
                .replace("%4", counts)
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            n = self.matrix.count(inv, crit)
            if n and self._max:
                color = QColor(QPalette().color(QPalette.ColorRole.Highlight))
                color.setAlpha(30 + int(90 * n / self._max))
                return color
        return None


# ------------------------------------------------------------------ the page


class ContributionsPage(QWidget):
    """The register and the matrix; follows every change of contributions, meetings, groups and members.

    A contribution captured in meeting mode appears here at once (or when the
    page is next shown); only the rows whose ids the change names are read again.
    """

    status = Signal(str)

    def __init__(self, ops: Operations, parent=None):
        super().__init__(parent)
        self.ops = ops
        self._groups: list[GroupSummary] = []
        self._meetings: list[MeetingSummary] = []
        self._rows: list[ContributionRow] = []
        self._cell: tuple[Inv, Criterion] | str | None = None

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_register(), translate("Contributions", "Register"))
        self.tabs.addTab(self._build_matrix(), translate("Contributions", "Framework matrix"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._apply_filters()
        self.reload()
        follow(self, ops, [ChangeKind.CONTRIBUTION, ChangeKind.MEETING, ChangeKind.GROUP, ChangeKind.MEMBER],
               self._on_changed)

    # ================================================================== building
    def _build_register(self) -> QWidget:
        keys = ", ".join(
            f"{QKeySequence(CAPTURE_KEYS[k]).toString(QKeySequence.SequenceFormat.NativeText)} {kind_label(k).lower()}"
            for k in KINDS
        )
        self.register_list = RowList(
            _contribution_columns(),
            # The filter box searches the text too: see current_filter().
            filter_placeholder=translate("Contributions", "Filter by title, text, group, meeting… (Ctrl+F)"),
            filter_columns=False,
            no_match_text=translate("Contributions", "No contribution matches the filter."),
            empty_text=translate(
                "Contributions",
                "No knowledge contributions yet. The register keeps what the groups give back to ViBIS: "
                "promoters, barriers, successful examples and knowledge gaps, sorted by the framework. "
                "Capture them in meeting mode (%1), or add the first here.",
            ).replace("%1", keys),
            empty_action=translate("Contributions", "Add the first contribution"),
            sort=(5, Qt.SortOrder.DescendingOrder),
            multi=True,
        )
        rl = self.register_list
        self.filter, self.model, self.proxy, self.table = rl.filter, rl.model, rl.proxy, rl.table
        self.no_match, self.empty, self.stack = rl.no_match, rl.empty, rl
        _fit_with_title_stretched(self.table)
        rl.opened.connect(self.edit_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.empty.button.clicked.connect(self.new_contribution)

        self.unclassified_only = QCheckBox(translate("Contributions", "Not yet classified only"))
        self.group_filter = QComboBox()
        self.meeting_filter = QComboBox()
        self.meeting_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting_filter.setMinimumContentsLength(12)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(translate("Contributions", "All kinds"), None)
        for k in KINDS:
            self.kind_filter.addItem(kind_label(k), k)
        self.involvement_filter = QComboBox()
        self.involvement_filter.addItem(translate("Contributions", "All kinds of involvement"), None)
        for inv in INVOLVEMENTS:
            self.involvement_filter.addItem(involvement_label(inv), inv)
        self.criterion_filter = QComboBox()
        self.criterion_filter.addItem(translate("Contributions", "All criteria"), None)
        for c in CRITERIA:
            self.criterion_filter.addItem(criterion_label(c), c)
        self.status_filter = QComboBox()
        self.status_filter.addItem(translate("Contributions", "All statuses"), None)
        for st in STATUSES:
            self.status_filter.addItem(status_choice_label(st), st)
        self.combos = (
            self.group_filter, self.meeting_filter, self.kind_filter,
            self.involvement_filter, self.criterion_filter, self.status_filter,
        )

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.unclassified_only)
        combos = QHBoxLayout()
        for combo in self.combos:
            combos.addWidget(combo, 1)

        self.new_button = QPushButton(translate("Contributions", "New contribution…"))
        self.new_button.setToolTip(translate("Contributions", "Add a contribution (Ctrl+N)"))
        self.edit_button = QPushButton(translate("Contributions", "Edit…"))
        self.review_button = QPushButton(translate("Contributions", "Mark reviewed"))
        self.merge_button = QPushButton(translate("Contributions", "Merge…"))
        self.merge_button.setToolTip(
            translate("Contributions", "Select two contributions that say the same thing (Ctrl+click) and merge them into one")
        )
        self.delete_button = QPushButton(translate("Contributions", "Delete…"))
        self.export_button = QPushButton(translate("Contributions", "Export to ViBIS…"))
        self.export_button.setToolTip(
            translate("Contributions", "The reviewed contributions of the group shown (or all) as PDF, CSV or JSON "
                                       "for ViBIS; drafts stay here")
        )
        self.export_button.clicked.connect(self.export_to_vibis)
        self.count_label = QLabel()
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.review_button, self.merge_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.export_button)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(combos)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)

        self.filter.textChanged.connect(self._apply_filters)
        self.unclassified_only.toggled.connect(self._apply_filters)
        for combo in self.combos:
            combo.currentIndexChanged.connect(self._apply_filters)
        self.group_filter.currentIndexChanged.connect(self._group_filter_changed)
        self.new_button.clicked.connect(self.new_contribution)
        self.edit_button.clicked.connect(self.edit_selected)
        self.review_button.clicked.connect(self.mark_reviewed)
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        return page

    def _build_matrix(self) -> QWidget:
        self.matrix_group = QComboBox()
        self.split_check = QCheckBox(translate("Contributions", "Split by kind"))
        self.split_check.setToolTip(
            translate("Contributions", "P promoter · B barrier · E successful example · G knowledge gap or need")
        )
        self.total_label = QLabel()
        self.unclassified_button = QPushButton()
        self.unclassified_button.setCheckable(True)
        self.unclassified_button.setToolTip(
            translate("Contributions", "Contributions without a kind of involvement or without a criterion. List them to sort them.")
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Contributions", "Group:")))
        top.addWidget(self.matrix_group)
        top.addWidget(self.split_check)
        top.addStretch(1)
        top.addWidget(self.total_label)
        top.addWidget(self.unclassified_button)

        self.matrix_model = MatrixModel(self)
        self.matrix_view = QTableView()
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_view.setCornerButtonEnabled(False)
        self.matrix_view.setWordWrap(False)
        font = self.matrix_view.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.matrix_view.setFont(font)
        for header in (self.matrix_view.horizontalHeader(), self.matrix_view.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setHighlightSections(True)
        self.matrix_view.verticalHeader().setMinimumWidth(self.fontMetrics().horizontalAdvance("Organisatorisk") + 24)
        row_height = self.matrix_view.fontMetrics().height() * 2 + 12
        self.matrix_view.setMinimumHeight(
            3 * row_height + self.matrix_view.horizontalHeader().sizeHint().height() + 4
        )
        self.matrix_note = QLabel(
            translate(
                "Contributions",
                "A contribution that shows several criteria counts in each of their cells. "
                "Choose a cell to list its contributions.",
            )
        )
        self.matrix_note.setWordWrap(True)
        self.matrix_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addLayout(top)
        ul.addWidget(self.matrix_view, 1)
        ul.addWidget(self.matrix_note)

        # --- the chosen cell's contributions and the classify box ------------
        self.cell_heading = QLabel()
        heading_font = self.cell_heading.font()
        heading_font.setBold(True)
        self.cell_heading.setFont(heading_font)
        self.cell_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.cell_list = RowList(_contribution_columns(with_meeting=False))
        cells = self.cell_list
        self.cell_model, self.cell_proxy, self.cell_table = cells.model, cells.proxy, cells.table
        _fit_with_title_stretched(self.cell_table)
        self.cell_table.setSortingEnabled(True)
        self.cell_table.doubleClicked.connect(lambda _i: self._edit_row(self.cell_selected()))
        cell_box = QWidget()
        cl = QVBoxLayout(cell_box)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.cell_heading)
        cl.addWidget(self.cell_list, 1)

        self.classify_box = QGroupBox(translate("Contributions", "Classify"))
        self.classify_title = QLabel()
        self.classify_title.setWordWrap(True)
        self.classify_title.setTextFormat(Qt.TextFormat.PlainText)
        self.classify_involvement = QComboBox()
        for inv in INVOLVEMENTS:
            self.classify_involvement.addItem(involvement_label(inv), inv)
        self.classify_criteria: dict[Criterion, QCheckBox] = {}
        self.classify_button = QPushButton(translate("Contributions", "Save classification"))
        grid = QGridLayout(self.classify_box)
        grid.addWidget(self.classify_title, 0, 0, 1, 2)
        inv_label = QLabel(translate("Contributions", "&Involvement:"))
        inv_label.setBuddy(self.classify_involvement)
        grid.addWidget(inv_label, 1, 0)
        grid.addWidget(self.classify_involvement, 1, 1)
        grid.addWidget(QLabel(translate("Contributions", "Criteria:")), 2, 0, Qt.AlignmentFlag.AlignTop)
        crit_col = QVBoxLayout()
        for c in CRITERIA:
            box = QCheckBox(criterion_label(c))
            self.classify_criteria[c] = box
            crit_col.addWidget(box)
        grid.addLayout(crit_col, 2, 1)
        grid.addWidget(self.classify_button, 3, 1, Qt.AlignmentFlag.AlignRight)
        grid.setRowStretch(4, 1)
        grid.setColumnStretch(1, 1)
        self.classify_box.setMinimumWidth(260)

        lower = QSplitter()
        lower.addWidget(cell_box)
        lower.addWidget(self.classify_box)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        lower.setChildrenCollapsible(False)

        self.matrix_splitter = QSplitter(Qt.Orientation.Vertical)
        self.matrix_splitter.addWidget(upper)
        self.matrix_splitter.addWidget(lower)
        self.matrix_splitter.setStretchFactor(0, 1)
        self.matrix_splitter.setStretchFactor(1, 1)
        self.matrix_splitter.setChildrenCollapsible(False)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.matrix_splitter)

        self.split_check.toggled.connect(self.matrix_model.set_split)
        self.matrix_group.currentIndexChanged.connect(self._matrix_group_changed)
        self.matrix_view.clicked.connect(self._matrix_clicked)
        self.matrix_view.activated.connect(self._matrix_clicked)
        self.unclassified_button.clicked.connect(lambda _c=False: self.show_unclassified())
        self.cell_table.selectionModel().selectionChanged.connect(self._cell_selection_changed)
        self.classify_button.clicked.connect(self.classify_selected)
        self._cell_selection_changed()
        return page

    # ================================================================== loading
    def focus_filter(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.register_list.focus_filter()

    def reload(self) -> None:
        """Read the groups, the meetings and the whole register again (the selection stays)."""
        try:
            groups = self.ops.contributions.groups()
            meetings = self.ops.contributions.meetings()
            rows = self.ops.contributions.list()
        except ServiceError as exc:
            self.status.emit(contribution_problem_text(exc.problem))
            return
        self._groups, self._meetings, self._rows = groups, meetings, rows
        self._fill_group_combos()
        self._fill_meeting_filter()
        self._show_rows(reset=True)

    def _on_changed(self, changes: Changes) -> None:
        """Follow the announced changes: the named contributions' rows only, when that is enough."""
        if changes.touches(ChangeKind.MEETING, ChangeKind.GROUP):
            self.reload()  # titles, dates, names and the filter choices
            return
        ids = changes.ids_of(ChangeKind.CONTRIBUTION)
        member_ids = changes.ids_of(ChangeKind.MEMBER)
        if ids is None or member_ids is None:
            self.reload()
            return
        if member_ids:
            ids = ids | {r.id for r in self._rows if r.member_id in member_ids}
        if ids:
            self.update_rows(ids)

    def update_rows(self, contribution_ids) -> None:
        """Read these contributions again: changed rows are replaced in place, new ones added, gone ones removed."""
        ids = set(contribution_ids)
        try:
            fresh = {r.id: r for r in self.ops.contributions.rows(ids)}
        except ServiceError as exc:
            self.status.emit(contribution_problem_text(exc.problem))
            return
        positions = {r.id: i for i, r in enumerate(self.model.rows())}
        by_id = {r.id: r for r in self._rows if r.id not in ids}
        by_id.update(fresh)
        # The register's order: newest meeting first (as the service lists it).
        self._rows = sorted(by_id.values(), key=lambda r: (r.meeting_date or dt.date.min, r.id), reverse=True)
        if set(fresh) != ids & set(positions):
            self._show_rows(reset=True)  # added or removed: the model starts over, the selection stays
            return
        for cid, row in fresh.items():
            self.model.replace_row(positions[cid], row)
        self._show_rows(reset=False)

    def _show_rows(self, *, reset: bool) -> None:
        """Show :attr:`_rows` in the register and the matrix, keeping what was selected."""
        with self.cell_list.keeping_selection():
            if reset:
                with self.register_list.keeping_selection():
                    self.model.set_rows(self._rows)
                    self._apply_filters()
            else:
                self._apply_filters()
            self._update_matrix()
        self._update_buttons()

    def _fill_group_combos(self) -> None:
        for combo in (self.group_filter, self.matrix_group):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("Contributions", "All groups"), None)
            for g in self._groups:
                combo.addItem(g.name, g.id)
            set_combo_data(combo, current)
            combo.blockSignals(False)

    def _fill_meeting_filter(self) -> None:
        group_id = self.group_filter.currentData()
        current = self.meeting_filter.currentData()
        combo = self.meeting_filter
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("Contributions", "All meetings"), None)
        for m in sorted(self._meetings, key=lambda m: (m.date, m.start), reverse=True):
            if group_id is None or group_id in m.group_ids:
                combo.addItem(meeting_label(m), m.id)
        set_combo_data(combo, current)
        combo.blockSignals(False)

    def _group_filter_changed(self) -> None:
        self._fill_meeting_filter()
        self._apply_filters()
        if self.matrix_group.currentData() != self.group_filter.currentData():
            set_combo_data(self.matrix_group, self.group_filter.currentData())

    def _matrix_group_changed(self) -> None:
        if self.group_filter.currentData() != self.matrix_group.currentData():
            set_combo_data(self.group_filter, self.matrix_group.currentData())
        self._update_matrix()

    # ================================================================== register
    def current_filter(self) -> ContributionFilter:
        return ContributionFilter(
            group_id=self.group_filter.currentData(),
            meeting_id=self.meeting_filter.currentData(),
            kind=combo_value(self.kind_filter, Kind),
            involvement=combo_value(self.involvement_filter, Inv),
            criterion=combo_value(self.criterion_filter, Criterion),
            status=combo_value(self.status_filter, Status),
            text=self.filter.text(),
            unclassified_only=self.unclassified_only.isChecked(),
        )

    def _apply_filters(self) -> None:
        self.proxy.set_row_predicate(self.current_filter().matches)  # the list says so when nothing matches
        shown, total = self.proxy.rowCount(), len(self._rows)
        self.count_label.setText(
            translate("Contributions", "%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
            if shown != total
            else translate("Contributions", "%1 contributions").replace("%1", str(total))
        )
        self._update_buttons()

    def visible_titles(self) -> list[str]:
        return self.register_list.visible_texts()

    def selected_rows(self) -> list[ContributionRow]:
        """The selected contributions, in the order they were selected."""
        return self.register_list.selected_rows()

    def selected(self) -> ContributionRow | None:
        return self.register_list.selected()

    def select_contribution(self, contribution_id: int, add: bool = False) -> None:
        self.register_list.select(contribution_id, add=add)

    def _update_buttons(self, *_args) -> None:
        rows = self.selected_rows()
        self.edit_button.setEnabled(len(rows) >= 1)
        self.delete_button.setEnabled(len(rows) >= 1)
        self.review_button.setEnabled(any(r.status == Status.DRAFT for r in rows))
        self.merge_button.setEnabled(len(rows) == 2)

    def _after_change(self, message: str, select: int | None = None) -> None:
        # The page has followed the change already (it was announced); it only selects and says it.
        if select is not None:
            self.select_contribution(select)
        self.status.emit(message)

    def _warn(self, title: str, p: Problem) -> None:
        text = contribution_problem_text(p)
        self.status.emit(text)
        QMessageBox.warning(self, title, text)

    def new_contribution(self) -> None:
        group_id = self.group_filter.currentData()
        if group_id is None and self._groups:
            group_id = next((g.id for g in self._groups if not g.archived), self._groups[0].id)
        data = ContributionInput(
            group_id=group_id,
            meeting_id=self.meeting_filter.currentData(),
            kind=combo_value(self.kind_filter, Kind) or Kind.EXAMPLE,
        )
        dialog = ContributionDialog(self.ops, self._groups, data=data, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._after_change(translate("Contributions", "Saved: %1").replace("%1", dialog.input().title.strip()),
                           dialog.contribution_id)

    def edit_selected(self) -> None:
        self._edit_row(self.selected())

    def _edit_row(self, row: ContributionRow | None) -> None:
        if row is None:
            return
        try:
            current = self.ops.contributions.get(row.id)
        except ServiceError as exc:
            self._warn(translate("Contributions", "Edit contribution"), exc.problem)
            self.reload()
            return
        dialog = ContributionDialog(
            self.ops, self._groups, contribution_id=row.id, data=contribution_service.input_from_row(current),
            sent_on=current.sent_on, parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._after_change(translate("Contributions", "Saved: %1").replace("%1", dialog.input().title.strip()), row.id)

    def mark_reviewed(self) -> None:
        rows = [r for r in self.selected_rows() if r.status == Status.DRAFT]
        if not rows:
            return
        try:
            self.ops.contributions.set_status([r.id for r in rows], Status.REVIEWED)
        except ServiceError as exc:
            self._warn(translate("Contributions", "Mark reviewed"), exc.problem)
            self.reload()
            return
        message = (
            translate("Contributions", "Reviewed: %1").replace("%1", rows[0].title)
            if len(rows) == 1
            else translate("Contributions", "%1 contributions marked reviewed").replace("%1", str(len(rows)))
        )
        for r in rows:
            self.select_contribution(r.id, add=True)
        self.status.emit(message)

    def merge_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 2:
            self.status.emit(
                translate("Contributions", "Select exactly two contributions to merge (hold Ctrl and click the second).")
            )
            return
        keep, other = rows
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Contributions", "Merge contributions"),
            translate("Contributions", "Merge these two contributions into one?\n\nKeep: “%1”\nMerge into it: “%2”")
            .replace("%1", keep.title)
            .replace("%2", other.title),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            translate(
                "Contributions",
                "The kept contribution gets the other's text and criteria added. The other leaves the register "
                "but is kept as history.",
            )
        )
        merge_button = box.addButton(translate("Contributions", "Merge"), QMessageBox.ButtonRole.AcceptRole)
        swap_button = box.addButton(translate("Contributions", "Keep the second instead"), QMessageBox.ButtonRole.ActionRole)
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("Contributions", "Cancel"))
        box.setDefaultButton(merge_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is swap_button:
            keep, other = other, keep
        elif clicked is not merge_button:
            return
        try:
            self.ops.contributions.merge(keep.id, other.id)
        except ServiceError as exc:
            self._warn(translate("Contributions", "Merge contributions"), exc.problem)
            self.reload()
            return
        self._after_change(
            translate("Contributions", "Merged into “%1”").replace("%1", keep.title), keep.id
        )

    # ------------------------------------------------------------------ export to ViBIS
    def export_to_vibis(self) -> None:
        """Show first what will be sent, then ask for the file, write it and mark the exported ones sent.

        The selection is the group shown in the register's group filter (or all
        groups); the box offers all of it or only those not sent before, and says
        how many drafts are left out (drafts never go to ViBIS). The format comes
        from the file ending (PDF, CSV for Excel, JSON).
        """
        title = translate("Contributions", "Export to ViBIS")
        group_id = self.group_filter.currentData()
        try:
            everything = self.ops.contributions.export_preview(group_id, unsent=False)
            fresh = self.ops.contributions.export_preview(group_id, unsent=True)
        except ServiceError as exc:
            self._warn(title, exc.problem)
            return
        if everything.count == 0:
            self._warn(title, Problem("export_no_contributions", "", {"drafts": everything.drafts}))
            return
        if everything.group is None:
            which = translate("Contributions", "All groups")
        else:
            which = translate("Contributions", "The group shown: %1").replace("%1", everything.group)
        text = (
            translate("Contributions", "%1\n\nAll reviewed contributions: %2 (%3 of them sent before keep their "
                                       "sent date)\nOnly those not sent before: %4\nDrafts left out (not reviewed "
                                       "yet): %5")
            .replace("%1", which)
            .replace("%2", str(everything.count))
            .replace("%3", str(everything.already_sent))
            .replace("%4", str(fresh.count))
            .replace("%5", str(everything.drafts))
        )
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(
            translate("Contributions", "Then choose the file: PDF, CSV or JSON by its ending. The exported "
                                       "contributions are marked sent.")
        )
        all_button = box.addButton(
            translate("Contributions", "Export all %1…").replace("%1", str(everything.count)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        unsent_button = box.addButton(
            translate("Contributions", "Only the %1 not sent before…").replace("%1", str(fresh.count)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        unsent_button.setEnabled(fresh.count > 0)
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("Contributions", "Cancel"))
        box.setDefaultButton(unsent_button if fresh.count else all_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is all_button:
            unsent = False
        elif clicked is unsent_button and fresh.count:
            unsent = True
        else:
            return
        default_name = f"vidensbidrag-{dt.date.today().isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / default_name),
            translate("Contributions", "PDF report (*.pdf);;CSV for Excel (*.csv);;JSON (*.json)"),
        )
        if not path:
            return

        def failed(exc: ServiceError) -> None:
            self._warn(title, exc.problem)

        def done(n: int) -> None:
            self.status.emit(
                translate("Contributions", "Exported %1 contributions to %2; they are marked sent")
                .replace("%1", str(n)).replace("%2", Path(path).name)
            )

        # written on a worker thread (the window keeps responding); marked sent once the file is complete
        try:
            self.ops.contributions.export_to_vibis(path, group_id=group_id, unsent=unsent, done=done, failed=failed)
        except ServiceError as exc:  # refused before anything was written
            failed(exc)

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            text = translate("Contributions", "Delete the contribution “%1”?").replace("%1", rows[0].title)
        else:
            text = translate("Contributions", "Delete these %1 contributions?").replace("%1", str(len(rows)))
        answer = QMessageBox.question(
            self, translate("Contributions", "Delete contribution"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ops.contributions.delete([r.id for r in rows])
        except ServiceError as exc:
            self._warn(translate("Contributions", "Delete contribution"), exc.problem)
            self.reload()
            return
        message = (
            translate("Contributions", "Deleted: %1").replace("%1", rows[0].title)
            if len(rows) == 1
            else translate("Contributions", "%1 contributions deleted").replace("%1", str(len(rows)))
        )
        self._after_change(message)

    # ================================================================== matrix
    def matrix_rows(self) -> list[ContributionRow]:
        group_id = self.matrix_group.currentData()
        return [r for r in self._rows if group_id is None or r.group_id == group_id]

    def _update_matrix(self) -> None:
        m = contribution_service.matrix(self.matrix_rows())
        self.matrix = m
        current = self.matrix_view.currentIndex()
        self.matrix_model.set_matrix(m)
        self.total_label.setText(translate("Contributions", "%1 contributions").replace("%1", str(m.total)))
        self.unclassified_button.setText(
            translate("Contributions", "Not yet classified: %1").replace("%1", str(len(m.unclassified)))
        )
        if isinstance(self._cell, tuple):
            index = self.matrix_model.index_of(*self._cell)
            self.matrix_view.setCurrentIndex(index)
        elif current.isValid():
            self.matrix_view.clearSelection()
        self._show_cell_rows()

    def _matrix_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_cell(*self.matrix_model.cell(index))

    def show_cell(self, involvement: Inv, criterion: Criterion) -> None:
        """List the contributions of one cell below the matrix."""
        self._cell = (involvement, criterion)
        index = self.matrix_model.index_of(involvement, criterion)
        if self.matrix_view.currentIndex() != index:
            self.matrix_view.setCurrentIndex(index)
        self._show_cell_rows()

    def show_unclassified(self) -> None:
        """List the contributions not yet classified, so they can be sorted."""
        self._cell = UNCLASSIFIED
        self.matrix_view.clearSelection()
        self._show_cell_rows()

    def _show_cell_rows(self) -> None:
        cell = self._cell
        m = self.matrix
        self.unclassified_button.setChecked(cell == UNCLASSIFIED)
        if cell is None:
            rows = []
            self.cell_heading.setText(translate("Contributions", "Choose a cell, or the contributions not yet classified."))
        elif cell == UNCLASSIFIED:
            rows = m.unclassified
            self.cell_heading.setText(
                translate("Contributions", "Not yet classified: %1").replace("%1", str(len(rows)))
            )
        else:
            inv, crit = cell
            rows = m.cells[(inv, crit)]
            self.cell_heading.setText(
                translate("Contributions", "%1 × %2: %3")
                .replace("%1", involvement_label(inv))
                .replace("%2", criterion_label(crit))
                .replace("%3", str(len(rows)))
            )
        self.cell_model.set_rows(rows)
        self._cell_selection_changed()

    def cell_titles(self) -> list[str]:
        return self.cell_list.visible_texts()

    def cell_selected(self) -> ContributionRow | None:
        return self.cell_list.selected()

    def _select_cell_row(self, contribution_id: int) -> None:
        self.cell_list.select(contribution_id)

    def _cell_selection_changed(self, *_args) -> None:
        row = self.cell_selected()
        enabled = row is not None
        for w in (self.classify_involvement, self.classify_button, *self.classify_criteria.values()):
            w.setEnabled(enabled)
        if row is None:
            self.classify_title.setText(translate("Contributions", "Choose a contribution in the list to classify it."))
            set_combo_data(self.classify_involvement, Inv.UNSPECIFIED)
            for box in self.classify_criteria.values():
                box.setChecked(False)
            return
        self.classify_title.setText(row.title)
        set_combo_data(self.classify_involvement, row.involvement)
        for c, box in self.classify_criteria.items():
            box.setChecked(c in row.criteria)

    def classify_selected(self) -> None:
        row = self.cell_selected()
        if row is None:
            return
        involvement = combo_value(self.classify_involvement, Inv)
        criteria = {c for c, box in self.classify_criteria.items() if box.isChecked()}
        try:
            self.ops.contributions.classify(row.id, involvement, criteria)
        except ServiceError as exc:
            self._warn(translate("Contributions", "Classify"), exc.problem)
            self.reload()
            return
        self._select_cell_row(row.id)
        if involvement == Inv.UNSPECIFIED or not criteria:
            message = translate("Contributions", "Saved; “%1” is not fully classified yet").replace("%1", row.title)
        else:
            message = (
                translate("Contributions", "Classified: “%1” as %2, %3")
                .replace("%1", row.title)
                .replace("%2", involvement_label(involvement))
                .replace("%3", criteria_text(criteria))
            )
        self.status.emit(message)
