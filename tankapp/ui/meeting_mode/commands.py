"""Meeting mode's undoable steps (Ctrl+Z / Ctrl+Shift+Z in its window).

Each command does its work once when it is made (``first_ok`` says whether it
succeeded; only then is it pushed), and redo/undo call the operations again.
An attendance change puts the member's registration back exactly as it was;
ending the meeting is taken back with what its receipt remembers.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from tankapp.domain.enums import AttendanceStatus
from tankapp.services.meeting_mode.attendance import AttendanceMark, AttendanceRow
from tankapp.services.meeting_mode.flow import EndInput, EndReceipt
from tankapp.ui.common import texts

if TYPE_CHECKING:
    from tankapp.ui.meeting_mode.window import MeetingModeWindow

translate = QCoreApplication.translate


def _before(row: AttendanceRow) -> AttendanceMark:
    return AttendanceMark(row.status, row.arrived_at, row.left_at, row.note or "")


class AttendanceCommand(QUndoCommand):
    """One attendance change in meeting mode; undo puts the member's registration back exactly."""

    def __init__(self, window: MeetingModeWindow, row: AttendanceRow, status: AttendanceStatus | None):
        super().__init__(translate("MeetingModeWindow", "%1: %2").replace("%1", row.name)
                         .replace("%2", texts.attendance_label(status)))
        self.window = window
        self.row = row
        self.status = status
        self.before = _before(row)
        self.first_ok = window._apply_mark(row, window.ops.meeting_mode.set_attendance, status)
        self._first = True

    def redo(self) -> None:
        if self._first:  # done once already, when the change was made
            self._first = False
            return
        self.window._apply_mark(self.row, self.window.ops.meeting_mode.set_attendance, self.status)

    def undo(self) -> None:
        self.window._apply_mark(self.row, self.window.ops.meeting_mode.restore_attendance, self.before)


class AttendanceTimeCommand(QUndoCommand):
    """A late arrival's or an early leaving's time corrected; undo puts the earlier time back."""

    def __init__(self, window: MeetingModeWindow, row: AttendanceRow, at: dt.time):
        super().__init__(translate("MeetingModeWindow", "%1: %2").replace("%1", row.name)
                         .replace("%2", texts.format_time(at)))
        self.window = window
        self.row = row
        self.at = at
        self.before = _before(row)
        self.first_ok = window._apply_mark(row, window.ops.meeting_mode.set_attendance_time, at)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.window._apply_mark(self.row, self.window.ops.meeting_mode.set_attendance_time, self.at)

    def undo(self) -> None:
        self.window._apply_mark(self.row, self.window.ops.meeting_mode.restore_attendance, self.before)


class EndMeetingCommand(QUndoCommand):
    """Ending the meeting (settled members, moved date, held, clock stopped); undo takes it all back."""

    def __init__(self, window: MeetingModeWindow, data: EndInput):
        super().__init__(translate("MeetingModeWindow", "End meeting"))
        self.window = window
        self.receipt: EndReceipt | None = window._end(data)
        self.first_ok = self.receipt is not None
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if self.receipt is not None:
            self.receipt = self.window._end(self.receipt.again()) or self.receipt

    def undo(self) -> None:
        if self.receipt is not None:
            self.window._undo_end(self.receipt)
