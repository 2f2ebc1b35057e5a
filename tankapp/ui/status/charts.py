"""Small charts for the Status section, drawn with QPainter (QtCharts is not available).

Each chart takes plain figures (``set_data``), sizes itself from the font (so a
larger system font makes it larger), draws its text in the palette's colours
(light and dark) and says what it shows in words as its tooltip and accessible
description: nothing is told by colour alone.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tankapp.ui.status.words import number, translate

BLUE = QColor("#1a5fa8")
GREEN = QColor("#2e7d32")
RED = QColor("#b00020")
AMBER = QColor("#b86e00")
GREY = QColor("#7a7a7a")


def _band(color: QColor) -> QColor:
    c = QColor(color)
    c.setAlpha(48)
    return c


class Chart(QWidget):
    """Common ground: fixed height from the font, the palette's text colours, a description."""

    rows = 8  # height in lines of text

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 18)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fontMetrics().horizontalAdvance("M") * 30, self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.minimumWidth(), self._height())

    def _height(self) -> int:
        return int(self.fontMetrics().height() * self.rows + 8)

    def _resize(self) -> None:
        self.setFixedHeight(self._height())
        self.updateGeometry()
        self.update()

    def describe(self, text: str) -> None:
        self.setToolTip(text)
        self.setAccessibleDescription(text)

    def text_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def faint_color(self) -> QColor:
        c = QColor(self.text_color())
        c.setAlpha(110)
        return c

    def painter(self) -> QPainter:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self.font())
        return p

    def _text(self, p: QPainter, rect: QRectF, flags, text: str, color: QColor | None = None) -> None:
        p.setPen(color or self.text_color())
        p.drawText(rect, int(flags), text)


# ---------------------------------------------------------------- meetings over time


