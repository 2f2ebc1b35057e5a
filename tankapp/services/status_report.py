"""The status report for the steering committee: its plain data, read in one short transaction, and the PDF.

:func:`status_report` starts from :func:`tankapp.services.status.success_criteria`
(what the dashboard and ``tankapp status`` show) made anonymous
(:meth:`~tankapp.services.status.StatusReport.anonymous`: no member's name, no
overdue action's text or owner), and turns it into the Danish rows of
:class:`tankapp.export.status_report.StatusReportDocument`. So every rule of the
status holds in the report: the same states, the same figures, the same groups
counted. Added here, for the self-evaluation's part, are the statements' full
texts (from the end round's questionnaire) and the knowledge gain between the
latest baseline before that end round and the end round
(:func:`tankapp.services.evaluation.results.knowledge_gain`, fewer-than-5 rule
and all), drawn the way the evaluation report draws them.

Nothing that names a member goes in: counts, shares, group names and meeting
titles only. A database without a think tank raises ``no_think_tank``
(NotFound), so nothing is written.

The writer (:func:`write_status_report`) needs no database: read, then write
outside the transaction.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from tankapp.domain import vocabulary
from tankapp.domain.enums import AgendaItemKind, ContributionKind, EvaluationRoundKind
from tankapp.services import status as status_service

if TYPE_CHECKING:
    from tankapp.export.status_report import StatusReportDocument

__all__ = ["export_status_report", "status_report", "write_status_report"]


def status_report(s: Session, today: dt.date | None = None, *,
                  generated_at: dt.datetime | None = None) -> StatusReportDocument:
    """The report's data on ``today`` (default: the real today); see the module docstring."""
    from tankapp.export import contributions_report as cdoc
    from tankapp.export import status_report as doc

    r = status_service.success_criteria(s, today).anonymous()
    state_da = {state: words[1] for state, words in status_service.STATE_WORDS.items()}
    agenda_da = vocabulary.danish_of(AgendaItemKind)

    def criterion(c: status_service.CriterionResult) -> doc.CriterionState:
        return doc.CriterionState(c.key, c.title_da, c.state.value, state_da[c.state], c.explanation_da)

    def meeting(m: status_service.MeetingRef, missing=()) -> doc.MeetingLine:
        return doc.MeetingLine(m.date, m.start, m.title, tuple(m.groups), tuple(agenda_da[k] for k in missing))

    g = r.groups
    groups = doc.GroupsPart(criterion(g), g.required,
                            tuple(doc.GroupSize(x.name, x.members, x.min_size, x.max_size) for x in g.groups))

    m = r.meetings
    meetings = doc.MeetingsPart(
        criterion(m), m.target, m.held, m.joint_held, m.planned_ahead, m.cancelled, m.remaining, m.months_total,
        m.months_left, m.needed_per_month, m.even_per_month, m.expected_by_now,
        months=tuple(doc.MonthCount(t.month, t.held, t.planned) for t in m.by_month),
        held_by_group=tuple(doc.NamedCount(x.name, x.count) for x in m.held_by_group),
        unmarked=tuple(meeting(x) for x in m.unmarked),
    )

    a = r.agenda
    agenda = doc.AgendaPart(criterion(a), a.held, a.complete,
                            tuple(meeting(x.meeting, x.missing) for x in a.held_missing),
                            tuple(meeting(x.meeting, x.missing) for x in a.planned_missing))

    at = r.attendance
    attendance = doc.AttendancePart(
        criterion(at), at.minimum, at.maximum, at.members, at.reached, at.can_reach, at.at_risk, at.below, at.above,
        tuple(at.distribution),
        tuple(doc.GroupAttendance(x.name, x.members, x.reached, x.can_reach, x.at_risk, x.below, x.planned_left)
              for x in at.groups),
        unplanned=max((x.unplanned for x in at.groups), default=0),
    )

    c = r.contributions
    cells = {(cell.involvement, cell.criterion): cell for cell in c.cells}
    rows = list(dict.fromkeys(cell.involvement for cell in c.cells))
    columns = list(dict.fromkeys(cell.criterion for cell in c.cells))

    def matrix_cell(inv, crit) -> cdoc.MatrixCell:
        cell = cells[(inv, crit)]
        k = cell.by_kind
        return cdoc.MatrixCell(cell.count, k.get(ContributionKind.PROMOTER, 0), k.get(ContributionKind.BARRIER, 0),
                               k.get(ContributionKind.EXAMPLE, 0), k.get(ContributionKind.GAP, 0))

    matrix = cdoc.ReportMatrix(
        row_labels=[vocabulary.danish(inv) for inv in rows],
        column_labels=[vocabulary.danish(crit) for crit in columns],
        cells=[[matrix_cell(inv, crit) for crit in columns] for inv in rows],
        unclassified=c.unclassified,
    )
    contributions = doc.ContributionsPart(
        criterion(c), c.total, c.drafts, c.reviewed, c.sent,
        tuple(doc.NamedCount(vocabulary.CONTRIBUTION_KIND_DOCUMENT[k], n) for k, n in c.by_kind.items()),
        matrix, tuple(doc.NamedCount(x.name, x.count) for x in c.by_group), c.held,
        tuple(meeting(x) for x in c.held_without),
    )

    return doc.StatusReportDocument(
        think_tank=r.name,
        period_start=r.period_start,
        period_end=r.period_end,
        today=r.today,
        groups=groups,
        meetings=meetings,
        agenda=agenda,
        attendance=attendance,
        contributions=contributions,
        evaluation=_evaluation(s, r.evaluation, criterion(r.evaluation)),
        next_meetings=tuple(meeting(u.meeting, u.missing) for u in r.next_meetings),
        overdue_count=r.overdue_count,
        generated_at=generated_at or dt.datetime.now(),
    )


