"""The final evaluation report (*evalueringsrapport*) as an A4 PDF, in Danish, with charts.

Pure: plain data in (:class:`EvaluationReport`, built by
:func:`tankapp.services.evaluation.report.evaluation_report`), a PDF out, on the
page template of :mod:`tankapp.export.pdf` and the charts of
:mod:`tankapp.export.charts`. No database, no Qt.

What it holds, in order:

1. a title page: the think tank, its period, the rounds, the day the report was
   made, and the main results in two small tables;
2. participation: asked, answered and declined per round and group, and the
   response rates as a chart;
3. the three success statements: for each, the distribution of the answers
   (1-5) per group and overall as 100 % bars, with the number of answers, the
   mean and the share who agree (4-5);
4. knowledge gain: the members' own rating of their knowledge at the baseline
   and at the end, only for members who answered both, per group and overall;
5. learning points: the promoters and barriers, grouped, with how many groups
   raised each and how often in the self-evaluations and as knowledge
   contributions;
6. a short note on the method (the scale, the fewer-than-5 rule, the pairing).

No member is named: the data holds only groups, counts and means, and the
learning points' texts. A group whose figures are hidden (fewer than
:attr:`EvaluationReport.min_answers` answers, or withheld so that a small group's
figures cannot be worked out) shows a note instead of figures; no free text is
shown per group at all.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph

from tankapp.domain.danish import month_name
from tankapp.export import charts, pdf
from tankapp.export.charts import number_da, percent_da, signed_da
from tankapp.export.contributions_report import day_text
from tankapp.export.minutes_pdf import text_flowables

__all__ = [
    "OVERALL",
    "TITLE",
    "TOO_FEW",
    "WITHHELD",
    "EvaluationReport",
    "Figures",
    "Gain",
    "GainItem",
    "GainPart",
    "LearningLine",
    "Participation",
    "RoundPart",
    "Statement",
    "hidden_note",
    "gain_charts",
    "report_story",
    "statement_charts",
    "write_evaluation_pdf",
]

TITLE = "Evaluering af tænketanken"
HEADER = "Evaluering"
OVERALL = "Alle grupper"

# why a group (or a question in it) shows no figures
TOO_FEW = "too_few"  # fewer answers than the threshold
WITHHELD = "withheld"  # enough answers, hidden so a small group's figures cannot be worked out

NOTE_TOO_FEW = "for få svar"
NOTE_NONE = "ingen svar"
NOTE_WITHHELD = "skjult af hensyn til en lille gruppe"


# --------------------------------------------------------------------------- the data


@dataclass(frozen=True)
class Participation:
    """Who was asked and who answered in one group (or all groups) in one round."""

    group: str
    asked: int
    answered: int
    declined: int

    @property
    def rate(self) -> float | None:
        return self.answered / self.asked if self.asked else None


@dataclass(frozen=True)
class RoundPart:
    title: str
    kind_label: str  # "Førmåling", "Midtvejsevaluering", "Slutevaluering"
    opens_on: dt.date
    closes_on: dt.date | None
    overall: Participation
    groups: tuple[Participation, ...]


@dataclass(frozen=True)
class Figures:
    """One 1-5 question in one group (or overall); every figure None when ``hidden``."""

    group: str
    hidden: str | None  # None (shown), TOO_FEW or WITHHELD
    answers: int | None
    counts: tuple[int, ...] | None  # how many chose 1, 2, 3, 4, 5
    mean: float | None
    agree_share: float | None  # chose 4 or 5 (0-1)


@dataclass(frozen=True)
class Statement:
    short: str  # "Ny viden om brugerinddragelse"
    text: str  # the statement as the members read it
    overall: Figures
    groups: tuple[Figures, ...]


@dataclass(frozen=True)
class Gain:
    """One own-knowledge question in one group (or overall): baseline against end, members who answered both."""

    group: str
    hidden: str | None
    pairs: int  # members who answered both rounds (in the group)
    baseline_mean: float | None
    end_mean: float | None
    gain: float | None  # the mean of each member's end minus baseline
    improved_share: float | None
    answers: int | None = None  # of the pairs, those who answered this question both times (None: group hidden)


@dataclass(frozen=True)
class GainItem:
    short: str  # "Viden om brugerinddragelse"
    text: str
    overall: Gain
    groups: tuple[Gain, ...]


@dataclass(frozen=True)
class GainPart:
    baseline_title: str
    end_title: str
    items: tuple[GainItem, ...]


@dataclass(frozen=True)
class LearningLine:
    text: str
    groups: int  # distinct groups that raised it
    evaluations: int  # self-evaluation answers that raised it
    contributions: int  # knowledge contributions that raised it


@dataclass(frozen=True)
class EvaluationReport:
    think_tank: str
    period_start: dt.date
    period_end: dt.date
    rounds: tuple[RoundPart, ...]  # by opening date
    basis: RoundPart  # the round the statements come from (the end round, if it has answers)
    statements: tuple[Statement, ...]
    gain: GainPart | None  # None: no baseline and end round to compare
    promoters: tuple[LearningLine, ...]
    barriers: tuple[LearningLine, ...]
    group_count: int  # the groups a learning point can be raised in
    agreement_scale: tuple[str, ...] = ("Helt uenig", "Uenig", "Hverken enig eller uenig", "Enig", "Helt enig")
    knowledge_scale: tuple[str, ...] = ("Meget lille", "Lille", "Nogen", "Stor", "Meget stor")
    min_answers: int = 5
    agree_from: int = 4
    generated_at: dt.datetime | None = None


def hidden_note(hidden: str | None, answers: int | None = None) -> str:
    """The words shown in place of hidden figures ("for få svar")."""
    if hidden == WITHHELD:
        return NOTE_WITHHELD
    if answers == 0:
        return NOTE_NONE
    return NOTE_TOO_FEW


# --------------------------------------------------------------------------- styles


class _Styles:
    def __init__(self) -> None:
        s = pdf.styles()
        self.base = s
        self.cover_title = ParagraphStyle(
            "eval-cover-title", parent=s.heading1, fontSize=26, leading=31, spaceBefore=22 * mm, spaceAfter=3 * mm,
        )
        self.cover_sub = ParagraphStyle("eval-cover-sub", parent=s.body, fontSize=13, leading=17, spaceAfter=8 * mm)
        self.section = ParagraphStyle(
            "eval-section", parent=s.heading1, fontSize=16, leading=20, spaceBefore=4, spaceAfter=5, keepWithNext=1,
        )
        self.sub = ParagraphStyle("eval-sub", parent=s.heading2, fontSize=11.5, leading=14.5, spaceBefore=6,
                                  spaceAfter=2)
        self.quote = ParagraphStyle("eval-quote", parent=s.body, fontName=pdf.FONT_ITALIC, fontSize=9, leading=12,
                                    textColor=pdf.MUTED, spaceAfter=5)
        self.intro = ParagraphStyle("eval-intro", parent=s.body, spaceAfter=6)
        self.small = ParagraphStyle("eval-small", parent=s.small, spaceBefore=2, spaceAfter=4)
        self.num = ParagraphStyle("eval-num", parent=s.cell, alignment=2)
        self.num_head = ParagraphStyle("eval-num-head", parent=s.cell_head, alignment=2)
        self.cell_note = ParagraphStyle("eval-cell-note", parent=s.cell, fontName=pdf.FONT_ITALIC,
                                        textColor=pdf.MUTED, alignment=2)


@functools.cache
def _styles() -> _Styles:
    return _Styles()


# --------------------------------------------------------------------------- helpers


_clean = pdf.one_line  # one line of user text: printable, white space collapsed


def _first_capital(text: str) -> str:
    """"mangel på tid" -> "Mangel på tid" (a learning point's wording may start in lower case)."""
    return text[:1].upper() + text[1:] if text else text


def _dates(opens: dt.date, closes: dt.date | None) -> str:
    if closes is None:
        return f"åbnet {day_text(opens)}"
    if closes == opens:
        return day_text(opens)
    if opens.year == closes.year:
        return f"{opens.day}. {month_name(opens.month)} – {day_text(closes)}"
    return f"{day_text(opens)} – {day_text(closes)}"


def _round_name(r: RoundPart) -> str:
    """"Førmåling ved projektstart (førmåling)"; the kind only when the title does not say it already."""
    title = _clean(r.title)
    kind = r.kind_label.lower()
    return title if kind in title.lower() else f"{title} ({kind})"


def _answers_text(n: int) -> str:
    return f"{n} svar"  # the same in singular and plural


def _participation_text(p: Participation) -> str:
    return f"{p.answered} af {p.asked} ({percent_da(p.rate)})" if p.asked else "ingen spurgt"


def _num(text: str, st: ParagraphStyle | None = None):
    return pdf.para(text, st or _styles().num)


def _note_cell(hidden: str | None, answers: int | None = None):
    return pdf.para(hidden_note(hidden, answers), _styles().cell_note)


def _keep(*flowables) -> KeepTogether:
    return KeepTogether([f for f in flowables if f is not None])


# A chart is one drawing, and a drawing cannot break over pages: many groups make
# several charts, each at most about two thirds of a page high (the overall in the first).
_CHART_HEIGHT = 150 * mm
_ROW_MAX = 3 * 8 * 1.2 + 6  # a label of three lines and the gap under it


def _rows_per_chart(bars_per_row: int = 1, bar_height: float = 14.0) -> int:
    return max(4, int(_CHART_HEIGHT // max(_ROW_MAX, bars_per_row * bar_height + 7)))


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


# --------------------------------------------------------------------------- title page


def _cover(doc: EvaluationReport) -> list:
    s, st = pdf.styles(), _styles()
    out: list = [pdf.para(TITLE, st.cover_title)]
    tank = _clean(doc.think_tank)
    if tank:
        out.extend(text_flowables(tank, st.cover_sub))
    rounds = [pdf.para(f"{_round_name(r)}, {_dates(r.opens_on, r.closes_on)}", s.body) for r in doc.rounds]
    rows: list[tuple[str, object]] = [
        ("Tænketank", text_flowables(tank, s.body) or "–"),
        ("Periode", f"{day_text(doc.period_start)} – {day_text(doc.period_end)}"),
        ("Evalueringsrunder" if len(rounds) != 1 else "Evalueringsrunde", rounds or "Ingen"),
        ("Resultater fra", f"{_clean(doc.basis.title)} ({_answers_text(doc.basis.overall.answered)} af "
                           f"{doc.basis.overall.asked} spurgte)"),
    ]
    if doc.generated_at is not None:
        rows.append(("Udarbejdet", day_text(doc.generated_at.date())))
    out.append(pdf.info_table(rows, label_width=42 * mm))
    out.append(pdf.spacer(6))
    out.append(pdf.para(
        "Rapporten samler medlemmernes selvevaluering: hvor mange der svarede, hvor enige de er i projektets "
        "tre succeskriterier, hvor meget deres egen vurdering af deres viden er steget (vidensløft), og hvilke "
        "fremmere og barrierer for at sprede viden de og grupperne har peget på.", st.intro))
    out.append(pdf.para(
        f"Ingen medlemmer nævnes. En gruppe med færre end {doc.min_answers} svar vises uden tal "
        f"(»{NOTE_TOO_FEW}«), og fritekst vises aldrig for den enkelte gruppe.", st.intro))
    out.extend(_summary(doc))
    return out


def _summary(doc: EvaluationReport) -> list:
    st = _styles()
    out: list = [pdf.para("Hovedresultater", pdf.styles().heading2)]
    w = pdf.CONTENT_WIDTH
    rows = []
    for stmt in doc.statements:
        f = stmt.overall
        if f.hidden:
            rows.append([stmt.short, _note_cell(f.hidden, f.answers), "", ""])
        else:
            rows.append([stmt.short, _num(percent_da(f.agree_share)), _num(number_da(f.mean)),
                         _num(str(f.answers))])
    out.append(pdf.data_table(
        ["Succeskriterium", _num("Enige (4-5)", st.num_head), _num("Gennemsnit", st.num_head),
         _num("Svar", st.num_head)],
        rows, [w - 3 * 28 * mm, 28 * mm, 28 * mm, 28 * mm],
        style_commands=_span_notes(rows),
    ))
    out.append(pdf.para(f"{_clean(doc.basis.title)}, alle grupper. Skala 1-5; enige er dem, der svarede "
                        f"{doc.agree_from} eller 5.", st.small))
    if doc.gain is not None and doc.gain.items:
        rows = []
        for item in doc.gain.items:
            g = item.overall
            if g.hidden:
                rows.append([item.short, _note_cell(g.hidden, g.pairs if g.answers is None else g.answers), "", "", ""])
            else:
                rows.append([item.short, _num(number_da(g.baseline_mean)), _num(number_da(g.end_mean)),
                             _num(signed_da(g.gain)), _num(percent_da(g.improved_share))])
        out.append(pdf.spacer(3))
        out.append(pdf.data_table(
            ["Vidensløft", _num("Før", st.num_head), _num("Efter", st.num_head), _num("Ændring", st.num_head),
             _num("Steget for", st.num_head)],
            rows, [w - 4 * 24 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm],
            style_commands=_span_notes(rows),
        ))
        pairs = doc.gain.items[0].overall.pairs
        out.append(pdf.para(f"Egen vurdering af viden (1-5), gennemsnit for de {pairs} medlemmer, der svarede både "
                            f"ved {_clean(doc.gain.baseline_title)} og {_clean(doc.gain.end_title)}.", st.small))
    return out


def _span_notes(rows: list[list]) -> list[tuple]:
    """A note ("for få svar") in a row's second cell spans the figure columns."""
    commands = []
    for i, row in enumerate(rows, start=1):
        if len(row) > 2 and all(c == "" for c in row[2:]):
            commands.append(("SPAN", (1, i), (-1, i)))
    return commands


# --------------------------------------------------------------------------- participation


def _participation(doc: EvaluationReport) -> list:
    s, st = pdf.styles(), _styles()
    out: list = [pdf.para("Deltagelse", st.section)]
    out.append(pdf.para(
        "Hvor mange medlemmer hver runde spurgte, og hvor mange der svarede. Et medlem, der ikke ønskede at svare, "
        "tæller med blandt de spurgte. Deltagelsen vises for alle grupper, også de små: den siger ikke noget om, "
        "hvad nogen har svaret.", st.intro))
    names = _group_names(doc)
    label_w = 52 * mm
    col_w = (pdf.CONTENT_WIDTH - label_w) / max(1, len(doc.rounds))
    header = ["Gruppe"] + [[pdf.para(_clean(r.title), s.cell_head),
                            pdf.para(f"{r.kind_label}, {_dates(r.opens_on, r.closes_on)}", s.cell_small)]
                           for r in doc.rounds]

    def cell(p: Participation | None):
        if p is None:
            return pdf.para("ikke spurgt", s.cell_small)
        parts = [pdf.para(_participation_text(p), s.cell)]
        if p.declined:
            parts.append(pdf.para(f"{p.declined} ønskede ikke at svare", s.cell_small))
        return parts

    rows = [[pdf.para(OVERALL, s.cell_bold)] + [cell(r.overall) for r in doc.rounds]]
    for name in names:
        rows.append([name] + [cell(next((p for p in r.groups if p.group == name), None)) for r in doc.rounds])
    out.append(pdf.data_table(header, rows, [label_w] + [col_w] * len(doc.rounds),
                              style_commands=[("LINEBELOW", (0, 1), (-1, 1), 0.9, pdf.TEXT)]))
    out.append(pdf.para("Svar af spurgte, og svarprocenten i parentes.", st.small))

    bar_height = 7.5 if len(doc.rounds) > 1 else 10
    rates = [{p.group: p.rate for p in r.groups} for r in doc.rounds]
    drawings = []
    for k, chunk in enumerate(_chunks(names, _rows_per_chart(len(doc.rounds), bar_height))):
        categories = ([OVERALL] if k == 0 else []) + chunk
        series = [
            charts.Series(_clean(r.title), ([r.overall.rate] if k == 0 else []) + [by_name.get(n) for n in chunk])
            for r, by_name in zip(doc.rounds, rates)
        ]
        drawings.append(charts.horizontal_bars(
            categories, series, value_max=1.0, ticks=[0, 0.25, 0.5, 0.75, 1.0],
            value_format=percent_da, tick_format=percent_da, bold=[0] if k == 0 else [],
            rule_after=[0] if k == 0 else [], bar_height=bar_height, legend=True,
        ))
    out.append(_keep(pdf.para("Svarprocent pr. gruppe", st.sub), drawings[0]))
    out.extend(drawings[1:])
    return out


def _group_names(doc: EvaluationReport) -> list[str]:
    """Every group in any round, in the rounds' order (the think tank's)."""
    names: list[str] = []
    for r in doc.rounds:
        for p in r.groups:
            if p.group not in names:
                names.append(p.group)
    return names


# --------------------------------------------------------------------------- the success statements


def _statement_row(f: Figures, label: str, *, bold: bool = False, rule_after: bool = False) -> charts.StackedRow:
    if f.hidden or not f.counts or not sum(f.counts):
        return charts.StackedRow(label, None, ("–", "–", "–"), note=hidden_note(f.hidden, f.answers), bold=bold,
                                 rule_after=rule_after)
    return charts.StackedRow(
        label, f.counts, (str(f.answers), number_da(f.mean), percent_da(f.agree_share)), bold=bold,
        rule_after=rule_after,
    )


def statement_charts(stmt: Statement, scale: tuple[str, ...], agree_from: int = 4) -> list:
    """The statement's answers overall and per group as 100 % bars, with answers, mean and share agreeing
    (one drawing, or more for many groups)."""
    rows = [_statement_row(f, f.group) for f in stmt.groups]
    chunks = _chunks(rows, _rows_per_chart())
    chunks[0] = [_statement_row(stmt.overall, OVERALL, bold=True, rule_after=True), *chunks[0]]
    return [charts.stacked_bars(c, scale, columns=("Svar", "Gns.", f"Enige ({agree_from}-5)")) for c in chunks]


def _statements(doc: EvaluationReport) -> list:
    st = _styles()
    out: list = [pdf.para("De tre succeskriterier", st.section)]
    out.append(pdf.para(
        f"Projektet er lykkedes, når medlemmerne efter forløbet erklærer sig enige i tre udsagn. Svarene er fra "
        f"{_round_name(doc.basis)} ({_dates(doc.basis.opens_on, doc.basis.closes_on)}). "
        f"Søjlerne viser, hvordan svarene fordeler sig fra 1 ({doc.agreement_scale[0].lower()}) til 5 "
        f"({doc.agreement_scale[-1].lower()}); til højre antal svar, gennemsnit og andelen, der er enige "
        f"({doc.agree_from} eller 5).", st.intro))
    for n, stmt in enumerate(doc.statements, start=1):
        first, *more = statement_charts(stmt, doc.agreement_scale, doc.agree_from)
        out.append(_keep(
            pdf.para(f"{n}. {_clean(stmt.short)}", st.sub),
            pdf.para(f"»{_clean(stmt.text)}«", st.quote),
            first,
            pdf.spacer(4) if not more else None,
        ))
        out.extend(more)
        if more:
            out.append(pdf.spacer(4))
    return out


# --------------------------------------------------------------------------- knowledge gain


def gain_charts(item: GainItem, baseline: str, end: str) -> list:
    """Baseline and end means overall and per group, as pairs of bars on the 1-5 scale, and beside them how
    many answered both times, the mean change and the share whose rating rose (one drawing, or more)."""
    chunks = _chunks(list(item.groups), _rows_per_chart(2, 7.5))
    drawings = []
    for k, chunk in enumerate(chunks):
        rows = ([item.overall] if k == 0 else []) + chunk
        notes = {i: hidden_note(g.hidden, g.pairs if g.answers is None else g.answers)
                 for i, g in enumerate(rows) if g.hidden or g.baseline_mean is None}
        series = [
            charts.Series(f"Før: {_clean(baseline)}", [g.baseline_mean for g in rows]),
            charts.Series(f"Efter: {_clean(end)}", [g.end_mean for g in rows]),
        ]
        figures = [
            (str(g.pairs), "–", "–") if i in notes
            else (str(g.pairs), signed_da(g.gain), percent_da(g.improved_share))
            for i, g in enumerate(rows)
        ]
        drawings.append(charts.horizontal_bars(
            ([OVERALL] if k == 0 else []) + [g.group for g in chunk], series, value_max=5, ticks=[0, 1, 2, 3, 4, 5],
            notes=notes, bold=[0] if k == 0 else [], rule_after=[0] if k == 0 else [], bar_height=7.5, legend=True,
            columns=("Begge gange", "Ændring", "Steget for"), column_values=figures,
        ))
    return drawings


def _gain(doc: EvaluationReport) -> list:
    st = _styles()
    out: list = [pdf.para("Vidensløft", st.section)]
    if doc.gain is None or not doc.gain.items:
        out.append(pdf.para(
            "Vidensløftet kræver både en førmåling og en slutevaluering med de samme spørgsmål om egen viden. "
            "Det kan vises, når begge runder har svar.", st.intro))
        return out
    gain = doc.gain
    first = gain.items[0]
    out.append(pdf.para(
        f"Medlemmerne vurderede selv deres viden fra 1 ({doc.knowledge_scale[0].lower()}) til 5 "
        f"({doc.knowledge_scale[-1].lower()}) ved {_clean(gain.baseline_title)} og igen ved "
        f"{_clean(gain.end_title)}. Kun de {first.overall.pairs} medlemmer, der svarede begge gange, tæller med; "
        "ændringen er gennemsnittet af hvert medlems ændring. Ingen enkeltpersoners svar kan ses.", st.intro))
    out.append(pdf.para(
        "Søjlerne viser gennemsnittet før og efter. Til højre: hvor mange i gruppen der svarede begge gange, den "
        "gennemsnitlige ændring (slut minus før; et plus betyder, at vurderingen er steget) og andelen, hvis "
        "vurdering steg.", st.intro))
    for item in gain.items:
        first, *more = gain_charts(item, gain.baseline_title, gain.end_title)
        out.append(_keep(
            pdf.para(_clean(item.short), st.sub),
            pdf.para(f"»{_clean(item.text)}«", st.quote),
            first,
            pdf.spacer(3) if not more else None,
        ))
        out.extend(more)
        if more:
            out.append(pdf.spacer(3))
    return out


# --------------------------------------------------------------------------- learning points


def _points_table(points: tuple[LearningLine, ...], total_groups: int, first_head: str):
    s, st = pdf.styles(), _styles()
    w = pdf.CONTENT_WIDTH
    widths = [w - 34 * mm - 18 * mm - 31 * mm, 34 * mm, 18 * mm, 31 * mm]
    header = [first_head, "Grupper", _num("Svar", st.num_head), _num("Vidensbidrag", st.num_head)]
    rows = [
        [pdf.para(_first_capital(_clean(p.text)), s.cell), charts.count_boxes(p.groups, total_groups),
         _num(str(p.evaluations)), _num(str(p.contributions))]
        for p in points
    ]
    return pdf.data_table(header, rows, widths)


def _learning(doc: EvaluationReport) -> list:
    st = _styles()
    out: list = [CondPageBreak(70 * mm), pdf.para("Læringspunkter", st.section)]
    out.append(pdf.para(
        "De væsentligste fremmere og barrierer for at sprede viden om brugerinddragelse i kommunale og regionale "
        "sundhedsinstitutioner, fra to kilder side om side: medlemmernes fritekstsvar i selvevalueringerne og "
        "gruppernes vidensbidrag af slagsen fremmer eller barriere. Punkter, der siger det samme, er samlet. "
        "Først de punkter, som flest grupper har rejst.", st.intro))
    for title, points, head in (("Fremmere", doc.promoters, "Fremmer"), ("Barrierer", doc.barriers, "Barriere")):
        out.append(pdf.para(f"{title} ({len(points)})", st.sub))
        if points:
            out.append(_points_table(points, doc.group_count, head))
        else:
            out.append(pdf.para(f"Ingen {title.lower()} er nævnt endnu.", st.intro))
        out.append(pdf.spacer(2))
    out.append(pdf.para(
        f"Grupper: hvor mange af de {doc.group_count} grupper der har rejst punktet, i en selvevaluering eller som "
        "vidensbidrag. Svar: hvor mange selvevalueringssvar der nævner det. Vidensbidrag: hvor mange vidensbidrag "
        "der gør. Teksten vises, som den oftest er skrevet, uden hvem eller hvilken gruppe der skrev den.",
        st.small))
    return out


# --------------------------------------------------------------------------- method


def _method(doc: EvaluationReport) -> list:
    st = _styles()
    agree = ", ".join(f"{n} = {pdf.markup(w.lower())}" for n, w in enumerate(doc.agreement_scale, start=1))
    know = ", ".join(f"{n} = {pdf.markup(w.lower())}" for n, w in enumerate(doc.knowledge_scale, start=1))
    paragraphs = [
        f"<b>Skala.</b> Udsagnene besvares fra 1 til 5 ({agree}). Andelen enige er dem, der svarede "
        f"{doc.agree_from} eller 5, af dem, der besvarede udsagnet. Egen viden vurderes fra 1 til 5 ({know}). "
        "Gennemsnit er med én decimal.",
        f"<b>Færre end {doc.min_answers} svar.</b> En gruppe med færre end {doc.min_answers} svar i en runde vises "
        f"uden tal og uden fritekst (»{NOTE_TOO_FEW}«), så ingen kan genkendes på sine svar; det samme gælder et "
        f"spørgsmål, som færre end {doc.min_answers} har besvaret. Tallene for alle grupper tæller alle svar med. "
        "For at de små gruppers tal ikke kan regnes ud som forskellen mellem alle grupper og de viste, skjules "
        "også den eller de mindste af de øvrige grupper, indtil de skjulte svar er mindst "
        f"{doc.min_answers} tilsammen. Hvor mange der blev spurgt og svarede, vises for alle grupper.",
        "<b>Parring.</b> Vidensløftet sammenligner hvert medlems svar ved førmålingen med det samme medlems svar "
        "ved slutevalueringen; kun medlemmer, der svarede begge gange, tæller med, i den gruppe de svarede for ved "
        "slutevalueringen. Parringen sker kun i beregningen: rapporten viser antal og gennemsnit, aldrig et "
        f"medlem. Også her gælder grænsen på {doc.min_answers}.",
        "<b>Spurgt og svaret.</b> En runde spørger medlemmerne i sine grupper, som var med, da runden åbnede. "
        "Et medlem, der ikke ønskede at svare, tæller som spurgt, men ikke som svar.",
        "<b>Læringspunkter.</b> Fritekstsvar deles i punkter (én linje eller ét semikolon pr. punkt). Punkter, der "
        "kun adskiller sig ved store og små bogstaver, tegnsætning og stavemåden af æ, ø og å, regnes som det "
        "samme. "
        "Vidensbidrag tælles én gang, også når de er slået sammen.",
    ]
    out: list = [CondPageBreak(60 * mm), pdf.para("Metode", st.section)]
    out.extend(Paragraph(p, st.intro) for p in paragraphs)  # the code's own markup; the scale's words escaped
    return out


# --------------------------------------------------------------------------- the document


def report_story(doc: EvaluationReport) -> list:
    """The flowables of the report (without page header and footer)."""
    story = _cover(doc)
    story.append(PageBreak())
    story.extend(_participation(doc))
    story.append(CondPageBreak(120 * mm))  # a section starts on a new page unless most of one is left
    story.extend(_statements(doc))
    story.append(CondPageBreak(120 * mm))
    story.extend(_gain(doc))
    story.append(pdf.spacer(4))
    story.extend(_learning(doc))
    story.append(pdf.spacer(4))
    story.extend(_method(doc))
    return story


def write_evaluation_pdf(doc: EvaluationReport, path: Path | str) -> Path:
    """Write the report of *doc* as an A4 PDF to *path* (atomically, 0600); returns *path*."""
    return pdf.build_pdf(
        Path(path),
        report_story(doc),
        think_tank=_clean(doc.think_tank),
        title=TITLE,
        header_right=HEADER,
        generated_at=doc.generated_at,
        subject=f"{TITLE}: {_clean(doc.basis.title)}",
    )
