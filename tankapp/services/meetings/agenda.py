"""Agendas: items in order, computed start times, templates.

Start times are never stored. Each item starts when the one before it ends,
the first at the meeting's start; :func:`agenda` computes them and says how
far the agenda runs past the meeting's end.

Every edit here is small and reversible on purpose: the GUI wraps each in a
``QUndoCommand`` (add/remove with :class:`ItemSnapshot`, move, edit).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from tankapp.domain import AgendaItem, AgendaTemplate, AgendaTemplateItem, Presentation
from tankapp.domain.base import danish_order
from tankapp.domain.enums import AgendaItemKind as Kind
from tankapp.domain.enums import MeetingFormat
from tankapp.domain.rules import clean_text
from tankapp.services.errors import NotFound, Problem, ServiceError, ValidationError, problem
from tankapp.services.meetings.planning import MeetingSummary, get_meeting, meeting_summary

MAX_ITEM_MINUTES = 8 * 60


@dataclass
class ItemInput:
    title: str = ""
    kind: Kind = Kind.OTHER
    planned_minutes: int = 15
    presenter: str = ""
    description: str = ""
    presentation_ids: list[int] = field(default_factory=list)

    @classmethod
    def from_item(cls, item: AgendaItem) -> ItemInput:
        return cls(
            title=item.title,
            kind=item.kind,
            planned_minutes=item.planned_minutes,
            presenter=item.presenter,
            description=item.description,
            presentation_ids=[p.id for p in item.presentations],
        )


@dataclass(frozen=True)
class AgendaRow:
    id: int
    uuid: uuid.UUID
    position: int
    title: str
    kind: Kind
    planned_minutes: int
    presenter: str
    description: str
    start: dt.time
    end: dt.time
    presentations: tuple[tuple[int, str], ...]  # (id, title)
    overruns: bool  # ends after the meeting's end


@dataclass(frozen=True)
class Agenda:
    meeting: MeetingSummary
    rows: list[AgendaRow]

    @property
    def planned_end(self) -> dt.time:
        return self.rows[-1].end if self.rows else self.meeting.start

    @property
    def total_minutes(self) -> int:
        return sum(r.planned_minutes for r in self.rows)

    @property
    def overrun_minutes(self) -> int:
        """How many minutes the items run past the meeting's end (0 if they fit)."""
        available = _minutes(self.meeting.end) - _minutes(self.meeting.start)
        return max(self.total_minutes - available, 0)


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def _clock(minutes: int) -> dt.time:
    """Minutes after midnight as a time; past midnight it stops at 23:59."""
    minutes = min(minutes, 23 * 60 + 59)
    return dt.time(minutes // 60, minutes % 60)


def agenda(s: Session, meeting_id: int) -> Agenda:
    meeting = get_meeting(s, meeting_id)
    items = s.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id)
        .options(selectinload(AgendaItem.presentations))
        .order_by(AgendaItem.position, AgendaItem.id)
    ).all()
    end_of_meeting = _minutes(meeting.end)
    at = _minutes(meeting.start)
    rows = []
    for item in items:
        start, at = at, at + item.planned_minutes
        rows.append(
            AgendaRow(
                id=item.id,
                uuid=item.uuid,
                position=item.position,
                title=item.title,
                kind=item.kind,
                planned_minutes=item.planned_minutes,
                presenter=item.presenter,
                description=item.description,
                start=_clock(start),
                end=_clock(at),
                presentations=tuple((p.id, p.title) for p in item.presentations),
                overruns=at > end_of_meeting,
            )
        )
    return Agenda(meeting=meeting_summary(s, meeting_id), rows=rows)


# ---------------------------------------------------------------- items


def validate_item(data: ItemInput) -> list[Problem]:
    problems = []
    if not clean_text(data.title):
        problems.append(problem("item_title_required", "The agenda item needs a title.", "title"))
    if not 0 <= data.planned_minutes <= MAX_ITEM_MINUTES:
        problems.append(
            problem("item_minutes_range", f"Planned minutes must be between 0 and {MAX_ITEM_MINUTES}.", "planned_minutes")
        )
    return problems


def _apply(s: Session, item: AgendaItem, data: ItemInput) -> None:
    problems = validate_item(data)
    if problems:
        raise ValidationError(problems)
    item.title = clean_text(data.title)
    item.kind = data.kind
    item.planned_minutes = data.planned_minutes
    item.presenter = clean_text(data.presenter)
    item.description = (data.description or "").rstrip()
    wanted = list(dict.fromkeys(data.presentation_ids))
    found = {p.id: p for p in s.scalars(select(Presentation).where(Presentation.id.in_(wanted)))}
    if len(found) != len(wanted):
        raise ValidationError([problem("presentation_not_found", "A linked presentation no longer exists.", "presentations")])
    item.presentations = [found[i] for i in wanted]


