"""The minutes PDF names only members who consented; the sign-in sheet lists everyone invited."""

from __future__ import annotations

import datetime as dt

from tankapp.domain.enums import AttendanceStatus as A
from tankapp.domain.enums import Sector
from tankapp.services.meetings import agenda as agenda_service
from tankapp.services.meeting_mode import attendance
from tankapp.services import documents as exports
from tankapp.services.meetings import planning as meetings
from tankapp.services.meetings import minutes
from tankapp.services.members import registry as member_service
from tankapp.services.meetings.agenda import ItemInput
from tankapp.services.meetings.planning import MeetingInput
from tankapp.services.meetings.minutes import ActionInput
from tests.helpers import pdf_text


def build(db, group_ids):
    with db.session() as s:
        def member(name, consent, sector):
            return member_service.add_member(s, member_service.MemberInput(
                name=name, group_id=group_ids["Brugere"], consent_named=consent, sector=sector,
                organisation=f"Org {name}")).id

        ids = {
            "åse": member("Åse Kjærgaard", True, Sector.PATIENT_ORGANISATION),
            "hemmelig": member("Hemmelig Hansen", False, Sector.PATIENT_ORGANISATION),
            "skjult": member("Skjult Sørensen", False, Sector.MUNICIPALITY),
            "afbud": member("Afbud Andersen", False, Sector.PATIENT_ORGANISATION),
            "zeki": member("Zeki Ünal", True, Sector.REGION),
        }
        mid = meetings.create_meeting(s, MeetingInput(title="Brugermøde", date=dt.date(2026, 3, 12),
                                                      start=dt.time(9, 30), end=dt.time(12, 30),
                                                      group_ids=[group_ids["Brugere"]])).id
        item = agenda_service.add_item(s, mid, ItemInput(title="Drøftelse af spredning", planned_minutes=30)).id
        for key, status in (("åse", A.PRESENT), ("hemmelig", A.PRESENT), ("skjult", A.LATE), ("afbud", A.EXCUSED),
                            ("zeki", A.EXCUSED)):
            attendance.set_attendance(s, mid, ids[key], status, at=dt.time(10, 0))
        minutes.set_notes(s, item, "Vi talte om æøå & <b>markup</b>")
        minutes.add_decision(s, item, "Næste møde handler om pårørende")
        minutes.add_action(s, item, ActionInput("Skriv til afdelingen", owner_member_id=ids["hemmelig"],
                                                dissemination=True))
        minutes.add_action(s, item, ActionInput("Send oplægget rundt", owner_member_id=ids["åse"]))
    return mid


def test_minutes_name_only_members_who_consented(db, group_ids, tmp_path):
    mid = build(db, group_ids)
    with db.reading() as s:
        doc = exports.minutes_document(s, mid)
        path = exports.export_minutes_pdf(s, mid, tmp_path / "referat.pdf")
    assert doc.present == ["Åse Kjærgaard"]
    assert doc.present_unnamed == [("Kommune", 1), ("Patientforening", 1)]
    assert doc.excused == ["Zeki Ünal"] and doc.excused_unnamed == [("Patientforening", 1)]
    text = pdf_text(path)
    for secret in ("Hemmelig", "Skjult", "Afbud Andersen"):
        assert secret not in text
    assert "Åse Kjærgaard" in text and "Zeki Ünal" in text
    assert "Vi talte om æøå & <b>markup</b>" in text
    assert "Et medlem (patientforening)" in " ".join(text.split())  # the owner who may not be named


def test_signin_sheet_lists_every_invited_member_in_danish_order(db, group_ids, tmp_path):
    mid = build(db, group_ids)
    with db.reading() as s:
        doc = exports.signin_document(s, mid)
        path = exports.export_signin_pdf(s, mid, tmp_path / "fremmoede.pdf")
    assert [r.name for r in doc.rows] == ["Afbud Andersen", "Hemmelig Hansen", "Skjult Sørensen", "Zeki Ünal",
                                          "Åse Kjærgaard"]
    text = pdf_text(path)
    assert text.index("Afbud Andersen") < text.index("Zeki Ünal") < text.index("Åse Kjærgaard")


