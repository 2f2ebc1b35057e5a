"""Minutes (*referat*) and meeting mode: notes, decisions, action items, the item timer,
marking a meeting held, approving the minutes and unlocking them (recorded).

Every function is one small write, so meeting mode can save each keystroke
burst and each click at once: nothing typed is lost if the laptop dies.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, contains_eager, joinedload, selectinload

from tankapp.domain import ActionItem, AgendaItem, AuditEntry, Decision, Guest, Meeting, Member, meeting_groups
from tankapp.domain.base import utcnow
from tankapp.domain.danish import short_date
from tankapp.domain.enums import ActionStatus, MeetingStatus
from tankapp.services.meetings.agenda import get_item
from tankapp.services.meeting_mode.attendance import AttendanceList, attendance_of, ensure_editable
from tankapp.services.errors import NotFound, ServiceError, ValidationError, problem
from tankapp.services.meetings.planning import MeetingSummary, get_meeting, meeting_summary

# ---------------------------------------------------------------- notes and decisions


def _editable_item(s: Session, item_id: int) -> AgendaItem:
    item = get_item(s, item_id)
    ensure_editable(item.meeting)
    return item


def set_notes(s: Session, item_id: int, text: str) -> AgendaItem:
    """Save an item's notes exactly as typed (plain text; nothing is trimmed inside)."""
    item = _editable_item(s, item_id)
    if item.notes != text:
        item.notes = text
        s.flush()
    return item


def add_decision(s: Session, item_id: int, text: str) -> Decision:
    item = _editable_item(s, item_id)
    if not text.strip():
        raise ValidationError([problem("decision_text_required", "Write the decision.", "text")])
    decision = Decision(text=text.strip(), position=len(item.decisions))
    item.decisions.append(decision)
    s.flush()
    return decision


def update_decision(s: Session, decision_id: int, text: str) -> Decision:
    decision = _get(s, Decision, decision_id, "decision")
    ensure_editable(decision.agenda_item.meeting)
    if not text.strip():
        raise ValidationError([problem("decision_text_required", "Write the decision.", "text")])
    decision.text = text.strip()
    s.flush()
    return decision


def remove_decision(s: Session, decision_id: int) -> None:
    decision = _get(s, Decision, decision_id, "decision")
    ensure_editable(decision.agenda_item.meeting)
    decision.agenda_item.decisions.remove(decision)
    s.flush()


def _get(s: Session, model, record_id: int, what: str):
    record = s.get(model, record_id)
    if record is None:
        raise NotFound(problem(f"{what}_not_found", f"There is no {what} with id {record_id}.", id=record_id))
    return record


# ---------------------------------------------------------------- action items


@dataclass
class ActionInput:
    text: str = ""
    owner_member_id: int | None = None
    owner_guest_id: int | None = None
    due_on: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    dissemination: bool = False


def _apply_action(s: Session, action: ActionItem, meeting: Meeting, data: ActionInput) -> None:
    problems = []
    if not data.text.strip():
        problems.append(problem("action_text_required", "Write what is to be done.", "text"))
    if data.owner_member_id is not None and data.owner_guest_id is not None:
        problems.append(problem("action_two_owners", "An action has one owner: a member or a guest.", "owner"))
    if data.owner_member_id is not None and s.get(Member, data.owner_member_id) is None:
        problems.append(problem("member_not_found", "The chosen member no longer exists.", "owner"))
    if data.owner_guest_id is not None:
        guest = s.get(Guest, data.owner_guest_id)
        if guest is None or guest.meeting_id != meeting.id:
            problems.append(problem("guest_not_found", "The chosen guest is not at this meeting.", "owner"))
    if data.due_on is not None and data.due_on < meeting.date:
        problems.append(problem(
            "action_due_before_meeting",
            f"The due date {short_date(data.due_on)} is before the meeting ({short_date(meeting.date)}). "
            "Choose a date on or after it.",
            "due_on", due=short_date(data.due_on), meeting=short_date(meeting.date),
        ))
    if problems:
        raise ValidationError(problems)
    action.text = data.text.strip()
    action.owner_member_id = data.owner_member_id
    action.owner_guest_id = data.owner_guest_id
    action.due_on = data.due_on
    action.status = data.status
    action.dissemination = data.dissemination


def add_action(s: Session, item_id: int, data: ActionInput) -> ActionItem:
    item = _editable_item(s, item_id)
    action = ActionItem(position=len(item.actions))
    _apply_action(s, action, item.meeting, data)
    item.actions.append(action)
    s.flush()
    return action


