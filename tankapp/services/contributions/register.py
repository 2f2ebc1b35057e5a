"""Knowledge contributions (*vidensbidrag*) back to ViBIS, sorted by ViBIS's framework.

The framework (the inspiration catalogue): three kinds of involvement
(organisational, individual, relatives) judged by three criteria (Rammer,
Proces, Anvendelse). A contribution sits in the matrix cell of its kind of
involvement for each criterion it shows; one with no kind of involvement or no
criterion yet is *unclassified* and shown as such so the facilitator can sort it.

Contributions come from the expert groups: the steering committee gives none
(``contribution_steering``), so no figure of contributions ever counts it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tankapp.domain import Contribution, ExpertGroup, Meeting, Member
from tankapp.domain.enums import (
    ActorKind,
    ContributionInvolvement as Inv,
    ContributionKind as Kind,
    ContributionStatus as Status,
    Criterion,
    Setting,
)
from tankapp.domain.rules import clean_text
from tankapp.domain.collation import search_fold, search_text
from tankapp.services.errors import NotFound, ServiceError, ValidationError, problem

CRITERIA = (Criterion.FRAMES, Criterion.PROCESS, Criterion.USE)
_FLAG = {Criterion.FRAMES: "criterion_frames", Criterion.PROCESS: "criterion_process", Criterion.USE: "criterion_use"}


@dataclass
class ContributionInput:
    title: str = ""
    text: str = ""
    kind: Kind = Kind.EXAMPLE
    involvement: Inv = Inv.UNSPECIFIED
    criteria: set[Criterion] = field(default_factory=set)
    setting: Setting = Setting.UNSPECIFIED
    group_id: int | None = None
    meeting_id: int | None = None
    agenda_item_id: int | None = None
    member_id: int | None = None
    status: Status = Status.DRAFT

    @classmethod
    def from_contribution(cls, c: Contribution) -> ContributionInput:
        return cls(
            title=c.title,
            text=c.text,
            kind=c.kind,
            involvement=c.involvement,
            criteria={k for k, flag in _FLAG.items() if getattr(c, flag)},
            setting=c.setting,
            group_id=c.group_id,
            meeting_id=c.meeting_id,
            agenda_item_id=c.agenda_item_id,
            member_id=c.member_id,
            status=c.status,
        )


@dataclass(frozen=True)
class ContributionRow:
    id: int
    uuid: uuid.UUID
    title: str
    text: str
    kind: Kind
    involvement: Inv
    criteria: tuple[Criterion, ...]
    setting: Setting
    status: Status
    sent_on: dt.date | None
    group_id: int
    group: str
    meeting_id: int | None
    meeting_title: str | None
    meeting_date: dt.date | None
    agenda_item_id: int | None
    member_id: int | None
    member_name: str | None
    member_consent_named: bool
    created_at: dt.datetime

    @property
    def classified(self) -> bool:
        return self.involvement != Inv.UNSPECIFIED and bool(self.criteria)

    @property
    def named_member(self) -> str | None:
        """The member's name only if they agreed to be named in documents sent to ViBIS."""
        return self.member_name if self.member_consent_named else None

    FIELDS = (
        "id", "uuid", "title", "text", "kind", "involvement", "criteria", "setting", "group", "meeting_id",
        "meeting_title", "meeting_date", "member", "status", "sent_on",
    )

    def as_dict(self) -> dict:
        """For CSV/JSON leaving the app: the member only where consent was given."""
        return {
            "id": self.id,
            "uuid": str(self.uuid),
            "title": self.title,
            "text": self.text,
            "kind": self.kind.value,
            "involvement": self.involvement.value,
            "criteria": [c.value for c in self.criteria],
            "setting": self.setting.value,
            "group": self.group,
            "meeting_id": self.meeting_id,
            "meeting_title": self.meeting_title,
            "meeting_date": self.meeting_date.isoformat() if self.meeting_date else None,
            "member": self.named_member,
            "status": self.status.value,
            "sent_on": self.sent_on.isoformat() if self.sent_on else None,
        }


def _row(c: Contribution) -> ContributionRow:
    return ContributionRow(
        id=c.id,
        uuid=c.uuid,
        title=c.title,
        text=c.text,
        kind=c.kind,
        involvement=c.involvement,
        criteria=tuple(k for k in CRITERIA if getattr(c, _FLAG[k])),
        setting=c.setting,
        status=c.status,
        sent_on=c.sent_on,
        group_id=c.group_id,
        group=c.group.name,
        meeting_id=c.meeting_id,
        meeting_title=c.meeting.title if c.meeting else None,
        meeting_date=c.meeting.date if c.meeting else None,
        agenda_item_id=c.agenda_item_id,
        member_id=c.member_id,
        member_name=c.member.name if c.member else None,
        member_consent_named=bool(c.member and c.member.consent_named),
        created_at=c.created_at,
    )


# ---------------------------------------------------------------- write


