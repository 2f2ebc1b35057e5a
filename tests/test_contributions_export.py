"""Exporting knowledge contributions (vidensbidrag) to ViBIS: PDF report, CSV for Danish Excel, JSON.

The contract tested here (services.exports.export_contributions and the writers under it):
the PDF has a cover, the matrix with its numbers, every entry of the selection, and names
only members who agreed to be named; the CSV (UTF-8 with BOM, ``;``, CRLF) and the JSON
carry exactly the selection's rows; an export marks exactly its rows sent (so ``unsent``
is empty afterwards), a failed write marks nothing, and an unknown file ending is refused.
Drafts are never exported nor marked sent, a contribution sent before keeps its first sent
date, and an empty selection writes nothing (ServiceError ``export_no_contributions``).
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import json
import stat
import sys
from pathlib import Path

import pytest

from tankapp.domain.enums import ContributionInvolvement, ContributionKind, ContributionStatus, Criterion, Setting
from tankapp.export import contributions_report, tabular
from tankapp.services.contributions import register as contributions
from tankapp.services import documents as exports
from tankapp.services.members import groups
from tankapp.services.contributions.register import ContributionRow
from tankapp.services.errors import ServiceError
from tankapp.storage import open_database
from tests.helpers import pdf_words as pdf_text

SENT_ON = dt.date(2026, 3, 12)


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def demo_db(demo_file):
    """The demo database, opened: a private copy for each test (exports change it)."""
    db = open_database(demo_file)
    yield db
    db.close()


@pytest.fixture
def out_dir(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def selection(db, **kw) -> list[ContributionRow]:
    with db.reading() as s:
        return exports.contributions_selection(s, **kw)


def export(db, path: Path, **kw) -> int:
    with db.session() as s:
        return exports.export_contributions(s, path, on=SENT_ON, **kw)


def group_id(db, name: str) -> int:
    with db.reading() as s:
        return groups.find_group(s, name).id


def consent_split(rows: list[ContributionRow]) -> tuple[set[str], set[str]]:
    named = {r.member_name for r in rows if r.member_id is not None and r.member_consent_named}
    unnamed = {r.member_name for r in rows if r.member_id is not None and not r.member_consent_named}
    assert named and unnamed, "the demo should have both"
    return named, unnamed


def read_csv(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=";")
        return list(reader.fieldnames or []), list(reader)


# ---------------------------------------------------------------- PDF


def test_pdf_cover_matrix_and_entries(demo_db, out_dir):
    rows = selection(demo_db)
    path = out_dir / "vidensbidrag æøå.pdf"
    assert export(demo_db, path) == len(rows) == 16  # the 12 drafts stay home
    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out_dir.iterdir()] == [path.name]  # no temporary file left
    text = pdf_text(path)

    # the cover
    assert text.startswith("Vidensbidrag til ViBIS Tænketank for brugerinddragelse (demo)")
    with demo_db.reading() as s:
        from tankapp.services.thinktank import require_think_tank

        tank = require_think_tank(s)
    period = f"{contributions_report.day_text(tank.period_start)} – {contributions_report.day_text(tank.period_end)}"
    assert f"Periode {period}" in text
    assert ("Ekspertgrupper Brugere, Klinikere, Ledere, Kvalitetskonsulenter og Uddannelsesrepræsentanter") in text
    assert "Udvalg Alle vidensbidrag" in text and "Antal 16 vidensbidrag" in text

    # the matrix: every cell's number and its split by kind, row by row
    m = contributions.matrix(rows)
    for involvement, label in exports.MATRIX_ROW_DA.items():
        cells = []
        for criterion in contributions.CRITERIA:
            split = " · ".join(
                f"{letter} {m.count(involvement, criterion, kind)}"
                for letter, kind in zip("FBEV", (ContributionKind.PROMOTER, ContributionKind.BARRIER,
                                                 ContributionKind.EXAMPLE, ContributionKind.GAP))
            )
            cells.append(f"{m.count(involvement, criterion)} {split}")
        assert f"{label} {' '.join(cells)}" in text, label
    assert "Rammer Proces Anvendelse" in text
    assert f"Ikke klassificeret: {len(m.unclassified)}" in text and len(m.unclassified) == 0  # the 3 are drafts
    assert "F = fremmer, B = barriere, E = eksempel, V = videnshul/behov" in text

    # the entries, under their kind of involvement and kind, with group, meeting and date
    for r in rows:
        assert one_line(r.title) in text, r.title
    # (no "ikke angivet" section: the unclassified ones are all drafts)
    sections = [f"{exports.INVOLVEMENT_DA[i]} (" for i in ContributionInvolvement if any(r.involvement == i for r in rows)]
    assert len(sections) == 3
    positions = [text.index(s) for s in sections]
    assert positions == sorted(positions)  # organisatorisk, individuel, pårørende
    (pro,) = [r for r in rows if r.title == "PRO-data bruges i samtalen"]
    assert (
        "PRO-data bruges i samtalen Eksempel · Individuel inddragelse · Kriterier: Proces, Anvendelse · "
        "Sektor: Region Klinikere · Opstartsmøde for Klinikere, " + pro.meeting_date.strftime("%d.%m.%Y")
    ) in text
    # an entry sits in the section of its kind of involvement, under the heading of its kind
    individual = text[text.index("Individuel inddragelse ("):text.index("Pårørendeinddragelse (")]
    examples = individual[individual.index("Eksempler ("):]  # the last kind with entries here
    assert "PRO-data bruges i samtalen" in examples


def test_pdf_names_only_members_who_consented(demo_db, out_dir):
    rows = selection(demo_db)
    named, unnamed = consent_split(rows)
    path = out_dir / "r.pdf"
    export(demo_db, path)
    text = pdf_text(path)
    for name in named:
        assert f"Fra: {name}" in text, name
    for name in unnamed:
        assert name not in text, name  # the name stays on the laptop


def test_pdf_of_one_group(demo_db, out_dir):
    rows = selection(demo_db, group_id=group_id(demo_db, "Klinikere"))
    assert rows and {r.group for r in rows} == {"Klinikere"}
    path = out_dir / "klinikere.pdf"
    assert export(demo_db, path, group_id=group_id(demo_db, "Klinikere")) == len(rows)
    text = pdf_text(path)
    assert "Ekspertgruppe Klinikere Udvalg Alle vidensbidrag fra Klinikere" in text
    assert f"Antal {len(rows)} vidensbidrag" in text
    assert "Vidensbidrag · Klinikere" in text  # the page header
    others = [r for r in selection(demo_db) if r.group != "Klinikere"]
    for r in others:
        assert r.title not in text


def test_an_empty_selection_writes_nothing_and_says_so(demo_db, out_dir):
    export(demo_db, out_dir / "first.pdf")
    path = out_dir / "again.pdf"
    with pytest.raises(ServiceError) as info:
        export(demo_db, path, unsent=True)
    assert info.value.code == "export_no_contributions" and info.value.problem.params["drafts"] == 12
    assert str(info.value) == "no contributions to export (12 drafts not reviewed yet)"
    assert not path.exists()


def test_pdf_prints_user_text_as_typed(db, group_ids, out_dir):
    with db.session() as s:
        contributions.create_contribution(
            s,
            contributions.ContributionInput(
                title="Strategi & praksis <b>ikke</b> fed",
                text="Linje 1 < 2 & 3 > 1\n\nAnden del: <para> </font> og ☺",
                kind=ContributionKind.GAP,
                involvement=ContributionInvolvement.RELATIVES,
                criteria={Criterion.USE},
                setting=Setting.CROSS_SECTOR,
                group_id=group_ids["Forskere"],
                status=ContributionStatus.REVIEWED,
            ),
        )
    path = out_dir / "escape.pdf"
    assert export(db, path) == 1
    text = pdf_text(path)
    assert "Strategi & praksis <b>ikke</b> fed" in text
    assert "Linje 1 < 2 & 3 > 1 Anden del: <para> </font> og ☺" in text
    assert "Videnshul/behov · Pårørendeinddragelse · Kriterier: Anvendelse · Sektor: På tværs af sektorer" in text
    assert "Forskere · uden møde" in text


def test_pdf_of_very_long_and_odd_text(db, group_ids, out_dir):
    """A pasted report as text, a title without spaces, control characters: laid out, not refused."""
    with db.session() as s:
        contributions.create_contribution(
            s,
            contributions.ContributionInput(
                title="X" * 290, text="Lang tekst æøå " * 3000, group_id=group_ids["Klinikere"],
                involvement=ContributionInvolvement.INDIVIDUAL, criteria={Criterion.USE},
                status=ContributionStatus.REVIEWED,
            ),
        )
        contributions.create_contribution(
            s,
            contributions.ContributionInput(
                title="Kontrol\x00\x07tegn \u00ad", text="a\x0bb\r\nc" + "Y" * 5000, group_id=group_ids["Klinikere"],
                status=ContributionStatus.REVIEWED,
            ),
        )
    path = out_dir / "long.pdf"
    assert export(db, path) == 2
    text = pdf_text(path)
    assert "Side 1 af " in text and "Side 10 af " in text  # many pages
    assert "Kontroltegn" in text
    # every word printed (a page break may fall inside a phrase, with the page header between)
    assert text.count("Lang tekst æøå") > 2950 and text.count("æøå") == 3000


def test_report_document_is_plain_data(demo_db):
    rows = selection(demo_db)
    with demo_db.reading() as s:
        doc = exports.contributions_document(s, rows, unsent=True)
    assert doc.selection == "Vidensbidrag, der ikke er sendt før"
    assert doc.matrix.row_labels == ["Organisatorisk", "Individuel", "Pårørende"]
    assert doc.matrix.column_labels == ["Rammer", "Proces", "Anvendelse"]
    cell = doc.matrix.cells[0][0]
    assert cell.total == cell.promoters + cell.barriers + cell.examples + cell.gaps
    assert [sec.label for sec in doc.sections] == [
        "Organisatorisk inddragelse", "Individuel inddragelse", "Pårørendeinddragelse", "Form for inddragelse ikke angivet",
    ]
    assert [k.label for k in doc.sections[0].kinds] == ["Fremmere", "Barrierer", "Eksempler", "Videnshuller og behov"]
    assert sum(sec.count for sec in doc.sections) == len(rows)
    entries = [e for sec in doc.sections for k in sec.kinds for e in k.entries]
    named, unnamed = consent_split(rows)
    assert {e.member for e in entries} - {None} == named
    # oldest meeting first inside a kind
    for sec in doc.sections:
        for k in sec.kinds:
            dates = [e.meeting_date for e in k.entries]
            assert dates == sorted(dates)


# ---------------------------------------------------------------- CSV and JSON


def test_csv_for_danish_excel(demo_db, out_dir):
    rows = selection(demo_db)
    path = out_dir / "vidensbidrag.csv"
    assert export(demo_db, path) == len(rows)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + b"id;uuid;title;")  # UTF-8 with BOM, semicolons
    assert raw.count(b"\r\n") >= len(rows) + 1 and b"\r\r" not in raw
    assert "Pårørende".encode() in raw  # UTF-8, not Windows-1252
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    fields, read = read_csv(path)
    assert tuple(fields) == ContributionRow.FIELDS
    assert [int(r["id"]) for r in read] == [r.id for r in rows]
    assert [r["title"] for r in read] == [r.title for r in rows]
    assert [r["text"] for r in read] == [r.text for r in rows]  # multi-line texts stay in their cell
    assert [r["criteria"] for r in read] == [", ".join(c.value for c in r.criteria) for r in rows]
    assert [r["uuid"] for r in read] == [str(r.uuid) for r in rows]
    assert any("æ" in r["title"] for r in read) and any("ø" in r["title"] for r in read)
    assert any("å" in r["title"] for r in read)
    assert any("\n" in r["text"] for r in read)
    assert {r["criteria"] for r in read} >= {"frames", "process, use", "frames, process, use"}  # "" only on drafts
    by_id = {r.id: r for r in rows}
    for r in read:
        expected = {k: "" if v is None else v for k, v in by_id[int(r["id"])].as_dict().items()}
        expected["id"], expected["meeting_id"] = str(expected["id"]), str(expected["meeting_id"])
        expected["criteria"] = ", ".join(expected["criteria"])
        assert r == expected  # status and sent_on as before this export


def test_csv_and_json_name_only_members_who_consented(demo_db, out_dir):
    rows = selection(demo_db)
    named, unnamed = consent_split(rows)
    export(demo_db, out_dir / "a.csv")
    export(demo_db, out_dir / "a.json")
    csv_text = (out_dir / "a.csv").read_text(encoding="utf-8-sig")
    json_text = (out_dir / "a.json").read_text(encoding="utf-8")
    for name in unnamed:
        assert name not in csv_text and name not in json_text, name
    members_csv = {r["member"] for r in read_csv(out_dir / "a.csv")[1]} - {""}
    members_json = {r["member"] for r in json.loads(json_text)} - {None}
    assert members_csv == members_json == named


def test_json_for_the_knowledge_base(demo_db, out_dir):
    gid = group_id(demo_db, "Brugere")
    rows = selection(demo_db, group_id=gid)
    path = out_dir / "brugere.json"
    assert export(demo_db, path, group_id=gid) == len(rows) > 0
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert "Pårørende" in text or "pårørende" in text  # letters, not \u escapes
    assert "\\u00e5" not in text
    assert text.startswith('[\n  {\n    "id": ')
    data = json.loads(text)
    assert data == [r.as_dict() for r in rows]  # the same rows, fields and values as the selection
    for obj in data:
        assert tuple(obj) == ContributionRow.FIELDS
        assert {"id", "title", "kind", "involvement", "criteria", "group", "meeting_id", "status"} <= set(obj)
        assert isinstance(obj["criteria"], list) and isinstance(obj["id"], int)
        assert obj["group"] == "Brugere"
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_empty_selection_as_csv_and_json(db, out_dir):
    for name in ("e.csv", "e.json"):
        with pytest.raises(ServiceError) as info:
            export(db, out_dir / name)
        assert info.value.code == "export_no_contributions"
    assert list(out_dir.iterdir()) == []


def test_csv_cells_excel_would_run_as_formulas_are_text(db, group_ids, out_dir):
    with db.session() as s:
        for title in ("=SUM(A1:A9)", "-ikke en formel", "+45 12 34 56 78", "@ledelsen"):
            contributions.create_contribution(
                s, contributions.ContributionInput(
                    title=title, text="x; \"citat\"", group_id=group_ids["Ledere"], status=ContributionStatus.REVIEWED)
            )
    rows = selection(db)
    export(db, out_dir / "f.json")
    export(db, out_dir / "f.csv")
    _, read = read_csv(out_dir / "f.csv")
    assert sorted(r["title"] for r in read) == sorted("'" + r.title for r in rows)
    assert all(r["text"] == 'x; "citat"' for r in read)  # quoting keeps ; and " inside the cell
    assert sorted(o["title"] for o in json.loads((out_dir / "f.json").read_text(encoding="utf-8"))) == sorted(
        r.title for r in rows
    )  # JSON unchanged


def test_tabular_writers_alone(tmp_path):
    rows = [{"a": "Æble; \"pære\"", "b": ["x", "y"], "c": None, "d": 3}]
    tabular.write_csv(tmp_path / "t.csv", rows, ["a", "b", "c", "d"])
    assert (tmp_path / "t.csv").read_bytes() == (
        b"\xef\xbb\xbfa;b;c;d\r\n" + '"Æble; ""pære""";x, y;;3\r\n'.encode()
    )
    tabular.write_json(tmp_path / "t.json", rows, ["d", "a"])
    assert json.loads((tmp_path / "t.json").read_text(encoding="utf-8")) == [{"d": 3, "a": "Æble; \"pære\""}]


