"""Sharing between groups through the real widgets: a digest onto another group's meeting, then its agenda PDF;
a question asked, answered and seen across two groups' meetings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tankapp.domain.enums import AgendaItemKind, ContributionKind, MeetingStatus
from tankapp.services.meetings import agenda as agenda_service
from tankapp.services.contributions import register as contributions
from tankapp.services import documents as exports
from tankapp.services.meetings import planning as meetings
from tankapp.services.meetings import minutes
from tankapp.services.sharing import exchange as sharing
from tankapp.services.members import registry as member_service
from tankapp.services.meetings.agenda import ItemInput
from tankapp.services.meetings.planning import MeetingInput
from tankapp.ui.ops.core import Kind, Operations
from tankapp.ui.sharing.page import DigestDialog, SharingPanel
from tests.helpers import pdf_words


def _meeting(s, title, day, groups, status=MeetingStatus.PLANNED):
    m = meetings.create_meeting(
        s, MeetingInput(title=title, date=day, start=dt.time(9, 30), end=dt.time(12, 30), group_ids=groups, status=status)
    )
    agenda_service.add_item(s, m.id, ItemInput(title="Velkomst", planned_minutes=15))
    return m.id


@pytest.fixture
def ops(db):
    return Operations(db)


@pytest.fixture
def world(db, group_ids):
    """Klinikere held a meeting on 12.03.2026 (a note, a decision, a contribution); Ledere meet 20.04.2026."""
    g = group_ids
    with db.session() as s:
        member = member_service.add_member(
            s, member_service.MemberInput(name="Åse Kjærgaard", group_id=g["Klinikere"], consent_named=True)).id
        src = _meeting(s, "Klinikermøde", dt.date(2026, 3, 12), [g["Klinikere"]])
        item = agenda_service.add_item(s, src, ItemInput(title="Drøftelse", planned_minutes=30))
        minutes.set_notes(s, item.id, "Patientråd afprøves på to afdelinger.")
        decision = minutes.add_decision(s, item.id, "Vi inviterer en patient til hvert teammøde")
        c = contributions.create_contribution(s, contributions.ContributionInput(
            title="Mangler tid", text="Ingen tid i konsultationen", kind=ContributionKind.BARRIER,
            group_id=g["Klinikere"], meeting_id=src, member_id=member))
        minutes.mark_held(s, src)
        ids = {
            "src": src,
            "note": f"note:{item.uuid}",
            "decision": f"decision:{decision.uuid}",
            "contribution": f"contribution:{c.uuid}",
            "ledere": _meeting(s, "Ledermøde", dt.date(2026, 4, 20), [g["Ledere"]]),
            "forskere": _meeting(s, "Forskermøde", dt.date(2026, 5, 6), [g["Forskere"]]),
            "k2": _meeting(s, "Klinikere igen", dt.date(2026, 6, 10), [g["Klinikere"]]),
            "joint": _meeting(s, "Fællesmøde", dt.date(2026, 5, 20), [g["Ledere"], g["Forskere"]]),
        }
    return db, g, ids


# ---------------------------------------------------------------- the digest dialog


def test_build_a_digest_onto_another_groups_meeting_and_export_its_agenda(qtbot, ops, world, tmp_path):
    db, g, ids = world
    dialog = DigestDialog(ops, ids["src"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.title.text() == "Nyt fra Klinikere"
    assert [dialog.target.itemData(i) for i in range(dialog.target.count())] == [
        ids["ledere"], ids["forskere"], ids["joint"]]
    assert not dialog.ok_button.isEnabled()  # nothing ticked yet

    dialog.piece_item(ids["note"]).setCheckState(0, Qt.CheckState.Checked)
    dialog.piece_item(ids["contribution"]).setCheckState(0, Qt.CheckState.Checked)
    dialog.target.setCurrentIndex(dialog.target.findData(ids["ledere"]))
    assert dialog.checked_keys() == [ids["note"], ids["contribution"]]
    preview = dialog.preview.toPlainText()
    assert "Noter – Drøftelse: Patientråd afprøves på to afdelinger." in preview
    assert "Vidensbidrag (barriere): Mangler tid – Ingen tid i konsultationen" in preview
    assert "Vi inviterer" not in preview and "Åse" not in preview
    assert dialog.ok_button.isEnabled()

    with qtbot.waitSignal(dialog.status) as status:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Nyt fra Klinikere" in status.args[0] and "Ledermøde" in status.args[0]
    assert dialog.result() == DigestDialog.DialogCode.Accepted
    assert dialog.target_meeting_id == ids["ledere"] and dialog.digest_id is not None

    with db.reading() as s:
        last = agenda_service.agenda(s, ids["ledere"]).rows[-1]
        pdf = exports.export_agenda_pdf(s, ids["ledere"], tmp_path / "dagsorden.pdf")
    assert (last.title, last.kind, last.planned_minutes) == ("Nyt fra Klinikere", AgendaItemKind.CROSS_GROUP_SHARING, 20)
    assert last.description == preview
    text = pdf_words(pdf)
    assert " ".join(preview.split()) in text
    assert "Nyt fra Klinikere" in text and "Deling på tværs af grupper" in text


def test_group_checkbox_ticks_all_of_an_item(qtbot, ops, world):
    db, g, ids = world
    dialog = DigestDialog(ops, ids["src"])
    qtbot.addWidget(dialog)
    head = dialog.piece_item(ids["note"]).parent()
    head.setCheckState(0, Qt.CheckState.Checked)
    assert dialog.checked_keys() == [ids["note"], ids["decision"]]


def test_own_title_and_minutes(qtbot, ops, world):
    db, g, ids = world
    dialog = DigestDialog(ops, ids["src"])
    qtbot.addWidget(dialog)
    dialog.set_checked([ids["decision"]])
    dialog.target.setCurrentIndex(dialog.target.findData(ids["forskere"]))
    dialog.title.setText("Klinikerne om patienter i teamet")
    dialog.minutes.setValue(10)
    dialog.accept()
    with db.reading() as s:
        last = agenda_service.agenda(s, ids["forskere"]).rows[-1]
    assert (last.title, last.planned_minutes) == ("Klinikerne om patienter i teamet", 10)
    assert last.description.endswith("Beslutning: Vi inviterer en patient til hvert teammøde")


def test_no_coming_meeting_of_another_group_says_plan_one_first(qtbot, ops, db, group_ids):
    with db.session() as s:
        src = _meeting(s, "Klinikermøde", dt.date(2026, 3, 12), [group_ids["Klinikere"]])
        minutes.set_notes(s, agenda_service.agenda(s, src).rows[0].id, "Noter")
        minutes.mark_held(s, src)
        _meeting(s, "Næste klinikermøde", dt.date(2026, 5, 1), [group_ids["Klinikere"]])
    dialog = DigestDialog(ops, src)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_checked([p.key for p in dialog.sources.pieces])
    assert dialog.no_target.isVisible() and "plan one first" in dialog.no_target.text()
    assert not dialog.target.isVisible()
    assert not dialog.ok_button.isEnabled()


def test_a_meeting_not_held_cannot_be_shared_from(qtbot, ops, world):
    db, g, ids = world
    dialog = DigestDialog(ops, ids["ledere"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.error.isVisible() and "held" in dialog.error.text()
    assert not dialog.ok_button.isEnabled()


# ---------------------------------------------------------------- the panel in meeting mode


def _items(view) -> list[str]:
    return [view.item(i).text() for i in range(view.count())]


def test_ask_answer_and_see_the_answer_across_two_groups(qtbot, ops, world):
    db, g, ids = world
    asking = SharingPanel(ops, ids["src"])
    qtbot.addWidget(asking)
    asking.show()
    assert not asking.from_group.isVisible()  # one group: it asks
    assert asking.to_group.findText("Klinikere") == -1
    asking.to_group.setCurrentIndex(asking.to_group.findText("Ledere"))
    qtbot.keyClicks(asking.question_edit, "Hvordan får I ledelsen til at bakke op?")
    with qtbot.waitSignal(asking.status):
        qtbot.keyClick(asking.question_edit, Qt.Key.Key_Return)
    assert asking.question_edit.text() == ""

    # It shows at the Ledere's next meeting, open, ready to be answered.
    answering = SharingPanel(ops, ids["ledere"])
    qtbot.addWidget(answering)
    answering.show()
    (entry,) = _items(answering.questions)
    assert "Klinikere" in entry and "Hvordan får I ledelsen til at bakke op?" in entry
    assert answering.current_question_id() is not None
    answering.answer_edit.setPlainText("Vi sætter det på dagsordenen i ledergruppen hver måned.")
    with qtbot.waitSignal(answering.status):
        qtbot.mouseClick(answering.answer_button, Qt.MouseButton.LeftButton)
    assert answering.open_rows == []
    assert [q.answer for q in answering.answered_here_rows] == ["Vi sætter det på dagsordenen i ledergruppen hver måned."]

    # The asking group sees the answer at its next meeting.
    next_meeting = SharingPanel(ops, ids["k2"])
    qtbot.addWidget(next_meeting)
    next_meeting.show()
    (answer,) = _items(next_meeting.answers)
    assert "Ledere" in answer and "Vi sætter det på dagsordenen i ledergruppen hver måned." in answer
    assert next_meeting.answers.isVisible() and not next_meeting.no_answers.isVisible()
    # ... and the group that answered has nothing open left.
    with db.reading() as s:
        assert sharing.open_questions_for(s, ids["joint"]) == []


def test_answer_needs_text_and_says_so_in_place(qtbot, ops, world):
    db, g, ids = world
    with db.session() as s:
        sharing.ask(s, g["Klinikere"], g["Ledere"], "Spørgsmål", asked_at_meeting_id=ids["src"])
    panel = SharingPanel(ops, ids["ledere"])
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.answer_button, Qt.MouseButton.LeftButton)
    assert panel.answer_error.isVisible() and panel.answer_error.text() == "Write the answer."
    assert len(panel.open_rows) == 1


def test_joint_meeting_chooses_who_asks_and_gets_questions_for_either_group(qtbot, ops, world):
    db, g, ids = world
    with db.session() as s:
        sharing.ask(s, g["Klinikere"], g["Ledere"], "Til lederne", on=dt.date(2026, 3, 12))
        sharing.ask(s, g["Klinikere"], g["Forskere"], "Til forskerne", on=dt.date(2026, 3, 12))
    panel = SharingPanel(ops, ids["joint"])
    qtbot.addWidget(panel)
    panel.show()
    assert panel.from_group.isVisible() and panel.from_group.count() == 2
    assert len(_items(panel.questions)) == 2
    panel.from_group.setCurrentIndex(panel.from_group.findText("Forskere"))
    panel.to_group.setCurrentIndex(panel.to_group.findText("Brugere"))
    panel.question_edit.setText("Hvad betyder inddragelse for jer?")
    panel.ask()
    with db.reading() as s:
        (q,) = sharing.list_questions(s, g["Brugere"])
    assert (q.from_group, q.to_group, q.asked_at_meeting_id) == ("Forskere", "Brugere", ids["joint"])


def test_panel_shows_what_other_groups_shared_with_the_meeting(qtbot, ops, world):
    db, g, ids = world
    with db.session() as s:
        sharing.create_digest(s, ids["src"], ids["ledere"], [ids["decision"]])
    panel = SharingPanel(ops, ids["ledere"])
    qtbot.addWidget(panel)
    panel.show()
    assert panel.shared_box.isVisible()
    text = panel.shared.toPlainText()
    assert "Nyt fra Klinikere" in text and "Beslutning: Vi inviterer en patient til hvert teammøde" in text
    other = SharingPanel(ops, ids["forskere"])
    qtbot.addWidget(other)
    other.show()
    assert not other.shared_box.isVisible()


# ---------------------------------------------------------------- following the changes


def test_an_open_panel_follows_questions_and_digests_from_elsewhere(qtbot, ops, world):
    db, g, ids = world
    answering = SharingPanel(ops, ids["ledere"])
    qtbot.addWidget(answering)
    answering.show()
    assert answering.open_rows == [] and not answering.shared_box.isVisible()

    asking = SharingPanel(ops, ids["src"])  # another meeting's window, open at the same time
    qtbot.addWidget(asking)
    asking.show()
    asking.to_group.setCurrentIndex(asking.to_group.findText("Ledere"))
    asking.question_edit.setText("Hvordan holder I fast i det?")
    asking.ask()
    (entry,) = _items(answering.questions)  # shown at once, nothing reloaded by hand
    assert "Hvordan holder I fast i det?" in entry

    announced = []
    ops.changed.connect(announced.append)
    dialog = DigestDialog(ops, ids["src"])
    qtbot.addWidget(dialog)
    dialog.set_checked([ids["decision"]])
    dialog.target.setCurrentIndex(dialog.target.findData(ids["ledere"]))
    dialog.accept()
    (changes,) = announced
    assert changes.touches(Kind.SHARING, Kind.AGENDA) and changes.ids_of(Kind.MEETING) == {ids["ledere"]}
    assert answering.shared_box.isVisible()
    assert "Beslutning: Vi inviterer en patient til hvert teammøde" in answering.shared.toPlainText()
