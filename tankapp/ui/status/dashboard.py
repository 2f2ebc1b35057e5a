"""The Status section: the success criteria at a glance, the next meetings, overdue follow-ups.

Built when first shown (the window builds sections lazily) and filled from one
call, ``ops.status.report()``, which reads everything in one short transaction.
It follows every kind of change: a single change redraws at once, a burst
(typing notes in meeting mode) is gathered into one redraw, and a hidden page
catches up when it is next shown.

Layout: a strip of six tiles (each criterion's title and state: click one to
scroll to its card), then one card per criterion (its state as a coloured word,
the one-line explanation, its figures, a chart) and two cards for the next
meetings and the overdue follow-ups, in two or three columns depending on the
width, in a scroll area. A meeting named anywhere is a link to it in Meetings.
This is the facilitator's own screen: members are named here.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import time

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain import vocabulary
from tankapp.domain.enums import AgendaItemKind, ContributionKind, Criterion, Involvement
from tankapp.services.status import MeetingRef, State, StatusReport
from tankapp.ui.common import texts
from tankapp.ui.ops import Kind, Operations
from tankapp.ui.ops.follow import follow
from tankapp.ui.status import charts, reports, words
from tankapp.ui.status.words import number, percent, translate

LIST_LIMIT = 6  # names or meetings listed in a card before "… and N more"
COALESCE_MS = 400  # changes closer together than this are drawn once


def _bold(widget: QWidget, scale: float = 1.0) -> None:
    font = QFont(widget.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)


def _label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


_LONG_WORD = re.compile(r"\S{25,}")


def breakable(text: str) -> str:
    """``text`` with a zero-width space every 20 characters of a very long word, so a label can wrap it.

    A name or title typed without spaces would otherwise make its label, and with it
    the whole dashboard, wider than the window.
    """
    return _LONG_WORD.sub(lambda m: "\u200b".join(m.group(0)[i:i + 20] for i in range(0, len(m.group(0)), 20)), text)


def _kind_word(kind: AgendaItemKind) -> str:
    return texts.agenda_kind_label(kind)


def _contribution_kind(kind: ContributionKind) -> str:
    w = vocabulary.CONTRIBUTION_KIND[kind]
    return QCoreApplication.translate(w.context, w.english)


def _meeting_text(m: MeetingRef) -> str:
    groups = f" ({', '.join(m.groups)})" if m.groups else ""
    return f"{texts.format_date(m.date)} {m.title}{groups}"


class StateBadge(QLabel):
    """A criterion's state as a word on its colour (the word carries it; the colour helps)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        _bold(self)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.state: State | None = None

    def set_state(self, state: State) -> None:
        self.state = state
        self.setText(words.state_word(state))
        self.setStyleSheet(
            f"QLabel {{ background-color: {words.state_color(state).name()}; color: white;"
            " border-radius: 4px; padding: 2px 8px; }"
        )
        self.setAccessibleName(words.state_word(state))


