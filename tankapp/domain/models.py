"""The tables of the think tank.

Enumerations are stored as their string values (``native_enum=False``) so the
SQLite file stays readable and later values can be added without a rebuild.
Constraints that SQLite can enforce cheaply (not null, foreign keys, unique
group names) live here; everything that needs a message for a person lives in
:mod:`tankapp.services`.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid as uuid_

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Enum,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tankapp.domain.base import Base, RecordMixin, UTCDateTime, danish_order
from tankapp.domain.enums import (
    ActionStatus,
    ActorKind,
    AttendanceStatus,
    ContributionInvolvement,
    ContributionKind,
    ContributionStatus,
    AgendaItemKind,
    EvaluationRoundKind,
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


def enum_column(kind: type[enum.Enum]) -> Enum:
    return Enum(
        kind,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class ThinkTank(RecordMixin, Base):
    """The one think tank a database holds: its name, period and targets."""

    __tablename__ = "think_tank"

    name: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    meeting_target: Mapped[int] = mapped_column(Integer, default=18)
    commitment_min: Mapped[int] = mapped_column(Integer, default=2)
    commitment_max: Mapped[int] = mapped_column(Integer, default=4)


class ExpertGroup(RecordMixin, Base):
    """An expert group (*ekspertgruppe*) of one kind of actor, 10-20 members."""

    __tablename__ = "expert_group"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    actor_kind: Mapped[ActorKind] = mapped_column(enum_column(ActorKind))
    description: Mapped[str] = mapped_column(Text, default="")
    min_size: Mapped[int] = mapped_column(Integer, default=10)
    max_size: Mapped[int] = mapped_column(Integer, default=20)
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    members: Mapped[list[Member]] = relationship(back_populates="group")


class Member(RecordMixin, Base):
    """A person in the registry. Withdrawn members keep their row (history)."""

    __tablename__ = "member"

    group_id: Mapped[int] = mapped_column(ForeignKey("expert_group.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    job_title: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[Sector | None] = mapped_column(enum_column(Sector))
    region: Mapped[Region | None] = mapped_column(enum_column(Region))
    municipality: Mapped[str] = mapped_column(String(100), default="")
    recruited_via: Mapped[RecruitedVia | None] = mapped_column(enum_column(RecruitedVia))
    recruited_via_note: Mapped[str] = mapped_column(String(200), default="")
    criterion_engaged: Mapped[bool] = mapped_column(Boolean, default=False)
    criterion_engaged_note: Mapped[str] = mapped_column(Text, default="")
    criterion_change_agent: Mapped[bool] = mapped_column(Boolean, default=False)
    criterion_change_agent_note: Mapped[str] = mapped_column(Text, default="")
    consent_named: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_named_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_contact_on: Mapped[dt.date | None] = mapped_column(Date)
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    group: Mapped[ExpertGroup] = relationship(back_populates="members")

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_on is not None


meeting_groups = Table(
    "meeting_group",
    Base.metadata,
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("expert_group.id", ondelete="RESTRICT"), primary_key=True),
)


class Meeting(RecordMixin, Base):
    """A meeting of one expert group, or of several (a joint meeting)."""

    __tablename__ = "meeting"

    title: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start: Mapped[dt.time] = mapped_column(Time)
    end: Mapped[dt.time] = mapped_column(Time)
    format: Mapped[MeetingFormat] = mapped_column(enum_column(MeetingFormat))
    place: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[MeetingStatus] = mapped_column(enum_column(MeetingStatus), default=MeetingStatus.PLANNED)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The secretariat's people who run it, as they are named on the agenda.
    facilitators: Mapped[str] = mapped_column(String(300), default="")
    # Meeting mode: which agenda item is current (its position), and the minutes' approval.
    current_position: Mapped[int | None] = mapped_column(Integer)
    minutes_approved_on: Mapped[dt.date | None] = mapped_column(Date)
    minutes_unlocked: Mapped[bool] = mapped_column(Boolean, default=False)

    groups: Mapped[list[ExpertGroup]] = relationship(secondary=meeting_groups, order_by="ExpertGroup.position")
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )


agenda_item_presentations = Table(
    "agenda_item_presentation",
    Base.metadata,
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("presentation_id", ForeignKey("presentation.id", ondelete="RESTRICT"), primary_key=True),
)


class AgendaItem(RecordMixin, Base):
    """One point of a meeting's agenda (*dagsordenspunkt*), in order by ``position``.

    Start times are not stored: they follow from the meeting's start and the
    planned minutes of the items before (see services.meetings).
    """

    __tablename__ = "agenda_item"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[AgendaItemKind] = mapped_column(enum_column(AgendaItemKind), default=AgendaItemKind.OTHER)
    planned_minutes: Mapped[int] = mapped_column(Integer, default=15)
    presenter: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # Live fields, filled in meeting mode. The timer adds up the time an item
    # was current: ``elapsed_seconds`` so far, plus now - ``running_since``.
    notes: Mapped[str] = mapped_column(Text, default="")
    actual_start: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    running_since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    elapsed_seconds: Mapped[int] = mapped_column(Integer, default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="agenda_item", order_by="Decision.position", cascade="all, delete-orphan"
    )
    actions: Mapped[list[ActionItem]] = relationship(
        back_populates="agenda_item", order_by="ActionItem.position", cascade="all, delete-orphan"
    )
    presentations: Mapped[list[Presentation]] = relationship(
        secondary=agenda_item_presentations, order_by=lambda: danish_order(Presentation.title)
    )


class AgendaTemplate(RecordMixin, Base):
    """A saved agenda to start new meetings from (the built-in ones live in code)."""

    __tablename__ = "agenda_template"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    format: Mapped[MeetingFormat] = mapped_column(enum_column(MeetingFormat))
    items: Mapped[list[AgendaTemplateItem]] = relationship(
        back_populates="template", order_by="AgendaTemplateItem.position", cascade="all, delete-orphan"
    )


class AgendaTemplateItem(RecordMixin, Base):
    __tablename__ = "agenda_template_item"

    template_id: Mapped[int] = mapped_column(ForeignKey("agenda_template.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[AgendaItemKind] = mapped_column(enum_column(AgendaItemKind))
    planned_minutes: Mapped[int] = mapped_column(Integer)
    presenter: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")

    template: Mapped[AgendaTemplate] = relationship(back_populates="items")


class Presentation(RecordMixin, Base):
    """A knowledge presentation (*vidensoplæg*) in the library.

    The kinds of involvement and the criteria it speaks to are flags: there
    are exactly three of each, they are filtered on, and flags keep the rows
    readable without joins. Tags are free words, stored as one "; "-separated
    text (see services.library for their normal form).
    """

    __tablename__ = "presentation"

    title: Mapped[str] = mapped_column(String(300))
    presenter: Mapped[str] = mapped_column(String(200), default="")
    presented_on: Mapped[dt.date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    involves_organisational: Mapped[bool] = mapped_column(Boolean, default=False)
    involves_individual: Mapped[bool] = mapped_column(Boolean, default=False)
    involves_relatives: Mapped[bool] = mapped_column(Boolean, default=False)
    criterion_frames: Mapped[bool] = mapped_column(Boolean, default=False)
    criterion_process: Mapped[bool] = mapped_column(Boolean, default=False)
    criterion_use: Mapped[bool] = mapped_column(Boolean, default=False)
    tags: Mapped[str] = mapped_column(Text, default="")

    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="presentation", order_by=lambda: danish_order(Attachment.file_name), cascade="all, delete-orphan"
    )


class Attachment(RecordMixin, Base):
    """A file of a presentation. The bytes live in the data folder under their SHA-256,
    so the same file attached twice is stored once."""

    __tablename__ = "attachment"
    __table_args__ = (UniqueConstraint("presentation_id", "content_hash"),)

    presentation_id: Mapped[int] = mapped_column(ForeignKey("presentation.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")

    presentation: Mapped[Presentation] = relationship(back_populates="attachments")


class Decision(RecordMixin, Base):
    """A decision (*beslutning*) taken under an agenda item."""

    __tablename__ = "decision"

    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="decisions")


class Guest(RecordMixin, Base):
    """Someone at a meeting who is not a member: a speaker, a visitor."""

    __tablename__ = "guest"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")


class ActionItem(RecordMixin, Base):
    """An action item (*opgave*): what, who (a member or a guest), by when, and its state.

    ``dissemination`` marks actions about spreading knowledge (*spredning*); the
    open ones are followed up at the group's next meeting.
    """

    __tablename__ = "action_item"

    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    owner_member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"), index=True)
    owner_guest_id: Mapped[int | None] = mapped_column(ForeignKey("guest.id", ondelete="SET NULL"))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(enum_column(ActionStatus), default=ActionStatus.OPEN)
    dissemination: Mapped[bool] = mapped_column(Boolean, default=False)

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="actions")
    owner_member: Mapped[Member | None] = relationship()
    owner_guest: Mapped[Guest | None] = relationship()


class Attendance(RecordMixin, Base):
    """A member's attendance at a meeting. No row: invited, nothing registered yet."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(enum_column(AttendanceStatus))
    arrived_at: Mapped[dt.time | None] = mapped_column(Time)
    left_at: Mapped[dt.time | None] = mapped_column(Time)
    note: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(RecordMixin, Base):
    """A change that must stay traceable (unlocking approved minutes, anonymising, merges)."""

    __tablename__ = "audit_entry"

    action: Mapped[str] = mapped_column(String(60))
    table_name: Mapped[str] = mapped_column(String(60))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Contribution(RecordMixin, Base):
    """A knowledge contribution (*vidensbidrag*) back to ViBIS, sorted by the framework.

    ``involvement`` and the three criterion flags place it in the matrix of the
    inspiration catalogue; 'unspecified' / no criterion means not yet sorted.
    A contribution merged into another keeps its row (``merged_into_id``) so
    nothing is lost, and no longer shows in the register.
    """

    __tablename__ = "contribution"

    group_id: Mapped[int] = mapped_column(ForeignKey("expert_group.id", ondelete="RESTRICT"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[ContributionKind] = mapped_column(enum_column(ContributionKind))
    involvement: Mapped[ContributionInvolvement] = mapped_column(
        enum_column(ContributionInvolvement), default=ContributionInvolvement.UNSPECIFIED
    )
    criterion_frames: Mapped[bool] = mapped_column(Boolean, default=False)
    criterion_process: Mapped[bool] = mapped_column(Boolean, default=False)
    criterion_use: Mapped[bool] = mapped_column(Boolean, default=False)
    setting: Mapped[Setting] = mapped_column(enum_column(Setting), default=Setting.UNSPECIFIED)
    status: Mapped[ContributionStatus] = mapped_column(enum_column(ContributionStatus), default=ContributionStatus.DRAFT)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("contribution.id", ondelete="SET NULL"))

    group: Mapped[ExpertGroup] = relationship()
    meeting: Mapped[Meeting | None] = relationship()
    agenda_item: Mapped[AgendaItem | None] = relationship()
    member: Mapped[Member | None] = relationship()


class Digest(RecordMixin, Base):
    """What one group's held meeting passes on to another group's coming meeting.

    It lives as an agenda item of kind cross-group sharing on the receiving
    meeting (its description holds the digest text, so it shows in the agenda
    PDF and in meeting mode); this row remembers where it came from.
    """

    __tablename__ = "digest"

    from_meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)


