"""The blank self-evaluation form as a PDF: one form per asked member, to hand out in the room.

Plain data in, a file out (nothing here knows the database or Qt). Each member's
form starts on a page of its own with their name and group at the top, so the
stack can be handed round and typed in afterwards (tankapp's Evaluering section
takes the answers by keyboard, one digit per question). A form without a name
(:class:`FormSheet` with an empty name) has a line to write the name on, for
someone not on the list.

The scale questions are laid out as a grid: the questions that share a scale
(agreement, own knowledge) under one header row that names the five points with
their numbers, and a box to tick in each point's column. Free-text questions get
a lined box to write in. At the foot: "Jeg ønsker ikke at svare" with a box.

The words are Danish whatever language the window speaks, as on every document.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Table, TableStyle

from tankapp.domain.danish import long_date, short_date
from tankapp.domain.enums import QuestionKind
from tankapp.domain.vocabulary import SCALE
from tankapp.export import pdf
from tankapp.export.minutes_pdf import one_line, printable, short

__all__ = [
    "DECLINE_TEXT",
    "EvaluationFormDocument",
    "FormQuestion",
    "FormSheet",
    "form_story",
    "write_evaluation_form_pdf",
]

DECLINE_TEXT = "Jeg ønsker ikke at svare på spørgeskemaet."
SECTION_HEADINGS = {
    QuestionKind.AGREEMENT: "Hvor enig er du i udsagnene?",
    QuestionKind.KNOWLEDGE: "Hvordan vurderer du din egen viden?",
}
INSTRUCTION = (
    "Sæt ét kryds i hver linje. Spring et spørgsmål over, hvis du ikke vil svare på det. "
    "Dine svar bruges kun samlet for gruppen og for hele tænketanken; ingen svar vises, "
    "hvis færre end fem i en gruppe har svaret."
)

QUESTION_WIDTH = 92 * mm
BOX = 4.6 * mm  # the tick box
TEXT_BOX_HEIGHT = 24 * mm  # room to write a few lines by hand


@dataclass
class FormQuestion:
    key: str
    kind: QuestionKind
    text: str  # the question as the member reads it (Danish)


@dataclass
class FormSheet:
    name: str  # "" for a form with a line to write the name on
    group: str = ""


@dataclass
class EvaluationFormDocument:
    think_tank: str
    round_title: str
    round_kind: str  # in Danish: "Førmåling", "Slutevaluering"
    opens_on: dt.date
    closes_on: dt.date | None
    questionnaire_title: str
    questionnaire_version: int
    questions: list[FormQuestion]
    sheets: list[FormSheet] = field(default_factory=list)  # none: one form without a name
    generated_at: dt.datetime | None = None


class TickBox(Flowable):
    """An empty square to tick by hand, centred in its cell."""

    def __init__(self, size: float = BOX):
        super().__init__()
        self.size = size
        self.width = self.height = size

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        self._avail = availWidth
        return availWidth, self.size

    def draw(self):
        x = max(0.0, (getattr(self, "_avail", self.size) - self.size) / 2)
        self.canv.setStrokeColor(pdf.TEXT)
        self.canv.setLineWidth(0.9)
        self.canv.rect(x, 0, self.size, self.size, stroke=1, fill=0)


class WritingBox(Flowable):
    """A framed box with faint lines to write on."""

    def __init__(self, width: float, height: float, line_gap: float = 7 * mm):
        super().__init__()
        self.width, self.height, self.line_gap = width, height, line_gap

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = min(self.width, availWidth)
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setStrokeColor(pdf.TEXT)
        c.setLineWidth(0.8)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        c.setStrokeColor(pdf.GRID)
        c.setLineWidth(0.3)
        y = self.height - self.line_gap
        while y > 3 * mm:
            c.line(3 * mm, y, self.width - 3 * mm, y)
            y -= self.line_gap


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    s = pdf.styles()
    return {
        "point": ParagraphStyle("eval-point", parent=s.cell_small, alignment=TA_CENTER, textColor=pdf.TEXT,
                                fontSize=7, leading=8.5),
        "number": ParagraphStyle("eval-number", parent=s.cell_head, alignment=TA_CENTER),
        "question": ParagraphStyle("eval-question", parent=s.cell, fontSize=9, leading=11),
        "section": ParagraphStyle("eval-section", parent=s.heading2, fontSize=11, leading=13.5, spaceBefore=6,
                                  spaceAfter=3),
        "name": ParagraphStyle("eval-name", parent=s.body, fontName=pdf.FONT_BOLD, fontSize=14, leading=17,
                               spaceAfter=0),
        "title": ParagraphStyle("eval-title", parent=s.heading1, fontSize=17, leading=21, spaceAfter=2),
    }


def _sections(questions: Sequence[FormQuestion]) -> list[tuple[QuestionKind, list[FormQuestion]]]:
    """The questions in order, those in a row with the same scale together."""
    out: list[tuple[QuestionKind, list[FormQuestion]]] = []
    for q in questions:
        if out and out[-1][0] == q.kind and q.kind.scale:
            out[-1][1].append(q)
        else:
            out.append((q.kind, [q]))
    return out


def _grid(kind: QuestionKind, questions: list[FormQuestion]) -> Table:
    st = _styles()
    words = SCALE[kind]
    point_width = (pdf.CONTENT_WIDTH - QUESTION_WIDTH) / len(words)
    header = [pdf.para("", st["question"])]
    for n, w in enumerate(words, 1):
        header.append([pdf.para(str(n), st["number"]), pdf.para(w.danish, st["point"])])
    rows = [header]
    for q in questions:
        rows.append([pdf.para(short(q.text, 600), st["question"]), *[TickBox() for _ in words]])
    table = Table(rows, colWidths=[QUESTION_WIDTH] + [point_width] * len(words), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, pdf.TEXT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, pdf.GRID),
        ("BACKGROUND", (1, 0), (-1, 0), pdf.HEADER_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _one_form(doc: EvaluationFormDocument, sheet: FormSheet) -> list:
    s = pdf.styles()
    st = _styles()
    title = " ".join(printable(doc.round_title).split())
    story: list = [pdf.para(short(f"Selvevaluering: {title}" if title else "Selvevaluering", 200), st["title"])]
    name = printable(sheet.name).strip()
    group = printable(sheet.group).strip()
    rows: list[tuple[str, object]] = [
        ("Navn", pdf.para(short(name, 90), st["name"]) if name else pdf.para("_" * 48, st["name"])),
    ]
    if group:
        rows.append(("Gruppe", short(group, 200)))
    rows.append(("Dato", "_" * 24))
    story.append(pdf.info_table(rows, label_width=22 * mm))
    story.append(pdf.spacer(2))
    story.append(pdf.para(INSTRUCTION, s.small))

    for kind, questions in _sections(doc.questions):
        if kind.scale:
            story.append(KeepTogether([pdf.para(SECTION_HEADINGS.get(kind, ""), st["section"]),
                                       _grid(kind, questions)]))
        else:
            for q in questions:
                story.append(CondPageBreak(TEXT_BOX_HEIGHT + 16 * mm))
                story.append(pdf.para(short(q.text, 600), st["section"]))
                story.append(WritingBox(pdf.CONTENT_WIDTH, TEXT_BOX_HEIGHT))
    story.append(pdf.spacer(3))
    decline = Table([[TickBox(), pdf.para(DECLINE_TEXT, s.body)]], colWidths=[9 * mm, pdf.CONTENT_WIDTH - 9 * mm],
                    hAlign="LEFT")
    decline.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    story.append(decline)
    return story


def form_story(doc: EvaluationFormDocument) -> list:
    """The flowables: each sheet's form, each from the top of a new page."""
    sheets = doc.sheets or [FormSheet("")]
    story: list = []
    for i, sheet in enumerate(sheets):
        if i:
            story.append(PageBreak())
        story.extend(_one_form(doc, sheet))
    return story


def header_text(doc: EvaluationFormDocument) -> str:
    """The page header's right side: "Selvevaluering · Slutevaluering 2027 · 01.02.2027"."""
    parts = ["Selvevaluering"]
    title = " ".join(printable(doc.round_title).split())
    if title:
        parts.append(title)
    parts.append(short_date(doc.opens_on))
    return " · ".join(parts)


def write_evaluation_form_pdf(doc: EvaluationFormDocument, path: Path | str) -> Path:
    """Write the forms as an A4 PDF to *path* (atomically, owner-only); returns *path*."""
    title = one_line(doc.round_title)
    return pdf.build_pdf(
        path,
        form_story(doc),
        think_tank=one_line(doc.think_tank),
        title=f"Selvevaluering – {title}" if title else "Selvevaluering",
        header_right=one_line(header_text(doc)),
        generated_at=doc.generated_at,
        subject=f"Skemaer til selvevaluering, {doc.round_kind.lower()} fra {long_date(doc.opens_on)} "
                f"(spørgeskema version {doc.questionnaire_version})",
    )
