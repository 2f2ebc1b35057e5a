"""The self-evaluation's results: per group and overall, and the knowledge gain.

Figures of a round (:func:`round_results`), per group and for all groups together:

* the response rate: answered of asked (:func:`tankapp.services.evaluation.rounds.asked_members`;
  a declined member was asked and did not answer);
* per statement (and per own-knowledge rating): how many answered it, the
  distribution (how many chose 1, 2, 3, 4, 5), the mean, and the share who agree
  (4 or 5);
* the free text (promoters, barriers) as written, in Danish alphabetical order
  (not in the order it came in).

Knowledge gain (:func:`knowledge_gain`): for the members who answered both a
baseline and an end round, per own-knowledge question (matched by its key) the
mean rating at baseline and at the end, the mean of each member's end minus
baseline, and the share whose rating rose. The pairing per member happens here
and nowhere else; the results hold only counts and means, never a member.

So that no one can be singled out:

* a group with fewer than :data:`MIN_ANSWERS` answers (for the gain: members
  who answered both rounds) shows no figures and no free text: ``too_few`` is
  set and every figure is ``None``. How many were asked and answered, and the
  response rate, are still shown: the facilitator sees who has answered anyway;
* a question answered by fewer than :data:`MIN_ANSWERS` shows no figures
  either (``ItemFigures.hidden``), in a group and overall;
* the overall figures include every answer, those of the small groups too. As
  the overall minus the groups shown would give away a small group's figures,
  when the groups hidden hold fewer than :data:`MIN_ANSWERS` answers together,
  the shown groups with the fewest answers are hidden as well (``withheld``)
  until they do.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tankapp.domain import EvaluationAnswer, EvaluationResponse, ExpertGroup, QuestionnaireItem
from tankapp.domain.collation import sort_key
from tankapp.domain.enums import EvaluationRoundKind, QuestionKind, ResponseStatus
from tankapp.services.errors import ServiceError, problem
from tankapp.services.evaluation.questionnaire import (
    AGREE_FROM,
    BARRIERS_KEY,
    PROMOTERS_KEY,
    SCALE_MAX,
    SCALE_MIN,
    ItemRow,
)
from tankapp.services.evaluation.rounds import RoundRow, asked_members, get_round, latest_round, round_items

__all__ = [
    "MIN_ANSWERS",
    "OVERALL",
    "GainFigures",
    "GroupFigures",
    "GroupGain",
    "ItemFigures",
    "KnowledgeGain",
    "RoundResults",
    "knowledge_gain",
    "round_results",
]

MIN_ANSWERS = 5  # fewer answers than this in a group (or to a question): no figures
OVERALL = "Alle grupper"  # the group name of the overall figures


@dataclass(frozen=True)
class ItemFigures:
    """One scale question's figures; all None when ``hidden`` (fewer than MIN_ANSWERS answered it)."""

    key: str
    kind: QuestionKind
    short_da: str
    short_en: str
    text_da: str
    text_en: str
    answers: int | None  # how many answered it (None when the group's figures are hidden)
    counts: tuple[int, int, int, int, int] | None  # how many chose 1, 2, 3, 4, 5
    mean: float | None
    agree_share: float | None  # share who chose 4 or 5 (0-1)
    hidden: bool


@dataclass(frozen=True)
class GroupFigures:
    """A group's figures in a round, or all groups' (``group_id`` None)."""

    group_id: int | None
    group: str
    asked: int
    answered: int
    declined: int
    response_rate: float | None  # answered / asked (0-1); None when nobody was asked
    too_few: bool  # fewer than MIN_ANSWERS answered
    withheld: bool  # enough answers, hidden so a small group's figures cannot be worked out
    statements: tuple[ItemFigures, ...]
    knowledge: tuple[ItemFigures, ...]
    promoters: tuple[str, ...]  # the free text as written; () when hidden
    barriers: tuple[str, ...]

    @property
    def overall(self) -> bool:
        return self.group_id is None

    @property
    def shown(self) -> bool:
        """Whether the figures and free text are shown."""
        return not (self.too_few or self.withheld)


@dataclass(frozen=True)
class RoundResults:
    round: RoundRow
    overall: GroupFigures
    groups: tuple[GroupFigures, ...]
    min_answers: int = MIN_ANSWERS


@dataclass(frozen=True)
class GainFigures:
    """One own-knowledge question, end against baseline, over the members who answered it both times."""

    key: str
    short_da: str
    short_en: str
    text_da: str
    text_en: str
    pairs: int | None  # None when hidden
    baseline_mean: float | None
    end_mean: float | None
    gain: float | None  # mean of end minus baseline, per member
    improved_share: float | None  # share whose rating rose (0-1)
    hidden: bool