# ---------------------------------------------------------------- the never registered, contributions, drafts


def _pages(path) -> list[str]:
    from tests.helpers import poppler

    return [p for p in poppler("pdftotext", "-layout", "-enc", "UTF-8", path, "-").split("\f") if p.strip()]


def _pdf_title(path) -> str:
    from tests.helpers import poppler

    (title,) = [line.split(":", 1)[1].strip() for line in poppler("pdfinfo", path).splitlines()
                if line.startswith("Title:")]
    return title


def _add_unregistered(db, group_ids):
    with db.session() as s:
        for name, consent, sector in (("Ulla Uregistreret", True, Sector.REGION),
                                      ("Ukendt Ubekendt", False, Sector.REGION),
                                      ("<b>Tegn</b> & Co", True, Sector.MUNICIPALITY)):
            member_service.add_member(s, member_service.MemberInput(
                name=name, group_id=group_ids["Brugere"], consent_named=consent, sector=sector))


def test_minutes_list_the_invited_never_registered_by_the_consent_rule(db, group_ids, tmp_path):
    mid = build(db, group_ids)
    _add_unregistered(db, group_ids)
    with db.reading() as s:
        doc = exports.minutes_document(s, mid)
        path = exports.export_minutes_pdf(s, mid, tmp_path / "referat.pdf")
    assert doc.unregistered == ["<b>Tegn</b> & Co", "Ulla Uregistreret"]
    assert doc.unregistered_unnamed == [("Region", 1)]
    flat = " ".join(pdf_text(path).split())
    assert "Ikke registreret (3)" in flat
    assert "<b>Tegn</b> & Co, Ulla Uregistreret" in flat  # markup prints as typed
    assert "Region: 1 (ikke navngivet)" in flat
    assert "Ukendt" not in flat and "Ubekendt" not in flat  # no consent: counted, never named
    # Those registered (present, late, excused) are not among the never registered.
    assert flat.index("Ikke registreret (3)") > flat.index("Afbud (")


def test_minutes_without_unregistered_members_have_no_such_heading(db, group_ids, tmp_path):
    mid = build(db, group_ids)  # everyone invited has a registration
    with db.reading() as s:
        path = exports.export_minutes_pdf(s, mid, tmp_path / "referat.pdf")
    assert "Ikke registreret" not in pdf_text(path)


def test_minutes_list_the_contributions_captured_at_the_meeting(db, group_ids, tmp_path):
    from tankapp.domain.enums import ContributionKind, ContributionStatus
    from tankapp.services.contributions import register

    mid = build(db, group_ids)
    with db.session() as s:
        members = {m.name: m.id for m in member_service.list_members(s)}
        item_id = minutes.minutes(s, mid).items[0].id
        other = meetings.create_meeting(s, MeetingInput(title="Et andet møde", date=dt.date(2026, 4, 2),
                                                        start=dt.time(9, 0), end=dt.time(12, 0),
                                                        group_ids=[group_ids["Brugere"]])).id

        def add(title, member=None, meeting=mid, item=None, kind=ContributionKind.BARRIER,
                status=ContributionStatus.DRAFT):
            return register.create_contribution(s, register.ContributionInput(
                title=title, text=f"Tekst om {title}", kind=kind, group_id=group_ids["Brugere"], meeting_id=meeting,
                agenda_item_id=item, member_id=members.get(member), status=status)).id

        add("Uden punkt, sidst", member="Åse Kjærgaard", kind=ContributionKind.PROMOTER)
        add("Under punktet", member="Hemmelig Hansen", item=item_id, status=ContributionStatus.REVIEWED)
        add("Fra et andet møde", meeting=other)
        keep = add("Beholdes")
        gone = add("Flettet ind")
        register.merge(s, keep, gone)
    with db.reading() as s:
        doc = exports.minutes_document(s, mid)
        path = exports.export_minutes_pdf(s, mid, tmp_path / "referat.pdf")
    assert [c.title for c in doc.contributions] == ["Under punktet", "Uden punkt, sidst", "Beholdes"]
    assert [c.member for c in doc.contributions] == ["", "Åse Kjærgaard", ""]  # no consent: not named
    assert doc.contributions[0].item_title == "Drøftelse af spredning"
    flat = " ".join(pdf_text(path).split())
    assert "Vidensbidrag fra mødet (3)" in flat
    assert "Under punktet Tekst om Under punktet Under punktet: Drøftelse af spredning Barriere" in flat
    assert "Uden punkt, sidst" in flat and "Fremmer" in flat and "Åse Kjærgaard" in flat
    assert "Fra et andet møde" not in flat
    assert "Tekst om Beholdes Tekst om Flettet ind" in flat  # the merged one lives on in the one it joined
    assert "Hemmelig" not in flat


