"""The self-evaluation's answers for analysis, pseudonymised: XLSX with labels, or CSV for Danish Excel.

One row per response (answered or declined) of the rounds chosen (default:
all), with

* ``Deltager``: a pseudonym ``P001``, ``P002``, ... that is the same for one
  member in every round of the export, and drawn at random for each export
  (so it is not the member's id, nor their order in the registry, and two
  exports cannot be joined by it);
* the group the member answered as, the round (its kind in Danish and its
  title), the questionnaire's version, the day, the status (besvaret /
  ønsker ikke at svare) and how it came in (papirskema / på computeren);
* one column per question, headed by its Danish text: 1-5 or the free text,
  empty where not answered. A question asked in several versions (the same key)
  is one column, headed by its newest wording.

No name, e-mail, id or UUID of a member is in the file; interview notes are
not exported. The free text is as the member wrote it, so the file is
pseudonymised, not anonymous: it is personal data still.

The XLSX has a second sheet, *Variabler*, describing each column (key, kind,
the scale's words). Files are written by :mod:`tankapp.export.evaluation_table`
(atomically, owner-only); where an export may write is checked by the caller
(:func:`tankapp.services.targets.check_export_target`).
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tankapp.domain import EvaluationAnswer, EvaluationResponse, EvaluationRound
from tankapp.domain.collation import sort_key
from tankapp.domain.enums import QuestionKind
from tankapp.domain.vocabulary import QUESTION_KIND, SCALE, danish
from tankapp.services.errors import ServiceError, problem
from tankapp.services.evaluation.questionnaire import get_questionnaire
from tankapp.services.evaluation.rounds import get_round

__all__ = [
    "EVALUATION_FORMATS",
    "EvaluationExport",
    "EvaluationTable",
    "evaluation_export_format",
    "evaluation_table",
    "export_evaluation",
    "prepare_evaluation_export",
    "write_evaluation_export",
]

EVALUATION_FORMATS = {".xlsx": "xlsx", ".csv": "csv"}

# (key, Danish label) of the columns before the questions
FIXED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("participant", "Deltager"),
    ("group", "Gruppe"),
    ("round", "Runde"),
    ("round_title", "Rundens titel"),
    ("questionnaire_version", "Spørgeskemaets version"),
    ("answered_on", "Dato"),
    ("status", "Status"),
    ("channel", "Indsamlet"),
)
_FIXED_DESCRIPTIONS = {
    "participant": "Pseudonym for deltageren; det samme i alle runder i denne fil, nyt ved hver udtræk",
    "group": "Den gruppe, deltageren svarede som",
    "round": "Rundens art (førmåling, midtvejsevaluering, slutevaluering)",
    "round_title": "Rundens titel",
    "questionnaire_version": "Versionen af spørgeskemaet, runden stillede",
    "answered_on": "Den dag, skemaet blev udfyldt (eller afslaget givet)",
    "status": "Besvaret eller ønsker ikke at svare",
    "channel": "Papirskema eller udfyldt på computeren",
}
VARIABLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("column", "Kolonne"),
    ("key", "Nøgle"),
    ("kind", "Type"),
    ("scale", "Svarmuligheder"),
    ("short", "Beskrivelse"),
)


@dataclass(frozen=True)
class EvaluationTable:
    columns: tuple[tuple[str, str], ...]  # (key, Danish label)
    rows: tuple[dict, ...]
    variables: tuple[dict, ...]  # one per column: VARIABLE_COLUMNS

    @property
    def responses(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class EvaluationExport:
    fmt: str  # "xlsx" or "csv"
    table: EvaluationTable


def _scale_text(kind: QuestionKind) -> str:
    words = SCALE.get(kind)
    if not words:
        return "Fri tekst"
    return ", ".join(f"{n} = {w.danish}" for n, w in enumerate(words, 1))


def evaluation_table(
    s: Session, round_ids: Sequence[int] | None = None, *, rng: random.Random | None = None
) -> EvaluationTable:
    """The pseudonymised rows (see the module docstring); *rng* draws the pseudonyms (default: the system's)."""
    q = select(EvaluationRound.id).order_by(EvaluationRound.opens_on, EvaluationRound.id)
    if round_ids is not None:
        q = q.where(EvaluationRound.id.in_(list(round_ids)))
    rounds = [get_round(s, rid) for rid in s.scalars(q)]

    # the questions' columns: in the order first asked, headed by the newest wording
    item_columns: dict[str, tuple[str, str, QuestionKind]] = {}  # key -> (text_da, short_da, kind)
    for rnd in sorted(rounds, key=lambda r: (r.questionnaire_version, r.opens_on, r.id)):
        for item in get_questionnaire(s, rnd.questionnaire_id).items:
            item_columns[item.key] = (item.text_da, item.short_da, item.kind)
    first_seen: dict[str, int] = {}
    for rnd in rounds:
        for item in get_questionnaire(s, rnd.questionnaire_id).items:
            first_seen.setdefault(item.key, len(first_seen))
    keys = sorted(item_columns, key=lambda k: first_seen[k])

    by_round = {r.id: r for r in rounds}
    responses = list(
        s.scalars(
            select(EvaluationResponse)
            .options(
                selectinload(EvaluationResponse.answers).selectinload(EvaluationAnswer.item),
                selectinload(EvaluationResponse.group),
            )
            .where(EvaluationResponse.round_id.in_(list(by_round)))
        )
    )
    member_ids = sorted({r.member_id for r in responses})
    (rng or secrets.SystemRandom()).shuffle(member_ids)
    width = max(3, len(str(len(member_ids))))
    pseudonyms = {m: f"P{n:0{width}d}" for n, m in enumerate(member_ids, 1)}

    rows = []
    for r in responses:
        rnd = by_round[r.round_id]
        row: dict = {
            "participant": pseudonyms[r.member_id],
            "group": r.group.name,
            "round": danish(rnd.kind),
            "round_title": rnd.title,
            "questionnaire_version": rnd.questionnaire_version,
            "answered_on": r.answered_on,
            "status": danish(r.status),
            "channel": danish(r.channel) if r.channel else None,
        }
        for a in r.answers:
            row[f"q:{a.item.key}"] = a.value if a.item.kind.scale else a.text
        rows.append(((r.group.position, sort_key(r.group.name), row["participant"], rnd.opens_on, rnd.id), row))
    rows.sort(key=lambda pair: pair[0])

    columns = FIXED_COLUMNS + tuple((f"q:{k}", item_columns[k][0]) for k in keys)
    variables = [
        {"column": label, "key": key, "kind": "", "scale": "", "short": _FIXED_DESCRIPTIONS[key]}
        for key, label in FIXED_COLUMNS
    ]
    for k in keys:
        text_da, short_da, kind = item_columns[k]
        variables.append(
            {"column": text_da, "key": k, "kind": QUESTION_KIND[kind].danish, "scale": _scale_text(kind),
             "short": short_da}
        )
    return EvaluationTable(columns=columns, rows=tuple(row for _, row in rows), variables=tuple(variables))


def evaluation_export_format(path: Path | str) -> str:
    """``"xlsx"`` or ``"csv"`` from the file ending (any case); else ServiceError ``export_unknown_format``."""
    path = Path(path)
    fmt = EVALUATION_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ServiceError(
            problem(
                "export_unknown_format",
                f"Cannot tell the format from the file name '{path.name}': end it in .xlsx or .csv.",
                path=str(path),
            )
        )
    return fmt


def prepare_evaluation_export(
    s: Session, path: Path | str, *, round_ids: Sequence[int] | None = None
) -> EvaluationExport:
    """Read what the export writes; ServiceError ``evaluation_export_empty`` when there is no response."""
    fmt = evaluation_export_format(path)
    table = evaluation_table(s, round_ids)
    if not table.rows:
        raise ServiceError(problem("evaluation_export_empty", "There are no evaluation answers to export yet."))
    return EvaluationExport(fmt, table)


def write_evaluation_export(prepared: EvaluationExport, path: Path | str) -> Path:
    """Write the prepared export (no database needed); OSError as it comes."""
    from tankapp.export.evaluation_table import Sheet, write_csv, write_xlsx

    t = prepared.table
    widths = {"participant": 10, "group": 24, "round": 16, "round_title": 28, "answered_on": 12}
    free_text = QUESTION_KIND[QuestionKind.TEXT].danish
    widths.update({f"q:{v['key']}": (48 if v["kind"] == free_text else 22) for v in t.variables if v["kind"]})
    answers = Sheet("Svar", t.columns, t.rows, widths)
    if prepared.fmt == "csv":
        return write_csv(path, answers)
    codebook = Sheet("Variabler", VARIABLE_COLUMNS, t.variables,
                     {"column": 60, "key": 28, "kind": 18, "scale": 60, "short": 40})
    return write_xlsx(path, [answers, codebook])


def export_evaluation(s: Session, path: Path | str, *, round_ids: Sequence[int] | None = None) -> int:
    """Write the pseudonymised answers to *path* (.xlsx or .csv); returns the number of rows.

    An OSError while writing comes back as the ServiceError of
    :func:`tankapp.services.targets.write_error`.
    """
    from tankapp.services.targets import write_error

    prepared = prepare_evaluation_export(s, path, round_ids=round_ids)
    try:
        write_evaluation_export(prepared, path)
    except OSError as exc:
        raise write_error(path, exc) from exc
    return prepared.table.responses
