"""Where the think tank stands: the success criteria, the next meetings, overdue follow-ups.

:func:`success_criteria` judges the six success criteria the steering committee
asks for (``domain.md``, "Success criteria and evaluation") on one day and
returns a :class:`StatusReport` of plain frozen rows. The dashboard (the Status
section), ``tankapp status`` and the status report for the steering committee
all read it. Every criterion has

* a ``state`` (:class:`State`): met, on track, at risk, not met, or not yet
  measurable;
* the figures it was judged by (fields of its own class); and
* a one-line explanation: a ``reason`` code with ``params``, worded in English
  (:attr:`CriterionResult.explanation`, the command line) and Danish
  (:attr:`CriterionResult.explanation_da`, documents). The window words the
  same codes through its translations (``tankapp/ui/status/words.py``).

The steering committee (:mod:`tankapp.services.members.groups`) is no expert
group: its members, its meetings and their agendas and attendance are left out
of every criterion and of the next meetings (the overdue follow-ups include its
actions: they are the secretariat's to chase too).

The criteria (in :attr:`StatusReport.criteria` order, ``key`` in brackets):

``groups``
    the expert groups (:data:`GROUPS_REQUIRED`, six) are established, each
    with active members inside its own target size (``min_size``-``max_size``,
    10-20 unless the group says otherwise). Met when they are; not met when
    the project period has ended without; at risk until then.
``meetings``
    meetings held against the think tank's target (``meeting_target``, 18; a
    held joint meeting counts once) and the pace needed in the months left:
    ``needed_per_month = remaining / months_left``. Met at the target; not met
    when the period ended short of it. On track while the meetings held and
    planned ahead keep up with the plan's even pace (at least
    ``expected_by_now``: the target times the share of the period gone,
    rounded down), at risk when they fall behind it.
``agenda``
    every held meeting had a knowledge presentation and a discussion of
    dissemination on its agenda (by the agenda items' kinds). Not met when a
    held meeting lacked one (listed); at risk when a coming meeting's agenda
    lacks one (listed); otherwise on track, met once the period has ended, not
    yet measurable before the first meeting is held.
``attendance``
    each active member against the commitment (``commitment_min`` to
    ``commitment_max`` meetings, 2-4). A member's *meetings left* are their
    group's meetings planned from today to the end of the period that the
    member has not already registered for (present, afbud, absent), plus the
    meetings the target still needs that are not planned yet (any of them may
    become the group's), at most one for each month left, started months counted
    (:attr:`GroupAttendance.unplanned`). With
    ``needed = minimum - attended``, a member is (:class:`MemberState`):
    *reached* with ``needed <= 0``; *below* when ``meetings_left < needed`` or
    the period has ended; *at risk* when ``meetings_left == needed`` (only
    coming to every meeting left is enough); *can reach* otherwise. So there is
    no warning before it can matter: 1 attended with 2 left is not at risk, 1
    with 1 left is, 1 when the period has ended is below; and while meetings
    are still to be planned nobody is warned for lack of them. The criterion is not
    met with anyone below, at risk with anyone at risk, met when everyone has
    reached the minimum, otherwise on track.
``contributions``
    knowledge contributions by kind and by framework cell (the matrix of
    :mod:`tankapp.services.contributions.register`), and whether every held
    meeting collected at least one. At risk while a held meeting has none (not
    met after the period), on track otherwise (met after the period), not yet
    measurable before the first meeting.
``evaluation``
    the latest end round of the self-evaluation against the three success
    statements (:mod:`tankapp.services.evaluation.results`, whose
    fewer-than-5 rule holds here: a hidden figure stays ``None``). Met when at
    least :data:`AGREE_TARGET` of those answering agree (4 or 5) with each
    statement; at risk below that while the round is open, not met once it
    has closed or the period has ended; not yet measurable without an end
    round that has opened, or with fewer answers than the rule needs.

**Personal data.** The dashboard is the facilitator's own screen and gets
member ids and names. Fields that name people or hold free text are marked
``field(metadata=PERSONAL)``; :meth:`StatusReport.anonymous` returns the report
with every such field emptied, which is what a document for others (the status
report PDF) must start from. Everything else (counts, shares, group names,
meeting titles and dates) is safe to print. Where a member must be named
outside the facilitator's screen (``tankapp status``), :attr:`MemberAttendance.named`
gives the name only with the member's consent.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tankapp.domain import ActionItem, AgendaItem, Attendance, Meeting, Member, meeting_groups
from tankapp.domain.enums import (
    DEFAULT_GROUPS,
    ActionStatus,
    AgendaItemKind,
    ContributionInvolvement,
    ContributionKind,
    ContributionStatus,
    Criterion,
    MeetingStatus,
)
from tankapp.services.members import groups as group_service
from tankapp.services.members.groups import GroupSummary
from tankapp.services.thinktank import add_months, require_think_tank

__all__ = [
    "AGREE_TARGET",
    "CRITERIA",
    "GROUPS_REQUIRED",
    "NEXT_MEETINGS",
    "PERSONAL",
    "REASONS",
    "STATE_WORDS",
    "AgendaCriterion",
    "AgendaGap",
    "AttendanceCriterion",
    "CellCount",
    "ContributionsCriterion",
    "CriterionResult",
    "EvaluationCriterion",
    "GroupAttendance",
    "GroupCount",
    "GroupSize",
    "GroupStatements",
    "GroupsCriterion",
    "MeetingRef",
    "MeetingsCriterion",
    "MemberAttendance",
    "MemberState",
    "MonthTally",
    "OverdueAction",
    "Overview",
    "State",
    "StatementFigures",
    "StatusReport",
    "UpcomingMeeting",
    "overview",
    "success_criteria",
    "table_text",
]

GROUPS_REQUIRED = len(DEFAULT_GROUPS)  # six expert groups, one per kind of actor
AGREE_TARGET = 0.5  # share agreeing (4-5) with each success statement for the criterion to be met
NEXT_MEETINGS = 5  # how many coming meetings the report lists
PRESENTATION, DISSEMINATION = AgendaItemKind.KNOWLEDGE_PRESENTATION, AgendaItemKind.DISSEMINATION_DISCUSSION
REQUIRED_ITEMS = (PRESENTATION, DISSEMINATION)  # every meeting's agenda has these

#: Marks a field that names people or holds free text: left out of documents for others.
PERSONAL: Mapping[str, bool] = {"personal": True}

#: The criteria's keys in the order they are shown, with their titles (English, Danish).
CRITERIA: dict[str, tuple[str, str]] = {
    "groups": ("Expert groups established", "Ekspertgrupperne er etableret"),
    "meetings": ("Meetings held", "Afholdte møder"),
    "agenda": ("Knowledge and dissemination at every meeting", "Viden og spredning på hvert møde"),
    "attendance": ("Members' attendance", "Medlemmernes fremmøde"),
    "contributions": ("Knowledge contributions", "Vidensbidrag"),
    "evaluation": ("Self-evaluation", "Selvevaluering"),
}


class State(str, enum.Enum):
    """A criterion's state (its value is the stable key in JSON)."""

    MET = "met"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    NOT_MET = "not_met"
    NOT_YET = "not_yet_measurable"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


