"""The use-cases behind the window and the command line: setting up the think
tank, the expert groups, the member registry, and Danish alphabetical order."""

from __future__ import annotations

import datetime as dt
import random
import time
import uuid

import pytest

from tankapp.domain.collation import sort_key
from tankapp.domain.enums import ActorKind
from tankapp.services import thinktank
from tankapp.services.members import groups
from tankapp.services.members import registry as members
from tankapp.services.errors import NotFound, ValidationError
from tankapp.services.members.groups import GroupInput
from tankapp.services.members.registry import MemberInput
from tankapp.services.thinktank import ThinkTankInput

DANISH_GROUPS = [
    ("Brugere", ActorKind.USERS),
    ("Klinikere", ActorKind.CLINICIANS),
    ("Ledere", ActorKind.MANAGERS),
    ("Kvalitetskonsulenter", ActorKind.QUALITY_CONSULTANTS),
    ("Forskere", ActorKind.RESEARCHERS),
    ("Uddannelsesrepræsentanter", ActorKind.EDUCATION),
]


def add(db, name, group_id, **kw):
    with db.session() as s:
        return members.add_member(s, MemberInput(name=name, group_id=group_id, **kw)).id


def add_many(db, group_id, n, prefix="Medlem"):
    with db.session() as s:
        return [members.add_member(s, MemberInput(name=f"{prefix} {i}", group_id=group_id)).id for i in range(n)]


def group_summary(db, group_id):
    with db.reading() as s:
        return next(g for g in groups.list_groups(s) if g.id == group_id)


# ---------------------------------------------------------------- the think tank


def test_setup_creates_the_six_groups_with_danish_names(empty_db):
    with empty_db.session() as s:
        tank = thinktank.setup_think_tank(s, ThinkTankInput(name="Tænketanken", period_start=dt.date(2026, 1, 1)))
        tank_id = tank.id
    with empty_db.reading() as s:
        assert [(g.name, g.actor_kind) for g in groups.list_groups(s)] == DANISH_GROUPS
        tank = thinktank.require_think_tank(s)
        assert tank.id == tank_id and tank.name == "Tænketanken"
        assert tank.meeting_target == 18
        assert (tank.commitment_min, tank.commitment_max) == (2, 4)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (dt.date(2026, 1, 1), dt.date(2027, 3, 31)),
        (dt.date(2026, 3, 15), dt.date(2027, 6, 14)),
        # 31 January + 15 months is 30 April (April has no 31st); the period ends the day before.
        (dt.date(2026, 1, 31), dt.date(2027, 4, 29)),
        # into a leap year: 30 November 2026 + 15 months is 29 February 2028.
        (dt.date(2026, 11, 30), dt.date(2028, 2, 28)),
    ],
)
def test_default_period_is_fifteen_months(empty_db, start, end):
    assert thinktank.default_period_end(start) == end
    with empty_db.session() as s:
        tank = thinktank.setup_think_tank(s, ThinkTankInput(period_start=start))
        assert (tank.period_start, tank.period_end) == (start, end)


def test_a_given_period_end_is_kept(empty_db):
    with empty_db.session() as s:
        tank = thinktank.setup_think_tank(
            s, ThinkTankInput(period_start=dt.date(2026, 2, 1), period_end=dt.date(2026, 12, 31), meeting_target=12)
        )
        assert tank.period_end == dt.date(2026, 12, 31)
        assert tank.meeting_target == 12


def test_second_setup_is_refused_and_changes_nothing(db):
    with pytest.raises(ValidationError) as err:
        with db.session() as s:
            thinktank.setup_think_tank(s, ThinkTankInput(name="Endnu en", period_start=dt.date(2027, 1, 1)))
    assert err.value.code == "already_set_up"
    with db.reading() as s:
        assert thinktank.require_think_tank(s).name == thinktank.DEFAULT_NAME
        assert len(groups.list_groups(s)) == 6


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        (ThinkTankInput(name="", period_start=dt.date(2026, 1, 1)), "name", "think_tank_name_required"),
        (ThinkTankInput(name="   ", period_start=dt.date(2026, 1, 1)), "name", "think_tank_name_required"),
        (ThinkTankInput(period_start=dt.date(2026, 5, 1), period_end=dt.date(2026, 4, 30)), "period_end", "end_before_start"),
        (ThinkTankInput(period_start=None), "period_start", "start_required"),
    ],
    ids=["empty-name", "blank-name", "end-before-start", "no-start"],
)
def test_invalid_setup_names_the_field(empty_db, data, field, code):
    with pytest.raises(ValidationError) as err:
        with empty_db.session() as s:
            thinktank.setup_think_tank(s, data)
    assert err.value.by_field[field].code == code
    with empty_db.reading() as s:
        assert thinktank.get_think_tank(s) is None
        assert groups.list_groups(s) == []


