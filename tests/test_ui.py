"""The real windows, driven offscreen the way a facilitator uses them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tankapp.services.members import groups as group_service
from tankapp.services.members import registry as member_service
from tankapp.services import thinktank
from tankapp.services.members.registry import MemberInput
from tankapp.ui.ops import Operations
from tankapp.ui.members.dialog import MemberDialog


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, db, settings):
    from tankapp.ui.main_window import MainWindow

    settings.setValue("section", "members")  # these are the Members section's tests (a new user starts on Status)
    w = MainWindow(db, settings)
    qtbot.addWidget(w)
    w.show()
    return w


def add(db, name, group_id, **kw):
    with db.session() as s:
        return member_service.add_member(s, MemberInput(name=name, group_id=group_id, **kw)).id


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user. QTest aborts on keys outside its table (é, ë, ł), so paste those."""
    if all(c.isascii() or c in "æøåÆØÅ" for c in text):
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def fill_and_save(qtbot, fields: dict[str, str], *, group: str | None = None):
    """Replace MemberDialog.exec: type into the real dialog, press Save, return its result."""
    seen = {}

    def fake_exec(dialog: MemberDialog):
        dialog.show()
        for name, text in fields.items():
            widget = getattr(dialog, name)
            widget.clear()
            type_text(qtbot, widget, text)
        if group is not None:
            dialog.group.setCurrentIndex(dialog.group.findText(group))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        seen["dialog"] = dialog
        seen["errors"] = {k: e.text() for k, e in dialog.errors.items() if e.isVisibleTo(dialog)}
        return dialog.result()

    return fake_exec, seen


# --------------------------------------------------------------- first start


def test_first_start_sets_up_think_tank_with_six_groups(qtbot, empty_db):
    from tankapp.ui.setup_dialog import SetupDialog

    dialog = SetupDialog(Operations(empty_db))
    qtbot.addWidget(dialog)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Tænketank Syd")
    dialog.start.setDate(QDate(2026, 2, 1))
    assert "2027" in dialog.end_label.text()  # 15 months on: ends 30 April 2027
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == SetupDialog.DialogCode.Accepted
    with empty_db.reading() as s:
        tank = thinktank.get_think_tank(s)
        names = [g.name for g in group_service.list_groups(s)]
    assert tank.name == "Tænketank Syd"
    assert (tank.period_start, tank.period_end) == (dt.date(2026, 2, 1), dt.date(2027, 4, 30))
    assert tank.meeting_target == 18
    assert names == ["Brugere", "Klinikere", "Ledere", "Kvalitetskonsulenter", "Forskere", "Uddannelsesrepræsentanter"]


