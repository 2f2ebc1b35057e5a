"""Operations of the sharing feature: digests onto another group's meeting, questions between groups."""

from __future__ import annotations

from tankapp.services.sharing import exchange as sharing_service
from tankapp.services.meetings.planning import MeetingSummary
from tankapp.services.sharing.exchange import (
    DigestRow,
    DigestSources,
    GroupChoice,
    MeetingDigests,
    MeetingSharing,
    QuestionRow,
)
from tankapp.ui.ops.core import Changes, FeatureOps, Kind


class SharingOps(FeatureOps):
    # ------------------------------------------------------------------ digests
    def digest_sources(self, meeting_id: int) -> DigestSources:
        """What a held meeting can pass on (refuses a meeting that is not held)."""
        return self._read(lambda s: sharing_service.digest_sources(s, meeting_id))

    def digest_targets(self, from_meeting_id: int) -> list[MeetingSummary]:
        """Other groups' coming meetings a digest can go to."""
        return self._read(lambda s: sharing_service.target_meetings(s, from_meeting_id))

    def digest_start(self, meeting_id: int) -> tuple[DigestSources, list[MeetingSummary]]:
        """Sources and targets together, as the digest dialog opens (one read)."""
        return self._read(
            lambda s: (sharing_service.digest_sources(s, meeting_id), sharing_service.target_meetings(s, meeting_id))
        )

    @staticmethod
    def digest_text(sources: DigestSources, piece_keys: list[str]) -> str:
        """The digest as it will read (no database needed)."""
        return sharing_service.digest_text(sources, piece_keys)

    def create_digest(
        self,
        from_meeting_id: int,
        to_meeting_id: int,
        piece_keys: list[str],
        *,
        title: str | None = None,
        minutes: int = sharing_service.DEFAULT_DIGEST_MINUTES,
    ) -> DigestRow:
        """Place the picked pieces on another group's coming meeting, as its last agenda item."""

        def work(s):
            digest = sharing_service.create_digest(
                s, from_meeting_id, to_meeting_id, piece_keys, title=title, minutes=minutes
            )
            return sharing_service.digest_row(s, digest.id)

        # A new agenda item on the target meeting: its agenda and its item count change.
        return self._write(
            work,
            # agenda changes carry the meeting's id, as everywhere in the house
            lambda row: Changes.of(Kind.SHARING, agenda=[row.to_meeting_id], meeting=[row.to_meeting_id]),
        )

    def digests(self, meeting_id: int) -> MeetingDigests:
        """Digests sent from this meeting and received on it."""
        return self._read(lambda s: sharing_service.list_digests(s, meeting_id))

    # ------------------------------------------------------------------ questions
    def for_meeting(self, meeting_id: int) -> MeetingSharing:
        """Everything meeting mode shows about other groups (one read)."""
        return self._read(lambda s: sharing_service.meeting_sharing(s, meeting_id))

    def askable_groups(self, meeting_id: int) -> tuple[list[GroupChoice], list[GroupChoice]]:
        """(The meeting's groups, who can ask; the other active groups, who can be asked.)"""
        return self._read(lambda s: sharing_service.askable_groups(s, meeting_id))

    def open_questions(self, meeting_id: int) -> list[QuestionRow]:
        return self._read(lambda s: sharing_service.open_questions_for(s, meeting_id))

    def waiting_questions(self, meeting_id: int) -> list[QuestionRow]:
        return self._read(lambda s: sharing_service.waiting_questions_from(s, meeting_id))

    def answers(self, meeting_id: int) -> list[QuestionRow]:
        return self._read(lambda s: sharing_service.answers_for(s, meeting_id))

    def ask(self, from_group_id: int, to_group_id: int, text: str, *, meeting_id: int | None = None) -> QuestionRow:
        """One group puts a question to another (at a meeting, dated by it)."""
        return self._write(
            lambda s: sharing_service.question_row(
                s, sharing_service.ask(s, from_group_id, to_group_id, text, asked_at_meeting_id=meeting_id).id
            ),
            Changes.of(Kind.SHARING),
        )

    def answer(self, question_id: int, text: str, *, meeting_id: int | None = None) -> QuestionRow:
        """Record (or correct) the answer to a question."""
        return self._write(
            lambda s: sharing_service.question_row(
                s, sharing_service.answer(s, question_id, text, answered_at_meeting_id=meeting_id).id
            ),
            Changes.of(Kind.SHARING),
        )
