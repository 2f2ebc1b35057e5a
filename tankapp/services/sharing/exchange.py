"""Learning across the expert groups: digests passed on, and questions put to another group.

*Digests.* After a held meeting the facilitator picks some of its notes,
decisions and knowledge contributions (:func:`digest_sources`) and places
them on a coming meeting of another group (:func:`target_meetings`) with
:func:`create_digest`. The digest becomes an agenda item of kind cross-group
sharing on that meeting, its text in the item's description, so it is printed
in the agenda PDF and shown in meeting mode; a :class:`Digest` row remembers
where it came from. Members are never named in a digest: it goes to another
group.

*Questions.* A group puts a question to another group (:func:`ask`); it shows
at the receiving group's meetings from the day it was asked until it is
answered (:func:`open_questions_for`); the answer (:func:`answer`) shows at
the asking group's meetings from the day it was given (:func:`answers_for`).

The text of a digest goes out in Danish, like every document, whatever
language the window speaks.

The steering committee is no expert group: a digest is not placed on its
meetings, and no question is put to it (``digest_target_steering``,
``question_to_steering``). What it decided may still be passed on to a group.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tankapp.domain import AgendaItem, Digest, ExpertGroup, Meeting, Question
from tankapp.domain.danish import join_names, short_date
from tankapp.domain.enums import AgendaItemKind, ContributionKind, MeetingStatus
from tankapp.domain.rules import clean_text
from tankapp.services.meetings import agenda as agenda_service
from tankapp.services.meeting_mode.attendance import ensure_editable
from tankapp.services.contributions.register import ContributionFilter, list_contributions
from tankapp.services.errors import NotFound, ServiceError, ValidationError, problem
from tankapp.services.meetings.planning import MeetingSummary, get_meeting, is_steering, list_meetings
from tankapp.services.members.groups import STEERING, is_expert_group

DEFAULT_DIGEST_MINUTES = 20

# In the digest text (Danish, like every document).
CONTRIBUTION_KIND_DA: dict[ContributionKind, str] = {
    ContributionKind.PROMOTER: "fremmer",
    ContributionKind.BARRIER: "barriere",
    ContributionKind.EXAMPLE: "godt eksempel",
    ContributionKind.GAP: "videnshul",
}

PIECE_KINDS = ("note", "decision", "contribution")


# ---------------------------------------------------------------- digests: what can be picked


@dataclass(frozen=True)
class DigestPiece:
    """One thing from a held meeting that can go into a digest.

    ``key`` is stable across sessions ("note:<item uuid>", "decision:<uuid>",
    "contribution:<uuid>"); ``item_title`` is the agenda item it belongs to
    ("" for a contribution not tied to an item); ``text`` is what the digest
    will say (for a contribution: "<title> – <text>", never the member).
    """

    key: str
    kind: str  # "note" | "decision" | "contribution"
    item_title: str
    text: str
    contribution_kind: ContributionKind | None = None  # for kind "contribution"


@dataclass(frozen=True)
class DigestSources:
    meeting_id: int
    meeting_title: str
    meeting_date: dt.date
    groups: tuple[str, ...]
    pieces: tuple[DigestPiece, ...]

    @property
    def default_title(self) -> str:
        """The title the agenda item gets unless another is given: "Nyt fra Klinikere"."""
        return f"Nyt fra {join_names(self.groups)}" if self.groups else "Nyt fra en anden ekspertgruppe"

    def piece(self, key: str) -> DigestPiece | None:
        return next((p for p in self.pieces if p.key == key), None)


def digest_sources(s: Session, meeting_id: int) -> DigestSources:
    """What a held meeting can pass on: per agenda item its notes and decisions, then its contributions."""
    meeting = get_meeting(s, meeting_id)
    if meeting.status != MeetingStatus.HELD:
        raise ServiceError(
            problem(
                "digest_not_held",
                f"{meeting.title} is not held yet; only a held meeting's notes, decisions and contributions can be shared.",
                title=meeting.title,
            )
        )
    items = s.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id)
        .options(selectinload(AgendaItem.decisions))
        .order_by(AgendaItem.position, AgendaItem.id)
    ).all()
    item_titles = {i.id: i.title for i in items}
    pieces: list[DigestPiece] = []
    for item in items:
        if item.notes.strip():
            pieces.append(DigestPiece(f"note:{item.uuid}", "note", item.title, item.notes.strip()))
        for d in item.decisions:
            pieces.append(DigestPiece(f"decision:{d.uuid}", "decision", item.title, d.text.strip()))
    contributions = sorted(list_contributions(s, ContributionFilter(meeting_id=meeting_id)), key=lambda r: r.id)
    for c in contributions:
        text = f"{c.title} – {c.text}" if c.text.strip() else c.title
        pieces.append(
            DigestPiece(
                f"contribution:{c.uuid}",
                "contribution",
                item_titles.get(c.agenda_item_id, "") if c.agenda_item_id else "",
                text,
                contribution_kind=c.kind,
            )
        )
    return DigestSources(
        meeting_id=meeting.id,
        meeting_title=meeting.title,
        meeting_date=meeting.date,
        groups=tuple(g.name for g in meeting.groups),
        pieces=tuple(pieces),
    )


def _piece_text(p: DigestPiece) -> str:
    if p.kind == "note":
        if not p.item_title:
            return f"Noter: {p.text}"
        if p.item_title.rstrip()[-1] in "?!:.":  # "Drøftelse: Hvordan ...?" - no "?:" in the text
            return f"Noter – {p.item_title.rstrip().rstrip(':')}\n{p.text}"
        return f"Noter – {p.item_title}: {p.text}"
    if p.kind == "decision":
        return f"Beslutning: {p.text}"
    kind = CONTRIBUTION_KIND_DA.get(p.contribution_kind) if p.contribution_kind else None
    return f"Vidensbidrag ({kind}): {p.text}" if kind else f"Vidensbidrag: {p.text}"


def digest_text(sources: DigestSources, piece_keys: list[str]) -> str:
    """The digest as plain text: where it comes from, then the picked pieces in meeting order.

    ``"Fra Klinikere, møde 12.03.2026: Klinikermøde\\n\\nNoter – Drøftelse: ...\\n\\nBeslutning: ..."``
    Unknown keys are ignored here (:func:`create_digest` refuses them).
    """
    wanted = set(piece_keys)
    origin = join_names(sources.groups) or "en anden ekspertgruppe"
    parts = [f"Fra {origin}, møde {short_date(sources.meeting_date)}: {sources.meeting_title}"]
    parts += [_piece_text(p) for p in sources.pieces if p.key in wanted]
    return "\n\n".join(parts)


# ---------------------------------------------------------------- digests: where they can go


def _group_ids(meeting: Meeting) -> set[int]:
    return {g.id for g in meeting.groups}


def _is_target(source: Meeting, target: MeetingSummary | Meeting) -> bool:
    groups = set(target.group_ids) if isinstance(target, MeetingSummary) else _group_ids(target)
    steering = target.steering if isinstance(target, MeetingSummary) else is_steering(target)
    return (
        not steering
        and target.status == MeetingStatus.PLANNED
        and target.date > source.date
        and bool(groups)
        and not groups & _group_ids(source)
    )


def target_meetings(s: Session, from_meeting_id: int) -> list[MeetingSummary]:
    """Planned expert group meetings after the source meeting's date, of groups none of which was at it."""
    source = get_meeting(s, from_meeting_id)
    return [m for m in list_meetings(s) if _is_target(source, m)]