#: The states' words (English, Danish) for the command line and documents.
STATE_WORDS: dict[State, tuple[str, str]] = {
    State.MET: ("met", "opfyldt"),
    State.ON_TRACK: ("on track", "på rette vej"),
    State.AT_RISK: ("at risk", "i fare"),
    State.NOT_MET: ("not met", "ikke opfyldt"),
    State.NOT_YET: ("not yet measurable", "kan endnu ikke måles"),
}


class MemberState(str, enum.Enum):
    """One member's attendance against the commitment's minimum (see the module docstring)."""

    REACHED = "reached"
    CAN_REACH = "can_reach"
    AT_RISK = "at_risk"
    BELOW = "below"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


#: Each explanation's words: reason code -> (English, Danish), ``{name}`` filled from ``params``.
REASONS: dict[str, tuple[str, str]] = {
    "groups_met": (
        "All {groups} groups are established and within their target size.",
        "Alle {groups} grupper er etableret og har det ønskede antal medlemmer.",
    ),
    "groups_missing": (
        "{groups} of {required} groups are established.",
        "{groups} af {required} grupper er etableret.",
    ),
    "groups_outside": (
        "Groups outside their target size: {outside} of {groups}.",
        "Grupper uden for det ønskede antal medlemmer: {outside} af {groups}.",
    ),
    "meetings_met": (
        "{held} of {target} meetings held: the target is reached.",
        "{held} af {target} møder er holdt: målet er nået.",
    ),
    "meetings_ended": (
        "{held} of {target} meetings were held in the project period.",
        "{held} af {target} møder blev holdt i projektperioden.",
    ),
    "meetings_planned": (
        "{held} of {target} held; with the {planned} planned the target is reached.",
        "{held} af {target} holdt; med de {planned} planlagte nås målet.",
    ),
    "meetings_pace": (
        "{held} of {target} held, {planned} planned; {remaining} to go in {months} months: {pace} a month.",
        "{held} af {target} holdt, {planned} planlagt; {remaining} mangler på {months} måneder: {pace} om måneden.",
    ),
    "meetings_behind": (
        "{held} held and {planned} planned, behind the {expected} of {target} the plan expects by now; "
        "{pace} a month needed.",
        "{held} holdt og {planned} planlagt, bagud i forhold til de {expected} af {target}, planen forventer nu; "
        "{pace} om måneden er nødvendigt.",
    ),
    "agenda_not_yet": (
        "No meeting has been held yet.",
        "Der er ikke holdt noget møde endnu.",
    ),
    "agenda_missing_held": (
        "Held meetings without a knowledge presentation or a discussion of dissemination: {missing} of {held}.",
        "Holdte møder uden vidensoplæg eller drøftelse af spredning: {missing} af {held}.",
    ),
    "agenda_missing_planned": (
        "Coming meetings without a knowledge presentation or a discussion of dissemination on the agenda: {missing}.",
        "Kommende møder uden vidensoplæg eller drøftelse af spredning på dagsordenen: {missing}.",
    ),
    "agenda_ok": (
        "Every held meeting had a knowledge presentation and a discussion of dissemination ({held} meetings).",
        "Alle holdte møder havde vidensoplæg og drøftelse af spredning ({held} møder).",
    ),
    "attendance_no_members": (
        "There are no active members yet.",
        "Der er ingen aktive medlemmer endnu.",
    ),
    "attendance_below": (
        "Members who can no longer reach {min} meetings: {below}.",
        "Medlemmer, der ikke længere kan nå {min} møder: {below}.",
    ),
    "attendance_below_ended": (
        "Members who attended fewer than {min} meetings: {below}.",
        "Medlemmer, der deltog i færre end {min} møder: {below}.",
    ),
    "attendance_at_risk": (
        "Members who reach {min} meetings only by coming to every meeting left: {at_risk}.",
        "Medlemmer, der kun når {min} møder ved at komme til alle de resterende møder: {at_risk}.",
    ),
    "attendance_met": (
        "Every member has attended at least {min} meetings ({members} members).",
        "Alle medlemmer har deltaget i mindst {min} møder ({members} medlemmer).",
    ),
    "attendance_on_track": (
        "Attended {min} meetings so far: {reached} of {members} members; the others can still make it.",
        "Har deltaget i {min} møder indtil nu: {reached} af {members} medlemmer; de øvrige kan stadig nå det.",
    ),
    "contributions_not_yet": (
        "No meeting has been held yet.",
        "Der er ikke holdt noget møde endnu.",
    ),
    "contributions_missing": (
        "Held meetings without any knowledge contribution: {missing} of {held}.",
        "Holdte møder uden vidensbidrag: {missing} af {held}.",
    ),
    "contributions_ok": (
        "Contributions: {total}; every held meeting gave at least one.",
        "Bidrag: {total}; alle holdte møder har givet mindst ét.",
    ),
    "evaluation_no_round": (
        "There is no end evaluation yet.",
        "Der er ingen slutevaluering endnu.",
    ),
    "evaluation_too_few": (
        "Too few answers to the end evaluation yet: {answered} of {asked} (at least {min_answers} needed).",
        "For få svar på slutevalueringen endnu: {answered} af {asked} (mindst {min_answers} skal svare).",
    ),
    "evaluation_met": (
        "At least {target} % agree with each of the {statements} statements ({answered} answers).",
        "Mindst {target} % er enige i hvert af de {statements} udsagn ({answered} svar).",
    ),
    "evaluation_below": (
        "Statements fewer than {target} % agree with: {below} of {statements}.",
        "Udsagn, som færre end {target} % er enige i: {below} af {statements}.",
    ),
    "evaluation_hidden": (
        "Statements with too few answers to show: {hidden} of {statements}.",
        "Udsagn med for få svar til at blive vist: {hidden} af {statements}.",
    ),
}


def _number(value, danish: bool) -> str:
    """A parameter as text: whole numbers as they are, other numbers with one decimal (1,5 in Danish)."""
    if isinstance(value, float):
        text = f"{value:.1f}"
        return text.replace(".", ",") if danish else text
    return str(value)


# ---------------------------------------------------------------- the rows


@dataclass(frozen=True)
class CriterionResult:
    """What every criterion has: its key, state and the explanation's code and parameters.

    ``params`` hold numbers (int, or float for months and paces) and short texts;
    :attr:`explanation` / :attr:`explanation_da` word them (floats with one decimal).
    """

    key: str  # one of CRITERIA: groups, meetings, agenda, attendance, contributions, evaluation
    state: State
    reason: str  # a key of REASONS
    params: Mapping[str, int | float | str]

    @property
    def title(self) -> str:
        return CRITERIA[self.key][0]

    @property
    def title_da(self) -> str:
        return CRITERIA[self.key][1]

    @property
    def explanation(self) -> str:
        """The one-line explanation in English."""
        return REASONS[self.reason][0].format(**{k: _number(v, False) for k, v in self.params.items()})

    @property
    def explanation_da(self) -> str:
        """The one-line explanation in Danish (for documents)."""
        return REASONS[self.reason][1].format(**{k: _number(v, True) for k, v in self.params.items()})


@dataclass(frozen=True)
class MeetingRef:
    """A meeting as the status names it (no personal data)."""

    id: int
    title: str
    date: dt.date
    start: dt.time
    status: MeetingStatus
    groups: tuple[str, ...]  # its groups' names, in the groups' order


