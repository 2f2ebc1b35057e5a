"""The Evaluering section in the window: rounds, typing paper forms in by keyboard, declined, interview
notes, the kiosk screen (one member at a time, nothing else reachable), the results and the blank forms."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
)

from tankapp.domain.enums import EvaluationRoundKind, ResponseChannel, ResponseStatus
from tankapp.export.evaluation_form_pdf import (
    EvaluationFormDocument,
    FormQuestion,
    FormSheet,
    write_evaluation_form_pdf,
)
from tankapp.services.evaluation import questionnaire, responses, rounds
from tankapp.services.members import registry as members


def tr(text: str) -> str:
    """The evaluation section's words in the window's language."""
    return QCoreApplication.translate("Evaluation", text)
from tankapp.ui.evaluation.entry import AnswerForm, ScaleInput, TextAnswer
from tankapp.ui.evaluation.kiosk import KioskWindow
from tankapp.ui.evaluation.notes import NoteDialog
from tankapp.ui.evaluation.page import EvaluationPage
from tankapp.ui.evaluation.round_dialog import RoundDialog
from tankapp.ui.ops import Operations
from tests.helpers import pdf_pages, pdf_text, pdf_words

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
OPENS = dt.date(2026, 2, 1)
S1, S2, S3 = questionnaire.STATEMENT_KEYS
K1, K2, K3, K4 = questionnaire.KNOWLEDGE_KEYS
PROMOTERS, BARRIERS = questionnaire.PROMOTERS_KEY, questionnaire.BARRIERS_KEY


# ------------------------------------------------------------------ helpers


def add_member(db, name: str, group_id: int) -> int:
    with db.session() as s:
        return members.add_member(s, members.MemberInput(name=name, group_id=group_id,
                                                         joined_on=dt.date(2026, 1, 10))).id


def make_round(db, group_ids, kind=EvaluationRoundKind.BASELINE, title="Førmåling 2026", opens=OPENS) -> int:
    with db.session() as s:
        return rounds.create_round(s, rounds.RoundInput(kind, title, opens, None, None, list(group_ids))).id


def answer(db, round_id, member_id, channel=ResponseChannel.PAPER, **values):
    with db.session() as s:
        return responses.record_answers(s, round_id, member_id, values or {S1: 4}, channel=channel, on=OPENS)


def response(db, round_id, member_id):
    with db.reading() as s:
        return responses.get_response(s, round_id, member_id)


def show_active(qtbot, w, size=(1166, 700)) -> None:
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)


def focused():
    return QApplication.focusWidget()


def type_keys(qtbot, keys) -> None:
    """Each key to whatever has the focus then (as a person typing)."""
    for key in keys:
        if isinstance(key, tuple):
            qtbot.keyClick(focused(), key[0], key[1])
        elif isinstance(key, str) and len(key) > 1:
            qtbot.keyClicks(focused(), key)
        elif isinstance(key, str):
            qtbot.keyClicks(focused(), key)
        else:
            qtbot.keyClick(focused(), key)


@pytest.fixture(autouse=True)
def danish_numbers():
    """Numbers and dates the Danish way, as the app sets them (tankapp.ui.app.install_translations)."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("da_DK"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def ops(db):
    return Operations(db)


@pytest.fixture
def tank(db, group_ids):
    """Six clinicians (one of them Åse Kjærgaard) and three managers, and a baseline round asking both groups."""
    ids = {"Åse Kjærgaard": add_member(db, "Åse Kjærgaard", group_ids["Klinikere"])}
    for name in ("Bo Andersen", "Carla Dahl", "Dorte Eg", "Erik Fog", "Frida Gram"):
        ids[name] = add_member(db, name, group_ids["Klinikere"])
    for name in ("Lone Leder", "Mads Mellem", "Nina Nord"):
        ids[name] = add_member(db, name, group_ids["Ledere"])
    rid = make_round(db, [group_ids["Klinikere"], group_ids["Ledere"]])
    return {"round": rid, "members": ids}


