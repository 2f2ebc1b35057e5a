"""The results of a round, per group and overall, and the learning points side by side.

The figures come from :mod:`tankapp.services.evaluation.results`, which hides
a group with fewer than five answers (and, where needed, a group more, so a
small group's figures cannot be worked out from the overall ones). Here such a
group says "for få svar" and shows no figure; the free text is shown for all
groups together only, never per group. Nothing here names a member.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tankapp.domain.enums import EvaluationRoundKind, QuestionKind
from tankapp.services.errors import ServiceError
from tankapp.services.evaluation.learning import LearningPoint
from tankapp.services.evaluation.results import GroupFigures, GroupGain, ItemFigures, KnowledgeGain, RoundResults
from tankapp.ui.common import texts
from tankapp.ui.common.itemmodels import Column
from tankapp.ui.common.list_page import RowList, refill_combo
from tankapp.ui.evaluation.common import danish_ui, fmt_gain, fmt_mean, fmt_share, round_label, scale_words, translate

if TYPE_CHECKING:
    from tankapp.ui.ops import Operations
    from tankapp.ui.ops.evaluation import RoundListRow

# The five points' colours (a diverging scale that reads in both light and dark palettes).
POINT_COLOURS = ("#d95f02", "#fdb863", "#d9d9d9", "#9e9ac8", "#54278f")
POINT_TEXT = ("#ffffff", "#000000", "#000000", "#000000", "#ffffff")


def _e(text: object) -> str:
    return html.escape(str(text or ""))


def _h3(text: str) -> str:
    return f"<h3>{_e(text)}</h3>"


def _p(text: str) -> str:
    return f"<p>{_e(text)}</p>"


def _short(f: ItemFigures) -> str:
    return f.short_da if danish_ui() else f.short_en


def too_few_text() -> str:
    return translate("Evaluation", "too few answers")


def _hidden_text(g: GroupFigures | GroupGain) -> str:
    if g.too_few:
        return too_few_text()
    return translate("Evaluation", "not shown (a small group's figures could be worked out)")


def distribution_bar(counts: tuple[int, ...]) -> str:
    """A stacked bar of the five points as an HTML table (the counts written in)."""
    total = sum(counts)
    if not total:
        return ""
    cells = []
    for n, count in enumerate(counts):
        if not count:
            continue
        width = max(4, round(100 * count / total))
        cells.append(
            f'<td width="{width}%" bgcolor="{POINT_COLOURS[n]}" align="center">'
            f'<span style="color:{POINT_TEXT[n]}">{count}</span></td>'
        )
    return f'<table width="100%" cellspacing="0" cellpadding="2"><tr>{"".join(cells)}</tr></table>'


def _legend(kind: QuestionKind) -> str:
    parts = []
    for n, word in enumerate(scale_words(kind)):
        parts.append(
            f'<span style="background-color:{POINT_COLOURS[n]}; color:{POINT_TEXT[n]}">&nbsp;{n + 1}&nbsp;</span>'
            f"&nbsp;{_e(word)}"
        )
    return "&nbsp;&nbsp; ".join(parts)


def _table(header: list[str], rows: list[str]) -> str:
    head = "".join(f"<th align='left'>{h}</th>" for h in header)
    return (
        "<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse; border-color:#999'>"
        f"<tr bgcolor='#e6e6e6'>{head}</tr>{''.join(rows)}</table>"
    )


def results_html(res: RoundResults, gain: KnowledgeGain | None, detail_group: int | None) -> str:
    """The page of a round's results (see the module docstring)."""
    out = [f"<h2>{_e(round_label(res.round))}</h2>"]
    groups = [res.overall, *res.groups]
    name = {None: translate("Evaluation", "All groups")}

    def group_name(g) -> str:
        return _e(name.get(g.group_id, g.group))

    # --- response rate -----------------------------------------------------------------
    out.append(_h3(translate("Evaluation", "Response rate")))
    rows = []
    for g in groups:
        rate = fmt_share(g.response_rate) if g.response_rate is not None else "–"
        note = "" if g.shown or g.overall else _e(_hidden_text(g))
        bold = ("<b>", "</b>") if g.overall else ("", "")
        rows.append(
            f"<tr><td>{bold[0]}{group_name(g)}{bold[1]}</td><td align='right'>{g.asked}</td>"
            f"<td align='right'>{g.answered}</td><td align='right'>{g.declined}</td>"
            f"<td align='right'>{rate}</td><td>{note}</td></tr>"
        )
    out.append(_table([_e(translate("Evaluation", "Group")), _e(translate("Evaluation", "Asked")), _e(translate("Evaluation", "Answered")), _e(translate("Evaluation", "Declined")),
                       _e(translate("Evaluation", "Response rate")), ""], rows))

    # --- per group: mean and share agreeing ------------------------------------------------
    for title, pick, agree_word in (
        (translate("Evaluation", "The success statements: mean (1-5) and share who agree (4-5)"), lambda g: g.statements, translate("Evaluation", "agree")),
        (translate("Evaluation", "Own knowledge: mean (1-5) and share who rate it high (4-5)"), lambda g: g.knowledge, translate("Evaluation", "high")),
    ):
        items = pick(res.overall)
        if not items:
            continue
        out.append(f"<h3>{_e(title)}</h3>")
        rows = []
        for g in groups:
            bold = ("<b>", "</b>") if g.overall else ("", "")
            cells = [f"<td>{bold[0]}{group_name(g)}{bold[1]}</td>"]
            if not g.shown:
                cells.append(f"<td colspan='{len(items)}'><i>{_e(_hidden_text(g))}</i></td>")
            else:
                for f in pick(g):
                    if f.hidden:
                        cells.append(f"<td>{_e(too_few_text())}</td>")
                    else:
                        cells.append(f"<td align='right'>{fmt_mean(f.mean)} · {fmt_share(f.agree_share)} "
                                     f"{_e(agree_word)}</td>")
            rows.append(f"<tr>{''.join(cells)}</tr>")
        out.append(_table([_e(translate("Evaluation", "Group")), *(_e(_short(f)) for f in items)], rows))

    # --- the distribution of one group (or all) ---------------------------------------------
    chosen = next((g for g in groups if g.group_id == detail_group), res.overall)
    heading = translate("Evaluation", "Distribution: %1")
    out.append(_h3(heading.replace("%1", name.get(chosen.group_id, chosen.group))))
    if not chosen.shown:
        out.append(f"<p><i>{_e(_hidden_text(chosen))}</i>: "
                   + _e(translate("Evaluation", "%1 answered; figures are shown from %2 answers, so no one can be "
                                                "singled out.").replace("%1", str(chosen.answered))
                        .replace("%2", str(res.min_answers))) +
                   "</p>")
    else:
        for kind, items in ((QuestionKind.AGREEMENT, chosen.statements), (QuestionKind.KNOWLEDGE, chosen.knowledge)):
            if not items:
                continue
            out.append(f"<p>{_legend(kind)}</p>")
            rows = []
            for f in items:
                if f.hidden:
                    rows.append(f"<tr><td>{_e(_short(f))}</td><td colspan='4'>{_e(too_few_text())}</td></tr>")
                    continue
                rows.append(
                    f"<tr><td width='30%'>{_e(_short(f))}</td><td width='46%'>{distribution_bar(f.counts)}</td>"
                    f"<td align='right'>{f.answers}</td><td align='right'>{fmt_mean(f.mean)}</td>"
                    f"<td align='right'>{fmt_share(f.agree_share)}</td></tr>"
                )
            out.append(_table([_e(translate("Evaluation", "Question")), _e(translate("Evaluation", "Distribution 1-5")), _e(translate("Evaluation", "Answers")), _e(translate("Evaluation", "Mean")),
                               _e(translate("Evaluation", "4-5"))], rows).replace("<table ", "<table width='100%' ", 1))

    # --- knowledge gain ----------------------------------------------------------------------
    out.append(_h3(translate("Evaluation", "Knowledge gain")))
    if gain is None:
        out.append(_p(translate("Evaluation", "Knowledge gain is shown once there is both a baseline and an end round.")))
    else:
        out.append("<p>" + _e(
            translate("Evaluation", "%1 against %2, for the members who answered both (own rating, 1-5: baseline → end, the mean change).")
            .replace("%1", round_label(gain.end)).replace("%2", round_label(gain.baseline))) + "</p>")
        items = gain.overall.items
        rows = []
        for g in [gain.overall, *gain.groups]:
            bold = ("<b>", "</b>") if g.overall else ("", "")
            cells = [f"<td>{bold[0]}{group_name(g)}{bold[1]}</td>"]
            if not g.shown:
                cells.append(f"<td colspan='{len(items) + 1}'><i>{_e(_hidden_text(g))}</i></td>")
            else:
                cells.append(f"<td align='right'>{g.pairs}</td>")
                for f in g.items:
                    if f.hidden:
                        cells.append(f"<td>{_e(too_few_text())}</td>")
                    else:
                        cells.append(f"<td align='right'>{fmt_mean(f.baseline_mean)} → {fmt_mean(f.end_mean)} "
                                     f"(<b>{fmt_gain(f.gain)}</b>)</td>")
            rows.append(f"<tr>{''.join(cells)}</tr>")
        out.append(_table([_e(translate("Evaluation", "Group")), _e(translate("Evaluation", "Answered both")),
                           *(_e(f.short_da if danish_ui() else f.short_en) for f in items)], rows))

    # --- the free text, all groups together -------------------------------------------------
    out.append(_h3(translate("Evaluation", "Free text, all groups together")))
    if not res.overall.shown:
        out.append(f"<p><i>{_e(too_few_text())}</i></p>")
    else:
        for title, answers in ((translate("Evaluation", "Promoters"), res.overall.promoters), (translate("Evaluation", "Barriers"), res.overall.barriers)):
            out.append(f"<p><b>{_e(title)}</b> ({len(answers)})</p>")
            if answers:
                items = "".join(f"<li>{_e(a).replace(chr(10), '<br>')}</li>" for a in answers)
                out.append(f"<ul>{items}</ul>")
            else:
                out.append(_p(translate("Evaluation", "No one has written anything here.")))
        out.append("<p><i>" + _e(translate("Evaluation", "The free text is never shown per group, so no one can be "
                                                      "recognised.")) + "</i></p>")
    return "\n".join(out)


