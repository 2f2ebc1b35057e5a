"""The status report for the steering committee (*statusrapport til styregruppen*) as an A4 PDF, in Danish.

Pure: plain data in (:class:`StatusReportDocument`, built by
:func:`tankapp.services.status_report.status_report` from the success criteria
with every personal field emptied), a PDF out, on the page template of
:mod:`tankapp.export.pdf` and the charts of :mod:`tankapp.export.charts`. No
database, no Qt.

What it holds, in order:

1. a title page: the think tank, its period, the day the status is of and the
   day the report was made; the six success criteria each with its state (a
   word and a mark, never a colour alone) and its one-line explanation; a few
   key figures;
2. one part per criterion, with its state and its figures:
   the groups' members against their target size (a band, 10-20);
   the meetings held month by month against the plan's even pace to the target
   (18), and held per group;
   the held meetings' agendas (knowledge presentation, dissemination);
   the members' attendance per group against the commitment (2-4), in counts;
   the knowledge contributions by kind and framework cell (the matrix of the
   report to ViBIS) and per group;
   the self-evaluation's three success statements per group and the knowledge
   gain, drawn with the evaluation report's own charts (the same look, the same
   fewer-than-5 rule);
3. the next meetings (date, groups, title) and how many follow-ups are overdue;
4. a short note on how the states are judged.

No member is named anywhere: the data holds groups, counts, shares and meeting
titles only (the service builds it from ``StatusReport.anonymous()``).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Table, TableStyle

from tankapp.domain.danish import long_date, time_text
from tankapp.export import charts, pdf
from tankapp.export.charts import number_da, percent_da
from tankapp.export.contributions_report import KIND_ABBREVIATIONS, ReportMatrix, day_text, matrix_table
from tankapp.export.evaluation_report import (
    OVERALL,
    WITHHELD,
    GainPart,
    Statement,
    gain_charts,
    statement_charts,
)

__all__ = [
    "STATE_MARKS",
    "TITLE",
    "AgendaPart",
    "AttendancePart",
    "ContributionsPart",
    "CriterionState",
    "EvaluationPart",
    "GroupAttendance",
    "GroupSize",
    "GroupsPart",
    "MeetingLine",
    "MeetingsPart",
    "MonthCount",
    "NamedCount",
    "StatusReportDocument",
    "attendance_chart",
    "group_size_chart",
    "meetings_chart",
    "report_story",
    "write_status_pdf",
]

TITLE = "Statusrapport til styregruppen"
HEADER = "Statusrapport"

#: A mark before each state's word, so the state reads without colour (and in black and white).
STATE_MARKS: dict[str, str] = {
    "met": "✓",
    "on_track": "→",
    "at_risk": "!",
    "not_met": "✗",
    "not_yet_measurable": "–",
}
# the badge's grey and border per state: darker for the states that need the committee's eye
_BADGE: dict[str, tuple[float, float]] = {  # (fill grey, border width)
    "met": (0.86, 0.6),
    "on_track": (0.93, 0.6),
    "at_risk": (0.72, 1.4),
    "not_met": (0.2, 1.4),
    "not_yet_measurable": (1.0, 0.6),
}
_MONTHS_SHORT = ("jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.")


# --------------------------------------------------------------------------- the data


@dataclass(frozen=True)
class CriterionState:
    """A criterion as the committee reads it: its title, state and one-line explanation, in Danish."""

    key: str  # groups, meetings, agenda, attendance, contributions, evaluation
    title: str  # "Ekspertgrupperne er etableret"
    state: str  # met, on_track, at_risk, not_met, not_yet_measurable
    state_word: str  # "opfyldt"
    explanation: str


@dataclass(frozen=True)
class MeetingLine:
    """A meeting as the report names it: when, which groups, its title (no people)."""

    date: dt.date
    start: dt.time | None
    title: str
    groups: tuple[str, ...]
    missing: tuple[str, ...] = ()  # the required agenda items it lacks ("Vidensoplæg"), in Danish


@dataclass(frozen=True)
class NamedCount:
    name: str
    count: int


@dataclass(frozen=True)
class GroupSize:
    name: str
    members: int
    min_size: int
    max_size: int


@dataclass(frozen=True)
class GroupsPart:
    criterion: CriterionState
    required: int
    groups: tuple[GroupSize, ...]


@dataclass(frozen=True)
class MonthCount:
    month: dt.date  # the first day of the month
    held: int
    planned: int  # planned from the report's day on


@dataclass(frozen=True)
class MeetingsPart:
    criterion: CriterionState
    target: int
    held: int
    joint_held: int
    planned_ahead: int
    cancelled: int
    remaining: int
    months_total: float
    months_left: float
    needed_per_month: float | None
    even_per_month: float
    expected_by_now: int
    months: tuple[MonthCount, ...]
    held_by_group: tuple[NamedCount, ...]
    unmarked: tuple[MeetingLine, ...]  # dated before the day, still planned


@dataclass(frozen=True)
class AgendaPart:
    criterion: CriterionState
    held: int
    complete: int
    held_missing: tuple[MeetingLine, ...]
    planned_missing: tuple[MeetingLine, ...]


@dataclass(frozen=True)
class GroupAttendance:
    """A group's active members by where they stand against the commitment (counts only)."""

    name: str
    members: int
    reached: int
    can_reach: int
    at_risk: int
    below: int
    planned_left: int  # the group's meetings planned from the day to the end of the period


