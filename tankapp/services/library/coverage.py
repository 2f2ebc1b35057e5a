"""Coverage: which active expert group has been shown which presentation of the library, and when first.

The steering committee is no expert group and is not in the table.

Only held meetings count: a presentation on the agenda of a planned or
cancelled meeting has not been shown yet. The result is plain data
(:class:`Coverage`), safe outside a session; the Knowledge section's
coverage table and the demo's checks read it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tankapp.domain import AgendaItem, ExpertGroup, Meeting, Presentation, agenda_item_presentations, meeting_groups
from tankapp.domain.collation import sort_key
from tankapp.domain.enums import MeetingStatus
from tankapp.services.members.groups import is_expert_group


@dataclass(frozen=True)
class CoverageGroup:
    id: int
    name: str


@dataclass(frozen=True)
class CoveragePresentation:
    id: int
    title: str
    presenter: str
    presented_on: dt.date | None


@dataclass(frozen=True)
class Coverage:
    """Which group has been shown which presentation at a held meeting, and when first."""

    groups: tuple[CoverageGroup, ...]
    presentations: tuple[CoveragePresentation, ...]
    shown: dict[tuple[int, int], dt.date]  # (group_id, presentation_id) -> date of the first held meeting

    def shown_on(self, group_id: int, presentation_id: int) -> dt.date | None:
        return self.shown.get((group_id, presentation_id))

    def shown_count(self, group_id: int) -> int:
        ids = {p.id for p in self.presentations}
        return sum(1 for (g, p) in self.shown if g == group_id and p in ids)

    def missing_for(self, group_id: int) -> list[CoveragePresentation]:
        """The presentations this group has not been shown at a held meeting, in library order."""
        return [p for p in self.presentations if (group_id, p.id) not in self.shown]


def coverage(s: Session) -> Coverage:
    """The active expert groups × the library: the first held meeting where each group saw each presentation."""
    groups = tuple(
        CoverageGroup(g.id, g.name)
        for g in s.scalars(
            select(ExpertGroup)
            .where(ExpertGroup.archived.is_(False), is_expert_group())
            .order_by(ExpertGroup.position, ExpertGroup.id)
        )
    )
    presentations = sorted(
        (CoveragePresentation(p.id, p.title, p.presenter, p.presented_on) for p in s.scalars(select(Presentation))),
        # Oldest first, as they were given; undated at the end.
        key=lambda p: (p.presented_on is None, p.presented_on or dt.date.min, sort_key(p.title), p.id),
    )
    link = agenda_item_presentations
    q = (
        select(meeting_groups.c.group_id, link.c.presentation_id, func.min(Meeting.date))
        .select_from(link)
        .join(AgendaItem, AgendaItem.id == link.c.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(meeting_groups, meeting_groups.c.meeting_id == Meeting.id)
        .where(Meeting.status == MeetingStatus.HELD)
        .group_by(meeting_groups.c.group_id, link.c.presentation_id)
    )
    group_ids = {g.id for g in groups}
    shown = {(g, p): d for g, p, d in s.execute(q) if g in group_ids}
    return Coverage(groups=groups, presentations=tuple(presentations), shown=shown)


__all__ = ["Coverage", "CoverageGroup", "CoveragePresentation", "coverage"]
