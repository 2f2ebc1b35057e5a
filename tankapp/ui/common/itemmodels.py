"""Qt item models over plain service rows (no database access in here).

Rows are pushed in with :meth:`RowTableModel.set_rows` inside a model reset.
Each column knows how to show a row, how to sort it (text columns sort by the
Danish collation key) and what text the filter box searches.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from tankapp.domain.collation import search_fold, search_text, sort_key

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass
class Column:
    header: str
    display: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None  # default: Danish key of the display text
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Any], str | None] | None = None
    decoration: Callable[[Any], Any] | None = None
    searchable: bool = True
    foreground: Callable[[Any], Any] | None = None  # a QColor for the row's text (a warning), or None
    # How fit_columns sizes it: KEEP (names, e-mails: never cut while there is room),
    # STRETCH (long free text: takes the room left over, gives way first) or AUTO.
    fit: str = "auto"


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._filter_text: list[str] | None = []
        # column -> sort value per row, computed when a column is first sorted on
        # (the Danish key costs microseconds; a sort asks for it many times per row).
        self._sort_values: dict[int, list[Any]] = {}
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._filter_text = None  # worked out when the filter box is first used
        self._sort_values = {}
        if self._sorted_by is not None:
            self._reorder(*self._sorted_by)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves, once, by cached keys (a proxy sorting 10,000 rows asks
        Python for a value twice per comparison: hundreds of thousands of calls)."""
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        new_position = self._reorder(column, order)
        self.changePersistentIndexList(
            old, [self.index(new_position[i.row()], i.column()) for i in old]
        )
        self._sorted_by = (column, order)
        self.layoutChanged.emit()

    def _reorder(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Put the rows in order; returns old row -> new row."""
        keys = self._column_sort_values(column)
        ordering = sorted(range(len(self._rows)), key=keys.__getitem__,
                          reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[i] for i in ordering]
        if self._filter_text is not None:
            self._filter_text = [self._filter_text[i] for i in ordering]
        for col, values in self._sort_values.items():
            self._sort_values[col] = [values[i] for i in ordering]
        new_position = [0] * len(ordering)
        for new, old in enumerate(ordering):
            new_position[old] = new
        return new_position

    def _column_sort_values(self, column: int) -> list[Any]:
        values = self._sort_values.get(column)
        if values is None:
            values = self._sort_values[column] = [self._sort_value(r, column) for r in self._rows]
        return values

    def values_changed(self) -> None:
        """Values computed outside the rows (e.g. meeting counts) changed: repaint, re-sort keys later."""
        self._sort_values = {}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def replace_row(self, index: int, row: Any) -> None:
        """Put a changed row in place: one row repainted, no reset, no rebuild."""
        self._rows[index] = row
        if self._filter_text is not None:
            self._filter_text[index] = self._search_text(row)
        for column, values in self._sort_values.items():
            values[index] = self._sort_value(row, column)
        self.dataChanged.emit(self.index(index, 0), self.index(index, self.columnCount() - 1))

    def search_texts(self) -> list[str]:
        """Each row's folded text for the filter box (built on first use: a list shown unfiltered,
        as at start, never pays for it)."""
        if self._filter_text is None:
            self._filter_text = [self._search_text(r) for r in self._rows]
        return self._filter_text

    def _sort_value(self, row: Any, column: int) -> Any:
        col = self._columns[column]
        if col.sort is not None:
            return col.sort(row)
        value = col.display(row)
        return value if isinstance(value, (int, float)) else sort_key(str(value or ""))

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def _search_text(self, row: Any) -> str:
        parts = [str(c.display(row) or "") for c in self._columns if c.searchable]
        return search_text(" ".join(parts))  # "aase" finds Åse, "oster" Østergaard, "zoe" Zoë

    # Qt API ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.display(row)
            return "" if value is None else value
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._column_sort_values(index.column())[index.row()]
        if role == FILTER_ROLE:
            return self.search_texts()[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align is not None:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.DecorationRole and col.decoration is not None:
            return col.decoration(row)
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            return col.foreground(row)
        return None


class RowFilterProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE; keeps rows whose text holds every typed word."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._words: list[str] = []
        self._extra: Callable[[Any], bool] | None = None
        self._accepted: list[bool] | None = None  # per source row, worked out once per change

    def set_filter_text(self, text: str) -> None:
        self._change_filter(lambda: setattr(self, "_words", search_fold(text).split()))

    def set_row_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._change_filter(lambda: setattr(self, "_extra", predicate))

    def setSourceModel(self, model) -> None:
        # Connected before the proxy's own handlers, so they never see a stale answer.
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self._forget)
        super().setSourceModel(model)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source model's (see RowTableModel.sort); the proxy keeps its order."""
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            model.sort(column, order)
        else:  # pragma: no cover - any other model
            super().sort(column, order)

    def _forget(self, *_args) -> None:
        self._accepted = None

    def _change_filter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            change()
            self._accepted = None
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self._accepted = None
            self.invalidateFilter()

    def _compute_accepted(self) -> list[bool]:
        """Which source rows pass, for all rows at once (one Python loop, not one call per row)."""
        model = self.sourceModel()
        words = self._words
        if not words:
            accepted = [True] * model.rowCount()
        else:
            texts = model.search_texts() if hasattr(model, "search_texts") else [
                model.data(model.index(r, 0), FILTER_ROLE) or "" for r in range(model.rowCount())
            ]
            accepted = [all(w in t for w in words) for t in texts]
        if self._extra is not None:
            rows = model.rows() if hasattr(model, "rows") else None
            for i, ok in enumerate(accepted):
                if ok:
                    row = rows[i] if rows is not None else model.data(model.index(i, 0), ROW_ROLE)
                    accepted[i] = bool(self._extra(row))
        return accepted

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if self._accepted is None or len(self._accepted) != self.sourceModel().rowCount():
            self._accepted = self._compute_accepted()
        return self._accepted[source_row]

    def row_object(self, proxy_index: QModelIndex) -> Any:
        return self.sourceModel().data(self.mapToSource(proxy_index), ROW_ROLE)


