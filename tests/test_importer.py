"""Importing members from CSV and .xlsx files (tankapp.services.members.importer and the CLI)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from tankapp import cli
from tankapp.domain.enums import RecruitedVia, Region, Sector
from tankapp.services.members import importer
from tankapp.services.members import registry as members
from tankapp.services.errors import NotFound, ServiceError, ValidationError
from tests.helpers import db_arg

INTERNATIONAL_NAMES = ["Zoë Ærø", "Łukasz Wójcik", "Şule Yılmaz", "Nguyễn Thị Hương", "Ægir Ørnsø"]


def write_csv(folder: Path, text: str, *, name: str = "members.csv", encoding: str = "utf-8", crlf: bool = True) -> Path:
    """Write ``text`` (rows separated by "\\n") as a file; CRLF line ends like Excel."""
    path = folder / name
    path.write_bytes((text.replace("\n", "\r\n") if crlf else text).encode(encoding))
    return path


def preview(db, path: Path, group_id: int) -> importer.ImportPreview:
    with db.session() as s:
        return importer.preview_import(s, path, group_id)


def do_import(db, path: Path, group_id: int, **kwargs) -> importer.ImportResult:
    with db.session() as s:
        p = importer.preview_import(s, path, group_id)
        return importer.import_members(s, p, group_id, **kwargs)


def group_members(db, group_id: int) -> list[members.MemberSummary]:
    with db.reading() as s:
        return members.list_members(s, group_id=group_id)


def names(db, group_id: int) -> list[str]:
    return sorted(m.name for m in group_members(db, group_id))


def add(db, name: str, email: str, group_id: int) -> None:
    with db.session() as s:
        members.add_member(s, members.MemberInput(name=name, email=email, group_id=group_id))


# ---------------------------------------------------------------- reading files


def test_danish_excel_csv_cp1252_semicolons(db, group_ids, tmp_path):
    path = write_csv(
        tmp_path,
        "Navn;E-mail;Tlf. nr.;Arbejdsplads;Stilling;Sektor;Region;Kommune;Rekrutteret via;"
        "Må navngives;Samtykke kontakt;Indtrådt;Bemærkninger;;\n"
        "Søren Ærlig Åberg;soren@hospital.dk;12 34 56 78;Rigshospitalet;Overlæge;Region;Region Hovedstaden;"
        "København;Danske Regioner;ja;x;01-03-2026;Kører bil;;\n"
        "Bente Østergård;bente@aalborg.dk;;Aalborg Kommune;Sygeplejerske;kommune;Nordjylland;Aalborg;KL;nej;;1.2.2026;;;\n",
        encoding="cp1252",
    )
    klinikere = group_ids["Klinikere"]

    result = do_import(db, path, klinikere)

    assert result == importer.ImportResult(imported=2, skipped=0)
    by_name = {m.name: m for m in group_members(db, klinikere)}
    assert sorted(by_name) == ["Bente Østergård", "Søren Ærlig Åberg"]
    soren = by_name["Søren Ærlig Åberg"]
    assert soren.email == "soren@hospital.dk"
    assert soren.phone == "12 34 56 78"
    assert soren.organisation == "Rigshospitalet"
    assert soren.job_title == "Overlæge"
    assert soren.sector is Sector.REGION
    assert soren.region is Region.HOVEDSTADEN
    assert soren.municipality == "København"
    assert soren.recruited_via is RecruitedVia.DANSKE_REGIONER
    assert soren.consent_named and soren.consent_contact
    assert soren.joined_on == dt.date(2026, 3, 1)
    bente = by_name["Bente Østergård"]
    assert bente.sector is Sector.MUNICIPALITY and bente.region is Region.NORDJYLLAND
    assert bente.recruited_via is RecruitedVia.KL
    assert not bente.consent_named and not bente.consent_contact
    assert bente.joined_on == dt.date(2026, 2, 1)


def test_utf8_bom_file_keeps_international_names_exactly(db, group_ids, tmp_path):
    rows = "".join(f"{n};person{i}@example.org\n" for i, n in enumerate(INTERNATIONAL_NAMES))
    path = write_csv(tmp_path, "Navn;E-mail\n" + rows, encoding="utf-8-sig")

    p = preview(db, path, group_ids["Forskere"])
    assert p.columns == {"Navn": "name", "E-mail": "email"}  # the BOM is not part of the header
    assert [r.data.name for r in p.rows] == INTERNATIONAL_NAMES

    do_import(db, path, group_ids["Forskere"])
    assert names(db, group_ids["Forskere"]) == sorted(INTERNATIONAL_NAMES)


def test_utf8_without_bom_and_unix_line_ends(db, group_ids, tmp_path):
    path = write_csv(tmp_path, "Navn;Mail\nŁukasz Wójcik;lw@example.pl\n", crlf=False)
    do_import(db, path, group_ids["Ledere"])
    assert names(db, group_ids["Ledere"]) == ["Łukasz Wójcik"]


def test_comma_separated_file_with_english_headers(db, group_ids, tmp_path):
    path = write_csv(
        tmp_path,
        "Full name,Email address,Mobile,Employer,Job title,Sector,Region,Municipality,Recruited by,"
        "May be named,May be contacted,Joined,Comments\n"
        'Anna Smith,anna@example.com,+45 11 22 33 44,"Odense University Hospital, OUH",Nurse,'
        "general practice,Southern Denmark,Odense,ViBIS (netværk),yes,no,2026-01-15,\"Said \"\"yes\"\" at once\"\n",
    )
    p = preview(db, path, group_ids["Brugere"])
    assert set(p.columns.values()) == {
        "name", "email", "phone", "organisation", "job_title", "sector", "region",
        "municipality", "recruited_via", "consent_named", "consent_contact", "joined_on", "notes",
    }
    assert p.ignored_columns == []

    do_import(db, path, group_ids["Brugere"])
    [anna] = group_members(db, group_ids["Brugere"])
    assert anna.name == "Anna Smith"
    assert anna.organisation == "Odense University Hospital, OUH"
    assert anna.phone == "+45 11 22 33 44"
    assert anna.sector is Sector.GENERAL_PRACTICE
    assert anna.region is Region.SYDDANMARK
    assert anna.recruited_via is RecruitedVia.VIBIS
    assert anna.consent_named and not anna.consent_contact
    assert anna.joined_on == dt.date(2026, 1, 15)
    with db.reading() as s:
        assert members.get_member(s, anna.id).notes == 'Said "yes" at once'


def test_tab_separated_text_file(db, group_ids, tmp_path):
    path = write_csv(tmp_path, "Name\tE-mail\tTitle\nZoë Ærø\tzoe@example.dk\tChief, nursing; acute\n", name="m.txt")
    do_import(db, path, group_ids["Ledere"])
    [zoe] = group_members(db, group_ids["Ledere"])
    assert (zoe.name, zoe.email, zoe.job_title) == ("Zoë Ærø", "zoe@example.dk", "Chief, nursing; acute")


def test_excel_unicode_text_utf16_tabs(db, group_ids, tmp_path):
    path = write_csv(tmp_path, "Navn\tE-mail\nŞule Yılmaz\tsule@example.tr\n", name="m.txt", encoding="utf-16")
    do_import(db, path, group_ids["Forskere"])
    assert names(db, group_ids["Forskere"]) == ["Şule Yılmaz"]


def test_excel_sep_line_sets_the_delimiter_and_counts_as_a_line(db, group_ids, tmp_path):
    path = write_csv(tmp_path, "sep=,\nNavn,E-mail\nHansen; Jens,jens@\n", encoding="cp1252")
    p = preview(db, path, group_ids["Klinikere"])
    assert [(r.line, r.data.name, r.reason) for r in p.rows] == [
        (3, "Hansen; Jens", "'jens@' is not a valid e-mail address")
    ]


def test_workbook_saved_with_a_csv_name_is_read_as_a_workbook(db, group_ids, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Navn"])
    wb.active.append(["Ægir Ørnsø"])
    path = tmp_path / "members.csv"
    wb.save(path)
    do_import(db, path, group_ids["Brugere"])
    assert names(db, group_ids["Brugere"]) == ["Ægir Ørnsø"]


def test_quoted_semicolons_quotes_and_newlines_keep_line_numbers(db, group_ids, tmp_path):
    path = write_csv(
        tmp_path,
        "Navn;E-mail;Noter\n"
        '"Hansen; Jens";jens@example.dk;"Første linje\nAnden linje med ""citat"""\n'
        "\n"
        "Mette;mette@;\n"
        "Ole;ole@example.dk;\n",
        encoding="cp1252",
    )
    p = preview(db, path, group_ids["Klinikere"])

    # Jens's record starts on line 2 and ends on line 3; line 4 is blank.
    assert [(r.line, r.data.name) for r in p.rows] == [(2, "Hansen; Jens"), (5, "Mette"), (6, "Ole")]
    assert p.rows[0].data.notes == 'Første linje\nAnden linje med "citat"'
    assert [(r.line, r.reason) for r in p.invalid_rows] == [(5, "'mette@' is not a valid e-mail address")]