@dataclass(frozen=True)
class GroupSize:
    group_id: int
    name: str
    members: int  # active (not withdrawn) members
    min_size: int
    max_size: int

    @property
    def in_range(self) -> bool:
        return self.min_size <= self.members <= self.max_size

    @property
    def warning(self) -> str | None:
        """'too_few' / 'too_many' outside the target size, else None."""
        if self.members < self.min_size:
            return "too_few"
        if self.members > self.max_size:
            return "too_many"
        return None


@dataclass(frozen=True)
class GroupsCriterion(CriterionResult):
    """(a) The expert groups established, each with its active members against its target size."""

    required: int  # GROUPS_REQUIRED
    groups: tuple[GroupSize, ...]  # the groups not archived, in their order

    @property
    def established(self) -> int:
        return len(self.groups)

    @property
    def in_range(self) -> int:
        return sum(1 for g in self.groups if g.in_range)

    @property
    def outside(self) -> tuple[GroupSize, ...]:
        return tuple(g for g in self.groups if not g.in_range)


@dataclass(frozen=True)
class MonthTally:
    """One calendar month of the project period: meetings held, and planned from today on, that month."""

    month: dt.date  # the first day of the month
    held: int
    planned: int  # planned meetings dated today or later (those dated before today are ``unmarked``)


@dataclass(frozen=True)
class GroupCount:
    group_id: int
    name: str
    count: int


@dataclass(frozen=True)
class MeetingsCriterion(CriterionResult):
    """(b) Meetings held against the target, and the pace the rest needs.

    ``held`` counts a joint meeting once; ``held_by_group`` counts it for each of
    its groups. ``planned_ahead``: planned meetings from today to the end of the
    period. ``unmarked``: meetings dated before today still planned (neither
    marked held nor cancelled): they count as neither.
    """

    target: int
    held: int
    joint_held: int
    planned_ahead: int
    cancelled: int
    remaining: int  # target - held, at least 0
    months_total: float  # the length of the project period in months
    months_left: float  # from today (included) to the end of the period; 0 after it
    needed_per_month: float | None  # remaining / months_left; None when nothing remains or no time is left
    even_per_month: float  # the plan's even pace: target / months_total
    expected_by_now: int  # target x the share of the period gone by today, rounded down
    by_month: tuple[MonthTally, ...]  # every month of the period, in order
    held_by_group: tuple[GroupCount, ...]
    unmarked: tuple[MeetingRef, ...]


@dataclass(frozen=True)
class AgendaGap:
    """A meeting whose agenda lacks a required kind of item."""

    meeting: MeetingRef
    missing: tuple[AgendaItemKind, ...]  # of REQUIRED_ITEMS, in that order


@dataclass(frozen=True)
class AgendaCriterion(CriterionResult):
    """(c) A knowledge presentation and a discussion of dissemination on every held meeting's agenda."""

    held: int
    complete: int  # held meetings that had both
    held_missing: tuple[AgendaGap, ...]  # held meetings that lacked one, by date
    planned_missing: tuple[AgendaGap, ...]  # meetings planned ahead whose agenda lacks one, by date


@dataclass(frozen=True)
class MemberAttendance:
    """A member's meetings against the commitment (personal: only in PERSONAL fields)."""

    member_id: int
    name: str
    consent_named: bool
    group_id: int
    group: str
    attended: int
    meetings_left: int  # see the module docstring
    state: MemberState

    @property
    def named(self) -> str | None:
        """The name where it may be shown to others: only with the member's consent."""
        return self.name if self.consent_named else None


@dataclass(frozen=True)
class GroupAttendance:
    """A group's members by attendance state (counts only: safe for documents)."""

    group_id: int
    name: str
    members: int
    reached: int
    can_reach: int
    at_risk: int
    below: int
    planned_left: int  # the group's meetings planned from today to the end of the period
    unplanned: int  # meetings the target needs not planned yet (any may be the group's), at most one a month left


@dataclass(frozen=True)
class AttendanceCriterion(CriterionResult):
    """(d) Members' attendance against the commitment (2-4 meetings)."""

    minimum: int
    maximum: int
    members: int  # active members of the groups not archived
    reached: int
    can_reach: int
    at_risk: int
    below: int
    above: int  # attended more than the maximum (not a problem; shown for the record)
    distribution: tuple[int, ...]  # members who attended 0, 1, ..., maximum, and (last) more than maximum
    groups: tuple[GroupAttendance, ...]
    members_at_risk: tuple[MemberAttendance, ...] = field(metadata=PERSONAL)  # by group, then name
    members_below: tuple[MemberAttendance, ...] = field(metadata=PERSONAL)


@dataclass(frozen=True)
class CellCount:
    """One cell of the framework matrix: a kind of involvement against a criterion."""

    involvement: ContributionInvolvement
    criterion: Criterion
    count: int
    by_kind: Mapping[ContributionKind, int]


@dataclass(frozen=True)
class ContributionsCriterion(CriterionResult):
    """(e) Knowledge contributions by kind and framework cell; every held meeting gave some.

    Counts include drafts (``drafts`` says how many); merged-away contributions are
    not counted. A contribution with several criteria is in several cells.
    """

    total: int
    drafts: int
    reviewed: int
    sent: int
    by_kind: Mapping[ContributionKind, int]  # every kind, in the enum's order
    cells: tuple[CellCount, ...]  # 3 x 3: organisational, individual, relatives x frames, process, use
    unclassified: int
    empty_cells: int
    by_group: tuple[GroupCount, ...]
    held: int
    held_without: tuple[MeetingRef, ...]  # held meetings with no contribution, by date


@dataclass(frozen=True)
class StatementFigures:
    """One success statement in a group or overall: None where the fewer-than-5 rule hides it."""

    key: str  # statement_knowledge, statement_spreading, statement_basis
    short_en: str
    short_da: str
    answers: int | None
    agree_share: float | None  # 0-1, share who chose 4 or 5
    mean: float | None
    counts: tuple[int, int, int, int, int] | None  # how many chose 1..5
    hidden: bool


@dataclass(frozen=True)
class GroupStatements:
    group_id: int
    name: str
    asked: int
    answered: int
    shown: bool  # False: too few answers (or withheld so a small group cannot be worked out)
    too_few: bool
    statements: tuple[StatementFigures, ...]


@dataclass(frozen=True)
class EvaluationCriterion(CriterionResult):
    """(f) The end round's answers against the three success statements."""

    round_id: int | None  # the end round judged; None when there is none that has opened
    round_title: str
    opens_on: dt.date | None
    closes_on: dt.date | None
    asked: int
    answered: int
    declined: int
    response_rate: float | None
    min_answers: int
    agree_target: float
    statements: tuple[StatementFigures, ...]  # overall
    groups: tuple[GroupStatements, ...]
    baseline_answered: int | None  # answers to the latest baseline round, if there is one


@dataclass(frozen=True)
class UpcomingMeeting:
    meeting: MeetingRef
    missing: tuple[AgendaItemKind, ...]  # required kinds its agenda lacks so far


