"""Rounds of self-evaluation: a baseline, perhaps a midway round, and an end round.

A round asks one questionnaire version (by default the newest standard one,
made if missing) of the members of its groups (by default every group not
archived when the round is made; a body added later is not asked by an
earlier round). The steering committee is never asked: it is not an expert
group, and choosing it is refused (``evaluation_round_steering``). Who is *asked* (:func:`asked_members`):

* every member who has a response in the round (answered or declined), under
  the group they answered as; and
* every other member of the round's groups who had not withdrawn before the
  round opened and (when the round has a closing date and the member a joining
  date) had joined by the time it closed.

The response rate is answered of asked; a declined member was asked and did
not answer.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from tankapp.domain import EvaluationResponse, EvaluationRound, ExpertGroup, Member, Questionnaire
from tankapp.domain.enums import EvaluationRoundKind, ResponseStatus
from tankapp.domain.rules import clean_text
from tankapp.services.errors import NotFound, ServiceError, ValidationError, problem
from tankapp.services.evaluation.questionnaire import ItemRow, ensure_standard_questionnaire, get_questionnaire
from tankapp.services.members.groups import STEERING, is_expert_group

__all__ = [
    "RoundInput",
    "RoundRow",
    "asked_members",
    "create_round",
    "delete_round",
    "get_round",
    "latest_round",
    "list_rounds",
    "round_items",
    "update_round",
]

TITLE_MAX = 200


@dataclass
class RoundInput:
    kind: EvaluationRoundKind = EvaluationRoundKind.BASELINE
    title: str = ""
    opens_on: dt.date | None = None
    closes_on: dt.date | None = None
    questionnaire_id: int | None = None  # None: the newest standard questionnaire
    group_ids: list[int] | None = None  # None: every expert group not archived


@dataclass(frozen=True)
class RoundRow:
    id: int
    uuid: uuid.UUID
    kind: EvaluationRoundKind
    title: str
    opens_on: dt.date
    closes_on: dt.date | None
    questionnaire_id: int
    questionnaire_key: str
    questionnaire_version: int
    questionnaire_title: str
    group_ids: tuple[int, ...]
    groups: tuple[str, ...]
    answered: int
    declined: int


def _row(s: Session, r: EvaluationRound) -> RoundRow:
    counts = dict(
        s.execute(
            select(EvaluationResponse.status, func.count())
            .where(EvaluationResponse.round_id == r.id)
            .group_by(EvaluationResponse.status)
        ).all()
    )
    q = r.questionnaire
    return RoundRow(
        id=r.id,
        uuid=r.uuid,
        kind=r.kind,
        title=r.title,
        opens_on=r.opens_on,
        closes_on=r.closes_on,
        questionnaire_id=q.id,
        questionnaire_key=q.key,
        questionnaire_version=q.version,
        questionnaire_title=q.title,
        group_ids=tuple(g.id for g in r.groups),
        groups=tuple(g.name for g in r.groups),
        answered=counts.get(ResponseStatus.ANSWERED, 0),
        declined=counts.get(ResponseStatus.DECLINED, 0),
    )


def _get(s: Session, round_id: int) -> EvaluationRound:
    r = s.get(EvaluationRound, round_id)
    if r is None:
        raise NotFound(problem("evaluation_round_not_found", f"There is no evaluation round with id {round_id}.",
                               id=round_id))
    return r


def get_round(s: Session, round_id: int) -> RoundRow:
    return _row(s, _get(s, round_id))


def list_rounds(s: Session, kind: EvaluationRoundKind | None = None) -> list[RoundRow]:
    """The rounds by opening date (then as made)."""
    q = (
        select(EvaluationRound)
        .options(selectinload(EvaluationRound.groups), selectinload(EvaluationRound.questionnaire))
        .order_by(EvaluationRound.opens_on, EvaluationRound.id)
    )
    if kind is not None:
        q = q.where(EvaluationRound.kind == kind)
    return [_row(s, r) for r in s.scalars(q)]


def latest_round(s: Session, kind: EvaluationRoundKind) -> RoundRow | None:
    """The round of *kind* that opened last, if any."""
    rounds = list_rounds(s, kind)
    return rounds[-1] if rounds else None


def round_items(s: Session, round_id: int) -> tuple[ItemRow, ...]:
    """The questions the round asks, in order: its questionnaire's version, whatever came later."""
    r = _get(s, round_id)
    return get_questionnaire(s, r.questionnaire_id).items