@dataclass(frozen=True)
class GroupGain:
    group_id: int | None  # None: all groups
    group: str
    pairs: int  # members who answered both rounds
    too_few: bool
    withheld: bool
    items: tuple[GainFigures, ...]

    @property
    def overall(self) -> bool:
        return self.group_id is None

    @property
    def shown(self) -> bool:
        return not (self.too_few or self.withheld)


@dataclass(frozen=True)
class KnowledgeGain:
    baseline: RoundRow
    end: RoundRow
    overall: GroupGain
    groups: tuple[GroupGain, ...]
    min_answers: int = MIN_ANSWERS


# ---------------------------------------------------------------- reading the answers


@dataclass
class _Response:
    member_id: int
    group_id: int
    status: ResponseStatus
    values: dict[str, int]
    texts: dict[str, str]


def _responses(s: Session, round_id: int) -> list[_Response]:
    out: dict[int, _Response] = {}
    for rid, member_id, group_id, status in s.execute(
        select(EvaluationResponse.id, EvaluationResponse.member_id, EvaluationResponse.group_id,
               EvaluationResponse.status).where(EvaluationResponse.round_id == round_id)
    ):
        out[rid] = _Response(member_id, group_id, status, {}, {})
    q = (
        select(EvaluationAnswer.response_id, QuestionnaireItem.key, QuestionnaireItem.kind, EvaluationAnswer.value,
               EvaluationAnswer.text)
        .join(QuestionnaireItem, EvaluationAnswer.item_id == QuestionnaireItem.id)
        .join(EvaluationResponse, EvaluationAnswer.response_id == EvaluationResponse.id)
        .where(EvaluationResponse.round_id == round_id)
    )
    for rid, key, kind, value, text in s.execute(q):
        r = out[rid]
        if r.status != ResponseStatus.ANSWERED:
            continue
        if kind == QuestionKind.TEXT:
            if text:
                r.texts[key] = text
        elif value is not None:
            r.values[key] = value
    return list(out.values())


def _groups(s: Session, ids: Iterable[int]) -> list[ExpertGroup]:
    ids = set(ids)
    if not ids:
        return []
    return sorted(s.scalars(select(ExpertGroup).where(ExpertGroup.id.in_(ids))),
                  key=lambda g: (g.position, sort_key(g.name), g.id))


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _withheld(sizes: dict[int, int]) -> set[int]:
    """The groups to hide besides the small ones, so the hidden answers (if any) number MIN_ANSWERS or more.

    *sizes*: group -> answers. A group with no answers hides nothing and needs no company.
    """
    hidden = {g for g, n in sizes.items() if 0 < n < MIN_ANSWERS}
    total = sum(sizes[g] for g in hidden)
    withheld: set[int] = set()
    shown = sorted((n, g) for g, n in sizes.items() if n >= MIN_ANSWERS)
    while hidden and total < MIN_ANSWERS and shown:
        n, g = shown.pop(0)
        withheld.add(g)
        total += n
    return withheld


# ---------------------------------------------------------------- a round's figures


def _item_figures(item: ItemRow, values: list[int], hide: bool) -> ItemFigures:
    n = len(values)
    if hide or n < MIN_ANSWERS:
        return ItemFigures(item.key, item.kind, item.short_da, item.short_en, item.text_da, item.text_en,
                           None if hide else n, None, None, None, True)
    counts = tuple(sum(1 for v in values if v == point) for point in range(SCALE_MIN, SCALE_MAX + 1))
    return ItemFigures(
        item.key, item.kind, item.short_da, item.short_en, item.text_da, item.text_en,
        n, counts, sum(values) / n, sum(1 for v in values if v >= AGREE_FROM) / n, False,
    )


def _figures(
    group_id: int | None,
    name: str,
    items: Sequence[ItemRow],
    asked: int,
    responses: list[_Response],
    *,
    withheld: bool = False,
) -> GroupFigures:
    answered = [r for r in responses if r.status == ResponseStatus.ANSWERED]
    declined = sum(1 for r in responses if r.status == ResponseStatus.DECLINED)
    too_few = len(answered) < MIN_ANSWERS
    hide = too_few or withheld

    def figures(kind: QuestionKind) -> tuple[ItemFigures, ...]:
        return tuple(
            _item_figures(i, [r.values[i.key] for r in answered if i.key in r.values], hide)
            for i in items if i.kind == kind
        )

    def texts(key: str) -> tuple[str, ...]:
        if hide:
            return ()
        return tuple(sorted((r.texts[key] for r in answered if key in r.texts), key=sort_key))

    return GroupFigures(
        group_id=group_id,
        group=name,
        asked=asked,
        answered=len(answered),
        declined=declined,
        response_rate=_share(len(answered), asked),
        too_few=too_few,
        withheld=withheld and not too_few,
        statements=figures(QuestionKind.AGREEMENT),
        knowledge=figures(QuestionKind.KNOWLEDGE),
        promoters=texts(PROMOTERS_KEY),
        barriers=texts(BARRIERS_KEY),
    )


