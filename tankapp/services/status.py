"""The overview a facilitator (and the steering committee) looks at first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tankapp.domain import Meeting, Member
from tankapp.domain.enums import MeetingStatus
from tankapp.services.members import groups as group_service
from tankapp.services.members.groups import GroupSummary
from tankapp.services.thinktank import require_think_tank


@dataclass(frozen=True)
class Overview:
    name: str
    period_start: dt.date
    period_end: dt.date
    meeting_target: int
    meetings_held: int
    meetings_planned: int
    active_members: int
    withdrawn_members: int
    groups: list[GroupSummary]

    @property
    def groups_outside_range(self) -> list[GroupSummary]:
        return [g for g in self.groups if not g.archived and g.size_warning]


def overview(s: Session) -> Overview:
    tank = require_think_tank(s)
    counts = dict(s.execute(select(Meeting.status, func.count()).group_by(Meeting.status)).all())
    withdrawn = s.scalar(select(func.count()).select_from(Member).where(Member.withdrawn_on.is_not(None))) or 0
    groups = group_service.list_groups(s)
    return Overview(
        name=tank.name,
        period_start=tank.period_start,
        period_end=tank.period_end,
        meeting_target=tank.meeting_target,
        meetings_held=counts.get(MeetingStatus.HELD, 0),
        meetings_planned=counts.get(MeetingStatus.PLANNED, 0),
        active_members=sum(g.member_count for g in groups),
        withdrawn_members=withdrawn,
        groups=groups,
    )