@pytest.fixture
def page(qtbot, ops, tank):
    p = EvaluationPage(ops)
    show_active(qtbot, p)
    return p


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes answered without showing them; what they said is kept."""
    import tankapp.ui.evaluation.page as page_module

    seen = {"said": [], "answer": True}

    def question(parent, title, text):
        seen["said"].append(text)
        return seen["answer"]

    monkeypatch.setattr(page_module, "ask", question)
    monkeypatch.setattr(page_module, "warn", lambda parent, title, text: seen["said"].append(text))
    return seen


# ------------------------------------------------------------------ typing a paper form in


def test_a_paper_form_is_typed_in_by_keyboard_and_saved_at_once(qtbot, page, db, tank):
    rid, aase = tank["round"], tank["members"]["Åse Kjærgaard"]
    messages = []
    page.status.connect(messages.append)
    page.focus_filter()
    assert page.tabs.currentIndex() == 1 and page.member_filter.hasFocus()
    # Danish folding: "aase kjae" finds Åse Kjærgaard; Enter opens her form at the first question
    type_keys(qtbot, ["aase kjae", Qt.Key.Key_Return])
    assert page.member_list.visible_texts() == ["Åse Kjærgaard"]
    assert page.form_heading.text().startswith("Åse Kjærgaard")
    assert isinstance(focused(), ScaleInput) and focused() is page.form.inputs[S1]
    # seven digits, one per question, each moving on; then the two free texts, Enter between them
    type_keys(qtbot, ["4", "5", "3", "2", "2", "3", "1"])
    assert focused() is page.form.inputs[PROMOTERS]
    type_keys(qtbot, ["Ledelsens opbakning", (Qt.Key.Key_Return, SHIFT), "Gode eksempler", Qt.Key.Key_Return])
    assert focused() is page.form.inputs[BARRIERS]
    type_keys(qtbot, ["Mangel på tid", Qt.Key.Key_Return])  # Enter on the last question saves

    saved = response(db, rid, aase)
    assert saved.status == ResponseStatus.ANSWERED and saved.channel == ResponseChannel.PAPER
    assert saved.answers == {S1: 4, S2: 5, S3: 3, K1: 2, K2: 2, K3: 3, K4: 1,
                             PROMOTERS: "Ledelsens opbakning\nGode eksempler", BARRIERS: "Mangel på tid"}
    assert saved.answered_on == dt.date.today()
    assert "Åse Kjærgaard" in messages[-1]
    # ready for the next paper form: the filter box, its text selected
    assert page.member_filter.hasFocus() and page.member_filter.selectedText() == "aase kjae"
    row = next(m for m in page.member_list.model.rows() if m.member_id == aase)
    assert row.state == ResponseStatus.ANSWERED

    page.undo_stack.undo()  # a slip: Ctrl+Z takes it back
    assert response(db, rid, aase) is None
    page.undo_stack.redo()
    assert response(db, rid, aase).answers[S2] == 5


def test_ctrl_enter_saves_and_a_wrong_answer_is_shown_beside_its_question(qtbot, page, db, tank):
    rid, bo = tank["round"], tank["members"]["Bo Andersen"]
    page.focus_filter()
    type_keys(qtbot, ["bo and", Qt.Key.Key_Return, "2", Qt.Key.Key_Delete])
    # 2 answered the first question and moved on; Delete cleared nothing there; Left/Right step an answer
    assert page.form.inputs[S1].value() == 2 and page.form.inputs[S2].value() is None
    type_keys(qtbot, [Qt.Key.Key_Right, Qt.Key.Key_Right])
    assert page.form.inputs[S2].value() == 2
    page.form.inputs[PROMOTERS].setPlainText("x" * (responses.TEXT_MAX + 1))
    page.form.inputs[S1].setFocus()
    type_keys(qtbot, [(Qt.Key.Key_Return, CTRL)])
    assert response(db, rid, bo) is None  # nothing half-saved
    assert page.form.errors[PROMOTERS].isVisible() and "4000" in page.form.errors[PROMOTERS].text()
    assert page.form.inputs[PROMOTERS].hasFocus()
    page.form.inputs[PROMOTERS].setPlainText("<b>Tid & rum</b>")
    type_keys(qtbot, [(Qt.Key.Key_Return, CTRL)])
    assert response(db, rid, bo).answers == {S1: 2, S2: 2, PROMOTERS: "<b>Tid & rum</b>"}


def test_an_empty_form_is_not_saved(qtbot, page, db, tank, boxes):
    rid, carla = tank["round"], tank["members"]["Carla Dahl"]
    page.tabs.setCurrentIndex(1)
    assert page.select_member(carla)
    assert page.save_answers() is False
    assert response(db, rid, carla) is None
    assert page.form.general_error.isVisible()


def test_changing_member_saves_the_form_typed_so_far(qtbot, page, db, tank):
    rid, ids = tank["round"], tank["members"]
    page.tabs.setCurrentIndex(1)
    page.select_member(ids["Dorte Eg"])
    page.focus_form()
    type_keys(qtbot, ["5", "4"])
    page.select_member(ids["Erik Fog"])
    assert response(db, rid, ids["Dorte Eg"]).answers == {S1: 5, S2: 4}
    assert page.form_heading.text().startswith("Erik Fog")
    assert page.form.inputs[S1].value() is None  # Erik's form is empty


def test_declined_is_marked_and_undone(qtbot, page, db, tank, boxes):
    rid, ids = tank["round"], tank["members"]
    answer(db, rid, ids["Frida Gram"], **{S1: 3})
    page.tabs.setCurrentIndex(1)
    page.select_member(ids["Frida Gram"])
    assert page.form.inputs[S1].value() == 3  # her answers are in the form, to correct
    page.declined_button.click()
    assert boxes["said"] and "Frida Gram" in boxes["said"][-1]  # she had answers: asked first
    r = response(db, rid, ids["Frida Gram"])
    assert r.status == ResponseStatus.DECLINED and r.answers == {}
    row = next(m for m in page.member_list.model.rows() if m.member_id == ids["Frida Gram"])
    assert page.member_list.model.data(page.member_list.model.index(
        page.member_list.model.rows().index(row), 2)) == tr("Declined")
    assert "declined 1" in page.counts.text()
    page.undo_stack.undo()
    assert response(db, rid, ids["Frida Gram"]).answers == {S1: 3}

    # the state filter: only those not answered
    page.state_filter.setCurrentIndex(1)
    assert "Frida Gram" not in page.member_list.visible_texts()
    assert "Bo Andersen" in page.member_list.visible_texts()


# ------------------------------------------------------------------ rounds


def test_a_round_is_made_in_the_dialog_with_problems_beside_the_fields_and_undone(qtbot, ops, db, group_ids):
    p = EvaluationPage(ops)
    show_active(qtbot, p)
    assert p.round_list.currentWidget() is p.round_list.empty  # says what a round is, offers the first
    assert not p.tabs.isTabEnabled(1)
    groups = ops.evaluation.groups()
    dialog = RoundDialog(ops, groups, parent=p)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Baseline 2026" or dialog.title.text().endswith(str(dt.date.today().year))
    dialog.title.setText("   ")
    for i in range(dialog.groups.count()):
        dialog.groups.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["title"].isVisibleTo(dialog) and dialog.errors["group_ids"].isVisibleTo(dialog)
    assert ops.evaluation.rounds() == []

    dialog.title.setText("Førmåling <Klinikere> & co")
    dialog.groups.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.closes_on.set_value(dt.date(2020, 1, 1))  # before it opens
    dialog.accept()
    assert dialog.errors["closes_on"].isVisibleTo(dialog) and not dialog.errors["title"].isVisibleTo(dialog)
    dialog.closes_on.set_value(None)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    (made,) = ops.evaluation.rounds()
    assert made.round.title == "Førmåling <Klinikere> & co" and len(made.round.groups) == 1


def test_new_edit_and_delete_round_from_the_page_with_undo(qtbot, page, ops, db, tank, monkeypatch, boxes):
    def fill(title):
        def exec_(dialog):
            dialog.title.setText(title)
            dialog.accept()
            return dialog.result()
        return exec_

    monkeypatch.setattr(RoundDialog, "exec", fill("Slutevaluering 2027"))
    page.new_round()
    titles = [r.round.title for r in ops.evaluation.rounds()]
    assert "Slutevaluering 2027" in titles
    new = next(r for r in ops.evaluation.rounds() if r.round.title == "Slutevaluering 2027")
    assert page.current_round_id() == new.id
    page.undo_stack.undo()
    assert "Slutevaluering 2027" not in [r.round.title for r in ops.evaluation.rounds()]
    page.undo_stack.redo()
    assert "Slutevaluering 2027" in [r.round.title for r in ops.evaluation.rounds()]

    page.round_list.select(tank["round"])
    monkeypatch.setattr(RoundDialog, "exec", fill("Førmåling, rettet"))
    page.edit_round()
    assert ops.evaluation.round(tank["round"]).round.title == "Førmåling, rettet"
    page.undo_stack.undo()
    assert ops.evaluation.round(tank["round"]).round.title == "Førmåling 2026"

    page.round_list.select(tank["round"])
    page.delete_round()  # nobody answered: asked, then deleted, undoable
    assert tank["round"] not in [r.id for r in ops.evaluation.rounds()]
    page.undo_stack.undo()
    assert "Førmåling 2026" in [r.round.title for r in ops.evaluation.rounds()]


# ------------------------------------------------------------------ interview notes


def test_interview_notes_beside_the_answers(qtbot, page, db, tank, monkeypatch, boxes):
    ids = tank["members"]
    page.tabs.setCurrentIndex(1)
    page.select_member(ids["Carla Dahl"])
    assert page.notes.empty.isVisible()

    def write(text):
        def exec_(dialog):
            dialog.text.setPlainText(text)
            dialog.accept()
            return dialog.result()
        return exec_

    monkeypatch.setattr(NoteDialog, "exec", write("Savner ledelsens opbakning."))
    page.notes.add_button.click()
    (note,) = page.ops.evaluation.notes(ids["Carla Dahl"])
    assert note.text == "Savner ledelsens opbakning." and note.round_id == tank["round"]
    assert page.notes.list.count() == 1 and "Savner" in page.notes.list.item(0).text()

    monkeypatch.setattr(NoteDialog, "exec", write("Savner ledelsens opbakning og tid."))
    page.notes.edit_button.click()
    assert page.ops.evaluation.notes(ids["Carla Dahl"])[0].text.endswith("og tid.")

    page.notes.delete_button.click()
    assert page.ops.evaluation.notes(ids["Carla Dahl"]) == []
    page.undo_stack.undo()  # the deleted note comes back
    assert page.ops.evaluation.notes(ids["Carla Dahl"])[0].text.endswith("og tid.")
    # another member has none
    page.select_member(ids["Bo Andersen"])
    assert page.notes.list.count() == 0


def test_an_empty_note_is_refused_in_the_dialog(qtbot, ops, tank):
    dialog = NoteDialog(ops, "Carla Dahl", [])
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("  \n ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.text_error.isVisibleTo(dialog)


# ------------------------------------------------------------------ the kiosk


@pytest.fixture
def window(qtbot, db, tank, tmp_path):
    from tankapp.ui.main_window import MainWindow

    w = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    show_active(qtbot, w, (1366, 768))
    w.ensure_started()
    w.go_to("evaluation")
    return w


def open_kiosk(qtbot, page, code="") -> KioskWindow:
    kiosk = page.open_kiosk(code)
    assert kiosk is not None
    kiosk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk)
    return kiosk


def leave(qtbot, kiosk, code="") -> None:
    qtbot.keyClick(kiosk, Qt.Key.Key_L, CTRL | SHIFT)
    if code:
        kiosk.code_edit.setText(code)
    kiosk.leave_button.click()


def traces(kiosk) -> str:
    """Every text the kiosk's widgets hold, and which scale points are ticked."""
    parts = [w.text() for w in kiosk.findChildren(QLabel) if w.isVisibleTo(kiosk)]
    parts += [w.text() for w in kiosk.findChildren(QLineEdit)]
    parts += [w.toPlainText() for w in kiosk.findChildren(QPlainTextEdit)]
    parts += [f"ticked {b.text()}" for b in kiosk.findChildren(QToolButton) if b.isChecked()]
    return "\n".join(parts)


