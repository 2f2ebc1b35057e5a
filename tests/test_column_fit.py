"""Columns fit the list's width: names and e-mails are not cut, long text gives way, cut text has a tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QToolTip

from tankapp.ui.common.itemmodels import AUTO, KEEP, STRETCH, is_elided, plan_columns

LETTER = 7
HEADERS = [40, 40, 40, 40]


def test_plan_columns_keeps_names_and_gives_long_text_way_first():
    natural = [160, 300, 220, 90]  # name, organisation, e-mail, sector
    kinds = [KEEP, STRETCH, KEEP, AUTO]
    widths = plan_columns(natural, kinds, 650, max_width=400, letter=LETTER, header=HEADERS)
    assert widths[0] == 160 and widths[2] == 220  # never cut while something else can give way
    assert widths[3] == 90
    assert widths[1] == 650 - 160 - 220 - 90
    assert sum(widths) == 650


def test_plan_columns_squeezes_auto_columns_widest_first_after_long_text():
    natural = [100, 400, 200, 150, 60]
    kinds = [KEEP, STRETCH, AUTO, AUTO, AUTO]
    widths = plan_columns(natural, kinds, 600, max_width=500, letter=LETTER, header=[30] * 5)
    assert widths[0] == 100
    assert widths[1] == 22 * LETTER  # long text first, down to about 22 letters
    assert widths[4] == 60  # the narrow column untouched
    assert widths[2] == widths[3] < 150  # the widest given way, evenly
    assert sum(widths) == 600


def test_plan_columns_never_cuts_a_header_nor_a_name():
    natural = [200, 200, 200]
    kinds = [KEEP, STRETCH, AUTO]
    widths = plan_columns(natural, kinds, 250, max_width=300, letter=LETTER, header=[50, 120, 60])
    assert widths == [200, 120, 60]  # the others no narrower than their headers; the list scrolls sideways


def test_plan_columns_gives_spare_room_to_cut_columns_then_to_long_text():
    natural = [500, 300, 80]
    kinds = [KEEP, STRETCH, AUTO]
    widths = plan_columns(natural, kinds, 1200, max_width=200, letter=10, header=HEADERS[:3])
    assert widths[0] == 480  # a KEEP column is capped at 48 letters, even with room
    assert widths[2] == 80
    assert widths[1] == 1200 - 480 - 80  # the rest to the long text, not to the last column
    assert plan_columns([100, 50], [AUTO, AUTO], 400, max_width=200, letter=7, header=[20, 20]) == [100, 50]


@pytest.fixture
def window(qtbot, demo_file, tmp_path):
    from tankapp.storage import open_database
    from tankapp.ui.main_window import MainWindow

    db = open_database(demo_file)
    w = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close()
    db.close()


def _cut(table, column: int) -> list[str]:
    """The texts of *column* the table shows cut short."""
    out = []
    delegate = table.itemDelegate()
    for r in range(table.model().rowCount()):
        index = table.model().index(r, column)
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.rect = table.visualRect(index)
        if is_elided(table, option, index, delegate):
            out.append(index.data())
    return out


def _settle():
    for _ in range(3):
        QApplication.processEvents()


def test_members_at_laptop_size_show_every_name_and_e_mail_whole(qtbot, window):
    window.go_to("members")
    _settle()
    table = window.members_page.table
    header = table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(header.count())) <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    name, email = 0, 3
    assert _cut(table, name) == []
    assert _cut(table, email) == []
    for c in range(header.count()):  # no header cut either
        assert header.sectionSize(c) >= header.sectionSizeFromContents(c).width() - 1


def test_the_columns_follow_the_window_width(qtbot, window):
    window.go_to("members")
    _settle()
    table = window.members_page.table
    organisation = 2
    narrow = table.horizontalHeader().sectionSize(organisation)
    assert _cut(table, organisation)  # at 1366 the long organisation names give way
    window.resize(1920, 1080)
    _settle()
    assert table.horizontalHeader().sectionSize(organisation) > narrow
    assert _cut(table, organisation) == []
    window.resize(1366, 768)
    _settle()
    assert table.horizontalHeader().sectionSize(organisation) == narrow


def test_groups_and_meetings_at_laptop_size_cut_no_name(qtbot, window):
    window.go_to("groups")
    _settle()
    groups = window.groups_page
    assert _cut(groups.table, 0) == []  # group names
    assert _cut(groups.members_table, 0) == []  # member names
    window.go_to("meetings")
    _settle()
    meetings = window.meetings_page
    assert _cut(meetings.table, 2) == []  # titles


def test_cut_text_shows_in_full_as_a_tooltip(qtbot, window, monkeypatch):
    window.go_to("members")
    _settle()
    table = window.members_page.table
    organisation = 2
    cut = _cut(table, organisation)
    assert cut
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, organisation).data() == cut[0])
    index = table.model().index(row, organisation)
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *args: shown.append(text))
    rect = table.visualRect(index)
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center()))
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = rect
    assert table.itemDelegate().helpEvent(event, table, option, index)
    assert shown and cut[0] in shown[0].replace("&amp;", "&")
    # A name that fits has no tooltip.
    shown.clear()
    name = table.model().index(row, 0)
    option.rect = table.visualRect(name)
    table.itemDelegate().helpEvent(
        QHelpEvent(QEvent.Type.ToolTip, option.rect.center(), QPoint()), table, option, name)
    assert shown == []
