"""Attendance (*fremmøde*) at a meeting: the invited members, their state, and guests.

The invited are the members of the meeting's group(s) who are members on the
day: joined on or before it (when known) and not withdrawn before it. A member
with a registered state stays on the list even if they withdraw later.
No row means "invited, nothing registered yet".
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from tankapp.domain import Attendance, ExpertGroup, Guest, Meeting, Member
from tankapp.domain.collation import sort_key
from tankapp.domain.enums import AttendanceStatus, MeetingStatus, Sector
from tankapp.domain.rules import clean_text
from tankapp.services.errors import NotFound, ServiceError, ValidationError, problem
from tankapp.services.meetings.planning import get_meeting


@dataclass(frozen=True)
class AttendanceRow:
    member_id: int
    member_uuid: uuid.UUID
    name: str
    organisation: str
    sector: Sector | None
    group: str
    consent_named: bool
    status: AttendanceStatus | None  # None: invited, nothing registered
    arrived_at: dt.time | None
    left_at: dt.time | None
    note: str

    @property
    def attended(self) -> bool:
        return self.status is not None and self.status.attended

    FIELDS = ("member_id", "name", "organisation", "group", "status", "arrived_at", "left_at", "note", "guest")

    def as_dict(self) -> dict:
        return {
            "member_id": self.member_id,
            "name": self.name,
            "organisation": self.organisation,
            "group": self.group,
            "status": self.status.value if self.status else "invited",
            "arrived_at": self.arrived_at.strftime("%H:%M") if self.arrived_at else None,
            "left_at": self.left_at.strftime("%H:%M") if self.left_at else None,
            "note": self.note,
            "guest": False,
        }


@dataclass(frozen=True)
class GuestRow:
    id: int
    uuid: uuid.UUID
    name: str
    organisation: str
    role: str

    def as_dict(self) -> dict:
        return {
            "member_id": None,
            "name": self.name,
            "organisation": self.organisation,
            "group": None,
            "status": "guest",
            "arrived_at": None,
            "left_at": None,
            "note": self.role,
            "guest": True,
        }


@dataclass(frozen=True)
class AttendanceList:
    meeting_id: int
    rows: list[AttendanceRow]  # Danish order by name
    guests: list[GuestRow]

    def count(self, *statuses: AttendanceStatus) -> int:
        return sum(1 for r in self.rows if r.status in statuses)

    @property
    def invited(self) -> int:
        return len(self.rows)

    @property
    def present(self) -> int:
        """Members who came (on time, late, or leaving early)."""
        return sum(1 for r in self.rows if r.attended)

    @property
    def excused(self) -> int:
        return self.count(AttendanceStatus.EXCUSED)

    @property
    def unregistered(self) -> int:
        return sum(1 for r in self.rows if r.status is None)


def _member_on_the_day(meeting: Meeting):
    """Members of the meeting's groups who are members on its day (joined by then, not withdrawn before)."""
    group_ids = [g.id for g in meeting.groups]
    return (
        (Member.group_id.in_(group_ids))
        & (or_(Member.joined_on.is_(None), Member.joined_on <= meeting.date))
        & (or_(Member.withdrawn_on.is_(None), Member.withdrawn_on >= meeting.date))
    )


def _invited_query(meeting: Meeting):
    registered = select(Attendance.member_id).where(Attendance.meeting_id == meeting.id)
    return (
        select(Member, ExpertGroup.name)
        .join(ExpertGroup, Member.group_id == ExpertGroup.id)
        .where(or_(Member.id.in_(registered), _member_on_the_day(meeting)))
    )


def attendance(s: Session, meeting_id: int) -> AttendanceList:
    return attendance_of(s, get_meeting(s, meeting_id))


