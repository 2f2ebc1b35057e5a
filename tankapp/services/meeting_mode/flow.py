"""The course of a meeting in meeting mode: starting, moving between items, and ending it.

A *held* meeting's clock never runs again: opening it or moving between its
items only changes which item is shown (the notes and the minutes can still be
finished). Ending a meeting is a step of its own (:func:`end_meeting`): the
members still only *invited* are settled as absent or excused, the date is
moved to the day the meeting was actually run if the facilitator says so, the
clock stops and the meeting is marked held, all in one transaction. What the
step changed comes back as an :class:`EndReceipt`, so :func:`undo_end` can put
it back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tankapp.domain import Attendance, Meeting
from tankapp.domain.base import utcnow
from tankapp.domain.enums import AttendanceStatus, MeetingStatus
from tankapp.services.errors import ServiceError, ValidationError, problem
from tankapp.services.meeting_mode.attendance import AttendanceRow, attendance_of, ensure_editable, set_attendance
from tankapp.services.meetings import minutes as minutes_service
from tankapp.services.meetings.planning import MeetingInput, get_meeting, validate_meeting

# The states an invited member can be settled as when the meeting ends.
SETTLE_STATES = (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)


# ---------------------------------------------------------------- moving between items


def go_to_item(s: Session, meeting_id: int, position: int, now: dt.datetime | None = None) -> None:
    """Make the item at ``position`` current; its clock runs unless the meeting is held."""
    meeting = get_meeting(s, meeting_id)
    if meeting.status != MeetingStatus.HELD:
        minutes_service.go_to_item(s, meeting_id, position, now)
        return
    if not 0 <= position < len(meeting.agenda):
        raise ServiceError(problem("no_such_item", "There is no agenda item there.", position=position))
    minutes_service.stop_clock(s, meeting_id, now)  # nothing runs in a held meeting
    meeting.current_position = position
    s.flush()


def start(s: Session, meeting_id: int, now: dt.datetime | None = None) -> bool:
    """Start at the first item (meeting mode opening a meeting not begun); whether its clock runs.

    Reads only the meeting and its agenda: the caller knows the rest already.
    """
    meeting = get_meeting(s, meeting_id)  # held on to: the session's identity map is weak
    runs = meeting.status != MeetingStatus.HELD  # read before the write expires it
    go_to_item(s, meeting_id, 0, now)
    return runs


def running_in_held(s: Session, meeting_id: int) -> bool:
    """A held meeting with a clock still running (marked held elsewhere while it ran)."""
    meeting = get_meeting(s, meeting_id)
    return meeting.status == MeetingStatus.HELD and any(i.running_since is not None for i in meeting.agenda)


def stop_if_held(s: Session, meeting_id: int, now: dt.datetime | None = None) -> None:
    """Stop the clock of a held meeting (it does not reopen with a running timer)."""
    if running_in_held(s, meeting_id):
        minutes_service.stop_clock(s, meeting_id, now)


# ---------------------------------------------------------------- ending the meeting


def ending_day() -> dt.date:
    """The day a meeting is ended on: today (a function, so tests can choose the day)."""
    return dt.date.today()


@dataclass(frozen=True)
class EndingQuestions:
    """What ending the meeting must ask: who is still only invited, and whether the date is right."""

    meeting_id: int
    title: str
    status: MeetingStatus
    planned_date: dt.date
    today: dt.date
    unregistered: list[AttendanceRow]  # invited, nothing registered (Danish order)

    @property
    def date_differs(self) -> bool:
        """The meeting is ended on another day than it was planned for."""
        return self.planned_date != self.today


def ending_questions(s: Session, meeting_id: int, today: dt.date | None = None) -> EndingQuestions:
    meeting = get_meeting(s, meeting_id)
    rows = attendance_of(s, meeting).rows
    return EndingQuestions(
        meeting_id=meeting.id,
        title=meeting.title,
        status=meeting.status,
        planned_date=meeting.date,
        today=today or ending_day(),
        unregistered=[r for r in rows if r.status is None],
    )


@dataclass
class EndInput:
    """The facilitator's answers: each still-invited member's state, and the date to move to (if any)."""

    settle: dict[int, AttendanceStatus] = field(default_factory=dict)  # member id -> absent or excused
    move_to: dt.date | None = None


@dataclass(frozen=True)
class EndReceipt:
    """What :func:`end_meeting` changed, for :func:`undo_end`."""

    meeting_id: int
    status_before: MeetingStatus
    date_before: dt.date
    date_after: dt.date
    settled: tuple[tuple[int, AttendanceStatus], ...]  # only those who were still unregistered
    running_position: int | None  # the item whose clock was running when the meeting ended

    def again(self) -> EndInput:
        """The same answers, to end the meeting again (redo)."""
        return EndInput(dict(self.settled), self.date_after if self.date_after != self.date_before else None)


def _registration(s: Session, meeting_id: int, member_id: int) -> Attendance | None:
    return s.scalars(
        select(Attendance).where(Attendance.meeting_id == meeting_id, Attendance.member_id == member_id)
    ).first()


def _check_date(s: Session, meeting: Meeting, date: dt.date) -> None:
    data = MeetingInput.from_meeting(meeting)
    data.date = date
    problems = [p for p in validate_meeting(s, data) if p.field == "date"]
    if problems:
        raise ValidationError(problems)


def end_meeting(s: Session, meeting_id: int, data: EndInput, now: dt.datetime | None = None) -> EndReceipt:
    """End the meeting: settle the still-invited, move the date if asked, stop the clock, mark it held.

    One transaction: a refused date (outside the project period) changes nothing.
    A member registered meanwhile (another window) keeps that registration.
    """
    meeting = get_meeting(s, meeting_id)
    ensure_editable(meeting)
    for status in data.settle.values():
        if status not in SETTLE_STATES:
            raise ValueError(f"a member still invited is settled as absent or excused, not {status}")
    if data.move_to is not None and data.move_to != meeting.date:
        _check_date(s, meeting, data.move_to)
    running = next((i.position for i in meeting.agenda if i.running_since is not None), None)
    status_before, date_before = meeting.status, meeting.date
    settled = []
    for member_id, status in data.settle.items():
        if _registration(s, meeting_id, member_id) is None:  # invited on the planned day, still unregistered
            set_attendance(s, meeting_id, member_id, status)
            settled.append((member_id, status))
    if data.move_to is not None:  # after settling: a member with a registration stays on the list
        meeting.date = data.move_to
    minutes_service.stop_clock(s, meeting_id, now)
    meeting.status = MeetingStatus.HELD
    s.flush()
    return EndReceipt(meeting_id, status_before, date_before, meeting.date, tuple(settled), running)


def undo_end(s: Session, receipt: EndReceipt, now: dt.datetime | None = None) -> None:
    """Put back what ending the meeting changed (a registration changed since then is left alone).

    The clock of the item that was running runs again (the time in between is not counted).
    """
    meeting = get_meeting(s, receipt.meeting_id)
    ensure_editable(meeting)
    for member_id, status in receipt.settled:
        row = _registration(s, receipt.meeting_id, member_id)
        if row is not None and row.status == status:
            s.delete(row)
    if meeting.date == receipt.date_after:
        meeting.date = receipt.date_before
    meeting.status = receipt.status_before
    s.flush()
    if receipt.running_position is not None and receipt.status_before != MeetingStatus.HELD:
        if 0 <= receipt.running_position < len(meeting.agenda):
            minutes_service.go_to_item(s, receipt.meeting_id, receipt.running_position, now or utcnow())


__all__ = [
    "EndInput",
    "EndReceipt",
    "EndingQuestions",
    "SETTLE_STATES",
    "end_meeting",
    "ending_day",
    "ending_questions",
    "go_to_item",
    "running_in_held",
    "start",
    "stop_if_held",
    "undo_end",
]
