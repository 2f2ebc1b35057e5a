"""Rows of plain values as CSV for Danish Excel, or as JSON for a knowledge base.

Pure: a list of dicts (``ContributionRow.as_dict()`` and the like) and the field
order in, a file out, written atomically and readable by the owner only (0600,
:func:`tankapp.export.files.atomic_write`).

CSV is what Danish Excel opens with a double click and æ, ø, å intact:

* UTF-8 **with** a byte order mark (without it Excel reads the file as Windows-1252);
* ``;`` between fields (Danish Excel expects a semicolon, as ``,`` is the decimal comma);
* CRLF line ends; fields quoted by the csv module where needed (a ``;``, quote or
  line break inside), so a multi-line text stays in one cell;
* a list (the criteria) is one cell, its values joined with ``", "``; ``None`` is empty;
* a text cell that starts with ``=``, ``+``, ``-`` or ``@`` gets a leading ``'`` so
  that Excel shows it as text instead of running it as a formula (CSV injection);
  the JSON carries the text unchanged.

JSON is a UTF-8 array of objects (no byte order mark, letters not escaped, indented
by 2), each with the fields in the given order; lists stay lists.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from tankapp.export.files import atomic_write

__all__ = ["CSV_DELIMITER", "LIST_SEPARATOR", "csv_cell", "csv_text", "json_text", "write_csv", "write_json"]

CSV_DELIMITER = ";"
LIST_SEPARATOR = ", "
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """One value as the text of a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(csv_cell(v) for v in value)
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    if text.startswith(_FORMULA_START):
        text = "'" + text
    return text


def csv_text(rows: Sequence[Mapping], fields: Sequence[str]) -> str:
    """The CSV (without the byte order mark): a header row of *fields*, then one row each."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=CSV_DELIMITER, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(fields)
    for row in rows:
        writer.writerow([csv_cell(row.get(f)) for f in fields])
    return buf.getvalue()


def write_csv(path: Path | str, rows: Sequence[Mapping], fields: Sequence[str]) -> Path:
    """Write *rows* as CSV for Danish Excel (UTF-8 with BOM, ``;``, CRLF); returns *path*."""
    data = csv_text(rows, fields).encode("utf-8-sig")
    return atomic_write(Path(path), lambda fh: fh.write(data))


def json_text(rows: Sequence[Mapping], fields: Sequence[str]) -> str:
    """A JSON array of objects holding *fields* in that order (lists stay lists)."""
    objects = [{f: row.get(f) for f in fields} for row in rows]
    return json.dumps(objects, ensure_ascii=False, indent=2) + "\n"


def write_json(path: Path | str, rows: Sequence[Mapping], fields: Sequence[str]) -> Path:
    """Write *rows* as a UTF-8 JSON array of objects; returns *path*."""
    data = json_text(rows, fields).encode("utf-8")
    return atomic_write(Path(path), lambda fh: fh.write(data))