class LinkList(QLabel):
    """Lines of text, meetings among them as links (``meeting:ID``); the keyboard reaches them too."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_lines(self, heading: str, lines: list[tuple[str, int | None, str]], more: int = 0) -> None:
        """``lines``: (text before, meeting id or None, link text); plain text, escaped here."""
        if not lines:
            self.setText("")
            self.hide()
            return
        parts = []
        for before, meeting_id, link in lines:
            item = html.escape(breakable(before))
            if link:
                link = html.escape(breakable(link))
                item += f"<a href='meeting:{meeting_id}'>{link}</a>" if meeting_id is not None else link
            parts.append(f"<li>{item}</li>")
        if more:
            parts.append("<li>" + html.escape(translate("Status", "… and %1 more").replace("%1", number(more))) + "</li>")
        head = f"<b>{html.escape(heading)}</b>" if heading else ""
        self.setText(f"{head}<ul style='margin-left: -20px; margin-top: 2px;'>{''.join(parts)}</ul>")
        self.show()


class Card(QFrame):
    """One criterion (or list) with its title, state, explanation, figures and body."""

    def __init__(self, key: str, title: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"card-{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.title = _label(title)
        _bold(self.title, 1.15)
        self.badge = StateBadge()
        self.explanation = _label()
        self.figures = _label()
        self.figures.setObjectName(f"figures-{key}")
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        self.body = QVBoxLayout(self)
        self.body.addLayout(head)
        self.body.addWidget(self.explanation)
        self.body.addWidget(self.figures)
        self.figures.hide()

    def set_criterion(self, criterion) -> None:
        self.badge.set_state(criterion.state)
        self.badge.show()
        self.explanation.setText(words.explanation(criterion))
        self.setAccessibleName(f"{self.title.text()}: {words.state_word(criterion.state)}")

    def set_figures(self, lines: list[str]) -> None:
        self.figures.setText("\n".join(lines))
        self.figures.setVisible(bool(lines))


class Tile(QFrame):
    """A criterion in the strip at the top: its title and state; a click or Enter shows its card."""

    activated = Signal(str)

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile-{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = _label(words.short_title(key))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setToolTip(words.title(key))
        self.badge = StateBadge()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)

    def set_state(self, state: State) -> None:
        self.badge.set_state(state)
        self.setAccessibleName(f"{words.title(self.key)}: {words.state_word(state)}")

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.key)
            return
        super().keyPressEvent(event)


class _Content(QWidget):
    """The scrolled content: as tall as its cards need at the width it has.

    A word-wrapped label's minimum height assumes a narrow width, which would
    leave a tall blank space below the cards; the scroll area uses the height
    for the actual width instead.
    """

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().minimumSizeHint().width(), 0)


class StatusPage(QWidget):
    """The dashboard (see the module docstring)."""

    open_meeting = Signal(int)  # a meeting's link was followed
    status = Signal(str)  # what just happened, for the window's status bar (a report written)
    CRITERIA = ("groups", "meetings", "agenda", "attendance", "contributions", "evaluation")

    def __init__(self, ops: Operations, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.report: StatusReport | None = None
        self._columns: tuple[int, int] = (0, 0)
        self._last_reload = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.reload)

        self.heading = _label()
        _bold(self.heading, 1.4)
        self.heading.setObjectName("status-heading")
        # Two lines under the heading: the day and the period; meetings and members in figures.
        self.body = _label()
        self.body.setObjectName("status-summary")
        self.empty = _label(translate("Status", "No think tank is set up in this database yet."))
        self.empty.hide()

        self.tiles = {key: Tile(key) for key in self.CRITERIA}
        tiles = QGridLayout()
        tiles.setSpacing(6)
        self._tile_grid = tiles
        for tile in self.tiles.values():
            tile.activated.connect(self.show_card)

        self.cards: dict[str, Card] = {key: Card(key, words.title(key)) for key in self.CRITERIA}
        self.cards["next"] = Card("next", translate("Status", "Next meetings"))
        self.cards["overdue"] = Card("overdue", translate("Status", "Overdue follow-ups"))
        for key in ("next", "overdue"):
            self.cards[key].badge.hide()
        self._build_bodies()
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)

        content = _Content()
        content.setObjectName("status-content")
        column = QVBoxLayout(content)
        # The two reports for the steering committee, at the top right (tankapp.ui.status.reports).
        self.report_buttons = {}
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        for which, text in reports.report_titles().items():
            button = QPushButton(text)
            button.setObjectName(f"report-{which}")
            button.setToolTip(reports.report_tooltips()[which])
            button.clicked.connect(lambda _checked=False, w=which: self.save_report(w))
            heading_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.report_buttons[which] = button
        column.addLayout(heading_row)
        column.addWidget(self.body)
        column.addWidget(self.empty)
        column.addLayout(tiles)
        column.addSpacing(6)
        column.addLayout(self.grid)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        self.open_meeting.connect(self._go_to_meeting)
        self._reflow(force=True)
        self.reload()
        # Status counts everything, so it follows every change (only while shown; hidden, it catches up).
        follow(self, ops, Kind.ALL, lambda _changes: self._changed())

    # ------------------------------------------------------------------ building
    def _build_bodies(self) -> None:
        c = self.cards
        self.groups_chart = charts.GroupSizeChart()
        c["groups"].body.addWidget(self.groups_chart)

        self.meetings_chart = charts.MeetingsChart()
        self.unmarked = self._links(c["meetings"])
        c["meetings"].body.addWidget(self.meetings_chart)

        self.agenda_held = self._links(c["agenda"])
        self.agenda_planned = self._links(c["agenda"])

        self.attendance_chart = charts.AttendanceChart()
        c["attendance"].body.addWidget(self.attendance_chart)
        self.below_list = self._links(c["attendance"])
        self.at_risk_list = self._links(c["attendance"])

        self.kinds_chart = charts.BarsChart(name="chart-kinds")
        self.matrix_chart = charts.MatrixChart()
        c["contributions"].body.addWidget(self.kinds_chart)
        c["contributions"].body.addSpacing(6)
        c["contributions"].body.addWidget(self.matrix_chart)
        self.without_list = self._links(c["contributions"])

        self.statements_chart = charts.BarsChart(share=True, labels_above=True, name="chart-statements")
        c["evaluation"].body.addWidget(self.statements_chart)
        self.evaluation_groups = _label()
        c["evaluation"].body.addWidget(self.evaluation_groups)

        self.next_list = self._links(c["next"])
        self.overdue_list = self._links(c["overdue"])

    def _links(self, card: Card) -> LinkList:
        links = LinkList()
        links.linkActivated.connect(self._link)
        card.body.addWidget(links)
        links.hide()
        return links

    def _link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "meeting" and value.isdigit():
            self.open_meeting.emit(int(value))

    def _go_to_meeting(self, meeting_id: int) -> None:
        window = self.window()
        if hasattr(window, "go_to") and hasattr(window, "meetings_page"):
            window.go_to("meetings")
            window.meetings_page.select_meeting(meeting_id)

    def save_report(self, which: str) -> None:
        """Ask where, then write the status report (``"status"``) or the evaluation report (``"evaluation"``)."""
        reports.save_report(self, self.ops, which, settings=getattr(self.window(), "settings", None),
                            status=self.status.emit)

    def show_card(self, key: str) -> None:
        card = self.cards[key]
        self.scroll.ensureWidgetVisible(card, 0, 0)
        card.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ layout
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self, force: bool = False) -> None:
        """Two columns of cards (three on a wide screen, one when narrow); tiles in one row or two."""
        width = self.scroll.viewport().width() if self.isVisible() else self.width()
        em = self.fontMetrics().horizontalAdvance("M")
        columns = 3 if width >= em * 150 else 2 if width >= em * 60 else 1
        per_row = 6 if width >= em * 80 else 3 if width >= em * 40 else 2
        if (columns, per_row) == self._columns and not force:
            return
        self._columns = (columns, per_row)
        for card in self.cards.values():
            self.grid.removeWidget(card)
        order = list(self.CRITERIA) + ["next", "overdue"]
        for i, key in enumerate(order):
            self.grid.addWidget(self.cards[key], i // columns, i % columns, Qt.AlignmentFlag.AlignTop)
        for col in range(3):
            self.grid.setColumnStretch(col, 1 if col < columns else 0)
        for tile in self.tiles.values():
            self._tile_grid.removeWidget(tile)
        for i, key in enumerate(self.CRITERIA):
            self._tile_grid.addWidget(self.tiles[key], i // per_row, i % per_row)
        for col in range(6):
            self._tile_grid.setColumnStretch(col, 1 if col < per_row else 0)

    # ------------------------------------------------------------------ data
    def _changed(self) -> None:
        """Redraw now, unless it was just redrawn: then once the burst has passed."""
        if time.monotonic() - self._last_reload > COALESCE_MS / 1000 and not self._timer.isActive():
            self.reload()
        else:
            self._timer.start(COALESCE_MS)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._reflow()
        if self._timer.isActive():
            self.reload()  # changes made while hidden: shown as the page appears, not a moment later
        elif self.report is not None and self.report.today != dt.date.today():
            self.reload()  # a new day: the states may have moved

    def reload(self) -> None:
        self._timer.stop()
        self._last_reload = time.monotonic()
        report = self.ops.status.report()
        self.report = report
        set_up = report is not None
        self.empty.setVisible(not set_up)
        for w in list(self.tiles.values()) + list(self.cards.values()) + list(self.report_buttons.values()):
            w.setVisible(set_up)
        if not set_up:
            self.heading.setText(translate("Status", "Status"))
            self.body.setText("")
            return
        self.heading.setText(translate("Status", "Status: %1").replace("%1", breakable(report.name)))
        left = (translate("Status", "the project period has ended") if report.ended else
                translate("Status", "%1 months left").replace("%1", number(round(report.meetings.months_left, 1))))
        self.body.setText(
            translate("Status", "%1. Project period %2 to %3, %4.")
            .replace("%1", texts.format_date(report.today, long=True).capitalize())
            .replace("%2", texts.format_date(report.period_start))
            .replace("%3", texts.format_date(report.period_end))
            .replace("%4", left)
            + "\n"
            + translate("Status", "Meetings held: %1 of %2 · planned from today: %3 · active members: %4 in %5 groups")
            .replace("%1", number(report.meetings.held)).replace("%2", number(report.meetings.target))
            .replace("%3", number(report.meetings.planned_ahead)).replace("%4", number(report.attendance.members))
            .replace("%5", number(report.groups.established))
        )
        for c in report.criteria:
            self.tiles[c.key].set_state(c.state)
            self.cards[c.key].set_criterion(c)
        self._show_groups(report)
        self._show_meetings(report)
        self._show_agenda(report)
        self._show_attendance(report)
        self._show_contributions(report)
        self._show_evaluation(report)
        self._show_next(report)
        self._show_overdue(report)

    # ------------------------------------------------------------------ the cards
    def _show_groups(self, r: StatusReport) -> None:
        g = r.groups
        self.cards["groups"].set_figures([
            translate("Status", "Groups established: %1 (to be established: %2)").replace("%1", number(g.established))
            .replace("%2", number(g.required)),
            translate("Status", "Within their target size: %1 of %2").replace("%1", number(g.in_range)).replace("%2", number(g.established)),
        ])
        self.groups_chart.set_data([(x.name, x.members, x.min_size, x.max_size) for x in g.groups])
        self.groups_chart.setVisible(bool(g.groups))

    def _show_meetings(self, r: StatusReport) -> None:
        m = r.meetings
        lines = [
            translate("Status", "Held: %1 of %2 (joint meetings count once: %3)")
            .replace("%1", number(m.held)).replace("%2", number(m.target)).replace("%3", number(m.joint_held)),
            translate("Status", "Planned from today: %1").replace("%1", number(m.planned_ahead)),
        ]
        if m.remaining and not r.ended:
            lines.append(
                translate("Status", "Needed: %1 meetings a month in the %2 months left (the plan's even pace: %3)")
                .replace("%1", number(round(m.needed_per_month or 0.0, 1)))
                .replace("%2", number(round(m.months_left, 1)))
                .replace("%3", number(round(m.even_per_month, 1)))
            )
        self.cards["meetings"].set_figures(lines)
        self.meetings_chart.set_data(
            [t.month for t in m.by_month], [t.held for t in m.by_month], [t.planned for t in m.by_month],
            m.target, r.period_start, r.period_end, r.today,
        )
        self.unmarked.set_lines(
            translate("Status", "Still planned though the day has passed: mark them held or cancelled"),
            [("", x.id, _meeting_text(x)) for x in m.unmarked[:LIST_LIMIT]],
            max(len(m.unmarked) - LIST_LIMIT, 0),
        )

    def _gap_lines(self, gaps) -> list[tuple[str, int | None, str]]:
        out = []
        for gap in gaps[:LIST_LIMIT]:
            missing = ", ".join(_kind_word(k) for k in gap.missing)
            out.append(("", gap.meeting.id, _meeting_text(gap.meeting) + " – " + translate("Status", "missing: %1").replace("%1", missing)))
        return out

    def _show_agenda(self, r: StatusReport) -> None:
        a = r.agenda
        self.cards["agenda"].set_figures([
            translate("Status", "Held meetings with both a knowledge presentation and a discussion of dissemination: %1 of %2")
            .replace("%1", number(a.complete)).replace("%2", number(a.held)),
        ])
        self.agenda_held.set_lines(translate("Status", "Held meetings that lacked one"), self._gap_lines(a.held_missing),
                                   max(len(a.held_missing) - LIST_LIMIT, 0))
        self.agenda_planned.set_lines(translate("Status", "Coming meetings whose agenda lacks one"), self._gap_lines(a.planned_missing),
                                      max(len(a.planned_missing) - LIST_LIMIT, 0))

    def _member_lines(self, rows) -> list[tuple[str, int | None, str]]:
        return [
            (translate("Status", "%1 (%2): attended %3, meetings left %4")
             .replace("%1", x.name).replace("%2", x.group)
             .replace("%3", number(x.attended)).replace("%4", number(x.meetings_left)), None, "")
            for x in rows[:LIST_LIMIT]
        ]

    def _show_attendance(self, r: StatusReport) -> None:
        a = r.attendance
        self.cards["attendance"].set_figures([
            translate("Status", "Active members: %1; commitment %2-%3 meetings").replace("%1", number(a.members))
            .replace("%2", number(a.minimum)).replace("%3", number(a.maximum)),
            translate("Status", "Reached the minimum: %1 · can still reach it: %2 · at risk: %3 · below: %4")
            .replace("%1", number(a.reached)).replace("%2", number(a.can_reach))
            .replace("%3", number(a.at_risk)).replace("%4", number(a.below)),
        ])
        self.attendance_chart.set_data(a.distribution, a.minimum, a.maximum)
        self.attendance_chart.setVisible(a.members > 0)
        self.below_list.set_lines(translate("Status", "Below the commitment"), self._member_lines(a.members_below),
                                  max(len(a.members_below) - LIST_LIMIT, 0))
        self.at_risk_list.set_lines(translate("Status", "At risk: only every meeting left is enough"),
                                    self._member_lines(a.members_at_risk),
                                    max(len(a.members_at_risk) - LIST_LIMIT, 0))

    def _show_contributions(self, r: StatusReport) -> None:
        c = r.contributions
        self.cards["contributions"].set_figures([
            translate("Status", "In all: %1 (drafts %2, reviewed %3, sent %4)").replace("%1", number(c.total))
            .replace("%2", number(c.drafts)).replace("%3", number(c.reviewed)).replace("%4", number(c.sent)),
            translate("Status", "Not yet sorted into the framework: %1 · empty cells: %2 of %3")
            .replace("%1", number(c.unclassified)).replace("%2", number(c.empty_cells)).replace("%3", number(len(c.cells))),
        ])
        self.kinds_chart.set_data(
            [(_contribution_kind(k), float(n), number(n)) for k, n in c.by_kind.items()],
            description=translate("Status", "Contributions by kind:"),
        )
        rows = list(dict.fromkeys(cell.involvement for cell in c.cells))
        columns = list(dict.fromkeys(cell.criterion for cell in c.cells))
        counts = {(cell.involvement, cell.criterion): cell.count for cell in c.cells}
        self.matrix_chart.set_data(
            [texts.involvement_label(Involvement(i.value)) for i in rows],
            [texts.criterion_label(Criterion(k.value)) for k in columns],
            [[counts[(i, k)] for k in columns] for i in rows],
        )
        self.without_list.set_lines(
            translate("Status", "Held meetings without a contribution"),
            [("", x.id, _meeting_text(x)) for x in c.held_without[:LIST_LIMIT]],
            max(len(c.held_without) - LIST_LIMIT, 0),
        )

    def _show_evaluation(self, r: StatusReport) -> None:
        e = r.evaluation
        danish = words.danish_ui()
        lines = []
        if e.round_id is not None:
            lines.append(
                translate("Status", "%1: %2 of %3 answered (%4), %5 declined")
                .replace("%1", e.round_title).replace("%2", number(e.answered)).replace("%3", number(e.asked))
                .replace("%4", percent(e.response_rate)).replace("%5", number(e.declined))
            )
        if e.baseline_answered is not None:
            lines.append(translate("Status", "Baseline answers: %1").replace("%1", number(e.baseline_answered)))
        self.cards["evaluation"].set_figures([breakable(line) for line in lines])
        rows = []
        for f in e.statements:
            label = f.short_da if danish else f.short_en
            if f.hidden:
                rows.append((label, None, translate("Status", "too few answers")))
            else:
                rows.append((label, f.agree_share, translate("Status", "%1 agree (%2 answers)")
                             .replace("%1", percent(f.agree_share)).replace("%2", number(f.answers))))
        target = translate("Status", "Target: %1 agree").replace("%1", percent(e.agree_target))
        self.statements_chart.set_data(rows, target=e.agree_target, target_label=target,
                                       description=translate("Status", "Share who agree (4 or 5) with each success statement:"))
        self.statements_chart.setVisible(bool(rows))
        groups = []
        for g in e.groups:
            if g.shown:
                shares = " · ".join("–" if f.hidden else percent(f.agree_share) for f in g.statements)
                groups.append(translate("Status", "%1: %2 answered; agree %3").replace("%1", g.name)
                              .replace("%2", number(g.answered)).replace("%3", shares))
            elif g.too_few:
                groups.append(translate("Status", "%1: %2 answered – too few answers to show").replace("%1", g.name)
                              .replace("%2", number(g.answered)))
            else:  # enough answers, held back so that a small group's answers cannot be worked out
                groups.append(translate("Status", "%1: %2 answered – not shown, so that a small group's answers "
                                        "cannot be worked out").replace("%1", g.name).replace("%2", number(g.answered)))
        self.evaluation_groups.setText(breakable("\n".join(groups)))
        self.evaluation_groups.setVisible(bool(groups))

    def _show_next(self, r: StatusReport) -> None:
        lines = []
        for u in r.next_meetings:
            extra = ""
            if u.missing:
                extra = " – " + translate("Status", "not yet on the agenda: %1").replace(
                    "%1", ", ".join(_kind_word(k) for k in u.missing))
            when = translate("Status", "%1 at %2").replace("%1", texts.format_date(u.meeting.date)).replace(
                "%2", texts.format_time(u.meeting.start))
            groups = f" ({', '.join(u.meeting.groups)})" if u.meeting.groups else ""
            lines.append((when + " ", u.meeting.id, f"{u.meeting.title}{groups}{extra}"))
        self.next_list.set_lines("", lines)
        card = self.cards["next"]
        card.explanation.setText("" if lines else translate("Status", "No meetings are planned from today."))
        card.explanation.setVisible(not lines)

    def _show_overdue(self, r: StatusReport) -> None:
        lines = []
        for a in r.overdue[:LIST_LIMIT]:
            owner = a.owner_name or translate("Status", "no one")
            ago = (translate("Status", "1 day ago") if a.days_overdue == 1 else
                   translate("Status", "%1 days ago").replace("%1", number(a.days_overdue)))
            before = (translate("Status", "Due %1 (%2): %3 – %4; from ")
                      .replace("%1", texts.format_date(a.due_on)).replace("%2", ago)
                      .replace("%3", " ".join(a.text.split())).replace("%4", owner))
            lines.append((before, a.meeting.id, _meeting_text(a.meeting)))
        self.overdue_list.set_lines("", lines, max(r.overdue_count - LIST_LIMIT, 0))
        card = self.cards["overdue"]
        card.title.setText(translate("Status", "Overdue follow-ups: %1").replace("%1", number(r.overdue_count)))
        card.explanation.setText("" if lines else translate("Status", "No action item is past its due date."))
        card.explanation.setVisible(not lines)