def test_minutes_of_a_meeting_not_held_are_a_draft_on_every_page(db, group_ids, tmp_path):
    mid = build(db, group_ids)
    with db.session() as s:
        item = minutes.minutes(s, mid).items[0].id
        minutes.set_notes(s, item, "Lang note.\n\n" * 400)  # several pages
    with db.reading() as s:
        doc = exports.minutes_document(s, mid)
        path = exports.export_minutes_pdf(s, mid, tmp_path / "referat.pdf")
    assert doc.draft and not doc.held
    pages = _pages(path)
    assert len(pages) > 2
    for page in pages:
        assert "UDKAST" in page  # the header says so (and the watermark)
    assert _pdf_title(path).startswith("UDKAST")
    flat = " ".join(pdf_text(path).split())
    assert "Referat – UDKAST" in flat
    assert "Udkast: mødet er ikke markeret som afholdt" in flat


def test_minutes_held_but_not_approved_are_a_draft_and_approved_ones_are_not(db, group_ids, tmp_path):
    mid = build(db, group_ids)
    with db.session() as s:
        minutes.mark_held(s, mid)
    with db.reading() as s:
        held = exports.export_minutes_pdf(s, mid, tmp_path / "held.pdf")
    assert "Ikke godkendt (udkast)" in " ".join(pdf_text(held).split())
    assert all("UDKAST" in page for page in _pages(held))
    with db.session() as s:
        minutes.approve_minutes(s, mid, on=dt.date(2026, 3, 20))
    with db.reading() as s:
        doc = exports.minutes_document(s, mid)
        approved = exports.export_minutes_pdf(s, mid, tmp_path / "approved.pdf")
    assert not doc.draft
    text = pdf_text(approved)
    assert "UDKAST" not in text and "udkast" not in text.lower()
    assert "UDKAST" not in _pdf_title(approved)
    assert "Godkendt fredag den 20. marts 2026" in " ".join(text.split())


def test_overdue_actions_say_so_in_the_minutes(db, group_ids, tmp_path):
    from tankapp.domain.enums import ActionStatus

    mid = build(db, group_ids)
    with db.session() as s:
        item = minutes.minutes(s, mid).items[0].id
        minutes.add_action(s, item, ActionInput("Forfalden opgave", due_on=dt.date(2026, 3, 20)))
        done = minutes.add_action(s, item, ActionInput("Udført i tide", due_on=dt.date(2026, 3, 20))).id
        minutes.set_action_status(s, done, ActionStatus.DONE)
        minutes.add_action(s, item, ActionInput("Frist i dag", due_on=dt.date(2026, 4, 1)))
    with db.reading() as s:
        doc = exports.minutes_document(s, mid, today=dt.date(2026, 4, 1))
    overdue = {a.text: a.overdue for a in doc.sections[0].actions}
    assert overdue == {"Skriv til afdelingen": False, "Send oplægget rundt": False,  # no due date
                       "Forfalden opgave": True, "Udført i tide": False, "Frist i dag": False}
    from tankapp.export.minutes_pdf import write_minutes_pdf

    flat = " ".join(pdf_text(write_minutes_pdf(doc, tmp_path / "r.pdf")).split())
    assert flat.count("Overskredet") == 1
    assert "Forfalden opgave" in flat and "20.03.2026 Åben Overskredet" in flat
