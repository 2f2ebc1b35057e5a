"""Overdue follow-ups stand out: open action items past their due date, in a warning colour and in words."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from tankapp.domain.enums import ActionStatus
from tankapp.services.meetings import agenda as agenda_service
from tankapp.services.meetings import minutes
from tankapp.services.meetings import planning as meeting_service
from tankapp.services.meetings.agenda import ItemInput
from tankapp.services.meetings.minutes import ActionInput, action_overdue
from tankapp.services.meetings.planning import MeetingInput
from tankapp.ui.common import texts

TODAY = dt.date(2026, 4, 1)


def plan(db, group_ids, title, day):
    with db.session() as s:
        mid = meeting_service.create_meeting(s, MeetingInput(
            title=title, date=day, start=dt.time(9, 30), end=dt.time(12, 0), group_ids=[group_ids["Klinikere"]])).id
        item = agenda_service.add_item(s, mid, ItemInput(title="Spredning", planned_minutes=30)).id
    return mid, item


@pytest.fixture
def meetings(db, group_ids):
    """An earlier meeting with an open dissemination action, and this meeting with three actions."""
    earlier, earlier_item = plan(db, group_ids, "Første møde", dt.date(2026, 2, 2))
    mid, item = plan(db, group_ids, "Andet møde", dt.date(2026, 3, 12))
    with db.session() as s:
        minutes.add_action(s, earlier_item, ActionInput("Skriv til fagbladet", due_on=dt.date(2026, 3, 1),
                                                        dissemination=True))
        minutes.add_action(s, item, ActionInput("Forfalden opgave", due_on=dt.date(2026, 3, 20)))
        done = minutes.add_action(s, item, ActionInput("Udført opgave", due_on=dt.date(2026, 3, 20)))
        minutes.set_action_status(s, done.id, ActionStatus.DONE)
        minutes.add_action(s, item, ActionInput("Frist i dag", due_on=TODAY))
        minutes.add_action(s, item, ActionInput("Uden frist"))
    return mid


@pytest.fixture
def window(qtbot, db, tmp_path):
    from tankapp.ui.main_window import MainWindow

    w = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.go_to("meetings")
    return w


def test_action_overdue_rule():
    assert action_overdue(ActionStatus.OPEN, dt.date(2026, 3, 31), TODAY)
    assert not action_overdue(ActionStatus.OPEN, TODAY, TODAY)  # due today: not yet
    assert not action_overdue(ActionStatus.OPEN, None, TODAY)
    assert not action_overdue(ActionStatus.DONE, dt.date(2026, 1, 1), TODAY)
    assert not action_overdue(ActionStatus.CANCELLED, dt.date(2026, 1, 1), TODAY)


def test_meeting_actions_lists_its_own_and_the_open_followups(db, meetings):
    with db.reading() as s:
        found = minutes.meeting_actions(s, meetings)
    assert [a.text for a in found.actions] == ["Forfalden opgave", "Udført opgave", "Frist i dag", "Uden frist"]
    assert [a.text for a in found.followups] == ["Skriv til fagbladet"]
    assert [a.text for a in found.overdue(TODAY)] == ["Forfalden opgave", "Skriv til fagbladet"]


def test_overdue_actions_stand_out_on_the_meetings_page(qtbot, window, db, meetings):
    page = window.meetings_page
    view = page.actions_view
    view._today = TODAY
    page.reload()
    page.select_meeting(meetings)
    assert view.meeting_id == meetings
    assert sorted(view.overdue_texts()) == ["Forfalden opgave", "Skriv til fagbladet"]

    status_col, text_col = 3, 0
    warning = texts.warning_color()
    for r in range(view.proxy.rowCount()):
        row = view.proxy.row_object(view.proxy.index(r, 0))
        status = view.proxy.index(r, status_col)
        colour = view.proxy.index(r, text_col).data(Qt.ItemDataRole.ForegroundRole)
        if row.text in ("Forfalden opgave", "Skriv til fagbladet"):
            assert status.data() == texts.action_status_text(ActionStatus.OPEN, True) != texts.action_status_label(
                ActionStatus.OPEN)  # a word, not colour alone
            assert "overdue" in status.data()
            assert colour == warning
            assert status.data(Qt.ItemDataRole.DecorationRole) is not None
        else:
            assert "overdue" not in status.data()
            assert colour is None
    # Where they come from: the agenda item, or the earlier meeting.
    origins = {view.proxy.row_object(view.proxy.index(r, 0)).text: view.proxy.index(r, 4).data()
               for r in range(view.proxy.rowCount())}
    assert origins["Forfalden opgave"] == "Spredning"
    assert origins["Skriv til fagbladet"] == "02.02.2026, Første møde"
    # The tab says how many are overdue, before it is opened.
    tab = page.details.tabText(page.details.indexOf(view))
    assert "5" in tab and "2" in tab and "overdue" in tab
    assert "2 overdue" in view.summary.text()


def test_marking_an_overdue_action_done_takes_it_off_the_overdue_list(qtbot, window, db, meetings):
    page = window.meetings_page
    view = page.actions_view
    view._today = TODAY
    page.reload()
    page.select_meeting(meetings)
    page.details.setCurrentWidget(view)
    view.row_list.select(next(a.id for a in view.row_list.visible_rows() if a.text == "Forfalden opgave"))
    assert view.done_button.isEnabled()
    view.done_button.click()
    assert view.overdue_texts() == ["Skriv til fagbladet"]
    with db.reading() as s:
        found = minutes.meeting_actions(s, meetings)
    assert next(a for a in found.actions if a.text == "Forfalden opgave").status == ActionStatus.DONE
    tab = page.details.tabText(page.details.indexOf(view))
    assert "1 overdue" in tab
    # A follow-up done elsewhere (meeting mode, the CLI) leaves the list at once: the view follows changes.
    followup = next(a.id for a in view.row_list.visible_rows() if a.text == "Skriv til fagbladet")
    window.ops.actions.set_status(followup, ActionStatus.DONE)
    assert view.overdue_texts() == []
    assert "overdue" not in page.details.tabText(page.details.indexOf(view))


def test_a_meeting_without_actions_says_so(qtbot, window, db, group_ids):
    mid, _item = plan(db, group_ids, "Tomt møde", dt.date(2026, 3, 12))
    page = window.meetings_page
    page.reload()
    page.select_meeting(mid)
    view = page.actions_view
    assert view.model.rowCount() == 0
    assert view.row_list.currentWidget() is view.row_list.empty


def test_an_action_text_with_markup_shows_as_typed_in_its_tooltip(qtbot, window, db, group_ids):
    mid, item = plan(db, group_ids, "Møde", dt.date(2026, 3, 12))
    with db.session() as s:
        minutes.add_action(s, item, ActionInput("<b>Fed</b> & <i>kursiv", due_on=dt.date(2026, 3, 13)))
    page = window.meetings_page
    page.reload()
    page.select_meeting(mid)
    tip = page.actions_view.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Fed&lt;/b&gt; &amp; &lt;i&gt;kursiv" in tip