def test_kiosk_form_is_filled_and_reset_for_the_next_member_with_no_trace(qtbot, window, db, tank):
    rid, ids = tank["round"], tank["members"]
    page = window.section("evaluation")
    kiosk = open_kiosk(qtbot, page)
    assert kiosk.isFullScreen() and not window.isVisible()  # the main window and its data are hidden
    assert len(kiosk.visible_names()) == 9
    # the member finds herself (Danish folding) and answers by keyboard and mouse
    qtbot.keyClicks(kiosk.search, "aase")
    assert kiosk.visible_names() == ["Åse Kjærgaard (Klinikere)"]
    qtbot.keyClick(kiosk.search, Qt.Key.Key_Return)
    assert kiosk.pages.currentIndex() == kiosk.FORM and "Åse Kjærgaard" in kiosk.who.text()
    type_keys(qtbot, ["4", "5"])
    kiosk.form.inputs[S3].buttons[2].click()
    kiosk.form.inputs[PROMOTERS].setPlainText("Ledelsens opbakning")
    kiosk.form.inputs[K1].setFocus()
    type_keys(qtbot, [(Qt.Key.Key_Return, CTRL)])

    r = response(db, rid, ids["Åse Kjærgaard"])
    assert r.channel == ResponseChannel.KIOSK and r.answers == {S1: 4, S2: 5, S3: 3, PROMOTERS: "Ledelsens opbakning"}
    assert kiosk.pages.currentIndex() == kiosk.THANKS
    assert "Åse" not in traces(kiosk) and "Ledelsens" not in traces(kiosk)

    kiosk.next_button.click()  # (or the thank-you times out)
    assert kiosk.pages.currentIndex() == kiosk.PICK
    assert kiosk.search.text() == "" and kiosk.search.hasFocus()
    assert "Åse Kjærgaard (Klinikere)" not in kiosk.visible_names() and len(kiosk.visible_names()) == 8
    assert kiosk.form is None
    left = traces(kiosk)
    assert "Åse" not in left and "Ledelsens" not in left and "ticked" not in left

    # the next member gets an empty form: nothing of the answers before
    kiosk.search.setText("bo")
    qtbot.keyClick(kiosk.search, Qt.Key.Key_Return)
    assert "Bo Andersen" in kiosk.who.text()
    assert all(w.value() is None for w in kiosk.form.inputs.values() if isinstance(w, ScaleInput))
    assert all(w.toPlainText() == "" for w in kiosk.form.inputs.values() if isinstance(w, TextAnswer))
    assert "ticked" not in traces(kiosk)
    assert len(kiosk.findChildren(AnswerForm)) == 1
    # "This is not me" throws the form away, unsent
    type_keys(qtbot, ["2"])
    kiosk.not_me.click()
    assert response(db, rid, ids["Bo Andersen"]) is None and kiosk.pages.currentIndex() == kiosk.PICK
    leave(qtbot, kiosk)
    assert window.isVisible()


