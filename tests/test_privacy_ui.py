"""A member's rights in the window: a copy of their data, anonymise and delete from the members page.

The dialogs are the real ones, driven the way a facilitator would (their exec replaced);
the database is the privacy tests' demo copy with Zygmunt Ærbødigsen named everywhere.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tankapp.services.members import registry as member_service
from tankapp.services.privacy import rights as privacy
from tankapp.ui.members.page import personal_data_file_name
from tankapp.ui.privacy.dialog import PrivacyDialog, split_terms
from tests.helpers import pdf_words
from tests.test_privacy import EMAIL, NAME, OTHER, SECRETS, demo_template


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return demo_template(tmp_path_factory)  # shared with test_privacy and test_privacy_cli


@pytest.fixture
def tank(template, tmp_path):
    """(open database on a fresh copy, ids)."""
    from tankapp.storage import open_database

    src, ids = template
    path = tmp_path / "tank.sqlite"
    shutil.copyfile(src, path)
    db = open_database(path)
    yield db, ids
    db.close()


@pytest.fixture
def window(qtbot, tank, tmp_path):
    from tankapp.ui.main_window import MainWindow

    db, _ids = tank
    w = MainWindow(db, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.go_to("members")
    return w


@pytest.fixture
def page(window, tank):
    _db, ids = tank
    p = window.members_page
    p.reload()
    p.select_member(ids["member"])
    assert p.selected().name == NAME
    return p


@pytest.fixture
def messages(monkeypatch):
    """QMessageBox.information/warning/question recorded instead of shown (question: No)."""
    seen: dict[str, list[str]] = {"information": [], "warning": [], "question": []}

    def record(kind, answer=None):
        def show(_parent, _title, text, *a, **k):
            seen[kind].append(text)
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.No))
    return seen


def file_bytes(path: Path) -> bytes:
    """The database file and its -wal (and -shm), as they are on the disk."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")) if p.is_file())


def snapshot(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file()}


def holds(data: bytes, word: str) -> bool:
    return any(form.encode("utf-8") in data for form in {word, unicodedata.normalize("NFD", word)})


def drive(seen: dict, *, terms: str | None = None, purge: bool = False, confirm: bool = True):
    """Replace PrivacyDialog.exec: look at the dialog, type the words, tick, press the button."""

    def fake_exec(dialog: PrivacyDialog):
        dialog.show()
        seen["dialog"] = dialog
        seen["summary"] = dialog.summary.text()
        seen["mentions"] = [dialog.mentions_list.item(i).text() for i in range(dialog.mentions_list.count())]
        seen["changed"] = [dialog.changed_list.item(i).text() for i in range(dialog.changed_list.count())]
        seen["backups"] = dialog.backups_label.text()
        seen["confirm_text"] = dialog.confirm_button.text()
        seen["warning"] = dialog.warning.text()
        if terms is not None:
            dialog.terms.setText(terms)
            dialog.check_button.click()
            seen["summary_after_terms"] = dialog.summary.text()
            seen["mentions_after_terms"] = dialog.mentions_list.count()
        if purge:
            dialog.purge.setChecked(True)
        (dialog.confirm_button if confirm else dialog.cancel_button).click()
        return dialog.result()

    return fake_exec


def make_backups(db_path: Path, n: int) -> list[Path]:
    """*n* automatic backups of the database as it is now, a day apart (the rotation keeps them all)."""
    from tankapp.storage import backup

    now = dt.datetime.now()
    return [backup.make_backup(db_path, kind="auto", now=now - dt.timedelta(days=i + 1)).path for i in range(n)]


# ---------------------------------------------------------------- a copy of the data


