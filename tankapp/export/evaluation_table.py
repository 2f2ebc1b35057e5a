"""Tables for analysis (the self-evaluation's answers) as XLSX with labels, or CSV for Danish Excel.

Pure: a :class:`Sheet` (columns as ``(key, label)`` pairs, rows as dicts by
key) in, a file out, written atomically and readable by the owner only
(:func:`tankapp.export.files.atomic_write`).

XLSX (:func:`write_xlsx`): one worksheet per sheet, the labels in a bold first
row that stays in view (frozen), numbers as numbers, dates as dates shown
``dd-mm-åååå``, texts as texts. A text beginning with ``=`` is stored as text,
never as a formula; characters a workbook cannot hold (control characters)
become U+FFFD.

CSV (:func:`write_csv`), the first sheet only, as Danish Excel opens it with a
double click (the style :data:`tankapp.export.tabular.EXCEL_DA`): UTF-8 with a
byte order mark, ``;`` between fields, CRLF line ends, the labels as the header
row; a decimal number with a decimal comma (``3,5``), a whole number as it is,
a date as ``YYYY-MM-DD`` (Excel reads it as a date), ``ja``/``nej``, nothing for
``None``; a text that a spreadsheet would run as a formula (``=``, ``+``, ``-``,
``@``, ...) gets a leading ``'`` (:func:`tankapp.export.tabular.guard_formula`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tankapp.export.files import atomic_write
from tankapp.export.tabular import EXCEL_DA, guard_formula

__all__ = ["Sheet", "csv_text", "number_text", "write_csv", "write_xlsx", "xlsx_bytes"]

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what an XLSX cell cannot hold
_XLSX_TEXT_MAX = 32_767  # characters in one Excel cell
_DATE_FORMAT = "dd-mm-yyyy"


@dataclass(frozen=True)
class Sheet:
    title: str  # at most 31 characters, no []:*?/\ (Excel's rule for sheet names)
    columns: Sequence[tuple[str, str]]  # (key, label), in order
    rows: Sequence[Mapping[str, object]]
    widths: Mapping[str, float] = field(default_factory=dict)  # key -> column width in characters (XLSX)


def number_text(value: int | float) -> str:
    """A number as Danish Excel reads it: ``3`` stays ``3``, ``3.5`` is ``3,5`` (no thousands separator)."""
    if isinstance(value, bool):
        raise TypeError("a truth value is not a number")
    if isinstance(value, int):
        return str(value)
    if not math.isfinite(value):
        return ""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", ",")


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return EXCEL_DA.yes if value else EXCEL_DA.no
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return guard_formula(str(value))


def csv_text(sheet: Sheet) -> str:
    """The sheet as CSV text for Danish Excel (without the byte order mark)."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=EXCEL_DA.delimiter, lineterminator=EXCEL_DA.line_end,
                        quoting=csv.QUOTE_MINIMAL)
    writer.writerow([guard_formula(label) for _key, label in sheet.columns])
    for row in sheet.rows:
        writer.writerow([_csv_cell(row.get(key)) for key, _label in sheet.columns])
    return buf.getvalue()


def write_csv(path: Path | str, sheet: Sheet) -> Path:
    """Write *sheet* as CSV for Danish Excel (UTF-8 with BOM); returns *path*."""
    data = csv_text(sheet).encode(EXCEL_DA.encoding)
    return atomic_write(Path(path), lambda fh: fh.write(data))


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _xlsx_cell(ws, value: object, bold=None):
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        text = _ILLEGAL.sub("\ufffd", value)[:_XLSX_TEXT_MAX]
        cell = WriteOnlyCell(ws, value=text)
        cell.data_type = "s"  # "=..." stays text: openpyxl would store it as a formula
    elif isinstance(value, float) and not math.isfinite(value):
        cell = WriteOnlyCell(ws, value=None)
    elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = _DATE_FORMAT
    else:
        cell = WriteOnlyCell(ws, value=value)
    if bold is not None:
        cell.font = bold
    return cell


def xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    """The workbook of *sheets* as the bytes of an .xlsx file."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    for sheet in sheets:
        ws = wb.create_sheet(title=sheet.title[:31])
        ws.freeze_panes = "A2"
        for i, (key, label) in enumerate(sheet.columns):
            width = sheet.widths.get(key)
            if width is None:
                width = min(max(len(label), 10), 40)
            ws.column_dimensions[_letter(i)].width = width
        ws.append([_xlsx_cell(ws, label, bold) for _key, label in sheet.columns])
        for row in sheet.rows:
            ws.append([_xlsx_cell(ws, row.get(key)) for key, _label in sheet.columns])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_xlsx(path: Path | str, sheets: Sequence[Sheet]) -> Path:
    """Write *sheets* as an .xlsx workbook; returns *path*."""
    data = xlsx_bytes(sheets)
    return atomic_write(Path(path), lambda fh: fh.write(data))
