"""The words for the domain's enums, in one place: the English and the Danish.

Each enum has a dict ``{member: Words(english, danish, context)}``:

- ``english`` is the source text of the GUI's label; :mod:`tankapp.ui.common.texts`
  passes it to ``QCoreApplication.translate(context, english)``, so the window
  speaks the user's language through the ``.qm`` file;
- ``danish`` is the word the documents (PDF, ICS, files for ViBIS) print,
  whatever language the window speaks, and it is what the ``.qm`` translates
  ``english`` to (``tests/test_vocabulary.py`` keeps the two equal);
- ``context`` is the Qt translation context of the GUI's label.

A few documents need a form the window never shows (the headings of the
contributions report, a plural, the sign-in sheet's "not stated"); those are
the ``*_DOCUMENT`` dicts at the end, next to the words they vary.

No Qt here: the services and the document writers use this module too.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from tankapp.domain.enums import (
    ActionStatus,
    ActorKind,
    AgendaItemKind,
    AttendanceStatus,
    ContributionInvolvement,
    ContributionKind,
    ContributionStatus,
    Criterion,
    EvaluationRoundKind,
    Involvement,
    MeetingFormat,
    MeetingStatus,
    QuestionKind,
    RecruitedVia,
    Region,
    ResponseChannel,
    ResponseStatus,
    Sector,
    Setting,
)


def QT_TRANSLATE_NOOP(context: str, english: str) -> str:
    """Qt's marker, without Qt: ``make translations`` finds the GUI's source texts here."""
    return english


class Words(NamedTuple):
    english: str
    danish: str
    context: str = "Labels"


ACTOR_KIND: dict[ActorKind, Words] = {
    ActorKind.USERS: Words(QT_TRANSLATE_NOOP("Labels", "Users (patients, citizens, relatives)"), "Brugere (patienter, borgere, pårørende)"),
    ActorKind.CLINICIANS: Words(QT_TRANSLATE_NOOP("Labels", "Clinicians"), "Klinikere"),
    ActorKind.MANAGERS: Words(QT_TRANSLATE_NOOP("Labels", "Managers"), "Ledere"),
    ActorKind.QUALITY_CONSULTANTS: Words(QT_TRANSLATE_NOOP("Labels", "Quality consultants"), "Kvalitetskonsulenter"),
    ActorKind.RESEARCHERS: Words(QT_TRANSLATE_NOOP("Labels", "Researchers"), "Forskere"),
    ActorKind.EDUCATION: Words(QT_TRANSLATE_NOOP("Labels", "Education representatives"), "Uddannelsesrepræsentanter"),
    ActorKind.OTHER: Words(QT_TRANSLATE_NOOP("Labels", "Other"), "Andet"),
    ActorKind.STEERING_COMMITTEE: Words(QT_TRANSLATE_NOOP("Labels", "Steering committee"), "Styregruppe"),
}

SECTOR: dict[Sector, Words] = {
    Sector.REGION: Words(QT_TRANSLATE_NOOP("Labels", "Region"), "Region"),
    Sector.MUNICIPALITY: Words(QT_TRANSLATE_NOOP("Labels", "Municipality"), "Kommune"),
    Sector.GENERAL_PRACTICE: Words(QT_TRANSLATE_NOOP("Labels", "General practice"), "Almen praksis"),
    Sector.PATIENT_ORGANISATION: Words(QT_TRANSLATE_NOOP("Labels", "Patient organisation"), "Patientforening"),
    Sector.EDUCATION: Words(QT_TRANSLATE_NOOP("Labels", "Education"), "Uddannelse"),
    Sector.RESEARCH: Words(QT_TRANSLATE_NOOP("Labels", "Research"), "Forskning"),
    Sector.OTHER: Words(QT_TRANSLATE_NOOP("Labels", "Other"), "Andet"),
}

REGION: dict[Region, Words] = {
    Region.HOVEDSTADEN: Words(QT_TRANSLATE_NOOP("Labels", "Capital Region of Denmark"), "Region Hovedstaden"),
    Region.SJAELLAND: Words(QT_TRANSLATE_NOOP("Labels", "Region Zealand"), "Region Sjælland"),
    Region.SYDDANMARK: Words(QT_TRANSLATE_NOOP("Labels", "Region of Southern Denmark"), "Region Syddanmark"),
    Region.MIDTJYLLAND: Words(QT_TRANSLATE_NOOP("Labels", "Central Denmark Region"), "Region Midtjylland"),
    Region.NORDJYLLAND: Words(QT_TRANSLATE_NOOP("Labels", "North Denmark Region"), "Region Nordjylland"),
}

RECRUITED_VIA: dict[RecruitedVia, Words] = {
    RecruitedVia.KL: Words(QT_TRANSLATE_NOOP("Labels", "KL (Local Government Denmark)"), "KL"),
    RecruitedVia.DANSKE_REGIONER: Words(QT_TRANSLATE_NOOP("Labels", "Danish Regions"), "Danske Regioner"),
    RecruitedVia.VIBIS: Words(QT_TRANSLATE_NOOP("Labels", "ViBIS network"), "ViBIS' netværk"),
    RecruitedVia.OTHER: Words(QT_TRANSLATE_NOOP("Labels", "Other"), "Andet"),
}

MEETING_FORMAT: dict[MeetingFormat, Words] = {
    MeetingFormat.HALF_DAY: Words(QT_TRANSLATE_NOOP("Labels", "Half day"), "Halvdagsmøde"),
    MeetingFormat.FULL_DAY: Words(QT_TRANSLATE_NOOP("Labels", "Full day"), "Heldagsmøde"),
}

MEETING_STATUS: dict[MeetingStatus, Words] = {
    MeetingStatus.PLANNED: Words(QT_TRANSLATE_NOOP("Labels", "Planned"), "Planlagt"),
    MeetingStatus.HELD: Words(QT_TRANSLATE_NOOP("Labels", "Held"), "Afholdt"),
    MeetingStatus.CANCELLED: Words(QT_TRANSLATE_NOOP("Labels", "Cancelled"), "Aflyst"),
}

AGENDA_ITEM_KIND: dict[AgendaItemKind, Words] = {
    AgendaItemKind.WELCOME: Words(QT_TRANSLATE_NOOP("Labels", "Welcome"), "Velkomst"),
    AgendaItemKind.KNOWLEDGE_PRESENTATION: Words(QT_TRANSLATE_NOOP("Labels", "Knowledge presentation"), "Vidensoplæg"),
    AgendaItemKind.DISSEMINATION_DISCUSSION: Words(QT_TRANSLATE_NOOP("Labels", "Discussion of dissemination"), "Drøftelse af spredning"),
    AgendaItemKind.CONTRIBUTIONS_ROUND: Words(QT_TRANSLATE_NOOP("Labels", "Round of knowledge contributions"), "Runde med vidensbidrag"),
    AgendaItemKind.CROSS_GROUP_SHARING: Words(QT_TRANSLATE_NOOP("Labels", "Sharing across groups"), "Deling på tværs af grupper"),
    AgendaItemKind.BREAK: Words(QT_TRANSLATE_NOOP("Labels", "Break"), "Pause"),
    AgendaItemKind.EVALUATION: Words(QT_TRANSLATE_NOOP("Labels", "Evaluation"), "Evaluering"),
    AgendaItemKind.STATUS_REPORT: Words(QT_TRANSLATE_NOOP("Labels", "Status report"), "Statusrapport"),
    AgendaItemKind.OTHER: Words(QT_TRANSLATE_NOOP("Labels", "Other"), "Andet"),
}

ATTENDANCE_STATUS: dict[AttendanceStatus, Words] = {
    AttendanceStatus.PRESENT: Words(QT_TRANSLATE_NOOP("Labels", "Present"), "Til stede"),
    AttendanceStatus.LATE: Words(QT_TRANSLATE_NOOP("Labels", "Late"), "For sent"),
    AttendanceStatus.LEFT_EARLY: Words(QT_TRANSLATE_NOOP("Labels", "Left early"), "Gået tidligt"),
    AttendanceStatus.EXCUSED: Words(QT_TRANSLATE_NOOP("Labels", "Excused"), "Afbud"),
    AttendanceStatus.ABSENT: Words(QT_TRANSLATE_NOOP("Labels", "Absent"), "Fraværende"),
}
# no attendance registered: the member is (only) invited
ATTENDANCE_INVITED = Words(QT_TRANSLATE_NOOP("Labels", "Invited"), "Inviteret")

ACTION_STATUS: dict[ActionStatus, Words] = {
    ActionStatus.OPEN: Words(QT_TRANSLATE_NOOP("Labels", "Open"), "Åben"),
    ActionStatus.DONE: Words(QT_TRANSLATE_NOOP("Labels", "Done"), "Udført"),
    ActionStatus.CANCELLED: Words(QT_TRANSLATE_NOOP("Labels", "Cancelled"), "Aflyst"),
}

INVOLVEMENT: dict[Involvement, Words] = {
    Involvement.ORGANISATIONAL: Words(QT_TRANSLATE_NOOP("Labels", "Organisational"), "Organisatorisk"),
    Involvement.INDIVIDUAL: Words(QT_TRANSLATE_NOOP("Labels", "Individual"), "Individuel"),
    Involvement.RELATIVES: Words(QT_TRANSLATE_NOOP("Labels", "Relatives"), "Pårørende"),
}

CRITERION: dict[Criterion, Words] = {
    Criterion.FRAMES: Words(QT_TRANSLATE_NOOP("Labels", "Frames"), "Rammer"),
    Criterion.PROCESS: Words(QT_TRANSLATE_NOOP("Labels", "Process"), "Proces"),
    Criterion.USE: Words(QT_TRANSLATE_NOOP("Labels", "Use"), "Anvendelse"),
}

# The contributions' words; the GUI's labels are in tankapp.ui.meeting_mode.capture
# (translation context "Contributions").
CONTRIBUTION_KIND: dict[ContributionKind, Words] = {
    ContributionKind.PROMOTER: Words(QT_TRANSLATE_NOOP("Contributions", "Promoter"), "Fremmer", "Contributions"),
    ContributionKind.BARRIER: Words(QT_TRANSLATE_NOOP("Contributions", "Barrier"), "Barriere", "Contributions"),
    ContributionKind.EXAMPLE: Words(QT_TRANSLATE_NOOP("Contributions", "Successful example"), "Vellykket eksempel", "Contributions"),
    ContributionKind.GAP: Words(QT_TRANSLATE_NOOP("Contributions", "Knowledge gap or need"), "Videnshul eller behov", "Contributions"),
}

CONTRIBUTION_INVOLVEMENT: dict[ContributionInvolvement, Words] = {
    **{ContributionInvolvement(k.value): w for k, w in INVOLVEMENT.items()},
    ContributionInvolvement.UNSPECIFIED: Words(QT_TRANSLATE_NOOP("Contributions", "Not specified"), "Ikke angivet", "Contributions"),
}

SETTING: dict[Setting, Words] = {
    Setting.REGION: Words(QT_TRANSLATE_NOOP("Contributions", "Region"), "Region", "Contributions"),
    Setting.MUNICIPALITY: Words(QT_TRANSLATE_NOOP("Contributions", "Municipality"), "Kommune", "Contributions"),
    Setting.CROSS_SECTOR: Words(QT_TRANSLATE_NOOP("Contributions", "Across sectors"), "På tværs af sektorer", "Contributions"),
    Setting.UNSPECIFIED: Words(QT_TRANSLATE_NOOP("Contributions", "Not specified"), "Ikke angivet", "Contributions"),
}

CONTRIBUTION_STATUS: dict[ContributionStatus, Words] = {
    ContributionStatus.DRAFT: Words(QT_TRANSLATE_NOOP("Contributions", "Draft"), "Kladde", "Contributions"),
    ContributionStatus.REVIEWED: Words(QT_TRANSLATE_NOOP("Contributions", "Reviewed"), "Gennemgået", "Contributions"),
    ContributionStatus.SENT: Words(QT_TRANSLATE_NOOP("Contributions", "Sent to ViBIS"), "Sendt til ViBIS", "Contributions"),
}

# The self-evaluation's words (translation context "Evaluation").
QUESTION_KIND: dict[QuestionKind, Words] = {
    QuestionKind.AGREEMENT: Words(QT_TRANSLATE_NOOP("Evaluation", "Agreement (1-5)"), "Enighed (1-5)", "Evaluation"),
    QuestionKind.KNOWLEDGE: Words(QT_TRANSLATE_NOOP("Evaluation", "Own knowledge (1-5)"), "Egen viden (1-5)", "Evaluation"),
    QuestionKind.TEXT: Words(QT_TRANSLATE_NOOP("Evaluation", "Free text"), "Fritekst", "Evaluation"),
}

EVALUATION_ROUND_KIND: dict[EvaluationRoundKind, Words] = {
    EvaluationRoundKind.BASELINE: Words(QT_TRANSLATE_NOOP("Evaluation", "Baseline"), "Førmåling", "Evaluation"),
    EvaluationRoundKind.MIDWAY: Words(QT_TRANSLATE_NOOP("Evaluation", "Midway"), "Midtvejsevaluering", "Evaluation"),
    EvaluationRoundKind.END: Words(QT_TRANSLATE_NOOP("Evaluation", "End evaluation"), "Slutevaluering", "Evaluation"),
}

RESPONSE_STATUS: dict[ResponseStatus, Words] = {
    ResponseStatus.ANSWERED: Words(QT_TRANSLATE_NOOP("Evaluation", "Answered"), "Besvaret", "Evaluation"),
    ResponseStatus.DECLINED: Words(QT_TRANSLATE_NOOP("Evaluation", "Declined"), "Ønsker ikke at svare", "Evaluation"),
}
# no response stored: the member has not answered (yet)
RESPONSE_NOT_ANSWERED = Words(QT_TRANSLATE_NOOP("Evaluation", "Not answered"), "Ikke besvaret", "Evaluation")

RESPONSE_CHANNEL: dict[ResponseChannel, Words] = {
    ResponseChannel.PAPER: Words(QT_TRANSLATE_NOOP("Evaluation", "Paper form"), "Papirskema", "Evaluation"),
    ResponseChannel.KIOSK: Words(QT_TRANSLATE_NOOP("Evaluation", "On the laptop"), "På computeren", "Evaluation"),
}

# The points of the two 1-5 scales, 1 first (the forms, the kiosk and the reports).
AGREEMENT_SCALE: tuple[Words, ...] = (
    Words(QT_TRANSLATE_NOOP("Evaluation", "Strongly disagree"), "Helt uenig", "Evaluation"),
    Words(QT_TRANSLATE_NOOP("Evaluation", "Disagree"), "Uenig", "Evaluation"),
    Words(QT_TRANSLATE_NOOP("Evaluation", "Neither agree nor disagree"), "Hverken enig eller uenig", "Evaluation"),
    Words(QT_TRANSLATE_NOOP("Evaluation", "Agree"), "Enig", "Evaluation"),
    Words(QT_TRANSLATE_NOOP("Evaluation", "Strongly agree"), "Helt enig", "Evaluation"),
)
KNOWLEDGE_SCALE: tuple[Words, ...] = (
    Words(QT_TRANSLATE_NOOP("Evaluation", "Very little"), "Meget lille", "Evaluation"),
    Words(QT_TRANSLATE_NOOP("Evaluation", "Little"), "Lille", "Evaluation"),
    Words(QT_TRANSLATE_NOOP("Evaluation", "Some"), "Nogen", "Evaluation"),
    Words(QT_TRANSLATE_NOOP("Evaluation", "Much"), "Stor", "Evaluation"),
    Words(QT_TRANSLATE_NOOP("Evaluation", "Very much"), "Meget stor", "Evaluation"),
)
SCALE: dict[QuestionKind, tuple[Words, ...]] = {
    QuestionKind.AGREEMENT: AGREEMENT_SCALE,
    QuestionKind.KNOWLEDGE: KNOWLEDGE_SCALE,
}

# Every enum that has words, to its words.
VOCABULARY: dict[type[Enum], dict] = {
    ActorKind: ACTOR_KIND,
    Sector: SECTOR,
    Region: REGION,
    RecruitedVia: RECRUITED_VIA,
    MeetingFormat: MEETING_FORMAT,
    MeetingStatus: MEETING_STATUS,
    AgendaItemKind: AGENDA_ITEM_KIND,
    AttendanceStatus: ATTENDANCE_STATUS,
    ActionStatus: ACTION_STATUS,
    Involvement: INVOLVEMENT,
    Criterion: CRITERION,
    ContributionKind: CONTRIBUTION_KIND,
    ContributionInvolvement: CONTRIBUTION_INVOLVEMENT,
    Setting: SETTING,
    ContributionStatus: CONTRIBUTION_STATUS,
    QuestionKind: QUESTION_KIND,
    EvaluationRoundKind: EVALUATION_ROUND_KIND,
    ResponseStatus: RESPONSE_STATUS,
    ResponseChannel: RESPONSE_CHANNEL,
}


def words(member: Enum | str, enum: type[Enum] | None = None) -> Words:
    """The words of ``member``; give ``enum`` when ``member`` may be its plain value ("held")."""
    enum = enum or type(member)
    return VOCABULARY[enum][enum(member)]


def english(member: Enum | str, enum: type[Enum] | None = None) -> str:
    return words(member, enum).english


def danish(member: Enum | str, enum: type[Enum] | None = None) -> str:
    return words(member, enum).danish


def danish_of(enum: type[Enum]) -> dict:
    """``{member: Danish word}`` of one enum, in the enum's order."""
    table = VOCABULARY[enum]
    return {m: table[m].danish for m in enum if m in table}


