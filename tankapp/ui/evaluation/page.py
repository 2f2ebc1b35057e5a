"""The Evaluering section: the members' self-evaluation, round by round.

On top the round the section is about (a choice list) and what can be done
with it: print the blank forms, open the kiosk screen, export the answers.
Below, four tabs:

* *Rounds*: every round with how many it asks and how many answered, declined
  or have not answered; new (Ctrl+N), edit (Enter), delete (Delete); Ctrl+Z
  undoes.
* *Answers and interviews*: the round's asked members (a filter box that folds
  Danish letters, Ctrl+F) beside the form to type a paper form in by keyboard
  (see :mod:`tankapp.ui.evaluation.entry`: type the name, Enter, a digit per
  question, Enter on the last saves), "declined", and the member's interview
  notes. Every change is saved at once and Ctrl+Z undoes it.
* *Results*: per group and overall (see :mod:`tankapp.ui.evaluation.results`).
* *Learning points*: promoters and barriers side by side.

The page reads and writes through ``ops.evaluation`` and follows the announced
changes (``Kind.EVALUATION``, members, groups).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPalette, QShortcut, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.enums import ResponseChannel, ResponseStatus
from tankapp.services.errors import ServiceError, ValidationError
from tankapp.services.evaluation.responses import ResponseRow, RoundMember
from tankapp.ui.common import texts
from tankapp.ui.common.dates import DateField
from tankapp.ui.common.itemmodels import Column
from tankapp.ui.common.list_page import RowList
from tankapp.ui.common.widgets import ErrorLabel
from tankapp.ui.evaluation.commands import (
    AddNoteCommand,
    CreateRoundCommand,
    DeleteNoteCommand,
    DeleteRoundCommand,
    EditNoteCommand,
    EditRoundCommand,
    SetResponseCommand,
)
from tankapp.ui.evaluation.common import round_label, translate
from tankapp.ui.evaluation.entry import AnswerForm
from tankapp.ui.evaluation.kiosk import LEAVE_KEYS, KioskWindow
from tankapp.ui.evaluation.notes import NoteDialog, NotesPanel
from tankapp.ui.evaluation.results import LearningView, ResultsView
from tankapp.ui.evaluation.round_dialog import RoundDialog
from tankapp.ui.ops import Changes, Kind, Operations
from tankapp.ui.ops.follow import follow

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from tankapp.ui.ops.evaluation import RoundListRow

STATE_FILTERS = ("all", "open", ResponseStatus.ANSWERED, ResponseStatus.DECLINED)


@dataclass(frozen=True)
class ResponseState:
    """A response as a command sets it (what :meth:`EvaluationOps.restore_response` takes)."""

    status: ResponseStatus
    channel: ResponseChannel | None
    answered_on: dt.date
    answers: dict


def ask(parent, title: str, text: str) -> bool:
    """A yes/no question; the text is shown as typed (a name with "<" in it stays a name)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def warn(parent, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def safe_file_name(name: str) -> str:
    return "".join("_" if c in '/\\:*?"<>|' or ord(c) < 32 else c for c in name).strip() or "tankapp"


def _state_text(m: RoundMember) -> str:
    return texts.response_status_label(m.state)


def _state_tooltip(m: RoundMember) -> str:
    text = texts.response_status_label(m.state)
    if m.state == ResponseStatus.ANSWERED and m.channel is not None:
        text += " · " + texts.response_channel_label(m.channel)
    if m.answered_on is not None:
        text += " · " + texts.format_date(m.answered_on)
    return text


class StartKioskDialog(QDialog):
    """Before the laptop goes round: what the kiosk does, how to leave it, and an optional code."""

    def __init__(self, round_text: str, open_count: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Evaluation", "Kiosk screen"))
        self.setMinimumWidth(520)
        text = QLabel(translate("Evaluation", 
            "The kiosk fills the screen with the form of %1. Each member finds their name among the %2 who have "
            "not answered yet (or you choose it before handing the laptop over), answers and sends; then the "
            "form is empty again for the next one. No one sees anyone else's answers, and tankapp's other "
            "screens are hidden meanwhile.").replace("%1", round_text).replace("%2", str(open_count)))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        keys = QLabel(translate("Evaluation", "To leave the kiosk press %1 and confirm. Escape and closing the window do nothing.")
                      .replace("%1", QKeySequence(LEAVE_KEYS).toString(QKeySequence.SequenceFormat.NativeText)))
        keys.setWordWrap(True)
        font = keys.font()
        font.setBold(True)
        keys.setFont(font)
        self.code = QLineEdit()
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        self.code.setMaxLength(40)
        self.code.setPlaceholderText(translate("Evaluation", "optional"))
        form = QFormLayout()
        form.addRow(translate("Evaluation", "Code to &leave:"), self.code)
        form.labelForField(self.code).setBuddy(self.code)
        hint = QLabel(translate("Evaluation", "With a code, leaving the kiosk also asks for it."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Evaluation", "Start the kiosk"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Evaluation", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(keys)
        layout.addLayout(form)
        layout.addWidget(buttons)


class EvaluationPage(QWidget):
    """The Evaluering section (see the module docstring)."""

    status = Signal(str)

    def __init__(self, ops: Operations, undo_group: QUndoGroup | None = None, settings: QSettings | None = None,
                 parent=None):
        super().__init__(parent)
        self.ops = ops
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.undo_group = undo_group
        if undo_group is not None:
            undo_group.addStack(self.undo_stack)
        self._rounds: list[RoundListRow] = []
        self._groups = []
        self._items: tuple = ()
        self._form_round: int | None = None  # the round the form's questions are of
        self._form_member: RoundMember | None = None
        self._form_before: ResponseRow | None = None
        self._selecting = False
        self._quiet = False
        self._member_pending = False
        self._stale = {"results": True, "learning": True}
        self.kiosk: KioskWindow | None = None
        self._hidden_window: QWidget | None = None

        # --- the round and its actions -----------------------------------------------
        self.round_combo = QComboBox()
        self.round_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.round_combo.setMinimumContentsLength(30)
        self.round_combo.setAccessibleName(translate("Evaluation", "Round"))
        round_label_ = QLabel(translate("Evaluation", "&Round:"))
        round_label_.setBuddy(self.round_combo)
        self.forms_button = QPushButton(translate("Evaluation", "Blank &forms (PDF)…"))
        self.forms_button.setToolTip(translate("Evaluation", "One form per asked member, with their name, to print and hand out"))
        self.kiosk_button = QPushButton(translate("Evaluation", "&Kiosk screen…"))
        self.kiosk_button.setToolTip(translate("Evaluation", "The members fill in the form on this laptop, one after the other"))
        self.export_button = QPushButton(translate("Evaluation", "E&xport answers…"))
        self.export_button.setToolTip(translate("Evaluation", "All rounds' answers for analysis, pseudonymised: Excel (.xlsx) or CSV"))
        top = QHBoxLayout()
        top.addWidget(round_label_)
        top.addWidget(self.round_combo, 1)
        top.addWidget(self.forms_button)
        top.addWidget(self.kiosk_button)
        top.addWidget(self.export_button)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_rounds(), translate("Evaluation", "Rounds"))
        self.tabs.addTab(self._build_answers(), translate("Evaluation", "Answers and interviews"))
        self.results = ResultsView(ops)
        self.learning = LearningView(ops)
        self.tabs.addTab(self.results, translate("Evaluation", "Results"))
        self.tabs.addTab(self.learning, translate("Evaluation", "Learning points"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.round_combo.currentIndexChanged.connect(lambda _i: self._round_chosen())
        self.forms_button.clicked.connect(self.export_blank_forms)
        self.kiosk_button.clicked.connect(self.start_kiosk)
        self.export_button.clicked.connect(self.export_answers)
        self.results.report_requested.connect(self.export_report)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tab())
        self.reload()
        follow(self, ops, [Kind.EVALUATION, Kind.MEMBER, Kind.GROUP, Kind.THINK_TANK, Kind.CONTRIBUTION],
               self._on_changed)

    # ================================================================== building
    def _build_rounds(self) -> QWidget:
        right = Qt.AlignmentFlag.AlignRight
        self.round_list = RowList(
            [
                Column(translate("Evaluation", "Kind"), lambda r: texts.round_kind_label(r.round.kind)),
                Column(translate("Evaluation", "Title"), lambda r: r.round.title),
                Column(translate("Evaluation", "Opens"), lambda r: texts.format_date(r.round.opens_on),
                       sort=lambda r: r.round.opens_on.toordinal(), searchable=False),
                Column(translate("Evaluation", "Closes"), lambda r: texts.format_date(r.round.closes_on),
                       sort=lambda r: r.round.closes_on.toordinal() if r.round.closes_on else 0, searchable=False),
                Column(translate("Evaluation", "Groups asked"), lambda r: ", ".join(r.round.groups), tooltip=lambda r: ", ".join(r.round.groups)),
                Column(translate("Evaluation", "Asked"), lambda r: r.asked, align=right, searchable=False),
                Column(translate("Evaluation", "Answered"), lambda r: r.round.answered, align=right, searchable=False),
                Column(translate("Evaluation", "Declined"), lambda r: r.round.declined, align=right, searchable=False),
                Column(translate("Evaluation", "Not answered"), lambda r: r.not_answered, align=right, searchable=False),
            ],
            empty_text=translate("Evaluation", 
                "No evaluation rounds yet. A round asks the members of the groups you choose the self-evaluation's "
                "questions: a baseline at or before their first meeting, an end evaluation, and a midway round "
                "if you like. Make the baseline first."),
            empty_action=translate("Evaluation", "Make the first round"),
            sort=(2, Qt.SortOrder.AscendingOrder),
            fit=260,
        )
        rl = self.round_list
        rl.opened.connect(self.edit_round)
        rl.empty.button.clicked.connect(self.new_round)
        rl.table.selectionModel().selectionChanged.connect(lambda *_a: self._round_row_selected())
        QShortcut(QKeySequence.StandardKey.Delete, rl.table, activated=self.delete_round,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.new_round_button = QPushButton(translate("Evaluation", "&New round…"))
        self.new_round_button.setToolTip(translate("Evaluation", "A new evaluation round (Ctrl+N)"))
        self.edit_round_button = QPushButton(translate("Evaluation", "&Edit…"))
        self.delete_round_button = QPushButton(translate("Evaluation", "&Delete…"))
        buttons = QHBoxLayout()
        for b in (self.new_round_button, self.edit_round_button, self.delete_round_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.new_round_button.clicked.connect(self.new_round)
        self.edit_round_button.clicked.connect(self.edit_round)
        self.delete_round_button.clicked.connect(self.delete_round)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(rl, 1)
        return page

    def _build_answers(self) -> QWidget:
        # --- left: the asked members ------------------------------------------------------
        self.member_list = RowList(
            [
                Column(translate("Evaluation", "Name"), lambda m: m.name),
                Column(translate("Evaluation", "Group"), lambda m: m.group),
                Column(translate("Evaluation", "State"), _state_text, tooltip=_state_tooltip, searchable=False),
                Column(translate("Evaluation", "Date"), lambda m: texts.format_date(m.answered_on),
                       sort=lambda m: m.answered_on.toordinal() if m.answered_on else 0, searchable=False),
            ],
            key=lambda m: m.member_id,
            filter_placeholder=translate("Evaluation", "Find a member… (Ctrl+F, Enter opens the form)"),
            no_match_text=translate("Evaluation", "No asked member matches the filter."),
            empty_text=translate("Evaluation", "This round asks no one yet: its groups have no members."),
            sort=(0, Qt.SortOrder.AscendingOrder),
        )
        ml = self.member_list
        header = ml.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes the room there is
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # a long group name is cut ("…")
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("Kvalitetskonsulen") + 12)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.member_filter = ml.filter
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(translate("Evaluation", "Show"))
        for value, text in zip(STATE_FILTERS, (translate("Evaluation", "Everyone asked"), translate("Evaluation", "Not answered"), translate("Evaluation", "Answered"),
                                               translate("Evaluation", "Declined"))):
            self.state_filter.addItem(text, value)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.member_filter, 1)
        row.addWidget(self.state_filter)
        ll.addLayout(row)
        ll.addWidget(ml, 1)
        ll.addWidget(self.counts)
        self.member_filter.returnPressed.connect(self._open_from_filter)
        self.member_filter.installEventFilter(self)
        self.state_filter.currentIndexChanged.connect(lambda _i: self._apply_state_filter())
        ml.opened.connect(self.focus_form)
        # Handled once the selection has settled: saving the form before reloads the list, which must
        # not happen inside the list's own selection change.
        ml.table.selectionModel().selectionChanged.connect(lambda *_a: self._schedule_member_selected())
        self._apply_state_filter()

        # --- middle: the form ---------------------------------------------------------------
        self.form_heading = QLabel()
        self.form_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.form_heading.setWordWrap(True)
        font = self.form_heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.form_heading.setFont(font)
        self.form_state = QLabel()
        self.form_state.setWordWrap(True)
        self.form_state.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.answered_on = DateField(dt.date.today())
        self.answered_on.setAccessibleName(translate("Evaluation", "Filled in on"))
        day_label = QLabel(translate("Evaluation", "Filled in &on:"))
        day_label.setBuddy(self.answered_on)
        day_row = QHBoxLayout()
        day_row.addWidget(self.form_state, 1)
        day_row.addWidget(day_label)
        day_row.addWidget(self.answered_on)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form: AnswerForm | None = None
        self.form_error = ErrorLabel()
        self.save_button = QPushButton(translate("Evaluation", "&Save (Ctrl+Enter)"))
        self.save_button.setToolTip(translate("Evaluation", "Save the answers: Ctrl+Enter anywhere in the form, or Enter on the last "
                                       "question"))
        self.declined_button = QPushButton(translate("Evaluation", "De&clined"))
        self.declined_button.setToolTip(translate("Evaluation", "The member does not want to answer (any answers are dropped)"))
        self.clear_button = QPushButton(translate("Evaluation", "Clear"))
        self.clear_button.setToolTip(translate("Evaluation", "Remove the response: the member has not answered again"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.declined_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        self.keys_hint = QLabel(translate("Evaluation", "Keys: 1-5 answer and go on, 0 clears, Enter goes on, Shift+Enter a new line "
                                   "in a text; Ctrl+Enter saves."))
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        middle = QWidget()
        ml_ = QVBoxLayout(middle)
        ml_.setContentsMargins(0, 0, 0, 0)
        ml_.addWidget(self.form_heading)
        ml_.addLayout(day_row)
        ml_.addWidget(self.form_scroll, 1)
        ml_.addWidget(self.form_error)
        ml_.addLayout(buttons)
        ml_.addWidget(self.keys_hint)
        self.save_button.clicked.connect(self.save_answers)
        self.declined_button.clicked.connect(self.mark_declined)
        self.clear_button.clicked.connect(self.clear_response)

        # --- right: interview notes ---------------------------------------------------------
        self.notes = NotesPanel()
        self.notes.add_requested.connect(self.add_note)
        self.notes.edit_requested.connect(self.edit_note)
        self.notes.delete_requested.connect(self.delete_note)

        self.answers_split = QSplitter()
        self.answers_split.addWidget(left)
        self.answers_split.addWidget(middle)
        self.answers_split.addWidget(self.notes)
        self.answers_split.setChildrenCollapsible(False)
        self.answers_split.setStretchFactor(0, 4)
        self.answers_split.setStretchFactor(1, 5)
        self.answers_split.setStretchFactor(2, 3)
        self.answers_split.setSizes([480, 450, 220])
        QWidget.setTabOrder(self.member_filter, self.state_filter)
        QWidget.setTabOrder(self.state_filter, ml.table)
        return self.answers_split

    # ================================================================== loading
    def _on_changed(self, changes: Changes) -> None:
        self._stale = {"results": True, "learning": True}
        self.reload()

    def reload(self) -> None:
        try:
            self._rounds = self.ops.evaluation.rounds()
        except ServiceError as exc:
            self._rounds = []
            self.status.emit(Operations.message(exc))
        current = self.round_combo.currentData()
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for r in self._rounds:
            self.round_combo.addItem(round_label(r.round), r.id)
        index = self.round_combo.findData(current) if current is not None else -1
        if index < 0 and self._rounds:
            index = len(self._rounds) - 1  # the round that opened last
        self.round_combo.setCurrentIndex(index)
        self.round_combo.blockSignals(False)
        self.round_list.set_rows(self._rounds)
        self.results.set_rounds(self._rounds)
        has = bool(self._rounds)
        for i in (1, 2, 3):
            self.tabs.setTabEnabled(i, has)
        self._round_chosen(reload_only=True)

    def current_round_id(self) -> int | None:
        return self.round_combo.currentData()

    def current_round(self) -> RoundListRow | None:
        rid = self.current_round_id()
        return next((r for r in self._rounds if r.id == rid), None)

    def select_round(self, round_id: int) -> None:
        index = self.round_combo.findData(round_id)
        if index >= 0:
            self.round_combo.setCurrentIndex(index)

    def _round_chosen(self, reload_only: bool = False) -> None:
        rid = self.current_round_id()
        if not self._selecting:
            self._selecting = True
            try:
                if rid is not None:
                    self.round_list.select(rid)
                else:
                    self.round_list.table.clearSelection()
            finally:
                self._selecting = False
        if not reload_only:
            self._stale = {"results": True, "learning": True}
        self._load_round_members()
        self._update_buttons()
        self._refresh_tab()

    def _round_row_selected(self) -> None:
        if self._selecting:
            return
        row = self.round_list.selected()
        if row is not None and row.id != self.current_round_id():
            self.select_round(row.id)
        self._update_buttons()

    def _load_round_members(self) -> None:
        rid = self.current_round_id()
        if rid is None:
            self.member_list.set_rows([])
            self._set_form_round(None)
            self._show_member(None)
            self.counts.setText("")
            return
        try:
            rows = self.ops.evaluation.member_rows(rid)
        except ServiceError as exc:
            self.status.emit(Operations.message(exc))
            rows = []
        if rid != self._form_round:
            self._set_form_round(rid)
            self._form_member = None
        self._quiet = True  # the selection is put back by the list: no save, no reload from that
        try:
            self.member_list.set_rows(rows)
        finally:
            self._quiet = False
        answered = sum(1 for m in rows if m.state == ResponseStatus.ANSWERED)
        declined = sum(1 for m in rows if m.state == ResponseStatus.DECLINED)
        self.counts.setText(
            translate("Evaluation", "Answered %1 · declined %2 · not answered %3 (of %4 asked)")
            .replace("%1", str(answered)).replace("%2", str(declined))
            .replace("%3", str(len(rows) - answered - declined)).replace("%4", str(len(rows))))
        # the member in the form: their row may have changed (a save, an undo); what is typed stays
        selected = self.member_list.selected()
        same = (selected is not None and self._form_member is not None
                and selected.member_id == self._form_member.member_id)
        if same and self.form is not None and self.form.dirty:
            self._form_member = selected
            self._update_buttons()
        else:
            self._show_member(selected)

    def _set_form_round(self, round_id: int | None) -> None:
        """The form with the questions of this round's questionnaire (a new form for another round)."""
        self._form_round = round_id
        self._items = ()
        if round_id is not None:
            try:
                self._items = self.ops.evaluation.round_items(round_id)
            except ServiceError:
                self._items = ()
        old = self.form_scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.form = AnswerForm(self._items)
        self.form.submitted.connect(self.save_answers)
        self.form.edited.connect(lambda: self.form_error.set_error(None))
        self.form_scroll.setWidget(self.form)
        if self._items:
            QWidget.setTabOrder(self.form.inputs[self._items[-1].key], self.save_button)

    def _refresh_tab(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is self.results and self._stale.get("results"):
            self._stale["results"] = False
            self.results.show_round(self.current_round_id())
        elif widget is self.learning and self._stale.get("learning"):
            self._stale["learning"] = False
            self.learning.show_round(self.current_round_id())

    def _update_buttons(self) -> None:
        r = self.current_round()
        self.forms_button.setEnabled(r is not None)
        self.kiosk_button.setEnabled(r is not None and r.not_answered > 0)
        self.export_button.setEnabled(any(x.round.answered + x.round.declined for x in self._rounds))
        chosen = self.round_list.selected()
        self.edit_round_button.setEnabled(chosen is not None)
        self.delete_round_button.setEnabled(chosen is not None)
        member = self._form_member
        self.save_button.setEnabled(member is not None and bool(self._items))
        self.declined_button.setEnabled(member is not None and member.state != ResponseStatus.DECLINED)
        self.clear_button.setEnabled(member is not None and member.state is not None)
        if self.form is not None:
            self.form.setEnabled(member is not None)
        self.answered_on.setEnabled(member is not None)

    # ================================================================== rounds
    def _report(self, message: str):
        def report(error: str | None) -> None:
            if error:
                self.status.emit(error)
                warn(self, translate("Evaluation", "Evaluation"), error)
            else:
                self.status.emit(message)

        return report

    def _groups_list(self):
        try:
            return self.ops.evaluation.groups()
        except ServiceError:
            return []

    def new_round(self) -> None:
        dialog = RoundDialog(self.ops, self._groups_list(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        row = dialog.saved
        self.undo_stack.push(CreateRoundCommand(
            self.ops, row.id, dialog.input(),
            self._report(translate("Evaluation", "Saved: %1").replace("%1", row.title)),
            translate("Evaluation", "new round %1").replace("%1", row.title)))
        self.status.emit(translate("Evaluation", "Saved: %1 (Ctrl+Z undoes)").replace("%1", row.title))
        self.select_round(row.id)

    def edit_round(self) -> None:
        chosen = self.round_list.selected() or self.current_round()
        if chosen is None:
            return
        try:
            before = self.ops.evaluation.round_input(chosen.id)
        except ServiceError as exc:
            warn(self, translate("Evaluation", "Edit evaluation round"), Operations.message(exc))
            self.reload()
            return
        r = chosen.round
        questions = translate("Evaluation", "%1, version %2").replace("%1", r.questionnaire_title).replace("%2", str(r.questionnaire_version))
        dialog = RoundDialog(self.ops, self._groups_list(), round_id=chosen.id, data=before,
                             questionnaire=questions, answered=r.answered + r.declined, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        after = dialog.input()
        self.undo_stack.push(EditRoundCommand(
            self.ops, chosen.id, before, after, self._report(translate("Evaluation", "Saved: %1").replace("%1", dialog.saved.title)),
            translate("Evaluation", "edit round %1").replace("%1", dialog.saved.title)))
        self.status.emit(translate("Evaluation", "Saved: %1 (Ctrl+Z undoes)").replace("%1", dialog.saved.title))

    def delete_round(self) -> None:
        chosen = self.round_list.selected() or self.current_round()
        if chosen is None:
            return
        r = chosen.round
        responses = r.answered + r.declined
        title = translate("Evaluation", "Delete evaluation round")
        if responses:
            box = QMessageBox(QMessageBox.Icon.Warning, title,
                              translate("Evaluation", "Delete the round “%1” and the %2 responses in it? The answers are deleted with it; "
                                 "this cannot be undone.").replace("%1", r.title).replace("%2", str(responses)),
                              QMessageBox.StandardButton.Cancel, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            delete = box.addButton(translate("Evaluation", "Delete round and answers"), QMessageBox.ButtonRole.DestructiveRole)
            box.button(QMessageBox.StandardButton.Cancel).setText(translate("Evaluation", "Cancel"))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not delete:
                return
            try:
                self.ops.evaluation.delete_round(r.id, with_responses=True)
            except ServiceError as exc:
                warn(self, title, Operations.message(exc))
                return
            self.undo_stack.clear()  # the steps hold copies of the deleted answers
            self.status.emit(translate("Evaluation", "Deleted: %1").replace("%1", r.title))
            return
        answer = ask(self, title, translate("Evaluation", "Delete the round “%1”? Nobody has answered it yet. "
                                                      "Ctrl+Z brings it back.").replace("%1", r.title))
        if not answer:
            return
        try:
            data = self.ops.evaluation.round_input(r.id)
        except ServiceError as exc:
            warn(self, title, Operations.message(exc))
            return
        self.undo_stack.push(DeleteRoundCommand(self.ops, r.id, data, self._report(translate("Evaluation", "Deleted: %1").replace("%1", r.title)),
                                                translate("Evaluation", "delete round %1").replace("%1", r.title)))

    # ================================================================== members and answers
    def _apply_state_filter(self) -> None:
        wanted = self.state_filter.currentData()

        def keep(m: RoundMember) -> bool:
            if wanted == "open":
                return m.state is None
            if wanted in (ResponseStatus.ANSWERED, ResponseStatus.DECLINED):
                return m.state == wanted
            return True

        self.member_list.proxy.set_row_predicate(keep)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.member_filter and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Down, Qt.Key.Key_Up):
            table = self.member_list.table
            table.setFocus()
            if not self.member_list.selected() and self.member_list.proxy.rowCount():
                table.selectRow(0)
            return True
        return False

    def focus_filter(self) -> None:
        """Ctrl+F: the member filter on the answers tab (the tab is shown)."""
        if self.tabs.isTabEnabled(1):
            self.tabs.setCurrentIndex(1)
            self.member_list.focus_filter()

    def _open_from_filter(self) -> None:
        """Enter in the filter box: the highlighted (or first shown) member's form, at its first question."""
        visible = self.member_list.visible_rows()
        if not visible:
            return
        selected = self.member_list.selected()
        if selected is None or all(m.member_id != selected.member_id for m in visible):
            self.select_member(visible[0].member_id)
        self.focus_form()

    def focus_form(self) -> None:
        if self._member_pending:
            self._member_selected()
        if self.form is not None and self._form_member is not None:
            self.form.focus_first()
            self.form_scroll.ensureVisible(0, 0)

    def select_member(self, member_id: int) -> bool:
        found = self.member_list.select(member_id)
        self._member_selected()
        return found

    def _schedule_member_selected(self) -> None:
        if self._quiet or self._member_pending:
            return
        self._member_pending = True
        QTimer.singleShot(0, self._member_selected)

    def _member_selected(self) -> None:
        self._member_pending = False
        if self._quiet:
            return
        selected = self.member_list.selected()
        previous = self._form_member
        if selected is not None and previous is not None and selected.member_id == previous.member_id:
            return  # already in the form
        if previous is not None:
            if self.form is not None and self.form.dirty and self.form.has_answer():
                self._quiet = True
                try:
                    saved = self.save_answers(focus_filter=False)
                    if not saved:  # keep the member whose form has a problem
                        self.member_list.select(previous.member_id)
                finally:
                    self._quiet = False
                if not saved:
                    return
                selected = self.member_list.selected()
        self._show_member(selected)

    def _show_member(self, member: RoundMember | None) -> None:
        self._form_member = member
        self._form_before = None
        self.form_error.set_error(None)
        if member is None or self._form_round is None:
            self.form_heading.setText(translate("Evaluation", "Choose a member in the list (or type a name and press Enter)."))
            self.form_state.setText("")
            if self.form is not None:
                self.form.clear()
            self.notes.set_notes(None)
            self._update_buttons()
            return
        try:
            self._form_before = self.ops.evaluation.response(self._form_round, member.member_id)
            notes = self.ops.evaluation.notes(member.member_id)
        except ServiceError as exc:
            self.status.emit(Operations.message(exc))
            self._form_before, notes = None, []
        self.form_heading.setText(f"{member.name} · {member.group}")
        before = self._form_before
        if before is None:
            self.form_state.setText(texts.response_status_label(None))
        elif before.status == ResponseStatus.DECLINED:
            self.form_state.setText(translate("Evaluation", "Declined on %1").replace("%1", texts.format_date(before.answered_on)))
        else:
            how = texts.response_channel_label(before.channel) if before.channel else ""
            how = how[:1].lower() + how[1:]
            self.form_state.setText(translate("Evaluation", "Answered on %1 (%2)").replace("%1", texts.format_date(before.answered_on))
                                    .replace("%2", how))
        day = before.answered_on if before is not None else dt.date.today()
        self.answered_on.set_value(day)
        if self.form is not None:
            self.form.set_answers(before.answers if before is not None and before.status == ResponseStatus.ANSWERED
                                  else None)
        self.notes.set_notes(notes)
        self._update_buttons()

    def _day(self) -> dt.date:
        # an unreadable day is shown beneath the field; the answers keep today's date meanwhile
        return self.answered_on.value() or dt.date.today()

    def _push_response(self, after: ResponseState | None, text: str, message: str) -> bool:
        member = self._form_member
        rid = self._form_round
        if member is None or rid is None:
            return False
        failed: list[str] = []

        def report(error: str | None) -> None:
            if error:
                failed.append(error)
                self.form_error.set_error(error)
                self.status.emit(error)
            else:
                self.status.emit(message)

        dirty = self.form.dirty if self.form is not None else False
        if self.form is not None:
            self.form.dirty = False  # what is saved now is no longer "typed and not saved"
        self.undo_stack.push(SetResponseCommand(self.ops, rid, member.member_id, self._form_before, after, report,
                                                text))
        if failed and self.form is not None:
            self.form.dirty = dirty
        return not failed

    def save_answers(self, focus_filter: bool = True) -> bool:
        """Save the form (Ctrl+Enter, Enter on the last question): at once, undoable. False if refused."""
        member = self._form_member
        if member is None or self.form is None or self._form_round is None:
            return False
        try:
            cleaned = self.ops.evaluation.check_answers(self._items, self.form.answers())
        except ValidationError as exc:
            self.form.show_problems(exc.problems)
            self.status.emit(translate("Evaluation", "Not saved: %1").replace("%1", Operations.message(exc)))
            return False
        self.form.show_problems([])
        before = self._form_before
        channel = before.channel if before is not None and before.status == ResponseStatus.ANSWERED and before.channel \
            else ResponseChannel.PAPER
        after = ResponseState(ResponseStatus.ANSWERED, channel, self._day(), cleaned)
        if (before is not None and before.status == ResponseStatus.ANSWERED and dict(before.answers) == cleaned
                and before.answered_on == after.answered_on):
            self.form.dirty = False
            self.status.emit(translate("Evaluation", "No change for %1").replace("%1", member.name))
        elif not self._push_response(after, translate("Evaluation", "answers of %1").replace("%1", member.name),
                                     translate("Evaluation", "Saved: %1 (Ctrl+Z undoes)").replace("%1", member.name)):
            return False
        if focus_filter:
            self.member_list.focus_filter()
        return True

    def mark_declined(self) -> None:
        member = self._form_member
        if member is None:
            return
        before = self._form_before
        if before is not None and before.status == ResponseStatus.ANSWERED:
            answer = ask(
                self, translate("Evaluation", "Declined"),
                translate("Evaluation", "%1 has answers in this round. Mark them as declined and drop the answers? Ctrl+Z brings them "
                   "back.").replace("%1", member.name))
            if not answer:
                return
        after = ResponseState(ResponseStatus.DECLINED, None, self._day(), {})
        if self._push_response(after, translate("Evaluation", "%1 declined").replace("%1", member.name),
                               translate("Evaluation", "%1: declined (Ctrl+Z undoes)").replace("%1", member.name)):
            self.member_list.focus_filter()

    def clear_response(self) -> None:
        member = self._form_member
        if member is None or self._form_before is None:
            return
        if self._form_before.status == ResponseStatus.ANSWERED:
            answer = ask(
                self, translate("Evaluation", "Clear"),
                translate("Evaluation", "Remove the answers of %1 from this round? Ctrl+Z brings them back.").replace("%1", member.name))
            if not answer:
                return
        self._push_response(None, translate("Evaluation", "clear the response of %1").replace("%1", member.name),
                            translate("Evaluation", "%1: not answered (Ctrl+Z undoes)").replace("%1", member.name))

    # ================================================================== interview notes
    def add_note(self) -> None:
        member = self._form_member
        if member is None:
            return
        dialog = NoteDialog(self.ops, member.name, [r.round for r in self._rounds], round_id=self._form_round,
                            parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text, day, round_id = dialog.values()
        self.undo_stack.push(AddNoteCommand(self.ops, member.member_id, text, day, round_id,
                                            self._report(translate("Evaluation", "Note saved (Ctrl+Z undoes)")),
                                            translate("Evaluation", "interview note about %1").replace("%1", member.name)))

    def edit_note(self, note) -> None:
        member = self._form_member
        if member is None:
            return
        dialog = NoteDialog(self.ops, member.name, [r.round for r in self._rounds], note=note, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text, day, round_id = dialog.values()
        if (text.strip(), day, round_id) == (note.text, note.interviewed_on, note.round_id):
            return
        self.undo_stack.push(EditNoteCommand(self.ops, note, text, day, round_id,
                                             self._report(translate("Evaluation", "Note saved (Ctrl+Z undoes)")),
                                             translate("Evaluation", "interview note about %1").replace("%1", member.name)))

    def delete_note(self, note) -> None:
        answer = ask(self, translate("Evaluation", "Delete interview note"),
                                      translate("Evaluation", "Delete the interview note of %1? Ctrl+Z brings it back.")
                                      .replace("%1", texts.format_date(note.interviewed_on)))
        if not answer:
            return
        self.undo_stack.push(DeleteNoteCommand(self.ops, note, self._report(translate("Evaluation", "Note deleted (Ctrl+Z undoes)")),
                                               translate("Evaluation", "delete interview note")))

    # ================================================================== files
    def _ask_path(self, title: str, default_name: str, filters: str) -> tuple[Path, str] | None:
        folder = str(self.settings.value("export/folder", str(Path.home()))) if self.settings else str(Path.home())
        path, chosen = QFileDialog.getSaveFileName(self, title, str(Path(folder) / default_name), filters)
        if not path:
            return None
        if self.settings:
            self.settings.setValue("export/folder", str(Path(path).parent))
        return Path(path), chosen or ""

    def _written(self, path: Path, message: str) -> None:
        self.status.emit(message)
        answer = ask(self, translate("Evaluation", "Exported"), translate("Evaluation", "Saved as %1.\n\nOpen it now?").replace("%1", str(path)))
        if answer:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, title: str):
        def failed(exc: ServiceError) -> None:
            self.status.emit(Operations.message(exc))
            warn(self, title, Operations.message(exc))

        return failed

    def export_blank_forms(self) -> None:
        """Ask for whom (everyone asked, or only those who have not answered) and where; write the PDF."""
        r = self.current_round()
        if r is None:
            return
        title = translate("Evaluation", "Blank forms")
        member_ids = None
        if r.round.answered + r.round.declined and r.not_answered:
            box = QMessageBox(QMessageBox.Icon.Question, title,
                              translate("Evaluation", "Forms for whom? %1 of the %2 asked have not answered yet.")
                              .replace("%1", str(r.not_answered)).replace("%2", str(r.asked)),
                              QMessageBox.StandardButton.Cancel, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            open_button = box.addButton(translate("Evaluation", "Only the %1 who have not answered").replace("%1", str(r.not_answered)),
                                        QMessageBox.ButtonRole.AcceptRole)
            all_button = box.addButton(translate("Evaluation", "Everyone asked (%1)").replace("%1", str(r.asked)),
                                       QMessageBox.ButtonRole.AcceptRole)
            box.button(QMessageBox.StandardButton.Cancel).setText(translate("Evaluation", "Cancel"))
            box.setDefaultButton(open_button)
            box.exec()
            if box.clickedButton() is open_button:
                member_ids = [m.member_id for m in self.ops.evaluation.kiosk_members(r.id)]
            elif box.clickedButton() is not all_button:
                return
        name = safe_file_name(f"Evalueringsskemaer {r.round.title} {dt.date.today().isoformat()}") + ".pdf"
        chosen = self._ask_path(title, name, translate("Evaluation", "PDF (*.pdf)"))
        if chosen is None:
            return
        path = chosen[0] if chosen[0].suffix.lower() == ".pdf" else chosen[0].with_name(chosen[0].name + ".pdf")
        self.status.emit(translate("Evaluation", "Writing %1 …").replace("%1", path.name))
        try:
            self.ops.evaluation.export_blank_forms(
                r.id, path, member_ids,
                done=lambda written: self._written(written, translate("Evaluation", "Forms saved as %1").replace("%1", written.name)),
                failed=self._failed(title))
        except ServiceError as exc:
            self._failed(title)(exc)

    def export_answers(self) -> None:
        """All rounds' answers, pseudonymised, as XLSX (with labels) or CSV for Danish Excel."""
        title = translate("Evaluation", "Export answers")
        name = safe_file_name(f"Evalueringssvar {dt.date.today().isoformat()}") + ".xlsx"
        chosen = self._ask_path(title, name, translate("Evaluation", "Excel workbook (*.xlsx);;CSV for Excel (*.csv)"))
        if chosen is None:
            return
        path, filt = chosen
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if "csv" in filt.lower() else ".xlsx"))
        self.status.emit(translate("Evaluation", "Writing %1 …").replace("%1", path.name))
        try:
            self.ops.evaluation.export_answers(
                path,
                done=lambda rows: self._written(path, translate("Evaluation", "Exported %1 responses to %2").replace("%1", str(rows))
                                                .replace("%2", path.name)),
                failed=self._failed(title))
        except ServiceError as exc:
            self._failed(title)(exc)

    def export_report(self) -> None:
        """The final evaluation report as a PDF (tankapp.ui.status.reports: ask where, write in the background)."""
        from tankapp.ui.status import reports

        reports.save_report(self, self.ops, reports.EVALUATION, settings=self.settings, status=self.status.emit)

    # ================================================================== the kiosk
    def start_kiosk(self) -> KioskWindow | None:
        r = self.current_round()
        if r is None or self.kiosk is not None:
            return None
        dialog = StartKioskDialog(round_label(r.round), r.not_answered, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.open_kiosk(dialog.code.text())

    def open_kiosk(self, code: str = "") -> KioskWindow | None:
        """The kiosk screen of the current round, full screen; the main window hidden until it is left."""
        r = self.current_round()
        if r is None or self.kiosk is not None:
            return None
        try:
            kiosk = KioskWindow(self.ops, r.id, code=code)
        except ServiceError as exc:
            warn(self, translate("Evaluation", "Kiosk screen"), Operations.message(exc))
            return None
        kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        kiosk.left.connect(self._kiosk_left)
        self.kiosk = kiosk
        self._kiosk_count = 0
        kiosk.saved.connect(self._kiosk_saved)
        self._hidden_window = self.window()
        kiosk.showFullScreen()
        kiosk.raise_()
        kiosk.activateWindow()
        self._hidden_window.hide()
        return kiosk

    def _kiosk_saved(self) -> None:
        self._kiosk_count += 1

    def _kiosk_left(self) -> None:
        """The facilitator left the kiosk: the window again (shown before the kiosk closes, so the app stays)."""
        self.kiosk = None
        window, self._hidden_window = self._hidden_window, None
        if window is not None:
            window.show()
            window.raise_()
            window.activateWindow()
        self.status.emit(translate("Evaluation", "Kiosk closed: %1 forms saved").replace("%1", str(self._kiosk_count)))

    # ================================================================== undo
    def activate_undo(self) -> None:
        if self.undo_group is not None:
            self.undo_group.setActiveStack(self.undo_stack)

    def clear_undo(self) -> None:
        self.undo_stack.clear()
