"""The Status section (the dashboard): it follows the data, says each state in words, and fits.

Driven through the operations layer as the window does it; the page is never
reloaded by hand here.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from tankapp.domain.enums import MeetingStatus
from tankapp.services import status as status_service
from tankapp.services import thinktank
from tankapp.services.meetings import agenda, planning
from tankapp.services.status import State


@pytest.fixture
def demo_ops(demo_file):
    from tankapp.storage import open_database
    from tankapp.ui.ops import Operations

    db = open_database(demo_file)
    ops = Operations(db)
    yield ops
    db.close()


@pytest.fixture
def page(qtbot, demo_ops):
    from tankapp.ui.status.dashboard import StatusPage

    p = StatusPage(demo_ops)
    qtbot.addWidget(p)
    p.resize(1180, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


def held_line(page) -> str:
    return page.cards["meetings"].figures.text().splitlines()[0]


def planned_meetings(ops) -> list[int]:
    """The expert groups' planned meetings (the steering committee's count toward nothing)."""
    return [m.id for m in ops.meetings.list() if m.status == MeetingStatus.PLANNED and not m.steering]


def test_the_meetings_held_figure_changes_when_a_meeting_is_marked_held(qtbot, page, demo_ops):
    held = page.report.meetings.held
    assert held_line(page).startswith(f"Held: {held} of 18")
    tile_before = page.body.text()
    first, second = planned_meetings(demo_ops)[:2]

    demo_ops.meeting_mode.mark_held(first)  # as meeting mode does it
    qtbot.waitUntil(lambda: held_line(page).startswith(f"Held: {held + 1} of 18"))
    assert page.body.text() != tile_before
    assert sum(page.meetings_chart._held) == held + 1  # the chart follows too

    demo_ops.meetings.set_status(second, MeetingStatus.HELD)  # and as the meetings page does it
    qtbot.waitUntil(lambda: held_line(page).startswith(f"Held: {held + 2} of 18"))


def test_a_hidden_dashboard_catches_up_when_it_is_shown(qtbot, page, demo_ops):
    held = page.report.meetings.held
    page.hide()
    demo_ops.meeting_mode.mark_held(planned_meetings(demo_ops)[0])
    qtbot.wait(600)
    assert held_line(page).startswith(f"Held: {held} of 18")  # hidden: nothing computed
    page.show()
    qtbot.waitUntil(lambda: held_line(page).startswith(f"Held: {held + 1} of 18"))


def test_a_burst_of_changes_is_computed_once_or_twice_not_for_each(qtbot, page, demo_ops, monkeypatch):
    from tankapp.ui.ops import Changes, Kind

    calls = []
    real = demo_ops.status.report
    monkeypatch.setattr(demo_ops.status, "report", lambda *a, **k: calls.append(1) or real(*a, **k))
    qtbot.wait(500)  # past the last reload
    for _ in range(20):  # e.g. notes saved as they are typed in meeting mode
        demo_ops.announce(Changes.of(Kind.MINUTES))
    qtbot.waitUntil(lambda: not page._timer.isActive())
    assert 1 <= len(calls) <= 2


def test_every_state_is_a_word_and_the_tiles_agree_with_the_cards(page):
    words = {status_service.STATE_WORDS[s][0].capitalize() for s in State} | {"On track", "Not yet measurable"}
    for criterion in page.report.criteria:
        card, tile = page.cards[criterion.key], page.tiles[criterion.key]
        assert card.badge.isVisible() and card.badge.text() in words
        assert tile.badge.text() == card.badge.text()
        # English (no translation installed); numbers as the app's locale writes them (17,4 in Danish)
        assert card.explanation.text().replace(",", ".") == criterion.explanation.replace(",", ".")
        assert criterion.key in card.objectName()


def test_a_meeting_named_on_the_dashboard_opens_in_meetings(qtbot, demo_file, tmp_path):
    from tankapp.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("section", "status")
    window = MainWindow(demo_file_db(demo_file), settings)
    qtbot.addWidget(window)
    window.show()
    window.ensure_started()
    page = window.status_page
    assert window.stack.currentWidget() is page  # Status was built first, as the section shown
    assert not window.is_built("members")
    overdue = page.report.overdue[0]
    assert re.search(rf"href='meeting:{overdue.meeting.id}'", page.overdue_list.text())
    page.overdue_list.linkActivated.emit(f"meeting:{overdue.meeting.id}")
    assert window.stack.currentWidget() is window.meetings_page
    assert window.meetings_page.selected().id == overdue.meeting.id


def demo_file_db(path):
    from tankapp.storage import open_database

    return open_database(path)


def test_markup_in_a_title_is_shown_as_text(qtbot, db, group_ids):
    from tankapp.ui.ops import Operations
    from tankapp.ui.status.dashboard import StatusPage

    today = dt.date.today()
    with db.session() as s:
        tank = thinktank.require_think_tank(s)
        tank.period_start, tank.period_end = today - dt.timedelta(days=30), today + dt.timedelta(days=400)
        m = planning.create_meeting(s, planning.MeetingInput(
            title="<b>Fed</b> & <a href='x'>link</a>", date=today + dt.timedelta(days=7), start=dt.time(9, 30),
            end=dt.time(12, 0), group_ids=[group_ids["Brugere"]]))
        agenda.add_item(s, m.id, agenda.ItemInput(title="Oplæg"))
    page = StatusPage(Operations(db))
    qtbot.addWidget(page)
    page.show()
    text = page.next_list.text()
    assert "&lt;b&gt;Fed&lt;/b&gt; &amp; &lt;a href=&#x27;x&#x27;&gt;link&lt;/a&gt;" in text
    assert "<b>Fed</b>" not in text and "href='x'" not in text
    # The agenda lacks both required items: said in words beside the meeting.
    assert "not yet on the agenda: Knowledge presentation, Discussion of dissemination" in text


def test_no_think_tank_says_so(qtbot, empty_db):
    from tankapp.ui.ops import Operations
    from tankapp.ui.status.dashboard import StatusPage

    page = StatusPage(Operations(empty_db))
    qtbot.addWidget(page)
    page.show()
    assert page.empty.isVisible() and "No think tank" in page.empty.text()
    assert not any(card.isVisible() for card in page.cards.values())


def test_the_windows_words_are_the_services_english(qtbot):
    from tankapp.ui.status import words

    assert set(words.REASONS) == set(status_service.REASONS)
    for code, (english, _danish) in status_service.REASONS.items():
        assert words.REASONS[code] == english, code
    assert {k: v for k, v in words.TITLES.items()} == {k: en for k, (en, _da) in status_service.CRITERIA.items()}
    assert set(words.STATES) == set(State)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_it_fits_without_clipped_text(qtbot, demo_file, tmp_path, size):
    from tankapp.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("section", "status")
    window = MainWindow(demo_file_db(demo_file), settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.ensure_started()
    qtbot.waitExposed(window)
    page = window.status_page
    qtbot.wait(50)
    content = page.scroll.widget()
    assert content.width() <= page.scroll.viewport().width()  # nothing runs off to the right
    clipped = []
    for label in content.findChildren(QLabel):
        if not label.isVisibleTo(content) or not label.text():
            continue
        if label.wordWrap():
            if label.height() + 1 < label.heightForWidth(label.width()):
                clipped.append(label.text()[:40])
        elif label.width() + 1 < label.sizeHint().width():
            clipped.append(label.text()[:40])
    assert clipped == []
    for chart in (page.groups_chart, page.meetings_chart, page.attendance_chart, page.kinds_chart,
                  page.matrix_chart, page.statements_chart):
        assert chart.toolTip() and chart.height() >= chart.minimumSizeHint().height()


def test_a_name_without_spaces_does_not_widen_the_dashboard(qtbot, db, group_ids):
    from tankapp.ui.ops import Operations
    from tankapp.ui.status.dashboard import StatusPage

    today = dt.date.today()
    with db.session() as s:
        tank = thinktank.require_think_tank(s)
        tank.name = "Tænketank" + "x" * 190
        tank.period_start, tank.period_end = today - dt.timedelta(days=30), today + dt.timedelta(days=400)
        planning.create_meeting(s, planning.MeetingInput(
            title="Møde" + "y" * 190, date=today + dt.timedelta(days=7), start=dt.time(9, 30),
            end=dt.time(12, 0), group_ids=[group_ids["Brugere"]]))
    page = StatusPage(Operations(db))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.scroll.widget().width() <= page.scroll.viewport().width()
    assert "x" * 20 in page.heading.text() and "x" * 21 not in page.heading.text()


def test_charts_with_more_than_fits_keep_what_matters(qtbot):
    from tankapp.ui.status.charts import AttendanceChart, GroupSizeChart

    groups = GroupSizeChart()
    qtbot.addWidget(groups)
    rows = [(f"Gruppe {i}", 15, 10, 20) for i in range(30)]
    rows[20], rows[25] = ("Lille", 3, 10, 20), ("Stor", 30, 10, 20)
    groups.set_data(rows)
    names = [r[0] for r in groups._rows]
    assert len(names) == GroupSizeChart.MAX_ROWS and "Lille" in names and "Stor" in names  # outside first
    assert names.index("Lille") < names.index("Stor") and groups._more == 18
    assert "Lille: 3 members (target 10-20)" in groups.toolTip()  # every group in words

    attendance = AttendanceChart()
    qtbot.addWidget(attendance)
    attendance.set_data([5, 4, 3] + [0] * 38 + [2], 3, 40)  # a commitment of 3-40 meetings
    assert len(attendance._counts) == AttendanceChart.MAX_BARS and attendance._counts[-1] == 2
    assert attendance._label(AttendanceChart.MAX_BARS - 1) == "11+"
