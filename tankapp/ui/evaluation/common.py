"""Words and small helpers the evaluation section's widgets share.

Every string of the section is translated in the context ``"Evaluation"``
(``translate("Evaluation", ...)``). A question's own text is data in both languages (the
questionnaire's ``text_da``/``text_en``); :func:`item_text` picks the one the
window speaks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from tankapp.domain import vocabulary
from tankapp.domain.enums import QuestionKind, ResponseStatus
from tankapp.ui.common import texts


# ``translate("Evaluation", "...")``: how the section's widgets word things (lupdate finds them so).
translate = QCoreApplication.translate


def danish_ui() -> bool:
    """Whether the window speaks Danish (the Danish translation is installed)."""
    w = vocabulary.RESPONSE_STATUS[ResponseStatus.ANSWERED]
    return texts.response_status_label(ResponseStatus.ANSWERED) == w.danish


def item_text(item) -> str:
    """A question's full text in the window's language."""
    return item.text_da if danish_ui() else item.text_en


def item_short(item) -> str:
    """A question's short label in the window's language."""
    return item.short_da if danish_ui() else item.short_en


def scale_words(kind: QuestionKind) -> list[str]:
    """The five points of a scale, 1 first, in the window's language."""
    return [QCoreApplication.translate(w.context, w.english) for w in vocabulary.SCALE.get(kind, ())]


def fmt_mean(value: float | None) -> str:
    """A mean the Danish way, one decimal: "3,9"."""
    return "" if value is None else QLocale().toString(float(value), "f", 1)


def fmt_gain(value: float | None) -> str:
    """A change with its sign: "+0,8", "−0,3", "0,0"."""
    if value is None:
        return ""
    text = QLocale().toString(abs(float(value)), "f", 1)
    if round(value, 1) > 0:
        return "+" + text
    if round(value, 1) < 0:
        return "\u2212" + text
    return text


def fmt_share(value: float | None) -> str:
    """A share as a whole percentage: "72 %"."""
    return "" if value is None else f"{round(value * 100)} %"


def round_label(r) -> str:
    """A round in a choice list: "Slutevaluering · 01.02.2027 · Slutevaluering 2027"."""
    return f"{texts.round_kind_label(r.kind)} · {texts.format_date(r.opens_on)} · {r.title}"
