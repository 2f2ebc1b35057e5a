"""What meeting mode shows beside the minutes: each item's presentations, and what was captured.

* :func:`item_presentations`: the library's presentations linked to each agenda
  item (a *vidensoplæg*), with their files, so the facilitator can open the
  slides from meeting mode.
* :func:`captured_contributions`: the knowledge contributions captured at the
  meeting (the decisions and action items are in the minutes already).

Each is one query, so opening meeting mode stays within its budget of statements.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tankapp.domain import AgendaItem, Attachment, Contribution, Member, Presentation, agenda_item_presentations
from tankapp.domain.collation import sort_key
from tankapp.domain.enums import ContributionKind, ContributionStatus
from tankapp.services.meetings.minutes import MeetingModeData, meeting_mode

# ---------------------------------------------------------------- presentations


@dataclass(frozen=True)
class LinkedFile:
    """A file of a presentation (open it with ``ops.library.open_copy(id)``)."""

    id: int
    file_name: str
    size: int


@dataclass(frozen=True)
class LinkedPresentation:
    """A presentation from the library linked to an agenda item."""

    id: int
    title: str
    presenter: str
    files: tuple[LinkedFile, ...]


def item_presentations(s: Session, meeting_id: int) -> dict[int, tuple[LinkedPresentation, ...]]:
    """Agenda item id -> its linked presentations (by title, Danish order) with their files: one query."""
    link = agenda_item_presentations
    q = (
        select(
            link.c.agenda_item_id,
            Presentation.id,
            Presentation.title,
            Presentation.presenter,
            Attachment.id,
            Attachment.file_name,
            Attachment.size,
        )
        .join(AgendaItem, AgendaItem.id == link.c.agenda_item_id)
        .join(Presentation, Presentation.id == link.c.presentation_id)
        .outerjoin(Attachment, Attachment.presentation_id == Presentation.id)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(link.c.agenda_item_id, Presentation.id, Attachment.file_name, Attachment.id)
    )
    found: dict[int, dict[int, tuple[str, str, list[LinkedFile]]]] = {}
    for item_id, pid, title, presenter, att_id, file_name, size in s.execute(q):
        per_item = found.setdefault(item_id, {})
        entry = per_item.setdefault(pid, (title, presenter, []))
        if att_id is not None:
            entry[2].append(LinkedFile(att_id, file_name, size))
    out: dict[int, tuple[LinkedPresentation, ...]] = {}
    for item_id, per_item in found.items():
        rows = [LinkedPresentation(pid, title, presenter, tuple(files))
                for pid, (title, presenter, files) in per_item.items()]
        rows.sort(key=lambda p: sort_key(p.title))
        out[item_id] = tuple(rows)
    return out


# ---------------------------------------------------------------- captured at the meeting


@dataclass(frozen=True)
class CapturedContribution:
    """A knowledge contribution captured at the meeting (as meeting mode lists it)."""

    id: int
    kind: ContributionKind
    title: str
    status: ContributionStatus
    agenda_item_id: int | None
    member_name: str | None  # the facilitator's own screen: named whatever the consent (documents check it)
    created_at: dt.datetime


def captured_contributions(s: Session, meeting_id: int) -> list[CapturedContribution]:
    """The meeting's contributions in the order they were captured (merged-away ones left out): one query."""
    q = (
        select(Contribution.id, Contribution.kind, Contribution.title, Contribution.status,
               Contribution.agenda_item_id, Member.name, Contribution.created_at)
        .outerjoin(Member, Member.id == Contribution.member_id)
        .where(Contribution.meeting_id == meeting_id, Contribution.merged_into_id.is_(None))
        .order_by(Contribution.id)
    )
    return [CapturedContribution(*row) for row in s.execute(q)]


# ---------------------------------------------------------------- everything meeting mode shows


@dataclass(frozen=True)
class MeetingModeView:
    """The minutes, attendance and the rest (:class:`MeetingModeData`), the items' presentations
    and the contributions captured so far: what meeting mode shows, read in one transaction."""

    data: MeetingModeData
    presentations: dict[int, tuple[LinkedPresentation, ...]]  # agenda item id -> linked presentations
    captured: list[CapturedContribution]


def meeting_mode_view(s: Session, meeting_id: int) -> MeetingModeView:
    """Everything meeting mode shows: about ten queries however many are invited."""
    return MeetingModeView(
        data=meeting_mode(s, meeting_id),
        presentations=item_presentations(s, meeting_id),
        captured=captured_contributions(s, meeting_id),
    )


__all__ = [
    "CapturedContribution",
    "MeetingModeView",
    "LinkedFile",
    "LinkedPresentation",
    "captured_contributions",
    "item_presentations",
    "meeting_mode_view",
]
