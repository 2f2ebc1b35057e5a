"""Planning meetings and building agendas (services, no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from tankapp.domain.enums import AgendaItemKind as Kind
from tankapp.domain.enums import MeetingFormat, MeetingStatus
from tankapp.services.meetings import agenda as agenda_service
from tankapp.services.meetings import planning as meetings
from tankapp.services.members import registry as member_service
from tankapp.services.meetings.agenda import ItemInput
from tankapp.services.errors import ServiceError, ValidationError
from tankapp.services.meetings.planning import MeetingInput

T = dt.time


def plan(db, group_ids, *groups, day=dt.date(2026, 3, 12), start=T(9, 30), end=T(12, 30), title="Møde", **kw):
    data = MeetingInput(
        title=title, date=day, start=start, end=end, group_ids=[group_ids[g] for g in groups], **kw
    )
    with db.session() as s:
        return meetings.create_meeting(s, data).id


def codes(exc: ValidationError) -> set[str]:
    return {p.code for p in exc.problems}


# ---------------------------------------------------------------- meetings


def test_plan_a_meeting_and_list_it(db, group_ids):
    mid = plan(db, group_ids, "Klinikere", title="Opstartsmøde", place="ViBIS, Ørestad", facilitators="Karen Friis")
    with db.reading() as s:
        (m,) = meetings.list_meetings(s)
    assert (m.id, m.title, m.groups, m.status, m.place) == (
        mid, "Opstartsmøde", ("Klinikere",), MeetingStatus.PLANNED, "ViBIS, Ørestad")
    assert m.as_dict()["start"] == "09:30" and m.as_dict()["groups"] == ["Klinikere"]


def test_joint_meeting_belongs_to_each_group(db, group_ids):
    plan(db, group_ids, "Ledere", "Kvalitetskonsulenter", title="Fællesmøde")
    plan(db, group_ids, "Forskere", title="Forskermøde", day=dt.date(2026, 4, 1))
    with db.reading() as s:
        ledere = meetings.list_meetings(s, group_id=group_ids["Ledere"])
        forskere = meetings.list_meetings(s, group_id=group_ids["Forskere"])
    assert [m.title for m in ledere] == ["Fællesmøde"] and ledere[0].joint
    assert ledere[0].groups == ("Ledere", "Kvalitetskonsulenter")
    assert [m.title for m in forskere] == ["Forskermøde"]


def test_meetings_are_listed_by_date_and_time(db, group_ids):
    plan(db, group_ids, "Brugere", title="C", day=dt.date(2026, 5, 1))
    plan(db, group_ids, "Brugere", title="B", day=dt.date(2026, 3, 1), start=T(13, 0), end=T(15, 0))
    plan(db, group_ids, "Ledere", title="A", day=dt.date(2026, 3, 1), start=T(9, 0), end=T(11, 0))
    with db.reading() as s:
        assert [m.title for m in meetings.list_meetings(s)] == ["A", "B", "C"]


def test_end_before_start_is_refused_with_a_clear_message(db, group_ids):
    with pytest.raises(ValidationError) as err:
        plan(db, group_ids, "Klinikere", start=T(13, 0), end=T(9, 0))
    assert codes(err.value) == {"meeting_end_before_start"}
    assert "13:00" in str(err.value) and "09:00" in str(err.value)
    with pytest.raises(ValidationError):
        plan(db, group_ids, "Klinikere", start=T(13, 0), end=T(13, 0))


@pytest.mark.parametrize("day", [dt.date(2025, 12, 31), dt.date(2027, 4, 1)])
def test_date_outside_the_project_period_is_refused(db, group_ids, day):
    with pytest.raises(ValidationError) as err:
        plan(db, group_ids, "Klinikere", day=day)
    assert codes(err.value) == {"meeting_outside_period"}
    assert "01.01.2026" in str(err.value) and "31.03.2027" in str(err.value)


def test_first_and_last_day_of_the_period_are_allowed(db, group_ids):
    first = plan(db, group_ids, "Klinikere", title="Første", day=dt.date(2026, 1, 1))
    last = plan(db, group_ids, "Klinikere", title="Sidste", day=dt.date(2027, 3, 31))
    with db.reading() as s:
        listed = [(m.id, m.title, m.date) for m in meetings.list_meetings(s)]
    assert listed == [(first, "Første", dt.date(2026, 1, 1)), (last, "Sidste", dt.date(2027, 3, 31))]


def test_title_and_group_are_required(db):
    with db.session() as s, pytest.raises(ValidationError) as err:
        meetings.create_meeting(s, MeetingInput(title=" ", date=dt.date(2026, 3, 1), start=T(9), end=T(12)))
    assert codes(err.value) == {"meeting_title_required", "meeting_groups_required"}


def test_same_day_is_a_warning_not_a_refusal(db, group_ids):
    plan(db, group_ids, "Klinikere", title="Formiddag")
    data = MeetingInput(title="Eftermiddag", date=dt.date(2026, 3, 12), start=T(13), end=T(15),
                        group_ids=[group_ids["Klinikere"], group_ids["Forskere"]])
    with db.session() as s:
        warnings = meetings.meeting_warnings(s, data)
        assert [(w.code, w.params["group"], w.params["title"]) for w in warnings] == [
            ("meeting_same_day", "Klinikere", "Formiddag")]
        mid = meetings.create_meeting(s, data).id  # still allowed
        # Editing that meeting does not warn about itself.
        assert len(meetings.meeting_warnings(s, data, meeting_id=mid)) == 1
    with db.reading() as s:
        assert len(meetings.list_meetings(s)) == 2


def test_cancelled_meeting_does_not_warn(db, group_ids):
    mid = plan(db, group_ids, "Klinikere")
    with db.session() as s:
        meetings.set_status(s, mid, MeetingStatus.CANCELLED)
        data = MeetingInput(title="x", date=dt.date(2026, 3, 12), start=T(9), end=T(10),
                            group_ids=[group_ids["Klinikere"]])
        assert meetings.meeting_warnings(s, data) == []


def test_progress_counts_a_joint_meeting_once_toward_the_target(db, group_ids):
    a = plan(db, group_ids, "Ledere", "Kvalitetskonsulenter", title="Fælles")
    b = plan(db, group_ids, "Ledere", title="Ledere alene", day=dt.date(2026, 4, 2))
    plan(db, group_ids, "Forskere", title="Planlagt", day=dt.date(2026, 5, 2))
    c = plan(db, group_ids, "Brugere", title="Aflyst", day=dt.date(2026, 5, 3))
    with db.session() as s:
        meetings.set_status(s, a, MeetingStatus.HELD)
        meetings.set_status(s, b, MeetingStatus.HELD)
        meetings.set_status(s, c, MeetingStatus.CANCELLED)
        p = meetings.progress(s)
    assert (p.target, p.held, p.planned, p.cancelled, p.joint_held, p.remaining) == (18, 2, 1, 1, 1, 16)
    assert p.held_by_group["Ledere"] == 2
    assert p.held_by_group["Kvalitetskonsulenter"] == 1
    assert p.held_by_group["Forskere"] == 0


def test_commitment_counts_meetings_while_a_member(db, group_ids):
    with db.session() as s:
        early = member_service.add_member(s, member_service.MemberInput(name="Tidlig", group_id=group_ids["Klinikere"])).id
        late = member_service.add_member(
            s, member_service.MemberInput(name="Sen", group_id=group_ids["Klinikere"], joined_on=dt.date(2026, 4, 1))).id
        gone = member_service.add_member(
            s, member_service.MemberInput(name="Udtrådt", group_id=group_ids["Klinikere"],
                                          withdrawn_on=dt.date(2026, 3, 31))).id
        other = member_service.add_member(s, member_service.MemberInput(name="Leder", group_id=group_ids["Ledere"])).id
    plan(db, group_ids, "Klinikere", day=dt.date(2026, 3, 12))
    plan(db, group_ids, "Klinikere", "Ledere", day=dt.date(2026, 5, 12))
    cancelled = plan(db, group_ids, "Klinikere", day=dt.date(2026, 6, 12))
    with db.session() as s:
        meetings.set_status(s, cancelled, MeetingStatus.CANCELLED)
        counts = meetings.commitment_counts(s)
    assert counts.get(early) == 2
    assert counts.get(late) == 1
    assert counts.get(gone) == 1
    assert counts.get(other) == 1


# ---------------------------------------------------------------- agenda


def build(db, mid, *items):
    with db.session() as s:
        return [agenda_service.add_item(s, mid, ItemInput(title=t, kind=k, planned_minutes=m)).id for t, k, m in items]


def test_start_times_follow_from_the_meeting_start(db, group_ids):
    mid = plan(db, group_ids, "Klinikere", start=T(9, 30), end=T(12, 0))
    build(db, mid, ("Velkomst", Kind.WELCOME, 15), ("Vidensoplæg", Kind.KNOWLEDGE_PRESENTATION, 45),
          ("Pause", Kind.BREAK, 20))
    with db.reading() as s:
        a = agenda_service.agenda(s, mid)
    assert [(r.title, r.start, r.end) for r in a.rows] == [
        ("Velkomst", T(9, 30), T(9, 45)), ("Vidensoplæg", T(9, 45), T(10, 30)), ("Pause", T(10, 30), T(10, 50))]
    assert a.overrun_minutes == 0 and not any(r.overruns for r in a.rows)


def test_agenda_warns_when_it_runs_past_the_end(db, group_ids):
    mid = plan(db, group_ids, "Klinikere", start=T(9, 0), end=T(10, 0))
    build(db, mid, ("A", Kind.OTHER, 40), ("B", Kind.OTHER, 30))
    with db.reading() as s:
        a = agenda_service.agenda(s, mid)
    assert a.overrun_minutes == 10
    assert [r.overruns for r in a.rows] == [False, True]


def test_insert_move_remove_and_restore_keep_positions(db, group_ids):
    mid = plan(db, group_ids, "Klinikere")
    a, b, c = build(db, mid, ("A", Kind.OTHER, 10), ("B", Kind.OTHER, 10), ("C", Kind.OTHER, 10))

    def order():
        with db.reading() as s:
            return [r.title for r in agenda_service.agenda(s, mid).rows]

    with db.session() as s:
        assert agenda_service.move_item(s, c, 0) == 2
    assert order() == ["C", "A", "B"]
    with db.session() as s:
        agenda_service.add_item(s, mid, ItemInput(title="Ny"), position=1)
    assert order() == ["C", "Ny", "A", "B"]
    with db.session() as s:
        snapshot = agenda_service.remove_item(s, a)
    assert order() == ["C", "Ny", "B"]
    with db.session() as s:
        restored = agenda_service.restore_item(s, snapshot)
        assert restored.uuid == snapshot.uuid
    assert order() == ["C", "Ny", "A", "B"]
    with db.reading() as s:
        assert [r.position for r in agenda_service.agenda(s, mid).rows] == [0, 1, 2, 3]


def test_item_needs_a_title_and_sane_minutes(db, group_ids):
    mid = plan(db, group_ids, "Klinikere")
    with db.session() as s, pytest.raises(ValidationError) as err:
        agenda_service.add_item(s, mid, ItemInput(title="", planned_minutes=-5))
    assert codes(err.value) == {"item_title_required", "item_minutes_range"}


def test_builtin_templates_fit_their_meeting_format(db):
    with db.reading() as s:
        templates = {t.key: t for t in agenda_service.list_templates(s)}
    half, full = templates["builtin:half_day"], templates["builtin:full_day"]
    assert (half.format, full.format) == (MeetingFormat.HALF_DAY, MeetingFormat.FULL_DAY)
    for t in (half, full):  # each fills its format's default times exactly, without running over
        start, end = meetings.DEFAULT_TIMES[t.format]
        assert t.total_minutes == (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    for t in (half, full):
        kinds = {i.kind for i in t.items}
        assert {Kind.KNOWLEDGE_PRESENTATION, Kind.DISSEMINATION_DISCUSSION, Kind.CONTRIBUTIONS_ROUND} <= kinds


def test_new_meeting_from_template_and_save_agenda_as_template(db, group_ids):
    mid = plan(db, group_ids, "Klinikere", start=T(9, 30), end=T(12, 30))
    with db.session() as s:
        agenda_service.apply_template(s, mid, "builtin:half_day")
    with db.reading() as s:
        a = agenda_service.agenda(s, mid)
    assert a.rows[0].title == "Velkomst og præsentation" and a.overrun_minutes == 0
    assert a.planned_end == T(12, 30)

    with db.session() as s:
        agenda_service.update_item(s, a.rows[1].id, ItemInput(title="Vidensoplæg om pårørende",
                                                              kind=Kind.KNOWLEDGE_PRESENTATION, planned_minutes=50))
        saved = agenda_service.save_as_template(s, mid, "Klinikermøde")
        key = f"saved:{saved.id}"
        with pytest.raises(ValidationError):
            agenda_service.save_as_template(s, mid, "KLINIKERMØDE")
    other = plan(db, group_ids, "Ledere", day=dt.date(2026, 4, 1))
    with db.session() as s:
        agenda_service.apply_template(s, other, key)
    with db.reading() as s:
        titles = [r.title for r in agenda_service.agenda(s, other).rows]
    assert titles[1] == "Vidensoplæg om pårørende" and len(titles) == 6
    with db.session() as s:
        with pytest.raises(ServiceError):
            agenda_service.delete_template(s, "builtin:half_day")
        agenda_service.delete_template(s, key)
        assert key not in {t.key for t in agenda_service.list_templates(s)}


def test_deleting_a_meeting_removes_its_agenda(db, group_ids):
    mid = plan(db, group_ids, "Klinikere")
    build(db, mid, ("A", Kind.OTHER, 10))
    with db.session() as s:
        meetings.delete_meeting(s, mid)
    with db.reading() as s:
        from sqlalchemy import func, select

        from tankapp.domain import AgendaItem

        assert s.scalar(select(func.count()).select_from(AgendaItem)) == 0


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2026, 6, 1), dt.date(2026, 6, 1)),  # inside: today
        (dt.date(2025, 12, 31), dt.date(2026, 1, 1)),  # before the period: its first day
        (dt.date(2027, 4, 1), dt.date(2027, 3, 31)),  # after it: its last day
        (dt.date(2026, 1, 1), dt.date(2026, 1, 1)),
        (dt.date(2027, 3, 31), dt.date(2027, 3, 31)),
    ],
)
def test_a_new_meeting_suggests_a_date_inside_the_project_period(today, expected):
    from tankapp.services.meetings.planning import date_within

    assert date_within(dt.date(2026, 1, 1), dt.date(2027, 3, 31), today) == expected