@dataclass(frozen=True)
class OverdueAction:
    """An action item past its due date and not done (personal: free text and an owner)."""

    id: int
    text: str
    due_on: dt.date
    days_overdue: int
    dissemination: bool
    meeting: MeetingRef
    owner_member_id: int | None
    owner_name: str | None  # the member's or the guest's name
    owner_consent_named: bool  # a guest counts as named (they are named in the minutes)

    @property
    def owner_named(self) -> str | None:
        return self.owner_name if self.owner_consent_named else None


@dataclass(frozen=True)
class StatusReport:
    """The success criteria on ``today``, the next meetings and the overdue follow-ups."""

    name: str
    period_start: dt.date
    period_end: dt.date
    today: dt.date
    groups: GroupsCriterion
    meetings: MeetingsCriterion
    agenda: AgendaCriterion
    attendance: AttendanceCriterion
    contributions: ContributionsCriterion
    evaluation: EvaluationCriterion
    next_meetings: tuple[UpcomingMeeting, ...]  # the first NEXT_MEETINGS planned from today
    overdue_count: int
    overdue: tuple[OverdueAction, ...] = field(metadata=PERSONAL)  # by due date

    @property
    def criteria(self) -> tuple[CriterionResult, ...]:
        return (self.groups, self.meetings, self.agenda, self.attendance, self.contributions, self.evaluation)

    @property
    def ended(self) -> bool:
        return self.today > self.period_end

    def anonymous(self) -> StatusReport:
        """This report with every PERSONAL field emptied: the start of any document for others."""
        return _anonymous(self)

    def as_dict(self) -> dict:
        """The report for JSON (``tankapp status --format json``): stable English keys, documented in README.

        Members and action owners are named only with their consent (else ``null``
        beside their id); the free text of overdue actions is included.
        """
        return {
            "think_tank": self.name,
            "today": self.today.isoformat(),
            "period_start": self.period_start.isoformat(),
            "period_end": self.period_end.isoformat(),
            "ended": self.ended,
            "criteria": [
                {
                    "key": c.key,
                    "title": c.title,
                    "state": c.state.value,
                    "explanation": c.explanation,
                    "figures": _FIGURES[c.key](c),
                }
                for c in self.criteria
            ],
            "next_meetings": [{**_ref(u.meeting), "missing": [k.value for k in u.missing]} for u in self.next_meetings],
            "overdue_actions": [
                {
                    "id": a.id,
                    "text": a.text,
                    "due_on": a.due_on.isoformat(),
                    "days_overdue": a.days_overdue,
                    "dissemination": a.dissemination,
                    "meeting": _ref(a.meeting),
                    "owner_member_id": a.owner_member_id,
                    "owner": a.owner_named,
                }
                for a in self.overdue
            ],
        }


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _ref(m: MeetingRef) -> dict:
    return {"id": m.id, "title": m.title, "date": m.date.isoformat(), "start": m.start.strftime("%H:%M"),
            "status": m.status.value, "groups": list(m.groups)}


def _gap(g: AgendaGap) -> dict:
    return {**_ref(g.meeting), "missing": [k.value for k in g.missing]}


def _member(r: MemberAttendance) -> dict:
    return {"member_id": r.member_id, "name": r.named, "group": r.group, "attended": r.attended,
            "meetings_left": r.meetings_left}


def _statements(items: tuple[StatementFigures, ...]) -> list[dict]:
    return [
        {"key": f.key, "short": f.short_en, "answers": f.answers, "agree_share": _share(f.agree_share),
         "mean": _share(f.mean), "counts": list(f.counts) if f.counts else None, "hidden": f.hidden}
        for f in items
    ]


_FIGURES = {
    "groups": lambda c: {
        "required": c.required,
        "established": c.established,
        "in_range": c.in_range,
        "groups": [
            {"id": g.group_id, "name": g.name, "members": g.members, "min_size": g.min_size, "max_size": g.max_size,
             "in_range": g.in_range, "warning": g.warning}
            for g in c.groups
        ],
    },
    "meetings": lambda c: {
        "target": c.target,
        "held": c.held,
        "joint_held": c.joint_held,
        "planned_ahead": c.planned_ahead,
        "cancelled": c.cancelled,
        "remaining": c.remaining,
        "months_total": round(c.months_total, 2),
        "months_left": round(c.months_left, 2),
        "needed_per_month": _share(c.needed_per_month),
        "even_per_month": _share(c.even_per_month),
        "expected_by_now": c.expected_by_now,
        "by_month": [{"month": t.month.strftime("%Y-%m"), "held": t.held, "planned": t.planned} for t in c.by_month],
        "held_by_group": [{"id": g.group_id, "name": g.name, "held": g.count} for g in c.held_by_group],
        "unmarked": [_ref(m) for m in c.unmarked],
    },
    "agenda": lambda c: {
        "held": c.held,
        "complete": c.complete,
        "held_missing": [_gap(g) for g in c.held_missing],
        "planned_missing": [_gap(g) for g in c.planned_missing],
    },
    "attendance": lambda c: {
        "minimum": c.minimum,
        "maximum": c.maximum,
        "members": c.members,
        "reached": c.reached,
        "can_reach": c.can_reach,
        "at_risk": c.at_risk,
        "below": c.below,
        "above": c.above,
        "distribution": list(c.distribution),
        "groups": [
            {"id": g.group_id, "name": g.name, "members": g.members, "reached": g.reached, "can_reach": g.can_reach,
             "at_risk": g.at_risk, "below": g.below, "planned_left": g.planned_left, "unplanned": g.unplanned}
            for g in c.groups
        ],
        "members_at_risk": [_member(r) for r in c.members_at_risk],
        "members_below": [_member(r) for r in c.members_below],
    },
    "contributions": lambda c: {
        "total": c.total,
        "drafts": c.drafts,
        "reviewed": c.reviewed,
        "sent": c.sent,
        "by_kind": {k.value: n for k, n in c.by_kind.items()},
        "matrix": {
            inv.value: {cell.criterion.value: cell.count for cell in c.cells if cell.involvement == inv}
            for inv in dict.fromkeys(cell.involvement for cell in c.cells)
        },
        "unclassified": c.unclassified,
        "empty_cells": c.empty_cells,
        "by_group": [{"id": g.group_id, "name": g.name, "count": g.count} for g in c.by_group],
        "held": c.held,
        "held_without": [_ref(m) for m in c.held_without],
    },
    "evaluation": lambda c: {
        "round_id": c.round_id,
        "round_title": c.round_title or None,
        "opens_on": c.opens_on.isoformat() if c.opens_on else None,
        "closes_on": c.closes_on.isoformat() if c.closes_on else None,
        "asked": c.asked,
        "answered": c.answered,
        "declined": c.declined,
        "response_rate": _share(c.response_rate),
        "min_answers": c.min_answers,
        "agree_target": c.agree_target,
        "statements": _statements(c.statements),
        "groups": [
            {"id": g.group_id, "name": g.name, "asked": g.asked, "answered": g.answered, "shown": g.shown,
             "statements": _statements(g.statements)}
            for g in c.groups
        ],
        "baseline_answered": c.baseline_answered,
    },
}


def _anonymous(obj):
    changes = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if f.metadata.get("personal"):
            changes[f.name] = ()
        elif is_dataclass(value) and not isinstance(value, type):
            changes[f.name] = _anonymous(value)
    return replace(obj, **changes) if changes else obj


