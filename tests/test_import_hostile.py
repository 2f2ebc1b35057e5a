"""Member import against hostile and real-world-broken files.

What an outside tester found on main, each met where a user meets it: ``tankapp import-members``
as a real process (exit code, one stderr line per problem naming its line, no traceback), then
``members list --format json`` to see that nothing garbled, merged or doubled was stored. The
rules behind it are in the docstring of :mod:`tankapp.services.members.importer`; cheaper cases are
checked on the service.
"""

from __future__ import annotations

import io
import json
import shutil
import struct
import subprocess
import zipfile
import zlib
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

import tankapp
from tankapp.services.members import importer
from tankapp.services.members import registry as members
from tankapp.services.errors import ServiceError, ValidationError
from tests.helpers import run

PROJECT_ROOT = Path(tankapp.__file__).resolve().parent.parent
from tests.helpers import tankapp_process
# What a terminal would act on if the CLI printed it: escapes, NUL, the bidi override.
TERMINAL_HAZARDS = ("\x1b", "\x00", "\x07", "\u202e", "\u2066", "\x9b")


@pytest.fixture(scope="module")
def template_db(tmp_path_factory) -> tuple[Path, str]:
    """A database made by ``tankapp init``, and the real name of its users' group (from ``groups list``)."""
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "tank.sqlite"
    made = tankapp_process(folder, "--db", path, "init")
    assert made.returncode == 0, made.stderr
    listed = tankapp_process(folder, "--db", path, "groups", "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    [users] = [g["name"] for g in json.loads(listed.stdout) if g["actor_kind"] == "users"]
    return path, users


@pytest.fixture
def cli_db(template_db, tmp_path) -> tuple[Path, str]:
    """A fresh copy of the template database for one test."""
    source, group = template_db
    for f in source.parent.glob(source.name + "*"):
        shutil.copy(f, tmp_path / f.name)
    return tmp_path / source.name, group


def import_file(db: Path, path: Path, group: str, *flags: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return tankapp_process(db.parent, "--db", db, "import-members", path, "--group", group, *flags, timeout=timeout)


def stored_names(capsys, db: Path) -> list[str]:
    code, out, err = run(capsys, "--db", db, "members", "list", "--format", "json")
    assert code == 0, err
    return sorted(m["name"] for m in json.loads(out))


def problem_lines(result: subprocess.CompletedProcess) -> list[str]:
    """The "line N: reason" lines of stderr, checking the rest of it is a plain summary."""
    assert "Traceback" not in result.stderr
    assert not any(c in result.stderr for c in TERMINAL_HAZARDS), repr(result.stderr)
    lines = result.stderr.splitlines()
    problems = [line for line in lines if line.startswith("line ")]
    others = [line for line in lines if not line.startswith("line ")]
    assert len(others) <= 1, lines  # at most the "n of m rows invalid; nothing imported" summary
    return problems


def assert_refused(result: subprocess.CompletedProcess, *words: str) -> None:
    """A whole-file refusal: exit 1, one line on stderr, no traceback."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("tankapp: "), repr(result.stderr)
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def sane(name: str) -> bool:
    return len(name) <= 200 and "\n" not in name and ";" not in name and "Ã" not in name and "\x00" not in name


# ---------------------------------------------------------------- as a user meets it


STRAY_QUOTE = (
    "Navn;E-mail;Organisation\n"
    "Anne Ager;anne@example.dk;Rigshospitalet\n"
    "Bo Bech;bo@example.dk;Aarhus Kommune\n"
    "Carl Cort;carl@example.dk;OUH\n"
    '"Dorte Dahl;dorte@example.dk;Region Nordjylland\n'  # the stray quote
    "Erik Enevold;erik@example.dk;KL\n"
    "Frida Friis;frida@example.dk;ViBIS\n"
    'Gitte "Gigi" Gram;gitte@example.dk;AUH\n'  # ...closed by the next quote in the file
    "Hans Holm;hans@example.dk;SDU\n"
    "Ida Isaksen;ida@example.dk;KU\n"
)


def test_stray_quote_names_the_swallowed_lines_and_stores_no_merged_name(cli_db, tmp_path, capsys):
    db, group = cli_db
    path = write(tmp_path / "medlemmer.csv", STRAY_QUOTE)

    refused = import_file(db, path, group)
    assert refused.returncode == 1
    assert problem_lines(refused) == [
        "line 5: a quotation mark in column 'Navn' is not closed, so lines 5-8 were read as one value; "
        "remove the stray quotation mark or close it"
    ]
    assert "nothing imported" in refused.stderr
    assert stored_names(capsys, db) == []

    imported = import_file(db, path, group, "--skip-invalid")
    assert imported.returncode == 0, imported.stderr
    assert "Imported 5 members" in imported.stdout
    assert [line[:7] for line in problem_lines(imported)] == ["line 5:"]
    names = stored_names(capsys, db)
    assert names == ["Anne Ager", "Bo Bech", "Carl Cort", "Hans Holm", "Ida Isaksen"]


def test_one_windows_1252_line_in_a_utf8_file_is_named_not_stored_garbled(cli_db, tmp_path, capsys):
    db, group = cli_db
    path = tmp_path / "blandet.csv"
    path.write_bytes(
        "Navn;E-mail\r\nÅse Ørsted;aase@example.dk\r\n".encode()
        + "Søren Ærø;soren@example.dk\r\n".encode("cp1252")  # pasted from an old system
        + "Bjørn Bæk;bjorn@example.dk\r\n".encode()
    )
    result = import_file(db, path, group, "--skip-invalid")
    assert result.returncode == 0, result.stderr
    assert problem_lines(result) == [
        "line 3: this line is in another text encoding (Windows-1252) than the rest of the file (UTF-8), so its "
        "letters cannot be trusted; correct the line, or save the whole file as CSV UTF-8"
    ]
    assert stored_names(capsys, db) == ["Bjørn Bæk", "Åse Ørsted"]


def test_utf8_read_as_windows_1252_is_not_stored(cli_db, tmp_path, capsys):
    db, group = cli_db
    path = write(tmp_path / "dobbelt.csv", "Navn;E-mail\nÃ…se Ã˜rsted;aase@example.dk\nBjørn Bæk;bjorn@example.dk\n")
    result = import_file(db, path, group, "--skip-invalid")
    assert result.returncode == 0, result.stderr
    assert problem_lines(result) == [
        "line 2: 'Ã…se Ã˜rsted' in column 'Navn' looks garbled: probably 'Åse Ørsted' saved in the wrong text "
        "encoding; correct it in the file"
    ]
    assert stored_names(capsys, db) == ["Bjørn Bæk"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read_as_utf16(cli_db, tmp_path, capsys, encoding):
    db, group = cli_db
    path = write(tmp_path / "unicode.txt", "Navn\tE-mail\nÅse Ørsted\taase@example.dk\nŁukasz Wójcik\tlw@example.pl\n", encoding)
    result = import_file(db, path, group)
    assert result.returncode == 0, result.stderr
    assert stored_names(capsys, db) == ["Åse Ørsted", "Łukasz Wójcik"]


def test_nul_bytes_in_a_text_file_refuse_it(cli_db, tmp_path, capsys):
    db, group = cli_db
    path = tmp_path / "medlemmer.csv"
    path.write_bytes(b"Navn;E-mail\r\nAnne Ager;anne@example.dk\r\nB\x00o;bo@example.dk\r\n")
    assert_refused(import_file(db, path, group), "contains NUL characters (the first on line 3)")
    assert stored_names(capsys, db) == []


def test_control_and_bidi_characters_are_named_by_line_and_never_stored_or_echoed(cli_db, tmp_path, capsys):
    db, group = cli_db
    path = write(
        tmp_path / "medlemmer.csv",
        "Navn;E-mail;Noter\n"
        "Anne Ager;anne@example.dk;Ring først\tefter kl. 10\n"  # a tab in a note is fine
        "Bo\x1b[2J\x1b[31mBech;bo@example.dk;\n"  # clear screen, red
        "Invoice\u202efdp.exe;inv@example.dk;\n"  # shows as "Invoiceexe.pdf"
        "Carl Cort;carl\x1b[8m@example.dk;\n"  # hidden text
        "Dorte Dahl;dorte@example.dk;\u2066skjult\u2069\n"
        "Erik Enevold;erik@example.dk;\x9b31m\n",
    )
    result = import_file(db, path, group, "--skip-invalid")
    assert result.returncode == 0, result.stderr
    assert problem_lines(result) == [
        "line 3: column 'Navn' holds an invisible control character (U+001B) that no one types; remove it",
        "line 4: column 'Navn' holds an invisible control character (U+202E) that no one types; remove it",
        "line 5: column 'E-mail' holds an invisible control character (U+001B) that no one types; remove it",
        "line 6: column 'Noter' holds an invisible control character (U+2066) that no one types; remove it",
        "line 7: column 'Noter' holds an invisible control character (U+009B) that no one types; remove it",
    ]
    assert stored_names(capsys, db) == ["Anne Ager"]


def test_the_same_person_twice_without_email_is_named_not_doubled(cli_db, tmp_path, capsys):
    db, group = cli_db
    first = import_file(db, write(tmp_path / "first.csv", "Navn;E-mail;Organisation\nAnne Jensen;;\n"), group)
    assert first.returncode == 0, first.stderr

    path = write(
        tmp_path / "second.csv",
        "Navn;E-mail;Organisation\n"
        "anne  JENSEN;;\n"  # already a member
        "Bo Berg;;Rigshospitalet\n"
        "Bo Berg;bo@example.dk;Rigshospitalet\n"  # the same Bo, now with an address
        "Carl Holm;carl@example.dk;\n"
        "Carl Holm;carl.holm@example.org;\n"  # two people: different addresses
        "Dorte Dahl;;Rigshospitalet\n"
        "Dorte Dahl;;Aarhus Kommune\n",  # two people: different workplaces
    )
    refused = import_file(db, path, group)
    assert refused.returncode == 1
    assert problem_lines(refused) == [
        f"line 2: already a member of {group} as Anne Jensen: same name, and no e-mail address or organisation "
        "tells them apart",
        "line 4: same person as line 3: same name, and no e-mail address or organisation tells them apart",
    ]

    imported = import_file(db, path, group, "--skip-invalid")
    assert imported.returncode == 0, imported.stderr
    assert stored_names(capsys, db) == [
        "Anne Jensen", "Bo Berg", "Carl Holm", "Carl Holm", "Dorte Dahl", "Dorte Dahl",
    ]


# ---------------------------------------------------------------- limits


def test_100000_row_csv_is_refused_at_the_row_limit(cli_db, tmp_path, capsys):
    db, group = cli_db
    path = tmp_path / "alle.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("Navn;E-mail\r\n")
        f.writelines(f"Person {i};p{i}@example.dk\r\n" for i in range(100_000))
    # Before the limit this took 41 s and 900 MB and imported all of them.
    assert_refused(import_file(db, path, group), "more than 2,000 members", "at most 2,000")
    assert stored_names(capsys, db) == []


def test_xlsx_over_the_row_limit_is_refused(cli_db, tmp_path, capsys):
    db, group = cli_db
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["Navn", "E-mail"])
    for i in range(importer.MAX_ROWS + 1):
        ws.append([f"Person {i}", f"p{i}@example.dk"])
    path = tmp_path / "alle.xlsx"
    wb.save(path)
    assert_refused(import_file(db, path, group), "more than 2,000 members")
    assert stored_names(capsys, db) == []


def test_file_over_20_mb_is_refused_unread(cli_db, tmp_path, capsys):
    db, group = cli_db
    path = tmp_path / "stor.csv"
    row = b"Anne Ager;anne@example.dk;" + b"x" * 70 + b"\r\n"
    path.write_bytes(b"Navn;E-mail;Noter\r\n" + row * (21 * 1024 * 1024 // len(row)))
    assert_refused(import_file(db, path, group), "larger than 20 MB")


def zip_bomb(path: Path, unpacked_mb: int) -> Path:
    """A real workbook whose sheet is ``unpacked_mb`` MB of repeated rows, packed about 330:1.

    Built in well under a second: a 1 MB block is deflated once with a full flush
    (so it does not refer back) and the same packed bytes are repeated; the sizes
    and checksum in the zip are the true ones.
    """
    wb = openpyxl.Workbook()
    wb.active.append(["Navn"])
    buf = io.BytesIO()
    wb.save(buf)
    parts = {i.filename: zipfile.ZipFile(buf).read(i.filename) for i in zipfile.ZipFile(buf).infolist()}
    row = b'<row><c t="inlineStr"><is><t>Anne Ager</t></is></c></row>'
    block = row * (1024 * 1024 // len(row))
    head = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet '
        b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    )
    tail = b"</sheetData></worksheet>"
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed_block = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)
    packed = deflate.compress(head) + deflate.flush(zlib.Z_FULL_FLUSH)
    packed += packed_block * unpacked_mb
    packed += deflate.compress(tail) + deflate.flush()
    crc = zlib.crc32(head)
    for _ in range(unpacked_mb):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    sheet = "xl/worksheets/sheet1.xml"
    entries = [
        (name, 0 if name != sheet else 8, data if name != sheet else packed, zlib.crc32(data) if name != sheet else crc,
         len(data) if name != sheet else len(head) + len(block) * unpacked_mb + len(tail))
        for name, data in parts.items()
    ]
    out, central = bytearray(), bytearray()
    for name, method, data, crc32, size in entries:
        encoded = name.encode()
        fields = struct.pack("<HHHHHIII", 20, 0, method, 0, 0x21, crc32, len(data), size)
        central += b"PK\x01\x02" + struct.pack("<H", 20) + fields + struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0, len(out)) + encoded
        out += b"PK\x03\x04" + fields + struct.pack("<HH", len(encoded), 0) + encoded + data
    out += central + b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, len(entries), len(entries), len(central), len(out), 0)
    path.write_bytes(bytes(out))
    return path


def test_zip_bomb_xlsx_is_refused_before_it_is_unpacked(cli_db, tmp_path, capsys):
    db, group = cli_db
    path = zip_bomb(tmp_path / "medlemmer.xlsx", 256)
    assert path.stat().st_size < 1024 * 1024
    with zipfile.ZipFile(path) as z:  # a true bomb: Python's zipfile agrees with the sizes
        assert z.getinfo("xl/worksheets/sheet1.xml").file_size > 255 * 1024 * 1024
    # Before, a 3 MB bomb of 1 GB ran for minutes at 2 GB of memory; the timeout fails that.
    assert_refused(import_file(db, path, group, timeout=30), "would unpack to 256 MB", "at most 25 MB")
    assert stored_names(capsys, db) == []


# ---------------------------------------------------------------- on the service


def preview(db, path: Path, group_id: int) -> importer.ImportPreview:
    with db.reading() as s:
        return importer.preview_import(s, path, group_id)


def do_import(db, path: Path, group_id: int, **kwargs) -> importer.ImportResult:
    with db.session() as s:
        return importer.import_members(s, importer.preview_import(s, path, group_id), group_id, **kwargs)


def refusal(db, path: Path, group_id: int) -> ServiceError:
    with pytest.raises(ServiceError) as exc:
        preview(db, path, group_id)
    return exc.value


def test_packed_over_100_to_1_is_refused_even_under_the_size_limit(db, group_ids, tmp_path):
    path = zip_bomb(tmp_path / "m.xlsx", 20)  # 20 MB: under the 25 MB limit, but packed 330:1
    error = refusal(db, path, group_ids["Brugere"])
    assert error.code == "import_xlsx_suspicious"
    assert "unpacks to" in str(error) and "does not open it" in str(error)


def test_a_stray_cell_far_below_the_list_stops_at_the_line_limit(db, group_ids, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Navn"])
    wb.active.append(["Anne Ager"])
    wb.active.cell(row=importer.MAX_LINES + 5, column=3, value="x")
    path = tmp_path / "m.xlsx"
    wb.save(path)
    error = refusal(db, path, group_ids["Brugere"])
    assert error.code == "import_too_many_lines"
    assert "more than 100,000 lines" in str(error)


def test_a_quote_that_runs_to_the_end_of_a_long_file_is_one_file_problem(db, group_ids, tmp_path):
    rows = "".join(f"Person {i};p{i}@example.dk;note\n" for i in range(6_000))
    path = write(tmp_path / "m.csv", 'Navn;E-mail;Noter\nAnne;anne@example.dk;"Ring\n' + rows)
    error = refusal(db, path, group_ids["Brugere"])
    assert error.code == "import_runaway_quote"
    assert "starts on line 2" in str(error) and "quotation mark" in str(error)


def test_workbook_cells_with_line_breaks_controls_and_overlong_names(db, group_ids, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Navn", "E-mail", "Organisation", "Noter"])
    ws.append(["Anne\nAger", "anne@example.dk", "", ""])
    ws.append(["Bo Bech", "bo@example.dk", "Rigshospitalet\nAfsnit 3", "Første linje\nAnden linje"])
    ws.append(["ESCAPED", "c@example.dk", "", ""])
    ws.append(["D" * 201, "d@example.dk", "", ""])
    ws.append(["Erik Enevold", "e@example.dk", "", "n" * 10_001])
    buf = io.BytesIO()
    wb.save(buf)
    path = tmp_path / "m.xlsx"
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():  # Excel writes control characters as _xHHHH_
            out.writestr(info, src.read(info.filename).replace(b"ESCAPED", b"Carl_x001B_[31m Cort"))

    p = preview(db, path, group_ids["Brugere"])
    assert [(r.line, [pr.code for pr in r.problems]) for r in p.rows] == [
        (2, ["import_line_break_in_name"]),
        (3, []),
        (4, ["import_hidden_character"]),
        (5, ["import_value_too_long"]),
        (6, ["import_value_too_long"]),
    ]
    assert p.rows[3].reason == "the value in column 'Navn' is 201 characters long; at most 200 fit"
    assert p.rows[2].data.name == "Carl<U+001B>[31m Cort"  # as the preview shows it
    bo = p.rows[1].data
    assert (bo.organisation, bo.notes) == ("Rigshospitalet Afsnit 3", "Første linje\nAnden linje")

    do_import(db, path, group_ids["Brugere"], skip_invalid=True)
    with db.reading() as s:
        assert [m.name for m in members.list_members(s, group_id=group_ids["Brugere"])] == ["Bo Bech"]


def test_a_multiline_note_without_separators_is_kept(db, group_ids, tmp_path):
    path = write(tmp_path / "m.csv", 'Navn;E-mail;Noter\nAnne;anne@example.dk;"Ring først\nhun er travl"\nBo;bo@example.dk;\n')
    p = preview(db, path, group_ids["Brugere"])
    assert p.invalid_rows == []
    assert p.rows[0].data.notes == "Ring først\nhun er travl"
    assert [r.line for r in p.rows] == [2, 4]


def test_a_windows_1252_file_with_one_utf8_line_names_that_line(db, group_ids, tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes(
        "Navn\r\nSøren Ærø\r\nBente Østergård\r\n".encode("cp1252") + "Åse Ørsted\r\n".encode() + "Ægir Å\r\n".encode("cp1252")
    )
    p = preview(db, path, group_ids["Brugere"])
    assert [r.data.name for r in p.valid_rows] == ["Søren Ærø", "Bente Østergård", "Ægir Å"]
    [odd] = p.invalid_rows
    assert (odd.line, odd.data.name, odd.problems[0].params["encoding"]) == (4, "Åse Ørsted", "UTF-8")


def test_an_undefined_windows_1252_byte_is_a_row_problem(db, group_ids, tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes(b"Navn\r\nS\xf8ren\r\nBad\x81Byte\r\n")
    p = preview(db, path, group_ids["Brugere"])
    assert [(r.line, r.problems[0].code if r.problems else None) for r in p.rows] == [
        (2, None), (3, "import_unreadable_character"),
    ]


def test_same_person_added_after_the_preview_is_caught_on_import(db, group_ids, tmp_path):
    path = write(tmp_path / "m.csv", "Navn;Organisation\nAnne Jensen;Rigshospitalet\n")
    p = preview(db, path, group_ids["Brugere"])
    assert p.invalid_rows == []
    with db.session() as s:
        members.add_member(s, members.MemberInput(name="Anne Jensen", group_id=group_ids["Brugere"]))
    with db.session() as s, pytest.raises(ValidationError) as exc:
        importer.import_members(s, p, group_ids["Brugere"])
    assert "already a member of Brugere as Anne Jensen" in str(exc.value)
    # In another group the same name is someone else (or a move the facilitator makes by hand).
    do_import(db, path, group_ids["Klinikere"])


def test_every_new_problem_has_its_own_gui_text(db, group_ids, tmp_path):
    """The dialog shows problem_text(): each new code must reach its translated text, not the fallback."""
    from tankapp.ui.common.texts import problem_text

    rows = [
        write(tmp_path / "a.csv", STRAY_QUOTE),
        write(tmp_path / "b.csv", "Navn;E-mail;Noter\nA\x1bB;;\nÃ…se;;\n" + "L" * 201 + ";;\nBo;;\nbo;;\n"),
        zip_bomb(tmp_path / "c.xlsx", 20),
    ]
    problems = []
    for path in rows:
        try:
            problems += [pr for r in preview(db, path, group_ids["Brugere"]).invalid_rows for pr in r.problems]
        except ServiceError as exc:
            problems.append(exc.problem)
    (tmp_path / "d.csv").write_bytes(b"Navn\r\nA\x00\r\n")
    problems.append(refusal(db, tmp_path / "d.csv", group_ids["Brugere"]).problem)
    codes = {p.code for p in problems}
    assert codes >= {
        "import_unclosed_quote", "import_hidden_character", "import_mojibake", "import_value_too_long",
        "import_same_person_in_file", "import_xlsx_suspicious", "import_nul_bytes",
    }
    for p in problems:
        text = problem_text(replace(p, message="FALLBACK"))  # what shows if the code or a placeholder is missing
        assert text != "FALLBACK" and "{" not in text, (p.code, text)
