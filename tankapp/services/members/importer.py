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
    encoded as UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text";
    with a BOM, or without one when its zero bytes show it) or else
    Windows-1252. A file that is mostly UTF-8 with a few Windows-1252 lines
    (or the other way round) is read line by line, each line in its own
    encoding, and the rows on the odd lines are problems ("line 7 is in a
    different text encoding"), never stored. ``.xlsx`` is read with openpyxl
    (first sheet, cached formula results, first :data:`MAX_COLUMNS` columns).
    Line numbers are those a person sees in Excel or a text editor: the header
    is normally line 1, a record spanning several lines (a quoted line break)
    has the line where it starts, blank lines are skipped but counted.
    Anything wrong with the file itself (missing, not a supported type, empty,
    no name column, corrupt, NUL characters in a text file, too large) raises
    :class:`ServiceError` with an ``import_*`` code.

Limits (a think tank has about 120 members; nothing here is near a real list)
    A file of more than :data:`MAX_FILE_BYTES` (20 MB), more than
    :data:`MAX_ROWS` (2,000) member rows or more than :data:`MAX_LINES`
    (100,000) lines or sheet rows in all is refused, and so is a workbook whose
    XML parts would unpack to more than :data:`MAX_XLSX_UNPACKED` (25 MB) or one
    part of which is packed more than :data:`MAX_XLSX_RATIO` to 1 (a "zip
    bomb"): the zip's directory is checked before openpyxl opens it. Rows are
    read one at a time and reading stops at the first row over a limit, so a
    refused file costs about as much as a file at the limit.

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
    So is text no person typed (see :func:`_text_problem`): a control
    character (C0 or C1, DEL, a zero-width space or BOM, or a bidirectional
    override or isolate such as U+202E), an unreadable character (U+FFFD), a
    line break or tab in a name, UTF-8 read as Windows-1252 ("Ã…se" for
    "Åse"), a value longer than the database holds (a name: 200 characters;
    notes: 10,000; other text: 1,000), and in a CSV file a quotation mark that
    is not closed on its line, so that the following lines were read as one
    value (always for a name; for another column when those lines hold
    separators like rows do). Line breaks and tabs in other columns than the
    notes become spaces. Values in messages are shown with such characters
    written as ``<U+001B>`` and cut to 60 characters.

Rows
    Besides unreadable values, a row is invalid when
    :func:`~tankapp.services.members.registry.validate_fields` refuses it (no name, a
    malformed e-mail address), when its e-mail address already belongs to a
    member, or when an earlier row of the file has the same address (compared
    case-insensitively with ``casefold``, so "Æ" and "æ" match). A row is also
    the same person as an earlier row, or as a member already in the group,
    when the names are the same (ignoring case and spacing, Unicode-normalised)
    and neither the e-mail addresses nor the organisations tell them apart:
    two people with the same name are told apart only by different addresses,
    or different organisations, where both have one.
"""

from __future__ import annotations

import datetime as dt
import enum
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
from tankapp.services.errors import Problem, ValidationError, problem
from tankapp.services.members.groups import get_group
from tankapp.services.members.registry import MemberInput, validate_fields
from tankapp.services.members.import_files import (  # the file side; re-exported for callers
    SUPPORTED_SUFFIXES,
    MAX_FILE_BYTES,
    MAX_COLUMNS,
    MAX_XLSX_UNPACKED,
    MAX_XLSX_RATIO,
    _HIDDEN,
    _Record,
    _Source,
    _file_error,
    _open_source,
    _shown,
    _shown_name,
    read_table,
)


# Pseudo-fields: parts of the name, joined into MemberInput.name.
FIRST_NAME, LAST_NAME = "first_name", "last_name"

# How far down the file the header row may be (counting non-blank rows).
HEADER_SEARCH_ROWS = 20

MAX_ROWS = 2_000
"""Member rows (rows with something in a recognised column) in one file."""
MAX_LINES = 100_000
"""Lines of a CSV file, or rows of a sheet, read in all (blank ones included)."""

# Longest text per field (the database's column sizes); other text fields 1,000.
MAX_LENGTH = {"name": 200, FIRST_NAME: 200, LAST_NAME: 200, "email": 254, "notes": 10_000}
_DEFAULT_MAX_LENGTH = 1_000


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
    with _open_source(path) as source:
        before_header: list[_Record] = []  # non-blank rows above the header
        header: _Record | None = None
        positions: dict[int, str] = {}
        ignored: list[str] = []
        rows: list[ImportRow] = []
        for record in source.records:
            if record.line > MAX_LINES:
                raise _file_error(
                    "import_too_many_lines",
                    f"{_shown_name(path)} has more than {MAX_LINES:,} lines (or sheet rows); a member list has "
                    "far fewer. Delete what is below the list, or check that it is the right file.",
                    path,
                    max=MAX_LINES,
                )
            if not any(record.cells):
                continue
            if header is None:
                if _is_header(record.cells):
                    header = record
                    positions, ignored = _map_columns(record.cells)
                    continue
                before_header.append(record)
                if len(before_header) >= HEADER_SEARCH_ROWS:
                    break
                continue
            if not any(i < len(record.cells) and record.cells[i] for i in positions):
                continue
            if len(rows) >= MAX_ROWS:
                raise _file_error(
                    "import_too_many_rows",
                    f"{_shown_name(path)} has more than {MAX_ROWS:,} members; tankapp imports at most {MAX_ROWS:,} "
                    "at a time (a think tank has about 120). Check that it is the right file, or split it.",
                    path,
                    max=MAX_ROWS,
                )
            rows.append(_read_row(record, positions, header.cells, group_id, source))
    if header is None:
        if not before_header:
            raise _file_error("import_empty_file", f"{_shown_name(path)} is empty.", path)
        first = before_header[0].cells
        found = ", ".join(f"'{_shown(c, 40)}'" for c in first[:10] if c) + (", …" if len(first) > 10 else "")
        raise _file_error(
            "import_no_name_column",
            f"No column of {_shown_name(path)} is recognised as the members' names: use a column called "
            f"'Navn' (or 'Name'), or 'Fornavn' and 'Efternavn'. The first row holds {found or 'nothing'}.",
            path,
        )
    if not rows:
        raise _file_error("import_no_rows", f"{_shown_name(path)} has a header row but no members below it.", path)
    _check_rows(s, rows, group_id)
    columns = {_shown(header.cells[i]): name for i, name in positions.items()}
    return ImportPreview(path=path, columns=columns, ignored_columns=[_shown(c) for c in ignored], rows=rows)


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
    _check_rows(s, rows, group_id)
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


# ---------------------------------------------------------------- columns


def _is_header(cells: list[str]) -> bool:
    """Whether the row has a name column (the header is the first such row of the first few)."""
    return any(_FIELD_BY_HEADER.get(header_key(c)) in _NAME_FIELDS for c in cells)


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


def _read_row(
    record: _Record, positions: dict[int, str], header: list[str], group_id: int, source: _Source
) -> ImportRow:
    """Turn one row's cells into a MemberInput, collecting the values it cannot read."""
    cells = record.cells
    column_of = {name: _shown(header[i]) for i, name in positions.items()}
    values: dict[str, str] = {}
    value_problems: list[Problem] = []
    for i, name in positions.items():
        text = cells[i] if i < len(cells) else ""
        found = _text_problem(name, column_of[name], text, record.spans.get(i), header, source) if text else None
        if found is not None:
            value_problems.append(found)
            text = _shown(text, 80)  # only for the preview: the row is never stored
        elif name not in _MULTILINE_FIELDS and name not in _NAME_FIELDS:
            text = _one_line(text)
        values[name] = text
    if not values.get("name"):
        parts = (values.get(FIRST_NAME, ""), values.get(LAST_NAME, ""))
        values["name"] = " ".join(p for p in parts if p)
        if not any(p.field == "name" for p in value_problems) and len(values["name"]) > MAX_LENGTH["name"]:
            column = " + ".join(column_of[n] for n in (FIRST_NAME, LAST_NAME) if n in column_of)
            value_problems.append(_too_long("name", column, values["name"]))
            values["name"] = _shown(values["name"], 80)
    if record.foreign_lines:
        line = record.foreign_lines[0]
        which = "This line" if line == record.line else f"Line {line}"
        value_problems.append(
            problem(
                "import_mixed_encoding",
                f"{which} is in another text encoding ({source.foreign[line]}) than the rest of the file "
                f"({source.encoding}), so its letters cannot be trusted; correct the line, or save the whole "
                "file as CSV UTF-8.",
                line=line,
                encoding=source.foreign[line],
                file_encoding=source.encoding,
            )
        )
    bad_fields = {p.field for p in value_problems}
    data = MemberInput(group_id=group_id)
    for name, text in values.items():
        if name in (FIRST_NAME, LAST_NAME):
            continue
        parser = _PARSERS.get(name)
        if parser is None:
            setattr(data, name, text)
            continue
        if not text or name in bad_fields:
            continue
        try:
            setattr(data, name, parser(text))
        except _BadValue as bad:
            column = column_of[name]
            shown = _shown(text)
            value_problems.append(
                problem(bad.code, f"'{shown}' in column '{column}' {bad.explanation}.", name, column=column, value=shown)
            )
    return ImportRow(line=record.line, data=data.cleaned(), values=values, value_problems=value_problems)


# ---------------------------------------------------------------- text no person typed

_MULTILINE_FIELDS = ("notes",)

# Characters that do not belong in a member's data: C0 controls but tab and line
# feed, DEL, C1 controls, zero-width space, BOM, and the bidirectional embeddings,
# overrides and isolates (which can make text show as something else).
_HIDDEN_CHAR = re.compile(f"[{_HIDDEN}]")
_HIDDEN_IN_NAME = re.compile(f"[{_HIDDEN}\t]")
_LINE_BREAK = re.compile("[\n\r\u2028\u2029]")

# UTF-8 bytes read as Windows-1252: a lead byte's letter followed by the right
# number of continuation bytes' characters, e.g. "Ã…" for "Å", "Ã¸" for "ø".
_CP1252_CONT = "".join(
    bytes([b]).decode("cp1252") for b in range(0x80, 0xC0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
)
_CONT = f"[{re.escape(_CP1252_CONT)}]"
_MOJIBAKE = re.compile(
    f"[{bytes(range(0xC2, 0xE0)).decode('cp1252')}]{_CONT}"
    f"|[{bytes(range(0xE0, 0xF0)).decode('cp1252')}]{_CONT}{{2}}"
    f"|[{bytes(range(0xF0, 0xF5)).decode('cp1252')}]{_CONT}{{3}}"
)


def _text_problem(
    name: str, column: str, text: str, span: tuple[int, int] | None, header: list[str], source: _Source
) -> Problem | None:
    """The first reason why ``text`` (of field ``name``) is not what a person typed, or None.

    ``span`` is the first and last line of a CSV cell that runs over several
    lines. Problems of the name's parts are problems of the name (field "name").
    """
    field_name = "name" if name in _NAME_FIELDS else name
    if span is not None and source.delimiter is not None and (
        name in _NAME_FIELDS or _looks_like_rows(text, source.delimiter, header)
    ):
        first, last = span
        return problem(
            "import_unclosed_quote",
            f"A quotation mark in column '{column}' is not closed, so lines {first}-{last} were read as one "
            "value; remove the stray quotation mark or close it.",
            field_name,
            column=column,
            line=first,
            end=last,
        )
    if "\ufffd" in text:
        return problem(
            "import_unreadable_character",
            f"Column '{column}' holds a character that could not be read (shown as \ufffd); the file may be "
            "saved in an unusual text encoding.",
            field_name,
            column=column,
        )
    if name in _NAME_FIELDS and _LINE_BREAK.search(text):
        return problem(
            "import_line_break_in_name",
            f"The name in column '{column}' has a line break; write it on one line.",
            field_name,
            column=column,
        )
    hidden = (_HIDDEN_IN_NAME if name in _NAME_FIELDS else _HIDDEN_CHAR).search(text)
    if hidden:
        char = f"U+{ord(hidden.group()):04X}"
        return problem(
            "import_hidden_character",
            f"Column '{column}' holds an invisible control character ({char}) that no one types; remove it.",
            field_name,
            column=column,
            char=char,
        )
    fixed = _repair_mojibake(text)
    if fixed is not None:
        shown, shown_fixed = _shown(text), _shown(fixed)
        return problem(
            "import_mojibake",
            f"'{shown}' in column '{column}' looks garbled: probably '{shown_fixed}' saved in the wrong text "
            "encoding; correct it in the file.",
            field_name,
            column=column,
            value=shown,
            fixed=shown_fixed,
        )
    if len(text) > MAX_LENGTH.get(name, _DEFAULT_MAX_LENGTH):
        return _too_long(field_name, column, text, MAX_LENGTH.get(name, _DEFAULT_MAX_LENGTH))
    return None


def _too_long(field_name: str, column: str, text: str, limit: int | None = None) -> Problem:
    limit = limit or MAX_LENGTH.get(field_name, _DEFAULT_MAX_LENGTH)
    return problem(
        "import_value_too_long",
        f"The value in column '{column}' is {len(text):,} characters long; at most {limit:,} fit.",
        field_name,
        column=column,
        length=len(text),
        max=limit,
    )


def _looks_like_rows(text: str, delimiter: str, header: list[str]) -> bool:
    """Whether the lines after the first of a multi-line cell look like rows of the file.

    True when one of them has at least half as many separators as the header
    has between its columns (at least two, and all of them in a file of up to
    three columns): then a quotation mark swallowed rows, rather than someone
    writing a note over several lines ("Ring først; hun er travl" in a
    Navn;E-mail;Noter file is a note, not a row).
    """
    columns = len(header)
    while columns > 1 and not header[columns - 1]:
        columns -= 1
    wanted = max(1, columns - 1) if columns <= 3 else max(2, (columns - 1) // 2)
    return any(line.count(delimiter) >= wanted for line in text.split("\n")[1:])


def _repair_mojibake(text: str) -> str | None:
    """What ``text`` said before its UTF-8 was read as Windows-1252 ("Ã…se" -> "Åse"), or None if it was not."""
    if not _MOJIBAKE.search(text):
        return None
    repaired = False

    def fix(m: re.Match) -> str:
        nonlocal repaired
        try:
            out = m.group().encode("cp1252").decode("utf-8")
        except UnicodeError:
            return m.group()
        repaired = True
        return out

    fixed = _MOJIBAKE.sub(fix, text)
    return fixed if repaired else None


def _one_line(text: str) -> str:
    """Line breaks and tabs as single spaces (for fields that hold one line)."""
    if "\n" not in text and "\t" not in text and not _LINE_BREAK.search(text):
        return text
    return " ".join(part for part in re.split(r"[\t\n\r\u2028\u2029]+", text) if part.strip()).strip()


# ---------------------------------------------------------------- checking


def _check_rows(s: Session, rows: list[ImportRow], group_id: int) -> None:
    """Set every row's ``problems`` from scratch, against the database in ``s``."""
    owners = _email_owners(s)
    group_name, namesakes = _members_by_name(s, group_id)
    first_line: dict[str, int] = {}  # casefolded e-mail -> line of its first row
    people: dict[str, list[tuple[int, str | None, str]]] = {}  # name key -> (line, e-mail key, organisation key)
    for row in rows:
        problems = list(row.value_problems)
        bad_fields = {p.field for p in problems}
        problems += [_in_file_words(p) for p in validate_fields(row.data) if p.field not in bad_fields]
        email = row.data.email if "email" not in bad_fields else None
        same_email = False
        if email is not None and not any(p.field == "email" for p in problems):
            key = email.casefold()
            owner = owners.get(key)
            if owner is not None:
                name, group = owner
                problems.append(
                    problem(
                        "email_taken",
                        f"E-mail address {email} is already used by {_shown(name)} ({_shown(group)}).",
                        "email",
                        email=email,
                        name=_shown(name),
                        group=_shown(group),
                    )
                )
                same_email = True
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
                same_email = True
            first_line.setdefault(key, row.line)
        if row.data.name and "name" not in bad_fields:
            name_key = _person_key(row.data.name)
            email_key = email.casefold() if email else None
            org_key = _person_key(row.data.organisation)
            if not same_email:
                existing = next(
                    (m for m in namesakes.get(name_key, ()) if _same_person(m[1:], (email_key, org_key))), None
                )
                earlier = next(
                    (p for p in people.get(name_key, ()) if _same_person(p[1:], (email_key, org_key))), None
                )
                if existing is not None:
                    problems.append(
                        problem(
                            "import_same_person_existing",
                            f"Already a member of {_shown(group_name)} as {_shown(existing[0])}: same name, and no "
                            "e-mail address or organisation tells them apart.",
                            "name",
                            name=_shown(existing[0]),
                            group=_shown(group_name),
                        )
                    )
                elif earlier is not None:
                    problems.append(
                        problem(
                            "import_same_person_in_file",
                            f"Same person as line {earlier[0]}: same name, and no e-mail address or organisation "
                            "tells them apart.",
                            "name",
                            line=earlier[0],
                        )
                    )
            people.setdefault(name_key, []).append((row.line, email_key, org_key))
        row.problems = problems


def _person_key(text: str) -> str:
    """A name or organisation as compared to find the same person: case, spacing and Unicode forms ignored."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _same_person(a: tuple[str | None, str], b: tuple[str | None, str]) -> bool:
    """Whether two people of the same name are not told apart by (e-mail key, organisation key).

    Only values that both have count: an address or organisation missing on
    one side tells nothing.
    """
    return all(not x or not y or x == y for x, y in zip(a, b))


def _members_by_name(s: Session, group_id: int) -> tuple[str, dict[str, list[tuple[str, str | None, str]]]]:
    """(group name, name key -> [(name, e-mail key, organisation key)]) of the members of the group."""
    group_name = s.scalar(select(ExpertGroup.name).where(ExpertGroup.id == group_id)) or ""
    q = select(Member.name, Member.email, Member.organisation).where(Member.group_id == group_id).order_by(Member.id)
    out: dict[str, list[tuple[str, str | None, str]]] = {}
    for name, email, organisation in s.execute(q):
        out.setdefault(_person_key(name or ""), []).append(
            (name, email.casefold() if email else None, _person_key(organisation or ""))
        )
    return group_name, out


def _email_owners(s: Session) -> dict[str, tuple[str, str]]:
    """Casefolded e-mail -> (member name, group name) of every member, in one query.

    The same comparison as :func:`~tankapp.services.members.registry.email_owner`
    (Python's ``casefold``, so "Æ" and "æ" match), but asking once
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
    if message:
        return replace(p, message=message)
    if p.code == "email_invalid":  # the address as it may be shown (no control characters, not too long)
        shown = _shown(p.params.get("email", ""))
        return replace(p, message=f"'{shown}' is not a valid e-mail address.", params={**p.params, "email": shown})
    return p


def _clause(message: str) -> str:
    """A problem message as a clause of one line: "Name is missing." -> "name is missing"."""
    text = " ".join(message.split()).removesuffix(".")
    if text[:1].isupper() and not text[1:2].isupper():
        text = text[0].lower() + text[1:]
    return text




__all__ = [
    "COLUMN_ALIASES",
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_LINES",
    "MAX_ROWS",
    "MAX_XLSX_RATIO",
    "MAX_XLSX_UNPACKED",
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