# ---------------------------------------------------------------- reading


@dataclass(slots=True)
class _Meeting:
    id: int
    title: str
    date: dt.date
    start: dt.time
    status: MeetingStatus
    group_ids: list[int] = field(default_factory=list)
    kinds: set[AgendaItemKind] = field(default_factory=set)

    def ref(self, names: Mapping[int, str], order: Mapping[int, int]) -> MeetingRef:
        ids = sorted(self.group_ids, key=lambda g: (order.get(g, 1 << 30), g))
        return MeetingRef(self.id, self.title, self.date, self.start, self.status,
                          tuple(names.get(g, "") for g in ids))

    def missing(self) -> tuple[AgendaItemKind, ...]:
        return tuple(k for k in REQUIRED_ITEMS if k not in self.kinds)


def _months_between(start: dt.date, end_inclusive: dt.date) -> float:
    """Calendar months from ``start`` through ``end_inclusive`` (1 Jan-31 Mar: 3.0), with a fraction."""
    stop = end_inclusive + dt.timedelta(days=1)
    if stop <= start:
        return 0.0
    whole = (stop.year - start.year) * 12 + stop.month - start.month
    while whole > 0 and add_months(start, whole) > stop:
        whole -= 1
    anchor, following = add_months(start, whole), add_months(start, whole + 1)
    return whole + (stop - anchor).days / (following - anchor).days


def _month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    out, month = [], start.replace(day=1)
    while month <= end:
        out.append(month)
        month = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


def success_criteria(s: Session, today: dt.date | None = None) -> StatusReport:
    """Judge the success criteria on ``today`` (default: the real today). See the module docstring.

    Reads in a handful of queries (one per kind of record, plus the evaluation's).
    """
    today = today or dt.date.today()
    tank = require_think_tank(s)
    ended = today > tank.period_end

    # Groups (not archived) and their active members.
    all_groups = group_service.list_groups(s, include_archived=True)
    names = {g.id: g.name for g in all_groups}
    order = {g.id: i for i, g in enumerate(all_groups)}
    groups = [g for g in all_groups if not g.archived and not g.steering]  # the expert groups
    steering = {g.id for g in all_groups if g.steering}
    active_ids = {g.id for g in groups}
    members = [
        row
        for row in s.execute(
            select(Member.id, Member.name, Member.consent_named, Member.group_id, Member.joined_on).where(
                Member.withdrawn_on.is_(None)
            )
        )
        if row[3] in active_ids
    ]

    # Meetings with their groups and the required kinds of agenda items.
    meetings: dict[int, _Meeting] = {
        mid: _Meeting(mid, title, date, start, status)
        for mid, title, date, start, status in s.execute(
            select(Meeting.id, Meeting.title, Meeting.date, Meeting.start, Meeting.status)
        )
    }
    for mid, gid in s.execute(select(meeting_groups.c.meeting_id, meeting_groups.c.group_id)):
        if mid in meetings:
            meetings[mid].group_ids.append(gid)
    for mid, kind in s.execute(
        select(AgendaItem.meeting_id, AgendaItem.kind).where(AgendaItem.kind.in_(REQUIRED_ITEMS)).distinct()
    ):
        if mid in meetings:
            meetings[mid].kinds.add(kind)
    # The expert groups' meetings (the steering committee's never count); all of them name overdue actions.
    by_date = sorted(
        (m for m in meetings.values() if not steering.intersection(m.group_ids)), key=lambda m: (m.date, m.start, m.id)
    )
    held = [m for m in by_date if m.status == MeetingStatus.HELD]
    ahead = [m for m in by_date if m.status == MeetingStatus.PLANNED and today <= m.date <= tank.period_end]

    def ref(m: _Meeting) -> MeetingRef:
        return m.ref(names, order)

    groups_c = _groups(tank, groups, members, ended)
    meetings_c = _meetings(tank, today, by_date, held, ahead, groups, ref)
    agenda_c = _agenda(held, ahead, ended, ref)
    attendance_c = _attendance(s, tank, today, groups, members, held, ahead, ended)
    contributions_c = _contributions(s, held, groups, ended, ref)
    evaluation_c = _evaluation(s, today, ended)
    overdue = _overdue(s, today, meetings, names, order)
    return StatusReport(
        name=tank.name,
        period_start=tank.period_start,
        period_end=tank.period_end,
        today=today,
        groups=groups_c,
        meetings=meetings_c,
        agenda=agenda_c,
        attendance=attendance_c,
        contributions=contributions_c,
        evaluation=evaluation_c,
        next_meetings=tuple(UpcomingMeeting(ref(m), m.missing()) for m in ahead[:NEXT_MEETINGS]),
        overdue_count=len(overdue),
        overdue=tuple(overdue),
    )


# ---------------------------------------------------------------- (a) groups


def _groups(tank, groups: list[GroupSummary], members, ended: bool) -> GroupsCriterion:
    counts = Counter(gid for _mid, _n, _c, gid, _j in members)
    sizes = tuple(GroupSize(g.id, g.name, counts[g.id], g.min_size, g.max_size) for g in groups)
    outside = sum(1 for g in sizes if not g.in_range)
    if len(sizes) < GROUPS_REQUIRED:
        reason, params = "groups_missing", {"groups": len(sizes), "required": GROUPS_REQUIRED}
    elif outside:
        reason, params = "groups_outside", {"outside": outside, "groups": len(sizes)}
    else:
        reason, params = "groups_met", {"groups": len(sizes)}
    state = State.MET if reason == "groups_met" else State.NOT_MET if ended else State.AT_RISK
    return GroupsCriterion("groups", state, reason, params, GROUPS_REQUIRED, sizes)


# ---------------------------------------------------------------- (b) meetings


def _meetings(tank, today, by_date, held, ahead, groups, ref) -> MeetingsCriterion:
    target = tank.meeting_target
    months_total = _months_between(tank.period_start, tank.period_end)
    months_left = _months_between(max(today, tank.period_start), tank.period_end)
    remaining = max(target - len(held), 0)
    needed = remaining / months_left if remaining and months_left > 0 else None
    even = target / months_total if months_total else 0.0
    unplanned = max(remaining - len(ahead), 0)
    ended = today > tank.period_end
    total_days = (tank.period_end - tank.period_start).days + 1
    gone = min(max((today - tank.period_start).days, 0), total_days)
    expected = math.floor(target * gone / total_days + 1e-9) if total_days > 0 else target

    months = _month_starts(tank.period_start, tank.period_end)
    held_in = Counter(m.date.replace(day=1) for m in held)
    planned_in = Counter(m.date.replace(day=1) for m in ahead)
    per_group = Counter(g for m in held for g in m.group_ids)
    unmarked = tuple(ref(m) for m in by_date if m.status == MeetingStatus.PLANNED and m.date < today)

    base = {"held": len(held), "target": target}
    if not remaining:
        state, reason, params = State.MET, "meetings_met", base
    elif ended:
        state, reason, params = State.NOT_MET, "meetings_ended", base
    elif not unplanned:
        state, reason, params = State.ON_TRACK, "meetings_planned", {**base, "planned": len(ahead)}
    else:
        pace = {**base, "planned": len(ahead), "remaining": remaining, "months": round(months_left, 1),
                "pace": round(needed or 0.0, 1)}
        if len(held) + len(ahead) >= expected:
            state, reason, params = State.ON_TRACK, "meetings_pace", pace
        else:
            state, reason, params = State.AT_RISK, "meetings_behind", {**pace, "expected": expected}
    return MeetingsCriterion(
        "meetings", state, reason, params,
        target=target,
        held=len(held),
        joint_held=sum(1 for m in held if len(m.group_ids) > 1),
        planned_ahead=len(ahead),
        cancelled=sum(1 for m in by_date if m.status == MeetingStatus.CANCELLED),
        remaining=remaining,
        months_total=months_total,
        months_left=months_left,
        needed_per_month=needed,
        even_per_month=even,
        expected_by_now=expected,
        by_month=tuple(MonthTally(m, held_in[m], planned_in[m]) for m in months),
        held_by_group=tuple(GroupCount(g.id, g.name, per_group[g.id]) for g in groups),
        unmarked=unmarked,
    )


