"""The panes of meeting mode, each built by one function onto the window.

:func:`build_top_bar`, :func:`build_banners`, :func:`build_agenda_pane`,
:func:`build_item_pane` and :func:`build_attendance_pane` create the widgets
and put them on the window as attributes (``w.notes``, ``w.filter``, ...);
the window wires their behaviour. Each pane sits in a :func:`scrollable`
area, so on a small screen a pane scrolls rather than pushing the window
beyond the screen's edge.

Texts are in the translation context "MeetingModeWindow", as they were when
they lived in the window's own ``__init__``.
"""

from __future__ import annotations

import datetime as dt

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTime, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.enums import AttendanceStatus
from tankapp.ui.common import texts
from tankapp.ui.common.dates import DateField
from tankapp.ui.common.itemmodels import Column, RowFilterProxy, RowTableModel, setup_list_view
from tankapp.ui.meeting_mode.keys import key_text

if TYPE_CHECKING:
    from tankapp.ui.meeting_mode.window import MeetingModeWindow

# Aliased so that pyside6-lupdate finds every string in this module under the window's context.
translate = QCoreApplication.translate

# States the buttons under the attendance list register, in their order (None: back to invited).
STATE_BUTTONS = (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY,
                 AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT, None)


# ------------------------------------------------------------------ small pieces


class ElidedLabel(QLabel):
    """One line that shortens itself with "…" instead of widening the window (full text as tooltip)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(80)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), self.minimumWidth())
        self.setText(QFontMetrics(self.font()).elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class TimeEdit(QTimeEdit):
    """A time typed the Danish way (10.05); Enter applies it (``returnPressed``)."""

    returnPressed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDisplayFormat("HH.mm")
        self.setKeyboardTracking(False)
        self.setMinimumTime(QTime(0, 0))
        self.setSpecialValueText("–")  # shown at the minimum: no time to correct (see clear_time)

    def clear_time(self) -> None:
        self.setTime(self.minimumTime())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.interpretText()
            self.returnPressed.emit()
            return
        super().keyPressEvent(event)


class FilterEdit(QLineEdit):
    """The check-in box: Ctrl+Z undoes its typing while there is typing to undo, else the last check-in."""

    def event(self, e) -> bool:  # noqa: D401 - Qt's name
        if e.type() == QEvent.Type.ShortcutOverride:
            if (e.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable()) or (
                    (e.matches(QKeySequence.StandardKey.Redo) or e.keyCombination().toCombined()
                     == QKeySequence("Ctrl+Shift+Z")[0].toCombined()) and not self.isRedoAvailable()):
                e.ignore()
                return False  # let the window's Undo/Redo action have it
        return super().event(e)


class AttendanceModel(RowTableModel):
    """Invited members; a check-in replaces one row in place (no reset, no rebuild)."""

    def replace_member(self, member_id: int, row) -> None:
        for i, old in enumerate(self._rows):
            if old.member_id == member_id:
                self.replace_row(i, row)
                return

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid() and self.row_at(index.row()).attended:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class _FillLayout(QVBoxLayout):
    """A layout the scroll area sizes by its minimum, not by its height for the width.

    A word-wrapped label makes a layout report a height for each width, and
    QScrollArea then grows its widget to that *preferred* height, scrolling
    long before anything is squeezed. Without it, the pane fills the area and
    scrolls only when the area is below the pane's minimum.
    """

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return False


class _Holder(QWidget):
    """What a pane's scroll area scrolls: its minimum height counts the lines wrapped labels need now."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        extra = 0
        for label in self.findChildren(QLabel):
            if label.wordWrap() and label.isVisibleTo(self) and label.text():
                extra += max(0, label.heightForWidth(max(label.width(), 1)) - label.minimumSizeHint().height())
        return QSize(hint.width(), hint.height() + extra)


