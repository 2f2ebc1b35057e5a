"""Sharing between the expert groups: a digest onto another group's meeting, questions between groups.

:class:`DigestDialog` is opened after a meeting (from the meetings page): pick
notes, decisions and contributions of the held meeting, pick another group's
coming meeting, and the digest lands on its agenda.

:class:`SharingPanel` lives inside meeting mode, so it opens no dialogs: what
other groups shared with this meeting, questions put to this meeting's groups
(answer them here), answers to this group's earlier questions, and a line to
ask another group something.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.enums import ContributionKind
from tankapp.services.sharing import exchange as sharing_service
from tankapp.services.meetings.agenda import MAX_ITEM_MINUTES
from tankapp.services.errors import Problem, ServiceError
from tankapp.services.meetings.planning import MeetingSummary
from tankapp.services.sharing.exchange import DigestPiece, DigestSources, QuestionRow
from tankapp.ui.common import texts
from tankapp.ui.ops.core import Changes, Kind
from tankapp.ui.ops.follow import follow
from tankapp.ui.common.widgets import ErrorLabel

if TYPE_CHECKING:
    from tankapp.ui.ops.core import Operations

KEY_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def problem_text(p: Problem) -> str:
    """A sharing problem in the user's language; other codes go to :func:`texts.problem_text`."""
    known = {
        "digest_not_held": lambda: QCoreApplication.translate("Sharing", 
            "Only a held meeting's notes, decisions and contributions can be shared. Mark the meeting as held first."),
        "digest_no_pieces": lambda: QCoreApplication.translate("Sharing", "Tick at least one note, decision or contribution to share."),
        "digest_piece_unknown": lambda: QCoreApplication.translate("Sharing", 
            "Something you ticked is no longer in the meeting's minutes. Close this window and open it again."),
        "digest_target_same_group": lambda: QCoreApplication.translate("Sharing", 
            "That is a meeting of the same group. Share with another group's meeting."),
        "digest_target_not_coming": lambda: QCoreApplication.translate("Sharing", 
            "That meeting is not a coming meeting. Choose a planned meeting after this one."),
        "question_to_group_required": lambda: QCoreApplication.translate("Sharing", "Choose the group to ask."),
        "question_same_group": lambda: QCoreApplication.translate("Sharing", "A group asks another group, not itself."),
        "question_text_required": lambda: QCoreApplication.translate("Sharing", "Write the question."),
        "question_meeting_not_of_group": lambda: QCoreApplication.translate("Sharing", "That group is not at this meeting."),
        "answer_text_required": lambda: QCoreApplication.translate("Sharing", "Write the answer."),
        "answer_meeting_not_of_group": lambda: QCoreApplication.translate("Sharing", "The question was put to a group that is not at this meeting."),
        "question_not_found": lambda: QCoreApplication.translate("Sharing", "The question no longer exists."),
    }
    make = known.get(p.code)
    return make() if make else texts.problem_text(p)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _meeting_label(m: MeetingSummary) -> str:
    return f"{texts.format_date(m.date)} · {', '.join(m.groups)} · {m.title}"


# ---------------------------------------------------------------- the digest dialog