@pytest.mark.parametrize("suffix", [".pdf", ".json"])
def test_export_writes_everything_about_the_member(qtbot, page, tank, tmp_path, monkeypatch, messages, suffix):
    db, _ids = tank
    asked = {}

    def fake_save(parent, title, default, filters, *a, **k):
        asked.update(title=title, default=default, filters=filters)
        chosen = "JSON (*.json)" if suffix == ".json" else "PDF (*.pdf)"
        return str(tmp_path / "out" / "kopi"), chosen  # no ending typed: the chosen filter's

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    before = snapshot(db.path)
    page.export_data_action.trigger()
    qtbot.waitUntil(lambda: len(messages["question"]) == 1)  # written in the background, then "Open it now?"

    assert Path(asked["default"]).name == f"Persondata - {NAME}.pdf"
    assert "*.pdf" in asked["filters"] and "*.json" in asked["filters"]
    out = tmp_path / "out" / f"kopi{suffix}"
    if suffix == ".pdf":
        words = pdf_words(out)
        assert NAME in words and EMAIL in words
    else:
        doc = json.loads(out.read_text("utf-8"))
        assert doc["member"]["name"] == NAME and doc["format"] == "tankapp-member-data"
    assert messages["warning"] == [] and len(messages["question"]) == 1  # "Open it now?" (answered No)
    assert snapshot(db.path) == before  # a copy reads only


def test_export_refuses_the_backups_folder(qtbot, page, tank, monkeypatch, messages):
    from tankapp.storage import paths

    db, _ids = tank
    folder = paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "kopi.pdf"  # a place of the database's backups: never an export's
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    before = snapshot(db.path)
    page.export_data_action.trigger()
    assert len(messages["warning"]) == 1 and messages["question"] == []
    assert not target.exists() and snapshot(db.path) == before


def test_export_op_refuses_an_unknown_ending_and_member(tank, qapp, tmp_path):
    from tankapp.services.errors import ServiceError
    from tankapp.ui.ops import Operations

    db, ids = tank
    ops = Operations(db)
    with pytest.raises(ServiceError) as unknown:
        ops.privacy.export_member(ids["member"], tmp_path / "kopi.txt")
    assert unknown.value.problem.code == "export_unknown_format"
    with pytest.raises(ServiceError) as missing:
        ops.privacy.export_member(10**9, tmp_path / "kopi.json")
    assert missing.value.problem.code == "member_not_found"
    assert not (tmp_path / "kopi.txt").exists() and not (tmp_path / "kopi.json").exists()


def test_file_name_for_the_copy():
    assert personal_data_file_name("Åse  Kjærgaard") == "Persondata - Åse Kjærgaard.pdf"
    assert personal_data_file_name('A/B: "C"', ".json") == "Persondata - A_B_ _C_.json"
    assert split_terms(" Zygmunt, ; Zyg ,Zygmunt") == ["Zygmunt", "Zyg"]


# ---------------------------------------------------------------- anonymise


