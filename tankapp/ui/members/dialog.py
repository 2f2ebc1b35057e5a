"""The member dialog: every field of a member, with messages next to the fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.enums import RecruitedVia, Region, Sector
from tankapp.services.members.groups import GroupSummary
from tankapp.ui.groups.steering import group_label
from tankapp.services.members.registry import MemberInput
from tankapp.ui.ops import Operations
from tankapp.ui.common import texts
from tankapp.ui.common.widgets import ErrorLabel, OptionalDateEdit, grow_to_fit, with_error


def _enum_combo(values, label, empty_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(empty_text, None)
    for v in values:
        combo.addItem(label(v), v)
    return combo


def _set_combo(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class MemberDialog(QDialog):
    """Add or edit a member. ``result_input()`` gives the validated data after accept."""

    def __init__(
        self,
        ops: Operations,
        groups: list[GroupSummary],
        *,
        member_id: int | None = None,
        data: MemberInput | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.ops = ops
        self.member_id = member_id
        self.setWindowTitle(self.tr("Edit member") if member_id else self.tr("New member"))
        self.setMinimumWidth(560)
        self.errors: dict[str, ErrorLabel] = {}
        self._field_tab: dict[str, int] = {}
        self._field_widget: dict[str, QWidget] = {}

        self.tabs = QTabWidget()
        none = self.tr("(not given)")

        # --- Person -------------------------------------------------------
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@example.dk"))
        self.phone = QLineEdit()
        self.organisation = QLineEdit()
        self.job_title = QLineEdit()
        self.group = QComboBox()
        for g in sorted(groups, key=lambda g: g.steering):  # the steering committee after the expert groups
            if not g.archived or (data and data.group_id == g.id):
                self.group.addItem(group_label(g.name, g.steering), g.id)
        self.sector = _enum_combo(Sector, texts.sector_label, none)
        self.region = _enum_combo(Region, texts.region_label, none)
        self.municipality = QLineEdit()
        self.municipality.setPlaceholderText(self.tr("e.g. Aarhus Kommune"))

        person = self._form_tab(
            self.tr("Person"),
            [
                ("name", self.tr("Name:"), self.name),
                ("email", self.tr("E-mail:"), self.email),
                ("phone", self.tr("Phone:"), self.phone),
                ("organisation", self.tr("Organisation:"), self.organisation),
                ("job_title", self.tr("Job title:"), self.job_title),
                ("group_id", self.tr("Group:"), self.group),  # an expert group or the steering committee
                ("sector", self.tr("Sector:"), self.sector),
                ("region", self.tr("Region:"), self.region),
                ("municipality", self.tr("Municipality:"), self.municipality),
            ],
        )

        # --- Recruitment --------------------------------------------------
        self.recruited_via = _enum_combo(RecruitedVia, texts.recruited_via_label, none)
        self.recruited_via_note = QLineEdit()
        self.recruited_via_note.setPlaceholderText(self.tr("who or what, if other"))
        self.criterion_engaged = QCheckBox(self.tr("Personally engaged in user involvement"))
        self.criterion_engaged_note = QPlainTextEdit()
        self.criterion_change_agent = QCheckBox(self.tr("Has a role that lets them act as a change agent"))
        self.criterion_change_agent_note = QPlainTextEdit()
        for note in (self.criterion_engaged_note, self.criterion_change_agent_note):
            note.setTabChangesFocus(True)
            note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.joined_on = OptionalDateEdit(self.tr("Date known"))
        self.withdrawn_on = OptionalDateEdit(self.tr("Has withdrawn"))
        recruitment = self._form_tab(
            self.tr("Recruitment"),
            [
                ("recruited_via", self.tr("Recruited via:"), self.recruited_via),
                ("recruited_via_note", self.tr("Details:"), self.recruited_via_note),
                ("criterion_engaged", self.tr("Criterion 1:"), self.criterion_engaged),
                ("criterion_engaged_note", self.tr("Note:"), self.criterion_engaged_note),
                ("criterion_change_agent", self.tr("Criterion 2:"), self.criterion_change_agent),
                ("criterion_change_agent_note", self.tr("Note:"), self.criterion_change_agent_note),
                ("joined_on", self.tr("Joined:"), self.joined_on),
                ("withdrawn_on", self.tr("Withdrawn:"), self.withdrawn_on),
            ],
        )

        # --- Consent and notes --------------------------------------------
        self.consent_named = QCheckBox(self.tr("May be named in documents sent to ViBIS"))
        self.consent_named_on = OptionalDateEdit(self.tr("Consent given on"))
        self.consent_contact = QCheckBox(self.tr("May be contacted"))
        self.consent_contact_on = OptionalDateEdit(self.tr("Consent given on"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self._form_tab(
            self.tr("Consent and notes"),
            [
                ("consent_named", self.tr("Consent:"), self.consent_named),
                ("consent_named_on", "", self.consent_named_on),
                ("consent_contact", "", self.consent_contact),
                ("consent_contact_on", "", self.consent_contact_on),
                ("notes", self.tr("Notes:"), self.notes),
            ],
        )
        # Ticking a consent fills in today's date, as a facilitator would.
        self.consent_named.toggled.connect(lambda on: self._date_with_consent(on, self.consent_named_on))
        self.consent_contact.toggled.connect(lambda on: self._date_with_consent(on, self.consent_contact_on))
        del person, recruitment

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

        self.email.editingFinished.connect(self._check_email)
        self.name.textEdited.connect(lambda: self.errors["name"].set_error(None))

        if data is not None:
            self.set_input(data)
        self.name.setFocus()

    # ------------------------------------------------------------------
    def _form_tab(self, title: str, rows) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        tab_index = self.tabs.addTab(page, title)
        for key, label, widget in rows:
            box, error = with_error(widget)
            form.addRow(label, box)
            self.errors[key] = error
            self._field_tab[key] = tab_index
            self._field_widget[key] = widget
        return page

    @staticmethod
    def _date_with_consent(on: bool, date_edit: OptionalDateEdit) -> None:
        if on and date_edit.value() is None:
            from datetime import date

            date_edit.set_value(date.today())
        elif not on:
            date_edit.set_value(None)

    def set_input(self, data: MemberInput) -> None:
        self.name.setText(data.name)
        self.email.setText(data.email or "")
        self.phone.setText(data.phone)
        self.organisation.setText(data.organisation)
        self.job_title.setText(data.job_title)
        _set_combo(self.group, data.group_id)
        _set_combo(self.sector, data.sector)
        _set_combo(self.region, data.region)
        self.municipality.setText(data.municipality)
        _set_combo(self.recruited_via, data.recruited_via)
        self.recruited_via_note.setText(data.recruited_via_note)
        self.criterion_engaged.setChecked(data.criterion_engaged)
        self.criterion_engaged_note.setPlainText(data.criterion_engaged_note)
        self.criterion_change_agent.setChecked(data.criterion_change_agent)
        self.criterion_change_agent_note.setPlainText(data.criterion_change_agent_note)
        self.consent_named.setChecked(data.consent_named)
        self.consent_named_on.set_value(data.consent_named_on)
        self.consent_contact.setChecked(data.consent_contact)
        self.consent_contact_on.set_value(data.consent_contact_on)
        self.joined_on.set_value(data.joined_on)
        self.withdrawn_on.set_value(data.withdrawn_on)
        self.notes.setPlainText(data.notes)

    def input(self) -> MemberInput:
        return MemberInput(
            name=self.name.text(),
            group_id=self.group.currentData(),
            email=self.email.text(),
            phone=self.phone.text(),
            organisation=self.organisation.text(),
            job_title=self.job_title.text(),
            sector=self.sector.currentData(),
            region=self.region.currentData(),
            municipality=self.municipality.text(),
            recruited_via=self.recruited_via.currentData(),
            recruited_via_note=self.recruited_via_note.text(),
            criterion_engaged=self.criterion_engaged.isChecked(),
            criterion_engaged_note=self.criterion_engaged_note.toPlainText(),
            criterion_change_agent=self.criterion_change_agent.isChecked(),
            criterion_change_agent_note=self.criterion_change_agent_note.toPlainText(),
            consent_named=self.consent_named.isChecked(),
            consent_named_on=self.consent_named_on.value(),
            consent_contact=self.consent_contact.isChecked(),
            consent_contact_on=self.consent_contact_on.value(),
            joined_on=self.joined_on.value(),
            withdrawn_on=self.withdrawn_on.value(),
            notes=self.notes.toPlainText(),
        ).cleaned()

    # ------------------------------------------------------------------
    def _problems(self):
        return self.ops.members.validate(self.input(), member_id=self.member_id)

    def _check_email(self) -> None:
        problems = [p for p in self._problems() if p.field == "email"]
        self.errors["email"].set_error(texts.problem_text(problems[0]) if problems else None)

    def show_problems(self, problems) -> bool:
        """Show each problem next to its field; focus the first. True if any."""
        for label in self.errors.values():
            label.set_error(None)
        first = None
        for p in problems:
            key = p.field if p.field in self.errors else "name"
            self.errors[key].set_error(texts.problem_text(p))
            first = first or key
        if first:
            self.tabs.setCurrentIndex(self._field_tab[first])
            self._field_widget[first].setFocus(Qt.FocusReason.OtherFocusReason)
        return first is not None

    def accept(self) -> None:
        shown = self.show_problems(self._problems())
        if not self._dates_settled(focus=not shown) or shown:
            grow_to_fit(self)  # room for the messages: the fields above them keep their height
            return
        super().accept()

    def _dates_settled(self, *, focus: bool) -> bool:
        """Each ticked date that is typed wrong says so beneath itself; False if one does."""
        wrong = [key for key, field in self._field_widget.items() if isinstance(field, OptionalDateEdit) and not field.settle()]
        if wrong and focus:
            self.tabs.setCurrentIndex(self._field_tab[wrong[0]])
            self._field_widget[wrong[0]].edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return not wrong