# ---------------------------------------------------------------- (c) agenda


def _agenda(held, ahead, ended: bool, ref) -> AgendaCriterion:
    held_missing = tuple(AgendaGap(ref(m), m.missing()) for m in held if m.missing())
    planned_missing = tuple(AgendaGap(ref(m), m.missing()) for m in ahead if m.missing())
    if held_missing:
        state, reason, params = State.NOT_MET, "agenda_missing_held", {"missing": len(held_missing), "held": len(held)}
    elif planned_missing:
        state, reason, params = State.AT_RISK, "agenda_missing_planned", {"missing": len(planned_missing)}
    elif not held:
        state, reason, params = State.NOT_YET, "agenda_not_yet", {}
    else:
        state, reason, params = (State.MET if ended else State.ON_TRACK), "agenda_ok", {"held": len(held)}
    return AgendaCriterion("agenda", state, reason, params, len(held), len(held) - len(held_missing),
                           held_missing, planned_missing)


# ---------------------------------------------------------------- (d) attendance


def _attendance(s: Session, tank, today, groups, members, held, ahead, ended: bool) -> AttendanceCriterion:
    from tankapp.services.meeting_mode.attendance import attended_counts

    minimum, maximum = tank.commitment_min, tank.commitment_max
    attended = attended_counts(s, expert_only=True)
    # Registrations already made for meetings ahead (afbud in advance, or checked in today).
    ahead_ids = {m.id for m in ahead}
    registered: dict[int, set[int]] = defaultdict(set)
    if ahead_ids:
        for member_id, meeting_id in s.execute(
            select(Attendance.member_id, Attendance.meeting_id)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .where(Meeting.status == MeetingStatus.PLANNED, Meeting.date >= today)
        ):
            if meeting_id in ahead_ids:
                registered[member_id].add(meeting_id)
    ahead_by_group: dict[int, list] = defaultdict(list)
    for m in ahead:
        for g in m.group_ids:
            ahead_by_group[g].append(m)
    # Meetings toward the target not planned yet may still come, any of them the group's; but a group
    # is not expected to meet more than once a month beyond what is planned.
    months_left = _months_between(max(today, tank.period_start), tank.period_end)
    unplanned = min(max(tank.meeting_target - len(held) - len(ahead), 0), math.ceil(months_left)) if not ended else 0
    names = {g.id: g.name for g in groups}

    # Only the members to be listed become rows; the others are counted (a large registry stays cheap).
    listed: dict[MemberState, list[MemberAttendance]] = {MemberState.AT_RISK: [], MemberState.BELOW: []}
    tally: Counter = Counter()
    per_group: dict[int, Counter] = defaultdict(Counter)
    distribution = [0] * (maximum + 2)
    for mid, name, consent, gid, joined in members:
        n = attended.get(mid, 0)
        needed = minimum - n
        left = unplanned
        mine = registered.get(mid, ())
        for m in ahead_by_group.get(gid, ()):
            if m.id not in mine and (joined is None or m.date >= joined):
                left += 1
        if needed <= 0:
            state = MemberState.REACHED
        elif ended or left < needed:
            state = MemberState.BELOW
        elif left == needed:
            state = MemberState.AT_RISK
        else:
            state = MemberState.CAN_REACH
        tally[state] += 1
        per_group[gid][state] += 1
        distribution[min(n, maximum + 1)] += 1
        if state in listed:
            listed[state].append(MemberAttendance(mid, name, consent, gid, names[gid], n, left, state))

    from tankapp.domain.collation import sort_key

    order = {g.id: i for i, g in enumerate(groups)}
    for found in listed.values():
        found.sort(key=lambda r: (order[r.group_id], sort_key(r.name), r.member_id))

    p = {"min": minimum}
    if not members:
        state, reason, params = State.NOT_YET, "attendance_no_members", {}
    elif tally[MemberState.BELOW]:
        state = State.NOT_MET
        reason = "attendance_below_ended" if ended else "attendance_below"
        params = {**p, "below": tally[MemberState.BELOW]}
    elif tally[MemberState.AT_RISK]:
        state, reason, params = State.AT_RISK, "attendance_at_risk", {**p, "at_risk": tally[MemberState.AT_RISK]}
    elif tally[MemberState.REACHED] == len(members):
        state, reason, params = State.MET, "attendance_met", {**p, "members": len(members)}
    else:
        state, reason = State.ON_TRACK, "attendance_on_track"
        params = {**p, "reached": tally[MemberState.REACHED], "members": len(members)}
    return AttendanceCriterion(
        "attendance", state, reason, params,
        minimum=minimum,
        maximum=maximum,
        members=len(members),
        reached=tally[MemberState.REACHED],
        can_reach=tally[MemberState.CAN_REACH],
        at_risk=tally[MemberState.AT_RISK],
        below=tally[MemberState.BELOW],
        above=distribution[-1],
        distribution=tuple(distribution),
        groups=tuple(
            GroupAttendance(
                g.id, g.name, sum(per_group[g.id].values()),
                per_group[g.id][MemberState.REACHED], per_group[g.id][MemberState.CAN_REACH],
                per_group[g.id][MemberState.AT_RISK], per_group[g.id][MemberState.BELOW],
                len(ahead_by_group.get(g.id, ())), unplanned,
            )
            for g in groups
        ),
        members_at_risk=tuple(listed[MemberState.AT_RISK]),
        members_below=tuple(listed[MemberState.BELOW]),
    )


# ---------------------------------------------------------------- (e) contributions