# ---------------------------------------------------------------- groups


def test_create_rename_and_describe_a_group(db):
    with db.session() as s:
        gid = groups.create_group(s, GroupInput(name="  Pårørende ", actor_kind=ActorKind.OTHER)).id
    with db.reading() as s:
        listed = groups.list_groups(s)
        assert [g.name for g in listed][-1] == "Pårørende"  # new groups come after the six
        assert listed[-1].actor_kind == ActorKind.OTHER and listed[-1].member_count == 0

    with db.session() as s:
        groups.update_group(
            s, gid, GroupInput(name="Pårørende og netværk", actor_kind=ActorKind.USERS, description="Familie og venner")
        )
    with db.reading() as s:
        g = groups.find_group(s, "pårørende og netværk")
        assert (g.id, g.actor_kind, g.description) == (gid, ActorKind.USERS, "Familie og venner")
        with pytest.raises(NotFound):
            groups.find_group(s, "Pårørende")


def test_archived_group_is_hidden_but_keeps_its_members(db, group_ids):
    ledere = group_ids["Ledere"]
    mid = add(db, "Lise Leder", ledere)
    with db.session() as s:
        groups.set_archived(s, ledere, True)
    with db.reading() as s:
        assert "Ledere" not in [g.name for g in groups.list_groups(s, include_archived=False)]
        everything = {g.name: g for g in groups.list_groups(s)}
        assert everything["Ledere"].archived and everything["Ledere"].member_count == 1
        assert [m.id for m in members.list_members(s, group_id=ledere)] == [mid]
        assert members.get_member(s, mid).group.name == "Ledere"
    with db.session() as s:
        groups.set_archived(s, ledere, False)
    with db.reading() as s:
        assert "Ledere" in [g.name for g in groups.list_groups(s, include_archived=False)]


@pytest.mark.parametrize("name", ["Brugere", "brugere", " KLINIKERE ", "UDDANNELSESREPRÆSENTANTER", "uddannelsesrepræsentanter"])
def test_group_names_are_unique_ignoring_case(db, name):
    with pytest.raises(ValidationError) as err:
        with db.session() as s:
            groups.create_group(s, GroupInput(name=name))
    assert err.value.by_field["name"].code == "group_name_taken"
    with db.reading() as s:
        assert len(groups.list_groups(s)) == 6


def test_renaming_onto_another_group_is_refused_but_own_name_in_new_case_is_fine(db, group_ids):
    forskere = group_ids["Forskere"]
    with pytest.raises(ValidationError) as err:
        with db.session() as s:
            groups.update_group(s, forskere, GroupInput(name="Uddannelsesrepræsentanter".upper(), actor_kind=ActorKind.RESEARCHERS))
    assert "Uddannelsesrepræsentanter" in str(err.value)
    with db.session() as s:
        groups.update_group(s, forskere, GroupInput(name="FORSKERE", actor_kind=ActorKind.RESEARCHERS))
    with db.reading() as s:
        assert groups.get_group(s, forskere).name == "FORSKERE"


def test_empty_group_name_is_refused(db):
    with pytest.raises(ValidationError) as err:
        with db.session() as s:
            groups.create_group(s, GroupInput(name="  "))
    assert err.value.by_field["name"].code == "group_name_required"


def test_member_count_counts_only_active_members(db, group_ids):
    brugere = group_ids["Brugere"]
    ids = add_many(db, brugere, 3)
    add(db, "I en anden gruppe", group_ids["Klinikere"])
    with db.session() as s:
        members.withdraw_member(s, ids[0], dt.date(2026, 3, 1))
    assert group_summary(db, brugere).member_count == 2
    assert group_summary(db, group_ids["Klinikere"]).member_count == 1
    assert group_summary(db, group_ids["Ledere"]).member_count == 0