def test_first_and_last_name_columns_are_joined(db, group_ids, tmp_path):
    path = write_csv(
        tmp_path,
        "Fornavn;Efternavn;E-mail\nNguyễn Thị;Hương;huong@example.vn\nŞule;Yılmaz;sule@example.tr\n",
        encoding="utf-8-sig",
    )
    p = preview(db, path, group_ids["Brugere"])
    assert p.columns == {"Fornavn": "first_name", "Efternavn": "last_name", "E-mail": "email"}
    assert p.rows[0].values["name"] == "Nguyễn Thị Hương"

    do_import(db, path, group_ids["Brugere"])
    assert names(db, group_ids["Brugere"]) == ["Nguyễn Thị Hương", "Şule Yılmaz"]


def test_unknown_columns_are_ignored_and_reported(db, group_ids, tmp_path):
    path = write_csv(tmp_path, "Nr.;Navn;Skostørrelse;E-mail;Mail\n1;Ida;38;ida@example.dk;other@example.dk\n")
    p = preview(db, path, group_ids["Klinikere"])
    assert p.columns == {"Navn": "name", "E-mail": "email"}
    assert p.ignored_columns == ["Nr.", "Skostørrelse", "Mail"]  # a second e-mail column is not used
    assert p.rows[0].data.email == "ida@example.dk"