# Column kinds for fitting (Column.fit).
KEEP, STRETCH, AUTO = "keep", "stretch", "auto"

# Widths in average letters: what a KEEP column may take at most (a name or an address
# pasted into the wrong field must not push every other column away), and the least a
# STRETCH or AUTO column is squeezed to before anything else gives way.
_KEEP_MAX_LETTERS = 48
_STRETCH_SOFT_LETTERS = 22  # long text gives way to about here first
_STRETCH_MIN_LETTERS = 12
_AUTO_MIN_LETTERS = 6


def column_kinds(view) -> list[str]:
    """Each column's :attr:`Column.fit` (AUTO for a model that is not a RowTableModel)."""
    model = view.model()
    while model is not None and not isinstance(model, RowTableModel) and hasattr(model, "sourceModel"):
        model = model.sourceModel()
    count = view.horizontalHeader().count()
    if isinstance(model, RowTableModel):
        return [c.fit for c in model._columns][:count]
    return [AUTO] * count


def measure_columns(view) -> list[int]:
    """Each column's natural width: its widest cell (sampling, so big lists stay fast) or its header."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(60)  # about two screens of rows
    view.resizeColumnsToContents()
    return [header.sectionSize(c) for c in range(header.count())]


def _squeeze(widths: list[int], columns: list[int], lows: list[int], excess: int) -> int:
    """Take up to *excess* pixels from *columns*, the widest first, none below its low; returns what is left."""
    columns = [c for c in columns if widths[c] > lows[c]]
    if excess <= 0 or not columns:
        return max(excess, 0)
    before = sum(widths[c] for c in columns)
    room = before - sum(lows[c] for c in columns)
    target = before - min(excess, room)
    lo, hi = 0, max(widths[c] for c in columns)
    while lo < hi:  # the smallest cap at which the columns still hold the target
        mid = (lo + hi) // 2
        if sum(max(lows[c], min(widths[c], mid)) for c in columns) >= target:
            hi = mid
        else:
            lo = mid + 1
    for c in columns:
        widths[c] = max(lows[c], min(widths[c], lo))
    return excess - (before - sum(widths[c] for c in columns))


def plan_columns(
    natural: list[int], kinds: list[str], available: int, *, max_width: int, letter: int, header: list[int]
) -> list[int]:
    """Column widths that fit *available* pixels, as far as they can (pure arithmetic, tested alone).

    Every column starts at its natural width, a KEEP column capped at about 48 letters and
    the others at *max_width*. Too wide: STRETCH columns give way first (to about 22 letters),
    then AUTO columns, widest first (to 6 letters), then STRETCH ones further (to 12); KEEP
    columns (names, e-mail addresses) never: the list then scrolls sideways. No column gets
    narrower than its header. Room to spare: the columns that were cut get their natural width back (a KEEP
    column no more than its cap); what is left over goes to the first STRETCH column (else
    to the last column, which the header stretches).
    """
    n = len(natural)
    caps = [min(w, letter * _KEEP_MAX_LETTERS if k == KEEP else max_width) for w, k in zip(natural, kinds)]
    widths = list(caps)

    def low(letters: int) -> list[int]:
        return [min(natural[c], max(header[c], letter * letters)) for c in range(n)]

    excess = sum(widths) - available
    if excess > 0:
        stretch = [c for c in range(n) if kinds[c] == STRETCH]
        auto = [c for c in range(n) if kinds[c] == AUTO]
        excess = _squeeze(widths, stretch, low(_STRETCH_SOFT_LETTERS), excess)
        excess = _squeeze(widths, auto, low(_AUTO_MIN_LETTERS), excess)
        _squeeze(widths, stretch, low(_STRETCH_MIN_LETTERS), excess)
        # KEEP columns are never squeezed: a list too narrow for them scrolls sideways instead.
    else:
        spare = -excess
        order = sorted(range(n), key=lambda c: ({KEEP: 0, STRETCH: 1}.get(kinds[c], 2), c))
        for c in order:
            limit = caps[c] if kinds[c] == KEEP else natural[c]  # a KEEP column stays within its cap
            grow = min(spare, limit - widths[c])
            if grow > 0:
                widths[c] += grow
                spare -= grow
        stretch = [c for c in range(n) if kinds[c] == STRETCH]
        if spare > 0 and stretch and stretch[0] != n - 1:
            widths[stretch[0]] += spare  # long text takes the rest, not whatever column is last
    return widths


def distribute_columns(view, natural: list[int], max_width: int = 280, kinds: list[str] | None = None) -> None:
    """Set the columns' widths from their natural widths to fit the view's width (see :func:`plan_columns`)."""
    header = view.horizontalHeader()
    count = header.count()
    if count == 0 or len(natural) != count:
        return
    kinds = kinds or column_kinds(view)
    heads = [header.sectionSizeFromContents(c).width() for c in range(count)]
    letter = max(1, view.fontMetrics().averageCharWidth())
    if view.isVisible():
        available = view.viewport().width()
    else:  # not laid out yet: its width means nothing; the capped natural widths (fitted again when shown)
        available = sum(min(w, letter * _KEEP_MAX_LETTERS if k == KEEP else max_width) for w, k in zip(natural, kinds))
    widths = plan_columns(natural, kinds, available, max_width=max_width, letter=letter, header=heads)
    for column, width in enumerate(widths):
        if header.sectionSize(column) != width:
            header.resizeSection(column, width)


def fit_columns(view, max_width: int = 280) -> None:
    """Size a table's columns to their contents and to the view's width.

    Names and e-mail addresses (KEEP columns) are not cut (a list too narrow for them
    scrolls sideways); long text (STRETCH) gives way first; text that is still cut shows in full as a
    tooltip (see :class:`ElidedTooltipDelegate`).
    """
    distribute_columns(view, measure_columns(view), max_width)


class ElidedTooltipDelegate(QStyledItemDelegate):
    """Shows a cell's whole text as its tooltip when the cell is too narrow for it (cut with "…").

    A tooltip the model gives (Qt.ToolTipRole) wins; a cell whose text fits has none.
    """

    def helpEvent(self, event, view, option, index):  # noqa: N802 - Qt's name
        if (
            event is not None and view is not None and index.isValid()
            and event.type() == QEvent.Type.ToolTip and index.data(Qt.ItemDataRole.ToolTipRole) is None
        ):
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is not None and str(text) != "" and is_elided(view, option, index, self):
                # Escaped rich text: markup in a name prints as typed, and a long text wraps.
                QToolTip.showText(event.globalPos(), "<qt>" + html.escape(str(text)) + "</qt>", view)
                return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().helpEvent(event, view, option, index)


def is_elided(view, option, index, delegate: QStyledItemDelegate | None = None) -> bool:
    """Whether the cell's text is wider than the room it has (so the view cuts it with "…")."""
    opt = QStyleOptionViewItem(option)
    (delegate or QStyledItemDelegate()).initStyleOption(opt, index)
    style = view.style() if view is not None else None
    if style is None:
        return False
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return opt.fontMetrics.horizontalAdvance(opt.text) > rect.width() - 2 * margin


def setup_list_view(view) -> None:
    """The look every list in tankapp shares: one line per row, rows selected whole."""
    from PySide6.QtWidgets import QAbstractItemView

    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    view.setItemDelegate(ElidedTooltipDelegate(view))  # cut text shows in full on hover
