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
