"""Undoable changes of the evaluation section (``QUndoCommand`` over ``ops.evaluation``).

Each command writes in its own transaction, so a change is saved the moment it
is made and undo is another saved change. A command built for a change that
was already made (the round dialog saves before it closes, to show problems
beside the fields) skips its first redo.

A round deleted with its responses, or a member's data erased, has no undo:
the page clears its stack then (undo steps hold copies of answers).
"""

from __future__ import annotations

import datetime as dt

from tankapp.services.evaluation.interviews import InterviewNoteRow
from tankapp.services.evaluation.responses import ResponseRow
from tankapp.services.evaluation.rounds import RoundInput
from tankapp.ui.common.commands import Done, ServiceCommand
from tankapp.ui.ops import Operations


class _Once(ServiceCommand):
    """A command whose change is already made when it is pushed: the first redo does nothing."""

    def __init__(self, ops: Operations, text: str, on_done: Done, *, done_already: bool):
        super().__init__(ops, text, on_done)
        self._skip = done_already

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self.do()

    def do(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


# ---------------------------------------------------------------- rounds


class CreateRoundCommand(_Once):
    """A new round; undo deletes it (while nobody has answered), redo makes it again (a new id)."""

    def __init__(self, ops: Operations, round_id: int, data: RoundInput, on_done: Done, text: str):
        super().__init__(ops, text, on_done, done_already=True)
        self.round_id = round_id
        self.data = data

    def do(self) -> None:
        def create():
            self.round_id = self.ops.evaluation.create_round(self.data).id

        self._run(create)

    def undo(self) -> None:
        self._run(lambda: self.ops.evaluation.delete_round(self.round_id))


class EditRoundCommand(_Once):
    def __init__(self, ops: Operations, round_id: int, before: RoundInput, after: RoundInput, on_done: Done,
                 text: str):
        super().__init__(ops, text, on_done, done_already=True)
        self.round_id = round_id
        self.before = before
        self.after = after

    def do(self) -> None:
        self._run(lambda: self.ops.evaluation.update_round(self.round_id, self.after))

    def undo(self) -> None:
        self._run(lambda: self.ops.evaluation.update_round(self.round_id, self.before))


class DeleteRoundCommand(ServiceCommand):
    """Delete a round nobody has answered; undo makes it again (same kind, title, dates, groups)."""

    def __init__(self, ops: Operations, round_id: int, data: RoundInput, on_done: Done, text: str):
        super().__init__(ops, text, on_done)
        self.round_id = round_id
        self.data = data

    def redo(self) -> None:
        self._run(lambda: self.ops.evaluation.delete_round(self.round_id))

    def undo(self) -> None:
        def create():
            self.round_id = self.ops.evaluation.create_round(self.data).id

        self._run(create)


# ---------------------------------------------------------------- responses


class SetResponseCommand(ServiceCommand):
    """Answers recorded, declined or cleared for one member; undo puts back what was there before.

    *after* ``None`` clears the response; a ResponseRow with status declined
    declines; one with answers records them (its channel and day).
    """

    def __init__(self, ops: Operations, round_id: int, member_id: int, before: ResponseRow | None,
                 after: ResponseRow | None, on_done: Done, text: str):
        super().__init__(ops, text, on_done)
        self.round_id = round_id
        self.member_id = member_id
        self.before = before
        self.after = after

    def redo(self) -> None:
        self._run(lambda: self.ops.evaluation.restore_response(self.round_id, self.member_id, self.after))

    def undo(self) -> None:
        self._run(lambda: self.ops.evaluation.restore_response(self.round_id, self.member_id, self.before))


# ---------------------------------------------------------------- interview notes


class AddNoteCommand(ServiceCommand):
    def __init__(self, ops: Operations, member_id: int, text_: str, on: dt.date, round_id: int | None,
                 on_done: Done, text: str):
        super().__init__(ops, text, on_done)
        self.member_id, self.text_, self.on, self.round_id = member_id, text_, on, round_id
        self.note_id: int | None = None

    def redo(self) -> None:
        def add():
            self.note_id = self.ops.evaluation.add_note(self.member_id, self.text_, on=self.on,
                                                        round_id=self.round_id).id

        self._run(add)

    def undo(self) -> None:
        if self.note_id is not None:
            self._run(lambda: self.ops.evaluation.delete_note(self.note_id))


class EditNoteCommand(ServiceCommand):
    def __init__(self, ops: Operations, before: InterviewNoteRow, text_: str, on: dt.date, round_id: int | None,
                 on_done: Done, text: str):
        super().__init__(ops, text, on_done)
        self.before = before
        self.text_, self.on, self.round_id = text_, on, round_id

    def redo(self) -> None:
        self._run(lambda: self.ops.evaluation.update_note(self.before.id, self.text_, on=self.on,
                                                          round_id=self.round_id))

    def undo(self) -> None:
        b = self.before
        self._run(lambda: self.ops.evaluation.update_note(b.id, b.text, on=b.interviewed_on, round_id=b.round_id))


class DeleteNoteCommand(ServiceCommand):
    """Delete a note; undo writes it again (a new id) and later steps follow the new id."""

    def __init__(self, ops: Operations, note: InterviewNoteRow, on_done: Done, text: str):
        super().__init__(ops, text, on_done)
        self.note = note
        self.note_id = note.id

    def redo(self) -> None:
        self._run(lambda: self.ops.evaluation.delete_note(self.note_id))

    def undo(self) -> None:
        n = self.note

        def add():
            self.note_id = self.ops.evaluation.add_note(n.member_id, n.text, on=n.interviewed_on,
                                                        round_id=n.round_id).id

        self._run(add)
