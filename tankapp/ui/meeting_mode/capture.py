"""Capturing knowledge contributions (*vidensbidrag*) in meeting mode, and their words.

Meeting mode embeds a :class:`ContributionCapture` panel (hidden until used) and
a row of :class:`CaptureButtons`; :func:`install_shortcuts` puts the four
capture keys on its window. A key or button opens the panel inline, prefilled
with the meeting, the group and the current agenda item, with the title
focused: type a title, press Enter, and the contribution is saved as a draft
and the panel goes away, giving the focus back to where it was (the notes,
usually). Escape cancels. Nothing here is modal, so the meeting never waits on
a dialog.

The words for kinds, kinds of involvement, settings and statuses live here too
(translation context "Contributions"), so the register and matrix in
:mod:`tankapp.ui.contributions.page` share them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.enums import ContributionInvolvement as Inv
from tankapp.domain.enums import ContributionKind as Kind
from tankapp.domain.enums import ContributionStatus as Status
from tankapp.domain.enums import Criterion, Involvement, Setting
from tankapp.services.contributions.register import CRITERIA, ContributionInput
from tankapp.services.errors import Problem, ServiceError, ValidationError
from tankapp.services.meetings.planning import MeetingSummary
from tankapp.ui.common import texts
from tankapp.ui.ops import Operations
from tankapp.ui.common.widgets import ErrorLabel

# Aliased so that pyside6-lupdate still finds every string (it knows ``translate(``).
translate = QCoreApplication.translate

KINDS = (Kind.PROMOTER, Kind.BARRIER, Kind.EXAMPLE, Kind.GAP)
INVOLVEMENTS = (Inv.ORGANISATIONAL, Inv.INDIVIDUAL, Inv.RELATIVES, Inv.UNSPECIFIED)
SETTINGS = (Setting.REGION, Setting.MUNICIPALITY, Setting.CROSS_SECTOR, Setting.UNSPECIFIED)
STATUSES = (Status.DRAFT, Status.REVIEWED, Status.SENT)

# Alt+digit, not a single letter: in meeting mode the focus is nearly always in a
# text field (notes, a decision, the attendance filter), where a bare letter is
# typing. Alt+1..4 works wherever the focus is, is free in meeting mode and in
# the native styles' menus, and the digits follow the order of the buttons.
CAPTURE_KEYS: dict[Kind, str] = {
    Kind.PROMOTER: "Alt+1",
    Kind.BARRIER: "Alt+2",
    Kind.EXAMPLE: "Alt+3",
    Kind.GAP: "Alt+4",
}


# ------------------------------------------------------------------ words


def kind_label(kind: Kind) -> str:
    return {
        Kind.PROMOTER: translate("Contributions", "Promoter"),
        Kind.BARRIER: translate("Contributions", "Barrier"),
        Kind.EXAMPLE: translate("Contributions", "Successful example"),
        Kind.GAP: translate("Contributions", "Knowledge gap or need"),
    }[kind]


def kind_letter(kind: Kind) -> str:
    """One letter per kind for the matrix's split counts (F, B, E, V in Danish)."""
    return {
        Kind.PROMOTER: translate("Contributions", "P", "letter for promoter"),
        Kind.BARRIER: translate("Contributions", "B", "letter for barrier"),
        Kind.EXAMPLE: translate("Contributions", "E", "letter for successful example"),
        Kind.GAP: translate("Contributions", "G", "letter for knowledge gap"),
    }[kind]


def capture_button_label(kind: Kind) -> str:
    return {
        Kind.PROMOTER: translate("Contributions", "+ Promoter"),
        Kind.BARRIER: translate("Contributions", "+ Barrier"),
        Kind.EXAMPLE: translate("Contributions", "+ Example"),
        Kind.GAP: translate("Contributions", "+ Knowledge gap"),
    }[kind]


def involvement_label(inv: Inv) -> str:
    if inv == Inv.UNSPECIFIED:
        return translate("Contributions", "Not specified")
    return texts.involvement_label(Involvement(inv.value))


