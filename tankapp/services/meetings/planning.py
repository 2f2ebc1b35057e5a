"""Meetings: plan them, check them against the period and each other, count them.

A meeting belongs to one expert group or to several (a joint meeting). Toward
the think tank's meeting target (default 18) a *held* joint meeting counts
once: it is one meeting. Each of its groups counts it in its own tally too,
so :class:`MeetingProgress` shows both numbers.

A meeting of the steering committee (see :mod:`tankapp.services.members.groups`)
has the steering committee as its only group (``meeting_steering_mixed``
otherwise), starts with the status report as its standing agenda item, and
never counts toward the target, the groups' tallies or a member's commitment.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from tankapp.domain import AgendaItem, ExpertGroup, Meeting, Member, meeting_groups
from tankapp.domain.danish import short_date
from tankapp.domain.enums import ActorKind, AgendaItemKind, MeetingFormat, MeetingStatus
from tankapp.domain.rules import clean_text
from tankapp.services.errors import NotFound, Problem, ValidationError, problem
from tankapp.services.members.groups import is_expert_group, is_steering_group
from tankapp.services.thinktank import require_think_tank

# Times a new meeting gets when nothing else is said.
DEFAULT_TIMES = {
    MeetingFormat.FULL_DAY: (dt.time(9, 30), dt.time(15, 30)),
    MeetingFormat.HALF_DAY: (dt.time(9, 30), dt.time(12, 30)),
}


@dataclass
class MeetingInput:
    title: str = ""
    date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    format: MeetingFormat = MeetingFormat.HALF_DAY
    place: str = ""
    facilitators: str = ""
    status: MeetingStatus = MeetingStatus.PLANNED
    notes: str = ""
    group_ids: list[int] = field(default_factory=list)

    @classmethod
    def from_meeting(cls, m: Meeting) -> MeetingInput:
        return cls(
            title=m.title,
            date=m.date,
            start=m.start,
            end=m.end,
            format=m.format,
            place=m.place,
            facilitators=m.facilitators,
            status=m.status,
            notes=m.notes,
            group_ids=[g.id for g in m.groups],
        )


@dataclass(frozen=True)
class MeetingSummary:
    """A row of the meeting list (plain data, safe outside a session)."""

    id: int
    uuid: uuid.UUID
    title: str
    date: dt.date
    start: dt.time
    end: dt.time
    format: MeetingFormat
    place: str
    facilitators: str
    status: MeetingStatus
    group_ids: tuple[int, ...]
    groups: tuple[str, ...]
    item_count: int
    steering: bool = False  # a meeting of the steering committee (not counted toward the target)

    @property
    def joint(self) -> bool:
        return len(self.group_ids) > 1

    FIELDS = (
        "id", "uuid", "title", "date", "start", "end", "format", "place", "facilitators",
        "groups", "joint", "status", "agenda_items",
    )

    def as_dict(self) -> dict:
        """The row for CSV and JSON output; keys are :attr:`FIELDS`, in that order."""
        return {
            "id": self.id,
            "uuid": str(self.uuid),
            "title": self.title,
            "date": self.date.isoformat(),
            "start": self.start.strftime("%H:%M"),
            "end": self.end.strftime("%H:%M"),
            "format": self.format.value,
            "place": self.place,
            "facilitators": self.facilitators,
            "groups": list(self.groups),
            "joint": self.joint,
            "status": self.status.value,
            "agenda_items": self.item_count,
        }


def _summary(m: Meeting, item_count: int | None = None) -> MeetingSummary:
    return MeetingSummary(
        id=m.id,
        uuid=m.uuid,
        title=m.title,
        date=m.date,
        start=m.start,
        end=m.end,
        format=m.format,
        place=m.place,
        facilitators=m.facilitators,
        status=m.status,
        group_ids=tuple(g.id for g in m.groups),
        groups=tuple(g.name for g in m.groups),
        item_count=len(m.agenda) if item_count is None else item_count,
        steering=is_steering(m),
    )


def is_steering(m: Meeting) -> bool:
    """A meeting of the steering committee (its groups loaded or loadable)."""
    return any(g.actor_kind == ActorKind.STEERING_COMMITTEE for g in m.groups)


# ---------------------------------------------------------------- checks


def date_within(period_start: dt.date, period_end: dt.date, today: dt.date) -> dt.date:
    """The date a new meeting suggests: today, moved into the project period when outside it."""
    return min(max(today, period_start), period_end)


def suggested_date(s: Session, today: dt.date | None = None) -> dt.date:
    """Today if it lies in the project period, else the period's nearest end (never a refused date)."""
    tank = require_think_tank(s)
    return date_within(tank.period_start, tank.period_end, today or dt.date.today())


