"""Archiving a group asks first (saying how many) and can be undone; a group's e-mail addresses for an invitation."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from tankapp.domain.enums import MeetingStatus
from tankapp.services.meetings import planning as meeting_service
from tankapp.services.meetings.planning import MeetingInput
from tankapp.services.members import groups as group_service
from tankapp.services.members import registry as member_service
from tankapp.services.members.registry import MemberInput


def add(db, name, group_id, **kw):
    with db.session() as s:
        return member_service.add_member(s, MemberInput(name=name, group_id=group_id, **kw)).id


def plan(db, group_ids, groups=("Klinikere",), day=dt.date(2026, 3, 12), status=MeetingStatus.PLANNED):
    with db.session() as s:
        return meeting_service.create_meeting(s, MeetingInput(
            title="Møde", date=day, start=dt.time(9, 30), end=dt.time(12, 0), status=status,
            group_ids=[group_ids[g] for g in groups])).id


@pytest.fixture
def window(qtbot, db, tmp_path):
    from tankapp.ui.main_window import MainWindow

    w = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.go_to("groups")
    return w


def select_group(page, name: str) -> None:
    for r in range(page.proxy.rowCount()):
        if page.proxy.row_object(page.proxy.index(r, 0)).name == name:
            page.table.selectRow(r)
            return
    raise AssertionError(f"{name} is not listed")


def listed(page) -> list[str]:
    return [page.proxy.row_object(page.proxy.index(r, 0)).name for r in range(page.proxy.rowCount())]


def archived(db, group_id) -> bool:
    with db.reading() as s:
        return group_service.get_group(s, group_id).archived


# ---------------------------------------------------------------- archiving: the service


def test_archive_impact_counts_active_members_and_planned_meetings(db, group_ids):
    k = group_ids["Klinikere"]
    add(db, "Åse Kjærgaard", k)
    add(db, "Bo Ærø", k)
    add(db, "Udtrådt Ulla", k, joined_on=dt.date(2026, 1, 1), withdrawn_on=dt.date(2026, 2, 1))
    add(db, "Anden Gruppe", group_ids["Ledere"])
    plan(db, group_ids)
    plan(db, group_ids, groups=("Klinikere", "Ledere"), day=dt.date(2026, 4, 2))  # joint: counts too
    plan(db, group_ids, day=dt.date(2026, 2, 2), status=MeetingStatus.HELD)  # held: not planned
    plan(db, group_ids, day=dt.date(2026, 2, 3), status=MeetingStatus.CANCELLED)
    plan(db, group_ids, groups=("Ledere",), day=dt.date(2026, 4, 3))  # another group's
    with db.reading() as s:
        impact = group_service.archive_impact(s, k)
        empty = group_service.archive_impact(s, group_ids["Forskere"])
    assert (impact.group, impact.members, impact.planned_meetings, impact.asks) == ("Klinikere", 2, 2, True)
    assert (empty.members, empty.planned_meetings, empty.asks) == (0, 0, False)


# ---------------------------------------------------------------- archiving: the page


def test_archiving_a_group_with_members_asks_first_saying_how_many(qtbot, window, db, group_ids, monkeypatch):
    k = group_ids["Klinikere"]
    for name in ("Åse Kjærgaard", "Bo Ærø", "Carl Ceder"):
        add(db, name, k)
    plan(db, group_ids)
    page = window.groups_page
    page.reload()
    select_group(page, "Klinikere")
    asked = []

    def cancel(box):
        asked.append(box.text() + " " + box.informativeText())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    page.archive_button.click()
    assert len(asked) == 1
    assert "Klinikere" in asked[0] and "3" in asked[0] and "1" in asked[0]
    assert page.archive_impact_text(group_service.ArchiveImpact("Klinikere", 3, 1)) in asked[0]
    assert not archived(db, k)  # cancelled: nothing happened
    assert page.undo_stack.count() == 0

    def archive(box):
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", archive)
    page.archive_button.click()
    assert archived(db, k)
    assert "Klinikere" not in listed(page)  # archived groups are hidden unless asked for
    assert "Ctrl+Z" in window.statusBar().currentMessage()


def test_archiving_is_undone_with_ctrl_z_and_redone(qtbot, window, db, group_ids, monkeypatch):
    k = group_ids["Klinikere"]
    add(db, "Åse Kjærgaard", k)
    page = window.groups_page
    page.reload()
    select_group(page, "Klinikere")
    monkeypatch.setattr(page, "_confirm_archive", lambda impact: True)
    page.archive_button.click()
    assert archived(db, k)
    window.go_to("members")
    window.go_to("groups")  # the groups page's undo is the active one again
    assert window.undo_action.isEnabled()
    assert "Klinikere" in window.undo_action.text()
    window.undo_action.trigger()
    assert not archived(db, k)
    assert "Klinikere" in listed(page)
    assert "Klinikere" in window.statusBar().currentMessage()
    window.redo_action.trigger()
    assert archived(db, k)


def test_a_group_without_members_or_planned_meetings_is_archived_without_asking(qtbot, window, db, group_ids,
                                                                                 monkeypatch):
    page = window.groups_page
    select_group(page, "Forskere")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("asked about an empty group"))
    page.archive_button.click()
    assert archived(db, group_ids["Forskere"])
    # Restoring never asks, and is undoable too.
    page.show_archived.setChecked(True)
    select_group(page, "Forskere")
    assert page.archive_button.text() != "Archive…"
    page.archive_button.click()
    assert not archived(db, group_ids["Forskere"])
    page.undo_stack.undo()
    assert archived(db, group_ids["Forskere"])


# ---------------------------------------------------------------- e-mail addresses for an invitation


def test_invitation_addresses_quote_what_needs_quoting_and_leave_out_the_withdrawn(db, group_ids):
    k = group_ids["Klinikere"]
    add(db, "Åse Kjærgaard", k, email="aase@example.dk")
    add(db, "Hansen, Jens", k, email="jens@example.dk")
    add(db, 'Bo "Bobby" Ærø', k, email="bo@example.dk")
    add(db, "Uden Mail", k)
    add(db, "Ann Andersen", k, email="ann@example.dk", joined_on=dt.date(2026, 1, 1),
        withdrawn_on=dt.date(2026, 2, 1))
    add(db, "Anden Gruppe", group_ids["Ledere"], email="anden@example.dk")
    with db.reading() as s:
        found = group_service.invitation_addresses(s, k)
    assert found.text == ('"Bo \\"Bobby\\" Ærø" <bo@example.dk>; "Hansen, Jens" <jens@example.dk>; '
                          "Åse Kjærgaard <aase@example.dk>")
    assert found.count == 3
    assert found.without_email == ("Uden Mail",)


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("Zoë O'Brien", "Zoë O'Brien <z@x.dk>"),
        ("Nguyễn Thị Hương", "Nguyễn Thị Hương <z@x.dk>"),
        ("A\u202eB\nC", "A B C <z@x.dk>"),  # control characters and line breaks become spaces
        ("  ", "z@x.dk"),
        ("<script>", '"<script>" <z@x.dk>'),
        ("back\\slash", '"back\\\\slash" <z@x.dk>'),
    ],
)
def test_address_entry(name, entry):
    assert group_service.address_entry(name, "z@x.dk") == entry


def test_copy_email_addresses_from_the_groups_page(qtbot, window, db, group_ids):
    k = group_ids["Klinikere"]
    add(db, "Åse Kjærgaard", k, email="aase@example.dk")
    add(db, "Bo Ærø", k, email="bo@example.dk")
    add(db, "Uden Mail", k)
    page = window.groups_page
    page.reload()
    select_group(page, "Klinikere")
    QGuiApplication.clipboard().setText("before")
    page.copy_emails_button.click()
    assert QGuiApplication.clipboard().text() == "Bo Ærø <bo@example.dk>; Åse Kjærgaard <aase@example.dk>"
    message = window.statusBar().currentMessage()
    assert "2" in message and "Klinikere" in message and "Uden Mail" in message and "Bcc" in message


def test_copy_email_addresses_of_a_group_without_any_copies_nothing(qtbot, window, db, group_ids):
    add(db, "Uden Mail", group_ids["Ledere"])
    page = window.groups_page
    page.reload()
    select_group(page, "Ledere")
    QGuiApplication.clipboard().setText("before")
    page.copy_emails_button.click()
    assert QGuiApplication.clipboard().text() == "before"
    assert "Ledere" in window.statusBar().currentMessage()


def test_copy_email_addresses_from_the_members_page_needs_a_group_chosen(qtbot, window, db, group_ids):
    k = group_ids["Klinikere"]
    add(db, "Åse Kjærgaard", k, email="aase@example.dk")
    add(db, "Leder Lise", group_ids["Ledere"], email="lise@example.dk")
    window.go_to("members")
    page = window.members_page
    page.reload()
    assert not page.copy_emails_button.isEnabled()  # all groups: whose addresses?
    page.group_filter.setCurrentIndex(page.group_filter.findData(k))
    assert page.copy_emails_button.isEnabled()
    page.copy_emails_button.click()
    assert QGuiApplication.clipboard().text() == "Åse Kjærgaard <aase@example.dk>"
    assert "Klinikere" in window.statusBar().currentMessage()


def test_the_question_shows_a_group_name_with_markup_as_typed(qtbot, window, db, group_ids, monkeypatch):
    with db.session() as s:
        gid = group_service.create_group(s, group_service.GroupInput(name="<b>Fed</b> & Co")).id
    add(db, "Åse Kjærgaard", gid)
    page = window.groups_page
    page.reload()
    select_group(page, "<b>Fed</b> & Co")
    seen = []

    def cancel(box):
        seen.append((box.text(), box.textFormat()))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    page.archive_button.click()
    (text, fmt), = seen
    assert "<b>Fed</b> & Co" in text and fmt == Qt.TextFormat.PlainText
