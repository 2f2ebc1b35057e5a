"""The agenda (*dagsorden*) of a meeting as a PDF, and as plain text for calendars.

Plain data in, a file out: the caller (a service) turns a meeting into an
:class:`AgendaDocument`; nothing here knows about the database or Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm

from tankapp.domain.danish import join_names, long_date, minutes_text, short_date, time_range, time_text
from tankapp.export import pdf

__all__ = ["AgendaDocument", "AgendaLine", "agenda_story", "agenda_text", "write_agenda_pdf"]


@dataclass
class AgendaLine:
    """One agenda item, with its computed times."""

    start: dt.time
    end: dt.time
    title: str
    kind_label: str = ""  # "Vidensoplæg", "Drøftelse", ... in the user's words
    presenter: str = ""  # who is responsible ("Ansvarlig")
    description: str = ""
    presentations: list[str] = field(default_factory=list)  # titles of linked knowledge presentations


@dataclass
class AgendaDocument:
    think_tank: str
    title: str
    groups: list[str]  # one name, or all the groups of a joint meeting
    date: dt.date
    start: dt.time
    end: dt.time
    place: str
    facilitators: str
    items: list[AgendaLine]
    generated_at: dt.datetime | None = None
    overrun_minutes: int = 0  # how far the items run past ``end``
    steering: bool = False  # a meeting of the steering committee (not an expert group)


# Column widths of the items table: Tid | Punkt | Ansvarlig.
_TIME_WIDTH = 25 * mm
_PRESENTER_WIDTH = 42 * mm
_ITEM_WIDTH = pdf.CONTENT_WIDTH - _TIME_WIDTH - _PRESENTER_WIDTH


def _group_label(groups: list[str], steering: bool = False) -> str:
    if steering:  # the steering committee is no expert group
        return "Gruppe"
    return "Ekspertgrupper" if len(groups) > 1 else "Ekspertgruppe"


def _facilitator_label(facilitators: str) -> str:
    plural = "," in facilitators or " og " in facilitators or "&" in facilitators or "\n" in facilitators
    return "Facilitatorer" if plural else "Facilitator"


def header_text(doc: AgendaDocument) -> str:
    """What the page header says on the right: "Dagsorden · Klinikere · 12.03.2026"."""
    parts = ["Dagsorden"]
    if doc.groups:
        parts.append(", ".join(doc.groups))
    parts.append(short_date(doc.date))
    return " · ".join(parts)


def _item_cell(line: AgendaLine) -> list:
    s = pdf.styles()
    cell = [pdf.para(line.title, s.cell_bold)]
    if line.kind_label and line.kind_label.strip().casefold() != line.title.strip().casefold():
        cell.append(pdf.para(line.kind_label, s.cell_small))
    if line.description:
        cell.append(pdf.spacer(1))
        cell.append(pdf.para(line.description, s.cell))
    titles = [t for t in line.presentations if t]
    if titles:
        cell.append(pdf.spacer(1))
        cell.append(pdf.labelled_para("Vidensoplæg:", "; ".join(titles), s.cell))
    return cell


def agenda_story(doc: AgendaDocument) -> list:
    """The flowables of the agenda (without page header and footer)."""
    s = pdf.styles()
    story: list = [pdf.heading("Dagsorden")]
    if doc.title:
        story.append(pdf.para(doc.title, s.heading2))
    story.append(pdf.spacer(2))

    rows: list[tuple[str, object]] = []
    if doc.groups:
        rows.append((_group_label(doc.groups, doc.steering), join_names(doc.groups)))
    rows.append(("Dato", long_date(doc.date)))
    rows.append(("Tid", time_range(doc.start, doc.end)))
    if doc.place:
        rows.append(("Sted", doc.place))
    if doc.facilitators:
        rows.append((_facilitator_label(doc.facilitators), doc.facilitators))
    story.append(pdf.info_table(rows))
    story.append(pdf.spacer(5))

    if doc.overrun_minutes > 0:
        story.append(
            pdf.note_box(
                f"Bemærk: Dagsordenen løber {minutes_text(doc.overrun_minutes)} over mødets sluttid "
                f"({time_text(doc.end)})."
            )
        )
        story.append(pdf.spacer(4))

    if not doc.items:
        story.append(pdf.para("Dagsordenen har endnu ingen punkter.", s.body))
        return story

    table_rows = [
        [time_range(line.start, line.end), _item_cell(line), line.presenter]
        for line in doc.items
    ]
    story.append(pdf.data_table(["Tid", "Punkt", "Ansvarlig"], table_rows, [_TIME_WIDTH, _ITEM_WIDTH, _PRESENTER_WIDTH]))
    return story


def write_agenda_pdf(doc: AgendaDocument, path: Path) -> Path:
    """Write the agenda of *doc* as an A4 PDF to *path* (atomically, 0600); returns *path*."""
    title = f"Dagsorden – {doc.title}" if doc.title else "Dagsorden"
    return pdf.build_pdf(
        path,
        agenda_story(doc),
        think_tank=doc.think_tank,
        title=title,
        header_right=header_text(doc),
        generated_at=doc.generated_at,
        subject=f"Dagsorden {long_date(doc.date)}",
    )


def agenda_text(lines: list[AgendaLine]) -> str:
    """The agenda as plain text for a calendar invitation, one item a line.

    ``"09.30 Velkomst (Facilitator)"``: start time, title, and who is responsible
    in brackets when someone is.  Linked presentations follow on their own line.
    """
    out: list[str] = []
    for line in lines:
        title = " ".join(line.title.split())
        text = f"{time_text(line.start)} {title}"
        if line.presenter.strip():
            text += f" ({' '.join(line.presenter.split())})"
        out.append(text)
        titles = [" ".join(t.split()) for t in line.presentations if t.strip()]
        if titles:
            out.append(f"      Vidensoplæg: {'; '.join(titles)}")
    return "\n".join(out)