def validate_meeting(s: Session, data: MeetingInput) -> list[Problem]:
    """Refusals: no title, no group, no date or times, end not after start, outside the period."""
    problems: list[Problem] = []
    if not clean_text(data.title):
        problems.append(problem("meeting_title_required", "The meeting needs a title.", "title"))
    if not data.group_ids:
        problems.append(problem("meeting_groups_required", "Choose at least one expert group.", "group_ids"))
    else:
        found = dict(
            s.execute(select(ExpertGroup.id, ExpertGroup.actor_kind).where(ExpertGroup.id.in_(data.group_ids))).all()
        )
        if set(found) != set(data.group_ids):
            problems.append(problem("group_not_found", "A chosen group does not exist.", "group_ids"))
        elif len(found) > 1 and ActorKind.STEERING_COMMITTEE in found.values():
            problems.append(
                problem(
                    "meeting_steering_mixed",
                    "A meeting of the steering committee cannot include expert groups. "
                    "Choose either the steering committee or expert groups.",
                    "group_ids",
                )
            )
    if data.date is None:
        problems.append(problem("meeting_date_required", "Choose the meeting's date.", "date"))
    else:
        tank = require_think_tank(s)
        if not tank.period_start <= data.date <= tank.period_end:
            problems.append(
                problem(
                    "meeting_outside_period",
                    f"{short_date(data.date)} is outside the project period "
                    f"({short_date(tank.period_start)} to {short_date(tank.period_end)}).",
                    "date",
                    date=short_date(data.date),
                    start=short_date(tank.period_start),
                    end=short_date(tank.period_end),
                )
            )
    if data.start is None or data.end is None:
        problems.append(problem("meeting_times_required", "Give the start and end times.", "start"))
    elif data.end <= data.start:
        problems.append(
            problem(
                "meeting_end_before_start",
                f"The meeting ends ({data.end:%H:%M}) before it starts ({data.start:%H:%M}).",
                "end",
                start=data.start.strftime("%H.%M"),
                end=data.end.strftime("%H.%M"),
            )
        )
    return problems


def meeting_warnings(s: Session, data: MeetingInput, *, meeting_id: int | None = None) -> list[Problem]:
    """Not refusals: a group that already has another (not cancelled) meeting that day."""
    if data.date is None or not data.group_ids:
        return []
    q = (
        select(ExpertGroup.name, Meeting.title)
        .join(meeting_groups, meeting_groups.c.group_id == ExpertGroup.id)
        .join(Meeting, Meeting.id == meeting_groups.c.meeting_id)
        .where(
            Meeting.date == data.date,
            ExpertGroup.id.in_(data.group_ids),
            Meeting.status != MeetingStatus.CANCELLED,
        )
    )
    if meeting_id is not None:
        q = q.where(Meeting.id != meeting_id)
    return [
        problem(
            "meeting_same_day",
            f"{group} already has a meeting that day: {title}.",
            "date",
            group=group,
            title=title,
        )
        for group, title in s.execute(q.order_by(ExpertGroup.position))
    ]


# ---------------------------------------------------------------- use-cases


