"""Meeting mode's keys, and key names in the user's language.

:func:`key_text` writes a key sequence the way Qt names it for the user
(``NativeText``): with Qt's own Danish translation loaded, "Ctrl+Shift+Z"
reads "Ctrl+Skift+Z" and "Return" "Retur". :func:`shortcut_rows` lists meeting
mode's keys for the F1 overview (the main window's and meeting mode's own),
and :func:`shortcuts_html` lays one or more such lists out as a table.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

# Aliased so that pyside6-lupdate still finds every string (it knows ``translate(``).
translate = QCoreApplication.translate


def key_text(*keys: str | QKeySequence | QKeySequence.StandardKey, sep: str = " / ") -> str:
    """Key sequences as the user's language names them ("Ctrl+Skift+Z" in Danish), joined by ``sep``."""
    return sep.join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def key_range(first: str, last: str) -> str:
    """'Ctrl+1 … Ctrl+7'."""
    return f"{key_text(first)} … {key_text(last)}"


def shortcut_rows() -> list[tuple[str, str]]:
    """Meeting mode's keys and what they do, in the user's language."""
    return [
        (key_text("PgDown", "PgUp"), translate("MeetingModeKeys", "Next / previous agenda item")),
        (key_text("Ctrl+F"), translate("MeetingModeKeys", "Find a member to check in")),
        (key_text("Return"), translate(
            "MeetingModeKeys", "Check in the one member the search shows (or the selected one)")),
        (key_range("Alt+1", "Alt+4"), translate(
            "MeetingModeKeys", "Capture a contribution: promoter, barrier, example, knowledge gap")),
        (key_text("Ctrl+Return"), translate("MeetingModeKeys", "Save the contribution")),
        (key_text("Esc"), translate("MeetingModeKeys", "Cancel the contribution")),
        (key_text("Ctrl+O"), translate("MeetingModeKeys", "Open the item's presentation")),
        (key_text("Ctrl+Z"), translate(
            "MeetingModeKeys", "Undo an attendance change, a corrected time or the end of the meeting")),
        (key_text("Ctrl+Shift+Z"), translate("MeetingModeKeys", "Redo")),
        (key_text("F11"), translate("MeetingModeKeys", "Full screen on and off")),
        (key_text("F1"), translate("MeetingModeKeys", "This list")),
    ]


def shortcuts_html(sections: Iterable[tuple[str | None, Sequence[tuple[str, str]]]]) -> str:
    """Sections of (keys, what they do) as one table; a section with a title gets a heading row."""
    cells = []
    for title, rows in sections:
        if title:
            cells.append(f"<tr><td colspan='2' style='padding-top:10px'><b>{html.escape(title)}</b></td></tr>")
        cells.extend(
            f"<tr><td style='padding-right:16px; white-space:nowrap'><b>{html.escape(k)}</b></td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
    return f"<table width='560'>{''.join(cells)}</table>"  # wide enough that few lines wrap


__all__ = ["key_range", "key_text", "shortcut_rows", "shortcuts_html"]
