"""Expert groups: list with member counts, create, rename, describe, archive."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tankapp.domain import ExpertGroup, Member
from tankapp.domain.collation import sort_key
from tankapp.domain.enums import ActorKind
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
