"""Danish alphabetical order, without ICU and without the system locale.

Danish sorts the letters Æ, Ø and Å after Z (in that order), treats the old
spelling "aa" as Å (Aabenraa after Aarhus, both after Ø; CLDR's "da" rule), and
files the neighbours' letters with them: Ä with Æ, Ö and Ő with Ø, Ü with Y.
Other accented letters sort with their base letter (é with e), with the
accent only breaking ties. Case never decides the order, only ties.

:func:`sort_key` returns a plain string whose code-point order is the Danish
order, so the same key works for ``sorted()``, SQLite (see
:func:`danish_compare`, registered as the ``DANISH`` collation) and Qt sort
proxies.
"""

from __future__ import annotations

import unicodedata

# Code points just above "z" so that a plain string compare puts them after z.
_AE, _OE, _AA = "\u007b", "\u007c", "\u007d"

_SPECIAL = {
    "æ": _AE, "ä": _AE, "ę": _AE,
    "ø": _OE, "ö": _OE, "ő": _OE, "œ": _OE + _AE,
    "å": _AA,
    "ü": "y", "ű": "y",
    "ß": "ss", "þ": "th", "ð": "d", "đ": "d", "ł": "l", "ı": "i", "ŀ": "l",
}


def _primary(text: str) -> str:
    folded = text.casefold()
    out: list[str] = []
    i = 0
    n = len(folded)
    while i < n:
        ch = folded[i]
        # "aa" is the old spelling of "å" (Aarhus, Aabenraa, Kierkegaard).
        if ch == "a" and i + 1 < n and folded[i + 1] == "a":
            out.append(_AA)
            i += 2
            continue
        special = _SPECIAL.get(ch)
        if special is not None:
            out.append(special)
        else:
            # Decompose é -> e + accent; keep the base letter only.
            base = unicodedata.normalize("NFD", ch)[0]
            special = _SPECIAL.get(base)
            out.append(special if special is not None else base)
        i += 1
    return "".join(out)


def sort_key(text: str | None) -> str:
    """A string whose plain order is the Danish alphabetical order of ``text``."""
    text = (text or "").strip()
    # Primary letters first; then the accents/case-folded text, then the
    # original, so that different strings never tie.
    return f"{_primary(text)}\x00{text.casefold()}\x00{text}"


def danish_compare(a: str | None, b: str | None) -> int:
    """Comparison function for ``sqlite3.Connection.create_collation``."""
    ka, kb = sort_key(a), sort_key(b)
    return (ka > kb) - (ka < kb)


def sorted_danish(items, key=lambda x: x):
    return sorted(items, key=lambda item: sort_key(key(item)))