def attendance_of(s: Session, meeting: Meeting) -> AttendanceList:
    """The attendance list of a meeting already loaded (its groups too): two queries."""
    meeting_id = meeting.id
    q = (  # the invited (see _invited_query) with their registration, if any
        select(Member, ExpertGroup.name, Attendance)
        .join(ExpertGroup, Member.group_id == ExpertGroup.id)
        .outerjoin(Attendance, (Attendance.member_id == Member.id) & (Attendance.meeting_id == meeting_id))
        .where(or_(Attendance.id.is_not(None), _member_on_the_day(meeting)))
    )
    rows = []
    for m, group, a in s.execute(q):
        rows.append(
            AttendanceRow(
                member_id=m.id,
                member_uuid=m.uuid,
                name=m.name,
                organisation=m.organisation,
                sector=m.sector,
                group=group,
                consent_named=m.consent_named,
                status=a.status if a else None,
                arrived_at=a.arrived_at if a else None,
                left_at=a.left_at if a else None,
                note=a.note if a else "",
            )
        )
    rows.sort(key=lambda r: sort_key(r.name))
    guests = [
        GuestRow(g.id, g.uuid, g.name, g.organisation, g.role)
        for g in s.scalars(select(Guest).where(Guest.meeting_id == meeting_id).order_by(Guest.id))
    ]
    guests.sort(key=lambda g: sort_key(g.name))
    return AttendanceList(meeting_id, rows, guests)


def ensure_editable(meeting: Meeting) -> None:
    """Approved minutes (attendance included) change only after an explicit unlock."""
    if meeting.minutes_approved_on is not None and not meeting.minutes_unlocked:
        raise ServiceError(
            problem(
                "minutes_locked",
                f"The minutes of {meeting.title} were approved on {meeting.minutes_approved_on:%d.%m.%Y}; "
                "unlock them to make changes.",
                title=meeting.title,
                approved=meeting.minutes_approved_on.strftime("%d.%m.%Y"),
            )
        )


def _now_time() -> dt.time:
    now = dt.datetime.now()
    return dt.time(now.hour, now.minute)


def set_attendance(
    s: Session,
    meeting_id: int,
    member_id: int,
    status: AttendanceStatus | None,
    *,
    at: dt.time | None = None,
    note: str | None = None,
) -> Attendance | None:
    """Register a member's state; ``None`` takes the registration back (invited again).

    ``at`` is the arrival time for *late* and the leaving time for *left early*
    (default: now). Checking someone in keeps an arrival time already given.
    """
    meeting = get_meeting(s, meeting_id)
    ensure_editable(meeting)
    member = s.get(Member, member_id)
    if member is None:
        raise NotFound(problem("member_not_found", f"There is no member with id {member_id}.", id=member_id))
    row = s.scalars(
        select(Attendance).where(Attendance.meeting_id == meeting_id, Attendance.member_id == member_id)
    ).first()
    if row is None:
        invited = s.scalar(
            select(func.count()).select_from(_invited_query(meeting).where(Member.id == member_id).subquery())
        )
        if not invited:
            raise ValidationError(
                [
                    problem(
                        "not_invited",
                        f"{member.name} is not invited to {meeting.title} (not a member of its group(s) that day).",
                        name=member.name,
                        title=meeting.title,
                    )
                ]
            )
    if status is None:
        if row is not None:
            s.delete(row)
            s.flush()
        return None
    if row is None:
        row = Attendance(meeting_id=meeting_id, member_id=member_id, status=status)
        s.add(row)
    row.status = status
    if status == AttendanceStatus.LATE:
        row.arrived_at = at or row.arrived_at or _now_time()
        row.left_at = None
    elif status == AttendanceStatus.LEFT_EARLY:
        row.left_at = at or _now_time()
    elif status == AttendanceStatus.PRESENT:
        row.left_at = None
    else:  # excused, absent
        row.arrived_at = row.left_at = None
    if note is not None:
        row.note = note.strip()
    s.flush()
    return row


def restore_attendance(s: Session, meeting_id: int, member_id: int, mark: AttendanceMark) -> Attendance | None:
    """Put a member's registration back exactly as ``mark`` (undo of a change): state, times and note."""
    row = set_attendance(s, meeting_id, member_id, mark.status)
    if row is not None:
        row.arrived_at, row.left_at, row.note = mark.arrived_at, mark.left_at, mark.note
        s.flush()
    return row


