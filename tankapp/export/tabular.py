"""Rows of plain values as CSV, or as JSON for a knowledge base.

Pure: a list of dicts (``ContributionRow.as_dict()`` and the like) and the field
order in, text or a file out; files are written atomically and readable by the
owner only (0600, :func:`tankapp.export.files.atomic_write`).

All CSV that tankapp writes goes through the one writer here,
:func:`write_csv_rows`, in one of two styles (:class:`CsvStyle`):

:data:`EXCEL_DA`, the files for ViBIS: what Danish Excel opens with a double
click and æ, ø, å intact:

* UTF-8 **with** a byte order mark (without it Excel reads the file as Windows-1252);
* ``;`` between fields (Danish Excel expects a semicolon, as ``,`` is the decimal comma);
* CRLF line ends; fields quoted by the csv module where needed (a ``;``, quote or
  line break inside), so a multi-line text stays in one cell;
* a list (the criteria) is one cell, its values joined with ``", "``; ``None`` is
  empty; ``True``/``False`` are ``ja``/``nej``.

:data:`PLAIN_CSV`, the command line's listings: comma-separated UTF-8 (no byte order
mark), ``\n`` line ends, lists joined with ``"; "``, ``yes``/``no``, and one line per
row: a line break or tab in a text becomes a space and any other control character
(ESC, ...) U+FFFD, so a name cannot send escape sequences to a terminal. The
command line's table uses the same cell text (:func:`cell_text`).

In both, a text cell that would start a formula in Excel or LibreOffice gets a
leading ``'`` so that it is shown as text instead of run (CSV injection): one
starting with ``=``, ``+``, ``-`` or ``@``, also after leading white space
(``" =1+1"``), or starting with a tab or carriage return. Numbers stored as
numbers (``int``, ``float``) are left alone, so ``-3`` stays ``-3``; a text such as
a phone number ``"+45 12 34 56 78"`` is guarded like any other text. The JSON
carries every text unchanged.

JSON is a UTF-8 array of objects (no byte order mark, letters not escaped, indented
by 2), each with the fields in the given order; lists stay lists.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from tankapp.export.files import atomic_write

__all__ = [
    "CSV_DELIMITER",
    "EXCEL_DA",
    "LIST_SEPARATOR",
    "PLAIN_CSV",
    "CsvStyle",
    "cell_text",
    "csv_cell",
    "csv_text",
    "guard_formula",
    "json_text",
    "write_csv",
    "write_csv_rows",
    "write_json",
]


@dataclass(frozen=True)
class CsvStyle:
    """How CSV is written: separators, line end, encoding and how values read."""

    delimiter: str
    line_end: str
    encoding: str  # of a file: "utf-8-sig" writes the byte order mark
    yes: str
    no: str
    list_separator: str
    one_line: bool = False  # line breaks and tabs -> space, other control characters -> U+FFFD


EXCEL_DA = CsvStyle(delimiter=";", line_end="\r\n", encoding="utf-8-sig", yes="ja", no="nej", list_separator=", ")
PLAIN_CSV = CsvStyle(
    delimiter=",", line_end="\n", encoding="utf-8", yes="yes", no="no", list_separator="; ", one_line=True
)

CSV_DELIMITER = EXCEL_DA.delimiter
LIST_SEPARATOR = EXCEL_DA.list_separator
_FORMULA_START = ("=", "+", "-", "@")
_BREAKS = re.compile(r"[\r\n\t]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def cell_text(value: object, style: CsvStyle = EXCEL_DA) -> str:
    """One value as text in *style*, without the formula guard (the CLI table uses this)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return style.yes if value else style.no
    if isinstance(value, list | tuple):
        return style.list_separator.join(cell_text(v, style) for v in value)
    text = str(value)
    if style.one_line:
        text = _CONTROLS.sub("\ufffd", _BREAKS.sub(" ", text))
    return text


def guard_formula(text: str) -> str:
    """*text* with a leading ``'`` if a spreadsheet would read it as a formula.

    A phone number "+45 12 34 56 78" is guarded too: Excel would otherwise
    compute it (and show #NULL!) instead of showing the number.
    """
    if text.startswith(("\t", "\r")) or text.lstrip().startswith(_FORMULA_START):
        return "'" + text
    return text


def csv_cell(value: object, style: CsvStyle = EXCEL_DA) -> str:
    """One value as the text of a CSV cell in *style*, formulas guarded (numbers are not text)."""
    text = cell_text(value, style)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return text
    return guard_formula(text)


def write_csv_rows(out: TextIO, rows: Sequence[Mapping], fields: Sequence[str], style: CsvStyle = EXCEL_DA) -> None:
    """The one CSV writer: a header row of *fields*, then one row each, to the text stream *out*.

    *out* should be opened with ``newline=""`` (or be a terminal, for ``"\\n"`` line
    ends). The byte order mark is the encoder's business (see :func:`write_csv`).
    """
    writer = csv.writer(out, delimiter=style.delimiter, lineterminator=style.line_end, quoting=csv.QUOTE_MINIMAL)
    writer.writerow([csv_cell(f, style) for f in fields])
    for row in rows:
        writer.writerow([csv_cell(row.get(f), style) for f in fields])


def csv_text(rows: Sequence[Mapping], fields: Sequence[str], style: CsvStyle = EXCEL_DA) -> str:
    """The CSV (without the byte order mark): a header row of *fields*, then one row each."""
    buf = io.StringIO(newline="")
    write_csv_rows(buf, rows, fields, style)
    return buf.getvalue()


def write_csv(path: Path | str, rows: Sequence[Mapping], fields: Sequence[str], style: CsvStyle = EXCEL_DA) -> Path:
    """Write *rows* as a CSV file in *style* (default: for Danish Excel); returns *path*."""
    data = csv_text(rows, fields, style).encode(style.encoding)
    return atomic_write(Path(path), lambda fh: fh.write(data))


def json_text(rows: Sequence[Mapping], fields: Sequence[str]) -> str:
    """A JSON array of objects holding *fields* in that order (lists stay lists)."""
    objects = [{f: row.get(f) for f in fields} for row in rows]
    return json.dumps(objects, ensure_ascii=False, indent=2) + "\n"


def write_json(path: Path | str, rows: Sequence[Mapping], fields: Sequence[str]) -> Path:
    """Write *rows* as a UTF-8 JSON array of objects; returns *path*."""
    data = json_text(rows, fields).encode("utf-8")
    return atomic_write(Path(path), lambda fh: fh.write(data))
