"""Documents from the data: build the plain data a document needs and write the file.

The document writers in :mod:`tankapp.export` (reportlab, icalendar) are
imported inside the functions, so starting the app never loads them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from tankapp.domain.collation import sort_key
from tankapp.domain import vocabulary
from tankapp.domain.danish import short_date
from tankapp.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    ContributionInvolvement,
    ContributionKind,
    ContributionStatus,
    Criterion,
    MeetingStatus,
    Sector,
    Setting,
)
from tankapp.services.meetings import agenda as agenda_service
from tankapp.services.meeting_mode import attendance as attendance_service
from tankapp.services.contributions import register as contributions_service
from tankapp.services.meetings import minutes as minutes_service
from tankapp.services.contributions.register import ContributionFilter, ContributionRow
from tankapp.services.errors import ServiceError, problem
from tankapp.services.meetings.planning import get_meeting, is_steering
from tankapp.services.meetings.minutes import ActionRow
from tankapp.services.thinktank import require_think_tank

# Documents go out in Danish, whatever language the window speaks: the words are
# the vocabulary's (tankapp.domain.vocabulary), the same the Danish window shows.
# An item of kind "other" shows no kind on the agenda (its title says what it is).
AGENDA_KIND_DA: dict[AgendaItemKind, str] = {**vocabulary.danish_of(AgendaItemKind), AgendaItemKind.OTHER: ""}


def agenda_document(s: Session, meeting_id: int):
    """The agenda of a meeting as :class:`tankapp.export.agenda_pdf.AgendaDocument`."""
    from tankapp.export.agenda_pdf import AgendaDocument, AgendaLine

    tank = require_think_tank(s)
    a = agenda_service.agenda(s, meeting_id)
    m = a.meeting
    return AgendaDocument(
        think_tank=tank.name,
        title=m.title,
        groups=list(m.groups),
        date=m.date,
        start=m.start,
        end=m.end,
        place=m.place,
        facilitators=m.facilitators,
        items=[
            AgendaLine(
                start=r.start,
                end=r.end,
                title=r.title,
                kind_label=AGENDA_KIND_DA[r.kind],
                presenter=r.presenter,
                description=r.description,
                presentations=[title for _id, title in r.presentations],
            )
            for r in a.rows
        ],
        overrun_minutes=a.overrun_minutes,
        steering=m.steering,
    )


def export_agenda_pdf(s: Session, meeting_id: int, path: Path) -> Path:
    from tankapp.export.agenda_pdf import write_agenda_pdf

    return write_agenda_pdf(agenda_document(s, meeting_id), Path(path))


def meeting_event(s: Session, meeting_id: int):
    """The meeting as a calendar event, its agenda in the description. Names no members."""
    from tankapp.export.agenda_pdf import agenda_text
    from tankapp.export.ics import MeetingEvent

    meeting = get_meeting(s, meeting_id)
    doc = agenda_document(s, meeting_id)
    description = agenda_text(doc.items)
    if meeting.facilitators:
        description = f"Facilitator: {meeting.facilitators}\n\n{description}"
    # SEQUENCE must grow each time a changed meeting is sent again: seconds
    # between creation and the last change grow with every saved change.
    sequence = max(0, int((meeting.updated_at - meeting.created_at).total_seconds()))
    return MeetingEvent(
        uid=f"{meeting.uuid}@tankapp",
        title=meeting.title,
        date=meeting.date,
        start=meeting.start,
        end=meeting.end,
        place=meeting.place,
        description=description,
        groups=[g.name for g in meeting.groups],
        sequence=sequence,
        updated=meeting.updated_at,
        cancelled=meeting.status == MeetingStatus.CANCELLED,
    )


def export_meeting_ics(s: Session, meeting_id: int, path: Path) -> Path:
    from tankapp.export.ics import write_meeting_ics

    return write_meeting_ics(meeting_event(s, meeting_id), Path(path))


# ---------------------------------------------------------------- minutes and sign-in sheet

SECTOR_DA: dict[Sector | None, str] = {**vocabulary.danish_of(Sector), None: vocabulary.SECTOR_NOT_STATED_DOCUMENT}

ACTION_STATUS_DA: dict[ActionStatus, str] = vocabulary.danish_of(ActionStatus)


def _named_and_unnamed(rows) -> tuple[list[str], list[tuple[str, int]]]:
    """Names of those who consented; the rest only as a count per organisation type.

    The consent rule for documents that leave the room: a member who has not
    agreed to be named is never printed by name, only counted.
    """
    named = [r.name for r in rows if r.consent_named]
    unnamed = Counter(SECTOR_DA[r.sector] for r in rows if not r.consent_named)
    return named, sorted(unnamed.items(), key=lambda kv: sort_key(kv[0]))


def _owner_text(a: ActionRow) -> str:
    if a.owner_member_id is not None and not a.owner_consent_named:
        sector = Sector(a.owner_sector) if a.owner_sector else None
        return f"Et medlem ({SECTOR_DA[sector].lower()})"
    return a.owner


def _meeting_contributions(s: Session, meeting_id: int, items: dict[int, tuple[int, str]]):
    """The knowledge contributions captured at the meeting (drafts too; merged-away ones left out),
    in agenda order, as :class:`tankapp.export.minutes_pdf.MinutesContribution`.

    Consent rule: the member is named only where they agreed to be named.
    """
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from tankapp.domain import Contribution
    from tankapp.export.minutes_pdf import MinutesContribution

    rows = s.scalars(
        select(Contribution)
        .where(Contribution.meeting_id == meeting_id, Contribution.merged_into_id.is_(None))
        .options(selectinload(Contribution.member))
        .order_by(Contribution.id)
    ).all()
    last = len(items)

    def order(c) -> tuple[int, int]:
        return (items[c.agenda_item_id][0] if c.agenda_item_id in items else last, c.id)

    return [
        MinutesContribution(
            title=c.title,
            text=c.text,
            kind_label=CONTRIBUTION_KIND_DA[c.kind],
            member=c.member.name if c.member is not None and c.member.consent_named else "",
            item_title=items[c.agenda_item_id][1] if c.agenda_item_id in items else "",
        )
        for c in sorted(rows, key=order)
    ]


def minutes_document(s: Session, meeting_id: int, today: dt.date | None = None):
    """The minutes as :class:`tankapp.export.minutes_pdf.MinutesDocument`, consent rule applied.

    The minutes of a meeting not held, or not approved, are a draft (marked so on every
    page). Action items still open past their due date (before *today*) are marked overdue.
    """
    from tankapp.export.minutes_pdf import MinutesAction, MinutesDocument, MinutesSection

    today = today or dt.date.today()
    tank = require_think_tank(s)
    timed = {r.id: r for r in agenda_service.agenda(s, meeting_id).rows}
    m = minutes_service.minutes(s, meeting_id)
    att = attendance_service.attendance(s, meeting_id)
    meeting = get_meeting(s, meeting_id)
    present, present_unnamed = _named_and_unnamed([r for r in att.rows if r.attended])
    excused, excused_unnamed = _named_and_unnamed([r for r in att.rows if r.status == AttendanceStatus.EXCUSED])
    # Invited, but registered neither present, absent nor excused.
    unregistered, unregistered_unnamed = _named_and_unnamed([r for r in att.rows if r.status is None])
    held = meeting.status == MeetingStatus.HELD

    def action(a: ActionRow, origin: str = "") -> MinutesAction:
        return MinutesAction(
            text=a.text,
            owner=_owner_text(a),
            due_on=a.due_on,
            status_label=ACTION_STATUS_DA[a.status],
            dissemination=a.dissemination,
            origin=origin,
            overdue=a.is_overdue(today),
        )

    return MinutesDocument(
        think_tank=tank.name,
        title=meeting.title,
        groups=[g.name for g in meeting.groups],
        date=meeting.date,
        start=meeting.start,
        end=meeting.end,
        place=meeting.place,
        facilitators=meeting.facilitators,
        present=present,
        present_unnamed=present_unnamed,
        excused=excused,
        excused_unnamed=excused_unnamed,
        absent_count=att.count(AttendanceStatus.ABSENT),
        unregistered=unregistered,
        unregistered_unnamed=unregistered_unnamed,
        guests=[(g.name, g.organisation, g.role) for g in att.guests],
        sections=[
            MinutesSection(
                start=timed[i.id].start if i.id in timed else None,
                title=i.title,
                presenter=i.presenter,
                notes=i.notes,
                decisions=[d.text for d in i.decisions],
                actions=[action(a) for a in i.actions],
            )
            for i in m.items
        ],
        followups=[
            action(a, f"Møde {short_date(a.meeting_date)}: {a.meeting_title}")
            for a in minutes_service.open_followups(s, meeting_id)
        ],
        contributions=_meeting_contributions(s, meeting_id, {i.id: (i.position, i.title) for i in m.items}),
        approved_on=m.approved_on,
        held=held,
        draft=not held or m.approved_on is None,
        steering=is_steering(meeting),
    )


def export_minutes_pdf(s: Session, meeting_id: int, path: Path) -> Path:
    from tankapp.export.minutes_pdf import write_minutes_pdf

    return write_minutes_pdf(minutes_document(s, meeting_id), Path(path))


def signin_document(s: Session, meeting_id: int):
    """The paper sign-in sheet: every invited member, sorted the Danish way.

    It stays in the room (the members sign it themselves), so it names all invited.
    """
    from tankapp.export.signin_pdf import SigninDocument, SigninRow

    tank = require_think_tank(s)
    meeting = get_meeting(s, meeting_id)
    att = attendance_service.attendance(s, meeting_id)
    return SigninDocument(
        think_tank=tank.name,
        title=meeting.title,
        groups=[g.name for g in meeting.groups],
        date=meeting.date,
        start=meeting.start,
        end=meeting.end,
        place=meeting.place,
        rows=[SigninRow(r.name, r.organisation, r.group) for r in att.rows],
        steering=is_steering(meeting),
    )


def export_signin_pdf(s: Session, meeting_id: int, path: Path) -> Path:
    from tankapp.export.signin_pdf import write_signin_pdf

    return write_signin_pdf(signin_document(s, meeting_id), Path(path))


# ================================================================ knowledge contributions (vidensbidrag)
#
# A selection of the register (all, one group, or only those not sent before)
# goes to ViBIS as a PDF report, a CSV for Danish Excel or JSON for ViBIS's
# knowledge base (the fields: docs/contributions-format.md). Drafts never go
# out: only reviewed contributions (and those sent before) are exported, and the
# number of drafts left out is reported. Exporting a selection marks exactly
# those contributions sent, after the file is written; one sent before keeps its
# first sent date. An empty selection writes nothing (ServiceError
# ``export_no_contributions``).
# A member is named only where they agreed (ContributionRow.named_member).

# The report speaks ViBIS's terms for the kinds (its legend: F = fremmer, B = barriere,
# E = eksempel, V = videnshul/behov) and heads its sections with the long names of
# the kinds of involvement: forms only documents use, kept in the vocabulary too.
CONTRIBUTION_KIND_DA: dict[ContributionKind, str] = vocabulary.CONTRIBUTION_KIND_DOCUMENT
CONTRIBUTION_KIND_PLURAL_DA: dict[ContributionKind, str] = vocabulary.CONTRIBUTION_KIND_PLURAL_DOCUMENT
INVOLVEMENT_DA: dict[ContributionInvolvement, str] = vocabulary.CONTRIBUTION_INVOLVEMENT_DOCUMENT
# the rows of the matrix, short
MATRIX_ROW_DA: dict[ContributionInvolvement, str] = {
    i: vocabulary.danish(i) for i in ContributionInvolvement if i != ContributionInvolvement.UNSPECIFIED
}
CRITERION_DA: dict[Criterion, str] = vocabulary.danish_of(Criterion)
SETTING_DA: dict[Setting, str] = vocabulary.danish_of(Setting)
# the report's order: sections by kind of involvement, then by kind of contribution
_KIND_ORDER = tuple(CONTRIBUTION_KIND_DA)
_SECTION_ORDER = tuple(INVOLVEMENT_DA)

# file ending -> format
CONTRIBUTION_FORMATS = {".pdf": "pdf", ".csv": "csv", ".json": "json"}


def contributions_selection(s: Session, group_id: int | None = None, unsent: bool = False) -> list[ContributionRow]:
    """The contributions an export takes: all, one group's, and/or only those not sent before.

    Drafts are never taken: only reviewed (and, unless *unsent*, already sent)
    contributions go to ViBIS; :func:`contributions_drafts_left_out` counts the
    drafts the same selection leaves out. In the register's order (newest
    meeting first); merged-away ones are left out.
    """
    rows = contributions_service.list_contributions(s, ContributionFilter(group_id=group_id, unsent_only=unsent))
    return [r for r in rows if r.status != ContributionStatus.DRAFT]


def contributions_drafts_left_out(s: Session, group_id: int | None = None) -> int:
    """How many drafts (not reviewed yet) an export of all / one group's contributions leaves out.

    A draft is never sent, so the number is the same with or without *unsent*.
    """
    flt = ContributionFilter(group_id=group_id, status=ContributionStatus.DRAFT)
    return len(contributions_service.list_contributions(s, flt))


@dataclass(frozen=True)
class ContributionsPreview:
    """What an export would send, before any file is chosen: shown for confirmation."""

    count: int  # contributions that go out (and are marked sent unless sent before)
    already_sent: int  # of those, sent before (their first sent date is kept)
    drafts: int  # drafts left out
    group: str | None  # the group's name, or None for all groups
    unsent: bool


def contributions_export_preview(s: Session, group_id: int | None = None, unsent: bool = False) -> ContributionsPreview:
    """The count, the selection and the drafts left out of an export (one short read)."""
    from tankapp.services.members.groups import get_group

    rows = contributions_selection(s, group_id=group_id, unsent=unsent)
    return ContributionsPreview(
        count=len(rows),
        already_sent=sum(1 for r in rows if r.status == ContributionStatus.SENT),
        drafts=contributions_drafts_left_out(s, group_id),
        group=get_group(s, group_id).name if group_id is not None else None,
        unsent=unsent,
    )


def _nothing_to_export(drafts: int) -> ServiceError:
    return ServiceError(
        problem(
            "export_no_contributions",
            f"no contributions to export ({drafts} {'draft' if drafts == 1 else 'drafts'} not reviewed yet)",
            drafts=drafts,
        )
    )


def contributions_export_format(path: Path | str) -> str:
    """``"pdf"``, ``"csv"`` or ``"json"`` from the file ending (any case); else ServiceError."""
    path = Path(path)
    fmt = CONTRIBUTION_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ServiceError(
            problem(
                "export_unknown_format",
                f"Cannot tell the format from the file name '{path.name}': end it in .pdf, .csv or .json.",
                path=str(path),
            )
        )
    return fmt


def _selection_text(group: str | None, unsent: bool) -> str:
    if group and unsent:
        return f"Vidensbidrag fra {group}, der ikke er sendt før"
    if group:
        return f"Alle vidensbidrag fra {group}"
    if unsent:
        return "Vidensbidrag, der ikke er sendt før"
    return "Alle vidensbidrag"


def contributions_document(
    s: Session,
    rows: list[ContributionRow],
    *,
    group_id: int | None = None,
    unsent: bool = False,
    generated_at: dt.datetime | None = None,
):
    """The report on *rows* as :class:`tankapp.export.contributions_report.ReportDocument`.

    Consent rule: an entry names its member only through ``ContributionRow.named_member``.
    """
    from tankapp.export.contributions_report import (
        MatrixCell,
        ReportDocument,
        ReportEntry,
        ReportKindGroup,
        ReportMatrix,
        ReportSection,
    )
    from tankapp.services.members.groups import get_group, list_groups

    tank = require_think_tank(s)
    m = contributions_service.matrix(rows)

    def cell(involvement: ContributionInvolvement, criterion: Criterion) -> MatrixCell:
        return MatrixCell(
            total=m.count(involvement, criterion),
            promoters=m.count(involvement, criterion, ContributionKind.PROMOTER),
            barriers=m.count(involvement, criterion, ContributionKind.BARRIER),
            examples=m.count(involvement, criterion, ContributionKind.EXAMPLE),
            gaps=m.count(involvement, criterion, ContributionKind.GAP),
        )

    matrix = ReportMatrix(
        row_labels=[MATRIX_ROW_DA[i] for i in contributions_service.MATRIX_ROWS],
        column_labels=[CRITERION_DA[c] for c in contributions_service.CRITERIA],
        cells=[[cell(i, c) for c in contributions_service.CRITERIA] for i in contributions_service.MATRIX_ROWS],
        unclassified=len(m.unclassified),
    )

    def entry(r: ContributionRow) -> ReportEntry:
        return ReportEntry(
            title=r.title,
            text=r.text,
            kind_label=CONTRIBUTION_KIND_DA[r.kind],
            involvement_label=INVOLVEMENT_DA[r.involvement],
            criteria_labels=[CRITERION_DA[c] for c in r.criteria],
            setting_label=SETTING_DA[r.setting],
            group=r.group,
            meeting_title=r.meeting_title,
            meeting_date=r.meeting_date,
            member=r.named_member,
        )

    # oldest meeting first inside each kind; contributions without a meeting last
    ordered = sorted(rows, key=lambda r: (r.meeting_date is None, r.meeting_date or dt.date.min, r.id))
    sections = [
        ReportSection(
            label=INVOLVEMENT_DA[inv],
            kinds=[
                ReportKindGroup(
                    CONTRIBUTION_KIND_PLURAL_DA[kind],
                    [entry(r) for r in ordered if r.involvement == inv and r.kind == kind],
                )
                for kind in _KIND_ORDER
            ],
        )
        for inv in _SECTION_ORDER
    ]

    group_name = get_group(s, group_id).name if group_id is not None else None
    if group_name is not None:
        covered = [group_name]
    else:
        present = {r.group_id for r in rows}
        covered = [g.name for g in list_groups(s) if g.id in present]
    return ReportDocument(
        think_tank=tank.name,
        period_start=tank.period_start,
        period_end=tank.period_end,
        groups=covered,
        selection=_selection_text(group_name, unsent),
        total=len(rows),
        matrix=matrix,
        sections=sections,
        generated_at=generated_at or dt.datetime.now(),
    )


def export_contributions(
    s: Session,
    path: Path | str,
    *,
    group_id: int | None = None,
    unsent: bool = False,
    on: dt.date | None = None,
) -> int:
    """Write the selection to *path* (PDF, CSV or JSON by its ending), then mark it sent.

    Returns the number of contributions exported. Drafts are left out
    (:func:`contributions_selection`). The file is written first (atomically:
    all or nothing); only then are exactly the exported contributions marked
    sent on *on* (default today), in the caller's session; one sent before keeps
    its first sent date. A failed write raises and marks nothing. An unknown
    ending raises ServiceError ``export_unknown_format`` before anything is read
    or written; an empty selection raises ``export_no_contributions`` and writes
    nothing. The CSV/JSON show status and sent_on as they were before this export.
    """
    prepared = prepare_contributions_export(s, path, group_id=group_id, unsent=unsent)
    write_contributions_export(prepared, path)
    contributions_service.mark_sent(s, list(prepared.ids), on=on)
    return len(prepared.ids)


@dataclass(frozen=True)
class ContributionsExport:
    """What one export of the contributions writes, read in one short transaction.

    The file is then written outside any transaction (a big PDF never holds the
    database), and exactly :attr:`ids` are marked sent afterwards.
    """

    fmt: str
    ids: tuple[int, ...]
    document: object | None = None  # the PDF's document
    rows: tuple[dict, ...] = ()  # the CSV/JSON rows
    drafts: int = 0  # drafts the selection left out


def prepare_contributions_export(
    s: Session, path: Path | str, *, group_id: int | None = None, unsent: bool = False
) -> ContributionsExport:
    """Read what the export writes; ServiceError ``export_no_contributions`` when the selection is empty."""
    fmt = contributions_export_format(Path(path))
    rows = contributions_selection(s, group_id=group_id, unsent=unsent)
    drafts = contributions_drafts_left_out(s, group_id)
    if not rows:
        raise _nothing_to_export(drafts)
    ids = tuple(r.id for r in rows)
    if fmt == "pdf":
        document = contributions_document(s, rows, group_id=group_id, unsent=unsent)
        return ContributionsExport(fmt, ids, document=document, drafts=drafts)
    return ContributionsExport(fmt, ids, rows=tuple(r.as_dict() for r in rows), drafts=drafts)  # members only with consent


def write_contributions_export(prepared: ContributionsExport, path: Path | str) -> None:
    """Write the prepared export (no database needed)."""
    from tankapp.export import tabular

    path = Path(path)
    if prepared.fmt == "pdf":
        from tankapp.export.contributions_report import write_contributions_pdf

        write_contributions_pdf(prepared.document, path)
    else:
        write = tabular.write_csv if prepared.fmt == "csv" else tabular.write_json
        write(path, list(prepared.rows), ContributionRow.FIELDS)