def _items(s: Session, meeting_id: int) -> list[AgendaItem]:
    return list(
        s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position, AgendaItem.id))
    )


def _renumber(items: list[AgendaItem]) -> None:
    for pos, item in enumerate(items):
        if item.position != pos:
            item.position = pos


def item_id_for(s: Session, record_uuid: uuid.UUID) -> int:
    """The current id of the item with this UUID (ids change when undo re-creates an item)."""
    item_id = s.scalar(select(AgendaItem.id).where(AgendaItem.uuid == record_uuid))
    if item_id is None:
        raise NotFound(problem("item_not_found", "The agenda item no longer exists.", uuid=str(record_uuid)))
    return item_id


def get_item(s: Session, item_id: int) -> AgendaItem:
    item = s.get(AgendaItem, item_id)
    if item is None:
        raise NotFound(problem("item_not_found", f"There is no agenda item with id {item_id}.", id=item_id))
    return item


def add_item(
    s: Session,
    meeting_id: int,
    data: ItemInput,
    *,
    position: int | None = None,
    record_uuid: uuid.UUID | None = None,
) -> AgendaItem:
    """Insert an item at ``position`` (default: last). ``record_uuid`` restores a removed item (undo)."""
    meeting = get_meeting(s, meeting_id)
    items = _items(s, meeting_id)
    item = AgendaItem(position=0)
    if record_uuid is not None:
        item.uuid = record_uuid
    _apply(s, item, data)
    meeting.agenda.append(item)  # keeps the loaded collection in step
    position = len(items) if position is None else max(0, min(position, len(items)))
    items.insert(position, item)
    _renumber(items)
    s.flush()
    return item


def update_item(s: Session, item_id: int, data: ItemInput) -> AgendaItem:
    item = get_item(s, item_id)
    _apply(s, item, data)
    s.flush()
    return item


@dataclass(frozen=True)
class ItemSnapshot:
    """What it takes to put a removed item back where it was, as the same record."""

    meeting_id: int
    position: int
    uuid: uuid.UUID
    data: ItemInput


def remove_item(s: Session, item_id: int) -> ItemSnapshot:
    item = get_item(s, item_id)
    snapshot = ItemSnapshot(item.meeting_id, item.position, item.uuid, ItemInput.from_item(item))
    meeting_id = item.meeting_id
    item.meeting.agenda.remove(item)  # delete-orphan removes the row
    s.flush()
    _renumber(_items(s, meeting_id))
    s.flush()
    return snapshot


def add_items(
    s: Session,
    meeting_id: int,
    items: list[ItemInput],
    *,
    record_uuids: list[uuid.UUID] | None = None,
) -> list[AgendaItem]:
    """Append several items in order (a template's); ``record_uuids`` re-creates them as the same records (redo)."""
    if record_uuids is not None and len(record_uuids) != len(items):
        raise ValueError("one UUID per item")
    uuids = record_uuids if record_uuids is not None else [None] * len(items)
    return [
        add_item(s, meeting_id, replace(data, presentation_ids=list(data.presentation_ids)), record_uuid=u)
        for data, u in zip(items, uuids)
    ]


def restore_item(s: Session, snapshot: ItemSnapshot) -> AgendaItem:
    return add_item(s, snapshot.meeting_id, snapshot.data, position=snapshot.position, record_uuid=snapshot.uuid)


def move_item(s: Session, item_id: int, new_position: int) -> int:
    """Move an item to ``new_position`` (clamped); returns the position it had."""
    item = get_item(s, item_id)
    items = _items(s, item.meeting_id)
    old = items.index(item)
    items.pop(old)
    items.insert(max(0, min(new_position, len(items))), item)
    _renumber(items)
    s.flush()
    return old


# ---------------------------------------------------------------- templates