class ResultsView(QWidget):
    """A round's figures (see :func:`results_html`), with the group whose distribution is shown and the
    rounds the knowledge gain compares."""

    report_requested = Signal()  # "Evaluation report (PDF)…": the page asks where and writes it

    def __init__(self, ops: Operations, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.round_id: int | None = None
        self._rounds: list[RoundListRow] = []
        self.html = ""  # what the browser shows
        self.group = QComboBox()
        self.group.setAccessibleName(translate("Evaluation", "Distribution for"))
        self.baseline = QComboBox()
        self.end = QComboBox()
        for combo in (self.baseline, self.end):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        group_label = QLabel(translate("Evaluation", "&Distribution for:"))
        group_label.setBuddy(self.group)
        gain_label = QLabel(translate("Evaluation", "Knowledge &gain from:"))
        gain_label.setBuddy(self.baseline)
        to_label = QLabel(translate("Evaluation", "to"))
        top = QHBoxLayout()
        top.addWidget(group_label)
        top.addWidget(self.group)
        top.addSpacing(16)
        top.addWidget(gain_label)
        top.addWidget(self.baseline, 1)
        top.addWidget(to_label)
        top.addWidget(self.end, 1)
        # the final evaluation report as a PDF (every round, all groups; no member named)
        self.report_button = QPushButton(translate("Evaluation", "Evaluation report (PDF)…"))
        self.report_button.setToolTip(translate("Evaluation", "The final evaluation report with charts, for the steering committee: every round, all groups. No member is named."))
        self.report_button.clicked.connect(self.report_requested)
        top.addSpacing(16)
        top.addWidget(self.report_button)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(translate("Evaluation", "Results"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.browser, 1)
        self.message.hide()
        self.group.currentIndexChanged.connect(lambda _i: self.refresh())
        self.baseline.currentIndexChanged.connect(lambda _i: self.refresh())
        self.end.currentIndexChanged.connect(lambda _i: self.refresh())

    def set_rounds(self, rounds: list[RoundListRow]) -> None:
        self._rounds = rounds
        baselines = [r.round for r in rounds if r.round.kind == EvaluationRoundKind.BASELINE]
        ends = [r.round for r in rounds if r.round.kind != EvaluationRoundKind.BASELINE]
        for combo, choices in ((self.baseline, baselines), (self.end, ends)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for r in choices:
                combo.addItem(round_label(r), r.id)
            index = combo.findData(current) if current is not None else -1
            if index < 0:  # the latest of its kind (an end round before a midway one)
                latest = max(choices, key=lambda r: (r.kind == EvaluationRoundKind.END, r.opens_on, r.id),
                             default=None)
                index = combo.findData(latest.id) if latest is not None else -1
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def show_round(self, round_id: int | None) -> None:
        self.round_id = round_id
        self.refresh()

    def text(self) -> str:
        """What the view shows, as plain text (for tests and copying)."""
        return self.browser.toPlainText()

    def rows(self) -> list[str]:
        """Each table row shown, its cells' text joined by " | " (headings and paragraphs as rows too)."""
        out = []
        for chunk in re.split(r"<tr[ >]|<h[23]>|<p>", self.html):
            cells = re.split(r"</t[dh]>", chunk)
            text = " | ".join(" ".join(html.unescape(re.sub(r"<[^>]+>", " ", c)).split()) for c in cells)
            text = text.strip(" |")
            if text:
                out.append(text)
        return out

    def refresh(self) -> None:
        if self.round_id is None:
            self.browser.clear()
            self.message.setText(translate("Evaluation", "Choose a round to see its results."))
            self.message.show()
            return
        try:
            res = self.ops.evaluation.results(self.round_id)
            b, e = self.baseline.currentData(), self.end.currentData()
            gain = self.ops.evaluation.knowledge_gain(b, e) if b is not None and e is not None and b != e else None
        except ServiceError as exc:
            self.browser.clear()
            self.message.setText(texts.problem_text(exc.problem))
            self.message.show()
            return
        self.message.hide()
        refill_combo(self.group, translate("Evaluation", "All groups"), ((g.group, g.group_id) for g in res.groups))
        bar = self.browser.verticalScrollBar().value()
        self.html = results_html(res, gain, self.group.currentData())
        self.browser.setHtml(self.html)
        self.browser.verticalScrollBar().setValue(bar)


# ------------------------------------------------------------------ learning points


def _point_columns() -> list[Column]:
    right = Qt.AlignmentFlag.AlignRight
    return [
        Column(translate("Evaluation", "Point"), lambda p: p.text, tooltip=lambda p: p.text),
        Column(translate("Evaluation", "Groups"), lambda p: p.groups, align=right, searchable=False),
        Column(translate("Evaluation", "Evaluations"), lambda p: p.evaluations, align=right, searchable=False),
        Column(translate("Evaluation", "Contributions"), lambda p: p.contributions, align=right, searchable=False),
    ]


class LearningView(QWidget):
    """Promoters and barriers side by side: from the evaluations' free text and the knowledge contributions,
    grouped, with how many groups raised each (never who, nor which group)."""

    def __init__(self, ops: Operations, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.round_id: int | None = None
        self.only_round = QCheckBox(translate("Evaluation", "Only the free text of the chosen round"))
        self.note = QLabel(translate("Evaluation", 
            "Points that say the same are counted together. Groups: how many groups raised the point, in their "
            "evaluations or as knowledge contributions."))
        self.note.setWordWrap(True)
        self.promoters = RowList(_point_columns(), key=lambda p: p.key, sort=(1, Qt.SortOrder.DescendingOrder),
                                 empty_text=translate("Evaluation", "No promoters yet."))
        self.barriers = RowList(_point_columns(), key=lambda p: p.key, sort=(1, Qt.SortOrder.DescendingOrder),
                                empty_text=translate("Evaluation", "No barriers yet."))
        for rl, name in ((self.promoters, translate("Evaluation", "Promoters")), (self.barriers, translate("Evaluation", "Barriers"))):
            rl.table.setAccessibleName(name)
            rl.table.setWordWrap(True)
            header = rl.table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for c in (1, 2, 3):
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.promoters_label = QLabel()
        self.barriers_label = QLabel()
        for label in (self.promoters_label, self.barriers_label):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.promoters_label)
        ll.addWidget(self.promoters, 1)
        right = QWidget()
        rl_ = QVBoxLayout(right)
        rl_.setContentsMargins(0, 0, 0, 0)
        rl_.addWidget(self.barriers_label)
        rl_.addWidget(self.barriers, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.only_round)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        self.only_round.toggled.connect(lambda _on: self.refresh())

    def show_round(self, round_id: int | None) -> None:
        self.round_id = round_id
        self.only_round.setEnabled(round_id is not None)
        self.refresh()

    def refresh(self) -> None:
        ids = [self.round_id] if self.only_round.isChecked() and self.round_id is not None else None
        try:
            points = self.ops.evaluation.learning_points(ids)
        except ServiceError:
            points = None
        promoters: tuple[LearningPoint, ...] = points.promoters if points else ()
        barriers: tuple[LearningPoint, ...] = points.barriers if points else ()
        self.promoters.set_rows(list(promoters))
        self.barriers.set_rows(list(barriers))
        self.promoters_label.setText(translate("Evaluation", "Promoters (%1)").replace("%1", str(len(promoters))))
        self.barriers_label.setText(translate("Evaluation", "Barriers (%1)").replace("%1", str(len(barriers))))
