"""The kiosk screen: the laptop handed round the room, each member filling in their own form.

It fills the screen and shows only the form: no menu, no other section, no
one's answers. A member finds their name among those the round asks who have
not answered yet (or the facilitator picks it before handing the laptop over),
answers, and sends; a thank-you follows and then a fresh, empty form for the
next member (the old form's widgets are destroyed, not cleared). A form left
untouched for :attr:`KioskWindow.idle_ms` goes back to the list, unsent.

Leaving needs the facilitator: :data:`LEAVE_KEYS` and then the confirmation
(and the code, if one was set when the kiosk started). Escape, closing the
window (Alt+F4) and the main window's shortcuts do nothing here. While the kiosk
is open the main window is hidden (see the evaluation page), so switching
windows does not reach the data either.

Answers are saved with the channel "on the laptop".
"""

from __future__ import annotations

import hmac
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.collation import search_fold, sort_key
from tankapp.domain.enums import ResponseChannel
from tankapp.services.errors import ServiceError, ValidationError
from tankapp.ui.common import texts
from tankapp.ui.common.widgets import ErrorLabel
from tankapp.ui.evaluation.entry import AnswerForm
from tankapp.ui.evaluation.common import translate

if TYPE_CHECKING:
    from tankapp.ui.ops import Operations
    from tankapp.ui.ops.evaluation import KioskMember

LEAVE_KEYS = "Ctrl+Shift+L"
THANKS_MS = 6000
IDLE_MS = 10 * 60 * 1000


def _big(widget: QWidget, factor: float, bold: bool = False) -> QWidget:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)
    return widget


