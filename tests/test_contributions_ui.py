"""Knowledge contributions in the window: capture in meeting mode by keyboard, the register, the matrix."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMainWindow, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from tankapp.domain.enums import ContributionInvolvement as Inv
from tankapp.domain.enums import ContributionKind as Kind
from tankapp.domain.enums import ContributionStatus as Status
from tankapp.domain.enums import Criterion, Setting
from tankapp.services.meetings import agenda as agenda_service
from tankapp.services.contributions import register as cs
from tankapp.services.meetings import planning as meetings
from tankapp.services.members import registry as member_service
from tankapp.services.meetings import minutes as minutes_service
from tankapp.services.meetings.agenda import ItemInput
from tankapp.services.contributions.register import ContributionInput
from tankapp.services.meetings.planning import MeetingInput
from tankapp.ui.meeting_mode.capture import CaptureButtons, ContributionCapture, install_shortcuts
from tankapp.ui.contributions.dialog import ContributionDialog
from tankapp.ui.contributions.page import ContributionsPage
from tankapp.ui.ops.core import Changes, Operations
from tankapp.ui.ops.core import Kind as ChangeKind

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


# ------------------------------------------------------------------ helpers


def make_meeting(db, group_ids, groups=("Klinikere",), title="Klinikermøde", day=dt.date(2026, 3, 12)):
    with db.session() as s:
        mid = meetings.create_meeting(s, MeetingInput(
            title=title, date=day, start=dt.time(9, 30), end=dt.time(12, 30),
            group_ids=[group_ids[g] for g in groups])).id
        items = [agenda_service.add_item(s, mid, ItemInput(title=t, planned_minutes=n)).id
                 for t, n in (("Velkomst", 15), ("Vidensoplæg", 45), ("Drøftelse", 30))]
    return mid, items


def add_member(db, name, group_id, consent=True):
    with db.session() as s:
        return member_service.add_member(
            s, member_service.MemberInput(name=name, group_id=group_id, consent_named=consent,
                                          consent_named_on=dt.date(2026, 1, 5) if consent else None)).id


def contribution(db, title, group_id, kind=Kind.EXAMPLE, involvement=Inv.UNSPECIFIED, criteria=(), **kw) -> int:
    with db.session() as s:
        return cs.create_contribution(s, ContributionInput(
            title=title, group_id=group_id, kind=kind, involvement=involvement, criteria=set(criteria), **kw)).id


def rows(db):
    with db.reading() as s:
        return cs.list_contributions(s)


class MeetingLike(QMainWindow):
    """Stands in for meeting mode: notes, the capture buttons and the capture panel, keys installed."""

    def __init__(self, db, meeting_id, context_provider=None):
        super().__init__()
        self.notes = QPlainTextEdit()
        self.decision = QLineEdit()
        self.buttons = CaptureButtons()
        ops = db if isinstance(db, Operations) else Operations(db)
        self.capture = ContributionCapture(ops, meeting_id)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.notes)
        layout.addWidget(self.decision)
        layout.addWidget(self.buttons)
        layout.addWidget(self.capture)
        self.setCentralWidget(body)
        self.actions_ = install_shortcuts(self, self.capture, context_provider)
        self.buttons.requested.connect(self.capture.request)
        self.saved, self.messages = [], []
        self.capture.saved.connect(self.saved.append)
        self.capture.status.connect(self.messages.append)


def show_active(qtbot, w) -> None:
    """Show a window and wait until it is the active one (keys and focus need that)."""
    qtbot.addWidget(w)
    w.resize(700, 700)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)


@pytest.fixture
def ops(db):
    return Operations(db)


@pytest.fixture
def meeting(db, group_ids):
    mid, items = make_meeting(db, group_ids)
    with db.session() as s:
        minutes_service.go_to_item(s, mid, 1)  # the knowledge presentation is on
    return mid, items


@pytest.fixture
def mode(qtbot, ops, meeting):
    mid, _ = meeting
    w = MeetingLike(ops, mid)
    show_active(qtbot, w)
    return w


@pytest.fixture
def page(qtbot, ops):
    p = ContributionsPage(ops)
    qtbot.addWidget(p)
    p.resize(1166, 700)
    p.show()
    return p


@pytest.fixture
def message_boxes(monkeypatch):
    """Record every message box instead of showing it; ``click`` names a button to press."""
    seen = {"boxes": [], "click": None, "answer": QMessageBox.StandardButton.Yes}

    def fake_exec(box):
        seen["boxes"].append((box.windowTitle(), box.text()))
        for button in box.buttons():
            if seen["click"] and button.text() == seen["click"]:
                button.click()
        return 0

    def fake_question(parent, title, text, *args, **kw):
        seen["boxes"].append((title, text))
        return seen["answer"]

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "question", fake_question)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: seen["boxes"].append((title, text)))
    return seen


# ------------------------------------------------------------------ capture in meeting mode


def test_capture_a_barrier_by_keyboard(qtbot, mode, db, meeting, group_ids):
    mid, items = meeting
    w = mode
    assert not w.capture.isVisible()
    w.notes.setFocus()
    qtbot.keyClicks(w.notes, "Vi taler om tid")
    qtbot.keyClick(w.notes, Qt.Key.Key_2, ALT)

    assert w.capture.isVisible()
    assert w.capture.form.title.hasFocus()
    assert w.capture.form.kind.currentData() == Kind.BARRIER
    assert "Vidensoplæg" in w.capture.context.text() and "Klinikermøde" in w.capture.context.text()
    assert w.notes.toPlainText() == "Vi taler om tid"  # Alt+2 typed nothing into the notes

    qtbot.keyClicks(w.capture.form.title, "Ingen tid afsat")
    qtbot.keyClick(w.capture.form.title, Qt.Key.Key_Return)

    (r,) = rows(db)
    assert (r.title, r.kind, r.meeting_id, r.group_id, r.agenda_item_id) == (
        "Ingen tid afsat", Kind.BARRIER, mid, group_ids["Klinikere"], items[1])
    assert (r.status, r.involvement, r.criteria, r.setting) == (Status.DRAFT, Inv.UNSPECIFIED, (), Setting.UNSPECIFIED)
    assert not r.classified
    assert w.saved == [r.id] and "Ingen tid afsat" in w.messages[-1]
    assert not w.capture.isVisible()
    assert w.notes.hasFocus()  # the facilitator types on where they were
    qtbot.keyClicks(w.notes, ".")
    assert w.notes.toPlainText().endswith(".")


def test_every_capture_key_opens_its_kind_and_another_key_only_changes_the_kind(qtbot, mode):
    w = mode
    for key, kind in ((Qt.Key.Key_1, Kind.PROMOTER), (Qt.Key.Key_3, Kind.EXAMPLE), (Qt.Key.Key_4, Kind.GAP)):
        w.decision.setFocus()
        qtbot.keyClick(w.decision, key, ALT)
        assert w.capture.isVisible() and w.capture.form.kind.currentData() == kind
        qtbot.keyClick(w.capture.form.title, Qt.Key.Key_Escape)
        assert not w.capture.isVisible()
        assert w.decision.hasFocus()
    assert [a.shortcut().toString() for a in w.actions_] == ["Alt+1", "Alt+2", "Alt+3", "Alt+4"]

    qtbot.keyClick(w.notes, Qt.Key.Key_1, ALT)
    qtbot.keyClicks(w.capture.form.title, "Halvt skrevet")
    qtbot.keyClick(w.capture.form.title, Qt.Key.Key_4, ALT)  # changed my mind: it is a gap
    assert w.capture.form.kind.currentData() == Kind.GAP
    assert w.capture.form.title.text() == "Halvt skrevet"
    qtbot.keyClicks(w.capture.form.title, " op")  # typing goes on where it was
    assert w.capture.form.title.text() == "Halvt skrevet op"
    assert "Knowledge gap" in w.capture.heading.text() or "Videnshul" in w.capture.heading.text()


def test_a_capture_needs_a_title_and_escape_saves_nothing(qtbot, mode, db):
    w = mode
    w.notes.setFocus()
    qtbot.keyClick(w.notes, Qt.Key.Key_3, ALT)
    qtbot.keyClick(w.capture.form.title, Qt.Key.Key_Return)
    assert w.capture.isVisible()  # stays open, says why, and typing goes on in the title
    assert w.capture.form.title_error.isVisible() and w.capture.form.title_error.text()
    assert w.capture.form.title.hasFocus()
    assert rows(db) == []
    qtbot.keyClicks(w.capture.form.title, "x")
    assert not w.capture.form.title_error.isVisible()
    qtbot.keyClick(w.capture.form.title, Qt.Key.Key_Escape)
    assert not w.capture.isVisible() and rows(db) == []
    assert w.notes.hasFocus()
    # Enter on the focused Cancel button cancels; it does not save.
    qtbot.keyClick(w.notes, Qt.Key.Key_1, ALT)
    qtbot.keyClicks(w.capture.form.title, "Fortrudt")
    w.capture.cancel_button.setFocus()
    qtbot.keyClick(w.capture.cancel_button, Qt.Key.Key_Return)
    assert not w.capture.isVisible() and rows(db) == []


def test_capture_every_field_with_the_buttons_and_ctrl_enter(qtbot, db, ops, meeting, group_ids):
    mid, items = meeting
    klinikere = group_ids["Klinikere"]
    named = add_member(db, "Åse Kjærgaard", klinikere, consent=True)
    anonymous = add_member(db, "Bo Ærø", klinikere, consent=False)
    w = MeetingLike(ops, mid, context_provider=lambda: (klinikere, items[2], [(named, "Åse Kjærgaard"), (anonymous, "Bo Ærø")]))
    show_active(qtbot, w)
    w.notes.setFocus()
    qtbot.mouseClick(w.buttons.buttons[Kind.EXAMPLE], Qt.MouseButton.LeftButton)
    f = w.capture.form
    assert w.capture.isVisible() and f.kind.currentData() == Kind.EXAMPLE and f.title.hasFocus()
    members = [f.member.itemText(i) for i in range(f.member.count())]
    assert members[0] in ("(none)", "(ingen)") and members[1] == "Åse Kjærgaard"
    assert members[2].startswith("Bo Ærø (")  # says that he is not to be named

    qtbot.keyClicks(f.title, "Brugerråd med budget")
    qtbot.keyClick(f.title, Qt.Key.Key_Tab)
    assert f.text.hasFocus()
    qtbot.keyClicks(f.text, "Rådet har sit eget budget")
    qtbot.keyClick(f.text, Qt.Key.Key_Return)  # a new line in the text, not a save
    qtbot.keyClicks(f.text, "og bruger det")
    f.involvement.setCurrentIndex(f.involvement.findData(Inv.ORGANISATIONAL))
    f.criteria[Criterion.FRAMES].setChecked(True)
    f.criteria[Criterion.USE].setChecked(True)
    f.setting.setCurrentIndex(f.setting.findData(Setting.MUNICIPALITY))
    f.member.setCurrentIndex(f.member.findData(anonymous))
    assert w.capture.isVisible()
    f.text.setFocus()
    qtbot.keyClick(f.text, Qt.Key.Key_Return, CTRL)

    assert not w.capture.isVisible()
    (r,) = rows(db)
    assert (r.title, r.text, r.kind) == ("Brugerråd med budget", "Rådet har sit eget budget\nog bruger det", Kind.EXAMPLE)
    assert (r.involvement, r.criteria, r.setting) == (Inv.ORGANISATIONAL, (Criterion.FRAMES, Criterion.USE), Setting.MUNICIPALITY)
    assert (r.member_id, r.named_member, r.agenda_item_id, r.meeting_id) == (anonymous, None, items[2], mid)
    assert r.classified
    assert w.notes.hasFocus()


def test_the_capture_at_a_joint_meeting_asks_for_the_group(qtbot, db, ops, group_ids):
    mid, _ = make_meeting(db, group_ids, groups=("Klinikere", "Ledere"), title="Fællesmøde")
    leder = add_member(db, "Åse Kjærgaard", group_ids["Ledere"])
    w = MeetingLike(ops, mid)  # the context comes from the database: first group, invited members
    show_active(qtbot, w)
    w.capture.request(Kind.PROMOTER)
    assert w.capture.group.isVisible()
    assert w.capture.group.currentData() == group_ids["Klinikere"]
    f = w.capture.form
    f.member.setCurrentIndex(f.member.findData(leder))
    assert w.capture.group.currentData() == group_ids["Ledere"]  # her contribution comes from her group
    f.title.setText("Ledelsesopbakning")
    w.capture.save()
    (r,) = rows(db)
    assert (r.group_id, r.member_id, r.agenda_item_id) == (group_ids["Ledere"], leder, None)


# ------------------------------------------------------------------ the register


@pytest.fixture
def register(db, group_ids):
    k, l = group_ids["Klinikere"], group_ids["Ledere"]
    mid, _ = make_meeting(db, group_ids)
    ids = {
        "tid": contribution(db, "Ingen tid afsat til inddragelse", k, Kind.BARRIER, Inv.INDIVIDUAL,
                            [Criterion.FRAMES], meeting_id=mid, text="Travle afdelinger"),
        "tid2": contribution(db, "Mangler tid i klinikken", k, Kind.BARRIER, Inv.UNSPECIFIED, [],
                             meeting_id=mid, text="Ingen luft i vagtplanen"),
        "råd": contribution(db, "Brugerråd med budget", l, Kind.EXAMPLE, Inv.ORGANISATIONAL,
                            [Criterion.FRAMES, Criterion.USE]),
        "pårørende": contribution(db, "Pårørendesamtale", k, Kind.PROMOTER, Inv.RELATIVES, [Criterion.PROCESS],
                                  meeting_id=mid),
        "hul": contribution(db, "Hvordan måler vi brugen?", l, Kind.GAP, Inv.ORGANISATIONAL, []),
    }
    return ids, mid


def set_filter(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def test_the_register_filters_by_kind_text_group_and_more(qtbot, page, register, group_ids):
    ids, mid = register
    page.reload()
    assert len(page.visible_titles()) == 5
    set_filter(page.kind_filter, Kind.BARRIER)
    assert sorted(page.visible_titles()) == ["Ingen tid afsat til inddragelse", "Mangler tid i klinikken"]
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, "vagtplan")  # the text of a contribution is searched too
    assert page.visible_titles() == ["Mangler tid i klinikken"]
    page.filter.clear()
    set_filter(page.kind_filter, None)
    set_filter(page.group_filter, group_ids["Ledere"])
    assert sorted(page.visible_titles()) == ["Brugerråd med budget", "Hvordan måler vi brugen?"]
    assert page.matrix_group.currentData() == group_ids["Ledere"]  # the matrix follows the group
    set_filter(page.group_filter, None)
    set_filter(page.criterion_filter, Criterion.FRAMES)
    assert sorted(page.visible_titles()) == ["Brugerråd med budget", "Ingen tid afsat til inddragelse"]
    set_filter(page.criterion_filter, None)
    set_filter(page.involvement_filter, Inv.RELATIVES)
    assert page.visible_titles() == ["Pårørendesamtale"]
    set_filter(page.involvement_filter, None)
    set_filter(page.meeting_filter, mid)
    assert len(page.visible_titles()) == 3
    set_filter(page.meeting_filter, None)
    page.unclassified_only.setChecked(True)
    assert sorted(page.visible_titles()) == ["Hvordan måler vi brugen?", "Mangler tid i klinikken"]
    page.unclassified_only.setChecked(False)
    qtbot.keyClicks(page.filter, "zzz")
    assert page.visible_titles() == [] and page.no_match.isVisible()


def test_status_column_review_and_sent_date(qtbot, page, register, db, ops):
    ids, _ = register
    with db.session() as s:
        cs.set_status(s, ids["råd"], Status.SENT, on=dt.date(2026, 3, 12))
    page.reload()
    status_col = 6
    texts = {page.proxy.index(r, 0).data(): page.proxy.index(r, status_col).data() for r in range(page.proxy.rowCount())}
    assert texts["Brugerråd med budget"] in ("Sent 12.03.2026", "Sendt 12.03.2026")
    set_filter(page.status_filter, Status.SENT)
    assert page.visible_titles() == ["Brugerråd med budget"]
    set_filter(page.status_filter, None)

    page.select_contribution(ids["tid"])
    assert page.review_button.isEnabled()
    changed = []
    ops.changed.connect(changed.append)
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    assert {r.id: r.status for r in rows(db)}[ids["tid"]] == Status.REVIEWED
    assert [c.ids_of(ChangeKind.CONTRIBUTION) for c in changed] == [{ids["tid"]}]  # announced to every view
    assert [r.id for r in page.selected_rows()] == [ids["tid"]]
    assert not page.review_button.isEnabled()
    texts = {page.proxy.index(r, 0).data(): page.proxy.index(r, status_col).data() for r in range(page.proxy.rowCount())}
    assert texts["Ingen tid afsat til inddragelse"] in ("Reviewed", "Gennemgået")  # the row followed


def test_edit_in_the_dialog_by_enter(qtbot, page, register, db, monkeypatch):
    ids, mid = register
    page.reload()
    page.select_contribution(ids["tid2"])

    def fake_exec(dialog: ContributionDialog):
        dialog.show()
        assert dialog.form.title.text() == "Mangler tid i klinikken"
        assert dialog.meeting.currentData() == mid
        dialog.form.title.clear()
        qtbot.keyClick(dialog.form.title, Qt.Key.Key_A)
        dialog.form.title.clear()
        dialog.accept()  # an empty title: refused, said next to the field
        assert dialog.form.title_error.isVisible()
        qtbot.keyClicks(dialog.form.title, "Ingen tid i klinikken")
        dialog.form.involvement.setCurrentIndex(dialog.form.involvement.findData(Inv.INDIVIDUAL))
        dialog.form.criteria[Criterion.PROCESS].setChecked(True)
        dialog.status.setCurrentIndex(dialog.status.findData(Status.SENT))
        assert dialog.sent_on.isVisible()
        dialog.sent_on.setDate(QDate(2026, 4, 2))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ContributionDialog, "exec", fake_exec)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    r = next(r for r in rows(db) if r.id == ids["tid2"])
    assert (r.title, r.involvement, r.criteria, r.status, r.sent_on) == (
        "Ingen tid i klinikken", Inv.INDIVIDUAL, (Criterion.PROCESS,), Status.SENT, dt.date(2026, 4, 2))
    assert r.meeting_id == mid


def test_new_contribution_from_the_empty_register(qtbot, page, db, group_ids, monkeypatch):
    assert page.stack.currentWidget() is page.empty

    def fake_exec(dialog: ContributionDialog):
        dialog.show()
        qtbot.keyClicks(dialog.form.title, "Ny fremmer")
        dialog.group.setCurrentIndex(dialog.group.findText("Forskere"))
        dialog.form.kind.setCurrentIndex(dialog.form.kind.findData(Kind.PROMOTER))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ContributionDialog, "exec", fake_exec)
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    (r,) = rows(db)
    assert (r.title, r.group_id, r.kind, r.status, r.meeting_id) == (
        "Ny fremmer", group_ids["Forskere"], Kind.PROMOTER, Status.DRAFT, None)
    assert page.stack.currentWidget() is not page.empty
    assert page.visible_titles() == ["Ny fremmer"]


def test_merge_two_that_say_the_same(qtbot, page, register, db, message_boxes):
    ids, _ = register
    page.reload()
    page.select_contribution(ids["tid"])
    assert not page.merge_button.isEnabled()
    page.select_contribution(ids["tid2"], add=True)  # as Ctrl+click does
    assert page.merge_button.isEnabled()
    message_boxes["click"] = "Merge"
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    (title, text), = message_boxes["boxes"]
    assert "Ingen tid afsat til inddragelse" in text and "Mangler tid i klinikken" in text
    assert text.index("Ingen tid afsat") < text.index("Mangler tid")  # the first selected is kept
    left = {r.id: r for r in rows(db)}
    assert ids["tid2"] not in left and len(left) == 4
    kept = left[ids["tid"]]
    assert "Ingen luft i vagtplanen" in kept.text and "Travle afdelinger" in kept.text
    assert "Mangler tid i klinikken" not in page.visible_titles()


def test_merge_keep_the_second_or_cancel(qtbot, page, register, db, message_boxes):
    ids, _ = register
    page.reload()
    page.select_contribution(ids["råd"])
    page.select_contribution(ids["hul"], add=True)
    message_boxes["click"] = None  # cancelled: nothing happens
    page.merge_selected()
    assert len(rows(db)) == 5
    message_boxes["click"] = "Keep the second instead"
    page.merge_selected()
    left = {r.id for r in rows(db)}
    assert ids["hul"] in left and ids["råd"] not in left


def test_delete_asks_first(qtbot, page, register, db, message_boxes):
    ids, _ = register
    page.reload()
    page.select_contribution(ids["hul"])
    message_boxes["answer"] = QMessageBox.StandardButton.No
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(rows(db)) == 5 and "Hvordan måler vi brugen?" in message_boxes["boxes"][0][1]
    message_boxes["answer"] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert ids["hul"] not in {r.id for r in rows(db)}
    assert "Hvordan måler vi brugen?" not in page.visible_titles() and len(page.visible_titles()) == 4


# ------------------------------------------------------------------ following the changes


def test_a_contribution_captured_in_meeting_mode_appears_in_the_open_register_at_once(qtbot, page, register, db, ops,
                                                                                       group_ids):
    ids, mid = register
    page.reload()
    page.select_contribution(ids["råd"])
    # Meeting mode saves a capture and announces it (as ops.meeting_mode does).
    new = contribution(db, "Fælles sprog om inddragelse", group_ids["Klinikere"], Kind.PROMOTER, meeting_id=mid)
    ops.announce(Changes.of(contribution=[new]))
    assert "Fælles sprog om inddragelse" in page.visible_titles() and len(page.visible_titles()) == 6
    assert page.count_label.text().startswith("6")
    assert page.unclassified_button.text().endswith(": 3")  # the matrix counts followed
    assert [r.id for r in page.selected_rows()] == [ids["råd"]]  # the selection stayed


def test_a_capture_by_keyboard_shows_in_the_register_open_beside_it(qtbot, page, ops, meeting):
    mid, _ = meeting
    assert page.stack.currentWidget() is page.empty
    w = MeetingLike(ops, mid)  # the real capture panel, saving through ops.meeting_mode
    show_active(qtbot, w)
    w.notes.setFocus()
    qtbot.keyClick(w.notes, Qt.Key.Key_1, ALT)
    qtbot.keyClicks(w.capture.form.title, "Ledelsen bakker op")
    qtbot.keyClick(w.capture.form.title, Qt.Key.Key_Return)
    assert page.visible_titles() == ["Ledelsen bakker op"]
    assert page.stack.currentWidget() is not page.empty


def test_a_changed_row_is_replaced_in_place_and_a_hidden_page_catches_up_when_shown(qtbot, page, register, db, ops):
    ids, _ = register
    page.reload()
    page.select_contribution(ids["tid"])
    with db.session() as s:
        cs.classify(s, ids["tid2"], Inv.RELATIVES, {Criterion.USE})
    ops.announce(Changes.of(contribution=[ids["tid2"]]))
    assert cell_text(page, Inv.RELATIVES, Criterion.USE) == "1"
    assert [r.id for r in page.selected_rows()] == [ids["tid"]]

    page.hide()
    with db.session() as s:
        cs.delete_contribution(s, ids["tid"])
    ops.announce(Changes.of(contribution=[ids["tid"]]))
    assert "Ingen tid afsat til inddragelse" in page.visible_titles()  # hidden: nothing read yet
    page.show()
    assert "Ingen tid afsat til inddragelse" not in page.visible_titles()
    assert page.selected_rows() == []


def test_a_renamed_meeting_shows_in_the_register_and_its_filter(qtbot, page, register, db, ops):
    ids, mid = register
    page.reload()
    with db.session() as s:
        m = meetings.get_meeting(s, mid)
        m.title = "Klinikernes forårsmøde"
    ops.announce(Changes.of(meeting=[mid]))
    texts = [page.meeting_filter.itemText(i) for i in range(page.meeting_filter.count())]
    assert any("Klinikernes forårsmøde" in t for t in texts)
    row = next(r for r in page.model.rows() if r.id == ids["tid"])
    assert row.meeting_title == "Klinikernes forårsmøde"


# ------------------------------------------------------------------ the matrix


def cell_text(page, inv, crit):
    return page.matrix_model.index_of(inv, crit).data()


def test_the_matrix_counts_splits_and_lists_a_cell(qtbot, page, register):
    ids, _ = register
    page.reload()
    page.tabs.setCurrentIndex(1)
    m = page.matrix_model
    assert (m.rowCount(), m.columnCount()) == (3, 3)
    headers = [m.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
    assert headers in (["Frames", "Process", "Use"], ["Rammer", "Proces", "Anvendelse"])
    assert cell_text(page, Inv.ORGANISATIONAL, Criterion.FRAMES) == "1"
    assert cell_text(page, Inv.ORGANISATIONAL, Criterion.USE) == "1"
    assert cell_text(page, Inv.INDIVIDUAL, Criterion.FRAMES) == "1"
    assert cell_text(page, Inv.RELATIVES, Criterion.PROCESS) == "1"
    assert cell_text(page, Inv.INDIVIDUAL, Criterion.USE) == "0"
    assert page.unclassified_button.text().endswith(": 2")

    qtbot.mouseClick(page.split_check, Qt.MouseButton.LeftButton)
    assert page.split_check.isChecked()
    assert cell_text(page, Inv.ORGANISATIONAL, Criterion.FRAMES) in ("P 0 · B 0 · E 1 · G 0", "F 0 · B 0 · E 1 · V 0")
    assert cell_text(page, Inv.INDIVIDUAL, Criterion.FRAMES) in ("P 0 · B 1 · E 0 · G 0", "F 0 · B 1 · E 0 · V 0")

    index = m.index_of(Inv.ORGANISATIONAL, Criterion.FRAMES)
    rect = page.matrix_view.visualRect(index)
    qtbot.mouseClick(page.matrix_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.cell_titles() == ["Brugerråd med budget"]
    assert "1" in page.cell_heading.text()
    # The keyboard moves between cells too.
    page.matrix_view.setFocus()
    qtbot.keyClick(page.matrix_view, Qt.Key.Key_Down)
    qtbot.keyClick(page.matrix_view, Qt.Key.Key_Return)
    assert page.cell_titles() == ["Ingen tid afsat til inddragelse"]


def test_classify_an_unclassified_contribution_from_the_matrix(qtbot, page, register, db, ops):
    ids, _ = register
    page.reload()
    page.tabs.setCurrentIndex(1)
    changed = []
    ops.changed.connect(changed.append)
    qtbot.mouseClick(page.unclassified_button, Qt.MouseButton.LeftButton)
    assert sorted(page.cell_titles()) == ["Hvordan måler vi brugen?", "Mangler tid i klinikken"]
    assert not page.classify_button.isEnabled()
    row = page.cell_titles().index("Mangler tid i klinikken")
    page.cell_table.selectRow(row)
    assert page.classify_button.isEnabled() and page.classify_title.text() == "Mangler tid i klinikken"

    before_frames = cell_text(page, Inv.INDIVIDUAL, Criterion.FRAMES)
    page.classify_involvement.setCurrentIndex(page.classify_involvement.findData(Inv.INDIVIDUAL))
    page.classify_criteria[Criterion.FRAMES].setChecked(True)
    page.classify_criteria[Criterion.PROCESS].setChecked(True)
    qtbot.mouseClick(page.classify_button, Qt.MouseButton.LeftButton)

    r = next(r for r in rows(db) if r.id == ids["tid2"])
    assert (r.involvement, r.criteria) == (Inv.INDIVIDUAL, (Criterion.FRAMES, Criterion.PROCESS))
    assert (before_frames, cell_text(page, Inv.INDIVIDUAL, Criterion.FRAMES)) == ("1", "2")
    assert cell_text(page, Inv.INDIVIDUAL, Criterion.PROCESS) == "1"
    assert page.unclassified_button.text().endswith(": 1")
    assert page.cell_titles() == ["Hvordan måler vi brugen?"]  # it left the unclassified list
    assert [c.ids_of(ChangeKind.CONTRIBUTION) for c in changed] == [{ids["tid2"]}]

    # The register shows the new classification too.
    page.tabs.setCurrentIndex(0)
    page.unclassified_only.setChecked(True)
    assert page.visible_titles() == ["Hvordan måler vi brugen?"]


def test_a_half_classification_stays_unclassified(qtbot, page, register, db):
    ids, _ = register
    page.reload()
    page.show_unclassified()
    row = page.cell_titles().index("Hvordan måler vi brugen?")
    page.cell_table.selectRow(row)
    assert page.classify_involvement.currentData() == Inv.ORGANISATIONAL  # it already had a kind of involvement
    page.classify_criteria[Criterion.USE].setChecked(True)
    page.classify_selected()
    assert cell_text(page, Inv.ORGANISATIONAL, Criterion.USE) == "2"
    assert page.unclassified_button.text().endswith(": 1")


def test_the_matrix_follows_the_group(qtbot, page, register, group_ids):
    page.reload()
    set_filter(page.matrix_group, group_ids["Klinikere"])
    assert page.group_filter.currentData() == group_ids["Klinikere"]
    assert cell_text(page, Inv.ORGANISATIONAL, Criterion.FRAMES) == "0"
    assert cell_text(page, Inv.INDIVIDUAL, Criterion.FRAMES) == "1"
    assert page.unclassified_button.text().endswith(": 1")
    assert page.total_label.text().startswith("3")


# ------------------------------------------------------------------ export to ViBIS from the page
@pytest.fixture
def to_export(db, register):
    """Two reviewed, one sent before (its first date), two drafts."""
    ids, _ = register
    with db.session() as s:
        cs.set_status(s, ids["tid"], Status.REVIEWED)
        cs.set_status(s, ids["råd"], Status.REVIEWED)
        cs.set_status(s, ids["hul"], Status.SENT, on=dt.date(2026, 1, 5))
    return ids


def save_as(monkeypatch, path):
    import tankapp.ui.contributions.page as page_module

    asked = []

    def fake(parent, title, folder, filters, *a, **k):
        asked.append(filters)
        return (str(path), "")

    monkeypatch.setattr(page_module.QFileDialog, "getSaveFileName", fake)
    return asked


def test_export_to_vibis_shows_what_goes_first_and_marks_exactly_those_sent(
        qtbot, page, db, to_export, message_boxes, monkeypatch, tmp_path):
    import json

    ids = to_export
    target = tmp_path / "vibis.json"
    asked = save_as(monkeypatch, target)
    message_boxes["click"] = "Export all 3…"
    page.export_button.click()
    (title, text), = message_boxes["boxes"]
    assert title == "Export to ViBIS"
    assert "All groups" in text and "All reviewed contributions: 3 (1 of them sent before" in text
    assert "Only those not sent before: 2" in text and "Drafts left out (not reviewed yet): 2" in text
    assert asked and "*.pdf" in asked[0] and "*.csv" in asked[0] and "*.json" in asked[0]
    qtbot.waitUntil(lambda: not page.ops.writing)  # written in the background, then marked sent
    assert sorted(r["id"] for r in json.loads(target.read_text(encoding="utf-8"))) == sorted(
        [ids["tid"], ids["råd"], ids["hul"]])
    after = {r.id: r for r in rows(db)}
    assert (after[ids["tid"]].status, after[ids["tid"]].sent_on) == (Status.SENT, dt.date.today())
    assert (after[ids["råd"]].status, after[ids["råd"]].sent_on) == (Status.SENT, dt.date.today())
    assert after[ids["hul"]].sent_on == dt.date(2026, 1, 5)  # the first sent date stays
    for draft in ("tid2", "pårørende"):
        assert (after[ids[draft]].status, after[ids[draft]].sent_on) == (Status.DRAFT, None)
    # the register followed the change
    qtbot.waitUntil(lambda: all(r.status == Status.SENT for r in page.model.rows() if r.id in (ids["tid"], ids["råd"])))


def test_export_of_the_group_shown_only_unsent(qtbot, page, db, to_export, message_boxes, monkeypatch, tmp_path,
                                               group_ids):
    ids = to_export
    set_filter(page.group_filter, group_ids["Ledere"])
    target = tmp_path / "ledere.csv"
    save_as(monkeypatch, target)
    message_boxes["click"] = "Only the 1 not sent before…"
    page.export_button.click()
    (_, text), = message_boxes["boxes"]
    assert "The group shown: Ledere" in text and "All reviewed contributions: 2" in text
    assert "Drafts left out (not reviewed yet): 0" in text
    qtbot.waitUntil(lambda: not page.ops.writing)
    assert target.exists()
    after = {r.id: r for r in rows(db)}
    assert after[ids["råd"]].status == Status.SENT
    assert after[ids["tid"]].status == Status.REVIEWED  # another group's: not exported
    assert after[ids["hul"]].sent_on == dt.date(2026, 1, 5)


def test_export_to_a_refused_target_warns_and_marks_nothing(qtbot, page, db, ops, to_export, message_boxes,
                                                           monkeypatch):
    before = {r.id: (r.status, r.sent_on) for r in rows(db)}
    size = ops.path.stat().st_size
    save_as(monkeypatch, ops.path)  # the database itself
    message_boxes["click"] = "Export all 3…"
    page.export_button.click()
    assert len(message_boxes["boxes"]) == 2  # the preview, then the warning
    assert message_boxes["boxes"][1][0] == "Export to ViBIS"
    assert {r.id: (r.status, r.sent_on) for r in rows(db)} == before
    assert ops.path.stat().st_size == size


def test_export_with_only_drafts_says_so_and_asks_nothing(qtbot, page, db, register, message_boxes, monkeypatch,
                                                          tmp_path):
    asked = save_as(monkeypatch, tmp_path / "x.pdf")
    page.export_button.click()
    (title, text), = message_boxes["boxes"]
    assert title == "Export to ViBIS" and "no contributions to export" in text and "5" in text
    assert asked == [] and not (tmp_path / "x.pdf").exists()
    assert all(r.status == Status.DRAFT for r in rows(db))