def test_kiosk_cannot_reach_other_data_nor_be_left_without_the_facilitator(qtbot, window, db, tank):
    page = window.section("evaluation")
    section_before = window.stack.currentIndex()
    kiosk = open_kiosk(qtbot, page, code="2468")
    assert kiosk.findChildren(QMenuBar) == []
    # the main window's shortcuts go nowhere: sections, new, find, help, quit
    for key, mods in ((Qt.Key.Key_1, CTRL), (Qt.Key.Key_2, CTRL), (Qt.Key.Key_N, CTRL), (Qt.Key.Key_F, CTRL),
                      (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Q, CTRL),
                      (Qt.Key.Key_Z, CTRL), (Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)):
        qtbot.keyClick(focused(), key, mods)
    assert window.stack.currentIndex() == section_before and not window.isVisible()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [kiosk]
    # Escape and closing the window (Alt+F4) do not leave
    qtbot.keyClick(kiosk.search, Qt.Key.Key_Escape)
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.close() is False
    assert kiosk.isVisible() and kiosk.refused.isVisible() and not window.isVisible()
    # in a form, too
    kiosk.pick()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert kiosk.close() is False and kiosk.pages.currentIndex() == kiosk.FORM
    # the facilitator's keys ask first; Escape or "Stay" go back to the form as it was
    type_keys(qtbot, ["3"])
    qtbot.keyClick(kiosk, Qt.Key.Key_L, CTRL | SHIFT)
    assert kiosk.pages.currentIndex() == kiosk.LEAVE
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert kiosk.pages.currentIndex() == kiosk.FORM and kiosk.form.inputs[S1].value() == 3
    # the code is needed
    leave(qtbot, kiosk, code="1111")
    assert kiosk.isVisible() and kiosk.code_error.isVisible() and not window.isVisible()
    kiosk.code_edit.setText("2468")
    kiosk.leave_button.click()
    qtbot.waitUntil(lambda: window.isVisible())
    assert not kiosk.isVisible() and page.kiosk is None


