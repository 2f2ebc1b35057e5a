"""The success criteria (``services.status``) on known data, and ``tankapp status`` as a process.

Every expected figure is worked out by hand from the data each test makes. The
think tank of the ``db`` fixture runs 1 January 2026 to 31 March 2027 (15
months), with a target of 18 meetings and the commitment 2-4.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields, is_dataclass

import pytest

from tankapp.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    ContributionInvolvement,
    ContributionKind,
    Criterion,
    EvaluationRoundKind,
    MeetingStatus,
)
from tankapp.services import status
from tankapp.services import thinktank
from tankapp.services.contributions import register
from tankapp.services.evaluation import questionnaire, responses, rounds
from tankapp.services.meeting_mode import attendance
from tankapp.services.meetings import agenda, minutes, planning
from tankapp.services.members import groups, registry
from tankapp.services.status import MemberState, State, success_criteria
from tests.helpers import db_arg, tankapp_process

KP, DD = AgendaItemKind.KNOWLEDGE_PRESENTATION, AgendaItemKind.DISSEMINATION_DISCUSSION
D = dt.date


# ---------------------------------------------------------------- building known data


def add_member(s, name: str, group_id: int, *, consent: bool = True, joined: dt.date | None = None) -> int:
    return registry.add_member(
        s, registry.MemberInput(name=name, group_id=group_id, consent_named=consent, joined_on=joined)
    ).id


def add_meeting(s, title: str, day: dt.date, group_ids, *, held: bool = False, kinds=(KP, DD)) -> int:
    m = planning.create_meeting(
        s,
        planning.MeetingInput(title=title, date=day, start=dt.time(9, 30), end=dt.time(12, 30),
                              group_ids=list(group_ids)),
    )
    for kind in kinds:
        agenda.add_item(s, m.id, agenda.ItemInput(title=kind.value, kind=kind))
    if held:
        planning.set_status(s, m.id, MeetingStatus.HELD)
    return m.id


def attend(s, meeting_id: int, member_id: int, state: AttendanceStatus = AttendanceStatus.PRESENT) -> None:
    attendance.set_attendance(s, meeting_id, member_id, state, at=dt.time(9, 30))


def set_target(s, target: int) -> None:
    thinktank.require_think_tank(s).meeting_target = target
    s.flush()


def report(db, today: dt.date) -> status.StatusReport:
    with db.reading() as s:
        return success_criteria(s, today)


def by_name(rows) -> dict[str, status.MemberAttendance]:
    return {r.name: r for r in rows}


# ---------------------------------------------------------------- (d) attendance: the boundaries


@pytest.fixture
def commitment_data(db, group_ids):
    """Brugere: two meetings held, two planned (after 1 June 2026); the target is exactly these four."""
    g = group_ids["Brugere"]
    with db.session() as s:
        ids = {name: add_member(s, name, g, consent=(name != "Bo")) for name in ("Anna", "Bo", "Cille", "Dorte")}
        first = add_meeting(s, "Første møde", D(2026, 3, 2), [g], held=True)
        second = add_meeting(s, "Andet møde", D(2026, 4, 6), [g], held=True)
        third = add_meeting(s, "Tredje møde", D(2026, 9, 7), [g])
        add_meeting(s, "Fjerde møde", D(2026, 11, 2), [g])
        attend(s, first, ids["Anna"])
        attend(s, first, ids["Bo"])
        attend(s, first, ids["Dorte"])
        attend(s, second, ids["Dorte"], AttendanceStatus.LATE)
        attend(s, second, ids["Cille"], AttendanceStatus.EXCUSED)  # afbud: not attended
        attend(s, third, ids["Bo"], AttendanceStatus.EXCUSED)  # afbud in advance: not a meeting left for Bo
        attend(s, third, ids["Cille"], AttendanceStatus.EXCUSED)
        set_target(s, 4)  # every meeting toward the target is planned: no meeting left to hope for
    return ids


def test_a_member_is_at_risk_only_when_the_meetings_left_barely_suffice(db, commitment_data):
    a = report(db, D(2026, 6, 1)).attendance
    everyone = by_name(a.members_at_risk + a.members_below)
    assert set(everyone) == {"Bo", "Cille"}
    bo, cille = everyone["Bo"], everyone["Cille"]
    # Anna: 1 attended, 2 meetings left -> can still reach 2 without coming to both: no warning.
    assert (a.reached, a.can_reach, a.at_risk, a.below) == (1, 1, 1, 1)
    # Bo: 1 attended, 1 left (afbud for the third) -> only coming to the last one is enough.
    assert (bo.attended, bo.meetings_left, bo.state) == (1, 1, MemberState.AT_RISK)
    # Cille: 0 attended, 1 left -> can no longer reach 2.
    assert (cille.attended, cille.meetings_left, cille.state) == (0, 1, MemberState.BELOW)
    assert a.state == State.NOT_MET and a.reason == "attendance_below"
    assert a.explanation == "Members who can no longer reach 2 meetings: 1."
    assert a.explanation_da == "Medlemmer, der ikke længere kan nå 2 møder: 1."
    assert a.distribution == (1, 2, 1, 0, 0, 0)  # 0, 1, 2, 3, 4 and more than 4 meetings
    (brugere,) = [g for g in a.groups if g.name == "Brugere"]
    assert (brugere.members, brugere.planned_left, brugere.unplanned) == (4, 2, 0)


def test_only_at_risk_members_make_the_criterion_at_risk(db, commitment_data):
    with db.session() as s:
        registry.withdraw_member(s, commitment_data["Cille"], on=D(2026, 5, 1))
    a = report(db, D(2026, 6, 1)).attendance
    assert a.members == 3  # a withdrawn member is not counted
    assert [r.name for r in a.members_at_risk] == ["Bo"] and a.members_below == ()
    assert a.state == State.AT_RISK and a.params == {"min": 2, "at_risk": 1}


def test_after_the_project_period_one_meeting_is_below(db, commitment_data):
    a = report(db, D(2027, 4, 1)).attendance
    below = by_name(a.members_below)
    assert set(below) == {"Anna", "Bo", "Cille"} and a.at_risk == 0 and a.reached == 1
    assert (below["Anna"].attended, below["Anna"].meetings_left) == (1, 0)
    assert a.state == State.NOT_MET and a.reason == "attendance_below_ended"


def test_no_warning_while_meetings_toward_the_target_are_not_planned_yet(db, commitment_data):
    with db.session() as s:
        set_target(s, 18)  # 18 - 2 held - 2 planned: 14 meetings not planned yet, any of them may be Brugere's
    a = report(db, D(2026, 6, 1)).attendance
    assert a.members_at_risk == () and a.members_below == ()
    assert a.state == State.ON_TRACK
    assert a.explanation == "Attended 2 meetings so far: 1 of 4 members; the others can still make it."


def test_near_the_end_meetings_not_planned_yet_stop_hiding_the_warning(db, commitment_data):
    with db.session() as s:
        set_target(s, 18)  # 14 meetings toward the target are still not planned ...
    a = report(db, D(2027, 3, 20)).attendance  # ... with 12 days left: at most one more for Brugere
    (brugere,) = [g for g in a.groups if g.name == "Brugere"]
    assert (brugere.planned_left, brugere.unplanned) == (0, 1)
    assert {r.name: r.state for r in a.members_at_risk + a.members_below} == {
        "Anna": MemberState.AT_RISK, "Bo": MemberState.AT_RISK, "Cille": MemberState.BELOW}


def test_everyone_at_the_minimum_meets_the_criterion_and_an_empty_registry_is_not_measurable(db, group_ids):
    assert report(db, D(2026, 6, 1)).attendance.state == State.NOT_YET
    g = group_ids["Ledere"]
    with db.session() as s:
        m1 = add_member(s, "Eva", g)
        one = add_meeting(s, "Et", D(2026, 2, 2), [g], held=True)
        two = add_meeting(s, "To", D(2026, 3, 2), [g], held=True)
        attend(s, one, m1)
        attend(s, two, m1, AttendanceStatus.LEFT_EARLY)
    a = report(db, D(2026, 6, 1)).attendance
    assert (a.state, a.reached, a.members) == (State.MET, 1, 1)


# ---------------------------------------------------------------- (b) meetings and the pace


def test_the_pace_needed_in_the_months_left(db, group_ids):
    gs = list(group_ids.values())
    with db.session() as s:
        for i in range(6):
            add_meeting(s, f"Møde {i}", D(2026, 1, 5) + dt.timedelta(weeks=3 * i), [gs[i]], held=True)
    m = report(db, D(2026, 7, 1)).meetings
    assert (m.held, m.remaining, m.planned_ahead) == (6, 12, 0)
    assert m.months_total == pytest.approx(15.0)
    assert m.months_left == pytest.approx(9.0)  # 1 July 2026 to 31 March 2027
    assert m.needed_per_month == pytest.approx(12 / 9)
    assert m.even_per_month == pytest.approx(18 / 15)
    assert m.expected_by_now == 7  # 18 x 181 of 455 days = 7.2
    assert m.state == State.AT_RISK and m.reason == "meetings_behind"
    assert m.explanation == "6 held and 0 planned, behind the 7 of 18 the plan expects by now; 1.3 a month needed."

    with db.session() as s:
        add_meeting(s, "Planlagt", D(2026, 8, 3), [gs[0]])
    m = report(db, D(2026, 7, 1)).meetings
    assert m.state == State.ON_TRACK and m.reason == "meetings_pace"
    assert m.explanation == "6 of 18 held, 1 planned; 12 to go in 9.0 months: 1.3 a month."
    assert m.explanation_da == "6 af 18 holdt, 1 planlagt; 12 mangler på 9,0 måneder: 1,3 om måneden."


def test_a_joint_meeting_counts_once_and_the_month_tally(db, group_ids):
    ledere, kval = group_ids["Ledere"], group_ids["Kvalitetskonsulenter"]
    with db.session() as s:
        add_meeting(s, "Fællesmøde", D(2026, 2, 16), [ledere, kval], held=True)
        add_meeting(s, "Ledere alene", D(2026, 2, 23), [ledere], held=True)
        cancelled = add_meeting(s, "Aflyst", D(2026, 3, 2), [ledere])
        forgotten = add_meeting(s, "Glemt at markere", D(2026, 4, 6), [kval])
        add_meeting(s, "Næste", D(2026, 5, 4), [kval])
        planning.set_status(s, cancelled, MeetingStatus.CANCELLED)
    m = report(db, D(2026, 4, 20)).meetings
    assert (m.held, m.joint_held, m.cancelled, m.planned_ahead) == (2, 1, 1, 1)
    by_group = {g.name: g.count for g in m.held_by_group}
    assert by_group["Ledere"] == 2 and by_group["Kvalitetskonsulenter"] == 1 and by_group["Brugere"] == 0
    assert [x.id for x in m.unmarked] == [forgotten]  # planned, dated before today: neither held nor ahead
    assert len(m.by_month) == 15 and m.by_month[0].month == D(2026, 1, 1) and m.by_month[-1].month == D(2027, 3, 1)
    assert (m.by_month[1].held, m.by_month[3].planned, m.by_month[4].planned) == (2, 0, 1)  # April: unmarked


def test_the_target_met_reached_or_missed_when_the_period_ends(db, group_ids):
    g = group_ids["Forskere"]
    with db.session() as s:
        for i in range(3):
            add_meeting(s, f"Møde {i}", D(2026, 2, 2) + dt.timedelta(weeks=i), [g], held=True)
    ended = report(db, D(2027, 4, 1)).meetings
    assert ended.state == State.NOT_MET and ended.reason == "meetings_ended"
    assert ended.months_left == 0 and ended.needed_per_month is None
    with db.session() as s:
        set_target(s, 3)
    met = report(db, D(2026, 6, 1)).meetings
    assert met.state == State.MET and met.remaining == 0 and met.needed_per_month is None
    before = report(db, D(2025, 11, 1)).meetings  # before the period: all of it is left
    assert before.months_left == pytest.approx(15.0)


# ---------------------------------------------------------------- (a) groups and their sizes


def test_groups_against_their_target_size(db, group_ids):
    sizes = {"Brugere": 9, "Klinikere": 10, "Ledere": 20, "Kvalitetskonsulenter": 21, "Forskere": 15,
             "Uddannelsesrepræsentanter": 15}
    with db.session() as s:
        for name, n in sizes.items():
            for i in range(n):
                add_member(s, f"{name} {i}", group_ids[name])
    g = report(db, D(2026, 6, 1)).groups
    shown = {x.name: (x.members, x.in_range, x.warning) for x in g.groups}
    assert shown == {
        "Brugere": (9, False, "too_few"),
        "Klinikere": (10, True, None),
        "Ledere": (20, True, None),
        "Kvalitetskonsulenter": (21, False, "too_many"),
        "Forskere": (15, True, None),
        "Uddannelsesrepræsentanter": (15, True, None),
    }
    assert g.state == State.AT_RISK and g.params == {"outside": 2, "groups": 6}
    assert report(db, D(2027, 4, 1)).groups.state == State.NOT_MET

    with db.session() as s:
        # A group's own target size counts; a withdrawn member does not.
        groups.update_group(s, group_ids["Brugere"], groups.GroupInput("Brugere", min_size=5, max_size=12))
        kval = [m for m in registry.list_members(s, group_id=group_ids["Kvalitetskonsulenter"])][0]
        registry.withdraw_member(s, kval.id, on=D(2026, 5, 1))
    g = report(db, D(2026, 6, 1)).groups
    assert g.state == State.MET and g.in_range == 6
    assert g.explanation == "All 6 groups are established and within their target size."

    with db.session() as s:
        groups.set_archived(s, group_ids["Forskere"], True)
    g = report(db, D(2026, 6, 1)).groups
    assert g.established == 5 and g.state == State.AT_RISK and g.reason == "groups_missing"
    assert g.explanation_da == "5 af 6 grupper er etableret."


# ---------------------------------------------------------------- (c) the agenda of every held meeting


def test_a_held_meeting_without_a_dissemination_item_is_listed(db, group_ids):
    g = group_ids["Klinikere"]
    with db.session() as s:
        add_meeting(s, "Komplet", D(2026, 2, 2), [g], held=True)
        lacking = add_meeting(s, "Uden spredning", D(2026, 3, 2), [g], held=True, kinds=(KP,))
        coming = add_meeting(s, "Kommende uden oplæg", D(2026, 9, 7), [g], kinds=(DD,))
    a = report(db, D(2026, 6, 1)).agenda
    assert [(x.meeting.id, x.missing) for x in a.held_missing] == [(lacking, (DD,))]
    assert [(x.meeting.id, x.missing) for x in a.planned_missing] == [(coming, (KP,))]
    assert (a.held, a.complete) == (2, 1)
    assert a.state == State.NOT_MET
    assert a.explanation == (
        "Held meetings without a knowledge presentation or a discussion of dissemination: 1 of 2.")
    r = report(db, D(2026, 6, 1))
    assert [(u.meeting.title, u.missing) for u in r.next_meetings] == [("Kommende uden oplæg", (KP,))]


def test_the_agenda_criterion_before_any_meeting_and_with_a_coming_gap(db, group_ids):
    g = group_ids["Klinikere"]
    assert report(db, D(2026, 6, 1)).agenda.state == State.NOT_YET
    with db.session() as s:
        add_meeting(s, "Kommende", D(2026, 9, 7), [g], kinds=(KP,))
    assert report(db, D(2026, 6, 1)).agenda.state == State.AT_RISK
    with db.session() as s:
        add_meeting(s, "Holdt", D(2026, 2, 2), [g], held=True)
        (item,) = [i for i in planning.list_meetings(s) if i.title == "Kommende"]
        agenda.add_item(s, item.id, agenda.ItemInput(title="Spredning", kind=DD))
    a = report(db, D(2026, 6, 1)).agenda
    assert a.state == State.ON_TRACK and a.held_missing == () and a.planned_missing == ()
    assert report(db, D(2027, 4, 1)).agenda.state == State.MET


# ---------------------------------------------------------------- (e) contributions


def test_contributions_by_kind_and_cell_and_the_held_meeting_without_any(db, group_ids):
    g = group_ids["Forskere"]
    with db.session() as s:
        with_some = add_meeting(s, "Med bidrag", D(2026, 2, 2), [g], held=True)
        without = add_meeting(s, "Uden bidrag", D(2026, 3, 2), [g], held=True)
        for title, kind, inv, crits in (
            ("Ledelsen bakker op", ContributionKind.PROMOTER, ContributionInvolvement.ORGANISATIONAL,
             {Criterion.FRAMES, Criterion.USE}),
            ("Ingen tid", ContributionKind.BARRIER, ContributionInvolvement.ORGANISATIONAL, {Criterion.FRAMES}),
            ("Ikke sorteret", ContributionKind.GAP, ContributionInvolvement.UNSPECIFIED, set()),
        ):
            register.create_contribution(s, register.ContributionInput(
                title=title, kind=kind, involvement=inv, criteria=crits, group_id=g, meeting_id=with_some))
    c = report(db, D(2026, 6, 1)).contributions
    assert c.total == 3 and c.drafts == 3 and c.unclassified == 1
    assert c.by_kind == {ContributionKind.PROMOTER: 1, ContributionKind.BARRIER: 1, ContributionKind.EXAMPLE: 0,
                         ContributionKind.GAP: 1}
    cells = {(x.involvement, x.criterion): x.count for x in c.cells}
    assert cells[(ContributionInvolvement.ORGANISATIONAL, Criterion.FRAMES)] == 2
    assert cells[(ContributionInvolvement.ORGANISATIONAL, Criterion.USE)] == 1
    assert sum(cells.values()) == 3 and c.empty_cells == 7
    assert [m.id for m in c.held_without] == [without]
    assert c.state == State.AT_RISK and c.params == {"missing": 1, "held": 2}
    assert report(db, D(2027, 4, 1)).contributions.state == State.NOT_MET


# ---------------------------------------------------------------- (f) the evaluation


def _end_round(db, group_id: int, values: list[tuple[int, int, int]], *, closes: dt.date | None = None,
               small_group: int | None = None):
    """An end round (opens 1 Feb 2027) answered by one member per row of (statement 1, 2, 3)."""
    s1, s2, s3 = questionnaire.STATEMENT_KEYS
    with db.session() as s:
        rnd = rounds.create_round(s, rounds.RoundInput(
            kind=EvaluationRoundKind.END, title="Slutevaluering", opens_on=D(2027, 2, 1), closes_on=closes,
            group_ids=[group_id] + ([small_group] if small_group else [])))
        for i, (a, b, c) in enumerate(values):
            mid = add_member(s, f"Svar {i}", group_id)
            responses.record_answers(s, rnd.id, mid, {s1: a, s2: b, s3: c}, on=D(2027, 2, 3))
        if small_group:
            mid = add_member(s, "Eneste svar", small_group)
            responses.record_answers(s, rnd.id, mid, {s1: 5, s2: 5, s3: 5}, on=D(2027, 2, 3))
    return rnd


def test_the_evaluation_keeps_the_fewer_than_five_rule(db, group_ids):
    e = report(db, D(2027, 2, 10)).evaluation
    assert e.state == State.NOT_YET and e.reason == "evaluation_no_round"
    _end_round(db, group_ids["Klinikere"], [(5, 5, 5)] * 4)
    assert report(db, D(2027, 1, 10)).evaluation.reason == "evaluation_no_round"  # not opened yet
    e = report(db, D(2027, 2, 10)).evaluation
    assert e.state == State.NOT_YET and e.reason == "evaluation_too_few" and e.answered == 4
    assert all(f.hidden and f.agree_share is None and f.mean is None for f in e.statements)
    assert e.explanation == "Too few answers to the end evaluation yet: 4 of 4 (at least 5 needed)."


def test_the_evaluation_against_the_three_statements(db, group_ids):
    # Statement 1: 5 of 6 agree; statement 2: 2 of 6 (below half); statement 3: 3 of 6 (exactly half).
    values = [(5, 4, 4), (4, 5, 5), (4, 2, 4), (4, 3, 3), (5, 1, 2), (2, 3, 1)]
    _end_round(db, group_ids["Klinikere"], values, small_group=group_ids["Ledere"])
    e = report(db, D(2027, 2, 10)).evaluation
    shares = [f.agree_share for f in e.statements]
    assert shares == pytest.approx([6 / 7, 3 / 7, 4 / 7])  # overall includes the small group's answer
    assert e.state == State.AT_RISK and e.params == {"target": 50, "below": 1, "statements": 3}
    groups_shown = {g.name: (g.shown, g.too_few, [f.agree_share for f in g.statements]) for g in e.groups}
    assert groups_shown["Ledere"] == (False, True, [None, None, None])  # one answer: nothing shown
    # Klinikere has enough answers, but its figures beside the overall ones would give Ledere's away.
    assert groups_shown["Klinikere"] == (False, False, [None, None, None])
    assert report(db, D(2027, 4, 1)).evaluation.state == State.NOT_MET  # the period has ended


def test_the_evaluation_met_and_a_closed_round(db, group_ids):
    _end_round(db, group_ids["Forskere"], [(4, 4, 4)] * 5 + [(1, 1, 1)] * 4, closes=D(2027, 2, 20))
    e = report(db, D(2027, 2, 10)).evaluation
    assert e.state == State.MET and e.closes_on == D(2027, 2, 20)
    assert e.explanation == "At least 50 % agree with each of the 3 statements (9 answers)."
    with db.session() as s:
        s1, s2, s3 = questionnaire.STATEMENT_KEYS
        rnd = rounds.list_rounds(s)[0]
        for name in ("Sen", "Senere"):
            extra = add_member(s, name, group_ids["Forskere"])
            responses.record_answers(s, rnd.id, extra, {s1: 1, s2: 1, s3: 1}, on=D(2027, 2, 15))
    e = report(db, D(2027, 2, 15)).evaluation
    assert e.statements[0].agree_share == pytest.approx(5 / 11)
    assert e.state == State.AT_RISK  # below half while the round is open
    assert report(db, D(2027, 2, 25)).evaluation.state == State.NOT_MET  # and once it has closed


# ---------------------------------------------------------------- follow-ups and personal data


@pytest.fixture
def overdue_data(db, group_ids):
    g = group_ids["Ledere"]
    with db.session() as s:
        named = add_member(s, "Åse Navngivet", g)
        hidden = add_member(s, "Skjult Person", g, consent=False)
        meeting = add_meeting(s, "Møde med opgaver", D(2026, 3, 2), [g], held=True)
        item = agenda.agenda(s, meeting).rows[0].id
        for text, owner, due, state in (
            ("Skriv til nyhedsbrevet", named, D(2026, 4, 1), ActionStatus.OPEN),
            ("Fortæl ledelsen", hidden, D(2026, 5, 31), ActionStatus.OPEN),
            ("Allerede gjort", named, D(2026, 4, 1), ActionStatus.DONE),
            ("Forfalder i dag", named, D(2026, 6, 1), ActionStatus.OPEN),
            ("Uden frist", named, None, ActionStatus.OPEN),
        ):
            minutes.add_action(s, item, minutes.ActionInput(text=text, owner_member_id=owner, due_on=due,
                                                             status=state, dissemination=True))
    return {"named": named, "hidden": hidden, "meeting": meeting}


def test_overdue_follow_ups_are_open_actions_past_their_due_date(db, overdue_data):
    r = report(db, D(2026, 6, 1))
    assert [(a.text, a.days_overdue) for a in r.overdue] == [("Skriv til nyhedsbrevet", 61), ("Fortæl ledelsen", 1)]
    assert r.overdue_count == 2
    named, hidden = r.overdue
    assert named.owner_named == "Åse Navngivet" and named.meeting.id == overdue_data["meeting"]
    assert named.meeting.groups == ("Ledere",)
    assert hidden.owner_name == "Skjult Person" and hidden.owner_named is None  # the dashboard only


def _personal_values(obj, path="report"):
    """Every PERSONAL field's value anywhere in the report, with where it was."""
    out = []
    for f in fields(obj):
        value = getattr(obj, f.name)
        if f.metadata.get("personal"):
            out.append((f"{path}.{f.name}", value))
        elif is_dataclass(value):
            out.extend(_personal_values(value, f"{path}.{f.name}"))
    return out


