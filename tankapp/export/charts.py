"""Charts for the reports, drawn with reportlab's own graphics (:mod:`reportlab.graphics`).

Pure: plain numbers and Danish labels in, a :class:`~reportlab.graphics.shapes.Drawing`
out. A drawing is a flowable: put it in a story like a paragraph (keep it with its
heading in a ``KeepTogether``). No database, no Qt.

The charts:

* :func:`horizontal_bars`: one row per category (a group's name reads best on the
  left), one bar per series in each row, the value written at the end of each bar,
  optionally over a target range drawn as a band (a group's 10-20 members);
* :func:`vertical_bars`: one slot per category along the bottom (labels wrapped, a
  long word hyphenated), optionally a dashed target line;
* :func:`stacked_bars`: a 100 % bar per row split into the points of a 1-5 scale,
  the share written inside each piece that has room, figures in columns at the
  right ("Svar", "Gns.", ...);
* :func:`line_chart`: values over time (months, meetings, ...) against a dashed
  target line;
* :func:`count_boxes`: "3 of 6" as six small boxes, three filled: for a table cell.

Every chart follows the same rules:

* numbers the Danish way: a decimal comma, a thousands point, a space before the
  per cent sign (:func:`number_da`, :func:`percent_da`, :func:`signed_da`);
* black lines and text on greys a black-and-white printer keeps apart: series
  are told apart by their grey and outline, lines by their marker and dash, and
  each series is named in a legend over the chart;
* a category that has no figures to show (too few answers, hidden) gets a
  note in italics in place of its bars (``notes``), never an empty gap that
  reads as zero;
* labels never overlap: long ones wrap (at most a few lines, then "…"), x labels
  that would crowd are thinned out, and values that do not fit inside a bar
  piece are left to the columns beside it;
* text is DejaVu Sans (the documents' font), so æøå and names in any script
  print; user text is drawn as it is (a chart has no markup to escape), minus
  what no PDF can print.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from tankapp.export import pdf

__all__ = [
    "MINUS",
    "Series",
    "StackedRow",
    "count_boxes",
    "grey_fills",
    "horizontal_bars",
    "line_chart",
    "nice_ticks",
    "number_da",
    "percent_da",
    "signed_da",
    "stacked_bars",
    "vertical_bars",
    "wrap_label",
]

MINUS = "\u2212"  # the minus sign (a hyphen is too short beside a "+")

FONT, FONT_BOLD, FONT_ITALIC = pdf.FONT, pdf.FONT_BOLD, pdf.FONT_ITALIC
TEXT = colors.black
MUTED = colors.Color(0.33, 0.33, 0.33)
GRIDLINE = colors.Color(0.8, 0.8, 0.8)
BAND_FILL = colors.Color(0.9, 0.9, 0.9)  # a target range behind bars (lighter than any bar's grey)
AXIS = colors.Color(0.25, 0.25, 0.25)

LABEL_SIZE = 8  # category labels, legend
SMALL_SIZE = 7  # tick labels, values in bars
LEADING = 1.2  # line height as a multiple of the font size

# Greys from light to dark, far enough apart to tell in print (luminance ~ 0.93 .. 0.15).
_GREY_STEPS = {
    1: (0.35,),
    2: (0.8, 0.3),
    3: (0.88, 0.6, 0.25),
    4: (0.92, 0.7, 0.46, 0.2),
    5: (0.94, 0.78, 0.58, 0.36, 0.15),
}


# --------------------------------------------------------------------------- numbers


def number_da(value: float | int | None, decimals: int = 1) -> str:
    """``3,4`` / ``1.234`` / ``12.345,6``: a decimal comma and a thousands point; None is "–"."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    text = f"{abs(value):,.{max(0, decimals)}f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    # no "−0,0": a value that rounds to zero has no sign
    negative = value < 0 and any(c not in "0,." for c in text)
    return (MINUS if negative else "") + text


def signed_da(value: float | None, decimals: int = 1) -> str:
    """``+0,8`` / ``−0,3`` / ``0,0``: a change, always with its sign."""
    text = number_da(value, decimals)
    if value is None or text.startswith(MINUS) or not any(c not in "0,." for c in text):
        return text
    return "+" + text


def percent_da(share: float | None, decimals: int = 0) -> str:
    """A share 0-1 as ``57 %`` (the Danish way: a space before the sign); None is "–"."""
    if share is None:
        return "–"
    return f"{number_da(share * 100, decimals)}\u00a0%"


def nice_ticks(low: float, high: float, max_ticks: int = 6, *, integer: bool = False) -> list[float]:
    """Round tick values covering *low*..*high* (steps of 1, 2, 2.5 or 5 times a power of ten)."""
    if not (math.isfinite(low) and math.isfinite(high)):
        low, high = 0.0, 1.0
    if high <= low:
        high = low + 1
    raw = (high - low) / max(1, max_ticks - 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    steps = (1, 2, 5, 10) if integer else (1, 2, 2.5, 5, 10)
    step = next(m * magnitude for m in steps if m * magnitude >= raw - 1e-12)
    if integer:
        step = max(1.0, round(step))
    first = math.floor(low / step + 1e-9) * step
    last = math.ceil(high / step - 1e-9) * step
    count = int(round((last - first) / step))
    return [round(first + i * step, 10) for i in range(count + 1)]


def _tick_decimals(ticks: Sequence[float]) -> int:
    return 0 if all(abs(t - round(t)) < 1e-9 for t in ticks) else 1


def grey_fills(n: int) -> list[colors.Color]:
    """*n* greys from light to dark that stay apart in black-and-white print (n up to 5; more repeat)."""
    if n <= 0:
        return []
    steps = _GREY_STEPS[min(n, 5)]
    return [colors.Color(steps[i % len(steps)], steps[i % len(steps)], steps[i % len(steps)]) for i in range(n)]


def _text_on(fill: colors.Color) -> colors.Color:
    """Black on a light fill, white on a dark one."""
    r, g, b = fill.red, fill.green, fill.blue
    return colors.white if 0.3 * r + 0.59 * g + 0.11 * b < 0.5 else TEXT


# --------------------------------------------------------------------------- labels


_clean = pdf.one_line  # one line of user text: printable, white space collapsed


def _width(text: str, font: str = FONT, size: float = LABEL_SIZE) -> float:
    return stringWidth(text, font, size)


def _cut(text: str, font: str, size: float, width: float) -> str:
    """*text* cut with "…" to fit *width*."""
    if _width(text, font, size) <= width:
        return text
    while text and _width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than *width* in pieces that fit, each but the last ending in "-"."""
    pieces = []
    while _width(word, font, size) > width and len(word) > 1:
        n = len(word) - 1
        while n > 1 and _width(word[:n] + "-", font, size) > width:
            n -= 1
        pieces.append(word[:n] + "-")
        word = word[n:]
    pieces.append(word)
    return pieces


def wrap_label(
    text: object, width: float, *, font: str = FONT, size: float = LABEL_SIZE, max_lines: int = 2
) -> list[str]:
    """*text* as at most *max_lines* lines no wider than *width*; a too long word is hyphenated,
    and what does not fit in the last line ends in "…"."""
    words = _clean(text).split()
    if not words:
        return [""]
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if _width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        pieces = _break_word(word, font, size, width)
        lines.extend(pieces[:-1])
        current = pieces[-1]
    lines.append(current)
    if len(lines) > max_lines:
        last = lines[max_lines - 1].rstrip("-")
        while last and _width(last + "…", font, size) > width:
            last = last[:-1]
        lines = lines[: max_lines - 1] + [last.rstrip() + "…"]
    return lines


# --------------------------------------------------------------------------- drawing from the top


class _Sketch:
    """Shapes placed by their distance from the top; :meth:`drawing` turns them the right way up."""

    def __init__(self, width: float) -> None:
        self.width = width
        self._ops: list[Callable[[float], object]] = []

    def rect(self, x: float, top: float, w: float, h: float, fill, *, stroke=TEXT, stroke_width: float = 0.5,
             dash=None) -> None:
        self._ops.append(lambda H: Rect(x, H - top - h, max(0.0, w), h, fillColor=fill, strokeColor=stroke,
                                        strokeWidth=stroke_width, strokeDashArray=dash))

    def line(self, x1: float, top1: float, x2: float, top2: float, *, color=AXIS, width: float = 0.5,
             dash=None) -> None:
        self._ops.append(lambda H: Line(x1, H - top1, x2, H - top2, strokeColor=color, strokeWidth=width,
                                        strokeDashArray=dash))

    def polyline(self, points: Sequence[tuple[float, float]], *, color=TEXT, width: float = 1.2, dash=None) -> None:
        pts = list(points)
        self._ops.append(lambda H: PolyLine([c for x, t in pts for c in (x, H - t)], strokeColor=color,
                                            strokeWidth=width, strokeDashArray=dash, strokeLineJoin=1))

    def text(self, x: float, baseline: float, text: str, *, size: float = LABEL_SIZE, font: str = FONT,
             anchor: str = "start", color=TEXT) -> None:
        self._ops.append(lambda H: String(x, H - baseline, text, fontName=font, fontSize=size, fillColor=color,
                                          textAnchor=anchor))

    def vertical_text(self, x: float, baseline: float, text: str, *, size: float = LABEL_SIZE, font: str = FONT_ITALIC,
                      color=MUTED) -> None:
        """Text read from bottom to top, starting at (*x*, *baseline*)."""
        def make(H: float) -> Group:
            g = Group(String(0, 0, text, fontName=font, fontSize=size, fillColor=color))
            g.transform = (0, 1, -1, 0, x, H - baseline)
            return g
        self._ops.append(make)

    def marker(self, kind: int, x: float, top: float, *, size: float = 3.2, fill=TEXT) -> None:
        """One of four markers (filled circle, open square, filled triangle, open diamond) by *kind*."""
        k = kind % 4

        def make(H: float):
            y = H - top
            if k == 0:
                return Circle(x, y, size * 0.9, fillColor=fill, strokeColor=TEXT, strokeWidth=0.6)
            if k == 1:
                return Rect(x - size * 0.8, y - size * 0.8, size * 1.6, size * 1.6, fillColor=colors.white,
                            strokeColor=TEXT, strokeWidth=0.9)
            if k == 2:
                return Polygon([x - size, y - size * 0.8, x + size, y - size * 0.8, x, y + size],
                               fillColor=fill, strokeColor=TEXT, strokeWidth=0.6)
            return Polygon([x, y - size, x + size, y, x, y + size, x - size, y], fillColor=colors.white,
                           strokeColor=TEXT, strokeWidth=0.9)
        self._ops.append(make)

    def drawing(self, height: float) -> Drawing:
        d = Drawing(self.width, height)
        for op in self._ops:
            d.add(op(height))
        d.hAlign = "LEFT"
        return d


@dataclass(frozen=True)
class _LegendItem:
    label: str
    fill: colors.Color | None = None  # a swatch
    marker: int | None = None  # a line with this marker
    dash: tuple | None = None


def _legend_need(item: _LegendItem, swatch: float, room: float) -> tuple[str, float]:
    label = _cut(_clean(item.label), FONT, LABEL_SIZE, room - swatch * 2.2 - 8)
    return label, (swatch * 2.2 if item.marker is not None or item.dash else swatch) + 4 + _width(label) + 14


def _legend(sk: _Sketch, items: Sequence[_LegendItem], x0: float, top: float, width: float,
            *, fallback_x: float | None = None) -> float:
    """Draw the legend from *top* at *x0* in *width*, wrapping to more lines if needed; returns its height.

    *fallback_x*: if the legend does not fit in one line at *x0* but would from there, it starts there.
    """
    if not items:
        return 0.0
    size = LABEL_SIZE
    line_h = size * 1.7
    swatch = size * 1.1
    total = sum(_legend_need(item, swatch, width)[1] for item in items) - 14
    if fallback_x is not None and total > width and total <= width + (x0 - fallback_x):
        width += x0 - fallback_x
        x0 = fallback_x
    x, row = x0, 0
    for item in items:
        label, need = _legend_need(item, swatch, width)
        if x > x0 and x + need > x0 + width:
            x, row = x0, row + 1
        mid = top + row * line_h + line_h / 2
        if item.marker is not None or item.dash:
            sk.line(x, mid, x + swatch * 2.2, mid, color=TEXT, width=1.2, dash=item.dash)
            if item.marker is not None:
                sk.marker(item.marker, x + swatch * 1.1, mid, fill=item.fill or TEXT)
            x += swatch * 2.2 + 4
        else:
            sk.rect(x, mid - swatch / 2, swatch, swatch, item.fill)
            x += swatch + 4
        sk.text(x, mid + size * 0.35, label, size=size)
        x += _width(label) + 14
    return (row + 1) * line_h


# --------------------------------------------------------------------------- horizontal bars


@dataclass(frozen=True)
class Series:
    """A named row of values, one per category (None: no value there)."""

    name: str
    values: Sequence[float | None]
    fill: colors.Color | None = None  # None: the chart's own grey


def horizontal_bars(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    width: float = pdf.CONTENT_WIDTH,
    value_min: float = 0.0,
    value_max: float | None = None,
    ticks: Sequence[float] | None = None,
    value_format: Callable[[float], str] = number_da,
    tick_format: Callable[[float], str] | None = None,
    notes: Mapping[int, str] | None = None,
    bold: Sequence[int] = (),
    rule_after: Sequence[int] = (),
    bar_height: float = 8.0,
    label_width: float | None = None,
    axis_title: str = "",
    legend: bool | None = None,
    columns: Sequence[str] = (),
    column_values: Sequence[Sequence[str]] = (),
    ranges: Mapping[int, tuple[float, float]] | None = None,
    range_label: str = "",
) -> Drawing:
    """One row per category, one bar per series in it, each bar's value at its end.

    *notes*: category index -> a text shown in place of that row's bars ("for få
    svar"). *bold*: rows whose label is bold (the overall). *rule_after*: rows
    followed by a thin rule. The legend (series names) shows when there is more
    than one series, or when *legend* says so. *columns*: headers of figure
    columns at the right, *column_values*: their texts per category.
    *ranges*: category index -> (low, high), a light band with dashed ends behind
    that row's bars (a target size such as 10-20), named *range_label* in the legend.
    """
    pdf.register_fonts()
    notes = dict(notes or {})
    cats = [_clean(c) for c in categories]
    heads = [_clean(c) for c in columns]
    col_w = []
    for k, head in enumerate(heads):
        texts = [_clean(row[k]) for row in column_values if k < len(row)]
        col_w.append(max([_width(head, FONT_BOLD, SMALL_SIZE)] + [_width(t, FONT_BOLD) for t in texts]) + 12)
    fills = [s.fill or f for s, f in zip(series, grey_fills(len(series)))]
    values = [v for s in series for v in s.values if v is not None]
    top_value = max([value_min, *values]) if value_max is None else value_max
    if ticks is None:
        ticks = nice_ticks(value_min, top_value if top_value > value_min else value_min + 1)
    ticks = list(ticks)
    lo, hi = min(ticks[0], value_min), max(ticks[-1], top_value)
    tick_format = tick_format or (lambda t: number_da(t, _tick_decimals(ticks)))

    widest = max([_width(c, FONT_BOLD if i in bold else FONT) for i, c in enumerate(cats)] or [0])
    label_w = label_width if label_width is not None else min(widest + 8, width * 0.32)
    value_room = max([_width(value_format(v), FONT, SMALL_SIZE) for v in values]
                     + [_width(tick_format(ticks[-1]), FONT, SMALL_SIZE) / 2 - 4]) + 6
    plot_x = label_w
    plot_w = max(40.0, width - label_w - value_room - sum(col_w))
    cols_x = width - sum(col_w)

    def x_of(v: float) -> float:
        return plot_x + (min(max(v, lo), hi) - lo) / (hi - lo) * plot_w

    ranges = dict(ranges or {})
    band_label = _clean(range_label)
    sk = _Sketch(width)
    top = 0.0
    named = bool(legend or (legend is None and len(series) > 1))
    if named or (ranges and band_label):
        items = [_LegendItem(s.name, f) for s, f in zip(series, fills)] if named else []
        if ranges and band_label:
            items.append(_LegendItem(band_label, BAND_FILL))
        top += _legend(sk, items, plot_x, 0, width - plot_x, fallback_x=0) + 4
    if axis_title:
        sk.text(plot_x, top + LABEL_SIZE, _cut(_clean(axis_title), FONT, LABEL_SIZE, width - plot_x), color=MUTED)
        top += LABEL_SIZE * 1.6
    if heads:
        x = cols_x
        for head, w in zip(heads, col_w):
            sk.text(x + w, top + SMALL_SIZE, head, size=SMALL_SIZE, font=FONT_BOLD, anchor="end")
            x += w
        top += SMALL_SIZE + 5

    gap = max(6.0, bar_height * 0.9)
    rows_top = top
    blocks: list[tuple[float, float, list[str]]] = []  # measured first: the grid goes under every row
    for i, cat in enumerate(cats):
        lines = wrap_label(cat, label_w - 6, font=FONT_BOLD if i in bold else FONT, max_lines=3)
        block = max(len(series) * bar_height, len(lines) * LABEL_SIZE * LEADING) + gap
        blocks.append((top, block, lines))
        top += block
    bottom = top
    for t in ticks:
        sk.line(x_of(t), rows_top, x_of(t), bottom, color=GRIDLINE, width=0.4)

    # each row in reading order: its label, its bars (or note), its figures
    for i, (block_top, block, lines) in enumerate(blocks):
        font = FONT_BOLD if i in bold else FONT
        mid = block_top + block / 2
        first = mid - (len(lines) - 1) * LABEL_SIZE * LEADING / 2 + LABEL_SIZE * 0.35
        for n, line in enumerate(lines):
            sk.text(0, first + n * LABEL_SIZE * LEADING, line, font=font)
        bars_top = block_top + (block - len(series) * bar_height) / 2
        if i in ranges and i not in notes:
            low, high = ranges[i]
            band_top, band_h = bars_top - 2.5, len(series) * bar_height + 5
            sk.rect(x_of(low), band_top, x_of(high) - x_of(low), band_h, BAND_FILL, stroke=None)
            for edge in (low, high):
                sk.line(x_of(edge), band_top, x_of(edge), band_top + band_h, color=TEXT, width=0.8, dash=(2, 1.5))
        if i in notes:
            sk.text(plot_x + 4, mid + LABEL_SIZE * 0.35, _cut(_clean(notes[i]), FONT_ITALIC, LABEL_SIZE,
                    plot_w + value_room - 8), font=FONT_ITALIC, color=MUTED)
        else:
            for n, (s, fill) in enumerate(zip(series, fills)):
                v = s.values[i] if i < len(s.values) else None
                y = bars_top + n * bar_height
                if v is None:
                    sk.text(plot_x + 3, y + bar_height / 2 + SMALL_SIZE * 0.35, "–", size=SMALL_SIZE, color=MUTED)
                    continue
                sk.rect(plot_x, y, x_of(v) - plot_x, bar_height, fill, stroke_width=0.4)
                if i in ranges:  # the value stays readable over the band's dashed end
                    sk.rect(x_of(v) + 1.5, y + bar_height / 2 - SMALL_SIZE * 0.55,
                            _width(value_format(v), FONT, SMALL_SIZE) + 3, SMALL_SIZE * 1.1, colors.white,
                            stroke=None)
                sk.text(x_of(v) + 3, y + bar_height / 2 + SMALL_SIZE * 0.35, value_format(v), size=SMALL_SIZE)
        x = cols_x
        row = column_values[i] if i < len(column_values) else ()
        for k, w in enumerate(col_w):
            text = _clean(row[k]) if k < len(row) else ""
            sk.text(x + w, mid + LABEL_SIZE * 0.35, _cut(text, font, LABEL_SIZE, w - 4), font=font, anchor="end")
            x += w
        if i in rule_after:
            sk.line(0, block_top + block, width, block_top + block, color=AXIS, width=0.5)
    sk.line(plot_x, rows_top, plot_x, bottom, color=AXIS, width=0.7)
    sk.line(plot_x, bottom, plot_x + plot_w, bottom, color=AXIS, width=0.5)
    for t in ticks:
        sk.line(x_of(t), bottom, x_of(t), bottom + 2.5, color=AXIS, width=0.5)
        sk.text(x_of(t), bottom + 3 + SMALL_SIZE, tick_format(t), size=SMALL_SIZE, anchor="middle", color=MUTED)
    return sk.drawing(bottom + 4 + SMALL_SIZE * 1.4)


# --------------------------------------------------------------------------- vertical bars


def vertical_bars(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    width: float = pdf.CONTENT_WIDTH,
    height: float = 160.0,
    value_max: float | None = None,
    ticks: Sequence[float] | None = None,
    integer: bool = False,
    value_format: Callable[[float], str] | None = None,
    tick_format: Callable[[float], str] | None = None,
    value_labels: bool = True,
    notes: Mapping[int, str] | None = None,
    target: float | None = None,
    target_label: str = "",
    axis_title: str = "",
    legend: bool | None = None,
    max_label_lines: int = 3,
    thin_labels: bool | None = None,
) -> Drawing:
    """One slot per category along the bottom, one bar per series in it.

    *height* is the plot's height (legend, axis title and labels come on top).
    *target*: a dashed line across at that value, named *target_label* at its
    right end. *notes*: category index -> a text written upwards in the slot in
    place of its bars. Value labels go over the bars when they fit the bar's
    width; otherwise they are left out (the axis still reads). Category labels
    wrap to their slot (a long word hyphenated); with *thin_labels* (by default
    when there are more than 12 categories, as months are) a label that would
    not fit on one line shows only every second, third, ... slot instead.
    """
    pdf.register_fonts()
    notes = dict(notes or {})
    cats = [_clean(c) for c in categories]
    fills = [s.fill or f for s, f in zip(series, grey_fills(len(series)))]
    values = [v for s in series for v in s.values if v is not None]
    top_value = max([0.0, *values, *( [target] if target is not None else [])]) if value_max is None else value_max
    ticks = list(ticks) if ticks is not None else nice_ticks(0, top_value if top_value > 0 else 1, integer=integer)
    lo, hi = min(0.0, ticks[0]), max(ticks[-1], top_value)
    decimals = _tick_decimals(ticks)
    tick_format = tick_format or (lambda t: number_da(t, decimals))
    value_format = value_format or (lambda v: number_da(v, 0 if integer else 1))

    axis_w = max([_width(tick_format(t), FONT, SMALL_SIZE) for t in ticks] or [0]) + 6
    target_text = _clean(target_label)
    right_room = (_width(target_text, FONT, SMALL_SIZE) + 6) if target is not None and target_text else 4
    plot_x = axis_w
    plot_w = max(40.0, width - axis_w - right_room)
    n = max(1, len(cats))
    slot = plot_w / n

    sk = _Sketch(width)
    top = 0.0
    if legend or (legend is None and len(series) > 1):
        top += _legend(sk, [_LegendItem(s.name, f) for s, f in zip(series, fills)], plot_x, 0, width - plot_x) + 4
    if axis_title:
        sk.text(0, top + LABEL_SIZE, _cut(_clean(axis_title), FONT, LABEL_SIZE, width), color=MUTED)
        top += LABEL_SIZE * 1.8
    top += SMALL_SIZE * 1.6  # room for the value over the highest bar
    plot_top, plot_bottom = top, top + height

    def y_of(v: float) -> float:
        return plot_bottom - (min(max(v, lo), hi) - lo) / (hi - lo) * height

    for t in ticks:
        sk.line(plot_x, y_of(t), plot_x + plot_w, y_of(t), color=GRIDLINE, width=0.4)
        sk.text(plot_x - 4, y_of(t) + SMALL_SIZE * 0.35, tick_format(t), size=SMALL_SIZE, anchor="end", color=MUTED)
    inner = slot * 0.78
    bar_w = inner / max(1, len(series))
    for i in range(len(cats)):
        x0 = plot_x + i * slot + (slot - inner) / 2
        if i in notes:
            sk.vertical_text(plot_x + i * slot + slot / 2 + LABEL_SIZE * 0.35, plot_bottom - 4,
                             _cut(_clean(notes[i]), FONT_ITALIC, LABEL_SIZE, height - 8))
            continue
        for k, (s, fill) in enumerate(zip(series, fills)):
            v = s.values[i] if i < len(s.values) else None
            if v is None:
                continue
            x = x0 + k * bar_w
            sk.rect(x, y_of(max(v, lo)), bar_w, plot_bottom - y_of(max(v, lo)), fill, stroke_width=0.4)
            label = value_format(v)
            if value_labels and _width(label, FONT, SMALL_SIZE) <= bar_w + 2:
                sk.text(x + bar_w / 2, y_of(max(v, lo)) - 2.5, label, size=SMALL_SIZE, anchor="middle")
    sk.line(plot_x, plot_top - SMALL_SIZE, plot_x, plot_bottom, color=AXIS, width=0.7)
    sk.line(plot_x, plot_bottom, plot_x + plot_w, plot_bottom, color=AXIS, width=0.7)
    if target is not None:
        sk.line(plot_x, y_of(target), plot_x + plot_w, y_of(target), color=TEXT, width=1.1, dash=(4, 2.5))
        if target_text:
            sk.text(plot_x + plot_w + 3, y_of(target) + SMALL_SIZE * 0.35, target_text, size=SMALL_SIZE)
    # category labels, wrapped to the slot; or, for many short ones, every k-th on one line
    size = SMALL_SIZE + 0.5
    every = 1
    if thin_labels or (thin_labels is None and len(cats) > 12):
        widest = max([_width(c, FONT, size) for c in cats] or [0]) + 4
        every = max(1, math.ceil(widest / slot))
    lines_max = 1
    for i, cat in enumerate(cats):
        if i % every:
            continue
        if every > 1 or thin_labels:
            centre = plot_x + i * slot + slot / 2
            lines = [_cut(cat, FONT, size, min(every * slot - 4, 2 * min(centre, width - centre) - 2))]
        else:
            lines = wrap_label(cat, slot - 4, size=size, max_lines=max_label_lines)
        lines_max = max(lines_max, len(lines))
        for k, line in enumerate(lines):
            sk.text(plot_x + i * slot + slot / 2, plot_bottom + 4 + (k + 1) * (SMALL_SIZE + 0.5) * LEADING - 1.5,
                    line, size=SMALL_SIZE + 0.5, anchor="middle")
    return sk.drawing(plot_bottom + 6 + lines_max * (SMALL_SIZE + 0.5) * LEADING)


# --------------------------------------------------------------------------- stacked 100 % bars


@dataclass(frozen=True)
class StackedRow:
    """One 100 % bar: how many chose each point of the scale, and the figures beside it.

    *counts* None (or all zero): no bar, *note* in its place ("for få svar").
    *columns*: the texts of the figure columns at the right, in order.
    """

    label: str
    counts: Sequence[int] | None
    columns: Sequence[str] = ()
    note: str = ""
    bold: bool = False
    rule_after: bool = False


def stacked_bars(
    rows: Sequence[StackedRow],
    segment_names: Sequence[str],
    *,
    columns: Sequence[str] = (),
    width: float = pdf.CONTENT_WIDTH,
    bar_height: float = 14.0,
    label_width: float | None = None,
    min_share_label: float = 0.0,
    numbered: bool = True,
    fills: Sequence[colors.Color] | None = None,
    piece_format: Callable[[int, float], str] | None = None,
) -> Drawing:
    """Rows of 100 % bars split into the scale's points, light (1) to dark (5).

    Each piece shows its share when the text fits inside it. The legend over the
    chart names the points ("1 Helt uenig", ...); *columns* are the headers of
    the figure columns at the right ("Svar", "Gns.", "Enige").

    For pieces that are not a scale (members by state): *numbered* False names
    them without "1", "2", ...; *fills* gives their greys (default light to dark);
    *piece_format(count, share)* is the text in a piece (default the share).
    """
    pdf.register_fonts()
    names = [_clean(n) for n in segment_names]
    fills = list(fills) if fills is not None else grey_fills(len(names))
    heads = [_clean(c) for c in columns]
    col_w = []
    for k, head in enumerate(heads):
        texts = [r.columns[k] for r in rows if k < len(r.columns)]
        col_w.append(max([_width(head, FONT_BOLD, SMALL_SIZE)] + [_width(_clean(t), FONT, LABEL_SIZE) for t in texts])
                     + 12)
    labels = [_clean(r.label) for r in rows]
    widest = max([_width(t, FONT_BOLD if r.bold else FONT) for t, r in zip(labels, rows)] or [0])
    label_w = label_width if label_width is not None else min(widest + 8, width * 0.3)
    bar_x = label_w
    edge = max(6.0, _width(percent_da(1), FONT, SMALL_SIZE) / 2 + 2)  # room for "100 %" under the bar's end
    bar_w = max(60.0, width - label_w - sum(col_w) - edge)
    cols_x = bar_x + bar_w + edge

    sk = _Sketch(width)
    legend_items = [
        _LegendItem(f"{i + 1} {n}" if numbered and not n[:1].isdigit() else n, f)
        for i, (n, f) in enumerate(zip(names, fills))
    ]
    top = _legend(sk, legend_items, bar_x, 0, bar_w + sum(col_w) + 6, fallback_x=0) + 6
    # column headers, right-aligned over their columns
    head_base = top + SMALL_SIZE
    x = cols_x
    for head, w in zip(heads, col_w):
        sk.text(x + w, head_base, head, size=SMALL_SIZE, font=FONT_BOLD, anchor="end")
        x += w
    top = head_base + 5
    rows_top = top
    for r, label in zip(rows, labels):
        font = FONT_BOLD if r.bold else FONT
        lines = wrap_label(label, label_w - 6, font=font, max_lines=3)
        block = max(bar_height, len(lines) * LABEL_SIZE * LEADING) + 6
        mid = top + block / 2
        first = mid - (len(lines) - 1) * LABEL_SIZE * LEADING / 2 + LABEL_SIZE * 0.35
        for n, line in enumerate(lines):
            sk.text(0, first + n * LABEL_SIZE * LEADING, line, font=font)
        counts = list(r.counts) if r.counts is not None else []
        total = sum(counts)
        y = mid - bar_height / 2
        if total > 0:
            x = bar_x
            for c, fill in zip(counts, fills):
                w = bar_w * c / total
                if w <= 0:
                    continue
                sk.rect(x, y, w, bar_height, fill, stroke_width=0.4)
                share = c / total
                text = piece_format(c, share) if piece_format is not None else percent_da(share)
                if share >= min_share_label and _width(text, FONT, SMALL_SIZE) + 4 <= w:
                    sk.text(x + w / 2, mid + SMALL_SIZE * 0.35, text, size=SMALL_SIZE, anchor="middle",
                            color=_text_on(fill))
                x += w
        else:
            sk.rect(bar_x, y, bar_w, bar_height, None, stroke=GRIDLINE, stroke_width=0.6, dash=(2, 2))
            sk.text(bar_x + 6, mid + LABEL_SIZE * 0.35, _cut(_clean(r.note), FONT_ITALIC, LABEL_SIZE, bar_w - 12),
                    font=FONT_ITALIC, color=MUTED)
        x = cols_x
        for k, w in enumerate(col_w):
            text = _clean(r.columns[k]) if k < len(r.columns) else ""
            sk.text(x + w, mid + LABEL_SIZE * 0.35, _cut(text, font, LABEL_SIZE, w - 4), font=font, anchor="end")
            x += w
        top += block
        if r.rule_after:
            sk.line(0, top, width, top, color=AXIS, width=0.5)
    # a scale under the bars: 0, 25, 50, 75, 100 %
    sk.line(bar_x, rows_top, bar_x, top, color=AXIS, width=0.5)
    for q in (0, 0.25, 0.5, 0.75, 1):
        x = bar_x + q * bar_w
        sk.line(x, top, x, top + 2.5, color=AXIS, width=0.5)
        sk.text(x, top + 3 + SMALL_SIZE, percent_da(q), size=SMALL_SIZE, anchor="middle", color=MUTED)
    sk.line(bar_x, top, bar_x + bar_w, top, color=AXIS, width=0.5)
    return sk.drawing(top + 4 + SMALL_SIZE * 1.4)


# --------------------------------------------------------------------------- lines against a target


def line_chart(
    x_labels: Sequence[str],
    series: Sequence[Series],
    *,
    target: Series | None = None,
    width: float = pdf.CONTENT_WIDTH,
    height: float = 150.0,
    value_max: float | None = None,
    integer: bool = False,
    value_format: Callable[[float], str] | None = None,
    label_last: bool = True,
    axis_title: str = "",
) -> Drawing:
    """Values over *x_labels* (months, meetings), each series with its marker, against *target*
    (a dashed line without markers, named in the legend).

    A None value breaks the line (no data there yet). *label_last*: write the last
    value of each series beside its last point. X labels that would crowd are
    thinned out (every second, third, ... label; the first and the last stay when
    there is room).
    """
    pdf.register_fonts()
    labels = [_clean(x) for x in x_labels]
    everything = list(series) + ([target] if target is not None else [])
    values = [v for s in everything for v in s.values if v is not None]
    top_value = max([0.0, *values]) if value_max is None else value_max
    ticks = nice_ticks(0, top_value if top_value > 0 else 1, integer=integer)
    lo, hi = 0.0, max(ticks[-1], top_value)
    decimals = _tick_decimals(ticks)
    value_format = value_format or (lambda v: number_da(v, 0 if integer else 1))
    axis_w = max([_width(number_da(t, decimals), FONT, SMALL_SIZE) for t in ticks] or [0]) + 6
    last_w = max([_width(value_format(v), FONT_BOLD, SMALL_SIZE) for v in values] or [0]) + 8 if label_last else 6
    plot_x = axis_w
    plot_w = max(40.0, width - axis_w - last_w)
    n = len(labels)
    step = plot_w / max(1, n - 1) if n > 1 else 0.0

    def x_of(i: int) -> float:
        return plot_x + (i * step if n > 1 else plot_w / 2)

    sk = _Sketch(width)
    items = [_LegendItem(s.name, marker=k) for k, s in enumerate(series)]
    if target is not None:
        items.append(_LegendItem(target.name, dash=(4, 2.5)))
    top = _legend(sk, items, plot_x, 0, width - plot_x) + 4
    if axis_title:
        sk.text(0, top + LABEL_SIZE, _cut(_clean(axis_title), FONT, LABEL_SIZE, width), color=MUTED)
        top += LABEL_SIZE * 1.8
    top += 4
    plot_top, plot_bottom = top, top + height

    def y_of(v: float) -> float:
        return plot_bottom - (min(max(v, lo), hi) - lo) / (hi - lo) * height

    for t in ticks:
        sk.line(plot_x, y_of(t), plot_x + plot_w, y_of(t), color=GRIDLINE, width=0.4)
        sk.text(plot_x - 4, y_of(t) + SMALL_SIZE * 0.35, number_da(t, decimals), size=SMALL_SIZE, anchor="end",
                color=MUTED)
    sk.line(plot_x, plot_top, plot_x, plot_bottom, color=AXIS, width=0.7)
    sk.line(plot_x, plot_bottom, plot_x + plot_w, plot_bottom, color=AXIS, width=0.7)

    def runs(values: Sequence[float | None]) -> list[list[tuple[float, float]]]:
        out: list[list[tuple[float, float]]] = [[]]
        for i, v in enumerate(values[:n]):
            if v is None:
                if out[-1]:
                    out.append([])
                continue
            out[-1].append((x_of(i), y_of(v)))
        return [r for r in out if r]

    if target is not None:
        for run in runs(target.values):
            sk.polyline(run, color=TEXT, width=1.1, dash=(4, 2.5))
    taken: list[float] = []  # where last-value labels went, so two do not overlap
    for k, s in enumerate(series):
        for run in runs(s.values):
            sk.polyline(run, color=TEXT, width=1.3)
            for x, y in run:
                sk.marker(k, x, y)
        last = next(((i, v) for i, v in reversed(list(enumerate(s.values[:n]))) if v is not None), None)
        if label_last and last is not None:
            y = y_of(last[1]) + SMALL_SIZE * 0.35
            while any(abs(y - t) < SMALL_SIZE + 1 for t in taken):
                y += SMALL_SIZE + 1
            taken.append(y)
            sk.text(x_of(last[0]) + 6, y, value_format(last[1]), size=SMALL_SIZE, font=FONT_BOLD)

    # x labels: as many as fit without touching
    widest = max([_width(t, FONT, SMALL_SIZE) for t in labels] or [0]) + 6
    every = 1 if n <= 1 or step <= 0 else max(1, math.ceil(widest / step))
    shown = set(range(0, n, every))
    if n > 1 and (n - 1) not in shown and (n - 1) * step - max(shown) * step >= widest:
        shown.add(n - 1)
    for i in sorted(shown):
        sk.line(x_of(i), plot_bottom, x_of(i), plot_bottom + 2.5, color=AXIS, width=0.5)
        sk.text(x_of(i), plot_bottom + 3 + SMALL_SIZE, labels[i], size=SMALL_SIZE, anchor="middle")
    return sk.drawing(plot_bottom + 4 + SMALL_SIZE * 1.4)


# --------------------------------------------------------------------------- small things


def count_boxes(count: int, total: int, *, box: float = 6.5, gap: float = 1.6, label: bool = True,
                size: float = 8.5) -> Drawing:
    """*count* of *total* as a row of small boxes, *count* of them filled, and "3 af 6" after them.

    For a table cell ("raised in 3 of 6 groups"): its text sits on the baseline of a
    9-10 point cell's first line. *total* above 12 draws no boxes, only the number.
    """
    pdf.register_fonts()
    count = max(0, count)
    total = max(0, total)
    boxes = total if 0 < total <= 12 else 0
    text = f"{count}" if not total else f"{count} af {total}"
    text_w = _width(text, FONT, size) if label else 0
    width = boxes * (box + gap) + (4 + text_w if label else 0)
    baseline = box + 2.5
    sk = _Sketch(max(width, 1.0))
    for i in range(boxes):
        sk.rect(i * (box + gap), baseline - box, box, box,
                colors.Color(0.2, 0.2, 0.2) if i < count else colors.white, stroke_width=0.5)
    if label:
        sk.text(boxes * (box + gap) + (2 if boxes else 0), baseline, text, size=size)
    return sk.drawing(baseline + 2.5)
