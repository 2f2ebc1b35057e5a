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

import functools
import re
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
_TABLE = str.maketrans(_SPECIAL)
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _primary(text: str) -> str:
    # "aa" is the old spelling of "å" (Aarhus, Aabenraa, Kierkegaard).
    folded = text.casefold().replace("aa", _AA).translate(_TABLE)
    if not folded.isascii():
        # é -> e + accent -> e; a letter that decomposes into a special one (ǿ -> ø) maps again.
        folded = _COMBINING.sub("", unicodedata.normalize("NFD", folded)).translate(_TABLE)
    return folded


@functools.lru_cache(maxsize=1 << 15)  # a list's names are keyed by the service and again by its view
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


# ---------------------------------------------------------------- search as you type

# What people type for the Danish letters and accents: "aase" or "ase" for Åse,
# "oster" or "oester" for Østergaard, "bjorn" for Bjørn, "zoe" for Zoë, "aero"
# for Ærø, "parorende" for pårørende. Text and typed words are folded the same
# way to one skeleton, so every common spelling meets every other.
_SEARCH_LETTERS = str.maketrans({"å": "a", "ø": "o", "æ": "ae", "ä": "ae", "ö": "o", "ü": "u", "ß": "ss",
                                 "ł": "l", "ı": "i", "đ": "d", "ð": "d", "þ": "th", "œ": "o"})
_SEARCH_PAIRS = re.compile("aa|oe|ue")
_SEARCH_PAIR_TO = {"aa": "a", "oe": "o", "ue": "u"}


def search_fold(text: str | None) -> str:
    """The skeleton a filter compares: "Åse Østergaard" and "aase oestergaard" both give "ase ostergard"."""
    folded = (text or "").casefold().translate(_SEARCH_LETTERS)
    if not folded.isascii():
        folded = _COMBINING.sub("", unicodedata.normalize("NFD", folded)).translate(_SEARCH_LETTERS)
    return _SEARCH_PAIRS.sub(lambda m: _SEARCH_PAIR_TO[m.group(0)], folded)


def search_text(text: str | None) -> str:
    """The text a filter box looks in (see :func:`search_fold`; typed words are folded the same way)."""
    return search_fold(text)