@dataclass(frozen=True)
class AttendancePart:
    criterion: CriterionState
    minimum: int
    maximum: int
    members: int
    reached: int
    can_reach: int
    at_risk: int
    below: int
    above: int
    distribution: tuple[int, ...]  # members who attended 0, 1, ..., maximum, and (last) more
    groups: tuple[GroupAttendance, ...]
    unplanned: int  # meetings the target still needs that are not planned yet (any may be a group's)


@dataclass(frozen=True)
class ContributionsPart:
    criterion: CriterionState
    total: int
    drafts: int
    reviewed: int
    sent: int
    by_kind: tuple[NamedCount, ...]  # Danish kind words
    matrix: ReportMatrix
    by_group: tuple[NamedCount, ...]
    held: int
    held_without: tuple[MeetingLine, ...]


@dataclass(frozen=True)
class EvaluationPart:
    criterion: CriterionState
    round_title: str | None  # None: no end round has opened
    opens_on: dt.date | None
    closes_on: dt.date | None
    asked: int
    answered: int
    declined: int
    response_rate: float | None
    min_answers: int
    agree_target: float  # the share agreeing that meets the criterion (0.5)
    baseline_answered: int | None
    statements: tuple[Statement, ...]  # the evaluation report's rows: overall and per group
    gain: GainPart | None
    agreement_scale: tuple[str, ...] = ("Helt uenig", "Uenig", "Hverken enig eller uenig", "Enig", "Helt enig")
    agree_from: int = 4


@dataclass(frozen=True)
class StatusReportDocument:
    think_tank: str
    period_start: dt.date
    period_end: dt.date
    today: dt.date  # the day the status is of
    groups: GroupsPart
    meetings: MeetingsPart
    agenda: AgendaPart
    attendance: AttendancePart
    contributions: ContributionsPart
    evaluation: EvaluationPart
    next_meetings: tuple[MeetingLine, ...]
    overdue_count: int
    generated_at: dt.datetime | None = None

    @property
    def ended(self) -> bool:
        return self.today > self.period_end

    @property
    def criteria(self) -> tuple[CriterionState, ...]:
        return tuple(p.criterion for p in (self.groups, self.meetings, self.agenda, self.attendance,
                                            self.contributions, self.evaluation))


# --------------------------------------------------------------------------- styles


class _Styles:
    def __init__(self) -> None:
        s = pdf.styles()
        self.cover_title = ParagraphStyle(
            "status-cover-title", parent=s.heading1, fontSize=24, leading=29, spaceBefore=14 * mm, spaceAfter=3 * mm,
        )
        self.cover_sub = ParagraphStyle("status-cover-sub", parent=s.body, fontSize=13, leading=17, spaceAfter=6 * mm)
        self.section = ParagraphStyle("status-section", parent=s.heading1, fontSize=15, leading=19, spaceAfter=0)
        self.sub = ParagraphStyle("status-sub", parent=s.heading2, fontSize=11, leading=14, spaceBefore=7,
                                  spaceAfter=3)
        self.quote = ParagraphStyle("status-quote", parent=s.body, fontName=pdf.FONT_ITALIC, fontSize=9, leading=12,
                                    textColor=pdf.MUTED, spaceAfter=4)
        self.intro = ParagraphStyle("status-intro", parent=s.body, spaceAfter=5)
        self.explanation = ParagraphStyle("status-explanation", parent=s.body, fontName=pdf.FONT_BOLD, spaceBefore=3,
                                          spaceAfter=4)
        self.small = ParagraphStyle("status-small", parent=s.small, spaceBefore=2, spaceAfter=4)
        self.badge = ParagraphStyle("status-badge", parent=s.cell, fontName=pdf.FONT_BOLD, fontSize=9, leading=11.5,
                                    alignment=1)
        self.badge_light = ParagraphStyle("status-badge-light", parent=self.badge, textColor=colors.white)
        self.num = ParagraphStyle("status-num", parent=s.cell, alignment=2)
        self.num_head = ParagraphStyle("status-num-head", parent=s.cell_head, alignment=2)