# ---------------------------------------------------------------- marking sent


@pytest.mark.parametrize("ending", [".pdf", ".csv", ".json"])
def test_export_marks_exactly_the_selection_sent(demo_db, out_dir, ending):
    gid = group_id(demo_db, "Klinikere")
    before = {r.id: r for r in selection(demo_db)}
    chosen = selection(demo_db, group_id=gid, unsent=True)
    assert chosen and all(r.status != ContributionStatus.SENT for r in chosen)
    assert export(demo_db, out_dir / f"k{ending}", group_id=gid, unsent=True) == len(chosen)
    after = {r.id: r for r in selection(demo_db)}
    ids = {r.id for r in chosen}
    for cid, r in after.items():
        if cid in ids:
            assert r.status == ContributionStatus.SENT and r.sent_on == SENT_ON
        else:  # untouched, including earlier sent dates
            assert (r.status, r.sent_on) == (before[cid].status, before[cid].sent_on)
    assert selection(demo_db, group_id=gid, unsent=True) == []
    assert selection(demo_db, unsent=True)  # other groups still have unsent ones
    # the next --unsent export is empty: nothing written
    with pytest.raises(ServiceError):
        export(demo_db, out_dir / f"k2{ending}", group_id=gid, unsent=True)
    assert not (out_dir / f"k2{ending}").exists()


