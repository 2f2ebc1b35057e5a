"""Value rules that need no database: e-mail shape, trimming."""

from __future__ import annotations

import re

# Pragmatic: one @, no spaces, a dot in the domain, no empty labels.
# International letters are allowed (æøå in addresses do occur).
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@([^@\s<>(),;:\"\[\].]+\.)+[^@\s<>(),;:\"\[\].]{2,}$")


def normalise_email(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def is_valid_email(value: str) -> bool:
    if len(value) > 254 or ".." in value:
        return False
    local = value.split("@", 1)[0]
    if local.startswith(".") or local.endswith("."):
        return False
    return bool(_EMAIL.match(value))


def clean_text(value: str | None) -> str:
    """Trim surrounding whitespace; never None."""
    return (value or "").strip()