def _apply(s: Session, meeting: Meeting, data: MeetingInput) -> None:
    meeting.title = clean_text(data.title)
    meeting.date = data.date
    meeting.start = data.start
    meeting.end = data.end
    meeting.format = data.format
    meeting.place = clean_text(data.place)
    meeting.facilitators = clean_text(data.facilitators)
    meeting.status = data.status
    meeting.notes = (data.notes or "").rstrip()
    meeting.groups = list(
        s.scalars(select(ExpertGroup).where(ExpertGroup.id.in_(data.group_ids)).order_by(ExpertGroup.position))
    )


# The steering committee's standing item: the status report (Danish, like every agenda).
STATUS_REPORT_ITEM = (
    "Statusrapport",
    30,
    "Status på tænketankens succeskriterier: ekspertgrupperne, møderne mod målet, fremmøde, vidensbidrag og "
    "evaluering. Statusrapporten sendes ud før mødet.",
)


def ensure_status_report_item(s: Session, meeting: Meeting) -> AgendaItem | None:
    """Put the status report first on a steering committee meeting's agenda, unless it is there already.

    Returns the item added (None when nothing was added: not a steering
    meeting, or the agenda has a status report item).
    """
    if not is_steering(meeting) or any(i.kind == AgendaItemKind.STATUS_REPORT for i in meeting.agenda):
        return None
    title, minutes, description = STATUS_REPORT_ITEM
    for item in meeting.agenda:
        item.position += 1
    item = AgendaItem(
        position=0, title=title, kind=AgendaItemKind.STATUS_REPORT, planned_minutes=minutes, description=description
    )
    meeting.agenda.insert(0, item)
    s.flush()
    return item


def create_meeting(s: Session, data: MeetingInput) -> Meeting:
    """Plan a meeting; one of the steering committee gets the status report as its first item."""
    problems = validate_meeting(s, data)
    if problems:
        raise ValidationError(problems)
    meeting = Meeting()
    _apply(s, meeting, data)
    s.add(meeting)
    s.flush()
    ensure_status_report_item(s, meeting)
    return meeting


def get_meeting(s: Session, meeting_id: int) -> Meeting:
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(problem("meeting_not_found", f"There is no meeting with id {meeting_id}.", id=meeting_id))
    return meeting


def update_meeting(s: Session, meeting_id: int, data: MeetingInput) -> Meeting:
    meeting = get_meeting(s, meeting_id)
    problems = validate_meeting(s, data)
    if problems:
        raise ValidationError(problems)
    was_steering = is_steering(meeting)
    _apply(s, meeting, data)
    s.flush()
    if not was_steering:  # it became the steering committee's: its standing item (a removed one stays removed)
        ensure_status_report_item(s, meeting)
    return meeting


def set_status(s: Session, meeting_id: int, status: MeetingStatus) -> Meeting:
    meeting = get_meeting(s, meeting_id)
    meeting.status = status
    s.flush()
    return meeting


def delete_meeting(s: Session, meeting_id: int) -> None:
    s.delete(get_meeting(s, meeting_id))
    s.flush()


def list_meetings(s: Session, *, group_id: int | None = None) -> list[MeetingSummary]:
    """Meetings by date and start time, with their groups and agenda size."""
    items = (
        select(AgendaItem.meeting_id, func.count().label("n")).group_by(AgendaItem.meeting_id).subquery()
    )
    q = (
        select(Meeting, func.coalesce(items.c.n, 0))
        .outerjoin(items, items.c.meeting_id == Meeting.id)
        .options(selectinload(Meeting.groups))
    )
    if group_id is not None:
        q = q.where(Meeting.groups.any(ExpertGroup.id == group_id))
    q = q.order_by(Meeting.date, Meeting.start, Meeting.id)
    return [_summary(m, n) for m, n in s.execute(q)]


def meeting_summary(s: Session, meeting_id: int) -> MeetingSummary:
    return _summary(get_meeting(s, meeting_id))


# ---------------------------------------------------------------- progress


