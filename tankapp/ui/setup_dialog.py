"""First start: set up your own think tank, or open the demo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from tankapp.domain.enums import DEFAULT_GROUPS
from tankapp.services import thinktank
from tankapp.services.errors import ValidationError
from tankapp.ui.ops import Operations
from tankapp.ui.common import texts
from tankapp.ui.common.widgets import with_error


class SetupDialog(QDialog):
    """Creates the think tank and its six groups, or the demo think tank."""

    def __init__(self, ops: Operations, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.used_demo = False
        self.setWindowTitle(self.tr("Welcome to tankapp"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Set up your think tank to begin. The six expert groups are created for you "
                "and can be renamed later. Or open the demo think tank to look around first."
            )
        )
        intro.setWordWrap(True)

        own = QGroupBox(self.tr("Set up your own think tank"))
        self.name = QLineEdit(thinktank.DEFAULT_NAME)
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd.MM.yyyy")
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setValue(thinktank.DEFAULT_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        self.end_label = QLabel()
        self.meetings = QSpinBox()
        self.meetings.setRange(1, 1000)
        self.meetings.setValue(thinktank.DEFAULT_MEETING_TARGET)
        groups = QLabel(", ".join(name for name, _kind in DEFAULT_GROUPS))
        groups.setWordWrap(True)
        form = QFormLayout(own)
        name_box, self.name_error = with_error(self.name)
        form.addRow(self.tr("Name:"), name_box)
        form.addRow(self.tr("Project starts:"), self.start)
        form.addRow(self.tr("Length:"), self.months)
        form.addRow(self.tr("Project ends:"), self.end_label)
        form.addRow(self.tr("Meeting target:"), self.meetings)
        form.addRow(self.tr("Expert groups:"), groups)
        self.create_button = QPushButton(self.tr("Set up think tank"))
        self.create_button.setDefault(True)
        form.addRow("", self.create_button)

        demo = QGroupBox(self.tr("Try it first"))
        demo_layout = QVBoxLayout(demo)
        demo_text = QLabel(
            self.tr("A fictional think tank with six groups, members and meetings, to try everything safely.")
        )
        demo_text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Open the demo think tank"))
        demo_layout.addWidget(demo_text)
        demo_layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(own)
        layout.addWidget(demo)
        layout.addWidget(buttons)

        self.start.dateChanged.connect(self._update_end)
        self.months.valueChanged.connect(self._update_end)
        self.create_button.clicked.connect(self.create)
        self.demo_button.clicked.connect(self.create_demo)
        self._update_end()
        self.name.setFocus()

    def _start_date(self) -> dt.date:
        d = self.start.date()
        return dt.date(d.year(), d.month(), d.day())

    def _update_end(self) -> None:
        end = thinktank.default_period_end(self._start_date(), self.months.value())
        self.end_label.setText(texts.format_date(end, long=True))

    def create(self) -> None:
        start = self._start_date()
        data = thinktank.ThinkTankInput(
            name=self.name.text(),
            period_start=start,
            period_end=thinktank.default_period_end(start, self.months.value()),
            meeting_target=self.meetings.value(),
        )
        try:
            self.ops.thinktank.set_up(data)
        except ValidationError as exc:
            self.name_error.set_error(texts.problem_text(exc.problems[0]))
            return
        self.accept()

    def create_demo(self) -> None:
        self.ops.thinktank.create_demo()
        self.used_demo = True
        self.accept()
