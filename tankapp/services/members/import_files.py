"""Reading a member list from a file: CSV/TXT in any of the encodings and separators Excel and other
programs write, and .xlsx, within limits that keep a hostile file cheap (see the rules in
:mod:`tankapp.services.members.importer`, which checks and imports what is read here).

Every refusal of the file itself is a :class:`ServiceError` with an ``import_*`` code.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


from tankapp.services.errors import ServiceError, problem



SUPPORTED_SUFFIXES = (".csv", ".txt", ".xlsx")
# Limits: far above any think tank's member list (about 120 people), far
# below what costs a person's computer anything. See the module docstring.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_COLUMNS = 200
"""Columns of a row that are read; the rest are not looked at."""
MAX_XLSX_UNPACKED = 25 * 1024 * 1024
"""What the XML parts of a workbook may unpack to together (the zip's own figures; pictures do not count)."""
MAX_XLSX_RATIO = 100
"""How many times its packed size a workbook part (of over 1 MB) may unpack to."""
_MB = 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"  # .xlsx is a zip file
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, or a password-protected .xlsx

_HIDDEN = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff"
_UNSHOWN = re.compile(f"[{_HIDDEN}\t\n\r\u2028\u2029]")


def _shown(text: str, limit: int = 60) -> str:
    """``text`` safe to show in a message or a terminal: hidden characters written out, cut at ``limit``."""
    if _UNSHOWN.search(text):
        text = _UNSHOWN.sub(lambda m: "⏎" if m.group() in "\n\r\u2028\u2029" else f"<U+{ord(m.group()):04X}>", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _shown_name(path: Path) -> str:
    return _shown(path.name, 120)


def _file_error(code: str, message: str, path: Path, **params: Any) -> ServiceError:
    return ServiceError(problem(code, message, path=str(path), **params))


# ---------------------------------------------------------------- reading files


@dataclass
class _Record:
    """One row of the file as read, before the columns are known."""

    line: int
    """Line (CSV) or sheet row (xlsx) where the row starts."""
    cells: list[str]
    """Trimmed cell texts, line breaks as "\\n"."""
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    """CSV only: cell position -> (first line, last line) of a cell that runs over several lines."""
    foreign_lines: list[int] = field(default_factory=list)
    """Lines of the record in another text encoding than the rest of the file."""


@dataclass
class _Source:
    """An opened file: its rows one at a time, and what is needed to explain them."""

    records: Iterator[_Record]
    delimiter: str | None = None
    """The CSV separator (None for a workbook)."""
    encoding: str = ""
    """The text encoding of a CSV file, as people know it ("UTF-8", "Windows-1252")."""
    foreign: dict[int, str] = field(default_factory=dict)
    """Line -> its encoding, for the lines in another encoding than :attr:`encoding`."""


@contextlib.contextmanager
def _open_source(path: Path) -> Iterator[_Source]:
    """Check the file as a whole and open it; rows are read as ``records`` is iterated.

    Leaving the block closes the workbook even when reading stopped early.
    """
    source = _source(path)
    try:
        yield source
    finally:
        close = getattr(source.records, "close", None)
        if close is not None:
            close()


def read_table(path: Path) -> list[tuple[int, list[str]]]:
    """Every row of the file as ``(line number, cell texts)``, blank rows included.

    The file type is chosen by its extension, but a zip (an .xlsx) is read as
    a workbook whatever its name. The whole-file checks and the size limits of
    :func:`preview_import` apply, except the limits on rows.
    """
    with _open_source(Path(path)) as source:
        return [(r.line, r.cells) for r in source.records]


def _source(path: Path) -> _Source:
    suffix = path.suffix.casefold()
    if suffix == ".xls":
        raise _file_error(
            "import_xls_unsupported",
            f"{_shown_name(path)} is in the old Excel format (.xls); save it as .xlsx or CSV and import that.",
            path,
        )
    if suffix not in SUPPORTED_SUFFIXES:
        raise _file_error(
            "import_unsupported_type",
            f"{_shown_name(path)} is not a file tankapp can import; use a CSV file (.csv or .txt) or an Excel "
            "workbook (.xlsx).",
            path,
        )
    raw = _read_bytes(path)
    if not raw.strip():
        raise _file_error("import_empty_file", f"{_shown_name(path)} is empty.", path)
    if raw.startswith(_ZIP_MAGIC):
        _check_zip(raw, path)
        return _Source(records=_xlsx_records(raw, path))
    if raw.startswith(_OLE_MAGIC):
        raise _file_error(
            "import_xls_unsupported",
            f"{_shown_name(path)} is an old-format (.xls) or password-protected Excel file; "
            "save it as .xlsx (without a password) or CSV and import that.",
            path,
        )
    if suffix == ".xlsx":
        raise _file_error(
            "import_corrupt_xlsx", f"{_shown_name(path)} is not a readable Excel workbook (.xlsx).", path
        )
    text, encoding, foreign = _decode(raw, path)
    return _csv_source(text, encoding, foreign, path)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing it once it is over :data:`MAX_FILE_BYTES` (reads no more than that)."""
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _file_error("import_file_missing", f"The file {_shown(str(path), 200)} does not exist.", path) from None
    except IsADirectoryError:
        raise _file_error("import_file_unreadable", f"{_shown(str(path), 200)} is a folder, not a file.", path) from None
    except OSError as exc:
        raise _file_error(
            "import_file_unreadable",
            f"Cannot read {_shown(str(path), 200)}: {exc.strerror or exc} (is it open in another program?).",
            path,
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        try:
            size = path.stat().st_size / _MB
        except OSError:
            size = len(raw) / _MB
        raise _file_error(
            "import_file_too_large",
            f"{_shown_name(path)} is larger than {MAX_FILE_BYTES // _MB} MB ({size:,.0f} MB); a member list is "
            f"far smaller. tankapp imports files of at most {MAX_FILE_BYTES // _MB} MB: check that it is the "
            "right file.",
            path,
            max_mb=MAX_FILE_BYTES // _MB,
        )
    return raw


# ---------------------------------------------------------------- text files


def _decode(raw: bytes, path: Path) -> tuple[str, str, dict[int, str]]:
    """(text, the file's encoding, {line: encoding} of lines in another encoding).

    UTF-16 if it has a BOM or, without one, if every other byte is zero
    (Excel's "Unicode text" cut or copied without its first bytes); else
    UTF-8 (BOM optional); else Windows-1252 line by line: a file that has
    both UTF-8 lines with letters beyond ASCII and lines that are not UTF-8
    is read line by line in each line's encoding, and the lines of the rarer
    kind are reported. NUL characters in the text refuse the file.
    """
    utf16 = None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        utf16 = "utf-16"
    else:
        utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        try:
            text = raw.decode(utf16)
        except UnicodeDecodeError:
            if utf16 != "utf-16":
                raise _file_error(
                    "import_bad_encoding",
                    f"{_shown_name(path)} looks like UTF-16 text (Excel's \"Unicode text\") but cannot be read "
                    "as such; save it from Excel as \"CSV UTF-8\" and import that.",
                    path,
                ) from None
        else:
            _refuse_nul(text, path)
            return text.removeprefix("\ufeff"), "UTF-16", {}
    body = raw.removeprefix(codecs.BOM_UTF8)
    try:
        text = body.decode("utf-8")
        encoding, foreign = "UTF-8", {}
    except UnicodeDecodeError:
        text, encoding, foreign = _decode_by_line(body)
    _refuse_nul(text, path)
    return text, encoding, foreign


def _utf16_without_bom(raw: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the zero bytes fall in every other place, as in UTF-16 text."""
    sample = raw[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    if zeros_odd >= 0.4 * half and zeros_even <= 0.05 * half:
        return "utf-16-le"
    if zeros_even >= 0.4 * half and zeros_odd <= 0.05 * half:
        return "utf-16-be"
    return None


def _decode_by_line(body: bytes) -> tuple[str, str, dict[int, str]]:
    """Text that is not all UTF-8: each line as UTF-8 if it is, else as Windows-1252.

    The undefined bytes of Windows-1252 become U+FFFD, which a row then
    reports as unreadable. Line numbers count the line ends the CSV reader
    counts (CR, LF, CRLF), so they match the records' lines.
    """
    parts: list[str] = []
    utf8_lines: list[int] = []  # UTF-8 lines with letters beyond ASCII
    cp1252_lines: list[int] = []
    for number, line in enumerate(body.splitlines(keepends=True), start=1):
        try:
            parts.append(line.decode("utf-8"))
            if not line.isascii():
                utf8_lines.append(number)
        except UnicodeDecodeError:
            parts.append(line.decode("cp1252", errors="replace"))
            cp1252_lines.append(number)
    text = "".join(parts)
    if not utf8_lines:  # a plain Windows-1252 file (Danish Excel's "CSV (semikolonsepareret)")
        return text, "Windows-1252", {}
    if len(cp1252_lines) <= len(utf8_lines):
        return text, "UTF-8", dict.fromkeys(cp1252_lines, "Windows-1252")
    return text, "Windows-1252", dict.fromkeys(utf8_lines, "UTF-8")


def _refuse_nul(text: str, path: Path) -> None:
    at = text.find("\x00")
    if at < 0:
        return
    line = len(_LINE_END.findall(text, 0, at)) + 1
    raise _file_error(
        "import_nul_bytes",
        f"{_shown_name(path)} contains NUL characters (the first on line {line}), so it is not a text file "
        "tankapp can read; save the list from Excel as \"CSV UTF-8\" or .xlsx and import that.",
        path,
        line=line,
    )


_LINE_END = re.compile(r"\r\n|\r|\n")
_SEP_LINE = re.compile(r'\A"?sep=(.)"?[ \t]*(?:\r\n|\r|\n|\Z)', re.IGNORECASE)
_DELIMITERS = ";,\t"  # in order of preference when the header line has a tie


def _csv_source(text: str, encoding: str, foreign: dict[int, str], path: Path) -> _Source:
    """Delimited text; the delimiter comes from an Excel ``sep=`` line or the header."""
    first_line = 1
    sep = _SEP_LINE.match(text)
    if sep:
        delimiter = sep.group(1)
        text = text[sep.end() :]
        first_line = 2
    else:
        delimiter = _sniff_delimiter(text)
    return _Source(
        records=_csv_records(text, delimiter, first_line, foreign, path),
        delimiter=delimiter,
        encoding=encoding,
        foreign=foreign,
    )


def _csv_records(
    text: str, delimiter: str, first_line: int, foreign: dict[int, str], path: Path
) -> Iterator[_Record]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    start = first_line
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise _file_error(
                    "import_runaway_quote",
                    f"{_shown_name(path)} cannot be read: the value that starts on line {start} runs on for more "
                    "than 100,000 characters, probably from a quotation mark there that is never closed. "
                    "Remove that quotation mark and import the file again.",
                    path,
                    line=start,
                ) from None
            raise _file_error(
                "import_file_unreadable",
                f"{_shown_name(path)} cannot be read as CSV near line {start}: {exc}.",
                path,
            ) from None
        end = first_line + reader.line_num - 1
        cells: list[str] = []
        spans: dict[int, tuple[int, int]] = {}
        line = start
        for i, raw_cell in enumerate(record[:MAX_COLUMNS]):
            cell = _one_newline_style(raw_cell)
            breaks = cell.count("\n")
            if breaks:
                spans[i] = (line, min(line + breaks, end))
                line += breaks
            cells.append(cell.strip())
        foreign_lines = [n for n in range(start, end + 1) if n in foreign] if foreign else []
        yield _Record(line=start, cells=cells, spans=spans, foreign_lines=foreign_lines)
        start = end + 1


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


# ---------------------------------------------------------------- workbooks


_XML_PARTS = (".xml", ".rels", ".vml")  # what openpyxl parses; pictures and other media it leaves packed


def _check_zip(raw: bytes, path: Path) -> None:
    """Refuse a workbook that would unpack to far more than a member list, before anything is unpacked.

    The sizes are those the zip's directory declares; Python's zipfile never
    unpacks more than the declared size of a part (it fails the part's
    checksum instead), so they bound what openpyxl can read.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            parts = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise _file_error(
            "import_corrupt_xlsx", f"{_shown_name(path)} is not a readable Excel workbook (.xlsx).", path
        ) from None
    total = sum(p.file_size for p in parts if p.filename.casefold().endswith(_XML_PARTS))
    if total > MAX_XLSX_UNPACKED:
        size = f"{total / _MB:,.1f}" if total < 100 * _MB else f"{total / _MB:,.0f}"
        raise _file_error(
            "import_xlsx_too_large",
            f"{_shown_name(path)} would unpack to {size} MB; a member list unpacks to far less, and "
            f"tankapp opens workbooks that unpack to at most {MAX_XLSX_UNPACKED // _MB} MB. Check that it is "
            "the right file, or save the list as CSV and import that.",
            path,
            size_mb=size,
            max_mb=MAX_XLSX_UNPACKED // _MB,
        )
    for part in parts:
        if part.file_size > _MB and part.file_size > MAX_XLSX_RATIO * max(part.compress_size, 1):
            ratio = part.file_size // max(part.compress_size, 1)
            raise _file_error(
                "import_xlsx_suspicious",
                f"{_shown_name(path)} is not an ordinary Excel workbook: its part {_shown(part.filename)} unpacks "
                f"to {ratio:,} times its packed size (a normal sheet: about 10 times), which is how files "
                "built to exhaust memory look. tankapp does not open it.",
                path,
                ratio=ratio,
            )


def _xlsx_records(raw: bytes, path: Path) -> Iterator[_Record]:
    """The first worksheet, row by row, as the text a person sees; row numbers are the sheet's."""
    import openpyxl  # imported here: only needed for workbooks

    try:
        wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds (zip, XML, key, value errors) for a broken file
        raise _file_error(
            "import_corrupt_xlsx", f"{_shown_name(path)} is not a readable Excel workbook (.xlsx).", path
        ) from None
    try:
        if not wb.worksheets:
            raise _file_error("import_empty_file", f"{_shown_name(path)} has no worksheet.", path)
        sheet = wb.worksheets[0]
        try:
            sheet.reset_dimensions()  # do not trust the stored size; some programs write it wrong
            rows = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)
        except Exception:
            raise _file_error("import_corrupt_xlsx", f"{_shown_name(path)} is a damaged Excel workbook.", path) from None
        # iter_rows fills gaps from row 1, so the position is the sheet row number.
        number = 0
        while True:
            try:
                values = next(rows)
            except StopIteration:
                return
            except Exception:
                raise _file_error(
                    "import_corrupt_xlsx", f"{_shown_name(path)} is a damaged Excel workbook.", path
                ) from None
            number += 1
            width = len(values)
            while width and values[width - 1] is None:  # rows come padded to MAX_COLUMNS
                width -= 1
            yield _Record(line=number, cells=[_cell_text(values[i]) for i in range(width)])
    finally:
        wb.close()


def _cell_text(value: Any) -> str:
    """A workbook cell as text: 12345678.0 -> "12345678", a date -> "2024-03-01", "a_x000D_" -> "a\\n"."""
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
    text = str(value)
    if "_x" in text:  # Excel writes some characters as _xHHHH_ (a line break as _x000D_); openpyxl leaves them
        text = _XLSX_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return _one_newline_style(text).strip()


_XLSX_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