def test_anonymise_through_the_page(qtbot, window, page, tank, monkeypatch, messages):
    db, ids = tank
    make_backups(db.path, 2)
    assert page.ops.privacy.old_backups(ids["member"]) == 2
    # something to undo that holds the person's data
    page.show_withdrawn.setChecked(False)
    page.select_member(ids["member"])
    page.toggle_withdrawn()
    window.undo_action.trigger()
    assert page.undo_stack.count() == 1 and page.undo_stack.canRedo()
    from PySide6.QtGui import QUndoCommand, QUndoStack

    agenda_stack = QUndoStack(window)  # a meeting's agenda edits (may quote the person in an item)
    window.undo_group.addStack(agenda_stack)
    agenda_stack.push(QUndoCommand(f"note about {NAME}"))

    page.select_member(ids["member"])
    seen = {}
    monkeypatch.setattr(PrivacyDialog, "exec", drive(seen, terms="Zygmunt"))
    page.anonymise_action.trigger()

    # first what will happen
    assert "Tidligere medlem 1" in seen["summary"] and NAME in seen["summary"]
    assert "1 attendance registration" in seen["summary"]
    assert "e-mail address" in seen["summary"] and "consent to be named" in seen["summary"]
    assert any("Zygmunt" in m for m in seen["mentions"])  # the first name alone: for the facilitator to judge
    assert seen["mentions_after_terms"] == 0  # with "Zygmunt" added, nothing stands alone any more
    assert len(seen["changed"]) >= 7
    assert "2 backups" in seen["backups"]
    assert seen["confirm_text"] == f"Anonymise {NAME}"
    assert "cannot be undone" in seen["warning"]

    # then done: the list shows the pseudonym, the undo stack is empty, the file is clean
    assert "Tidligere medlem 1" in page.visible_names() and NAME not in page.visible_names()
    assert page.selected().name == "Tidligere medlem 1"
    assert page.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    stacks = window.undo_group.stacks()  # the members page's, the agenda's above, and any other page's
    assert agenda_stack in stacks and [st.count() for st in stacks] == [0] * len(stacks)  # no undo step anywhere
    data = file_bytes(db.path)
    for word in (*SECRETS, "Zygmunt"):
        assert not holds(data, word), word
    assert holds(data, OTHER)  # the other member is still there
    (info,) = messages["information"]
    assert "Tidligere medlem 1" in info and "rebuilt without the old data" in info
    assert "2 backups made earlier still hold" in info
    with db.reading() as s:
        assert member_service.get_member(s, ids["member"]).name == "Tidligere medlem 1"


def test_anonymise_preview_says_what_anonymise_does(tank):
    db, ids = tank
    with db.reading() as s:
        p = privacy.anonymise_preview(s, ids["member"])
    before = snapshot(db.path)
    with db.session() as s:
        r = privacy.anonymise_member(s, ids["member"])
    assert snapshot(db.path) != before
    assert (p.number, p.pseudonym, p.already_anonymised) == (r.number, r.pseudonym, False)
    assert p.cleared == r.cleared
    assert sorted((c.source, c.record_uuid) for c in p.texts_changed) == sorted(
        (c.source, c.record_uuid) for c in r.texts_changed)
    assert [(m.source, m.words) for m in p.possible_mentions] == [(m.source, m.words) for m in r.possible_mentions]
    assert (p.attendance_kept, p.actions_kept, p.contributions_kept, p.attendance_notes_cleared) == (
        r.attendance_kept, r.actions_kept, r.contributions_kept, r.attendance_notes_cleared)
    with db.reading() as s:
        again = privacy.anonymise_preview(s, ids["member"], extra_terms=["Zygmunt"])
    assert (again.number, again.already_anonymised, len(again.texts_changed)) == (1, True, 1)


# ---------------------------------------------------------------- delete


def test_delete_shows_the_preview_first_and_cancelling_changes_nothing(qtbot, page, tank, monkeypatch, messages):
    db, ids = tank
    before = snapshot(db.path)
    undo_before = page.undo_stack.count()
    seen = {}
    monkeypatch.setattr(PrivacyDialog, "exec", drive(seen, confirm=False))
    page.delete_action.trigger()

    summary = seen["summary"]
    assert "deleted for good" in summary
    assert "1 attendance registration" in summary and "1 guest record under the name" in summary
    assert "1 action" in summary and "1 contribution" in summary  # kept without the member
    assert "[slettet medlem]" in summary and "6 texts" in summary
    assert len(seen["changed"]) == 6
    assert any("Zygmunt" in m for m in seen["mentions"])
    assert seen["confirm_text"] == f"Delete {NAME}"
    assert "cannot be undone" in seen["warning"]
    assert "No earlier backups" in seen["backups"] and not seen["dialog"].purge.isVisibleTo(seen["dialog"])

    assert snapshot(db.path) == before  # not a byte changed
    assert page.undo_stack.count() == undo_before and messages["information"] == []
    with db.reading() as s:
        assert member_service.get_member(s, ids["member"]).name == NAME