def test_the_anonymous_report_names_no_one_and_keeps_the_counts(db, overdue_data, commitment_data):
    r = report(db, D(2026, 6, 1))
    assert r.overdue and r.attendance.members_at_risk and r.attendance.members_below
    anonymous = r.anonymous()
    assert all(value == () for _where, value in _personal_values(anonymous))
    assert {w for w, _ in _personal_values(anonymous)} == {
        "report.overdue", "report.attendance.members_at_risk", "report.attendance.members_below"}
    assert anonymous.overdue_count == 2 and anonymous.attendance.at_risk == r.attendance.at_risk
    text = repr(anonymous)
    for name in ("Åse Navngivet", "Skjult Person", "Anna", "Cille", "Fortæl ledelsen"):
        assert name not in text


def test_the_json_names_only_members_who_agreed(db, overdue_data, commitment_data):
    data = report(db, D(2026, 6, 1)).as_dict()
    assert list(data) == ["think_tank", "today", "period_start", "period_end", "ended", "criteria",
                          "next_meetings", "overdue_actions"]
    assert [c["key"] for c in data["criteria"]] == list(status.CRITERIA)
    attendance_figures = data["criteria"][3]["figures"]
    at_risk = attendance_figures["members_at_risk"]
    assert at_risk == [{"member_id": commitment_data["Bo"], "name": None, "group": "Brugere", "attended": 1,
                        "meetings_left": 1}]  # Bo did not agree to be named
    owners = [a["owner"] for a in data["overdue_actions"]]
    assert owners == ["Åse Navngivet", None]
    assert "Skjult Person" not in json.dumps(data, ensure_ascii=False)
    assert "Bo" not in json.dumps(attendance_figures, ensure_ascii=False)


