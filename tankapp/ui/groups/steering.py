"""How the steering committee is shown where groups are chosen or listed.

It is a group row of its own kind (see :mod:`tankapp.services.members.groups`),
so lists of groups hold it too; the choices put it last, after a separator,
under a label that says what it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from tankapp.domain.enums import ActorKind
from tankapp.ui.common import texts


def steering_word() -> str:
    """"Styregruppe" (the window's language)."""
    return texts.actor_kind_label(ActorKind.STEERING_COMMITTEE)


def group_label(name: str, steering: bool) -> str:
    """A group's name as a choice shows it: the steering committee marked as such unless its name says so.

    "Klinikere"; "Styregruppe"; "Styregruppen 2026 (styregruppe)".
    """
    if not steering:
        return name
    word = steering_word()
    if name.strip().casefold() == word.casefold():
        return name
    return f"{name} ({word[:1].lower() + word[1:]})"


def group_choices(groups) -> list[tuple[str, int]]:
    """(label, id) of the groups for a filter: the expert groups in their order, the steering committee last."""
    expert = [(g.name, g.id) for g in groups if not g.steering]
    steering = [(group_label(g.name, True), g.id) for g in groups if g.steering]
    return expert + steering


def separate_steering(combo: QComboBox, groups) -> None:
    """Put a separator before the steering committee's entry in a filled group combo (if it is there)."""
    ids = {g.id for g in groups if g.steering}
    for i in range(combo.count()):
        if combo.itemData(i) in ids:
            if i > 0 and combo.itemText(i - 1):  # not twice
                combo.insertSeparator(i)
            return