class DigestDialog(QDialog):
    """Share a held meeting's notes, decisions and contributions with another group's coming meeting.

    After accept, ``digest_id`` and ``target_meeting_id`` say what was created;
    ``status`` has said it in words.
    """

    status = Signal(str)

    def __init__(self, ops: Operations, from_meeting_id: int, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.from_meeting_id = from_meeting_id
        self.digest_id: int | None = None
        self.target_meeting_id: int | None = None
        self.sources: DigestSources | None = None
        self.setWindowTitle(self.tr("Share with another group"))
        self.setMinimumWidth(720)

        refusal = None
        targets: list[MeetingSummary] = []
        try:
            self.sources, targets = ops.sharing.digest_start(from_meeting_id)
        except ServiceError as exc:
            refusal = problem_text(exc.problem)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        if self.sources:
            self.heading.setText(
                self.tr("From %1 (%2, %3)")
                .replace("%1", self.sources.meeting_title)
                .replace("%2", ", ".join(self.sources.groups))
                .replace("%3", texts.format_date(self.sources.meeting_date))
            )

        # --- what to share -------------------------------------------------
        self.pieces = QTreeWidget()
        self.pieces.setHeaderHidden(True)
        self.pieces.setRootIsDecorated(False)
        self.pieces.setItemsExpandable(False)
        self.pieces.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.pieces.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.pieces.setMinimumHeight(200)
        self._piece_items: dict[str, QTreeWidgetItem] = {}
        self._fill_pieces()
        self.no_pieces = QLabel(self.tr("This meeting has no notes, decisions or contributions to share yet."))
        self.no_pieces.setWordWrap(True)

        # --- where to ------------------------------------------------------
        self.target = QComboBox()
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(30)
        self.target.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for m in targets:
            self.target.addItem(_meeting_label(m), m.id)
        self.no_target = QLabel(
            self.tr("No coming meeting of another group: plan one first, then share from here.")
        )
        self.no_target.setWordWrap(True)
        self.no_target.setStyleSheet("color: #8a5300;")
        target_box = QWidget()
        tl = QVBoxLayout(target_box)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.target)
        tl.addWidget(self.no_target)
        self.title = QLineEdit(self.sources.default_title if self.sources else "")
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_ITEM_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(sharing_service.DEFAULT_DIGEST_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("To meeting:"), target_box)
        form.addRow(self.tr("Agenda item:"), self.title)
        form.addRow(self.tr("Planned time:"), self.minutes)

        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFixedHeight(self.fontMetrics().lineSpacing() * 7 + 12)
        self.preview_label = QLabel(self.tr("The agenda item's text (also in the agenda PDF):"))

        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Place on agenda"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(QLabel(self.tr("What to share (members are never named):")))
        layout.addWidget(self.pieces, 1)
        layout.addWidget(self.no_pieces)
        layout.addLayout(form)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        has_pieces = bool(self.sources and self.sources.pieces)
        self.pieces.setVisible(has_pieces)
        self.no_pieces.setVisible(not has_pieces and refusal is None)
        self.target.setVisible(bool(targets))
        self.no_target.setVisible(not targets and refusal is None)
        if refusal is not None:
            self.error.set_error(refusal)
            for w in (self.pieces, self.target, self.title, self.minutes, self.preview, self.preview_label):
                w.setEnabled(False)

        self.pieces.itemChanged.connect(self._update)
        self.target.currentIndexChanged.connect(self._update)
        self._update()

    # ------------------------------------------------------------------ pieces
    def _kind_label(self, p: DigestPiece) -> str:
        if p.kind == "note":
            return self.tr("Notes")
        if p.kind == "decision":
            return self.tr("Decision")
        return {
            ContributionKind.PROMOTER: self.tr("Promoter"),
            ContributionKind.BARRIER: self.tr("Barrier"),
            ContributionKind.EXAMPLE: self.tr("Good example"),
            ContributionKind.GAP: self.tr("Knowledge gap"),
        }.get(p.contribution_kind, self.tr("Contribution"))

    def _fill_pieces(self) -> None:
        if not self.sources:
            return
        heads: dict[str, QTreeWidgetItem] = {}
        contributions_head = self.tr("Knowledge contributions")

        def head(title: str) -> QTreeWidgetItem:
            if title not in heads:
                item = QTreeWidgetItem([title])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                font = QFont(self.font())
                font.setBold(True)
                item.setFont(0, font)
                self.pieces.addTopLevelItem(item)
                heads[title] = item
            return heads[title]

        for p in self.sources.pieces:
            parent = head(contributions_head if p.kind == "contribution" else (p.item_title or self.tr("(no item)")))
            child = QTreeWidgetItem([f"{self._kind_label(p)}: {_one_line(p.text)}"])
            child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            child.setCheckState(0, Qt.CheckState.Unchecked)
            child.setData(0, KEY_ROLE, p.key)
            child.setToolTip(0, p.text)
            parent.addChild(child)
            self._piece_items[p.key] = child
        self.pieces.expandAll()

    def piece_item(self, key: str) -> QTreeWidgetItem:
        return self._piece_items[key]

    def set_checked(self, keys, checked: bool = True) -> None:
        for key in keys:
            self._piece_items[key].setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_keys(self) -> list[str]:
        if not self.sources:
            return []
        return [
            p.key for p in self.sources.pieces
            if self._piece_items[p.key].checkState(0) == Qt.CheckState.Checked
        ]

    # ------------------------------------------------------------------ behaviour
    def _update(self, *_args) -> None:
        keys = self.checked_keys()
        if self.sources:
            self.preview.setPlainText(self.ops.sharing.digest_text(self.sources, keys) if keys else "")
        self.preview.setPlaceholderText(self.tr("Tick what to share above."))
        self.ok_button.setEnabled(bool(keys) and self.target.count() > 0 and self.sources is not None)

    def accept(self) -> None:
        keys = self.checked_keys()
        target_id = self.target.currentData()
        if not keys or target_id is None:
            return
        title, minutes = self.title.text(), self.minutes.value()
        try:
            digest = self.ops.sharing.create_digest(self.from_meeting_id, target_id, keys, title=title, minutes=minutes)
        except ServiceError as exc:
            self.error.set_error(problem_text(exc.problem))
            return
        self.digest_id = digest.id
        self.target_meeting_id = target_id
        self.status.emit(
            self.tr("“%1” is on the agenda of %2.")
            .replace("%1", digest.item_title)
            .replace("%2", self.target.currentText())
        )
        super().accept()


