"""Several laptops from the window: a package out, opened on a laptop, its changes back, the conflict resolved.

The dialogs are the real ones, driven as a facilitator would (their exec replaced, the file
dialogs answering with a path). What a facilitator would notice: the export dialog says
what is inside and that it is personal data; the package opens in a new database file and
the window switches to it; "Send changes…" says how many changes it wrote; at the office
the dry run is shown before anything is merged; the conflict shows both values with where
each came from, and taking the laptop's value changes the member; a damaged file is
refused with one sentence and nothing changes.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox

from tankapp.ui.ops import Changes, Kind
from tankapp.ui.sync.conflicts import ConflictsDialog
from tankapp.ui.sync.export_dialog import ExportPackageDialog
from tankapp.ui.sync.import_dialog import ImportPreviewDialog
from tests.helpers_sync import make_office, state

OFFICE_MAIL, LAPTOP_MAIL = "aase@kontor.dk", "aase@bærbar.dk"


@pytest.fixture
def office(db, tmp_path):
    return make_office(db, tmp_path)


@pytest.fixture
def window(qtbot, office, tmp_path):
    from tankapp.ui.main_window import MainWindow

    from tankapp.ui.thinktank.files import workspace_of

    w = MainWindow(office.db, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    workspace = workspace_of(w)  # File > Open and a package's new database switch the window through it
    w.show()
    yield w
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            top.close()
    workspace.close()  # the database shown last (the office's is closed by its fixture too)


@pytest.fixture
def messages(monkeypatch):
    """Every message box recorded instead of shown, by its icon; a box is answered with its accepting button
    (OK, or "Create a new database…", "Show the conflicts"). Its text must show as typed (plain text)."""
    seen: dict[str, list[str]] = {"information": [], "warning": [], "question": []}
    kinds = {QMessageBox.Icon.Information: "information", QMessageBox.Icon.Warning: "warning",
             QMessageBox.Icon.Question: "question"}

    def record(_parent, _title, text, *a, **k):
        raise AssertionError(f"a message box that may take its text for HTML: {text!r}")

    def custom_exec(box: QMessageBox):
        assert box.textFormat() == Qt.TextFormat.PlainText, box.text()
        seen[kinds[box.icon()]].append(box.text() + ("\n" + box.informativeText() if box.informativeText() else ""))
        accept = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
        box.show()
        accept[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "exec", custom_exec)
    return seen


@pytest.fixture
def files(monkeypatch):
    """The file dialogs answer from a queue of paths (save and open alike); what they were asked is kept."""
    answers: list[Path] = []
    asked: list[str] = []

    def answer(_parent=None, caption="", *args, **kwargs):
        asked.append(caption)
        return (str(answers.pop(0)), "") if answers else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    return answers, asked


def _label_texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def _export(qtbot, window, office, files, messages, pkg: Path, seen: dict, monkeypatch) -> None:
    """File > Export package for meetings…: tick the office's meeting (an earlier one), save it."""

    def fake_exec(dialog: ExportPackageDialog):
        dialog.show()
        assert dialog.meeting_ids() == [] and not dialog.save_button.isEnabled()
        dialog.earlier.setChecked(True)  # the meeting of the helpers lies before today
        dialog.set_checked([office.meeting_id])
        seen["contents"] = dialog.contents.text()
        seen["personal"] = dialog.personal.text()
        seen["export_dialog"] = dialog
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(ExportPackageDialog, "exec", fake_exec)
    files[0].append(pkg)
    assert window.sync_actions.export_package()
    qtbot.waitUntil(lambda: bool(messages["information"]), timeout=10_000)


