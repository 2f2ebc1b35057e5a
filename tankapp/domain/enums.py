"""Enumerations of the domain. Values are stored as their lowercase strings."""

from __future__ import annotations

import enum


class StrEnum(str, enum.Enum):
    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


class ActorKind(StrEnum):
    USERS = "users"
    CLINICIANS = "clinicians"
    MANAGERS = "managers"
    QUALITY_CONSULTANTS = "quality_consultants"
    RESEARCHERS = "researchers"
    EDUCATION = "education"
    OTHER = "other"
    # Not an expert group: the steering committee (*styregruppe*) is kept as a group row of
    # this kind (its members and meetings work as a group's), and never counts among the
    # expert groups (see tankapp.services.members.groups.is_expert_group).
    STEERING_COMMITTEE = "steering_committee"


class Sector(StrEnum):
    REGION = "region"
    MUNICIPALITY = "municipality"
    GENERAL_PRACTICE = "general_practice"
    PATIENT_ORGANISATION = "patient_organisation"
    EDUCATION = "education"
    RESEARCH = "research"
    OTHER = "other"


class Region(StrEnum):
    """The five Danish regions."""

    HOVEDSTADEN = "hovedstaden"
    SJAELLAND = "sjaelland"
    SYDDANMARK = "syddanmark"
    MIDTJYLLAND = "midtjylland"
    NORDJYLLAND = "nordjylland"


class RecruitedVia(StrEnum):
    KL = "kl"
    DANSKE_REGIONER = "danske_regioner"
    VIBIS = "vibis"
    OTHER = "other"


class MeetingFormat(StrEnum):
    FULL_DAY = "full_day"
    HALF_DAY = "half_day"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class AgendaItemKind(StrEnum):
    WELCOME = "welcome"
    KNOWLEDGE_PRESENTATION = "knowledge_presentation"
    DISSEMINATION_DISCUSSION = "dissemination_discussion"
    CONTRIBUTIONS_ROUND = "contributions_round"
    CROSS_GROUP_SHARING = "cross_group_sharing"
    BREAK = "break"
    EVALUATION = "evaluation"
    STATUS_REPORT = "status_report"  # the steering committee's standing item
    OTHER = "other"


class AttendanceStatus(StrEnum):
    """A member's attendance (*fremmøde*). No row means invited, nothing registered yet."""

    PRESENT = "present"
    LATE = "late"
    LEFT_EARLY = "left_early"
    EXCUSED = "excused"  # afbud, before or during the meeting
    ABSENT = "absent"

    @property
    def attended(self) -> bool:
        return self in (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Involvement(StrEnum):
    """ViBIS's three kinds of user involvement (the inspiration catalogue)."""

    ORGANISATIONAL = "organisational"
    INDIVIDUAL = "individual"
    RELATIVES = "relatives"


class Criterion(StrEnum):
    """The three criteria every kind of involvement is judged by."""

    FRAMES = "frames"  # Rammer
    PROCESS = "process"  # Proces
    USE = "use"  # Anvendelse


class ContributionKind(StrEnum):
    """What a knowledge contribution (*vidensbidrag*) to ViBIS is."""

    PROMOTER = "promoter"  # fremmer
    BARRIER = "barrier"  # barriere
    EXAMPLE = "example"  # successful example
    GAP = "gap"  # knowledge gap or need (videnshul)


class ContributionInvolvement(StrEnum):
    """The kind of involvement a contribution is about; 'unspecified' until sorted."""

    ORGANISATIONAL = "organisational"
    INDIVIDUAL = "individual"
    RELATIVES = "relatives"
    UNSPECIFIED = "unspecified"


class Setting(StrEnum):
    REGION = "region"
    MUNICIPALITY = "municipality"
    CROSS_SECTOR = "cross_sector"
    UNSPECIFIED = "unspecified"


class ContributionStatus(StrEnum):
    DRAFT = "draft"
    REVIEWED = "reviewed"
    SENT = "sent"  # sent to ViBIS (with the date)



class QuestionKind(StrEnum):
    """What a question of a self-evaluation asks for (see tankapp.services.evaluation)."""

    AGREEMENT = "agreement"  # agreement with a statement, 1 (strongly disagree) to 5 (strongly agree)
    KNOWLEDGE = "knowledge"  # the member's own rating of their knowledge, 1 (very little) to 5 (very much)
    TEXT = "text"  # free text

    @property
    def scale(self) -> bool:
        return self is not QuestionKind.TEXT


class EvaluationRoundKind(StrEnum):
    """When in the project a self-evaluation round is taken."""

    BASELINE = "baseline"  # at or before a member's first meeting
    MIDWAY = "midway"
    END = "end"


class ResponseStatus(StrEnum):
    """A member's response to a round. No response row: not answered (yet)."""

    ANSWERED = "answered"
    DECLINED = "declined"


class ResponseChannel(StrEnum):
    """How an answered form came in."""

    PAPER = "paper"  # typed in from the paper form
    KIOSK = "kiosk"  # filled in by the member on the laptop


# Danish names used for the six default groups and in files/CLI output.
DEFAULT_GROUPS: list[tuple[str, ActorKind]] = [
    ("Brugere", ActorKind.USERS),
    ("Klinikere", ActorKind.CLINICIANS),
    ("Ledere", ActorKind.MANAGERS),
    ("Kvalitetskonsulenter", ActorKind.QUALITY_CONSULTANTS),
    ("Forskere", ActorKind.RESEARCHERS),
    ("Uddannelsesrepræsentanter", ActorKind.EDUCATION),
]


def __getattr__(name: str):
    # The enums' words live in tankapp.domain.vocabulary; REGION_NAMES_DA stays
    # importable from here for the code that still asks this module.
    if name == "REGION_NAMES_DA":
        from tankapp.domain.vocabulary import danish_of

        return danish_of(Region)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
