"""The minutes (referat) and the sign-in sheet (fremmødeliste) as PDF.

PDF text is read back with ``pdftotext -raw`` (poppler-utils), as a person's PDF
reader would see it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from tankapp.export import pdf
from tankapp.export.minutes_pdf import (
    MinutesAction,
    MinutesDocument,
    MinutesSection,
    printable,
    short,
    text_flowables,
    write_minutes_pdf,
)
from tankapp.export.signin_pdf import SigninDocument, SigninRow, write_signin_pdf
from tests.helpers import pdf_fonts, pdf_pages, pdf_text, poppler

T = dt.time


def one_line(text: str) -> str:
    """pdftotext breaks wrapped lines: compare with all white space as single spaces."""
    return " ".join(text.split())


def pages_of(text: str) -> list[str]:
    return [p for p in text.split("\f") if p.strip()]


_WORD_BOX = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">')
_LEFT = 20 * 72 / 25.4  # the page margins of tankapp.export.pdf
_RIGHT = pdf.PAGE_WIDTH - _LEFT


def assert_inside_margins(path: Path) -> None:
    """No printed word runs into the left or right margin (nothing cut off on paper)."""
    boxes = _WORD_BOX.findall(poppler("pdftotext", "-bbox", "-enc", "UTF-8", path, "-"))
    assert boxes
    for box in boxes:
        x_min, _, x_max, _ = map(float, box)
        assert _LEFT - 1 <= x_min and x_max <= _RIGHT + 1, box


def body_of(text: str) -> str:
    """The text of all pages without page headers and footers (drawn last on each page)."""
    out = []
    for page in pages_of(text):
        lines = page.rstrip("\n").split("\n")
        assert lines[-1].startswith("Udskrevet ") and " af " in lines[-1], lines[-2:]
        assert lines[-2].startswith("Tænketank om brugerinddragelse "), lines[-2:]
        out.extend(lines[:-2])
    return "\n".join(out)


# ---------------------------------------------------------------------------- sample data


def make_sections() -> list[MinutesSection]:
    return [
        MinutesSection(T(9, 30), "Velkomst", "Åse Kjærgaard", "Kort præsentationsrunde.\nAlle fortalte om egen rolle.", [], []),
        MinutesSection(
            T(9, 45),
            "Nyeste viden om brugerinddragelse",
            "Søren Ødegård (ViBIS)",
            "Oplæg om organisatorisk, individuel og pårørendeinddragelse.\n\nDrøftelse:\n- Rammer mangler\n- Proces",
            ["Gruppen arbejder videre med PRO-data.", "ViBIS samler eksempler på barrierer."],
            [
                MinutesAction("Send slides til alle medlemmer", "Søren Ødegård", dt.date(2026, 3, 19), "Åben", False),
                MinutesAction("Fortæl om tænketanken på afdelingsmødet", "Åse Kjærgaard", dt.date(2026, 4, 1), "I gang", True),
                MinutesAction("Find eksempel på brugerråd", "Bjørn Æbelø", None, "Åben", True),
            ],
        ),
        MinutesSection(None, "Pause", "", "", [], []),
    ]


def make_followups() -> list[MinutesAction]:
    return [
        MinutesAction(
            "Skriv artikel til fagbladet", "Camilla Øst", dt.date(2026, 3, 1), "I gang", True,
            "Møde 15.01.2026: Opstartsmøde",
        )
    ]


def make_doc(**changes) -> MinutesDocument:
    values = dict(
        think_tank="Tænketank om brugerinddragelse",
        title="Møde 2: Spredning af viden",
        groups=["Klinikere"],
        date=dt.date(2026, 3, 12),
        start=T(9, 30),
        end=T(12, 0),
        place="ViBIS, Skt. Knuds Torv 3, Aarhus",
        facilitators="Åse Kjærgaard og Søren Ødegård",
        present=["Anders Ålund", "Birgitte Æbelø", "Camilla Øst"],
        present_unnamed=[("Patientforening", 2)],
        excused=["Gitte Lund"],
        excused_unnamed=[("Region", 1)],
        absent_count=2,
        guests=[("Hanne Holm", "Danske Patienter", "Oplægsholder")],
        sections=make_sections(),
        followups=make_followups(),
        approved_on=dt.date(2026, 3, 19),
        generated_at=dt.datetime(2026, 3, 20, 10, 15),
    )
    values.update(changes)
    return MinutesDocument(**values)


def make_signin(**changes) -> SigninDocument:
    values = dict(
        think_tank="Tænketank om brugerinddragelse",
        title="Møde 2: Spredning af viden",
        groups=["Klinikere"],
        date=dt.date(2026, 3, 12),
        start=T(9, 30),
        end=T(15, 0),
        place="ViBIS, Aarhus",
        rows=[
            SigninRow("Anders Ålund", "Aarhus Universitetshospital", "Klinikere"),
            SigninRow("Birgitte Æbelø", "Region Midtjylland", "Klinikere"),
            SigninRow("Øjvind Ærø", "Aalborg Kommune", "Klinikere"),
        ],
        blank_rows=5,
        generated_at=dt.datetime(2026, 3, 11, 9, 0),
    )
    values.update(changes)
    return SigninDocument(**values)


# ---------------------------------------------------------------------------- minutes


def test_minutes_pdf_holds_the_minutes(tmp_path):
    path = write_minutes_pdf(make_doc(), tmp_path / "Referat Klinikere 2026-03-12.pdf")
    assert path == tmp_path / "Referat Klinikere 2026-03-12.pdf"
    assert_inside_margins(path)
    assert path.read_bytes().startswith(b"%PDF-")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = pdf_text(path)
    flat = one_line(text)
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= set(pdf_fonts(path))  # the fonts that print æøå and ł

    assert "Referat" in text
    assert "Møde 2: Spredning af viden" in flat
    assert "Tænketank om brugerinddragelse" in text
    assert "Referat · Klinikere · 12.03.2026" in text  # page header
    assert "Ekspertgruppe Klinikere" in flat
    assert "Dato torsdag den 12. marts 2026" in flat
    assert "Tid 09.30-12.00" in flat
    assert "Sted ViBIS, Skt. Knuds Torv 3, Aarhus" in flat
    assert "Facilitatorer Åse Kjærgaard og Søren Ødegård" in flat
    assert "Godkendt torsdag den 19. marts 2026" in flat

    assert "Til stede (5)" in text
    assert "Anders Ålund, Birgitte Æbelø, Camilla Øst" in flat
    assert "Patientforening: 2 (ikke navngivet)" in text
    assert "Afbud (2)" in text
    assert "Gitte Lund" in text and "Region: 1 (ikke navngivet)" in text
    assert "Mødte ikke og meldte ikke afbud: 2" in flat
    assert "Gæster (1)" in text
    assert "Hanne Holm Danske Patienter Oplægsholder" in flat

    assert "09.30 Velkomst" in flat and "Ansvarlig: Åse Kjærgaard" in flat
    assert "Kort præsentationsrunde.\nAlle fortalte om egen rolle." in text  # line breaks kept
    assert "09.45 Nyeste viden om brugerinddragelse" in flat
    assert "Drøftelse:\n- Rammer mangler\n- Proces" in text
    assert "Beslutninger" in text
    assert "1. Gruppen arbejder videre med PRO-data." in flat
    assert "2. ViBIS samler eksempler på barrierer." in flat
    assert "Opgaver" in text and "Opgave Ansvarlig Frist Status" in flat
    assert "Send slides til alle medlemmer Søren Ødegård 19.03.2026 Åben" in flat
    assert "Fortæl om tænketanken på afdelingsmødet Spredning Åse Kjærgaard 01.04.2026 I gang" in flat
    assert "Find eksempel på brugerråd Spredning Bjørn Æbelø – Åben" in flat
    assert flat.count("Spredning ") >= 2
    assert "Pause Intet noteret under punktet." in flat

    assert "Opfølgning: åbne spredningsopgaver fra tidligere møder" in flat
    assert "Skriv artikel til fagbladet Fra Møde 15.01.2026: Opstartsmøde Camilla Øst 01.03.2026 I gang" in flat
    assert "Side 1 af" in text
    assert "Udskrevet fredag den 20. marts 2026 kl. 10.15" in flat
    assert "æ" in text and "ø" in text and "å" in text


def test_minutes_not_approved_joint_no_followups(tmp_path):
    doc = make_doc(
        groups=["Klinikere", "Ledere", "Forskere"], approved_on=None, followups=[], facilitators="Åse Kjærgaard",
        guests=[], absent_count=0, present=[], present_unnamed=[], excused=[], excused_unnamed=[], sections=[],
    )
    text = pdf_text(write_minutes_pdf(doc, tmp_path / "r.pdf"))
    flat = one_line(text)
    assert "Ekspertgrupper Klinikere, Ledere og Forskere" in flat
    assert "Referat · Klinikere, Ledere, Forskere · 12.03.2026" in flat
    assert "Facilitator Åse Kjærgaard" in flat
    assert "Status Ikke godkendt" in flat
    assert "Til stede (0) Ingen fremmøde registreret." in flat
    assert "Afbud (0) Ingen afbud." in flat
    assert "Gæster" not in flat and "Mødte ikke" not in flat
    assert "Mødet har ingen dagsordenspunkter." in flat
    assert "Der er ingen åbne spredningsopgaver fra tidligere møder." in flat
    assert "Side 1 af 1" in flat


def test_unnamed_members_print_as_label_and_count_only(tmp_path):
    """The caller applied the consent rule; the module prints exactly what it is given."""
    doc = make_doc(
        present=["Anders Ålund"],
        present_unnamed=[("Patientforening", 2), ("Kommune", 1), ("Region", 0)],
        excused=[],
        excused_unnamed=[("Patientforening", 1)],
        absent_count=0,
    )
    text = pdf_text(write_minutes_pdf(doc, tmp_path / "r.pdf"))
    lines = [line.strip() for line in text.splitlines()]
    present = lines[lines.index("Til stede (4)") + 1 : lines.index("Afbud (1)")]
    assert present == ["Anders Ålund", "Patientforening: 2 (ikke navngivet)", "Kommune: 1 (ikke navngivet)"]
    after = lines.index("Afbud (1)") + 1
    assert lines[after] == "Patientforening: 1 (ikke navngivet)"
    assert lines[after + 1].startswith("Gæster")
    assert "Region: 0" not in text  # a zero count is no line at all


def test_long_notes_flow_over_many_pages(tmp_path):
    paragraphs = "\n\n".join(f"Afsnit {i}: drøftelse om spredning og forankring i kommuner og regioner, æøå." for i in range(200))
    word = "ÆbleØrkenÅ" * 2000  # one 20,000-letter word
    long_line = "ord " * 5000  # one line of 20,000 letters with spaces
    sections = [
        MinutesSection(T(10, 0), "Lange noter", "", paragraphs + "\n" + word + "\n" + long_line + "slut", [word], [
            MinutesAction(word, "Åse", None, "Åben", True),
        ]),
        MinutesSection(T(11, 0), "Titel " + "x" * 6000, "y" * 3000, "Efter.", [], []),
    ]
    start = time.monotonic()
    guests = [("Ø" * 20000, "Organisation", "Gæst")]  # a paste into the wrong field: cut with "…"
    path = write_minutes_pdf(make_doc(sections=sections, guests=guests), tmp_path / "long.pdf")
    assert time.monotonic() - start < 60
    assert_inside_margins(path)
    text = pdf_text(path)
    pages = pages_of(text)
    n = len(pages)
    assert n >= 10 and pdf_pages(path) == n
    assert f"Side 1 af {n}" in pages[0] and f"Side {n} af {n}" in pages[-1]
    flat = one_line(text)
    for i in (0, 99, 199):
        assert f"Afsnit {i}: drøftelse om spredning" in flat
    # The action's row runs over pages, under the repeated table header.
    body = body_of(text).replace("Opgave Ansvarlig Frist Status\n", "").replace("Åse – Åben\n", "")
    squeezed = "".join(body.split())
    assert squeezed.count(word) == 3  # notes, decision, action: the whole word, over many lines
    assert "ord" * 5000 + "slut" in squeezed
    assert "Efter." in text
    assert "Ø" * 1000 + "…" in squeezed and "Ø" * 1001 not in squeezed
    assert "Opfølgning: åbne spredningsopgaver" in flat


HOSTILE = [
    "Tom & Jerry <b>unclosed",
    "<script>alert('x')</script>",
    "&amp; &lt; &#169; &nbsp",
    "<para>nested</para> <br/> </b> <font name='x'>",
    "Fest 🎉 og 👩‍⚕️ kaffe 😀",
    "Łukasz Wiśniewski / Şule Yılmaz / Nguyễn Thị Hương",
    "Ærø Øster Åbyhøj",
    "tab\tseparated\tvalues",
    "nul\x00byte\x01ctl\x1b[0m\x85c1",
    "lone \ud800 surrogate \udfff here",
    "שלום עולם مرحبا",
]


def test_hostile_text_prints_as_text(tmp_path):
    section = MinutesSection(
        T(9, 0), HOSTILE[0], HOSTILE[1], "\n".join(HOSTILE), HOSTILE,
        [MinutesAction(s, s, None, s, True, s) for s in HOSTILE],
    )
    doc = make_doc(
        think_tank="Tom & Jerry <b>tænketank \ud800",
        title="<i>Møde</i> & <b> \x00",
        groups=["Brugere & pårørende <x>"],
        place="Łukasz' kontor <3",
        facilitators="Şule & Nguyễn Thị Hương \udc00",
        present=HOSTILE,
        present_unnamed=[("<b>Forening</b>", 1)],
        excused=HOSTILE,
        guests=[(s, s, s) for s in HOSTILE],
        sections=[section],
        followups=[MinutesAction(s, s, None, s, True, s) for s in HOSTILE],
    )
    path = write_minutes_pdf(doc, tmp_path / "hostile.pdf")
    assert_inside_margins(path)
    text = pdf_text(path)
    flat = one_line(text)
    for s in HOSTILE[:4] + HOSTILE[5:8]:
        assert one_line(s) in flat, s
    assert "Fest" in flat and "kaffe 😀" in flat
    assert "nulbytectl[0mc1" in flat
    assert "lone surrogate here" in flat
    for word in ("שלום", "עולם", "مرحبا"):  # printed in typed order; pdftotext may show it reversed
        assert word in flat or word[::-1] in flat
    assert "Tom & Jerry <b>tænketank" in flat
    assert "<i>Møde</i> & <b>" in flat
    assert "Brugere & pårørende <x>" in flat
    assert "<b>Forening</b>: 1 (ikke navngivet)" in flat


def test_text_flowables_cut_long_text():
    style = pdf.styles().body
    assert text_flowables("", style) == [] and text_flowables(None, style) == [] and text_flowables(" \n\t", style) == []
    parts = text_flowables("a\nb\n\n\nc", style)  # lines between blank lines make one paragraph
    assert [type(p).__name__ for p in parts] == ["Paragraph", "Spacer", "Paragraph"]
    assert parts[0].text == "a<br/>b"
    assert len(text_flowables("x" * 4000, style)) == 3  # at most 1500 letters a paragraph
    assert len(text_flowables("\n".join(["linje"] * 100), style)) == 4  # at most 30 lines a paragraph
    first, *rest = text_flowables("<b>\n" * 40, style)
    assert first.style.spaceBefore == style.spaceBefore and first.style.spaceAfter == 0
    assert rest[-1].style.spaceAfter == style.spaceAfter and rest[-1].style.spaceBefore == 0
    assert printable("a\r\nb\rc\x00\ud800\x9f\ufffe\xad") == "a\nb\nc"
    assert short("x" * 5000) == "x" * 1000 + " …" and short(" Åse \x00") == "Åse"


# ---------------------------------------------------------------------------- property tests

pdf.register_fonts()
_GLYPHS = pdfmetrics.getFont(pdf.FONT).face.charToGlyph
_RTL = {"R", "AL"}


def normalised(text: str) -> str:
    """What can be compared: no white space, no control, format (invisible) or surrogate
    characters, and only letters DejaVu Sans can draw (pdftotext gives the others back
    as spaces)."""
    return "".join(
        c for c in text
        if not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf", "Cs") and ord(c) in _GLYPHS
    )


def assert_printed(text: str, out: str, times: int) -> None:
    want, got = normalised(text), normalised(out)
    if not want:
        return
    if any(unicodedata.bidirectional(c) in _RTL for c in want):
        # pdftotext turns runs of right-to-left letters (and the neutral letters
        # between them) around: every letter must be there, in some order.
        missing = Counter(want * times) - Counter(got)
        assert not missing, (text, missing)
        return
    assert got.count(want) >= times, (text, want)


def build_and_read(text: str) -> str:
    section = MinutesSection(
        T(9, 0), "Punkt", "", text, [text], [MinutesAction(text, "Åse", dt.date(2026, 3, 19), "Åben", True)],
    )
    doc = make_doc(sections=[section], followups=[], guests=[])
    with tempfile.TemporaryDirectory() as folder:
        path = write_minutes_pdf(doc, Path(folder) / "r.pdf")
        assert_inside_margins(path)
        return body_of(pdf_text(path))


MARKUP = st.sampled_from(
    ["<b>", "</b>", "&amp;", "&", "<", ">", "</para>", "<para>", "<br/>", "<br>", "&#169;", "&lt;", "]]>",
     "<font color='red'>", "\"", "'", "😀", "🎉", "👩‍⚕️", "æøå", "ÆØÅ", "\n", "\n\n", "\t", " ", "\x00", "\ud800",
     "שלום", "x" * 300]
)
MIXED = st.lists(st.one_of(MARKUP, st.text(max_size=20)), max_size=25).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_prints(text):
    assert_printed(text, build_and_read(text), 3)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED)
def test_markup_like_text_prints(text):
    assert_printed(text, build_and_read(text), 3)


def test_letters_beyond_the_basic_plane_copy_right(tmp_path):
    text = "Godt møde 😀 og 😊, 𐌀"
    flat = one_line(pdf_text(write_minutes_pdf(make_doc(sections=[MinutesSection(None, "P", "", text, [], [])]), tmp_path / "r.pdf")))
    assert text in flat


# ---------------------------------------------------------------------------- sign-in sheet


def test_signin_pdf_holds_the_sheet(tmp_path):
    path = write_signin_pdf(make_signin(), tmp_path / "Fremmødeliste Klinikere 2026-03-12.pdf")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = pdf_text(path)
    flat = one_line(text)
    assert "Fremmødeliste" in text
    assert "Møde 2: Spredning af viden" in flat
    assert "Fremmødeliste · Klinikere · 12.03.2026" in flat
    assert "Ekspertgruppe Klinikere" in flat
    assert "Dato torsdag den 12. marts 2026" in flat
    assert "Tid 09.30-15.00" in flat
    assert "Sted ViBIS, Aarhus" in flat
    assert "Navn Organisation Underskrift" in flat
    assert "Gruppe" not in flat  # one group: no group column
    assert "Anders Ålund Aarhus Universitetshospital" in flat
    assert "Birgitte Æbelø Region Midtjylland" in flat
    assert "Øjvind Ærø Aalborg Kommune" in flat
    assert flat.index("Anders Ålund") < flat.index("Birgitte Æbelø") < flat.index("Øjvind Ærø")  # order as given
    assert "3 navne på listen." in flat
    assert "Side 1 af 1" in flat
    assert "Udskrevet onsdag den 11. marts 2026 kl. 09.00" in flat


_MM = 72 / 25.4


def word_rows(path: Path) -> list[list[tuple[float, str]]]:
    """Each page's words as (top in points from the page top, word), as a PDF reader lays them out."""
    out = poppler("pdftotext", "-bbox", "-enc", "UTF-8", path, "-")
    return [
        [(float(y), word) for y, word in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>', page)]
        for page in out.split("<page ")[1:]
    ]


def top_of(words: list[tuple[float, str]], word: str) -> float:
    (y,) = [y for y, w in words if w == word]
    return y


def test_signin_rows_are_tall_and_blank_rows_follow(tmp_path):
    (page,) = word_rows(write_signin_pdf(make_signin(blank_rows=4), tmp_path / "blank.pdf"))
    names = [top_of(page, first) for first in ("Anders", "Birgitte", "Øjvind")]
    for upper, lower in zip(names, names[1:]):
        assert lower - upper >= 11 * _MM - 0.01  # every row at least 11 mm: room to sign
    after = top_of(page, "navne")  # "3 navne på listen.", under the table
    assert [w for y, w in page if names[-1] + 1 < y < after] == []  # the rows after the names are empty
    assert after - names[-1] >= 4.5 * 11 * _MM  # half the last name's row and four empty rows of 11 mm

    (page,) = word_rows(write_signin_pdf(make_signin(blank_rows=0), tmp_path / "none.pdf"))
    assert top_of(page, "navne") - top_of(page, "Øjvind") < 11 * _MM  # no empty rows: the count follows


def test_joint_signin_runs_over_pages_with_repeated_header(tmp_path):
    groups = ["Klinikere", "Ledere", "Uddannelsesrepræsentanter"]
    rows = [SigninRow(f"Deltager {i:02d} Ødegård", f"Organisation {i}", groups[i % 3]) for i in range(40)]
    path = write_signin_pdf(make_signin(groups=groups, rows=rows), tmp_path / "joint.pdf")
    assert_inside_margins(path)
    text = pdf_text(path)
    pages = pages_of(text)
    n = len(pages)
    assert n >= 2
    for number, page in enumerate(pages, start=1):
        assert "Navn Organisation Gruppe Underskrift" in one_line(page)
        assert f"Side {number} af {n}" in page
    flat = one_line(text)
    assert "Ekspertgrupper Klinikere, Ledere og Uddannelsesrepræsentanter" in flat
    for i in (0, 20, 39):
        assert f"Deltager {i:02d} Ødegård Organisation {i}" in flat
    squeezed = "".join(text.split())
    assert squeezed.count("Uddannelses-repræsentanter") + squeezed.count("Uddannelsesrepræsentanter") >= 13
    assert "40 navne på listen." in flat
    # The five empty rows come last, after the last name, on the last page.
    last = word_rows(path)[-1]
    last_name = max(y for y, w in last if w == "Deltager")  # "Deltager 39"
    assert [w for y, w in last if last_name + 1 < y < top_of(last, "navne")] == []
    assert top_of(last, "navne") - last_name >= 5.5 * 11 * _MM


def test_signin_hostile_and_empty(tmp_path):
    doc = make_signin(rows=[SigninRow(s, s, s) for s in HOSTILE], title="<b>\ud800", think_tank="A & B")
    flat = one_line(pdf_text(write_signin_pdf(doc, tmp_path / "h.pdf")))
    assert "Tom & Jerry <b>unclosed" in flat and "<para>nested</para>" in flat
    empty = make_signin(rows=[], blank_rows=0, place="", title="")
    flat = one_line(pdf_text(write_signin_pdf(empty, tmp_path / "e.pdf")))
    assert "Ingen på listen." in flat and "Sted" not in flat


# ---------------------------------------------------------------------------- layering


def test_documents_do_not_import_qt_or_sqlalchemy():
    code = (
        "import sys\n"
        "import tankapp.export.minutes_pdf, tankapp.export.signin_pdf\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'sqlalchemy'))\n"
        "assert not bad, bad\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