def _contributions(s: Session, held, groups, ended: bool, ref) -> ContributionsCriterion:
    from tankapp.services.contributions import register

    rows = register.list_contributions(s)
    matrix = register.matrix(rows)
    status = Counter(r.status for r in rows)
    cells = tuple(
        CellCount(inv, crit, matrix.count(inv, crit),
                  {k: matrix.count(inv, crit, k) for k in ContributionKind})
        for inv in register.MATRIX_ROWS
        for crit in register.CRITERIA
    )
    with_some = {r.meeting_id for r in rows if r.meeting_id is not None}
    without = tuple(ref(m) for m in held if m.id not in with_some)
    per_group = Counter(r.group_id for r in rows)
    if not held:
        state, reason, params = State.NOT_YET, "contributions_not_yet", {}
    elif without:
        state = State.NOT_MET if ended else State.AT_RISK
        reason, params = "contributions_missing", {"missing": len(without), "held": len(held)}
    else:
        state, reason, params = (State.MET if ended else State.ON_TRACK), "contributions_ok", {"total": len(rows)}
    return ContributionsCriterion(
        "contributions", state, reason, params,
        total=len(rows),
        drafts=status[ContributionStatus.DRAFT],
        reviewed=status[ContributionStatus.REVIEWED],
        sent=status[ContributionStatus.SENT],
        by_kind={k: sum(1 for r in rows if r.kind == k) for k in ContributionKind},
        cells=cells,
        unclassified=len(matrix.unclassified),
        empty_cells=sum(1 for c in cells if not c.count),
        by_group=tuple(GroupCount(g.id, g.name, per_group[g.id]) for g in groups),
        held=len(held),
        held_without=without,
    )


# ---------------------------------------------------------------- (f) evaluation


def _statement(f) -> StatementFigures:
    return StatementFigures(f.key, f.short_en, f.short_da, f.answers, f.agree_share, f.mean, f.counts, f.hidden)


def _evaluation(s: Session, today: dt.date, ended: bool) -> EvaluationCriterion:
    from tankapp.domain import EvaluationResponse, EvaluationRound
    from tankapp.domain.enums import EvaluationRoundKind, QuestionKind, ResponseStatus
    from tankapp.services.evaluation import results

    # The latest baseline and end rounds that have opened by today (the rounds are few).
    latest: dict[EvaluationRoundKind, int] = {}
    for round_id, kind in s.execute(
        select(EvaluationRound.id, EvaluationRound.kind)
        .where(EvaluationRound.opens_on <= today)
        .order_by(EvaluationRound.opens_on, EvaluationRound.id)
    ):
        latest[kind] = round_id
    baseline_id = latest.get(EvaluationRoundKind.BASELINE)
    baseline_answered = None
    if baseline_id is not None:
        baseline_answered = s.scalar(
            select(func.count()).select_from(EvaluationResponse).where(
                EvaluationResponse.round_id == baseline_id, EvaluationResponse.status == ResponseStatus.ANSWERED
            )
        )
    target_pct = round(AGREE_TARGET * 100)
    end_id = latest.get(EvaluationRoundKind.END)
    if end_id is None:
        return EvaluationCriterion(
            "evaluation", State.NOT_YET, "evaluation_no_round", {},
            round_id=None, round_title="", opens_on=None, closes_on=None, asked=0, answered=0, declined=0,
            response_rate=None, min_answers=results.MIN_ANSWERS, agree_target=AGREE_TARGET,
            statements=(), groups=(), baseline_answered=baseline_answered,
        )
    r = results.round_results(s, end_id)
    o = r.overall
    statements = tuple(_statement(f) for f in o.statements if f.kind == QuestionKind.AGREEMENT)
    n = len(statements)
    closed = ended or (r.round.closes_on is not None and r.round.closes_on < today)
    if o.too_few:
        state, reason = State.NOT_YET, "evaluation_too_few"
        params = {"answered": o.answered, "asked": o.asked, "min_answers": results.MIN_ANSWERS}
    else:
        below = sum(1 for f in statements if not f.hidden and f.agree_share is not None
                    and f.agree_share < AGREE_TARGET)
        hidden = sum(1 for f in statements if f.hidden)
        if below:
            state = State.NOT_MET if closed else State.AT_RISK
            reason, params = "evaluation_below", {"target": target_pct, "below": below, "statements": n}
        elif hidden or not statements:
            state, reason, params = State.NOT_YET, "evaluation_hidden", {"hidden": hidden, "statements": n}
        else:
            state, reason = State.MET, "evaluation_met"
            params = {"target": target_pct, "statements": n, "answered": o.answered}
    return EvaluationCriterion(
        "evaluation", state, reason, params,
        round_id=end_id,
        round_title=r.round.title,
        opens_on=r.round.opens_on,
        closes_on=r.round.closes_on,
        asked=o.asked,
        answered=o.answered,
        declined=o.declined,
        response_rate=o.response_rate,
        min_answers=r.min_answers,
        agree_target=AGREE_TARGET,
        statements=statements,
        groups=tuple(
            GroupStatements(
                g.group_id, g.group, g.asked, g.answered, g.shown, g.too_few,
                tuple(_statement(f) for f in g.statements),
            )
            for g in r.groups
        ),
        baseline_answered=baseline_answered,
    )


# ---------------------------------------------------------------- follow-ups