def test_first_start_refuses_empty_name(qtbot, empty_db):
    from tankapp.ui.setup_dialog import SetupDialog

    dialog = SetupDialog(Operations(empty_db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.clear()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.name_error.isVisible() and dialog.name_error.text()
    with empty_db.reading() as s:
        assert thinktank.get_think_tank(s) is None


# The demo on first start (in a file of its own, never the database started for): tests/test_files_menu.py


# --------------------------------------------------------------- members


def test_add_member_through_dialog(qtbot, window, db, monkeypatch):
    window.go_to("members")
    page = window.members_page
    fake, seen = fill_and_save(
        qtbot,
        {"name": "Åse Kjærgaard", "email": "aase@region.dk", "organisation": "Region Syddanmark"},
        group="Forskere",
    )
    monkeypatch.setattr(MemberDialog, "exec", fake)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    assert seen["errors"] == {}
    assert page.visible_names() == ["Åse Kjærgaard"]
    with db.reading() as s:
        (m,) = member_service.list_members(s)
    assert (m.name, m.email, m.group, m.organisation) == ("Åse Kjærgaard", "aase@region.dk", "Forskere", "Region Syddanmark")
    assert "Åse Kjærgaard" in window.statusBar().currentMessage()
    # The group list counts the new member as soon as it is shown.
    window.go_to("groups")
    forskere = next(g for g in window.groups_page.model.rows() if g.name == "Forskere")
    assert forskere.member_count == 1


def test_invalid_email_is_refused_next_to_the_field(qtbot, window, db, monkeypatch):
    page = window.members_page
    fake, seen = fill_and_save(qtbot, {"name": "Bo Ørsted", "email": "bo@region"})
    monkeypatch.setattr(MemberDialog, "exec", fake)
    page.add_member()

    assert seen["dialog"].result() != MemberDialog.DialogCode.Accepted
    assert set(seen["errors"]) == {"email"}
    assert seen["errors"]["email"]
    with db.reading() as s:
        assert member_service.list_members(s) == []


def test_duplicate_email_names_the_member_who_has_it(qtbot, window, db, group_ids, monkeypatch):
    add(db, "Åse Kjærgaard", group_ids["Forskere"], email="aase@example.dk")
    window.members_page.reload()
    fake, seen = fill_and_save(qtbot, {"name": "Anden Person", "email": "AASE@example.dk"})
    monkeypatch.setattr(MemberDialog, "exec", fake)
    window.members_page.add_member()

    assert "Åse Kjærgaard" in seen["errors"]["email"]
    assert "Forskere" in seen["errors"]["email"]
    with db.reading() as s:
        assert [m.name for m in member_service.list_members(s)] == ["Åse Kjærgaard"]


def test_missing_name_is_refused(qtbot, window, db, monkeypatch):
    fake, seen = fill_and_save(qtbot, {"name": "   ", "email": "x@example.dk"})
    monkeypatch.setattr(MemberDialog, "exec", fake)
    window.members_page.add_member()
    assert set(seen["errors"]) == {"name"}
    with db.reading() as s:
        assert member_service.list_members(s) == []


def test_edit_member_then_undo_and_redo(qtbot, window, db, group_ids, monkeypatch):
    member_id = add(db, "Søren Østergaard", group_ids["Klinikere"], email="soeren@example.dk", job_title="Læge")
    page = window.members_page
    page.reload()
    page.select_member(member_id)
    fake, seen = fill_and_save(qtbot, {"job_title": "Overlæge"}, group="Ledere")
    monkeypatch.setattr(MemberDialog, "exec", fake)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the selected member

    def current():
        with db.reading() as s:
            m = member_service.get_member(s, member_id)
            return m.job_title, m.group.name

    assert current() == ("Overlæge", "Ledere")
    window.undo_action.trigger()
    assert current() == ("Læge", "Klinikere")
    window.redo_action.trigger()
    assert current() == ("Overlæge", "Ledere")


def test_undo_adding_a_member_removes_it_and_redo_brings_it_back(qtbot, window, db, monkeypatch):
    fake, _ = fill_and_save(qtbot, {"name": "Zoë Ørnsø", "email": "zoe@example.org"})
    monkeypatch.setattr(MemberDialog, "exec", fake)
    window.members_page.add_member()
    with db.reading() as s:
        (first,) = member_service.list_members(s)
    window.undo_action.trigger()
    assert window.members_page.visible_names() == []
    window.redo_action.trigger()
    with db.reading() as s:
        (again,) = member_service.list_members(s)
    assert again.uuid == first.uuid  # the same record, not a new one
    assert window.members_page.visible_names() == ["Zoë Ørnsø"]


def test_withdraw_hides_member_keeps_history_and_undo_restores(qtbot, window, db, group_ids):
    member_id = add(db, "Mette Bækgaard", group_ids["Ledere"])
    page = window.members_page
    page.reload()
    page.select_member(member_id)
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    assert page.visible_names() == []
    page.show_withdrawn.setChecked(True)
    assert page.visible_names() == ["Mette Bækgaard"]
    with db.reading() as s:
        assert member_service.get_member(s, member_id).withdrawn_on == dt.date.today()
    window.undo_action.trigger()
    with db.reading() as s:
        assert member_service.get_member(s, member_id).withdrawn_on is None


def test_member_list_sorts_danish_names_correctly(qtbot, window, db, group_ids):
    names = ["Åse", "Zeki", "Ørsted", "Anders", "Ærø", "Aase", "Émile", "eva", "Øjvind", "Bo"]
    for i, n in enumerate(names):
        add(db, n, group_ids["Brugere"], email=f"m{i}@example.dk")
    page = window.members_page
    page.reload()
    shown = page.visible_names()
    assert shown == ["Anders", "Bo", "Émile", "eva", "Zeki", "Ærø", "Øjvind", "Ørsted", "Aase", "Åse"]
    # Clicking the header twice sorts Z..A, still the Danish way.
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.visible_names() == list(reversed(shown))


def test_filter_as_you_type_and_by_group(qtbot, window, db, group_ids):
    add(db, "Søren Østergaard", group_ids["Klinikere"], organisation="Aarhus Universitetshospital")
    add(db, "Mette Østergaard", group_ids["Ledere"], organisation="Odense Kommune")
    add(db, "Jens Hansen", group_ids["Klinikere"], organisation="Region Nordjylland")
    page = window.members_page
    page.reload()
    qtbot.keyClicks(page.filter, "østerg")
    assert page.visible_names() == ["Mette Østergaard", "Søren Østergaard"]
    page.group_filter.setCurrentIndex(page.group_filter.findText("Klinikere"))
    assert page.visible_names() == ["Søren Østergaard"]
    page.filter.clear()
    qtbot.keyClicks(page.filter, "aarhus")  # organisation is searched too
    assert page.visible_names() == ["Søren Østergaard"]


def test_empty_member_list_says_what_to_do(qtbot, window):
    page = window.members_page
    assert page.stack.currentWidget() is page.empty
    assert page.empty.button is not None and page.empty.label.text()


# --------------------------------------------------------------- groups


def test_groups_show_member_count_and_size_warning(qtbot, window, db, group_ids):
    for i in range(10):
        add(db, f"Medlem {i}", group_ids["Klinikere"])
    window.groups_page.reload()
    rows = {g.name: g for g in window.groups_page.model.rows()}
    assert rows["Klinikere"].member_count == 10 and rows["Klinikere"].size_warning is None
    assert rows["Brugere"].size_warning == "too_few"
    model = window.groups_page.model
    size_col = 3
    brugere_row = next(r for r in range(model.rowCount()) if model.row_at(r).name == "Brugere")
    assert "10" in model.index(brugere_row, size_col).data()
    assert model.index(brugere_row, size_col).data(Qt.ItemDataRole.DecorationRole) is not None


def test_rename_group_through_dialog(qtbot, window, db, group_ids, monkeypatch):
    from tankapp.ui.groups.page import GroupDialog

    page = window.groups_page

    def fake_exec(dialog):
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Patienter og pårørende")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(GroupDialog, "exec", fake_exec)
    page.table.selectRow(0)
    page.edit_selected()
    with db.reading() as s:
        assert group_service.get_group(s, group_ids["Brugere"]).name == "Patienter og pårørende"


def test_group_name_clash_is_shown_in_dialog(qtbot, db):
    from tankapp.ui.groups.page import GroupDialog

    dialog = GroupDialog(Operations(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "KLINIKERE")
    dialog.accept()
    assert dialog.result() != GroupDialog.DialogCode.Accepted
    assert "Klinikere" in dialog.name_error.text()


def test_archive_group_hides_it_until_shown(qtbot, window, db, group_ids):
    window.go_to("groups")
    page = window.groups_page
    page.table.selectRow(0)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    visible = [page.proxy.row_object(page.proxy.index(r, 0)).name for r in range(page.proxy.rowCount())]
    assert "Brugere" not in visible and len(visible) == 5
    page.show_archived.setChecked(True)
    assert page.proxy.rowCount() == 6


# --------------------------------------------------------------- import


def write_semicolon_csv(path, rows):
    text = "\r\n".join(";".join(r) for r in rows) + "\r\n"
    path.write_bytes(text.encode("cp1252"))


def test_import_preview_shows_bad_rows_and_imports_nothing_by_default(qtbot, db, group_ids, tmp_path):
    from tankapp.ui.members.import_dialog import ImportDialog

    path = tmp_path / "medlemmer.csv"
    write_semicolon_csv(
        path,
        [
            ["Navn", "E-mail", "Organisation"],
            ["Åse Kjærgaard", "aase@example.dk", "Region Syddanmark"],
            ["", "tom@example.dk", "Ingen navn A/S"],
            ["Søren Østergaard", "soeren@", "Aarhus Kommune"],
            ["Bo Ærø", "bo@example.dk", "Ærø Kommune"],
        ],
    )
    with db.reading() as s:
        groups = group_service.list_groups(s)
    dialog = ImportDialog(Operations(db), groups, group_ids["Klinikere"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)

    rows = dialog.model.rows()
    assert [r.line for r in rows] == [2, 3, 4, 5]
    bad = {r.line for r in rows if not r.valid}
    assert bad == {3, 4}
    problem_col = 4
    assert dialog.model.index(0, problem_col).data() == "OK"
    assert "soeren@" in dialog.model.index(2, problem_col).data()  # says which value is wrong
    assert not dialog.import_button.isEnabled()  # a file with problems imports nothing by default

    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported == 2
    with db.reading() as s:
        names = [m.name for m in member_service.list_members(s, group_id=group_ids["Klinikere"])]
    assert names == ["Bo Ærø", "Åse Kjærgaard"]


def test_import_of_unreadable_file_says_so(qtbot, db, group_ids, tmp_path):
    from tankapp.ui.members.import_dialog import ImportDialog

    path = tmp_path / "liste.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    dialog = ImportDialog(Operations(db), [], None)
    qtbot.addWidget(dialog)
    dialog.group.addItem("Klinikere", group_ids["Klinikere"])
    dialog.load(path)
    assert dialog.summary.text()
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()


# --------------------------------------------------------------- window


def test_sections_and_remembered_choice(qtbot, db, settings):
    from tankapp.ui.main_window import SECTION_KEYS, MainWindow

    w = MainWindow(db, settings)
    qtbot.addWidget(w)
    assert w.nav.count() == len(SECTION_KEYS) == 7
    w.go_to("groups")
    w.close()
    again = MainWindow(db, settings)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.ready, timeout=5000):
        again.show()
    assert again.is_built("groups") and not again.is_built("members")
    assert again.stack.currentWidget() is again.groups_page


def test_keyboard_shortcut_ctrl_2_opens_members(qtbot, window):
    window.go_to("groups")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.members_page


def test_status_page_counts(qtbot, window, db, group_ids):
    add(db, "Åse", group_ids["Forskere"])
    window.status_page.reload()
    text = window.status_page.body.text()
    assert "1" in text and "18" in text


def test_redo_after_undoing_an_add_still_applies_later_edits(qtbot, window, db, monkeypatch):
    fake, _ = fill_and_save(qtbot, {"name": "Bo Ærø", "email": "bo@example.dk"})
    monkeypatch.setattr(MemberDialog, "exec", fake)
    window.members_page.add_member()
    window.members_page.select_member(window.members_page.model.row_at(0).id)
    fake, _ = fill_and_save(qtbot, {"job_title": "Sygeplejerske"})
    monkeypatch.setattr(MemberDialog, "exec", fake)
    window.members_page.edit_selected()
    for _ in range(2):
        window.undo_action.trigger()  # the edit, then the add
    with db.reading() as s:
        assert member_service.list_members(s) == []
    for _ in range(2):
        window.redo_action.trigger()  # the add (a new row id), then the edit on that row
    with db.reading() as s:
        (m,) = member_service.list_members(s)
    assert (m.name, m.job_title) == ("Bo Ærø", "Sygeplejerske")


def test_ctrl_f_focuses_the_filter_of_the_section_shown(qtbot, window):
    window.go_to("members")
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.keyClick(window.members_page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.members_page.filter.hasFocus()
    window.go_to("meetings")
    qtbot.keyClick(window.meetings_page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.meetings_page.filter.hasFocus()


def test_ctrl_n_makes_a_new_thing_of_the_section_shown(qtbot, window, monkeypatch):
    from tankapp.ui.groups.page import GroupDialog
    from tankapp.ui.meetings.dialog import MeetingDialog

    opened = []
    monkeypatch.setattr(MeetingDialog, "exec", lambda d: opened.append("meeting") or 0)
    monkeypatch.setattr(GroupDialog, "exec", lambda d: opened.append("group") or 0)
    monkeypatch.setattr(MemberDialog, "exec", lambda d: opened.append("member") or 0)
    for key in ("meetings", "groups", "members"):
        window.go_to(key)
        window.new_action.trigger()
    assert opened == ["meeting", "group", "member"]


def test_one_window_per_database(tmp_path):
    import subprocess
    import sys

    from tankapp.ui.app import acquire_window_lock

    db = tmp_path / "sub" / "tank.sqlite"
    first = acquire_window_lock(db)
    assert first is not None
    # Another process (another tankapp) cannot take it while the first holds it.
    code = (
        "import sys; from tankapp.ui.app import acquire_window_lock; "
        f"sys.exit(0 if acquire_window_lock({str(db)!r}) is None else 3)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
    first.unlock()
    assert subprocess.run([sys.executable, "-c", code]).returncode == 3


def test_redo_has_each_key_once_and_ctrl_shift_z_redoes(qtbot, window, db, monkeypatch):
    """Redo's key given twice to one action is ambiguous to Qt, and then does nothing."""
    keys = [k.toString() for k in window.redo_action.shortcuts()]
    assert len(keys) == len(set(keys)) and "Ctrl+Shift+Z" in keys
    fake, _ = fill_and_save(qtbot, {"name": "Zoë Ørnsø", "email": "zoe@example.org"})
    monkeypatch.setattr(MemberDialog, "exec", fake)
    window.members_page.add_member()
    window.undo_action.trigger()
    assert window.members_page.visible_names() == []
    window.activateWindow()
    qtbot.keyClick(window.members_page.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.members_page.visible_names() == ["Zoë Ørnsø"]
