"""What has been captured at the meeting so far: contributions, decisions, action items.

One list in three parts, in the order they were captured; each entry says
under which agenda item. Double-click or Enter on an entry goes to its item.
Meeting mode fills it from its minutes (decisions, actions) and from the
contributions it reads, anew whenever one of them changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from tankapp.services.meeting_mode.overview import CapturedContribution
from tankapp.services.meetings.minutes import Minutes
from tankapp.ui.common import texts

translate = QCoreApplication.translate

ITEM_ROLE = Qt.ItemDataRole.UserRole  # the agenda item's position (None: not under an item)
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "contribution", "decision" or "action"
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class CapturedList(QTreeWidget):
    """``item_requested(position)``: go to the agenda item of the entry double-clicked or entered."""

    item_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setRootIsDecorated(True)
        self.setAlternatingRowColors(True)
        self.contributions = self._section()
        self.decisions = self._section()
        self.actions = self._section()
        self.total = 0
        self.itemActivated.connect(self._activated)
        self._set_titles()

    def _section(self) -> QTreeWidgetItem:
        section = QTreeWidgetItem(self)
        font = section.font(0)
        font.setBold(True)
        section.setFont(0, font)
        section.setFlags(Qt.ItemFlag.ItemIsEnabled)
        section.setExpanded(True)
        return section

    def _set_titles(self) -> None:
        for section, title in (
            (self.contributions, translate("CapturedList", "Knowledge contributions (%1)")),
            (self.decisions, translate("CapturedList", "Decisions (%1)")),
            (self.actions, translate("CapturedList", "Action items (%1)")),
        ):
            section.setText(0, title.replace("%1", str(section.childCount())))

    def show_captured(self, minutes: Minutes | None, contributions: Sequence[CapturedContribution]) -> None:
        """Everything anew (a few dozen rows at most; cheap)."""
        from tankapp.ui.meeting_mode.capture import kind_label, status_label

        positions = {i.id: (i.position, i.title) for i in (minutes.items if minutes else [])}
        for section in (self.contributions, self.decisions, self.actions):
            section.takeChildren()
        for c in contributions:
            position, item_title = positions.get(c.agenda_item_id, (None, None))
            details = [kind_label(c.kind), status_label(c.status)]
            if c.member_name:
                details.append(c.member_name)
            self._add(self.contributions, c.title, details, item_title, position, "contribution", c.id)
        for item in minutes.items if minutes else []:
            for d in item.decisions:
                self._add(self.decisions, d.text, [], item.title, item.position, "decision", d.id)
            for a in item.actions:
                details = [p for p in (a.owner, texts.format_date(a.due_on)) if p]
                if a.dissemination:
                    details.append(translate("CapturedList", "spreading"))
                self._add(self.actions, a.text, details, item.title, item.position, "action", a.id)
        self.total = sum(s.childCount() for s in (self.contributions, self.decisions, self.actions))
        self._set_titles()

    def _add(self, section: QTreeWidgetItem, text: str, details: list[str], item_title: str | None,
             position: int | None, kind: str, record_id: int) -> None:
        if item_title:
            details = [*details, translate("CapturedList", "under “%1”").replace("%1", item_title)]
        entry = QTreeWidgetItem(section)
        entry.setText(0, text + ("\n" + " · ".join(details) if details else ""))
        entry.setToolTip(0, entry.text(0))
        entry.setData(0, ITEM_ROLE, position)
        entry.setData(0, KIND_ROLE, kind)
        entry.setData(0, ID_ROLE, record_id)

    def entries(self, section: QTreeWidgetItem) -> list[str]:
        """The first line of each entry of a section (what a test or a reader sees first)."""
        return [section.child(i).text(0).split("\n", 1)[0] for i in range(section.childCount())]

    def _activated(self, entry: QTreeWidgetItem, _column: int) -> None:
        position = entry.data(0, ITEM_ROLE)
        if position is not None:
            self.item_requested.emit(int(position))
