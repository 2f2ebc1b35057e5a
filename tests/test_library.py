"""The knowledge library: presentations, files stored by content, and coverage per group."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
import sys

import pytest

from tankapp.domain import AgendaItem, Attachment, Meeting, Presentation
from tankapp.domain.enums import AgendaItemKind, Criterion, Involvement, MeetingFormat, MeetingStatus
from tankapp.services.library import presentations as library
from tankapp.services.library.coverage import coverage
from tankapp.services.errors import NotFound, ServiceError, ValidationError
from tankapp.services.library.presentations import PresentationInput


def make(db, title="Fælles beslutningstagning", **kw) -> int:
    with db.session() as s:
        return library.create_presentation(s, PresentationInput(title=title, **kw)).id


def write(path, data: bytes):
    path.write_bytes(data)
    return path


def attach(db, presentation_id, path):
    with db.session() as s:
        att = library.attach_file(s, presentation_id, path)
        return att.id, att.content_hash


def stored_files(data_dir):
    folder = data_dir / "attachments"
    if not folder.exists():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file())


def add_meeting(s, title, date, status, group_ids, presentations, *, item_title="Vidensoplæg"):
    from tankapp.domain import ExpertGroup

    m = Meeting(
        title=title,
        date=date,
        start=dt.time(9, 30),
        end=dt.time(15, 30),
        format=MeetingFormat.FULL_DAY,
        status=status,
        groups=[s.get(ExpertGroup, g) for g in group_ids],
    )
    s.add(m)
    s.flush()
    item = AgendaItem(meeting_id=m.id, position=1, title=item_title, kind=AgendaItemKind.KNOWLEDGE_PRESENTATION, planned_minutes=45)
    s.add(item)
    for pid in presentations:
        item.presentations.append(s.get(Presentation, pid))
    s.flush()
    return m.id


# --------------------------------------------------------------- presentations


def test_title_is_required(db):
    with db.session() as s, pytest.raises(ValidationError) as err:
        library.create_presentation(s, PresentationInput(title="   ", presenter="ViBIS"))
    assert err.value.by_field["title"].code == "presentation_title_required"
    with db.reading() as s:
        assert library.list_presentations(s) == []


def test_involvement_and_criteria_round_trip_to_the_flag_columns(db):
    pid = make(
        db,
        title="  Pårørende som ressource ",
        presenter=" ViBIS ",
        presented_on=dt.date(2026, 3, 12),
        summary="Fire trin",
        source="Inspirationskatalog, ViBIS 2024",
        involvement={Involvement.RELATIVES, Involvement.INDIVIDUAL},
        criteria={Criterion.PROCESS, Criterion.USE},
    )
    with db.reading() as s:
        p = library.get_presentation(s, pid)
        assert (p.involves_organisational, p.involves_individual, p.involves_relatives) == (False, True, True)
        assert (p.criterion_frames, p.criterion_process, p.criterion_use) == (False, True, True)
        data = PresentationInput.from_presentation(p)
    assert data.title == "Pårørende som ressource" and data.presenter == "ViBIS"
    assert data.involvement == {Involvement.RELATIVES, Involvement.INDIVIDUAL}
    assert data.criteria == {Criterion.PROCESS, Criterion.USE}
    assert data.presented_on == dt.date(2026, 3, 12)

    data.involvement = {Involvement.ORGANISATIONAL}
    data.criteria = set(Criterion)
    with db.session() as s:
        library.update_presentation(s, pid, data)
    with db.reading() as s:
        (row,) = library.list_presentations(s)
    assert row.involvement == frozenset({Involvement.ORGANISATIONAL})
    assert row.criteria == frozenset(Criterion)


def test_tags_are_trimmed_deduplicated_and_listed_the_danish_way(db):
    pid = make(db, tags=[" PRO-data ", "pro-data", "Ældre", "", "  shared   decision ", "Brugerråd"])
    make(db, title="Andet", tags=["ældre", "Øvelser", "aftaler"])
    with db.reading() as s:
        p = library.get_presentation(s, pid)
        assert p.tags == "PRO-data; Ældre; shared decision; Brugerråd"
        assert library.list_presentations(s, tag="pro-DATA")[0].tags == ("PRO-data", "Ældre", "shared decision", "Brugerråd")
        assert library.list_tags(s) == ["aftaler", "Brugerråd", "PRO-data", "shared decision", "Ældre", "Øvelser"]
    # A semicolon cannot sneak into a tag and break the stored list.
    assert library.normalise_tags(["a;b", "c, d", "A"]) == ["a", "b", "c", "d"]


def test_list_is_newest_first_then_title_and_filters(db):
    make(db, title="Brugerråd der virker", presented_on=dt.date(2026, 2, 1), involvement={Involvement.ORGANISATIONAL},
         criteria={Criterion.FRAMES}, tags=["brugerråd"])
    make(db, title="Årets PRO-erfaringer", presented_on=dt.date(2026, 5, 1), involvement={Involvement.INDIVIDUAL},
         criteria={Criterion.USE}, tags=["PRO"], summary="Patientrapporterede oplysninger i ambulatoriet")
    make(db, title="Aftaler med pårørende", presented_on=dt.date(2026, 5, 1), involvement={Involvement.RELATIVES},
         criteria={Criterion.PROCESS, Criterion.USE})
    make(db, title="Udateret oplæg")
    with db.reading() as s:
        titles = [p.title for p in library.list_presentations(s)]
        assert titles == ["Aftaler med pårørende", "Årets PRO-erfaringer", "Brugerråd der virker", "Udateret oplæg"]
        assert [p.title for p in library.list_presentations(s, involvement=Involvement.RELATIVES)] == ["Aftaler med pårørende"]
        assert [p.title for p in library.list_presentations(s, criterion=Criterion.USE)] == [
            "Aftaler med pårørende", "Årets PRO-erfaringer"]
        assert [p.title for p in library.list_presentations(s, tag="Brugerråd")] == ["Brugerråd der virker"]
        # Text searches title, summary, tags; every word must occur.
        assert [p.title for p in library.list_presentations(s, text="ambulatoriet")] == ["Årets PRO-erfaringer"]
        assert [p.title for p in library.list_presentations(s, text="pro årets")] == ["Årets PRO-erfaringer"]
        assert library.list_presentations(s, text="pro", criterion=Criterion.FRAMES) == []


def test_summary_names_the_meetings_that_use_it(db, group_ids):
    pid = make(db)
    with db.session() as s:
        add_meeting(s, "Opstart Brugere", dt.date(2026, 2, 3), MeetingStatus.HELD, [group_ids["Brugere"]], [pid])
    with db.reading() as s:
        (row,) = library.list_presentations(s)
    assert [(u.meeting_title, u.meeting_date, u.meeting_status) for u in row.uses] == [
        ("Opstart Brugere", dt.date(2026, 2, 3), MeetingStatus.HELD)]
    assert row.uses[0].agenda_item_title == "Vidensoplæg"
    assert row.attachment_count == 0


def test_delete_is_refused_while_an_agenda_links_it(db, group_ids, tmp_path, _private_data_dir):
    pid = make(db, title="Rammer for inddragelse")
    attach(db, pid, write(tmp_path / "slides.pdf", b"%PDF slides"))
    with db.session() as s:
        add_meeting(s, "Fællesmøde", dt.date(2026, 3, 1), MeetingStatus.PLANNED, [group_ids["Ledere"]], [pid])
    with db.session() as s, pytest.raises(ServiceError) as err:
        library.delete_presentation(s, pid)
    assert err.value.code == "presentation_in_use"
    assert "Fællesmøde" in str(err.value)
    with db.reading() as s:
        assert len(library.list_presentations(s)) == 1

    # Off the agenda, it can go, and its file with it.
    with db.session() as s:
        for item in s.query(AgendaItem):
            item.presentations.clear()
    with db.session() as s:
        library.delete_presentation(s, pid)
    with db.reading() as s:
        assert library.list_presentations(s) == []
        assert s.query(Attachment).count() == 0
    assert stored_files(_private_data_dir) == []


def test_get_unknown_presentation(db):
    with db.reading() as s, pytest.raises(NotFound):
        library.get_presentation(s, 999)


# --------------------------------------------------------------- stored files


def test_same_file_on_two_presentations_is_stored_once(db, tmp_path, _private_data_dir):
    data = b"Slides about involvement\n" * 1000
    a, b = make(db, title="A"), make(db, title="B")
    src = write(tmp_path / "oplæg.pptx", data)
    copy = write(tmp_path / "kopi af oplæg.pptx", data)
    id_a, hash_a = attach(db, a, src)
    id_b, hash_b = attach(db, b, copy)

    expected = hashlib.sha256(data).hexdigest()
    assert hash_a == hash_b == expected
    files = stored_files(_private_data_dir)
    assert files == [_private_data_dir / "attachments" / expected[:2] / expected]
    assert files[0].read_bytes() == data
    if sys.platform != "win32":
        assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
        assert stat.S_IMODE((_private_data_dir / "attachments").stat().st_mode) == 0o700
    with db.reading() as s:
        rows = {p.title: p for p in library.list_presentations(s)}
    assert rows["A"].attachments[0].file_name == "oplæg.pptx"
    assert rows["B"].attachments[0].file_name == "kopi af oplæg.pptx"
    assert rows["A"].attachments[0].media_type == "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    assert rows["A"].attachments[0].status == "ok" and rows["A"].attachment_count == 1


def test_same_content_twice_on_one_presentation_is_refused(db, tmp_path):
    pid = make(db)
    attach(db, pid, write(tmp_path / "a.pdf", b"same"))
    with db.session() as s, pytest.raises(ServiceError) as err:
        library.attach_file(s, pid, write(tmp_path / "b.pdf", b"same"))
    assert err.value.code == "attachment_duplicate"
    assert "a.pdf" in str(err.value)
    with db.reading() as s:
        assert len(library.list_attachments(s, pid)) == 1


def test_store_reports_progress_per_chunk(tmp_path):
    src = write(tmp_path / "big.bin", os.urandom(10 * 1024 + 5))
    calls = []
    stored = library.store_file(src, lambda done, total: calls.append((done, total)) or True, chunk=1024)
    assert len(calls) == 11
    assert calls[0] == (1024, 10 * 1024 + 5)
    assert calls[-1] == (10 * 1024 + 5, 10 * 1024 + 5)
    assert stored.size == 10 * 1024 + 5
    assert stored.hash == hashlib.sha256(src.read_bytes()).hexdigest()


def test_cancel_leaves_no_temp_file_and_stores_nothing(tmp_path, _private_data_dir):
    src = write(tmp_path / "big.bin", os.urandom(8 * 1024))
    calls = []

    def cancel_at_third(done, total):
        calls.append(done)
        return len(calls) < 3

    with pytest.raises(library.AttachmentCancelled) as err:
        library.store_file(src, cancel_at_third, chunk=1024)
    assert err.value.code == "attachment_cancelled"
    assert len(calls) == 3
    leftovers = [p for p in (_private_data_dir / "attachments").rglob("*")]
    assert leftovers == []


def test_unreadable_sources_give_plain_problems(tmp_path):
    with pytest.raises(ServiceError) as err:
        library.store_file(tmp_path / "not-there.pdf")
    assert err.value.code == "attachment_source_missing"
    assert "not-there.pdf" in str(err.value)
    folder = tmp_path / "a folder"
    folder.mkdir()
    with pytest.raises(ServiceError) as err:
        library.store_file(folder)
    assert err.value.code in ("attachment_source_not_file", "attachment_source_unreadable")
    if sys.platform != "win32" and os.geteuid() != 0:
        locked = write(tmp_path / "locked.pdf", b"x")
        locked.chmod(0)
        with pytest.raises(ServiceError) as err:
            library.store_file(locked)
        assert err.value.code == "attachment_source_unreadable"


def test_missing_and_damaged_status(db, tmp_path):
    pid = make(db)
    att_id, content_hash = attach(db, pid, write(tmp_path / "a.pdf", b"original bytes"))
    with db.reading() as s:
        att = library.get_attachment(s, att_id)
    path = library.attachment_path(att)
    assert library.attachment_status(att) == "ok"

    path.write_bytes(b"original bytez")  # same size, other bytes: only the hash check sees it
    assert library.attachment_status(att) == "ok"
    assert library.attachment_status(att, verify_hash=True) == "damaged"
    path.write_bytes(b"short")
    assert library.attachment_status(att) == "damaged"
    path.unlink()
    assert library.attachment_status(att) == "missing"
    with db.reading() as s:
        (row,) = library.list_presentations(s)
    assert row.attachments[0].status == "missing"
    assert row.problem_attachments == row.attachments


def test_relink_a_missing_file_takes_the_new_file(db, tmp_path, _private_data_dir):
    pid = make(db)
    att_id, old_hash = attach(db, pid, write(tmp_path / "gammel.pdf", b"old version"))
    with db.reading() as s:
        library.attachment_path(library.get_attachment(s, att_id)).unlink()

    new = write(tmp_path / "ny version.pdf", b"the new version of the slides")
    calls = []
    with db.session() as s:
        library.relink_attachment(s, att_id, new, progress=lambda d, t: calls.append(d) or True)
    assert calls
    with db.reading() as s:
        (a,) = library.list_attachments(s, pid)
    assert (a.file_name, a.size, a.status) == ("ny version.pdf", len(new.read_bytes()), "ok")
    assert a.content_hash == hashlib.sha256(new.read_bytes()).hexdigest() != old_hash
    assert [p.name for p in stored_files(_private_data_dir)] == [a.content_hash]


def test_relink_with_the_same_file_heals_damaged_bytes(db, tmp_path):
    pid = make(db)
    src = write(tmp_path / "a.pdf", b"good bytes")
    att_id, _ = attach(db, pid, src)
    with db.reading() as s:
        att = library.get_attachment(s, att_id)
    library.attachment_path(att).write_bytes(b"bad bytes!")  # same size
    assert library.attachment_status(att, verify_hash=True) == "damaged"
    with db.session() as s:
        library.relink_attachment(s, att_id, src)
    assert library.attachment_status(att, verify_hash=True) == "ok"


def test_remove_keeps_bytes_still_used_elsewhere(db, tmp_path, _private_data_dir):
    a, b = make(db, title="A"), make(db, title="B")
    shared = b"shared slides"
    id_a, content_hash = attach(db, a, write(tmp_path / "x.pdf", shared))
    id_b, _ = attach(db, b, write(tmp_path / "y.pdf", shared))
    only_b, only_hash = attach(db, b, write(tmp_path / "z.pdf", b"only on B"))

    with db.session() as s:
        library.remove_attachment(s, id_a)
    assert len(stored_files(_private_data_dir)) == 2  # still used by B

    with db.session() as s:
        library.remove_attachment(s, only_b)
    assert [p.name for p in stored_files(_private_data_dir)] == [content_hash]

    with db.session() as s:
        library.remove_attachment(s, id_b)
    assert stored_files(_private_data_dir) == []


def test_bytes_stay_when_the_removal_is_rolled_back(db, tmp_path, _private_data_dir):
    pid = make(db)
    att_id, _ = attach(db, pid, write(tmp_path / "x.pdf", b"keep me"))
    with pytest.raises(RuntimeError):
        with db.session() as s:
            library.remove_attachment(s, att_id)
            raise RuntimeError("something else failed")
    assert len(stored_files(_private_data_dir)) == 1
    with db.reading() as s:
        assert library.list_attachments(s, pid)[0].status == "ok"


def test_copy_for_opening_has_the_real_name_and_checks_the_bytes(db, tmp_path, _private_data_dir):
    pid = make(db)
    att_id, _ = attach(db, pid, write(tmp_path / "Oplæg: rammer.pdf", b"%PDF-1.7 content"))
    with db.reading() as s:
        att = library.get_attachment(s, att_id)
    opened = library.copy_for_opening(att)
    assert opened.suffix == ".pdf" and opened.read_bytes() == b"%PDF-1.7 content"
    assert _private_data_dir in opened.parents
    assert library.copy_for_opening(att) == opened  # again: replaced, same place
    library.attachment_path(att).write_bytes(b"%PDF-1.7 c0ntent")
    with pytest.raises(ServiceError) as err:
        library.copy_for_opening(att)
    assert err.value.code == "attachment_damaged"
    library.attachment_path(att).unlink()
    with pytest.raises(ServiceError) as err:
        library.copy_for_opening(att)
    assert err.value.code == "attachment_missing"
    library.clear_opened_copies()
    assert not library.opened_dir().exists()


# --------------------------------------------------------------- coverage


def test_coverage_counts_only_held_meetings_and_the_first_date(db, group_ids):
    p1 = make(db, title="Brugerråd", presented_on=dt.date(2026, 1, 10))
    p2 = make(db, title="PRO-data", presented_on=dt.date(2026, 2, 10))
    p3 = make(db, title="Pårørende")
    brugere, klinikere, ledere = group_ids["Brugere"], group_ids["Klinikere"], group_ids["Ledere"]
    with db.session() as s:
        add_meeting(s, "Opstart Brugere", dt.date(2026, 2, 3), MeetingStatus.HELD, [brugere], [p1, p2])
        add_meeting(s, "Igen Brugere", dt.date(2026, 1, 20), MeetingStatus.HELD, [brugere], [p1])
        add_meeting(s, "Fællesmøde", dt.date(2026, 3, 1), MeetingStatus.HELD, [klinikere, ledere], [p2])
        add_meeting(s, "Planlagt", dt.date(2026, 9, 1), MeetingStatus.PLANNED, [klinikere], [p1, p3])
        add_meeting(s, "Aflyst", dt.date(2026, 4, 1), MeetingStatus.CANCELLED, [ledere], [p3])

    with db.reading() as s:
        cov = coverage(s)
    assert [g.name for g in cov.groups][:3] == ["Brugere", "Klinikere", "Ledere"]
    assert [p.title for p in cov.presentations] == ["Brugerråd", "PRO-data", "Pårørende"]
    assert cov.shown_on(brugere, p1) == dt.date(2026, 1, 20)  # the first held meeting
    assert cov.shown_on(brugere, p2) == dt.date(2026, 2, 3)
    assert cov.shown_on(klinikere, p2) == cov.shown_on(ledere, p2) == dt.date(2026, 3, 1)
    assert cov.shown_on(klinikere, p1) is None  # only planned
    assert cov.shown_on(ledere, p3) is None  # cancelled
    assert cov.shown_count(brugere) == 2 and cov.shown_count(klinikere) == 1
    assert [p.title for p in cov.missing_for(brugere)] == ["Pårørende"]
    assert [p.title for p in cov.missing_for(klinikere)] == ["Brugerråd", "Pårørende"]
    assert len(cov.missing_for(group_ids["Forskere"])) == 3


def test_coverage_leaves_out_archived_groups(db, group_ids):
    from tankapp.services.members import groups

    pid = make(db)
    with db.session() as s:
        add_meeting(s, "Opstart", dt.date(2026, 2, 3), MeetingStatus.HELD, [group_ids["Forskere"]], [pid])
        groups.set_archived(s, group_ids["Forskere"], True)
    with db.reading() as s:
        cov = coverage(s)
    assert "Forskere" not in [g.name for g in cov.groups]
    assert cov.shown == {}
