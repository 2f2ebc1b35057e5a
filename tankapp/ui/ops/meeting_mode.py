"""Operations of meeting mode (see tankapp.ui.ops.core): one use-case per click or keystroke burst.

Opening reads everything the window shows in one transaction
(:meth:`MeetingModeOps.load`, about ten queries however many are invited);
each write then returns what the window must show anew, read in the same
transaction, so a click costs one transaction.

Change ids: ``meeting``, ``minutes``, ``attendance`` carry meeting ids (the
minutes and the attendance list are known by their meeting);
``contribution`` carries contribution ids.

A held meeting's clock never runs again (:mod:`tankapp.services.meeting_mode.flow`);
ending a meeting (:meth:`MeetingModeOps.end_meeting`) is one write that
:meth:`MeetingModeOps.undo_end` can take back.
"""

from __future__ import annotations

import datetime as dt
import logging

from tankapp.domain.enums import ActionStatus, AttendanceStatus, MeetingStatus
from tankapp.services.meeting_mode import attendance as attendance_service
from tankapp.services.meeting_mode import flow as flow_service
from tankapp.services.meeting_mode import overview as overview_service
from tankapp.services.meeting_mode.flow import EndingQuestions, EndInput, EndReceipt
from tankapp.services.meeting_mode.overview import CapturedContribution, MeetingModeView
from tankapp.services.contributions import register as contribution_service
from tankapp.services.meetings import planning as meeting_service
from tankapp.services.meetings import minutes as minutes_service
from tankapp.services.meetings.agenda import get_item
from tankapp.services.meeting_mode.attendance import AttendanceList, AttendanceMark
from tankapp.services.contributions.register import CaptureMember, ContributionInput
from tankapp.services.errors import NotFound, ServiceError
from tankapp.services.meetings.planning import MeetingSummary
from tankapp.services.meetings.minutes import ActionInput, ActionRow, Minutes
from tankapp.ui.ops.core import Changes, FeatureOps


log = logging.getLogger(__name__)


def _minutes_changed(meeting_id: int) -> Changes:
    return Changes.of(minutes=[meeting_id])


def _ended(meeting_id: int) -> Changes:
    return Changes.of(meeting=[meeting_id], minutes=[meeting_id], attendance=[meeting_id])


