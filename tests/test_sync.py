"""Several laptops, one think tank: a package out, the laptop's changes back, merged without loss.

The laptop works through the same services a person uses in meeting mode (and, once, plain SQL:
the changes are found by comparing, whatever wrote them); the office is checked the way a person
would look at it: its attendance list, the member's card, the agenda, the open conflicts.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.helpers_sync import (
    copy_database,
    copy_laptop,
    export_package,
    import_file,
    make_office,
    member_uuid,
    open_laptop,
    state,
    write_changes,
)


@pytest.fixture
def office(db, tmp_path):
    return make_office(db, tmp_path)


@pytest.fixture
def package(office, tmp_path) -> Path:
    return export_package(office.db, [office.meeting_id], tmp_path / "møde.tankpkg")


@pytest.fixture
def laptop(package, tmp_path):
    lap = open_laptop(package, tmp_path / "laptop.sqlite")
    yield lap
    lap.close()


def _member(db, member_id):
    from tankapp.domain import Member

    with db.reading() as s:
        m = s.get(Member, member_id)
        return m.name, m.email, m.phone


def _attendance(db, meeting_id) -> dict[str, tuple]:
    from tankapp.services.meeting_mode import attendance

    with db.reading() as s:
        return {r.name: (r.status.value if r.status else None, r.arrived_at) for r in attendance.attendance(s, meeting_id).rows}


def _notes(db, item_id) -> str:
    from tankapp.domain import AgendaItem

    with db.reading() as s:
        return s.get(AgendaItem, item_id).notes


def _decisions(db, item_id) -> list[str]:
    from tankapp.services.meetings import minutes

    with db.reading() as s:
        m = minutes.minutes(s, _meeting_of(s, item_id))
        return [d.text for i in m.items if i.id == item_id for d in i.decisions]


def _agenda(db, meeting_id) -> list[str]:
    from tankapp.services.meetings import agenda

    with db.reading() as s:
        return [r.title for r in agenda.agenda(s, meeting_id).rows]


def _meeting_of(s, item_id):
    from tankapp.domain import AgendaItem

    return s.get(AgendaItem, item_id).meeting_id


def _conflicts(db, *, closed: bool = False):
    from tankapp.services.sync import conflicts

    with db.reading() as s:
        return conflicts.list_conflicts(s, include_closed=closed)


def _label(lap) -> str:
    from tankapp.services.sync import ledger

    with lap.reading() as s:
        return ledger.device(s).label


def _edit_member(db, member_id, **fields):
    from tankapp.domain import Member

    with db.session() as s:
        m = s.get(Member, member_id)
        for k, v in fields.items():
            setattr(m, k, v)


# ---------------------------------------------------------------- the done-when story


def test_laptop_and_office_diverge_and_the_merge_holds_both_with_the_one_conflict(office, laptop, tmp_path):
    from tankapp.domain.enums import AttendanceStatus
    from tankapp.services.meeting_mode import attendance
    from tankapp.services.meetings import minutes
    from tankapp.services.sync import conflicts

    aase, bo = office.member_ids[0], office.member_ids[1]
    # At the meeting, on the laptop (no network): attendance, notes, a decision, Åse's new e-mail.
    with laptop.session() as s:
        attendance.set_attendance(s, office.meeting_id, aase, AttendanceStatus.PRESENT)
        attendance.set_attendance(s, office.meeting_id, bo, AttendanceStatus.LATE, at=dt.time(9, 50))
        minutes.set_notes(s, office.item_ids[0], "Velkommen til <alle> & én ny: 🙂")
        minutes.add_decision(s, office.item_ids[2], "Pårørende inviteres til næste møde")
    _edit_member(laptop, aase, email="aase.oester@laptop.dk")
    # Meanwhile at the office: Åse's phone, and her e-mail too.
    _edit_member(office.db, aase, phone="+45 99 88 77 66", email="aase@office.dk")

    bundle = write_changes(laptop, tmp_path / "ændringer.tankpkg")
    result = import_file(office.db, bundle)

    assert result.status == "applied"
    assert result.added == {"attendance": 2, "decision": 1}
    assert result.changed == {"agenda_item": {"notes": 1}}
    assert _attendance(office.db, office.meeting_id)["Åse Øster"] == ("present", None)
    assert _attendance(office.db, office.meeting_id)["Bo Bæk"] == ("late", dt.time(9, 50))
    assert _notes(office.db, office.item_ids[0]) == "Velkommen til <alle> & én ny: 🙂"
    assert _decisions(office.db, office.item_ids[2]) == ["Vi mødes igen i juni", "Pårørende inviteres til næste møde"]
    # Both sides' changes to the member: the phone from the office, the e-mail in conflict (the office's kept for now).
    assert _member(office.db, aase) == ("Åse Øster", "aase@office.dk", "+45 99 88 77 66")
    (conflict,) = result.conflicts
    assert (conflict.table, conflict.field, conflict.what) == ("member", "email", "member Åse Øster")
    values = {c.value: (c.sources, c.current) for c in conflict.candidates}
    assert values == {"aase@office.dk": (("office",), True), "aase.oester@laptop.dk": ((_label(laptop),), False)}
    assert [c.id for c in _conflicts(office.db)] == [conflict.id]

    # A person takes the laptop's e-mail; the office's stays in the conflict.
    with office.db.session() as s:
        done = conflicts.resolve_conflict(s, conflict.id, "theirs")
    assert done.status == "resolved" and done.resolution == "aase.oester@laptop.dk"
    assert _member(office.db, aase)[1] == "aase.oester@laptop.dk"
    assert _conflicts(office.db) == []
    (kept,) = _conflicts(office.db, closed=True)
    assert {c.value for c in kept.candidates} == {"aase@office.dk", "aase.oester@laptop.dk"}

    # The laptop's next bundle still holds its e-mail (bundles are cumulative): nothing reopens.
    with laptop.session() as s:
        attendance.set_attendance(s, office.meeting_id, office.member_ids[2], AttendanceStatus.EXCUSED)
    again = import_file(office.db, write_changes(laptop, tmp_path / "ændringer2.tankpkg"))
    assert again.added == {"attendance": 1} and again.changed == {} and again.conflicts == []
    assert _member(office.db, aase)[1] == "aase.oester@laptop.dk"


def test_the_same_bundle_twice_changes_nothing_and_an_older_one_is_passed_over(office, laptop, tmp_path):
    from tankapp.domain.enums import AttendanceStatus
    from tankapp.domain.models import SyncBundle
    from tankapp.services.meeting_mode import attendance

    with laptop.session() as s:
        attendance.set_attendance(s, office.meeting_id, office.member_ids[0], AttendanceStatus.PRESENT)
    first = write_changes(laptop, tmp_path / "1.tankpkg")
    with laptop.session() as s:
        attendance.set_attendance(s, office.meeting_id, office.member_ids[0], AttendanceStatus.LEFT_EARLY,
                                  at=dt.time(11, 0))
    second = write_changes(laptop, tmp_path / "2.tankpkg")

    assert import_file(office.db, second).status == "applied"
    after = state(office.db)
    assert import_file(office.db, second).status == "already"
    older = import_file(office.db, first)
    assert (older.status, older.newer_seq) == ("superseded", 2)
    assert state(office.db) == after
    assert _attendance(office.db, office.meeting_id)["Åse Øster"] == ("left_early", None)
    assert import_file(office.db, first).status == "already"
    with office.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(SyncBundle)) == 2


def test_a_bundle_id_seen_before_with_other_contents_is_refused(office, laptop, tmp_path):
    from tankapp.services.errors import ServiceError
    from tankapp.services.sync import format as fmt
    from tankapp.services.sync import package as sync

    _edit_member(laptop, office.member_ids[1], phone="12 34 56 78")
    path = write_changes(laptop, tmp_path / "1.tankpkg")
    import_file(office.db, path)
    before = state(office.db)
    bundle = sync.read_file(path)
    data = json.loads(json.dumps(bundle.data))
    data["changes"]["member"][str(member_uuid(office.db, office.member_ids[1]))]["new"]["phone"] = "00 00 00 00"
    forged = fmt.write(tmp_path / "forged.tankpkg", bundle.header, data, {})
    with pytest.raises(ServiceError) as err:
        import_file(office.db, forged)
    assert err.value.code == "sync_bundle_reused"
    assert state(office.db) == before


def _rezip(src: Path, dst: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, replace.get(info.filename, zin.read(info.filename)))
    return dst


@pytest.mark.parametrize("damage", ["flipped_byte", "truncated", "data_edited", "header_edited", "not_a_zip", "extra_file"])
def test_a_damaged_bundle_is_refused_and_the_office_is_unchanged(office, laptop, tmp_path, damage):
    from tankapp.domain.enums import AttendanceStatus
    from tankapp.domain.models import SyncBundle
    from tankapp.services.errors import ServiceError
    from tankapp.services.meeting_mode import attendance

    with laptop.session() as s:
        attendance.set_attendance(s, office.meeting_id, office.member_ids[0], AttendanceStatus.PRESENT)
    good = write_changes(laptop, tmp_path / "good.tankpkg")
    bad = tmp_path / "bad.tankpkg"
    raw = good.read_bytes()
    if damage == "flipped_byte":
        with zipfile.ZipFile(good) as z:
            offset = z.getinfo("data.json").header_offset + 40
        bad.write_bytes(raw[:offset] + bytes([raw[offset] ^ 0xFF]) + raw[offset + 1:])
    elif damage == "truncated":
        bad.write_bytes(raw[: len(raw) // 2])
    elif damage == "data_edited":
        with zipfile.ZipFile(good) as z:
            data = z.read("data.json").replace(b'"present"', b'"absent"')
        _rezip(good, bad, {"data.json": data})
    elif damage == "header_edited":
        with zipfile.ZipFile(good) as z:
            head = json.loads(z.read("header.json"))
        head["seq"] = 99
        _rezip(good, bad, {"header.json": json.dumps(head).encode()})
    elif damage == "not_a_zip":
        bad.write_text("Dette er et referat, ikke en pakke.\n", encoding="utf-8")
    else:
        _rezip(good, bad, {})
        with zipfile.ZipFile(bad, "a") as z:
            z.writestr("files/" + "0" * 64, b"sneaked in")
    before = state(office.db)
    with pytest.raises(ServiceError) as err:
        import_file(office.db, bad)
    assert err.value.code == ("sync_not_a_package" if damage == "not_a_zip" else "sync_damaged")
    assert "nothing was imported" in str(err.value) and "\n" not in str(err.value)
    assert state(office.db) == before
    with office.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(SyncBundle)) == 0
    assert import_file(office.db, good).status == "applied"  # the good file still goes in


def test_a_bundle_of_another_think_tank_or_a_newer_tankapp_is_refused(office, laptop, tmp_path):
    from tankapp.services.errors import ServiceError
    from tankapp.services.sync import format as fmt
    from tankapp.services.sync import package as sync

    _edit_member(laptop, office.member_ids[0], phone="1")
    path = write_changes(laptop, tmp_path / "c.tankpkg")
    bundle = sync.read_file(path)
    before = state(office.db)

    foreign = fmt.Header(**{**bundle.header.as_dict(), "think_tank": "11111111-2222-4333-8444-555555555555",
                            "think_tank_name": "Fremmed tænketank"})
    with pytest.raises(ServiceError) as err:
        import_file(office.db, fmt.write(tmp_path / "foreign.tankpkg", foreign, bundle.data, {}))
    assert err.value.code == "sync_foreign" and "Fremmed tænketank" in str(err.value)

    newer = fmt.Header(**{**bundle.header.as_dict(), "schema": "9999"})
    with pytest.raises(ServiceError) as err:
        sync.read_file(fmt.write(tmp_path / "newer.tankpkg", newer, bundle.data, {}))
    assert err.value.code == "sync_newer" and "newer tankapp" in str(err.value)

    future = fmt.Header(**{**bundle.header.as_dict(), "format_version": 2})
    with pytest.raises(ServiceError) as err:
        sync.read_file(fmt.write(tmp_path / "future.tankpkg", future, bundle.data, {}))
    assert err.value.code == "sync_newer"
    assert state(office.db) == before


@pytest.mark.sqlite_only("copies the office's database file (SQLite's backup API) to replay imports")
def test_two_laptops_registering_the_same_member_yield_one_attendance_row(office, laptop, tmp_path):
    from tankapp.domain import Attendance
    from tankapp.domain.enums import AttendanceStatus
    from tankapp.services.meeting_mode import attendance

    other = copy_laptop(laptop.path, tmp_path / "laptop2.sqlite", "laptop 2")
    ceylan, dorthe = office.member_ids[2], office.member_ids[3]
    for lap in (laptop, other):
        with lap.session() as s:
            attendance.set_attendance(s, office.meeting_id, ceylan, AttendanceStatus.PRESENT)
    with laptop.session() as s:  # Dorthe: late on one laptop, present on the other
        attendance.set_attendance(s, office.meeting_id, dorthe, AttendanceStatus.PRESENT)
    with other.session() as s:
        attendance.set_attendance(s, office.meeting_id, dorthe, AttendanceStatus.LATE, at=dt.time(10, 0))
    a = write_changes(laptop, tmp_path / "a.tankpkg")
    b = write_changes(other, tmp_path / "b.tankpkg")
    other.close()

    first = copy_database(office.db.path, tmp_path / "office-ab.sqlite")
    import_file(office.db, a)
    result = import_file(office.db, b)
    with office.db.reading() as s:
        rows = s.scalars(select(Attendance).where(Attendance.meeting_id == office.meeting_id)).all()
        assert sorted(r.member_id for r in rows) == sorted([ceylan, dorthe])
    assert _attendance(office.db, office.meeting_id)["Ceylan Çelik"] == ("present", None)
    # Dorthe's state differs: one row, one conflict per differing field, both values kept.
    assert sorted(c.field for c in result.conflicts) == ["arrived_at", "status"]
    assert {c.value for c in next(c for c in result.conflicts if c.field == "status").candidates} == {"present", "late"}

    # The other order gives the same office.
    from tankapp.storage import open_database

    with open_database(first) as again:
        import_file(again, b)
        import_file(again, a)
        assert state(again) == state(office.db)


# ---------------------------------------------------------------- what travels, and how


def test_the_package_holds_what_the_meeting_needs_and_the_laptop_runs_it(office, tmp_path, monkeypatch):
    from tankapp.services.meeting_mode import attendance
    from tankapp.services.meetings import minutes
    from tankapp.services.sync import package as sync
    from tankapp.storage import files

    office_files = files.attachments_dir()
    path = export_package(office.db, [office.meeting_id], tmp_path / "pakke.tankpkg")
    assert os.stat(path).st_mode & 0o777 == 0o600
    bundle = sync.read_file(path)
    records = bundle.data["records"]
    names = {r["name"] for r in records["member"].values()}
    assert names == {"Åse Øster", "Bo Bæk", "Ceylan Çelik", "Dorthe Due"}  # the invited, not Zeki (Forskere)
    assert all("notes" not in r and "criterion_engaged_note" not in r for r in records["member"].values())
    assert len(bundle.header.files) == 1

    # The laptop has a data folder of its own: the presentation's file comes with the package.
    monkeypatch.setenv("TANKAPP_DATA_DIR", str(tmp_path / "laptop-data"))
    assert files.attachments_dir() != office_files
    lap = open_laptop(path, tmp_path / "laptop.sqlite")
    with lap.reading() as s:
        rows = attendance.attendance(s, office.meeting_id).rows
        assert sorted(r.name for r in rows) == ["Bo Bæk", "Ceylan Çelik", "Dorthe Due", "Åse Øster"]
        m = minutes.minutes(s, office.meeting_id)
        assert [i.title for i in m.items] == ["Velkomst", "Vidensoplæg", "Drøftelse"]
        from tankapp.domain import Attachment

        att = s.scalars(select(Attachment)).one()
        assert files.stored_status(att.content_hash, att.size, verify_hash=True) == "ok"
    with lap.session() as s:
        assert sync.prepare_changes(s).counts == {}  # opening changed nothing
    lap.close()


def test_a_package_opens_only_in_an_empty_database(office, package, tmp_path):
    from tankapp.services.errors import ServiceError
    from tankapp.services.sync import package as sync

    bundle = sync.read_file(package)
    with pytest.raises(ServiceError) as err, office.db.session() as s:
        sync.open_package(s, bundle)
    assert err.value.code == "sync_database_not_empty"
    with pytest.raises(ServiceError) as err, office.db.session() as s:
        sync.import_changes(s, bundle)
    assert err.value.code == "sync_package_needs_new_database"


def test_a_laptop_neither_sends_packages_nor_takes_changes_and_the_office_has_no_changes_to_send(office, laptop, tmp_path):
    from tankapp.services.errors import ServiceError
    from tankapp.services.sync import package as sync

    with pytest.raises(ServiceError) as err, laptop.session() as s:
        sync.prepare_package(s, [office.meeting_id])
    assert err.value.code == "sync_laptop_database"
    with pytest.raises(ServiceError) as err, office.db.session() as s:
        sync.prepare_changes(s)
    assert err.value.code == "sync_not_from_package"
    path = write_changes(laptop, tmp_path / "c.tankpkg")
    with pytest.raises(ServiceError) as err:
        import_file(laptop, path)
    assert err.value.code == "sync_laptop_database"


@pytest.mark.sqlite_only("copies the office's database file (SQLite's backup API) to replay imports")
def test_changes_to_a_package_this_office_did_not_send_are_refused(office, tmp_path):
    from tankapp.services.errors import ServiceError
    from tankapp.storage import open_database

    before = copy_database(office.db.path, tmp_path / "office-before.sqlite")
    pkg = export_package(office.db, [office.meeting_id], tmp_path / "p.tankpkg")
    lap = open_laptop(pkg, tmp_path / "lap.sqlite")
    _edit_member(lap, office.member_ids[0], phone="5")
    path = write_changes(lap, tmp_path / "c.tankpkg")
    with open_database(before) as restored:  # the office restored a backup made before it sent the package
        with pytest.raises(ServiceError) as err:
            import_file(restored, path)
    assert err.value.code == "sync_unknown_package"
    lap.close()


def test_changes_made_with_plain_sql_travel_too(office, laptop, tmp_path):
    con = sqlite3.connect(laptop.path)
    con.execute("UPDATE member SET phone = '70 70 70 70' WHERE id = ?", (office.member_ids[3],))
    con.execute("UPDATE agenda_item SET description = 'Skrevet uden om tankapp' WHERE id = ?", (office.item_ids[1],))
    con.commit()
    con.close()
    result = import_file(office.db, write_changes(laptop, tmp_path / "c.tankpkg"))
    assert result.changed == {"member": {"phone": 1}, "agenda_item": {"description": 1}}
    assert _member(office.db, office.member_ids[3])[2] == "70 70 70 70"


def test_a_member_and_a_guest_added_on_the_laptop_come_to_the_office(office, laptop, tmp_path):
    from tankapp.domain.enums import AttendanceStatus
    from tankapp.services.meeting_mode import attendance
    from tankapp.services.members import groups
    from tankapp.services.members import registry as members

    with laptop.session() as s:
        klinikere = groups.find_group(s, "Klinikere").id
        new = members.add_member(s, members.MemberInput(name="Eva Ørnsø", group_id=klinikere, email="eva@ex.dk"))
        s.flush()
        attendance.set_attendance(s, office.meeting_id, new.id, AttendanceStatus.PRESENT)
        attendance.add_guest(s, office.meeting_id, "Gæst Gudmundsdóttir", "Landspítali", "oplægsholder")
    result = import_file(office.db, write_changes(laptop, tmp_path / "c.tankpkg"))
    assert result.added == {"member": 1, "guest": 1, "attendance": 1}
    with office.db.reading() as s:
        a = attendance.attendance(s, office.meeting_id)
        assert ("Eva Ørnsø", AttendanceStatus.PRESENT) in [(r.name, r.status) for r in a.rows]
        assert [g.name for g in a.guests] == ["Gæst Gudmundsdóttir"]


def test_a_deletion_travels_and_is_kept_as_a_tombstone(office, laptop, tmp_path):
    from tankapp.domain.models import SyncTombstone
    from tankapp.services.meetings import minutes

    with laptop.session() as s:
        minutes.remove_decision(s, office.decision_id)
    result = import_file(office.db, write_changes(laptop, tmp_path / "c.tankpkg"))
    assert result.deleted == {"decision": 1}
    assert _decisions(office.db, office.item_ids[2]) == []
    with office.db.reading() as s:
        (tomb,) = s.scalars(select(SyncTombstone)).all()
        assert json.loads(tomb.snapshot)["text"] == "Vi mødes igen i juni"


def test_a_deletion_of_what_the_office_changed_keeps_it_and_is_a_conflict(office, laptop, tmp_path):
    from tankapp.domain import Decision
    from tankapp.services.meetings import minutes
    from tankapp.services.sync import conflicts

    with laptop.session() as s:
        minutes.remove_decision(s, office.decision_id)
    with office.db.session() as s:
        s.get(Decision, office.decision_id).text = "Vi mødes igen i juni (rettet på kontoret)"
    result = import_file(office.db, write_changes(laptop, tmp_path / "c.tankpkg"))
    assert result.deleted == {}
    assert _decisions(office.db, office.item_ids[2]) == ["Vi mødes igen i juni (rettet på kontoret)"]
    (c,) = result.conflicts
    assert c.field == "$exists"
    assert {(x.text, x.current) for x in c.candidates} == {("deleted", False), ("kept", True)}
    number = next(x.number for x in c.candidates if x.text == "deleted")
    with office.db.session() as s:
        conflicts.resolve_conflict(s, c.id, str(number))
    assert _decisions(office.db, office.item_ids[2]) == []


def test_notes_changed_on_both_sides_are_never_overwritten_and_both_can_be_kept(office, laptop, tmp_path):
    from tankapp.services.meetings import minutes
    from tankapp.services.sync import conflicts

    with laptop.session() as s:
        minutes.set_notes(s, office.item_ids[2], "Fra mødet: pårørende vil med.")
    with office.db.session() as s:
        minutes.set_notes(s, office.item_ids[2], "Kontoret: husk lokale.")
    result = import_file(office.db, write_changes(laptop, tmp_path / "c.tankpkg"))
    assert _notes(office.db, office.item_ids[2]) == "Kontoret: husk lokale."
    (c,) = result.conflicts
    assert {x.value for x in c.candidates} == {"Fra mødet: pårørende vil med.", "Kontoret: husk lokale."}
    with office.db.session() as s:
        conflicts.resolve_conflict(s, c.id, "both")
    assert _notes(office.db, office.item_ids[2]) == "Kontoret: husk lokale.\n\nFra mødet: pårørende vil med."


def test_a_dry_run_says_what_would_happen_and_changes_nothing(office, laptop, tmp_path):
    from tankapp.domain.enums import AttendanceStatus
    from tankapp.domain.models import SyncBundle, SyncConflict
    from tankapp.services.meeting_mode import attendance

    with laptop.session() as s:
        attendance.set_attendance(s, office.meeting_id, office.member_ids[0], AttendanceStatus.PRESENT)
    _edit_member(laptop, office.member_ids[0], email="a@laptop.dk")
    _edit_member(office.db, office.member_ids[0], email="a@office.dk")
    path = write_changes(laptop, tmp_path / "c.tankpkg")
    before = state(office.db)
    dry = import_file(office.db, path, dry_run=True)
    assert dry.dry_run and dry.added == {"attendance": 1}
    assert [(c.table, c.field) for c in dry.conflicts] == [("member", "email")]
    assert state(office.db) == before
    with office.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(SyncBundle)) == 0
        assert s.scalar(select(func.count()).select_from(SyncConflict)) == 0
    real = import_file(office.db, path)
    assert (real.added, [(c.table, c.field) for c in real.conflicts]) == (dry.added, [("member", "email")])


def test_resolving_refuses_what_is_no_choice(office, laptop, tmp_path):
    from tankapp.services.errors import NotFound, ServiceError, ValidationError
    from tankapp.services.sync import conflicts

    _edit_member(laptop, office.member_ids[1], phone="1")
    _edit_member(office.db, office.member_ids[1], phone="2")
    from tankapp.domain.enums import AttendanceStatus
    from tankapp.services.meeting_mode import attendance

    with laptop.session() as s:
        attendance.set_attendance(s, office.meeting_id, office.member_ids[0], AttendanceStatus.PRESENT)
    with office.db.session() as s:
        attendance.set_attendance(s, office.meeting_id, office.member_ids[0], AttendanceStatus.EXCUSED)
    found = import_file(office.db, write_changes(laptop, tmp_path / "c.tankpkg")).conflicts
    c = next(x for x in found if x.field == "phone")
    status = next(x for x in found if x.field == "status")
    for conflict_id, take, code in ((c.id, "7", "conflict_choice_invalid"), (c.id, "alle", "conflict_choice_invalid"),
                                    (status.id, "both", "conflict_both_not_text")):
        with pytest.raises(ValidationError) as err, office.db.session() as s:
            conflicts.resolve_conflict(s, conflict_id, take)
        assert err.value.code == code
    with pytest.raises(NotFound), office.db.session() as s:
        conflicts.resolve_conflict(s, 999, "mine")
    with pytest.raises(NotFound), office.db.session() as s:
        conflicts.resolve_conflict(s, 2**70, "mine")
    with office.db.session() as s:
        conflicts.resolve_conflict(s, c.id, "mine")
    assert _member(office.db, office.member_ids[1])[2] == "2"
    with pytest.raises(ServiceError) as err, office.db.session() as s:
        conflicts.resolve_conflict(s, c.id, "theirs")
    assert err.value.code == "conflict_closed"


def test_a_person_changing_a_merged_value_at_the_office_settles_it(office, laptop, tmp_path):
    """The office edits what a bundle brought; the laptop's next bundle (still holding its value) does not undo it."""
    _edit_member(laptop, office.member_ids[2], phone="33 33 33 33")
    import_file(office.db, write_changes(laptop, tmp_path / "1.tankpkg"))
    assert _member(office.db, office.member_ids[2])[2] == "33 33 33 33"
    _edit_member(office.db, office.member_ids[2], phone="44 44 44 44")
    result = import_file(office.db, write_changes(laptop, tmp_path / "2.tankpkg"))
    assert result.conflicts == [] and result.changed == {}
    assert _member(office.db, office.member_ids[2])[2] == "44 44 44 44"
    # A new change on the laptop after that is a conflict with the office's own value.
    _edit_member(laptop, office.member_ids[2], phone="55 55 55 55")
    result = import_file(office.db, write_changes(laptop, tmp_path / "3.tankpkg"))
    assert [c.field for c in result.conflicts] == ["phone"]
    assert _member(office.db, office.member_ids[2])[2] == "44 44 44 44"