def test_kiosk_does_not_overwrite_an_answer_given_meanwhile(qtbot, ops, db, tank):
    rid, ids = tank["round"], tank["members"]
    kiosk = KioskWindow(ops, rid)
    qtbot.addWidget(kiosk)
    kiosk.show()
    kiosk.search.setText("Erik")
    kiosk.pick()
    kiosk.form.inputs[S1].set_value(1)
    answer(db, rid, ids["Erik Fog"], **{S1: 5})  # typed in from paper meanwhile
    kiosk.send()
    assert response(db, rid, ids["Erik Fog"]).answers == {S1: 5}
    assert kiosk.form_error.isVisible()
    kiosk.next_member()
    assert "Erik Fog (Klinikere)" not in kiosk.visible_names()
    kiosk.pick()
    kiosk.send()  # nothing answered: not sent
    assert kiosk.pages.currentIndex() == kiosk.FORM and kiosk.form_error.isVisible()
    kiosk._may_close = True


# ------------------------------------------------------------------ results and learning points


def test_results_show_too_few_answers_for_a_small_group_and_no_figures(qtbot, page, db, group_ids, tank):
    rid, ids = tank["round"], tank["members"]
    forskere = [add_member(db, f"Forsker {n}", group_ids["Forskere"]) for n in range(7)]
    with db.session() as s:
        r = rounds.get_round(s, rid)
        rounds.update_round(s, rid, rounds.RoundInput(r.kind, r.title, r.opens_on, None, None,
                                                      [*r.group_ids, group_ids["Forskere"]]))
    for m in forskere:
        answer(db, rid, m, **{S1: 4, S2: 5, PROMOTERS: "Netværket på tværs"})
    for name in ("Lone Leder", "Mads Mellem", "Nina Nord"):
        answer(db, rid, ids[name], **{S1: 1, S2: 1, PROMOTERS: "Hemmelig lederpointe"})
    for name in ("Åse Kjærgaard", "Bo Andersen", "Carla Dahl", "Dorte Eg", "Erik Fog"):
        answer(db, rid, ids[name], **{S1: 3, S2: 3})
    page.tabs.setCurrentIndex(2)
    rows = page.results.rows()
    ledere = [r for r in rows if r.startswith("Ledere |")]
    assert len(ledere) == 3  # the response rate, the statements, own knowledge: too few answers, no figure
    assert ledere[0].startswith("Ledere | 3 | 3 | 0 | 100 %") and tr("too few answers") in ledere[0]
    assert ledere[1] == ledere[2] == f"Ledere | {tr('too few answers')}"
    forskere = [r for r in rows if r.startswith("Forskere |")]
    assert forskere[1].startswith("Forskere | 4,0 · 100 %") and "5,0 · 100 %" in forskere[1]
    # with only Ledere hidden, Klinikere (the smallest shown group) is held back too
    klinikere = [r for r in rows if r.startswith("Klinikere |")]
    assert "3,0" not in klinikere[1] and "(a small group" in klinikere[1]
    overall = [r for r in rows if r.startswith(tr("All groups") + " |")]
    assert overall[1].startswith(f"{tr('All groups')} | 3,1 · 47 %")  # (7×4 + 3×1 + 5×3) / 15; 7 of 15 agree
    # the free text: all groups together only
    before, after = page.results.text().split(tr("Free text, all groups together"))
    assert "Hemmelig" not in before and "Netværket" not in before
    assert after.count("Hemmelig lederpointe") == 3 and after.count("Netværket på tværs") == 7
    # the distribution of the small group: no figures
    page.results.group.setCurrentIndex(page.results.group.findText("Ledere"))
    detail = page.results.text().split(tr("Distribution: %1").replace("%1", "Ledere"))[1]
    detail = detail.split(tr("Knowledge gain"))[0]
    assert tr("too few answers") in detail and "3 answered" in detail and "1,0" not in detail