def scrollable(pane: QWidget) -> QScrollArea:
    """``pane`` in a frameless scroll area: it fills the area, and scrolls when the area is smaller."""
    area = QScrollArea()
    holder = _Holder()
    layout = _FillLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(pane)
    area.setWidget(holder)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setMinimumSize(120, 120)
    return area


def _bold(widget: QWidget, factor: float = 1.0) -> QFont:
    font = QFont(widget.font())
    font.setBold(True)
    if factor != 1.0:
        font.setPointSizeF(font.pointSizeF() * factor)
    return font


def _wrapping(*lists: QListWidget) -> None:
    """Long entries wrap instead of hiding behind a horizontal scroll bar."""
    for lst in lists:
        lst.setWordWrap(True)
        lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lst.setMinimumHeight(QFontMetrics(lst.font()).lineSpacing() * 3 + 8)


# ------------------------------------------------------------------ top bar and banners


def build_top_bar(w: MeetingModeWindow) -> QHBoxLayout:
    """The meeting's title, how many are present, moving between items, ending, full screen."""
    w.heading = ElidedLabel()
    w.heading.setFont(_bold(w, 1.2))
    w.counts = QLabel()
    w.counts.setFont(_bold(w, 1.2))
    w.prev_button = QPushButton(translate("MeetingModeWindow", "◀ Previous"))
    w.prev_button.setToolTip(translate("MeetingModeWindow", "Previous item (%1)").replace("%1", key_text("PgUp")))
    w.next_button = QPushButton(translate("MeetingModeWindow", "Next ▶"))
    w.next_button.setToolTip(translate("MeetingModeWindow", "Next item (%1)").replace("%1", key_text("PgDown")))
    w.end_button = QPushButton(translate("MeetingModeWindow", "End meeting…"))
    w.end_button.setToolTip(translate(
        "MeetingModeWindow", "Settle who is still only invited, check the date, stop the timer, mark the meeting held"))
    w.full_button = QPushButton(translate("MeetingModeWindow", "Full screen (%1)").replace("%1", key_text("F11")))
    top = QHBoxLayout()
    top.addWidget(w.heading, 1)
    top.addWidget(w.counts)
    for b in (w.prev_button, w.next_button, w.end_button, w.full_button):
        top.addWidget(b)
    return top


def build_banners(w: MeetingModeWindow) -> tuple[QWidget, QWidget]:
    """The lock banner (approved minutes) and the banner after ending the meeting."""
    w.lock_banner = QWidget()
    banner = QHBoxLayout(w.lock_banner)
    w.lock_text = QLabel()
    w.lock_text.setWordWrap(True)
    w.unlock_reason = QLineEdit()
    w.unlock_reason.setPlaceholderText(translate("MeetingModeWindow", "Why must the approved minutes change?"))
    w.unlock_button = QPushButton(translate("MeetingModeWindow", "Unlock"))
    banner.addWidget(w.lock_text, 2)
    banner.addWidget(w.unlock_reason, 2)
    banner.addWidget(w.unlock_button)
    w.lock_banner.setStyleSheet("background: #fff4d6; color: #000;")

    w.end_banner = QWidget()
    ended = QHBoxLayout(w.end_banner)
    w.end_text = QLabel()
    w.end_text.setWordWrap(True)
    w.end_text.setTextFormat(Qt.TextFormat.PlainText)
    w.minutes_button = QPushButton(translate("MeetingModeWindow", "Minutes as PDF…"))
    w.undo_end_button = QPushButton(translate("MeetingModeWindow", "Undo"))
    w.undo_end_button.setToolTip(key_text("Ctrl+Z"))
    w.close_end_banner = QToolButton()
    w.close_end_banner.setText("✕")
    w.close_end_banner.setAutoRaise(True)
    w.close_end_banner.setToolTip(translate("MeetingModeWindow", "Hide this message"))
    ended.addWidget(w.end_text, 1)
    ended.addWidget(w.minutes_button)
    ended.addWidget(w.undo_end_button)
    ended.addWidget(w.close_end_banner)
    w.end_banner.setStyleSheet("background: #e3f2e1; color: #000;")
    w.end_banner.hide()
    return w.lock_banner, w.end_banner