class KioskWindow(QWidget):
    """The full-screen form of one round (see the module docstring)."""

    left = Signal()  # the facilitator left the kiosk
    saved = Signal()  # a member's answers were saved

    PICK, FORM, THANKS, LEAVE = range(4)

    def __init__(self, ops: Operations, round_id: int, *, code: str = "", parent=None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("kiosk")
        self.setWindowTitle(translate("Evaluation", "Self-evaluation"))
        self.ops = ops
        self.round_id = round_id
        self.idle_ms = IDLE_MS
        self._code = code.strip()
        self._may_close = False
        self._member: KioskMember | None = None
        self._back_to = self.PICK
        self.form: AnswerForm | None = None
        rnd = ops.evaluation.round(round_id).round
        self._items = ops.evaluation.round_items(round_id)
        self.setFont(_big(QLabel(), 1.2).font())

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_picker(rnd.title))
        self.pages.addWidget(self._build_form_page())
        self.pages.addWidget(self._build_thanks())
        self.pages.addWidget(self._build_leave())
        self.refused = QLabel(translate("Evaluation", "Only the facilitator can close this screen."))
        self.refused.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.refused.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 30, 60, 20)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.refused)

        QShortcut(QKeySequence(LEAVE_KEYS), self, activated=self.ask_to_leave,
                  context=Qt.ShortcutContext.WindowShortcut)
        self._thanks_timer = QTimer(self, singleShot=True, interval=THANKS_MS, timeout=self.next_member)
        self._idle_timer = QTimer(self, singleShot=True, timeout=self._idle)
        self._refused_timer = QTimer(self, singleShot=True, interval=4000, timeout=self.refused.hide)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.next_member()

    # ================================================================== building
    def _build_picker(self, title: str) -> QWidget:
        page = QWidget()
        self.heading = _big(QLabel(translate("Evaluation", "Self-evaluation: %1").replace("%1", title)), 1.6, True)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        intro = QLabel(translate("Evaluation", "Find your name and press Enter (or choose it and press “This is me”). "
                          "Your answers are only shown for a whole group, and only when five or more "
                          "in the group have answered."))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Evaluation", "Type your name …"))
        self.search.setAccessibleName(translate("Evaluation", "Find your name"))
        self.search.setClearButtonEnabled(True)
        _big(self.search, 1.2)
        self.names = QListWidget()
        self.names.setAccessibleName(translate("Evaluation", "Names"))
        self.names.setSpacing(3)
        _big(self.names, 1.15)
        self.nobody = _big(QLabel(translate("Evaluation", "Everyone asked has answered. Thank you!")), 1.3)
        self.nobody.setWordWrap(True)
        self.nobody.hide()
        self.pick_button = _big(QPushButton(translate("Evaluation", "This is me →")), 1.1, True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pick_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addSpacing(10)
        layout.addWidget(self.search)
        layout.addWidget(self.nobody)
        layout.addWidget(self.names, 1)
        layout.addLayout(row)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._pick_from_search)
        self.search.installEventFilter(self)
        self.names.itemActivated.connect(lambda _i: self.pick())
        self.pick_button.clicked.connect(self.pick)
        return page

    def _build_form_page(self) -> QWidget:
        page = QWidget()
        self.who = _big(QLabel(), 1.4, True)
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setWordWrap(True)
        self.not_me = QPushButton(translate("Evaluation", "This is not me"))
        top = QHBoxLayout()
        top.addWidget(self.who, 1)
        top.addWidget(self.not_me)
        self.keys_hint = QLabel(translate("Evaluation", "Answer with the keys 1-5 or click. Tab or Enter goes on; Ctrl+Enter sends."))
        self.keys_hint.setWordWrap(True)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_error = ErrorLabel()
        _big(self.form_error, 1.1)
        self.send_button = _big(QPushButton(translate("Evaluation", "Send my answers")), 1.2, True)
        self.send_button.setMinimumHeight(48)
        bottom = QHBoxLayout()
        bottom.addWidget(self.form_error, 1)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.keys_hint)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        self.not_me.clicked.connect(self.back_to_names)
        self.send_button.clicked.connect(self.send)
        return page

    def _build_thanks(self) -> QWidget:
        page = QWidget()
        self.thanks = _big(QLabel(translate("Evaluation", "Thank you! Your answers are saved.")), 2.0, True)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks.setWordWrap(True)
        hand_on = _big(QLabel(translate("Evaluation", "Please hand the laptop on to the next person.")), 1.3)
        hand_on.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = _big(QPushButton(translate("Evaluation", "Next person")), 1.2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.next_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.thanks)
        layout.addWidget(hand_on)
        layout.addSpacing(20)
        layout.addLayout(row)
        layout.addStretch(2)
        self.next_button.clicked.connect(self.next_member)
        return page

    def _build_leave(self) -> QWidget:
        page = QWidget()
        title = _big(QLabel(translate("Evaluation", "Leave the kiosk screen?")), 1.6, True)
        text = QLabel(translate("Evaluation", "For the facilitator: leaving shows tankapp's main window again, with all its data."))
        text.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit.setPlaceholderText(translate("Evaluation", "The code set when the kiosk was started"))
        self.code_edit.setAccessibleName(translate("Evaluation", "Code"))
        self.code_edit.setVisible(bool(self._code))
        self.code_error = ErrorLabel()
        self.stay_button = _big(QPushButton(translate("Evaluation", "Stay")), 1.1)
        self.leave_button = _big(QPushButton(translate("Evaluation", "Leave the kiosk")), 1.1)
        row = QHBoxLayout()
        row.addWidget(self.stay_button)
        row.addWidget(self.leave_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.code_error)
        layout.addLayout(row)
        layout.addStretch(2)
        self.stay_button.clicked.connect(self.stay)
        self.leave_button.clicked.connect(self.leave)
        self.code_edit.returnPressed.connect(self.leave)
        return page

    # ================================================================== the names
    def _load_names(self) -> None:
        try:
            people = sorted(self.ops.evaluation.kiosk_members(self.round_id),
                            key=lambda p: (sort_key(p.name), sort_key(p.group)))
        except ServiceError:
            people = []
        self.names.clear()
        for p in people:
            item = QListWidgetItem(f"{p.name} ({p.group})")
            item.setData(Qt.ItemDataRole.UserRole, p)
            item.setData(Qt.ItemDataRole.UserRole + 1, search_fold(f"{p.name} {p.group}"))
            self.names.addItem(item)
        self.nobody.setVisible(not people)
        self.names.setVisible(bool(people))
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        words = search_fold(text).split()
        first = None
        for i in range(self.names.count()):
            item = self.names.item(i)
            hay = item.data(Qt.ItemDataRole.UserRole + 1)
            hidden = not all(w in hay for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.names.currentItem()
        if (current is None or current.isHidden()) and first is not None:
            self.names.setCurrentItem(first)
        elif current is not None and current.isHidden():
            self.names.setCurrentRow(-1)
        self.pick_button.setEnabled(first is not None)

    def visible_names(self) -> list[str]:
        return [self.names.item(i).text() for i in range(self.names.count()) if not self.names.item(i).isHidden()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.names.setFocus()
            return False
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            if isinstance(watched, QWidget) and watched.window() is self:
                self._idle_timer.start(self.idle_ms)
        return False

    def _pick_from_search(self) -> None:
        self.pick()

    def pick(self, member: KioskMember | None = None) -> None:
        """Open the form for *member* (or the highlighted name)."""
        if member is None:
            item = self.names.currentItem()
            if item is None or item.isHidden():
                return
            member = item.data(Qt.ItemDataRole.UserRole)
        self._member = member
        self._new_form()
        self.who.setText(translate("Evaluation", "Filled in by: %1").replace("%1", member.name))
        self.form_error.set_error(None)
        self.pages.setCurrentIndex(self.FORM)
        self.scroll.verticalScrollBar().setValue(0)
        self.form.focus_first()
        self._idle_timer.start(self.idle_ms)

    # ================================================================== the form
    def _new_form(self) -> None:
        """A fresh form: the old one's widgets are destroyed, so nothing of its answers is left."""
        self._drop_form()
        self.form = AnswerForm(self._items, large=True)
        self.form.submitted.connect(self.send)
        holder = QWidget()
        hl = QVBoxLayout(holder)
        hl.setContentsMargins(0, 0, 16, 0)
        hl.addWidget(self.form)
        hl.addStretch(1)
        self.scroll.setWidget(holder)
        if self._items:
            QWidget.setTabOrder(self.not_me, self.form.inputs[self._items[0].key])
            QWidget.setTabOrder(self.form.inputs[self._items[-1].key], self.send_button)

    def _drop_form(self) -> None:
        old = self.scroll.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.form = None

    def send(self) -> None:
        if self.form is None or self._member is None or self.pages.currentIndex() != self.FORM:
            return
        answers = self.form.answers()
        if not self.form.has_answer():
            self.form.show_problems([])
            self.form_error.set_error(translate("Evaluation", "Answer at least one question before you send."))
            return
        try:
            still_open = {m.member_id for m in self.ops.evaluation.kiosk_members(self.round_id)}
            if self._member.member_id not in still_open:
                self.form_error.set_error(translate("Evaluation", "An answer from you is registered already. Please ask the facilitator."))
                return
            self.ops.evaluation.record_answers(self.round_id, self._member.member_id, answers,
                                               channel=ResponseChannel.KIOSK)
        except ValidationError as exc:
            self.form.show_problems(exc.problems)
            self.form_error.set_error(translate("Evaluation", "Please look at the question marked in red."))
            return
        except ServiceError as exc:
            self.form_error.set_error(texts.problem_text(exc.problem))
            return
        self._drop_form()
        self._member = None
        self.who.clear()
        self.form_error.set_error(None)
        self.pages.setCurrentIndex(self.THANKS)
        self.next_button.setFocus()
        self._thanks_timer.start()
        self.saved.emit()

    def back_to_names(self) -> None:
        """Back to the list without sending (the form is thrown away)."""
        self.next_member()

    def next_member(self) -> None:
        """The list of names again, for the next person: no form, no name, no filter text left."""
        self._thanks_timer.stop()
        self._drop_form()
        self._member = None
        self.who.clear()
        self.form_error.set_error(None)
        self.search.clear()
        self._load_names()
        self.pages.setCurrentIndex(self.PICK)
        self.search.setFocus()

    def _idle(self) -> None:
        if self.pages.currentIndex() in (self.FORM, self.THANKS):
            self.next_member()

    def _focus_changed(self, _old, new) -> None:
        if self.form is not None and new is not None and self.form.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 20, 40)

    # ================================================================== leaving
    def ask_to_leave(self) -> None:
        if self.pages.currentIndex() != self.LEAVE:
            self._back_to = self.pages.currentIndex()
        self._thanks_timer.stop()
        self.code_edit.clear()
        self.code_error.set_error(None)
        self.pages.setCurrentIndex(self.LEAVE)
        (self.code_edit if self._code else self.stay_button).setFocus()

    def stay(self) -> None:
        back = self._back_to
        if back == self.FORM and self.form is not None:
            self.pages.setCurrentIndex(self.FORM)
            self.form.focus_first()
        else:
            self.next_member()

    def leave(self) -> None:
        if self.pages.currentIndex() != self.LEAVE:
            return
        if self._code and not hmac.compare_digest(self.code_edit.text().strip().encode(), self._code.encode()):
            self.code_error.set_error(translate("Evaluation", "That is not the code."))
            self.code_edit.selectAll()
            return
        self._drop_form()
        self._may_close = True
        self.left.emit()  # the main window is shown again before this one closes (so the app goes on)
        self.close()

    # ================================================================== the window
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        QApplication.instance().installEventFilter(self)
        self._idle_timer.start(self.idle_ms)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            if self.pages.currentIndex() == self.LEAVE:
                self.stay()
            event.accept()  # Escape never leaves
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._may_close:
            event.ignore()
            self.refused.show()
            self._refused_timer.start()
            return
        QApplication.instance().removeEventFilter(self)
        self._idle_timer.stop()
        self._thanks_timer.stop()
        try:
            QApplication.instance().focusChanged.disconnect(self._focus_changed)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
