"""Members' responses to a round: answers typed in from paper or given in the kiosk, or declined.

One response per member per round. Recording answers again replaces the
answers before, all in the caller's transaction (nothing half-saved); marking
declined drops any answers; clearing a response makes the member "not
answered" again.

An answer is checked against the round's own questionnaire version:

* a scale question (agreement, own knowledge) takes a whole number from 1 to 5
  (also typed as text: ``"4"``) or nothing (``None`` or ``""``);
* a free-text question takes text, trimmed, at most :data:`TEXT_MAX`
  characters; control characters other than line breaks and tabs are dropped
  (they cannot go into a spreadsheet);
* a question the questionnaire does not have is refused, and so is a response
  with no answer at all (mark the member declined instead).

Only given answers are stored. Who may get a response: a member who exists
(``member_not_found``), is not anonymised (``evaluation_member_anonymised``:
no new data about someone whose identity was removed), had not withdrawn
before the round opened (``evaluation_member_withdrawn``) and belongs to one of
the round's groups (``evaluation_group_not_asked``); a member who already has
a response in the round may always have it re-recorded (they may have moved
group since). The response keeps the group the member answered as.

A pile of forms goes in at once with :func:`record_many` (the same rules, all
sheets checked before anything is written, one write): the demo uses it.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from tankapp.domain import AuditEntry, EvaluationAnswer, EvaluationResponse, EvaluationRound, ExpertGroup, Member
from tankapp.domain.collation import sort_key
from tankapp.domain.danish import short_date
from tankapp.domain.enums import ResponseChannel, ResponseStatus
from tankapp.services.errors import NotFound, Problem, ServiceError, ValidationError, problem
from tankapp.services.evaluation.questionnaire import SCALE_MAX, SCALE_MIN, ItemRow
from tankapp.services.evaluation.rounds import _get as _get_round
from tankapp.services.evaluation.rounds import asked_members, round_items
from tankapp.services.privacy.rights import AUDIT_ANONYMISED

__all__ = [
    "TEXT_MAX",
    "ResponseRow",
    "RoundGroup",
    "RoundMember",
    "Sheet",
    "clean_answers",
    "clear_response",
    "get_response",
    "is_anonymised",
    "mark_declined",
    "record_many",
    "record_answers",
    "round_members",
]

TEXT_MAX = 4000  # characters in one free-text answer (a page of text)

Answer = int | str

_MAX_ID = 2**63 - 1  # SQLite's INTEGER: a larger id cannot exist
_CHUNK = 500  # ids per IN (...) when a batch reads its members

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class ResponseRow:
    """A member's response, for the facilitator's form (never for the results)."""

    id: int
    uuid: uuid.UUID
    round_id: int
    member_id: int
    group_id: int
    group: str
    status: ResponseStatus
    channel: ResponseChannel | None
    answered_on: dt.date
    answers: Mapping[str, Answer]  # question key -> 1-5 or text; only given answers


@dataclass(frozen=True)
class RoundMember:
    """A member asked by a round, with where their response stands."""

    member_id: int
    name: str
    group_id: int
    group: str
    state: ResponseStatus | None  # None: not answered (yet)
    answered_on: dt.date | None
    channel: ResponseChannel | None
    withdrawn_on: dt.date | None


@dataclass(frozen=True)
class RoundGroup:
    """A group of a round with its asked members (Danish order) and the counts."""

    group_id: int
    group: str
    members: tuple[RoundMember, ...]

    @property
    def asked(self) -> int:
        return len(self.members)

    @property
    def answered(self) -> int:
        return sum(1 for m in self.members if m.state == ResponseStatus.ANSWERED)

    @property
    def declined(self) -> int:
        return sum(1 for m in self.members if m.state == ResponseStatus.DECLINED)

    @property
    def not_answered(self) -> int:
        return sum(1 for m in self.members if m.state is None)


def _response_row(r: EvaluationResponse) -> ResponseRow:
    answers: dict[str, Answer] = {}
    for a in sorted(r.answers, key=lambda a: a.item.position):
        answers[a.item.key] = a.value if a.item.kind.scale else a.text
    return ResponseRow(r.id, r.uuid, r.round_id, r.member_id, r.group_id, r.group.name, r.status, r.channel,
                       r.answered_on, answers)


def is_anonymised(s: Session, member: Member) -> bool:
    """Whether the member's identity was removed (tankapp.services.privacy.rights.anonymise_member)."""
    return s.scalar(
        select(AuditEntry.id).where(AuditEntry.action == AUDIT_ANONYMISED, AuditEntry.record_uuid == str(member.uuid))
        .limit(1)
    ) is not None


