"""Documents from the data: build the plain data a document needs and write the file.

The document writers in :mod:`tankapp.export` (reportlab, icalendar) are
imported inside the functions, so starting the app never loads them.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from tankapp.domain.enums import AgendaItemKind, MeetingStatus
from tankapp.services import agenda as agenda_service
from tankapp.services.meetings import get_meeting
from tankapp.services.thinktank import require_think_tank

# Documents go out in Danish, whatever language the window speaks.
AGENDA_KIND_DA: dict[AgendaItemKind, str] = {
    AgendaItemKind.WELCOME: "Velkomst",
    AgendaItemKind.KNOWLEDGE_PRESENTATION: "Vidensoplæg",
    AgendaItemKind.DISSEMINATION_DISCUSSION: "Drøftelse af spredning",
    AgendaItemKind.CONTRIBUTIONS_ROUND: "Runde med vidensbidrag",
    AgendaItemKind.CROSS_GROUP_SHARING: "Deling på tværs af grupper",
    AgendaItemKind.BREAK: "Pause",
    AgendaItemKind.EVALUATION: "Evaluering",
    AgendaItemKind.OTHER: "",
}


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
