"""The list every section shows (tankapp.ui.common.list_page): filter, empty state, opening, selection."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tankapp.ui.common.itemmodels import Column
from tankapp.ui.common.list_page import RowList, refill_combo


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    town: str = ""


PEOPLE = [
    Person(1, "Åse Kjærgaard", "Århus"),
    Person(2, "Søren Østergaard", "Odense"),
    Person(3, "Zoë Berg", "Køge"),
]


def make(qtbot, **options) -> RowList:
    options.setdefault("filter_placeholder", "Filter… (Ctrl+F)")
    options.setdefault("empty_text", "Nobody yet. Add the first.")
    options.setdefault("empty_action", "Add the first")
    rl = RowList([Column("Name", lambda p: p.name), Column("Town", lambda p: p.town)],
                 sort=(0, Qt.SortOrder.AscendingOrder), **options)
    qtbot.addWidget(rl)
    if rl.filter is not None:
        qtbot.addWidget(rl.filter)  # a section lays the filter box out beside its combos
    rl.resize(500, 300)
    rl.show()
    return rl


def test_typing_in_the_filter_narrows_the_rows_with_danish_folding(qtbot):
    rl = make(qtbot)
    rl.set_rows(PEOPLE)
    assert rl.visible_texts() == ["Søren Østergaard", "Zoë Berg", "Åse Kjærgaard"]  # Danish order: Å last
    qtbot.keyClicks(rl.filter, "aase")
    assert rl.visible_texts() == ["Åse Kjærgaard"]
    rl.filter.setText("oster")
    assert rl.visible_texts() == ["Søren Østergaard"]
    rl.filter.setText("koge zoe")  # every word, in any column
    assert [p.id for p in rl.visible_rows()] == [3]
    rl.filter.clear()
    assert len(rl.visible_rows()) == 3


def test_the_empty_state_shows_instead_of_an_empty_list(qtbot):
    rl = make(qtbot)
    assert rl.currentWidget() is rl.empty
    assert rl.empty.label.text() == "Nobody yet. Add the first." and rl.empty.button.text() == "Add the first"
    rl.set_rows(PEOPLE)
    assert rl.currentWidget() is rl.table
    rl.set_rows([])
    assert rl.currentWidget() is rl.empty


def test_a_filter_that_matches_nothing_says_so(qtbot):
    rl = make(qtbot, no_match_text="Nobody matches the filter.")
    assert not rl.no_match.isVisible()  # no rows at all: the empty state speaks
    rl.set_rows(PEOPLE)
    assert rl.currentWidget() is rl.list_box and not rl.no_match.isVisible()
    rl.filter.setText("xyz")
    assert rl.visible_rows() == [] and rl.no_match.isVisible()
    rl.proxy.set_row_predicate(lambda p: p.id == 2)  # a section's own filter counts too
    rl.filter.clear()
    assert rl.visible_texts() == ["Søren Østergaard"] and not rl.no_match.isVisible()


def test_enter_or_double_click_on_a_selected_row_opens_it(qtbot):
    rl = make(qtbot)
    rl.set_rows(PEOPLE)
    opened = []
    rl.opened.connect(lambda: opened.append(rl.selected().name))
    assert rl.select(2)
    rl.table.setFocus()
    qtbot.keyClick(rl.table, Qt.Key.Key_Return)
    assert opened == ["Søren Østergaard"]
    centre = rl.table.visualRect(rl.proxy.index(1, 0)).center()  # Zoë, second in Danish order
    qtbot.mouseClick(rl.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(rl.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == ["Søren Østergaard", "Zoë Berg"]


def test_the_selection_survives_a_reload(qtbot):
    rl = make(qtbot)
    rl.set_rows(PEOPLE)
    assert rl.selected() is None
    rl.select(1)
    renamed = [Person(1, "Åse Kjærgaard-Holm", "Århus"), *PEOPLE[1:], Person(4, "Anders And")]
    rl.set_rows(renamed)  # new row objects: the same id is selected again
    assert rl.selected() == renamed[0]
    rl.set_rows(PEOPLE[1:])  # gone: nothing selected
    assert rl.selected() is None


def test_several_selected_rows_survive_a_reload_in_the_order_chosen(qtbot):
    rl = make(qtbot, multi=True)
    rl.set_rows(PEOPLE)
    rl.select(3)
    rl.select(1, add=True)
    assert [p.id for p in rl.selected_rows()] == [3, 1]
    with rl.keeping_selection():
        rl.model.set_rows(list(reversed(PEOPLE)))
    assert [p.id for p in rl.selected_rows()] == [3, 1]
    assert rl.selected().id == 1  # the current one of those selected


def test_focus_filter_selects_the_typed_text(qtbot):
    rl = make(qtbot)
    rl.filter.window().show()
    rl.filter.setText("aase")
    rl.focus_filter()
    assert rl.filter.selectedText() == "aase"
    assert make(qtbot, filter_placeholder=None).filter is None  # no box: nothing to focus


@pytest.mark.parametrize("chosen, offered, kept", [(7, [7, 8], True), (7, [8], False), (None, [8], True)])
def test_refill_combo_keeps_the_choice_while_it_is_offered(qtbot, chosen, offered, kept):
    combo = QComboBox()
    qtbot.addWidget(combo)
    refill_combo(combo, "All groups", [("Seven", 7), ("Eight", 8)])
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    signals = []
    combo.currentIndexChanged.connect(signals.append)
    assert refill_combo(combo, "All groups", [(str(i), i) for i in offered]) is kept
    assert combo.currentData() == (chosen if kept else None)
    assert combo.itemText(0) == "All groups" and signals == []  # filled quietly
