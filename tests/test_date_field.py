"""The one date field (tankapp.ui.common.dates.DateField) and the dialogs that use it, typed into
as a user would: Danish dates read as typed, wrong ones refused beside the field, never clamped."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QRect, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tankapp.ui.common import dates as date_widgets
from tankapp.ui.common.dates import DateField
from tankapp.ui.common.widgets import OptionalDateEdit

TODAY = dt.date(2026, 12, 2)
FEB_3 = dt.date(2027, 2, 3)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(date_widgets, "today", lambda: TODAY)


@pytest.fixture
def field(qtbot):
    f = DateField(dt.date(2026, 5, 1))
    qtbot.addWidget(f)
    f.show()
    return f


def type_into(qtbot, field: DateField, text: str, finish=Qt.Key.Key_Return) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.edit, text)
    if finish is not None:
        qtbot.keyClick(field.edit, finish)


@pytest.mark.parametrize(
    "typed", ["3.2.2027", "03-02-2027", "3/2 2027", "3/2-27", "2027-02-03", "3. feb. 2027", "03022027", "3/2"]
)
def test_typing_each_danish_form_gives_3_february_2027(qtbot, field, typed):
    with qtbot.waitSignal(field.changed):
        type_into(qtbot, field, typed)
    assert field.value() == FEB_3
    assert field.text() == "03.02.2027"  # rewritten as read: a misreading shows at once
    assert not field.error_label.isVisible()
    assert field.date() == QDate(2027, 2, 3)


def test_leaving_the_field_by_tab_settles_it_too(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    field = DateField(None, box)
    other = DateField(None, box)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "3/2-27")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert other.edit.hasFocus()  # Tab goes on to the next field, not to the calendar button
    assert field.text() == "03.02.2027" and field.value() == FEB_3
    assert other.value() is None


def test_a_date_outside_the_range_is_refused_beside_the_field_not_clamped(qtbot):
    field = DateField(dt.date(2026, 6, 1), minimum=dt.date(2026, 1, 1), maximum=dt.date(2027, 3, 31))
    qtbot.addWidget(field)
    field.show()
    type_into(qtbot, field, "1.4.2027")
    assert field.value() is None  # not 31.03.2027
    assert field.text() == "1.4.2027"  # what was typed stays, to be put right
    assert field.error_label.isVisible()
    message = field.error_label.text()
    assert "01.04.2027" in message and "01.01.2026" in message and "31.03.2027" in message
    assert not field.settle()
    type_into(qtbot, field, "31.3.2027")
    assert field.value() == dt.date(2027, 3, 31) and not field.error_label.isVisible()


def test_a_range_can_be_worded_by_its_owner(qtbot, field):
    field.setDateRange(dt.date(2026, 1, 1), dt.date(2027, 3, 31), "%1 is outside the period (%2 to %3).")
    type_into(qtbot, field, "2.4.27")
    assert field.error_label.text() == "02.04.2027 is outside the period (01.01.2026 to 31.03.2027)."


def test_a_year_typed_by_mistake_is_refused(qtbot, field):
    type_into(qtbot, field, "3.2.0227")
    assert field.value() is None and field.error_label.isVisible()


@pytest.mark.parametrize("typed", ["31.2.2027", "3.13.2027", "tirsdag", "3:2:2027", "<b>3.2.2027</b>"])
def test_what_is_not_a_date_says_so_and_keeps_the_text(qtbot, field, typed):
    type_into(qtbot, field, typed)
    assert field.value() is None
    assert field.text() == typed
    assert field.error_label.isVisible() and typed in field.error_label.text()
    assert field.error_label.textFormat() == Qt.TextFormat.PlainText  # markup shows as typed


def test_a_wrong_date_does_not_complain_while_it_is_typed_and_clears_when_put_right(qtbot, field):
    type_into(qtbot, field, "3.2.20", finish=None)
    assert not field.error_label.isVisible()  # half typed: no complaint yet
    type_into(qtbot, field, "3.2.2O27")  # a letter O
    assert field.error_label.isVisible()
    qtbot.keyClick(field.edit, Qt.Key.Key_End)
    for _ in range(3):
        qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.edit, "027")
    assert field.value() == FEB_3
    assert not field.error_label.isVisible()  # settled as soon as the text is right


def test_empty_is_refused_when_a_date_is_needed_and_allowed_when_not(qtbot):
    needed, optional = DateField(), DateField(required=False)
    for f in (needed, optional):
        qtbot.addWidget(f)
        f.show()
    assert not needed.settle() and needed.error_label.isVisible()
    assert optional.settle() and optional.value() is None and not optional.error_label.isVisible()


def test_a_very_long_paste_is_cut_and_refused(qtbot, field):
    field.edit.setText("3" * 5000)
    assert len(field.text()) <= 60
    assert not field.settle() and field.value() is None
    assert len(field.error_label.text()) < 200


def test_up_and_down_move_a_day(qtbot, field):
    field.set_value(dt.date(2026, 2, 28))
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == dt.date(2026, 3, 1)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    assert field.value() == dt.date(2026, 2, 27)
    empty = DateField()
    qtbot.addWidget(empty)
    qtbot.keyClick(empty.edit, Qt.Key.Key_Up)
    assert empty.value() == TODAY  # an empty field starts from today


@pytest.fixture
def danish_locale():
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("da_DK"))  # as the app starts
    yield
    QLocale.setDefault(before)


def test_alt_down_opens_the_calendar_and_enter_picks_a_day(qtbot, danish_locale, field):
    field.set_value(dt.date(2026, 5, 1))
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field._popup
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    assert calendar.selectedDate() == QDate(2026, 5, 1)
    assert calendar.locale().name() == "da_DK"  # Danish month names, Monday first, week numbers
    from PySide6.QtWidgets import QTableView

    days = calendar.findChild(QTableView, "qt_calendar_calendarview")  # where the calendar's keys go
    qtbot.keyClick(days, Qt.Key.Key_Right)
    with qtbot.waitSignal(field.changed):
        qtbot.keyClick(days, Qt.Key.Key_Return)
    assert field.value() == dt.date(2026, 5, 2)
    assert not popup.isVisible()


def test_escape_closes_the_calendar_and_changes_nothing(qtbot, field):
    field.open_calendar()
    qtbot.keyClick(field._popup, Qt.Key.Key_Escape)
    assert not field._popup.isVisible()
    assert field.value() == dt.date(2026, 5, 1)


def test_the_calendar_offers_only_the_allowed_dates(qtbot):
    field = DateField(dt.date(2026, 6, 1), minimum=dt.date(2026, 1, 1), maximum=dt.date(2027, 3, 31))
    qtbot.addWidget(field)
    field.show()
    field.open_calendar()
    assert field._popup.calendar.minimumDate() == QDate(2026, 1, 1)
    assert field._popup.calendar.maximumDate() == QDate(2027, 3, 31)


def test_qdateedit_calls_still_work(qtbot, field):
    seen = []
    field.dateChanged.connect(seen.append)
    field.setDate(QDate(2027, 2, 3))
    assert field.value() == FEB_3 and seen == [QDate(2027, 2, 3)]
    field.setDate(QDate())
    assert field.value() is None and not field.date().isValid()


def test_optional_date_typed_wrong_is_refused_only_while_ticked(qtbot):
    optional = OptionalDateEdit("Has withdrawn")
    qtbot.addWidget(optional)
    optional.show()
    assert optional.value() is None and optional.settle()
    optional.check.setChecked(True)
    type_into(qtbot, optional.edit, "30.2.2026")
    assert optional.value() is None and not optional.settle()
    assert optional.error_label.isVisible()
    optional.check.setChecked(False)
    assert optional.settle() and not optional.error_label.isVisible()
    optional.check.setChecked(True)
    type_into(qtbot, optional.edit, "28/2-26")
    assert optional.value() == dt.date(2026, 2, 28)


# ---------------------------------------------------------------- the plan-meeting dialog


@pytest.fixture
def meeting_dialog(qtbot, db):
    from tankapp.services.members import groups as group_service
    from tankapp.services.meetings.planning import MeetingInput
    from tankapp.ui.meetings.dialog import MeetingDialog
    from tankapp.ui.ops import Operations

    ops = Operations(db)
    with db.reading() as s:
        groups = group_service.list_groups(s)
    dialog = MeetingDialog(ops, groups, data=MeetingInput(date=dt.date(2026, 3, 12)), templates=ops.meetings.templates())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _in_dialog(dialog: QDialog, w: QWidget) -> QRect:
    return QRect(w.mapTo(dialog, w.rect().topLeft()), w.size())


def test_plan_meeting_reads_a_typed_danish_date(qtbot, meeting_dialog):
    type_into(qtbot, meeting_dialog.date, "12/3-26", finish=Qt.Key.Key_Tab)
    assert meeting_dialog.input().date == dt.date(2026, 3, 12)
    assert meeting_dialog.date.text() == "12.03.2026"


def test_plan_meeting_says_a_date_outside_the_period_beside_it_on_leaving(qtbot, meeting_dialog):
    type_into(qtbot, meeting_dialog.date, "1.1.2030", finish=Qt.Key.Key_Tab)
    label = meeting_dialog.date.error_label
    assert label.isVisible()
    assert "01.01.2030" in label.text() and "31.03.2027" in label.text()  # the project period, before Save
    assert meeting_dialog.errors["date"] is label  # one place for the date's problems


def test_plan_meeting_refuses_an_unreadable_date_beside_the_field(qtbot, meeting_dialog):
    meeting_dialog.title.setText("Møde")
    meeting_dialog.groups.item(0).setCheckState(Qt.CheckState.Checked)
    type_into(qtbot, meeting_dialog.date, "31.2.2026", finish=None)
    meeting_dialog.accept()
    assert meeting_dialog.result() != QDialog.DialogCode.Accepted
    assert "31.2.2026" in meeting_dialog.date.error_label.text()
    assert meeting_dialog.date.edit.hasFocus()


def test_plan_meeting_errors_show_whole_beside_their_fields_without_squeezing(qtbot, meeting_dialog):
    """All problems at once, at laptop size: each message whole, under its own field, the group list
    keeping its height, the dialog within a 1366x768 screen."""
    list_height = meeting_dialog.groups.height()
    type_into(qtbot, meeting_dialog.date, "1.1.2030", finish=None)
    meeting_dialog.start.setTime(QTime(15, 0))
    meeting_dialog.end.setTime(QTime(9, 0))
    meeting_dialog.accept()
    QApplication.processEvents()
    assert meeting_dialog.result() != QDialog.DialogCode.Accepted
    shown = {k: e for k, e in meeting_dialog.errors.items() if e.isVisible()}
    assert set(shown) >= {"title", "group_ids", "date", "end"}
    assert meeting_dialog.groups.height() == list_height
    fields = {"title": meeting_dialog.title, "group_ids": meeting_dialog.groups, "date": meeting_dialog.date.edit,
              "start": meeting_dialog.start, "end": meeting_dialog.end}
    rects = [_in_dialog(meeting_dialog, w) for w in fields.values()]
    for key, label in shown.items():
        r = _in_dialog(meeting_dialog, label)
        assert label.height() >= label.heightForWidth(label.width()), f"{key}: message cut off"
        assert r.top() >= _in_dialog(meeting_dialog, fields[key]).bottom(), f"{key}: not beneath its field"
        assert not any(r.intersects(f) for f in rects), f"{key}: message over a field"
        assert meeting_dialog.rect().contains(r), f"{key}: outside the dialog"
        assert label.width() > 300, f"{key}: squeezed into a narrow column"
    assert meeting_dialog.height() <= 768 - 60
    assert meeting_dialog.title.hasFocus()  # the first problem


def test_plan_meeting_saves_when_put_right(qtbot, meeting_dialog):
    meeting_dialog.accept()
    assert meeting_dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClicks(meeting_dialog.title, "Opstart")
    meeting_dialog.groups.item(1).setCheckState(Qt.CheckState.Checked)
    type_into(qtbot, meeting_dialog.date, "2026-04-14", finish=None)
    meeting_dialog.accept()
    assert meeting_dialog.result() == QDialog.DialogCode.Accepted
    assert meeting_dialog.input().date == dt.date(2026, 4, 14)


# ---------------------------------------------------------------- the other dialogs with a date


def test_setup_dialog_reads_a_typed_start(qtbot, empty_db):
    from tankapp.ui.ops import Operations
    from tankapp.ui.setup_dialog import SetupDialog

    dialog = SetupDialog(Operations(empty_db))
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.start, "1/2-27", finish=None)
    assert dialog.input().period_start == dt.date(2027, 2, 1)
    assert "2028" in dialog.end_label.text()  # 15 months on, shown as it is typed
    type_into(qtbot, dialog.start, "1/14-27", finish=None)
    dialog.create()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.start.error_label.isVisible()


def test_contribution_sent_on_is_typed_the_danish_way(qtbot, db, group_ids):
    from tankapp.domain.enums import ContributionStatus
    from tankapp.ui.contributions.dialog import ContributionDialog
    from tankapp.ui.ops import Operations

    from tankapp.services.members import groups as group_service

    ops = Operations(db)
    with db.reading() as s:
        groups = group_service.list_groups(s)
    dialog = ContributionDialog(ops, groups)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData(ContributionStatus.SENT))
    assert dialog.sent_on.isVisible()
    type_into(qtbot, dialog.sent_on, "2.4.26", finish=None)
    assert dialog.sent_date() == dt.date(2026, 4, 2)
    type_into(qtbot, dialog.sent_on, "28.11", finish=None)
    assert dialog.sent_date() == dt.date(2026, 11, 28)  # the nearest 28 November: last week
    type_into(qtbot, dialog.sent_on, "28.11.20266", finish=None)
    dialog.form.title.setText("Et bidrag")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.contribution_id is None
    assert dialog.sent_on.error_label.isVisible()


def test_think_tank_settings_refuse_a_wrongly_typed_period_end(qtbot, db):
    from tankapp.ui.ops import Operations
    from tankapp.ui.thinktank.settings_dialog import ThinkTankDialog

    ops = Operations(db)
    dialog = ThinkTankDialog(ops, ops.thinktank.settings())
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.period_end, "31.6.2027", finish=None)  # June has 30 days
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.period_end.error_label.isVisible() and "31.6.2027" in dialog.period_end.error_label.text()
    type_into(qtbot, dialog.period_end, "30/6-27", finish=None)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.input().period_end == dt.date(2027, 6, 30)