class MeetingsChart(Chart):
    """Meetings held so far (a line, month by month) against the plan's even pace to the target,
    with the meetings planned ahead as a dashed continuation and today marked."""

    rows = 10

    def __init__(self, parent=None):
        super().__init__(parent)
        self._months: list[dt.date] = []
        self._held: list[int] = []
        self._planned: list[int] = []
        self._target = 0
        self._start = self._end = self._today = dt.date.today()
        self.setObjectName("chart-meetings")

    def set_data(self, months: Sequence[dt.date], held: Sequence[int], planned: Sequence[int], target: int,
                 start: dt.date, end: dt.date, today: dt.date) -> None:
        self._months, self._held, self._planned = list(months), list(held), list(planned)
        self._target, self._start, self._end, self._today = target, start, end, today
        done = sum(held)
        ahead = sum(n for m, n in zip(months, planned))
        self.describe(
            translate("Status", "Meetings held over time: %1 of %2 held, %3 planned. The dashed grey line is the even pace "
               "to the target; the blue line the meetings held, dashed where planned.")
            .replace("%1", number(done)).replace("%2", number(target)).replace("%3", number(ahead))
        )
        self.update()

    def _x(self, day: dt.date, left: float, width: float) -> float:
        total = max((self._end - self._start).days + 1, 1)
        return left + width * min(max((day - self._start).days, 0), total) / total

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        if not self._months:
            return
        p = self.painter()
        fm = p.fontMetrics()
        lh = fm.height()
        done = sum(self._held)
        top_value = max(self._target, done + sum(self._planned), 1)
        y_label_w = fm.horizontalAdvance(number(top_value)) + 6
        left, right = y_label_w + 4, self.width() - 8
        legend = self._legend_rows(fm, left, right)
        top, bottom = lh * (len(legend) + 0.6), self.height() - lh - 6
        width, height = max(right - left, 10), max(bottom - top, 10)

        def y(value: float) -> float:
            return bottom - height * value / (top_value * 1.08)

        # Axes and the target.
        p.setPen(QPen(self.faint_color(), 1))
        p.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        p.drawLine(QPointF(left, top), QPointF(left, bottom))
        self._text(p, QRectF(0, y(0) - lh / 2, y_label_w, lh), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "0")
        self._text(p, QRectF(0, y(self._target) - lh / 2, y_label_w, lh),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number(self._target))
        pen = QPen(GREY, 1, Qt.PenStyle.DotLine)
        p.setPen(pen)
        p.drawLine(QPointF(left, y(self._target)), QPointF(right, y(self._target)))

        # The even pace: from nothing at the start to the target at the end.
        pen = QPen(GREY, 2, Qt.PenStyle.DashLine)
        p.setPen(pen)
        end_x = self._x(self._end + dt.timedelta(days=1), left, width)
        p.drawLine(QPointF(left, y(0)), QPointF(end_x, y(self._target)))

        # Month labels, as many as fit.
        label_w = max(fm.horizontalAdvance(self._month_label(m)) for m in self._months) + 8
        month_w = width / max(len(self._months), 1)
        step = max(1, math.ceil(label_w / max(month_w, 1)))
        for i, m in enumerate(self._months):
            x = self._x(m, left, width)
            p.setPen(QPen(self.faint_color(), 1))
            p.drawLine(QPointF(x, bottom), QPointF(x, bottom + 3))
            if i % step == 0:
                self._text(p, QRectF(x, bottom + 2, month_w * step, lh), Qt.AlignmentFlag.AlignLeft, self._month_label(m))

        # Held, month by month, up to today.
        today = min(max(self._today, self._start), self._end + dt.timedelta(days=1))
        path = QPainterPath(QPointF(left, y(0)))
        running = 0
        for m, n in zip(self._months, self._held):
            if m > today:
                break
            month_end = min((m.replace(day=28) + dt.timedelta(days=4)).replace(day=1), today)
            running += n
            path.lineTo(QPointF(self._x(month_end, left, width), y(running)))
        p.setPen(QPen(BLUE, 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)

        # Planned ahead, dashed.
        tx = self._x(today, left, width)
        ahead = QPainterPath(QPointF(tx, y(running)))
        total = running
        for m, n in zip(self._months, self._planned):  # planned from today on
            month_end = (m.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            if month_end <= today:
                continue
            total += n
            ahead.lineTo(QPointF(self._x(month_end, left, width), y(total)))
        if total > running:
            p.setPen(QPen(BLUE, 2, Qt.PenStyle.DashLine))
            p.drawPath(ahead)

        # Today.
        p.setPen(QPen(self.faint_color(), 1, Qt.PenStyle.DashDotLine))
        p.drawLine(QPointF(tx, top), QPointF(tx, bottom))
        p.setPen(QPen(BLUE, 1))
        p.setBrush(BLUE)
        p.drawEllipse(QPointF(tx, y(running)), 3.5, 3.5)

        # Legend.
        for row, items in enumerate(legend):
            for x, label, color, style in items:
                y0 = row * lh
                p.setPen(QPen(color, 2, style))
                p.drawLine(QPointF(x, y0 + lh * 0.55), QPointF(x + 18, y0 + lh * 0.55))
                w = fm.horizontalAdvance(label)
                self._text(p, QRectF(x + 22, y0, w + 2, lh), Qt.AlignmentFlag.AlignVCenter, label)
        p.end()

    def _legend_rows(self, fm: QFontMetrics, left: float, right: float) -> list[list[tuple]]:
        """The legend's items placed on as many lines as the width needs."""
        rows: list[list[tuple]] = [[]]
        x = left
        for label, color, style in (
            (translate("Status", "Held"), BLUE, Qt.PenStyle.SolidLine),
            (translate("Status", "Planned"), BLUE, Qt.PenStyle.DashLine),
            (translate("Status", "Even pace to the target"), GREY, Qt.PenStyle.DashLine),
            (translate("Status", "Today"), self.faint_color(), Qt.PenStyle.DashDotLine),
        ):
            w = 22 + fm.horizontalAdvance(label) + 14
            if rows[-1] and x + w - 14 > right:
                rows.append([])
                x = left
            rows[-1].append((x, label, color, style))
            x += w
        return rows

    def _height(self) -> int:
        fm = self.fontMetrics()
        lines = len(self._legend_rows(fm, 40, max(self.width(), 200) - 8))
        return int(fm.height() * (self.rows + lines - 1) + 8)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.height() != self._height():
            self.setFixedHeight(self._height())

    @staticmethod
    def _month_label(m: dt.date) -> str:
        from PySide6.QtCore import QLocale

        return QLocale().monthName(m.month, QLocale.FormatType.ShortFormat).rstrip(".") + (
            f" {m.year % 100:02d}" if m.month == 1 else "")


# ---------------------------------------------------------------- horizontal bars against a band


class GroupSizeChart(Chart):
    """Members per group as bars, each against its target size (the shaded band)."""

    MAX_ROWS = 12

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[str, int, int, int]] = []  # name, members, min, max
        self._more = 0
        self.setObjectName("chart-groups")

    def set_data(self, rows: Sequence[tuple[str, int, int, int]]) -> None:
        rows = list(rows)
        shown = rows
        if len(rows) > self.MAX_ROWS:  # more groups than fit: those outside their size first, in their order
            outside = [i for i, (_n, k, lo, hi) in enumerate(rows) if not lo <= k <= hi]
            out = set(outside)
            inside = [i for i in range(len(rows)) if i not in out]
            keep = sorted((outside + inside)[: self.MAX_ROWS])
            shown = [rows[i] for i in keep]
        self._rows, self._more = shown, len(rows) - len(shown)
        self.rows = len(self._rows) * 1.35 + 1.6 + (1 if self._more else 0)
        parts = [
            translate("Status", "%1: %2 members (target %3-%4)").replace("%1", n).replace("%2", number(k))
            .replace("%3", number(lo)).replace("%4", number(hi))
            for n, k, lo, hi in rows
        ]
        self.describe(translate("Status", "Members per group against the target size:") + "\n" + "\n".join(parts))
        self._resize()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        if not self._rows:
            return
        p = self.painter()
        fm = p.fontMetrics()
        lh = fm.height()
        row_h = lh * 1.35
        label_w = min(max(fm.horizontalAdvance(n) for n, *_ in self._rows) + 14, self.width() * 0.45)
        value_w = max(fm.horizontalAdvance(self._value_text(k, lo, hi)) for _n, k, lo, hi in self._rows) + 8
        left, right = label_w, self.width() - value_w
        scale_max = max(max(max(hi, k) for _n, k, _lo, hi in self._rows) * 1.1, 1)
        width = max(right - left, 10)

        def x(v: float) -> float:
            return left + width * v / scale_max

        for i, (name, k, lo, hi) in enumerate(self._rows):
            top = i * row_h
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(_band(GREEN))
            p.drawRect(QRectF(x(lo), top + 1, x(hi) - x(lo), row_h - 2))
            color = GREEN if lo <= k <= hi else RED
            p.setBrush(color)
            p.drawRect(QRectF(left, top + row_h * 0.22, x(k) - left, row_h * 0.56))
            elided = fm.elidedText(name, Qt.TextElideMode.ElideRight, int(label_w - 8))
            self._text(p, QRectF(0, top, label_w - 4, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided)
            self._text(p, QRectF(x(k) + 4, top, self.width() - x(k) - 4, row_h), Qt.AlignmentFlag.AlignVCenter,
                       self._value_text(k, lo, hi), None if lo <= k <= hi else RED)
        base = len(self._rows) * row_h
        if self._more:
            self._text(p, QRectF(left, base, width, lh), Qt.AlignmentFlag.AlignLeft,
                       translate("Status", "… and %1 more").replace("%1", number(self._more)))
            base += lh
        # The band's legend.
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_band(GREEN))
        p.drawRect(QRectF(left, base + lh * 0.35, 16, lh * 0.6))
        self._text(p, QRectF(left + 22, base + 2, width, lh * 1.2), Qt.AlignmentFlag.AlignVCenter, translate("Status", "Target size"))
        p.end()

    @staticmethod
    def _value_text(k: int, lo: int, hi: int) -> str:
        if k < lo:
            return number(k) + " – " + translate("Status", "too few")
        if k > hi:
            return number(k) + " – " + translate("Status", "too many")
        return number(k)


# ---------------------------------------------------------------- attendance distribution


class AttendanceChart(Chart):
    """How many members attended 0, 1, 2, ... meetings, with the commitment (2-4) as a band."""

    rows = 9

    def __init__(self, parent=None):
        super().__init__(parent)
        self._counts: list[int] = []
        self._min = self._max = self._last = 0
        self.setObjectName("chart-attendance")

    MAX_BARS = 12

    def set_data(self, distribution: Sequence[int], minimum: int, maximum: int) -> None:
        counts = list(distribution)
        if len(counts) > self.MAX_BARS:  # a commitment of many meetings: the tail in one bar
            counts = counts[: self.MAX_BARS - 1] + [sum(counts[self.MAX_BARS - 1:])]
        self._counts, self._min, self._max = counts, minimum, maximum
        self._last = len(distribution) - 1 if len(counts) == len(distribution) else self.MAX_BARS - 1
        parts = [
            translate("Status", "%1 meetings: %2 members").replace("%1", self._label(i)).replace("%2", number(n))
            for i, n in enumerate(self._counts)
        ]
        self.describe(
            translate("Status", "Members by meetings attended, against the commitment of %1-%2 meetings:")
            .replace("%1", number(minimum)).replace("%2", number(maximum)) + "\n" + "\n".join(parts)
        )
        self.update()

    def _label(self, i: int) -> str:
        return number(i) if i < len(self._counts) - 1 else number(self._last) + "+"

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        if not self._counts:
            return
        p = self.painter()
        fm = p.fontMetrics()
        lh = fm.height()
        top, bottom = lh * 1.4, self.height() - lh * 2.4
        left, right = 8, self.width() - 8
        n = len(self._counts)
        slot = (right - left) / n
        peak = max(max(self._counts), 1)
        # The commitment band behind its buckets.
        lo, hi = min(self._min, n - 1), min(self._max, n - 1)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_band(GREEN))
        p.drawRect(QRectF(left + lo * slot, top - lh * 0.2, (hi - lo + 1) * slot, bottom - top + lh * 0.2))
        for i, count in enumerate(self._counts):
            x = left + i * slot
            h = (bottom - top - lh) * count / peak
            color = AMBER if i < self._min else GREEN if i <= self._max else BLUE
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRect(QRectF(x + slot * 0.2, bottom - h, slot * 0.6, h))
            self._text(p, QRectF(x, bottom - h - lh, slot, lh), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                       number(count))
            self._text(p, QRectF(x, bottom + 2, slot, lh), Qt.AlignmentFlag.AlignHCenter, self._label(i))
        p.setPen(QPen(self.faint_color(), 1))
        p.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        self._text(p, QRectF(left, bottom + lh + 4, right - left, lh), Qt.AlignmentFlag.AlignHCenter,
                   translate("Status", "Meetings attended"))
        band = translate("Status", "Commitment: %1-%2 meetings").replace("%1", number(self._min)).replace("%2", number(self._max))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_band(GREEN))
        p.drawRect(QRectF(left, lh * 0.25, 16, lh * 0.6))
        self._text(p, QRectF(left + 22, 0, right - left - 22, lh * 1.1),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, band)
        p.end()


