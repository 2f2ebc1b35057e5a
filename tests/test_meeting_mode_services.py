"""Attendance, live minutes, action items, the item timer, approval (services, no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from tankapp.domain.enums import ActionStatus, AttendanceStatus as A, MeetingStatus
from tankapp.services.meetings import agenda as agenda_service
from tankapp.services.meeting_mode import attendance
from tankapp.services.meetings import planning as meetings
from tankapp.services.meetings import minutes
from tankapp.services.members import registry as member_service
from tankapp.services.meetings.agenda import ItemInput
from tankapp.services.errors import ServiceError, ValidationError
from tankapp.services.meetings.planning import MeetingInput
from tankapp.services.meetings.minutes import ActionInput

UTC = dt.timezone.utc


@pytest.fixture
def setup(db, group_ids):
    """A Klinikere meeting on 12.03.2026 with three items and four members (one joins later)."""
    with db.session() as s:
        def member(name, group="Klinikere", **kw):
            return member_service.add_member(s, member_service.MemberInput(name=name, group_id=group_ids[group], **kw)).id

        ids = {
            "åse": member("Åse Kjærgaard", consent_named=True),
            "bo": member("Bo Ærø"),
            "zeki": member("Zeki Ünal", consent_named=True),
            "late_joiner": member("Ny Kliniker", joined_on=dt.date(2026, 6, 1)),
            "leder": member("Lone Leder", group="Ledere"),
        }
        mid = meetings.create_meeting(
            s, MeetingInput(title="Møde", date=dt.date(2026, 3, 12), start=dt.time(9, 30), end=dt.time(12, 30),
                            group_ids=[group_ids["Klinikere"]])
        ).id
        items = [agenda_service.add_item(s, mid, ItemInput(title=t, planned_minutes=m)).id
                 for t, m in (("Velkomst", 15), ("Oplæg", 45), ("Drøftelse", 30))]
    return db, mid, ids, items


def test_invited_are_the_groups_members_that_day_sorted_danish(setup):
    db, mid, ids, _ = setup
    with db.reading() as s:
        a = attendance.attendance(s, mid)
    assert [r.name for r in a.rows] == ["Bo Ærø", "Zeki Ünal", "Åse Kjærgaard"]
    assert (a.invited, a.present, a.unregistered) == (3, 0, 3)


def test_check_in_late_left_early_excused_and_counts(setup):
    db, mid, ids, _ = setup
    with db.session() as s:
        attendance.set_attendance(s, mid, ids["åse"], A.PRESENT)
        attendance.set_attendance(s, mid, ids["bo"], A.LATE, at=dt.time(10, 5))
        attendance.set_attendance(s, mid, ids["zeki"], A.EXCUSED, note="syg")
    with db.session() as s:
        attendance.set_attendance(s, mid, ids["bo"], A.LEFT_EARLY, at=dt.time(11, 45))
        a = attendance.attendance(s, mid)
    rows = {r.name: r for r in a.rows}
    assert rows["Bo Ærø"].status == A.LEFT_EARLY
    assert (rows["Bo Ærø"].arrived_at, rows["Bo Ærø"].left_at) == (dt.time(10, 5), dt.time(11, 45))
    assert rows["Zeki Ünal"].note == "syg"
    assert (a.invited, a.present, a.excused) == (3, 2, 1)


def test_taking_a_registration_back_makes_the_member_invited_again(setup):
    db, mid, ids, _ = setup
    with db.session() as s:
        attendance.set_attendance(s, mid, ids["åse"], A.PRESENT)
        attendance.set_attendance(s, mid, ids["åse"], None)
        assert attendance.attendance(s, mid).present == 0


def test_only_invited_members_can_be_registered(setup):
    db, mid, ids, _ = setup
    with db.session() as s, pytest.raises(ValidationError) as err:
        attendance.set_attendance(s, mid, ids["leder"], A.PRESENT)
    assert err.value.code == "not_invited" and "Lone Leder" in str(err.value)


def test_guests_are_listed_beside_members(setup):
    db, mid, _, _ = setup
    with db.session() as s:
        attendance.add_guest(s, mid, "Ole Oplægsholder", "ViBIS", "oplægsholder")
        with pytest.raises(ValidationError):
            attendance.add_guest(s, mid, "  ")
        a = attendance.attendance(s, mid)
    assert [(g.name, g.organisation, g.role) for g in a.guests] == [("Ole Oplægsholder", "ViBIS", "oplægsholder")]
    assert a.guests[0].as_dict()["member_id"] is None


def test_attendance_feeds_the_commitment(setup):
    db, mid, ids, _ = setup
    with db.session() as s:
        attendance.set_attendance(s, mid, ids["åse"], A.PRESENT)
        attendance.set_attendance(s, mid, ids["zeki"], A.EXCUSED)
        meetings.set_status(s, mid, MeetingStatus.HELD)
        c = meetings.commitment(s)
    assert c.attended_count(ids["åse"]) == 1
    assert c.attended_count(ids["zeki"]) == 0
    assert c.count(ids["zeki"]) == 1  # still invited to it


def test_notes_decisions_and_actions_are_saved(setup):
    db, mid, ids, items = setup
    with db.session() as s:
        minutes.set_notes(s, items[1], "Første linje\n  anden linje med <b> & æøå ")
        minutes.add_decision(s, items[1], "Vi spreder oplægget i egne afdelinger")
        guest = attendance.add_guest(s, mid, "Ole Gæst")
        minutes.add_action(s, items[1], ActionInput("Send slides", owner_guest_id=guest.id, due_on=dt.date(2026, 3, 20)))
        minutes.add_action(s, items[1], ActionInput("Fortæl om oplægget på afdelingsmødet",
                                                     owner_member_id=ids["åse"], dissemination=True))
        with pytest.raises(ValidationError):
            minutes.add_action(s, items[1], ActionInput("x", owner_member_id=ids["åse"], owner_guest_id=guest.id))
    with db.reading() as s:
        m = minutes.minutes(s, mid)
    item = m.items[1]
    assert item.notes == "Første linje\n  anden linje med <b> & æøå "  # exactly as typed
    assert [d.text for d in item.decisions] == ["Vi spreder oplægget i egne afdelinger"]
    assert [(a.text, a.owner, a.dissemination) for a in item.actions] == [
        ("Send slides", "Ole Gæst", False), ("Fortæl om oplægget på afdelingsmødet", "Åse Kjærgaard", True)]


def test_open_dissemination_actions_show_at_the_groups_next_meeting(setup, group_ids):
    db, mid, ids, items = setup
    with db.session() as s:
        spread = minutes.add_action(s, items[2], ActionInput("Spred viden", owner_member_id=ids["åse"], dissemination=True))
        minutes.add_action(s, items[2], ActionInput("Book lokale"))  # not about spreading
        done = minutes.add_action(s, items[2], ActionInput("Allerede gjort", dissemination=True))
        minutes.set_action_status(s, done.id, ActionStatus.DONE)
        nxt = meetings.create_meeting(s, MeetingInput(title="Næste", date=dt.date(2026, 5, 1), start=dt.time(9),
                                                      end=dt.time(12), group_ids=[group_ids["Klinikere"]])).id
        other = meetings.create_meeting(s, MeetingInput(title="Ledere", date=dt.date(2026, 5, 2), start=dt.time(9),
                                                        end=dt.time(12), group_ids=[group_ids["Ledere"]])).id
        assert [a.text for a in minutes.open_followups(s, nxt)] == ["Spred viden"]
        assert minutes.open_followups(s, other) == []
        assert minutes.open_followups(s, mid) == []  # not its own
        minutes.set_action_status(s, spread.id, ActionStatus.DONE)
        assert minutes.open_followups(s, nxt) == []


def test_item_timer_adds_up_time_while_current(setup):
    db, mid, _, items = setup
    t0 = dt.datetime(2026, 3, 12, 8, 30, tzinfo=UTC)
    with db.session() as s:
        minutes.go_to_item(s, mid, 0, now=t0)
        minutes.go_to_item(s, mid, 1, now=t0 + dt.timedelta(minutes=20))
        minutes.go_to_item(s, mid, 0, now=t0 + dt.timedelta(minutes=30))  # back for a moment
        minutes.go_to_item(s, mid, 1, now=t0 + dt.timedelta(minutes=32))
        m = minutes.minutes(s, mid, now=t0 + dt.timedelta(minutes=40))
    assert m.current_position == 1
    assert m.items[0].elapsed_seconds == 22 * 60
    assert m.items[1].elapsed_seconds == 18 * 60 and m.items[1].running
    assert not m.items[0].running


def test_approved_minutes_need_a_recorded_unlock(setup):
    db, mid, ids, items = setup
    with db.session() as s:
        with pytest.raises(ServiceError):
            minutes.approve_minutes(s, mid)  # not held yet
        minutes.mark_held(s, mid)
        minutes.approve_minutes(s, mid, on=dt.date(2026, 3, 20))
    with db.session() as s:
        for attempt in (
            lambda: minutes.set_notes(s, items[0], "ændret"),
            lambda: minutes.add_decision(s, items[0], "ny"),
            lambda: attendance.set_attendance(s, mid, ids["åse"], A.PRESENT),
        ):
            with pytest.raises(ServiceError) as err:
                attempt()
            assert err.value.code == "minutes_locked" and "20.03.2026" in str(err.value)
        with pytest.raises(ValidationError):
            minutes.unlock_minutes(s, mid, "  ")
        minutes.unlock_minutes(s, mid, "Stavefejl i navn")
        minutes.set_notes(s, items[0], "rettet")
        uuid = meetings.get_meeting(s, mid).uuid
    with db.reading() as s:
        log = minutes.audit_log(s, uuid)
    assert [(e.action, e.note) for e in log] == [("minutes_approved", ""), ("minutes_unlocked", "Stavefejl i navn")]


def test_an_action_due_before_its_meeting_is_refused(db, group_ids):
    """A due date before the meeting that decided it is a typing slip (issue: facilitator fixes)."""
    from tankapp.services.meetings import agenda as agenda_service
    from tankapp.services.meetings import planning as meeting_service
    from tankapp.services.meetings import minutes as minutes_service
    from tankapp.services.meetings.agenda import ItemInput
    from tankapp.services.errors import ValidationError
    from tankapp.services.meetings.planning import MeetingInput

    with db.session() as s:
        mid = meeting_service.create_meeting(s, MeetingInput(
            title="Ledermøde", date=dt.date(2026, 5, 20), start=dt.time(9), end=dt.time(12),
            group_ids=[group_ids["Ledere"]])).id
        item_id = agenda_service.add_item(s, mid, ItemInput(title="Spredning", planned_minutes=30)).id
    with db.session() as s:
        with pytest.raises(ValidationError) as err:
            minutes_service.add_action(s, item_id, minutes_service.ActionInput(
                text="Send slides", due_on=dt.date(2026, 5, 19)))
        assert err.value.by_field["due_on"].code == "action_due_before_meeting"
        assert "19.05.2026" in str(err.value) and "20.05.2026" in str(err.value)
    with db.session() as s:  # the meeting's own day and later are fine
        minutes_service.add_action(s, item_id, minutes_service.ActionInput(text="Send slides", due_on=dt.date(2026, 5, 20)))


# ------------------------------------------------------------------ corrected times, a held meeting's clock, ending


def _row(db, mid, name):
    with db.reading() as s:
        return next(r for r in attendance.attendance(s, mid).rows if r.name == name)


def test_a_late_arrival_or_an_early_leaving_can_be_corrected_afterwards(setup):
    db, mid, ids, _ = setup
    with db.session() as s:
        attendance.set_attendance(s, mid, ids["bo"], A.LATE, at=dt.time(10, 5))
        attendance.set_attendance_time(s, mid, ids["bo"], dt.time(9, 50, 31))  # seconds are dropped
    assert _row(db, mid, "Bo Ærø").arrived_at == dt.time(9, 50)
    with db.session() as s:
        attendance.set_attendance(s, mid, ids["bo"], A.LEFT_EARLY, at=dt.time(11, 45))
        attendance.set_attendance_time(s, mid, ids["bo"], dt.time(12, 0))
    row = _row(db, mid, "Bo Ærø")
    assert (row.status, row.arrived_at, row.left_at) == (A.LEFT_EARLY, dt.time(9, 50), dt.time(12, 0))

    with db.session() as s, pytest.raises(ValidationError) as err:  # leaving before arriving
        attendance.set_attendance_time(s, mid, ids["bo"], dt.time(9, 0))
    assert err.value.code == "attendance_left_before_arrival" and "09.00" in str(err.value)
    with db.session() as s:
        attendance.set_attendance(s, mid, ids["åse"], A.PRESENT)
    for who in ("åse", "zeki"):  # present on time, and nothing registered: no time to correct
        with db.session() as s, pytest.raises(ValidationError) as err:
            attendance.set_attendance_time(s, mid, ids[who], dt.time(10, 0))
        assert err.value.code == "attendance_no_time"
    assert _row(db, mid, "Bo Ærø").left_at == dt.time(12, 0)  # the refusals changed nothing


def test_a_held_meeting_moves_between_items_without_its_clock_running(setup):
    from tankapp.services.meeting_mode import flow

    db, mid, _, _ = setup
    t0 = dt.datetime(2026, 3, 12, 8, 30, tzinfo=UTC)
    with db.session() as s:
        flow.go_to_item(s, mid, 0, now=t0)
        meetings.set_status(s, mid, MeetingStatus.HELD)  # marked held elsewhere while the clock ran
        assert flow.running_in_held(s, mid)
        flow.stop_if_held(s, mid, now=t0 + dt.timedelta(minutes=10))
        flow.go_to_item(s, mid, 2, now=t0 + dt.timedelta(minutes=20))
        m = minutes.minutes(s, mid, now=t0 + dt.timedelta(minutes=30))
    assert m.current_position == 2
    assert not any(i.running for i in m.items)
    assert [i.elapsed_seconds for i in m.items] == [600, 0, 0]
    with db.session() as s:
        assert flow.start(s, mid) is False  # opening a held meeting: the first item, no clock


def test_ending_settles_the_invited_moves_the_date_and_can_be_undone(setup):
    from tankapp.services.meeting_mode import flow

    db, mid, ids, _ = setup
    t0 = dt.datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
    with db.session() as s:
        flow.go_to_item(s, mid, 1, now=t0)
        attendance.set_attendance(s, mid, ids["åse"], A.PRESENT)
        q = flow.ending_questions(s, mid, today=dt.date(2026, 3, 14))
    assert [r.name for r in q.unregistered] == ["Bo Ærø", "Zeki Ünal"] and q.date_differs
    with db.session() as s:
        receipt = flow.end_meeting(s, mid, flow.EndInput(
            settle={ids["bo"]: A.ABSENT, ids["zeki"]: A.EXCUSED, ids["åse"]: A.ABSENT},  # Åse came: left alone
            move_to=dt.date(2026, 3, 14)), now=t0 + dt.timedelta(minutes=5))
    assert receipt.settled == ((ids["bo"], A.ABSENT), (ids["zeki"], A.EXCUSED))
    with db.reading() as s:
        states = {r.name: r.status for r in attendance.attendance(s, mid).rows}
        summary = meetings.meeting_summary(s, mid)
        m = minutes.minutes(s, mid)
    assert states == {"Åse Kjærgaard": A.PRESENT, "Bo Ærø": A.ABSENT, "Zeki Ünal": A.EXCUSED}
    assert (summary.status, summary.date) == (MeetingStatus.HELD, dt.date(2026, 3, 14))
    assert not any(i.running for i in m.items) and m.items[1].elapsed_seconds == 300

    with db.session() as s:  # Bo turns up after all; then the end is undone
        attendance.set_attendance(s, mid, ids["bo"], A.LATE, at=dt.time(11, 0))
        flow.undo_end(s, receipt)
    with db.reading() as s:
        states = {r.name: r.status for r in attendance.attendance(s, mid).rows}
        summary = meetings.meeting_summary(s, mid)
        m = minutes.minutes(s, mid)
    assert states == {"Åse Kjærgaard": A.PRESENT, "Bo Ærø": A.LATE, "Zeki Ünal": None}
    assert (summary.status, summary.date) == (MeetingStatus.PLANNED, dt.date(2026, 3, 12))
    assert m.current_position == 1 and m.items[1].running  # the meeting goes on


def test_ending_on_a_date_outside_the_period_changes_nothing(setup):
    from tankapp.services.meeting_mode import flow

    db, mid, ids, _ = setup
    with db.session() as s, pytest.raises(ValidationError) as err:
        flow.end_meeting(s, mid, flow.EndInput(settle={ids["bo"]: A.ABSENT}, move_to=dt.date(2031, 1, 1)))
    assert err.value.code == "meeting_outside_period"
    with db.reading() as s:
        assert meetings.meeting_summary(s, mid).status == MeetingStatus.PLANNED
        assert attendance.attendance(s, mid).unregistered == 3
    with db.session() as s, pytest.raises(ValueError):  # only absent or excused
        flow.end_meeting(s, mid, flow.EndInput(settle={ids["bo"]: A.PRESENT}))


def test_captured_contributions_and_linked_presentations(setup, tmp_path):
    from tankapp.domain.enums import ContributionKind
    from tankapp.services.contributions import register as contributions
    from tankapp.services.library import presentations as library
    from tankapp.services.meeting_mode import overview

    db, mid, ids, items = setup
    slides = tmp_path / "oplæg.pdf"
    slides.write_bytes(b"%PDF-1.4 slides")
    notes = tmp_path / "noter.txt"
    notes.write_text("noter", encoding="utf-8")
    stored = [library.store_file(slides), library.store_file(notes)]
    with db.session() as s:
        pid = library.create_presentation(s, library.PresentationInput(title="Pårørende", presenter="ViBIS")).id
        library.add_attachment(s, pid, stored[0], "oplæg.pdf")
        library.add_attachment(s, pid, stored[1], "noter.txt")
        bare = library.create_presentation(s, library.PresentationInput(title="Åben dialog")).id
        agenda_service.update_item(s, items[1], agenda_service.ItemInput(
            title="Oplæg", planned_minutes=45, presentation_ids=[bare, pid]))
        group = meetings.get_meeting(s, mid).groups[0].id
        for title in ("Tid til brugerråd", "Ledelsen spørger ikke"):
            contributions.create_contribution(s, contributions.ContributionInput(
                title=title, group_id=group, meeting_id=mid, agenda_item_id=items[1], member_id=ids["åse"],
                kind=ContributionKind.BARRIER))
    with db.reading() as s:
        linked = overview.item_presentations(s, mid)
        captured = overview.captured_contributions(s, mid)
    assert list(linked) == [items[1]]
    assert [(p.title, [f.file_name for f in p.files]) for p in linked[items[1]]] == [
        ("Pårørende", ["noter.txt", "oplæg.pdf"]), ("Åben dialog", [])]  # Danish order: Å last
    assert [(c.title, c.member_name, c.agenda_item_id) for c in captured] == [
        ("Tid til brugerråd", "Åse Kjærgaard", items[1]), ("Ledelsen spørger ikke", "Åse Kjærgaard", items[1])]
