"""Learning points: the main promoters and barriers for spreading knowledge, from two sources.

* the self-evaluations' free text (the questions keyed ``promoters`` and
  ``barriers``; answered responses only), each answer split into its points:
  one per line, or per ``;``, with list marks ("-", "•", "1.", "2)") dropped;
* the knowledge contributions (*vidensbidrag*) of kind promoter or barrier, by
  their title (merged ones are counted once, in the one they were merged into).

Points that say the same are grouped under one :func:`normal_key`: case, white
space and punctuation do not count, nor the Danish letters' spellings ("å" and
"aa", "ø" and "oe", as the search box folds them). Each point tells how many
answers and how many contributions raised it and how many distinct groups, with
its most common wording; never who raised it, nor which group.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tankapp.domain import Contribution, EvaluationAnswer, EvaluationResponse, QuestionnaireItem
from tankapp.domain.collation import search_fold, sort_key
from tankapp.domain.enums import ContributionKind, QuestionKind, ResponseStatus
from tankapp.services.evaluation.questionnaire import BARRIERS_KEY, PROMOTERS_KEY

__all__ = ["LearningPoint", "LearningPoints", "learning_points", "normal_key", "split_points"]

_KIND_OF_KEY = {PROMOTERS_KEY: ContributionKind.PROMOTER, BARRIERS_KEY: ContributionKind.BARRIER}
_SPLIT = re.compile(r"[\n;]+")
_LIST_MARK = re.compile(r"^\s*(?:[-–—•*·]+|\d{1,2}[.)])\s*")
_NOT_WORD = re.compile(r"[\W_]+")
_TRAILING = re.compile(r"[\s.,;:!]+$")


@dataclass(frozen=True)
class LearningPoint:
    kind: ContributionKind  # PROMOTER or BARRIER
    text: str  # its most common wording
    key: str  # normal_key(text)
    groups: int  # distinct groups that raised it, from either source
    evaluations: int  # self-evaluation answers that raised it
    contributions: int  # knowledge contributions that raised it

    @property
    def both(self) -> bool:
        """Raised in the self-evaluations and as a contribution."""
        return self.evaluations > 0 and self.contributions > 0


@dataclass(frozen=True)
class LearningPoints:
    promoters: tuple[LearningPoint, ...]  # most groups first
    barriers: tuple[LearningPoint, ...]


def normal_key(text: str) -> str:
    """The key texts are grouped by: "Ledelsens opbakning!" and "ledelsens  OPBAKNING" share one."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return search_fold(" ".join(_NOT_WORD.sub(" ", folded).split()))


def split_points(text: str) -> list[str]:
    """A free-text answer's points: one per line or per ``;``, list marks and end punctuation dropped."""
    out = []
    for part in _SPLIT.split(text or ""):
        part = _TRAILING.sub("", _LIST_MARK.sub("", part)).strip()
        if normal_key(part):
            out.append(part)
    return out


@dataclass
class _Tally:
    wordings: Counter
    groups: set
    evaluations: int = 0
    contributions: int = 0


def learning_points(s: Session, round_ids: Sequence[int] | None = None) -> LearningPoints:
    """The grouped promoters and barriers (see the module docstring).

    *round_ids*: the rounds whose free text is read (None: every round).
    Ordered by the number of groups, then how often raised, then Danish order.
    """
    tallies: dict[tuple[ContributionKind, str], _Tally] = {}

    def add(kind: ContributionKind, text: str, group_id: int, source: str) -> None:
        key = normal_key(text)
        if not key:
            return
        t = tallies.setdefault((kind, key), _Tally(Counter(), set()))
        t.wordings[text] += 1
        t.groups.add(group_id)
        if source == "evaluation":
            t.evaluations += 1
        else:
            t.contributions += 1

    q = (
        select(QuestionnaireItem.key, EvaluationAnswer.text, EvaluationResponse.group_id)
        .join(EvaluationAnswer, EvaluationAnswer.item_id == QuestionnaireItem.id)
        .join(EvaluationResponse, EvaluationAnswer.response_id == EvaluationResponse.id)
        .where(
            QuestionnaireItem.kind == QuestionKind.TEXT,
            QuestionnaireItem.key.in_(_KIND_OF_KEY),
            EvaluationResponse.status == ResponseStatus.ANSWERED,
        )
    )
    if round_ids is not None:
        q = q.where(EvaluationResponse.round_id.in_(list(round_ids)))
    for key, text, group_id in s.execute(q):
        for point in dict.fromkeys(split_points(text)):  # a point written twice in one answer counts once
            add(_KIND_OF_KEY[key], point, group_id, "evaluation")

    for kind, title, group_id in s.execute(
        select(Contribution.kind, Contribution.title, Contribution.group_id).where(
            Contribution.kind.in_([ContributionKind.PROMOTER, ContributionKind.BARRIER]),
            Contribution.merged_into_id.is_(None),
        )
    ):
        text = _TRAILING.sub("", title or "").strip()
        add(kind, text, group_id, "contribution")

    points: dict[ContributionKind, list[LearningPoint]] = defaultdict(list)
    for (kind, key), t in tallies.items():
        # the most common wording; among equals one that begins with a capital, then the first in Danish order
        text = min(t.wordings, key=lambda w: (-t.wordings[w], not w[:1].isupper(), sort_key(w)))
        points[kind].append(LearningPoint(kind, text, key, len(t.groups), t.evaluations, t.contributions))
    order = lambda p: (-p.groups, -(p.evaluations + p.contributions), sort_key(p.text))  # noqa: E731
    return LearningPoints(
        promoters=tuple(sorted(points[ContributionKind.PROMOTER], key=order)),
        barriers=tuple(sorted(points[ContributionKind.BARRIER], key=order)),
    )
