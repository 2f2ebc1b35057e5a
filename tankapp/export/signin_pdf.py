"""The sign-in sheet (*fremmødeliste*) of a meeting as a PDF, to print and sign by hand.

Plain data in, a file out: the caller gives the rows already sorted the Danish way
(and only the people it wants on the sheet).  Nothing here knows about the database
or Qt.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from tankapp.domain.danish import join_names, long_date, short_date, time_range
from tankapp.export import pdf
from tankapp.export.minutes_pdf import one_line, printable, short, text_flowables

__all__ = ["SigninDocument", "SigninRow", "signin_story", "write_signin_pdf"]


@dataclass
class SigninRow:
    name: str
    organisation: str
    group: str  # the member's expert group (shown on a joint meeting's sheet)


@dataclass
class SigninDocument:
    think_tank: str
    title: str
    groups: list[str]  # one name, or all the groups of a joint meeting
    date: dt.date
    start: dt.time
    end: dt.time
    place: str
    rows: list[SigninRow]
    blank_rows: int = 5  # empty rows at the end, for people not on the list
    generated_at: dt.datetime | None = None
    steering: bool = False  # a meeting of the steering committee (not an expert group)


# A row is at least this tall: room to sign by hand.
ROW_HEIGHT = 11 * mm
_PAD_TOP = 4  # data_table's cell padding (points)
_PAD_BOTTOM = 5


def _widths(joint: bool) -> list[float]:
    """Column widths; the signature column keeps at least 45 mm."""
    if joint:
        name, org, group = 46 * mm, 44 * mm, 35 * mm
        return [name, org, group, pdf.CONTENT_WIDTH - name - org - group]
    name, org = 60 * mm, 55 * mm
    return [name, org, pdf.CONTENT_WIDTH - name - org]


# Where the long group names may break (a soft hyphen prints "-" only at a line end).
_SOFT_BREAKS = {
    "Uddannelsesrepræsentanter": "Uddannelses\xadrepræsentanter",
    "Kvalitetskonsulenter": "Kvalitets\xadkonsulenter",
}


@functools.cache
def _group_style() -> ParagraphStyle:
    return ParagraphStyle("signin-group", parent=pdf.styles().cell, fontSize=8.5, leading=11)


def _group_cell(group: str) -> object:
    """A group name is short: one paragraph, with break points in the long names."""
    text = " ".join(_SOFT_BREAKS.get(word, word) for word in short(group).split(" "))
    return pdf.para(text, _group_style())


def header_text(doc: SigninDocument) -> str:
    """What the page header says on the right: "Fremmødeliste · Klinikere · 12.03.2026"."""
    parts = ["Fremmødeliste"]
    groups = [g for g in (printable(g).strip() for g in doc.groups) if g]
    if groups:
        parts.append(", ".join(groups))
    parts.append(short_date(doc.date))
    return " · ".join(parts)


def _cell(text: object) -> list:
    s = pdf.styles()
    return text_flowables(short(text), s.cell, gap=2) or [pdf.para("", s.cell)]


def signin_story(doc: SigninDocument) -> list:
    """The flowables of the sign-in sheet (without page header and footer)."""
    s = pdf.styles()
    story: list = [pdf.heading("Fremmødeliste")]
    title = printable(doc.title).strip()
    if title:
        story.extend(text_flowables(title, s.heading2))
    story.append(pdf.spacer(2))

    groups = [g for g in (printable(g).strip() for g in doc.groups) if g]
    joint = len(groups) > 1
    rows: list[tuple[str, object]] = []
    if groups:
        label = "Gruppe" if doc.steering else "Ekspertgrupper" if joint else "Ekspertgruppe"
        rows.append((label, _cell(join_names(groups))))
    rows.append(("Dato", long_date(doc.date)))
    rows.append(("Tid", time_range(doc.start, doc.end)))
    place = printable(doc.place).strip()
    if place:
        rows.append(("Sted", _cell(place)))
    story.append(pdf.info_table(rows))
    story.append(pdf.spacer(3))
    story.append(
        pdf.para(
            "Skriv under ud for dit navn. Står du ikke på listen, så skriv navn og organisation "
            "på en tom linje nederst.",
            s.body,
        )
    )
    story.append(pdf.spacer(2))

    # The signature cell holds a spacer as tall as a row must be: the row grows with
    # a long name, but never gets lower than ROW_HEIGHT.
    def signature():
        return pdf.Spacer(1, ROW_HEIGHT - _PAD_TOP - _PAD_BOTTOM)

    header = ["Navn", "Organisation", *(["Gruppe"] if joint else []), "Underskrift"]
    data: list[list[object]] = []
    for row in doc.rows:
        cells: list[object] = [_cell(row.name), _cell(row.organisation)]
        if joint:
            cells.append(_group_cell(row.group))
        data.append([*cells, signature()])
    for _ in range(max(0, doc.blank_rows)):
        data.append([*([""] * (len(header) - 1)), signature()])

    if not data:
        story.append(pdf.para("Ingen på listen.", s.body))
        return story
    story.append(
        pdf.data_table(
            header,
            data,
            _widths(joint),
            style_commands=[("VALIGN", (0, 1), (-1, -1), "MIDDLE")],
        )
    )
    story.append(pdf.spacer(2))
    story.append(pdf.para(f"{len(doc.rows)} navne på listen." if len(doc.rows) != 1 else "1 navn på listen.", s.small))
    return story


def write_signin_pdf(doc: SigninDocument, path: Path) -> Path:
    """Write the sign-in sheet of *doc* as an A4 PDF to *path* (atomically, 0600); returns *path*."""
    title = one_line(doc.title)
    return pdf.build_pdf(
        path,
        signin_story(doc),
        think_tank=one_line(doc.think_tank),
        title=f"Fremmødeliste – {title}" if title else "Fremmødeliste",
        header_right=one_line(header_text(doc)),
        generated_at=doc.generated_at,
        subject=f"Fremmødeliste {long_date(doc.date)}",
    )