def _validate(s: Session, data: ContributionInput) -> None:
    problems = []
    if not clean_text(data.title):
        problems.append(problem("contribution_title_required", "Give the contribution a short title.", "title"))
    group = s.get(ExpertGroup, data.group_id) if data.group_id is not None else None
    if group is None:
        problems.append(problem("group_required", "Choose the group the contribution comes from.", "group_id"))
    elif group.actor_kind == ActorKind.STEERING_COMMITTEE:
        problems.append(problem("contribution_steering", "Knowledge contributions come from the expert groups; "
                                "the steering committee gives none.", "group_id"))
    if data.meeting_id is not None and s.get(Meeting, data.meeting_id) is None:
        problems.append(problem("meeting_not_found", "The meeting no longer exists.", "meeting_id"))
    if data.member_id is not None and s.get(Member, data.member_id) is None:
        problems.append(problem("member_not_found", "The member no longer exists.", "member_id"))
    if problems:
        raise ValidationError(problems)


def _apply(c: Contribution, data: ContributionInput) -> None:
    c.title = clean_text(data.title)
    c.text = (data.text or "").strip()
    c.kind = data.kind
    c.involvement = data.involvement
    for k, flag in _FLAG.items():
        setattr(c, flag, k in data.criteria)
    c.setting = data.setting
    c.group_id = data.group_id
    c.meeting_id = data.meeting_id
    c.agenda_item_id = data.agenda_item_id
    c.member_id = data.member_id
    if data.status != Status.SENT:
        c.status = data.status
        c.sent_on = None
    elif c.status != Status.SENT:
        c.status, c.sent_on = Status.SENT, dt.date.today()


def create_contribution(s: Session, data: ContributionInput) -> Contribution:
    _validate(s, data)
    c = Contribution()
    _apply(c, data)
    s.add(c)
    s.flush()
    return c


def get_contribution(s: Session, contribution_id: int) -> Contribution:
    c = s.get(Contribution, contribution_id)
    if c is None:
        raise NotFound(problem("contribution_not_found", f"There is no contribution with id {contribution_id}.",
                               id=contribution_id))
    return c


def update_contribution(s: Session, contribution_id: int, data: ContributionInput) -> Contribution:
    c = get_contribution(s, contribution_id)
    _validate(s, data)
    _apply(c, data)
    s.flush()
    return c


def classify(s: Session, contribution_id: int, involvement: Inv, criteria: set[Criterion]) -> Contribution:
    """Sort a contribution into the matrix (from the matrix view)."""
    c = get_contribution(s, contribution_id)
    c.involvement = involvement
    for k, flag in _FLAG.items():
        setattr(c, flag, k in criteria)
    s.flush()
    return c


def set_status(s: Session, contribution_id: int, status: Status, on: dt.date | None = None) -> Contribution:
    c = get_contribution(s, contribution_id)
    c.status = status
    c.sent_on = (on or dt.date.today()) if status == Status.SENT else None
    s.flush()
    return c


def delete_contribution(s: Session, contribution_id: int) -> None:
    s.delete(get_contribution(s, contribution_id))
    s.flush()


def merge(s: Session, keep_id: int, other_id: int) -> Contribution:
    """Two contributions that say the same thing become one.

    The kept one gets the other's text appended (when it differs), the union of
    criteria, a kind of involvement if it had none, and the member if it had
    none; the other is kept as history, marked merged, and leaves the register.
    """
    if keep_id == other_id:
        raise ServiceError(problem("merge_same", "Choose two different contributions to merge."))
    keep, other = get_contribution(s, keep_id), get_contribution(s, other_id)
    if keep.merged_into_id or other.merged_into_id:
        raise ServiceError(problem("merge_merged", "One of them is already merged into another contribution."))
    if other.text and other.text not in keep.text:
        keep.text = f"{keep.text}\n\n{other.text}".strip()
    for flag in _FLAG.values():
        setattr(keep, flag, getattr(keep, flag) or getattr(other, flag))
    if keep.involvement == Inv.UNSPECIFIED:
        keep.involvement = other.involvement
    if keep.setting == Setting.UNSPECIFIED:
        keep.setting = other.setting
    keep.member_id = keep.member_id or other.member_id
    other.merged_into_id = keep.id
    s.flush()
    return keep


# ---------------------------------------------------------------- read


@dataclass
class ContributionFilter:
    group_id: int | None = None
    meeting_id: int | None = None
    kind: Kind | None = None
    involvement: Inv | None = None
    criterion: Criterion | None = None
    status: Status | None = None
    text: str = ""
    unclassified_only: bool = False
    unsent_only: bool = False

    def matches(self, r: ContributionRow) -> bool:
        if self.group_id is not None and r.group_id != self.group_id:
            return False
        if self.meeting_id is not None and r.meeting_id != self.meeting_id:
            return False
        if self.kind is not None and r.kind != self.kind:
            return False
        if self.involvement is not None and r.involvement != self.involvement:
            return False
        if self.criterion is not None and self.criterion not in r.criteria:
            return False
        if self.status is not None and r.status != self.status:
            return False
        if self.unclassified_only and r.classified:
            return False
        if self.unsent_only and r.status == Status.SENT:
            return False
        words = search_fold(self.text).split()  # "aase" finds Åse, "oster" Østergaard
        haystack = search_text(f"{r.title} {r.text} {r.group} {r.meeting_title or ''}")
        return all(w in haystack for w in words)