def test_a_change_taken_back_on_the_laptop_is_taken_back_at_the_office(office, laptop, tmp_path):
    from tankapp.domain.enums import AttendanceStatus
    from tankapp.services.meeting_mode import attendance

    with laptop.session() as s:
        attendance.set_attendance(s, office.meeting_id, office.member_ids[0], AttendanceStatus.PRESENT)
    _edit_member(laptop, office.member_ids[0], phone="1")
    import_file(office.db, write_changes(laptop, tmp_path / "1.tankpkg"))
    with laptop.session() as s:
        attendance.set_attendance(s, office.meeting_id, office.member_ids[0], None)
    _edit_member(laptop, office.member_ids[0], phone="+45 11 11 11 11")
    result = import_file(office.db, write_changes(laptop, tmp_path / "2.tankpkg"))
    assert result.deleted == {"attendance": 1}
    assert _attendance(office.db, office.meeting_id)["Åse Øster"] == (None, None)
    assert _member(office.db, office.member_ids[0])[2] == "+45 11 11 11 11"


def test_every_table_either_travels_or_is_listed_as_local():
    from tankapp.domain.base import Base
    from tankapp.services.sync.tables import LOCAL_TABLES, SPECS

    synced = {s.name for s in SPECS}
    assert not synced & LOCAL_TABLES
    assert set(Base.metadata.tables) - synced - LOCAL_TABLES == set(), (
        "a new table: add it to services/sync/tables.py SPECS (it travels) or LOCAL_TABLES (it stays)")


