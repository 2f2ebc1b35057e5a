"""The minutes (*referat*) of a meeting as a PDF.

Plain data in, a file out: the caller (a service) turns a meeting into a
:class:`MinutesDocument`, and has already applied the consent rule: ``present`` and
``excused`` hold only the names that may be printed, and members who did not agree
to be named come as ``(organisation type, count)`` pairs.  This module prints what it
is given and nothing else; it knows nothing about the database or Qt.

Notes are typed live during a meeting and can be anything: very long, markup-like,
emoji, control characters.  Every text goes in through :func:`pdf.para` (escaped), is
first cleaned of what a PDF cannot hold (:func:`printable`), and long text is cut into
many paragraphs (:func:`text_flowables`) so that it flows over as many pages as it
needs.  Names, places and labels in table cells are cut after 1000 letters
(:func:`short`); free text never is.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from tankapp.domain.danish import join_names, long_date, short_date, time_range, time_text
from tankapp.export import pdf
from tankapp.export.pdf import printable

__all__ = [
    "DRAFT_MARK",
    "MinutesAction",
    "MinutesContribution",
    "MinutesDocument",
    "MinutesSection",
    "minutes_story",
    "one_line",
    "printable",
    "short",
    "text_flowables",
    "write_minutes_pdf",
]


@dataclass
class MinutesAction:
    """An action item (*opgave*), of this meeting or followed up from an earlier one."""

    text: str
    owner: str  # who is responsible ("Ansvarlig"), as it may be printed
    due_on: dt.date | None
    status_label: str  # "Åben", "I gang", "Udført", ... in the user's words
    dissemination: bool  # a *spredning* task
    origin: str = ""  # for follow-ups: "Møde 12.03.2026: Opstartsmøde"
    overdue: bool = False  # still open past its due date (printed as a word, not only a colour)


@dataclass
class MinutesContribution:
    """A knowledge contribution (*vidensbidrag*) captured at the meeting."""

    title: str
    text: str
    kind_label: str  # "Fremmer", "Barriere", ... in ViBIS's words
    member: str = ""  # the member's name only if they agreed to be named; else ""
    item_title: str = ""  # the agenda item it was captured under, if any


@dataclass
class MinutesSection:
    """One agenda item with what was noted, decided and handed out under it."""

    start: dt.time | None
    title: str
    presenter: str
    notes: str
    decisions: list[str]
    actions: list[MinutesAction]


@dataclass
class MinutesDocument:
    think_tank: str
    title: str
    groups: list[str]  # one name, or all the groups of a joint meeting
    date: dt.date
    start: dt.time
    end: dt.time
    place: str
    facilitators: str
    present: list[str]  # names that may be printed, in Danish order
    present_unnamed: list[tuple[str, int]]  # (organisation type label, count) of members not to be named
    excused: list[str]  # *afbud*, names that may be printed
    excused_unnamed: list[tuple[str, int]]
    absent_count: int  # neither came nor sent word
    guests: list[tuple[str, str, str]]  # (name, organisation, role)
    sections: list[MinutesSection]
    followups: list[MinutesAction]  # open dissemination tasks from earlier meetings
    approved_on: dt.date | None = None
    generated_at: dt.datetime | None = None
    # Invited members registered neither present, absent nor excused (names that may be printed,
    # and the others counted per organisation type, as for ``present``).
    unregistered: list[str] = field(default_factory=list)
    unregistered_unnamed: list[tuple[str, int]] = field(default_factory=list)
    contributions: list[MinutesContribution] = field(default_factory=list)  # captured at the meeting
    held: bool = True  # the meeting is marked held
    draft: bool = False  # not held or not approved: "UDKAST" on every page and in the title
    steering: bool = False  # a meeting of the steering committee (not an expert group)


# --------------------------------------------------------------------------- text

# Control characters (C0 but tab and newline, DEL, C1), lone surrogates and the two
# non-characters: none can be printed, and surrogates cannot even be written as UTF-8.
# Soft hyphens (invisible, pasted from word processors) go too: reportlab lets a word
# that ends in one run past the margin, or drops the letter before it.

# The most text put into one paragraph.  A paragraph taller than a page cannot always
# be laid out (in a table cell, or kept with the next flowable), so longer text goes
# into several paragraphs: at most 1500 letters (well under a page at full width) or
# 30 typed lines (30 x 13.5 pt, under the 690 pt of a page).
CHUNK = 1500
MAX_LINES = 30


# The page header shows one line of at most ~190 letters; more is never seen (and the
# shared layer's fitting of a too long header takes time that grows with its square).
HEADER_LIMIT = 300


# Names, places and labels in table cells are printed up to this many letters and then
# cut with "…".  Nobody's name is that long (a paste into the wrong field is), and a
# table cell that runs over dozens of pages takes time that grows with its square.
# Free text (notes, decisions, an action's text) is never cut.
SHORT_LIMIT = 1000


def short(text: object, limit: int = SHORT_LIMIT) -> str:
    """*text* made :func:`printable` and cut to *limit* letters (with "…") if longer."""
    s = printable(text).strip()
    return s if len(s) <= limit else s[:limit].rstrip() + " …"


def one_line(text: object, limit: int = HEADER_LIMIT) -> str:
    """*text* as one printable line of at most *limit* letters, for page headers and metadata."""
    return " ".join(printable(text).split())[:limit]


def _chunks(line: str, size: int = CHUNK) -> Iterator[str]:
    """*line* in pieces of at most *size* letters, cut at a space where there is one."""
    while len(line) > size:
        cut = line.rfind(" ", size // 2, size)
        if cut <= 0:
            cut = size
            # Keep accents with their letter.
            while cut > size // 2 and unicodedata.combining(line[cut]):
                cut -= 1
        yield line[:cut]
        line = line[cut:]
    yield line


def text_flowables(
    text: object,
    style: ParagraphStyle,
    *,
    bullet: str | None = None,
    gap: float = 4,
) -> list:
    """User text as a list of paragraphs, so that any amount of it flows over pages.

    Line breaks are kept.  Lines between blank lines make one paragraph (so a page
    does not end on its first line alone), but never more than :data:`CHUNK` letters
    or :data:`MAX_LINES` lines: then the next paragraph goes on where it stopped, and
    a longer line is cut in pieces.  A blank line leaves a gap of *gap* points.
    *bullet* ("1.") goes in front of the first paragraph (*style* should then have a
    ``leftIndent``).  The empty text gives an empty list.
    """
    s = printable(text).strip()
    if not s:
        return []
    blocks: list[str | None] = []  # paragraph texts; None: a blank line
    lines: list[str] = []
    size = 0

    def flush() -> None:
        nonlocal size
        if lines:
            blocks.append("\n".join(lines))
            lines.clear()
            size = 0

    for line in s.split("\n"):
        if not line.strip():
            flush()
            if blocks and blocks[-1] is not None:
                blocks.append(None)
            continue
        for piece in _chunks(line):
            if lines and (size + len(piece) > CHUNK or len(lines) >= MAX_LINES):
                flush()
            lines.append(piece)
            size += len(piece)
    flush()

    out: list = []
    last = len(blocks) - 1
    for i, block in enumerate(blocks):
        if block is None:
            out.append(pdf.Spacer(1, gap))
            continue
        # The paragraphs read as one text: the style's space only before the first and after the last.
        st = _tight(style, before=i == 0, after=i == last)
        if bullet is not None and i == 0:
            out.append(Paragraph(pdf.markup(block), st, bulletText=bullet))
        else:
            out.append(pdf.para(block, st))
    return out


@functools.cache
def _tight_cached(style: ParagraphStyle, before: bool, after: bool) -> ParagraphStyle:
    return ParagraphStyle(
        f"{style.name}-{int(before)}{int(after)}",
        parent=style,
        spaceBefore=style.spaceBefore if before else 0,
        spaceAfter=style.spaceAfter if after else 0,
    )


def _tight(style: ParagraphStyle, *, before: bool, after: bool) -> ParagraphStyle:
    if (before or not style.spaceBefore) and (after or not style.spaceAfter):
        return style
    return _tight_cached(style, before, after)


# --------------------------------------------------------------------------- styles


class _Styles:
    def __init__(self) -> None:
        s = pdf.styles()
        self.base = s
        self.notes = ParagraphStyle("minutes-notes", parent=s.body, spaceAfter=0)
        self.meta = ParagraphStyle(
            "minutes-meta", parent=s.small, fontSize=9, leading=12, spaceAfter=3, keepWithNext=1,
        )
        self.item = ParagraphStyle(  # an agenda item: between heading2 and heading3
            "minutes-item", parent=s.heading2, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=2,
        )
        self.heading3 = ParagraphStyle(
            "minutes-h3", parent=s.body, fontName=pdf.FONT_BOLD, fontSize=10, leading=13.5,
            spaceBefore=6, spaceAfter=2, keepWithNext=1,
        )
        self.decision = ParagraphStyle(
            "minutes-decision", parent=s.body, leftIndent=18, bulletIndent=2, spaceAfter=0,
        )
        self.decision_gap = 3
        self.tag = ParagraphStyle("minutes-tag", parent=s.cell_small, fontName=pdf.FONT_BOLD, textColor=pdf.TEXT)
        self.section_gap = 3 * mm


@functools.cache
def _styles() -> _Styles:
    return _Styles()


# --------------------------------------------------------------------------- parts

# Columns of the action tables: Opgave | Ansvarlig | Frist | Status.
_OWNER_WIDTH = 40 * mm
_DUE_WIDTH = 24 * mm
_STATUS_WIDTH = 26 * mm
_TASK_WIDTH = pdf.CONTENT_WIDTH - _OWNER_WIDTH - _DUE_WIDTH - _STATUS_WIDTH
ACTION_HEADER = ("Opgave", "Ansvarlig", "Frist", "Status")

# Columns of the guest table: Navn | Organisation | Rolle.
_GUEST_WIDTHS = (55 * mm, 60 * mm, pdf.CONTENT_WIDTH - 115 * mm)


# The word that marks the minutes of a meeting not held or not approved (every page, the title).
DRAFT_MARK = "UDKAST"

# Columns of the contributions table: Vidensbidrag | Type | Fra.
_KIND_WIDTH = 36 * mm
_MEMBER_WIDTH = 40 * mm
_CONTRIBUTION_WIDTHS = (pdf.CONTENT_WIDTH - _KIND_WIDTH - _MEMBER_WIDTH, _KIND_WIDTH, _MEMBER_WIDTH)


def _group_label(groups: list[str], steering: bool = False) -> str:
    if steering:  # the steering committee is no expert group
        return "Gruppe"
    return "Ekspertgrupper" if len(groups) > 1 else "Ekspertgruppe"


def _facilitator_label(facilitators: str) -> str:
    plural = any(sep in facilitators for sep in (",", " og ", "&", "\n"))
    return "Facilitatorer" if plural else "Facilitator"


def header_text(doc: MinutesDocument) -> str:
    """What the page header says on the right: "Referat · Klinikere · 12.03.2026"."""
    parts = ["Referat"]
    groups = [printable(g) for g in doc.groups if printable(g).strip()]
    if groups:
        parts.append(", ".join(groups))
    parts.append(short_date(doc.date))
    if doc.draft:
        parts.append(DRAFT_MARK)
    return " · ".join(parts)


def status_text(doc: MinutesDocument) -> str:
    """The "Status" line: approved, or why the minutes are a draft."""
    if not doc.held:
        return "Udkast: mødet er ikke markeret som afholdt"
    if doc.approved_on is not None:
        return f"Godkendt {long_date(doc.approved_on)}"
    return "Ikke godkendt (udkast)" if doc.draft else "Ikke godkendt"


def _cell_text(text: object, *, cut: bool = True) -> list:
    """A table cell of user text, :func:`short` unless *cut* is false (then in pieces, so
    that a huge cell can split over pages)."""
    if cut:
        text = short(text)
    return text_flowables(text, pdf.styles().cell, gap=3) or [pdf.para("", pdf.styles().cell)]


def _task_cell(action: MinutesAction, *, followup: bool) -> list:
    st = _styles()
    cell = _cell_text(action.text, cut=False)
    if action.dissemination and not followup:
        cell.append(pdf.para("Spredning", st.tag))
    if followup and short(action.origin):
        cell.extend(text_flowables(f"Fra {short(action.origin)}", pdf.styles().cell_small))
    return cell


def _status_cell(action: MinutesAction) -> list:
    """The status, and "Overskredet" under it when the action is open past its due date."""
    cell = _cell_text(action.status_label)
    if action.overdue:
        cell.append(pdf.para("Overskredet", _styles().tag))
    return cell


def action_table(actions: list[MinutesAction], *, followup: bool = False):
    rows = [
        [
            _task_cell(a, followup=followup),
            _cell_text(a.owner),
            short_date(a.due_on) if a.due_on else "–",
            _status_cell(a),
        ]
        for a in actions
    ]
    return pdf.data_table(ACTION_HEADER, rows, [_TASK_WIDTH, _OWNER_WIDTH, _DUE_WIDTH, _STATUS_WIDTH])


def _unnamed_lines(unnamed: list[tuple[str, int]]) -> list[str]:
    return [f"{short(label) or 'Uden organisation'}: {count} (ikke navngivet)" for label, count in unnamed if count > 0]


def _people(title: str, names: list[str], unnamed: list[tuple[str, int]], empty: str) -> list:
    """ "Til stede (12)" and the names in one paragraph, then the unnamed counts."""
    s = pdf.styles()
    names = [n for n in (printable(n).strip() for n in names) if n]
    total = len(names) + sum(count for _, count in unnamed if count > 0)
    out: list = [pdf.para(f"{title} ({total})", s.heading2)]
    if names:
        out.extend(text_flowables(", ".join(names), s.body))
    for line in _unnamed_lines(unnamed):
        out.extend(text_flowables(line, s.body))
    if total == 0:
        out.append(pdf.para(empty, s.body))
    return out


def _unregistered(doc: MinutesDocument) -> list:
    """Invited members with no registration at all (not present, absent nor excused); nothing if none."""
    s = pdf.styles()
    names = [n for n in (printable(n).strip() for n in doc.unregistered) if n]
    total = len(names) + sum(count for _, count in doc.unregistered_unnamed if count > 0)
    if total == 0:
        return []
    out: list = [
        pdf.para(f"Ikke registreret ({total})", s.heading2),
        pdf.para("Inviterede, der hverken er registreret som til stede, fraværende eller med afbud.", s.small),
        pdf.spacer(1),
    ]
    if names:
        out.extend(text_flowables(", ".join(names), s.body))
    for line in _unnamed_lines(doc.unregistered_unnamed):
        out.extend(text_flowables(line, s.body))
    return out


def _contribution_cell(c: MinutesContribution) -> list:
    s = pdf.styles()
    cell = text_flowables(short(c.title) or "Uden titel", s.cell_bold)
    cell.extend(_cell_text(c.text, cut=False) if printable(c.text).strip() else [])
    if short(c.item_title):
        cell.extend(text_flowables(f"Under punktet: {short(c.item_title)}", s.cell_small))
    return cell


def contributions_table(contributions: list[MinutesContribution]):
    rows = [
        [_contribution_cell(c), _cell_text(c.kind_label), _cell_text(c.member or "–")]
        for c in contributions
    ]
    return pdf.data_table(("Vidensbidrag", "Type", "Fra"), rows, _CONTRIBUTION_WIDTHS)


def _section(section: MinutesSection) -> list:
    s, st = pdf.styles(), _styles()
    title = printable(section.title).strip() or "Uden titel"
    if section.start is not None:
        title = f"{time_text(section.start)}  {title}"
    out: list = []
    # The heading is kept with what follows; a huge title is cut so that it can still be laid out.
    heading = text_flowables(title, st.item)
    out.extend(heading)
    presenter = printable(section.presenter).strip()
    if presenter:
        out.extend(text_flowables(f"Ansvarlig: {presenter}", st.meta))

    notes = text_flowables(section.notes, st.notes, gap=6)
    decisions = [d for d in section.decisions if printable(d).strip()]
    if notes:
        out.extend(notes)
    if decisions:
        out.append(pdf.para("Beslutninger", st.heading3))
        for number, decision in enumerate(decisions, start=1):
            out.extend(text_flowables(decision, st.decision, bullet=f"{number}."))
            out.append(pdf.Spacer(1, st.decision_gap))
    if section.actions:
        out.append(pdf.para("Opgaver", st.heading3))
        out.append(pdf.spacer(1))
        out.append(action_table(section.actions))
    if not notes and not decisions and not section.actions:
        out.append(pdf.para("Intet noteret under punktet.", s.small))
    out.append(pdf.Spacer(1, st.section_gap))
    return out


def minutes_story(doc: MinutesDocument) -> list:
    """The flowables of the minutes (without page header and footer)."""
    s = pdf.styles()
    story: list = [pdf.heading(f"Referat – {DRAFT_MARK}" if doc.draft else "Referat")]
    title = printable(doc.title).strip()
    if title:
        story.extend(text_flowables(title, ParagraphStyle("minutes-title", parent=s.heading2, keepWithNext=0)))
    story.append(pdf.spacer(2))

    rows: list[tuple[str, object]] = []
    groups = [g for g in (printable(g).strip() for g in doc.groups) if g]
    if groups:
        rows.append((_group_label(groups, doc.steering), _cell_text(join_names(groups))))
    rows.append(("Dato", long_date(doc.date)))
    rows.append(("Tid", time_range(doc.start, doc.end)))
    place = printable(doc.place).strip()
    if place:
        rows.append(("Sted", _cell_text(place)))
    facilitators = printable(doc.facilitators).strip()
    if facilitators:
        rows.append((_facilitator_label(facilitators), _cell_text(facilitators)))
    rows.append(("Status", status_text(doc)))
    story.append(pdf.info_table(rows))
    story.append(pdf.spacer(2))

    story.extend(_people("Til stede", doc.present, doc.present_unnamed, "Ingen fremmøde registreret."))
    story.extend(_people("Afbud", doc.excused, doc.excused_unnamed, "Ingen afbud."))
    if doc.absent_count > 0:
        story.append(pdf.para(f"Mødte ikke og meldte ikke afbud: {doc.absent_count}", s.body))
    story.extend(_unregistered(doc))

    if doc.guests:
        story.append(pdf.para(f"Gæster ({len(doc.guests)})", s.heading2))
        story.append(
            pdf.data_table(
                ["Navn", "Organisation", "Rolle"],
                [[_cell_text(name), _cell_text(org), _cell_text(role)] for name, org, role in doc.guests],
                _GUEST_WIDTHS,
            )
        )

    story.append(pdf.spacer(4))
    story.append(pdf.para("Dagsordenspunkter", s.heading2))
    if doc.sections:
        for section in doc.sections:
            story.extend(_section(section))
    else:
        story.append(pdf.para("Mødet har ingen dagsordenspunkter.", s.body))

    story.append(pdf.para(f"Vidensbidrag fra mødet ({len(doc.contributions)})", s.heading2))
    if doc.contributions:
        story.append(contributions_table(doc.contributions))
    else:
        story.append(pdf.para("Der er ikke registreret vidensbidrag fra mødet.", s.body))

    story.append(pdf.para("Opfølgning: åbne spredningsopgaver fra tidligere møder", s.heading2))
    if doc.followups:
        story.append(action_table(doc.followups, followup=True))
    else:
        story.append(pdf.para("Der er ingen åbne spredningsopgaver fra tidligere møder.", s.body))
    return story


def write_minutes_pdf(doc: MinutesDocument, path: Path) -> Path:
    """Write the minutes of *doc* as an A4 PDF to *path* (atomically, 0600); returns *path*."""
    title = one_line(doc.title)
    full_title = f"Referat – {title}" if title else "Referat"
    if doc.draft:
        full_title = f"{DRAFT_MARK}: {full_title}"
    return pdf.build_pdf(
        path,
        minutes_story(doc),
        think_tank=one_line(doc.think_tank),
        title=full_title,
        header_right=one_line(header_text(doc)),
        generated_at=doc.generated_at,
        subject=f"Referat {long_date(doc.date)}",
        watermark=DRAFT_MARK if doc.draft else None,
    )