# ---------------------------------------------------------------- digests: create and list


def create_digest(
    s: Session,
    from_meeting_id: int,
    to_meeting_id: int,
    piece_keys: list[str],
    title: str | None = None,
    minutes: int = DEFAULT_DIGEST_MINUTES,
) -> Digest:
    """Place the picked pieces on another group's coming meeting, as its last agenda item."""
    sources = digest_sources(s, from_meeting_id)  # refuses a meeting that is not held
    keys = list(dict.fromkeys(piece_keys))
    problems = []
    if not keys:
        problems.append(problem("digest_no_pieces", "Pick at least one note, decision or contribution to share.", "pieces"))
    unknown = [k for k in keys if sources.piece(k) is None]
    if unknown:
        problems.append(
            problem("digest_piece_unknown", "Something picked is no longer in the meeting's minutes.", "pieces",
                    keys=unknown)
        )
    if problems:
        raise ValidationError(problems)
    source = get_meeting(s, from_meeting_id)
    target = get_meeting(s, to_meeting_id)
    if is_steering(target):
        raise ValidationError(
            [problem("digest_target_steering", f"{target.title} is a meeting of the steering committee; "
                     "share with an expert group's meeting.", "target", title=target.title)]
        )
    if _group_ids(target) & _group_ids(source):
        raise ValidationError(
            [problem("digest_target_same_group", f"{target.title} is a meeting of the same group; "
                     "share with another group's meeting.", "target", title=target.title)]
        )
    if target.status != MeetingStatus.PLANNED or target.date <= source.date:
        raise ValidationError(
            [problem("digest_target_not_coming", f"{target.title} is not a coming meeting; "
                     "choose a planned meeting after this one.", "target", title=target.title)]
        )
    ensure_editable(target)
    text = digest_text(sources, keys)
    item = agenda_service.add_item(
        s,
        to_meeting_id,
        agenda_service.ItemInput(
            title=clean_text(title) or sources.default_title,
            kind=AgendaItemKind.CROSS_GROUP_SHARING,
            planned_minutes=minutes,
            description=text,
        ),
    )
    digest = Digest(from_meeting_id=source.id, agenda_item_id=item.id, text=text)
    s.add(digest)
    s.flush()
    return digest


