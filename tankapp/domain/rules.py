"""Value rules that need no database: e-mail shape, trimming, the meeting-mode timer."""

from __future__ import annotations

import re
from typing import Literal

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


TimerState = Literal["normal", "amber", "red"]

# Meeting mode warns (amber) from this share of an item's planned time on.
TIMER_AMBER_FROM = 0.8


def timer_state(elapsed_seconds: int, planned_minutes: int) -> TimerState:
    """How meeting mode colours an agenda item's timer.

    "red" once the planned time is past, "amber" from 80 % of it up to the end (inclusive),
    "normal" before that.  An item with no planned time is always "normal".
    """
    planned = planned_minutes * 60
    if planned <= 0:
        return "normal"
    if elapsed_seconds > planned:
        return "red"
    if elapsed_seconds >= planned * TIMER_AMBER_FROM:
        return "amber"
    return "normal"