def test_delete_with_purge_removes_the_older_backups(qtbot, page, tank, monkeypatch, messages):
    from tankapp.storage import backup, paths

    db, ids = tank
    old = make_backups(db.path, 3)
    beside = db.path.with_name("tank.backup-upgrade-20260101-120000.sqlite")
    shutil.copyfile(old[0], beside)
    folder = paths.backups_dir()
    other_db = db.path.with_name("other.sqlite")
    shutil.copyfile(db.path, other_db)
    not_ours = backup.make_backup(other_db, kind="auto").path  # another database's backup stays

    seen = {}
    monkeypatch.setattr(PrivacyDialog, "exec", drive(seen, purge=True))
    page.delete_action.trigger()

    assert "4 backups" in seen["backups"]
    assert all(not p.exists() for p in old) and not beside.exists()
    assert not_ours.exists()
    (left,) = backup.list_backups(db.path, check=True)  # the new one, made after the deletion
    assert left.ok and left.path.parent == folder
    assert not holds(left.path.read_bytes(), NAME)
    assert not holds(file_bytes(db.path), NAME)
    (info,) = messages["information"]
    assert "4 older backups were deleted" in info and f"{NAME} is deleted" in info
    with db.reading() as s:
        assert all(m.id != ids["member"] for m in member_service.list_members(s))
    assert NAME not in page.visible_names()
    assert page.undo_stack.count() == 0


def test_purge_backups_keeps_what_it_is_told_to(tank):
    from tankapp.storage import backup

    db, _ids = tank
    made = make_backups(db.path, 3)  # newest first: yesterday, the day before, ...
    assert [i.path for i in backup.list_backups(db.path, check=False)] == made
    assert backup.purge_backups(db.path, keep_latest=True) == made[1:]
    assert [i.path for i in backup.list_backups(db.path, check=False)] == [made[0]]
    assert backup.purge_backups(db.path, keep=[made[0]]) == []
    assert backup.purge_backups(db.path) == [made[0]]
    assert backup.list_backups(db.path, check=False) == [] and db.path.exists()


def test_the_words_of_a_text_to_check_can_be_replaced_too(qtbot, tank, qapp):
    from tankapp.ui.ops import Operations

    db, ids = tank
    ops = Operations(db)
    dialog = PrivacyDialog(ops, ops.members.summary(ids["member"]), "delete")
    qtbot.addWidget(dialog)
    before = snapshot(db.path)
    assert dialog.mentions_list.count() == 1
    dialog.mentions_list.item(0).setSelected(True)
    assert dialog.add_words_button.isEnabled()
    dialog.add_words_button.click()
    assert dialog.extra_terms() == ["Zygmunt"] and dialog.mentions_list.count() == 0
    assert "6 texts" in dialog.summary.text()  # "Zygmunt" stands in a text that names him in full too
    # words typed but not checked: the button shows what they do first, and confirms on the next press
    dialog.show()
    dialog.terms.setText("Zygmunt, Zyggi")
    dialog.confirm_button.click()
    assert dialog.isVisible() and dialog.result() == 0
    dialog.confirm_button.click()
    assert not dialog.isVisible() and dialog.result() == PrivacyDialog.DialogCode.Accepted
    assert dialog.extra_terms() == ["Zygmunt", "Zyggi"]
    assert snapshot(db.path) == before  # the dialog itself changes nothing


@pytest.mark.parametrize("mode", ["delete", "anonymise"])
def test_the_preview_names_the_interview_notes_that_go(qtbot, tank, qapp, mode):
    from tankapp.services.evaluation import interviews
    from tankapp.ui.ops import Operations

    db, ids = tank
    with db.session() as s:
        interviews.add_interview_note(s, ids["member"], "Fortalte om sin afdeling.")
        interviews.add_interview_note(s, ids["member"], "Opfølgning efter mødet.")
    ops = Operations(db)
    dialog = PrivacyDialog(ops, ops.members.summary(ids["member"]), mode)
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert ("2 interview notes" in text) if mode == "delete" else ("Removed:" in text and "interview notes" in text)