# ---------------------------------------------------------------- checking answers


def _scale_value(value: object) -> int | None | Problem:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str) and re.fullmatch(r"\s*\d+\s*", value):
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and SCALE_MIN <= value <= SCALE_MAX:
        return value
    return problem("evaluation_scale_value", f"{value!r} is not a value from {SCALE_MIN} to {SCALE_MAX}.")


def _text_value(value: object) -> str | None | Problem:
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    text = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        return None
    if len(text) > TEXT_MAX:
        return problem("evaluation_text_too_long", f"The answer is longer than {TEXT_MAX} characters.",
                       max=str(TEXT_MAX))
    return text


def clean_answers(items: tuple[ItemRow, ...], answers: Mapping[str, object]) -> dict[str, Answer]:
    """The given answers, checked and cleaned (question key -> 1-5 or text); ValidationError
    with one problem per wrong answer (its ``field`` is the question's key)."""
    by_key = {i.key: i for i in items}
    problems: list[Problem] = []
    cleaned: dict[str, Answer] = {}
    for key, value in answers.items():
        item = by_key.get(key)
        if item is None:
            problems.append(problem("evaluation_item_unknown", f"The round's questionnaire has no question {key!r}.",
                                    key, key=str(key)))
            continue
        got = _scale_value(value) if item.scale else _text_value(value)
        if isinstance(got, Problem):
            problems.append(Problem(got.code, got.message, got.params, key))
        elif got is not None:
            cleaned[key] = got
    if not problems and not cleaned:
        problems.append(problem("evaluation_answers_empty",
                                "No question is answered; mark the member as declined instead."))
    if problems:
        raise ValidationError(problems)
    # in the questionnaire's order
    return {i.key: cleaned[i.key] for i in items if i.key in cleaned}


# ---------------------------------------------------------------- who may answer


def _eligible(s: Session, rnd: EvaluationRound, member_id: int) -> tuple[Member, EvaluationResponse | None]:
    member = s.get(Member, member_id)
    existing = None
    if member is not None:
        existing = s.scalars(
            select(EvaluationResponse).where(EvaluationResponse.round_id == rnd.id,
                                             EvaluationResponse.member_id == member_id)
        ).first()
    _check_eligible(rnd, member_id, member, existing, member is not None and is_anonymised(s, member))
    return member, existing


def _check_eligible(
    rnd: EvaluationRound, member_id: int, member: Member | None, existing: EvaluationResponse | None, anonymised: bool
) -> None:
    """The rules of the module docstring on what is known already (one member or a whole batch)."""
    if member is None:
        raise NotFound(problem("member_not_found", f"There is no member with id {member_id}.", id=member_id))
    if anonymised:
        raise ServiceError(problem("evaluation_member_anonymised",
                                   "The member has been anonymised; nothing new is recorded about them."))
    if existing is None:
        if member.withdrawn_on is not None and member.withdrawn_on < rnd.opens_on:
            raise ServiceError(problem(
                "evaluation_member_withdrawn",
                f"The member withdrew on {short_date(member.withdrawn_on)}, before the round opened "
                f"({short_date(rnd.opens_on)}).",
                date=short_date(member.withdrawn_on), opens=short_date(rnd.opens_on),
            ))
        if member.group_id not in {g.id for g in rnd.groups}:
            raise ServiceError(problem("evaluation_group_not_asked",
                                       f"The round does not ask the group {member.group.name}.",
                                       group=member.group.name))


def _group_name(s: Session, group_id: int) -> str:
    return s.get(ExpertGroup, group_id).name


def _response(s: Session, rnd: EvaluationRound, member: Member, existing: EvaluationResponse | None) -> EvaluationResponse:
    if existing is not None:
        return existing
    r = EvaluationResponse(round_id=rnd.id, member_id=member.id, group_id=member.group_id)
    s.add(r)
    return r