def test_unsent_after_exporting_all_is_empty(demo_db, out_dir):
    before = {r.id: r for r in selection(demo_db)}
    assert selection(demo_db, unsent=True)
    export(demo_db, out_dir / "all.json")
    assert selection(demo_db, unsent=True) == []
    for r in selection(demo_db):  # newly sent on SENT_ON; sent before: the first sent date kept
        was = before[r.id]
        assert r.sent_on == (was.sent_on if was.status == ContributionStatus.SENT else SENT_ON)


def test_export_leaves_drafts_unsent_and_earlier_sent_dates_alone(demo_db, out_dir):
    with demo_db.reading() as s:
        everything = {r.id: r for r in contributions.list_contributions(s)}
    drafts = {cid for cid, r in everything.items() if r.status == ContributionStatus.DRAFT}
    sent_before = {cid: r.sent_on for cid, r in everything.items() if r.status == ContributionStatus.SENT}
    assert drafts and sent_before and all(d != SENT_ON for d in sent_before.values())
    exported = out_dir / "all.json"
    assert export(demo_db, exported) == len(everything) - len(drafts)
    assert not drafts & {r["id"] for r in json.loads(exported.read_text(encoding="utf-8"))}
    export(demo_db, out_dir / "again.csv")  # re-exporting all
    with demo_db.reading() as s:
        after = {r.id: r for r in contributions.list_contributions(s)}
    for cid in drafts:
        assert (after[cid].status, after[cid].sent_on) == (ContributionStatus.DRAFT, None)
    for cid, first in sent_before.items():
        assert after[cid].sent_on == first
    with demo_db.reading() as s:
        assert exports.contributions_drafts_left_out(s) == len(drafts)
        preview = exports.contributions_export_preview(s)
    n = len(everything) - len(drafts)
    assert (preview.count, preview.already_sent, preview.drafts) == (n, n, len(drafts))


