"""Danish dates, times and lists as the users write them, without Qt and without locales.

Pure Python, so the export layer, the services and the CLI can all use it (the GUI
has ``QLocale`` for the same job; both give the same text):

>>> import datetime as dt
>>> long_date(dt.date(2026, 3, 12))
'torsdag den 12. marts 2026'
>>> short_date(dt.date(2026, 3, 12))
'12.03.2026'
>>> time_text(dt.time(9, 30))
'09.30'
>>> time_range(dt.time(9, 30), dt.time(15, 0))
'09.30-15.00'
>>> date_time_text(dt.datetime(2026, 3, 12, 14, 5))
'torsdag den 12. marts 2026 kl. 14.05'
>>> join_names(["Klinikere", "Ledere", "Forskere"])
'Klinikere, Ledere og Forskere'
>>> minutes_text(1), minutes_text(25)
('1 minut', '25 minutter')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

WEEKDAY_NAMES: tuple[str, ...] = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTH_NAMES: tuple[str, ...] = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)


def weekday_name(d: dt.date) -> str:
    """``"torsdag"`` (lower case, as Danish writes weekdays)."""
    return WEEKDAY_NAMES[d.weekday()]


def month_name(month: int) -> str:
    """``month_name(3) == "marts"`` (1 = januar)."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1-12, not {month}")
    return MONTH_NAMES[month - 1]


def long_date(d: dt.date) -> str:
    """``"torsdag den 12. marts 2026"``."""
    return f"{weekday_name(d)} den {d.day}. {month_name(d.month)} {d.year}"


def short_date(d: dt.date) -> str:
    """``"12.03.2026"``."""
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def time_text(t: dt.time | dt.datetime) -> str:
    """``"09.30"``: Danish puts a dot between hours and minutes."""
    return f"{t.hour:02d}.{t.minute:02d}"


def time_range(start: dt.time, end: dt.time) -> str:
    """``"09.30-15.00"``."""
    return f"{time_text(start)}-{time_text(end)}"


def date_time_text(moment: dt.datetime) -> str:
    """``"torsdag den 12. marts 2026 kl. 14.05"``."""
    return f"{long_date(moment)} kl. {time_text(moment)}"


def join_names(names: Iterable[str]) -> str:
    """``"A"``, ``"A og B"``, ``"A, B og C"`` (no comma before *og*)."""
    items = [n for n in names if n]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " og " + items[-1]


def minutes_text(minutes: int) -> str:
    """``"1 minut"``, ``"25 minutter"``."""
    return f"{minutes} minut" if abs(minutes) == 1 else f"{minutes} minutter"