def test_title_row_above_header_and_numbered_empty_rows(db, group_ids, tmp_path):
    path = write_csv(tmp_path, "Medlemmer af Klinikere\n\nNr.;Navn;E-mail\n1;Ida;ida@example.dk\n2;;\n3;;\n")
    p = preview(db, path, group_ids["Klinikere"])
    assert [(r.line, r.data.name) for r in p.rows] == [(4, "Ida")]
    assert p.invalid_rows == []


def test_xlsx_with_numeric_phone_and_date_cells(db, group_ids, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Navn", "Telefon", "E-mail", "Indtrådt", "Må kontaktes", "Region"])
    ws.append(["Ægir Ørnsø", 12345678, "aegir@example.dk", dt.datetime(2026, 3, 1), "Ja", "Capital Region of Denmark"])
    ws.append([None, None, None, None, None, None])  # an empty row is skipped
    ws.append(["Łukasz Wójcik", 87654321.0, None, dt.date(2026, 4, 2), 1, "Midtjylland"])
    ws.append(["Broken Date", None, None, "31.02.2026", None, None])
    path = tmp_path / "members.xlsx"
    wb.save(path)

    p = preview(db, path, group_ids["Ledere"])
    assert [r.line for r in p.rows] == [2, 4, 5]  # sheet row numbers
    assert p.rows[0].values["phone"] == "12345678"
    assert p.rows[1].values["phone"] == "87654321"
    assert [(r.line, r.reason) for r in p.invalid_rows] == [
        (5, "'31.02.2026' in column 'Indtrådt' is not a date (write it as YYYY-MM-DD or DD-MM-YYYY)")
    ]

    result = do_import(db, path, group_ids["Ledere"], skip_invalid=True)
    assert result == importer.ImportResult(imported=2, skipped=1)
    by_name = {m.name: m for m in group_members(db, group_ids["Ledere"])}
    assert sorted(by_name) == ["Ægir Ørnsø", "Łukasz Wójcik"]
    assert by_name["Ægir Ørnsø"].phone == "12345678"
    assert by_name["Ægir Ørnsø"].joined_on == dt.date(2026, 3, 1)
    assert by_name["Ægir Ørnsø"].region is Region.HOVEDSTADEN
    assert by_name["Łukasz Wójcik"].phone == "87654321"
    assert by_name["Łukasz Wójcik"].joined_on == dt.date(2026, 4, 2)
    assert by_name["Łukasz Wójcik"].consent_contact is True


# ---------------------------------------------------------------- row problems


BAD_FILE = (
    "Navn;E-mail;Sektor\n"
    "Anne Ager;anne@example.dk;forskning\n"
    ";nobody@example.dk;\n"
    "Carl Cort;carl@;andet\n"
    "Dorte Dahl;dorte@example.dk;\n"
)


def test_preview_lists_bad_rows_with_line_numbers_and_reasons(db, group_ids, tmp_path):
    path = write_csv(tmp_path, BAD_FILE)
    p = preview(db, path, group_ids["Klinikere"])
    assert len(p.rows) == 4
    assert [r.data.name for r in p.valid_rows] == ["Anne Ager", "Dorte Dahl"]
    assert [(r.line, r.reason) for r in p.invalid_rows] == [
        (3, "name is missing"),
        (4, "'carl@' is not a valid e-mail address"),
    ]
    assert [p.code for p in p.invalid_rows[0].problems] == ["name_required"]
    assert names(db, group_ids["Klinikere"]) == []  # a preview writes nothing


def test_invalid_rows_refuse_the_whole_file_by_default(db, group_ids, tmp_path):
    path = write_csv(tmp_path, BAD_FILE)
    with pytest.raises(ValidationError) as exc:
        do_import(db, path, group_ids["Klinikere"])
    assert [p.message for p in exc.value.problems] == [
        "line 3: name is missing",
        "line 4: 'carl@' is not a valid e-mail address",
    ]
    assert names(db, group_ids["Klinikere"]) == []


def test_skip_invalid_imports_only_the_valid_rows(db, group_ids, tmp_path):
    path = write_csv(tmp_path, BAD_FILE)
    result = do_import(db, path, group_ids["Klinikere"], skip_invalid=True)
    assert result == importer.ImportResult(imported=2, skipped=2)
    assert names(db, group_ids["Klinikere"]) == ["Anne Ager", "Dorte Dahl"]
    assert {m.group for m in group_members(db, group_ids["Klinikere"])} == {"Klinikere"}


def test_same_email_twice_in_the_file_ignoring_case(db, group_ids, tmp_path):
    path = write_csv(
        tmp_path,
        "Navn;E-mail\nÆse;æse@example.dk\nBo;bo@example.dk\nÅse Anden;ÆSE@Example.dk\n",
        encoding="utf-8-sig",
    )
    p = preview(db, path, group_ids["Brugere"])
    assert [(r.line, r.reason) for r in p.invalid_rows] == [(4, "same e-mail address as line 2")]

    do_import(db, path, group_ids["Brugere"], skip_invalid=True)
    assert names(db, group_ids["Brugere"]) == ["Bo", "Æse"]


def test_email_already_used_by_a_member_names_the_owner(db, group_ids, tmp_path):
    add(db, "Karen Kant", "karen@example.dk", group_ids["Forskere"])
    path = write_csv(tmp_path, "Navn;E-mail\nKaren K.;KAREN@example.dk\nLis;lis@example.dk\n")

    p = preview(db, path, group_ids["Klinikere"])
    assert [(r.line, r.reason) for r in p.invalid_rows] == [
        (2, "e-mail address KAREN@example.dk is already used by Karen Kant (Forskere)")
    ]
    with pytest.raises(ValidationError):
        do_import(db, path, group_ids["Klinikere"])
    assert names(db, group_ids["Klinikere"]) == []


def test_import_checks_again_against_the_database_as_it_is_now(db, group_ids, tmp_path):
    path = write_csv(tmp_path, "Navn;E-mail\nNy Person;ny@example.dk\n")
    p = preview(db, path, group_ids["Klinikere"])
    assert p.invalid_rows == []
    add(db, "Tidligere Tilføjet", "NY@example.dk", group_ids["Ledere"])  # someone else, meanwhile

    with db.session() as s, pytest.raises(ValidationError) as exc:
        importer.import_members(s, p, group_ids["Klinikere"])
    assert "already used by Tidligere Tilføjet (Ledere)" in str(exc.value)
    assert names(db, group_ids["Klinikere"]) == []
    assert p.invalid_rows == []  # the preview itself is left as it was


def test_bad_boolean_date_and_choice_values_name_the_column(db, group_ids, tmp_path):
    path = write_csv(
        tmp_path,
        "Navn;Må navngives;Indtrådt;Sektor;Region;Rekrutteret via\n"
        "Eva;måske;2026-13-01;hospital;Skåne;LinkedIn\n"
        "Finn;Ja;15/01/2026;Patientforening;region sjælland;Andet\n",
        encoding="cp1252",
    )
    p = preview(db, path, group_ids["Brugere"])
    [eva] = p.invalid_rows
    assert eva.line == 2
    assert [(pr.code, pr.field, pr.params["column"], pr.params["value"]) for pr in eva.problems] == [
        ("import_bad_boolean", "consent_named", "Må navngives", "måske"),
        ("import_bad_date", "joined_on", "Indtrådt", "2026-13-01"),
        ("import_bad_choice", "sector", "Sektor", "hospital"),
        ("import_bad_choice", "region", "Region", "Skåne"),
        ("import_bad_choice", "recruited_via", "Rekrutteret via", "LinkedIn"),
    ]
    assert eva.reason.startswith("'måske' in column 'Må navngives' is not yes or no (write ja or nej); ")
    assert "\n" not in eva.reason

    do_import(db, path, group_ids["Brugere"], skip_invalid=True)
    [finn] = group_members(db, group_ids["Brugere"])
    assert finn.name == "Finn"
    assert finn.consent_named and finn.joined_on == dt.date(2026, 1, 15)
    assert finn.sector is Sector.PATIENT_ORGANISATION and finn.region is Region.SJAELLAND
    assert finn.recruited_via is RecruitedVia.OTHER


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Region Hovedstaden", Region.HOVEDSTADEN), ("hovedstaden", Region.HOVEDSTADEN),
     ("Zealand", Region.SJAELLAND), ("Region Zealand", Region.SJAELLAND), ("SYDDANMARK", Region.SYDDANMARK),
     ("Region of Southern Denmark", Region.SYDDANMARK), ("Central Denmark Region", Region.MIDTJYLLAND),
     ("North Denmark Region", Region.NORDJYLLAND), ("Region Nordjylland", Region.NORDJYLLAND)],
)
def test_region_names_in_danish_and_english(text, expected):
    assert importer.parse_region(text) is expected


