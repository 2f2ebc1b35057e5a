"""The list every section shows: service rows in a sortable table, filtered as you type.

:class:`RowList` makes the pieces once: the filter box, the model, the filter
proxy, the table, what an empty list says instead (and what a filter that
matches nothing says), Enter or double-click opening the selected row, the
selection (kept across reloads) and the column fitting. The section lays the
pieces out where it wants them (the filter box beside its combo filters, the
list in a splitter, …); :func:`refill_combo` fills those combo filters anew.

No text is translated in here: the section passes its own (translated) texts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tankapp.ui.common.itemmodels import (
    Column,
    RowFilterProxy,
    RowTableModel,
    distribute_columns,
    measure_columns,
    setup_list_view,
)
from tankapp.ui.common.widgets import EmptyState


class RowList(QStackedWidget):
    """A list of rows: the table, or (no rows at all) the empty state in its place.

    Reachable, for the section to lay out and wire: :attr:`filter` (a QLineEdit,
    or None without ``filter_placeholder``), :attr:`model`, :attr:`proxy`,
    :attr:`table`, :attr:`empty` (an EmptyState, or None) and :attr:`no_match`
    (a QLabel above the table, or None). The widget itself is the stack.

    Rows are told apart by ``key(row)`` (their id). The filter box filters the
    columns' text (Danish folding: "aase" finds Åse) unless ``filter_columns``
    is False; then the section reads :attr:`filter` in its own row predicate.
    """

    opened = Signal()  # Enter or double-click on a row (the platform's way to open one): open the selected row

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        key: Callable[[Any], Any] = lambda row: row.id,
        filter_placeholder: str | None = None,
        filter_columns: bool = True,
        empty_text: str | None = None,
        empty_action: str | None = None,
        no_match_text: str | None = None,
        sort: tuple[int, Qt.SortOrder] | None = None,
        multi: bool = False,
        fit: int | Callable[[], None] | None = None,
        refit: bool = False,
        parent: QWidget | None = None,
    ):
        """``sort``: the column and order sorted by at first (None: not sortable).
        ``multi``: several rows may be selected (Ctrl/Shift+click); :meth:`selected_rows`
        gives them in the order they were selected.
        ``fit``: size the columns to their contents after a load, capped at this width
        (or call this instead); once, when there are rows first, or with ``refit`` after
        every load. The columns are fitted to the list's width again when it is shown or
        resized (names and e-mails kept whole, long text giving way: see Column.fit), until
        the user drags a column's edge."""
        super().__init__(parent)
        self._key = key
        self._multi = multi
        self._fit = fit
        self._refit = refit
        self._fitted = False
        self._natural: list[int] | None = None  # the columns' natural widths, measured at the last fit
        self._fitting = False
        self._user_sized = False  # the user dragged a column's edge: the list's width no longer refits
        self._order: list[Any] = []  # keys of the selected rows, in the order they were selected

        self.filter: QLineEdit | None = None
        if filter_placeholder is not None:
            self.filter = QLineEdit()
            self.filter.setPlaceholderText(filter_placeholder)
            self.filter.setClearButtonEnabled(True)

        self.model = RowTableModel(columns)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        setup_list_view(self.table)
        if multi:
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        if sort is not None:
            self.table.setSortingEnabled(True)
            self.table.sortByColumn(*sort)
        # Enter and double-click both end in activated (a double-click sends doubleClicked too:
        # following both opened a row twice, the second dialog once the first was closed).
        self.table.activated.connect(self._open)

        self.no_match: QLabel | None = None
        self.list_box: QWidget = self.table
        if no_match_text is not None:
            self.no_match = QLabel(no_match_text)
            self.no_match.setWordWrap(True)
            self.no_match.hide()
            self.list_box = QWidget()
            box_layout = QVBoxLayout(self.list_box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(self.no_match)
            box_layout.addWidget(self.table, 1)
        self.addWidget(self.list_box)
        self.empty: EmptyState | None = None
        if empty_text is not None:
            self.empty = EmptyState(empty_text, empty_action)
            self.addWidget(self.empty)

        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        self.table.horizontalHeader().sectionResized.connect(self._section_resized)

        if self.filter is not None and filter_columns:
            self.filter.textChanged.connect(self.proxy.set_filter_text)
        if multi:
            self.table.selectionModel().selectionChanged.connect(self._track_order)
        # The empty state and the no-match line follow the rows (after the proxy: it is connected first).
        for model in (self.model, self.proxy):
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                signal.connect(self._update_state)
        self._update_state()

    # ------------------------------------------------------------------ the filter box
    def focus_filter(self) -> None:
        """Ctrl+F: into the filter box, its text selected (typing replaces it)."""
        if self.filter is not None:
            self.filter.setFocus()
            self.filter.selectAll()

    # ------------------------------------------------------------------ rows
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show these rows (the model starts over), the selected ones selected again."""
        with self.keeping_selection():
            self.model.set_rows(rows)
            if self._fit is not None and (self._refit or (rows and not self._fitted)):
                self.fit_columns()

    def fit_columns(self) -> None:
        """Measure the columns anew and fit them to the list's width (see :func:`distribute_columns`)."""
        self._fitting = True
        try:
            if isinstance(self._fit, int):
                self._natural = measure_columns(self.table)
                distribute_columns(self.table, self._natural, self._fit)
            elif self._fit is not None:
                self._fit()
        finally:
            self._fitting = False
        self._fitted = True

    def _refit_to_width(self) -> None:
        """The list's width changed (shown, window resized): share it out again, without measuring."""
        if not self._fitted or self._user_sized or self._fitting:
            return
        self._fitting = True
        try:
            if isinstance(self._fit, int) and self._natural is not None:
                distribute_columns(self.table, self._natural, self._fit)
            elif callable(self._fit):
                self._fit()
        finally:
            self._fitting = False

    def _section_resized(self, _column: int, _old: int, _new: int) -> None:
        # A column resized while tankapp is not fitting is the user's doing (or the last column stretching).
        if not self._fitting and self.table.isVisible() and self.table.horizontalHeader().underMouse():
            self._user_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if (watched is self.table and kind == QEvent.Type.Show) or (
            watched is self.table.viewport() and kind == QEvent.Type.Resize
            and event.size().width() != event.oldSize().width()
        ):
            self._refit_to_width()
        return super().eventFilter(watched, event)

    @contextmanager
    def keeping_selection(self) -> Iterator[None]:
        """What is selected before the block is selected again after it (those rows still shown)."""
        keys = [self._key(row) for row in self.selected_rows()]
        yield
        self._order = []
        for i, key in enumerate(keys):
            self.select(key, add=i > 0)

    def visible_rows(self) -> list[Any]:
        """The rows shown (past the filters), in the order shown."""
        return [self.proxy.row_object(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())]

    def visible_texts(self, column: int = 0) -> list[Any]:
        """What one column shows, row by row (the names, the titles)."""
        return [self.proxy.index(r, column).data() for r in range(self.proxy.rowCount())]

    # ------------------------------------------------------------------ selection
    def selected_rows(self) -> list[Any]:
        """The selected rows; with ``multi``, in the order they were selected."""
        rows = {}
        for index in self.table.selectionModel().selectedRows():
            row = self.proxy.row_object(index)
            rows[self._key(row)] = row
        if not self._multi:
            return list(rows.values())
        ordered = [rows[k] for k in self._order if k in rows]
        return ordered + [r for k, r in rows.items() if k not in self._order]

    def selected(self) -> Any | None:
        """The selected row (of several, the current one), or None."""
        if not self._multi:
            rows = self.table.selectionModel().selectedRows()
            return self.proxy.row_object(rows[0]) if rows else None
        rows = self.selected_rows()
        index = self.table.currentIndex()
        if index.isValid():
            current = self.proxy.row_object(index)
            if any(self._key(r) == self._key(current) for r in rows):
                return current
        return rows[0] if rows else None

    def select(self, key: Any, add: bool = False) -> bool:
        """Select the row with this key (``add``: as well as those selected) and show it; False if not shown."""
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if self._key(self.proxy.row_object(index)) == key:
                if self._multi or add:
                    flags = QItemSelectionModel.SelectionFlag.Rows | (
                        QItemSelectionModel.SelectionFlag.Select if add
                        else QItemSelectionModel.SelectionFlag.ClearAndSelect
                    )
                    self.table.selectionModel().setCurrentIndex(index, flags)
                else:
                    self.table.selectRow(r)
                self.table.scrollTo(index)
                return True
        return False

    # ------------------------------------------------------------------ inside
    def _open(self, _index=None) -> None:
        self.opened.emit()

    def _track_order(self, selected, deselected) -> None:
        for index in deselected.indexes():
            if index.column() == 0:
                row = self.proxy.row_object(index)
                if row is not None and self._key(row) in self._order:
                    self._order.remove(self._key(row))
        for index in selected.indexes():
            if index.column() == 0:
                row = self.proxy.row_object(index)
                if row is not None and self._key(row) not in self._order:
                    self._order.append(self._key(row))

    def _update_state(self, *_args) -> None:
        has_rows = self.model.rowCount() > 0
        if self.empty is not None:
            self.setCurrentWidget(self.list_box if has_rows else self.empty)
        if self.no_match is not None:
            self.no_match.setVisible(has_rows and self.proxy.rowCount() == 0)


def refill_combo(combo: QComboBox, first: str, items: Iterable[tuple[str, Any]]) -> bool:
    """Fill a filter combo anew: ``first`` ("All groups", data None), then (text, data) items.

    The choice stays if it is still offered; no signal is sent. Returns False
    when the chosen item is gone and the combo fell back to ``first`` (the
    section's filter then needs applying again).
    """
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first, None)
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
    return index >= 0
