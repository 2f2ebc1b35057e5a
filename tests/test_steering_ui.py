"""The steering committee in the window: listed apart in Grupper, its own choice in a meeting, its standing item."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from tankapp.domain.enums import AgendaItemKind, ContributionKind, MeetingStatus
from tankapp.services.meetings import planning as meeting_service
from tankapp.services.members import groups as group_service
from tankapp.services.members import registry as member_service


@pytest.fixture
def window(qtbot, db, tmp_path):
    from tankapp.ui.main_window import MainWindow

    w = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    return w


def _listed(row_list) -> list[str]:
    return [g.name for g in row_list.visible_rows()]


def test_the_groups_page_lists_the_steering_committee_apart_and_creates_it(qtbot, window, db, group_ids):
    window.go_to("groups")
    page = window.groups_page
    assert _listed(page.row_list) == list(group_ids)
    assert page.steering_committee() is None
    assert page.create_steering_button.isVisibleTo(page) and not page.steering_list.isVisibleTo(page)

    qtbot.mouseClick(page.create_steering_button, Qt.MouseButton.LeftButton)

    committee = page.steering_committee()
    assert committee is not None and committee.name == "Styregruppe"
    assert _listed(page.row_list) == list(group_ids)  # never among the expert groups
    assert _listed(page.steering_list) == ["Styregruppe"]
    assert not page.create_steering_button.isVisibleTo(page) and page.steering_list.isVisibleTo(page)
    # selected at once, its members below (none yet), and the expert groups' selection let go
    assert page.selected().id == committee.id and page.row_list.selected() is None
    assert page.members_heading.text().endswith("Styregruppe")
    with db.reading() as s:
        assert group_service.steering_committee(s).id == committee.id

    # choosing an expert group again lets go of the steering committee
    page.table.selectRow(1)
    assert page.selected().name == "Klinikere" and page.steering_list.selected() is None


def test_the_steering_committees_members_show_with_no_commitment_warning(qtbot, window, db, group_ids):
    with db.session() as s:
        sid = group_service.create_steering_committee(s).id
        member_service.add_member(s, member_service.MemberInput(name="Rikke Region", group_id=sid))
    window.go_to("groups")
    page = window.groups_page
    assert page.select_steering_committee()
    assert page.member_names() == ["Rikke Region"]
    meetings_cell = page.members_model.index(0, 2)
    assert meetings_cell.data(Qt.ItemDataRole.DecorationRole) is None  # 0 meetings, yet no warning
    assert "no meeting commitment" in meetings_cell.data(Qt.ItemDataRole.ToolTipRole)
    # the members page's group filter offers it, after the expert groups
    window.go_to("members")
    combo = window.members_page.group_filter
    assert combo.itemData(combo.count() - 1) == sid
    combo.setCurrentIndex(combo.count() - 1)
    assert window.members_page.visible_names() == ["Rikke Region"]


def _dialog(window, db, data=None, meeting_id=None):
    from tankapp.ui.meetings.dialog import MeetingDialog

    overview = window.ops.meetings.overview()
    data = data or meeting_service.MeetingInput(title="Styregruppemøde", date=dt.date(2026, 4, 1))
    return MeetingDialog(window.ops, overview.groups, data=data, meeting_id=meeting_id, templates=[], parent=window)


def _items(dialog) -> dict[str, object]:
    return {dialog.groups.item(i).text(): dialog.groups.item(i) for i in range(dialog.groups.count())}


def test_the_meeting_dialog_never_mixes_the_steering_committee_with_expert_groups(qtbot, window, db, group_ids):
    with db.session() as s:
        sid = group_service.create_steering_committee(s).id
    dialog = _dialog(window, db)
    qtbot.addWidget(dialog)
    items = _items(dialog)
    assert list(items) == [*group_ids, "Styregruppe (steering committee)"]  # last, labelled as what it is
    steering = items["Styregruppe (steering committee)"]

    items["Klinikere"].setCheckState(Qt.CheckState.Checked)
    items["Forskere"].setCheckState(Qt.CheckState.Checked)
    steering.setCheckState(Qt.CheckState.Checked)  # the steering committee lets go of the expert groups
    assert dialog.group_ids() == [sid] and dialog.steering_chosen()
    items["Ledere"].setCheckState(Qt.CheckState.Checked)  # and an expert group of the steering committee
    assert dialog.group_ids() == [group_ids["Ledere"]] and not dialog.steering_chosen()

    # a mix that comes in anyway (an older meeting) is refused beneath the list, and nothing is saved
    mixed = meeting_service.MeetingInput(title="Blandet", date=dt.date(2026, 4, 1), group_ids=[sid, group_ids["Brugere"]])
    refused = _dialog(window, db, data=mixed)
    qtbot.addWidget(refused)
    refused.show()
    refused.accept()
    assert refused.result() == 0 and refused.isVisible()
    error = refused.errors["group_ids"]
    assert error.isVisibleTo(refused) and "steering committee" in error.text()


def test_planning_a_steering_meeting_puts_the_status_report_first_and_offers_it(qtbot, window, db, group_ids,
                                                                                 monkeypatch, tmp_path):
    with db.session() as s:
        sid = group_service.create_steering_committee(s).id
        mid = meeting_service.create_meeting(s, meeting_service.MeetingInput(
            title="Styregruppemøde", date=dt.date(2026, 4, 1), start=dt.time(13), end=dt.time(15),
            group_ids=[sid], status=MeetingStatus.PLANNED)).id
    window.go_to("meetings")
    page = window.meetings_page
    page.select_meeting(mid)
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.row_object(page.proxy.index(r, 0)).id == mid)
    assert page.proxy.index(row, 3).data() == "Styregruppe (steering committee)"  # whose meeting it is
    assert page.agenda.titles()[0] == "Statusrapport"
    assert page.agenda.current.rows[0].kind == AgendaItemKind.STATUS_REPORT
    page.agenda.table.selectRow(0)
    assert page.agenda.report_button.isVisibleTo(page)

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "Statusrapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr("tankapp.ui.status.reports.QMessageBox.exec", lambda self: 0)  # not opened afterwards
    with qtbot.waitSignal(page.status, timeout=20000, check_params_cb=lambda text: "Statusrapport.pdf" in text
                          and "…" not in text):
        qtbot.mouseClick(page.agenda.report_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")

    page.agenda.table.selectRow(0)
    page.agenda.table.clearSelection()
    assert not page.agenda.report_button.isVisibleTo(page)
    # held, it is not counted toward the target
    with db.session() as s:
        meeting_service.set_status(s, mid, MeetingStatus.HELD)
    page.reload()
    assert page.progress.text().startswith("Meetings held: 0 of 18. Planned: 0.")
    assert "Steering committee meetings are not counted (held: 1, planned: 0)" in page.progress.text()


def test_meeting_mode_of_a_steering_meeting_names_its_members_and_offers_no_contributions(qtbot, db, group_ids):
    from tankapp.ui.meeting_mode.window import MeetingModeWindow
    from tankapp.ui.ops import Operations

    with db.session() as s:
        sid = group_service.create_steering_committee(s).id
        member_service.add_member(s, member_service.MemberInput(name="Rikke Region", group_id=sid))
        mid = meeting_service.create_meeting(s, meeting_service.MeetingInput(
            title="Styregruppemøde", date=dt.date(2026, 4, 1), start=dt.time(13), end=dt.time(15),
            group_ids=[sid])).id
    w = MeetingModeWindow(Operations(db), mid)
    qtbot.addWidget(w)
    w.show()
    assert [r.name for r in w.ops.meeting_mode.attendance(mid).rows] == ["Rikke Region"]  # its members are invited
    assert not w.capture_buttons.isVisibleTo(w)
    with qtbot.waitSignal(w.capture.status) as said:
        w.capture.request(ContributionKind.EXAMPLE)  # a capture key pressed anyway
    assert "steering committee" in said.args[0] and not w.capture.is_open()
