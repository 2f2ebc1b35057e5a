"""Shared pieces of the sync tests: an office with a coming meeting, laptops opened from its package,
bundles back, and the office's state to compare (records by identity, open conflicts)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

MEETING_DAY = dt.date(2026, 5, 12)


@dataclass
class Office:
    db: object
    meeting_id: int
    member_ids: list[int]  # Klinikere, invited to the meeting
    item_ids: list[int]  # the meeting's agenda, in order
    decision_id: int  # a decision already there when the package is made
    other_member_id: int  # a Forskere member: not invited, not in the package


def make_office(db, tmp_path: Path) -> Office:
    """The office: four Klinikere, their meeting with a three-item agenda (a presentation with a file on
    the second), one decision already taken, and a member of another group."""
    from tankapp.domain.models import Attachment, Decision
    from tankapp.services.library import presentations as library
    from tankapp.services.meetings import agenda, planning
    from tankapp.services.members import groups
    from tankapp.services.members import registry as members

    pdf = tmp_path / "oplæg.pdf"
    pdf.write_bytes(b"%PDF-1.4 pretend\n" + "æøå".encode() * 100)
    stored = library.store_file(pdf)
    with db.session() as s:
        klinikere = groups.find_group(s, "Klinikere").id
        forskere = groups.find_group(s, "Forskere").id
        names = [("Åse Øster", "aase@region.dk", "+45 11 11 11 11"), ("Bo Bæk", "bo@example.dk", ""),
                 ("Ceylan Çelik", "ceylan@example.dk", "22 22 22 22"), ("Dorthe Due", None, "")]
        member_ids = [
            members.add_member(s, members.MemberInput(name=n, group_id=klinikere, email=e, phone=p,
                                                      organisation="Region Hovedstaden")).id
            for n, e, p in names
        ]
        other = members.add_member(s, members.MemberInput(name="Zeki Ünal", group_id=forskere)).id
        p = library.create_presentation(s, library.PresentationInput(title="Pårørendeinddragelse i praksis"))
        s.add(Attachment(presentation_id=p.id, file_name="oplæg.pdf", content_hash=stored.hash, size=stored.size,
                         media_type="application/pdf"))
        m = planning.create_meeting(s, planning.MeetingInput(
            title="Klinikermøde om pårørende", date=MEETING_DAY, start=dt.time(9, 30), end=dt.time(12, 30),
            place="ViBIS", group_ids=[klinikere]))
        items = [
            agenda.add_item(s, m.id, agenda.ItemInput(title="Velkomst", planned_minutes=15)),
            agenda.add_item(s, m.id, agenda.ItemInput(title="Vidensoplæg", planned_minutes=45, presentation_ids=[p.id])),
            agenda.add_item(s, m.id, agenda.ItemInput(title="Drøftelse", planned_minutes=60)),
        ]
        s.flush()
        d = Decision(agenda_item_id=items[2].id, position=0, text="Vi mødes igen i juni")
        s.add(d)
        s.flush()
        return Office(db, m.id, member_ids, [i.id for i in items], d.id, other)


def export_package(office_db, meeting_ids: list[int], out: Path) -> Path:
    from tankapp.services.sync import package as sync

    with office_db.session() as s:
        prepared = sync.prepare_package(s, meeting_ids)
    return sync.write_package(prepared, out)


def open_laptop(package: Path, path: Path):
    from tankapp.services.sync import package as sync
    from tankapp.storage import open_database

    bundle = sync.read_file(package)
    lap = open_database(path, create=True)
    with lap.session() as s:
        sync.open_package(s, bundle)
    return lap


def copy_laptop(source: Path, target: Path, label: str):
    """Another laptop opened from the same package (a copy of one that opened it, with a device of its own)."""
    from tankapp.storage import open_database

    copy_database(source, target)
    con = sqlite3.connect(target)
    try:
        con.execute("UPDATE sync_device SET uuid = ?, label = ?", (uuid.uuid4().hex, label))
        con.commit()
    finally:
        con.close()
    return open_database(target)


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of a database that may be open (SQLite's backup: the -wal's pages included)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


def write_changes(lap, out: Path) -> Path:
    from tankapp.services.sync import package as sync

    with lap.session() as s:
        prepared = sync.prepare_changes(s)
    return sync.write_changes(prepared, out)


def import_file(office_db, path: Path, *, dry_run: bool = False):
    from tankapp.services.sync import package as sync

    bundle = sync.read_file(path)
    with office_db.session() as s:
        return sync.import_changes(s, bundle, dry_run=dry_run)


def state(db) -> dict:
    """The office as a person would compare it: every record by identity (no timestamps), and the open
    conflicts with their values and where each came from."""
    from tankapp.domain.models import SyncConflict
    from tankapp.services.sync import records

    with db.reading() as s:
        snap = records.snapshot(s)
        for table in snap.values():
            for record in table.values():
                record.pop(records.CREATED, None)
        conflicts = sorted(
            (c.table_name, str(c.record_uuid), c.field, c.current,
             json.dumps(sorted(json.loads(c.candidates), key=lambda x: json.dumps(x, sort_keys=True)), sort_keys=True))
            for c in s.scalars(select(SyncConflict).where(SyncConflict.status == "open"))
        )
    return {"records": snap, "conflicts": conflicts}


def member_uuid(db, member_id: int) -> uuid.UUID:
    from tankapp.domain import Member

    with db.reading() as s:
        return s.get(Member, member_id).uuid