class Question(RecordMixin, Base):
    """A question one group puts to another group's field, and its answer."""

    __tablename__ = "question"

    from_group_id: Mapped[int] = mapped_column(ForeignKey("expert_group.id", ondelete="RESTRICT"), index=True)
    to_group_id: Mapped[int] = mapped_column(ForeignKey("expert_group.id", ondelete="RESTRICT"), index=True)
    asked_at_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    asked_on: Mapped[dt.date] = mapped_column(Date)
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    answered_at_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))

    from_group: Mapped[ExpertGroup] = relationship(foreign_keys=[from_group_id])
    to_group: Mapped[ExpertGroup] = relationship(foreign_keys=[to_group_id])


# ---------------------------------------------------------------- self-evaluation


class Questionnaire(RecordMixin, Base):
    """A self-evaluation form, stored as data with a version.

    A round points at the questionnaire it asks, so a round keeps the questions
    it was asked with when a later version changes them. ``key`` names the form
    ("standard"); each change of its questions is a new row with the next
    ``version``, never an edit of the old one.
    """

    __tablename__ = "questionnaire"
    __table_args__ = (UniqueConstraint("key", "version"),)

    key: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))

    items: Mapped[list[QuestionnaireItem]] = relationship(
        back_populates="questionnaire", order_by="QuestionnaireItem.position", cascade="all, delete-orphan"
    )


