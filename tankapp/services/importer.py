"""Importing members into an expert group from a spreadsheet file.

Two steps, so that a person sees what will happen before anything changes:

1. :func:`preview_import` reads the file and checks every row. Nothing is
   written. The preview tells which file columns were recognised, which were
   ignored, and for every row its line number, its values and, if it cannot be
   imported, why.
2. :func:`import_members` checks the rows again inside the caller's session
   (the database may have changed since the preview) and adds them all, or
   adds nothing and raises :class:`ValidationError` if any row is invalid. With
   ``skip_invalid=True`` it adds only the valid rows.

Files (see :func:`read_table`)
    ``.csv`` and ``.txt`` as Excel and other programs write them: separated by
    semicolons (Danish Excel), commas or tabs, detected from the header line;
    encoded as UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode
    text") or else Windows-1252. ``.xlsx`` is read with openpyxl (first sheet,
    cached formula results). Line numbers are those a person sees in Excel or
    a text editor: the header is normally line 1, a record spanning several
    lines (a quoted line break) has the line where it starts, blank lines are
    skipped but counted. Anything wrong with the file itself (missing, not a
    supported type, empty, no name column, corrupt) raises
    :class:`ServiceError` with an ``import_*`` code.

Columns (see :data:`COLUMN_ALIASES`)
    Headers are matched in Danish or English ignoring case, spaces and
    punctuation ("E-mail", "e mail" and "EMAIL" are the same). The header is
    the first non-blank row that has a name column (a title row above it is
    skipped). A name comes from a name column, or else from first-name and
    last-name columns joined by a space. Unrecognised columns are ignored and
    listed in :attr:`ImportPreview.ignored_columns`; when two columns mean the
    same field, the first one counts and the other is ignored. A row with
    nothing in the recognised columns (e.g. only a pre-filled row number) is
    skipped like a blank row.

Values
    All text is trimmed. Yes/no columns take ja/nej, j/n, x, yes/no, y,
    true/false, sand/falsk, 1/0 (empty means no). Dates take YYYY-MM-DD,
    DD-MM-YYYY, DD.MM.YYYY and DD/MM/YYYY (day and month may have one digit).
    Sector, region and "recruited via" take Danish or English names. A value
    that cannot be read is a problem of that row, naming the column and value.

Rows
    Besides unreadable values, a row is invalid when
    :func:`~tankapp.services.members.validate_fields` refuses it (no name, a
    malformed e-mail address), when its e-mail address already belongs to a
    member, or when an earlier row of the file has the same address (compared
    case-insensitively with ``casefold``, so "Æ" and "æ" match).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import enum
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from tankapp.domain import ExpertGroup, Member
from tankapp.domain.enums import RecruitedVia, Region, Sector
from tankapp.services.errors import Problem, ServiceError, ValidationError, problem
from tankapp.services.groups import get_group
from tankapp.services.members import MemberInput, validate_fields

SUPPORTED_SUFFIXES = (".csv", ".txt", ".xlsx")

# How far down the file the header row may be (counting non-blank rows).
HEADER_SEARCH_ROWS = 20

_ZIP_MAGIC = b"PK\x03\x04"  # .xlsx is a zip file
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, or a password-protected .xlsx

# Pseudo-fields: parts of the name, joined into MemberInput.name.
FIRST_NAME, LAST_NAME = "first_name", "last_name"

# Field name -> the column headers that mean it (Danish and English). Matched
# with :func:`header_key`, so case, spaces and punctuation do not matter.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("navn", "fulde navn", "fuldt navn", "fuldenavn", "name", "full name"),
    FIRST_NAME: ("fornavn", "fornavne", "first name", "given name"),
    LAST_NAME: ("efternavn", "last name", "surname", "family name"),
    "email": (
        "e-mail", "email", "mail", "e-mailadresse", "emailadresse", "mailadresse",
        "email address", "e-mail address",
    ),
    "phone": (
        "telefon", "tlf", "tlf. nr.", "tlf.nr", "telefonnr", "telefonnummer", "mobil", "mobilnr",
        "mobilnummer", "phone", "phone number", "telephone", "mobile", "mobile phone",
    ),
    "organisation": ("organisation", "organization", "arbejdsplads", "arbejdsgiver", "institution", "employer"),
    "job_title": ("stilling", "stillingsbetegnelse", "jobtitel", "titel", "job title", "title", "position"),
    "sector": ("sektor", "sector"),
    "region": ("region",),
    "municipality": ("kommune", "municipality"),
    "recruited_via": ("rekrutteret via", "rekrutteret gennem", "recruited via", "recruited by", "recruited through"),
    "consent_named": (
        "samtykke navngivning", "samtykke til navngivning", "må navngives", "consent named",
        "consent to be named", "may be named",
    ),
    "consent_contact": (
        "samtykke kontakt", "samtykke til kontakt", "må kontaktes", "consent contact",
        "consent to be contacted", "may be contacted",
    ),
    "criterion_engaged": ("engageret", "personligt engageret", "engaged", "personally engaged"),
    "criterion_change_agent": ("forandringsagent", "change agent"),
    "joined_on": ("indtrådt", "startdato", "tilmeldt", "joined", "joined on", "start date"),
    "notes": ("noter", "note", "bemærkninger", "bemærkning", "kommentarer", "notes", "comments", "comment"),
}


def header_key(text: str) -> str:
    """The form in which headers and choice values are compared.

    Unicode-normalised (NFKC), case-folded, with everything but letters and
    digits removed: "Tlf. nr." -> "tlfnr", "E-mail" -> "email".
    """
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


_FIELD_BY_HEADER: dict[str, str] = {
    header_key(alias): name for name, aliases in COLUMN_ALIASES.items() for alias in aliases
}
_NAME_FIELDS = ("name", FIRST_NAME, LAST_NAME)


# ---------------------------------------------------------------- results


@dataclass
class ImportRow:
    """One data row of the file as it would be imported."""

    line: int
    """Line (CSV) or sheet row (xlsx) where the row starts, as a person sees it."""
    data: MemberInput
    values: dict[str, str]
    """Trimmed text per recognised field (plus ``name`` when built from its parts)."""
    problems: list[Problem] = field(default_factory=list)
    value_problems: list[Problem] = field(default_factory=list)
    """The problems found while reading the text (kept for the re-check on import)."""

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def reason(self) -> str:
        """All problems as one line, e.g. "name is missing; 'foo@' is not a valid e-mail address"."""
        return "; ".join(_clause(p.message) for p in self.problems)


@dataclass
class ImportPreview:
    """What :func:`preview_import` found in a file; nothing has been written."""

    path: Path
    columns: dict[str, str]
    """Recognised column header (as written in the file) -> field name."""
    ignored_columns: list[str]
    """Column headers that were not recognised (or repeat a field)."""
    rows: list[ImportRow]

    @property
    def valid_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.valid]

    @property
    def invalid_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.valid]


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int


# ---------------------------------------------------------------- public API


def preview_import(s: Session, path: Path, group_id: int) -> ImportPreview:
    """Read ``path`` and check every row for an import into group ``group_id``.

    Raises :class:`ServiceError` if the file itself cannot be used and
    :class:`~tankapp.services.errors.NotFound` if the group does not exist.
    """
    get_group(s, group_id)
    path = Path(path)
    table = [(line, cells) for line, cells in read_table(path) if any(cells)]
    if not table:
        raise _file_error("import_empty_file", f"{path.name} is empty.", path)
    header_index = _find_header(table)
    if header_index is None:
        _, first = table[0]
        found = ", ".join(f"'{c}'" for c in first if c) or "nothing"
        raise _file_error(
            "import_no_name_column",
            f"No column of {path.name} is recognised as the members' names: use a column called "
            f"'Navn' (or 'Name'), or 'Fornavn' and 'Efternavn'. The first row holds {found}.",
            path,
        )
    _, header = table[header_index]
    positions, ignored = _map_columns(header)
    rows = [
        _read_row(line, cells, positions, header, group_id)
        for line, cells in table[header_index + 1 :]
        if any(i < len(cells) and cells[i] for i in positions)
    ]
    if not rows:
        raise _file_error("import_no_rows", f"{path.name} has a header row but no members below it.", path)
    _check_rows(s, rows)
    columns = {header[i]: name for i, name in positions.items()}
    return ImportPreview(path=path, columns=columns, ignored_columns=ignored, rows=rows)


def import_members(
    s: Session, preview: ImportPreview, group_id: int, *, skip_invalid: bool = False
) -> ImportResult:
    """Add the previewed members to group ``group_id`` in the session ``s``.

    Every row is checked again first, against the database as it is now. If a
    row is invalid, nothing is added and :class:`ValidationError` is raised
    (one problem per invalid row, "line N: reason"), unless ``skip_invalid``
    is true: then only the valid rows are added. ``preview`` is not changed.
    """
    get_group(s, group_id)
    rows = [replace(r, data=replace(r.data, group_id=group_id)) for r in preview.rows]
    _check_rows(s, rows)
    invalid = [r for r in rows if not r.valid]
    if invalid and not skip_invalid:
        raise ValidationError(
            [
                problem("import_row_invalid", f"line {r.line}: {r.reason}", line=r.line, problems=r.problems)
                for r in invalid
            ]
        )
    new = [Member(**asdict(r.data)) for r in rows if r.valid]
    s.add_all(new)
    s.flush()
    return ImportResult(imported=len(new), skipped=len(invalid))


# ---------------------------------------------------------------- reading files


def read_table(path: Path) -> list[tuple[int, list[str]]]:
    """Every row of the file as ``(line number, cell texts)``, blank rows included.

    The file type is chosen by its extension, but a zip (an .xlsx) is read as
    a workbook whatever its name.
    """
    suffix = path.suffix.casefold()
    if suffix == ".xls":
        raise _file_error(
            "import_xls_unsupported",
            f"{path.name} is in the old Excel format (.xls); save it as .xlsx or CSV and import that.",
            path,
        )
    if suffix not in SUPPORTED_SUFFIXES:
        raise _file_error(
            "import_unsupported_type",
            f"{path.name} is not a file tankapp can import; use a CSV file (.csv or .txt) or an Excel workbook (.xlsx).",
            path,
        )
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _file_error("import_file_missing", f"The file {path} does not exist.", path) from None
    except IsADirectoryError:
        raise _file_error("import_file_unreadable", f"{path} is a folder, not a file.", path) from None
    except OSError as exc:
        raise _file_error(
            "import_file_unreadable",
            f"Cannot read {path}: {exc.strerror or exc} (is it open in another program?).",
            path,
        ) from None
    if not raw.strip():
        raise _file_error("import_empty_file", f"{path.name} is empty.", path)
    if raw.startswith(_ZIP_MAGIC):
        return _read_xlsx(raw, path)
    if raw.startswith(_OLE_MAGIC):
        raise _file_error(
            "import_xls_unsupported",
            f"{path.name} is an old-format (.xls) or password-protected Excel file; "
            "save it as .xlsx (without a password) or CSV and import that.",
            path,
        )
    if suffix == ".xlsx":
        raise _file_error("import_corrupt_xlsx", f"{path.name} is not a readable Excel workbook (.xlsx).", path)
    return _read_csv(_decode(raw), path)


def _decode(raw: bytes) -> str:
    """UTF-16 if it has a BOM, else strict UTF-8 (BOM optional), else Windows-1252."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # The five bytes cp1252 leaves undefined never occur in real text.
        return raw.decode("cp1252", errors="replace")