@pytest.mark.parametrize(
    ("count", "warning"),
    [(0, "too_few"), (9, "too_few"), (10, None), (15, None), (20, None), (21, "too_many")],
)
def test_size_warning_outside_ten_to_twenty(db, group_ids, count, warning):
    brugere = group_ids["Brugere"]
    add_many(db, brugere, count)
    summary = group_summary(db, brugere)
    assert summary.member_count == count
    assert summary.size_warning == warning
    assert summary.as_dict()["size_warning"] == warning


def test_withdrawn_members_do_not_fill_a_group(db, group_ids):
    brugere = group_ids["Brugere"]
    ids = add_many(db, brugere, 10)
    assert group_summary(db, brugere).size_warning is None
    with db.session() as s:
        members.withdraw_member(s, ids[0])
    assert group_summary(db, brugere).size_warning == "too_few"


def test_find_group_ignores_case_and_spaces(db, group_ids):
    with db.reading() as s:
        assert groups.find_group(s, "  kvalitetskonsulenter ").id == group_ids["Kvalitetskonsulenter"]
        assert groups.find_group(s, "UDDANNELSESREPRÆSENTANTER").id == group_ids["Uddannelsesrepræsentanter"]


def test_unknown_group_name_lists_the_groups(db):
    with db.reading() as s:
        with pytest.raises(NotFound) as err:
            groups.find_group(s, "Politikere")
    message = str(err.value)
    assert err.value.code == "group_name_not_found"
    assert "Politikere" in message
    for name, _kind in DANISH_GROUPS:
        assert name in message


# ---------------------------------------------------------------- members


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_member_needs_a_name(db, group_ids, name):
    with pytest.raises(ValidationError) as err:
        add(db, name, group_ids["Brugere"])
    assert err.value.by_field["name"].code == "name_required"


def test_member_needs_an_existing_group(db):
    with pytest.raises(ValidationError) as err:
        add(db, "Uden Gruppe", None)
    assert err.value.by_field["group_id"].code == "group_required"
    with pytest.raises(ValidationError) as err:
        add(db, "Forkert Gruppe", 999)
    assert err.value.by_field["group_id"].code == "group_not_found"


@pytest.mark.parametrize("email", ["a@", "a b@c.dk", "@x.dk", "a@b", "a..b@c.dk"])
def test_invalid_email_is_refused(db, group_ids, email):
    with pytest.raises(ValidationError) as err:
        add(db, "Anne", group_ids["Brugere"], email=email)
    problem = err.value.by_field["email"]
    assert problem.code == "email_invalid"
    assert email in problem.message
    with db.reading() as s:
        assert members.list_members(s) == []


@pytest.mark.parametrize("email", ["anne.soe@region.dk", "o'brien@example.org", "søren@kommune.dk"])
def test_valid_email_is_accepted(db, group_ids, email):
    mid = add(db, "Anne", group_ids["Brugere"], email=f"  {email} ")
    with db.reading() as s:
        assert members.get_member(s, mid).email == email


@pytest.mark.parametrize(("first", "second"), [("anne@x.dk", "ANNE@X.DK"), ("åse@x.dk", "ÅSE@X.DK"), ("ÅSE@X.DK", "åse@x.dk")])
def test_same_email_twice_is_refused_naming_the_owner(db, group_ids, first, second):
    add(db, "Åse Ærø", group_ids["Klinikere"], email=first)
    with pytest.raises(ValidationError) as err:
        add(db, "Anden Person", group_ids["Brugere"], email=second)
    problem = err.value.by_field["email"]
    assert problem.code == "email_taken"
    assert "Åse Ærø" in problem.message and "Klinikere" in problem.message
    assert problem.params == {"name": "Åse Ærø", "group": "Klinikere"}


def test_email_of_another_member_is_refused_on_edit(db, group_ids):
    add(db, "Anne", group_ids["Brugere"], email="anne@x.dk")
    bo = add(db, "Bo", group_ids["Brugere"], email="bo@x.dk")
    with pytest.raises(ValidationError):
        with db.session() as s:
            members.update_member(s, bo, MemberInput(name="Bo", group_id=group_ids["Brugere"], email="Anne@X.dk"))
    with db.reading() as s:
        assert members.get_member(s, bo).email == "bo@x.dk"


