"""Operations of the groups feature: the expert groups and their sizes, and the steering committee."""

from __future__ import annotations

from tankapp.services.members import groups as group_service
from tankapp.services.members.groups import ArchiveImpact, GroupInput, GroupSummary, InvitationAddresses
from tankapp.ui.ops.core import Changes, FeatureOps


class GroupOps(FeatureOps):
    def list(self, *, include_archived: bool = True) -> list[GroupSummary]:
        return self._read(lambda s: group_service.list_groups(s, include_archived=include_archived))

    def create(self, data: GroupInput) -> int:
        return self._write(lambda s: group_service.create_group(s, data).id, lambda gid: Changes.of(group=[gid]))

    def create_steering_committee(self) -> int:
        """Add the steering committee ("Styregruppe"); refused when the think tank has one."""
        return self._write(lambda s: group_service.create_steering_committee(s).id, lambda gid: Changes.of(group=[gid]))

    def update(self, group_id: int, data: GroupInput) -> None:
        self._write(lambda s: group_service.update_group(s, group_id, data) and None, Changes.of(group=[group_id]))

    def set_archived(self, group_id: int, archived: bool) -> None:
        self._write(
            lambda s: group_service.set_archived(s, group_id, archived) and None, Changes.of(group=[group_id])
        )

    def archive_impact(self, group_id: int) -> ArchiveImpact:
        """The group's active members and planned meetings: what archiving it would hide."""
        return self._read(lambda s: group_service.archive_impact(s, group_id))

    def invitation_addresses(self, group_id: int) -> InvitationAddresses:
        """'Name <email>; …' of the group's active members, and who has no e-mail address."""
        return self._read(lambda s: group_service.invitation_addresses(s, group_id))
