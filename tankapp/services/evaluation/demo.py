"""The demo think tank's self-evaluation (invented answers), added by :func:`add_demo_evaluation`.

On the database ``tankapp demo`` makes (after :func:`tankapp.demo.build.create_demo`):

* a baseline round (*Førmåling ved projektstart*) that opened on the first day
  of the project period and ran for up to ten weeks, and an end round
  (*Slutevaluering*) that opened two weeks before today; the end round lies
  before the period's end, so the demo can show results today;
* both ask every group with the standard questionnaire (version 1, made if
  missing) and go through the services, so every rule applies;
* at baseline most members answered (typed in from paper), a few declined and
  some never answered; the members who withdrew later were asked too. At the
  end most of the active members answered (in the kiosk or on paper), a few
  declined; the withdrawn ones were not asked any more;
* the ratings show a knowledge gain for most members: the own-knowledge
  ratings rise by one or two points from baseline to end for most, stay for
  some and fall for a few; the success statements are mostly agreed with at
  the end (4-5) and lower at baseline;
* free text on promoters and barriers for about half the answers, in wordings
  that differ only in case and punctuation here and there (so the learning
  points group them), and some that match a knowledge contribution's title;
* :data:`SMALL_GROUP` ends below the threshold in the end round: only
  :data:`SMALL_GROUP_ANSWERS` of its members answered, so its figures are not
  shown;
* a few interview notes beside the rounds.

Deterministic: :class:`random.Random` with :data:`SEED`, members in the order they
were added, so the same demo database and ``today`` give the same answers.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tankapp.domain import EvaluationRound, ExpertGroup, Member
from tankapp.domain.enums import EvaluationRoundKind, ResponseChannel
from tankapp.services.errors import ServiceError, problem
from tankapp.services.evaluation.interviews import add_interview_note
from tankapp.services.evaluation.questionnaire import (
    BARRIERS_KEY,
    KNOWLEDGE_KEYS,
    PROMOTERS_KEY,
    STATEMENT_KEYS,
    ensure_standard_questionnaire,
)
from tankapp.services.evaluation.responses import Sheet, record_many
from tankapp.services.evaluation.rounds import RoundInput, RoundRow, create_round, get_round
from tankapp.services.thinktank import require_think_tank
from tankapp.services.members.groups import is_expert_group

__all__ = ["SMALL_GROUP", "SMALL_GROUP_ANSWERS", "add_demo_evaluation"]

SEED = 20_160_603
SMALL_GROUP = "Ledere"
SMALL_GROUP_ANSWERS = 3  # below MIN_ANSWERS on purpose
BASELINE_TITLE = "Førmåling ved projektstart"
END_TITLE = "Slutevaluering"

# How likely a member answered / declined (the rest never answered).
BASELINE_ANSWERED, BASELINE_DECLINED = 0.82, 0.06
END_ANSWERED, END_DECLINED = 0.80, 0.07

# Where a group starts on the own-knowledge scale (researchers and quality
# consultants know the field; users know their own course best).
GROUP_START: dict[str, dict[str, tuple[int, ...]]] = {
    "Brugere": {"knowledge_individual": (2, 3, 3, 4), "knowledge_relatives": (2, 3, 3)},
    "Forskere": {"knowledge_user_involvement": (3, 3, 4), "knowledge_organisational": (3, 3, 4)},
    "Kvalitetskonsulenter": {"knowledge_organisational": (3, 3, 4)},
}
DEFAULT_START = (1, 2, 2, 2, 3, 3)
GAIN = (-1, 0, 0, 1, 1, 1, 1, 2, 2)

PROMOTERS = [
    "Ledelsens opbakning",
    "ledelsens opbakning.",
    "Ledelsesopbakning, når en indsats skal forankres i driften",
    "En fast nøgleperson for inddragelse i hvert team",
    "Korte undervisningssessioner på afdelingsmødet",
    "Gode eksempler fra andre afdelinger",
    "Gode eksempler fra andre afdelinger!",
    "Brugerrepræsentanter, der er klædt godt på",
    "Et netværk på tværs af kommuner og regioner",
    "Tid på dagsordenen til at dele erfaringer",
    "En kort vejledning til nye brugerrepræsentanter",
]
BARRIERS = [
    "Mangel på tid",
    "mangel på tid",
    "Mangel på tid i en travl hverdag",
    "Projekter stopper, når projektmidlerne slipper op",
    "Ingen tid til fælles beslutningstagning i en travl klinik",
    "Journalsystemet har ikke plads til patientens egne mål",
    "Skiftende ledere og prioriteter",
    "Viden bliver hos de få, der var på kursus",
    "Det er uklart, hvem der har ansvaret for at sprede viden",
    "Brugerrådet hører aldrig, hvad input blev brugt til",
]
INTERVIEW_NOTES = [
    (EvaluationRoundKind.BASELINE, "Fortæller, at inddragelse mest sker i enkelte projekter. Håber at få redskaber "
     "til at gøre det til en fast del af driften."),
    (EvaluationRoundKind.END, "Har brugt materialet om pårørendeinddragelse på to personalemøder. Mangler stadig "
     "ledelsens prioritering, men kollegerne er nysgerrige."),
    (EvaluationRoundKind.END, "Synes, møderne på tværs af grupperne gav mest. Vil gerne fortsætte i et netværk "
     "efter projektet."),
    (EvaluationRoundKind.END, "Har fået en nøgleperson for inddragelse i teamet. Tidspresset er den største "
     "barriere; korte oplæg på afdelingsmødet virker bedst."),
]


def _clamp(value: int) -> int:
    return max(1, min(5, value))


def _points(rng: random.Random, pool: list[str]) -> str:
    picked = rng.sample(pool, rng.choice((1, 1, 2)))
    return rng.choice(("\n", "; ")).join(picked)


def _day(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randint(0, max(0, (last - first).days)))


def add_demo_evaluation(s: Session, today: dt.date | None = None) -> tuple[RoundRow, RoundRow]:
    """Give the demo think tank its baseline and end rounds with answers; returns (baseline, end).

    Refuses (``demo_needs_empty_db``) a database that has evaluation rounds already.
    """
    today = today or dt.date.today()
    tank = require_think_tank(s)
    if s.scalar(select(func.count(EvaluationRound.id))):
        raise ServiceError(problem("demo_needs_empty_db",
                                   "This database already holds evaluation rounds; the demo needs a new database."))
    rng = random.Random(SEED)
    ensure_standard_questionnaire(s)

    base_opens = min(tank.period_start, today)
    base_closes = min(base_opens + dt.timedelta(days=70), today)
    end_opens = max(today - dt.timedelta(days=14), base_closes + dt.timedelta(days=1))
    end_closes = max(today, end_opens)
    baseline = create_round(s, RoundInput(EvaluationRoundKind.BASELINE, BASELINE_TITLE, base_opens, base_closes))
    end = create_round(s, RoundInput(EvaluationRoundKind.END, END_TITLE, end_opens, end_closes))

    groups = {g.id: g.name for g in s.scalars(select(ExpertGroup).where(is_expert_group()))}
    # the expert groups' members (the steering committee is not asked)
    members = [m for m in s.scalars(select(Member).order_by(Member.id)) if m.group_id in groups]
    small_answers = 0
    answered_end: list[Member] = []
    baseline_sheets: list[Sheet] = []
    end_sheets: list[Sheet] = []
    for m in members:
        group = groups[m.group_id]
        starts = GROUP_START.get(group, {})
        knowledge_before = {k: rng.choice(starts.get(k, DEFAULT_START)) for k in KNOWLEDGE_KEYS}
        knowledge_after = {k: _clamp(v + rng.choice(GAIN)) for k, v in knowledge_before.items()}

        # baseline: everyone who was a member when it opened (the later withdrawn too)
        if m.withdrawn_on is None or m.withdrawn_on >= base_opens:
            first = max(base_opens, m.joined_on or base_opens)
            last = min(base_closes, m.withdrawn_on or base_closes)
            draw = rng.random()
            if draw < BASELINE_ANSWERED:
                answers: dict[str, object] = dict(knowledge_before)
                answers.update({k: rng.choice((1, 2, 2, 3, 3)) for k in STATEMENT_KEYS})
                if rng.random() < 0.4:
                    answers[PROMOTERS_KEY] = _points(rng, PROMOTERS)
                if rng.random() < 0.4:
                    answers[BARRIERS_KEY] = _points(rng, BARRIERS)
                baseline_sheets.append(Sheet(m.id, answers, ResponseChannel.PAPER, _day(rng, min(first, last), last)))
            elif draw < BASELINE_ANSWERED + BASELINE_DECLINED:
                baseline_sheets.append(Sheet(m.id, None, on=_day(rng, min(first, last), last)))

        # end: the members still in the think tank when it opened
        if m.withdrawn_on is not None and m.withdrawn_on < end_opens:
            continue
        draw = rng.random()
        if group == SMALL_GROUP:
            if small_answers < SMALL_GROUP_ANSWERS:
                draw = 0.0
            elif draw < END_ANSWERED:
                draw = 1.0  # the rest of the small group did not answer
        if draw < END_ANSWERED:
            if group == SMALL_GROUP:
                small_answers += 1
            answers = dict(knowledge_after)
            answers.update({k: rng.choice((3, 4, 4, 4, 5, 5)) for k in STATEMENT_KEYS})
            if rng.random() < 0.1:  # a statement left empty now and then
                answers.pop(rng.choice(STATEMENT_KEYS))
            if rng.random() < 0.6:
                answers[PROMOTERS_KEY] = _points(rng, PROMOTERS)
            if rng.random() < 0.6:
                answers[BARRIERS_KEY] = _points(rng, BARRIERS)
            channel = ResponseChannel.KIOSK if rng.random() < 0.6 else ResponseChannel.PAPER
            end_sheets.append(Sheet(m.id, answers, channel, _day(rng, end_opens, end_closes)))
            answered_end.append(m)
        elif draw < END_ANSWERED + END_DECLINED:
            end_sheets.append(Sheet(m.id, None, on=_day(rng, end_opens, end_closes)))
    # through the services' rules, one write per round
    record_many(s, baseline.id, baseline_sheets)
    record_many(s, end.id, end_sheets)

    # interview notes: one baseline interview, the rest after the end round, each with another member
    chosen = rng.sample(answered_end, min(len(INTERVIEW_NOTES), len(answered_end)))
    for m, (kind, text) in zip(chosen, INTERVIEW_NOTES):
        rnd = baseline if kind == EvaluationRoundKind.BASELINE else end
        on = _day(rng, rnd.opens_on, rnd.closes_on or today)
        add_interview_note(s, m.id, text, on=on, round_id=rnd.id)
    s.flush()
    return get_round(s, baseline.id), get_round(s, end.id)