def test_the_office_ledger_of_an_older_database_survives_its_upgrade(tmp_path):
    from tankapp.domain.models import SyncBundle, SyncDevice, SyncPackage
    from tankapp.storage import open_database

    fixture = Path(__file__).parent / "fixtures" / "databases" / "0006.sqlite"
    path = tmp_path / "tankapp.sqlite"
    shutil.copyfile(fixture, path)
    with open_database(path) as db, db.reading() as s:
        (device,) = s.scalars(select(SyncDevice)).all()
        assert (device.role, device.label) == ("office", "Kontoret")
        (package,) = s.scalars(select(SyncPackage)).all()
        assert package.direction == "sent"
        (bundle,) = s.scalars(select(SyncBundle)).all()
        assert (bundle.device_label, bundle.seq, bundle.status) == ("Bærbar 1", 1, "applied")


@pytest.mark.sqlite_only("copies the office's database file (SQLite's backup API) to replay imports")
def test_an_agenda_item_removed_on_one_laptop_stays_while_another_wrote_under_it(office, laptop, tmp_path):
    """Laptop A removes an item (its decision goes with it); laptop B records a decision under it. In either
    order the office keeps the item with B's decision and shows the removal as a conflict."""
    from tankapp.services.meetings import agenda, minutes
    from tankapp.storage import open_database

    other = copy_laptop(laptop.path, tmp_path / "laptop2.sqlite", "laptop 2")
    with laptop.session() as s:
        agenda.remove_item(s, office.item_ids[2])
    with other.session() as s:
        minutes.add_decision(s, office.item_ids[2], "Besluttet på den anden bærbare")
    a = write_changes(laptop, tmp_path / "a.tankpkg")
    b = write_changes(other, tmp_path / "b.tankpkg")
    other.close()
    copy = copy_database(office.db.path, tmp_path / "office-ba.sqlite")

    import_file(office.db, a)
    assert _agenda(office.db, office.meeting_id) == ["Velkomst", "Vidensoplæg"]  # removed: nothing else happened yet
    result = import_file(office.db, b)
    assert _agenda(office.db, office.meeting_id) == ["Velkomst", "Vidensoplæg", "Drøftelse"]
    # the decision A removed with the item is gone (nobody else touched it); B's is there
    assert _decisions(office.db, office.item_ids[2]) == ["Besluttet på den anden bærbare"]
    assert ("agenda_item", "$exists") in [(c.table, c.field) for c in _conflicts(office.db)]
    assert result.added.get("agenda_item") == 1  # brought back: the same item, not a new one
    with open_database(copy) as again:
        import_file(again, b)
        import_file(again, a)
        assert state(again) == state(office.db)


def test_a_laptop_with_a_later_package_saw_what_came_before_it(office, laptop, tmp_path):
    """Laptop A's phone reached the office; the next package (to laptop B) holds it, so B's change of it
    is no conflict. A laptop still on the first package changing it again is one."""
    first = copy_laptop(laptop.path, tmp_path / "laptop-c.sqlite", "laptop C")
    _edit_member(laptop, office.member_ids[1], phone="11")
    import_file(office.db, write_changes(laptop, tmp_path / "a.tankpkg"))
    later = export_package(office.db, [office.meeting_id], tmp_path / "pakke2.tankpkg")
    b = open_laptop(later, tmp_path / "laptop-b.sqlite")
    assert _member(b, office.member_ids[1])[2] == "11"
    _edit_member(b, office.member_ids[1], phone="22")
    result = import_file(office.db, write_changes(b, tmp_path / "b.tankpkg"))
    assert result.conflicts == [] and _member(office.db, office.member_ids[1])[2] == "22"
    _edit_member(first, office.member_ids[1], phone="33")
    result = import_file(office.db, write_changes(first, tmp_path / "c.tankpkg"))
    (c,) = result.conflicts
    assert {x.value for x in c.candidates} == {"22", "33"}
    b.close()
    first.close()