@dataclass(frozen=True)
class DigestRow:
    id: int
    uuid: uuid.UUID
    from_meeting_id: int
    from_meeting_title: str
    from_meeting_date: dt.date
    from_groups: tuple[str, ...]
    to_meeting_id: int
    to_meeting_title: str
    to_meeting_date: dt.date
    to_groups: tuple[str, ...]
    agenda_item_id: int
    item_title: str
    item_description: str  # as it is now (the agenda editor may have changed it)
    text: str  # as it was sent
    created_at: dt.datetime


@dataclass(frozen=True)
class MeetingDigests:
    sent: list[DigestRow]  # from this meeting to other groups' meetings
    received: list[DigestRow]  # placed on this meeting's agenda


def _digest_row(d: Digest, item: AgendaItem, source: Meeting) -> DigestRow:
    target = item.meeting
    return DigestRow(
        id=d.id,
        uuid=d.uuid,
        from_meeting_id=source.id,
        from_meeting_title=source.title,
        from_meeting_date=source.date,
        from_groups=tuple(g.name for g in source.groups),
        to_meeting_id=target.id,
        to_meeting_title=target.title,
        to_meeting_date=target.date,
        to_groups=tuple(g.name for g in target.groups),
        agenda_item_id=item.id,
        item_title=item.title,
        item_description=item.description,
        text=d.text,
        created_at=d.created_at,
    )


def list_digests(s: Session, meeting_id: int) -> MeetingDigests:
    """Digests sent from this meeting and digests received on it, each in order of creation."""
    get_meeting(s, meeting_id)
    q = (
        select(Digest, AgendaItem, Meeting)
        .join(AgendaItem, Digest.agenda_item_id == AgendaItem.id)
        .join(Meeting, Digest.from_meeting_id == Meeting.id)
        .where((Digest.from_meeting_id == meeting_id) | (AgendaItem.meeting_id == meeting_id))
        .order_by(Digest.id)
    )
    sent, received = [], []
    for d, item, source in s.execute(q):
        row = _digest_row(d, item, source)
        if d.from_meeting_id == meeting_id:
            sent.append(row)
        if item.meeting_id == meeting_id:
            received.append(row)
    return MeetingDigests(sent=sent, received=received)


# ---------------------------------------------------------------- questions between groups


@dataclass(frozen=True)
class QuestionRow:
    id: int
    uuid: uuid.UUID
    from_group_id: int
    from_group: str
    to_group_id: int
    to_group: str
    text: str
    asked_on: dt.date
    asked_at_meeting_id: int | None
    answer: str
    answered_on: dt.date | None
    answered_at_meeting_id: int | None

    @property
    def answered(self) -> bool:
        return self.answered_on is not None


def _question_row(q: Question) -> QuestionRow:
    return QuestionRow(
        id=q.id,
        uuid=q.uuid,
        from_group_id=q.from_group_id,
        from_group=q.from_group.name,
        to_group_id=q.to_group_id,
        to_group=q.to_group.name,
        text=q.text,
        asked_on=q.asked_on,
        asked_at_meeting_id=q.asked_at_meeting_id,
        answer=q.answer,
        answered_on=q.answered_on,
        answered_at_meeting_id=q.answered_at_meeting_id,
    )


