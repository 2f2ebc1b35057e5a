"""GDPR rights (tankapp.services.privacy.rights): a member's copy of their data, anonymisation, deletion.

The demo think tank is made once; each test works on its own copy of the file.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tankapp.domain import ActionItem, Attendance, AuditEntry, Contribution, Decision, Guest, Member
from tankapp.domain.enums import AttendanceStatus, ContributionKind, Region, Sector
from tankapp.services.meeting_mode import attendance
from tankapp.services.contributions import register as contributions
from tankapp.services.members import groups
from tankapp.services.meetings import planning as meetings
from tankapp.services.members import registry as members
from tankapp.services.meetings import minutes
from tankapp.services.privacy import rights as privacy
from tankapp.services.sharing import exchange as sharing
from tankapp.services.errors import NotFound
from tests.helpers import pdf_words

NAME = "Zygmunt Ærbødigsen"
EMAIL = "zygmunt.aerbodigsen@example.dk"
PHONE = "+45 61 72 83 94"
OTHER = "Åse Testesen"
OTHER_EMAIL = "aase.testesen@example.dk"
SECRETS = (NAME, "Ærbødigsen", EMAIL, "61 72 83 94", "61728394", "Ærbødigsens Klinik")


def meeting_id(s, title: str) -> int:
    return next(m.id for m in meetings.list_meetings(s) if m.title == title)


def add_subject(path: Path) -> dict:
    """Zygmunt (and Åse, another member) in the demo: checked in late, named in notes,
    a decision, an action, a contribution, approved minutes, a question and a guest record."""
    from tankapp.storage import open_database

    db = open_database(path)
    try:
        with db.session() as s:
            gid = groups.find_group(s, "Klinikere").id
            zid = members.add_member(s, members.MemberInput(
                name=NAME, group_id=gid, email=EMAIL, phone=PHONE, organisation="Ærbødigsens Klinik",
                job_title="Overlæge", sector=Sector.GENERAL_PRACTICE, region=Region.HOVEDSTADEN,
                municipality="Gentofte", notes="Ringer helst om aftenen", recruited_via_note="Anbefalet af Åse",
                consent_named=True, consent_named_on=dt.date(2026, 1, 5), consent_contact=True,
                consent_contact_on=dt.date(2026, 1, 5))).id
            oid = members.add_member(s, members.MemberInput(
                name=OTHER, group_id=gid, email=OTHER_EMAIL, consent_named=True,
                notes=f"Kender {NAME} fra praksis")).id
            mid = meeting_id(s, "Opstartsmøde for Klinikere")
            attendance.set_attendance(s, mid, zid, AttendanceStatus.LATE, at=dt.time(10, 5), note="Sygdom i familien")
            attendance.set_attendance(s, mid, oid, AttendanceStatus.PRESENT)
            item = next(i for i in minutes.minutes(s, mid).items if i.notes.strip())
            minutes.set_notes(s, item.id, item.notes + f"\n\n{NAME} og {OTHER} fortalte om patientrådet; "
                              f"ring på {PHONE.replace('+45 ', '')} eller skriv til {EMAIL}. Zygmunt tager den.")
            minutes.add_decision(s, item.id, f"Vi følger op med {NAME.upper()} i marts.")
            minutes.add_action(s, item.id, minutes.ActionInput(text="Send notat om patientrådet", owner_member_id=zid))
            contributions.create_contribution(s, contributions.ContributionInput(
                title="Patientråd virker", text=f"Som {NAME} fortalte", kind=ContributionKind.EXAMPLE,
                group_id=gid, meeting_id=mid, member_id=zid))
            sharing.ask(s, gid, groups.find_group(s, "Brugere").id, f"Hvad mener I om {NAME}s forslag?",
                        asked_at_meeting_id=mid)
            # approved minutes of another group's meeting: the name goes in after an unlock
            bid = meeting_id(s, "Opstartsmøde for Brugere")
            minutes.unlock_minutes(s, bid, "tilføjer gæst")
            attendance.add_guest(s, bid, NAME, "Ærbødigsens Klinik", "Gæst")
            first = minutes.minutes(s, bid).items[0]
            minutes.set_notes(s, first.id, f"Velkommen til gæsten {NAME}.")
            minutes.approve_minutes(s, bid)
        return {"member": zid, "other": oid, "meeting": mid, "item": item.id, "approved_meeting": bid}
    finally:
        db.close()


def demo_template(tmp_path_factory) -> tuple[Path, dict]:
    """``tankapp --db X demo`` plus :func:`add_subject`, made once per test session (copy it before use).

    Kept in the session's temporary folder, so test_privacy_cli (which imports this module
    under another name) finds it too.
    """
    from tankapp import cli

    folder = tmp_path_factory.getbasetemp() / "privacy-template"
    path, ids_file = folder / "demo.sqlite", folder / "ids.json"
    if not ids_file.exists():
        folder.mkdir(exist_ok=True)
        assert cli.main(["--db", str(path), "demo"]) == 0
        ids_file.write_text(json.dumps(add_subject(path)))
    return path, json.loads(ids_file.read_text())


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return demo_template(tmp_path_factory)


@pytest.fixture
def tank(template, tmp_path):
    """(open database on a fresh copy, ids)."""
    from tankapp.storage import open_database

    src, ids = template
    path = tmp_path / "tank.sqlite"
    shutil.copyfile(src, path)
    db = open_database(path)
    yield db, ids
    db.close()


def file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")) if p.is_file())


def assert_gone(path: Path, *words: str) -> None:
    data = file_bytes(path)
    for w in words:
        for form in {w, unicodedata.normalize("NFD", w)}:
            assert form.encode("utf-8") not in data, f"{w!r} is still in the file"


# ---------------------------------------------------------------- access (Art. 15)


def test_member_data_holds_everything_about_them_and_no_one_else(tank, tmp_path):
    db, ids = tank
    with db.reading() as s:
        data = privacy.member_data(s, ids["member"])
        everyone_else = [(m.name, m.email) for m in s.scalars(select(Member).where(Member.id != ids["member"]))]
        guests = [g.name for g in s.scalars(select(Guest)) if g.name != NAME]
    out = privacy.write_member_json(data, tmp_path / "zygmunt.json")
    raw = out.read_text("utf-8")
    assert "\\u" not in raw  # letters as letters
    doc = json.loads(raw)
    assert list(doc) == ["format", "version", "generated_at", "think_tank", "member", "meetings", "actions",
                         "contributions", "evaluations", "interview_notes", "mentions", "audit"]
    assert doc["format"] == "tankapp-member-data" and doc["version"] == 2
    assert doc["evaluations"] == doc["interview_notes"] == []  # none yet: see the evaluation tests below
    m = doc["member"]
    assert (m["name"], m["email"], m["phone"], m["municipality"]) == (NAME, EMAIL, PHONE, "Gentofte")
    assert (m["consent_named"], m["consent_named_on"], m["group"]) == (True, "2026-01-05", "Klinikere")
    attended = [x for x in doc["meetings"] if x["meeting_id"] == ids["meeting"]]
    assert attended == [{**attended[0], "attendance": "late", "arrived_at": "10:05", "note": "Sygdom i familien"}]
    assert all(x["attendance"] == "invited" for x in doc["meetings"] if x["meeting_id"] != ids["meeting"])
    assert [a["text"] for a in doc["actions"]] == ["Send notat om patientrådet"]
    assert [c["title"] for c in doc["contributions"]] == ["Patientråd virker"]
    sources = sorted(x["source"] for x in doc["mentions"])
    assert sources == sorted([
        "agenda_item.notes", "agenda_item.notes", "decision.text", "contribution.text", "question.text",
        "guest.name", "member.notes",
    ])
    note = next(x for x in doc["mentions"] if x["source"] == "agenda_item.notes" and x["meeting_id"] == ids["meeting"])
    assert f"{NAME} og {privacy.OTHER_PERSON} fortalte" in note["text"]
    other_record = next(x for x in doc["mentions"] if x["source"] == "member.notes")
    assert other_record["excerpt"] is True and other_record["text"] == f"Kender {NAME} fra praksis"
    # No other member's or guest's name or e-mail anywhere in the copy.
    for name, email in everyone_else:
        assert name not in raw, name
        assert not email or email not in raw, email
    for name in guests:
        assert name not in raw, name


def test_member_pdf_prints_names_and_danish_letters(tank, tmp_path):
    db, ids = tank
    with db.session() as s:
        gid = groups.find_group(s, "Brugere").id
        nid = members.add_member(s, members.MemberInput(
            name="Nguyễn Thị Ánh", group_id=gid, organisation="Æbleø Ældreråd <&> Ølstykke",
            notes="Ønsker materiale på vietnamesisk & dansk; kører fra Åbenrå. " * 8)).id
    with db.reading() as s:
        z = privacy.write_member_pdf(privacy.member_data(s, ids["member"]), tmp_path / "z.pdf")
        n = privacy.write_member_pdf(privacy.member_data(s, nid), tmp_path / "n.pdf")
    words = pdf_words(z)
    for expected in (NAME, EMAIL, "Dine oplysninger", "Stamoplysninger", "Kom senere (kl. 10.05)",
                     "Send notat om patientrådet", "Hvor du er nævnt", privacy.OTHER_PERSON):
        assert expected in words, expected
    assert OTHER not in words
    words = pdf_words(n)
    assert "Nguyễn Thị Ánh" in words and "Æbleø Ældreråd <&> Ølstykke" in words and "Åbenrå" in words
    assert (z.stat().st_mode & 0o777) == 0o600


def test_unknown_ids_are_not_found(tank):
    db, _ids = tank
    with db.reading() as s:
        for bad in (0, -1, 99999, 2**63, 99999999999999999999):
            with pytest.raises(NotFound, match=f"no member with id {bad}"):
                privacy.member_data(s, bad)
            with pytest.raises(NotFound):
                privacy.deletion_preview(s, bad)


# ---------------------------------------------------------------- anonymise


def test_anonymise_removes_them_from_the_file_and_keeps_attendance(tank):
    db, ids = tank
    with db.reading() as s:
        before = attendance.attendance(s, ids["meeting"])
        n_attendance = (before.present, before.invited, before.count(AttendanceStatus.LATE))
    with db.session() as s:
        assert s.execute(text("PRAGMA secure_delete")).scalar() in (0, 1)
        r = privacy.anonymise_member(s, ids["member"])
        assert s.execute(text("PRAGMA secure_delete")).scalar() == 1  # on inside the transaction
    scrub = privacy.scrub_file(db.engine)
    assert scrub.complete
    assert (r.number, r.pseudonym, r.already_anonymised) == (1, "Tidligere medlem 1", False)
    assert {"name", "email", "phone", "organisation", "job_title", "municipality", "notes", "recruited_via_note",
            "consent_named", "consent_contact", "attendance_notes", "membership", "guest_organisation"} <= set(r.cleared)
    assert (r.attendance_kept, r.actions_kept, r.contributions_kept) == (1, 1, 1)
    assert sorted(c.source for c in r.texts_changed) == sorted([
        "agenda_item.notes", "agenda_item.notes", "decision.text", "contribution.text", "question.text",
        "guest.name", "member.notes",
    ])
    # "Zygmunt" alone is reported, not replaced.
    assert [(p.source, p.words) for p in r.possible_mentions] == [("agenda_item.notes", ("Zygmunt",))]

    assert_gone(db.path, *SECRETS)
    with db.reading() as s:
        m = s.get(Member, ids["member"])
        assert (m.name, m.email, m.phone, m.organisation, m.job_title, m.municipality, m.notes) == (
            "Tidligere medlem 1", None, "", "", "", "", "")
        assert (m.sector, m.region, m.group.name) == (Sector.GENERAL_PRACTICE, Region.HOVEDSTADEN, "Klinikere")
        assert not m.consent_named and not m.consent_contact and m.consent_named_on is None
        assert m.withdrawn_on == dt.date.today()
        after = attendance.attendance(s, ids["meeting"])
        assert (after.present, after.invited, after.count(AttendanceStatus.LATE)) == n_attendance
        row = next(x for x in after.rows if x.member_id == ids["member"])
        assert (row.name, row.status, row.arrived_at, row.note) == (
            "Tidligere medlem 1", AttendanceStatus.LATE, dt.time(10, 5), "")
        notes = "\n".join(i.notes for i in minutes.minutes(s, ids["meeting"]).items)
        assert f"Tidligere medlem 1 og {OTHER} fortalte" in notes
        assert "[telefon fjernet]" in notes and "[e-mail fjernet]" in notes
        assert s.get(Member, ids["other"]).notes == "Kender Tidligere medlem 1 fra praksis"
        approved = minutes.minutes(s, ids["approved_meeting"])
        assert approved.locked and approved.items[0].notes == "Velkommen til gæsten Tidligere medlem 1."
        logged = s.scalars(select(AuditEntry).where(AuditEntry.action == privacy.AUDIT_TEXT_CHANGED)).all()
        assert len(logged) == len({c.record_uuid for c in r.texts_changed})

    # A second member gets the next number; the first keeps theirs, and --also words go too.
    with db.session() as s:
        assert privacy.anonymise_member(s, ids["other"]).number == 2
        again = privacy.anonymise_member(s, ids["member"], extra_terms=["zygmunt"])
        assert (again.number, again.already_anonymised, len(again.texts_changed)) == (1, True, 1)
    privacy.scrub_file(db)
    assert_gone(db.path, "Zygmunt", OTHER, OTHER_EMAIL)


def test_name_forms_first_last_decomposed_and_longer_names(tank):
    db, ids = tank
    with db.session() as s:
        gid = groups.find_group(s, "Brugere").id
        nid = members.add_member(s, members.MemberInput(name="Nguyễn Thị Ánh", group_id=gid, phone="2233 4455")).id
        members.add_member(s, members.MemberInput(name="Nguyễn Thị Ánh Berg", group_id=gid))
        item = ids["item"]
        decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
        texts = [
            "NGUYỄN THỊ ÁNH kom.",
            "Nguyễn\n  Thị Ánh kom.",
            f"{decomposed} kom.",
            "Nguyễn Ánh kom.",  # first + last: nobody else is called that
            "Nguyễn Thị Ánh Berg kom.",  # someone else
            "Nguyễn Thị Ánh Bergs bil.",
            "Nguyễn Thị Ánhs forslag.",  # the Danish genitive
            "Ring 22 33 44 55 eller +45 2233-4455.",
        ]
        decisions = [minutes.add_decision(s, item, t).id for t in texts]
        r = privacy.anonymise_member(s, nid)
        got = [s.get(Decision, d).text for d in decisions]
    p = r.pseudonym
    assert got == [
        f"{p} kom.", f"{p} kom.", f"{p} kom.", f"{p} kom.",
        "Nguyễn Thị Ánh Berg kom.",
        "Nguyễn Thị Ánh Bergs bil.",
        f"{p}'s forslag.",
        "Ring [telefon fjernet] eller [telefon fjernet].",
    ]
    assert r.name_forms == 2 and not r.first_last_skipped


def test_first_last_is_skipped_when_someone_else_shares_it(tank):
    db, ids = tank
    with db.session() as s:
        gid = groups.find_group(s, "Brugere").id
        nid = members.add_member(s, members.MemberInput(name="Anna Marie Holm", group_id=gid)).id
        members.add_member(s, members.MemberInput(name="Anna Louise Holm", group_id=gid))
        d = minutes.add_decision(s, ids["item"], "Anna Holm og Anna Marie Holm")
        r = privacy.anonymise_member(s, nid)
        assert r.first_last_skipped and r.name_forms == 1
        assert d.text == f"Anna Holm og {r.pseudonym}"


# ---------------------------------------------------------------- delete


def test_deletion_preview_changes_nothing_and_delete_leaves_no_trace(tank):
    db, ids = tank
    zid = ids["member"]
    with db.reading() as s:
        p = privacy.deletion_preview(s, zid)
    assert p.counts() == {"member": 1, "attendance": 1, "guest_records": 1, "actions": 1, "contributions": 1,
                          "audit_entries": 0, "texts": 6, "evaluation_responses": 0, "interview_notes": 0}
    with db.reading() as s:
        assert s.get(Member, zid).name == NAME  # nothing changed
    with db.session() as s:
        done = privacy.delete_member(s, zid)
    privacy.scrub_file(db)
    assert done.counts() == p.counts()
    assert_gone(db.path, *SECRETS)
    with db.reading() as s:
        assert s.get(Member, zid) is None
        assert s.scalar(select(func.count()).select_from(Attendance).where(Attendance.member_id == zid)) == 0
        action = s.scalars(select(ActionItem).where(ActionItem.text == "Send notat om patientrådet")).one()
        assert action.owner_member_id is None
        contribution = s.scalars(select(Contribution).where(Contribution.title == "Patientråd virker")).one()
        assert contribution.member_id is None and contribution.text == "Som [slettet medlem] fortalte"
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == privacy.AUDIT_DELETED)).one()
        assert entry.record_uuid == done.member_uuid and NAME not in entry.note
        after = attendance.attendance(s, ids["meeting"])
        assert all(r.member_id != zid for r in after.rows)


# ---------------------------------------------------------------- self-evaluation


INTERVIEW = "Fortæller om venteværelset i klinikken og om sin egen diabetes"
ANSWER_TEXT = "Egen barriere: mangel på tid i klinikken"


def add_evaluation(db, ids) -> dict:
    """Zygmunt answers the demo's baseline (on paper) and end round (in the kiosk) and declines a
    midway round; an interview note about him; Åse names him in her answer and in a note about her."""
    from tankapp.domain.enums import EvaluationRoundKind, ResponseChannel
    from tankapp.services.evaluation import interviews, questionnaire, responses, rounds

    s1, s2, _s3 = questionnaire.STATEMENT_KEYS
    k1 = questionnaire.KNOWLEDGE_KEYS[0]
    with db.session() as s:
        baseline = rounds.latest_round(s, EvaluationRoundKind.BASELINE)
        end = rounds.latest_round(s, EvaluationRoundKind.END)
        midway = rounds.create_round(s, rounds.RoundInput(EvaluationRoundKind.MIDWAY, "Midtvejs <&>",
                                                          end.opens_on - dt.timedelta(days=30)))
        zid, oid = ids["member"], ids["other"]
        responses.record_answers(s, baseline.id, zid, {
            s1: 2, k1: 1, questionnaire.PROMOTERS_KEY: f"Ledelsens opbakning, som {OTHER} også nævnte",
        }, channel=ResponseChannel.PAPER, on=baseline.opens_on + dt.timedelta(days=3))
        responses.record_answers(s, end.id, zid, {
            s1: 5, s2: 4, k1: 4, questionnaire.BARRIERS_KEY: f"{ANSWER_TEXT}; ring til Zygmunt på {PHONE}",
        }, channel=ResponseChannel.KIOSK, on=end.opens_on + dt.timedelta(days=1))
        responses.mark_declined(s, midway.id, zid, on=midway.opens_on)
        for rnd in (baseline, end):
            responses.record_answers(s, rnd.id, oid, {s1: 3, k1: 2, questionnaire.PROMOTERS_KEY:
                                                      f"Sparring med {NAME}"}, on=rnd.opens_on)
        note = interviews.add_interview_note(s, zid, f"{NAME}: {INTERVIEW}. Skriv til {EMAIL}.",
                                             on=end.opens_on + dt.timedelta(days=2), round_id=end.id)
        interviews.add_interview_note(s, oid, f"Åse arbejder sammen med {NAME} om patientrådet.",
                                      on=end.opens_on + dt.timedelta(days=2))
    return {"baseline": baseline.id, "end": end.id, "midway": midway.id, "note": note.id}


def _figures(s, round_ids):
    """What the results show: counts and figures per group and overall, and the knowledge gain."""
    from tankapp.services.evaluation import results

    def group(g):
        return (g.group, g.asked, g.answered, g.declined, g.response_rate, g.too_few, g.withheld,
                [(i.key, i.answers, i.counts, i.mean, i.agree_share) for i in g.statements + g.knowledge])

    out = []
    for rid in round_ids:
        res = results.round_results(s, rid)
        out.append([group(res.overall), *[group(g) for g in res.groups]])
    gain = results.knowledge_gain(s)
    out.append([(g.group, g.pairs, [(i.key, i.pairs, i.baseline_mean, i.end_mean, i.gain, i.improved_share)
                                    for i in g.items]) for g in (gain.overall, *gain.groups)])
    return out


def test_member_data_holds_their_evaluation_and_interview_notes(tank, tmp_path):
    from tankapp.services.evaluation import questionnaire

    db, ids = tank
    ev = add_evaluation(db, ids)
    with db.reading() as s:
        data = privacy.member_data(s, ids["member"])
        items = questionnaire.newest_questionnaire(s).items
    raw = privacy.write_member_json(data, tmp_path / "z.json").read_text("utf-8")
    doc = json.loads(raw)
    base, midway, end = doc["evaluations"]  # by the rounds' opening days
    assert (base["round_id"], midway["round_id"], end["round_id"]) == (ev["baseline"], ev["midway"], ev["end"])
    assert (base["round_kind"], base["round_title"], base["questionnaire_version"], base["group"]) == (
        "baseline", "Førmåling ved projektstart", 1, "Klinikere")
    assert (base["status"], base["channel"], end["status"], end["channel"]) == ("answered", "paper", "answered", "kiosk")
    assert (midway["status"], midway["channel"], midway["answers"], midway["round_title"]) == (
        "declined", None, [], "Midtvejs <&>")
    # every question the round asked, as asked, with the answer (null where left empty)
    assert [a["question"] for a in base["answers"]] == [i.text_da for i in items]
    answers = {a["key"]: a["answer"] for a in base["answers"]}
    assert answers[questionnaire.STATEMENT_KEYS[0]] == 2 and answers[questionnaire.STATEMENT_KEYS[1]] is None
    assert answers[questionnaire.PROMOTERS_KEY] == f"Ledelsens opbakning, som {privacy.OTHER_PERSON} også nævnte"
    assert {a["key"]: a["answer"] for a in end["answers"]}[questionnaire.BARRIERS_KEY] == (
        f"{ANSWER_TEXT}; ring til Zygmunt på {PHONE}")
    assert {a["kind"] for a in end["answers"]} == {"agreement", "knowledge", "text"}
    (note,) = doc["interview_notes"]
    assert (note["id"], note["round_id"], note["round_title"]) == (ev["note"], ev["end"], "Slutevaluering")
    assert note["text"] == f"{NAME}: {INTERVIEW}. Skriv til {EMAIL}."
    # his own answers and note are not repeated as mentions; Åse's texts about him are, as excerpts
    theirs = sorted((x["source"], x["excerpt"]) for x in doc["mentions"] if x["source"].startswith(("eval", "interv")))
    assert theirs == [("evaluation_answer.text", True), ("evaluation_answer.text", True),
                      ("interview_note.text", True)]
    assert OTHER not in raw and OTHER_EMAIL not in raw

    pdf = privacy.write_member_pdf(data, tmp_path / "z.pdf")
    words = pdf_words(pdf)
    for expected in ("Dine svar på selvevalueringen", "Førmåling ved projektstart (førmåling)",
                     "Besvaret (papirskema)", "Besvaret (på computeren)", "Ønsker ikke at svare", "Midtvejs <&>",
                     items[0].text_da, "2 – Uenig", "5 – Helt enig", "Ikke besvaret", ANSWER_TEXT,
                     "Noter fra interview med dig", INTERVIEW):
        assert expected in words, expected
    assert OTHER not in words


def test_anonymise_keeps_the_evaluation_figures_and_deletes_the_interview_notes(tank):
    from tankapp.domain import EvaluationResponse, InterviewNote
    from tankapp.services.evaluation import export as ev_export
    from tankapp.services.evaluation import interviews, responses

    db, ids = tank
    ev = add_evaluation(db, ids)
    zid = ids["member"]
    rounds_ = (ev["baseline"], ev["end"], ev["midway"])
    with db.reading() as s:
        figures = _figures(s, rounds_)
        preview = privacy.anonymise_preview(s, zid)
    assert (preview.evaluation_responses_kept, preview.interview_notes_deleted) == (3, 1)
    assert "interview_notes" in preview.cleared
    # his own note is deleted, not changed: only Åse's note is listed among the texts changed
    assert sorted(c.source for c in preview.texts_changed if c.source.startswith(("eval", "interv"))) == [
        "evaluation_answer.text", "evaluation_answer.text", "evaluation_answer.text", "interview_note.text"]
    with db.reading() as s:
        assert len(interviews.list_interview_notes(s, zid)) == 1  # the preview changed nothing

    with db.session() as s:
        r = privacy.anonymise_member(s, zid)
    assert privacy.scrub_file(db).complete
    assert (r.evaluation_responses_kept, r.interview_notes_deleted) == (3, 1) and "interview_notes" in r.cleared
    assert sorted(c.source for c in r.texts_changed) == sorted(c.source for c in preview.texts_changed)
    # "Zygmunt" alone in his answer is kept and reported, as in any other text
    assert ("evaluation_answer.text", ("Zygmunt",)) in [(m.source, m.words) for m in r.possible_mentions]
    assert_gone(db.path, *SECRETS, INTERVIEW)
    with db.reading() as s:
        assert _figures(s, rounds_) == figures  # every figure and the knowledge gain as before
        assert s.scalar(select(func.count()).select_from(EvaluationResponse)
                        .where(EvaluationResponse.member_id == zid)) == 3
        assert s.scalar(select(func.count()).select_from(InterviewNote).where(InterviewNote.member_id == zid)) == 0
        end = responses.get_response(s, ev["end"], zid)
        assert end.answers[next(iter(end.answers))] == 5  # the ratings are kept
        assert end.answers["barriers"] == f"{ANSWER_TEXT}; ring til Zygmunt på [telefon fjernet]"
        (other_note,) = interviews.list_interview_notes(s, ids["other"])
        assert other_note.text == "Åse arbejder sammen med Tidligere medlem 1 om patientrådet."
        table = ev_export.evaluation_table(s)
    flat = repr(table.rows)
    assert not [w for w in (*SECRETS, PHONE, INTERVIEW) if w in flat]
    assert sum(1 for row in table.rows if row.get("q:barriers") == f"{ANSWER_TEXT}; ring til Zygmunt på [telefon fjernet]") == 1


def test_deleting_removes_their_evaluation_and_interview_notes(tank):
    from tankapp.domain import EvaluationAnswer, EvaluationResponse, InterviewNote
    from tankapp.services.evaluation import interviews, results

    db, ids = tank
    ev = add_evaluation(db, ids)
    zid = ids["member"]

    def counts(s):
        n = lambda model: s.scalar(select(func.count()).select_from(model))  # noqa: E731
        return n(EvaluationResponse), n(EvaluationAnswer), n(InterviewNote)

    with db.reading() as s:
        before = counts(s)
        answered = results.round_results(s, ev["end"]).overall.answered
        own_answers = s.scalar(select(func.count()).select_from(EvaluationAnswer).join(EvaluationResponse)
                               .where(EvaluationResponse.member_id == zid))
        p = privacy.deletion_preview(s, zid)
    assert (p.counts()["evaluation_responses"], p.counts()["interview_notes"]) == (3, 1)
    # Åse's note and answers lose his name; his own answers and note go rather than change
    assert sorted(c.source for c in p.texts_changed if c.source.startswith(("eval", "interv"))) == [
        "evaluation_answer.text", "evaluation_answer.text", "interview_note.text"]
    with db.session() as s:
        done = privacy.delete_member(s, zid)
    privacy.scrub_file(db)
    assert done.counts() == p.counts()
    assert_gone(db.path, *SECRETS, INTERVIEW, ANSWER_TEXT)
    with db.reading() as s:
        assert counts(s) == (before[0] - 3, before[1] - own_answers, before[2] - 1)
        assert results.round_results(s, ev["end"]).overall.answered == answered - 1
        (other_note,) = interviews.list_interview_notes(s, ids["other"])
        assert other_note.text == "Åse arbejder sammen med [slettet medlem] om patientrådet."
        logged = s.scalars(select(AuditEntry.table_name).where(AuditEntry.action == privacy.AUDIT_TEXT_CHANGED)).all()
        assert sorted(t for t in logged if t in ("evaluation_answer", "interview_note")) == [
            "evaluation_answer", "evaluation_answer", "interview_note"]  # Åse's, none of his
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == privacy.AUDIT_DELETED)).one()
        assert "evaluation_responses 3" in entry.note and "interview_notes 1" in entry.note
