"""Setting up a think tank: on first start (or the demo, in a file of its own), and for File > New database…"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from tankapp.domain.enums import DEFAULT_GROUPS
from tankapp.services import thinktank
from tankapp.services.errors import ServiceError, ValidationError
from tankapp.ui.common import texts
from tankapp.ui.common.dates import DateField
from tankapp.ui.common.widgets import ErrorLabel, with_error
from tankapp.ui.ops import Operations

SetUp = Callable[[thinktank.ThinkTankInput], object]


class SetupDialog(QDialog):
    """Creates the think tank and its six groups, or opens the demo think tank.

    ``set_up(data)`` makes the think tank (and its database file, if need be) and
    returns what the caller opens; given an :class:`Operations`, the think tank is
    set up in that database. ``demo()``, when given, opens the demo in its own
    file: the database the dialog was opened for is never touched by the demo.
    After ``exec()``: ``opened`` is what ``set_up`` or ``demo`` returned, and
    ``used_demo`` says which.
    """

    def __init__(self, set_up: Operations | SetUp, demo: Callable[[], object] | None = None, parent=None,
                 *, file_name: str | None = None):
        super().__init__(parent)
        if isinstance(set_up, Operations):
            ops = set_up
            set_up = lambda data: ops.thinktank.set_up(data) or ops  # noqa: E731
        self._set_up = set_up
        self._demo = demo
        self.opened: object | None = None
        self.used_demo = False
        new_file = file_name is not None
        self.setWindowTitle(self.tr("New database") if new_file else self.tr("Welcome to tankapp"))
        self.setMinimumWidth(560)

        if new_file:
            intro_text = self.tr(
                "The new database %1 holds a think tank of its own. The six expert groups are created for you "
                "and can be renamed later."
            ).replace("%1", file_name)
        else:
            intro_text = self.tr(
                "Set up your think tank to begin. The six expert groups are created for you "
                "and can be renamed later. Or open the demo think tank to look around first."
            )
        self.intro = intro = QLabel(intro_text)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        own = QGroupBox(self.tr("Set up your own think tank"))
        self.name = QLineEdit(thinktank.DEFAULT_NAME)
        self.name.setMaxLength(thinktank.NAME_MAX)
        self.start = DateField(dt.date.today())  # typed the Danish way; says beneath what is wrong
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setValue(thinktank.DEFAULT_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        self.end_label = QLabel()
        self.meetings = QSpinBox()
        self.meetings.setRange(1, thinktank.MEETING_TARGET_MAX)
        self.meetings.setValue(thinktank.DEFAULT_MEETING_TARGET)
        groups = QLabel(", ".join(name for name, _kind in DEFAULT_GROUPS))
        groups.setWordWrap(True)
        form = QFormLayout(own)
        name_box, self.name_error = with_error(self.name)
        start_box, self.start_error = with_error(self.start)
        end_box, self.end_error = with_error(self.end_label)
        meetings_box, self.meetings_error = with_error(self.meetings)
        form.addRow(self.tr("Name:"), name_box)
        form.addRow(self.tr("Project starts:"), start_box)
        form.addRow(self.tr("Length:"), self.months)
        form.addRow(self.tr("Project ends:"), end_box)
        form.addRow(self.tr("Meeting target:"), meetings_box)
        form.addRow(self.tr("Expert groups:"), groups)
        self.create_button = QPushButton(self.tr("Set up think tank"))
        self.create_button.setDefault(True)
        self.error = ErrorLabel()  # a problem of no one field (a full disk)
        form.addRow("", self.create_button)
        form.addRow("", self.error)
        self._errors = {
            "name": self.name_error,
            "period_start": self.start_error,
            "period_end": self.end_error,
            "meeting_target": self.meetings_error,
        }

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(own)

        self.demo_button = QPushButton(self.tr("Open the demo think tank"))
        self.demo_error = ErrorLabel()
        if demo is not None:
            box = QGroupBox(self.tr("Try it first"))
            demo_layout = QVBoxLayout(box)
            demo_text = QLabel(
                self.tr(
                    "A fictional think tank with six groups, members and meetings, to try everything safely. "
                    "It is kept in a file of its own, apart from your think tank: the window's title says "
                    "“Demo” while it is open."
                )
            )
            demo_text.setWordWrap(True)
            demo_layout.addWidget(demo_text)
            demo_layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
            demo_layout.addWidget(self.demo_error)
            layout.addWidget(box)
            self.demo_button.clicked.connect(self.create_demo)
        else:
            self.demo_button.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)  # room to spare goes under the form, not between the intro's lines
        layout.addWidget(buttons)

        self.start.dateChanged.connect(self._update_end)
        self.months.valueChanged.connect(self._update_end)
        self.create_button.clicked.connect(self.create)
        self._update_end()
        self.name.setFocus()

    def _start_date(self) -> dt.date | None:
        return self.start.value()  # None while what is typed is not a date

    def _update_end(self) -> None:
        start = self._start_date()
        end = None if start is None else thinktank.default_period_end(start, self.months.value())
        self.end_label.setText(texts.format_date(end, long=True) if end else "–")

    def input(self) -> thinktank.ThinkTankInput:
        start = self._start_date()
        return thinktank.ThinkTankInput(
            name=self.name.text(),
            period_start=start,
            period_end=None if start is None else thinktank.default_period_end(start, self.months.value()),
            meeting_target=self.meetings.value(),
        )

    def show_problems(self, problems) -> None:
        """Each problem beside its field; one of no field under the button."""
        shown = {}
        for p in problems:
            key = p.field if p.field in self._errors else ""
            shown.setdefault(key, texts.problem_text(p))
        for key, label in self._errors.items():
            label.set_error(shown.get(key))
        self.error.set_error(shown.get(""))

    def create(self) -> None:
        if not self.start.settle():  # the date field says beneath it what is wrong with the text
            self.start.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        data = self.input()
        problems = thinktank.validate_think_tank(data)
        self.show_problems(problems)
        if problems:
            return
        try:
            with _WaitCursor():
                self.opened = self._set_up(data)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except ServiceError as exc:  # the file cannot be made here, the disk is full, …
            self.show_problems([])
            self.error.set_error(Operations.message(exc))
            return
        self.accept()

    def create_demo(self) -> None:
        if self._demo is None:
            return
        try:
            with _WaitCursor():
                self.opened = self._demo()
        except ServiceError as exc:  # open in another window, a damaged demo file, a full disk
            self.demo_error.set_error(Operations.message(exc))
            return
        self.used_demo = True
        self.accept()


class _WaitCursor:
    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QGuiApplication.restoreOverrideCursor()