# ---------------------------------------------------------------- forms only documents use

# The contributions report to ViBIS uses ViBIS's own short terms (its legend
# reads "F = fremmer, B = barriere, E = eksempel, V = videnshul/behov").
CONTRIBUTION_KIND_DOCUMENT: dict[ContributionKind, str] = {
    ContributionKind.PROMOTER: "Fremmer",
    ContributionKind.BARRIER: "Barriere",
    ContributionKind.EXAMPLE: "Eksempel",
    ContributionKind.GAP: "Videnshul/behov",
}
CONTRIBUTION_KIND_PLURAL_DOCUMENT: dict[ContributionKind, str] = {
    ContributionKind.PROMOTER: "Fremmere",
    ContributionKind.BARRIER: "Barrierer",
    ContributionKind.EXAMPLE: "Eksempler",
    ContributionKind.GAP: "Videnshuller og behov",
}
# the report's section headings (the matrix rows use the short words above)
CONTRIBUTION_INVOLVEMENT_DOCUMENT: dict[ContributionInvolvement, str] = {
    ContributionInvolvement.ORGANISATIONAL: "Organisatorisk inddragelse",
    ContributionInvolvement.INDIVIDUAL: "Individuel inddragelse",
    ContributionInvolvement.RELATIVES: "Pårørendeinddragelse",
    ContributionInvolvement.UNSPECIFIED: "Form for inddragelse ikke angivet",
}
# a member whose organisation type is not stated (the minutes' list of those present)
SECTOR_NOT_STATED_DOCUMENT = "Organisationstype ikke oplyst"