def set_attendance_time(s: Session, meeting_id: int, member_id: int, at: dt.time) -> Attendance:
    """Correct the time of a registration afterwards: the arrival of someone *late*,
    or when someone who *left early* left.

    Other states have no time to correct (``attendance_no_time``); leaving
    before arriving is refused (``attendance_left_before_arrival``).
    """
    meeting = get_meeting(s, meeting_id)
    ensure_editable(meeting)
    row = s.scalars(
        select(Attendance).where(Attendance.meeting_id == meeting_id, Attendance.member_id == member_id)
    ).first()
    if row is None or row.status not in (AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY):
        member = s.get(Member, member_id)
        if member is None:
            raise NotFound(problem("member_not_found", f"There is no member with id {member_id}.", id=member_id))
        raise ValidationError([problem(
            "attendance_no_time",
            f"{member.name} is not registered as late or as having left early, so there is no time to correct.",
            "time",
            name=member.name,
        )])
    at = dt.time(at.hour, at.minute)  # minutes, as registered
    if row.status == AttendanceStatus.LATE:
        row.arrived_at = at
    else:
        if row.arrived_at is not None and at < row.arrived_at:
            raise ValidationError([problem(
                "attendance_left_before_arrival",
                f"The leaving time {at:%H.%M} is before the arrival time {row.arrived_at:%H.%M}.",
                "time",
                left=at.strftime("%H.%M"),
                arrived=row.arrived_at.strftime("%H.%M"),
            )])
        row.left_at = at
    s.flush()
    return row


# ---------------------------------------------------------------- guests


def add_guest(s: Session, meeting_id: int, name: str, organisation: str = "", role: str = "") -> Guest:
    meeting = get_meeting(s, meeting_id)
    ensure_editable(meeting)
    if not clean_text(name):
        raise ValidationError([problem("guest_name_required", "Give the guest's name.", "name")])
    guest = Guest(meeting_id=meeting_id, name=clean_text(name), organisation=clean_text(organisation), role=clean_text(role))
    s.add(guest)
    s.flush()
    return guest


def remove_guest(s: Session, guest_id: int) -> None:
    guest = s.get(Guest, guest_id)
    if guest is None:
        raise NotFound(problem("guest_not_found", f"There is no guest with id {guest_id}.", id=guest_id))
    ensure_editable(get_meeting(s, guest.meeting_id))
    s.delete(guest)
    s.flush()


# ---------------------------------------------------------------- counts


def attended_counts(s: Session, *, expert_only: bool = False) -> dict[int, int]:
    """Member id -> meetings attended (present, late or left early) that were not cancelled.

    ``expert_only``: the expert groups' meetings only (the steering committee's
    do not count toward the commitment).
    """
    attended = [st for st in AttendanceStatus if st.attended]
    q = (
        select(Attendance.member_id, func.count())
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(Attendance.status.in_(attended), Meeting.status != MeetingStatus.CANCELLED)
        .group_by(Attendance.member_id)
    )
    if expert_only:
        from tankapp.services.members.groups import is_steering_meeting

        q = q.where(~is_steering_meeting())
    return dict(s.execute(q).all())


__all__ = [
    "AttendanceList",
    "AttendanceRow",
    "GuestRow",
    "add_guest",
    "attendance",
    "attended_counts",
    "ensure_editable",
    "remove_guest",
    "set_attendance",
    "set_attendance_time",
]


# ---------------------------------------------------------------- plain rows for the GUI


@dataclass(frozen=True)
class AttendanceMark:
    """A member's registered state at a meeting (status None: invited, nothing registered)."""

    status: AttendanceStatus | None
    arrived_at: dt.time | None
    left_at: dt.time | None
    note: str


def mark_of(a: Attendance | None) -> AttendanceMark:
    """What :func:`set_attendance` returned, as a plain row."""
    if a is None:
        return AttendanceMark(None, None, None, "")
    return AttendanceMark(a.status, a.arrived_at, a.left_at, a.note)