def update_action(s: Session, action_id: int, data: ActionInput) -> ActionItem:
    action = _get(s, ActionItem, action_id, "action")
    meeting = action.agenda_item.meeting
    _apply_action(s, action, meeting, data)
    s.flush()
    return action


def set_action_status(s: Session, action_id: int, status: ActionStatus) -> ActionItem:
    """Follow-up at a later meeting: allowed even when the original minutes are approved."""
    action = _get(s, ActionItem, action_id, "action")
    action.status = status
    s.flush()
    return action


def remove_action(s: Session, action_id: int) -> None:
    action = _get(s, ActionItem, action_id, "action")
    ensure_editable(action.agenda_item.meeting)
    action.agenda_item.actions.remove(action)
    s.flush()


@dataclass(frozen=True)
class ActionRow:
    id: int
    uuid: uuid.UUID
    text: str
    owner: str  # a member's or guest's name; "" when nobody is named
    owner_member_id: int | None
    owner_guest_id: int | None
    owner_consent_named: bool  # False for a member who may not be named (guests are named)
    owner_sector: str | None
    due_on: dt.date | None
    status: ActionStatus
    dissemination: bool
    meeting_id: int
    meeting_title: str
    meeting_date: dt.date
    item_title: str

    def is_overdue(self, today: dt.date | None = None) -> bool:
        """Open and past its due date (a follow-up that needs chasing); see :func:`action_overdue`."""
        return action_overdue(self.status, self.due_on, today)


def action_overdue(status: ActionStatus, due_on: dt.date | None, today: dt.date | None = None) -> bool:
    """An action item is overdue when it is still open and its due date has passed (before *today*).

    Done and cancelled actions are never overdue; one without a due date neither.
    """
    return status == ActionStatus.OPEN and due_on is not None and due_on < (today or dt.date.today())


def _action_row(a: ActionItem) -> ActionRow:
    member, guest = a.owner_member, a.owner_guest
    return ActionRow(
        id=a.id,
        uuid=a.uuid,
        text=a.text,
        owner=member.name if member else guest.name if guest else "",
        owner_member_id=a.owner_member_id,
        owner_guest_id=a.owner_guest_id,
        owner_consent_named=member.consent_named if member else True,
        owner_sector=member.sector.value if member and member.sector else None,
        due_on=a.due_on,
        status=a.status,
        dissemination=a.dissemination,
        meeting_id=a.agenda_item.meeting.id,
        meeting_title=a.agenda_item.meeting.title,
        meeting_date=a.agenda_item.meeting.date,
        item_title=a.agenda_item.title,
    )


def open_followups(s: Session, meeting_id: int) -> list[ActionRow]:
    """Open dissemination actions from the earlier meetings of this meeting's groups.

    They are shown at the group's next meeting so they are followed up.
    """
    return open_followups_of(s, get_meeting(s, meeting_id))