def test_statement_count_stays_small(db, commitment_data):
    """The dashboard is the first thing shown: the report reads one query per kind of record."""
    from sqlalchemy import event

    statements = []
    engine = db._engine if hasattr(db, "_engine") else db.engine

    def count(*_args, **_kw):
        statements.append(1)

    event.listen(engine, "before_cursor_execute", count)
    try:
        report(db, D(2026, 6, 1))
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(statements) <= 16  # without an end evaluation round (its results read a few more)


# ---------------------------------------------------------------- the command line, as a process


def test_status_table_and_json_on_the_demo(demo_file, tmp_path):
    table = tankapp_process(tmp_path, "--db", demo_file, "status")
    assert table.returncode == 0, table.stderr
    assert table.stderr == ""
    for title, _da in status.CRITERIA.values():
        assert title in table.stdout
    lines = table.stdout.splitlines()
    states = {w.upper() for w, _ in status.STATE_WORDS.values()}
    criterion_lines = [line for line in lines if any(line.startswith(s + " ") for s in states)]
    assert len(criterion_lines) == 6
    assert "NEXT MEETINGS" in table.stdout and "OVERDUE FOLLOW-UPS" in table.stdout

    js = tankapp_process(tmp_path, "status", "--db", demo_file, "--format", "json")
    assert js.returncode == 0, js.stderr
    data = json.loads(js.stdout)
    assert [c["key"] for c in data["criteria"]] == list(status.CRITERIA)
    assert {c["state"] for c in data["criteria"]} <= {s.value for s in State}
    for c in data["criteria"]:
        assert c["explanation"] and isinstance(c["figures"], dict)
    meetings = data["criteria"][1]["figures"]
    assert meetings["target"] == 18 and meetings["held"] == 4  # the demo: four held, a joint one among them