def record_answers(
    s: Session,
    round_id: int,
    member_id: int,
    answers: Mapping[str, object],
    *,
    channel: ResponseChannel = ResponseChannel.PAPER,
    on: dt.date | None = None,
) -> ResponseRow:
    """Record the member's answers to the round (question key -> value), replacing any before.

    *on* is the day the form was filled in (default today). Raises
    ValidationError for wrong answers (nothing is changed) and the problems
    of the module docstring for a member who may not answer.
    """
    rnd = _get_round(s, round_id)
    items = round_items(s, round_id)
    cleaned = clean_answers(items, answers)
    member, existing = _eligible(s, rnd, member_id)
    r = _response(s, rnd, member, existing)
    r.status = ResponseStatus.ANSWERED
    r.channel = ResponseChannel(channel)
    r.answered_on = on or dt.date.today()
    if existing is not None and existing.answers:
        existing.answers.clear()
        s.flush()  # the old answers go before the new ones take their (response, question) places
    by_key = {i.key: i for i in items}
    for key, value in cleaned.items():
        item = by_key[key]
        if item.scale:
            r.answers.append(EvaluationAnswer(item_id=item.id, value=value, text=""))
        else:
            r.answers.append(EvaluationAnswer(item_id=item.id, value=None, text=value))
    s.flush()
    return ResponseRow(r.id, r.uuid, r.round_id, r.member_id, r.group_id, _group_name(s, r.group_id), r.status,
                       r.channel, r.answered_on, dict(cleaned))


def mark_declined(s: Session, round_id: int, member_id: int, *, on: dt.date | None = None) -> ResponseRow:
    """The member does not want to answer the round: asked, not answered. Any answers before are dropped."""
    rnd = _get_round(s, round_id)
    member, existing = _eligible(s, rnd, member_id)
    r = _response(s, rnd, member, existing)
    r.status = ResponseStatus.DECLINED
    r.channel = None
    r.answered_on = on or dt.date.today()
    if existing is not None:
        existing.answers.clear()
    s.flush()
    return ResponseRow(r.id, r.uuid, r.round_id, r.member_id, r.group_id, _group_name(s, r.group_id), r.status,
                       r.channel, r.answered_on, {})


@dataclass(frozen=True)
class Sheet:
    """One member's form in a batch (:func:`record_many`): *answers* None means declined."""

    member_id: int
    answers: Mapping[str, object] | None
    channel: ResponseChannel = ResponseChannel.PAPER
    on: dt.date | None = None