@pytest.mark.parametrize("text", ["ja", "JA", "j", "x", "X", "yes", "Y", "true", "TRUE", "sand", "1"])
def test_yes_values(text):
    assert importer.parse_bool(text) is True


@pytest.mark.parametrize("text", ["nej", "n", "no", "false", "falsk", "0", "", "  "])
def test_no_values(text):
    assert importer.parse_bool(text) is False


@pytest.mark.parametrize("text", ["2026-03-01", "01-03-2026", "01.03.2026", "01/03/2026", "1.3.2026"])
def test_date_formats(text):
    assert importer.parse_date(text) == dt.date(2026, 3, 1)


# ---------------------------------------------------------------- problems with the file


@pytest.mark.parametrize(
    ("filename", "content", "code", "words"),
    [
        ("members.pdf", b"%PDF-1.4", "import_unsupported_type", ".xlsx"),
        ("members.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "import_xls_unsupported", "save it as .xlsx or CSV"),
        ("members.csv", b"", "import_empty_file", "is empty"),
        ("members.csv", b"\xef\xbb\xbf\r\n;;;\r\n", "import_empty_file", "is empty"),
        ("members.csv", "E-mail;Telefon\r\na@b.dk;1\r\n".encode(), "import_no_name_column", "'E-mail', 'Telefon'"),
        ("members.csv", b"Navn;E-mail\r\n", "import_no_rows", "no members"),
        ("members.xlsx", b"PK\x03\x04 not really a zip", "import_corrupt_xlsx", "not a readable Excel workbook"),
        ("members.xlsx", b"Navn;E-mail\r\n", "import_corrupt_xlsx", "not a readable Excel workbook"),
    ],
)
def test_unusable_files_are_refused_with_a_clear_message(db, group_ids, tmp_path, filename, content, code, words):
    path = tmp_path / filename
    path.write_bytes(content)
    with pytest.raises(ServiceError) as exc:
        preview(db, path, group_ids["Klinikere"])
    assert exc.value.code == code
    assert words in str(exc.value)
    assert filename in str(exc.value)


def test_unknown_group_id_is_refused(db, group_ids, tmp_path):
    path = write_csv(tmp_path, "Navn\nAnne Ager\n")
    with pytest.raises(NotFound):
        preview(db, path, 9999)
    p = preview(db, path, group_ids["Klinikere"])
    with db.session() as s, pytest.raises(NotFound):
        importer.import_members(s, p, 9999)
    assert all(names(db, g) == [] for g in group_ids.values())


def test_missing_file(db, group_ids, tmp_path):
    with pytest.raises(ServiceError) as exc:
        preview(db, tmp_path / "nowhere.csv", group_ids["Klinikere"])
    assert exc.value.code == "import_file_missing"
    assert "does not exist" in str(exc.value)


# ---------------------------------------------------------------- the command line


def run_cli(db, *args: str) -> int:
    return cli.main(["--db", str(db_arg(db)), "import-members", *args])


def test_cli_refuses_a_file_with_invalid_rows(db, group_ids, tmp_path, capsys):
    path = write_csv(tmp_path, BAD_FILE)
    assert run_cli(db, str(path), "--group", "Klinikere") == 1
    err = capsys.readouterr().err.splitlines()
    assert err[:2] == ["line 3: name is missing", "line 4: 'carl@' is not a valid e-mail address"]
    assert "nothing imported" in err[2]
    assert names(db, group_ids["Klinikere"]) == []


def test_cli_skip_invalid_imports_the_valid_rows(db, group_ids, tmp_path, capsys):
    path = write_csv(tmp_path, BAD_FILE)
    assert run_cli(db, str(path), "--group", "klinikere", "--skip-invalid") == 0
    out = capsys.readouterr()
    assert "Imported 2 members into Klinikere" in out.out
    assert "line 3: name is missing" in out.err
    assert names(db, group_ids["Klinikere"]) == ["Anne Ager", "Dorte Dahl"]


def test_cli_dry_run_changes_nothing(db, group_ids, tmp_path, capsys):
    path = write_csv(tmp_path, "Navn;E-mail\nAnne Ager;anne@example.dk\n")
    assert run_cli(db, str(path), "--group", "Klinikere", "--dry-run") == 0
    assert "Dry run: 1 member would be imported into Klinikere" in capsys.readouterr().out
    assert names(db, group_ids["Klinikere"]) == []


def test_cli_unknown_group(db, group_ids, tmp_path, capsys):
    path = write_csv(tmp_path, "Navn\nAnne Ager\n")
    assert run_cli(db, str(path), "--group", "Astronauter") == 1
    err = capsys.readouterr().err
    assert "There is no group named 'Astronauter'" in err
    assert all(names(db, g) == [] for g in group_ids.values())


def test_cli_file_problem_is_one_line(db, group_ids, tmp_path, capsys):
    assert run_cli(db, str(tmp_path / "members.xls"), "--group", "Klinikere") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "save it as .xlsx or CSV" in err


def test_cli_imports_a_danish_excel_file(db, group_ids, tmp_path, capsys):
    path = write_csv(tmp_path, "Navn;E-mail\nSøren Ærlig Åberg;soren@example.dk\n", encoding="cp1252")
    assert run_cli(db, str(path), "--group", "Klinikere") == 0
    assert "Imported 1 member into Klinikere" in capsys.readouterr().out
    assert names(db, group_ids["Klinikere"]) == ["Søren Ærlig Åberg"]