def test_the_whole_round_through_the_window(qtbot, window, office, tmp_path, files, messages, monkeypatch):
    from tankapp.domain import Member
    from tankapp.domain.enums import AttendanceStatus
    from tankapp.services.meeting_mode import attendance
    from tankapp.services.sync.ledger import default_label
    from tankapp.ui.thinktank.files import workspace_of

    office_path = office.db.path
    aase = office.member_ids[0]
    pkg, laptop_path, changes = tmp_path / "pakke.tankpkg", tmp_path / "bærbar.sqlite", tmp_path / "ændringer.tankpkg"
    seen: dict = {}

    # --- the office exports a package through the dialog
    _export(qtbot, window, office, files, messages, pkg, seen, monkeypatch)
    assert "4 members" in seen["contents"] and "1 meeting" in seen["contents"]
    assert "not the notes on their recruitment" in seen["contents"] and "1 file" in seen["contents"]
    assert "personal data" in seen["personal"]
    assert pkg.is_file() and stat.S_IMODE(os.stat(pkg).st_mode) == 0o600
    said = messages["information"].pop()
    assert str(pkg) in said and "Klinikermøde om pårørende" in said and "personal data" in said
    assert messages["warning"] == []

    # the office changes Åse's e-mail after sending the package
    window.ops.write(lambda s: setattr(s.get(Member, aase), "email", OFFICE_MAIL), Changes.of(Kind.MEMBER))

    # --- the laptop opens it: a new database file, and the window switches to it
    files[0].append(pkg)  # the open dialog
    files[0].append(laptop_path)  # where the new database goes
    assert window.sync_actions.import_file()
    assert "new database file of its own" in messages["question"][-1]
    laptop = workspace_of(window).window
    assert laptop is not window and laptop.ops.path == laptop_path.absolute()
    assert laptop.sync_actions is not None and laptop.ops.sync.this_database().is_laptop
    said = messages["information"].pop()
    assert str(laptop_path) in said and "4 members" in said and "Send changes" in said
    laptop.sync_actions.update_actions()
    assert laptop.sync_actions.send_action.isEnabled() and not laptop.sync_actions.export_action.isEnabled()

    # --- a change there: Åse checked in, her e-mail corrected
    def on_laptop(s):
        attendance.set_attendance(s, office.meeting_id, aase, AttendanceStatus.PRESENT)
        s.get(Member, aase).email = LAPTOP_MAIL

    laptop.ops.write(on_laptop, Changes.of(Kind.ATTENDANCE, Kind.MEMBER))

    # --- send changes: the file, and how many changes it holds
    files[0].append(changes)
    assert laptop.sync_actions.send_changes()
    qtbot.waitUntil(lambda: bool(messages["information"]), timeout=10_000)
    said = messages["information"].pop()
    assert "2 changes are saved" in said and str(changes) in said
    assert "added 1 attendance registration; changed 1 member" in said
    assert stat.S_IMODE(os.stat(changes).st_mode) == 0o600

    # --- back at the office: open its database again (File > Open database…)
    assert workspace_of(laptop).open_database(office_path)
    at_office = workspace_of(laptop).window
    assert at_office.ops.path == office_path
    before = state(_Db(at_office))

    def preview_exec(dialog: ImportPreviewDialog):
        dialog.show()
        seen["preview"] = _label_texts(dialog)
        seen["rows"] = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())]
        seen["unchanged_while_shown"] = state(_Db(at_office)) == before
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(ImportPreviewDialog, "exec", preview_exec)
    files[0].append(changes)
    assert at_office.sync_actions.import_file()
    assert seen["unchanged_while_shown"], "the preview changed nothing"
    assert "Nothing has been changed yet" in seen["preview"]
    assert "1 attendance registration" in seen["preview"]
    assert seen["rows"] == [["Member: Åse Øster", "E-mail", f"{OFFICE_MAIL} (the office)",
                             f"{LAPTOP_MAIL} ({default_label()})"]]
    assert "1 conflict waits for you" in messages["information"][-1]

    # --- the conflict in the conflicts view (opened from the message), with the status bar's count
    dialog = at_office._conflicts_dialog
    assert isinstance(dialog, ConflictsDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: at_office.sync_actions.status_label.isVisible())
    assert "1 conflict" in at_office.sync_actions.status_label.text()
    assert dialog.tree.topLevelItemCount() == 1
    assert dialog.tree.topLevelItem(0).text(0) == "Member: Åse Øster"
    cards = dialog.value_cards()
    assert len(cards) == 2
    office_card = next(c for c in cards if c.value.from_office)
    laptop_card = next(c for c in cards if not c.value.from_office)
    assert (office_card.value.text, office_card.value.sources, office_card.value.current) == (
        OFFICE_MAIL, ("the office",), True)
    assert (laptop_card.value.text, laptop_card.value.sources) == (LAPTOP_MAIL, (default_label(),))
    assert office_card.button.text() == "Keep the office's value"
    assert dialog.both_button.isHidden()  # an e-mail is not a text to join
    assert _email(at_office, aase) == OFFICE_MAIL  # the office's, for now
    assert _attendance(at_office, office.meeting_id, aase) == "present"  # the laptop's check-in came in

    laptop_card.button.click()  # take the laptop's value
    assert _email(at_office, aase) == LAPTOP_MAIL
    assert dialog.tree.topLevelItemCount() == 0 and dialog.pages.currentWidget() is dialog.empty
    assert "is now “aase@bærbar.dk”" in dialog.feedback.text()
    assert not at_office.sync_actions.status_label.isVisible()
    assert at_office.ops.sync.open_conflicts() == 0


class _Db:
    """What tests.helpers_sync.state reads: a window's database."""

    def __init__(self, window):
        self._ops = window.ops

    def reading(self):
        return self._ops._db.reading()