_SEP_LINE = re.compile(r'\A"?sep=(.)"?[ \t]*(?:\r\n|\r|\n|\Z)', re.IGNORECASE)
_DELIMITERS = ";,\t"  # in order of preference when the header line has a tie


def _read_csv(text: str, path: Path) -> list[tuple[int, list[str]]]:
    """Parse delimited text; the delimiter comes from an Excel ``sep=`` line or the header."""
    first_line = 1
    sep = _SEP_LINE.match(text)
    if sep:
        delimiter = sep.group(1)
        text = text[sep.end() :]
        first_line = 2
    else:
        delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[tuple[int, list[str]]] = []
    start = first_line
    try:
        for record in reader:
            rows.append((start, [_one_newline_style(c).strip() for c in record]))
            start = first_line + reader.line_num
    except csv.Error as exc:
        raise _file_error(
            "import_file_unreadable", f"{path.name} cannot be read as CSV near line {start}: {exc}.", path
        ) from None
    return rows


def _sniff_delimiter(text: str) -> str:
    """The most frequent of ``;``, ``,`` and TAB outside quotes on the first non-blank line."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    in_quotes = seen_text = False
    for ch in text:
        if ch == '"':
            in_quotes = not in_quotes
        elif in_quotes:
            continue
        elif ch in "\r\n":
            if seen_text:
                break
        elif ch in counts:
            counts[ch] += 1
        elif not ch.isspace():
            seen_text = True
    return max(_DELIMITERS, key=counts.__getitem__)


def _one_newline_style(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_xlsx(raw: bytes, path: Path) -> list[tuple[int, list[str]]]:
    """The first worksheet, as the text a person sees; row numbers are the sheet's."""
    import openpyxl  # imported here: only needed for workbooks

    try:
        wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds (zip, XML, key, value errors) for a broken file
        raise _file_error("import_corrupt_xlsx", f"{path.name} is not a readable Excel workbook (.xlsx).", path) from None
    try:
        if not wb.worksheets:
            raise _file_error("import_empty_file", f"{path.name} has no worksheet.", path)
        sheet = wb.worksheets[0]
        sheet.reset_dimensions()  # do not trust the stored size; some programs write it wrong
        values = [list(row) for row in sheet.iter_rows(values_only=True)]
    except ServiceError:
        raise
    except Exception:
        raise _file_error("import_corrupt_xlsx", f"{path.name} is a damaged Excel workbook.", path) from None
    finally:
        wb.close()
    # iter_rows fills gaps from row 1, so the position is the sheet row number.
    return [(n, [_cell_text(v) for v in row]) for n, row in enumerate(values, start=1)]