def _overdue(s: Session, today: dt.date, meetings: Mapping[int, _Meeting], names, order) -> list[OverdueAction]:
    """Open action items due before today (the rule of :func:`tankapp.services.meetings.minutes.action_overdue`)."""
    from tankapp.domain import Guest

    q = (
        select(
            ActionItem.id, ActionItem.text, ActionItem.due_on, ActionItem.dissemination,
            ActionItem.owner_member_id, Member.name, Member.consent_named, Guest.name,
            Meeting.id, Meeting.title, Meeting.date, Meeting.start, Meeting.status,
        )
        .join(AgendaItem, AgendaItem.id == ActionItem.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .outerjoin(Member, Member.id == ActionItem.owner_member_id)
        .outerjoin(Guest, Guest.id == ActionItem.owner_guest_id)
        .where(ActionItem.status == ActionStatus.OPEN, ActionItem.due_on.is_not(None), ActionItem.due_on < today)
        .order_by(ActionItem.due_on, Meeting.date, ActionItem.id)
    )
    out = []
    for aid, text, due, dissemination, owner_id, member_name, consent, guest_name, mid, title, date, start, st in (
        s.execute(q)
    ):
        known = meetings.get(mid)
        meeting = known.ref(names, order) if known else MeetingRef(mid, title, date, start, st, ())
        if owner_id is not None:
            owner, named = member_name, bool(consent)
        else:
            owner, named = guest_name, guest_name is not None
        out.append(OverdueAction(aid, text, due, (today - due).days, dissemination, meeting, owner_id, owner, named))
    return out


# ---------------------------------------------------------------- the short overview


@dataclass(frozen=True)
class Overview:
    name: str
    period_start: dt.date
    period_end: dt.date
    meeting_target: int
    meetings_held: int
    meetings_planned: int
    active_members: int
    withdrawn_members: int
    groups: list[GroupSummary]

    @property
    def groups_outside_range(self) -> list[GroupSummary]:
        return [g for g in self.groups if not g.archived and g.size_warning]


def overview(s: Session) -> Overview:
    """Period, meetings and members in three queries (the full picture is :func:`success_criteria`).

    The expert groups' meetings and members; the steering committee is not counted.
    """
    tank = require_think_tank(s)
    counts = dict(
        s.execute(
            select(Meeting.status, func.count())
            .where(~group_service.is_steering_meeting())
            .group_by(Meeting.status)
        ).all()
    )
    withdrawn = s.scalar(select(func.count()).select_from(Member).where(Member.withdrawn_on.is_not(None))) or 0
    groups = group_service.list_groups(s)
    return Overview(
        name=tank.name,
        period_start=tank.period_start,
        period_end=tank.period_end,
        meeting_target=tank.meeting_target,
        meetings_held=counts.get(MeetingStatus.HELD, 0),
        meetings_planned=counts.get(MeetingStatus.PLANNED, 0),
        active_members=sum(g.member_count for g in groups if not g.steering),
        withdrawn_members=withdrawn,
        groups=groups,
    )


# ---------------------------------------------------------------- the command line's table


def table_text(report: StatusReport) -> str:
    """The report as ``tankapp status`` prints it: English, one block per criterion.

    Members are named only with their consent ("member 17 (not named)" otherwise);
    every text is one line without control characters.
    """
    from tankapp.export.tabular import PLAIN_CSV, cell_text

    def t(value) -> str:
        return cell_text(value, PLAIN_CSV)

    def pct(share: float | None) -> str:
        return "-" if share is None else f"{share * 100:.0f} %"

    def meeting(m: MeetingRef) -> str:
        groups = f" ({t(', '.join(m.groups))})" if m.groups else ""
        return f"#{m.id} {m.date.isoformat()} {t(m.title)}{groups}"

    def person(member_id: int | None, named: str | None) -> str:
        if named is not None:
            return t(named)
        return f"member {member_id} (not named)" if member_id is not None else "no owner"

    def missing(kinds) -> str:
        words = {PRESENTATION: "no knowledge presentation", DISSEMINATION: "no discussion of dissemination"}
        return ", ".join(words[k] for k in kinds)

    r = report
    width = max(len(w) for w, _ in STATE_WORDS.values()) + 2
    indent = " " * width
    left = "the period has ended" if r.ended else f"{r.meetings.months_left:.1f} months left"
    out = [
        f"{t(r.name)}: status on {r.today.isoformat()}",
        f"Project period {r.period_start.isoformat()} to {r.period_end.isoformat()} ({left})",
        "",
    ]

    def block(c: CriterionResult, lines: list[str]) -> None:
        out.append(f"{STATE_WORDS[c.state][0].upper():<{width}}{c.title}")
        out.append(indent + c.explanation)
        out.extend(indent + line for line in lines)
        out.append("")

    g = r.groups
    block(g, [
        f"{t(x.name)}: {x.members} members (target {x.min_size}-{x.max_size})"
        + ("" if x.in_range else " - too few" if x.warning == "too_few" else " - too many")
        for x in g.groups
    ] or ["no groups"])

    m = r.meetings
    lines = [
        f"held {m.held} of {m.target} ({m.joint_held} joint), planned ahead {m.planned_ahead}, cancelled {m.cancelled}",
        f"months left {m.months_left:.1f} of {m.months_total:.1f}; needed a month "
        + ("-" if m.needed_per_month is None else f"{m.needed_per_month:.1f}")
        + f" (the plan's even pace {m.even_per_month:.1f}; {m.expected_by_now} expected by now)",
    ]
    lines += [f"still planned, dated before today: {meeting(x)}" for x in m.unmarked]
    block(m, lines)

    a = r.agenda
    lines = [f"held {a.held}, with both a knowledge presentation and a discussion of dissemination {a.complete}"]
    lines += [f"held without: {meeting(x.meeting)}: {missing(x.missing)}" for x in a.held_missing]
    lines += [f"coming without: {meeting(x.meeting)}: {missing(x.missing)}" for x in a.planned_missing]
    block(a, lines)

    at = r.attendance
    buckets = [f"{i}: {n}" for i, n in enumerate(at.distribution[:-1])] + [f"more: {at.distribution[-1]}"]
    if len(buckets) > 8:  # a long commitment: the empty counts say nothing
        buckets = [b for b, n in zip(buckets, at.distribution) if n] or ["none"]
    lines = [
        f"commitment {at.minimum}-{at.maximum} meetings; {at.members} members: reached {at.reached}, "
        f"can still reach {at.can_reach}, at risk {at.at_risk}, below {at.below}, above {at.maximum}: {at.above}",
        "members by meetings attended: " + ", ".join(buckets),
    ]
    for label, rows in (("below", at.members_below), ("at risk", at.members_at_risk)):
        lines += [
            f"{label}: {person(x.member_id, x.named)} ({t(x.group)}), attended {x.attended}, "
            f"meetings left {x.meetings_left}"
            for x in rows
        ]
    block(at, lines)

    c = r.contributions
    kinds = ", ".join(f"{k.value} {n}" for k, n in c.by_kind.items())
    lines = [
        f"{c.total} contributions (draft {c.drafts}, reviewed {c.reviewed}, sent {c.sent}): {kinds}",
        f"unclassified {c.unclassified}; empty framework cells {c.empty_cells} of {len(c.cells)}",
    ]
    criteria = list(dict.fromkeys(cell.criterion for cell in c.cells))
    rows = list(dict.fromkeys(cell.involvement for cell in c.cells))
    head = max([len(i.value) for i in rows] + [0])
    lines.append(" " * head + "".join(f"  {k.value:>8}" for k in criteria))
    counts = {(cell.involvement, cell.criterion): cell.count for cell in c.cells}
    for inv in rows:
        lines.append(f"{inv.value:<{head}}" + "".join(f"  {counts[(inv, k)]:>8}" for k in criteria))
    lines += [f"held without a contribution: {meeting(x)}" for x in c.held_without]
    block(c, lines)

    e = r.evaluation
    if e.round_id is None:
        lines = [] if e.baseline_answered is None else [f"baseline answers so far: {e.baseline_answered}"]
    else:
        closes = f", closes {e.closes_on.isoformat()}" if e.closes_on else ""
        lines = [
            f"{t(e.round_title)} (opened {e.opens_on.isoformat()}{closes}): {e.answered} of {e.asked} answered "
            f"({pct(e.response_rate)}), {e.declined} declined; figures need at least {e.min_answers} answers",
        ]
        lines += [
            f"{t(f.short_en)}: " + ("too few answers" if f.hidden else
                                   f"{pct(f.agree_share)} agree (n={f.answers}), mean {f.mean:.1f}")
            for f in e.statements
        ]
        for grp in e.groups:
            if not grp.shown:
                lines.append(f"{t(grp.name)}: {grp.answered} of {grp.asked} answered - too few answers to show")
            else:
                shares = ", ".join("-" if f.hidden else pct(f.agree_share) for f in grp.statements)
                lines.append(f"{t(grp.name)}: {grp.answered} of {grp.asked} answered; agree {shares}")
    block(e, lines)

    out.append("NEXT MEETINGS")
    out += [
        f"  {meeting(u.meeting)} at {u.meeting.start:%H:%M}" + (f" - {missing(u.missing)} yet" if u.missing else "")
        for u in r.next_meetings
    ] or ["  none planned"]
    out.append("")
    out.append(f"OVERDUE FOLLOW-UPS ({r.overdue_count})")
    out += [
        f"  due {x.due_on.isoformat()} ({x.days_overdue} {'day' if x.days_overdue == 1 else 'days'} ago): "
        f"{t(x.text)} - "
        f"{person(x.owner_member_id, x.owner_named)}; from {meeting(x.meeting)}"
        for x in r.overdue
    ] or ["  none"]
    return "\n".join(out) + "\n"