def _attendance(window, meeting_id: int, member_id: int) -> str | None:
    from sqlalchemy import select

    from tankapp.domain.models import Attendance

    def load(s):
        row = s.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id,
                                                 Attendance.member_id == member_id)).first()
        return None if row is None else str(row.status.value)

    return window.ops.read(load)


def _email(window, member_id: int) -> str:
    from tankapp.domain import Member

    return window.ops.read(lambda s: s.get(Member, member_id).email)


def test_a_damaged_file_is_refused_and_changes_nothing(qtbot, window, office, tmp_path, files, messages, monkeypatch):
    from tankapp.ui.thinktank.files import workspace_of

    pkg = tmp_path / "pakke.tankpkg"
    _export(qtbot, window, office, files, messages, pkg, {}, monkeypatch)
    messages["information"].clear()
    data = bytearray(pkg.read_bytes())
    middle = len(data) // 2
    data[middle] ^= 0xFF
    damaged = tmp_path / "beskadiget.tankpkg"
    damaged.write_bytes(bytes(data))
    before = state(office.db)
    files[0].append(damaged)
    assert not window.sync_actions.import_file()
    assert len(messages["warning"]) == 1
    warning = messages["warning"][0]
    assert "beskadiget.tankpkg" in warning and ("damaged" in warning or "not a tankapp package" in warning)
    assert "Nothing was imported" in warning
    assert messages["question"] == [] and messages["information"] == []
    assert state(office.db) == before
    assert workspace_of(window).window is window  # no switch, no new database
    assert sorted(p.name for p in tmp_path.glob("*.sqlite*")) == sorted(p.name for p in tmp_path.glob("tank.sqlite*"))

    # not a zip file at all: the same, with its own sentence
    text = tmp_path / "noter.tankpkg"
    text.write_text("<b>ikke en pakke</b> & æøå", encoding="utf-8")
    files[0].append(text)
    assert not window.sync_actions.import_file()
    assert "noter.tankpkg is not a tankapp package" in messages["warning"][-1]
    assert state(office.db) == before


def test_a_package_never_goes_over_an_existing_file(qtbot, window, office, tmp_path, files, messages, monkeypatch):
    from tankapp.domain.models import Meeting
    from tankapp.ui.thinktank.files import workspace_of

    hostile = "<b>Klinikere</b> & Co 🙂 %2"
    window.ops.write(lambda s: setattr(s.get(Meeting, office.meeting_id), "title", hostile), Changes.of(Kind.MEETING))
    pkg = tmp_path / "pakke.tankpkg"
    _export(qtbot, window, office, files, messages, pkg, {}, monkeypatch)
    assert f"1 meeting ({hostile} (12.05.2026))" in messages["information"][-1]  # as typed, "%2" too
    existing = tmp_path / "noget.sqlite"
    existing.write_bytes(b"mine")
    files[0].extend([pkg, existing])
    assert not window.sync_actions.import_file()
    assert f"for 1 meeting: {hostile} (12.05.2026)" in messages["question"][-1]
    assert "already exists" in messages["warning"][-1]
    assert existing.read_bytes() == b"mine" and workspace_of(window).window is window


def test_the_office_cannot_send_changes_nor_a_laptop_take_them(qtbot, window, office, tmp_path, files, messages,
                                                                monkeypatch):
    assert not window.sync_actions.send_changes()
    assert "not opened from a package" in messages["information"][-1]
    assert files[1] == []  # no save dialog was shown
    window.sync_actions.update_actions()
    assert window.sync_actions.export_action.isEnabled() and not window.sync_actions.send_action.isEnabled()


def test_a_change_file_is_previewed_and_cancelling_imports_nothing(qtbot, office, tmp_path, window, files, messages,
                                                                   monkeypatch):
    from tests.helpers_sync import export_package, open_laptop, write_changes
    from tankapp.domain import Member

    pkg = export_package(office.db, [office.meeting_id], tmp_path / "p.tankpkg")
    lap = open_laptop(pkg, tmp_path / "lap.sqlite")
    with lap.session() as s:
        s.get(Member, office.member_ids[1]).phone = "33 33 33 33"
    bundle = write_changes(lap, tmp_path / "c.tankpkg")
    lap.close()
    before = state(office.db)

    def cancel(dialog: ImportPreviewDialog):
        dialog.show()
        assert "Phone" in dialog.changed.text()
        assert dialog.table is None  # no conflicts
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportPreviewDialog, "exec", cancel)
    files[0].append(bundle)
    assert not window.sync_actions.import_file()
    assert state(office.db) == before
    assert messages["information"] == []
