"""Reading a date as a Danish user types it (pure Python, no Qt).

Every date field in the GUI reads what was typed with :func:`parse_danish_date`:

>>> import datetime as dt
>>> today = dt.date(2026, 12, 2)
>>> [parse_danish_date(t, today) for t in ("3.2.2027", "03-02-2027", "3/2 2027", "3/2-27", "2027-02-03")]
[datetime.date(2027, 2, 3), datetime.date(2027, 2, 3), datetime.date(2027, 2, 3), datetime.date(2027, 2, 3), datetime.date(2027, 2, 3)]
>>> parse_danish_date("3. februar 2027", today), parse_danish_date("torsdag den 12. marts 2026", today)
(datetime.date(2027, 2, 3), datetime.date(2026, 3, 12))
>>> parse_danish_date("3/2", today)  # no year: the 3rd of February nearest to today
datetime.date(2027, 2, 3)
>>> parse_danish_date("31.2.2027", today) is None
True

Rules, in order:

* Day before month, as Danes write dates: ``3.2.2027``, ``03-02-2027``, ``3/2 2027``, ``3/2-27``,
  ``3. 2. 2027``; any mix of ``.``, ``-``, ``/``, ``,`` and spaces between the parts.
* A year first (four digits) is ISO order: ``2027-02-03``, ``2027.2.3``.
* A month may be named, in Danish or English, in full or cut short: ``3. feb. 2027``,
  ``3 februar``; a weekday and "den" in front are skipped (what the app itself writes:
  ``torsdag den 12. marts 2026``).
* Digits only: ``03022027`` (DDMMYYYY), ``030227`` (DDMMYY), ``20270203`` (YYYYMMDD, when it is
  not a DDMMYYYY date).
* A two-digit year is in this century (``27`` is 2027), unless that is more than 50 years ahead.
* No year: the date nearest to ``today`` (typed in December, ``3/2`` is next February; ``28/11``
  last month).
* Anything else, or a day that does not exist, is ``None``: the field says so, it never guesses.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["parse_danish_date", "MONTHS"]

_MONTH_WORDS = (
    ("januar", "january", "jan"),
    ("februar", "february", "feb"),
    ("marts", "march", "mar"),
    ("april", "apr"),
    ("maj", "may"),
    ("juni", "june", "jun"),
    ("juli", "july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("oktober", "october", "okt", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
#: A month's name (Danish or English, full or cut short) -> its number.
MONTHS: dict[str, int] = {word: n for n, words in enumerate(_MONTH_WORDS, start=1) for word in words}

_WEEKDAYS = frozenset(
    (
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
        "man", "tir", "tirs", "ons", "tor", "tors", "fre", "lør", "søn",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    )
)  # fmt: skip
_SKIPPED = _WEEKDAYS | {"den", "d"}

# Parts: ASCII digits or letters (æøå included); between them only separators.
_TOKEN = re.compile(r"[0-9]+|[a-zæøå]+")
_SEPARATORS = re.compile(r"[\s.,/\-]*")
_MAX_LENGTH = 60  # "onsdag den 30. september 2026" is 29 characters; longer is not a date


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(digits: str, today: dt.date) -> int | None:
    if len(digits) == 4:
        return int(digits)
    if len(digits) == 2:
        year = 2000 + int(digits)
        return year if year <= today.year + 50 else year - 100
    return None


def _nearest(month: int, day: int, today: dt.date) -> dt.date | None:
    """The day and month in last, this or next year: the one nearest to today (ahead on a tie)."""
    candidates = [d for y in (today.year, today.year + 1, today.year - 1) if (d := _date(y, month, day))]
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - today).days), d < today))


def _day_month_year(day: str, month: int | None, year: str | None, today: dt.date) -> dt.date | None:
    if month is None or len(day) > 2:
        return None
    if year is None:
        return _nearest(month, int(day), today)
    y = _year(year, today)
    return None if y is None else _date(y, month, int(day))


def _number_month(text: str) -> int | None:
    return int(text) if text.isdigit() and len(text) <= 2 else None


def _digits_only(text: str, today: dt.date) -> dt.date | None:
    if len(text) == 8:  # DDMMYYYY, else YYYYMMDD
        return _date(int(text[4:]), int(text[2:4]), int(text[:2])) or _date(
            int(text[:4]), int(text[4:6]), int(text[6:])
        )
    if len(text) == 6:  # DDMMYY
        year = _year(text[4:], today)
        return None if year is None else _date(year, int(text[2:4]), int(text[:2]))
    return None


def parse_danish_date(text: str, today: dt.date) -> dt.date | None:
    """The date ``text`` means, read the Danish way (see the module's rules), or None."""
    text = (text or "").strip().lower()
    if not text or len(text) > _MAX_LENGTH:
        return None
    if text.isascii() and text.isdigit():
        return _digits_only(text, today)
    tokens = _TOKEN.findall(text)
    # Nothing but separators may stand between the parts ("3:2:2027" and "3½" are not dates).
    if _SEPARATORS.sub("", _TOKEN.sub("", text)):
        return None
    while tokens and tokens[0] in _SKIPPED:
        tokens.pop(0)
    if not 2 <= len(tokens) <= 3:
        return None
    first, second, *rest = tokens
    year = rest[0] if rest else None
    if year is not None and not year.isdigit():
        return None
    if not first.isdigit():
        return None
    if len(first) == 4 and year is not None:  # ISO order: year, month, day
        return _date(int(first), m, int(year)) if (m := _number_month(second)) and len(year) <= 2 else None
    month = MONTHS.get(second) if second.isalpha() else _number_month(second)
    return _day_month_year(first, month, year, today)
