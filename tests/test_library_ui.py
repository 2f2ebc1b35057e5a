"""The knowledge library in the window: the dialog, files copied in a worker, missing files, coverage."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from tankapp.domain import AgendaItem, ExpertGroup, Meeting, Presentation
from tankapp.domain.enums import AgendaItemKind, Criterion, Involvement, MeetingFormat, MeetingStatus
from tankapp.services.library import presentations as library
from tankapp.services.library.presentations import PresentationInput
from tankapp.ui.ops import Operations
from tankapp.ui.library.presentation_dialog import PresentationDialog


@pytest.fixture
def ops(db):
    return Operations(db)


@pytest.fixture
def page(qtbot, ops):
    from tankapp.ui.library.page import LibraryPage

    p = LibraryPage(ops)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    yield p
    p.cancel_running()


@pytest.fixture
def opened(monkeypatch):
    """Never start another program from a test: record what would have been opened."""
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def message_boxes(monkeypatch):
    """Record every message box instead of showing it; ``click`` names a button to press."""
    seen = {"boxes": [], "click": None}

    def fake_exec(box):
        seen["boxes"].append((box.windowTitle(), box.text(), box.informativeText()))
        for button in box.buttons():
            if seen["click"] and button.text() == seen["click"]:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: seen["boxes"].append(a[1:3]))
    return seen


def make(db, title="Fælles beslutningstagning", **kw) -> int:
    with db.session() as s:
        return library.create_presentation(s, PresentationInput(title=title, **kw)).id


def choose_file(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def add_through_page(qtbot, page, monkeypatch, path):
    choose_file(monkeypatch, path)
    qtbot.mouseClick(page.add_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)


def stored_files(data_dir):
    folder = data_dir / "attachments"
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


# --------------------------------------------------------------- presentations


def test_empty_library_says_what_it_is_for(page):
    assert page.stack.currentWidget() is page.empty
    assert "presentation" in page.empty.label.text().lower()
    assert page.empty.button is not None


def test_add_presentation_through_the_dialog(qtbot, page, db, ops, monkeypatch):
    make(db, title="Andet oplæg", tags=["brugerråd", "PRO-data"])
    page.reload()

    def fake_exec(dialog: PresentationDialog):
        dialog.show()
        qtbot.keyClicks(dialog.title, "Pårørende som ressource")
        qtbot.keyClicks(dialog.presenter, "ViBIS")
        dialog.presented_on.set_value(dt.date(2026, 3, 12))
        dialog.involvement[Involvement.RELATIVES].setChecked(True)
        dialog.criteria[Criterion.PROCESS].setChecked(True)
        dialog.criteria[Criterion.USE].setChecked(True)
        # The tag being typed is completed from the tags in use.
        assert "PRO-data" in dialog.tags.tag_completer.model().stringList()
        qtbot.keyClicks(dialog.tags, "pårørende, pro")
        assert dialog.tags.tag_completer.completionCount() == 1
        dialog.tags.insert_tag("PRO-data")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PresentationDialog, "exec", fake_exec)
    with qtbot.waitSignal(ops.changed):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)

    assert page.visible_titles() == ["Pårørende som ressource", "Andet oplæg"]
    assert page.selected().title == "Pårørende som ressource"
    with db.reading() as s:
        (p,) = library.list_presentations(s, text="pårørende")
    assert p.presenter == "ViBIS" and p.presented_on == dt.date(2026, 3, 12)
    assert p.involvement == {Involvement.RELATIVES}
    assert p.criteria == {Criterion.PROCESS, Criterion.USE}
    assert p.tags == ("pårørende", "PRO-data")
    row = page.proxy.mapFromSource(page.model.index(0, 0)).row()
    assert page.proxy.index(row, 2).data() == "12.03.2026"


def test_title_is_required_in_the_dialog(qtbot, db, ops):
    dialog = PresentationDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.presenter, "ViBIS")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != PresentationDialog.DialogCode.Accepted
    assert dialog.errors["title"].isVisible() and dialog.errors["title"].text()
    with db.reading() as s:
        assert library.list_presentations(s) == []


def test_filters_as_you_type_and_by_kind_criterion_and_tag(qtbot, page, db):
    make(db, title="Brugerråd der virker", involvement={Involvement.ORGANISATIONAL}, criteria={Criterion.FRAMES}, tags=["råd"])
    make(db, title="PRO i ambulatoriet", involvement={Involvement.INDIVIDUAL}, criteria={Criterion.USE},
         summary="Patientrapporterede oplysninger")
    page.reload()
    qtbot.keyClicks(page.filter, "patientrapp")
    assert page.visible_titles() == ["PRO i ambulatoriet"]
    page.filter.clear()
    page.involvement_filter.setCurrentIndex(page.involvement_filter.findData(Involvement.ORGANISATIONAL))
    assert page.visible_titles() == ["Brugerråd der virker"]
    page.criterion_filter.setCurrentIndex(page.criterion_filter.findData(Criterion.USE))
    assert page.visible_titles() == []
    assert page.no_match.isVisible()
    page.involvement_filter.setCurrentIndex(0)
    page.criterion_filter.setCurrentIndex(0)
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("råd"))
    assert page.visible_titles() == ["Brugerråd der virker"]


def test_delete_asks_and_is_refused_while_on_an_agenda(qtbot, page, db, ops, group_ids, monkeypatch, message_boxes):
    pid = make(db, title="På dagsordenen")
    other = make(db, title="Kan slettes")
    plan_meeting(db, [group_ids["Brugere"]], [pid])
    page.reload()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)

    page.select_presentation(pid)
    page.delete_selected()
    assert "På dagsordenen" in asked[-1]
    assert any("Brugermøde" in text for _title, text, *_ in message_boxes["boxes"])
    assert sorted(page.visible_titles()) == ["Kan slettes", "På dagsordenen"]

    page.select_presentation(other)
    with qtbot.waitSignal(ops.changed):
        page.delete_selected()
    assert page.visible_titles() == ["På dagsordenen"]


# --------------------------------------------------------------- files


def test_attach_a_file_through_the_page(qtbot, page, db, tmp_path, monkeypatch, _private_data_dir):
    pid = make(db)
    page.reload()
    page.select_presentation(pid)
    src = tmp_path / "Oplæg om beslutningsstøtte.pdf"
    src.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 12_000)  # about 3 MB: several chunks
    statuses = []
    page.status.connect(statuses.append)

    add_through_page(qtbot, page, monkeypatch, src)

    assert [a.file_name for a in page.attachments()] == ["Oplæg om beslutningsstøtte.pdf"]
    assert page.attachments()[0].status == "ok"
    assert page.files_model.index(0, 2).data() == ""  # nothing wrong to say
    assert any("Oplæg om beslutningsstøtte.pdf" in s for s in statuses)
    assert len(stored_files(_private_data_dir)) == 1
    assert page.proxy.index(0, 5).data() == 1  # the Files column counts it


def test_cancelling_the_copy_stores_nothing(qtbot, page, db, tmp_path, monkeypatch, _private_data_dir):
    pid = make(db)
    page.reload()
    page.select_presentation(pid)
    src = tmp_path / "stor fil.mp4"
    src.write_bytes(b"x" * 64 * 1024)
    gate = threading.Event()
    real_store = library.store_file

    def held_back(source, progress=None, chunk=library.CHUNK_SIZE, **kw):
        gate.wait(10)  # the copy starts only once the person has pressed Cancel
        return real_store(source, progress, 1024, **kw)

    monkeypatch.setattr(library, "store_file", held_back)
    choose_file(monkeypatch, src)
    statuses = []
    page.status.connect(statuses.append)
    page.add_file()
    assert page.busy and not page.add_file_button.isEnabled()
    page._job.dialog.canceled.emit()
    gate.set()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)

    assert page.attachments() == []
    assert stored_files(_private_data_dir) == []  # no temp file either
    assert "cancel" in statuses[-1].lower()


def test_missing_file_is_marked_and_open_offers_relink(qtbot, page, db, tmp_path, monkeypatch, opened, message_boxes,
                                                       _private_data_dir):
    pid = make(db)
    with db.session() as s:
        att = library.attach_file(s, pid, _write(tmp_path / "Rapport.pdf", b"%PDF report"))
        stored = library.attachment_path(att)
    page.reload()
    page.select_presentation(pid)
    page.files_table.selectRow(0)
    page.open_attachment()
    assert len(opened) == 1 and opened[0].toLocalFile().endswith("Rapport.pdf")

    stored.unlink()  # someone deleted it in the data folder
    page.reload()
    page.select_presentation(pid)
    (a,) = page.attachments()
    assert a.status == "missing"
    assert page.files_model.index(0, 2).data() == "The file is missing"
    assert page.files_model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert page.proxy.index(0, 5).data(Qt.ItemDataRole.DecorationRole) is not None  # flagged in the list too

    page.files_table.selectRow(0)
    qtbot.mouseClick(page.open_file_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1  # nothing opened
    title, text, informative = message_boxes["boxes"][-1]
    assert "Rapport.pdf" in text and "missing" in text
    assert "Re-link" in informative

    # Re-link it to a copy the person has: the attachment takes the new file.
    message_boxes["click"] = "Re-link…"
    choose_file(monkeypatch, _write(tmp_path / "Rapport v2.pdf", b"%PDF report, found again"))
    page.files_table.selectRow(0)
    page.open_attachment()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    (a,) = page.attachments()
    assert (a.file_name, a.status) == ("Rapport v2.pdf", "ok")
    page.files_table.selectRow(0)
    page.open_attachment()
    assert opened[-1].toLocalFile().endswith("Rapport v2.pdf")


def test_remove_file_asks_first(qtbot, page, db, tmp_path, monkeypatch, _private_data_dir):
    pid = make(db)
    with db.session() as s:
        library.attach_file(s, pid, _write(tmp_path / "a.pdf", b"a"))
    page.reload()
    page.select_presentation(pid)
    page.files_table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.remove_attachment()
    assert len(page.attachments()) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.files_table.selectRow(0)
    page.remove_attachment()
    assert page.attachments() == []
    assert stored_files(_private_data_dir) == []


# --------------------------------------------------------------- coverage


def plan_meeting(db, group_ids, presentations, status=MeetingStatus.PLANNED, day=dt.date(2026, 4, 2)) -> int:
    with db.session() as s:
        m = Meeting(
            title="Brugermøde", date=day, start=dt.time(9), end=dt.time(12), format=MeetingFormat.HALF_DAY,
            status=status, groups=[s.get(ExpertGroup, g) for g in group_ids],
        )
        s.add(m)
        s.flush()
        item = AgendaItem(meeting_id=m.id, position=1, title="Vidensoplæg", kind=AgendaItemKind.KNOWLEDGE_PRESENTATION,
                          planned_minutes=45)
        s.add(item)
        for pid in presentations:
            item.presentations.append(s.get(Presentation, pid))
        return m.id


def test_coverage_changes_when_the_meeting_is_held(qtbot, db, ops, group_ids):
    from tankapp.ui.library.coverage import CoverageWidget

    make(db, title="Pårørende som ressource", presented_on=dt.date(2026, 3, 1))
    pid = make(db, title="Brugerråd", presented_on=dt.date(2026, 1, 1))
    meeting_id = plan_meeting(db, [group_ids["Brugere"], group_ids["Ledere"]], [pid])
    widget = CoverageWidget(ops)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.model.rowCount() == 6 and widget.model.columnCount() == 3
    assert widget.model.headerData(1, Qt.Orientation.Horizontal) == "Brugerråd"
    assert "Brugerråd" in widget.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert widget.cell_text("Brugere", "Brugerråd") == ""
    assert widget.model.index(0, 0).data() == "0 of 2"

    with db.session() as s:
        s.get(Meeting, meeting_id).status = MeetingStatus.HELD
    widget.reload()
    assert widget.cell_text("Brugere", "Brugerråd") == "✓ 02.04.2026"
    assert widget.cell_text("Ledere", "Brugerråd") == "✓ 02.04.2026"
    assert widget.cell_text("Klinikere", "Brugerråd") == ""
    assert widget.cell_text("Brugere", "Pårørende som ressource") == ""
    assert widget.model.index(0, 0).data() == "1 of 2"
    assert [p.title for p in widget.coverage.missing_for(group_ids["Brugere"])] == ["Pårørende som ressource"]


def test_coverage_without_presentations_explains_itself(qtbot, ops):
    from tankapp.ui.library.coverage import CoverageWidget

    widget = CoverageWidget(ops)
    qtbot.addWidget(widget)
    assert widget.stack.currentWidget() is widget.empty
    assert widget.explanation.text()


def test_coverage_follows_changes_and_reads_only_when_shown(qtbot, db, ops, group_ids, monkeypatch):
    from tankapp.ui.library.coverage import CoverageWidget
    from tankapp.ui.ops import Changes, Kind

    reads = []
    real_coverage = ops.library.coverage
    monkeypatch.setattr(ops.library, "coverage", lambda: reads.append(1) or real_coverage())
    widget = CoverageWidget(ops)
    qtbot.addWidget(widget)
    assert reads == []  # nothing read before it is shown
    widget.show()
    assert len(reads) == 1 and widget.stack.currentWidget() is widget.empty

    pid = ops.library.create(PresentationInput(title="Brugerråd"))  # shown: follows at once
    assert len(reads) == 2
    assert widget.model.columnCount() == 2 and widget.cell_text("Brugere", "Brugerråd") == ""

    widget.hide()
    meeting_id = plan_meeting(db, [group_ids["Brugere"]], [pid])
    with db.session() as s:
        s.get(Meeting, meeting_id).status = MeetingStatus.HELD
    ops.announce(Changes.of(meeting=[meeting_id]))
    ops.announce(Changes.of(Kind.AGENDA))
    ops.announce(Changes.of(Kind.MEMBER))  # not a kind the table shows
    assert len(reads) == 2  # hidden: nothing read yet
    widget.show()
    assert len(reads) == 3  # once, for all the changes
    assert widget.cell_text("Brugere", "Brugerråd") == "✓ 02.04.2026"


def test_page_follows_changes_made_elsewhere(qtbot, page, db, ops, group_ids):
    pid = ops.library.create(PresentationInput(title="Nyt oplæg"))
    assert page.visible_titles() == ["Nyt oplæg"]
    page.select_presentation(pid)
    assert "Not on any meeting agenda yet" in page.details.toPlainText()

    plan_meeting(db, [group_ids["Brugere"]], [pid])
    from tankapp.ui.ops import Changes, Kind

    ops.announce(Changes.of(Kind.AGENDA))  # e.g. the meetings section put it on an agenda
    assert page.selected().id == pid  # the selection is kept
    assert "Brugermøde" in page.details.toPlainText() and "planned" in page.details.toPlainText()

    page.hide()
    ops.library.update(pid, PresentationInput(title="Omdøbt oplæg"))
    page.show()
    assert page.visible_titles() == ["Omdøbt oplæg"]


def _write(path, data: bytes):
    path.write_bytes(data)
    return path