def record_many(s: Session, round_id: int, sheets: Sequence[Sheet]) -> int:
    """Record many members' forms of one round at once (a pile typed in, the demo); returns how many.

    The same rules and cleaning as :func:`record_answers` and :func:`mark_declined`,
    checked for every sheet before anything is changed: the first problem raises
    and nothing is recorded. A member given twice keeps the last sheet. Reads the
    members and their responses in a few statements and writes once.
    """
    rnd = _get_round(s, round_id)
    items = round_items(s, round_id)
    by_key = {i.key: i for i in items}
    cleaned = [None if sh.answers is None else clean_answers(items, sh.answers) for sh in sheets]
    ids = list(dict.fromkeys(sh.member_id for sh in sheets))
    valid_ids = [i for i in ids if isinstance(i, int) and not isinstance(i, bool) and 0 < i <= _MAX_ID]
    members: dict[int, Member] = {}
    existing: dict[int, EvaluationResponse] = {}
    anonymised: set[str] = set()
    for start in range(0, len(valid_ids), _CHUNK):
        chunk = valid_ids[start:start + _CHUNK]
        members.update((m.id, m) for m in s.scalars(select(Member).where(Member.id.in_(chunk))))
        existing.update(
            (r.member_id, r)
            for r in s.scalars(
                select(EvaluationResponse).options(selectinload(EvaluationResponse.answers))
                .where(EvaluationResponse.round_id == round_id, EvaluationResponse.member_id.in_(chunk))
            )
        )
        uuids = [str(members[i].uuid) for i in chunk if i in members]
        anonymised.update(s.scalars(
            select(AuditEntry.record_uuid).where(AuditEntry.action == AUDIT_ANONYMISED, AuditEntry.record_uuid.in_(uuids))
        ))
    for mid in ids:
        member = members.get(mid)
        _check_eligible(rnd, mid, member, existing.get(mid),
                        member is not None and str(member.uuid) in anonymised)

    if any(r.answers for r in existing.values() if r.member_id in members):
        for r in existing.values():
            r.answers.clear()
        s.flush()  # the old answers go before the new ones take their (response, question) places
    last = {sh.member_id: (sh, answers) for sh, answers in zip(sheets, cleaned)}
    recorded: list[tuple[EvaluationResponse, dict[str, Answer] | None]] = []
    for mid, (sh, answers) in last.items():
        r = existing.get(mid)
        if r is None:
            member = members[mid]
            r = EvaluationResponse(round_id=rnd.id, member_id=mid, group_id=member.group_id)
            s.add(r)
        r.answered_on = sh.on or dt.date.today()
        if answers is None:
            r.status = ResponseStatus.DECLINED
            r.channel = None
        else:
            r.status = ResponseStatus.ANSWERED
            r.channel = ResponseChannel(sh.channel)
        recorded.append((r, answers))
    s.flush()  # the responses get their ids
    rows = [
        {"response_id": r.id, "item_id": by_key[key].id, "value": value if by_key[key].scale else None,
         "text": "" if by_key[key].scale else value}
        for r, answers in recorded if answers
        for key, value in answers.items()
    ]
    if rows:  # one statement for all the answers (the unit of work would add them one by one)
        s.execute(insert(EvaluationAnswer), rows)
    for r, _answers in recorded:
        s.expire(r, ["answers"])  # read again when asked
    return len(last)


def clear_response(s: Session, round_id: int, member_id: int) -> bool:
    """Remove the member's response (answers or declined): not answered again. False if there was none."""
    _get_round(s, round_id)
    r = s.scalars(
        select(EvaluationResponse).where(EvaluationResponse.round_id == round_id,
                                         EvaluationResponse.member_id == member_id)
    ).first()
    if r is None:
        return False
    s.delete(r)
    s.flush()
    return True


def get_response(s: Session, round_id: int, member_id: int) -> ResponseRow | None:
    """The member's response to the round (to correct a typed-in form), or None."""
    _get_round(s, round_id)
    r = s.scalars(
        select(EvaluationResponse)
        .options(selectinload(EvaluationResponse.answers).selectinload(EvaluationAnswer.item))
        .where(EvaluationResponse.round_id == round_id, EvaluationResponse.member_id == member_id)
    ).first()
    return _response_row(r) if r is not None else None


def round_members(s: Session, round_id: int) -> list[RoundGroup]:
    """The round's asked members per group (groups in their order, members in Danish order)."""
    _get_round(s, round_id)
    asked = asked_members(s, round_id)
    if not asked:
        return []
    responses = {
        r.member_id: r
        for r in s.scalars(select(EvaluationResponse).where(EvaluationResponse.round_id == round_id))
    }
    members = {m.id: m for m in s.scalars(select(Member).where(Member.id.in_(asked)))}
    groups = {g.id: g for g in s.scalars(select(ExpertGroup).where(ExpertGroup.id.in_(set(asked.values()))))}
    by_group: dict[int, list[RoundMember]] = {}
    for member_id, group_id in asked.items():
        m, r = members[member_id], responses.get(member_id)
        by_group.setdefault(group_id, []).append(
            RoundMember(
                member_id=member_id,
                name=m.name,
                group_id=group_id,
                group=groups[group_id].name,
                state=r.status if r else None,
                answered_on=r.answered_on if r else None,
                channel=r.channel if r else None,
                withdrawn_on=m.withdrawn_on,
            )
        )
    out = []
    for group_id in sorted(by_group, key=lambda g: (groups[g].position, sort_key(groups[g].name), g)):
        rows = sorted(by_group[group_id], key=lambda m: (sort_key(m.name), m.member_id))
        out.append(RoundGroup(group_id, groups[group_id].name, tuple(rows)))
    return out
