"""The demo think tank (``tankapp demo``): what a newcomer sees, and that it is safe."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from sqlalchemy import func, select

from tankapp.domain import AgendaItem, ExpertGroup, Meeting, Member, Presentation, ThinkTank
from tankapp.domain.enums import (
    DEFAULT_GROUPS,
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    ContributionInvolvement,
    ContributionKind,
    ContributionStatus,
    Criterion,
    MeetingStatus,
    Setting,
)
from tankapp.services import thinktank
from tankapp.services.meetings import agenda
from tankapp.services.meeting_mode import attendance
from tankapp.services.contributions import register as contributions
from tankapp.demo import build as demo
from tankapp.demo import data as demo_data
from tankapp.services.members import groups
from tankapp.services.library import coverage as library_coverage
from tankapp.services.library import presentations as library
from tankapp.services.meetings import planning as meetings
from tankapp.services.members import registry as members
from tankapp.services.meetings import minutes
from tankapp.services.errors import ServiceError
from tankapp.storage import open_database

TODAY = dt.date(2026, 3, 10)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """One demo database shared by the read-only tests of this module."""
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite", create=True)
    with db.session() as s:
        demo.create_demo(s, today=TODAY)
    yield db
    db.close()


def _members(db) -> list[members.MemberSummary]:
    with db.reading() as s:
        return members.list_members(s)


def test_think_tank_period_and_target(demo_db):
    with demo_db.reading() as s:
        tank = thinktank.require_think_tank(s)
        assert tank.name == "Tænketank for brugerinddragelse (demo)"
        assert tank.meeting_target == 18
        # about five months before today, 15 months long
        assert 140 <= (TODAY - tank.period_start).days <= 190
        assert tank.period_end == thinktank.default_period_end(tank.period_start, 15)


def test_six_groups_each_within_target_size(demo_db):
    with demo_db.reading() as s:
        summaries = groups.list_groups(s, expert_only=True)  # the steering committee apart (below)
    assert [g.name for g in summaries] == [name for name, _ in DEFAULT_GROUPS]
    counts = [g.member_count for g in summaries]
    for g in summaries:
        assert 10 <= g.member_count <= 20, g
        assert g.size_warning is None
        assert g.description  # the demo explains each group
    assert len(set(counts)) > 1, "groups should differ in size"


def test_withdrawn_members_exist_and_keep_their_rows(demo_db):
    everyone = _members(demo_db)
    withdrawn = [m for m in everyone if m.withdrawn]
    assert 1 <= len(withdrawn) <= 12
    assert len({m.group for m in withdrawn}) >= 2
    for m in withdrawn:
        assert m.joined_on < m.withdrawn_on < TODAY


def test_consent_both_ways_with_dates(demo_db):
    with demo_db.reading() as s:
        rows = list(s.scalars(select(Member)))
    named = [m for m in rows if m.consent_named]
    assert named and len(named) < len(rows)
    assert 0.55 <= len(named) / len(rows) <= 0.85
    for m in rows:
        assert (m.consent_named_on is not None) == m.consent_named
        assert (m.consent_contact_on is not None) == m.consent_contact
        assert m.joined_on is not None and m.joined_on <= TODAY


def test_names_are_danish_and_international(demo_db):
    names = " ".join(m.name for m in _members(demo_db))
    for letter in "æøå":
        assert letter in names.casefold(), letter
    assert "Aa" in names  # old spelling of Å, sorted as Å
    assert re.search(r"[^\x00-\x7fæøåÆØÅ]", names), "expected letters beyond Danish (ł, ş, ễ, ö ...)"
    for name in ["Søren Østergaard", "Łukasz Wiśniewski", "Şule Yılmaz", "Nguyễn Thị Hương"]:
        assert name in names


def test_emails_unique_ascii_on_example_domains(demo_db):
    everyone = _members(demo_db)
    emails = [m.email for m in everyone]
    assert all(emails)
    assert len({e.casefold() for e in emails}) == len(emails)
    for e in emails:
        assert re.fullmatch(r"[a-z0-9.-]+@example\.(dk|org)", e), e
    by_name = {m.name: m.email for m in everyone}
    assert by_name["Søren Østergaard"].startswith("soeren.oestergaard@")
    assert by_name["Åse Kjærgaard"].startswith("aase.kjaergaard@")


def test_member_details_filled(demo_db):
    with demo_db.reading() as s:
        rows = list(s.scalars(select(Member)))
        steering_id = groups.steering_committee(s).id
    for m in rows:
        assert re.fullmatch(r"\+45 [2-9]\d \d\d \d\d \d\d", m.phone), m.phone
        assert m.organisation and m.job_title and m.municipality
        assert m.sector is not None and m.region is not None and m.recruited_via is not None
        if m.group_id == steering_id:
            continue  # appointed by their organisation, not recruited by the two criteria
        assert m.criterion_engaged and m.criterion_engaged_note
        assert m.criterion_change_agent_note
    assert len({m.recruited_via for m in rows}) == 4  # KL, Danske Regioner, ViBIS, other
    assert len({m.region for m in rows}) == 5


def test_meetings_held_planned_and_joint(demo_db):
    with demo_db.reading() as s:
        meetings = list(s.scalars(select(Meeting).order_by(Meeting.date)))
        kinds = {
            m.title: (m.date, m.status, m.format, [g.name for g in m.groups], m.place, m.start < m.end)
            for m in meetings
        }
        tank = thinktank.require_think_tank(s)
    assert 4 <= len(meetings) <= 10
    joint = [t for t, v in kinds.items() if len(v[3]) >= 2]
    assert joint == ["Fællesmøde: Ledere og Kvalitetskonsulenter"]
    assert kinds[joint[0]][3] == ["Ledere", "Kvalitetskonsulenter"]
    held = [v for v in kinds.values() if v[1] == MeetingStatus.HELD]
    planned = [v for v in kinds.values() if v[1] == MeetingStatus.PLANNED]
    assert held and planned
    assert all(v[0] < TODAY for v in held) and all(v[0] >= TODAY for v in planned)
    assert {v[2] for v in kinds.values()} == {demo_data.FULL, demo_data.HALF}
    for date, _status, _fmt, group_names, place, ordered in kinds.values():
        assert tank.period_start <= date <= tank.period_end
        assert date.weekday() < 5
        assert group_names and place and ordered


def test_every_meeting_has_a_full_agenda_from_its_template(demo_db):
    with demo_db.reading() as s:
        # the expert groups' meetings (the steering committee's agendas: test_the_steering_committee)
        agendas = [agenda.agenda(s, m.id) for m in meetings.list_meetings(s) if not m.steering]
        templates = {t.key: t for t in agenda.list_templates(s)}
    assert agendas
    for a in agendas:
        m = a.meeting
        kinds = [r.kind for r in a.rows]
        assert AgendaItemKind.KNOWLEDGE_PRESENTATION in kinds, m.title
        assert AgendaItemKind.CONTRIBUTIONS_ROUND in kinds and AgendaItemKind.DISSEMINATION_DISCUSSION in kinds
        template = templates[demo_data.TEMPLATES[m.format]]
        assert [r.title for r in a.rows] == [i.title for i in template.items]
        assert a.overrun_minutes == 0, m.title  # the template fits the meeting's times
        by_kind = {r.kind: r for r in a.rows}
        knowledge = by_kind[AgendaItemKind.KNOWLEDGE_PRESENTATION]
        assert 1 <= len(knowledge.presentations) <= 2 and knowledge.presenter
        host = m.facilitators.split(",")[0].split(" (")[0]
        assert by_kind[AgendaItemKind.WELCOME].presenter == host
        assert by_kind[AgendaItemKind.EVALUATION].presenter == host


def test_facilitators_are_the_secretariat(demo_db):
    with demo_db.reading() as s:
        rows = meetings.list_meetings(s)
    assert all(m.facilitators for m in rows)
    assert all("(ViBIS)" in m.facilitators for m in rows)
    assert any("," in m.facilitators for m in rows)  # some meetings have two
    member_names = {m.name for m in _members(demo_db)}
    for who in (demo_data.KAREN, demo_data.JONAS, demo_data.SOFIE):
        assert who.split(" (")[0] not in member_names  # the staff are not members


def test_library_presentations(demo_db):
    with demo_db.reading() as s:
        rows = library.list_presentations(s)
        tags = library.list_tags(s)
    assert 4 <= len(rows) <= 6
    for p in rows:
        assert p.title and p.presenter and p.summary and p.presented_on is not None
        assert p.involvement and p.criteria and p.tags
        assert p.attachments == ()  # no files: they would need the data folder
    assert {k for p in rows for k in p.involvement} == set(library.INVOLVEMENT_COLUMNS)
    assert {c for p in rows for c in p.criteria} == set(library.CRITERION_COLUMNS)
    assert any(p.source == "ViBIS (2016): Inspirationskatalog – definition og kriterier for brugerinddragelse" for p in rows)
    assert any("ViBIS" != p.presenter for p in rows)  # researchers present too
    assert re.search("[æøå]", " ".join(p.title for p in rows))
    assert "fælles beslutningstagning" in tags


def test_coverage_differs_between_groups_and_presentations(demo_db):
    with demo_db.reading() as s:
        rows = library.list_presentations(s)
        cov = library_coverage.coverage(s)
    held = {p.title: {u.meeting_id for u in p.uses if u.meeting_status == MeetingStatus.HELD} for p in rows}
    assert any(held.values()), "a presentation is shown at a held meeting"
    assert [p.title for p in rows if not p.uses], "a presentation on no agenda at all"
    # one only on a planned meeting's agenda: not shown to anyone yet
    assert any(p.uses and not held[p.title] for p in rows)
    shown_to = {p.id: {g for (g, pid) in cov.shown if pid == p.id} for p in cov.presentations}
    assert max(len(v) for v in shown_to.values()) >= 3  # the definition, shown to several groups
    assert min(len(v) for v in shown_to.values()) == 0
    counts = [cov.shown_count(g.id) for g in cov.groups]
    assert len(set(counts)) > 1 and 0 in counts  # the researchers have not met yet
    # the joint meeting counts for both of its groups
    ids = {g.name: g.id for g in cov.groups}
    assert cov.shown_count(ids["Ledere"]) == cov.shown_count(ids["Kvalitetskonsulenter"]) >= 2
    # a presentation's date is when it was first given
    for p in rows:
        if p.uses:
            assert p.presented_on == min(u.meeting_date for u in p.uses)


# ---------------------------------------------------------------- what happened at the held meetings

MAIN_KINDS = {
    AgendaItemKind.KNOWLEDGE_PRESENTATION.value,
    AgendaItemKind.DISSEMINATION_DISCUSSION.value,
    AgendaItemKind.CONTRIBUTIONS_ROUND.value,
}


def _by_status(db) -> tuple[list, list]:
    """The expert groups' meetings, held and planned (the steering committee's: test_the_steering_committee)."""
    with db.reading() as s:
        rows = [m for m in meetings.list_meetings(s) if not m.steering]
    held = [m for m in rows if m.status == MeetingStatus.HELD.value]
    planned = [m for m in rows if m.status == MeetingStatus.PLANNED.value]
    assert held and planned
    return held, planned


def test_held_meetings_have_attendance_in_several_states(demo_db):
    held, planned = _by_status(demo_db)
    seen: set[AttendanceStatus] = set()
    excused_notes: list[str] = []
    with demo_db.reading() as s:
        for m in held:
            a = attendance.attendance(s, m.id)
            meeting = meetings.get_meeting(s, m.id)
            assert a.invited >= 10 and a.unregistered == 0, m.title  # everyone invited has a state
            assert a.present > a.invited / 2, m.title  # most came
            assert 1 <= a.excused <= 4, m.title  # afbud
            assert 1 <= a.count(AttendanceStatus.ABSENT) <= 2, m.title
            assert a.count(AttendanceStatus.LEFT_EARLY) == 1, m.title
            statuses = {r.status for r in a.rows}
            assert len(statuses) >= 4, m.title
            seen |= statuses
            for r in a.rows:
                if r.status == AttendanceStatus.LATE:
                    assert meeting.start < r.arrived_at < meeting.end and r.left_at is None
                elif r.status == AttendanceStatus.LEFT_EARLY:
                    assert meeting.start < r.left_at < meeting.end
                else:
                    assert r.arrived_at is None and r.left_at is None
            excused_notes += [r.note for r in a.rows if r.status == AttendanceStatus.EXCUSED]
        for m in planned:  # nothing registered before a meeting
            a = attendance.attendance(s, m.id)
            assert a.invited and a.unregistered == a.invited and not a.guests
    assert seen == set(AttendanceStatus)
    assert any(n.startswith("Afbud: ") for n in excused_notes)


def test_guests_at_some_meetings(demo_db):
    held, _ = _by_status(demo_db)
    with demo_db.reading() as s:
        guests = {m.title: [(g.name, g.organisation, g.role) for g in attendance.attendance(s, m.id).guests] for m in held}
    assert ("Hanne Vinther", "Syddansk Universitet", "Oplægsholder") in guests["Opstartsmøde for Klinikere"]
    assert [name for name, _, _ in guests["Fællesmøde: Ledere og Kvalitetskonsulenter"]] == ["Lise Dam"]
    assert [] in guests.values()  # not every meeting has a guest
    # the outside presenter who came is the knowledge presentation's presenter
    (klinikere,) = [m for m in held if m.title == "Opstartsmøde for Klinikere"]
    with demo_db.reading() as s:
        rows = agenda.agenda(s, klinikere.id).rows
    assert any(r.kind == AgendaItemKind.KNOWLEDGE_PRESENTATION and "Hanne Vinther" in r.presenter for r in rows)


def test_held_meetings_have_notes_decisions_and_actions(demo_db):
    held, planned = _by_status(demo_db)
    notes: list[str] = []
    all_actions = []
    with demo_db.reading() as s:
        for m in held:
            mins = minutes.minutes(s, m.id)
            main = [i for i in mins.items if i.kind in MAIN_KINDS]
            assert all(i.notes.strip() for i in main), m.title
            for i in main:
                assert len(re.findall(r"[.?!]", i.notes)) >= 2, (m.title, i.title)  # a few sentences
            notes += [i.notes for i in mins.items if i.notes]
            decisions = [d for i in mins.items for d in i.decisions]
            assert 1 <= len(decisions) <= 2, m.title
            actions = [a for i in mins.items for a in i.actions]
            assert 2 <= len(actions) <= 5, m.title
            for a in actions:
                assert a.text and a.due_on is not None and a.due_on > m.date
            all_actions += actions
            # the item timers ran through the whole agenda, and are stopped
            for i in mins.items:
                assert i.elapsed_seconds > 0 and not i.running, (m.title, i.title)
                assert abs(i.elapsed_seconds - i.planned_minutes * 60) <= 10 * 60
        for m in planned:
            mins = minutes.minutes(s, m.id)
            assert all(not i.notes and not i.decisions and not i.actions and i.elapsed_seconds == 0 for i in mins.items)
    joined = "\n".join(notes)
    assert "æ" in joined and "ø" in joined and "å" in joined
    assert "Regionens strategi & kommunernes praksis < forventet" in joined  # characters a PDF must escape
    assert any("\n" in n for n in notes)  # several paragraphs
    dissemination = [a for a in all_actions if a.dissemination]
    assert dissemination and len(dissemination) < len(all_actions)
    assert {a.status for a in all_actions} == {ActionStatus.OPEN, ActionStatus.DONE}
    owned_by_members = [a for a in all_actions if a.owner_member_id is not None]
    assert any(a.owner_consent_named for a in owned_by_members)
    assert any(not a.owner_consent_named for a in owned_by_members)  # exports must leave these names out
    assert [a.owner for a in all_actions if a.owner_guest_id is not None] == ["Hanne Vinther"]
    assert any(a.owner == "" for a in all_actions)  # nobody named: the secretariat


def test_action_owners_came_to_the_meeting(demo_db):
    held, _ = _by_status(demo_db)
    with demo_db.reading() as s:
        for m in held:
            came = {r.member_id for r in attendance.attendance(s, m.id).rows if r.attended}
            owners = {a.owner_member_id for i in minutes.minutes(s, m.id).items for a in i.actions} - {None}
            assert owners and owners <= came, m.title


def test_open_followups_show_at_the_groups_next_meeting(demo_db):
    with demo_db.reading() as s:
        rows = {m.title: m for m in meetings.list_meetings(s)}
        followups = minutes.open_followups(s, rows["Pårørendeinddragelse i praksis"].id)
        first = minutes.open_followups(s, rows["Opstartsmøde for Brugere"].id)
    assert first == []  # nothing before the group's first meeting
    assert len(followups) >= 1
    for f in followups:
        assert f.dissemination and f.status == ActionStatus.OPEN
        assert f.meeting_title == "Opstartsmøde for Brugere"
        assert f.owner and f.due_on is not None
    assert any(f.due_on < TODAY for f in followups)  # overdue: the reason to follow up


def test_one_meeting_has_approved_locked_minutes(demo_db):
    held, _ = _by_status(demo_db)
    with demo_db.reading() as s:
        approved = [(m, minutes.minutes(s, m.id)) for m in held if minutes.minutes(s, m.id).approved_on]
        assert [m.title for m, _ in approved] == [demo_data.APPROVED_MEETING]
        meeting, mins = approved[0]
        assert mins.locked
        assert meeting.date < mins.approved_on <= TODAY
        assert [e.action for e in minutes.audit_log(s, meetings.get_meeting(s, meeting.id).uuid)] == ["minutes_approved"]
        member_id = attendance.attendance(s, meeting.id).rows[0].member_id
    # the rules apply: nothing changes without an unlock
    with pytest.raises(ServiceError) as info:
        with demo_db.session() as s:
            attendance.set_attendance(s, meeting.id, member_id, AttendanceStatus.ABSENT)
    assert info.value.code == "minutes_locked"


# ---------------------------------------------------------------- knowledge contributions


def _contributions(db) -> list[contributions.ContributionRow]:
    with db.reading() as s:
        return contributions.list_contributions(s)


def test_contributions_of_every_kind_across_the_matrix(demo_db):
    rows = _contributions(demo_db)
    assert 20 <= len(rows) <= 30
    assert len(rows) == len(demo_data.KNOWLEDGE_CONTRIBUTIONS)
    assert {r.kind for r in rows} == set(ContributionKind)
    assert {r.involvement for r in rows} == set(ContributionInvolvement)  # unspecified too
    assert {r.setting for r in rows} == set(Setting)
    m = contributions.matrix(rows)
    for involvement in contributions.MATRIX_ROWS:  # no empty cell in the matrix
        for criterion in Criterion:
            assert m.count(involvement, criterion) >= 1, (involvement, criterion)
    for kind in ContributionKind:  # every kind is in more than one row of the matrix
        assert len({r.involvement for r in rows if r.kind == kind and r.classified}) >= 2, kind
    # some not yet classified: without a kind of involvement, or without a criterion
    unclassified = m.unclassified
    assert 2 <= len(unclassified) <= 5
    assert any(r.involvement == ContributionInvolvement.UNSPECIFIED for r in unclassified)
    assert any(r.involvement != ContributionInvolvement.UNSPECIFIED and not r.criteria for r in unclassified)
    titles = " ".join(r.title + r.text for r in rows)
    for letter in "æøå":
        assert letter in titles
    assert "PRO-data bruges i samtalen" in {r.title for r in rows}


def test_contributions_come_from_held_meetings_and_their_groups(demo_db):
    rows = _contributions(demo_db)
    with demo_db.reading() as s:
        by_id = {m.id: m for m in meetings.list_meetings(s)}
        for r in rows:
            m = by_id[r.meeting_id]
            assert m.status == MeetingStatus.HELD and m.date < TODAY
            assert r.group in m.groups
            assert r.meeting_title == m.title and r.meeting_date == m.date
            item = s.get(AgendaItem, r.agenda_item_id)
            assert item.meeting_id == m.id and item.kind == AgendaItemKind.CONTRIBUTIONS_ROUND
            if r.member_id is not None:  # the member came to that meeting and is of that group
                came = {a.member_id: a for a in attendance.attendance(s, m.id).rows if a.attended}
                assert r.member_id in came and came[r.member_id].group == r.group
    assert len({r.group for r in rows}) >= 4


def test_contributions_consent_mix(demo_db):
    rows = _contributions(demo_db)
    with_member = [r for r in rows if r.member_id is not None]
    named = [r for r in with_member if r.member_consent_named]
    unnamed = [r for r in with_member if not r.member_consent_named]
    assert len(named) >= 3 and len(unnamed) >= 3
    assert any(r.member_id is None for r in rows)
    for r in named:
        assert r.named_member == r.member_name and r.as_dict()["member"] == r.member_name
    for r in unnamed:  # the name stays on the laptop
        assert r.member_name and r.named_member is None and r.as_dict()["member"] is None
    # the table says who should have a member, and it holds
    by_title = {r.title: r for r in rows}
    for c in demo_data.KNOWLEDGE_CONTRIBUTIONS:
        r = by_title[c.title]
        if c.member is None:
            assert r.member_id is None, c.title
        else:
            assert r.member_id is not None and r.member_consent_named == (c.member == demo_data.NAMED), c.title


def test_contributions_statuses_and_sent_dates(demo_db):
    rows = _contributions(demo_db)
    assert {r.status for r in rows} == set(ContributionStatus)
    sent = [r for r in rows if r.status == ContributionStatus.SENT]
    assert 3 <= len(sent) < len(rows) / 2
    for r in rows:
        assert (r.sent_on is not None) == (r.status == ContributionStatus.SENT)
    for r in sent:
        assert r.meeting_date < r.sent_on <= TODAY


def test_most_members_answered_the_baseline_and_the_end_evaluation(demo_db):
    from tankapp.domain.enums import EvaluationRoundKind, ResponseStatus
    from tankapp.services.evaluation import demo as evaluation_demo
    from tankapp.services.evaluation import interviews, responses, results, rounds

    with demo_db.reading() as s:
        active = {m.id for m in members.list_members(s) if not m.withdrawn}
        baseline = rounds.latest_round(s, EvaluationRoundKind.BASELINE)
        end = rounds.latest_round(s, EvaluationRoundKind.END)
        answered = {
            r.id: {m.member_id for g in responses.round_members(s, r.id) for m in g.members
                   if m.state == ResponseStatus.ANSWERED}
            for r in (baseline, end)
        }
        end_results = results.round_results(s, end.id)
        gain = results.knowledge_gain(s)
        notes = interviews.list_interview_notes(s)
    tank_start = thinktank.add_months(TODAY, -demo_data.MONTHS_BEFORE_TODAY).replace(day=1)
    assert baseline.opens_on == tank_start and end.closes_on == TODAY
    both = answered[baseline.id] & answered[end.id] & active
    assert len(both) > 0.5 * len(active)  # most active members answered both rounds
    assert len(answered[baseline.id] & active) >= 0.7 * len(active)
    assert len(answered[end.id]) >= 0.6 * len(active)  # fewer: the small group mostly did not answer
    # one small group: below the threshold at the end, so its figures and free text are not shown
    too_few = [g for g in end_results.groups if g.too_few]
    assert [g.group for g in too_few] == [evaluation_demo.SMALL_GROUP]
    (small,) = too_few
    assert 0 < small.answered < results.MIN_ANSWERS
    assert small.statements and all(i.mean is None for i in small.statements + small.knowledge)
    assert small.promoters == small.barriers == ()
    # with only the small group hidden, all groups minus the others would give its figures away,
    # so the shown group with the fewest answers is withheld as well; the other four are shown
    (withheld,) = [g for g in end_results.groups if g.withheld]
    assert withheld.answered >= results.MIN_ANSWERS
    shown = [g for g in end_results.groups if g.shown]
    assert len(shown) == 4 and all(i.mean is not None for g in shown for i in g.statements)
    assert all(g.answered >= withheld.answered for g in shown)
    assert gain.overall.pairs == len(answered[baseline.id] & answered[end.id])
    assert notes


def test_refused_when_a_think_tank_exists_and_nothing_changes(db):
    def snapshot():
        with db.reading() as s:
            return (
                [(t.name, t.period_start, t.period_end) for t in s.scalars(select(ThinkTank))],
                [(g.name, g.description) for g in s.scalars(select(ExpertGroup).order_by(ExpertGroup.id))],
                s.scalar(select(func.count(Member.id))),
                s.scalar(select(func.count(Meeting.id))),
            )

    before = snapshot()
    with pytest.raises(ServiceError) as info:
        with db.session() as s:
            demo.create_demo(s, today=TODAY)
    assert info.value.code == "demo_needs_empty_db"
    assert snapshot() == before


def test_deterministic(tmp_path):
    def run(path):
        with open_database(path, create=True) as db:
            with db.session() as s:
                demo.create_demo(s, today=TODAY)
            with db.reading() as s:
                people = [
                    (m.name, m.email, m.phone, m.organisation, m.job_title, group_name, m.consent_named,
                     m.joined_on, m.withdrawn_on, m.criterion_change_agent_note)
                    for m, group_name in s.execute(
                        select(Member, ExpertGroup.name).join(ExpertGroup).order_by(Member.id)
                    )
                ]
                planned = [
                    (m.title, m.date, m.start, m.status, m.facilitators, [g.name for g in m.groups],
                     [(r.title, r.presenter, r.start, [t for _, t in r.presentations]) for r in agenda.agenda(s, m.id).rows])
                    for m in s.scalars(select(Meeting).order_by(Meeting.id))
                ]
                presentations = [
                    (p.title, p.presenter, p.presented_on, p.source, p.tags)
                    for p in s.scalars(select(Presentation).order_by(Presentation.id))
                ]
                tank = thinktank.require_think_tank(s)
                held = [
                    (
                        [(r.name, r.status, r.arrived_at, r.left_at, r.note) for r in a.rows],
                        [(g.name, g.organisation, g.role) for g in a.guests],
                        [
                            (i.title, i.notes, i.elapsed_seconds, [d.text for d in i.decisions],
                             [(x.text, x.owner, x.due_on, x.status, x.dissemination) for x in i.actions])
                            for i in mins.items
                        ],
                        mins.approved_on,
                    )
                    for m in s.scalars(select(Meeting).order_by(Meeting.id))
                    for a, mins in [(attendance.attendance(s, m.id), minutes.minutes(s, m.id))]
                ]
                knowledge = [
                    (r.title, r.text, r.kind, r.involvement, r.criteria, r.setting, r.group, r.meeting_title,
                     r.member_name, r.status, r.sent_on)
                    for r in contributions.list_contributions(s)
                ]
                from tankapp.services.evaluation import export as ev_export
                from tankapp.services.evaluation import interviews, rounds

                evaluation = (
                    [(r.kind, r.title, r.opens_on, r.closes_on, r.answered, r.declined) for r in rounds.list_rounds(s)],
                    [(sorted(row.items(), key=lambda kv: kv[0])) for row in
                     ev_export.evaluation_table(s, rng=random.Random(1)).rows],
                    [(n.member_id, n.round_title, n.interviewed_on, n.text) for n in interviews.list_interview_notes(s)],
                )
                return people, planned, presentations, (tank.period_start, tank.period_end), held, knowledge, evaluation

    first, second = run(tmp_path / "a.sqlite"), run(tmp_path / "b.sqlite")
    assert first == second
    assert len(first[0]) > 60


def test_default_today_is_used(empty_db):
    with empty_db.session() as s:
        tank = demo.create_demo(s)
        start = tank.period_start
    assert 140 <= (dt.date.today() - start).days <= 190


def test_email_local_part():
    assert demo.email_local_part("Søren Østergaard") == "soeren.oestergaard"
    assert demo.email_local_part("Zoë O'Brien") == "zoe.obrien"
    assert demo.email_local_part("Nguyễn Thị Hương") == "nguyen.thi.huong"
    assert demo.email_local_part("Łukasz Wiśniewski") == "lukasz.wisniewski"
    assert demo.email_local_part("Ahmad Al-Sayed") == "ahmad.al-sayed"
    assert demo.email_local_part("Ingibjörg Sigurðardóttir") == "ingibjoerg.sigurdardottir"


def test_tables_are_consistent():
    """Every organisation has a known municipality and job titles for its sector."""
    assert set(demo_data.ORGANISATIONS) == set(demo_data.GROUP_SIZES) == set(demo_data.CRITERIA_NOTES) == {n for n, _ in DEFAULT_GROUPS}
    for group_name, organisations in demo_data.ORGANISATIONS.items():
        for _org, sector, municipality in organisations:
            assert municipality in demo_data.MUNICIPALITY_REGION
            assert demo_data.JOB_TITLES.get((group_name, sector)) or demo_data.JOB_TITLES[group_name, None]
    for _days, title, fmt, _start, _end, place, group_names in demo_data.MEETINGS:
        assert place in demo_data.PLACES
        assert set(group_names) <= set(demo_data.GROUP_SIZES)
        assert fmt in demo_data.TEMPLATES
        facilitators, keys = demo_data.FACILITATION[title]
        assert facilitators and 1 <= len(keys) <= 2 and set(keys) <= set(demo_data.PRESENTATIONS)
    assert set(demo_data.FACILITATION) == {m[1] for m in demo_data.MEETINGS}
    held_titles = {title for days, title, *_ in demo_data.MEETINGS if days < 0}
    assert set(demo_data.HELD_MEETINGS) == held_titles
    assert demo_data.APPROVED_MEETING in held_titles
    items = {title for _name, _fmt, rows in agenda.BUILTIN_TEMPLATES.values() for title, _kind, _minutes in rows}
    for title, held in demo_data.HELD_MEETINGS.items():
        fmt = next(m[2] for m in demo_data.MEETINGS if m[1] == title)
        own = {t for t, _k, _m in agenda.BUILTIN_TEMPLATES[demo_data.TEMPLATES[fmt]][2]}
        assert set(held.notes) | set(held.decisions) | {a.item for a in held.actions} <= own <= items, title
        assert all(a.owner in (demo_data.NAMED, demo_data.UNNAMED, demo_data.GUEST, None) for a in held.actions)
        assert all(held.guests for a in held.actions if a.owner == demo_data.GUEST)


def test_the_steering_committee_apart_from_the_groups(demo_db, tmp_path):
    from tankapp.services import documents
    from tankapp.services import status
    from tests.helpers import pdf_text

    with demo_db.reading() as s:
        committee = groups.steering_committee(s)
        people = members.list_members(s, group_id=committee.id)
        ours = [m for m in meetings.list_meetings(s) if m.steering]
        progress = meetings.progress(s)
        report = status.success_criteria(s, TODAY)
        held = [m for m in ours if m.status == MeetingStatus.HELD]
        doc = documents.minutes_document(s, held[0].id)
        documents.export_minutes_pdf(s, held[0].id, tmp_path / "referat.pdf")
        first_items = [agenda.agenda(s, m.id).rows[0] for m in ours]
    # about seven representatives of regions, municipalities and partners; some may not be named
    assert committee.name == "Styregruppe" and committee.size_warning is None
    assert 6 <= len(people) <= 8
    assert {m.sector.value for m in people} >= {"region", "municipality"}
    unnamed = [m.name for m in people if not m.consent_named]
    assert unnamed and len(unnamed) < len(people)
    # three meetings, one held with approved minutes; each opens with the status report
    assert len(ours) == 3 and len(held) == 1 and ours[0].groups == ("Styregruppe",)
    assert {(i.kind, i.title) for i in first_items} == {(AgendaItemKind.STATUS_REPORT, "Statusrapport")}
    assert doc.approved_on is not None and doc.sections[0].notes and any(sec.decisions for sec in doc.sections)
    text = pdf_text(tmp_path / "referat.pdf")
    for name in unnamed:
        assert name not in text
    assert any(m.name in text for m in people if m.consent_named)
    # counted toward nothing of the groups': 6 groups, the held meetings, the members' attendance
    assert progress.steering_held == 1 and progress.held == len(_by_status(demo_db)[0])
    assert report.groups.established == 6 and report.meetings.held == progress.held
    assert report.attendance.members == sum(1 for m in _members(demo_db) if not m.withdrawn) - len(people)