def criterion_label(criterion: Criterion) -> str:
    return texts.criterion_label(criterion)


def criteria_text(criteria: Iterable[Criterion]) -> str:
    chosen = set(criteria)
    return ", ".join(criterion_label(c) for c in CRITERIA if c in chosen)


def setting_label(setting: Setting) -> str:
    return {
        Setting.REGION: translate("Contributions", "Region"),
        Setting.MUNICIPALITY: translate("Contributions", "Municipality"),
        Setting.CROSS_SECTOR: translate("Contributions", "Across sectors"),
        Setting.UNSPECIFIED: translate("Contributions", "Not specified"),
    }[setting]


def status_label(status: Status, sent_on: dt.date | None = None) -> str:
    """'Draft', 'Reviewed', or 'Sent 12.03.2026' (with the date it went to ViBIS)."""
    if status == Status.SENT:
        if sent_on is None:
            return translate("Contributions", "Sent")
        return translate("Contributions", "Sent %1").replace("%1", texts.format_date(sent_on))
    return {
        Status.DRAFT: translate("Contributions", "Draft"),
        Status.REVIEWED: translate("Contributions", "Reviewed"),
    }[status]


def status_choice_label(status: Status) -> str:
    """A status as a choice in a list (no date)."""
    if status == Status.SENT:
        return translate("Contributions", "Sent to ViBIS")
    return status_label(status)


def contribution_problem_text(p: Problem) -> str:
    """A problem of the contributions in the user's language (others go to texts.problem_text)."""
    make = {
        "contribution_title_required": lambda: translate("Contributions", "Give the contribution a short title."),
        "group_required": lambda: translate("Contributions", "Choose the group the contribution comes from."),
        "meeting_not_found": lambda: translate("Contributions", "The meeting no longer exists. Choose another meeting."),
        "member_not_found": lambda: translate("Contributions", "The member no longer exists. Choose another member."),
        "contribution_not_found": lambda: translate("Contributions", "The contribution no longer exists."),
        "merge_same": lambda: translate("Contributions", "Choose two different contributions to merge."),
        "merge_merged": lambda: translate(
            "Contributions", "One of them is already merged into another contribution."
        ),
    }.get(p.code)
    return make() if make is not None else texts.problem_text(p)


def member_choice_label(name: str, consent_named: bool | None) -> str:
    if consent_named is False:
        return translate("Contributions", "%1 (not named: no consent)").replace("%1", name)
    return name


def combo_value(combo: QComboBox, enum_type):
    """The chosen enum member (Qt hands a str-based enum back as a plain str), or None."""
    value = combo.currentData()
    return None if value is None else enum_type(value)


def set_combo_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


# ------------------------------------------------------------------ the fields


