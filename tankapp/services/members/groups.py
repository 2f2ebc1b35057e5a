"""Expert groups: list with member counts, create, rename, describe, archive."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tankapp.domain import ExpertGroup, Meeting, Member, meeting_groups
from tankapp.domain.collation import sort_key
from tankapp.domain.enums import ActorKind, MeetingStatus
from tankapp.services.errors import NotFound, ValidationError, problem


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

    FIELDS = (
        "id", "uuid", "name", "actor_kind", "description", "member_count", "min_size", "max_size",
        "size_warning", "archived",
    )

    @property
    def size_warning(self) -> str | None:
        """'too_few' / 'too_many' when the active members fall outside the target range."""
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


def list_groups(s: Session, *, include_archived: bool = True) -> list[GroupSummary]:
    active = (
        select(Member.group_id, func.count(Member.id).label("n"))
        .where(Member.withdrawn_on.is_(None))
        .group_by(Member.group_id)
        .subquery()
    )
    q = select(ExpertGroup, func.coalesce(active.c.n, 0)).outerjoin(active, active.c.group_id == ExpertGroup.id)
    if not include_archived:
        q = q.where(ExpertGroup.archived.is_(False))
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
    if problems:
        raise ValidationError(problems)


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
