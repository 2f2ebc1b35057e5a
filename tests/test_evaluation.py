"""Self-evaluation: questionnaires as data, rounds, responses, results, learning points, export, demo.

The figures are computed on answers chosen here, so each expected number is worked out by hand.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from tankapp.domain.enums import ContributionKind, EvaluationRoundKind, QuestionKind, ResponseChannel, ResponseStatus
from tankapp.services.errors import NotFound, ServiceError, ValidationError
from tankapp.services.evaluation import export as ev_export
from tankapp.services.evaluation import interviews, learning, questionnaire, responses, results, rounds
from tankapp.services.members import registry as members
from tankapp.storage import open_database

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "databases"

OPENS = dt.date(2026, 2, 1)
END_OPENS = dt.date(2027, 2, 1)
S1, S2, S3 = questionnaire.STATEMENT_KEYS
K1 = questionnaire.KNOWLEDGE_KEYS[0]
PROMOTERS, BARRIERS = questionnaire.PROMOTERS_KEY, questionnaire.BARRIERS_KEY


# ---------------------------------------------------------------- helpers


def add_members(s, group_id: int, count: int, prefix: str, **extra) -> list[int]:
    ids = []
    for i in range(count):
        m = members.add_member(
            s,
            members.MemberInput(
                name=f"{prefix} Ærbødig {i}",
                group_id=group_id,
                email=f"{prefix.lower()}{i}@example.dk",
                joined_on=dt.date(2026, 1, 10),
                **extra,
            ),
        )
        ids.append(m.id)
    return ids


def make_round(s, group_ids, kind=EvaluationRoundKind.BASELINE, opens=OPENS, **kw) -> rounds.RoundRow:
    return rounds.create_round(
        s, rounds.RoundInput(kind=kind, title=f"{kind.value} runde", opens_on=opens, group_ids=list(group_ids), **kw)
    )


def answer(s, round_id, member_id, **answers):
    return responses.record_answers(s, round_id, member_id, answers, on=OPENS)


def group_figures(res: results.RoundResults, name: str) -> results.GroupFigures:
    return next(g for g in res.groups if g.group == name)


def statement(figures: results.GroupFigures, key: str) -> results.ItemFigures:
    return next(i for i in figures.statements if i.key == key)


# ---------------------------------------------------------------- the questionnaire


def test_the_standard_questionnaire_is_made_once_and_asks_the_success_criteria(db):
    with db.session() as s:
        first = questionnaire.ensure_standard_questionnaire(s)
        again = questionnaire.ensure_standard_questionnaire(s)
    assert again.id == first.id and first.version == 1
    with db.reading() as s:
        assert [q.id for q in questionnaire.list_questionnaires(s)] == [first.id]
    kinds = [i.kind for i in first.items]
    assert kinds == [QuestionKind.AGREEMENT] * 3 + [QuestionKind.KNOWLEDGE] * 4 + [QuestionKind.TEXT] * 2
    texts = " ".join(i.text_da for i in first.items)
    for words in ("substantiel ny viden om brugerinddragelse", "sprede viden i organisationer",
                  "ledere og frontlinjepersonale", "organisatorisk inddragelse", "individuel inddragelse",
                  "pårørendeinddragelse", "fremmere", "barrierer"):
        assert words in texts
    assert all(i.text_en and i.short_da and i.short_en for i in first.items)


def test_a_round_keeps_its_questionnaire_version_when_a_v2_exists(db, group_ids):
    with db.session() as s:
        (mid,) = add_members(s, group_ids["Klinikere"], 1, "Kli")
        old_round = make_round(s, [group_ids["Klinikere"]])
        v1 = questionnaire.get_questionnaire(s, old_round.questionnaire_id)
        items_v2 = [
            questionnaire.ItemSpec(S1, QuestionKind.AGREEMENT, "Tænketanken har givet mig ny viden.",
                                   "The think tank gave me new knowledge.", "Ny viden", "New knowledge"),
            questionnaire.ItemSpec("statement_network", QuestionKind.AGREEMENT, "Jeg har fået et nyt netværk.",
                                   "I have a new network.", "Netværk", "Network"),
        ]
        v2 = questionnaire.create_questionnaire(s, questionnaire.STANDARD_KEY, "Selvevaluering v2", items_v2)
        new_round = make_round(s, [group_ids["Klinikere"]], EvaluationRoundKind.END, END_OPENS)
    assert v2.version == 2
    with db.session() as s:
        assert questionnaire.ensure_standard_questionnaire(s).id == v2.id  # the newest is the default
        assert new_round.questionnaire_id == v2.id
        assert rounds.get_round(s, old_round.id).questionnaire_version == 1
        assert [i.text_da for i in rounds.round_items(s, old_round.id)] == [i.text_da for i in v1.items]
        assert rounds.round_items(s, new_round.id)[0].text_da == "Tænketanken har givet mig ny viden."
        # the old round does not take the new question, the new round does
        with pytest.raises(ValidationError) as err:
            responses.record_answers(s, old_round.id, mid, {"statement_network": 4})
        assert err.value.by_field["statement_network"].code == "evaluation_item_unknown"
        responses.record_answers(s, new_round.id, mid, {"statement_network": 4})
        with pytest.raises(ValidationError) as err:
            questionnaire.create_questionnaire(s, questionnaire.STANDARD_KEY, "igen", items_v2, version=2)
        assert err.value.code == "questionnaire_version_taken"


def test_a_round_with_answers_keeps_its_questions_and_is_not_deleted_by_mistake(db, group_ids):
    with db.session() as s:
        (mid,) = add_members(s, group_ids["Klinikere"], 1, "Kli")
        rnd = make_round(s, [group_ids["Klinikere"]])
        other = questionnaire.create_questionnaire(s, "kort", "Kort skema", questionnaire.STANDARD_ITEMS[:1])
        answer(s, rnd.id, mid, **{S1: 4})
    data = rounds.RoundInput(EvaluationRoundKind.BASELINE, "Ny titel", OPENS, dt.date(2026, 3, 1),
                             questionnaire_id=other.id, group_ids=[group_ids["Ledere"]])
    with db.session() as s, pytest.raises(ServiceError) as err:
        rounds.update_round(s, rnd.id, data)
    assert err.value.code == "evaluation_round_has_responses"
    with db.session() as s:
        data.questionnaire_id = None  # keep the questions; the group with an answer stays asked
        changed = rounds.update_round(s, rnd.id, data)
    assert (changed.title, changed.closes_on, changed.questionnaire_version) == ("Ny titel", dt.date(2026, 3, 1), 1)
    assert changed.groups == ("Klinikere", "Ledere")
    with db.session() as s, pytest.raises(ServiceError) as err:
        rounds.delete_round(s, rnd.id)
    assert err.value.code == "evaluation_round_has_responses"
    with db.session() as s:
        rounds.delete_round(s, rnd.id, with_responses=True)
    with db.reading() as s:
        assert rounds.list_rounds(s) == []
    for bad, code in [(rounds.RoundInput(title=" "), "evaluation_round_title_required"),
                      (rounds.RoundInput(title="x"), "evaluation_round_date_required"),
                      (rounds.RoundInput(title="x", opens_on=OPENS, closes_on=OPENS - dt.timedelta(days=1)),
                       "evaluation_round_closes_before_opens"),
                      (rounds.RoundInput(title="x", opens_on=OPENS, group_ids=[]), "evaluation_round_groups_required")]:
        with db.session() as s, pytest.raises(ValidationError) as err:
            rounds.create_round(s, bad)
        assert err.value.code == code


# ---------------------------------------------------------------- recording answers


def test_re_recording_replaces_the_answers_in_one_response(db, group_ids):
    with db.session() as s:
        (mid,) = add_members(s, group_ids["Klinikere"], 1, "Kli")
        rnd = make_round(s, [group_ids["Klinikere"]])
        responses.record_answers(s, rnd.id, mid, {S1: 1, S2: 2, PROMOTERS: "  Ledelsens opbakning  "},
                                 channel=ResponseChannel.KIOSK, on=OPENS)
    with db.reading() as s:
        first = responses.get_response(s, rnd.id, mid)
    assert first.answers == {S1: 1, S2: 2, PROMOTERS: "Ledelsens opbakning"}  # trimmed
    assert first.channel == ResponseChannel.KIOSK
    with db.session() as s:
        responses.record_answers(s, rnd.id, mid, {S1: "5", S3: 4}, on=OPENS + dt.timedelta(days=2))
    with db.reading() as s:
        again = responses.get_response(s, rnd.id, mid)
        res = results.round_results(s, rnd.id)
    assert again.id == first.id
    assert again.answers == {S1: 5, S3: 4}  # S2 and the text are gone, "5" typed is 5
    assert again.answered_on == OPENS + dt.timedelta(days=2) and again.channel == ResponseChannel.PAPER
    assert res.overall.answered == 1


@pytest.mark.parametrize("value", [0, 6, -1, "seks", "4.5", 3.5, True])
def test_a_scale_answer_outside_1_to_5_is_refused_and_nothing_changes(db, group_ids, value):
    with db.session() as s:
        (mid,) = add_members(s, group_ids["Klinikere"], 1, "Kli")
        rnd = make_round(s, [group_ids["Klinikere"]])
        answer(s, rnd.id, mid, **{S1: 3})
    with db.session() as s, pytest.raises(ValidationError) as err:
        responses.record_answers(s, rnd.id, mid, {S1: 4, S2: value})
    assert [(p.code, p.field) for p in err.value.problems] == [("evaluation_scale_value", S2)]
    with db.reading() as s:
        assert responses.get_response(s, rnd.id, mid).answers == {S1: 3}


def test_texts_are_limited_unknown_questions_and_empty_forms_refused(db, group_ids):
    with db.session() as s:
        (mid,) = add_members(s, group_ids["Klinikere"], 1, "Kli")
        rnd = make_round(s, [group_ids["Klinikere"]])
    cases = [
        ({PROMOTERS: "x" * (responses.TEXT_MAX + 1)}, "evaluation_text_too_long"),
        ({"favourite_colour": 3}, "evaluation_item_unknown"),
        ({S1: None, S2: "", PROMOTERS: "   \n  "}, "evaluation_answers_empty"),
        ({}, "evaluation_answers_empty"),
    ]
    for given, code in cases:
        with db.session() as s, pytest.raises(ValidationError) as err:
            responses.record_answers(s, rnd.id, mid, given)
        assert err.value.code == code, given
    with db.session() as s:
        row = responses.record_answers(s, rnd.id, mid, {PROMOTERS: "x" * responses.TEXT_MAX + "\x1b\x00"})
    assert row.answers[PROMOTERS] == "x" * responses.TEXT_MAX  # control characters dropped, then within the limit


def test_who_may_answer_a_round(db, group_ids):
    from tankapp.services.privacy import rights

    with db.session() as s:
        kli = add_members(s, group_ids["Klinikere"], 3, "Kli")
        (leder,) = add_members(s, group_ids["Ledere"], 1, "Led")
        rnd = make_round(s, [group_ids["Klinikere"]])
        members.withdraw_member(s, kli[1], on=OPENS - dt.timedelta(days=1))
        answer(s, rnd.id, kli[2], **{S1: 4})
        rights.anonymise_member(s, kli[2], today=OPENS + dt.timedelta(days=10))
    checks = [
        (kli[1], "evaluation_member_withdrawn"),
        (leder, "evaluation_group_not_asked"),
        (kli[2], "evaluation_member_anonymised"),
    ]
    for member_id, code in checks:
        with db.session() as s, pytest.raises(ServiceError) as err:
            responses.record_answers(s, rnd.id, member_id, {S1: 3})
        assert err.value.code == code
        with db.session() as s, pytest.raises(ServiceError) as err:
            responses.mark_declined(s, rnd.id, member_id)
        assert err.value.code == code
    with db.session() as s, pytest.raises(NotFound) as err:
        responses.record_answers(s, rnd.id, 99_999, {S1: 3})
    assert err.value.code == "member_not_found"
    with db.reading() as s:
        # the anonymised member's answer stays in the results; the withdrawn one was not asked
        res = results.round_results(s, rnd.id)
        assert (res.overall.asked, res.overall.answered) == (2, 1)


def test_a_batch_follows_the_same_rules_and_records_nothing_when_one_sheet_is_wrong(db, group_ids):
    from tankapp.services.privacy import rights

    Sheet = responses.Sheet
    with db.session() as s:
        kli = add_members(s, group_ids["Klinikere"], 5, "Kli")
        (leder,) = add_members(s, group_ids["Ledere"], 1, "Led")
        rnd = make_round(s, [group_ids["Klinikere"]])
        answer(s, rnd.id, kli[0], **{S1: 1, PROMOTERS: "Før"})
        answer(s, rnd.id, kli[4], **{S1: 2})
        rights.anonymise_member(s, kli[4], today=OPENS + dt.timedelta(days=10))
        members.withdraw_member(s, kli[3], on=OPENS - dt.timedelta(days=1))

    def state():
        with db.reading() as s:
            return [responses.get_response(s, rnd.id, m) for m in kli]

    before = state()
    good = [Sheet(kli[0], {S1: "5", K1: 3}, ResponseChannel.KIOSK, OPENS), Sheet(kli[1], None, on=OPENS)]
    wrong = [
        ([Sheet(kli[2], {S1: 6})], "evaluation_scale_value"),
        ([Sheet(kli[2], {})], "evaluation_answers_empty"),
        ([Sheet(kli[3], {S1: 3})], "evaluation_member_withdrawn"),
        ([Sheet(leder, {S1: 3})], "evaluation_group_not_asked"),
        ([Sheet(kli[4], None)], "evaluation_member_anonymised"),
        ([Sheet(99_999, {S1: 3})], "member_not_found"),
        ([Sheet(2**70, {S1: 3})], "member_not_found"),
    ]
    for extra, code in wrong:
        with db.session() as s, pytest.raises(ServiceError) as err:
            responses.record_many(s, rnd.id, good + extra)
        assert err.value.code == code
        assert state() == before  # the good sheets before it were not recorded either

    with db.session() as s:
        assert responses.record_many(s, rnd.id, good + [Sheet(kli[2], {S2: 2}), Sheet(kli[2], {S3: 4}, on=OPENS)]) == 3
        assert responses.get_response(s, rnd.id, kli[0]).answers == {S1: 5, K1: 3}  # the same transaction sees them
    after = state()
    assert (after[0].status, after[0].channel, after[0].answers) == (
        ResponseStatus.ANSWERED, ResponseChannel.KIOSK, {S1: 5, K1: 3})  # the earlier answers replaced
    assert (after[1].status, after[1].answers) == (ResponseStatus.DECLINED, {})
    assert after[2].answers == {S3: 4}  # a member given twice keeps the last sheet
    assert after[4] == before[4]  # the anonymised member's answer is kept as it was
    with db.reading() as s:
        res = results.round_results(s, rnd.id)
    assert (res.overall.asked, res.overall.answered, res.overall.declined) == (4, 3, 1)


def test_declined_counts_as_asked_not_answered_and_clearing_undoes_it(db, group_ids):
    with db.session() as s:
        ids = add_members(s, group_ids["Klinikere"], 4, "Kli")
        rnd = make_round(s, [group_ids["Klinikere"]])
        answer(s, rnd.id, ids[0], **{S1: 4})
        answer(s, rnd.id, ids[1], **{S1: 2, PROMOTERS: "Tid"})
        responses.mark_declined(s, rnd.id, ids[1], on=OPENS)  # changed their mind: answers dropped
    with db.reading() as s:
        res = results.round_results(s, rnd.id)
        (grp,) = responses.round_members(s, rnd.id)
        declined = responses.get_response(s, rnd.id, ids[1])
    assert (res.overall.asked, res.overall.answered, res.overall.declined) == (4, 1, 1)
    assert res.overall.response_rate == pytest.approx(1 / 4)
    assert declined.status == ResponseStatus.DECLINED and declined.answers == {}
    assert (grp.group, grp.asked, grp.answered, grp.declined, grp.not_answered) == ("Klinikere", 4, 1, 1, 2)
    states = {m.member_id: m.state for m in grp.members}
    assert states == {ids[0]: ResponseStatus.ANSWERED, ids[1]: ResponseStatus.DECLINED, ids[2]: None, ids[3]: None}
    with db.session() as s:
        assert responses.clear_response(s, rnd.id, ids[1]) is True
        assert responses.clear_response(s, rnd.id, ids[1]) is False
    with db.reading() as s:
        assert results.round_results(s, rnd.id).overall.declined == 0
        assert responses.get_response(s, rnd.id, ids[1]) is None


def test_round_members_are_listed_per_group_in_danish_order(db, group_ids):
    with db.session() as s:
        for name in ("Åse Holm", "Bo Ravn", "Aase Lund", "Zeki Ünal"):
            members.add_member(s, members.MemberInput(name=name, group_id=group_ids["Ledere"]))
        add_members(s, group_ids["Brugere"], 2, "Bru")
        members.add_member(s, members.MemberInput(name="Ny efter runden", group_id=group_ids["Ledere"],
                                                  joined_on=dt.date(2026, 3, 1)))
        rnd = make_round(s, [group_ids["Ledere"], group_ids["Brugere"]], closes_on=dt.date(2026, 2, 20))
    with db.reading() as s:
        listed = responses.round_members(s, rnd.id)
    assert [g.group for g in listed] == ["Brugere", "Ledere"]  # the groups' own order
    assert [m.name for m in listed[1].members] == ["Bo Ravn", "Zeki Ünal", "Åse Holm", "Aase Lund"]


# ---------------------------------------------------------------- results


def test_figures_on_known_answers(db, group_ids):
    with db.session() as s:
        ids = add_members(s, group_ids["Klinikere"], 9, "Kli")
        rnd = make_round(s, [group_ids["Klinikere"]])
        for mid, v1, v2 in zip(ids, [1, 2, 4, 4, 5, 5, 3], [5, 5, 5, 4, 4, None, 1]):
            answer(s, rnd.id, mid, **{S1: v1, S2: v2, PROMOTERS: f"Punkt {v1}"})
        responses.mark_declined(s, rnd.id, ids[7], on=OPENS)  # ids[8] never answers
    with db.reading() as s:
        res = results.round_results(s, rnd.id)
    kli = group_figures(res, "Klinikere")
    assert (kli.asked, kli.answered, kli.declined) == (9, 7, 1)
    assert kli.response_rate == pytest.approx(7 / 9)
    assert not kli.too_few and kli.shown
    s1 = statement(kli, S1)
    assert s1.answers == 7
    assert s1.counts == (1, 1, 1, 2, 2)
    assert s1.mean == pytest.approx(24 / 7)
    assert s1.agree_share == pytest.approx(4 / 7)
    s2 = statement(kli, S2)  # one left it empty
    assert (s2.answers, s2.counts) == (6, (1, 0, 0, 2, 3))
    assert s2.mean == pytest.approx(24 / 6) and s2.agree_share == pytest.approx(5 / 6)
    s3 = statement(kli, S3)  # nobody answered it: no figures
    assert s3.hidden and s3.counts is None and s3.mean is None
    assert kli.promoters == tuple(sorted(f"Punkt {v}" for v in [1, 2, 4, 4, 5, 5, 3]))
    assert res.overall.statements == kli.statements  # one group: the overall is the same
    assert (res.overall.asked, res.overall.answered) == (9, 7)


@pytest.mark.parametrize(("small", "shown"), [(4, False), (5, True)])
def test_a_group_with_fewer_than_five_answers_shows_no_figures_nor_free_text(db, group_ids, small, shown):
    assert results.MIN_ANSWERS == 5
    with db.session() as s:
        kli = add_members(s, group_ids["Klinikere"], 6, "Kli")
        led = add_members(s, group_ids["Ledere"], 8, "Led")
        fors = add_members(s, group_ids["Forskere"], 7, "For")
        rnd = make_round(s, [group_ids["Klinikere"], group_ids["Ledere"], group_ids["Forskere"]])
        for mid in kli:
            answer(s, rnd.id, mid, **{S1: 4, PROMOTERS: "Klinikernes fremmer"})
        for mid in led[:small]:
            answer(s, rnd.id, mid, **{S1: 1, PROMOTERS: "Ledernes hemmelige fremmer"})
        for mid in fors:
            answer(s, rnd.id, mid, **{S1: 5, PROMOTERS: "Forskernes fremmer"})
    with db.reading() as s:
        res = results.round_results(s, rnd.id)
    ledere = group_figures(res, "Ledere")
    assert ledere.too_few is (not shown)
    assert (ledere.asked, ledere.answered) == (8, small)  # taking part is still shown
    if shown:
        assert statement(ledere, S1).counts == (small, 0, 0, 0, 0)
        assert ledere.promoters == ("Ledernes hemmelige fremmer",) * small
        assert all(g.shown for g in res.groups)
    else:
        assert all(i.counts is None and i.mean is None and i.agree_share is None and i.answers is None
                   for i in (*ledere.statements, *ledere.knowledge))
        assert ledere.promoters == () and ledere.barriers == ()
        # the overall still counts every answer, the small group's free text included
        assert statement(res.overall, S1).counts == (small, 0, 0, 6, 7)
        assert "Ledernes hemmelige fremmer" in res.overall.promoters
        # and the overall minus the groups shown cannot give the small group away
        shown_groups = [g for g in res.groups if g.shown]
        assert len(shown_groups) == 1
        withheld = [g for g in res.groups if g.withheld]
        assert [g.group for g in withheld] == ["Klinikere"]  # the smallest of the others
        assert statement(withheld[0], S1).counts is None and withheld[0].promoters == ()
        rest = tuple(a - b for a, b in zip(statement(res.overall, S1).counts, statement(shown_groups[0], S1).counts))
        assert sum(rest) >= results.MIN_ANSWERS
    assert res.overall.answered == 6 + small + 7 and res.overall.shown


def test_knowledge_gain_counts_only_members_who_answered_both_rounds(db, group_ids):
    with db.session() as s:
        ids = add_members(s, group_ids["Klinikere"], 9, "Kli")
        base = make_round(s, [group_ids["Klinikere"]], EvaluationRoundKind.BASELINE, OPENS)
        end = make_round(s, [group_ids["Klinikere"]], EvaluationRoundKind.END, END_OPENS)
        pairs = [(2, 4), (2, 4), (1, 3), (3, 3), (2, 5), (4, 3)]  # six members answer both
        for mid, (before, after) in zip(ids, pairs):
            answer(s, base.id, mid, **{K1: before})
            answer(s, end.id, mid, **{K1: after})
        answer(s, base.id, ids[6], **{K1: 1})  # only the baseline
        answer(s, end.id, ids[7], **{K1: 5})  # only the end
        answer(s, base.id, ids[8], **{K1: 1})  # baseline, then declined the end
        responses.mark_declined(s, end.id, ids[8], on=END_OPENS)
    with db.reading() as s:
        gain = results.knowledge_gain(s)
    assert (gain.baseline.id, gain.end.id) == (base.id, end.id)
    assert gain.overall.pairs == 6
    k1 = next(i for i in gain.overall.items if i.key == K1)
    assert k1.pairs == 6
    assert k1.baseline_mean == pytest.approx(14 / 6)
    assert k1.end_mean == pytest.approx(22 / 6)
    assert k1.gain == pytest.approx(8 / 6)
    assert k1.improved_share == pytest.approx(4 / 6)
    # questions nobody answered in both rounds show nothing
    assert all(i.hidden for i in gain.overall.items if i.key != K1)
    (kli,) = gain.groups
    assert kli.group == "Klinikere" and kli.shown and kli.pairs == 6
    # the results hold no member: only counts and means
    assert not re.search(r"member|uuid|name", " ".join(results.GainFigures.__dataclass_fields__))
    assert not re.search(r"member|uuid|name", " ".join(results.GroupGain.__dataclass_fields__))


def test_knowledge_gain_of_a_group_with_fewer_than_five_pairs_is_hidden(db, group_ids):
    with db.session() as s:
        kli = add_members(s, group_ids["Klinikere"], 4, "Kli")
        base = make_round(s, [group_ids["Klinikere"]], EvaluationRoundKind.BASELINE, OPENS)
        end = make_round(s, [group_ids["Klinikere"]], EvaluationRoundKind.END, END_OPENS)
        for mid in kli:
            answer(s, base.id, mid, **{K1: 2})
            answer(s, end.id, mid, **{K1: 4})
    with db.reading() as s:
        gain = results.knowledge_gain(s, base.id, end.id)
    assert gain.overall.too_few and gain.overall.pairs == 4
    assert all(i.gain is None and i.baseline_mean is None for i in gain.overall.items)


# ---------------------------------------------------------------- learning points


def test_learning_points_group_the_same_point_from_both_sources(db, group_ids):
    from tankapp.services.contributions import register as contributions

    with db.session() as s:
        (kli,) = add_members(s, group_ids["Klinikere"], 1, "Kli")
        (led,) = add_members(s, group_ids["Ledere"], 1, "Led")
        rnd = make_round(s, [group_ids["Klinikere"], group_ids["Ledere"]])
        answer(s, rnd.id, kli, **{PROMOTERS: "Ledelsens opbakning\n- Gode eksempler", BARRIERS: "Mangel på tid"})
        answer(s, rnd.id, led, **{PROMOTERS: "ledelsens  OPBAKNING!; gode eksempler.", BARRIERS: "mangel paa tid"})
        contributions.create_contribution(s, contributions.ContributionInput(
            title="Ledelsens opbakning.", text="x", kind=ContributionKind.PROMOTER,
            group_id=group_ids["Forskere"], member_id=kli))
        contributions.create_contribution(s, contributions.ContributionInput(
            title="Et eksempel, ikke en fremmer", kind=ContributionKind.EXAMPLE, group_id=group_ids["Forskere"]))
    with db.reading() as s:
        points = learning.learning_points(s)
    top = points.promoters[0]
    assert (top.text, top.groups, top.evaluations, top.contributions) == ("Ledelsens opbakning", 3, 2, 1)
    assert top.both
    assert [(p.text, p.groups) for p in points.promoters[1:]] == [("Gode eksempler", 2)]
    assert [(p.text, p.groups, p.evaluations) for p in points.barriers] == [("Mangel på tid", 2, 2)]
    assert "Ærbødig" not in repr(points)  # no member is named


# ---------------------------------------------------------------- interview notes


def test_interview_notes_are_kept_beside_the_answers(db, group_ids):
    with db.session() as s:
        a, b = add_members(s, group_ids["Klinikere"], 2, "Kli")
        rnd = make_round(s, [group_ids["Klinikere"]])
        first = interviews.add_interview_note(s, a, "  Savner tid.  ", on=dt.date(2026, 3, 1), round_id=rnd.id)
        interviews.add_interview_note(s, a, "Opfølgning", on=dt.date(2026, 4, 1))
        interviews.add_interview_note(s, b, "Andet medlem", on=dt.date(2026, 3, 2))
        changed = interviews.update_interview_note(s, first.id, "Savner tid til spredning.", round_id=rnd.id)
    assert changed.text == "Savner tid til spredning." and changed.interviewed_on == dt.date(2026, 3, 1)
    assert changed.round_title == rnd.title
    with db.reading() as s:
        assert [n.text for n in interviews.list_interview_notes(s, a)] == ["Opfølgning", "Savner tid til spredning."]
        assert [n.member_id for n in interviews.list_interview_notes(s, round_id=rnd.id)] == [a]
    with db.session() as s:
        interviews.delete_interview_note(s, first.id)
        with pytest.raises(ValidationError) as err:
            interviews.add_interview_note(s, a, "   ")
        assert err.value.code == "interview_note_text_required"
        with pytest.raises(NotFound) as nf:
            interviews.delete_interview_note(s, first.id)
        assert nf.value.code == "interview_note_not_found"
    with db.reading() as s:
        assert [n.text for n in interviews.list_interview_notes(s, a)] == ["Opfølgning"]


def test_deleting_a_member_deletes_their_answers_and_notes(db, group_ids):
    from tankapp.services.privacy import rights

    with db.session() as s:
        ids = add_members(s, group_ids["Klinikere"], 2, "Kli")
        rnd = make_round(s, [group_ids["Klinikere"]])
        for mid in ids:
            answer(s, rnd.id, mid, **{S1: 4})
        interviews.add_interview_note(s, ids[0], "Noter")
        rights.delete_member(s, ids[0])
    with db.reading() as s:
        assert responses.get_response(s, rnd.id, ids[0]) is None
        assert interviews.list_interview_notes(s) == []
        assert results.round_results(s, rnd.id).overall.answered == 1


# ---------------------------------------------------------------- export


NASTY = ['=HYPERLINK("http://evil.example","Klik")', "-2+3", "@SUM(1+1)", "+45 12 34 56 78"]


@pytest.fixture
def answered(db, group_ids):
    """Six Klinikere answering a baseline and an end round, each with a text of their own."""
    with db.session() as s:
        ids = add_members(s, group_ids["Klinikere"], 6, "Kli")
        base = make_round(s, [group_ids["Klinikere"]], EvaluationRoundKind.BASELINE, OPENS)
        end = make_round(s, [group_ids["Klinikere"]], EvaluationRoundKind.END, END_OPENS)
        for n, mid in enumerate(ids):
            answer(s, base.id, mid, **{S1: 2, K1: 2, PROMOTERS: f"Mærke {n} før"})
            if n < 4:
                answer(s, end.id, mid, **{S1: 4, K1: 4, PROMOTERS: f"Mærke {n} efter", BARRIERS: NASTY[n]})
        responses.mark_declined(s, end.id, ids[4], on=END_OPENS)
        interviews.add_interview_note(s, ids[0], "Interviewnoten må ikke med")
        people = [members.member_summary(s, mid) for mid in ids]
    return people


def _identifiers(people) -> list[str]:
    out = []
    for p in people:
        out += [p.name, p.email, str(p.uuid), p.uuid.hex, "Ærbødig"]
    return out


def test_the_csv_export_is_pseudonymised_and_opens_in_danish_excel(db, answered, tmp_path):
    path = tmp_path / "svar.csv"
    with db.reading() as s:
        assert ev_export.export_evaluation(s, path) == 11  # 6 + 4 answered + 1 declined
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[:8] == ["Deltager", "Gruppe", "Runde", "Rundens titel", "Spørgeskemaets version", "Dato",
                          "Status", "Indsamlet"]
    assert "Jeg har opnået substantiel ny viden om brugerinddragelse." in header
    assert all(len(r) == len(header) for r in body)
    for ident in _identifiers(answered):
        assert ident not in text, ident
    assert "Interviewnoten" not in text
    col = {name: i for i, name in enumerate(header)}
    pseudonyms = [r[col["Deltager"]] for r in body]
    assert all(re.fullmatch(r"P\d{3}", p) for p in pseudonyms)
    promoter = col[next(h for h in header if "fremmere" in h)]
    by_marker = {}
    for r in body:
        m = re.match(r"Mærke (\d)", r[promoter])
        if m:
            by_marker.setdefault(m.group(1), set()).add(r[col["Deltager"]])
    assert len(by_marker) == 6
    assert all(len(p) == 1 for p in by_marker.values())  # one member, one pseudonym in both rounds
    assert len(set.union(*by_marker.values())) == 6  # and one each
    assert set(pseudonyms) == set.union(*by_marker.values())
    # formulas stay text
    barrier = col[next(h for h in header if "barrierer" in h)]
    written = {r[barrier] for r in body if r[barrier]}
    assert written == {"'" + n for n in NASTY}
    statuses = {r[col["Status"]] for r in body}
    assert statuses == {"Besvaret", "Ønsker ikke at svare"}
    assert {r[col["Dato"]] for r in body} == {OPENS.isoformat(), END_OPENS.isoformat()}
    assert {r[col["Runde"]] for r in body} == {"Førmåling", "Slutevaluering"}


def test_the_xlsx_export_has_labels_and_no_formula_or_identity(db, answered, tmp_path):
    import openpyxl

    path = tmp_path / "svar.xlsx"
    with db.reading() as s:
        ev_export.export_evaluation(s, path)
    assert path.stat().st_mode & 0o777 == 0o600
    with zipfile.ZipFile(path) as z:
        xml = b"".join(z.read(n) for n in z.namelist()).decode("utf-8")
    assert "<f>" not in xml and "<f " not in xml
    for ident in _identifiers(answered):
        assert ident not in xml, ident
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Svar", "Variabler"]
    ws = wb["Svar"]
    header = [c.value for c in ws[1]]
    assert header[0] == "Deltager" and "Hvordan vurderer du din egen viden om brugerinddragelse?" in header
    assert ws.freeze_panes == "A2" and ws["A1"].font.bold
    cells = [c for row in ws.iter_rows(min_row=2) for c in row if c.value in NASTY]
    assert sorted(c.value for c in cells) == sorted(NASTY)
    assert all(c.data_type == "s" for c in cells)
    k1 = header.index(next(i.text_da for i in questionnaire.STANDARD_ITEMS if i.key == K1))
    assert {row[k1].value for row in ws.iter_rows(min_row=2)} == {2, 4, None}  # numbers, not text
    variables = {r[1]: r for r in wb["Variabler"].iter_rows(min_row=2, values_only=True)}
    assert variables[S1][3].startswith("1 = Helt uenig")


def test_the_pseudonyms_change_between_exports(db, answered):
    with db.reading() as s:
        draws = {tuple(r["participant"] for r in ev_export.evaluation_table(s).rows) for _ in range(6)}
    assert len(draws) > 1


def test_the_export_refuses_an_unknown_ending_and_an_empty_table(db, group_ids, tmp_path):
    with db.reading() as s:
        with pytest.raises(ServiceError) as err:
            ev_export.export_evaluation(s, tmp_path / "svar.ods")
        assert err.value.code == "export_unknown_format"
        with pytest.raises(ServiceError) as err:
            ev_export.export_evaluation(s, tmp_path / "svar.csv")
        assert err.value.code == "evaluation_export_empty"
    assert not list(tmp_path.glob("*svar*"))  # nothing written, no temporary file left


def test_the_table_writer_writes_decimal_commas_and_guards_formulas(tmp_path):
    from tankapp.export.evaluation_table import Sheet, write_csv

    sheet = Sheet("Tal", [("g", "Gruppe"), ("mean", "Gennemsnit"), ("n", "Antal"), ("d", "Dato")],
                  [{"g": "=1+1", "mean": 3.5, "n": 12, "d": dt.date(2027, 3, 1)},
                   {"g": "Ærø", "mean": -0.25, "n": 0, "d": None},
                   {"g": "x", "mean": 4.0, "n": None, "d": None}])
    write_csv(tmp_path / "t.csv", sheet)
    text = (tmp_path / "t.csv").read_bytes().decode("utf-8-sig")
    assert text.split("\r\n")[:4] == ["Gruppe;Gennemsnit;Antal;Dato", "'=1+1;3,5;12;2027-03-01", "Ærø;-0,25;0;",
                                      "x;4;;"]


# ---------------------------------------------------------------- the database


def test_a_database_of_the_previous_schema_is_upgraded_with_its_data(tmp_path):
    from tankapp.services.members import groups

    path = tmp_path / "old" / "tankapp.sqlite"
    path.parent.mkdir()
    shutil.copyfile(FIXTURES / "0004.sqlite", path)
    with open_database(path) as db:
        with db.reading() as s:
            names = sorted(m.name for m in members.list_members(s))
            assert rounds.list_rounds(s) == []
        assert names == sorted(["Søren Ærøbo", "Åse Øster", "Anders Aagaard", "Birthe Ørsted", "Zeki Ünal",
                                "Mette Æbelø"])
        with db.session() as s:
            klinikere = groups.find_group(s, "Klinikere").id
            rnd = make_round(s, [klinikere])
            for m in members.list_members(s, group_id=klinikere):
                answer(s, rnd.id, m.id, **{S1: 4})
        with db.reading() as s:
            assert results.round_results(s, rnd.id).overall.answered == 2
    con = sqlite3.connect(path)
    try:
        from tankapp.storage.schema import SCHEMA_HEAD

        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD  # 0005 or later
        assert con.execute("SELECT count(*) FROM member").fetchone()[0] == 6
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
    assert len(list(path.parent.glob("tankapp.backup-0004-*.sqlite"))) == 1


def test_the_0005_fixture_holds_an_evaluation_the_services_read(tmp_path):
    path = tmp_path / "tankapp.sqlite"
    shutil.copyfile(FIXTURES / "0005.sqlite", path)
    with open_database(path) as db, db.reading() as s:
        (rnd,) = rounds.list_rounds(s)
        assert (rnd.title, rnd.kind, rnd.groups) == ("Førmåling ved fællesmødet", EvaluationRoundKind.BASELINE,
                                                     ("Klinikere", "Ledere"))
        listed = responses.round_members(s, rnd.id)
        states = {m.name: m.state for g in listed for m in g.members}
        assert states == {"Åse Øster": ResponseStatus.ANSWERED, "Anders Aagaard": ResponseStatus.DECLINED,
                          "Birthe Ørsted": None}
        resp = responses.get_response(s, rnd.id, 2)
        assert resp.answers == {"statement_knowledge": 4, "knowledge_user_involvement": 2,
                                "promoters": "Ledelsens opbakning; tid på dagsordenen"}
        assert [n.text for n in interviews.list_interview_notes(s, 2)] == [
            "Interview: savner tid til at sprede viden i afsnittet."]


# ---------------------------------------------------------------- the demo


def test_the_demo_has_a_baseline_and_an_end_round(demo_file):
    from tankapp.services.evaluation import demo
    from tests.conftest import DEMO_TODAY

    with open_database(demo_file) as db:
        with db.reading() as s:
            baseline = rounds.latest_round(s, EvaluationRoundKind.BASELINE)
            end = rounds.latest_round(s, EvaluationRoundKind.END)
            assert [r.id for r in rounds.list_rounds(s)] == [baseline.id, end.id]
            base_res = results.round_results(s, baseline.id)
            end_res = results.round_results(s, end.id)
            gain = results.knowledge_gain(s)
            points = learning.learning_points(s)
            notes = interviews.list_interview_notes(s)
            table = ev_export.evaluation_table(s)
        with db.session() as s, pytest.raises(ServiceError) as err:
            demo.add_demo_evaluation(s, DEMO_TODAY)
        assert err.value.code == "demo_needs_empty_db"
    assert (baseline.title, end.title) == (demo.BASELINE_TITLE, demo.END_TITLE)
    assert baseline.opens_on <= end.opens_on <= DEMO_TODAY == end.closes_on
    for res in (base_res, end_res):
        assert res.overall.response_rate > 0.6  # most members answered
        assert res.overall.declined > 0
        assert len(res.groups) == 6
    small = group_figures(end_res, demo.SMALL_GROUP)
    assert small.too_few and small.answered == demo.SMALL_GROUP_ANSWERS and small.promoters == ()
    assert sum(g.too_few for g in end_res.groups) == 1
    assert all(not g.too_few for g in base_res.groups)
    assert all(i.gain > 0 for i in gain.overall.items)  # mostly a knowledge gain
    assert gain.overall.pairs >= 40
    assert all(i.agree_share > 0.6 for i in end_res.overall.statements)
    assert points.promoters and points.barriers and any(p.both for p in points.promoters + points.barriers)
    assert 3 <= len(notes) <= 5
    assert table.responses == base_res.overall.answered + base_res.overall.declined + end_res.overall.answered \
        + end_res.overall.declined


def test_the_demo_evaluation_is_the_same_through_one_by_one_recording(demo_file):
    """record_many (the demo's batch) gives exactly what record_answers / mark_declined one by one give."""
    from tankapp.services.evaluation import demo
    from tests.conftest import DEMO_TODAY

    def sheets(db):
        with db.reading() as s:
            out = []
            for r in rounds.list_rounds(s):
                for g in responses.round_members(s, r.id):
                    for m in g.members:
                        got = responses.get_response(s, r.id, m.member_id)
                        if got is not None:
                            out.append((r.title, m.member_id, got.group, got.status, got.channel, got.answered_on,
                                        dict(got.answers)))
            return sorted(out, key=repr)

    with open_database(demo_file) as db:
        batch = sheets(db)
        with db.session() as s:
            for r in rounds.list_rounds(s):
                rounds.delete_round(s, r.id, with_responses=True)
            for n in interviews.list_interview_notes(s):
                interviews.delete_interview_note(s, n.id)
        with db.session() as s, pytest.MonkeyPatch.context() as mp:
            def one_by_one(s, round_id, given):
                for sh in given:
                    if sh.answers is None:
                        responses.mark_declined(s, round_id, sh.member_id, on=sh.on)
                    else:
                        responses.record_answers(s, round_id, sh.member_id, sh.answers, channel=sh.channel, on=sh.on)
                return len(given)

            mp.setattr(demo, "record_many", one_by_one)
            demo.add_demo_evaluation(s, DEMO_TODAY)
        assert sheets(db) == batch
    assert len(batch) > 100


def test_the_demo_evaluation_works_on_a_database_made_by_the_command_line(tmp_path, capsys):
    from tankapp.services.evaluation import demo
    from tests.helpers import run

    path = tmp_path / "demo.sqlite"
    code, _out, err = run(capsys, "--db", path, "demo")
    assert code == 0, err
    with open_database(path) as db, db.reading() as s:
        end = rounds.latest_round(s, EvaluationRoundKind.END)
        end_res = results.round_results(s, end.id)
    assert end.closes_on == dt.date.today()  # the command line's demo is made for today
    assert group_figures(end_res, demo.SMALL_GROUP).too_few
    assert end_res.overall.answered > 40
