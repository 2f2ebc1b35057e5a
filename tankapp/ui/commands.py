"""Undoable edits (``QUndoStack`` commands) over the member services.

Every command writes through a service in its own transaction, so an edit is
saved the moment it is made, and undo is just another saved edit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from tankapp.services import members as member_service
from tankapp.services.errors import ServiceError
from tankapp.services.members import MemberInput
from tankapp.storage import Database

log = logging.getLogger(__name__)


class _MemberCommand(QUndoCommand):
    def __init__(self, db: Database, text: str, on_done: Callable[[str | None], None]):
        super().__init__(text)
        self.db = db
        self.on_done = on_done  # called with None on success, or an error text

    def _run(self, action: Callable) -> None:
        try:
            with self.db.session() as s:
                action(s)
        except ServiceError as exc:
            log.warning("undoable member edit failed: %s", exc)
            self.setObsolete(True)
            self.on_done(str(exc))
            return
        self.on_done(None)


class AddMemberCommand(_MemberCommand):
    def __init__(self, db, data: MemberInput, on_done, text: str):
        super().__init__(db, text, on_done)
        self.data = data
        self.member_id: int | None = None
        self.record_uuid = None

    def redo(self) -> None:
        def add(s):
            member = member_service.add_member(s, self.data, record_uuid=self.record_uuid)
            self.member_id, self.record_uuid = member.id, member.uuid

        self._run(add)

    def undo(self) -> None:
        self._run(lambda s: member_service.delete_member(s, self.member_id))


class EditMemberCommand(_MemberCommand):
    """Replace a member's data; undo puts the old data back."""

    def __init__(self, db, member_id: int, before: MemberInput, after: MemberInput, on_done, text: str):
        super().__init__(db, text, on_done)
        self.member_id = member_id
        self.before = before
        self.after = after

    def redo(self) -> None:
        self._run(lambda s: member_service.update_member(s, self.member_id, self.after))

    def undo(self) -> None:
        self._run(lambda s: member_service.update_member(s, self.member_id, self.before))