def test_learning_points_side_by_side(qtbot, page, db, tank):
    rid, ids = tank["round"], tank["members"]
    answer(db, rid, ids["Bo Andersen"], **{PROMOTERS: "Ledelsens opbakning", BARRIERS: "Mangel på tid"})
    answer(db, rid, ids["Lone Leder"], **{PROMOTERS: "ledelsens opbakning!"})
    page.tabs.setCurrentIndex(3)
    learning = page.learning
    assert learning.promoters.visible_texts() == ["Ledelsens opbakning"]
    (point,) = learning.promoters.model.rows()
    assert (point.groups, point.evaluations, point.contributions) == (2, 2, 0)
    assert learning.barriers.visible_texts() == ["Mangel på tid"]


def test_the_section_in_the_window_undoes_with_ctrl_z_and_makes_a_round_with_ctrl_n(qtbot, window, monkeypatch):
    page = window.section("evaluation")
    assert window.undo_group.activeStack() is page.undo_stack
    called = []
    monkeypatch.setattr(type(page), "new_round", lambda self: called.append(True))
    window.new_in_section()
    assert called and window.stack.currentWidget() is page


# ------------------------------------------------------------------ the blank forms


def test_blank_forms_one_page_per_asked_member_through_the_page(qtbot, page, db, tank, tmp_path, monkeypatch, boxes):
    rid, ids = tank["round"], tank["members"]
    answer(db, rid, ids["Bo Andersen"])
    target = tmp_path / "skemaer"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))

    def exec_(box):
        for b in box.buttons():
            if b.text().startswith(tr("Everyone asked (%1)").split("(")[0]):
                b.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    boxes["answer"] = False  # do not open it
    page.export_blank_forms()
    pdf = tmp_path / "skemaer.pdf"
    qtbot.waitUntil(lambda: pdf.exists() and any("skemaer.pdf" in s for s in boxes["said"]), timeout=20000)
    assert pdf_pages(pdf) == 9
    words = pdf_words(pdf)
    for name in ids:
        assert name in words
    assert "Jeg har opnået substantiel ny viden om brugerinddragelse" in words
    assert "Helt uenig" in words and "Meget stor" in words and "Jeg ønsker ikke at svare" in words
    assert (pdf.stat().st_mode & 0o077) == 0