# ------------------------------------------------------------------ left: agenda and timer


def build_agenda_pane(w: MeetingModeWindow) -> QWidget:
    w.agenda_list = QListWidget()
    w.agenda_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    w.agenda_list.setSpacing(2)
    _wrapping(w.agenda_list)
    w.timer_label = QLabel()
    w.timer_label.setFont(_bold(w, 2.2))
    w.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    w.timer_caption = QLabel()
    w.timer_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
    w.timer_caption.setWordWrap(True)
    left = QWidget()
    layout = QVBoxLayout(left)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(translate("MeetingModeWindow", "Agenda")))
    layout.addWidget(w.agenda_list, 1)
    layout.addWidget(w.timer_label)
    layout.addWidget(w.timer_caption)
    return left


# ------------------------------------------------------------------ centre: the current item


def _build_presentation_row(w: MeetingModeWindow) -> QWidget:
    """Who presents the item and the library's presentation(s) linked to it, with a button to open the file."""
    w.presentation_row = QWidget()
    row = QHBoxLayout(w.presentation_row)
    row.setContentsMargins(0, 0, 0, 0)
    w.presentation_text = QLabel()
    w.presentation_text.setTextFormat(Qt.TextFormat.PlainText)
    w.presentation_text.setWordWrap(True)
    w.presentation_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    w.open_presentation_button = QToolButton()
    w.open_presentation_button.setText(translate("MeetingModeWindow", "Open presentation"))
    w.open_presentation_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    w.open_presentation_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    row.addWidget(w.presentation_text, 1)
    row.addWidget(w.open_presentation_button, 0, Qt.AlignmentFlag.AlignTop)
    w.presentation_row.hide()
    return w.presentation_row


def _build_decisions(w: MeetingModeWindow) -> QGroupBox:
    w.decisions = QListWidget()
    w.decision_edit = QLineEdit()
    w.decision_edit.setPlaceholderText(translate("MeetingModeWindow", "New decision, then Enter"))
    w.remove_decision_button = QPushButton(translate("MeetingModeWindow", "Remove"))
    box = QGroupBox(translate("MeetingModeWindow", "Decisions"))
    layout = QVBoxLayout(box)
    layout.addWidget(w.decisions, 1)
    layout.addWidget(w.decision_edit)  # the whole width to type in, even in a narrow column
    layout.addWidget(w.remove_decision_button, 0, Qt.AlignmentFlag.AlignRight)
    return box


def _build_actions(w: MeetingModeWindow) -> QGroupBox:
    w.actions = QListWidget()
    w.action_text = QLineEdit()
    w.action_text.setPlaceholderText(translate("MeetingModeWindow", "New action item: what is to be done"))
    w.action_owner = QComboBox()
    w.action_owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    w.action_owner.setMinimumContentsLength(10)
    w.action_due = DateField(dt.date.today() + dt.timedelta(days=14))
    w.action_has_due = QCheckBox(translate("MeetingModeWindow", "Due"))
    w.action_spread = QCheckBox(translate("MeetingModeWindow", "About spreading knowledge"))
    w.add_action_button = QPushButton(translate("MeetingModeWindow", "Add action"))
    w.action_done_button = QPushButton(translate("MeetingModeWindow", "Done"))
    box = QGroupBox(translate("MeetingModeWindow", "Action items"))
    grid = QGridLayout(box)
    grid.addWidget(w.actions, 0, 0, 1, 4)
    grid.addWidget(w.action_text, 1, 0, 1, 4)
    grid.addWidget(QLabel(translate("MeetingModeWindow", "Who:")), 2, 0)
    grid.addWidget(w.action_owner, 2, 1, 1, 3)
    grid.addWidget(w.action_has_due, 3, 0)
    grid.addWidget(w.action_due, 3, 1)
    grid.addWidget(w.action_spread, 3, 2, 1, 2)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(w.action_done_button)
    buttons.addWidget(w.add_action_button)
    grid.addLayout(buttons, 4, 0, 1, 4)
    grid.setColumnStretch(3, 1)
    grid.setRowStretch(0, 1)
    return box