@functools.cache
def _styles() -> _Styles:
    return _Styles()


# --------------------------------------------------------------------------- helpers


_clean = pdf.one_line  # one line of user text: printable, white space collapsed


def _n(value: int) -> str:
    return number_da(value, 0)


def _months(value: float) -> str:
    return f"{number_da(value)} {'måned' if round(value, 1) == 1 else 'måneder'}"


def _meetings_word(n: int) -> str:
    return f"{_n(n)} {'møde' if n == 1 else 'møder'}"


def _state_text(c: CriterionState) -> str:
    word = _clean(c.state_word)
    return f"{STATE_MARKS.get(c.state, '')} {word[:1].upper()}{word[1:]}".strip()


def badge(c: CriterionState, width: float = 48 * mm) -> Table:
    """The state as a framed word with its mark ("✓ Opfyldt"); the grey only helps."""
    st = _styles()
    fill, border = _BADGE.get(c.state, (1.0, 0.6))
    style = st.badge_light if fill < 0.5 else st.badge
    table = Table([[pdf.para(_state_text(c), style)]], colWidths=[width], hAlign="RIGHT")
    commands = [
        ("BACKGROUND", (0, 0), (-1, -1), colors.Color(fill, fill, fill)),
        ("BOX", (0, 0), (-1, -1), border, pdf.TEXT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if c.state == "not_yet_measurable":
        commands[1] = ("BOX", (0, 0), (-1, -1), border, pdf.GRID)
    table.setStyle(TableStyle(commands))
    return table


def _meeting_text(m: MeetingLine, *, with_groups: bool = True) -> str:
    groups = f" ({', '.join(_clean(g) for g in m.groups)})" if with_groups and m.groups else ""
    return f"{day_text(m.date)}: {_clean(m.title)}{groups}"


LIST_LIMIT = 25  # meetings listed under a heading before "… og N flere"


def _meeting_list(title: str, meetings: Sequence[MeetingLine], *, missing: bool = False) -> list:
    """A short list of meetings under a small heading (the first LIST_LIMIT, then how many more)."""
    if not meetings:
        return []
    s = pdf.styles()
    item = ParagraphStyle("status-li", parent=s.body, leftIndent=10, firstLineIndent=-8, spaceAfter=1)
    out: list = [pdf.para(title, _styles().sub)]
    for m in meetings[:LIST_LIMIT]:
        text = _meeting_text(m)
        if missing and m.missing:
            text += f" – mangler: {', '.join(w.lower() for w in m.missing)}"
        out.append(Paragraph(f"• {pdf.markup(text)}", item))
    if len(meetings) > LIST_LIMIT:
        out.append(pdf.para(f"… og {_n(len(meetings) - LIST_LIMIT)} flere", item))
    return out


def _month_label(month: dt.date) -> str:
    return f"{_MONTHS_SHORT[month.month - 1]} {month.year % 100:02d}"


def _keep(*flowables) -> KeepTogether:
    return KeepTogether([f for f in flowables if f is not None])


# --------------------------------------------------------------------------- charts


# A drawing cannot break over pages: many groups make several charts of at most this many rows.
ROWS_PER_CHART = 20


def _chunks(items: Sequence, size: int = ROWS_PER_CHART) -> list[list]:
    items = list(items)
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def group_size_chart(groups: Sequence[GroupSize]):
    """Active members per group as bars, each over its target size drawn as a band (10-20)."""
    top = max([g.max_size for g in groups] + [g.members for g in groups] + [1])
    ticks = charts.nice_ticks(0, top, integer=True)
    sizes = {(g.min_size, g.max_size) for g in groups}
    band = (f"Ønsket antal medlemmer ({_n(min(sizes)[0])}-{_n(min(sizes)[1])})" if len(sizes) == 1
            else "Gruppens ønskede antal medlemmer")

    def verdict(g: GroupSize) -> str:
        return "for få" if g.members < g.min_size else "for mange" if g.members > g.max_size else "inden for"

    return charts.horizontal_bars(
        [g.name for g in groups], [charts.Series("Aktive medlemmer", [g.members for g in groups])],
        value_max=ticks[-1], ticks=ticks, value_format=_n, tick_format=_n, bar_height=10,
        ranges={i: (g.min_size, g.max_size) for i, g in enumerate(groups)}, range_label=band, legend=True,
        columns=("Ønsket", "Vurdering"),
        column_values=[(f"{_n(g.min_size)}-{_n(g.max_size)}", verdict(g)) for g in groups],
    )


def _cumulative_even(part: MeetingsPart, period_start: dt.date, period_end: dt.date) -> list[float]:
    """The plan's even pace: the target times the share of the period gone by each month's end."""
    total = (period_end - period_start).days + 1
    out = []
    for m in part.months:
        nxt = (m.month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        end = min(nxt - dt.timedelta(days=1), period_end)
        gone = max(0, (end - period_start).days + 1)
        out.append(part.target * gone / total if total > 0 else float(part.target))
    return out


def meetings_chart(part: MeetingsPart, period_start: dt.date, period_end: dt.date, today: dt.date):
    """Meetings held, added up month by month, against the even pace to the target; and, from this
    month on, what the planned meetings would add."""
    labels = [_month_label(m.month) for m in part.months]
    this_month = today.replace(day=1)
    held, running = [], 0
    for m in part.months:
        running += m.held
        held.append(running if m.month <= this_month else None)
    series = [charts.Series("Holdte møder i alt", held)]
    if part.planned_ahead:
        last_planned = max((i for i, m in enumerate(part.months) if m.planned), default=-1)
        projected: list[float | None] = []
        total = sum(m.held for m in part.months)
        for i, m in enumerate(part.months):
            if m.month < this_month or i > last_planned:
                projected.append(None)
                continue
            total += m.planned
            projected.append(total)
        if any(v is not None for v in projected):
            series.append(charts.Series("Med de planlagte møder", projected))
    target = charts.Series(f"Jævnt tempo mod målet ({_meetings_word(part.target)})",
                           _cumulative_even(part, period_start, period_end))
    return charts.line_chart(labels, series, target=target, integer=True, height=140,
                             value_max=max([part.target, part.held + part.planned_ahead, 1]),
                             axis_title="Møder (akkumuleret)")


def held_by_group_chart(rows: Sequence[NamedCount]):
    top = max([r.count for r in rows] + [1])
    ticks = charts.nice_ticks(0, top, max_ticks=min(6, top + 1), integer=True)
    return charts.horizontal_bars(
        [r.name for r in rows], [charts.Series("Holdte møder", [r.count for r in rows])],
        value_max=ticks[-1], ticks=ticks, value_format=_n, tick_format=_n, bar_height=9,
    )


_ATTENDANCE_FILLS = tuple(colors.Color(g, g, g) for g in (0.42, 0.9, 0.68, 0.12))


def attendance_words(part: AttendancePart, ended: bool) -> tuple[str, str, str, str]:
    """The four states' words: reached, can still reach, at risk, below."""
    m = _meetings_word(part.minimum)
    below = f"Deltog i færre end {m}" if ended else f"Kan ikke længere nå {m}"
    return f"Har deltaget i mindst {m}", f"Kan nå {m}", "I fare: skal komme til alle møder tilbage", below


def attendance_chart(part: AttendancePart, ended: bool, groups: Sequence[GroupAttendance] | None = None,
                     *, overall: bool = True):
    """Per group (and all groups): how many members have reached the commitment's minimum, can still, are at
    risk, or cannot; counts in the bars, never names. *groups*: these groups only (default all)."""
    def row(label: str, g, *, bold: bool = False, rule: bool = False, planned: str = "") -> charts.StackedRow:
        counts = (g.reached, g.can_reach, g.at_risk, g.below)
        reached = percent_da(g.reached / g.members) if g.members else "–"
        if not g.members:
            return charts.StackedRow(label, None, ("0", "–", planned), note="ingen aktive medlemmer", bold=bold,
                                     rule_after=rule)
        return charts.StackedRow(label, counts, (_n(g.members), reached, planned), bold=bold, rule_after=rule)

    rows = [row(OVERALL, part, bold=True, rule=True)] if overall else []
    rows += [row(g.name, g, planned=_n(g.planned_left)) for g in (part.groups if groups is None else groups)]
    return charts.stacked_bars(
        rows, attendance_words(part, ended), columns=("Medlemmer", "Har nået", "Møder planlagt"),
        numbered=False, fills=_ATTENDANCE_FILLS, piece_format=lambda count, _share: _n(count), bar_height=13,
    )


def _by_group_chart(rows: Sequence[NamedCount], series_name: str):
    top = max([r.count for r in rows] + [1])
    ticks = charts.nice_ticks(0, top, max_ticks=min(6, top + 1), integer=True)
    return charts.horizontal_bars(
        [r.name for r in rows], [charts.Series(series_name, [r.count for r in rows])],
        value_max=ticks[-1], ticks=ticks, value_format=_n, tick_format=_n, bar_height=9,
    )


# --------------------------------------------------------------------------- the title page


def _cover(doc: StatusReportDocument) -> list:
    s, st = pdf.styles(), _styles()
    tank = _clean(doc.think_tank)
    out: list = [pdf.para(TITLE, st.cover_title)]
    if tank:
        out.append(pdf.para(tank, st.cover_sub))
    left = "projektperioden er slut" if doc.ended else f"{_months(doc.meetings.months_left)} tilbage"
    rows: list[tuple[str, object]] = [
        ("Tænketank", tank or "–"),
        ("Projektperiode", f"{day_text(doc.period_start)} – {day_text(doc.period_end)} ({left})"),
        ("Status pr.", long_date(doc.today)),
    ]
    if doc.generated_at is not None:
        rows.append(("Udarbejdet", day_text(doc.generated_at.date())))
    out.append(pdf.info_table(rows, label_width=36 * mm))
    out.append(pdf.spacer(4))
    out.append(pdf.para(
        "Rapporten viser, hvor tænketanken står i forhold til projektets succeskriterier, med de tal, hvert kriterium "
        "er vurderet på. Ingen medlemmer nævnes: fremmøde og evaluering vises kun som antal pr. gruppe, og en gruppe "
        "med få svar vises uden tal.", st.intro))
    out.append(pdf.para("Succeskriterierne", s.heading2))
    w = pdf.CONTENT_WIDTH
    widths = [w * 0.28, 50 * mm, w * 0.72 - 50 * mm]
    rows_ = [[pdf.para(f"{i}. {c.title}", s.cell_bold), badge(c, 50 * mm - 10), pdf.para(c.explanation, s.cell)]
             for i, c in enumerate(doc.criteria, start=1)]
    out.append(pdf.data_table(["Kriterium", "Status", "Sådan står det"], rows_, widths,
                              style_commands=[("VALIGN", (0, 1), (-1, -1), "MIDDLE")]))
    out.append(pdf.para("Mærkerne: ✓ opfyldt, → på rette vej, ! i fare, ✗ ikke opfyldt, – kan endnu ikke måles.",
                        st.small))
    out.extend(_key_figures(doc))
    return out


def _key_figures(doc: StatusReportDocument) -> list:
    s = pdf.styles()
    m, a, c, e = doc.meetings, doc.attendance, doc.contributions, doc.evaluation
    answered = (f"{_n(e.answered)} af {_n(e.asked)} ({percent_da(e.response_rate)}) i {_clean(e.round_title)}"
                if e.round_title is not None else "ingen slutevaluering endnu")
    rows: list[tuple[str, object]] = [
        ("Møder", f"{_n(m.held)} af {_n(m.target)} holdt, {_n(m.planned_ahead)} planlagt"),
        ("Medlemmer", f"{_n(a.members)} aktive i {_n(len(doc.groups.groups))} grupper; "
                      f"{_n(a.reached)} har deltaget i mindst {_meetings_word(a.minimum)}"),
        ("Vidensbidrag", f"{_n(c.total)} ({_n(c.sent)} sendt til ViBIS)"),
        ("Selvevaluering", answered),
        ("Opfølgning", f"{_n(doc.overdue_count)} {'opgave' if doc.overdue_count == 1 else 'opgaver'} "
                       "over fristen"),
    ]
    return [pdf.para("Nøgletal", s.heading2), pdf.info_table(rows, label_width=36 * mm)]


# --------------------------------------------------------------------------- the criteria


def _section_head(n: int, c: CriterionState) -> list:
    """The criterion's title with its state at the right, and its explanation under them."""
    st = _styles()
    head = Table([[pdf.para(f"{n}. {c.title}", st.section), badge(c)]],
                 colWidths=[pdf.CONTENT_WIDTH - 50 * mm, 50 * mm], hAlign="LEFT")
    head.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, pdf.RULE),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [head, pdf.para(c.explanation, st.explanation)]


def _figures(rows: list[tuple[str, object]]):
    return pdf.info_table(rows, label_width=52 * mm)


def _groups(doc: StatusReportDocument, n: int) -> list:
    p = doc.groups
    st = _styles()
    in_range = sum(1 for g in p.groups if g.min_size <= g.members <= g.max_size)
    out = [*_section_head(n, p.criterion), _figures([
        ("Grupper etableret", f"{_n(len(p.groups))} af {_n(p.required)}"),
        ("Inden for det ønskede antal", f"{_n(in_range)} af {_n(len(p.groups))}"),
        ("Aktive medlemmer i alt", _n(sum(g.members for g in p.groups))),
    ])]
    if p.groups:
        first, *more = [group_size_chart(chunk) for chunk in _chunks(p.groups)]
        out.append(_keep(pdf.para("Aktive medlemmer pr. gruppe", st.sub), first))
        out.extend(more)
    return out


def _meetings(doc: StatusReportDocument, n: int) -> list:
    p = doc.meetings
    st = _styles()
    joint = f" (heraf {_n(p.joint_held)} {'fællesmøde' if p.joint_held == 1 else 'fællesmøder'}, der tæller én gang)" \
        if p.joint_held else ""
    rows: list[tuple[str, object]] = [
        ("Holdt", f"{_n(p.held)} af {_n(p.target)}{joint}"),
        ("Planlagt fra i dag", _n(p.planned_ahead)),
    ]
    if p.cancelled:
        rows.append(("Aflyst", _n(p.cancelled)))
    if p.remaining and not doc.ended:
        needed = "–" if p.needed_per_month is None else number_da(p.needed_per_month)
        rows.append(("Tilbage til målet", f"{_meetings_word(p.remaining)} på {_months(p.months_left)}: "
                                          f"{needed} om måneden"))
        rows.append(("Planens jævne tempo", f"{number_da(p.even_per_month)} om måneden; "
                                            f"{_meetings_word(p.expected_by_now)} forventet nu"))
    out = [*_section_head(n, p.criterion), _figures(rows)]
    if p.months:
        out.append(_keep(
            pdf.para("Holdte møder over tid mod målet", st.sub),
            meetings_chart(p, doc.period_start, doc.period_end, doc.today),
            pdf.para("Den stiplede linje er det jævne tempo, der når målet ved periodens slut. Fra denne måned viser "
                     "den anden linje, hvad de planlagte møder vil give.", st.small),
        ))
    if p.held_by_group:
        first, *more = [held_by_group_chart(chunk) for chunk in _chunks(p.held_by_group)]
        out.append(_keep(pdf.para("Holdte møder pr. gruppe", st.sub), first))
        out.extend(more)
        out.append(pdf.para("Et fællesmøde tæller for hver af sine grupper.", st.small))
    out.extend(_meeting_list("Planlagte møder, hvis dato er passeret (marker dem holdt eller aflyst)", p.unmarked))
    return out


def _agenda(doc: StatusReportDocument, n: int) -> list:
    p = doc.agenda
    out = [*_section_head(n, p.criterion), _figures([
        ("Holdte møder", _n(p.held)),
        ("Med vidensoplæg og drøftelse af spredning", f"{_n(p.complete)} af {_n(p.held)}"),
        ("Kommende møder, der mangler et af dem", _n(len(p.planned_missing))),
    ])]
    out.extend(_meeting_list("Holdte møder, der manglede et af dem", p.held_missing, missing=True))
    out.extend(_meeting_list("Kommende møder, hvis dagsorden mangler et af dem", p.planned_missing, missing=True))
    return out


def _attendance(doc: StatusReportDocument, n: int) -> list:
    p = doc.attendance
    s, st = pdf.styles(), _styles()
    words = attendance_words(p, doc.ended)
    out = [*_section_head(n, p.criterion), _figures([
        ("Tilsagn", f"{_n(p.minimum)}-{_n(p.maximum)} møder pr. medlem"),
        ("Aktive medlemmer", _n(p.members)),
        (words[0], _n(p.reached)),
        (words[1], _n(p.can_reach)),
        ("I fare", _n(p.at_risk)),
        (words[3], _n(p.below)),
    ])]
    if p.members:
        first, *more = [attendance_chart(p, doc.ended, chunk, overall=k == 0)
                        for k, chunk in enumerate(_chunks(p.groups, ROWS_PER_CHART - 1))]
        note = pdf.para(
            "Antal medlemmer i hver gruppe. »I fare«: medlemmet når kun minimum ved at komme til alle gruppens "
            "møder tilbage. Møder tilbage er gruppens planlagte møder"
            + (f" og de {_n(p.unplanned)} møder, målet endnu mangler at få planlagt" if p.unplanned else "")
            + ". Ingen advares, før det kan få betydning.", st.small)
        head = pdf.para(f"Fremmøde pr. gruppe mod tilsagnet om {_n(p.minimum)}-{_n(p.maximum)} møder", st.sub)
        if more:
            out.extend([_keep(head, first), *more[:-1], _keep(more[-1], note)])
        else:
            out.append(_keep(head, first, note))
        heads = ["Deltaget i"] + [_meetings_word(i) for i in range(len(p.distribution) - 1)] + [
            f"Over {_n(p.maximum)}"]
        label_w = 30 * mm
        col = (pdf.CONTENT_WIDTH - label_w) / max(1, len(p.distribution))
        out.append(_keep(
            pdf.para("Medlemmer efter antal møder, de har deltaget i", st.sub),
            pdf.data_table([pdf.para(h, st.num_head if i else s.cell_head) for i, h in enumerate(heads)],
                           [[pdf.para("Medlemmer", s.cell)] + [pdf.para(_n(v), st.num) for v in p.distribution]],
                           [label_w] + [col] * len(p.distribution)),
        ))
    return out


def _contributions(doc: StatusReportDocument, n: int) -> list:
    p = doc.contributions
    s, st = pdf.styles(), _styles()
    kinds = " · ".join(f"{_clean(k.name)} {_n(k.count)}" for k in p.by_kind)
    empty = sum(1 for row in p.matrix.cells for c in row if not c.total)
    cells = sum(len(row) for row in p.matrix.cells)
    out = [*_section_head(n, p.criterion), _figures([
        ("Vidensbidrag i alt", f"{_n(p.total)} (kladder {_n(p.drafts)}, gennemgået {_n(p.reviewed)}, "
                               f"sendt {_n(p.sent)})"),
        ("Efter slags", kinds or "–"),
        ("Ikke klassificeret endnu", _n(p.matrix.unclassified)),
        ("Tomme celler i matrixen", f"{_n(empty)} af {_n(cells)}"),
        ("Holdte møder uden vidensbidrag", f"{_n(len(p.held_without))} af {_n(p.held)}"),
    ])]
    legend = ", ".join(f"{letter} = {word}" for letter, word in KIND_ABBREVIATIONS)
    out.append(_keep(
        pdf.para("Matrix: former for inddragelse og kriterier, efter slags", st.sub),
        matrix_table(p.matrix),
        pdf.para(f"Antal vidensbidrag i hver celle og under det fordelt på slags ({legend}). Et bidrag, der viser "
                 "flere kriterier, tælles under hvert af dem; kladder tæller med.", s.small),
    ))
    if p.by_group and p.total:
        first, *more = [_by_group_chart(chunk, "Vidensbidrag") for chunk in _chunks(p.by_group)]
        out.append(_keep(pdf.para("Vidensbidrag pr. gruppe", st.sub), first))
        out.extend(more)
    out.extend(_meeting_list("Holdte møder uden vidensbidrag", p.held_without))
    return out


def _evaluation(doc: StatusReportDocument, n: int) -> list:
    p = doc.evaluation
    st = _styles()
    rows: list[tuple[str, object]] = []
    if p.round_title is not None:
        when = day_text(p.opens_on) if p.opens_on else ""
        if p.closes_on:
            when += f" – {day_text(p.closes_on)}"
        rows += [
            ("Slutevaluering", f"{_clean(p.round_title)} ({when})" if when else _clean(p.round_title)),
            ("Svar", f"{_n(p.answered)} af {_n(p.asked)} ({percent_da(p.response_rate)}); "
                     f"{_n(p.declined)} ønskede ikke at svare"),
        ]
    if p.baseline_answered is not None:
        rows.append(("Svar på førmålingen", _n(p.baseline_answered)))
    rows.append(("Målet", f"mindst {percent_da(p.agree_target)} enige ({p.agree_from} eller 5) i hvert udsagn"))
    out = [*_section_head(n, p.criterion), _figures(rows)]
    if not p.statements:
        return out
    out.append(pdf.para(
        f"Søjlerne viser, hvordan svarene fordeler sig fra 1 ({p.agreement_scale[0].lower()}) til 5 "
        f"({p.agreement_scale[-1].lower()}); til højre antal svar, gennemsnit og andelen, der er enige. En gruppe med "
        f"færre end {p.min_answers} svar vises uden tal.", st.intro))
    for k, stmt in enumerate(p.statements, start=1):
        head = (pdf.para(f"{k}. {_clean(stmt.short)}", st.sub), pdf.para(f"»{_clean(stmt.text)}«", st.quote))
        if stmt.overall.hidden:  # nothing to draw: say why in one line instead of a chart of dashes
            out.append(_keep(*head, pdf.para(_hidden_line(stmt.overall.hidden, stmt.overall.answers, p), st.intro)))
            continue
        first, *more = statement_charts(stmt, p.agreement_scale, p.agree_from)
        out.append(_keep(*head, first))
        out.extend(more)
    if p.gain is not None and p.gain.items:
        out.append(CondPageBreak(90 * mm))
        out.append(pdf.para("Vidensløft", st.sub))
        pairs = p.gain.items[0].overall.pairs
        out.append(pdf.para(
            f"Medlemmernes egen vurdering af deres viden (1-5) ved {_clean(p.gain.baseline_title)} og ved "
            f"{_clean(p.gain.end_title)}; kun de {_n(pairs)} medlemmer, der svarede begge gange, tæller med. Til højre "
            "hvor mange i gruppen der svarede begge gange, den gennemsnitlige ændring og andelen, hvis vurdering "
            "steg.", st.intro))
        for item in p.gain.items:
            head = pdf.para(_clean(item.short), st.sub)
            if item.overall.hidden:
                answers = item.overall.pairs if item.overall.answers is None else item.overall.answers
                out.append(_keep(head, pdf.para(_hidden_line(item.overall.hidden, answers, p), st.intro)))
                continue
            first, *more = gain_charts(item, p.gain.baseline_title, p.gain.end_title)
            out.append(_keep(head, first))
            out.extend(more)
    return out


def _hidden_line(hidden: str | None, answers: int | None, p: EvaluationPart) -> str:
    if not answers:
        return "Ingen har svaret på det endnu."
    if hidden == WITHHELD:
        return "Tallene vises ikke, så en lille gruppes svar ikke kan regnes ud."
    return f"For få svar til at vise tal: {_n(answers)} (mindst {_n(p.min_answers)} skal svare)."


# --------------------------------------------------------------------------- what comes next


def _next(doc: StatusReportDocument) -> list:
    st = _styles()
    out: list = [CondPageBreak(60 * mm), pdf.para("Kommende møder", st.section), pdf.spacer(2)]
    if not doc.next_meetings:
        out.append(pdf.para("Der er ingen planlagte møder fra i dag.", st.intro))
    else:
        w = pdf.CONTENT_WIDTH
        widths = [37 * mm, 14 * mm, w - 119 * mm, 38 * mm, 30 * mm]
        rows = [
            [day_text(m.date), time_text(m.start) if m.start else "", _clean(m.title),
             ", ".join(_clean(g) for g in m.groups), ", ".join(m.missing) if m.missing else "–"]
            for m in doc.next_meetings
        ]
        out.append(pdf.data_table(["Dato", "Kl.", "Møde", "Grupper", "Mangler på dagsordenen"], rows, widths))
    out.append(pdf.para("Opfølgning", st.sub))
    count = doc.overdue_count
    out.append(pdf.para(
        "Ingen opgaver fra møderne er over deres frist." if not count else
        f"{_n(count)} {'opgave' if count == 1 else 'opgaver'} fra møderne er over fristen og ikke udført. Hvem og hvad "
        "står i mødernes referater; rapporten nævner ingen.", st.intro))
    return out


def _method(doc: StatusReportDocument) -> list:
    st = _styles()
    a, e = doc.attendance, doc.evaluation
    paragraphs = [
        "<b>Tilstandene.</b> Opfyldt: kriteriet er nået. På rette vej: det kan nås i det tempo, der er planlagt. "
        "I fare: det nås kun, hvis noget ændres. Ikke opfyldt: det kan ikke længere nås, eller perioden er slut. "
        "Kan endnu ikke måles: der er ikke data nok endnu.",
        "<b>Møder.</b> Et fællesmøde tæller én gang mod målet. Det jævne tempo er målet ganget med den del af "
        "perioden, der er gået.",
        f"<b>Fremmøde.</b> Et medlem er i fare, når det kun når {a.minimum} møder ved at komme til alle de møder, der er "
        "tilbage; under, når det ikke længere kan nå dem. Møder, målet mangler, men som ikke er planlagt endnu, "
        "regnes med, højst ét om måneden.",
        f"<b>Selvevaluering.</b> Slutevalueringen vurderes mod de tre udsagn: opfyldt, når mindst "
        f"{percent_da(e.agree_target)} er enige i hvert. En gruppe med færre end {e.min_answers} svar vises uden tal, "
        "og om nødvendigt også en gruppe mere, så en lille gruppes tal ikke kan regnes ud.",
    ]
    out: list = [CondPageBreak(35 * mm), pdf.para("Sådan vurderes kriterierne", st.sub)]
    out.extend(Paragraph(p, st.intro) for p in paragraphs)  # the code's own markup; numbers only inserted
    return out


# --------------------------------------------------------------------------- the document


def report_story(doc: StatusReportDocument) -> list:
    """The flowables of the report (without page header and footer)."""
    story = _cover(doc)
    parts = (_groups, _meetings, _agenda, _attendance, _contributions, _evaluation)
    for n, part in enumerate(parts, start=1):
        story.append(PageBreak() if n == 1 else CondPageBreak(80 * mm))
        if n > 1:
            story.append(pdf.spacer(5))
        story.extend(part(doc, n))
    story.append(pdf.spacer(5))
    story.extend(_next(doc))
    story.append(pdf.spacer(3))
    story.extend(_method(doc))
    return story


def write_status_pdf(doc: StatusReportDocument, path: Path | str) -> Path:
    """Write the status report of *doc* as an A4 PDF to *path* (atomically, 0600); returns *path*."""
    return pdf.build_pdf(
        Path(path),
        report_story(doc),
        think_tank=_clean(doc.think_tank),
        title=TITLE,
        header_right=HEADER,
        generated_at=doc.generated_at,
        subject=f"{TITLE}: status pr. {day_text(doc.today)}",
    )
