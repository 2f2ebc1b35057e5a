"""Expert groups: list with member counts, create, rename, describe, archive; and the steering committee.

**The steering committee** (*styregruppe*: representatives of regions,
municipalities and the partners; ViBIS plans and runs its meetings) is kept as
a group row whose ``actor_kind`` is :attr:`ActorKind.STEERING_COMMITTEE`, so its
members, meetings, agendas, attendance and minutes work as a group's (and its
members are named in its minutes by the same consent rule). It is *not* an
expert group: this module holds the one definition of "an expert group"
(:func:`is_expert_group`, :func:`is_steering_meeting`, :func:`steering_ids`),
and every figure of the project (the groups established, the meetings held
against the target, attendance against the commitment, the evaluation,
coverage, sharing, contributions) uses it so the steering committee never
counts. Its rules:

* a think tank has at most one (``steering_committee_exists``);
* a group that has meetings, evaluation rounds or contributions cannot change
  into the steering committee or back (``steering_kind_fixed``): its history
  would change what it counted toward;
* its size range does not apply (no size warning), and its members have no
  meeting commitment (see :mod:`tankapp.services.meetings.planning`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tankapp.domain import Contribution, EvaluationRound, ExpertGroup, Meeting, Member, meeting_groups
from tankapp.domain.collation import sort_key
from tankapp.domain.enums import ActorKind, MeetingStatus
from tankapp.services.errors import NotFound, ValidationError, problem

STEERING = ActorKind.STEERING_COMMITTEE
STEERING_NAME = "Styregruppe"  # the name a new steering committee gets
STEERING_DESCRIPTION = "Repræsentanter for regioner, kommuner og projektets partnere. ViBIS planlægger og leder møderne."


# ---------------------------------------------------------------- what an expert group is


def is_expert_group():
    """SQL condition on :class:`ExpertGroup`: an expert group, not the steering committee."""
    return ExpertGroup.actor_kind != STEERING


def is_steering_group():
    """SQL condition on :class:`ExpertGroup`: the steering committee."""
    return ExpertGroup.actor_kind == STEERING


def is_steering_meeting():
    """SQL condition on :class:`Meeting`: a meeting of the steering committee (never mixed with expert groups)."""
    return Meeting.groups.any(is_steering_group())


def steering_ids(s: Session) -> set[int]:
    """The ids of the steering committee's group rows (at most one; archived included)."""
    return set(s.scalars(select(ExpertGroup.id).where(is_steering_group())))


def expert_group_ids(s: Session, *, include_archived: bool = False) -> set[int]:
    """The ids of the expert groups (not archived unless asked), never the steering committee."""
    q = select(ExpertGroup.id).where(is_expert_group())
    if not include_archived:
        q = q.where(ExpertGroup.archived.is_(False))
    return set(s.scalars(q))


@dataclass(frozen=True)
class GroupSummary:
    id: int
    uuid: uuid.UUID
    name: str
    actor_kind: ActorKind
    description: str
    min_size: int
    max_size: int
    archived: bool
    member_count: int  # active (not withdrawn) members

    @property
    def steering(self) -> bool:
        """The steering committee, not an expert group."""
        return self.actor_kind == STEERING

    FIELDS = (
        "id", "uuid", "name", "actor_kind", "description", "member_count", "min_size", "max_size",
        "size_warning", "archived",
    )

    @property
    def size_warning(self) -> str | None:
        """'too_few' / 'too_many' when the active members fall outside the target range.

        The steering committee has no target size: never a warning.
        """
        if self.steering:
            return None
        if self.member_count < self.min_size:
            return "too_few"
        if self.member_count > self.max_size:
            return "too_many"
        return None

    def as_dict(self) -> dict:
        """The row for CSV and JSON output; keys are :attr:`FIELDS`, in that order."""
        return {
            "id": self.id,
            "uuid": str(self.uuid),
            "name": self.name,
            "actor_kind": self.actor_kind.value,
            "description": self.description,
            "member_count": self.member_count,
            "min_size": self.min_size,
            "max_size": self.max_size,
            "size_warning": self.size_warning,
            "archived": self.archived,
        }


@dataclass
class GroupInput:
    name: str
    actor_kind: ActorKind = ActorKind.OTHER
    description: str = ""
    min_size: int = 10
    max_size: int = 20


