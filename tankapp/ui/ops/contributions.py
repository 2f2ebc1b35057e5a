"""Operations of the contributions feature: the register, the edit dialog, the framework matrix, the export to ViBIS."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from tankapp.domain.enums import ContributionInvolvement, ContributionStatus, Criterion
from tankapp.services.contributions import register as contribution_service
from tankapp.services.members import groups as group_service
from tankapp.services.meetings import planning as meeting_service
from tankapp.services.members import registry as member_service
from tankapp.services.contributions.register import ContributionFilter, ContributionInput, ContributionRow, Matrix
from tankapp.services.errors import ServiceError
from tankapp.services.members.groups import GroupSummary
from tankapp.services.meetings.planning import MeetingSummary
from tankapp.services.members.registry import MemberSummary
from tankapp.ui.ops.core import Changes, FeatureOps

if TYPE_CHECKING:
    from tankapp.services.documents import ContributionsPreview


class ContributionOps(FeatureOps):
    # ------------------------------------------------------------------ reading
    def list(self, flt: ContributionFilter | None = None) -> list[ContributionRow]:
        """The register (merged-away contributions left out), newest meeting first."""
        return self._read(lambda s: contribution_service.list_contributions(s, flt))

    def rows(self, contribution_ids: Iterable[int]) -> list[ContributionRow]:
        """The register's rows of these contributions (deleted or merged-away ones are missing)."""
        ids = list(contribution_ids)
        return self._read(lambda s: contribution_service.contribution_rows(s, ids))

    def get(self, contribution_id: int) -> ContributionRow:
        """One contribution (raises NotFound)."""
        return self._read(lambda s: contribution_service.contribution_row(s, contribution_id))

    def matrix(self, group_id: int | None = None) -> Matrix:
        """The framework matrix over the register (one group's contributions, or all)."""

        def load(s):
            rows = contribution_service.list_contributions(s, ContributionFilter(group_id=group_id))
            return contribution_service.matrix(rows)

        return self._read(load)

    def groups(self) -> list[GroupSummary]:
        """The expert groups, for the group filters and the dialog (archived ones included; the steering
        committee gives no contributions)."""
        return self._read(lambda s: group_service.list_groups(s, expert_only=True))

    def meetings(self, group_id: int | None = None) -> list[MeetingSummary]:
        """The meetings, for the meeting filter (one group's, or all)."""
        return self._read(lambda s: meeting_service.list_meetings(s, group_id=group_id))

    def dialog_choices(self, group_id: int | None) -> tuple[list[MeetingSummary], list[MemberSummary]]:
        """A group's meetings and members, for the edit dialog (none without a group)."""
        if group_id is None:
            return [], []
        return self._read(
            lambda s: (
                meeting_service.list_meetings(s, group_id=group_id),
                member_service.list_members(s, group_id=group_id),
            )
        )

    # ------------------------------------------------------------------ writing
    def save(
        self, data: ContributionInput, *, contribution_id: int | None = None, sent_on: dt.date | None = None
    ) -> ContributionRow:
        """Create or update a contribution, and with ``sent_on`` record it as sent that day: one transaction."""

        def save(s):
            c = contribution_service.save_contribution(s, contribution_id, data, sent_on)
            return contribution_service.contribution_row(s, c.id)

        return self._write(save, lambda row: Changes.of(contribution=[row.id]))

    def set_status(
        self, contribution_ids: Iterable[int], status: ContributionStatus, *, on: dt.date | None = None
    ) -> int:
        """Give these contributions a status (all or none); returns how many."""
        ids = list(contribution_ids)

        def work(s):
            for cid in ids:
                contribution_service.set_status(s, cid, status, on=on)
            return len(ids)

        return self._write(work, Changes.of(contribution=ids))

    def delete(self, contribution_ids: Iterable[int]) -> int:
        """Delete these contributions (all or none); returns how many."""
        ids = list(contribution_ids)

        def work(s):
            for cid in ids:
                contribution_service.delete_contribution(s, cid)
            return len(ids)

        return self._write(work, Changes.of(contribution=ids))

    def merge(self, keep_id: int, other_id: int) -> ContributionRow:
        """Merge ``other_id`` into ``keep_id``; returns the kept contribution."""
        return self._write(
            lambda s: contribution_service.contribution_row(s, contribution_service.merge(s, keep_id, other_id).id),
            Changes.of(contribution=[keep_id, other_id]),
        )

    def classify(
        self, contribution_id: int, involvement: ContributionInvolvement, criteria: Iterable[Criterion]
    ) -> ContributionRow:
        """Sort a contribution into the matrix."""
        chosen = set(criteria)
        return self._write(
            lambda s: contribution_service.contribution_row(
                s, contribution_service.classify(s, contribution_id, involvement, chosen).id
            ),
            Changes.of(contribution=[contribution_id]),
        )

    # ------------------------------------------------------------------ export to ViBIS
    def export_preview(self, group_id: int | None = None, unsent: bool = False) -> ContributionsPreview:
        """What an export would send (count, sent before, drafts left out), shown before a file is chosen."""
        from tankapp.services import documents as exports

        return self._read(lambda s: exports.contributions_export_preview(s, group_id=group_id, unsent=unsent))

    def export_to_vibis(
        self, path: Path | str, *, group_id: int | None = None, unsent: bool = False, on: dt.date | None = None,
        done: Callable[[int], None] | None = None, failed: Callable[[ServiceError], None] | None = None,
    ) -> int | None:
        """Write the selection for ViBIS to *path* (PDF, CSV or JSON by its ending), then mark it sent.

        A refused target (the database, its files, a device...) or an unknown
        ending raises before anything is read; an empty selection raises
        ``export_no_contributions``. The export is read in one short transaction,
        the file written outside it, and only then are exactly the exported
        contributions marked sent in a second write (drafts never; one sent
        before keeps its first date). A failed write marks nothing. Returns how
        many contributions the file holds; with ``done`` the file is written in
        the background and ``done(count)`` called when it is complete and marked.
        """
        from tankapp.services import targets
        from tankapp.services import documents as exports

        path = Path(path)
        targets.check_export_target(path, self._core.path)
        exports.contributions_export_format(path)
        prepared = self._read(
            lambda s: exports.prepare_contributions_export(s, path, group_id=group_id, unsent=unsent)
        )
        ids = list(prepared.ids)

        def mark_sent(_written: object) -> int:
            self._write(lambda s: contribution_service.mark_sent(s, ids, on=on), Changes.of(contribution=ids))
            return len(ids)

        return self._core.write_file(path, lambda: exports.write_contributions_export(prepared, path), mark_sent,
                                     done=done, failed=failed)