# The built-in agendas, from the think tank's plan: every meeting presents new
# knowledge, discusses how to spread it, and collects contributions back to ViBIS.
BUILTIN_TEMPLATES: dict[str, tuple[str, MeetingFormat, list[tuple[str, Kind, int]]]] = {
    "builtin:half_day": (
        "Halvdagsmøde (standard)",
        MeetingFormat.HALF_DAY,
        [
            ("Velkomst og præsentation", Kind.WELCOME, 15),
            ("Vidensoplæg", Kind.KNOWLEDGE_PRESENTATION, 45),
            ("Pause", Kind.BREAK, 15),
            ("Drøftelse: Hvordan spreder vi den nye viden?", Kind.DISSEMINATION_DISCUSSION, 50),
            ("Runde: vidensbidrag til ViBIS", Kind.CONTRIBUTIONS_ROUND, 40),
            ("Evaluering og tak for i dag", Kind.EVALUATION, 15),
        ],
    ),
    "builtin:full_day": (
        "Heldagsmøde (standard)",
        MeetingFormat.FULL_DAY,
        [
            ("Velkomst og præsentation", Kind.WELCOME, 20),
            ("Vidensoplæg", Kind.KNOWLEDGE_PRESENTATION, 60),
            ("Pause", Kind.BREAK, 15),
            ("Drøftelse: Hvordan spreder vi den nye viden?", Kind.DISSEMINATION_DISCUSSION, 60),
            ("Frokost", Kind.BREAK, 45),
            ("Nyt fra de andre ekspertgrupper", Kind.CROSS_GROUP_SHARING, 30),
            ("Runde: vidensbidrag til ViBIS", Kind.CONTRIBUTIONS_ROUND, 60),
            ("Pause", Kind.BREAK, 15),
            ("Behov og engagement i egen organisation", Kind.DISSEMINATION_DISCUSSION, 35),
            ("Evaluering og tak for i dag", Kind.EVALUATION, 20),
        ],
    ),
}


@dataclass(frozen=True)
class TemplateSummary:
    key: str  # "builtin:half_day" or "saved:<id>"
    name: str
    format: MeetingFormat
    builtin: bool
    items: tuple[ItemInput, ...]

    @property
    def total_minutes(self) -> int:
        return sum(i.planned_minutes for i in self.items)


def list_templates(s: Session) -> list[TemplateSummary]:
    out = [
        TemplateSummary(key, name, fmt, True, tuple(ItemInput(t, k, m) for t, k, m in items))
        for key, (name, fmt, items) in BUILTIN_TEMPLATES.items()
    ]
    saved = s.scalars(
        select(AgendaTemplate).options(selectinload(AgendaTemplate.items)).order_by(danish_order(AgendaTemplate.name))
    )
    for t in saved:
        out.append(
            TemplateSummary(
                f"saved:{t.id}",
                t.name,
                t.format,
                False,
                tuple(ItemInput(i.title, i.kind, i.planned_minutes, i.presenter, i.description) for i in t.items),
            )
        )
    return out


def get_template(s: Session, key: str) -> TemplateSummary:
    for t in list_templates(s):
        if t.key == key:
            return t
    raise NotFound(problem("template_not_found", f"There is no agenda template '{key}'.", key=key))


def save_as_template(s: Session, meeting_id: int, name: str) -> AgendaTemplate:
    """Keep a meeting's agenda (without its links to presentations) as a named template."""
    name = clean_text(name)
    if not name:
        raise ValidationError([problem("template_name_required", "The template needs a name.", "name")])
    taken = {t.name.casefold() for t in list_templates(s)}
    if name.casefold() in taken:
        raise ValidationError(
            [problem("template_name_taken", f"There is already a template named {name}.", "name", name=name)]
        )
    meeting = get_meeting(s, meeting_id)
    if not meeting.agenda:
        raise ServiceError(problem("template_empty_agenda", "The agenda has no items to keep as a template."))
    template = AgendaTemplate(name=name, format=meeting.format)
    for pos, item in enumerate(meeting.agenda):
        template.items.append(
            AgendaTemplateItem(
                position=pos,
                title=item.title,
                kind=item.kind,
                planned_minutes=item.planned_minutes,
                presenter=item.presenter,
                description=item.description,
            )
        )
    s.add(template)
    s.flush()
    return template


def delete_template(s: Session, key: str) -> None:
    if not key.startswith("saved:"):
        raise ServiceError(problem("template_builtin", "The built-in templates cannot be deleted."))
    template = s.get(AgendaTemplate, int(key.split(":", 1)[1]))
    if template is None:
        raise NotFound(problem("template_not_found", f"There is no agenda template '{key}'.", key=key))
    s.delete(template)
    s.flush()


def apply_template(s: Session, meeting_id: int, key: str) -> list[AgendaItem]:
    """Append a template's items to the meeting's agenda; returns the new items."""
    template = get_template(s, key)
    return [add_item(s, meeting_id, replace(i, presentation_ids=list(i.presentation_ids))) for i in template.items]


def next_position(s: Session, meeting_id: int) -> int:
    return s.scalar(select(func.count()).select_from(AgendaItem).where(AgendaItem.meeting_id == meeting_id)) or 0
