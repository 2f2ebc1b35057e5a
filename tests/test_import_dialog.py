"""Importing members asks which group, every time; the preview shows sector, region and consent, and problems whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from tankapp.services.members import groups as group_service
from tankapp.services.members import registry as member_service
from tankapp.ui.ops import Operations


def write_csv(path, rows):
    path.write_bytes(("\r\n".join(";".join(r) for r in rows) + "\r\n").encode("utf-8-sig"))
    return path


@pytest.fixture
def member_file(tmp_path):
    return write_csv(
        tmp_path / "medlemmer.csv",
        [
            ["Navn", "E-mail", "Organisation", "Sektor", "Region", "Må navngives", "Må kontaktes"],
            ["Åse Kjærgaard", "aase@example.dk", "Region Syddanmark", "Region", "Syddanmark", "ja", "nej"],
            ["Bo Ærø", "bo@example.dk", "Ærø Kommune", "Kommune", "", "nej", "ja"],
            ["Søren Østergaard", "soeren@", "Aarhus Kommune", "Kommune", "Midtjylland", "ja", "ja"],
        ],
    )


def dialog_for(qtbot, db, group_id=None):
    from tankapp.ui.members.import_dialog import ImportDialog

    with db.reading() as s:
        groups = group_service.list_groups(s)
    dialog = ImportDialog(Operations(db), groups, group_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def column(dialog, header: str) -> int:
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    return headers.index(header)


def test_the_group_starts_empty_and_nothing_imports_until_one_is_chosen(qtbot, db, group_ids, member_file):
    dialog = dialog_for(qtbot, db)
    assert dialog.group.currentIndex() == -1 and dialog.group_id() is None
    assert dialog.group.placeholderText()
    dialog.load(member_file)
    assert dialog.model.rowCount() == 0  # the rows are checked against the group: none chosen, none read
    assert dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.accept()  # Enter: refused, nothing written
    assert dialog.imported == 0 and dialog.result() == 0
    with db.reading() as s:
        assert member_service.list_members(s) == []

    dialog.group.setCurrentIndex(dialog.group.findData(group_ids["Ledere"]))
    assert dialog.model.rowCount() == 3
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported == 2
    with db.reading() as s:
        assert sorted(m.name for m in member_service.list_members(s, group_id=group_ids["Ledere"])) == [
            "Bo Ærø", "Åse Kjærgaard"]


def test_the_window_never_takes_the_group_from_the_member_list_filter(qtbot, db, group_ids, tmp_path, monkeypatch):
    from tankapp.ui.main_window import MainWindow
    from tankapp.ui.members.import_dialog import ImportDialog

    window = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.go_to("members")
    page = window.members_page
    page.group_filter.setCurrentIndex(page.group_filter.findData(group_ids["Forskere"]))
    seen = {}

    def fake_exec(dialog):
        seen["group"] = dialog.group_id()
        return 0

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    window.import_members()
    assert seen == {"group": None}


def test_the_preview_shows_sector_region_and_consent(qtbot, db, group_ids, member_file):
    dialog = dialog_for(qtbot, db, group_ids["Klinikere"])
    dialog.load(member_file)
    sector, region = column(dialog, "Sector"), column(dialog, "Region")
    named, contact = column(dialog, "May be named"), column(dialog, "May be contacted")
    row = [dialog.model.index(0, c).data() for c in (sector, region, named, contact)]
    assert row == ["Region", "Region of Southern Denmark", "Yes", "No"]
    assert dialog.model.index(1, sector).data() == "Municipality"
    assert dialog.model.index(1, region).data() == ""  # none given
    assert [dialog.model.index(1, c).data() for c in (named, contact)] == ["No", "Yes"]


def test_a_problem_shows_in_full_as_a_tooltip(qtbot, db, group_ids, tmp_path):
    long_org = "Ø" * 1200  # longer than the database holds: a problem whose text names the column
    path = write_csv(tmp_path / "m.csv", [["Navn", "E-mail", "Organisation"],
                                          ["<b>Bo</b> & Co", "bo@", long_org]])
    dialog = dialog_for(qtbot, db, group_ids["Klinikere"])
    dialog.load(path)
    problem = dialog.model.index(0, dialog.problem_column)
    shown = problem.data()
    tip = problem.data(Qt.ItemDataRole.ToolTipRole)
    assert "bo@" in shown
    assert tip is not None and "bo@" in tip and "Line 2" in tip
    assert "<b>Bo</b>" not in tip  # user text is escaped in the rich-text tooltip
    # Every problem of the row is in the tooltip, one per line.
    with db.reading() as s:
        from tankapp.services.members import importer

        row = importer.preview_import(s, path, group_ids["Klinikere"]).rows[0]
    assert len(row.problems) >= 2 and tip.count("<br>") >= len(row.problems)