def test_editing_a_member_may_keep_their_own_email(db, group_ids):
    mid = add(db, "Søren", group_ids["Brugere"], email="soren@x.dk")
    with db.session() as s:
        data = MemberInput.from_member(members.get_member(s, mid))
        data.organisation = "Region Sjælland"
        members.update_member(s, mid, data)
    with db.session() as s:
        data = MemberInput.from_member(members.get_member(s, mid))
        data.email = "SØREN@X.DK"
        members.update_member(s, mid, data)
    with db.reading() as s:
        m = members.get_member(s, mid)
        assert (m.organisation, m.email) == ("Region Sjælland", "SØREN@X.DK")


def test_several_members_may_have_no_email(db, group_ids):
    for i, email in enumerate([None, "", "   "]):
        add(db, f"Uden Mail {i}", group_ids["Brugere"], email=email)
    with db.reading() as s:
        assert [m.email for m in members.list_members(s)] == [None, None, None]


def test_member_list_is_in_danish_order(db, group_ids):
    names = ["Ørsted", "Zeki", "Åse", "bent", "Anders", "Ærø", "Aase", "Carl", "Émile", "Esben", "Øberg"]
    random.Random(7).shuffle(names)
    for name in names:
        add(db, name, group_ids["Brugere"])
    with db.reading() as s:
        listed = [m.name for m in members.list_members(s)]
    assert listed[:9] == ["Anders", "bent", "Carl", "Émile", "Esben", "Zeki", "Ærø", "Øberg", "Ørsted"]
    assert set(listed[9:]) == {"Aase", "Åse"}  # "aa" is the old spelling of "å"


def test_member_list_filters_by_group_and_withdrawn(db, group_ids):
    anne = add(db, "Anne", group_ids["Brugere"])
    bo = add(db, "Bo", group_ids["Brugere"])
    karl = add(db, "Karl", group_ids["Klinikere"])
    with db.session() as s:
        members.withdraw_member(s, bo, dt.date(2026, 4, 1))
    with db.reading() as s:
        assert [m.id for m in members.list_members(s)] == [anne, bo, karl]
        assert [m.id for m in members.list_members(s, group_id=group_ids["Brugere"])] == [anne, bo]
        assert [m.id for m in members.list_members(s, include_withdrawn=False)] == [anne, karl]
        assert [m.id for m in members.list_members(s, group_id=group_ids["Brugere"], include_withdrawn=False)] == [anne]
        rows = {m.id: m for m in members.list_members(s)}
        assert rows[bo].withdrawn and rows[bo].withdrawn_on == dt.date(2026, 4, 1)
        assert rows[karl].group == "Klinikere"


def test_withdraw_keeps_the_member_and_reinstate_brings_them_back(db, group_ids):
    brugere = group_ids["Brugere"]
    mid = add(db, "Mette", brugere, email="mette@x.dk")
    with db.session() as s:
        members.withdraw_member(s, mid, dt.date(2026, 5, 1))
    with db.reading() as s:
        m = members.get_member(s, mid)
        assert m.withdrawn and m.withdrawn_on == dt.date(2026, 5, 1) and m.email == "mette@x.dk"
    assert group_summary(db, brugere).member_count == 0
    # A withdrawn member still owns their e-mail address.
    with pytest.raises(ValidationError):
        add(db, "Ny Mette", brugere, email="METTE@x.dk")
    with db.session() as s:
        members.reinstate_member(s, mid)
    with db.reading() as s:
        assert not members.get_member(s, mid).withdrawn
    assert group_summary(db, brugere).member_count == 1


def test_withdraw_without_a_date_uses_today(db, group_ids):
    mid = add(db, "Mette", group_ids["Brugere"])
    with db.session() as s:
        members.withdraw_member(s, mid)
    with db.reading() as s:
        assert members.get_member(s, mid).withdrawn_on == dt.date.today()


def test_unknown_member_is_not_found(db):
    with db.session() as s:
        with pytest.raises(NotFound):
            members.withdraw_member(s, 12345)


