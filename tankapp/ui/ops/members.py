"""Operations of the members feature: the registry, its commitment counts, imports."""

from __future__ import annotations

import uuid
from pathlib import Path

from tankapp.services.meetings import planning as meeting_service
from tankapp.services.members import registry as member_service
from tankapp.services.errors import NotFound, Problem
from tankapp.services.members.registry import MemberInput, MemberSummary
from tankapp.ui.ops.core import Changes, FeatureOps, Kind


class MemberOps(FeatureOps):
    def list(self, *, group_id: int | None = None) -> list[MemberSummary]:
        return self._read(lambda s: member_service.list_members(s, group_id=group_id))

    def summary(self, member_id: int) -> MemberSummary:
        return self._read(lambda s: member_service.member_summary(s, member_id))

    def input_of(self, member_id: int) -> MemberInput:
        """The member's data as the form edits it (for the dialog and for undo)."""
        return self._read(lambda s: MemberInput.from_member(member_service.get_member(s, member_id)))

    def validate(self, data: MemberInput, *, member_id: int | None = None) -> list[Problem]:
        return self._read(lambda s: member_service.validate_member(s, data, member_id=member_id))

    def commitment(self) -> meeting_service.Commitment | None:
        """Each member's meetings against the 2-4 commitment (None before a think tank is set up)."""

        def load(s):
            try:
                return meeting_service.commitment(s)
            except NotFound:
                return None

        return self._read(load)

    def add(self, data: MemberInput, *, record_uuid: uuid.UUID | None = None) -> MemberSummary:
        return self._write(
            lambda s: member_service.member_summary(
                s, member_service.add_member(s, data, record_uuid=record_uuid).id
            ),
            lambda row: Changes.of(member=[row.id], group=[row.group_id]),
        )

    def update_by_uuid(self, record_uuid: uuid.UUID, data: MemberInput) -> MemberSummary:
        def update(s):
            before_group = member_service.get_member(s, member_service.member_id_for(s, record_uuid)).group_id
            member = member_service.update_member(s, member_service.member_id_for(s, record_uuid), data)
            return before_group, member_service.member_summary(s, member.id)

        before_group, row = self._write(
            update, lambda r: Changes.of(member=[r[1].id], group={r[0], r[1].group_id})
        )
        return row

    def delete_by_uuid(self, record_uuid: uuid.UUID) -> None:
        def delete(s):
            member_id = member_service.member_id_for(s, record_uuid)
            group_id = member_service.get_member(s, member_id).group_id
            member_service.delete_member(s, member_id)
            return member_id, group_id

        self._write(delete, lambda r: Changes.of(member=[r[0]], group=[r[1]]))

    # ------------------------------------------------------------------ import
    def preview_import(self, path: Path, group_id: int):
        """Read and check a member file (plain rows; nothing is written)."""
        from tankapp.services.members import importer  # only when importing (its readers are heavy)

        return self._read(lambda s: importer.preview_import(s, Path(path), group_id))

    def import_members(self, preview, group_id: int, *, skip_invalid: bool = False):
        """All the previewed rows in one transaction (or none): an ImportResult."""
        from tankapp.services.members import importer

        return self._write(
            lambda s: importer.import_members(s, preview, group_id, skip_invalid=skip_invalid),
            Changes.of(Kind.MEMBER, group=[group_id]),
        )
