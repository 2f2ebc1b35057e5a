"""Operations of the meetings feature (see tankapp.ui.ops.core).

The meeting list and its progress toward the target, planning and editing a
meeting (from a template in one transaction), each meeting's agenda item by
item (by UUID, so undo survives an item being re-created), agenda templates,
approving the minutes, and the documents that go out (agenda, invitation,
minutes, sign-in sheet).

Change ids: ``meeting`` and ``agenda`` carry meeting ids (an agenda is known
by its meeting), ``template`` carries nothing (any template may have changed).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from tankapp.domain.enums import MeetingStatus
from tankapp.services.meetings import agenda as agenda_service
from tankapp.services.members import groups as group_service
from tankapp.services.meetings import planning as meeting_service
from tankapp.services.meetings.agenda import Agenda, ItemInput, ItemSnapshot, TemplateSummary
from tankapp.services.errors import Problem, ServiceError
from tankapp.services.members.groups import GroupSummary
from tankapp.services.meetings.planning import MeetingInput, MeetingProgress, MeetingSummary
from tankapp.ui.ops.core import Changes, FeatureOps, Kind


class MeetingsOverview(NamedTuple):
    """What the meeting list shows, read in one transaction."""

    groups: list[GroupSummary]
    meetings: list[MeetingSummary]
    progress: MeetingProgress | None  # None before a think tank is set up


def _meeting_changed(meeting_id: int) -> Changes:
    # times, groups or status: the list, the counts and the agenda's start times
    return Changes.of(meeting=[meeting_id], agenda=[meeting_id])


class MeetingOps(FeatureOps):
    # ------------------------------------------------------------------ reading
    def overview(self) -> MeetingsOverview:
        """The groups (for the filter and the dialog), the meetings by date, the progress."""

        def load(s):
            try:
                progress = meeting_service.progress(s)
            except ServiceError:  # no think tank set up yet
                progress = None
            return MeetingsOverview(group_service.list_groups(s), meeting_service.list_meetings(s), progress)

        return self._read(load)

    def list(self, *, group_id: int | None = None) -> list[MeetingSummary]:
        return self._read(lambda s: meeting_service.list_meetings(s, group_id=group_id))

    def summary(self, meeting_id: int) -> MeetingSummary:
        return self._read(lambda s: meeting_service.meeting_summary(s, meeting_id))

    def progress(self) -> MeetingProgress:
        return self._read(meeting_service.progress)

    def suggested_date(self):
        """The date a new meeting starts with: today, or the nearest day of the project period."""
        return self._read(meeting_service.suggested_date)

    def input_of(self, meeting_id: int) -> MeetingInput:
        """The meeting's data as the dialog edits it."""
        return self._read(lambda s: MeetingInput.from_meeting(meeting_service.get_meeting(s, meeting_id)))

    def validate(self, data: MeetingInput) -> list[Problem]:
        return self._read(lambda s: meeting_service.validate_meeting(s, data))

    def warnings(self, data: MeetingInput, *, meeting_id: int | None = None) -> list[Problem]:
        return self._read(lambda s: meeting_service.meeting_warnings(s, data, meeting_id=meeting_id))

    # ------------------------------------------------------------------ writing meetings
    def create(self, data: MeetingInput, template_key: str | None = None) -> MeetingSummary:
        """Plan a meeting and (optionally) give it a template's agenda: one transaction."""

        def create(s):
            meeting = meeting_service.create_meeting(s, data)
            if template_key:
                agenda_service.apply_template(s, meeting.id, template_key)
            return meeting_service.meeting_summary(s, meeting.id)

        return self._write(create, lambda row: _meeting_changed(row.id))

    def update(self, meeting_id: int, data: MeetingInput) -> MeetingSummary:
        def update(s):
            meeting_service.update_meeting(s, meeting_id, data)
            return meeting_service.meeting_summary(s, meeting_id)

        return self._write(update, _meeting_changed(meeting_id))

    def set_status(self, meeting_id: int, status: MeetingStatus) -> MeetingSummary:
        def update(s):
            meeting_service.set_status(s, meeting_id, status)
            return meeting_service.meeting_summary(s, meeting_id)

        return self._write(update, Changes.of(meeting=[meeting_id]))

    def delete(self, meeting_id: int) -> None:
        """The meeting goes with its agenda, minutes, attendance and digests; contributions lose their link."""
        self._write(
            lambda s: meeting_service.delete_meeting(s, meeting_id),
            Changes.of(Kind.ATTENDANCE, Kind.MINUTES, Kind.CONTRIBUTION, Kind.SHARING,
                       meeting=[meeting_id], agenda=[meeting_id]),
        )

    def approve_minutes(self, meeting_id: int) -> None:
        """Approve a held meeting's minutes (today): from now on they change only after a recorded unlock."""
        from tankapp.services.meetings import minutes as minutes_service

        def approve(s) -> None:
            minutes_service.approve_minutes(s, meeting_id)

        self._write(approve, Changes.of(Kind.MINUTES, meeting=[meeting_id]))

    # ------------------------------------------------------------------ the agenda
    def agenda(self, meeting_id: int) -> Agenda:
        """The items with their computed times (NotFound when the meeting is gone)."""
        return self._read(lambda s: agenda_service.agenda(s, meeting_id))

    def item_input(self, record_uuid: uuid.UUID) -> ItemInput:
        """An item's data as the dialog edits it (for the dialog and for undo)."""
        return self._read(
            lambda s: ItemInput.from_item(agenda_service.get_item(s, agenda_service.item_id_for(s, record_uuid)))
        )

    def presentation_choices(self) -> list[tuple[int, str]]:
        """(id, title) of the library's presentations, for linking to an item."""
        from tankapp.services.library import presentations as library

        return self._read(lambda s: [(p.id, p.title) for p in library.list_presentations(s)])

    def _item_meeting(self, s, record_uuid: uuid.UUID) -> tuple[int, int]:
        item_id = agenda_service.item_id_for(s, record_uuid)
        return item_id, agenda_service.get_item(s, item_id).meeting_id

    def add_item(self, meeting_id: int, data: ItemInput, *, position: int | None = None,
                 record_uuid: uuid.UUID | None = None) -> tuple[uuid.UUID, int]:
        """Insert an item (default: last); ``record_uuid`` brings a removed one back. Returns (uuid, position)."""

        def add(s):
            item = agenda_service.add_item(s, meeting_id, data, position=position, record_uuid=record_uuid)
            return item.uuid, item.position

        return self._write(add, Changes.of(agenda=[meeting_id]))

    def add_items(self, meeting_id: int, items: Iterable[ItemInput],
                  record_uuids: Iterable[uuid.UUID] | None = None) -> list[uuid.UUID]:
        """Append several items (a template's) in one transaction; returns their UUIDs."""
        items, uuids = list(items), None if record_uuids is None else list(record_uuids)
        return self._write(
            lambda s: [i.uuid for i in agenda_service.add_items(s, meeting_id, items, record_uuids=uuids)],
            Changes.of(agenda=[meeting_id]),
        )

    def remove_item(self, record_uuid: uuid.UUID) -> ItemSnapshot:
        """Remove an item; the snapshot puts it back (:meth:`restore_item`)."""
        return self._write(
            lambda s: agenda_service.remove_item(s, agenda_service.item_id_for(s, record_uuid)),
            lambda snap: Changes.of(agenda=[snap.meeting_id]),
        )

    def remove_items(self, record_uuids: Iterable[uuid.UUID]) -> None:
        """Remove several items in one transaction (undoing a template)."""
        uuids = list(record_uuids)

        def remove(s):
            return {agenda_service.remove_item(s, agenda_service.item_id_for(s, u)).meeting_id for u in uuids}

        self._write(remove, lambda meeting_ids: Changes.of(agenda=meeting_ids))

    def restore_item(self, snapshot: ItemSnapshot) -> uuid.UUID:
        return self._write(lambda s: agenda_service.restore_item(s, snapshot).uuid,
                           Changes.of(agenda=[snapshot.meeting_id]))

    def update_item(self, record_uuid: uuid.UUID, data: ItemInput) -> None:
        def update(s):
            item_id, meeting_id = self._item_meeting(s, record_uuid)
            agenda_service.update_item(s, item_id, data)
            return meeting_id

        self._write(update, lambda meeting_id: Changes.of(agenda=[meeting_id]))

    def move_item(self, record_uuid: uuid.UUID, to: int) -> int:
        """Move an item to position ``to``; returns the position it had."""

        def move(s):
            item_id, meeting_id = self._item_meeting(s, record_uuid)
            return agenda_service.move_item(s, item_id, to), meeting_id

        old, _meeting_id = self._write(move, lambda r: Changes.of(agenda=[r[1]]))
        return old

    # ------------------------------------------------------------------ templates
    def templates(self) -> list[TemplateSummary]:
        return self._read(agenda_service.list_templates)

    def apply_template(self, meeting_id: int, key: str) -> list[uuid.UUID]:
        """Append a template's items to the agenda (one transaction); returns the new items' UUIDs."""
        return self._write(lambda s: [i.uuid for i in agenda_service.apply_template(s, meeting_id, key)],
                           Changes.of(agenda=[meeting_id]))

    def save_as_template(self, meeting_id: int, name: str) -> TemplateSummary:
        """Keep the meeting's agenda as a named template."""
        return self._write(
            lambda s: agenda_service.get_template(s, f"saved:{agenda_service.save_as_template(s, meeting_id, name).id}"),
            Changes.of(Kind.TEMPLATE),
        )

    # ------------------------------------------------------------------ documents
    def agenda_document(self, meeting_id: int):
        from tankapp.services import documents as exports

        return self._read(lambda s: exports.agenda_document(s, meeting_id))

    def meeting_event(self, meeting_id: int):
        from tankapp.services import documents as exports

        return self._read(lambda s: exports.meeting_event(s, meeting_id))

    def minutes_document(self, meeting_id: int):
        from tankapp.services import documents as exports

        return self._read(lambda s: exports.minutes_document(s, meeting_id))

    def signin_document(self, meeting_id: int):
        from tankapp.services import documents as exports

        return self._read(lambda s: exports.signin_document(s, meeting_id))

    def _export(self, path: Path | str, build: Callable[[], object], write: Callable[[object, Path], Path],
                done: Callable[[Path], None] | None = None,
                failed: Callable[[ServiceError], None] | None = None) -> Path | None:
        """Refuse a bad target, read the document (short read), then write the file outside any transaction.

        With ``done`` the file is written in the background (see Operations.write_file).
        """
        from tankapp.services import targets

        path = Path(path)
        targets.check_export_target(path, self._core.path)
        doc = build()
        return self._core.write_file(path, lambda: write(doc, path), done=done, failed=failed)

    def export_agenda_pdf(self, meeting_id: int, path: Path | str, *, done=None, failed=None) -> Path | None:
        from tankapp.export.agenda_pdf import write_agenda_pdf

        return self._export(path, lambda: self.agenda_document(meeting_id), write_agenda_pdf, done=done, failed=failed)

    def export_ics(self, meeting_id: int, path: Path | str, *, done=None, failed=None) -> Path | None:
        from tankapp.export.ics import write_meeting_ics

        return self._export(path, lambda: self.meeting_event(meeting_id), write_meeting_ics, done=done, failed=failed)

    def export_minutes_pdf(self, meeting_id: int, path: Path | str, *, done=None, failed=None) -> Path | None:
        from tankapp.export.minutes_pdf import write_minutes_pdf

        return self._export(path, lambda: self.minutes_document(meeting_id), write_minutes_pdf, done=done, failed=failed)

    def export_signin_pdf(self, meeting_id: int, path: Path | str, *, done=None, failed=None) -> Path | None:
        from tankapp.export.signin_pdf import write_signin_pdf

        return self._export(path, lambda: self.signin_document(meeting_id), write_signin_pdf, done=done, failed=failed)


__all__ = ["MeetingOps", "MeetingsOverview"]