def test_records_get_a_uuid_and_timestamps(db, group_ids):
    before = dt.datetime.now(dt.timezone.utc)
    mid = add(db, "Mads", group_ids["Brugere"])
    other = add(db, "Mia", group_ids["Brugere"])
    with db.reading() as s:
        m = members.get_member(s, mid)
        first_uuid, created, updated = m.uuid, m.created_at, m.updated_at
        assert members.get_member(s, other).uuid != first_uuid
    assert isinstance(first_uuid, uuid.UUID) and first_uuid.version == 4
    assert created.tzinfo is not None and created.utcoffset() == dt.timedelta(0)
    assert before <= created <= dt.datetime.now(dt.timezone.utc)
    assert updated >= created

    time.sleep(0.01)
    with db.session() as s:
        data = MemberInput.from_member(members.get_member(s, mid))
        data.phone = "+45 12 34 56 78"
        members.update_member(s, mid, data)
    with db.reading() as s:
        m = members.get_member(s, mid)
        assert m.phone == "+45 12 34 56 78"
        assert m.uuid == first_uuid
        assert m.created_at == created
        assert m.updated_at > updated


def test_groups_and_think_tank_get_uuids_too(db):
    with db.reading() as s:
        uuids = [g.uuid for g in groups.list_groups(s)] + [thinktank.require_think_tank(s).uuid]
    assert all(isinstance(u, uuid.UUID) for u in uuids)
    assert len(set(uuids)) == 7


# ---------------------------------------------------------------- Danish collation


def _in_order(*words):
    keys = [sort_key(w) for w in words]
    return all(a < b for a, b in zip(keys, keys[1:]))


def test_ae_oe_aa_come_after_z_in_that_order():
    assert _in_order("z", "æ", "ø", "å")
    assert _in_order("Zulu", "Æble", "Øl", "Ål")
    assert sorted(["å", "ø", "æ", "z", "a"], key=sort_key) == ["a", "z", "æ", "ø", "å"]


def test_aa_counts_as_aa_letter():
    assert _in_order("Zeki", "Ørsted", "Aabenraa", "Åbyhøj", "Aalborg", "Aarhus")
    assert _in_order("Abe", "Zeki")  # a single a is still an a


def test_neighbours_letters_file_with_the_danish_ones():
    assert _in_order("Ærbar", "Ärlig", "Æsel")  # ä with æ
    assert _in_order("Øberg", "Öhman", "Ørsted")  # ö with ø
    assert _in_order("Xavier", "Yde", "Üller", "Ymer", "Zeki")  # ü with y
    assert _in_order("Ebbe", "Émile", "Esben")  # é with e


def test_case_does_not_decide_the_order():
    assert _in_order("anders", "Bent", "carl", "Dorthe")
    assert _in_order("zeki", "Ærø", "ørsted", "Åse")
    assert sort_key("anne") != sort_key("Anne")  # but different spellings never tie


NAMES = [
    "Anders", "anders", "Bent", "Ærø", "ærlig", "Ørsted", "Öhman", "Åse", "Aase", "Aabenraa",
    "Aarhus", "Zeki", "Émile", "Esben", "Ebbe", "Üller", "Yde", "Ymer", "Ärlig", "Øberg",
    "Kierkegaard", "Kierkegård", "Kiel", "Søren", "Sørensen", "Soren", "Çelik", "Celina", "", "  Mads",
]


@pytest.mark.sqlite_only("SQLite's own DANISH collation; PostgreSQL's ICU one: tests/test_postgres.py")
def test_sqlite_danish_collation_sorts_the_danish_way(empty_db):
    from sqlalchemy import text

    shuffled = NAMES[:]
    random.Random(3).shuffle(shuffled)
    with empty_db.engine.connect() as conn:
        conn.exec_driver_sql("CREATE TEMP TABLE words (w TEXT)")
        conn.execute(text("INSERT INTO words (w) VALUES (:w)"), [{"w": w} for w in shuffled])
        ordered = [r[0] for r in conn.exec_driver_sql("SELECT w FROM words ORDER BY w COLLATE DANISH")]
        conn.rollback()
    assert ordered == [
        "", "Anders", "anders", "Bent", "Çelik", "Celina", "Ebbe", "Émile", "Esben", "Kiel", "Kierkegaard",
        "Kierkegård", "  Mads", "Soren", "Søren", "Sørensen", "Yde", "Üller", "Ymer", "Zeki",
        "Ärlig", "ærlig", "Ærø", "Øberg", "Öhman", "Ørsted", "Aabenraa", "Aarhus", "Aase", "Åse",
    ]  # Danish order, written out: Æ Ø Å after Z, "Aa" as Å, ä/ö/ü with æ/ø/y, accents and case never decide
