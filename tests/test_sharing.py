"""Sharing between groups: digests onto another group's meeting, questions between groups (services, no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from tankapp.domain import Digest
from tankapp.domain.enums import AgendaItemKind, ContributionKind, MeetingStatus
from tankapp.services.meetings import agenda as agenda_service
from tankapp.services.contributions import register as contributions
from tankapp.services import documents as exports
from tankapp.services.meetings import planning as meetings
from tankapp.services.meetings import minutes
from tankapp.services.sharing import exchange as sharing
from tankapp.services.members import registry as member_service
from tankapp.services.meetings.agenda import ItemInput
from tankapp.services.errors import ServiceError, ValidationError
from tankapp.services.meetings.planning import MeetingInput


def _meeting(s, title, day, groups, status=MeetingStatus.PLANNED, items=(("Velkomst", 15),)):
    m = meetings.create_meeting(
        s, MeetingInput(title=title, date=day, start=dt.time(9, 30), end=dt.time(12, 30), group_ids=groups, status=status)
    )
    for t, n in items:
        agenda_service.add_item(s, m.id, ItemInput(title=t, planned_minutes=n))
    return m.id


@pytest.fixture
def world(db, group_ids):
    """A held Klinikere meeting (12.03.2026) with notes, decisions and contributions, and meetings around it."""
    g = group_ids
    ids = {}
    with db.session() as s:
        member = member_service.add_member(
            s, member_service.MemberInput(name="Åse Kjærgaard", group_id=g["Klinikere"], consent_named=True)
        ).id
        src = _meeting(s, "Klinikermøde", dt.date(2026, 3, 12), [g["Klinikere"]],
                       items=(("Velkomst", 15), ("Vidensoplæg", 45), ("Drøftelse", 30)))
        items = agenda_service.agenda(s, src).rows
        minutes.set_notes(s, items[1].id, "Oplæg om pårørende.\nGod debat.")
        minutes.set_notes(s, items[2].id, "Vi prøver patientråd på to afdelinger.")
        ids["d1"] = minutes.add_decision(s, items[2].id, "Vi afprøver fælles beslutningstagning i ambulatoriet").uuid
        ids["d2"] = minutes.add_decision(s, items[2].id, "Næste møde handler om PRO").uuid
        c = contributions.create_contribution(s, contributions.ContributionInput(
            title="Tid i konsultationen", text="Der er ikke tid til at spørge ind", kind=ContributionKind.BARRIER,
            group_id=g["Klinikere"], meeting_id=src, agenda_item_id=items[2].id, member_id=member))
        ids["c1"] = c.uuid
        minutes.mark_held(s, src)
        ids["src"] = src
        ids["item_uuids"] = [r.uuid for r in items]
        ids["ledere"] = _meeting(s, "Ledermøde", dt.date(2026, 4, 20), [g["Ledere"]])
        ids["forskere"] = _meeting(s, "Forskermøde", dt.date(2026, 5, 6), [g["Forskere"]])
        ids["own_next"] = _meeting(s, "Næste klinikermøde", dt.date(2026, 5, 1), [g["Klinikere"]])
        ids["joint_with_own"] = _meeting(s, "Fællesmøde", dt.date(2026, 6, 1), [g["Klinikere"], g["Brugere"]])
        ids["past_other"] = _meeting(s, "Tidligt ledermøde", dt.date(2026, 2, 10), [g["Ledere"]], MeetingStatus.HELD)
        ids["earlier_planned"] = _meeting(s, "Glemt ledermøde", dt.date(2026, 3, 1), [g["Ledere"]])
        ids["cancelled"] = _meeting(s, "Aflyst", dt.date(2026, 4, 2), [g["Brugere"]], MeetingStatus.CANCELLED)
        ids["same_day"] = _meeting(s, "Samme dag", dt.date(2026, 3, 12), [g["Brugere"]])
    return db, g, ids


# ---------------------------------------------------------------- sources and targets


def test_sources_only_from_a_held_meeting(world):
    db, g, ids = world
    with db.reading() as s, pytest.raises(ServiceError) as exc:
        sharing.digest_sources(s, ids["ledere"])
    assert exc.value.code == "digest_not_held"


def test_sources_are_notes_decisions_and_contributions_in_meeting_order(world):
    db, g, ids = world
    with db.reading() as s:
        src = sharing.digest_sources(s, ids["src"])
    velkomst, oplaeg, droeftelse = ids["item_uuids"]
    assert [(p.key, p.kind, p.item_title) for p in src.pieces] == [
        (f"note:{oplaeg}", "note", "Vidensoplæg"),  # Velkomst has no notes: nothing to pick
        (f"note:{droeftelse}", "note", "Drøftelse"),
        (f"decision:{ids['d1']}", "decision", "Drøftelse"),
        (f"decision:{ids['d2']}", "decision", "Drøftelse"),
        (f"contribution:{ids['c1']}", "contribution", "Drøftelse"),
    ]
    assert src.pieces[0].text == "Oplæg om pårørende.\nGod debat."
    assert src.pieces[-1].text == "Tid i konsultationen – Der er ikke tid til at spørge ind"
    assert src.pieces[-1].contribution_kind == ContributionKind.BARRIER
    assert src.groups == ("Klinikere",) and src.default_title == "Nyt fra Klinikere"
    # keys are stable: the same again in a new session
    with db.reading() as s:
        assert [p.key for p in sharing.digest_sources(s, ids["src"]).pieces] == [p.key for p in src.pieces]


def test_targets_are_coming_meetings_of_other_groups(world):
    db, g, ids = world
    with db.reading() as s:
        targets = sharing.target_meetings(s, ids["src"])
    assert [m.title for m in targets] == ["Ledermøde", "Forskermøde"]


# ---------------------------------------------------------------- creating a digest


def test_digest_becomes_a_cross_group_item_on_the_target_agenda_and_its_pdf(world):
    db, g, ids = world
    velkomst, oplaeg, droeftelse = ids["item_uuids"]
    with db.session() as s:
        digest = sharing.create_digest(
            s, ids["src"], ids["ledere"], [f"decision:{ids['d1']}", f"note:{droeftelse}", f"contribution:{ids['c1']}"]
        )
        digest_id = digest.id
    expected = (
        "Fra Klinikere, møde 12.03.2026: Klinikermøde\n\n"
        "Noter – Drøftelse: Vi prøver patientråd på to afdelinger.\n\n"
        "Beslutning: Vi afprøver fælles beslutningstagning i ambulatoriet\n\n"
        "Vidensbidrag (barriere): Tid i konsultationen – Der er ikke tid til at spørge ind"
    )
    with db.reading() as s:
        rows = agenda_service.agenda(s, ids["ledere"]).rows
        doc = exports.agenda_document(s, ids["ledere"])
        d = s.get(Digest, digest_id)
        assert (d.from_meeting_id, d.text) == (ids["src"], expected)
        both = sharing.list_digests(s, ids["src"]), sharing.list_digests(s, ids["ledere"])
    last = rows[-1]
    assert (last.title, last.kind, last.planned_minutes, last.description) == (
        "Nyt fra Klinikere", AgendaItemKind.CROSS_GROUP_SHARING, 20, expected)
    assert last.id == d.agenda_item_id and [r.title for r in rows] == ["Velkomst", "Nyt fra Klinikere"]
    assert doc.items[-1].description == expected
    assert doc.items[-1].kind_label == "Deling på tværs af grupper"
    sent, received = both
    assert [r.id for r in sent.sent] == [digest_id] and sent.received == []
    assert [r.id for r in received.received] == [digest_id] and received.sent == []
    row = received.received[0]
    assert (row.from_meeting_title, row.to_meeting_title, row.from_groups, row.to_groups, row.item_title) == (
        "Klinikermøde", "Ledermøde", ("Klinikere",), ("Ledere",), "Nyt fra Klinikere")


def test_digest_with_own_title_and_minutes(world):
    db, g, ids = world
    with db.session() as s:
        sharing.create_digest(s, ids["src"], ids["forskere"], [f"decision:{ids['d2']}"], title="  Klinikerne om PRO ",
                              minutes=10)
    with db.reading() as s:
        last = agenda_service.agenda(s, ids["forskere"]).rows[-1]
    assert (last.title, last.planned_minutes) == ("Klinikerne om PRO", 10)


def test_digest_never_names_members(world):
    db, g, ids = world
    with db.reading() as s:
        keys = [p.key for p in sharing.digest_sources(s, ids["src"]).pieces]
    with db.session() as s:
        text = sharing.create_digest(s, ids["src"], ids["ledere"], keys).text
    assert "Tid i konsultationen" in text and "Åse" not in text and "Kjærgaard" not in text


@pytest.mark.parametrize(
    "target, code",
    [
        ("own_next", "digest_target_same_group"),
        ("joint_with_own", "digest_target_same_group"),
        ("past_other", "digest_target_not_coming"),
        ("earlier_planned", "digest_target_not_coming"),
        ("cancelled", "digest_target_not_coming"),
        ("same_day", "digest_target_not_coming"),
    ],
)
def test_digest_refuses_a_target_that_is_not_another_groups_coming_meeting(world, target, code):
    db, g, ids = world
    with db.session() as s, pytest.raises(ValidationError) as exc:
        sharing.create_digest(s, ids["src"], ids[target], [f"decision:{ids['d1']}"])
    assert exc.value.code == code


def test_digest_needs_pieces_it_knows_and_a_held_source(world):
    db, g, ids = world
    with db.session() as s:
        with pytest.raises(ValidationError) as exc:
            sharing.create_digest(s, ids["src"], ids["ledere"], [])
        assert exc.value.code == "digest_no_pieces"
        with pytest.raises(ValidationError) as exc:
            sharing.create_digest(s, ids["src"], ids["ledere"], ["decision:nope"])
        assert exc.value.code == "digest_piece_unknown"
        with pytest.raises(ServiceError) as exc:
            sharing.create_digest(s, ids["forskere"], ids["ledere"], ["decision:nope"])
        assert exc.value.code == "digest_not_held"
        assert [r.title for r in agenda_service.agenda(s, ids["ledere"]).rows] == ["Velkomst"]


def test_removing_the_agenda_item_removes_the_digest(world):
    db, g, ids = world
    with db.session() as s:
        d = sharing.create_digest(s, ids["src"], ids["ledere"], [f"decision:{ids['d1']}"])
        item_id = d.agenda_item_id
    with db.session() as s:
        agenda_service.remove_item(s, item_id)
    with db.reading() as s:
        assert sharing.list_digests(s, ids["src"]).sent == []


# ---------------------------------------------------------------- questions


@pytest.fixture
def two_groups(db, group_ids):
    """Klinikere meet 12.03 and 10.06; Ledere meet 20.04; a joint Ledere+Forskere meeting 05.05."""
    g = group_ids
    with db.session() as s:
        ids = {
            "k1": _meeting(s, "Klinikere 1", dt.date(2026, 3, 12), [g["Klinikere"]]),
            "l1": _meeting(s, "Ledere 1", dt.date(2026, 4, 20), [g["Ledere"]]),
            "joint": _meeting(s, "Ledere og Forskere", dt.date(2026, 5, 5), [g["Ledere"], g["Forskere"]]),
            "k2": _meeting(s, "Klinikere 2", dt.date(2026, 6, 10), [g["Klinikere"]]),
            "l0": _meeting(s, "Ledere 0", dt.date(2026, 2, 2), [g["Ledere"]]),
        }
    return db, g, ids


def test_question_round_trip_between_two_groups(two_groups):
    db, g, ids = two_groups
    with db.session() as s:
        qid = sharing.ask(s, g["Klinikere"], g["Ledere"], "  Hvordan får I tid til brugerinddragelse? ",
                          asked_at_meeting_id=ids["k1"]).id
    with db.reading() as s:
        (q,) = sharing.open_questions_for(s, ids["l1"])
        assert (q.id, q.from_group, q.to_group, q.text, q.asked_on, q.answered) == (
            qid, "Klinikere", "Ledere", "Hvordan får I tid til brugerinddragelse?", dt.date(2026, 3, 12), False)
        assert sharing.open_questions_for(s, ids["l0"]) == []  # asked after that meeting
        assert sharing.open_questions_for(s, ids["k1"]) == []  # not to Klinikere
        assert [w.id for w in sharing.waiting_questions_from(s, ids["k2"])] == [qid]
        assert sharing.answers_for(s, ids["k2"]) == []
    with db.session() as s:
        sharing.answer(s, qid, "Vi sætter det på dagsordenen hver måned.", answered_at_meeting_id=ids["l1"])
    with db.reading() as s:
        assert sharing.open_questions_for(s, ids["l1"]) == []
        assert sharing.open_questions_for(s, ids["joint"]) == []
        assert [a.id for a in sharing.answered_at(s, ids["l1"])] == [qid]
        (a,) = sharing.answers_for(s, ids["k2"])
        assert (a.answer, a.answered_on, a.answered_at_meeting_id) == (
            "Vi sætter det på dagsordenen hver måned.", dt.date(2026, 4, 20), ids["l1"])
        assert sharing.answers_for(s, ids["k1"]) == []  # answered after that meeting
        assert sharing.waiting_questions_from(s, ids["k2"]) == []
        assert [r.id for r in sharing.list_questions(s, g["Ledere"])] == [qid]
        assert sharing.list_questions(s, g["Brugere"]) == []


def test_a_joint_meeting_receives_questions_for_either_group(two_groups):
    db, g, ids = two_groups
    with db.session() as s:
        to_ledere = sharing.ask(s, g["Klinikere"], g["Ledere"], "Spørgsmål til lederne", on=dt.date(2026, 3, 1)).id
        to_forskere = sharing.ask(s, g["Klinikere"], g["Forskere"], "Spørgsmål til forskerne",
                                  on=dt.date(2026, 3, 2)).id
        sharing.ask(s, g["Klinikere"], g["Brugere"], "Spørgsmål til brugerne", on=dt.date(2026, 3, 3))
    with db.reading() as s:
        assert [q.id for q in sharing.open_questions_for(s, ids["joint"])] == [to_ledere, to_forskere]
    with db.session() as s:
        sharing.answer(s, to_forskere, "Se den nye rapport.", answered_at_meeting_id=ids["joint"])
    with db.reading() as s:
        assert [q.id for q in sharing.open_questions_for(s, ids["joint"])] == [to_ledere]
        assert [q.answer for q in sharing.answers_for(s, ids["k2"])] == ["Se den nye rapport."]


def test_answers_for_newest_first(two_groups):
    db, g, ids = two_groups
    with db.session() as s:
        a = sharing.ask(s, g["Klinikere"], g["Ledere"], "Første", on=dt.date(2026, 3, 1)).id
        b = sharing.ask(s, g["Klinikere"], g["Forskere"], "Andet", on=dt.date(2026, 3, 1)).id
        sharing.answer(s, a, "Svar 1", on=dt.date(2026, 4, 1))
        sharing.answer(s, b, "Svar 2", on=dt.date(2026, 5, 1))
    with db.reading() as s:
        assert [q.answer for q in sharing.answers_for(s, ids["k2"])] == ["Svar 2", "Svar 1"]


def test_question_validation(two_groups):
    db, g, ids = two_groups
    with db.session() as s:
        with pytest.raises(ValidationError) as exc:
            sharing.ask(s, g["Klinikere"], g["Klinikere"], "Til os selv?")
        assert exc.value.code == "question_same_group"
        with pytest.raises(ValidationError) as exc:
            sharing.ask(s, g["Klinikere"], g["Ledere"], "   ")
        assert exc.value.code == "question_text_required"
        with pytest.raises(ValidationError) as exc:
            sharing.ask(s, g["Ledere"], g["Forskere"], "Spørgsmål", asked_at_meeting_id=ids["k1"])
        assert exc.value.code == "question_meeting_not_of_group"
        qid = sharing.ask(s, g["Klinikere"], g["Ledere"], "Spørgsmål").id
        with pytest.raises(ValidationError) as exc:
            sharing.answer(s, qid, "  ")
        assert exc.value.code == "answer_text_required"
        with pytest.raises(ValidationError) as exc:
            sharing.answer(s, qid, "Svar", answered_at_meeting_id=ids["k2"])
        assert exc.value.code == "answer_meeting_not_of_group"


def test_asked_on_defaults_to_the_meeting_date_else_today(two_groups):
    db, g, ids = two_groups
    with db.session() as s:
        at_meeting = sharing.ask(s, g["Klinikere"], g["Ledere"], "A", asked_at_meeting_id=ids["k1"])
        outside = sharing.ask(s, g["Klinikere"], g["Ledere"], "B")
        assert at_meeting.asked_on == dt.date(2026, 3, 12)
        assert outside.asked_on == dt.date.today()


def test_a_question_asked_at_a_joint_meeting_does_not_show_at_that_meeting(two_groups):
    db, g, ids = two_groups
    with db.session() as s:
        sharing.ask(s, g["Ledere"], g["Forskere"], "Spørgsmål", asked_at_meeting_id=ids["joint"])
    with db.reading() as s:
        assert sharing.open_questions_for(s, ids["joint"]) == []


def test_askable_groups(two_groups):
    db, g, ids = two_groups
    with db.reading() as s:
        own, others = sharing.askable_groups(s, ids["joint"])
    assert [x.name for x in own] == ["Ledere", "Forskere"]
    assert [x.name for x in others] == ["Brugere", "Klinikere", "Kvalitetskonsulenter", "Uddannelsesrepræsentanter"]
