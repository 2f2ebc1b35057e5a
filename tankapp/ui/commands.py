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

from tankapp.services import agenda as agenda_service
from tankapp.services import members as member_service
from tankapp.services.agenda import ItemInput, ItemSnapshot
from tankapp.services.errors import ServiceError
from tankapp.storage import DatabaseError
from tankapp.services.members import MemberInput
from tankapp.storage import Database

log = logging.getLogger(__name__)

Done = Callable[[str | None], None]  # called with None on success, or an error text


class ServiceCommand(QUndoCommand):
    """Runs ``action(session)`` in one transaction; a refusal makes the command obsolete."""

    def __init__(self, db: Database, text: str, on_done: Done):
        super().__init__(text)
        self.db = db
        self.on_done = on_done

    def _run(self, action: Callable) -> None:
        try:
            with self.db.session() as s:
                action(s)
        except (ServiceError, DatabaseError) as exc:
            # The command's text and the message name people: the log gets the class and the code only.
            log.warning("undoable %s refused: %s", type(self).__name__, getattr(exc, "code", type(exc).__name__))
            self.setObsolete(True)
            self.on_done(str(exc))
            return
        self.on_done(None)


# ---------------------------------------------------------------- members


class AddMemberCommand(ServiceCommand):
    def __init__(self, db, data: MemberInput, on_done: Done, text: str):
        super().__init__(db, text, on_done)
        self.data = data
        self.member_id: int | None = None
        self.record_uuid: uuid.UUID | None = None

    def redo(self) -> None:
        def add(s):
            member = member_service.add_member(s, self.data, record_uuid=self.record_uuid)
            self.member_id, self.record_uuid = member.id, member.uuid

        self._run(add)

    def undo(self) -> None:
        self._run(lambda s: member_service.delete_member(s, member_service.member_id_for(s, self.record_uuid)))


class EditMemberCommand(ServiceCommand):
    """Replace a member's data; undo puts the old data back."""

    def __init__(self, db, record_uuid: uuid.UUID, before: MemberInput, after: MemberInput, on_done: Done, text: str):
        super().__init__(db, text, on_done)
        self.record_uuid = record_uuid
        self.before = before
        self.after = after

    def _set(self, data: MemberInput) -> None:
        self._run(lambda s: member_service.update_member(s, member_service.member_id_for(s, self.record_uuid), data))

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)


# ---------------------------------------------------------------- agenda


class AddItemCommand(ServiceCommand):
    def __init__(self, db, meeting_id: int, data: ItemInput, position: int | None, on_done: Done, text: str):
        super().__init__(db, text, on_done)
        self.meeting_id = meeting_id
        self.data = data
        self.position = position
        self.record_uuid: uuid.UUID | None = None

    def redo(self) -> None:
        def add(s):
            item = agenda_service.add_item(
                s, self.meeting_id, self.data, position=self.position, record_uuid=self.record_uuid
            )
            self.record_uuid, self.position = item.uuid, item.position

        self._run(add)

    def undo(self) -> None:
        self._run(lambda s: agenda_service.remove_item(s, agenda_service.item_id_for(s, self.record_uuid)))


class RemoveItemCommand(ServiceCommand):
    def __init__(self, db, record_uuid: uuid.UUID, on_done: Done, text: str):
        super().__init__(db, text, on_done)
        self.record_uuid = record_uuid
        self.snapshot: ItemSnapshot | None = None

    def redo(self) -> None:
        def remove(s):
            self.snapshot = agenda_service.remove_item(s, agenda_service.item_id_for(s, self.record_uuid))

        self._run(remove)

    def undo(self) -> None:
        self._run(lambda s: agenda_service.restore_item(s, self.snapshot))


class EditItemCommand(ServiceCommand):
    def __init__(self, db, record_uuid: uuid.UUID, before: ItemInput, after: ItemInput, on_done: Done, text: str):
        super().__init__(db, text, on_done)
        self.record_uuid = record_uuid
        self.before = before
        self.after = after

    def _set(self, data: ItemInput) -> None:
        self._run(lambda s: agenda_service.update_item(s, agenda_service.item_id_for(s, self.record_uuid), data))

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)


class MoveItemCommand(ServiceCommand):
    def __init__(self, db, record_uuid: uuid.UUID, old: int, new: int, on_done: Done, text: str):
        super().__init__(db, text, on_done)
        self.record_uuid = record_uuid
        self.old = old
        self.new = new

    def _move(self, to: int) -> None:
        self._run(lambda s: agenda_service.move_item(s, agenda_service.item_id_for(s, self.record_uuid), to))

    def redo(self) -> None:
        self._move(self.new)

    def undo(self) -> None:
        self._move(self.old)