def list_groups(
    s: Session, *, include_archived: bool = True, expert_only: bool = False
) -> list[GroupSummary]:
    """The groups with their active members; ``expert_only`` leaves the steering committee out."""
    active = (
        select(Member.group_id, func.count(Member.id).label("n"))
        .where(Member.withdrawn_on.is_(None))
        .group_by(Member.group_id)
        .subquery()
    )
    q = select(ExpertGroup, func.coalesce(active.c.n, 0)).outerjoin(active, active.c.group_id == ExpertGroup.id)
    if not include_archived:
        q = q.where(ExpertGroup.archived.is_(False))
    if expert_only:
        q = q.where(is_expert_group())
    q = q.order_by(ExpertGroup.archived, ExpertGroup.position, ExpertGroup.id)
    return [
        GroupSummary(
            id=g.id,
            uuid=g.uuid,
            name=g.name,
            actor_kind=g.actor_kind,
            description=g.description,
            min_size=g.min_size,
            max_size=g.max_size,
            archived=g.archived,
            member_count=n,
        )
        for g, n in s.execute(q)
    ]


def get_group(s: Session, group_id: int) -> ExpertGroup:
    group = s.get(ExpertGroup, group_id)
    if group is None:
        raise NotFound(problem("group_not_found", f"There is no group with id {group_id}.", id=group_id))
    return group


def find_group(s: Session, name: str) -> ExpertGroup:
    """The group called ``name`` (case and surrounding space ignored).

    A blank name names no group (it is never "all groups"): NotFound, like an unknown name.
    """
    wanted = (name or "").strip().casefold()
    groups = list(s.scalars(select(ExpertGroup)))
    for g in groups:
        if wanted and g.name.strip().casefold() == wanted:
            return g
    known = ", ".join(sorted((g.name for g in groups), key=sort_key)) or "none"
    raise NotFound(
        problem("group_name_not_found", f"There is no group named '{name}' (groups: {known}).", name=name)
    )


def _validate(s: Session, data: GroupInput, group_id: int | None) -> None:
    problems = []
    name = (data.name or "").strip()
    if not name:
        problems.append(problem("group_name_required", "The group needs a name.", "name"))
    else:
        # Compared in Python (Æ/Ø/Å fold as in casefold(); SQL's lower() would not in SQLite).
        wanted = name.casefold()
        others = s.scalars(select(ExpertGroup).where(ExpertGroup.id != (group_id or -1)).order_by(ExpertGroup.id))
        clash = next((g for g in others if g.name.casefold() == wanted), None)
        if clash is not None:
            problems.append(problem("group_name_taken", f"There is already a group named {clash.name}.", "name", name=clash.name))
    if data.min_size < 0 or data.max_size < data.min_size:
        problems.append(problem("group_size_range", "The size range must have its minimum at or below its maximum.", "min_size"))
    problems += _steering_problems(s, data, group_id)
    if problems:
        raise ValidationError(problems)


def _steering_problems(s: Session, data: GroupInput, group_id: int | None) -> list:
    """At most one steering committee; no group with a history changes into it or out of it."""
    wants = data.actor_kind == STEERING
    if wants:
        other = s.scalar(
            select(ExpertGroup).where(is_steering_group(), ExpertGroup.id != (group_id or -1)).limit(1)
        )
        if other is not None:
            return [problem("steering_committee_exists", f"The think tank already has a steering committee: "
                            f"{other.name}.", "actor_kind", name=other.name)]
    if group_id is None:
        return []
    group = s.get(ExpertGroup, group_id)
    if group is None or (group.actor_kind == STEERING) == wants:
        return []
    used = any(
        s.scalar(q.limit(1)) is not None
        for q in (
            select(meeting_groups.c.meeting_id).where(meeting_groups.c.group_id == group_id),
            select(EvaluationRound.id).where(EvaluationRound.groups.any(ExpertGroup.id == group_id)),
            select(Contribution.id).where(Contribution.group_id == group_id),
        )
    )
    if not used:
        return []
    message = (
        f"{group.name} has meetings or evaluations as an expert group; it cannot become the steering committee."
        if wants
        else f"{group.name} has meetings as the steering committee; it cannot become an expert group."
    )
    return [problem("steering_kind_fixed", message, "actor_kind", name=group.name)]


