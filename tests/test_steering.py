"""The steering committee (*styregruppe*): a body of its own that never counts as an expert group.

Service tests: each place that counts groups, members or meetings is checked with
a steering committee, its members and a held meeting beside the six groups, and
must give the figures it gives without them. The think tank of the ``db`` fixture
runs 1 January 2026 to 31 March 2027 with a target of 18 meetings.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tankapp.domain.enums import ActorKind, AgendaItemKind, AttendanceStatus, EvaluationRoundKind, MeetingStatus, Sector
from tankapp.services import documents as exports
from tankapp.services import status
from tankapp.services.contributions import register
from tankapp.services.errors import ValidationError
from tankapp.services.evaluation import rounds
from tankapp.services.library import coverage as coverage_service
from tankapp.services.library import presentations as library
from tankapp.services.meeting_mode import attendance
from tankapp.services.meetings import agenda, minutes, planning
from tankapp.services.members import groups, registry
from tankapp.services.sharing import exchange
from tests.helpers import pdf_text

D = dt.date
KP, DD = AgendaItemKind.KNOWLEDGE_PRESENTATION, AgendaItemKind.DISSEMINATION_DISCUSSION


def _meeting(s, title, day, group_ids, *, held=False, kinds=(KP, DD), presentation_ids=()):
    m = planning.create_meeting(
        s, planning.MeetingInput(title=title, date=day, start=dt.time(9, 30), end=dt.time(12, 30),
                                 group_ids=list(group_ids))
    )
    for kind in kinds:
        agenda.add_item(s, m.id, agenda.ItemInput(title=kind.value, kind=kind,
                                                  presentation_ids=list(presentation_ids) if kind == KP else []))
    if held:
        planning.set_status(s, m.id, MeetingStatus.HELD)
    return m.id


def _member(s, name, group_id, *, consent=True, sector=None, organisation=""):
    return registry.add_member(
        s, registry.MemberInput(name=name, group_id=group_id, consent_named=consent, sector=sector,
                                organisation=organisation)
    ).id


@pytest.fixture
def base(db, group_ids):
    """Two members in Brugere and one held Brugere meeting: the figures without a steering committee."""
    with db.session() as s:
        anna = _member(s, "Anna", group_ids["Brugere"])
        bo = _member(s, "Bo", group_ids["Brugere"])
        mid = _meeting(s, "Brugermøde", D(2026, 3, 2), [group_ids["Brugere"]], held=True)
        attendance.set_attendance(s, mid, anna, AttendanceStatus.PRESENT, at=dt.time(9, 30))
    return {"anna": anna, "bo": bo, "brugere_meeting": mid}


def _add_steering(db, *, held=True) -> dict:
    """The steering committee with three members (one who may not be named) and a meeting, held or not."""
    with db.session() as s:
        sid = groups.create_steering_committee(s).id
        ids = {
            "region": _member(s, "Rikke Region", sid, sector=Sector.REGION, organisation="Region Midtjylland"),
            "kommune": _member(s, "Hemmelig Kommunesen", sid, consent=False, sector=Sector.MUNICIPALITY,
                               organisation="Aalborg Kommune"),
            "partner": _member(s, "Pia Partner", sid, sector=Sector.PATIENT_ORGANISATION,
                               organisation="Danske Patienter"),
        }
        mid = _meeting(s, "Styregruppemøde", D(2026, 3, 16), [sid], held=held, kinds=())
        for member_id in ids.values():
            attendance.set_attendance(s, mid, member_id, AttendanceStatus.PRESENT, at=dt.time(9, 30))
    return {"id": sid, "meeting": mid, **ids}


# ---------------------------------------------------------------- the body itself


def test_one_steering_committee_listed_apart_without_a_size_warning(db, group_ids):
    with db.session() as s:
        sid = groups.create_steering_committee(s).id
        with pytest.raises(ValidationError) as err:
            groups.create_group(s, groups.GroupInput(name="Anden styregruppe", actor_kind=ActorKind.STEERING_COMMITTEE))
        assert err.value.by_field["actor_kind"].code == "steering_committee_exists"
        with pytest.raises(ValidationError) as err:  # nor can an expert group become a second one
            groups.update_group(s, group_ids["Forskere"],
                                groups.GroupInput(name="Forskere", actor_kind=ActorKind.STEERING_COMMITTEE))
        assert err.value.by_field["actor_kind"].code == "steering_committee_exists"
    with db.reading() as s:
        committee = groups.steering_committee(s)
        assert committee is not None and committee.id == sid and committee.name == "Styregruppe"
        assert committee.steering and committee.member_count == 0 and committee.size_warning is None
        assert [g.name for g in groups.list_groups(s, expert_only=True)] == list(group_ids)
        assert sid in {g.id for g in groups.list_groups(s)}
        assert groups.steering_ids(s) == {sid} and sid not in groups.expert_group_ids(s)


def test_a_group_with_meetings_cannot_change_into_the_steering_committee(db, group_ids):
    with db.session() as s:
        _meeting(s, "Forskermøde", D(2026, 3, 2), [group_ids["Forskere"]])
        with pytest.raises(ValidationError) as err:
            groups.update_group(s, group_ids["Forskere"],
                                groups.GroupInput(name="Forskere", actor_kind=ActorKind.STEERING_COMMITTEE))
        assert err.value.by_field["actor_kind"].code == "steering_kind_fixed"
        # an unused group can (and the steering committee, unused, can go back)
        groups.update_group(s, group_ids["Ledere"], groups.GroupInput(name="Ledere", actor_kind=ActorKind.STEERING_COMMITTEE))
        groups.update_group(s, group_ids["Ledere"], groups.GroupInput(name="Ledere", actor_kind=ActorKind.MANAGERS))


def test_a_meeting_cannot_mix_the_steering_committee_with_expert_groups(db, group_ids):
    with db.session() as s:
        sid = groups.create_steering_committee(s).id
        data = planning.MeetingInput(title="Blandet", date=D(2026, 4, 1), start=dt.time(9), end=dt.time(11),
                                     group_ids=[sid, group_ids["Klinikere"]])
        (p,) = planning.validate_meeting(s, data)
        assert (p.code, p.field) == ("meeting_steering_mixed", "group_ids")
        with pytest.raises(ValidationError):
            planning.create_meeting(s, data)
        mid = planning.create_meeting(s, planning.MeetingInput(
            title="Styregruppemøde", date=D(2026, 4, 1), start=dt.time(9), end=dt.time(11), group_ids=[sid])).id
        with pytest.raises(ValidationError) as err:  # nor can a steering meeting be given a group later
            planning.update_meeting(s, mid, planning.MeetingInput(
                title="Styregruppemøde", date=D(2026, 4, 1), start=dt.time(9), end=dt.time(11),
                group_ids=[sid, group_ids["Brugere"]]))
        assert err.value.by_field["group_ids"].code == "meeting_steering_mixed"
        assert planning.meeting_summary(s, mid).steering


def test_a_steering_meeting_starts_with_the_status_report(db, group_ids):
    with db.session() as s:
        sid = groups.create_steering_committee(s).id
        mid = planning.create_meeting(s, planning.MeetingInput(
            title="Styregruppemøde", date=D(2026, 4, 1), start=dt.time(13), end=dt.time(15), group_ids=[sid])).id
        agenda.apply_template(s, mid, "builtin:half_day")  # the dialog's template comes after it
        rows = agenda.agenda(s, mid).rows
        assert rows[0].kind == AgendaItemKind.STATUS_REPORT and rows[0].title == "Statusrapport"
        assert [r.kind for r in rows].count(AgendaItemKind.STATUS_REPORT) == 1
        # an expert group's meeting gets no status report
        gid = _meeting(s, "Klinikermøde", D(2026, 4, 2), [group_ids["Klinikere"]], kinds=())
        assert agenda.agenda(s, gid).rows == []
        # a meeting that becomes the steering committee's gets it first, before its items
        other = _meeting(s, "Flyttet møde", D(2026, 4, 3), [group_ids["Ledere"]], kinds=(KP,))
        planning.update_meeting(s, other, planning.MeetingInput(
            title="Flyttet møde", date=D(2026, 4, 3), start=dt.time(9, 30), end=dt.time(12, 30), group_ids=[sid]))
        assert [r.kind for r in agenda.agenda(s, other).rows] == [AgendaItemKind.STATUS_REPORT, KP]
        # the agenda PDF does not call it an expert group
        doc = exports.agenda_document(s, mid)
        assert doc.steering and doc.items[0].kind_label == "Statusrapport"


# ---------------------------------------------------------------- the figures never count it


def test_a_held_steering_meeting_leaves_the_meetings_held_of_18_unchanged(db, group_ids, base):
    with db.reading() as s:
        before = planning.progress(s)
    _add_steering(db)
    with db.session() as s:
        sid = groups.steering_committee(s).id
        _meeting(s, "Næste styregruppemøde", D(2026, 9, 1), [sid], kinds=())
    with db.reading() as s:
        after = planning.progress(s)
    assert (after.held, after.planned, after.target, after.held_by_group) == (
        before.held, before.planned, 18, before.held_by_group) == (1, 0, 18, after.held_by_group)
    assert "Styregruppe" not in after.held_by_group
    assert (after.steering_held, after.steering_planned) == (1, 1)


def test_the_success_criteria_are_unchanged_by_a_steering_committee(db, group_ids, base):
    today = D(2026, 6, 1)
    with db.reading() as s:
        before = status.success_criteria(s, today)
    steering = _add_steering(db)  # its held meeting has no knowledge presentation on its agenda
    with db.reading() as s:
        after = status.success_criteria(s, today)
    # six groups established: the steering committee is not a seventh, and its size is not judged
    assert (after.groups.established, after.groups.state, after.groups.params) == (
        6, before.groups.state, before.groups.params)
    assert "Styregruppe" not in {g.name for g in after.groups.groups}
    # the meetings' pace, the agenda rule, the attendance commitment and contributions
    assert (after.meetings.held, after.meetings.state, after.meetings.params) == (
        before.meetings.held, before.meetings.state, before.meetings.params)
    assert after.meetings.by_month == before.meetings.by_month
    assert (after.agenda.state, after.agenda.held, after.agenda.held_missing) == (
        before.agenda.state, 1, ())
    assert (after.attendance.members, after.attendance.state, after.attendance.params) == (
        2, before.attendance.state, before.attendance.params)
    named = {r.member_id for r in after.attendance.members_below + after.attendance.members_at_risk}
    assert not named & {steering["region"], steering["kommune"], steering["partner"]}
    assert (after.contributions.held, after.contributions.held_without) == (1, before.contributions.held_without)
    assert steering["meeting"] not in {u.meeting.id for u in after.next_meetings}
    with db.reading() as s:
        o = status.overview(s)
    assert (o.meetings_held, o.active_members) == (1, 2)


def test_steering_members_have_no_commitment(db, group_ids, base):
    steering = _add_steering(db)
    with db.reading() as s:
        c = planning.commitment(s)
    assert c.count(steering["region"]) == 1  # their meetings are counted ...
    assert c.status(steering["region"]) is None and not c.committed(steering["region"])  # ... never judged
    assert c.committed(base["anna"]) and c.status(base["anna"]) == "below"


def test_an_evaluation_round_with_default_groups_does_not_ask_steering_members(db, group_ids, base):
    steering = _add_steering(db)
    with db.session() as s:
        row = rounds.create_round(s, rounds.RoundInput(EvaluationRoundKind.BASELINE, "Baseline", D(2026, 1, 5)))
        assert steering["id"] not in row.group_ids and len(row.group_ids) == 6
        asked = rounds.asked_members(s, row.id)
        assert set(asked) == {base["anna"], base["bo"]}
        with pytest.raises(ValidationError) as err:
            rounds.create_round(s, rounds.RoundInput(EvaluationRoundKind.END, "Slut", D(2027, 3, 1),
                                                     group_ids=[steering["id"], group_ids["Brugere"]]))
        assert err.value.by_field["group_ids"].code == "evaluation_round_steering"


def test_library_coverage_has_no_steering_column_and_ignores_its_meetings(db, group_ids):
    with db.session() as s:
        sid = groups.create_steering_committee(s).id
        pid = library.create_presentation(s, library.PresentationInput(title="Fælles beslutningstagning")).id
        _meeting(s, "Styregruppemøde", D(2026, 3, 2), [sid], held=True, kinds=(KP,), presentation_ids=[pid])
    with db.reading() as s:
        cov = coverage_service.coverage(s)
    assert [g.name for g in cov.groups] == list(group_ids)
    assert cov.shown == {}


def test_sharing_never_targets_the_steering_committee(db, group_ids):
    with db.session() as s:
        sid = groups.create_steering_committee(s).id
        source = _meeting(s, "Klinikermøde", D(2026, 3, 2), [group_ids["Klinikere"]], held=True)
        minutes.set_notes(s, agenda.agenda(s, source).rows[0].id, "Noter til deling")
        steering_meeting = _meeting(s, "Styregruppemøde", D(2026, 4, 1), [sid], kinds=())
        brugere = _meeting(s, "Brugermøde", D(2026, 4, 2), [group_ids["Brugere"]])
        assert [m.id for m in exchange.target_meetings(s, source)] == [brugere]
        key = exchange.digest_sources(s, source).pieces[0].key
        with pytest.raises(ValidationError) as err:
            exchange.create_digest(s, source, steering_meeting, [key])
        assert err.value.by_field["target"].code == "digest_target_steering"
        _own, others = exchange.askable_groups(s, source)
        assert sid not in {g.id for g in others} and len(others) == 5
        with pytest.raises(ValidationError) as err:
            exchange.ask(s, group_ids["Klinikere"], sid, "Hvad mener styregruppen?")
        assert err.value.by_field["to_group"].code == "question_to_steering"


def test_the_steering_committee_gives_no_knowledge_contributions(db, group_ids):
    with db.session() as s:
        sid = groups.create_steering_committee(s).id
        with pytest.raises(ValidationError) as err:
            register.create_contribution(s, register.ContributionInput(title="Et eksempel", group_id=sid))
        assert err.value.by_field["group_id"].code == "contribution_steering"


# ---------------------------------------------------------------- its minutes: the same consent rule


def test_the_steering_minutes_name_only_members_who_consented(db, group_ids, tmp_path):
    steering = _add_steering(db)
    with db.session() as s:
        item = agenda.agenda(s, steering["meeting"]).rows[0]
        assert item.kind == AgendaItemKind.STATUS_REPORT
        minutes.set_notes(s, item.id, "Statusrapporten blev gennemgået & godkendt")
        minutes.add_decision(s, item.id, "Rekrutteringen i Forskere styrkes")
        minutes.add_action(s, item.id, minutes.ActionInput("Kontakt KL om rekruttering",
                                                           owner_member_id=steering["kommune"]))
    with db.reading() as s:
        doc = exports.minutes_document(s, steering["meeting"])
        path = exports.export_minutes_pdf(s, steering["meeting"], tmp_path / "referat.pdf")
    assert doc.present == ["Pia Partner", "Rikke Region"]
    assert doc.present_unnamed == [("Kommune", 1)]
    text = " ".join(pdf_text(path).split())
    assert "Hemmelig" not in text and "Kommunesen" not in text
    assert "Pia Partner" in text and "Rikke Region" in text
    assert "Et medlem (kommune)" in text  # the action's owner, not named
    assert "Statusrapporten blev gennemgået & godkendt" in text
    assert "Gruppe Styregruppe" in text and "Ekspertgruppe" not in text
