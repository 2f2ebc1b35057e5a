"""The knowledge contributions (*vidensbidrag*) to ViBIS as an A4 PDF report.

Pure: plain data in (:class:`ReportDocument`, built by
:func:`tankapp.services.documents.contributions_document`), a PDF out, on the shared
machinery of :mod:`tankapp.export.pdf`.  No database, no Qt.

The report follows ViBIS's framework (the inspiration catalogue):

1. a cover: think tank, period, the groups covered, what was selected, how many;
2. the matrix: the three kinds of involvement (rows) against the three criteria
   Rammer, Proces, Anvendelse (columns); each cell gives the number of
   contributions and a small line split by kind ("F 2 · B 1 · E 0 · V 1" for
   fremmer, barriere, eksempel, videnshul/behov); under it the number not yet
   classified;
3. the contributions, grouped by kind of involvement and then by kind, each with
   its group, meeting and date, and the member's name only where the service
   layer passed one (the consent rule is applied before the data gets here).

All user text is escaped (:func:`pdf.para` / :func:`minutes_pdf.text_flowables`);
an empty selection still gives a valid PDF that says there is nothing to report.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak

from tankapp.domain.danish import join_names, month_name, short_date
from tankapp.export import pdf
from tankapp.export.minutes_pdf import text_flowables
from tankapp.export.pdf import printable

__all__ = [
    "KEEP_WITH_TITLE",
    "KIND_ABBREVIATIONS",
    "TITLE",
    "MatrixCell",
    "ReportDocument",
    "ReportEntry",
    "ReportKindGroup",
    "ReportMatrix",
    "ReportSection",
    "day_text",
    "header_text",
    "matrix_table",
    "report_story",
    "write_contributions_pdf",
]

TITLE = "Vidensbidrag til ViBIS"
KEEP_WITH_TITLE = 600  # letters: a first paragraph up to this long is kept on the title's page


@dataclass
class MatrixCell:
    """One cell of the matrix: how many contributions, and how many of each kind."""

    total: int = 0
    promoters: int = 0  # fremmere
    barriers: int = 0  # barrierer
    examples: int = 0  # eksempler
    gaps: int = 0  # videnshuller/behov


@dataclass
class ReportMatrix:
    """Kinds of involvement (rows) against criteria (columns), all labels in Danish.

    ``cells[i][j]`` belongs to ``row_labels[i]`` and ``column_labels[j]``.  A
    contribution that shows several criteria counts once in each of them.
    """

    row_labels: list[str]
    column_labels: list[str]
    cells: list[list[MatrixCell]]
    unclassified: int  # no kind of involvement, or no criterion, yet


@dataclass
class ReportEntry:
    """One contribution as it may be printed (member already filtered by consent)."""

    title: str
    text: str
    kind_label: str  # "Fremmer"
    involvement_label: str  # "Organisatorisk inddragelse"
    criteria_labels: list[str]  # ["Rammer", "Anvendelse"]
    setting_label: str  # "Region", "Kommune", "På tværs af sektorer", "Ikke angivet"
    group: str
    meeting_title: str | None
    meeting_date: dt.date | None
    member: str | None  # only a member who agreed to be named


@dataclass
class ReportKindGroup:
    label: str  # "Barrierer"
    entries: list[ReportEntry]


@dataclass
class ReportSection:
    label: str  # "Individuel inddragelse"
    kinds: list[ReportKindGroup]

    @property
    def count(self) -> int:
        return sum(len(k.entries) for k in self.kinds)


@dataclass
class ReportDocument:
    think_tank: str
    period_start: dt.date
    period_end: dt.date
    groups: list[str]  # the groups the selection covers, in the think tank's order
    selection: str  # "Alle vidensbidrag", "Vidensbidrag fra Klinikere, der ikke er sendt før", ...
    total: int
    matrix: ReportMatrix
    sections: list[ReportSection] = field(default_factory=list)
    generated_at: dt.datetime | None = None


# "F 2 · B 1 · E 0 · V 1", and the legend under the matrix
KIND_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("F", "fremmer"),
    ("B", "barriere"),
    ("E", "eksempel"),
    ("V", "videnshul/behov"),
)


def day_text(d: dt.date) -> str:
    """``"1. oktober 2025"`` (a date without the weekday)."""
    return f"{d.day}. {month_name(d.month)} {d.year}"


# --------------------------------------------------------------------------- styles


class _Styles:
    def __init__(self) -> None:
        s = pdf.styles()
        self.base = s
        self.cover_title = ParagraphStyle(
            "report-cover-title", parent=s.heading1, fontSize=26, leading=31, spaceBefore=30 * mm, spaceAfter=3 * mm,
        )
        self.cover_sub = ParagraphStyle(
            "report-cover-sub", parent=s.body, fontSize=13, leading=17, spaceAfter=10 * mm,
        )
        self.intro = ParagraphStyle("report-intro", parent=s.body, spaceAfter=6)
        self.section = ParagraphStyle(  # a kind of involvement
            "report-section", parent=s.heading1, fontSize=16, leading=20, spaceBefore=8, spaceAfter=4, keepWithNext=1,
        )
        self.kind = ParagraphStyle(  # a kind of contribution inside it
            "report-kind", parent=s.heading2, fontSize=12, leading=15, spaceBefore=8, spaceAfter=3,
        )
        self.entry_title = ParagraphStyle(
            "report-entry-title", parent=s.body, fontName=pdf.FONT_BOLD, fontSize=10.5, leading=14,
            spaceBefore=6, spaceAfter=1, keepWithNext=1,
        )
        self.meta = ParagraphStyle(  # kept with what follows
            "report-meta", parent=s.small, fontSize=8.5, leading=11, spaceAfter=2, keepWithNext=1,
        )
        self.meta_last = ParagraphStyle("report-meta-last", parent=self.meta, keepWithNext=0)
        self.entry_text = ParagraphStyle("report-entry-text", parent=s.body, spaceAfter=0)
        self.count = ParagraphStyle(
            "report-count", parent=s.cell, fontName=pdf.FONT_BOLD, fontSize=16, leading=19, alignment=1,
        )
        self.split = ParagraphStyle("report-split", parent=s.cell_small, alignment=1)
        self.row_head = ParagraphStyle("report-row-head", parent=s.cell_bold)
        self.col_head = ParagraphStyle("report-col-head", parent=s.cell_head, alignment=1)
        self.unclassified = ParagraphStyle(
            "report-unclassified", parent=s.body, fontName=pdf.FONT_BOLD, spaceBefore=4 * mm, spaceAfter=1,
        )


@functools.cache
def _styles() -> _Styles:
    return _Styles()


# --------------------------------------------------------------------------- parts


_clean = pdf.one_line  # one line of user text: printable, white space collapsed


def _period(doc: ReportDocument) -> str:
    return f"{day_text(doc.period_start)} – {day_text(doc.period_end)}"


def _count_text(n: int) -> str:
    return f"{n} vidensbidrag"  # the same in singular and plural


def _cover(doc: ReportDocument) -> list:
    s, st = pdf.styles(), _styles()
    out: list = [pdf.para(TITLE, st.cover_title)]
    tank = _clean(doc.think_tank)
    if tank:
        out.extend(text_flowables(tank, st.cover_sub))
    groups = [g for g in (_clean(g) for g in doc.groups) if g]
    rows: list[tuple[str, object]] = [
        ("Tænketank", text_flowables(tank, s.body) or "–"),
        ("Periode", _period(doc)),
        ("Ekspertgrupper" if len(groups) != 1 else "Ekspertgruppe", text_flowables(join_names(groups), s.body) or "Ingen"),
        ("Udvalg", text_flowables(_clean(doc.selection), s.body) or "–"),
        ("Antal", _count_text(doc.total)),
    ]
    if doc.generated_at is not None:
        rows.append(("Udskrevet", f"{day_text(doc.generated_at.date())} kl. {doc.generated_at:%H.%M}"))
    out.append(pdf.info_table(rows, label_width=34 * mm))
    out.append(pdf.spacer(10))
    out.append(
        pdf.para(
            "Bidragene er sorteret efter ViBIS' inspirationskatalog: tre former for brugerinddragelse "
            "(organisatorisk, individuel og pårørendeinddragelse), som hver vurderes ud fra de samme tre "
            "kriterier: rammer, proces og anvendelse.",
            st.intro,
        )
    )
    out.append(
        pdf.para(
            "Medlemmer nævnes kun ved navn, hvis de har givet samtykke til at blive nævnt.",
            st.intro,
        )
    )
    return out


def _split_line(cell: MatrixCell) -> str:
    values = (cell.promoters, cell.barriers, cell.examples, cell.gaps)
    return " · ".join(f"{letter} {n}" for (letter, _), n in zip(KIND_ABBREVIATIONS, values))


def matrix_table(m: ReportMatrix):
    """The matrix as a table: "N" large, the split by kind small under it."""
    st = _styles()
    head_width = 42 * mm
    col_width = (pdf.CONTENT_WIDTH - head_width) / max(1, len(m.column_labels))
    header = [pdf.para("", st.col_head)] + [pdf.para(c, st.col_head) for c in m.column_labels]
    rows = []
    for label, cells in zip(m.row_labels, m.cells):
        rows.append(
            [pdf.para(label, st.row_head)]
            + [[pdf.para(str(c.total), st.count), pdf.para(_split_line(c), st.split)] for c in cells]
        )
    return pdf.data_table(
        header,
        rows,
        [head_width] + [col_width] * len(m.column_labels),
        style_commands=[
            ("VALIGN", (0, 1), (0, -1), "MIDDLE"),
            ("TOPPADDING", (1, 1), (-1, -1), 7),
            ("BOTTOMPADDING", (1, 1), (-1, -1), 7),
        ],
    )


def _matrix_part(doc: ReportDocument) -> list:
    s, st = pdf.styles(), _styles()
    legend = ", ".join(f"{letter} = {word}" for letter, word in KIND_ABBREVIATIONS)
    out: list = [
        pdf.heading("Matrix: former for inddragelse og kriterier"),
        pdf.para(
            "Antal vidensbidrag i hver celle. Et bidrag, der viser flere kriterier, tælles under hvert af dem.",
            st.intro,
        ),
        pdf.spacer(1),
        matrix_table(doc.matrix),
        pdf.spacer(1.5),
        pdf.para(legend, s.small),
        pdf.para(f"Ikke klassificeret: {doc.matrix.unclassified}", st.unclassified),
        pdf.para(
            "Bidrag uden form for inddragelse eller uden kriterier endnu. De står i afsnittene nedenfor "
            "under deres form for inddragelse, eller under »Form for inddragelse ikke angivet«.",
            s.small,
        ),
    ]
    return out


def _meta_lines(e: ReportEntry) -> list[str]:
    criteria = ", ".join(c for c in (_clean(c) for c in e.criteria_labels) if c) or "ikke angivet"
    first = " · ".join(
        [
            _clean(e.kind_label),
            _clean(e.involvement_label),
            f"Kriterier: {criteria}",
            f"Sektor: {_clean(e.setting_label)}",
        ]
    )
    where = [_clean(e.group) or "Ukendt gruppe"]
    meeting = _clean(e.meeting_title)
    if meeting and e.meeting_date:
        where.append(f"{meeting}, {short_date(e.meeting_date)}")
    elif meeting:
        where.append(meeting)
    elif e.meeting_date:
        where.append(short_date(e.meeting_date))
    else:
        where.append("uden møde")
    member = _clean(e.member)
    if member:
        where.append(f"Fra: {member}")
    return [first, " · ".join(where)]


def _entry(e: ReportEntry) -> list:
    st = _styles()
    # Title and meta lines stay together (keepWithNext, so the headings above join
    # them too) with the text's first paragraph if that is short; a long one may
    # split over pages, starting right under the meta lines.
    first = printable(e.text).strip().split("\n", 1)[0]
    keep_first = bool(first) and len(first) <= KEEP_WITH_TITLE
    head = text_flowables(_clean(e.title) or "Uden titel", st.entry_title)
    lines = _meta_lines(e)
    meta = [pdf.para(line, st.meta if i < len(lines) - 1 or keep_first else st.meta_last) for i, line in enumerate(lines)]
    body = text_flowables(e.text, st.entry_text, gap=4)
    return [*head, *meta, *body, pdf.spacer(2)]


def _sections(doc: ReportDocument) -> list:
    st = _styles()
    out: list = []
    for section in doc.sections:
        if section.count == 0:
            continue
        out.append(CondPageBreak(60 * mm))
        out.append(pdf.para(f"{_clean(section.label)} ({section.count})", st.section))
        for kind in section.kinds:
            if not kind.entries:
                continue
            out.append(pdf.para(f"{_clean(kind.label)} ({len(kind.entries)})", st.kind))
            for e in kind.entries:
                out.extend(_entry(e))
    return out


def report_story(doc: ReportDocument) -> list:
    """The flowables of the report (without page header and footer)."""
    story = _cover(doc)
    if doc.total == 0:
        story.append(pdf.spacer(4))
        story.append(pdf.note_box("Der er ingen vidensbidrag at rapportere i dette udvalg."))
        return story
    story.append(PageBreak())
    story.extend(_matrix_part(doc))
    story.append(pdf.spacer(6))
    story.append(pdf.heading("Vidensbidragene"))
    story.append(
        pdf.para(
            "Ordnet efter form for inddragelse og derefter efter slags: fremmere, barrierer, eksempler og "
            "videnshuller/behov.",
            _styles().intro,
        )
    )
    story.extend(_sections(doc))
    return story


def header_text(doc: ReportDocument) -> str:
    """The page header on the right: "Vidensbidrag · Klinikere" or "Vidensbidrag · 5 ekspertgrupper"."""
    groups = [g for g in (_clean(g) for g in doc.groups) if g]
    if not groups:
        return "Vidensbidrag"
    return "Vidensbidrag · " + (groups[0] if len(groups) == 1 else f"{len(groups)} ekspertgrupper")


def write_contributions_pdf(doc: ReportDocument, path: Path) -> Path:
    """Write the report of *doc* as an A4 PDF to *path* (atomically, 0600); returns *path*."""
    return pdf.build_pdf(
        path,
        report_story(doc),
        think_tank=_clean(doc.think_tank),
        title=TITLE,
        header_right=header_text(doc),
        generated_at=doc.generated_at,
        subject=f"{TITLE}: {_clean(doc.selection)}",
    )