def _questions():
    return select(Question).options(selectinload(Question.from_group), selectinload(Question.to_group))


def _group(s: Session, group_id: int | None) -> ExpertGroup | None:
    return s.get(ExpertGroup, group_id) if group_id is not None else None


def get_question(s: Session, question_id: int) -> Question:
    q = s.get(Question, question_id)
    if q is None:
        raise NotFound(problem("question_not_found", f"There is no question with id {question_id}.", id=question_id))
    return q


def ask(
    s: Session,
    from_group_id: int,
    to_group_id: int,
    text: str,
    asked_at_meeting_id: int | None = None,
    on: dt.date | None = None,
) -> Question:
    """One group puts a question to another. ``on`` defaults to the meeting's date, else today."""
    problems = []
    from_group, to_group = _group(s, from_group_id), _group(s, to_group_id)
    if from_group is None:
        problems.append(problem("group_not_found", "The asking group does not exist.", "from_group"))
    if to_group is None:
        problems.append(problem("question_to_group_required", "Choose the group to ask.", "to_group"))
    elif from_group_id == to_group_id:
        problems.append(problem("question_same_group", "A group asks another group, not itself.", "to_group"))
    elif to_group.actor_kind == STEERING:
        problems.append(problem("question_to_steering", "Questions go to the expert groups, not to the "
                                "steering committee.", "to_group"))
    if not text.strip():
        problems.append(problem("question_text_required", "Write the question.", "text"))
    meeting = None
    if asked_at_meeting_id is not None:
        meeting = get_meeting(s, asked_at_meeting_id)
        if from_group is not None and from_group_id not in _group_ids(meeting):
            problems.append(
                problem("question_meeting_not_of_group", f"{from_group.name} was not at {meeting.title}.", "from_group",
                        group=from_group.name, title=meeting.title)
            )
    if problems:
        raise ValidationError(problems)
    question = Question(
        from_group_id=from_group_id,
        to_group_id=to_group_id,
        asked_at_meeting_id=asked_at_meeting_id,
        text=text.strip(),
        asked_on=on or (meeting.date if meeting else dt.date.today()),
        answer="",
    )
    s.add(question)
    s.flush()
    return question


def answer(
    s: Session,
    question_id: int,
    text: str,
    answered_at_meeting_id: int | None = None,
    on: dt.date | None = None,
) -> Question:
    """Record (or correct) the answer. ``on`` defaults to the meeting's date, else today."""
    question = get_question(s, question_id)
    if not text.strip():
        raise ValidationError([problem("answer_text_required", "Write the answer.", "answer")])
    meeting = None
    if answered_at_meeting_id is not None:
        meeting = get_meeting(s, answered_at_meeting_id)
        if question.to_group_id not in _group_ids(meeting):
            raise ValidationError(
                [problem("answer_meeting_not_of_group", f"The question was put to {question.to_group.name}, "
                         f"who were not at {meeting.title}.", "answer",
                         group=question.to_group.name, title=meeting.title)]
            )
    question.answer = text.strip()
    question.answered_on = on or (meeting.date if meeting else dt.date.today())
    question.answered_at_meeting_id = answered_at_meeting_id
    s.flush()
    return question


def open_questions_for(s: Session, meeting_id: int) -> list[QuestionRow]:
    """Unanswered questions to any of this meeting's groups, asked on or before its date (oldest first).

    A question asked at this very meeting is left out: it is for the other group's meetings.
    """
    meeting = get_meeting(s, meeting_id)
    q = _questions().where(*_open_for(meeting)).order_by(Question.asked_on, Question.id)
    return [_question_row(x) for x in s.scalars(q)]


def _open_for(meeting: Meeting) -> tuple:
    """Conditions of :func:`open_questions_for`."""
    return (
        Question.to_group_id.in_(_group_ids(meeting)),
        Question.answered_on.is_(None),
        Question.asked_on <= meeting.date,
        (Question.asked_at_meeting_id.is_(None)) | (Question.asked_at_meeting_id != meeting.id),
    )


