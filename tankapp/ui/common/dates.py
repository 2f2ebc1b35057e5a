"""The one date field of the app: typed the Danish way, a calendar on Alt+Down, errors beneath.

Every date the user enters goes through :class:`DateField`. What is typed is read by
:func:`tankapp.domain.dates.parse_danish_date` ("3.2.2027", "03-02-2027", "3/2 2027", "3/2-27",
"2027-02-03", "3. feb 2027" and "3/2" all mean 3 February 2027); when the field is left,
the text is rewritten as the date it was read as (03.02.2027), so a misreading shows at once.
A date that cannot be read, or lies outside the dates allowed, is never guessed or clamped:
the field says so beneath itself and :meth:`DateField.value` is None until it is put right.

Keys in the field: Up / Down move a day, Alt+Down or F4 opens the calendar (Enter or a click
picks a day, Escape closes it).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.danish import short_date
from tankapp.domain.dates import parse_danish_date
from tankapp.ui.common.widgets import ErrorLabel

#: The earliest and latest dates any field takes unless told otherwise: a year typed as
#: "0227" or "2207" is a slip of the finger, not a date in a think tank's life.
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)
_SHOWN_TEXT_MAX = 40  # what an error message quotes of the typed text


def today() -> dt.date:
    """Today, for dates typed without a year (a function, so tests can fix the day)."""
    return dt.date.today()


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> dt.date:
    return dt.date(d.year(), d.month(), d.day())


class _DateLineEdit(QLineEdit):
    """The text part: Up / Down step a day, Alt+Down and F4 ask for the calendar."""

    step = Signal(int)
    calendar_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier):
            self.calendar_requested.emit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods & ~Qt.KeyboardModifier.KeypadModifier:
            self.step.emit(1 if key == Qt.Key.Key_Up else -1)
            return
        super().keyPressEvent(event)


class _CalendarPopup(QWidget):
    """A month calendar under the field; Enter or a click picks, Escape closes."""

    picked = Signal(object)  # dt.date

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def _pick(self, qdate: QDate) -> None:
        self.close()
        self.picked.emit(_pydate(qdate))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date typed the Danish way, with a calendar and its own error line beneath it.

    ``value()`` is the date (None while the text is empty, unreadable or outside the allowed
    dates); ``changed`` is emitted whenever that value changes, also while typing.
    ``error_label`` is where this field's problems are shown, those it finds itself and
    those a dialog puts there (``set_error``); :func:`tankapp.ui.common.widgets.with_error`
    hands it out instead of adding a second one.
    """

    changed = Signal()
    #: QDateEdit's signal, for code written against it: the new date (an invalid QDate for none).
    dateChanged = Signal(QDate)  # noqa: N815

    def __init__(
        self,
        value: dt.date | None = None,
        parent: QWidget | None = None,
        *,
        required: bool = True,
        minimum: dt.date | None = None,
        maximum: dt.date | None = None,
    ):
        super().__init__(parent)
        self._required = required
        self._minimum = minimum or EARLIEST
        self._maximum = maximum or LATEST
        self._range_text: str | None = None
        self._popup: _CalendarPopup | None = None

        self.edit = _DateLineEdit()
        self.edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.edit.setToolTip(
            self.tr("Type the date, e.g. 3.2.2027, 3/2-27 or 2027-02-03. Up and Down move a day; Alt+Down opens the calendar.")
        )
        self.edit.setMaxLength(60)
        fm = self.edit.fontMetrics()
        self.edit.setFixedWidth(max(fm.horizontalAdvance("00.00.00000"), fm.horizontalAdvance(self.edit.placeholderText() + "0")) + 16)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down from the field; Tab goes on to the next field
        self.button.setToolTip(self.tr("Choose in a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Calendar"))
        self.error_label = ErrorLabel()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.setFocusProxy(self.edit)

        self._value: dt.date | None = None
        if value is not None:
            self.set_value(value)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self.settle)
        self.edit.step.connect(self._step)
        self.edit.calendar_requested.connect(self.open_calendar)
        self.button.clicked.connect(self.open_calendar)

    # ------------------------------------------------------------------ the value
    def value(self) -> dt.date | None:
        """The date typed, or None (empty, unreadable, or outside the allowed dates)."""
        return self._value

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value`` (None empties the field); a date outside the range is shown with its error."""
        self.edit.setText("" if value is None else short_date(value))
        if value is None:
            self.error_label.set_error(None)
        else:
            self.settle()

    def date(self) -> QDate:
        """QDateEdit's way: the date as a QDate, invalid when there is none."""
        return QDate() if self._value is None else _qdate(self._value)

    def setDate(self, qdate: QDate) -> None:  # noqa: N802 (QDateEdit's name)
        self.set_value(_pydate(qdate) if qdate.isValid() else None)

    def text(self) -> str:
        return self.edit.text()

    def setDateRange(self, minimum: dt.date | None, maximum: dt.date | None, message: str | None = None) -> None:  # noqa: N802 (Qt's name)
        """The dates allowed (None: no limit beyond the app's own). ``message`` words a date outside,
        with %1 the date typed, %2 the first and %3 the last allowed (the default names them)."""
        self._minimum = minimum or EARLIEST
        self._maximum = maximum or LATEST
        self._range_text = message
        self._text_changed(self.edit.text())
        if self.edit.text().strip():
            self.settle()

    def minimum(self) -> dt.date:
        return self._minimum

    def maximum(self) -> dt.date:
        return self._maximum

    # ------------------------------------------------------------------ reading what is typed
    def _read(self) -> tuple[dt.date | None, str | None]:
        """(date, None), or (None, what is wrong) for the text in the field."""
        text = self.edit.text().strip()
        if not text:
            return None, (self.tr("Type a date, e.g. 3.2.2027.") if self._required else None)
        date = parse_danish_date(text, today())
        if date is None:
            shown = text if len(text) <= _SHOWN_TEXT_MAX else text[: _SHOWN_TEXT_MAX - 1] + "…"
            return None, self.tr("“%1” is not a date. Type it like 3.2.2027.").replace("%1", shown)
        if not self._minimum <= date <= self._maximum:
            template = self._range_text or self.tr("%1 cannot be chosen here: the date must be from %2 to %3.")
            return None, (
                template.replace("%1", short_date(date))
                .replace("%2", short_date(self._minimum))
                .replace("%3", short_date(self._maximum))
            )
        return date, None

    def _text_changed(self, _text: str) -> None:
        date, problem = self._read()
        if problem is None:  # an earlier complaint is settled as soon as the text is right
            self.error_label.set_error(None)
        self._set(date)

    def _set(self, date: dt.date | None) -> None:
        if date != self._value:
            self._value = date
            self.changed.emit()
            self.dateChanged.emit(self.date())

    def settle(self) -> bool:
        """Settle the text: rewrite a readable date as 03.02.2027, or say beneath what is wrong.

        True when the field holds an acceptable value (a date in range, or empty when allowed).
        """
        date, problem = self._read()
        if date is not None and self.edit.text() != short_date(date):
            self.edit.setText(short_date(date))  # shows how it was read ("3/2" -> "03.02.2027")
        self.error_label.set_error(problem)
        self._set(date)
        return problem is None

    def problem(self) -> str | None:
        """What is wrong with the text now (None when nothing is)."""
        return self._read()[1]

    def set_error(self, text: str | None) -> None:
        """Show a problem found elsewhere (a service's check) beneath the field."""
        self.error_label.set_error(text)

    # ------------------------------------------------------------------ keys and calendar
    def _step(self, days: int) -> None:
        start = self._value or min(max(today(), self._minimum), self._maximum)
        new = start + dt.timedelta(days=days) if self._value else start
        if self._minimum <= new <= self._maximum:
            self.set_value(new)
            self.edit.selectAll()

    def open_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        cal = self._popup.calendar
        cal.setDateRange(_qdate(self._minimum), _qdate(self._maximum))
        shown = self._value or min(max(today(), self._minimum), self._maximum)
        cal.setSelectedDate(_qdate(shown))
        self._popup.adjustSize()
        where = self.edit.mapToGlobal(QPoint(0, self.edit.height()))
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:  # keep it on the screen the field is on
            area = screen.availableGeometry()
            size = self._popup.sizeHint()
            if where.y() + size.height() > area.bottom():
                where.setY(self.edit.mapToGlobal(QPoint(0, 0)).y() - size.height())
            where.setX(max(area.left(), min(where.x(), area.right() - size.width())))
            where.setY(max(area.top(), where.y()))
        self._popup.move(where)
        self._popup.show()
        cal.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, date: dt.date) -> None:
        self.set_value(date)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