__all__ = [
    "ACTION_STATUS",
    "AGREEMENT_SCALE",
    "ACTOR_KIND",
    "AGENDA_ITEM_KIND",
    "ATTENDANCE_INVITED",
    "ATTENDANCE_STATUS",
    "CONTRIBUTION_INVOLVEMENT",
    "CONTRIBUTION_INVOLVEMENT_DOCUMENT",
    "CONTRIBUTION_KIND",
    "CONTRIBUTION_KIND_DOCUMENT",
    "CONTRIBUTION_KIND_PLURAL_DOCUMENT",
    "CONTRIBUTION_STATUS",
    "CRITERION",
    "EVALUATION_ROUND_KIND",
    "INVOLVEMENT",
    "KNOWLEDGE_SCALE",
    "MEETING_FORMAT",
    "MEETING_STATUS",
    "QUESTION_KIND",
    "RECRUITED_VIA",
    "REGION",
    "RESPONSE_CHANNEL",
    "RESPONSE_NOT_ANSWERED",
    "RESPONSE_STATUS",
    "SCALE",
    "SECTOR",
    "SECTOR_NOT_STATED_DOCUMENT",
    "SETTING",
    "VOCABULARY",
    "Words",
    "danish",
    "danish_of",
    "english",
    "words",
]