@dataclass(frozen=True)
class MeetingProgress:
    """The expert groups' meetings toward the target; the steering committee's are counted apart."""

    target: int
    held: int  # meetings held; a joint meeting counts once
    planned: int
    cancelled: int
    joint_held: int  # of ``held``, how many were joint meetings
    held_by_group: dict[str, int]  # each group's own tally; a joint meeting counts for each group
    steering_held: int = 0  # the steering committee's meetings held (not in ``held``)
    steering_planned: int = 0

    @property
    def remaining(self) -> int:
        return max(self.target - self.held, 0)


def progress(s: Session) -> MeetingProgress:
    tank = require_think_tank(s)
    everything = list(s.scalars(select(Meeting).options(selectinload(Meeting.groups))))
    steering = [m for m in everything if is_steering(m)]
    meetings = [m for m in everything if not is_steering(m)]
    held = [m for m in meetings if m.status == MeetingStatus.HELD]
    by_group: dict[str, int] = {
        g.name: 0
        for g in s.scalars(
            select(ExpertGroup)
            .where(ExpertGroup.archived.is_(False), is_expert_group())
            .order_by(ExpertGroup.position)
        )
    }
    for m in held:
        for g in m.groups:
            by_group[g.name] = by_group.get(g.name, 0) + 1
    return MeetingProgress(
        target=tank.meeting_target,
        held=len(held),
        planned=sum(1 for m in meetings if m.status == MeetingStatus.PLANNED),
        cancelled=sum(1 for m in meetings if m.status == MeetingStatus.CANCELLED),
        joint_held=sum(1 for m in held if len(m.groups) > 1),
        held_by_group=by_group,
        steering_held=sum(1 for m in steering if m.status == MeetingStatus.HELD),
        steering_planned=sum(1 for m in steering if m.status == MeetingStatus.PLANNED),
    )


# ---------------------------------------------------------------- commitment


def commitment_counts(s: Session) -> dict[int, int]:
    """Member id -> meetings they are invited to (their group's meetings, not cancelled).

    A meeting counts for a member when it falls while they are a member: on
    or after joining (when known) and on or before withdrawing. Attendance
    (a later capability) will add how many they actually attended.
    """
    q = (
        select(Member.id, func.count(func.distinct(Meeting.id)))
        .join(meeting_groups, meeting_groups.c.group_id == Member.group_id)
        .join(Meeting, Meeting.id == meeting_groups.c.meeting_id)
        .where(
            Meeting.status != MeetingStatus.CANCELLED,
            or_(Member.joined_on.is_(None), Meeting.date >= Member.joined_on),
            or_(Member.withdrawn_on.is_(None), Meeting.date <= Member.withdrawn_on),
        )
        .group_by(Member.id)
    )
    return dict(s.execute(q).all())


@dataclass(frozen=True)
class Commitment:
    """Each member's meetings against the commitment range (2-4 by default).

    The steering committee's members (``exempt``) have no commitment: their
    meetings are counted, never judged.
    """

    minimum: int
    maximum: int
    counts: dict[int, int]  # meetings invited to (not cancelled)
    attended: dict[int, int] = field(default_factory=dict)  # meetings attended
    exempt: frozenset[int] = frozenset()  # members of the steering committee

    def committed(self, member_id: int) -> bool:
        """Whether the 2-4 commitment applies to the member (not to the steering committee's)."""
        return member_id not in self.exempt

    def count(self, member_id: int) -> int:
        return self.counts.get(member_id, 0)

    def attended_count(self, member_id: int) -> int:
        return self.attended.get(member_id, 0)

    def status(self, member_id: int) -> str | None:
        """'below' / 'above' the range, or None inside it (always None for the steering committee)."""
        if member_id in self.exempt:
            return None
        n = self.count(member_id)
        if n < self.minimum:
            return "below"
        if n > self.maximum:
            return "above"
        return None


def commitment(s: Session) -> Commitment:
    from tankapp.services.meeting_mode.attendance import attended_counts

    tank = require_think_tank(s)
    exempt = frozenset(
        s.scalars(select(Member.id).join(ExpertGroup, ExpertGroup.id == Member.group_id).where(is_steering_group()))
    )
    return Commitment(tank.commitment_min, tank.commitment_max, commitment_counts(s), attended_counts(s), exempt)