def open_followups_of(s: Session, meeting: Meeting) -> list[ActionRow]:
    """:func:`open_followups` of a meeting already loaded: one query, owners and meetings joined in."""
    group_ids = [g.id for g in meeting.groups]
    q = (
        select(ActionItem)
        .join(AgendaItem, ActionItem.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(
            ActionItem.dissemination.is_(True),
            ActionItem.status == ActionStatus.OPEN,
            Meeting.id != meeting.id,
            (Meeting.date < meeting.date) | ((Meeting.date == meeting.date) & (Meeting.start < meeting.start)),
            Meeting.id.in_(select(meeting_groups.c.meeting_id).where(meeting_groups.c.group_id.in_(group_ids))),
        )
        .options(
            joinedload(ActionItem.owner_member),
            joinedload(ActionItem.owner_guest),
            contains_eager(ActionItem.agenda_item).contains_eager(AgendaItem.meeting),
        )
        .order_by(Meeting.date, ActionItem.position)
    )
    return [_action_row(a) for a in s.scalars(q)]


@dataclass(frozen=True)
class MeetingActions:
    """The action items a meeting's page lists: its own, and the open follow-ups it inherits."""

    meeting_id: int
    actions: list[ActionRow]  # of this meeting, in agenda order
    followups: list[ActionRow]  # open dissemination actions from earlier meetings of its groups

    def overdue(self, today: dt.date | None = None) -> list[ActionRow]:
        """Those still open past their due date (each once: a follow-up is never also its own)."""
        return [a for a in (*self.actions, *self.followups) if a.is_overdue(today)]


def meeting_actions(s: Session, meeting_id: int) -> MeetingActions:
    """This meeting's action items and the open follow-ups from earlier meetings (about four queries)."""
    meeting = load_meeting(s, meeting_id)
    own = [a for item in minutes_of(meeting).items for a in item.actions]
    return MeetingActions(meeting_id=meeting_id, actions=own, followups=open_followups_of(s, meeting))


# ---------------------------------------------------------------- the timer and the current item


def item_elapsed(item: AgendaItem, now: dt.datetime | None = None) -> int:
    """Seconds the item has been current, in total."""
    running = 0
    if item.running_since is not None:
        running = max(0, int(((now or utcnow()) - item.running_since).total_seconds()))
    return item.elapsed_seconds + running


def go_to_item(s: Session, meeting_id: int, position: int, now: dt.datetime | None = None) -> AgendaItem:
    """Make the item at ``position`` current: the previous one's clock stops, this one's runs."""
    now = now or utcnow()
    meeting = get_meeting(s, meeting_id)
    if not 0 <= position < len(meeting.agenda):
        raise ServiceError(problem("no_such_item", "There is no agenda item there.", position=position))
    for item in meeting.agenda:
        if item.running_since is not None and item.position != position:
            item.elapsed_seconds = item_elapsed(item, now)
            item.running_since = None
    item = meeting.agenda[position]
    if item.running_since is None:
        item.running_since = now
    if item.actual_start is None:
        item.actual_start = now
    meeting.current_position = position
    s.flush()
    return item


def stop_clock(s: Session, meeting_id: int, now: dt.datetime | None = None) -> None:
    """Pause: no item's clock runs (e.g. when the meeting ends or breaks off)."""
    now = now or utcnow()
    for item in get_meeting(s, meeting_id).agenda:
        if item.running_since is not None:
            item.elapsed_seconds = item_elapsed(item, now)
            item.running_since = None
    s.flush()


# ---------------------------------------------------------------- held, approved, unlocked


def mark_held(s: Session, meeting_id: int) -> Meeting:
    meeting = get_meeting(s, meeting_id)
    meeting.status = MeetingStatus.HELD
    stop_clock(s, meeting_id)
    return meeting


def approve_minutes(s: Session, meeting_id: int, on: dt.date | None = None) -> Meeting:
    """Approve the minutes: from now on, changes need an explicit unlock."""
    meeting = get_meeting(s, meeting_id)
    if meeting.status != MeetingStatus.HELD:
        raise ServiceError(
            problem("approve_not_held", "Only the minutes of a held meeting can be approved; mark it held first.")
        )
    meeting.minutes_approved_on = on or dt.date.today()
    meeting.minutes_unlocked = False
    s.add(AuditEntry(action="minutes_approved", table_name="meeting", record_uuid=str(meeting.uuid),
                     new_value=meeting.minutes_approved_on.isoformat()))
    s.flush()
    return meeting


def unlock_minutes(s: Session, meeting_id: int, reason: str) -> AuditEntry:
    """Allow changes to approved minutes; who-knows-why is recorded in the audit log."""
    meeting = get_meeting(s, meeting_id)
    if meeting.minutes_approved_on is None:
        raise ServiceError(problem("minutes_not_approved", "These minutes are not approved, so they are not locked."))
    if not reason.strip():
        raise ValidationError([problem("unlock_reason_required", "Say why the approved minutes must change.", "reason")])
    meeting.minutes_unlocked = True
    entry = AuditEntry(
        action="minutes_unlocked",
        table_name="meeting",
        record_uuid=str(meeting.uuid),
        old_value=meeting.minutes_approved_on.isoformat(),
        note=reason.strip(),
    )
    s.add(entry)
    s.flush()
    return entry


def audit_log(s: Session, record_uuid: uuid.UUID | str) -> list[AuditEntry]:
    return list(
        s.scalars(select(AuditEntry).where(AuditEntry.record_uuid == str(record_uuid)).order_by(AuditEntry.id))
    )


# ---------------------------------------------------------------- the whole minutes


@dataclass(frozen=True)
class DecisionRow:
    id: int
    uuid: uuid.UUID
    text: str


@dataclass(frozen=True)
class MinutesItem:
    id: int
    uuid: uuid.UUID
    position: int
    title: str
    kind: str
    planned_minutes: int
    presenter: str
    description: str
    notes: str
    elapsed_seconds: int
    running: bool
    decisions: list[DecisionRow] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)