class MeetingModeOps(FeatureOps):
    # ------------------------------------------------------------------ reading
    def load(self, meeting_id: int) -> MeetingModeView:
        """Everything meeting mode shows, in one read (on opening, and after a change elsewhere).

        A meeting not started yet (:func:`~tankapp.services.meetings.minutes.should_start`)
        is then started with :meth:`start`, as meeting mode does. A held meeting whose
        clock still runs (marked held elsewhere while it ran) has it stopped first, so
        it never reopens with a running timer.
        """
        view = self._read(lambda s: overview_service.meeting_mode_view(s, meeting_id))
        if view.data.meeting.status == MeetingStatus.HELD and any(i.running for i in view.data.minutes.items):
            try:
                self._write(lambda s: flow_service.stop_if_held(s, meeting_id), _minutes_changed(meeting_id))
            except ServiceError as exc:  # a read-only file, say: show the meeting all the same
                log.warning("could not stop the clock of held meeting %s: %s", meeting_id, exc.code)
                return view
            view = self._read(lambda s: overview_service.meeting_mode_view(s, meeting_id))
        return view

    def start(self, meeting_id: int) -> bool:
        """Make the first item current (a meeting opened for the first time); whether its clock runs.

        A short write (the meeting and its agenda, two updates): the caller has everything else.
        """
        return self._write(lambda s: flow_service.start(s, meeting_id), _minutes_changed(meeting_id))

    def captured(self, meeting_id: int) -> list[CapturedContribution]:
        """The contributions captured at the meeting so far (its decisions and actions are in the minutes)."""
        return self._read(lambda s: overview_service.captured_contributions(s, meeting_id))

    def minutes(self, meeting_id: int) -> Minutes:
        return self._read(lambda s: minutes_service.minutes_of(minutes_service.load_meeting(s, meeting_id)))

    def followups(self, meeting_id: int) -> list[ActionRow]:
        return self._read(lambda s: minutes_service.open_followups(s, meeting_id))

    def attendance(self, meeting_id: int) -> AttendanceList:
        return self._read(lambda s: attendance_service.attendance(s, meeting_id))

    def meeting(self, meeting_id: int) -> MeetingSummary:
        return self._read(lambda s: meeting_service.meeting_summary(s, meeting_id))

    # ------------------------------------------------------------------ the agenda and the minutes
    def _minutes_after(self, meeting_id: int, work) -> Minutes:
        """Run ``work(s)`` on the loaded meeting and return its minutes then: one transaction."""

        def run(s):
            meeting = minutes_service.load_meeting(s, meeting_id)  # the services below find it all loaded
            work(s)
            return minutes_service.minutes_of(meeting)

        return self._write(run, _minutes_changed(meeting_id))

    def go_to_item(self, meeting_id: int, position: int) -> Minutes:
        """Make the item at ``position`` current (the previous one's clock stops; a held meeting's never runs)."""
        return self._minutes_after(meeting_id, lambda s: flow_service.go_to_item(s, meeting_id, position))

    def set_notes(self, item_id: int, text: str) -> None:
        """Save an item's notes as typed (meeting mode calls this ~0.6 s after the last keystroke)."""
        self._write(
            lambda s: minutes_service.set_notes(s, item_id, text).meeting_id,
            lambda meeting_id: _minutes_changed(meeting_id),
        )

    def add_decision(self, meeting_id: int, item_id: int, text: str) -> Minutes:
        return self._minutes_after(meeting_id, lambda s: minutes_service.add_decision(s, item_id, text))

    def remove_decision(self, meeting_id: int, decision_id: int) -> Minutes:
        return self._minutes_after(meeting_id, lambda s: minutes_service.remove_decision(s, decision_id))

    def add_action(self, meeting_id: int, item_id: int, data: ActionInput) -> Minutes:
        return self._minutes_after(meeting_id, lambda s: minutes_service.add_action(s, item_id, data))

    def set_action_status(
        self, meeting_id: int, action_id: int, status: ActionStatus
    ) -> tuple[Minutes, list[ActionRow]]:
        """An action of this meeting, or a follow-up from an earlier one (allowed after approval too).

        Returns this meeting's minutes and open follow-ups as they are then.
        """

        def work(s):
            owner_meeting = minutes_service.action_meeting_id(s, action_id)
            meeting = minutes_service.load_meeting(s, meeting_id)
            minutes_service.set_action_status(s, action_id, status)
            return owner_meeting, minutes_service.minutes_of(meeting), minutes_service.open_followups_of(s, meeting)

        _owner, minutes, followups = self._write(
            work, lambda r: Changes.of(minutes={meeting_id, r[0]})
        )
        return minutes, followups

    # ------------------------------------------------------------------ held, locked
    def mark_held(self, meeting_id: int) -> tuple[MeetingSummary, Minutes]:
        """The meeting is held (it counts toward the target); every item's clock stops."""

        def work(s):
            meeting = minutes_service.load_meeting(s, meeting_id)
            minutes_service.mark_held(s, meeting_id)
            return meeting_service.meeting_summary(s, meeting_id), minutes_service.minutes_of(meeting)

        return self._write(work, Changes.of(meeting=[meeting_id], minutes=[meeting_id]))

    def unlock_minutes(self, meeting_id: int, reason: str) -> MeetingModeView:
        """Allow changes to approved minutes (the reason goes to the audit log); everything anew."""

        def work(s):
            minutes_service.unlock_minutes(s, meeting_id, reason)
            return overview_service.meeting_mode_view(s, meeting_id)

        return self._write(work, Changes.of(meeting=[meeting_id], minutes=[meeting_id]))

    # ------------------------------------------------------------------ ending the meeting
    def ending_questions(self, meeting_id: int, today: dt.date | None = None) -> EndingQuestions:
        """Who is still only invited, and the planned date against today."""
        return self._read(lambda s: flow_service.ending_questions(s, meeting_id, today))

    def end_meeting(self, meeting_id: int, data: EndInput) -> tuple[EndReceipt, MeetingModeView]:
        """Settle the still-invited, move the date if asked, stop the clock, mark held: one write.

        Returns what was changed (for :meth:`undo_end`) and everything meeting mode shows then.
        """

        def work(s):
            receipt = flow_service.end_meeting(s, meeting_id, data)
            return receipt, overview_service.meeting_mode_view(s, meeting_id)

        return self._write(work, _ended(meeting_id))

    def undo_end(self, receipt: EndReceipt) -> MeetingModeView:
        """Take back what :meth:`end_meeting` changed; everything meeting mode shows then."""

        def work(s):
            flow_service.undo_end(s, receipt)
            return overview_service.meeting_mode_view(s, receipt.meeting_id)

        return self._write(work, _ended(receipt.meeting_id))

    # ------------------------------------------------------------------ attendance
    def set_attendance(self, meeting_id: int, member_id: int, status: AttendanceStatus | None) -> AttendanceMark:
        """Register a member's state (None: invited again); the registration as saved."""
        return self._write(
            lambda s: attendance_service.mark_of(attendance_service.set_attendance(s, meeting_id, member_id, status)),
            Changes.of(attendance=[meeting_id]),
        )

    def restore_attendance(self, meeting_id: int, member_id: int, mark: AttendanceMark) -> AttendanceMark:
        """Put a registration back as it was (undo): state, times and note."""
        return self._write(
            lambda s: attendance_service.mark_of(
                attendance_service.restore_attendance(s, meeting_id, member_id, mark)),
            Changes.of(attendance=[meeting_id]),
        )

    def set_attendance_time(self, meeting_id: int, member_id: int, at: dt.time) -> AttendanceMark:
        """Correct a late arrival's or an early leaving's time; the registration as saved."""
        return self._write(
            lambda s: attendance_service.mark_of(
                attendance_service.set_attendance_time(s, meeting_id, member_id, at)),
            Changes.of(attendance=[meeting_id]),
        )

    def add_guest(self, meeting_id: int, name: str, organisation: str = "", role: str = "") -> AttendanceList:
        """A guest at the meeting; the attendance list with them."""

        def work(s):
            attendance_service.add_guest(s, meeting_id, name, organisation, role)
            return attendance_service.attendance(s, meeting_id)

        return self._write(work, Changes.of(attendance=[meeting_id]))

    # ------------------------------------------------------------------ knowledge contributions
    def capture_context(self, meeting_id: int) -> tuple[int, int | None, str | None, list[CaptureMember]]:
        """For a contribution captured at the meeting: its first group, the current item and its title,
        and the invited members."""

        def read(s):
            meeting = minutes_service.load_meeting(s, meeting_id)
            minutes = minutes_service.minutes_of(meeting)
            item = None
            if minutes.current_position is not None and 0 <= minutes.current_position < len(minutes.items):
                item = minutes.items[minutes.current_position]
            rows = attendance_service.attendance_of(s, meeting).rows
            members = contribution_service.capture_members(s, [r.member_id for r in rows])
            return (
                meeting.groups[0].id if meeting.groups else None,
                item.id if item else None,
                item.title if item else None,
                [members[r.member_id] for r in rows if r.member_id in members],
            )

        return self._read(read)

    def capture_members(self, member_ids: list[int]) -> dict[int, CaptureMember]:
        """Consent and group of these members (for the capture form's member choice)."""
        return self._read(lambda s: contribution_service.capture_members(s, member_ids))

    def item_title(self, item_id: int) -> str | None:
        def read(s):
            try:
                return get_item(s, item_id).title
            except NotFound:
                return None

        return self._read(read)

    def capture_contribution(self, data: ContributionInput) -> int:
        """Save a contribution captured at the meeting (its status as given, a draft usually): one write.

        Returns the new contribution's id.
        """
        return self._write(
            lambda s: contribution_service.create_contribution(s, data).id,
            lambda new_id: Changes.of(contribution=[new_id]),
        )
