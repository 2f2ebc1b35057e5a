"""A member's copy of their data (*indsigt*, GDPR art. 15) as a PDF in Danish.

Plain data in, a file out: the caller gives every text already in Danish (labels,
states, dates it wants shown) and only what may go to the member.  Nothing here
knows about the database or Qt.  All user text is escaped and flows over pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm

from tankapp.domain.danish import date_time_text, join_names, short_date
from tankapp.export import pdf
from tankapp.export.minutes_pdf import one_line, printable, text_flowables

__all__ = [
    "MemberPdfAction",
    "MemberPdfAudit",
    "MemberPdfContribution",
    "MemberPdfDocument",
    "MemberPdfEvaluation",
    "MemberPdfInterview",
    "MemberPdfMeeting",
    "MemberPdfMention",
    "member_story",
    "write_member_pdf",
]


@dataclass
class MemberPdfMeeting:
    date: dt.date
    title: str
    groups: list[str]
    meeting_status: str  # "afholdt", "planlagt", "aflyst"
    attendance: str  # "Mødt", "Afbud", "Kom senere (kl. 10.05)", ...
    note: str = ""


@dataclass
class MemberPdfAction:
    meeting: str  # "12.03.2026 Opstartsmøde"
    text: str
    due: str  # "" or "01.04.2026"
    status: str


@dataclass
class MemberPdfContribution:
    meeting: str
    title: str
    text: str
    kind: str
    classification: str
    status: str


@dataclass
class MemberPdfEvaluation:
    round: str  # "Førmåling ved projektstart (førmåling)"
    date: str  # "12.03.2026"
    state: str  # "Besvaret på papirskema", "Ønsker ikke at svare"
    group: str
    answers: list[tuple[str, str]] = field(default_factory=list)  # (question, answer in words)


@dataclass
class MemberPdfInterview:
    date: str
    round: str  # "" or the round's title
    text: str


@dataclass
class MemberPdfMention:
    source: str  # "Beslutning", "Noter til dagsordenspunkt (uddrag)"
    where: str  # "møde 12.03.2026: Opstartsmøde, punkt: Drøftelse" or ""
    text: str


@dataclass
class MemberPdfAudit:
    at: dt.datetime
    action: str
    details: str = ""


@dataclass
class MemberPdfDocument:
    think_tank: str
    name: str
    registry: list[tuple[str, str]]  # (label, value), in order; empty values print "—"
    meetings: list[MemberPdfMeeting] = field(default_factory=list)
    actions: list[MemberPdfAction] = field(default_factory=list)
    contributions: list[MemberPdfContribution] = field(default_factory=list)
    evaluations: list[MemberPdfEvaluation] = field(default_factory=list)
    interviews: list[MemberPdfInterview] = field(default_factory=list)
    mentions: list[MemberPdfMention] = field(default_factory=list)
    audit: list[MemberPdfAudit] = field(default_factory=list)
    generated_at: dt.datetime | None = None


def _cell(text: object) -> list:
    s = pdf.styles()
    return text_flowables(text, s.cell, gap=2) or [pdf.para("", s.cell)]


def _value(text: object) -> list:
    s = pdf.styles()
    return text_flowables(text, s.body, gap=2) or [pdf.para("—", s.body)]


def _line(text: object) -> str:
    return " ".join(printable(text).split())


def _empty(text: str) -> list:
    return [pdf.para(text, pdf.styles().body)]


def member_story(doc: MemberPdfDocument) -> list:
    """The flowables of the copy (without page header and footer)."""
    s = pdf.styles()
    at = doc.generated_at or dt.datetime.now()
    story: list = [pdf.heading("Dine oplysninger")]
    story.extend(text_flowables(doc.name, s.heading2))
    story.append(
        pdf.para(
            f"Dette er en kopi af alle de oplysninger, {printable(doc.think_tank).strip() or 'tænketanken'} "
            f"har registreret om dig i tankapp, udskrevet {date_time_text(at)} "
            "(databeskyttelsesforordningens artikel 15). Andre personers navne er erstattet med "
            "“[anden person]”.",
            s.body,
        )
    )

    story.append(pdf.heading("Stamoplysninger", 2))
    story.append(pdf.info_table([(label, _value(value)) for label, value in doc.registry], label_width=62 * mm))

    story.append(pdf.heading("Møder", 2))
    if doc.meetings:
        rows = []
        for m in doc.meetings:
            what = printable(m.title).strip()
            meta = [join_names(printable(g).strip() for g in m.groups)] if m.groups else []
            if m.meeting_status:
                meta.append(f"mødet er {m.meeting_status}")
            rows.append(
                [
                    short_date(m.date),
                    [*_cell(what), pdf.para(", ".join(meta), s.cell_small)],
                    _cell(m.attendance),
                    _cell(m.note),
                ]
            )
        story.append(pdf.data_table(["Dato", "Møde", "Fremmøde", "Note"], rows, [24 * mm, 66 * mm, 40 * mm, 40 * mm]))
    else:
        story.extend(_empty("Ingen møder."))

    story.append(pdf.heading("Opgaver, du er ansvarlig for", 2))
    if doc.actions:
        rows = [[_cell(a.meeting), _cell(a.text), a.due or "—", _cell(a.status)] for a in doc.actions]
        story.append(pdf.data_table(["Møde", "Opgave", "Frist", "Status"], rows, [42 * mm, 76 * mm, 24 * mm, 28 * mm]))
    else:
        story.extend(_empty("Ingen opgaver."))

    story.append(pdf.heading("Dine vidensbidrag", 2))
    if doc.contributions:
        rows = []
        for c in doc.contributions:
            body = [*text_flowables(c.title, s.cell_bold, gap=2), *text_flowables(c.text, s.cell, gap=2)]
            rows.append([_cell(c.meeting), body or _cell(""), _cell(f"{c.kind}\n{c.classification}"), _cell(c.status)])
        story.append(
            pdf.data_table(["Møde", "Vidensbidrag", "Type", "Status"], rows, [36 * mm, 74 * mm, 36 * mm, 24 * mm])
        )
    else:
        story.extend(_empty("Ingen vidensbidrag."))

    story.append(pdf.heading("Dine svar på selvevalueringen", 2))
    if doc.evaluations:
        for e in doc.evaluations:
            story.append(pdf.labelled_para(f"{_line(e.round)}:", f"{e.date}, {_line(e.state)}, "
                                           f"som medlem af {_line(e.group)}", s.body))
            if e.answers:
                rows = [[_cell(q), _cell(a)] for q, a in e.answers]
                story.append(pdf.data_table(["Spørgsmål", "Dit svar"], rows, [110 * mm, 60 * mm]))
            story.append(pdf.spacer(2))
    else:
        story.extend(_empty("Ingen svar på selvevalueringen."))

    story.append(pdf.heading("Noter fra interview med dig", 2))
    if doc.interviews:
        rows = [[n.date, _cell(n.round), _cell(n.text)] for n in doc.interviews]
        story.append(pdf.data_table(["Dato", "Runde", "Noter"], rows, [24 * mm, 40 * mm, 106 * mm]))
    else:
        story.extend(_empty("Ingen interviewnoter."))

    story.append(pdf.heading("Hvor du er nævnt", 2))
    if doc.mentions:
        story.append(
            pdf.para(
                "Tekster i noter, beslutninger, opgaver, vidensbidrag og andet, hvor dit navn, din e-mail "
                "eller dit telefonnummer står:",
                s.body,
            )
        )
        for x in doc.mentions:
            label = printable(x.source).strip()
            where = printable(x.where).strip()
            story.append(pdf.labelled_para(label + (":" if not where else ","), where, s.small))
            story.extend(text_flowables(x.text, s.body, gap=2))
            story.append(pdf.spacer(1.5))
    else:
        story.extend(_empty("Du er ikke nævnt i andre tekster."))

    story.append(pdf.heading("Log over ændringer", 2))
    if doc.audit:
        rows = [[date_time_text(a.at), _cell(a.action), _cell(a.details)] for a in doc.audit]
        story.append(pdf.data_table(["Tidspunkt", "Handling", "Detaljer"], rows, [56 * mm, 40 * mm, 74 * mm]))
    else:
        story.extend(_empty("Ingen logposter om dig."))
    return story


def write_member_pdf(doc: MemberPdfDocument, path: Path) -> Path:
    """Write *doc* as an A4 PDF to *path* (atomically, 0600); returns *path*."""
    name = one_line(doc.name)
    at = doc.generated_at or dt.datetime.now()
    return pdf.build_pdf(
        path,
        member_story(doc),
        think_tank=one_line(doc.think_tank),
        title=f"Dine oplysninger – {name}" if name else "Dine oplysninger",
        header_right=one_line(f"Indsigt · {name} · {short_date(at.date())}"),
        generated_at=at,
        subject="Indsigt efter databeskyttelsesforordningens artikel 15",
    )