def list_contributions(s: Session, flt: ContributionFilter | None = None) -> list[ContributionRow]:
    """The register (merged-away contributions left out), newest meeting first."""
    q = (
        select(Contribution)
        .where(Contribution.merged_into_id.is_(None))
        .options(
            selectinload(Contribution.group), selectinload(Contribution.meeting), selectinload(Contribution.member)
        )
        .order_by(Contribution.id)
    )
    rows = [_row(c) for c in s.scalars(q)]
    rows.sort(key=lambda r: (r.meeting_date or dt.date.min, r.id), reverse=True)
    return [r for r in rows if flt is None or flt.matches(r)]


@dataclass(frozen=True)
class Matrix:
    """Kinds of involvement (rows) against the three criteria (columns).

    ``cells[(involvement, criterion)]`` lists the contributions in that cell; a
    contribution with several criteria is in several cells. ``unclassified``
    holds those without a kind of involvement or without any criterion.
    """

    cells: dict[tuple[Inv, Criterion], list[ContributionRow]]
    unclassified: list[ContributionRow]
    total: int

    def count(self, involvement: Inv, criterion: Criterion, kind: Kind | None = None) -> int:
        rows = self.cells.get((involvement, criterion), [])
        return len(rows) if kind is None else sum(1 for r in rows if r.kind == kind)


MATRIX_ROWS = (Inv.ORGANISATIONAL, Inv.INDIVIDUAL, Inv.RELATIVES)


def matrix(rows: list[ContributionRow]) -> Matrix:
    cells: dict[tuple[Inv, Criterion], list[ContributionRow]] = {(i, c): [] for i in MATRIX_ROWS for c in CRITERIA}
    unclassified = []
    for r in rows:
        if not r.classified:
            unclassified.append(r)
            continue
        for c in r.criteria:
            cells[(r.involvement, c)].append(r)
    return Matrix(cells, unclassified, len(rows))


def mark_sent(s: Session, contribution_ids: list[int], on: dt.date | None = None) -> int:
    """Record that these went to ViBIS (an export of a selection does this).

    Only reviewed contributions become sent (on *on*, default today): a draft is
    never marked sent, and one sent before keeps its first sent date. Returns how
    many were newly marked sent.
    """
    on = on or dt.date.today()
    n = 0
    for c in s.scalars(select(Contribution).where(Contribution.id.in_(list(contribution_ids)))):
        if c.status == Status.DRAFT:
            continue
        if c.status == Status.SENT and c.sent_on is not None:
            continue  # sent before: the first sent date stays
        c.status, c.sent_on = Status.SENT, on
        n += 1
    s.flush()
    return n


# ---------------------------------------------------------------- plain rows and combined writes (for the GUI)


def contribution_row(s: Session, contribution_id: int) -> ContributionRow:
    """One contribution as a plain row (raises NotFound)."""
    return _row(get_contribution(s, contribution_id))


def contribution_rows(s: Session, contribution_ids) -> list[ContributionRow]:
    """The register's rows of these contributions (deleted and merged-away ones left out)."""
    ids = list(contribution_ids)
    if not ids:
        return []
    q = (
        select(Contribution)
        .where(Contribution.id.in_(ids), Contribution.merged_into_id.is_(None))
        .options(
            selectinload(Contribution.group), selectinload(Contribution.meeting), selectinload(Contribution.member)
        )
    )
    return [_row(c) for c in s.scalars(q)]


def input_from_row(r: ContributionRow) -> ContributionInput:
    """The row's data as the edit form takes it (like :meth:`ContributionInput.from_contribution`)."""
    return ContributionInput(
        title=r.title,
        text=r.text,
        kind=r.kind,
        involvement=r.involvement,
        criteria=set(r.criteria),
        setting=r.setting,
        group_id=r.group_id,
        meeting_id=r.meeting_id,
        agenda_item_id=r.agenda_item_id,
        member_id=r.member_id,
        status=r.status,
    )


def save_contribution(
    s: Session, contribution_id: int | None, data: ContributionInput, sent_on: dt.date | None = None
) -> Contribution:
    """Create (``contribution_id`` None) or update a contribution; with ``sent_on``, record it as sent that day."""
    if contribution_id is None:
        c = create_contribution(s, data)
    else:
        c = update_contribution(s, contribution_id, data)
    if sent_on is not None:
        c = set_status(s, c.id, Status.SENT, on=sent_on)
    return c


@dataclass(frozen=True)
class CaptureMember:
    """A member as the capture form offers them: named only with consent; their group decides the contribution's."""

    id: int
    name: str
    consent_named: bool
    group_id: int
    group: str


def capture_members(s: Session, member_ids) -> dict[int, CaptureMember]:
    """These members (missing ones left out), with their consent and group: one query."""
    ids = list(member_ids)
    if not ids:
        return {}
    q = select(Member, ExpertGroup.name).join(ExpertGroup, Member.group_id == ExpertGroup.id).where(Member.id.in_(ids))
    return {m.id: CaptureMember(m.id, m.name, m.consent_named, m.group_id, group) for m, group in s.execute(q)}
