"""The self-evaluation's questionnaires: questions stored as data, with a version.

A questionnaire is never edited once made: a change of its questions is a new
row of the same ``key`` with the next ``version`` (:func:`create_questionnaire`),
and a round points at the version it asks, so a round keeps the questions it
was asked with.

The standard questionnaire (:data:`STANDARD_ITEMS`, key ``"standard"``) asks what
the steering committee's success criteria ask (``shared/domain.md``, "Success
criteria and evaluation"), Danish wording first:

* agreement, 1-5, with the three success statements (:data:`STATEMENT_KEYS`);
* the member's own rating, 1-5, of their knowledge of user involvement and of
  each of the framework's three kinds: organisational, individual, relatives
  (:data:`KNOWLEDGE_KEYS`; knowledge gain compares these between rounds);
* free text on the main promoters and the main barriers for spreading
  knowledge where the member works (:data:`PROMOTERS_KEY`, :data:`BARRIERS_KEY`;
  the learning points read them).

Answers are compared across versions by the question's ``key``, so a version 2
that rewords a question keeps its key and one that asks something else takes a
new key.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from tankapp.domain import Questionnaire, QuestionnaireItem
from tankapp.domain.enums import QuestionKind
from tankapp.services.errors import NotFound, ValidationError, problem

__all__ = [
    "AGREE_FROM",
    "BARRIERS_KEY",
    "KNOWLEDGE_KEYS",
    "PROMOTERS_KEY",
    "SCALE_MAX",
    "SCALE_MIN",
    "STANDARD_ITEMS",
    "STANDARD_KEY",
    "STANDARD_TITLE",
    "STATEMENT_KEYS",
    "ItemRow",
    "ItemSpec",
    "QuestionnaireRow",
    "create_questionnaire",
    "ensure_standard_questionnaire",
    "get_questionnaire",
    "list_questionnaires",
    "newest_questionnaire",
]

SCALE_MIN, SCALE_MAX = 1, 5
AGREE_FROM = 4  # 4 and 5 on the scale: agrees (or rates their knowledge high)

STANDARD_KEY = "standard"
STANDARD_TITLE = "Selvevaluering i tænketanken"

STATEMENT_KEYS = ("statement_knowledge", "statement_spreading", "statement_basis")
KNOWLEDGE_KEYS = (
    "knowledge_user_involvement",
    "knowledge_organisational",
    "knowledge_individual",
    "knowledge_relatives",
)
PROMOTERS_KEY = "promoters"
BARRIERS_KEY = "barriers"

_KEY = re.compile(r"^[a-z][a-z0-9_]{0,59}$")


@dataclass(frozen=True)
class ItemSpec:
    """A question as it is written: what :func:`create_questionnaire` takes."""

    key: str
    kind: QuestionKind
    text_da: str
    text_en: str
    short_da: str
    short_en: str


_AGREE, _KNOW, _TEXT = QuestionKind.AGREEMENT, QuestionKind.KNOWLEDGE, QuestionKind.TEXT

STANDARD_ITEMS: tuple[ItemSpec, ...] = (
    ItemSpec(
        "statement_knowledge", _AGREE,
        "Jeg har opnået substantiel ny viden om brugerinddragelse.",
        "I have gained substantial new knowledge about user involvement.",
        "Ny viden om brugerinddragelse", "New knowledge about user involvement",
    ),
    ItemSpec(
        "statement_spreading", _AGREE,
        "Jeg har opnået substantiel ny viden om mulighederne for at sprede viden i organisationer.",
        "I have gained substantial new knowledge about the possibilities for spreading knowledge in organisations.",
        "Ny viden om spredning i organisationer", "New knowledge about spreading knowledge",
    ),
    ItemSpec(
        "statement_basis", _AGREE,
        "Jeg vil være i stand til at skabe et bedre strukturelt og/eller processuelt grundlag for "
        "brugerinddragelse blandt ledere og frontlinjepersonale.",
        "I will be able to build a better structural and/or process basis for user involvement among "
        "managers and front-line staff.",
        "Bedre grundlag for brugerinddragelse", "A better basis for user involvement",
    ),
    ItemSpec(
        "knowledge_user_involvement", _KNOW,
        "Hvordan vurderer du din egen viden om brugerinddragelse?",
        "How do you rate your own knowledge of user involvement?",
        "Viden om brugerinddragelse", "Knowledge of user involvement",
    ),
    ItemSpec(
        "knowledge_organisational", _KNOW,
        "Hvordan vurderer du din egen viden om organisatorisk inddragelse (at organisationen systematisk "
        "søger og bruger brugernes perspektiv til at udvikle sine ydelser)?",
        "How do you rate your own knowledge of organisational involvement (the organisation systematically "
        "seeks and uses the users' perspective to improve its services)?",
        "Viden om organisatorisk inddragelse", "Knowledge of organisational involvement",
    ),
    ItemSpec(
        "knowledge_individual", _KNOW,
        "Hvordan vurderer du din egen viden om individuel inddragelse (at brugeren får indflydelse på sit "
        "eget forløb ud fra egne behov, præferencer og viden)?",
        "How do you rate your own knowledge of individual involvement (the user influences their own course "
        "of care from their needs, preferences and knowledge)?",
        "Viden om individuel inddragelse", "Knowledge of individual involvement",
    ),
    ItemSpec(
        "knowledge_relatives", _KNOW,
        "Hvordan vurderer du din egen viden om pårørendeinddragelse (at pårørende får støtte til egne behov "
        "eller inddrages i brugerens forløb)?",
        "How do you rate your own knowledge of involving relatives (relatives get support for their own "
        "needs, or are involved in the user's course)?",
        "Viden om pårørendeinddragelse", "Knowledge of involving relatives",
    ),
    ItemSpec(
        PROMOTERS_KEY, _TEXT,
        "Hvad er de væsentligste fremmere for at sprede viden om brugerinddragelse der, hvor du arbejder?",
        "What most promotes spreading knowledge about user involvement where you work?",
        "Fremmere for spredning", "Promoters of spreading knowledge",
    ),
    ItemSpec(
        BARRIERS_KEY, _TEXT,
        "Hvad er de væsentligste barrierer for at sprede viden om brugerinddragelse der, hvor du arbejder?",
        "What are the main barriers to spreading knowledge about user involvement where you work?",
        "Barrierer for spredning", "Barriers to spreading knowledge",
    ),
)


@dataclass(frozen=True)
class ItemRow:
    id: int
    uuid: uuid.UUID
    position: int
    key: str
    kind: QuestionKind
    text_da: str
    text_en: str
    short_da: str
    short_en: str

    @property
    def scale(self) -> bool:
        """A 1-5 question (agreement or own knowledge), not free text."""
        return self.kind.scale


@dataclass(frozen=True)
class QuestionnaireRow:
    id: int
    uuid: uuid.UUID
    key: str
    version: int
    title: str
    items: tuple[ItemRow, ...]

    def item(self, key: str) -> ItemRow | None:
        return next((i for i in self.items if i.key == key), None)


def _item_row(i: QuestionnaireItem) -> ItemRow:
    return ItemRow(i.id, i.uuid, i.position, i.key, i.kind, i.text_da, i.text_en, i.short_da, i.short_en)


def _row(q: Questionnaire) -> QuestionnaireRow:
    return QuestionnaireRow(q.id, q.uuid, q.key, q.version, q.title, tuple(_item_row(i) for i in q.items))


def get_questionnaire(s: Session, questionnaire_id: int) -> QuestionnaireRow:
    q = s.get(Questionnaire, questionnaire_id)
    if q is None:
        raise NotFound(
            problem("questionnaire_not_found", f"There is no questionnaire with id {questionnaire_id}.",
                    id=questionnaire_id)
        )
    return _row(q)


def list_questionnaires(s: Session, key: str | None = None) -> list[QuestionnaireRow]:
    """Every questionnaire (of *key*), by key and version."""
    q = select(Questionnaire).options(selectinload(Questionnaire.items)).order_by(Questionnaire.key, Questionnaire.version)
    if key is not None:
        q = q.where(Questionnaire.key == key)
    return [_row(x) for x in s.scalars(q)]


def newest_questionnaire(s: Session, key: str = STANDARD_KEY) -> QuestionnaireRow | None:
    q = s.scalars(
        select(Questionnaire).where(Questionnaire.key == key).order_by(Questionnaire.version.desc()).limit(1)
    ).first()
    return _row(q) if q is not None else None


def _invalid(message: str) -> ValidationError:
    return ValidationError([problem("questionnaire_invalid", message)])


def create_questionnaire(
    s: Session, key: str, title: str, items: Sequence[ItemSpec], *, version: int | None = None
) -> QuestionnaireRow:
    """A new questionnaire (or a new version of *key*: *version* None takes the next one).

    Refuses (``questionnaire_invalid``) an empty title, no questions, a question
    without a Danish or English text or short label, a key that is not
    lower-case letters, digits and ``_``, or two questions with one key; and
    (``questionnaire_version_taken``) a version that exists.
    """
    title = (title or "").strip()
    if not _KEY.match(key or ""):
        raise _invalid(f"The questionnaire's key {key!r} must be lower-case letters, digits and _.")
    if not title:
        raise _invalid("The questionnaire needs a title.")
    if not items:
        raise _invalid("The questionnaire needs at least one question.")
    keys = [i.key for i in items]
    if len(set(keys)) != len(keys):
        raise _invalid("Two questions of the questionnaire have the same key.")
    for i in items:
        if not _KEY.match(i.key or ""):
            raise _invalid(f"The question key {i.key!r} must be lower-case letters, digits and _.")
        if not all((t or "").strip() for t in (i.text_da, i.text_en, i.short_da, i.short_en)):
            raise _invalid(f"The question {i.key!r} needs its Danish and English text and short label.")
        QuestionKind(i.kind)
    newest = s.scalar(select(func.max(Questionnaire.version)).where(Questionnaire.key == key))
    if version is None:
        version = (newest or 0) + 1
    elif s.scalar(select(Questionnaire.id).where(Questionnaire.key == key, Questionnaire.version == version)):
        raise ValidationError([
            problem("questionnaire_version_taken", f"Version {version} of the questionnaire {key!r} exists already.",
                    version=str(version))
        ])
    q = Questionnaire(key=key, version=version, title=title)
    for pos, i in enumerate(items):
        q.items.append(
            QuestionnaireItem(
                position=pos,
                key=i.key,
                kind=QuestionKind(i.kind),
                text_da=i.text_da.strip(),
                text_en=i.text_en.strip(),
                short_da=i.short_da.strip(),
                short_en=i.short_en.strip(),
            )
        )
    s.add(q)
    s.flush()
    return _row(q)


def ensure_standard_questionnaire(s: Session) -> QuestionnaireRow:
    """The standard questionnaire: version 1 (:data:`STANDARD_ITEMS`) is made if there is none.

    Idempotent. Returns the newest version of the standard questionnaire (version 1
    until a version 2 is made), which is what a new round asks by default.
    """
    newest = newest_questionnaire(s, STANDARD_KEY)
    if newest is not None:
        return newest
    return create_questionnaire(s, STANDARD_KEY, STANDARD_TITLE, STANDARD_ITEMS, version=1)
