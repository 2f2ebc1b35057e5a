"""Running a meeting in meeting mode, driven through the real window."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt

from tankapp.domain.base import utcnow
from tankapp.domain.enums import AttendanceStatus as A
from tankapp.domain.enums import MeetingStatus
from tankapp.services.meetings import agenda as agenda_service
from tankapp.services.meeting_mode import attendance
from tankapp.services.meetings import planning as meetings
from tankapp.services.meetings import minutes
from tankapp.services.members import registry as member_service
from tankapp.services.meetings.agenda import ItemInput
from tankapp.services.meetings.planning import MeetingInput
from tankapp.ui.common import texts
from tankapp.ui.meeting_mode.panes import SHARING_TAB
from tankapp.ui.meeting_mode.window import AMBER, MeetingModeWindow, clock
from tankapp.ui.ops import Operations


def make_meeting(db, group_ids, names=("Åse Kjærgaard", "Bo Ærø", "Søren Østergaard", "Zeki Ünal")):
    with db.session() as s:
        ids = {n: member_service.add_member(s, member_service.MemberInput(name=n, group_id=group_ids["Klinikere"])).id
               for n in names}
        mid = meetings.create_meeting(s, MeetingInput(
            title="Klinikermøde", date=dt.date(2026, 3, 12), start=dt.time(9, 30), end=dt.time(12, 30),
            group_ids=[group_ids["Klinikere"]])).id
        for title, minutes_ in (("Velkomst", 15), ("Vidensoplæg", 45), ("Drøftelse", 30)):
            agenda_service.add_item(s, mid, ItemInput(title=title, planned_minutes=minutes_))
    return mid, ids


@pytest.fixture
def ops(db):
    return Operations(db)


@pytest.fixture
def mode(qtbot, db, ops, group_ids):
    mid, ids = make_meeting(db, group_ids)
    w = MeetingModeWindow(ops, mid)
    qtbot.addWidget(w)
    w.show()
    return w, mid, ids


def end_meeting(qtbot, w, *, move_date: bool = False, excused=(), minutes: bool = False):
    """End the meeting through its dialog: the named members excused, the rest absent."""
    w.end_meeting()
    dialog = w.end_dialog
    assert dialog is not None and dialog.isVisible()
    for i in range(dialog.members.topLevelItemCount()):
        entry = dialog.members.topLevelItem(i)
        entry.setSelected(entry.text(0) in excused)
    if excused:
        qtbot.mouseClick(dialog.excused_button, Qt.MouseButton.LeftButton)
    if dialog.date_box.isVisible():
        dialog.choose_date(move_date)
    dialog.offer_minutes.setChecked(minutes)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog


def text_colour(label):
    """The colour the label's text is painted in (its style sheet applied)."""
    label.ensurePolished()
    return label.palette().color(label.foregroundRole())


def state_of(db, mid, name):
    with db.reading() as s:
        return next(r.status for r in attendance.attendance(s, mid).rows if r.name == name)


def test_check_members_in_by_typing(qtbot, mode, db):
    w, mid, ids = mode
    assert w.counts.text().startswith("0")
    qtbot.keyClicks(w.filter, "søren")
    assert [w.attendance_proxy.index(r, 0).data() for r in range(w.attendance_proxy.rowCount())] == ["Søren Østergaard"]
    qtbot.keyClick(w.filter, Qt.Key.Key_Return)
    assert state_of(db, mid, "Søren Østergaard") == A.PRESENT
    assert w.filter.text() == ""  # ready for the next name
    assert "1" in w.counts.text() and "4" in w.counts.text()

    # Late, by selecting the row and pressing the button.
    w.attendance_table.selectRow(0)  # Bo Ærø (Danish order: B, S, Z, Å)
    qtbot.mouseClick(w.state_buttons[A.LATE], Qt.MouseButton.LeftButton)
    assert state_of(db, mid, "Bo Ærø") == A.LATE
    w.attendance_table.selectRow(3)
    qtbot.mouseClick(w.state_buttons[A.EXCUSED], Qt.MouseButton.LeftButton)
    assert state_of(db, mid, "Åse Kjærgaard") == A.EXCUSED
    assert w.counts.text().startswith("2")


