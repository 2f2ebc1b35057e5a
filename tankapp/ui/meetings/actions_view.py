"""The selected meeting's action items (*opgaver*) and the open follow-ups it inherits.

Shown beside the agenda on the Møder page, so a facilitator preparing the next
meeting sees what was to be done and by whom. An action still open past its due
date stands out: its row in the warning colour, a warning icon, and the word
"overskredet" in its status (never colour alone).
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from tankapp.domain.enums import ActionStatus
from tankapp.services.errors import ServiceError
from tankapp.services.meetings.minutes import ActionRow, MeetingActions
from tankapp.ui.common import texts
from tankapp.ui.common.itemmodels import KEEP, STRETCH, Column
from tankapp.ui.common.list_page import RowList
from tankapp.ui.ops import Changes, Kind, Operations
from tankapp.ui.ops.follow import follow


def _plain_tip(text: str) -> str:
    """User text as a tooltip, shown as typed (Qt would take "<b>" in it for markup)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


class ActionsView(QWidget):
    """Lists the action items of one meeting; "Mark done" / "Reopen" follow them up."""

    status = Signal(str)
    counts_changed = Signal(int, int)  # (actions listed, of them overdue): the tab's title follows

    def __init__(self, ops: Operations, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ops = ops
        self.meeting_id: int | None = None
        self._today = today  # fixed in tests; else the day it is asked
        self._own: set[int] = set()  # ids of this meeting's own actions (the rest are follow-ups)
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

        def overdue_colour(a: ActionRow):
            return texts.warning_color() if a.is_overdue(self.today()) else None

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.row_list = RowList(
            [
                Column(self.tr("Action"), lambda a: a.text.replace("\n", " "), tooltip=lambda a: _plain_tip(a.text),
                       foreground=overdue_colour, fit=STRETCH),
                Column(self.tr("Responsible"), lambda a: a.owner, foreground=overdue_colour, fit=KEEP),
                Column(
                    self.tr("Due"),
                    lambda a: texts.format_date(a.due_on),
                    sort=lambda a: a.due_on.toordinal() if a.due_on else 10**7,
                    foreground=overdue_colour,
                    searchable=False,
                ),
                Column(
                    self.tr("Status"),
                    lambda a: texts.action_status_text(a.status, a.is_overdue(self.today())),
                    sort=lambda a: (not a.is_overdue(self.today()), list(ActionStatus).index(a.status)),
                    decoration=lambda a: warn if a.is_overdue(self.today()) else None,
                    foreground=overdue_colour,
                    searchable=False,
                ),
                Column(self.tr("From"), self._origin, tooltip=lambda a: _plain_tip(self._origin(a)),
                       foreground=overdue_colour),
            ],
            empty_text=self.tr(
                "No action items at this meeting, and no open dissemination actions from earlier meetings "
                "of its groups. Action items are written down in meeting mode."
            ),
            sort=(2, Qt.SortOrder.AscendingOrder),
            fit=300,
            refit=True,
        )
        self.model, self.proxy, self.table = self.row_list.model, self.row_list.proxy, self.row_list.table
        self.row_list.opened.connect(self.toggle_done)

        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setToolTip(self.tr("Mark the selected action item done (or open again)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.row_list, 1)

        self.done_button.clicked.connect(self.toggle_done)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        follow(self, ops, (Kind.MINUTES, Kind.MEETING, Kind.MEMBER, Kind.GROUP), self._on_changed)

    # ------------------------------------------------------------------
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def _origin(self, a: ActionRow) -> str:
        """Where the action was written: the agenda item, or the earlier meeting it is followed up from."""
        if a.id in self._own:
            return a.item_title
        return f"{texts.format_date(a.meeting_date)}, {a.meeting_title}"

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def _on_changed(self, _changes: Changes) -> None:
        self.reload()

    def reload(self) -> None:
        if self.meeting_id is None:
            self._show(MeetingActions(0, [], []))
            return
        try:
            found = self.ops.actions.of_meeting(self.meeting_id)
        except ServiceError:  # the meeting is gone (deleted): the page selects another
            found = MeetingActions(0, [], [])
        self._show(found)

    def _show(self, found: MeetingActions) -> None:
        self._own = {a.id for a in found.actions}
        rows = [*found.actions, *found.followups]
        self.row_list.set_rows(rows)
        overdue = len(found.overdue(self.today()))
        if not rows:
            text = ""
        elif overdue:
            text = self.tr("%1 action items, %2 overdue (open past the due date).").replace(
                "%1", str(len(rows))).replace("%2", str(overdue))
        else:
            text = self.tr("%1 action items, none overdue.").replace("%1", str(len(rows)))
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {texts.warning_color().name()};" if overdue else "")
        self._update_buttons()
        self.counts_changed.emit(len(rows), overdue)

    def overdue_texts(self) -> list[str]:
        """The texts of the overdue actions shown (for tests and checks)."""
        return [a.text for a in self.row_list.visible_rows() if a.is_overdue(self.today())]

    def selected(self) -> ActionRow | None:
        return self.row_list.selected()

    def _update_buttons(self) -> None:
        a = self.selected()
        self.done_button.setEnabled(a is not None)
        self.done_button.setText(
            self.tr("Open again") if a is not None and a.status == ActionStatus.DONE else self.tr("Mark done")
        )

    def toggle_done(self) -> None:
        a = self.selected()
        if a is None:
            return
        status = ActionStatus.OPEN if a.status == ActionStatus.DONE else ActionStatus.DONE
        try:
            self.ops.actions.set_status(a.id, status)
        except ServiceError as exc:
            self.status.emit(Operations.message(exc))
            return
        self.row_list.select(a.id)
        self.status.emit(
            (self.tr("Done: %1") if status == ActionStatus.DONE else self.tr("Open again: %1")).replace("%1", a.text)
        )
