"""Operations of the evaluation feature: rounds, answers (paper, kiosk, declined), interview notes,
results, learning points, the blank forms as PDF and the export of the answers.

Every change announces ``Kind.EVALUATION`` with the round's id where there is one
(an interview note: the note's round, or any). The kiosk screen calls only
:meth:`EvaluationOps.kiosk_members`, :meth:`EvaluationOps.round_items` and
:meth:`EvaluationOps.record_answers` (with the laptop channel): it never reads
anyone's answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from tankapp.domain.enums import ResponseChannel, ResponseStatus
from tankapp.services.evaluation import interviews as interview_service
from tankapp.services.evaluation import learning as learning_service
from tankapp.services.evaluation import responses as response_service
from tankapp.services.evaluation import results as results_service
from tankapp.services.evaluation import rounds as round_service
from tankapp.services.evaluation.interviews import InterviewNoteRow
from tankapp.services.evaluation.learning import LearningPoints
from tankapp.services.evaluation.questionnaire import ItemRow
from tankapp.services.evaluation.responses import ResponseRow, RoundGroup, RoundMember
from tankapp.services.evaluation.results import KnowledgeGain, RoundResults
from tankapp.services.errors import ServiceError
from tankapp.services.evaluation.rounds import RoundInput, RoundRow
from tankapp.services.members import groups as group_service
from tankapp.services.members.groups import GroupSummary
from tankapp.ui.ops.core import Changes, FeatureOps, Kind

__all__ = ["EvaluationOps", "KioskMember", "RoundListRow"]


@dataclass(frozen=True)
class RoundListRow:
    """A round as the list shows it: the round and how many it asks."""

    round: RoundRow
    asked: int

    @property
    def id(self) -> int:
        return self.round.id

    @property
    def not_answered(self) -> int:
        return max(0, self.asked - self.round.answered - self.round.declined)


@dataclass(frozen=True)
class KioskMember:
    """Someone the kiosk offers: asked by the round, not answered (nor declined) yet. Nothing else."""

    member_id: int
    name: str
    group: str


def _round_changes(round_id: int | None) -> Changes:
    return Changes.of(Kind.EVALUATION) if round_id is None else Changes.of(evaluation=[round_id])


class EvaluationOps(FeatureOps):
    # ------------------------------------------------------------------ rounds
    def rounds(self) -> list[RoundListRow]:
        """The rounds by opening date, each with how many it asks."""

        def load(s):
            return [RoundListRow(r, len(round_service.asked_members(s, r.id))) for r in round_service.list_rounds(s)]

        return self._read(load)

    def round(self, round_id: int) -> RoundListRow:
        def load(s):
            return RoundListRow(round_service.get_round(s, round_id), len(round_service.asked_members(s, round_id)))

        return self._read(load)

    def round_input(self, round_id: int) -> RoundInput:
        """The round as the dialog edits it (its questionnaire kept)."""
        r = self._read(lambda s: round_service.get_round(s, round_id))
        return RoundInput(r.kind, r.title, r.opens_on, r.closes_on, None, list(r.group_ids))

    def groups(self) -> list[GroupSummary]:
        """The expert groups a round can ask (never the steering committee)."""
        return self._read(lambda s: group_service.list_groups(s, expert_only=True))

    def create_round(self, data: RoundInput) -> RoundRow:
        return self._write(lambda s: round_service.create_round(s, data), lambda r: _round_changes(r.id))

    def update_round(self, round_id: int, data: RoundInput) -> RoundRow:
        return self._write(lambda s: round_service.update_round(s, round_id, data), _round_changes(round_id))

    def delete_round(self, round_id: int, *, with_responses: bool = False) -> None:
        self._write(lambda s: round_service.delete_round(s, round_id, with_responses=with_responses),
                    _round_changes(round_id))

    # ------------------------------------------------------------------ members and answers
    def round_items(self, round_id: int) -> tuple[ItemRow, ...]:
        """The questions the round asks, in order."""
        return self._read(lambda s: round_service.round_items(s, round_id))

    def round_members(self, round_id: int) -> list[RoundGroup]:
        return self._read(lambda s: response_service.round_members(s, round_id))

    def member_rows(self, round_id: int) -> list[RoundMember]:
        """The asked members of every group, groups in their order, members in Danish order."""
        return [m for g in self.round_members(round_id) for m in g.members]

    def kiosk_members(self, round_id: int) -> list[KioskMember]:
        """Who may still fill in the round on the laptop: asked, neither answered nor declined."""
        return [KioskMember(m.member_id, m.name, m.group)
                for m in self.member_rows(round_id) if m.state is None]

    def response(self, round_id: int, member_id: int) -> ResponseRow | None:
        return self._read(lambda s: response_service.get_response(s, round_id, member_id))

    def check_answers(self, items: tuple[ItemRow, ...], answers: Mapping[str, object]) -> dict:
        """The answers cleaned, or ValidationError (no database needed)."""
        return response_service.clean_answers(items, answers)

    def record_answers(
        self, round_id: int, member_id: int, answers: Mapping[str, object], *,
        channel: ResponseChannel = ResponseChannel.PAPER, on: dt.date | None = None,
    ) -> ResponseRow:
        return self._write(
            lambda s: response_service.record_answers(s, round_id, member_id, answers, channel=channel, on=on),
            _round_changes(round_id),
        )

    def mark_declined(self, round_id: int, member_id: int, *, on: dt.date | None = None) -> ResponseRow:
        return self._write(lambda s: response_service.mark_declined(s, round_id, member_id, on=on),
                           _round_changes(round_id))

    def clear_response(self, round_id: int, member_id: int) -> bool:
        return self._write(lambda s: response_service.clear_response(s, round_id, member_id),
                           _round_changes(round_id))

    def restore_response(self, round_id: int, member_id: int, snapshot) -> None:
        """Set a response to *snapshot* (for undo and redo): None clears it; else anything with
        ``status``, ``channel``, ``answered_on`` and ``answers`` (a ResponseRow): declined, or those
        answers. One transaction."""

        def work(s):
            if snapshot is None:
                response_service.clear_response(s, round_id, member_id)
            elif snapshot.status == ResponseStatus.DECLINED:
                response_service.mark_declined(s, round_id, member_id, on=snapshot.answered_on)
            else:
                response_service.record_answers(s, round_id, member_id, dict(snapshot.answers),
                                                channel=snapshot.channel or ResponseChannel.PAPER,
                                                on=snapshot.answered_on)

        self._write(work, _round_changes(round_id))

    # ------------------------------------------------------------------ interview notes
    def notes(self, member_id: int) -> list[InterviewNoteRow]:
        return self._read(lambda s: interview_service.list_interview_notes(s, member_id))

    def add_note(self, member_id: int, text: str, *, on: dt.date | None = None,
                 round_id: int | None = None) -> InterviewNoteRow:
        return self._write(
            lambda s: interview_service.add_interview_note(s, member_id, text, on=on, round_id=round_id),
            _round_changes(round_id),
        )

    def update_note(self, note_id: int, text: str, *, on: dt.date | None = None,
                    round_id: int | None = None) -> InterviewNoteRow:
        return self._write(
            lambda s: interview_service.update_interview_note(s, note_id, text, on=on, round_id=round_id),
            Changes.of(Kind.EVALUATION),
        )

    def delete_note(self, note_id: int) -> None:
        self._write(lambda s: interview_service.delete_interview_note(s, note_id), Changes.of(Kind.EVALUATION))

    # ------------------------------------------------------------------ results
    def results(self, round_id: int) -> RoundResults:
        return self._read(lambda s: results_service.round_results(s, round_id))

    def knowledge_gain(self, baseline_id: int | None = None, end_id: int | None = None) -> KnowledgeGain | None:
        return self._read(lambda s: results_service.knowledge_gain(s, baseline_id, end_id))

    def learning_points(self, round_ids: Sequence[int] | None = None) -> LearningPoints:
        ids = None if round_ids is None else list(round_ids)
        return self._read(lambda s: learning_service.learning_points(s, ids))

    # ------------------------------------------------------------------ documents
    def blank_form_document(self, round_id: int, member_ids: Iterable[int] | None = None):
        """The blank forms of the round (:class:`tankapp.export.evaluation_form_pdf.EvaluationFormDocument`):
        one per asked member (of *member_ids*, if given), in the round's order; none asked: one without a name."""
        from tankapp.domain.vocabulary import danish
        from tankapp.export.evaluation_form_pdf import EvaluationFormDocument, FormQuestion, FormSheet
        from tankapp.services.thinktank import require_think_tank

        wanted = None if member_ids is None else set(member_ids)

        def load(s):
            tank = require_think_tank(s)
            rnd = round_service.get_round(s, round_id)
            items = round_service.round_items(s, round_id)
            members = [m for g in response_service.round_members(s, round_id) for m in g.members]
            return EvaluationFormDocument(
                think_tank=tank.name,
                round_title=rnd.title,
                round_kind=danish(rnd.kind),
                opens_on=rnd.opens_on,
                closes_on=rnd.closes_on,
                questionnaire_title=rnd.questionnaire_title,
                questionnaire_version=rnd.questionnaire_version,
                questions=[FormQuestion(i.key, i.kind, i.text_da) for i in items],
                sheets=[FormSheet(m.name, m.group) for m in members if wanted is None or m.member_id in wanted],
            )

        return self._read(load)

    def export_blank_forms(
        self, round_id: int, path: Path | str, member_ids: Iterable[int] | None = None, *,
        done: Callable[[Path], None] | None = None, failed: Callable[[ServiceError], None] | None = None,
    ) -> Path | None:
        """Write the blank forms to *path* (PDF): the target checked first, the data read in one short
        transaction, the file written outside it (with ``done``: in the background, see Operations.write_file)."""
        from tankapp.export.evaluation_form_pdf import write_evaluation_form_pdf
        from tankapp.services import targets

        path = Path(path)
        targets.check_export_target(path, self._core.path)
        doc = self.blank_form_document(round_id, member_ids)
        return self._core.write_file(path, lambda: write_evaluation_form_pdf(doc, path), done=done, failed=failed)

    def export_answers(
        self, path: Path | str, round_ids: Sequence[int] | None = None, *,
        done: Callable[[int], None] | None = None, failed: Callable[[ServiceError], None] | None = None,
    ) -> int | None:
        """The pseudonymised answers for analysis (.xlsx or .csv by the ending); returns the number of rows
        (with ``done``: written in the background and handed to ``done``)."""
        from tankapp.services import targets
        from tankapp.services.evaluation import export as export_service

        path = Path(path)
        targets.check_export_target(path, self._core.path)
        export_service.evaluation_export_format(path)
        prepared = self._read(lambda s: export_service.prepare_evaluation_export(s, path, round_ids=round_ids))
        return self._core.write_file(
            path, lambda: export_service.write_evaluation_export(prepared, path),
            lambda _written: prepared.table.responses, done=done, failed=failed,
        )