def test_the_blank_form_survives_hostile_names_and_fits_a_page(tmp_path):
    items = [FormQuestion(i.key, i.kind, i.text_da) for i in questionnaire.STANDARD_ITEMS]
    sheets = [FormSheet("<b>Ærø & Ødegård</b>\x00", "Brugere"), FormSheet("Łukasz Wąs 李雷 Şule", "Ledere"),
              FormSheet("")]
    doc = EvaluationFormDocument("Tænketank <x>", "Runde & co", "Førmåling", OPENS, None, "Selvevaluering", 1,
                                 items, sheets)
    out = write_evaluation_form_pdf(doc, tmp_path / "f.pdf")
    assert pdf_pages(out) == 3  # one page per form
    text = pdf_text(out)
    assert "<b>Ærø & Ødegård</b>" in text and "Łukasz Wąs" in text and "Şule" in text
    assert text.count("Selvevaluering: Runde & co") == 3


def test_a_kiosk_form_left_untouched_goes_back_to_the_names_unsent(qtbot, ops, db, tank):
    rid, ids = tank["round"], tank["members"]
    kiosk = KioskWindow(ops, rid)
    qtbot.addWidget(kiosk)
    kiosk.show()
    kiosk.idle_ms = 50
    kiosk.search.setText("Dorte")
    kiosk.pick()
    kiosk.form.inputs[S1].set_value(2)
    qtbot.waitUntil(lambda: kiosk.pages.currentIndex() == kiosk.PICK, timeout=3000)
    assert kiosk.form is None and "Dorte" not in traces(kiosk).replace("Dorte Eg (Klinikere)", "")
    assert response(db, rid, ids["Dorte Eg"]) is None
    kiosk._may_close = True