def _validate(s: Session, data: RoundInput) -> tuple[str, list[ExpertGroup], int]:
    problems = []
    title = clean_text(data.title)
    if not title:
        problems.append(problem("evaluation_round_title_required", "Give the round a title.", "title"))
    elif len(title) > TITLE_MAX:
        problems.append(problem("evaluation_text_too_long", f"The title is longer than {TITLE_MAX} characters.",
                                "title", max=str(TITLE_MAX)))
    if data.opens_on is None:
        problems.append(problem("evaluation_round_date_required", "Choose the day the round opens.", "opens_on"))
    elif data.closes_on is not None and data.closes_on < data.opens_on:
        problems.append(problem("evaluation_round_closes_before_opens",
                                "The round closes before it opens. Check the dates.", "closes_on"))
    try:
        EvaluationRoundKind(data.kind)
    except ValueError:
        problems.append(problem("evaluation_round_kind_required", "Choose the kind of round.", "kind"))
    if data.group_ids is None:
        chosen = list(s.scalars(select(ExpertGroup).where(ExpertGroup.archived.is_(False), is_expert_group())
                                .order_by(ExpertGroup.position, ExpertGroup.id)))
    else:
        ids = set(data.group_ids)
        chosen = list(s.scalars(select(ExpertGroup).where(ExpertGroup.id.in_(ids))
                                .order_by(ExpertGroup.position, ExpertGroup.id)))
        if len(chosen) != len(ids):
            problems.append(problem("group_not_found", "A chosen group does not exist.", "group_ids"))
        elif any(g.actor_kind == STEERING for g in chosen):
            problems.append(problem("evaluation_round_steering", "The self-evaluation asks the expert groups; "
                                    "the steering committee is not asked.", "group_ids"))
    if not chosen and not any(p.field == "group_ids" for p in problems):
        problems.append(problem("evaluation_round_groups_required", "Choose at least one group to ask.", "group_ids"))
    questionnaire_id = data.questionnaire_id
    if questionnaire_id is None:
        if not problems:
            questionnaire_id = ensure_standard_questionnaire(s).id
    elif s.get(Questionnaire, questionnaire_id) is None:
        problems.append(problem("questionnaire_not_found", "The questionnaire no longer exists.", "questionnaire_id",
                                id=questionnaire_id))
    if problems:
        raise ValidationError(problems)
    return title, chosen, questionnaire_id


def create_round(s: Session, data: RoundInput) -> RoundRow:
    """Make a round (see the module docstring for the defaults)."""
    title, chosen, questionnaire_id = _validate(s, data)
    r = EvaluationRound(
        kind=EvaluationRoundKind(data.kind),
        title=title,
        opens_on=data.opens_on,
        closes_on=data.closes_on,
        questionnaire_id=questionnaire_id,
    )
    r.groups = chosen
    s.add(r)
    s.flush()
    return _row(s, r)


def _has_responses(s: Session, round_id: int) -> bool:
    return s.scalar(select(EvaluationResponse.id).where(EvaluationResponse.round_id == round_id).limit(1)) is not None


def _has_responses_problem(s: Session, r: EvaluationRound, message: str) -> ServiceError:
    row = _row(s, r)
    return ServiceError(problem("evaluation_round_has_responses", message, count=str(row.answered + row.declined)))


def update_round(s: Session, round_id: int, data: RoundInput) -> RoundRow:
    """Change a round's kind, title, dates and groups; its questionnaire only while nobody has answered.

    ``data.questionnaire_id`` None keeps the round's questionnaire. A group with
    responses in the round stays in it (the answers keep their group).
    """
    r = _get(s, round_id)
    keep_questionnaire = data.questionnaire_id is None
    title, chosen, questionnaire_id = _validate(
        s, RoundInput(data.kind, data.title, data.opens_on, data.closes_on,
                      r.questionnaire_id if keep_questionnaire else data.questionnaire_id, data.group_ids)
    )
    if questionnaire_id != r.questionnaire_id and _has_responses(s, round_id):
        raise _has_responses_problem(s, r, "Members have answered this round; its questions cannot change now.")
    answered_groups = set(s.scalars(select(EvaluationResponse.group_id).where(EvaluationResponse.round_id == round_id)))
    missing = answered_groups - {g.id for g in chosen}
    if missing:
        chosen = chosen + list(s.scalars(select(ExpertGroup).where(ExpertGroup.id.in_(missing))))
        chosen.sort(key=lambda g: (g.position, g.id))
    r.kind = EvaluationRoundKind(data.kind)
    r.title = title
    r.opens_on = data.opens_on
    r.closes_on = data.closes_on
    r.questionnaire_id = questionnaire_id
    r.groups = chosen
    s.flush()
    s.expire(r, ["questionnaire"])
    return _row(s, r)


def delete_round(s: Session, round_id: int, *, with_responses: bool = False) -> None:
    """Delete a round; one with responses only when *with_responses* (they go with it)."""
    r = _get(s, round_id)
    if _has_responses(s, round_id) and not with_responses:
        raise _has_responses_problem(s, r, "Members have answered this round; delete their responses first.")
    s.delete(r)
    s.flush()


def asked_members(s: Session, round_id: int) -> dict[int, int]:
    """Who the round asks (see the module docstring): member id -> the group they count in."""
    r = _get(s, round_id)
    asked: dict[int, int] = dict(
        s.execute(select(EvaluationResponse.member_id, EvaluationResponse.group_id)
                  .where(EvaluationResponse.round_id == round_id)).all()
    )
    group_ids = [g.id for g in r.groups]
    if group_ids:
        q = select(Member.id, Member.group_id).where(
            Member.group_id.in_(group_ids),
            or_(Member.withdrawn_on.is_(None), Member.withdrawn_on >= r.opens_on),
        )
        if r.closes_on is not None:
            q = q.where(or_(Member.joined_on.is_(None), Member.joined_on <= r.closes_on))
        for member_id, group_id in s.execute(q):
            asked.setdefault(member_id, group_id)
    return asked
