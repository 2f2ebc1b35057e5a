"""The final evaluation report: its plain data, read in one short transaction, and the PDF.

:func:`evaluation_report` gathers what
:class:`tankapp.export.evaluation_report.EvaluationReport` needs from the other
evaluation services (so every rule of theirs applies, the fewer-than-5 rule
first of all):

* every round with who was asked, answered and declined, per group and overall
  (:func:`tankapp.services.evaluation.results.round_results`);
* the three success statements from the *basis* round: the end round that
  opened last and has answers, else the midway round, else the baseline (so a
  report can be made before the end round, and says which round it shows);
* the knowledge gain between the baseline that opened last and the basis round
  when that is an end round (:func:`~tankapp.services.evaluation.results.knowledge_gain`);
* the learning points of every round and of the knowledge contributions
  (:func:`tankapp.services.evaluation.learning.learning_points`).

Nothing that names a member goes in: the results hold groups, counts and
means; a hidden group's figures are None there already, and no free text is
passed per group. A database without any answered response raises
``evaluation_report_empty`` (ServiceError), so nothing is written.

The writer (:func:`write_evaluation_report`) needs no database: read, then write
outside the transaction.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from tankapp.domain import vocabulary
from tankapp.domain.enums import EvaluationRoundKind
from tankapp.services.errors import ServiceError, problem
from tankapp.services.evaluation.learning import learning_points
from tankapp.services.evaluation.questionnaire import AGREE_FROM
from tankapp.services.evaluation.results import MIN_ANSWERS, GroupFigures, ItemFigures, knowledge_gain, round_results
from tankapp.services.evaluation.rounds import list_rounds
from tankapp.services.thinktank import require_think_tank

if TYPE_CHECKING:
    from tankapp.export.evaluation_report import EvaluationReport

__all__ = ["evaluation_report", "export_evaluation_report", "write_evaluation_report"]

# the round whose statements the report shows: the first kind with answers
_BASIS_ORDER = (EvaluationRoundKind.END, EvaluationRoundKind.MIDWAY, EvaluationRoundKind.BASELINE)


def _empty() -> ServiceError:
    return ServiceError(problem("evaluation_report_empty", "There are no evaluation answers to report on yet."))


def evaluation_report(s: Session, *, generated_at: dt.datetime | None = None) -> EvaluationReport:
    """The report's data (see the module docstring); ServiceError ``evaluation_report_empty`` without answers."""
    from tankapp.export import evaluation_report as doc
    from tankapp.services.members.groups import list_groups

    tank = require_think_tank(s)
    rounds = list_rounds(s)
    if not any(r.answered for r in rounds):
        raise _empty()
    results = {r.id: round_results(s, r.id) for r in rounds}
    kind_da = vocabulary.danish_of(EvaluationRoundKind)

    def hidden(g: GroupFigures | object, item: ItemFigures | None = None) -> str | None:
        if getattr(g, "too_few", False):
            return doc.TOO_FEW
        if getattr(g, "withheld", False):
            return doc.WITHHELD
        if item is not None and item.hidden:
            return doc.TOO_FEW
        return None

    def participation(g: GroupFigures, name: str | None = None) -> doc.Participation:
        return doc.Participation(name or g.group, g.asked, g.answered, g.declined)

    def round_part(rid: int) -> doc.RoundPart:
        res = results[rid]
        r = res.round
        return doc.RoundPart(
            title=r.title,
            kind_label=kind_da[r.kind],
            opens_on=r.opens_on,
            closes_on=r.closes_on,
            overall=participation(res.overall, doc.OVERALL),
            groups=tuple(participation(g) for g in res.groups),
        )

    # the basis: the newest round of the first kind (end, midway, baseline) that has answers
    basis = next(
        r for kind in _BASIS_ORDER for r in reversed(rounds) if r.kind == kind and r.answered
    )
    basis_res = results[basis.id]

    def figures(g: GroupFigures, item: ItemFigures, name: str) -> doc.Figures:
        h = hidden(g, item)
        if h is not None:  # how many answered only picks the note ("ingen svar" for none)
            n = (g.answered if g.too_few else item.answers) if h == doc.TOO_FEW else None
            return doc.Figures(name, h, n, None, None, None)
        return doc.Figures(name, None, item.answers, item.counts, item.mean, item.agree_share)

    statements = []
    for k, item in enumerate(basis_res.overall.statements):
        statements.append(doc.Statement(
            short=item.short_da,
            text=item.text_da,
            overall=figures(basis_res.overall, item, doc.OVERALL),
            groups=tuple(figures(g, g.statements[k], g.group) for g in basis_res.groups),
        ))

    gain_part = None
    baselines = [r for r in rounds if r.kind == EvaluationRoundKind.BASELINE and r.opens_on <= basis.opens_on]
    if basis.kind == EvaluationRoundKind.END and baselines:
        kg = knowledge_gain(s, baselines[-1].id, basis.id)
        if kg is not None:
            def gain(g, item, name: str) -> doc.Gain:
                h = hidden(g, item)
                if h is not None:  # how many answered the question both times only picks the note
                    n = None if (g.too_few or g.withheld) else item.pairs
                    return doc.Gain(name, h, g.pairs, None, None, None, None, n)
                return doc.Gain(name, None, g.pairs, item.baseline_mean, item.end_mean, item.gain,
                                item.improved_share, item.pairs)

            gain_part = doc.GainPart(
                baseline_title=kg.baseline.title,
                end_title=kg.end.title,
                items=tuple(
                    doc.GainItem(
                        short=item.short_da,
                        text=item.text_da,
                        overall=gain(kg.overall, item, doc.OVERALL),
                        groups=tuple(gain(g, g.items[k], g.group) for g in kg.groups),
                    )
                    for k, item in enumerate(kg.overall.items)
                ),
            )

    points = learning_points(s)

    def lines(ps) -> tuple[doc.LearningLine, ...]:
        return tuple(doc.LearningLine(p.text, p.groups, p.evaluations, p.contributions) for p in ps)

    active_groups = len(list_groups(s, include_archived=False, expert_only=True))
    most = max((p.groups for p in (*points.promoters, *points.barriers)), default=0)
    return doc.EvaluationReport(
        think_tank=tank.name,
        period_start=tank.period_start,
        period_end=tank.period_end,
        rounds=tuple(round_part(r.id) for r in rounds),
        basis=round_part(basis.id),
        statements=tuple(statements),
        gain=gain_part,
        promoters=lines(points.promoters),
        barriers=lines(points.barriers),
        group_count=max(active_groups, most),
        agreement_scale=tuple(w.danish for w in vocabulary.AGREEMENT_SCALE),
        knowledge_scale=tuple(w.danish for w in vocabulary.KNOWLEDGE_SCALE),
        min_answers=MIN_ANSWERS,
        agree_from=AGREE_FROM,
        generated_at=generated_at or dt.datetime.now(),
    )


def write_evaluation_report(document: EvaluationReport, path: Path | str) -> Path:
    """Write the prepared report as a PDF (no database needed); atomically, owner-only."""
    from tankapp.export.evaluation_report import write_evaluation_pdf

    return write_evaluation_pdf(document, Path(path))


def export_evaluation_report(s: Session, path: Path | str) -> Path:
    """Read and write in one go (for callers that hold no long transaction anyway)."""
    return write_evaluation_report(evaluation_report(s), path)
