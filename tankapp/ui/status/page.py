"""Simple section pages: the status overview and sections still to be built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tankapp.ui.common import texts
from tankapp.ui.ops import Kind, Operations
from tankapp.ui.ops.follow import follow


class NotYetPage(QWidget):
    """A section that later work fills; it says so plainly and pretends nothing."""

    def __init__(self, title: str, text: str, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


class StatusPage(QWidget):
    """Where the think tank stands: period, members, group sizes, meetings against target."""

    def __init__(self, ops: Operations, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.reload()
        # Status counts everything: it follows every change (cheap; and only when shown).
        follow(self, ops, Kind.ALL, lambda _changes: self.reload())

    def reload(self) -> None:
        o = self.ops.thinktank.overview()
        if o is None:
            self.heading.setText(self.tr("No think tank is set up in this database yet."))
            self.body.setText("")
            return
        self.heading.setText(o.name)
        lines = [
            self.tr("Project period: %1 to %2")
            .replace("%1", texts.format_date(o.period_start))
            .replace("%2", texts.format_date(o.period_end)),
            self.tr("Meetings held: %1 of %2 (%3 planned)")
            .replace("%1", str(o.meetings_held))
            .replace("%2", str(o.meeting_target))
            .replace("%3", str(o.meetings_planned)),
            self.tr("Active members: %1 in %2 groups (%3 withdrawn)")
            .replace("%1", str(o.active_members))
            .replace("%2", str(sum(1 for g in o.groups if not g.archived)))
            .replace("%3", str(o.withdrawn_members)),
            "",
        ]
        outside = o.groups_outside_range
        if outside:
            lines.append(self.tr("Groups outside their target size:"))
            for g in outside:
                lines.append(
                    "  • "
                    + self.tr("%1: %2 members (target %3-%4)")
                    .replace("%1", g.name)
                    .replace("%2", str(g.member_count))
                    .replace("%3", str(g.min_size))
                    .replace("%4", str(g.max_size))
                )
        else:
            lines.append(self.tr("Every group is within its target size."))
        self.body.setText("\n".join(lines))