# ---------------------------------------------------------------- simple labelled bars


class BarsChart(Chart):
    """Horizontal bars with a label and a value each; an optional target mark (a share, 0-1).

    With ``labels_above`` each label has a line of its own above its bar (for long labels).
    """

    def __init__(self, parent=None, *, share: bool = False, labels_above: bool = False, name: str = "chart-bars"):
        super().__init__(parent)
        self._rows: list[tuple[str, float | None, str]] = []  # label, value (None: no figure), value text
        self._share = share
        self._above = labels_above
        self._target: float | None = None
        self._target_label = ""
        self.setObjectName(name)

    def set_data(self, rows: Sequence[tuple[str, float | None, str]], *, target: float | None = None,
                 target_label: str = "", description: str = "") -> None:
        self._rows, self._target, self._target_label = list(rows), target, target_label
        per_row = 2.4 if self._above else 1.4
        self.rows = len(self._rows) * per_row + (1.4 if target is not None else 0.2)
        lines = [f"{label}: {text}" for label, _v, text in self._rows]
        self.describe((description + "\n" if description else "") + "\n".join(lines))
        self._resize()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        if not self._rows:
            return
        p = self.painter()
        fm = p.fontMetrics()
        lh = fm.height()
        bar_h = lh * 1.4
        row_h = bar_h + (lh if self._above else 0)
        if self._above:
            label_w = 0.0
        else:
            label_w = min(max(fm.horizontalAdvance(label) for label, *_ in self._rows) + 16, self.width() * 0.45)
        value_w = max(fm.horizontalAdvance(text) for *_, text in self._rows) + 10
        left, right = label_w, self.width() - value_w
        width = max(right - left, 10)
        top_value = 1.0 if self._share else max([v for _l, v, _t in self._rows if v is not None] + [1])
        for i, (label, value, text) in enumerate(self._rows):
            top = i * row_h
            if self._above:
                elided = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(self.width()))
                self._text(p, QRectF(0, top, self.width(), lh), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           elided)
                top += lh
            else:
                elided = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8))
                self._text(p, QRectF(0, top, label_w - 6, bar_h),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(_band(GREY))
            p.drawRect(QRectF(left, top + bar_h * 0.2, width, bar_h * 0.6))
            if value is not None:
                below = self._target is not None and value < self._target
                p.setBrush(AMBER if below else BLUE)
                end = left + width * min(value / top_value, 1.0)
                p.drawRect(QRectF(left, top + bar_h * 0.2, end - left, bar_h * 0.6))
            self._text(p, QRectF(right + 6, top, value_w, bar_h), Qt.AlignmentFlag.AlignVCenter, text)
        if self._target is not None:
            tx = left + width * self._target / top_value
            bottom = len(self._rows) * row_h
            p.setPen(QPen(self.text_color(), 1.5, Qt.PenStyle.DashLine))
            for i in range(len(self._rows)):
                top = i * row_h + (lh if self._above else 0)
                p.drawLine(QPointF(tx, top), QPointF(tx, top + bar_h))
            w = fm.horizontalAdvance(self._target_label) + 8
            x = min(max(tx - w / 2, 0), self.width() - w)
            self._text(p, QRectF(x, bottom, w, lh * 1.3), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                       self._target_label)
        p.end()


# ---------------------------------------------------------------- the framework matrix


class MatrixChart(Chart):
    """Kinds of involvement (rows) against the three criteria (columns): a count in each cell,
    shaded by how many; an empty cell says 0 in the warning colour."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[str] = []
        self._columns: list[str] = []
        self._counts: list[list[int]] = []
        self.setObjectName("chart-matrix")

    def set_data(self, rows: Sequence[str], columns: Sequence[str], counts: Sequence[Sequence[int]]) -> None:
        self._rows, self._columns, self._counts = list(rows), list(columns), [list(r) for r in counts]
        self.rows = (len(self._rows) + 1) * 1.5 + 0.2
        lines = [
            f"{r}: " + ", ".join(f"{c} {number(n)}" for c, n in zip(self._columns, row))
            for r, row in zip(self._rows, self._counts)
        ]
        self.describe(translate("Status", "Contributions in the framework:") + "\n" + "\n".join(lines))
        self._resize()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        if not self._rows:
            return
        p = self.painter()
        fm = p.fontMetrics()
        lh = fm.height()
        row_h = lh * 1.5
        label_w = min(max(fm.horizontalAdvance(r) for r in self._rows) + 16, self.width() * 0.42)
        col_w = (self.width() - label_w) / max(len(self._columns), 1)
        peak = max([n for row in self._counts for n in row] + [1])
        for j, c in enumerate(self._columns):
            elided = fm.elidedText(c, Qt.TextElideMode.ElideRight, int(col_w - 4))
            self._text(p, QRectF(label_w + j * col_w, 0, col_w, row_h), Qt.AlignmentFlag.AlignCenter, elided)
        for i, (r, row) in enumerate(zip(self._rows, self._counts)):
            top = (i + 1) * row_h
            elided = fm.elidedText(r, Qt.TextElideMode.ElideRight, int(label_w - 8))
            self._text(p, QRectF(0, top, label_w - 6, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided)
            for j, n in enumerate(row):
                cell = QRectF(label_w + j * col_w + 2, top + 2, col_w - 4, row_h - 4)
                fill = QColor(BLUE)
                fill.setAlpha(int(30 + 170 * n / peak) if n else 0)
                p.setPen(QPen(self.faint_color(), 1))
                p.setBrush(fill)
                p.drawRect(cell)
                strong = n and n / peak > 0.55
                self._text(p, cell, Qt.AlignmentFlag.AlignCenter, number(n),
                           QColor("white") if strong else (RED if not n else None))
        p.end()

