"""The Status section's words: states, the criteria's titles and their explanations.

The service words each explanation in English and Danish for the command line
and documents (:data:`tankapp.services.status.REASONS`); the window words the
same reason codes through Qt's translations, so the language switch works.
The English here is the service's English, letter for letter
(``tests/test_dashboard.py`` checks it), and each text is translated in the
context ``"Status"``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from tankapp.domain import vocabulary
from tankapp.domain.enums import MeetingStatus
from tankapp.services.status import State


def QT_TRANSLATE_NOOP(context: str, english: str) -> str:  # noqa: N802 - the name lupdate looks for
    return english


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate``; the section writes ``translate("Status", "...")`` so lupdate finds it."""
    return QCoreApplication.translate(context, text)


def tr(text: str) -> str:
    """A text of the tables above (already found by lupdate) in the window's language."""
    return QCoreApplication.translate("Status", text)


def danish_ui() -> bool:
    """Whether the window speaks Danish (the Danish translation is installed)."""
    w = vocabulary.MEETING_STATUS[MeetingStatus.HELD]
    return QCoreApplication.translate(w.context, w.english) == w.danish


STATES: dict[State, str] = {
    State.MET: QT_TRANSLATE_NOOP("Status", "Met"),
    State.ON_TRACK: QT_TRANSLATE_NOOP("Status", "On track"),
    State.AT_RISK: QT_TRANSLATE_NOOP("Status", "At risk"),
    State.NOT_MET: QT_TRANSLATE_NOOP("Status", "Not met"),
    State.NOT_YET: QT_TRANSLATE_NOOP("Status", "Not yet measurable"),
}

#: The state's colour: a background for white text (contrast 4.5:1 or more), never the only sign.
STATE_COLORS: dict[State, str] = {
    State.MET: "#1e6b34",
    State.ON_TRACK: "#1a5fa8",
    State.AT_RISK: "#8a4b00",
    State.NOT_MET: "#b00020",
    State.NOT_YET: "#5f6368",
}

TITLES: dict[str, str] = {
    "groups": QT_TRANSLATE_NOOP("Status", "Expert groups established"),
    "meetings": QT_TRANSLATE_NOOP("Status", "Meetings held"),
    "agenda": QT_TRANSLATE_NOOP("Status", "Knowledge and dissemination at every meeting"),
    "attendance": QT_TRANSLATE_NOOP("Status", "Members' attendance"),
    "contributions": QT_TRANSLATE_NOOP("Status", "Knowledge contributions"),
    "evaluation": QT_TRANSLATE_NOOP("Status", "Self-evaluation"),
}

#: Short titles for the strip of tiles at the top.
SHORT_TITLES: dict[str, str] = {
    "groups": QT_TRANSLATE_NOOP("Status", "Groups"),
    "meetings": QT_TRANSLATE_NOOP("Status", "Meetings"),
    "agenda": QT_TRANSLATE_NOOP("Status", "Knowledge and dissemination"),
    "attendance": QT_TRANSLATE_NOOP("Status", "Attendance"),
    "contributions": QT_TRANSLATE_NOOP("Status", "Contributions"),
    "evaluation": QT_TRANSLATE_NOOP("Status", "Self-evaluation"),
}