# ---------------------------------------------------------------- the panel in meeting mode


class SharingPanel(QWidget):
    """Other groups in meeting mode: shared digests, questions to answer, answers, asking.

    It follows the announced changes of sharing, meetings, agendas and groups,
    so a question asked or answered (here or in another meeting's window), or a
    digest placed on this meeting, shows at once.
    """

    status = Signal(str)

    def __init__(self, ops: Operations, meeting_id: int, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.open_rows: list[QuestionRow] = []
        self.answered_here_rows: list[QuestionRow] = []
        self.answer_rows: list[QuestionRow] = []
        self.waiting_rows: list[QuestionRow] = []

        # --- shared with this meeting -------------------------------------
        self.shared = QTextBrowser()
        self.shared.setOpenLinks(False)
        self.shared_box = QGroupBox(self.tr("Shared by other groups"))
        QVBoxLayout(self.shared_box).addWidget(self.shared)

        # --- questions to this meeting's groups -------------------------------
        self.questions = QListWidget()
        self._setup_list(self.questions)
        self.questions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.no_questions = QLabel()
        self.no_questions.setWordWrap(True)
        self.no_questions.setStyleSheet("color: palette(mid);")
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setPlaceholderText(self.tr("The group's answer to the chosen question"))
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.answer_button = QPushButton(self.tr("Save answer"))
        self.answer_error = ErrorLabel()
        self.questions_box = QGroupBox()
        ql = QVBoxLayout(self.questions_box)
        ql.addWidget(self.questions, 1)
        ql.addWidget(self.no_questions)
        ql.addWidget(self.answer_edit)
        ql.addWidget(self.answer_error)
        ql.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignRight)

        # --- answers to this group's questions ----------------------------
        self.answers = QListWidget()
        self._setup_list(self.answers)
        self.answers.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.answers.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.no_answers = QLabel(self.tr("No answers yet to this group's questions."))
        self.no_answers.setWordWrap(True)
        self.no_answers.setStyleSheet("color: palette(mid);")
        self.answers_box = QGroupBox(self.tr("Answers to our questions"))
        al = QVBoxLayout(self.answers_box)
        al.addWidget(self.answers, 1)
        al.addWidget(self.no_answers)

        # --- ask another group --------------------------------------------
        self.from_group = QComboBox()
        self.from_label = QLabel(self.tr("From:"))
        self.to_group = QComboBox()
        self.question_edit = QLineEdit()
        self.question_edit.setPlaceholderText(self.tr("The question, then Enter"))
        self.ask_button = QPushButton(self.tr("Ask"))
        self.ask_error = ErrorLabel()
        self.ask_box = QGroupBox(self.tr("Ask another group"))
        grid = QFormLayout(self.ask_box)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        grid.addRow(self.from_label, self.from_group)
        grid.addRow(self.tr("To:"), self.to_group)
        row = QHBoxLayout()
        row.addWidget(self.question_edit, 1)
        row.addWidget(self.ask_button)
        grid.addRow(row)
        grid.addRow(self.ask_error)

        self.to_group.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.from_group.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.shared_box)
        layout.addWidget(self.questions_box)
        layout.addWidget(self.answers_box)
        layout.addWidget(self.ask_box)
        layout.addStretch(0)

        self.questions.currentRowChanged.connect(self._question_chosen)
        self.answer_button.clicked.connect(self.save_answer)
        self.ask_button.clicked.connect(self.ask)
        self.question_edit.returnPressed.connect(self.ask)

        self._fill_group_choices()
        self.reload()
        follow(self, ops, [Kind.SHARING, Kind.MEETING, Kind.AGENDA, Kind.GROUP], self._on_changed)

    @staticmethod
    def _setup_list(view: QListWidget) -> None:
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setResizeMode(QListWidget.ResizeMode.Adjust)
        view.setSpacing(2)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    # ------------------------------------------------------------------ loading
    def _on_changed(self, changes: Changes) -> None:
        try:
            if changes.touches(Kind.MEETING, Kind.GROUP):
                self._fill_group_choices()  # the meeting's groups, the groups that can be asked
            self.reload()
        except ServiceError:
            pass  # the meeting is gone; meeting mode closes its window

    def _fill_group_choices(self) -> None:
        own, others = self.ops.sharing.askable_groups(self.meeting_id)
        self.own_groups = own
        for combo, groups in ((self.from_group, own), (self.to_group, others)):
            chosen = combo.currentData()
            combo.clear()
            for g in groups:
                combo.addItem(g.name, g.id)
            index = combo.findData(chosen) if chosen is not None else -1
            if index >= 0:
                combo.setCurrentIndex(index)
        joint = len(own) > 1
        self.from_label.setVisible(joint)
        self.from_group.setVisible(joint)
        names = ", ".join(g.name for g in own)
        self.questions_box.setTitle(self.tr("Questions to %1").replace("%1", names))
        self.no_questions.setText(self.tr("No open questions to %1.").replace("%1", names))

    def reload(self) -> None:
        seen = self.ops.sharing.for_meeting(self.meeting_id)
        digests = seen.received
        self.open_rows = seen.open_questions
        self.answered_here_rows = seen.answered_here
        self.answer_rows = seen.answers
        self.waiting_rows = seen.waiting

        self.shared_digest_ids = [d.id for d in digests]
        self.shared.setHtml("".join(
            f"<p><b>{html.escape(d.item_title)}</b></p>"
            f"<p style='white-space: pre-wrap'>{html.escape(d.item_description or d.text)}</p>"
            for d in digests
        ))
        self.shared_box.setVisible(bool(digests))

        chosen = self.current_question_id()
        self.questions.blockSignals(True)
        self.questions.clear()
        for q in self.open_rows:
            entry = QListWidgetItem(
                self.tr("From %1 (%2): %3")
                .replace("%1", q.from_group)
                .replace("%2", texts.format_date(q.asked_on))
                .replace("%3", q.text)
            )
            entry.setData(ID_ROLE, q.id)
            self.questions.addItem(entry)
        for q in self.answered_here_rows:
            entry = QListWidgetItem(
                self.tr("✓ From %1 (%2): %3\nAnswered: %4")
                .replace("%1", q.from_group)
                .replace("%2", texts.format_date(q.asked_on))
                .replace("%3", q.text)
                .replace("%4", q.answer)
            )
            entry.setData(ID_ROLE, q.id)
            entry.setForeground(self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            self.questions.addItem(entry)
        self.questions.blockSignals(False)
        has_questions = self.questions.count() > 0
        self.questions.setVisible(has_questions)
        self.no_questions.setVisible(not has_questions)
        for w in (self.answer_edit, self.answer_button):
            w.setVisible(has_questions)
        row = next((i for i in range(self.questions.count())
                    if self.questions.item(i).data(ID_ROLE) == chosen), 0 if self.open_rows else -1)
        self.questions.setCurrentRow(row)
        self._question_chosen(row)

        self.answers.clear()
        for q in self.answer_rows:
            self.answers.addItem(
                self.tr("To %1: %2\nAnswer (%3): %4")
                .replace("%1", q.to_group)
                .replace("%2", q.text)
                .replace("%3", texts.format_date(q.answered_on))
                .replace("%4", q.answer)
            )
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for q in self.waiting_rows:
            entry = QListWidgetItem(
                self.tr("To %1 (%2): %3 (no answer yet)")
                .replace("%1", q.to_group)
                .replace("%2", texts.format_date(q.asked_on))
                .replace("%3", q.text)
            )
            entry.setForeground(grey)
            self.answers.addItem(entry)
        has_answers = self.answers.count() > 0
        self.answers.setVisible(has_answers)
        self.no_answers.setVisible(not has_answers)
        self._set_stretches(bool(digests), has_questions, has_answers)

    def _set_stretches(self, shared: bool, questions: bool, answers: bool) -> None:
        """Lists with rows share the height; an empty section takes only the line that says so."""
        grow = QSizePolicy.Policy.Preferred
        for box, full, factor in ((self.shared_box, shared, 2), (self.questions_box, questions, 3),
                                  (self.answers_box, answers, 2)):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, grow if full else QSizePolicy.Policy.Maximum)
            self._layout.setStretchFactor(box, factor if full else 0)
        self._layout.setStretch(self._layout.count() - 1, 0 if (shared or questions or answers) else 1)

    # ------------------------------------------------------------------ questions to us
    def current_question_id(self) -> int | None:
        entry = self.questions.currentItem()
        return entry.data(ID_ROLE) if entry is not None else None

    def select_question(self, question_id: int) -> None:
        for i in range(self.questions.count()):
            if self.questions.item(i).data(ID_ROLE) == question_id:
                self.questions.setCurrentRow(i)
                return

    def _question_chosen(self, row: int) -> None:
        self.answer_error.set_error(None)
        question_id = self.current_question_id()
        answered = next((q for q in self.answered_here_rows if q.id == question_id), None)
        self.answer_edit.setPlainText(answered.answer if answered else "")
        self.answer_button.setEnabled(question_id is not None)
        self.answer_edit.setEnabled(question_id is not None)

    def _write(self, action, error: ErrorLabel) -> bool:
        """Run one operation; its problem goes to ``error``. The panel follows the announced change."""
        try:
            action()
        except ServiceError as exc:
            error.set_error(problem_text(exc.problem))
            return False
        error.set_error(None)
        return True

    def save_answer(self) -> None:
        question_id = self.current_question_id()
        text = self.answer_edit.toPlainText()
        if question_id is None:
            return
        if self._write(lambda: self.ops.sharing.answer(question_id, text, meeting_id=self.meeting_id),
                       self.answer_error):
            self.status.emit(self.tr("The answer is saved; the asking group sees it at its next meeting."))

    # ------------------------------------------------------------------ asking
    def ask(self) -> None:
        text = self.question_edit.text()
        from_id, to_id = self.from_group.currentData(), self.to_group.currentData()
        if not text.strip():
            self.question_edit.setFocus()
            return
        if from_id is None or to_id is None:
            return
        if self._write(lambda: self.ops.sharing.ask(from_id, to_id, text, meeting_id=self.meeting_id),
                       self.ask_error):
            self.question_edit.clear()
            self.status.emit(
                self.tr("Asked %1; the question shows at their next meeting.").replace("%1", self.to_group.currentText())
            )