def build_item_pane(w: MeetingModeWindow) -> QWidget:
    """The current item: title, presenter and presentation, notes, contribution capture,
    its decisions and action items, and open follow-ups from earlier meetings."""
    from tankapp.ui.meeting_mode.capture import CaptureButtons, ContributionCapture

    w.item_title = QLabel()
    w.item_title.setFont(_bold(w, 1.2))
    w.item_title.setWordWrap(True)
    w.item_title.setTextFormat(Qt.TextFormat.PlainText)
    # The item's description from the agenda (e.g. what another group shared).
    w.item_description = QLabel()
    w.item_description.setWordWrap(True)
    w.item_description.setTextFormat(Qt.TextFormat.PlainText)
    w.item_description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    w.item_description.setStyleSheet("color: palette(dark);")
    w.notes = QPlainTextEdit()
    w.notes.setPlaceholderText(translate("MeetingModeWindow", "Notes for this item. Saved as you type."))
    w.notes.setTabChangesFocus(True)
    w.notes.setMinimumHeight(QFontMetrics(w.notes.font()).lineSpacing() * 3 + 12)
    w.saved_label = QLabel()
    w.saved_label.setStyleSheet("color: palette(mid);")
    # Knowledge contributions: Alt+1..4 or a button opens a small form right here.
    w.capture_buttons = CaptureButtons()
    w.capture = ContributionCapture(w.ops, w.meeting_id, meeting=w.meeting)

    w.followups = QListWidget()
    w.followup_done_button = QPushButton(translate("MeetingModeWindow", "Mark done"))
    w.followups_box = QGroupBox(translate("MeetingModeWindow", "Open dissemination actions from earlier meetings"))
    fl = QVBoxLayout(w.followups_box)
    fl.addWidget(w.followups, 1)
    fl.addWidget(w.followup_done_button, 0, Qt.AlignmentFlag.AlignRight)
    lists = QHBoxLayout()
    lists.addWidget(_build_decisions(w), 1)
    lists.addWidget(_build_actions(w), 1)
    _wrapping(w.decisions, w.actions, w.followups)

    # Stretch, not fixed sizes: when the capture form opens, notes and lists both give way.
    centre = QWidget()
    layout = QVBoxLayout(centre)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(w.item_title)
    layout.addWidget(w.item_description)
    layout.addWidget(_build_presentation_row(w))
    layout.addWidget(w.notes, 3)
    layout.addWidget(w.saved_label)
    layout.addWidget(w.capture_buttons)
    layout.addWidget(w.capture)
    layout.addLayout(lists, 2)
    layout.addWidget(w.followups_box, 1)
    return centre


# ------------------------------------------------------------------ right: attendance, captured, between groups


def _state_width(w: MeetingModeWindow) -> int:
    """The state column's width: the longest state with a time, in bold (attended rows are bold)."""
    bold = _bold(w)
    longest = max((texts.attendance_label(s) for s in (*AttendanceStatus, None)), key=len)
    return QFontMetrics(bold).horizontalAdvance(longest + " 00.00") + 16


