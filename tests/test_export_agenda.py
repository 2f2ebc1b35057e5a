"""The agenda as PDF and as iCalendar file, and the Danish date texts they use.

PDF text is read back with ``pdftotext -raw`` (poppler-utils), as a person's PDF
reader would see it.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tankapp.domain import danish
from tankapp.export import pdf
from tankapp.export.agenda_pdf import AgendaDocument, AgendaLine, agenda_text, write_agenda_pdf
from tankapp.export.ics import MeetingEvent, meeting_ics_bytes, write_meeting_ics
from tests.helpers import pdf_text

CPH = ZoneInfo("Europe/Copenhagen")
T = dt.time


def one_line(text: str) -> str:
    """pdftotext breaks wrapped lines: compare with all white space as single spaces."""
    return " ".join(text.split())


def make_lines() -> list[AgendaLine]:
    return [
        AgendaLine(T(9, 30), T(9, 45), "Velkomst", "Velkomst", "Facilitator", "Kort præsentationsrunde.", []),
        AgendaLine(
            T(9, 45), T(10, 45), "Nyeste viden om brugerinddragelse", "Vidensoplæg", "Søren Ødegård (ViBIS)",
            "Organisatorisk, individuel og pårørendeinddragelse.\nEksempler fra kommuner.",
            ["Fælles beslutningstagning i praksis", "PRO-data i kommunerne"],
        ),
        AgendaLine(T(10, 45), T(11, 0), "Pause", "Pause", "", "", []),
        AgendaLine(
            T(11, 0), T(12, 0), "Barrierer for spredning", "Drøftelse", "Åse Kjærgaard",
            "Hvad står i vejen i jeres egen organisation?", [],
        ),
    ]


def make_doc(**changes) -> AgendaDocument:
    values = dict(
        think_tank="Tænketank om brugerinddragelse",
        title="Møde 2: Spredning af viden",
        groups=["Klinikere"],
        date=dt.date(2026, 3, 12),
        start=T(9, 30),
        end=T(12, 0),
        place="ViBIS, Skt. Knuds Torv 3, Aarhus",
        facilitators="Åse Kjærgaard og Søren Ødegård",
        items=make_lines(),
        generated_at=dt.datetime(2026, 3, 1, 14, 5),
    )
    values.update(changes)
    return AgendaDocument(**values)


# ---------------------------------------------------------------------------- danish


def test_danish_dates_and_times():
    d = dt.date(2026, 3, 12)
    assert danish.long_date(d) == "torsdag den 12. marts 2026"
    assert danish.short_date(d) == "12.03.2026"
    assert danish.time_text(T(9, 30)) == "09.30"
    assert danish.time_range(T(9, 30), T(15, 0)) == "09.30-15.00"
    assert danish.long_date(dt.date(2026, 11, 1)) == "søndag den 1. november 2026"
    assert danish.long_date(dt.date(2026, 5, 30)) == "lørdag den 30. maj 2026"
    assert danish.date_time_text(dt.datetime(2026, 3, 12, 14, 5)) == "torsdag den 12. marts 2026 kl. 14.05"
    assert [danish.month_name(m) for m in (1, 5, 10, 12)] == ["januar", "maj", "oktober", "december"]
    assert danish.weekday_name(dt.date(2026, 3, 16)) == "mandag"
    assert danish.join_names(["Klinikere"]) == "Klinikere"
    assert danish.join_names(["Klinikere", "Ledere", "Forskere"]) == "Klinikere, Ledere og Forskere"
    assert danish.minutes_text(1) == "1 minut"
    assert danish.minutes_text(20) == "20 minutter"
    with pytest.raises(ValueError):
        danish.month_name(13)


# ---------------------------------------------------------------------------- agenda PDF


def test_agenda_pdf_holds_the_agenda(tmp_path):
    path = write_agenda_pdf(make_doc(), tmp_path / "Dagsorden Klinikere 2026-03-12.pdf")
    assert path == tmp_path / "Dagsorden Klinikere 2026-03-12.pdf"
    assert path.read_bytes().startswith(b"%PDF-")
    text = pdf_text(path)
    flat = one_line(text)

    assert "Dagsorden" in text
    assert "Møde 2: Spredning af viden" in flat
    assert "Tænketank om brugerinddragelse" in text
    assert "torsdag den 12. marts 2026" in text
    assert "09.30-12.00" in text
    assert "ViBIS, Skt. Knuds Torv 3, Aarhus" in flat
    assert "Åse Kjærgaard og Søren Ødegård" in flat
    assert "Ekspertgruppe" in text and "Klinikere" in text
    for line in make_lines():
        assert line.title in flat
        assert danish.time_text(line.start) in text
        if line.presenter:
            assert line.presenter in flat
    assert "Fælles beslutningstagning i praksis" in flat
    assert "PRO-data i kommunerne" in flat
    assert "Vidensoplæg:" in text
    assert "Eksempler fra kommuner." in flat
    for header in ("Tid", "Punkt", "Ansvarlig"):
        assert header in text
    assert "Side 1 af 1" in text
    assert "Udskrevet søndag den 1. marts 2026 kl. 14.05" in flat
    assert "æ" in text and "ø" in text and "å" in text
    assert "løber" not in text  # no overrun, no note


def test_joint_meeting_overrun_and_empty_agenda(tmp_path):
    joint = make_doc(groups=["Klinikere", "Ledere", "Forskere"], overrun_minutes=25)
    flat = one_line(pdf_text(write_agenda_pdf(joint, tmp_path / "joint.pdf")))
    assert "Ekspertgrupper Klinikere, Ledere og Forskere" in flat
    assert "Dagsordenen løber 25 minutter over mødets sluttid" in flat

    empty = make_doc(items=[], title="", place="", facilitators="")
    flat = one_line(pdf_text(write_agenda_pdf(empty, tmp_path / "empty.pdf")))
    assert "Dagsordenen har endnu ingen punkter." in flat
    assert "Side 1 af 1" in flat
    assert "Sted" not in flat


def test_long_agenda_runs_over_pages_with_repeated_table_header(tmp_path):
    description = "Lang beskrivelse af punktet, om spredning og forankring i kommuner og regioner. " * 8
    lines = [
        AgendaLine(T(9, 0), T(9, 5), f"Punkt nummer {i}", "Drøftelse", f"Ansvarlig {i}", description, [f"Oplæg {i}"])
        for i in range(80)
    ]
    path = write_agenda_pdf(make_doc(items=lines, generated_at=None), tmp_path / "long.pdf")
    text = pdf_text(path)
    pages = [p for p in text.split("\f") if p.strip()]
    n = len(pages)
    assert n >= 3
    assert f"Side 1 af {n}" in pages[0]
    assert f"Side 2 af {n}" in pages[1]
    assert f"Side {n} af {n}" in pages[-1]
    for page in pages:
        assert "Tid Punkt Ansvarlig" in page  # the table header repeats on every page
        assert "Tænketank om brugerinddragelse" in page  # page header
        assert "Udskrevet" in page  # footer
    flat = one_line(text)
    for i in (0, 41, 79):
        assert f"Punkt nummer {i}" in flat
        assert f"Oplæg {i}" in flat
    # A row never starts on one page and ends on the next (each fits on a page).
    for page in pages:
        assert page.count("Punkt nummer") == page.count("Vidensoplæg:")


def test_an_item_longer_than_a_page_still_prints(tmp_path):
    huge = "\n".join(f"Linje {i} med æøå" for i in range(200))
    lines = [*make_lines(), AgendaLine(T(12, 0), T(13, 0), "Kæmpe punkt", "", "", huge, []), AgendaLine(
        T(13, 0), T(13, 5), "Ord" * 300, "", "x" * 200, "https://example.org/" + "c" * 600, [])]
    text = pdf_text(write_agenda_pdf(make_doc(items=lines), tmp_path / "huge.pdf"))
    assert "Linje 0 med æøå" in text and "Linje 199 med æøå" in text
    assert "Side 2 af" in text


HOSTILE = [
    "Tom & Jerry <b>unclosed",
    "<script>alert('x')</script>",
    "&amp; &lt; &#169;",
    "<para>nested</para> <br/> </b>",
    "Fest 🎉 og 👩‍⚕️ kaffe",
    "Łukasz Wiśniewski",
    "Şule Yılmaz",
    "Nguyễn Thị Hương",
    "Ærø Øster Åbyhøj",
]


def test_hostile_text_prints_as_text(tmp_path):
    lines = [
        AgendaLine(T(9, 0), T(9, 30), title, kind, presenter, description, [presentation])
        for title, kind, presenter, description, presentation in zip(
            HOSTILE, reversed(HOSTILE), HOSTILE[3:] + HOSTILE[:3], HOSTILE[5:] + HOSTILE[:5], HOSTILE[1:] + HOSTILE[:1]
        )
    ]
    doc = make_doc(
        think_tank="Tom & Jerry <b>tænketank",
        title="<i>Møde</i> & <b>",
        groups=["Brugere & pårørende <x>"],
        place="Łukasz' kontor <3",
        facilitators="Şule & Nguyễn Thị Hương",
        items=lines,
    )
    text = pdf_text(write_agenda_pdf(doc, tmp_path / "hostile.pdf"))
    flat = one_line(text)
    for s in HOSTILE:
        # Emoji DejaVu Sans lacks print as boxes (and may not come back): check the rest.
        expected = s.replace("🎉", "").replace("👩‍⚕️", "") if "🎉" in s else s
        for word in expected.split():
            assert word in flat, (word, s)
    assert "Tom & Jerry <b>tænketank" in flat
    assert "<i>Møde</i> & <b>" in flat
    assert "Brugere & pårørende <x>" in flat
    assert "Łukasz' kontor <3" in flat
    assert "Şule & Nguyễn Thị Hương" in flat


def test_para_escapes_and_keeps_line_breaks():
    assert pdf.markup("a < b & c\nd") == "a &lt; b &amp; c<br/>d"
    assert pdf.markup(None) == ""
    assert pdf.markup("x\r\ny\x00z") == "x<br/>yz"
    p = pdf.para("Tom & Jerry <b>unclosed\n🎉")
    assert "&lt;b&gt;" in p.text


def test_pdf_file_is_private_and_replaced_atomically(tmp_path):
    target = tmp_path / "agenda.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    write_agenda_pdf(make_doc(), target)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.pdf"]


class _Boom(pdf.Flowable):
    def wrap(self, aw, ah):
        return aw, 10

    def draw(self):
        raise RuntimeError("boom")


def test_failing_build_leaves_no_file(tmp_path):
    target = tmp_path / "agenda.pdf"
    def story():  # fails inside reportlab's layout, after several pages are made
        return [pdf.para(f"Linje {i}") for i in range(300)] + [_Boom()]

    with pytest.raises(RuntimeError):
        pdf.build_pdf(target, story(), think_tank="T", title="Dagsorden")
    assert list(tmp_path.iterdir()) == []

    # Bad data from the caller fails the same way.
    bad = make_doc(items=[AgendaLine(None, None, "x", "", "", "", [])])  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        write_agenda_pdf(bad, target)
    assert list(tmp_path.iterdir()) == []

    # An existing file survives a failed rewrite untouched.
    write_agenda_pdf(make_doc(), target)
    before = target.read_bytes()
    with pytest.raises(RuntimeError):
        pdf.build_pdf(target, story(), think_tank="T", title="Dagsorden")
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.pdf"]


# ---------------------------------------------------------------------------- ICS


def test_agenda_text_for_calendars():
    text = agenda_text(make_lines())
    assert text.splitlines()[0] == "09.30 Velkomst (Facilitator)"
    assert "09.45 Nyeste viden om brugerinddragelse (Søren Ødegård (ViBIS))" in text
    assert "Vidensoplæg: Fælles beslutningstagning i praksis; PRO-data i kommunerne" in text
    assert "10.45 Pause\n" in text
    assert agenda_text([]) == ""


def make_event(date: dt.date, **changes) -> MeetingEvent:
    values = dict(
        uid="7f1c2d9e-0000-4000-8000-000000000001@tankapp",
        title="Møde 2: Spredning af viden",
        date=date,
        start=T(9, 30),
        end=T(15, 0),
        place="ViBIS, Skt. Knuds Torv 3; Aarhus",
        description=agenda_text(make_lines()) + "\n" + "Lang linje med æøå og mere tekst " * 6,
        groups=["Klinikere"],
        sequence=3,
    )
    values.update(changes)
    return MeetingEvent(**values)


@pytest.mark.parametrize(
    ("date", "offset"),
    [(dt.date(2026, 7, 2), 2), (dt.date(2026, 1, 15), 1), (dt.date(2026, 3, 30), 2), (dt.date(2026, 10, 26), 1)],
    ids=["summer", "winter", "after-spring-change", "after-autumn-change"],
)
def test_ics_round_trip(tmp_path, date, offset):
    import icalendar

    path = write_meeting_ics(make_event(date), tmp_path / "møde.ics")
    data = path.read_bytes()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600

    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["PRODID"]) == "-//tankapp//tankapp//DA"
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["METHOD"]) == "PUBLISH"
    assert str(cal["CALSCALE"]) == "GREGORIAN"
    events = cal.walk("VEVENT")
    assert len(events) == 1
    ev = events[0]
    assert str(ev["UID"]) == "7f1c2d9e-0000-4000-8000-000000000001@tankapp"
    assert str(ev["SUMMARY"]) == "Møde 2: Spredning af viden (Klinikere)"
    assert str(ev["LOCATION"]) == "ViBIS, Skt. Knuds Torv 3; Aarhus"
    assert str(ev["STATUS"]) == "CONFIRMED"
    assert int(ev["SEQUENCE"]) == 3
    start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
    assert start.tzinfo is not None and end.tzinfo is not None
    assert start == dt.datetime.combine(date, T(9, 30), tzinfo=CPH)
    assert end == dt.datetime.combine(date, T(15, 0), tzinfo=CPH)
    assert start.utcoffset() == dt.timedelta(hours=offset)
    assert ev["DTSTART"].params["TZID"] == "Europe/Copenhagen"
    stamp = ev.decoded("DTSTAMP")
    assert stamp.utcoffset() == dt.timedelta(0)
    description = str(ev["DESCRIPTION"])
    assert "09.30 Velkomst (Facilitator)" in description
    assert "11.00 Barrierer for spredning (Åse Kjærgaard)" in description
    assert "æøå" in description
    assert "\n" in description

    timezones = cal.walk("VTIMEZONE")
    assert len(timezones) == 1 and str(timezones[0]["TZID"]) == "Europe/Copenhagen"
    # The VTIMEZONE itself gives the meeting's UTC offset (calendars without tzdata use it).
    tz = timezones[0].to_tz()
    naive = dt.datetime.combine(date, T(9, 30))
    assert naive.replace(tzinfo=tz).utcoffset() == dt.timedelta(hours=offset)

    # No personal data beyond what the agenda shows: no attendees, organiser or e-mail.
    assert b"ATTENDEE" not in data and b"ORGANIZER" not in data and b"MAILTO" not in data.upper()


def test_ics_bytes_are_crlf_and_folded():
    data = meeting_ics_bytes(make_event(dt.date(2026, 3, 12)), now=dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.timezone.utc))
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert data.count(b"\n") == data.count(b"\r\n")  # no bare LF
    lines = data.split(b"\r\n")[:-1]
    assert any(line.startswith(b" ") for line in lines)  # the long description is folded
    for line in lines:
        assert len(line) <= 75
        line.decode("utf-8")  # folding never cuts a letter in two
    assert b"DTSTAMP:20260301T080000Z" in data
    assert "æøå".encode() in data


def test_ics_cancelled_and_updated():
    import icalendar

    updated = dt.datetime(2026, 2, 20, 10, 0, tzinfo=CPH)
    data = meeting_ics_bytes(make_event(dt.date(2026, 3, 12), cancelled=True, sequence=4, updated=updated))
    ev = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(ev["STATUS"]) == "CANCELLED"
    assert str(ev["SUMMARY"]).startswith("AFLYST: ")
    assert int(ev["SEQUENCE"]) == 4
    assert ev.decoded("LAST-MODIFIED") == updated


def test_ics_summary_names_group_once_and_rejects_bad_times():
    from tankapp.export.ics import summary_text

    assert summary_text(make_event(dt.date(2026, 3, 12), title="Klinikere: møde 2")) == "Klinikere: møde 2"
    joint = make_event(dt.date(2026, 3, 12), title="Fællesmøde", groups=["Klinikere", "Ledere"])
    assert summary_text(joint) == "Fællesmøde (Klinikere, Ledere)"
    with pytest.raises(ValueError):
        meeting_ics_bytes(make_event(dt.date(2026, 3, 12), start=T(15, 0), end=T(9, 0)))


def test_ics_falls_back_to_tzdata_timezone(monkeypatch):
    """If Denmark ever leaves the EU summer-time rule, the VTIMEZONE comes from tzdata."""
    import icalendar

    from tankapp.export import ics

    monkeypatch.setattr(ics, "_eu_rule_offset", lambda moment: dt.timedelta(hours=5))
    data = meeting_ics_bytes(make_event(dt.date(2026, 7, 2)))
    cal = icalendar.Calendar.from_ical(data)
    assert len(cal.walk("VTIMEZONE")) == 1
    assert b"RRULE" not in data
    ev = cal.walk("VEVENT")[0]
    assert ev.decoded("DTSTART") == dt.datetime(2026, 7, 2, 9, 30, tzinfo=CPH)


def test_eu_rule_matches_tzdata_through_the_project():
    from tankapp.export.ics import _eu_rule_offset

    utc = dt.datetime(2025, 1, 1, 0, 30, tzinfo=dt.timezone.utc)
    while utc.year < 2029:
        moment = utc.astimezone(CPH)
        assert _eu_rule_offset(moment) == moment.utcoffset(), moment
        utc += dt.timedelta(minutes=50)


# ---------------------------------------------------------------------------- layering


def test_export_does_not_import_qt():
    code = (
        "import sys\n"
        "import tankapp.export.agenda_pdf, tankapp.export.ics, tankapp.export.pdf\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "assert not bad, bad\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr


def test_fonts_are_shipped():
    from tankapp.resources import resource_path

    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"):
        assert resource_path("fonts", name).is_file(), name
    assert pdf.register_fonts() == "DejaVuSans"


def test_unprintable_characters_in_any_field_do_not_break_the_agenda(tmp_path):
    """Lone surrogates, C1 controls and soft hyphens come from pasted text; they are dropped."""
    import datetime as dt

    from tankapp.export import agenda_pdf

    doc = agenda_pdf.AgendaDocument(
        "Tænketank\udc00", "Titel \ud800 med\xad bindestreg", ["Klinikere\x85"], dt.date(2026, 3, 12),
        dt.time(9), dt.time(12), "Sted\x00", "Facilitator",
        [agenda_pdf.AgendaLine(dt.time(9), dt.time(10), "Punkt \udfff", "Velkomst", "Åse", "Tekst\x1b", [])],
    )
    path = agenda_pdf.write_agenda_pdf(doc, tmp_path / "dagsorden.pdf")
    text = pdf_text(path)
    assert "Titel med bindestreg" in text and "Punkt" in text