class ContributionForm(QWidget):
    """The fields of a contribution shared by the capture panel and the edit dialog.

    Title (required, with an inline error), text, kind, kind of involvement,
    criteria, setting and the member who brought it. Group, meeting and status
    are the caller's (the panel knows them; the dialog adds its own fields).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.title.setPlaceholderText(translate("Contributions", "A short title, e.g. “No time set aside for user councils”"))
        self.title_error = ErrorLabel()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(translate("Contributions", "What was said, in a few lines (optional)"))
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(kind_label(k), k)
        self.involvement = QComboBox()
        for inv in INVOLVEMENTS:
            self.involvement.addItem(involvement_label(inv), inv)
        set_combo_data(self.involvement, Inv.UNSPECIFIED)
        self.criteria: dict[Criterion, QCheckBox] = {}
        criteria_row = QHBoxLayout()
        criteria_row.setContentsMargins(0, 0, 0, 0)
        for c in CRITERIA:
            box = QCheckBox(criterion_label(c))
            self.criteria[c] = box
            criteria_row.addWidget(box)
        criteria_row.addStretch(1)
        criteria_box = QWidget()
        criteria_box.setLayout(criteria_row)
        self.setting = QComboBox()
        for st in SETTINGS:
            self.setting.addItem(setting_label(st), st)
        set_combo_data(self.setting, Setting.UNSPECIFIED)
        self.member = QComboBox()
        self.member.setToolTip(
            translate("Contributions", "Optional. A member is named in documents sent to ViBIS only if they have agreed to be named.")
        )
        self.set_members([])

        grid = self.grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        self.title_label = QLabel(translate("Contributions", "&Title:"))
        self.title_label.setBuddy(self.title)
        grid.addWidget(self.title_label, 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 3)
        grid.addWidget(self.title_error, 1, 1, 1, 3)
        text_label = QLabel(translate("Contributions", "Te&xt:"))
        text_label.setBuddy(self.text)
        grid.addWidget(text_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.text, 2, 1, 1, 3)
        for row, col, span, label, widget in (
            (3, 0, 1, translate("Contributions", "&Kind:"), self.kind),
            (3, 2, 1, translate("Contributions", "&Involvement:"), self.involvement),
            (4, 0, 3, translate("Contributions", "Criteria:"), criteria_box),
            (5, 0, 1, translate("Contributions", "&Setting:"), self.setting),
            (5, 2, 1, translate("Contributions", "&Member:"), self.member),
        ):
            lab = QLabel(label)
            lab.setBuddy(widget)
            grid.addWidget(lab, row, col)
            grid.addWidget(widget, row, col + 1, 1, span)
        for combo in (self.kind, self.involvement, self.setting, self.member):
            # Narrow columns squeeze the choices rather than push meeting mode's panes apart.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.involvement.setToolTip(
            translate("Contributions", "Organisational, individual or relatives' involvement; leave it for later if unsure.")
        )
        self.title.textEdited.connect(lambda _t: self.title_error.set_error(None))
        self.setTabOrder(self.title, self.text)
        self.setTabOrder(self.text, self.kind)
        self.setTabOrder(self.kind, self.involvement)
        previous = self.involvement
        for box in self.criteria.values():
            self.setTabOrder(previous, box)
            previous = box
        self.setTabOrder(previous, self.setting)
        self.setTabOrder(self.setting, self.member)

    def add_row(self, label: str, widget: QWidget) -> None:
        """Another field below the others, across the full width (the dialog's group, meeting, status)."""
        row = self.grid.rowCount()
        lab = QLabel(label)
        lab.setBuddy(widget)
        self.grid.addWidget(lab, row, 0)
        self.grid.addWidget(widget, row, 1, 1, 3)

    def set_members(self, members: Sequence[tuple], selected: int | None = None) -> None:
        """``members``: (id, name) or (id, name, consent_named) tuples."""
        current = selected if selected is not None else self.member.currentData()
        self.member.clear()
        self.member.addItem(translate("Contributions", "(none)"), None)
        for m in members:
            member_id, name = m[0], m[1]
            consent = m[2] if len(m) > 2 else None
            self.member.addItem(member_choice_label(name, consent), member_id)
        set_combo_data(self.member, current)

    def clear(self) -> None:
        self.set_input(ContributionInput(involvement=Inv.UNSPECIFIED, setting=Setting.UNSPECIFIED))
        self.title_error.set_error(None)

    def set_input(self, data: ContributionInput) -> None:
        self.title.setText(data.title)
        self.title.setCursorPosition(0)
        self.text.setPlainText(data.text)
        set_combo_data(self.kind, data.kind)
        set_combo_data(self.involvement, data.involvement)
        for c, box in self.criteria.items():
            box.setChecked(c in data.criteria)
        set_combo_data(self.setting, data.setting)
        if data.member_id is not None and self.member.findData(data.member_id) < 0:
            self.member.addItem(str(data.member_id), data.member_id)
        set_combo_data(self.member, data.member_id)

    def fill(self, data: ContributionInput) -> ContributionInput:
        """Write the fields into ``data`` (group, meeting, status stay as they are) and return it."""
        data.title = self.title.text()
        data.text = self.text.toPlainText()
        data.kind = combo_value(self.kind, Kind)
        data.involvement = combo_value(self.involvement, Inv)
        data.criteria = {c for c, box in self.criteria.items() if box.isChecked()}
        data.setting = combo_value(self.setting, Setting)
        data.member_id = self.member.currentData()
        return data

    def set_kind(self, kind: Kind) -> None:
        set_combo_data(self.kind, kind)


# ------------------------------------------------------------------ the panel

# () -> (group_id, agenda_item_id, members) or (group_id, agenda_item_id, members, item_title);
# members are (id, name), (id, name, consent_named) or (id, name, consent_named, group name) tuples.
ContextProvider = Callable[[], tuple]


class ContributionCapture(QFrame):
    """The inline capture panel of meeting mode (hidden until :meth:`start`).

    Signals: ``saved(int)`` with the new contribution's id, ``status(str)`` for
    the status bar, ``closed()`` when the panel hides (saved or cancelled).

    Enter in the title (or anywhere but the text field) and Ctrl+Enter anywhere
    save; Escape cancels. Pressing another capture key while the panel is open
    only changes the kind, and keeps what was typed.
    """

    saved = Signal(int)
    status = Signal(str)
    closed = Signal()

    def __init__(self, ops: Operations, meeting_id: int, parent=None, *, meeting: MeetingSummary | None = None):
        """``meeting``: the meeting's row if the caller has it (meeting mode does), else it is read."""
        super().__init__(parent)
        self.ops = ops
        self.meeting_id = meeting_id
        self.group_id: int | None = None
        self.agenda_item_id: int | None = None
        self.item_title: str | None = None
        self._context_provider: ContextProvider | None = None
        self._return_focus: QWidget | None = None
        self._actions: list[QAction] = []
        self.meeting = meeting if meeting is not None else ops.meeting_mode.meeting(meeting_id)

        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.context = QLabel()
        self.context.setTextFormat(Qt.TextFormat.PlainText)
        self.context.setWordWrap(True)
        self.group = QComboBox()  # only shown at a joint meeting
        self.group.setToolTip(translate("Contributions", "The group the contribution comes from"))
        self.set_meeting(self.meeting)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.group)

        self.form = ContributionForm()

        self.hint = QLabel(translate("Contributions", "Enter saves · Esc cancels"))
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setWordWrap(True)
        self.cancel_button = QPushButton(translate("Contributions", "Cancel"))
        self.save_button = QPushButton(translate("Contributions", "Save"))
        self.save_button.setToolTip(translate("Contributions", "Save the contribution (Enter, or Ctrl+Enter in the text)"))
        for button in (self.cancel_button, self.save_button):
            button.setAutoDefault(True)  # Enter on a focused button presses that button
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.context)
        layout.addWidget(self.form)
        layout.addLayout(bottom)

        self.form.title.returnPressed.connect(self.save)
        self.form.kind.currentIndexChanged.connect(self._update_heading)
        self.form.member.currentIndexChanged.connect(self._member_chosen)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save, context=context)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel, context=context)
        self._members_groups: dict[int, str] = {}
        self.hide()

    def set_meeting(self, meeting: MeetingSummary) -> None:
        """The meeting's title or groups changed (meeting mode follows its meeting)."""
        self.meeting = meeting
        chosen = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        for gid, name in zip(meeting.group_ids, meeting.groups):
            self.group.addItem(name, gid)
        set_combo_data(self.group, chosen)
        self.group.blockSignals(False)
        self.joint = len(meeting.group_ids) > 1
        self.group.setVisible(self.joint)

    # ------------------------------------------------------------------ opening
    def set_context_provider(self, provider: ContextProvider | None) -> None:
        """Where :meth:`request` gets (group_id, agenda_item_id, members) from.

        Without one, the panel reads them from the database: the meeting's
        first group, the agenda's current item and the invited members.
        """
        self._context_provider = provider

    def current_context(self) -> tuple[int | None, int | None, list[tuple], str | None]:
        """(group_id, agenda_item_id, members, item title or None if not known)."""
        if self._context_provider is not None:
            group_id, item_id, members, *rest = self._context_provider()
            return group_id, item_id, list(members), (rest[0] if rest else None)
        group_id, item_id, item_title, members = self.ops.meeting_mode.capture_context(self.meeting_id)
        return group_id, item_id, [(m.id, m.name, m.consent_named, m.group) for m in members], item_title

    def is_open(self) -> bool:
        """The form is shown (or would be, once its window is)."""
        return not self.isHidden()

    def request(self, kind: Kind) -> None:
        """Open the panel for ``kind`` in the current context (what the keys and buttons call).

        At a steering committee meeting it only says why not: contributions come from the expert groups.
        """
        if getattr(self.meeting, "steering", False):
            self.status.emit(translate("Contributions", "The steering committee gives no knowledge contributions; "
                                       "they come from the expert groups."))
            return
        if self.is_open():
            self.start(kind, self.group_id, self.agenda_item_id, [])
            return
        group_id, item_id, members, item_title = self.current_context()
        self.start(kind, group_id, item_id, members, item_title=item_title)

    def start(
        self,
        kind: Kind,
        group_id: int | None,
        agenda_item_id: int | None,
        members: Sequence[tuple],
        *,
        item_title: str | None = None,
    ) -> None:
        """Show the form for ``kind``, prefilled, with the title focused.

        ``members``: (id, name), (id, name, consent_named) or (id, name,
        consent_named, group name) for the member choice; ``item_title`` the
        agenda item's (read if not given). If the panel is already open only
        the kind changes.
        """
        focus = QApplication.focusWidget()
        if self.is_open():
            self.form.set_kind(kind)
            self._focus_title()
            return
        if focus is not None and not self.isAncestorOf(focus) and focus is not self:
            self._return_focus = focus
        self.group_id = group_id if group_id is not None else (self.meeting.group_ids[0] if self.meeting.group_ids else None)
        self.agenda_item_id = agenda_item_id
        self.item_title = item_title
        set_combo_data(self.group, self.group_id)
        self.form.clear()
        self.form.set_members(self._with_consent(members), selected=None)
        self.form.set_kind(kind)
        self._update_heading()
        self.context.setText(self._context_text())
        self.show()
        self._focus_title()

    def _focus_title(self) -> None:
        # No select-all: a kind changed half-way must not let the next keystroke replace the title.
        self.form.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form.title.end(False)

    def _with_consent(self, members: Sequence[tuple]) -> list[tuple]:
        """Add whether each member agreed to be named, and remember their groups (read only if not given)."""
        if not members:
            return []
        missing = [m[0] for m in members if len(m) < 4]
        known = self.ops.meeting_mode.capture_members(missing) if missing else {}
        self._members_groups = {}
        out = []
        for m in members:
            member_id, name = m[0], m[1]
            found = known.get(member_id)
            consent = m[2] if len(m) > 2 else (found.consent_named if found else None)
            group = m[3] if len(m) > 3 else (found.group if found else None)
            if group is not None:
                self._members_groups[member_id] = group
            out.append((member_id, name, consent))
        return out

    def _context_text(self) -> str:
        parts = [self.meeting.title]
        if not self.joint and self.meeting.groups:
            parts.append(", ".join(self.meeting.groups))
        if self.agenda_item_id is not None:
            if self.item_title is None:
                self.item_title = self.ops.meeting_mode.item_title(self.agenda_item_id)
            if self.item_title:
                parts.append(self.item_title)
        return " · ".join(parts)

    def _update_heading(self) -> None:
        kind = combo_value(self.form.kind, Kind)
        if kind is not None:
            self.heading.setText(translate("Contributions", "New contribution: %1").replace("%1", kind_label(kind)))

    def _member_chosen(self) -> None:
        """At a joint meeting, a member's contribution comes from their group."""
        member_id = self.form.member.currentData()
        group_name = self._members_groups.get(member_id)
        if group_name and self.joint:
            index = self.group.findText(group_name)
            if index >= 0:
                self.group.setCurrentIndex(index)

    # ------------------------------------------------------------------ closing
    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.form.text.hasFocus():
            self.save()
            return
        super().keyPressEvent(event)

    def input(self) -> ContributionInput:
        data = ContributionInput(
            group_id=self.group.currentData() if self.joint else self.group_id,
            meeting_id=self.meeting_id,
            agenda_item_id=self.agenda_item_id,
            status=Status.DRAFT,
        )
        return self.form.fill(data)

    def save(self) -> int | None:
        """Create the contribution (a draft); on success hide and give the focus back."""
        if not self.is_open():
            return None
        data = self.input()
        try:
            new_id = self.ops.meeting_mode.capture_contribution(data)
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return None
        except ServiceError as exc:
            self.form.title_error.set_error(contribution_problem_text(exc.problem))
            return None
        title = data.title.strip()
        self._close()
        self.saved.emit(new_id)
        self.status.emit(
            translate("Contributions", "Saved: %1 “%2”").replace("%1", kind_label(data.kind)).replace("%2", title)
        )
        return new_id

    def _show_problems(self, problems: list[Problem]) -> None:
        messages = [contribution_problem_text(p) for p in problems]
        self.form.title_error.set_error(" ".join(messages))
        self.form.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel(self) -> None:
        if self.is_open():
            self._close()
            self.status.emit(translate("Contributions", "Contribution not saved"))

    def _close(self) -> None:
        self.hide()
        self.form.clear()
        target, self._return_focus = self._return_focus, None
        if target is not None and shiboken6.isValid(target) and target.isVisible() and target.isEnabled():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    # ------------------------------------------------------------------ keys
    def shortcut_actions(self) -> list[QAction]:
        """The four capture actions (Alt+1..4, see :data:`CAPTURE_KEYS`); add them to a window."""
        if not self._actions:
            for kind in KINDS:
                action = QAction(capture_button_label(kind), self)
                action.setShortcut(QKeySequence(CAPTURE_KEYS[kind]))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.setToolTip(capture_tooltip(kind))
                action.setData(kind)
                action.triggered.connect(lambda _checked=False, k=kind: self.request(k))
                self._actions.append(action)
        return list(self._actions)