def _cell_text(value: Any) -> str:
    """A workbook cell as text: 12345678.0 -> "12345678", a date -> "2024-03-01"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return _one_newline_style(str(value)).strip()


# ---------------------------------------------------------------- columns


def _find_header(table: list[tuple[int, list[str]]]) -> int | None:
    """Index of the first row (of the first few) that has a name column."""
    for i, (_, cells) in enumerate(table[:HEADER_SEARCH_ROWS]):
        if any(_FIELD_BY_HEADER.get(header_key(c)) in _NAME_FIELDS for c in cells):
            return i
    return None


def _map_columns(header: list[str]) -> tuple[dict[int, str], list[str]]:
    """(cell position -> field, ignored header texts); the first column of a field wins."""
    positions: dict[int, str] = {}
    ignored: list[str] = []
    for i, text in enumerate(header):
        if not text:
            continue
        name = _FIELD_BY_HEADER.get(header_key(text))
        if name is None or name in positions.values():
            ignored.append(text)
        else:
            positions[i] = name
    return positions, ignored


# ---------------------------------------------------------------- values


class _BadValue(ValueError):
    """A cell that cannot be read; ``explanation`` follows "'value' in column 'X'"."""

    def __init__(self, code: str, explanation: str):
        super().__init__(explanation)
        self.code = code
        self.explanation = explanation


_TRUE = {"ja", "j", "x", "yes", "y", "true", "sand", "1", "✓", "✔"}
_FALSE = {"nej", "n", "no", "false", "falsk", "0"}


def parse_bool(text: str) -> bool:
    """ja/nej, j/n, x, yes/no, y, true/false, sand/falsk, 1/0; empty is no."""
    key = text.strip().casefold()
    if not key or key in _FALSE:
        return False
    if key in _TRUE:
        return True
    raise _BadValue("import_bad_boolean", "is not yes or no (write ja or nej)")


_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y")


def parse_date(text: str) -> dt.date:
    """YYYY-MM-DD, DD-MM-YYYY, DD.MM.YYYY or DD/MM/YYYY (also with one-digit day/month)."""
    text = text.strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    try:  # "2024-03-01 00:00:00" as some programs write dates
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    raise _BadValue("import_bad_date", "is not a date (write it as YYYY-MM-DD or DD-MM-YYYY)")


E = TypeVar("E", bound=enum.Enum)


def _choice(
    aliases: Mapping[E, Iterable[str]], what: str, hint: str, *, strip_word: str = ""
) -> Callable[[str], E]:
    """A parser for an enumeration from Danish/English names (compared by :func:`header_key`).

    The enum's stored value is always accepted too. With ``strip_word``, that
    word is also tried away from the start or end ("Region Sjælland").
    """
    lookup: dict[str, E] = {}
    for member, names in aliases.items():
        for name in (member.value, *names):
            lookup[header_key(name)] = member
    strip = header_key(strip_word)

    def parse(text: str) -> E:
        key = header_key(text)
        candidates = [key]
        if strip:
            candidates += [key.removeprefix(strip), key.removesuffix(strip)]
        for candidate in candidates:
            if candidate in lookup:
                return lookup[candidate]
        raise _BadValue("import_bad_choice", f"is not a known {what} (use {hint})")

    return parse


parse_sector = _choice(
    {
        Sector.REGION: ("region", "regional"),
        Sector.MUNICIPALITY: ("kommune", "kommunal", "municipality", "municipal"),
        Sector.GENERAL_PRACTICE: ("almen praksis", "praksis", "almenpraksis", "general practice"),
        Sector.PATIENT_ORGANISATION: (
            "patientforening", "patientorganisation", "patient organisation", "patient organization",
        ),
        Sector.EDUCATION: ("uddannelse", "education"),
        Sector.RESEARCH: ("forskning", "research"),
        Sector.OTHER: ("andet", "anden", "other"),
    },
    "sector",
    "region, kommune, almen praksis, patientforening, uddannelse, forskning or andet",
)

parse_region = _choice(
    {
        Region.HOVEDSTADEN: ("hovedstaden", "h", "capital", "capital region of denmark"),
        Region.SJAELLAND: ("sjælland", "sjaelland", "zealand"),
        Region.SYDDANMARK: ("syddanmark", "syd", "southern denmark", "of southern denmark"),
        Region.MIDTJYLLAND: ("midtjylland", "midt", "central denmark", "central jutland"),
        Region.NORDJYLLAND: ("nordjylland", "nord", "north denmark", "north jutland"),
    },
    "region",
    "Hovedstaden, Sjælland, Syddanmark, Midtjylland or Nordjylland",
    strip_word="region",
)

parse_recruited_via = _choice(
    {
        RecruitedVia.KL: ("kl", "kommunernes landsforening", "local government denmark"),
        RecruitedVia.DANSKE_REGIONER: ("danske regioner", "danish regions"),
        RecruitedVia.VIBIS: ("vibis", "vibis netværk", "vibis (netværk)", "vibis network"),
        RecruitedVia.OTHER: ("andet", "anden", "other"),
    },
    "recruitment channel",
    "KL, Danske Regioner, ViBIS or andet",
)

# Fields that are not plain text, and how to read them.
_PARSERS: dict[str, Callable[[str], Any]] = {
    "sector": parse_sector,
    "region": parse_region,
    "recruited_via": parse_recruited_via,
    "consent_named": parse_bool,
    "consent_contact": parse_bool,
    "criterion_engaged": parse_bool,
    "criterion_change_agent": parse_bool,
    "joined_on": parse_date,
}


def _read_row(line: int, cells: list[str], positions: dict[int, str], header: list[str], group_id: int) -> ImportRow:
    """Turn one row's cells into a MemberInput, collecting the values it cannot read."""
    values = {name: cells[i] if i < len(cells) else "" for i, name in positions.items()}
    column_of = {name: header[i] for i, name in positions.items()}
    if not values.get("name"):
        parts = (values.get(FIRST_NAME, ""), values.get(LAST_NAME, ""))
        values["name"] = " ".join(p for p in parts if p)
    data = MemberInput(group_id=group_id)
    value_problems: list[Problem] = []
    for name, text in values.items():
        if name in (FIRST_NAME, LAST_NAME):
            continue
        parser = _PARSERS.get(name)
        if parser is None:
            setattr(data, name, text)
            continue
        if not text:
            continue
        try:
            setattr(data, name, parser(text))
        except _BadValue as bad:
            column = column_of[name]
            value_problems.append(
                problem(bad.code, f"'{text}' in column '{column}' {bad.explanation}.", name, column=column, value=text)
            )
    return ImportRow(line=line, data=data.cleaned(), values=values, value_problems=value_problems)