def test_export_default_date_is_today(demo_db, out_dir):
    with demo_db.session() as s:
        exports.export_contributions(s, out_dir / "x.csv", group_id=group_id(demo_db, "Ledere"))
    ledere = selection(demo_db, group_id=group_id(demo_db, "Ledere"))
    assert dt.date.today() in {r.sent_on for r in ledere} and all(r.sent_on for r in ledere)


@pytest.mark.parametrize("ending", [".pdf", ".csv", ".json"])
def test_failed_write_marks_nothing(demo_db, out_dir, monkeypatch, ending):
    from tankapp.export import pdf

    def full_disk(path, write):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(pdf, "atomic_write", full_disk)
    monkeypatch.setattr(tabular, "atomic_write", full_disk)
    before = selection(demo_db)
    with pytest.raises(OSError):
        with demo_db.session() as s:
            try:
                exports.export_contributions(s, out_dir / f"x{ending}", on=SENT_ON)
            finally:  # not even inside the failed transaction
                assert exports.contributions_selection(s) == before
    assert selection(demo_db) == before
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("name", ["x.txt", "x.xlsx", "x", "x.pdf.bak", "pdf"])
def test_unknown_ending_refused(demo_db, out_dir, name):
    before = selection(demo_db)
    with pytest.raises(ServiceError) as info:
        export(demo_db, out_dir / name)
    assert info.value.code == "export_unknown_format"
    assert ".pdf, .csv or .json" in str(info.value) and name in str(info.value)
    assert list(out_dir.iterdir()) == []
    assert selection(demo_db) == before