def answered_at(s: Session, meeting_id: int) -> list[QuestionRow]:
    """Questions answered at this meeting (so the answer can be seen and corrected there)."""
    get_meeting(s, meeting_id)
    q = _questions().where(Question.answered_at_meeting_id == meeting_id).order_by(Question.asked_on, Question.id)
    return [_question_row(x) for x in s.scalars(q)]


def answers_for(s: Session, meeting_id: int) -> list[QuestionRow]:
    """Answered questions from this meeting's groups, answered on or before its date, newest first."""
    meeting = get_meeting(s, meeting_id)
    q = (
        _questions()
        .where(
            Question.from_group_id.in_(_group_ids(meeting)),
            Question.answered_on.is_not(None),
            Question.answered_on <= meeting.date,
        )
        .order_by(Question.answered_on.desc(), Question.id.desc())
    )
    return [_question_row(x) for x in s.scalars(q)]


def waiting_questions_from(s: Session, meeting_id: int) -> list[QuestionRow]:
    """Questions from this meeting's groups, asked on or before its date, still without an answer."""
    meeting = get_meeting(s, meeting_id)
    q = (
        _questions()
        .where(
            Question.from_group_id.in_(_group_ids(meeting)),
            Question.answered_on.is_(None),
            Question.asked_on <= meeting.date,
        )
        .order_by(Question.asked_on, Question.id)
    )
    return [_question_row(x) for x in s.scalars(q)]


def list_questions(s: Session, group_id: int | None = None) -> list[QuestionRow]:
    """All questions, or those a group asked or was asked; newest first."""
    q = _questions()
    if group_id is not None:
        q = q.where((Question.from_group_id == group_id) | (Question.to_group_id == group_id))
    return [_question_row(x) for x in s.scalars(q.order_by(Question.asked_on.desc(), Question.id.desc()))]


@dataclass(frozen=True)
class GroupChoice:
    id: int
    name: str


def askable_groups(s: Session, meeting_id: int) -> tuple[list[GroupChoice], list[GroupChoice]]:
    """For asking at a meeting: (the meeting's groups, who can ask; the other active expert groups, who can be asked)."""
    meeting = get_meeting(s, meeting_id)
    own = [GroupChoice(g.id, g.name) for g in meeting.groups]
    ids = _group_ids(meeting)
    others = s.scalars(
        select(ExpertGroup)
        .where(ExpertGroup.archived.is_(False), ExpertGroup.id.not_in(ids), is_expert_group())
        .order_by(ExpertGroup.position, ExpertGroup.id)
    )
    return own, [GroupChoice(g.id, g.name) for g in others]



# ---------------------------------------------------------------- plain rows for the GUI


def digest_row(s: Session, digest_id: int) -> DigestRow:
    """One digest as a plain row (raises NotFound)."""
    d = s.get(Digest, digest_id)
    if d is None:
        raise NotFound(problem("digest_not_found", f"There is no digest with id {digest_id}.", id=digest_id))
    item = s.get(AgendaItem, d.agenda_item_id)
    return _digest_row(d, item, get_meeting(s, d.from_meeting_id))


def question_row(s: Session, question_id: int) -> QuestionRow:
    """One question as a plain row (raises NotFound)."""
    return _question_row(get_question(s, question_id))


@dataclass(frozen=True)
class MeetingSharing:
    """What meeting mode shows about other groups, read at once."""

    received: list[DigestRow]  # digests placed on this meeting's agenda
    open_questions: list[QuestionRow]  # to this meeting's groups, unanswered
    answered_here: list[QuestionRow]  # answered at this meeting
    answers: list[QuestionRow]  # answers to this meeting's groups' questions
    waiting: list[QuestionRow]  # this meeting's groups' questions without an answer yet


def meeting_sharing(s: Session, meeting_id: int) -> MeetingSharing:
    return MeetingSharing(
        received=list_digests(s, meeting_id).received,
        open_questions=open_questions_for(s, meeting_id),
        answered_here=answered_at(s, meeting_id),
        answers=answers_for(s, meeting_id),
        waiting=waiting_questions_from(s, meeting_id),
    )


def open_question_count(s: Session, meeting: Meeting) -> int:
    """How many :func:`open_questions_for` the meeting (already loaded) has: one query."""
    from sqlalchemy import func

    return s.scalar(select(func.count(Question.id)).where(*_open_for(meeting))) or 0
