"""Interview notes per member, kept beside their self-evaluation answers.

A note has a text (trimmed, at most :data:`NOTE_MAX` characters), the day of
the interview and, if it belongs to one, the round it was held beside. The
notes are the facilitator's working material: they never go into the results
or the export. No new note is written about an anonymised member, and anonymising a
member deletes the notes about them (free text about a person, which no figure uses:
see :mod:`tankapp.services.privacy.rights`); deleting a member deletes them too.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tankapp.domain import EvaluationRound, InterviewNote, Member
from tankapp.services.errors import NotFound, ServiceError, ValidationError, problem
from tankapp.services.evaluation.responses import is_anonymised

__all__ = [
    "NOTE_MAX",
    "InterviewNoteRow",
    "add_interview_note",
    "delete_interview_note",
    "list_interview_notes",
    "update_interview_note",
]

NOTE_MAX = 20_000  # characters: a few pages of notes

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class InterviewNoteRow:
    id: int
    uuid: uuid.UUID
    member_id: int
    round_id: int | None
    round_title: str | None
    interviewed_on: dt.date
    text: str
    updated_at: dt.datetime


def _row(n: InterviewNote, round_title: str | None) -> InterviewNoteRow:
    return InterviewNoteRow(n.id, n.uuid, n.member_id, n.round_id, round_title, n.interviewed_on, n.text, n.updated_at)


def _clean(text: str | None) -> str:
    text = _CONTROLS.sub("", (text or "").replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        raise ValidationError([problem("interview_note_text_required", "Write the note.", "text")])
    if len(text) > NOTE_MAX:
        raise ValidationError([problem("evaluation_text_too_long", f"The note is longer than {NOTE_MAX} characters.",
                                       "text", max=str(NOTE_MAX))])
    return text


def _round_title(s: Session, round_id: int | None) -> str | None:
    if round_id is None:
        return None
    r = s.get(EvaluationRound, round_id)
    if r is None:
        raise NotFound(problem("evaluation_round_not_found", f"There is no evaluation round with id {round_id}.",
                               id=round_id))
    return r.title


def _get(s: Session, note_id: int) -> InterviewNote:
    n = s.get(InterviewNote, note_id)
    if n is None:
        raise NotFound(problem("interview_note_not_found", f"There is no interview note with id {note_id}.", id=note_id))
    return n


def add_interview_note(
    s: Session, member_id: int, text: str, *, on: dt.date | None = None, round_id: int | None = None
) -> InterviewNoteRow:
    """A note from an interview with the member on *on* (default today), beside *round_id* if given."""
    member = s.get(Member, member_id)
    if member is None:
        raise NotFound(problem("member_not_found", f"There is no member with id {member_id}.", id=member_id))
    if is_anonymised(s, member):
        raise ServiceError(problem("evaluation_member_anonymised",
                                   "The member has been anonymised; nothing new is recorded about them."))
    text = _clean(text)
    title = _round_title(s, round_id)
    n = InterviewNote(member_id=member_id, round_id=round_id, interviewed_on=on or dt.date.today(), text=text)
    s.add(n)
    s.flush()
    return _row(n, title)


def update_interview_note(
    s: Session, note_id: int, text: str, *, on: dt.date | None = None, round_id: int | None = None
) -> InterviewNoteRow:
    """Change the note's text, and its day and round (None: the day is kept; the round is set as given)."""
    n = _get(s, note_id)
    n.text = _clean(text)
    title = _round_title(s, round_id)
    n.round_id = round_id
    if on is not None:
        n.interviewed_on = on
    s.flush()
    return _row(n, title)


def delete_interview_note(s: Session, note_id: int) -> None:
    s.delete(_get(s, note_id))
    s.flush()


def list_interview_notes(s: Session, member_id: int | None = None, *, round_id: int | None = None) -> list[InterviewNoteRow]:
    """The notes (of one member, of one round), newest interview first."""
    q = (
        select(InterviewNote, EvaluationRound.title)
        .outerjoin(EvaluationRound, InterviewNote.round_id == EvaluationRound.id)
        .order_by(InterviewNote.interviewed_on.desc(), InterviewNote.id.desc())
    )
    if member_id is not None:
        q = q.where(InterviewNote.member_id == member_id)
    if round_id is not None:
        q = q.where(InterviewNote.round_id == round_id)
    return [_row(n, title) for n, title in s.execute(q)]