def test_ending_in_capitals_is_fine(demo_db, out_dir):
    assert exports.contributions_export_format("A.PDF") == "pdf"
    assert exports.contributions_export_format(Path("b.Csv")) == "csv"
    assert export(demo_db, out_dir / "C.JSON", group_id=group_id(demo_db, "Brugere")) > 0
    assert json.loads((out_dir / "C.JSON").read_text(encoding="utf-8"))


def test_merged_contributions_are_not_exported(demo_db, out_dir):
    rows = selection(demo_db)
    keep, other = rows[0].id, rows[1].id
    with demo_db.session() as s:
        contributions.merge(s, keep, other)
    export(demo_db, out_dir / "m.csv")
    ids = [int(r["id"]) for r in read_csv(out_dir / "m.csv")[1]]
    assert keep in ids and other not in ids and len(ids) == len(rows) - 1


def test_csv_bytes_decode_as_excel_would(demo_db, out_dir):
    """Excel honours the BOM: decoding with utf-8-sig gives æøå, never mojibake like 'Ã¦'."""
    export(demo_db, out_dir / "x.csv")
    text = (out_dir / "x.csv").read_bytes().decode("utf-8-sig")
    assert "Ã" not in text and "æ" in text
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert len({len(r) for r in rows}) == 1  # every row has every field