def _build_attendance_page(w: MeetingModeWindow) -> QWidget:
    w.filter = FilterEdit()
    w.filter.setPlaceholderText(translate("MeetingModeWindow", "Find a member (%1), Enter checks in").replace(
        "%1", key_text("Ctrl+F")))
    w.filter.setClearButtonEnabled(True)
    w.attendance_model = AttendanceModel(
        [
            Column(translate("MeetingModeWindow", "Name"), lambda r: r.name),
            Column(translate("MeetingModeWindow", "Organisation"), lambda r: r.organisation),
            Column(translate("MeetingModeWindow", "State"), w._state_text, searchable=False),
        ]
    )
    w.attendance_proxy = RowFilterProxy(w)
    w.attendance_proxy.setSourceModel(w.attendance_model)
    w.attendance_table = QTableView()
    w.attendance_table.setModel(w.attendance_proxy)
    setup_list_view(w.attendance_table)
    w.attendance_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = w.attendance_table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    # Fixed widths: measuring a column over hundreds of rows on every check-in is slow.
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(1, 120)
    header.resizeSection(2, _state_width(w))
    w.attendance_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    w.attendance_table.setSortingEnabled(True)
    w.attendance_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    w.attendance_table.setMinimumHeight(QFontMetrics(w.font()).lineSpacing() * 6)

    state_row = QGridLayout()
    w.state_buttons = {}
    for i, status in enumerate(STATE_BUTTONS):
        button = QPushButton(texts.attendance_label(status) if status else translate("MeetingModeWindow", "Reset"))
        state_row.addWidget(button, i // 3, i % 3)
        w.state_buttons[status] = button

    # The time of a late arrival or an early leaving, corrected afterwards (undoable).
    w.time_label = QLabel(translate("MeetingModeWindow", "Time:"))
    w.time_edit = TimeEdit()
    w.time_button = QPushButton(translate("MeetingModeWindow", "Change time"))
    w.time_button.setToolTip(translate(
        "MeetingModeWindow", "Correct when the selected member arrived (late) or left (left early)"))
    time_row = QHBoxLayout()
    time_row.addWidget(w.time_label)
    time_row.addWidget(w.time_edit)
    time_row.addWidget(w.time_button)
    time_row.addStretch(1)

    w.guests = QListWidget()
    _wrapping(w.guests)
    w.guest_name = QLineEdit()
    w.guest_name.setPlaceholderText(translate("MeetingModeWindow", "Guest's name"))
    w.guest_org = QLineEdit()
    w.guest_org.setPlaceholderText(translate("MeetingModeWindow", "Organisation"))
    w.guest_role = QLineEdit()
    w.guest_role.setPlaceholderText(translate("MeetingModeWindow", "Role, e.g. speaker"))
    w.add_guest_button = QPushButton(translate("MeetingModeWindow", "Add guest"))
    guests_box = QGroupBox(translate("MeetingModeWindow", "Guests"))
    gl = QGridLayout(guests_box)
    gl.addWidget(w.guests, 0, 0, 1, 2)
    gl.addWidget(w.guest_name, 1, 0, 1, 2)
    gl.addWidget(w.guest_org, 2, 0)
    gl.addWidget(w.guest_role, 2, 1)
    gl.addWidget(w.add_guest_button, 3, 1)
    gl.setRowStretch(0, 1)

    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(w.filter)
    layout.addWidget(w.attendance_table, 3)
    layout.addLayout(state_row)
    layout.addLayout(time_row)
    layout.addWidget(guests_box, 1)
    return page


def build_attendance_pane(w: MeetingModeWindow) -> QTabWidget:
    """Tabs: attendance; what was captured at the meeting; other groups' digests and questions."""
    from tankapp.ui.meeting_mode.captured import CapturedList

    w.captured = CapturedList()
    # Other groups' digests and questions: read when the tab is first shown, not on opening.
    w.sharing_page = QWidget()
    w.sharing_layout = QVBoxLayout(w.sharing_page)
    w.sharing_layout.setContentsMargins(0, 0, 0, 0)
    w.right_tabs = QTabWidget()
    w.right_tabs.setUsesScrollButtons(True)
    w.right_tabs.addTab(_build_attendance_page(w), translate("MeetingModeWindow", "Attendance"))
    w.right_tabs.addTab(w.captured, translate("MeetingModeWindow", "Captured"))
    w.right_tabs.addTab(w.sharing_page, translate("MeetingModeWindow", "Between groups"))
    return w.right_tabs


# Tab positions on the right.
ATTENDANCE_TAB, CAPTURED_TAB, SHARING_TAB = 0, 1, 2