def test_names_with_markup_are_shown_as_typed(qtbot, ops, db, group_ids, tank, boxes):
    rid = tank["round"]
    odd = add_member(db, "<b>Ib</b> & <i>Co</i>", group_ids["Klinikere"])
    p = EvaluationPage(ops)
    show_active(qtbot, p)
    p.tabs.setCurrentIndex(1)
    p.select_member(odd)
    assert p.form_heading.text().startswith("<b>Ib</b> & <i>Co</i>")
    assert p.form_heading.textFormat() == Qt.TextFormat.PlainText
    kiosk = KioskWindow(ops, rid)
    qtbot.addWidget(kiosk)
    kiosk.show()
    assert "<b>Ib</b> & <i>Co</i> (Klinikere)" in kiosk.visible_names()
    kiosk.search.setText("<b>ib")
    kiosk.pick()
    assert kiosk.who.text().endswith("<b>Ib</b> & <i>Co</i>") and kiosk.who.textFormat() == Qt.TextFormat.PlainText
    kiosk._may_close = True


def test_the_answers_are_exported_pseudonymised_through_the_page(qtbot, page, db, tank, tmp_path, monkeypatch, boxes):
    rid, ids = tank["round"], tank["members"]
    answer(db, rid, ids["Åse Kjærgaard"], **{S1: 4, PROMOTERS: "Tid"})
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "svar"), "CSV for Excel (*.csv)"))
    boxes["answer"] = False
    page.reload()
    assert page.export_button.isEnabled()
    page.export_answers()
    out = tmp_path / "svar.csv"
    qtbot.waitUntil(lambda: out.exists() and any("svar.csv" in s for s in boxes["said"]), timeout=20000)
    text = out.read_text(encoding="utf-8-sig")
    assert "Deltager" in text and "P001" in text and "Tid" in text
    assert "Åse" not in text and "Kjærgaard" not in text


def test_the_kiosk_starts_from_the_page_with_a_code(qtbot, window, tank, monkeypatch):
    from tankapp.ui.evaluation.page import StartKioskDialog

    page = window.section("evaluation")

    def start(dialog):
        dialog.code.setText("97")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StartKioskDialog, "exec", start)
    kiosk = page.start_kiosk()
    assert kiosk is not None and kiosk.isVisible() and not window.isVisible()
    assert page.start_kiosk() is None  # one kiosk at a time
    kiosk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk)
    leave(qtbot, kiosk)  # no code given: refused
    assert kiosk.isVisible() and kiosk.pages.currentIndex() == kiosk.LEAVE and kiosk.code_error.isVisible()
    kiosk.code_edit.setText("97")
    kiosk.leave_button.click()
    qtbot.waitUntil(window.isVisible)
