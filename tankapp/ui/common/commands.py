"""Undoable edits (``QUndoStack`` commands) over the services.

Every command writes through a service in its own transaction, so an edit is
saved the moment it is made, and undo is just another saved edit. Commands
remember records by UUID, not by id: undoing a removal re-creates the record
under its old UUID but with a new integer id.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from tankapp.services.meetings.agenda import ItemInput, ItemSnapshot
from tankapp.services.errors import ServiceError
from tankapp.services.members.registry import MemberInput
from tankapp.ui.ops import Operations

log = logging.getLogger(__name__)

Done = Callable[[str | None], None]  # called with None on success, or an error text


class ServiceCommand(QUndoCommand):
    """Runs ``action()`` (one operation of :mod:`tankapp.ui.ops`, one transaction); a refusal makes it obsolete."""

    def __init__(self, ops: Operations, text: str, on_done: Done):
        super().__init__(text)
        self.ops = ops
        self.on_done = on_done

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except ServiceError as exc:
            # The command's text and the message name people: the log gets the class and the code only.
            log.warning("undoable %s refused: %s", type(self).__name__, exc.code)
            self.setObsolete(True)
            self.on_done(Operations.message(exc))
            return
        self.on_done(None)


# ---------------------------------------------------------------- members


class AddMemberCommand(ServiceCommand):
    def __init__(self, ops: Operations, data: MemberInput, on_done: Done, text: str):
        super().__init__(ops, text, on_done)
        self.data = data
        self.member_id: int | None = None
        self.record_uuid: uuid.UUID | None = None

    def redo(self) -> None:
        def add():
            member = self.ops.members.add(self.data, record_uuid=self.record_uuid)
            self.member_id, self.record_uuid = member.id, member.uuid

        self._run(add)

    def undo(self) -> None:
        self._run(lambda: self.ops.members.delete_by_uuid(self.record_uuid))


class EditMemberCommand(ServiceCommand):
    """Replace a member's data; undo puts the old data back."""

    def __init__(self, ops: Operations, record_uuid: uuid.UUID, before: MemberInput, after: MemberInput,
                 on_done: Done, text: str):
        super().__init__(ops, text, on_done)
        self.record_uuid = record_uuid
        self.before = before
        self.after = after

    def _set(self, data: MemberInput) -> None:
        self._run(lambda: self.ops.members.update_by_uuid(self.record_uuid, data))

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)


# ---------------------------------------------------------------- agenda


class AddItemCommand(ServiceCommand):
    def __init__(self, ops: Operations, meeting_id: int, data: ItemInput, position: int | None, on_done: Done,
                 text: str):
        super().__init__(ops, text, on_done)
        self.meeting_id = meeting_id
        self.data = data
        self.position = position
        self.record_uuid: uuid.UUID | None = None

    def redo(self) -> None:
        def add():
            self.record_uuid, self.position = self.ops.meetings.add_item(
                self.meeting_id, self.data, position=self.position, record_uuid=self.record_uuid
            )

        self._run(add)

    def undo(self) -> None:
        self._run(lambda: self.ops.meetings.remove_item(self.record_uuid))


class RemoveItemCommand(ServiceCommand):
    def __init__(self, ops: Operations, record_uuid: uuid.UUID, on_done: Done, text: str):
        super().__init__(ops, text, on_done)
        self.record_uuid = record_uuid
        self.snapshot: ItemSnapshot | None = None

    def redo(self) -> None:
        def remove():
            self.snapshot = self.ops.meetings.remove_item(self.record_uuid)

        self._run(remove)

    def undo(self) -> None:
        self._run(lambda: self.ops.meetings.restore_item(self.snapshot))


class EditItemCommand(ServiceCommand):
    def __init__(self, ops: Operations, record_uuid: uuid.UUID, before: ItemInput, after: ItemInput, on_done: Done,
                 text: str):
        super().__init__(ops, text, on_done)
        self.record_uuid = record_uuid
        self.before = before
        self.after = after

    def _set(self, data: ItemInput) -> None:
        self._run(lambda: self.ops.meetings.update_item(self.record_uuid, data))

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)


class MoveItemCommand(ServiceCommand):
    def __init__(self, ops: Operations, record_uuid: uuid.UUID, old: int, new: int, on_done: Done, text: str):
        super().__init__(ops, text, on_done)
        self.record_uuid = record_uuid
        self.old = old
        self.new = new

    def _move(self, to: int) -> None:
        self._run(lambda: self.ops.meetings.move_item(self.record_uuid, to))

    def redo(self) -> None:
        self._move(self.new)

    def undo(self) -> None:
        self._move(self.old)


class ApplyTemplateCommand(ServiceCommand):
    """A template's items appended in one transaction; undo removes them all (one undo step).

    Redo re-creates the items under the same UUIDs, so later commands on them still find them.
    """

    def __init__(self, ops: Operations, meeting_id: int, items: tuple[ItemInput, ...] | list[ItemInput],
                 on_done: Done, text: str):
        super().__init__(ops, text, on_done)
        self.meeting_id = meeting_id
        self.items = list(items)
        self.record_uuids: list[uuid.UUID] | None = None

    def redo(self) -> None:
        def add():
            self.record_uuids = self.ops.meetings.add_items(self.meeting_id, self.items, self.record_uuids)

        self._run(add)

    def undo(self) -> None:
        self._run(lambda: self.ops.meetings.remove_items(self.record_uuids or []))