def test_move_through_items_by_keyboard_and_type_notes(qtbot, mode, db):
    w, mid, _ = mode
    assert w.current_item().title == "Velkomst"  # meeting mode starts at the first item
    w.notes.setFocus()
    qtbot.keyClicks(w.notes, "Alle er velkomne")
    qtbot.keyClick(w, Qt.Key.Key_PageDown)
    assert w.current_item().title == "Vidensoplæg"
    qtbot.keyClicks(w.notes, "Oplæg om pårørende & <b>inddragelse</b>")
    qtbot.waitUntil(lambda: w.saved_label.text().startswith(("Saved", "Gemt")), timeout=3000)
    qtbot.keyClick(w, Qt.Key.Key_PageUp)
    assert w.notes.toPlainText() == "Alle er velkomne"
    with db.reading() as s:
        m = minutes.minutes(s, mid)
    assert [i.notes for i in m.items[:2]] == ["Alle er velkomne", "Oplæg om pårørende & <b>inddragelse</b>"]


def test_add_a_decision_and_an_action_item(qtbot, mode, db):
    w, mid, ids = mode
    w.step(+1)
    qtbot.keyClicks(w.decision_edit, "Vi spreder oplægget i egne afdelinger")
    qtbot.keyClick(w.decision_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(w.action_text, "Fortæl om oplægget på afdelingsmødet")
    w.action_owner.setCurrentIndex(w.action_owner.findText("Åse Kjærgaard"))
    w.action_spread.setChecked(True)
    qtbot.keyClick(w.action_text, Qt.Key.Key_Return)
    with db.reading() as s:
        item = minutes.minutes(s, mid).items[1]
    assert [d.text for d in item.decisions] == ["Vi spreder oplægget i egne afdelinger"]
    (action,) = item.actions
    assert (action.text, action.owner, action.dissemination) == (
        "Fortæl om oplægget på afdelingsmødet", "Åse Kjærgaard", True)
    assert w.decisions.count() == 1 and "Åse Kjærgaard" in w.actions.item(0).text()


def test_guest_can_own_an_action(qtbot, mode, db):
    w, mid, _ = mode
    qtbot.keyClicks(w.guest_name, "Ole Oplægsholder")
    qtbot.keyClicks(w.guest_org, "ViBIS")
    qtbot.keyClick(w.guest_name, Qt.Key.Key_Return)
    assert w.guests.count() == 1
    assert w.action_owner.findText("Ole Oplægsholder", Qt.MatchFlag.MatchStartsWith) > 0


def test_timer_turns_amber_then_red(qtbot, db, ops, group_ids):
    """The rule itself is tested in test_rules.py; here: the colour and words the facilitator sees."""
    mid, _ = make_meeting(db, group_ids)
    started = utcnow() - dt.timedelta(minutes=13)
    with db.session() as s:
        minutes.go_to_item(s, mid, 0, now=started)  # "Velkomst" (15 minutes) has run for 13 of them
    w = MeetingModeWindow(ops, mid)
    qtbot.addWidget(w)
    w.show()
    assert w.timer_label.text().startswith("13:0") and w.timer_label.text().endswith(" / 15:00")
    assert text_colour(w.timer_label) == AMBER
    assert w.timer_caption.text() == "Nearly at the planned time"

    with db.session() as s:
        minutes.stop_clock(s, mid, now=started + dt.timedelta(minutes=16))  # now 16 of 15 minutes
    w.reload()
    assert text_colour(w.timer_label) == texts.warning_color()
    assert "1:00" in w.timer_caption.text() and w.timer_label.text().startswith("16:0")
    assert clock(65) == "1:05" and clock(3725) == "1:02:05"


def test_open_followups_show_at_the_next_meeting(qtbot, db, ops, group_ids):
    mid, ids = make_meeting(db, group_ids)
    with db.session() as s:
        item = agenda_service.agenda(s, mid).rows[1]
        minutes.add_action(s, item.id, minutes.ActionInput("Spred viden", dissemination=True))
        nxt = meetings.create_meeting(s, MeetingInput(title="Næste", date=dt.date(2026, 5, 1), start=dt.time(9),
                                                      end=dt.time(12), group_ids=[group_ids["Klinikere"]])).id
    w = MeetingModeWindow(ops, nxt)
    qtbot.addWidget(w)
    w.show()
    assert w.followups_box.isVisible() and "Spred viden" in w.followups.item(0).text()
    w.followups.setCurrentRow(0)
    qtbot.mouseClick(w.followup_done_button, Qt.MouseButton.LeftButton)
    assert w.followups.count() == 0


def test_approved_minutes_are_locked_until_unlocked_with_a_reason(qtbot, db, ops, group_ids):
    mid, _ = make_meeting(db, group_ids)
    with db.session() as s:
        minutes.mark_held(s, mid)
        minutes.approve_minutes(s, mid)
    w = MeetingModeWindow(ops, mid)
    qtbot.addWidget(w)
    w.show()
    assert w.lock_banner.isVisible() and w.notes.isReadOnly()
    qtbot.keyClicks(w.unlock_reason, "Rettelse af stavefejl")
    qtbot.mouseClick(w.unlock_button, Qt.MouseButton.LeftButton)
    assert not w.lock_banner.isVisible() and not w.notes.isReadOnly()


def test_f11_toggles_full_screen(qtbot, mode):
    w, _, _ = mode
    qtbot.keyClick(w, Qt.Key.Key_F11)
    assert w.isFullScreen()
    qtbot.keyClick(w, Qt.Key.Key_F11)
    assert not w.isFullScreen()


CRASHING_MEETING = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    from tankapp.storage import open_database
    from tankapp.ui.meeting_mode.window import MeetingModeWindow
    from tankapp.ui.ops import Operations
    from tankapp.domain.enums import AttendanceStatus
    app = QApplication([])
    db = open_database(sys.argv[1])
    w = MeetingModeWindow(Operations(db), int(sys.argv[2]))
    w.show()
    QTest.keyClicks(w.filter, "bo")
    from PySide6.QtCore import Qt
    QTest.keyClick(w.filter, Qt.Key.Key_Return)  # checks Bo in
    w.notes.setFocus()
    QTest.keyClicks(w.notes, "Noter skrevet lige inden strømmen gik")
    deadline = time.monotonic() + 1.5  # about a second: the notes save themselves
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    print("typed", flush=True)
    time.sleep(60)  # the test kills us here, mid-meeting
""")


def test_killing_the_app_mid_meeting_loses_nothing_typed(db, group_ids, tmp_path):
    mid, _ = make_meeting(db, group_ids)
    db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", CRASHING_MEETING, str(db.path), str(mid)],
                            stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout.readline().strip() == "typed"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL

    from tankapp.storage import open_database

    with open_database(db.path) as again, again.reading() as s:
        m = minutes.minutes(s, mid)
        states = {r.name: r.status for r in attendance.attendance(s, mid).rows}
    assert m.items[0].notes == "Noter skrevet lige inden strømmen gik"
    assert states["Bo Ærø"] == A.PRESENT


def test_a_digest_from_another_group_shows_in_meeting_mode(qtbot, db, ops, group_ids):
    from tankapp.domain.enums import MeetingStatus
    from tankapp.services.sharing import exchange as sharing

    source, _ = make_meeting(db, group_ids)
    with db.session() as s:
        first = agenda_service.agenda(s, source).rows[0]
        minutes.set_notes(s, first.id, "Klinikerne vil afprøve fælles beslutningstagning")
        meetings.set_status(s, source, MeetingStatus.HELD)
        target = meetings.create_meeting(s, MeetingInput(title="Ledermøde", date=dt.date(2026, 4, 20),
                                                         start=dt.time(9), end=dt.time(12),
                                                         group_ids=[group_ids["Ledere"]])).id
        keys = [p.key for p in sharing.digest_sources(s, source).pieces]
        sharing.create_digest(s, source, target, keys)
    w = MeetingModeWindow(ops, target)
    qtbot.addWidget(w)
    w.show()
    assert w.current_item().title.startswith("Nyt fra Klinikere")
    assert "fælles beslutningstagning" in w.item_description.text()
    assert w.item_description.isVisible()


def test_capture_a_contribution_from_meeting_mode_by_keyboard(qtbot, mode, db, group_ids):
    from tankapp.domain.enums import ContributionKind
    from tankapp.services.contributions import register as contributions

    w, mid, _ = mode
    w.step(+1)  # at "Vidensoplæg"
    w.notes.setFocus()
    qtbot.keyClicks(w.notes, "Noter")
    qtbot.keyClick(w.notes, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Alt+2: a barrier
    assert w.capture.isVisible()
    qtbot.keyClicks(w.capture.focusWidget(), "Ledelsen efterspørger ikke brugernes viden")
    qtbot.keyClick(w.capture.focusWidget(), Qt.Key.Key_Return)
    assert not w.capture.isVisible()
    with db.reading() as s:
        (c,) = contributions.list_contributions(s)
    assert (c.title, c.kind, c.meeting_id, c.group) == (
        "Ledelsen efterspørger ikke brugernes viden", ContributionKind.BARRIER, mid, "Klinikere")
    assert c.agenda_item_id == w.current_item().id
    assert w.notes.toPlainText() == "Noter"  # the meeting's notes were not disturbed


def test_the_between_groups_tab_counts_open_questions_and_loads_when_shown(qtbot, db, ops, group_ids):
    from tankapp.services.sharing import exchange as sharing

    mid, _ = make_meeting(db, group_ids)
    with db.session() as s:
        sharing.ask(s, group_ids["Ledere"], group_ids["Klinikere"], "Hvordan inddrager I de pårørende?",
                    on=dt.date(2026, 3, 1))
    w = MeetingModeWindow(ops, mid)
    qtbot.addWidget(w)
    w.show()
    assert w.right_tabs.tabText(SHARING_TAB).endswith("(1)") and w.sharing is None  # not read on opening
    w.right_tabs.setCurrentIndex(SHARING_TAB)
    assert w.sharing is not None and w.sharing.isVisible()
    assert "pårørende" in w.sharing.questions.item(0).text()


# ------------------------------------------------------------------ following changes made elsewhere


def test_approving_the_minutes_elsewhere_locks_an_open_meeting_mode_at_once(qtbot, mode, ops):
    w, mid, _ = mode
    qtbot.keyClicks(w.notes, "Skrevet før godkendelsen")
    end_meeting(qtbot, w)  # saves the notes, then ends the meeting: held
    assert w.meeting.status == MeetingStatus.HELD and not w.lock_banner.isVisible()
    ops.meetings.approve_minutes(mid)  # the meetings page's "Approve minutes"
    assert w.lock_banner.isVisible() and w.notes.isReadOnly()
    assert not w.state_buttons[A.PRESENT].isEnabled() and not w.end_button.isEnabled()
    assert w.notes.toPlainText() == "Skrevet før godkendelsen"


def test_a_change_elsewhere_shows_at_once(qtbot, mode, db, ops):
    from tankapp.ui.ops import Changes

    w, mid, ids = mode
    ops.meeting_mode.set_attendance(mid, ids["Zeki Ünal"], A.PRESENT)  # e.g. from another window
    assert w.counts.text().startswith("1")
    with db.session() as s:  # as the agenda editor would, announcing it
        agenda_service.add_item(s, mid, ItemInput(title="Eventuelt", planned_minutes=5))
    ops.announce(Changes.of(agenda=[mid]))
    assert w.agenda_list.count() == 4 and "Eventuelt" in w.agenda_list.item(3).text()
    assert w.current_item().title == "Velkomst"


def test_meeting_mode_announces_what_it_changes(qtbot, mode, ops):
    from tankapp.domain.enums import ContributionKind
    from tankapp.ui.ops import Kind

    w, mid, ids = mode
    seen = []
    ops.changed.connect(seen.append)
    w.filter.setText("bo")
    qtbot.keyClick(w.filter, Qt.Key.Key_Return)
    assert seen[-1].ids_of(Kind.ATTENDANCE) == {mid}
    end_meeting(qtbot, w)
    assert seen[-1].ids_of(Kind.MEETING) == {mid} and seen[-1].touches(Kind.MINUTES)
    assert seen[-1].ids_of(Kind.ATTENDANCE) == {mid}  # the still-invited were settled
    w.capture.request(ContributionKind.PROMOTER)
    w.capture.form.title.setText("Pårørende med i rådet")
    new_id = w.capture.save()
    assert new_id is not None and seen[-1].ids_of(Kind.CONTRIBUTION) == {new_id}


# ------------------------------------------------------------------ opening a big meeting


def _generator():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "generate.py"
    spec = importlib.util.spec_from_file_location("tankapp_bench_generate", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_opening_a_big_joint_meeting_takes_few_statements(qtbot, empty_db):
    """557 invited from six groups, follow-ups, an open question: at most 15 SQL statements to open."""
    from sqlalchemy import event

    from tankapp.services.sharing import exchange as sharing

    db = empty_db
    info = _generator().generate(db, 100)  # scale 100: 600 groups, 10,000 members (about 3 s)
    mid = info.big_meeting_id
    assert info.big_meeting_invited > 500 and len(info.big_meeting_group_ids) == 6
    with db.session() as s:  # a little of everything meeting mode shows
        item = agenda_service.agenda(s, mid).rows[1]
        minutes.add_decision(s, item.id, "Vi mødes igen")
        minutes.add_action(s, item.id, minutes.ActionInput("Del oplægget", dissemination=True))
        attendance.add_guest(s, mid, "Ole Oplægsholder", "ViBIS")
        others = [g for g in sharing.askable_groups(s, mid)[1]][:1]
        sharing.ask(s, others[0].id, info.big_meeting_group_ids[0], "Hvordan gør I?", on=info.today)
    with db.reading() as s:
        assert minutes.minutes(s, mid).current_position is None  # opening starts the first item: a write too

    statements = []

    def count(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    ops = Operations(db)
    event.listen(db.engine, "before_cursor_execute", count)
    try:
        w = MeetingModeWindow(ops, mid)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    qtbot.addWidget(w)
    assert len(statements) <= 15, "\n".join(s.split("\n")[0][:120] for s in statements)

    assert w.attendance_model.rowCount() == info.big_meeting_invited
    assert w.current_item().position == 0 and w.current_item().running
    assert w.guests.count() == 1 and w.followups.count() >= 1
    assert w.right_tabs.tabText(SHARING_TAB).endswith("(1)")  # one open question to the meeting's groups
    assert w.minutes.items[1].decisions[0].text == "Vi mødes igen"

    statements.clear()
    event.listen(db.engine, "before_cursor_execute", count)
    try:
        again = MeetingModeWindow(ops, mid)  # started already: one read
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    qtbot.addWidget(again)
    assert len(statements) <= 10


# ------------------------------------------------------------------ check-in by typing: never the wrong person


def test_enter_on_several_matches_checks_in_no_one_and_says_so(qtbot, db, ops, group_ids):
    mid, _ids = make_meeting(db, group_ids, names=("Anne Holm", "Anne Lund", "Bo Ærø"))
    w = MeetingModeWindow(ops, mid)
    qtbot.addWidget(w)
    w.show()
    qtbot.keyClicks(w.filter, "anne")
    assert w.attendance_proxy.rowCount() == 2
    qtbot.keyClick(w.filter, Qt.Key.Key_Return)
    assert state_of(db, mid, "Anne Holm") is None and state_of(db, mid, "Anne Lund") is None
    assert "2" in w.statusBar().currentMessage()
    assert w.filter.text() == "anne"  # nothing was done: the typing stays to be refined
    qtbot.keyClicks(w.filter, " lu")
    qtbot.keyClick(w.filter, Qt.Key.Key_Return)
    assert state_of(db, mid, "Anne Lund") == A.PRESENT and state_of(db, mid, "Anne Holm") is None


def test_enter_with_no_match_says_so(qtbot, mode, db):
    w, mid, _ = mode
    qtbot.keyClicks(w.filter, "xyz")
    qtbot.keyClick(w.filter, Qt.Key.Key_Return)
    assert w.statusBar().currentMessage() != ""
    assert all(state_of(db, mid, n) is None for n in ("Åse Kjærgaard", "Bo Ærø"))


def test_a_check_in_and_a_late_time_can_be_undone_and_redone(qtbot, mode, db):
    w, mid, _ = mode
    qtbot.keyClicks(w.filter, "zeki")
    qtbot.keyClick(w.filter, Qt.Key.Key_Return)
    assert state_of(db, mid, "Zeki Ünal") == A.PRESENT
    qtbot.keyClick(w.filter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z right after Enter
    assert state_of(db, mid, "Zeki Ünal") is None
    assert w.counts.text().startswith("0")
    w.redo_action.trigger()
    assert state_of(db, mid, "Zeki Ünal") == A.PRESENT

    # late with its time, then absent; undo brings back late with the same time
    row = next(r for r in w.attendance_model.rows() if r.name == "Zeki Ünal")
    w.set_state(A.LATE, row)
    with db.reading() as s:
        late = next(r for r in attendance.attendance(s, mid).rows if r.name == "Zeki Ünal").arrived_at
    row = next(r for r in w.attendance_model.rows() if r.name == "Zeki Ünal")
    w.set_state(A.ABSENT, row)
    w.undo_action.trigger()
    with db.reading() as s:
        again = next(r for r in attendance.attendance(s, mid).rows if r.name == "Zeki Ünal")
    assert (again.status, again.arrived_at) == (A.LATE, late)
