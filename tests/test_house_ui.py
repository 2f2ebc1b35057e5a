"""The main window and meeting mode stay consistent both ways, with no restart and no reload.

Tried as a new user would before the operations layer: a meeting marked held and
contributions captured in meeting mode left the main window stale until a
restart (the contributions looked lost), and minutes approved on the meetings
page left an open meeting mode editable. These drive the real windows.
"""

from __future__ import annotations

from tests.test_meeting_mode_ui import end_meeting

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from tankapp.domain.enums import ContributionKind, MeetingStatus
from tankapp.services.meetings import agenda as agenda_service
from tankapp.services.meetings import planning as meeting_service
from tankapp.services.members import registry as member_service
from tankapp.services.meetings.agenda import ItemInput
from tankapp.services.meetings.planning import MeetingInput


@pytest.fixture
def window(qtbot, db, tmp_path):
    from tankapp.ui.main_window import MainWindow

    w = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def meeting(db, group_ids):
    with db.session() as s:
        for name in ("Åse Kjærgaard", "Bo Ærø", "Søren Østergaard"):
            member_service.add_member(s, member_service.MemberInput(name=name, group_id=group_ids["Klinikere"]))
        mid = meeting_service.create_meeting(s, MeetingInput(
            title="Klinikermøde", date=dt.date(2026, 3, 12), start=dt.time(9, 30), end=dt.time(12, 30),
            group_ids=[group_ids["Klinikere"]])).id
        for title, minutes in (("Velkomst", 15), ("Vidensoplæg", 45), ("Drøftelse", 30)):
            agenda_service.add_item(s, mid, ItemInput(title=title, planned_minutes=minutes))
    return mid


def open_meeting_mode(window, mid):
    window.go_to("meetings")
    page = window.meetings_page
    page.select_meeting(mid)
    page.start_meeting()
    return page.mode_windows[mid]


def capture(qtbot, mode, kind, text):
    qtbot.mouseClick(mode.capture_buttons.buttons[kind], Qt.MouseButton.LeftButton)
    assert mode.capture.isVisible()
    qtbot.keyClicks(mode.capture.focusWidget(), text)
    qtbot.keyClick(mode.capture.focusWidget(), Qt.Key.Key_Return)
    assert not mode.capture.isVisible()


def status_text(window) -> str:
    page = window.status_page
    return page.heading.text() + "\n" + page.body.text()


def test_held_and_captured_in_meeting_mode_show_at_once_in_the_main_window(qtbot, window, meeting):
    # The facilitator has looked at every section before the meeting (all built and loaded).
    for key in ("status", "contributions", "meetings"):
        window.go_to(key)
    held_before = status_text(window)
    mode = open_meeting_mode(window, meeting)
    qtbot.addWidget(mode)
    page = window.meetings_page

    mode.step(+1)  # at "Vidensoplæg"
    capture(qtbot, mode, ContributionKind.BARRIER, "Ledelsen efterspørger ikke brugernes viden")
    capture(qtbot, mode, ContributionKind.EXAMPLE, "Patientpanelet i Region Syd")
    end_meeting(qtbot, mode)  # the end step: settles the invited, stops the clock, marks held

    # The meetings list (on screen behind meeting mode) says held at once.
    row = next(m for m in page.model.rows() if m.id == meeting)
    assert row.status == MeetingStatus.HELD
    # Status counts it, and the Bidrag register lists both, as soon as they are looked at.
    window.go_to("status")
    assert status_text(window) != held_before
    assert "1" in window.status_page.body.text().splitlines()[1]  # "Meetings held: 1 of 18 ..."
    window.go_to("contributions")
    titles = set(window.contributions_page.visible_titles())
    assert {"Ledelsen efterspørger ikke brugernes viden", "Patientpanelet i Region Syd"} <= titles


def test_approving_minutes_on_the_meetings_page_locks_an_open_meeting_mode(qtbot, window, meeting):
    mode = open_meeting_mode(window, meeting)
    qtbot.addWidget(mode)
    qtbot.keyClicks(mode.notes, "Noter fra mødet")
    end_meeting(qtbot, mode)  # the end step: settles the invited, stops the clock, marks held
    assert not mode.notes.isReadOnly()

    page = window.meetings_page
    page.select_meeting(meeting)
    assert page.approve_action.isEnabled()
    page.approve_action.trigger()

    assert mode.lock_banner.isVisible()
    assert mode.notes.isReadOnly()
    assert mode.notes.toPlainText() == "Noter fra mødet"


def test_the_window_is_on_screen_before_its_section_is_loaded(qtbot, db, tmp_path):
    """The frame shows first (as fast as an empty window); the section shown follows at once."""
    from tankapp.ui.main_window import SECTION_KEYS, MainWindow

    w = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    order = []
    w.shown_on_screen.connect(lambda: order.append(("shown", w.is_built("status"))))
    w.ready.connect(lambda: order.append(("ready", w.is_built("status"))))
    assert not w.is_built("status")
    with qtbot.waitSignal(w.ready, timeout=5000):
        w.show()
    assert order == [("shown", False), ("ready", True)]
    # a new user starts on Status, the dashboard: the first thing a facilitator sees
    assert w.stack.currentWidget() is w.status_page
    assert SECTION_KEYS[w.nav.currentRow()] == "status"


def test_a_hidden_section_is_not_built_until_it_is_shown(qtbot, window):
    """Start-up builds only the section on screen; the others come when first opened."""
    qtbot.waitUntil(lambda: window.is_built("status"), timeout=5000)
    shown = window.stack.currentIndex()
    built = [k for k in ("groups", "members", "meetings", "knowledge", "contributions", "evaluation", "status")
             if window.is_built(k)]
    assert len(built) == 1 and window.stack.widget(shown).objectName() == f"section-{built[0]}"
    window.go_to("contributions")
    assert window.is_built("contributions")