def round_results(s: Session, round_id: int) -> RoundResults:
    """The round's figures per group (in the groups' order) and overall (see the module docstring)."""
    rnd = get_round(s, round_id)
    items = round_items(s, round_id)
    asked = asked_members(s, round_id)
    responses = _responses(s, round_id)
    asked_per_group: dict[int, int] = defaultdict(int)
    for group_id in asked.values():
        asked_per_group[group_id] += 1
    per_group: dict[int, list[_Response]] = defaultdict(list)
    for r in responses:
        per_group[r.group_id].append(r)
    groups = _groups(s, set(rnd.group_ids) | set(asked_per_group) | set(per_group))
    sizes = {g.id: sum(1 for r in per_group[g.id] if r.status == ResponseStatus.ANSWERED) for g in groups}
    withheld = _withheld(sizes)
    return RoundResults(
        round=rnd,
        overall=_figures(None, OVERALL, items, len(asked), responses),
        groups=tuple(
            _figures(g.id, g.name, items, asked_per_group[g.id], per_group[g.id], withheld=g.id in withheld)
            for g in groups
        ),
    )


# ---------------------------------------------------------------- knowledge gain


def _gain_figures(item: ItemRow, pairs: list[tuple[int, int]], hide: bool) -> GainFigures:
    n = len(pairs)
    if hide or n < MIN_ANSWERS:
        return GainFigures(item.key, item.short_da, item.short_en, item.text_da, item.text_en,
                           None if hide else n, None, None, None, None, True)
    return GainFigures(
        item.key, item.short_da, item.short_en, item.text_da, item.text_en,
        n,
        sum(b for b, _ in pairs) / n,
        sum(e for _, e in pairs) / n,
        sum(e - b for b, e in pairs) / n,
        sum(1 for b, e in pairs if e > b) / n,
        False,
    )


def _group_gain(
    group_id: int | None, name: str, items: Sequence[ItemRow], pairs: list[tuple[_Response, _Response]],
    *, withheld: bool = False,
) -> GroupGain:
    too_few = len(pairs) < MIN_ANSWERS
    hide = too_few or withheld
    return GroupGain(
        group_id=group_id,
        group=name,
        pairs=len(pairs),
        too_few=too_few,
        withheld=withheld and not too_few,
        items=tuple(
            _gain_figures(
                i,
                [(b.values[i.key], e.values[i.key]) for b, e in pairs if i.key in b.values and i.key in e.values],
                hide,
            )
            for i in items
        ),
    )


def knowledge_gain(
    s: Session, baseline_round_id: int | None = None, end_round_id: int | None = None
) -> KnowledgeGain | None:
    """End against baseline for the members who answered both (see the module docstring).

    Without ids: the baseline and the end round that opened last. None when
    there is no such pair of rounds. The questions compared are the
    own-knowledge questions both rounds' questionnaires ask (by key), in the end
    round's order. A member counts in the group they answered the end round as.
    """
    baseline = get_round(s, baseline_round_id) if baseline_round_id else latest_round(s, EvaluationRoundKind.BASELINE)
    end = get_round(s, end_round_id) if end_round_id else latest_round(s, EvaluationRoundKind.END)
    if baseline is None or end is None:
        return None
    if baseline.id == end.id:
        raise ServiceError(problem("evaluation_same_round", "Compare two different rounds."))
    baseline_keys = {i.key for i in round_items(s, baseline.id) if i.kind == QuestionKind.KNOWLEDGE}
    items = [i for i in round_items(s, end.id) if i.kind == QuestionKind.KNOWLEDGE and i.key in baseline_keys]
    before = {r.member_id: r for r in _responses(s, baseline.id) if r.status == ResponseStatus.ANSWERED}
    pairs_per_group: dict[int, list[tuple[_Response, _Response]]] = defaultdict(list)
    for r in _responses(s, end.id):
        if r.status == ResponseStatus.ANSWERED and r.member_id in before:
            pairs_per_group[r.group_id].append((before[r.member_id], r))
    groups = _groups(s, set(end.group_ids) | set(pairs_per_group))
    withheld = _withheld({g.id: len(pairs_per_group[g.id]) for g in groups})
    everyone = [p for g in pairs_per_group.values() for p in g]
    return KnowledgeGain(
        baseline=baseline,
        end=end,
        overall=_group_gain(None, OVERALL, items, everyone),
        groups=tuple(
            _group_gain(g.id, g.name, items, pairs_per_group[g.id], withheld=g.id in withheld) for g in groups
        ),
    )