# ---------------------------------------------------------------- checking


def _check_rows(s: Session, rows: list[ImportRow]) -> None:
    """Set every row's ``problems`` from scratch, against the database in ``s``."""
    owners = _email_owners(s)
    first_line: dict[str, int] = {}  # casefolded e-mail -> line of its first row
    for row in rows:
        problems = list(row.value_problems)
        problems += [_in_file_words(p) for p in validate_fields(row.data)]
        email = row.data.email
        if email is not None and not any(p.field == "email" for p in problems):
            key = email.casefold()
            owner = owners.get(key)
            if owner is not None:
                name, group = owner
                problems.append(
                    problem(
                        "email_taken",
                        f"E-mail address {email} is already used by {name} ({group}).",
                        "email",
                        email=email,
                        name=name,
                        group=group,
                    )
                )
            elif key in first_line:
                problems.append(
                    problem(
                        "email_duplicate_in_file",
                        f"Same e-mail address as line {first_line[key]}.",
                        "email",
                        email=email,
                        line=first_line[key],
                    )
                )
            first_line.setdefault(key, row.line)
        row.problems = problems


def _email_owners(s: Session) -> dict[str, tuple[str, str]]:
    """Casefolded e-mail -> (member name, group name) of every member, in one query.

    The same comparison as :func:`~tankapp.services.members.email_owner`
    (which the database's ``casefold`` function also uses), but asking once
    per file instead of once per row keeps large files fast.
    """
    q = (
        select(Member.email, Member.name, ExpertGroup.name)
        .join(ExpertGroup, Member.group_id == ExpertGroup.id)
        .where(Member.email.is_not(None))
        .order_by(Member.id)
    )
    owners: dict[str, tuple[str, str]] = {}
    for email, name, group in s.execute(q):
        owners.setdefault(email.casefold(), (name, group))
    return owners


# validate_fields speaks of a form; in a file a person looks for what is missing.
_IN_FILE_MESSAGES = {"name_required": "Name is missing."}


def _in_file_words(p: Problem) -> Problem:
    message = _IN_FILE_MESSAGES.get(p.code)
    return replace(p, message=message) if message else p


def _clause(message: str) -> str:
    """A problem message as a clause of one line: "Name is missing." -> "name is missing"."""
    text = " ".join(message.split()).removesuffix(".")
    if text[:1].isupper() and not text[1:2].isupper():
        text = text[0].lower() + text[1:]
    return text


def _file_error(code: str, message: str, path: Path) -> ServiceError:
    return ServiceError(problem(code, message, path=str(path)))


__all__ = [
    "COLUMN_ALIASES",
    "ImportPreview",
    "ImportResult",
    "ImportRow",
    "SUPPORTED_SUFFIXES",
    "header_key",
    "import_members",
    "parse_bool",
    "parse_date",
    "parse_recruited_via",
    "parse_region",
    "parse_sector",
    "preview_import",
    "read_table",
]
