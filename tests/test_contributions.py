"""Knowledge contributions: capture, classify, filter, merge, the framework matrix (services)."""

from __future__ import annotations

import datetime as dt

import pytest

from tankapp.domain.enums import ContributionInvolvement as Inv
from tankapp.domain.enums import ContributionKind as Kind
from tankapp.domain.enums import ContributionStatus as Status
from tankapp.domain.enums import Criterion as C
from tankapp.services.contributions import register as service
from tankapp.services.members import registry as member_service
from tankapp.services.contributions.register import ContributionFilter, ContributionInput
from tankapp.services.errors import ServiceError, ValidationError


def add(db, group_id, title, kind=Kind.EXAMPLE, involvement=Inv.UNSPECIFIED, criteria=(), **kw):
    with db.session() as s:
        return service.create_contribution(s, ContributionInput(
            title=title, kind=kind, involvement=involvement, criteria=set(criteria), group_id=group_id, **kw)).id


def test_capture_and_read_back(db, group_ids):
    with db.session() as s:
        member = member_service.add_member(s, member_service.MemberInput(
            name="Åse Kjærgaard", group_id=group_ids["Brugere"], consent_named=False)).id
    cid = add(db, group_ids["Brugere"], "  Brugerråd med reel indflydelse ", Kind.PROMOTER, Inv.ORGANISATIONAL,
              (C.FRAMES, C.USE), text="Rådet får budgettet at se", member_id=member)
    with db.reading() as s:
        (r,) = service.list_contributions(s)
    assert (r.id, r.title, r.kind, r.involvement, r.criteria) == (
        cid, "Brugerråd med reel indflydelse", Kind.PROMOTER, Inv.ORGANISATIONAL, (C.FRAMES, C.USE))
    assert r.classified and r.status == Status.DRAFT
    assert r.member_name == "Åse Kjærgaard" and r.named_member is None  # no consent: not named outside
    assert r.as_dict()["member"] is None and r.as_dict()["criteria"] == ["frames", "use"]


def test_title_and_group_are_required(db):
    with db.session() as s, pytest.raises(ValidationError) as err:
        service.create_contribution(s, ContributionInput(title=" "))
    assert {p.code for p in err.value.problems} == {"contribution_title_required", "group_required"}


def test_filters(db, group_ids):
    add(db, group_ids["Brugere"], "Pårørende glemmes", Kind.BARRIER, Inv.RELATIVES, (C.PROCESS,))
    add(db, group_ids["Ledere"], "Ledelsen efterspørger ikke brugernes viden", Kind.BARRIER, Inv.ORGANISATIONAL,
        (C.FRAMES,))
    add(db, group_ids["Ledere"], "PRO-data i samtalen", Kind.EXAMPLE, Inv.INDIVIDUAL, (C.USE,))
    add(db, group_ids["Forskere"], "Uklart hvad der virker", Kind.GAP)
    with db.reading() as s:
        def titles(**kw):
            return sorted(r.title for r in service.list_contributions(s, ContributionFilter(**kw)))

        assert titles(group_id=group_ids["Ledere"]) == ["Ledelsen efterspørger ikke brugernes viden",
                                                        "PRO-data i samtalen"]
        assert titles(kind=Kind.BARRIER) == ["Ledelsen efterspørger ikke brugernes viden", "Pårørende glemmes"]
        assert titles(criterion=C.USE) == ["PRO-data i samtalen"]
        assert titles(involvement=Inv.RELATIVES) == ["Pårørende glemmes"]
        assert titles(text="brugernes VIDEN") == ["Ledelsen efterspørger ikke brugernes viden"]
        assert titles(unclassified_only=True) == ["Uklart hvad der virker"]


def test_matrix_counts_cells_and_unclassified(db, group_ids):
    g = group_ids["Klinikere"]
    add(db, g, "A", Kind.PROMOTER, Inv.ORGANISATIONAL, (C.FRAMES, C.PROCESS))
    add(db, g, "B", Kind.BARRIER, Inv.ORGANISATIONAL, (C.FRAMES,))
    add(db, g, "C", Kind.EXAMPLE, Inv.RELATIVES, (C.USE,))
    add(db, g, "D", Kind.GAP, Inv.INDIVIDUAL, ())  # no criterion yet
    add(db, g, "E", Kind.GAP, Inv.UNSPECIFIED, (C.USE,))  # no kind of involvement yet
    with db.reading() as s:
        m = service.matrix(service.list_contributions(s))
    assert m.count(Inv.ORGANISATIONAL, C.FRAMES) == 2
    assert m.count(Inv.ORGANISATIONAL, C.FRAMES, Kind.BARRIER) == 1
    assert m.count(Inv.ORGANISATIONAL, C.PROCESS) == 1
    assert m.count(Inv.RELATIVES, C.USE) == 1
    assert m.count(Inv.INDIVIDUAL, C.USE) == 0
    assert sorted(r.title for r in m.unclassified) == ["D", "E"]
    assert sorted(r.title for r in m.cells[(Inv.ORGANISATIONAL, C.FRAMES)]) == ["A", "B"]


def test_classify_moves_a_contribution_into_the_matrix(db, group_ids):
    cid = add(db, group_ids["Klinikere"], "Usorteret", Kind.GAP)
    with db.session() as s:
        service.classify(s, cid, Inv.RELATIVES, {C.PROCESS, C.USE})
        m = service.matrix(service.list_contributions(s))
    assert m.unclassified == []
    assert m.count(Inv.RELATIVES, C.PROCESS) == 1 and m.count(Inv.RELATIVES, C.USE) == 1


def test_merge_keeps_one_and_remembers_the_other(db, group_ids):
    g = group_ids["Ledere"]
    keep = add(db, g, "Mangler tid", Kind.BARRIER, Inv.ORGANISATIONAL, (C.FRAMES,), text="Ingen tid afsat")
    other = add(db, g, "Ingen ressourcer", Kind.BARRIER, Inv.UNSPECIFIED, (C.PROCESS,), text="Ingen timer til det")
    with db.session() as s:
        merged = service.merge(s, keep, other)
        assert merged.text == "Ingen tid afsat\n\nIngen timer til det"
        with pytest.raises(ServiceError):
            service.merge(s, keep, other)  # already merged
        with pytest.raises(ServiceError):
            service.merge(s, keep, keep)
        rows = service.list_contributions(s)
        assert service.get_contribution(s, other).merged_into_id == keep  # kept as history
    assert [r.title for r in rows] == ["Mangler tid"]
    assert rows[0].criteria == (C.FRAMES, C.PROCESS)


def test_status_and_sent_date(db, group_ids):
    a = add(db, group_ids["Ledere"], "A")
    b = add(db, group_ids["Ledere"], "B")
    with db.session() as s:
        service.set_status(s, a, Status.REVIEWED)
        service.set_status(s, b, Status.REVIEWED)  # only reviewed contributions are marked sent
        assert service.mark_sent(s, [b], on=dt.date(2026, 3, 20)) == 1
        rows = {r.title: r for r in service.list_contributions(s)}
        unsent = service.list_contributions(s, ContributionFilter(unsent_only=True))
    assert rows["A"].status == Status.REVIEWED and rows["A"].sent_on is None
    assert rows["B"].status == Status.SENT and rows["B"].sent_on == dt.date(2026, 3, 20)
    assert [r.title for r in unsent] == ["A"]
