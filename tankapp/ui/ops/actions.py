"""Operations on action items (*opgaver*) outside meeting mode: listing a meeting's, following them up."""

from __future__ import annotations

from tankapp.domain.enums import ActionStatus
from tankapp.services.meetings import minutes as minutes_service
from tankapp.services.meetings.minutes import MeetingActions
from tankapp.ui.ops.core import Changes, FeatureOps


class ActionOps(FeatureOps):
    def of_meeting(self, meeting_id: int) -> MeetingActions:
        """The meeting's own action items and the open follow-ups from earlier meetings of its groups."""
        return self._read(lambda s: minutes_service.meeting_actions(s, meeting_id))

    def set_status(self, action_id: int, status: ActionStatus) -> None:
        """Mark an action done, cancelled or open again (allowed on approved minutes too: it is follow-up)."""

        def work(s) -> int:
            minutes_service.set_action_status(s, action_id, status)
            return minutes_service.action_meeting_id(s, action_id)

        self._write(work, lambda meeting_id: Changes.of(minutes=[meeting_id]))