REASONS: dict[str, str] = {
    "groups_met": QT_TRANSLATE_NOOP("Status", "All {groups} groups are established and within their target size."),
    "groups_missing": QT_TRANSLATE_NOOP("Status", "{groups} of {required} groups are established."),
    "groups_outside": QT_TRANSLATE_NOOP("Status", "Groups outside their target size: {outside} of {groups}."),
    "meetings_met": QT_TRANSLATE_NOOP("Status", "{held} of {target} meetings held: the target is reached."),
    "meetings_ended": QT_TRANSLATE_NOOP("Status", "{held} of {target} meetings were held in the project period."),
    "meetings_planned": QT_TRANSLATE_NOOP(
        "Status", "{held} of {target} held; with the {planned} planned the target is reached."),
    "meetings_pace": QT_TRANSLATE_NOOP(
        "Status", "{held} of {target} held, {planned} planned; {remaining} to go in {months} months: {pace} a month."),
    "meetings_behind": QT_TRANSLATE_NOOP(
        "Status",
        "{held} held and {planned} planned, behind the {expected} of {target} the plan expects by now; "
        "{pace} a month needed."),
    "agenda_not_yet": QT_TRANSLATE_NOOP("Status", "No meeting has been held yet."),
    "agenda_missing_held": QT_TRANSLATE_NOOP(
        "Status",
        "Held meetings without a knowledge presentation or a discussion of dissemination: {missing} of {held}."),
    "agenda_missing_planned": QT_TRANSLATE_NOOP(
        "Status",
        "Coming meetings without a knowledge presentation or a discussion of dissemination on the agenda: {missing}."),
    "agenda_ok": QT_TRANSLATE_NOOP(
        "Status",
        "Every held meeting had a knowledge presentation and a discussion of dissemination ({held} meetings)."),
    "attendance_no_members": QT_TRANSLATE_NOOP("Status", "There are no active members yet."),
    "attendance_below": QT_TRANSLATE_NOOP("Status", "Members who can no longer reach {min} meetings: {below}."),
    "attendance_below_ended": QT_TRANSLATE_NOOP("Status", "Members who attended fewer than {min} meetings: {below}."),
    "attendance_at_risk": QT_TRANSLATE_NOOP(
        "Status", "Members who reach {min} meetings only by coming to every meeting left: {at_risk}."),
    "attendance_met": QT_TRANSLATE_NOOP(
        "Status", "Every member has attended at least {min} meetings ({members} members)."),
    "attendance_on_track": QT_TRANSLATE_NOOP(
        "Status", "Attended {min} meetings so far: {reached} of {members} members; the others can still make it."),
    "contributions_not_yet": QT_TRANSLATE_NOOP("Status", "No meeting has been held yet."),
    "contributions_missing": QT_TRANSLATE_NOOP(
        "Status", "Held meetings without any knowledge contribution: {missing} of {held}."),
    "contributions_ok": QT_TRANSLATE_NOOP("Status", "Contributions: {total}; every held meeting gave at least one."),
    "evaluation_no_round": QT_TRANSLATE_NOOP("Status", "There is no end evaluation yet."),
    "evaluation_too_few": QT_TRANSLATE_NOOP(
        "Status", "Too few answers to the end evaluation yet: {answered} of {asked} (at least {min_answers} needed)."),
    "evaluation_met": QT_TRANSLATE_NOOP(
        "Status", "At least {target} % agree with each of the {statements} statements ({answered} answers)."),
    "evaluation_below": QT_TRANSLATE_NOOP(
        "Status", "Statements fewer than {target} % agree with: {below} of {statements}."),
    "evaluation_hidden": QT_TRANSLATE_NOOP(
        "Status", "Statements with too few answers to show: {hidden} of {statements}."),
}


def number(value) -> str:
    """A figure the Danish way (the window's numbers are Danish in both languages): 1,4."""
    if isinstance(value, float):
        return QLocale().toString(value, "f", 1)
    return QLocale().toString(int(value)) if isinstance(value, int) and abs(value) < 2**31 else str(value)


def state_word(state: State) -> str:
    return tr(STATES[state])


def state_color(state: State) -> QColor:
    return QColor(STATE_COLORS[state])


def title(key: str) -> str:
    return tr(TITLES[key])


def short_title(key: str) -> str:
    return tr(SHORT_TITLES[key])


def explanation(criterion) -> str:
    """A criterion's one-line explanation in the window's language."""
    template = tr(REASONS[criterion.reason])
    try:
        return template.format(**{k: number(v) for k, v in criterion.params.items()})
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: the English
        return REASONS[criterion.reason].format(**{k: number(v) for k, v in criterion.params.items()})


def percent(share: float | None) -> str:
    return "–" if share is None else QLocale().toString(round(share * 100)) + " %"