class QuestionnaireItem(RecordMixin, Base):
    """One question of a questionnaire, Danish first (the forms and reports are Danish).

    ``key`` is the question's name across versions ("statement_knowledge",
    "knowledge_relatives", "promoters"): answers are compared across rounds by
    it (knowledge gain), and the export names its column by it. The short
    labels head charts and tables where the whole question does not fit.
    """

    __tablename__ = "questionnaire_item"
    __table_args__ = (
        UniqueConstraint("key", "questionnaire_id"),
        UniqueConstraint("position", "questionnaire_id"),
    )

    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaire.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(60))
    kind: Mapped[QuestionKind] = mapped_column(enum_column(QuestionKind))
    text_da: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text)
    short_da: Mapped[str] = mapped_column(String(120))
    short_en: Mapped[str] = mapped_column(String(120))

    questionnaire: Mapped[Questionnaire] = relationship(back_populates="items")


evaluation_round_groups = Table(
    "evaluation_round_group",
    Base.metadata,
    Column("round_id", ForeignKey("evaluation_round.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("expert_group.id", ondelete="RESTRICT"), primary_key=True),
)


class EvaluationRound(RecordMixin, Base):
    """A round of self-evaluation (baseline, midway or end) with the questionnaire it asks.

    Its groups are the groups whose members are asked, fixed when the round is
    made (a body added later, such as a steering committee, is not asked by an
    earlier round).
    """

    __tablename__ = "evaluation_round"

    kind: Mapped[EvaluationRoundKind] = mapped_column(enum_column(EvaluationRoundKind))
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaire.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    opens_on: Mapped[dt.date] = mapped_column(Date)
    closes_on: Mapped[dt.date | None] = mapped_column(Date)

    questionnaire: Mapped[Questionnaire] = relationship()
    groups: Mapped[list[ExpertGroup]] = relationship(
        secondary=evaluation_round_groups, order_by="ExpertGroup.position"
    )


class EvaluationResponse(RecordMixin, Base):
    """A member's response to a round: answered (with its answers) or declined.

    ``group_id`` is the member's group when the response was recorded, so the
    results per group stay as they were if the member later moves. Deleting a
    member deletes their responses (anonymising keeps them).
    """

    __tablename__ = "evaluation_response"
    __table_args__ = (UniqueConstraint("round_id", "member_id"),)

    round_id: Mapped[int] = mapped_column(ForeignKey("evaluation_round.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("expert_group.id", ondelete="RESTRICT"), index=True)
    status: Mapped[ResponseStatus] = mapped_column(enum_column(ResponseStatus))
    channel: Mapped[ResponseChannel | None] = mapped_column(enum_column(ResponseChannel))
    answered_on: Mapped[dt.date] = mapped_column(Date)

    round: Mapped[EvaluationRound] = relationship()
    member: Mapped[Member] = relationship()
    group: Mapped[ExpertGroup] = relationship()
    answers: Mapped[list[EvaluationAnswer]] = relationship(back_populates="response", cascade="all, delete-orphan")


class EvaluationAnswer(RecordMixin, Base):
    """One answer of a response: ``value`` 1-5 for a scale question, ``text`` for free text.

    Only given answers are stored; a question left empty has no row.
    """

    __tablename__ = "evaluation_answer"
    __table_args__ = (UniqueConstraint("response_id", "item_id"),)

    response_id: Mapped[int] = mapped_column(ForeignKey("evaluation_response.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("questionnaire_item.id", ondelete="RESTRICT"), index=True)
    value: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")

    response: Mapped[EvaluationResponse] = relationship(back_populates="answers")
    item: Mapped[QuestionnaireItem] = relationship()


class InterviewNote(RecordMixin, Base):
    """Notes from an interview with a member, kept beside their answers (optionally of one round)."""

    __tablename__ = "interview_note"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    round_id: Mapped[int | None] = mapped_column(ForeignKey("evaluation_round.id", ondelete="SET NULL"), index=True)
    interviewed_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)

    member: Mapped[Member] = relationship()


# ---------------------------------------------------------------- several laptops (sync)


class SyncDevice(RecordMixin, Base):
    """This database's identity for exchanging packages and change bundles (one row).

    ``uuid`` is the device id. The office database gets the role 'office' when it first
    sends a package; a database opened from a package is a 'laptop' with the package it
    came from and the sequence number of the last change bundle it wrote (no wall clocks).
    """

    __tablename__ = "sync_device"

    role: Mapped[str] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(String(200), default="")
    package_uuid: Mapped[uuid_.UUID | None] = mapped_column(Uuid)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class SyncPackage(RecordMixin, Base):
    """A package the office sent ('sent') or this laptop was opened from ('received').

    ``base`` is the records as they were in the package (JSON, by identity): the common
    base of the three-way merge. ``ledger_seq`` is how many change bundles the office had
    applied when it sent the package (what the laptop could have seen).
    """

    __tablename__ = "sync_package"

    direction: Mapped[str] = mapped_column(String(10))
    device_uuid: Mapped[uuid_.UUID] = mapped_column(Uuid)
    meetings: Mapped[str] = mapped_column(Text, default="[]")
    base: Mapped[str] = mapped_column(Text, default="{}")
    checksum: Mapped[str] = mapped_column(String(64), default="")
    ledger_seq: Mapped[int] = mapped_column(Integer, default=0)


class SyncBundle(RecordMixin, Base):
    """The office's ledger of change bundles it took in: the same bundle twice changes nothing,
    the same id (or the same laptop and sequence number) with other content is refused."""

    __tablename__ = "sync_bundle"
    __table_args__ = (UniqueConstraint("device_uuid", "seq"),)

    package_uuid: Mapped[uuid_.UUID] = mapped_column(Uuid, index=True)
    device_uuid: Mapped[uuid_.UUID] = mapped_column(Uuid)
    device_label: Mapped[str] = mapped_column(String(200), default="")
    seq: Mapped[int] = mapped_column(Integer)
    checksum: Mapped[str] = mapped_column(String(64))
    ledger_seq: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12))
    summary: Mapped[str] = mapped_column(Text, default="{}")
    payload: Mapped[str] = mapped_column(Text, default="{}")


class SyncField(RecordMixin, Base):
    """The merge state of one field of one record at the office (only fields a bundle touched).

    ``office_value`` is the office's own value (as it was when a bundle first touched the
    field, or as a person at the office last set it), ``merged`` what the merge last wrote,
    ``proposals`` each laptop's value with the base it changed it from (JSON).
    """

    __tablename__ = "sync_field"
    __table_args__ = (UniqueConstraint("table_name", "record_uuid", "field"),)

    table_name: Mapped[str] = mapped_column(String(60))
    record_uuid: Mapped[uuid_.UUID] = mapped_column(Uuid, index=True)
    field: Mapped[str] = mapped_column(String(60))
    office_value: Mapped[str] = mapped_column(Text)
    merged: Mapped[str] = mapped_column(Text)
    proposals: Mapped[str] = mapped_column(Text, default="{}")


class SyncTombstone(RecordMixin, Base):
    """A record a merge deleted, with its last values, so a later change brings back the same record."""

    __tablename__ = "sync_tombstone"
    __table_args__ = (UniqueConstraint("table_name", "record_uuid"),)

    table_name: Mapped[str] = mapped_column(String(60))
    record_uuid: Mapped[uuid_.UUID] = mapped_column(Uuid)
    snapshot: Mapped[str] = mapped_column(Text)
    deleted_by: Mapped[str] = mapped_column(Text, default="[]")


class SyncConflict(RecordMixin, Base):
    """The same field changed on two sides: every value with where it came from, the one
    provisionally kept (``current``), and, once a person chose, the choice. Never deleted."""

    __tablename__ = "sync_conflict"

    table_name: Mapped[str] = mapped_column(String(60))
    record_uuid: Mapped[uuid_.UUID] = mapped_column(Uuid, index=True)
    field: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(12), index=True)
    candidates: Mapped[str] = mapped_column(Text)
    current: Mapped[str] = mapped_column(Text)
    resolution: Mapped[str | None] = mapped_column(Text)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    bundle_uuid: Mapped[uuid_.UUID | None] = mapped_column(Uuid)
