"""Shared PDF machinery for every tankapp document (agenda, minutes, sign-in sheets, reports).

Pure reportlab: no Qt, no database.  A document module builds a *story* (a list of
flowables) from plain data with :func:`para`, :func:`heading`, :func:`data_table` and
:func:`info_table`, and hands it to :func:`build_pdf`, which lays it out on A4 with the
same page header and footer on every page and writes the file atomically::

    from tankapp.export import pdf

    story = [pdf.heading("Referat"), pdf.para(user_text)]
    pdf.build_pdf(path, story, think_tank="Tænketank om brugerinddragelse",
                  title="Referat", header_right="Referat · Klinikere")

Rules every document follows:

* User text goes through :func:`para` (or :func:`markup`), which escapes it, so ``<``,
  ``&`` and half-finished tags print as typed and never raise.  Only the code's own
  markup (``<b>``) is added around escaped text.
* Text is set in DejaVu Sans, shipped in ``resources/fonts`` (Helvetica has no "ł",
  "ş" or Vietnamese letters).  Characters the font lacks (most emoji) print as an
  empty box instead of raising.
* Tables repeat their header row on every page; cells are paragraphs, so they wrap.
* Files are written to a temporary file in the target folder and moved into place,
  readable by the owner only (0600): a failure leaves no half-written file.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from tankapp.domain.danish import date_time_text
from tankapp.export.files import atomic_write
from tankapp.resources import resource_path

__all__ = [
    "CONTENT_HEIGHT",
    "CONTENT_WIDTH",
    "FONT",
    "FONT_BOLD",
    "PAGE_SIZE",
    "Styles",
    "atomic_write",
    "build_pdf",
    "data_table",
    "heading",
    "info_table",
    "labelled_para",
    "markup",
    "note_box",
    "para",
    "register_fonts",
    "spacer",
    "styles",
]

PAGE_SIZE = A4
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 26 * mm  # room for the page header
MARGIN_BOTTOM = 24 * mm  # room for the footer
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
CONTENT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

# Black text and greys that survive a black-and-white printer.
TEXT = colors.black
MUTED = colors.Color(0.33, 0.33, 0.33)
RULE = colors.Color(0.45, 0.45, 0.45)
GRID = colors.Color(0.62, 0.62, 0.62)
HEADER_FILL = colors.Color(0.88, 0.88, 0.88)
NOTE_FILL = colors.Color(0.93, 0.93, 0.93)


# --------------------------------------------------------------------------- fonts


_WIDE_TO_UNICODE = re.compile(r"^(<[0-9A-F]{2}>) <([0-9A-F]{5,6})>$", re.MULTILINE)


def _utf16_pair(m: re.Match) -> str:
    hi, lo = divmod(int(m.group(2), 16) - 0x10000, 0x400)
    return f"{m.group(1)} <{0xD800 + hi:04X}{0xDC00 + lo:04X}>"


def _fix_to_unicode_cmap() -> None:
    """Make copied text right for letters beyond U+FFFF (the "😀" DejaVu Sans can draw).

    reportlab writes them into the font's ToUnicode map as five hex digits, which PDF
    readers misread ("😀" copies as "ὠ"); the PDF standard wants a UTF-16 pair.
    """
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_tankapp_fixed", False):
        return

    def make(fontname, subset):
        return _WIDE_TO_UNICODE.sub(_utf16_pair, original(fontname, subset))

    make._tankapp_fixed = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make


@functools.cache
def register_fonts() -> str:
    """Register DejaVu Sans (regular, bold, italic, bold italic) once; returns the family name.

    ``<b>`` and ``<i>`` in paragraphs then pick the right face.
    """
    _fix_to_unicode_cmap()
    for name, filename in _FONT_FILES.items():
        path = resource_path("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"Skrifttypen mangler: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)
    return FONT


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle  # small grey print: labels, hints
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    cell: ParagraphStyle  # table cells
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_head: ParagraphStyle  # table header row
    label: ParagraphStyle  # the bold left column of an info block


@functools.cache
def styles() -> Styles:
    """The paragraph styles of every tankapp document, all in DejaVu Sans."""
    register_fonts()
    body = ParagraphStyle(
        "tank-body", fontName=FONT, fontSize=10, leading=13.5, textColor=TEXT, alignment=TA_LEFT,
        spaceAfter=4, splitLongWords=1,
    )
    small = ParagraphStyle("tank-small", parent=body, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0)
    heading1 = ParagraphStyle(
        "tank-h1", parent=body, fontName=FONT_BOLD, fontSize=20, leading=24, spaceBefore=0, spaceAfter=4,
    )
    heading2 = ParagraphStyle(
        "tank-h2", parent=body, fontName=FONT_BOLD, fontSize=13, leading=16.5, spaceBefore=10, spaceAfter=5,
        keepWithNext=1,
    )
    cell = ParagraphStyle("tank-cell", parent=body, fontSize=9.5, leading=12.5, spaceAfter=0)
    cell_bold = ParagraphStyle("tank-cell-bold", parent=cell, fontName=FONT_BOLD)
    cell_small = ParagraphStyle("tank-cell-small", parent=cell, fontSize=8, leading=10.5, textColor=MUTED)
    cell_head = ParagraphStyle("tank-cell-head", parent=cell, fontName=FONT_BOLD)
    label = ParagraphStyle("tank-label", parent=body, fontName=FONT_BOLD, spaceAfter=0)
    return Styles(body, small, heading1, heading2, cell, cell_bold, cell_small, cell_head, label)


# --------------------------------------------------------------------------- text

# C0 control characters other than tab and newline make reportlab (and PDF viewers) unhappy.
# What no PDF can print: control characters (C0 and C1), lone surrogates, the two
# non-characters, and soft hyphens (reportlab mislays lines around them).
UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\ud800-\udfff\ufffe\uffff]")


def printable(text: object) -> str:
    """*text* without what no PDF can print; ``None`` is the empty string.

    Line breaks (``\\r\\n``, ``\\r``) become ``\\n``; tabs stay.
    """
    if text is None:
        return ""
    s = str(text).replace("\r\n", "\n").replace("\r", "\n")
    return UNPRINTABLE.sub("", s)


def one_line(text: object) -> str:
    """One line of user text: printable, white space collapsed (names, titles, table cells)."""
    return " ".join(printable(text).split())


def markup(text: object) -> str:
    """User text as safe paragraph markup: escaped, line breaks kept as ``<br/>``.

    ``None`` is the empty string; anything else is ``str()``-ed first.  Leading and
    trailing blank space is dropped, control characters are removed.
    """
    if text is None:
        return ""
    s = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    s = UNPRINTABLE.sub("", s).strip()
    return escape(s).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle | None = None, *, bold: bool = False) -> Paragraph:
    """A paragraph of *user* text (always escaped; ``\\n`` becomes a line break)."""
    st = style or styles().body
    body = markup(text)
    if bold:
        body = f"<b>{body}</b>"
    return Paragraph(body, st)


def labelled_para(label: object, text: object, style: ParagraphStyle | None = None) -> Paragraph:
    """``<i>label</i> text`` in one paragraph, both escaped ("Vidensoplæg: ...")."""
    return Paragraph(f"<i>{markup(label)}</i> {markup(text)}", style or styles().body)


def heading(text: object, level: int = 1) -> Paragraph:
    """A heading of user text (level 1 or 2)."""
    s = styles()
    return para(text, s.heading1 if level == 1 else s.heading2)


# --------------------------------------------------------------------------- tables

class _Table(Table):
    """A table that moves a row to the next page rather than cutting it in two.

    reportlab's ``splitInRow`` cuts a row whenever the rest of a page has room for a few
    lines of it, which leaves items torn across pages (and a repeated header over a
    stub of a row).  Here a row is only cut when it is taller than a whole page, so
    that very long text still prints instead of raising ``LayoutError``.
    """

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        self._calc(availWidth, availHeight)
        if self.splitInRow and self._next_row_too_tall(availHeight):
            parts = self._splitRows(availHeight, doInRowSplit=True)
            if parts:
                return parts
        return self._splitRows(availHeight, doInRowSplit=False)

    def _next_row_too_tall(self, availHeight: float) -> bool:  # noqa: N803
        """Is the first row that does not fit here taller than a page (with the header)?"""
        n = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=True)
        if n >= len(self._rowHeights):
            return False
        header = self.repeatRows if isinstance(self.repeatRows, int) else max(self.repeatRows) + 1
        return sum(self._rowHeights[:header]) + self._rowHeights[n] > CONTENT_HEIGHT


def _cell(value: object, style: ParagraphStyle) -> object:
    if isinstance(value, Flowable | list | tuple):
        return value
    return para(value, style)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float],
    *,
    style_commands: Sequence[tuple] = (),
) -> Table:
    """A table with a header row repeated on every page, a light grid and wrapping cells.

    Plain strings in *header* and *rows* become escaped paragraphs; flowables (or lists
    of flowables) are used as they are.  *col_widths* are in points and should add up
    to at most :data:`CONTENT_WIDTH`.  Rows taller than a page are split inside.
    """
    s = styles()
    data = [[_cell(h, s.cell_head) for h in header]]
    data += [[_cell(v, s.cell) for v in row] for row in rows]
    table = _Table(data, colWidths=list(col_widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 1, TEXT),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                *style_commands,
            ]
        )
    )
    return table


def info_table(rows: Sequence[tuple[str, object]], label_width: float = 38 * mm) -> Table:
    """A borderless two-column block of ``label: value`` lines (date, place, ...)."""
    s = styles()
    data = [[para(label, s.label), _cell(value, s.body)] for label, value in rows]
    table = _Table(data, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def note_box(text: object, *, bold: bool = True) -> Table:
    """A framed, lightly shaded note that stands out on paper (warnings, remarks)."""
    table = Table([[para(text, styles().body, bold=bold)]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, TEXT),
                ("BACKGROUND", (0, 0), (-1, -1), NOTE_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


# --------------------------------------------------------------------------- page frame


def _fit(text: str, font: str, size: float, width: float) -> str:
    """*text* on one line, cut with an ellipsis if it is wider than *width*."""
    text = " ".join(UNPRINTABLE.sub("", text).split())
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@dataclass(frozen=True)
class _PageInfo:
    think_tank: str
    header_right: str
    printed: str


def _decorate(canvas: Canvas, info: _PageInfo, page: int, total: int) -> None:
    """Header (think tank | document) and footer (printed | Side X af Y) of one page."""
    canvas.saveState()
    left, right = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
    width = right - left
    gap = 12

    # Header: each side gets the room it needs; if both are too long, they share.
    y = PAGE_HEIGHT - 14 * mm
    need_left = pdfmetrics.stringWidth(info.think_tank, FONT_BOLD, 9)
    need_right = pdfmetrics.stringWidth(info.header_right, FONT, 9)
    half = (width - gap) / 2
    if need_right <= half:
        room_right = need_right + 1
        room_left = width - gap - room_right
    elif need_left <= half:
        room_left = need_left + 1
        room_right = width - gap - room_left
    else:
        room_left = room_right = half
    canvas.setFillColor(TEXT)
    canvas.setFont(FONT_BOLD, 9)
    canvas.drawString(left, y, _fit(info.think_tank, FONT_BOLD, 9, room_left))
    canvas.setFont(FONT, 9)
    canvas.drawRightString(right, y, _fit(info.header_right, FONT, 9, room_right))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, y - 2.5 * mm, right, y - 2.5 * mm)

    # Footer.
    y = 13 * mm
    canvas.line(left, y + 4 * mm, right, y + 4 * mm)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, y, _fit(info.printed, FONT, 8, width - 60))
    canvas.setFillColor(TEXT)
    canvas.setFont(FONT_BOLD, 8)
    canvas.drawRightString(right, y, f"Side {page} af {total}")
    canvas.restoreState()


WATERMARK_FILL = colors.Color(0.88, 0.88, 0.88)


def _draw_watermark(text: str, canvas: Canvas, _doc) -> None:
    """*text* across the middle of the page at 45 degrees, light grey, inside the margins.

    Drawn when the page starts, so the page's own text lies on top of it and stays readable.
    """
    if not text:
        return
    unit = pdfmetrics.stringWidth(text, FONT_BOLD, 1)
    # The rotated word's width and height both project onto the page: keep the whole of it inside.
    size = min(110.0, CONTENT_WIDTH / ((unit + 0.75) * 0.7072))
    canvas.saveState()
    canvas.setFillColor(WATERMARK_FILL)
    canvas.setFont(FONT_BOLD, size)
    canvas.translate(MARGIN_LEFT + CONTENT_WIDTH / 2, MARGIN_BOTTOM + CONTENT_HEIGHT / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, -size * 0.35, text)
    canvas.restoreState()


class _NumberedCanvas(Canvas):
    """Holds every page back until the end, so each can say "Side X af Y"."""

    def __init__(self, *args, page_info: _PageInfo, **kwargs):
        super().__init__(*args, **kwargs)
        self._page_info = page_info
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _decorate(self, self._page_info, number, total)
            super().showPage()
        super().save()


# --------------------------------------------------------------------------- writing


def build_pdf(
    path: Path | str,
    story: Sequence[Flowable],
    *,
    think_tank: str,
    title: str,
    header_right: str | None = None,
    generated_at: dt.datetime | None = None,
    subject: str = "",
    watermark: str | None = None,
) -> Path:
    """Lay *story* out on A4 pages and write it atomically to *path* (0600); returns *path*.

    Every page gets the header (*think_tank* left, *header_right* or *title* right,
    thin rule) and the footer ("Udskrevet <date and time>" left, "Side X af Y" right).
    *title* is also the PDF's document title.  *generated_at* defaults to now (local).
    *watermark* ("UDKAST") is drawn large, light and diagonally under every page's text.
    reportlab consumes the flowables: build a fresh *story* for every call.
    """
    register_fonts()
    printed_at = generated_at or dt.datetime.now()
    # Header and document properties come from user text too: make them printable.
    think_tank, title = printable(think_tank), printable(title)
    header_right = printable(header_right) if header_right is not None else None
    info = _PageInfo(
        think_tank=think_tank or "",
        header_right=header_right if header_right is not None else title,
        printed=f"Udskrevet {date_time_text(printed_at)}",
    )

    def write(fh: BinaryIO) -> None:
        doc = BaseDocTemplate(
            fh,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=think_tank,
            subject=subject,
            creator="tankapp",
            lang="da-DK",
            displayDocTitle=1,
        )
        # No frame padding: text lines up with the header rule, and CONTENT_WIDTH is exact.
        frame = Frame(
            MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH, CONTENT_HEIGHT,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )
        on_page = functools.partial(_draw_watermark, printable(watermark).strip()) if watermark else None
        if on_page is not None:
            doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
        else:
            doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(list(story), canvasmaker=functools.partial(_NumberedCanvas, page_info=info))

    return atomic_write(path, write)