def create_group(s: Session, data: GroupInput) -> ExpertGroup:
    _validate(s, data, None)
    position = (s.scalar(select(func.max(ExpertGroup.position))) or 0) + 1
    group = ExpertGroup(
        name=data.name.strip(),
        actor_kind=data.actor_kind,
        description=(data.description or "").strip(),
        min_size=data.min_size,
        max_size=data.max_size,
        position=position,
    )
    s.add(group)
    s.flush()
    return group


def steering_committee(s: Session) -> GroupSummary | None:
    """The steering committee (archived too), or None when the think tank has none."""
    return next((g for g in list_groups(s) if g.steering), None)


def create_steering_committee(s: Session, name: str = STEERING_NAME, description: str = STEERING_DESCRIPTION) -> ExpertGroup:
    """Add the steering committee (refused when there is one): a group of its own kind, listed after the groups."""
    return create_group(
        s, GroupInput(name=name, actor_kind=STEERING, description=description, min_size=0, max_size=0)
    )


def update_group(s: Session, group_id: int, data: GroupInput) -> ExpertGroup:
    group = get_group(s, group_id)
    _validate(s, data, group_id)
    group.name = data.name.strip()
    group.actor_kind = data.actor_kind
    group.description = (data.description or "").strip()
    group.min_size = data.min_size
    group.max_size = data.max_size
    s.flush()
    return group


def set_archived(s: Session, group_id: int, archived: bool) -> ExpertGroup:
    """Archive (hide from new work) or restore a group; its members and history stay."""
    group = get_group(s, group_id)
    group.archived = archived
    s.flush()
    return group


@dataclass(frozen=True)
class ArchiveImpact:
    """What archiving a group touches: asked about before it is done."""

    group: str
    members: int  # active (not withdrawn) members
    planned_meetings: int  # meetings of the group (joint ones too) still planned

    @property
    def asks(self) -> bool:
        """Archiving this group should be confirmed first (it has members or planned meetings)."""
        return self.members > 0 or self.planned_meetings > 0


def archive_impact(s: Session, group_id: int) -> ArchiveImpact:
    """How many active members and planned meetings the group has (one short read)."""
    group = get_group(s, group_id)
    members = s.scalar(
        select(func.count(Member.id)).where(Member.group_id == group_id, Member.withdrawn_on.is_(None))
    )
    planned = s.scalar(
        select(func.count(Meeting.id)).where(
            Meeting.status == MeetingStatus.PLANNED,
            Meeting.id.in_(select(meeting_groups.c.meeting_id).where(meeting_groups.c.group_id == group_id)),
        )
    )
    return ArchiveImpact(group=group.name, members=members or 0, planned_meetings=planned or 0)


# ---------------------------------------------------------------- e-mail addresses for an invitation


@dataclass(frozen=True)
class InvitationAddresses:
    """The group's active members' e-mail addresses, ready to paste into an e-mail's address field."""

    group: str
    text: str  # 'Åse Kjærgaard <aase@example.dk>; "Hansen, Jens" <jens@example.dk>'
    count: int  # addresses in :attr:`text`
    without_email: tuple[str, ...]  # active members who have no e-mail address (Danish order)


# Characters that make a display name need quotes in an address list (RFC 5322 "specials").
_SPECIALS = set('()<>[]:;@\\,."')


def address_entry(name: str, email: str) -> str:
    """``Name <email>``, the name quoted when it holds a comma, semicolon or the like.

    Line breaks and control characters in the name become spaces; a name that is
    empty gives the bare address. Letters outside ASCII (æ, ø, å) stay as they
    are: mail programs accept them when pasted.
    """
    clean = " ".join("".join(ch if ch.isprintable() else " " for ch in name or "").split())
    if not clean:
        return email
    if any(ch in _SPECIALS for ch in clean):
        clean = '"' + clean.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{clean} <{email}>"


def invitation_addresses(s: Session, group_id: int) -> InvitationAddresses:
    """The active (not withdrawn) members of the group with an e-mail address, as one address list.

    Sorted the Danish way by name; the members without an address are named apart,
    so the facilitator can reach them another way.
    """
    group = get_group(s, group_id)
    members = sorted(
        s.scalars(select(Member).where(Member.group_id == group_id, Member.withdrawn_on.is_(None))),
        key=lambda m: sort_key(m.name),
    )
    with_email = [m for m in members if (m.email or "").strip()]
    return InvitationAddresses(
        group=group.name,
        text="; ".join(address_entry(m.name, m.email.strip()) for m in with_email),
        count=len(with_email),
        without_email=tuple(m.name for m in members if not (m.email or "").strip()),
    )