def capture_tooltip(kind: Kind) -> str:
    return (
        translate("Contributions", "Capture a contribution: %1 (%2)")
        .replace("%1", kind_label(kind))
        .replace("%2", QKeySequence(CAPTURE_KEYS[kind]).toString(QKeySequence.SequenceFormat.NativeText))
    )


def install_shortcuts(
    window: QWidget, capture: ContributionCapture, context_provider: ContextProvider | None = None
) -> list[QAction]:
    """Put the capture keys on ``window`` (Alt+1 promoter, Alt+2 barrier, Alt+3 example, Alt+4 gap).

    Alt+digit rather than single letters, because in meeting mode the focus is
    nearly always in a text field where a bare letter is typing; the digits
    follow the order of the :class:`CaptureButtons`. ``context_provider``, if
    given, returns (group_id, agenda_item_id, members) (and optionally the
    item's title) for a new contribution; otherwise the panel reads them from
    the database.
    """
    if context_provider is not None:
        capture.set_context_provider(context_provider)
    actions = capture.shortcut_actions()
    window.addActions(actions)
    return actions


class CaptureButtons(QWidget):
    """Four small buttons, "+ Promoter", "+ Barrier", "+ Example", "+ Knowledge gap".

    ``requested(ContributionKind)`` says which was pressed; connect it to
    :meth:`ContributionCapture.request`. The buttons take no focus on a click,
    so the facilitator's cursor stays in the notes.
    """

    requested = Signal(object)

    def __init__(self, parent=None, *, label: bool = True):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label = QLabel(translate("Contributions", "Contribution:"))
        self.label.setVisible(label)  # without it the row needs ~70 px less
        layout.addWidget(self.label)
        self.buttons: dict[Kind, QPushButton] = {}
        for kind in KINDS:
            button = QPushButton(capture_button_label(kind))
            button.setToolTip(capture_tooltip(kind))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=kind: self.requested.emit(k))
            self.buttons[kind] = button
            layout.addWidget(button)
        layout.addStretch(1)
