"""Which expert group has been shown which knowledge presentation (at a held meeting)."""

from __future__ import annotations


from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStackedWidget, QTableView, QVBoxLayout, QWidget

from tankapp.services.library.coverage import Coverage
from tankapp.ui.common import texts
from tankapp.ui.ops import Changes, Kind, Operations
from tankapp.ui.ops.follow import follow

LINE_CHARS = 20  # a column header shows a title on two lines of about this length; the tooltip has all of it
COLUMN_MAX = 170


def _short(title: str, width: int = LINE_CHARS) -> str:
    """A title on at most two lines of about ``width`` characters, cut with "…" when longer."""

    def cut(text: str) -> str:
        return text if len(text) <= width else text[: width - 1].rstrip() + "…"

    lines: list[str] = []
    for word in title.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if not lines:
        return title
    first = cut(lines[0])
    if len(lines) == 1:
        return first
    return first + "\n" + cut(" ".join(lines[1:]))


class CoverageModel(QAbstractTableModel):
    """Groups as rows; column 0 counts, then one column per presentation. No database in here."""

    SHOWN_COLOUR = QColor(46, 160, 67, 55)  # a light green wash that reads on light and dark palettes

    def __init__(self, parent=None):
        super().__init__(parent)
        self._coverage = Coverage(groups=(), presentations=(), shown={})

    def set_coverage(self, coverage: Coverage) -> None:
        self.beginResetModel()
        self._coverage = coverage
        self.endResetModel()

    @property
    def coverage(self) -> Coverage:
        return self._coverage

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._coverage.groups)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self._coverage.presentations)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        c = self._coverage
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(c.groups):
                return c.groups[section].name
            return None
        if section == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Shown")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("How many of the library's presentations the group has been shown at a held meeting")
            return None
        if not 0 < section <= len(c.presentations):
            return None
        p = c.presentations[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return _short(p.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [p.title]
            meta = ", ".join(x for x in (p.presenter, texts.format_date(p.presented_on)) if x)
            if meta:
                lines.append(meta)
            return "\n".join(lines)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self._coverage
        group = c.groups[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    self.tr("%1 of %2")
                    .replace("%1", str(c.shown_count(group.id)))
                    .replace("%2", str(len(c.presentations)))
                )
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        p = c.presentations[index.column() - 1]
        shown = c.shown_on(group.id, p.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"✓ {texts.format_date(shown)}" if shown else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and shown:
            return QBrush(self.SHOWN_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if shown:
                return (
                    self.tr("%1 was shown “%2” on %3")
                    .replace("%1", group.name)
                    .replace("%2", p.title)
                    .replace("%3", texts.format_date(shown))
                )
            return self.tr("%1 has not been shown “%2” at a held meeting yet").replace("%1", group.name).replace("%2", p.title)
        return None


class CoverageWidget(QWidget):
    """The groups × presentations table; :meth:`reload` reads it again.

    It follows the presentations, agendas, meetings and groups: building it is
    expensive, so it is read when first shown and then again only when one of
    those changed (at once if shown, else when next shown).
    """

    def __init__(self, ops: Operations, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.explanation = QLabel(
            self.tr(
                "Which group has been shown which presentation at a held meeting. A tick gives the date of "
                "the first meeting where the group saw it; an empty cell means not yet. Planned and cancelled "
                "meetings do not count."
            )
        )
        self.explanation.setWordWrap(True)
        self.model = CoverageModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

        self.empty = QLabel(
            self.tr("No presentations in the library yet. When there are, this table shows which group has seen which.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.stack, 1)
        self.stack.setCurrentWidget(self.empty)
        self._stale = True  # loaded when first shown: building it is the slowest part of start-up
        follow(self, ops, [Kind.PRESENTATION, Kind.AGENDA, Kind.MEETING, Kind.GROUP], self._on_changed)

    @property
    def coverage(self) -> Coverage:
        return self.model.coverage

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, _changes: Changes) -> None:
        # follow() calls this only while shown, or once when next shown.
        self.reload()

    def reload(self) -> None:
        self._stale = False
        cov = self.ops.library.coverage()
        self.model.set_coverage(cov)
        self.stack.setCurrentWidget(self.table if cov.presentations and cov.groups else self.empty)
        self._size_columns()

    def _size_columns(self) -> None:
        """Group column to its names; every presentation column equally wide, from font metrics
        (measuring every cell of a large table would take seconds)."""
        header = self.table.horizontalHeader()
        self.table.resizeColumnToContents(0)
        metrics = self.table.fontMetrics()
        widest = min(COLUMN_MAX, metrics.horizontalAdvance("✓ 00.00.0000") + 24)
        for c in range(1, self.model.columnCount()):
            header.resizeSection(c, widest)

    def cell_text(self, group_name: str, presentation_title: str) -> str:
        """What the table shows for a group and a presentation (for tests and checks)."""
        c = self.model.coverage
        row = next(i for i, g in enumerate(c.groups) if g.name == group_name)
        col = 1 + next(i for i, p in enumerate(c.presentations) if p.title == presentation_title)
        return self.model.index(row, col).data() or ""