def test_status_without_a_think_tank_is_one_line(empty_db, tmp_path):
    empty_db.close()
    proc = tankapp_process(tmp_path, "--db", db_arg(empty_db), "status")
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    bad = tankapp_process(tmp_path, "--db", db_arg(empty_db), "status", "--format", "csv")
    assert bad.returncode == 2


def test_status_names_only_members_who_agreed_on_the_command_line(db, group_ids, tmp_path):
    """Made around the real today, as the command judges today."""
    today = dt.date.today()
    g = group_ids["Klinikere"]
    with db.session() as s:
        tank = thinktank.require_think_tank(s)
        tank.period_start, tank.period_end = today - dt.timedelta(days=90), today + dt.timedelta(days=300)
        tank.meeting_target = 3
        named = add_member(s, "Åse <b>Kjær</b> & Co", g)
        hidden = add_member(s, "Hemmelig Hansen", g, consent=False)
        held = add_meeting(s, "Holdt", today - dt.timedelta(days=30), [g], held=True)
        nxt = add_meeting(s, "Næste", today + dt.timedelta(days=20), [g])
        add_meeting(s, "Sidste", today + dt.timedelta(days=40), [g])
        for member in (named, hidden):
            attend(s, held, member)
            attend(s, nxt, member, AttendanceStatus.EXCUSED)  # 1 attended, 1 left: at risk
    db.close()
    js = tankapp_process(tmp_path, "--db", db_arg(db), "status", "--format", "json")
    assert js.returncode == 0, js.stderr
    at_risk = json.loads(js.stdout)["criteria"][3]["figures"]["members_at_risk"]
    # Danish order (Å after Z): Hansen before Åse.
    assert [(r["member_id"], r["name"]) for r in at_risk] == [(hidden, None), (named, "Åse <b>Kjær</b> & Co")]
    table = tankapp_process(tmp_path, "--db", db_arg(db), "status")
    assert table.returncode == 0, table.stderr
    assert "at risk: Åse <b>Kjær</b> & Co (Klinikere), attended 1, meetings left 1" in table.stdout
    assert f"at risk: member {hidden} (not named) (Klinikere)" in table.stdout
    assert "Hemmelig" not in table.stdout + js.stdout