def _evaluation(s: Session, e: status_service.EvaluationCriterion, crit) -> object:
    """The self-evaluation's part: the criterion's figures, drawn with the evaluation report's rows."""
    from tankapp.export import evaluation_report as ev
    from tankapp.export import status_report as doc
    from tankapp.services.evaluation.questionnaire import AGREE_FROM
    from tankapp.services.evaluation.results import knowledge_gain
    from tankapp.services.evaluation.rounds import list_rounds, round_items

    scale = tuple(w.danish for w in vocabulary.AGREEMENT_SCALE)
    statements: tuple[ev.Statement, ...] = ()
    gain = None
    if e.round_id is not None:
        texts = {item.key: item.text_da for item in round_items(s, e.round_id)}

        def figures(f: status_service.StatementFigures, name: str, group=None) -> ev.Figures:
            if group is not None and not group.shown:
                if group.too_few:
                    return ev.Figures(name, ev.TOO_FEW, group.answered, None, None, None)
                return ev.Figures(name, ev.WITHHELD, None, None, None, None)
            if f.hidden:
                return ev.Figures(name, ev.TOO_FEW, f.answers, None, None, None)
            return ev.Figures(name, None, f.answers, f.counts, f.mean, f.agree_share)

        statements = tuple(
            ev.Statement(
                short=f.short_da,
                text=texts.get(f.key, f.short_da),
                overall=figures(f, ev.OVERALL),
                groups=tuple(
                    figures(next((x for x in grp.statements if x.key == f.key), f), grp.name, grp)
                    for grp in e.groups
                ),
            )
            for f in e.statements
        )
        gain = _gain(s, e, knowledge_gain, list_rounds)
    return doc.EvaluationPart(
        criterion=crit,
        round_title=e.round_title if e.round_id is not None else None,
        opens_on=e.opens_on,
        closes_on=e.closes_on,
        asked=e.asked,
        answered=e.answered,
        declined=e.declined,
        response_rate=e.response_rate,
        min_answers=e.min_answers,
        agree_target=e.agree_target,
        baseline_answered=e.baseline_answered,
        statements=statements,
        gain=gain,
        agreement_scale=scale,
        agree_from=AGREE_FROM,
    )


def _gain(s: Session, e: status_service.EvaluationCriterion, knowledge_gain, list_rounds):
    """Knowledge gain from the latest baseline opened by the end round's opening to the end round, if any."""
    from tankapp.export import evaluation_report as ev

    baselines = [r for r in list_rounds(s)
                 if r.kind == EvaluationRoundKind.BASELINE and e.opens_on is not None and r.opens_on <= e.opens_on]
    if not baselines:
        return None
    kg = knowledge_gain(s, baselines[-1].id, e.round_id)
    if kg is None or not kg.overall.pairs:
        return None
    counted = {grp.group_id for grp in e.groups}  # the groups the status counts

    def gain(g, item, name: str) -> ev.Gain:
        hidden = ev.TOO_FEW if g.too_few else ev.WITHHELD if g.withheld else ev.TOO_FEW if item.hidden else None
        if hidden is not None:
            n = None if (g.too_few or g.withheld) else item.pairs
            return ev.Gain(name, hidden, g.pairs, None, None, None, None, n)
        return ev.Gain(name, None, g.pairs, item.baseline_mean, item.end_mean, item.gain, item.improved_share,
                       item.pairs)

    groups = [grp for grp in kg.groups if grp.group_id in counted]
    return ev.GainPart(
        baseline_title=kg.baseline.title,
        end_title=kg.end.title,
        items=tuple(
            ev.GainItem(
                short=item.short_da,
                text=item.text_da,
                overall=gain(kg.overall, item, ev.OVERALL),
                groups=tuple(gain(grp, grp.items[k], grp.group) for grp in groups),
            )
            for k, item in enumerate(kg.overall.items)
        ),
    )


def write_status_report(document: StatusReportDocument, path: Path | str) -> Path:
    """Write the prepared report as a PDF (no database needed); atomically, owner-only."""
    from tankapp.export.status_report import write_status_pdf

    return write_status_pdf(document, Path(path))


def export_status_report(s: Session, path: Path | str, today: dt.date | None = None) -> Path:
    """Read and write in one go (for callers that hold no long transaction anyway)."""
    return write_status_report(status_report(s, today), path)
