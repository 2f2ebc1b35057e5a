"""The conflicts view: values changed on two sides, each with where it came from, for a person to choose.

A list of the conflicts on the left (the record, the field, the laptops involved);
on the right the chosen conflict's values side by side, one card each, with a
button under each to take that value (the office's own, or a laptop's), and for
a text "Keep both texts". Every choice goes through ``ops.sync.resolve``; the
list follows the change announcement and moves on to the next open conflict.
Nothing is lost by choosing: the values not chosen stay in the conflict.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tankapp.services.errors import ServiceError
from tankapp.ui.common.widgets import EmptyState
from tankapp.ui.ops import Kind, Operations
from tankapp.ui.ops.follow import follow
from tankapp.ui.ops.sync import ConflictView, ValueView
from tankapp.ui.sync.words import fill

LONG_TEXT = 120  # a value longer than this (or with a line break) is shown in a scrolling box


def status_word(status: str) -> str:
    from tankapp.ui.sync.words import translate

    return {"open": translate("Sync", "open"), "resolved": translate("Sync", "resolved"), "superseded": translate("Sync", "settled with its record")}.get(status, status)


class _ValueCard(QGroupBox):
    """One value of a conflict: where it came from, the value, and the button that takes it."""

    chosen = Signal(str)  # the take ("mine", "theirs", a number)

    def __init__(self, conflict: ConflictView, value: ValueView, parent=None):
        super().__init__(parent)
        self.value = value
        self.setTitle(fill(self.tr("From %1"), _one_line(", ".join(value.sources), 60)))
        self.setToolTip(fill(self.tr("Value %1 of the conflict"), value.number))
        layout = QVBoxLayout(self)
        mark = None
        if value.current and conflict.is_open:
            mark = self.tr("Kept for now")
        elif not conflict.is_open and conflict.resolution is not None and value.text == conflict.resolution:
            mark = self.tr("Chosen")
        if mark:
            kept = QLabel(mark)
            font = kept.font()
            font.setItalic(True)
            kept.setFont(font)
            layout.addWidget(kept)
        text = value.text
        if conflict.text_field or len(text) > LONG_TEXT or "\n" in text:  # texts side by side, alike
            shown = QPlainTextEdit(text)
            shown.setReadOnly(True)
            shown.setMinimumHeight(110)
            layout.addWidget(shown, 1)
        else:
            shown = QLabel(text)
            shown.setWordWrap(True)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = shown.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            shown.setFont(font)
            layout.addWidget(shown)
            layout.addStretch(1)
        self.shown = shown
        self.long = isinstance(shown, QPlainTextEdit)
        self.button: QPushButton | None = None
        if conflict.is_open:
            if value.from_office:
                label = self.tr("Keep the office's value")
            elif len(value.sources) == 1:
                label = fill(self.tr("Take the value from %1"), _one_line(value.sources[0], 40))
            else:
                label = self.tr("Take this value")
            self.button = QPushButton(label)
            self.button.setToolTip(self.tr("This value applies from now on; the others stay in the conflict"))
            self.button.clicked.connect(lambda _checked=False: self.chosen.emit(value.take))
            layout.addWidget(self.button)


class ConflictsDialog(QDialog):
    """File > Conflicts…: every open conflict (or all of them), resolved one at a time."""

    status = Signal(str)

    def __init__(self, ops: Operations, parent=None):
        super().__init__(parent)
        self.ops = ops
        self._rows: list[ConflictView] = []
        self.setWindowTitle(self.tr("Conflicts"))
        self._fit_size(1180, 640)

        intro = QLabel(self.tr(
            "A conflict is a value changed both at the office and on a laptop (or on two laptops) since the "
            "package was sent. Nothing is lost: every value is kept with where it came from. Choose the one "
            "that applies; until you do, the one marked “Kept for now” applies."))
        intro.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Field"), self.tr("From"), self.tr("State")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.show_closed = QCheckBox(self.tr("Show settled conflicts too"))
        self.show_closed.toggled.connect(lambda _on: self.reload())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.show_closed)

        # The chosen conflict: a heading, what it means, the values side by side.
        self.heading = QLabel()
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.cards_host = QWidget()
        host_layout = QVBoxLayout(self.cards_host)
        host_layout.setContentsMargins(0, 0, 0, 0)
        self.cards = QHBoxLayout()
        host_layout.addLayout(self.cards)
        host_layout.addStretch(1)  # short values: the cards stay small; a long text takes the room (below)
        self._host_layout = host_layout
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards_host)
        self.both_button = QPushButton(self.tr("Keep both texts"))
        self.both_button.setToolTip(self.tr("The office's text first, then the laptop's, with a blank line between"))
        self.both_button.clicked.connect(lambda _checked=False: self._resolve("both"))
        self.settled = QLabel()
        self.settled.setWordWrap(True)
        self.settled.setTextFormat(Qt.TextFormat.PlainText)
        both_row = QHBoxLayout()
        both_row.addWidget(self.settled, 1)
        both_row.addWidget(self.both_button)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(self.explain)
        detail_layout.addWidget(scroll, 1)
        detail_layout.addLayout(both_row)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([500, 680])

        self.empty = EmptyState(self.tr(
            "No conflicts wait for you. When the same value was changed both here and on a laptop, "
            "it is shown here for you to choose."))
        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.empty)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.feedback = QLabel()  # what the last choice did
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        bottom = QHBoxLayout()
        bottom.addWidget(self.feedback, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

        follow(self, ops, [Kind.CONFLICT], lambda _changes: self.reload())
        self.reload()

    def _fit_size(self, width: int, height: int) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    # ------------------------------------------------------------------ the list
    def reload(self, select_id: int | None = None) -> None:
        current = self.current()
        keep = select_id if select_id is not None else (current.id if current is not None else None)
        index = self.tree.indexOfTopLevelItem(self.tree.currentItem()) if self.tree.currentItem() else 0
        try:
            self._rows = self.ops.sync.conflicts(include_closed=self.show_closed.isChecked())
        except ServiceError as exc:
            self._rows = []
            self.status.emit(Operations.message(exc))
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        for row in self._rows:
            item = QTreeWidgetItem([f"{row.kind}: {row.record}", row.field, ", ".join(row.laptops),
                                    status_word(row.status)])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(0, f"{row.kind}: {row.record}")
            self.tree.addTopLevelItem(item)
            if row.id == keep:
                chosen = item
        self.tree.setColumnHidden(3, not self.show_closed.isChecked())
        if chosen is None and self.tree.topLevelItemCount():
            # the one that was chosen was resolved: the one now in its place (the next), else the last
            chosen = self.tree.topLevelItem(min(max(index, 0), self.tree.topLevelItemCount() - 1))
        self.tree.blockSignals(False)
        self.pages.setCurrentIndex(0 if self._rows else 1)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._show_current()

    def current(self) -> ConflictView | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        cid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self._rows if r.id == cid), None)

    def select(self, conflict_id: int) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == conflict_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def value_cards(self) -> list[_ValueCard]:
        return [self.cards.itemAt(i).widget() for i in range(self.cards.count())
                if isinstance(self.cards.itemAt(i).widget(), _ValueCard)]

    # ------------------------------------------------------------------ the chosen conflict
    def _show_current(self) -> None:
        while self.cards.count():
            widget = self.cards.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # gone at once (deleteLater waits for the event loop)
                widget.setParent(None)
                widget.deleteLater()
        row = self.current()
        if row is None:
            self.heading.clear()
            self.explain.clear()
            self.settled.clear()
            self.both_button.hide()
            return
        self.heading.setText(f"{row.kind}: {row.record} — {row.field}")
        laptops = ", ".join(row.laptops) or self.tr("a laptop")
        office = any(v.from_office for v in row.values)
        if not row.is_open:
            explain = self.tr("Settled: the value chosen applies. The others are kept here, with where they came from.")
        elif row.existence:
            explain = fill(self.tr("This record was deleted on one side and changed or kept on the other (%1). "
                                   "Choose whether it stays or goes."), laptops)
        elif row.text_field:
            explain = fill(self.tr("This text was changed both at the office and on %1. Take one of them, or keep "
                                   "both texts, one after the other.") if office else
                           self.tr("This text was changed differently on %1. Take one of them, or keep both "
                                   "texts, one after the other."), laptops)
        else:
            explain = fill(self.tr("This value was changed both at the office and on %1. Take the one that "
                                   "applies.") if office else
                           self.tr("This value was changed differently on %1. Take the one that applies."), laptops)
        self.explain.setText(explain)
        long = False
        for value in sorted(row.values, key=lambda v: (not v.from_office, not v.current, v.number)):
            card = _ValueCard(row, value)  # the office's first, then the one kept for now
            card.chosen.connect(self._resolve)
            self.cards.addWidget(card, 1)
            long = long or card.long
        self._host_layout.setStretch(0, 1 if long else 0)
        self._host_layout.setStretch(1, 0 if long else 1)
        if row.is_open:
            self.settled.clear()
        else:
            self.settled.setText(fill(self.tr("Chosen: %1"), row.resolution) if row.resolution is not None
                                 else status_word(row.status).capitalize())
        self.both_button.setVisible(row.is_open and row.text_field and len(row.values) > 1)

    def _resolve(self, take: str) -> None:
        row = self.current()
        if row is None:
            return
        try:
            done = self.ops.sync.resolve(row.id, take)  # announced: the list reloads by itself
        except ServiceError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Conflicts"), Operations.message(exc),
                              QMessageBox.StandardButton.Ok, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
            self.reload()
            return
        text = fill(self.tr("Resolved: %1 of %2 is now “%3”."), done.field, done.record,
                    _one_line(done.resolution or ""))
        self.status.emit(text)
        self.feedback.setText(text)


def _one_line(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def show_conflicts(window, conflict_id: int | None = None) -> ConflictsDialog:
    """The window's one conflicts dialog (not modal: the facilitator may look things up meanwhile)."""
    dialog = getattr(window, "_conflicts_dialog", None)
    if dialog is None:
        dialog = ConflictsDialog(window.ops, window)
        dialog.status.connect(window.show_status)
        window._conflicts_dialog = dialog
    else:
        dialog.reload()
    if conflict_id is not None:
        dialog.select(conflict_id)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