@dataclass(frozen=True)
class Minutes:
    meeting_id: int
    current_position: int | None
    approved_on: dt.date | None
    unlocked: bool
    items: list[MinutesItem]

    @property
    def locked(self) -> bool:
        return self.approved_on is not None and not self.unlocked


def minutes(s: Session, meeting_id: int, now: dt.datetime | None = None) -> Minutes:
    meeting = get_meeting(s, meeting_id)
    items = s.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id)
        .options(
            selectinload(AgendaItem.decisions),
            selectinload(AgendaItem.actions).selectinload(ActionItem.owner_member),
            selectinload(AgendaItem.actions).selectinload(ActionItem.owner_guest),
        )
        .order_by(AgendaItem.position)
    ).all()
    return _minutes(meeting, items, now)


def _minutes(meeting: Meeting, items, now: dt.datetime | None) -> Minutes:
    return Minutes(
        meeting_id=meeting.id,
        current_position=meeting.current_position,
        approved_on=meeting.minutes_approved_on,
        unlocked=meeting.minutes_unlocked,
        items=[
            MinutesItem(
                id=i.id,
                uuid=i.uuid,
                position=i.position,
                title=i.title,
                kind=i.kind.value,
                planned_minutes=i.planned_minutes,
                presenter=i.presenter,
                description=i.description,
                notes=i.notes,
                elapsed_seconds=item_elapsed(i, now),
                running=i.running_since is not None,
                decisions=[DecisionRow(d.id, d.uuid, d.text) for d in i.decisions],
                actions=[_action_row(a) for a in i.actions],
            )
            for i in items
        ],
    )


# ---------------------------------------------------------------- meeting mode: everything at once


def load_meeting(s: Session, meeting_id: int) -> Meeting:
    """The meeting with its groups, agenda, decisions and action items (owners too) in three queries.

    Services called afterwards in the same session find all of it in the
    session (``get_meeting``, ``get_item``, ``meeting.agenda``) and query no more.
    """
    meeting = (
        s.scalars(
            select(Meeting)
            .where(Meeting.id == meeting_id)
            .options(
                joinedload(Meeting.groups),
                selectinload(Meeting.agenda).options(
                    joinedload(AgendaItem.decisions),
                    selectinload(AgendaItem.actions).options(
                        joinedload(ActionItem.owner_member), joinedload(ActionItem.owner_guest)
                    ),
                ),
            )
        )
        .unique()
        .first()
    )
    if meeting is None:
        raise NotFound(problem("meeting_not_found", f"There is no meeting with id {meeting_id}.", id=meeting_id))
    return meeting


def minutes_of(meeting: Meeting, now: dt.datetime | None = None) -> Minutes:
    """:func:`minutes` of a meeting loaded by :func:`load_meeting` (no queries)."""
    return _minutes(meeting, meeting.agenda, now)


def should_start(minutes_: Minutes) -> bool:
    """Meeting mode starts at the first item when none is current (and the minutes are not locked)."""
    return bool(minutes_.items) and minutes_.current_position is None and not minutes_.locked


@dataclass(frozen=True)
class MeetingModeData:
    """Everything meeting mode shows as it opens, read in one transaction."""

    meeting: MeetingSummary
    minutes: Minutes
    attendance: AttendanceList
    followups: list[ActionRow]  # open dissemination actions from earlier meetings of its groups
    open_questions: int  # unanswered questions to its groups (see sharing.open_questions_for)


def meeting_mode(s: Session, meeting_id: int, now: dt.datetime | None = None) -> MeetingModeData:
    """The meeting, its minutes, attendance, follow-ups and open questions in about eight queries."""
    from tankapp.services.sharing.exchange import open_question_count

    meeting = load_meeting(s, meeting_id)
    return MeetingModeData(
        meeting=meeting_summary(s, meeting_id),  # groups and agenda are loaded: no query
        minutes=minutes_of(meeting, now),
        attendance=attendance_of(s, meeting),
        followups=open_followups_of(s, meeting),
        open_questions=open_question_count(s, meeting),
    )


def action_meeting_id(s: Session, action_id: int) -> int:
    """The meeting whose minutes hold the action item."""
    return _get(s, ActionItem, action_id, "action").agenda_item.meeting_id
