"""The knowledge library (*vidensbibliotek*): presentations, their files as rows, and the rules about them.

A presentation (*vidensoplæg*) is tagged by the kinds of user involvement it
speaks to and the criteria it sheds light on (ViBIS's inspiration catalogue),
plus free tags. Its files are :class:`~tankapp.domain.Attachment` rows: the
name the user knows a file by, its size and the SHA-256 of its bytes.

The bytes themselves are kept by :mod:`tankapp.storage.files` (the file store,
no database): this module wraps it under the library's names
(:func:`store_file`, :func:`attachment_path`, :func:`attachment_status`,
:func:`copy_for_opening`, ...) and words its errors as :class:`ServiceError`
problems. What needs a session stays here: whether a hash is still used, and
removing stored bytes only when the transaction that removed their last
attachment row commits, so a rolled-back delete never loses a file.

Copying a file in (:func:`store_file`) needs no database: the GUI runs it in a
worker thread with a progress callback that can cancel, then records the
result with :func:`add_attachment` in a short transaction.

Which group has seen which presentation is in
:mod:`tankapp.services.library.coverage`.
"""

from __future__ import annotations

import datetime as dt
import logging
import mimetypes
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from tankapp.domain import (
    AgendaItem,
    Attachment,
    Meeting,
    Presentation,
    agenda_item_presentations,
)
from tankapp.domain.collation import search_fold, search_text, sort_key
from tankapp.domain.enums import Criterion, Involvement, MeetingStatus
from tankapp.domain.rules import clean_text
from tankapp.services.errors import NotFound, ServiceError, ValidationError, problem

from tankapp.storage import files
from tankapp.storage.files import (  # the file store's names, under which the library has always offered them
    CHUNK_SIZE,
    FILE_NAME_MAX_BYTES,
    STALE_TEMP_SECONDS,
    Progress,
    StoredFile,
    attachments_dir,
    clear_opened_copies,
    opened_dir,
    stored_path,
)
from tankapp.storage.files import Status as AttachmentStatus

log = logging.getLogger(__name__)

TAG_SEPARATOR = "; "
TITLE_MAX = 300
PRESENTER_MAX = 200

# The model's flag column for each kind of involvement and each criterion.
INVOLVEMENT_COLUMNS: dict[Involvement, str] = {
    Involvement.ORGANISATIONAL: "involves_organisational",
    Involvement.INDIVIDUAL: "involves_individual",
    Involvement.RELATIVES: "involves_relatives",
}
CRITERION_COLUMNS: dict[Criterion, str] = {
    Criterion.FRAMES: "criterion_frames",
    Criterion.PROCESS: "criterion_process",
    Criterion.USE: "criterion_use",
}

# ------------------------------------------------------------------ tags


def normalise_tags(tags: Iterable[str] | str | None) -> list[str]:
    """Trimmed tags, inner spaces collapsed, duplicates (ignoring case) dropped, first spelling kept.

    A single string is split on commas and semicolons, as are the items of a
    list (";" separates tags in the database, "," in the form).
    """
    if tags is None:
        return []
    if isinstance(tags, str):
        tags = [tags]
    out: list[str] = []
    seen: set[str] = set()
    for item in tags:
        for part in re.split(r"[;,]", item or ""):
            tag = " ".join(part.split())
            key = tag.casefold()
            if tag and key not in seen:
                seen.add(key)
                out.append(tag)
    return out


def _split_tags(stored: str | None) -> list[str]:
    return normalise_tags(stored or "")


def _join_tags(tags: Iterable[str]) -> str:
    return TAG_SEPARATOR.join(normalise_tags(list(tags)))


# ------------------------------------------------------------------ presentations


@dataclass
class PresentationInput:
    """Everything a person fills in about a knowledge presentation."""

    title: str = ""
    presenter: str = ""
    presented_on: dt.date | None = None
    summary: str = ""
    source: str = ""
    involvement: set[Involvement] = field(default_factory=set)
    criteria: set[Criterion] = field(default_factory=set)
    tags: list[str] = field(default_factory=list)

    @classmethod
    def from_presentation(cls, p: Presentation) -> PresentationInput:
        return cls(
            title=p.title,
            presenter=p.presenter,
            presented_on=p.presented_on,
            summary=p.summary,
            source=p.source,
            involvement={k for k, col in INVOLVEMENT_COLUMNS.items() if getattr(p, col)},
            criteria={c for c, col in CRITERION_COLUMNS.items() if getattr(p, col)},
            tags=_split_tags(p.tags),
        )

    def cleaned(self) -> PresentationInput:
        return PresentationInput(
            title=clean_text(self.title),
            presenter=clean_text(self.presenter),
            presented_on=self.presented_on,
            summary=clean_text(self.summary),
            source=clean_text(self.source),
            involvement={Involvement(v) for v in self.involvement},
            criteria={Criterion(v) for v in self.criteria},
            tags=normalise_tags(self.tags),
        )


@dataclass(frozen=True)
class PresentationUse:
    """An agenda item that puts the presentation on a meeting."""

    meeting_id: int
    meeting_title: str
    meeting_date: dt.date
    meeting_status: MeetingStatus
    agenda_item_id: int
    agenda_item_title: str


@dataclass(frozen=True)
class AttachmentSummary:
    """A file of a presentation, with whether its stored bytes are there (size checked)."""

    id: int
    presentation_id: int
    file_name: str
    content_hash: str
    size: int
    media_type: str
    status: AttachmentStatus


@dataclass(frozen=True)
class PresentationSummary:
    """A row of the library (plain data, safe outside a session)."""

    id: int
    uuid: uuid.UUID
    title: str
    presenter: str
    presented_on: dt.date | None
    summary: str
    source: str
    involvement: frozenset[Involvement]
    criteria: frozenset[Criterion]
    tags: tuple[str, ...]
    attachments: tuple[AttachmentSummary, ...]
    uses: tuple[PresentationUse, ...]

    @property
    def attachment_count(self) -> int:
        return len(self.attachments)

    @property
    def problem_attachments(self) -> tuple[AttachmentSummary, ...]:
        """Files whose stored bytes are missing or damaged."""
        return tuple(a for a in self.attachments if a.status != "ok")

    @property
    def meetings(self) -> tuple[PresentationUse, ...]:
        """One use per meeting (the first agenda item that links it), by date."""
        seen: dict[int, PresentationUse] = {}
        for u in self.uses:
            seen.setdefault(u.meeting_id, u)
        return tuple(seen.values())


def validate_presentation(data: PresentationInput) -> list:
    data = data.cleaned()
    problems = []
    if not data.title:
        problems.append(problem("presentation_title_required", "The presentation needs a title.", "title"))
    elif len(data.title) > TITLE_MAX:
        problems.append(
            problem("presentation_title_too_long", f"The title is longer than {TITLE_MAX} characters.", "title", max=TITLE_MAX)
        )
    if len(data.presenter) > PRESENTER_MAX:
        problems.append(
            problem(
                "presentation_presenter_too_long",
                f"The presenter's name is longer than {PRESENTER_MAX} characters.",
                "presenter",
                max=PRESENTER_MAX,
            )
        )
    return problems


def _apply(p: Presentation, data: PresentationInput) -> None:
    p.title = data.title
    p.presenter = data.presenter
    p.presented_on = data.presented_on
    p.summary = data.summary
    p.source = data.source
    for kind, column in INVOLVEMENT_COLUMNS.items():
        setattr(p, column, kind in data.involvement)
    for criterion, column in CRITERION_COLUMNS.items():
        setattr(p, column, criterion in data.criteria)
    p.tags = _join_tags(data.tags)


def create_presentation(s: Session, data: PresentationInput) -> Presentation:
    data = data.cleaned()
    problems = validate_presentation(data)
    if problems:
        raise ValidationError(problems)
    p = Presentation()
    _apply(p, data)
    s.add(p)
    s.flush()
    return p


def get_presentation(s: Session, presentation_id: int) -> Presentation:
    p = s.get(Presentation, presentation_id)
    if p is None:
        raise NotFound(
            problem("presentation_not_found", f"There is no presentation with id {presentation_id}.", id=presentation_id)
        )
    return p


def update_presentation(s: Session, presentation_id: int, data: PresentationInput) -> Presentation:
    p = get_presentation(s, presentation_id)
    data = data.cleaned()
    problems = validate_presentation(data)
    if problems:
        raise ValidationError(problems)
    _apply(p, data)
    s.flush()
    return p


def _uses(s: Session, presentation_ids: Iterable[int] | None = None) -> dict[int, list[PresentationUse]]:
    link = agenda_item_presentations
    q = (
        select(
            link.c.presentation_id,
            Meeting.id,
            Meeting.title,
            Meeting.date,
            Meeting.status,
            AgendaItem.id,
            AgendaItem.title,
        )
        .join(AgendaItem, AgendaItem.id == link.c.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .order_by(Meeting.date, Meeting.start, AgendaItem.position, AgendaItem.id)
    )
    if presentation_ids is not None:
        q = q.where(link.c.presentation_id.in_(list(presentation_ids)))
    out: dict[int, list[PresentationUse]] = defaultdict(list)
    for pid, mid, mtitle, mdate, mstatus, aid, atitle in s.execute(q):
        out[pid].append(PresentationUse(mid, mtitle, mdate, mstatus, aid, atitle))
    return out


def delete_presentation(s: Session, presentation_id: int) -> None:
    """Remove a presentation and its files; refused while an agenda item links it."""
    p = get_presentation(s, presentation_id)
    uses = _uses(s, [presentation_id]).get(presentation_id, [])
    if uses:
        meetings = list(dict.fromkeys(f"{u.meeting_title} ({u.meeting_date.isoformat()})" for u in uses))
        raise ServiceError(
            problem(
                "presentation_in_use",
                f"'{p.title}' is on the agenda of {len(meetings)} meeting(s): {', '.join(meetings)}. "
                "Take it off those agendas first.",
                title=p.title,
                count=len(meetings),
                meetings=", ".join(meetings),
            )
        )
    hashes = {a.content_hash for a in p.attachments}
    s.delete(p)
    s.flush()
    _release_after_commit(s, hashes)


def matches(
    p: PresentationSummary,
    text: str | None = None,
    involvement: Involvement | None = None,
    criterion: Criterion | None = None,
    tag: str | None = None,
) -> bool:
    """Whether a presentation passes the library's filters (every typed word must occur)."""
    if involvement is not None and involvement not in p.involvement:
        return False
    if criterion is not None and criterion not in p.criteria:
        return False
    if tag and tag.strip().casefold() not in {t.casefold() for t in p.tags}:
        return False
    words = search_fold(text).split()  # "aase" finds Åse, "zoe" Zoë
    if words:
        haystack = search_text(" ".join(
            [p.title, p.presenter, p.summary, p.source, " ".join(p.tags), " ".join(a.file_name for a in p.attachments)]
        ))
        if not all(w in haystack for w in words):
            return False
    return True


def _attachment_summary(a: Attachment) -> AttachmentSummary:
    return AttachmentSummary(
        id=a.id,
        presentation_id=a.presentation_id,
        file_name=a.file_name,
        content_hash=a.content_hash,
        size=a.size,
        media_type=a.media_type,
        status=attachment_status(a),
    )


def _sort_order(p: PresentationSummary):
    # Newest first; undated last; then the title the Danish way.
    return (p.presented_on is None, -(p.presented_on.toordinal() if p.presented_on else 0), sort_key(p.title), p.id)


def list_presentations(
    s: Session,
    text: str | None = None,
    involvement: Involvement | None = None,
    criterion: Criterion | None = None,
    tag: str | None = None,
) -> list[PresentationSummary]:
    """The library, newest first (undated at the end), then by title; filtered if asked."""
    attachments: dict[int, list[AttachmentSummary]] = defaultdict(list)
    for a in s.scalars(select(Attachment)):
        attachments[a.presentation_id].append(_attachment_summary(a))
    uses = _uses(s)
    rows = [
        PresentationSummary(
            id=p.id,
            uuid=p.uuid,
            title=p.title,
            presenter=p.presenter,
            presented_on=p.presented_on,
            summary=p.summary,
            source=p.source,
            involvement=frozenset(k for k, col in INVOLVEMENT_COLUMNS.items() if getattr(p, col)),
            criteria=frozenset(c for c, col in CRITERION_COLUMNS.items() if getattr(p, col)),
            tags=tuple(_split_tags(p.tags)),
            attachments=tuple(sorted(attachments.get(p.id, []), key=lambda a: (sort_key(a.file_name), a.id))),
            uses=tuple(uses.get(p.id, [])),
        )
        for p in s.scalars(select(Presentation))
    ]
    rows = [r for r in rows if matches(r, text, involvement, criterion, tag)]
    rows.sort(key=_sort_order)
    return rows


def presentation_summary(s: Session, presentation_id: int) -> PresentationSummary:
    get_presentation(s, presentation_id)
    return next(r for r in list_presentations(s) if r.id == presentation_id)


def list_tags(s: Session) -> list[str]:
    """Every tag in use, once (first spelling met), in Danish order."""
    seen: dict[str, str] = {}
    for stored in s.scalars(select(Presentation.tags).order_by(Presentation.id)):
        for tag in _split_tags(stored):
            seen.setdefault(tag.casefold(), tag)
    return sorted(seen.values(), key=sort_key)


# ------------------------------------------------------------------ stored files (tankapp.storage.files, worded)


class AttachmentCancelled(ServiceError):
    """The person cancelled copying a file in; nothing was stored."""


class _HasContent(Protocol):
    content_hash: str
    size: int


class _NamedContent(_HasContent, Protocol):
    file_name: str


def _file_error(err: files.FileStoreError) -> ServiceError:
    """The file store's error as the problem the user is shown."""
    name = err.file_name
    if isinstance(err, files.StoreCancelled):
        return AttachmentCancelled(
            problem("attachment_cancelled", f"Copying '{name}' was cancelled; nothing was stored.", file=name)
        )
    if isinstance(err, files.SourceMissing):
        return ServiceError(
            problem("attachment_source_missing", f"The file '{name}' is not there any more. Choose it again.", file=name)
        )
    if isinstance(err, files.SourceNotAFile):
        return ServiceError(
            problem("attachment_source_not_file", f"'{name}' is a folder, not a file. Choose a file.", file=name)
        )
    if isinstance(err, files.SourceUnreadable) and err.denied:
        return ServiceError(
            problem(
                "attachment_source_unreadable",
                f"tankapp may not read the file '{name}'. Check that it is not locked or open in another program.",
                file=name,
            )
        )
    if isinstance(err, files.SourceUnreadable):
        return ServiceError(
            problem(
                "attachment_source_unreadable",
                f"The file '{name}' could not be read ({err.reason}). Try again, or copy it to this computer first.",
                file=name,
            )
        )
    if isinstance(err, files.StoredMissing):
        return ServiceError(
            problem(
                "attachment_missing",
                f"The file '{name}' is missing from tankapp's data folder. Re-link it to a copy you have.",
                file=name,
            )
        )
    if isinstance(err, files.StoredDamaged):
        return ServiceError(
            problem(
                "attachment_damaged",
                f"The file '{name}' in tankapp's data folder is damaged (it has changed since it was added). "
                "Re-link it to a good copy.",
                file=name,
            )
        )
    return ServiceError(
        problem(
            "attachment_store_failed",
            f"The file could not be saved in tankapp's data folder ({err.reason or err}). "
            "Check that there is free space on the disk.",
        )
    )


def attachment_path(att: _HasContent) -> Path:
    """Where the bytes of an attachment (a row or an :class:`AttachmentSummary`) are kept."""
    return stored_path(att.content_hash)


def attachment_status(att: _HasContent, *, verify_hash: bool = False) -> AttachmentStatus:
    """'ok', 'missing' (no file) or 'damaged' (wrong size; wrong content when ``verify_hash``)."""
    return files.stored_status(att.content_hash, att.size, verify_hash=verify_hash)


def verify_attachment(att: _HasContent) -> AttachmentStatus:
    """The full check, reading every byte (slow for big files)."""
    return attachment_status(att, verify_hash=True)


def store_file(
    source: Path,
    progress: Progress | None = None,
    chunk: int = CHUNK_SIZE,
    *,
    replace_existing: bool = False,
) -> StoredFile:
    """Copy ``source`` into the attachments folder under its SHA-256 (see :func:`tankapp.storage.files.store`).

    ``progress(done, total)`` is called after each chunk and cancels the copy
    when it returns False (:class:`AttachmentCancelled`, nothing is left
    behind). Bytes already stored are kept as they are, unless their size is
    wrong or ``replace_existing`` asks for them to be written again (re-link).
    A source that cannot be read, or a store that cannot be written, is a
    :class:`ServiceError` (``attachment_source_*``, ``attachment_store_failed``).
    """
    try:
        return files.store(source, progress, chunk, replace_existing=replace_existing)
    except files.FileStoreError as err:
        raise _file_error(err) from None


def copy_for_opening(att: _NamedContent) -> Path:
    """A read-only copy of the attachment under its own name, for opening in another program.

    The bytes are hashed while they are copied: a missing or damaged file
    raises ``attachment_missing`` / ``attachment_damaged``
    (see :func:`tankapp.storage.files.copy_for_opening`).
    """
    try:
        return files.copy_for_opening(att.content_hash, att.size, att.file_name)
    except files.FileStoreError as err:
        raise _file_error(err) from None


def _hash_in_use(s: Session, content_hash: str, *, exclude_id: int | None = None) -> bool:
    q = select(func.count(Attachment.id)).where(Attachment.content_hash == content_hash)
    if exclude_id is not None:
        q = q.where(Attachment.id != exclude_id)
    return bool(s.scalar(q))


_PENDING = "tankapp.library.unlink"


def _release_after_commit(s: Session, hashes: Iterable[str]) -> None:
    """Remove these stored files once the transaction commits, if no row uses them then."""
    hashes = set(hashes)
    if not hashes:
        return
    if _PENDING not in s.info:
        s.info[_PENDING] = set()
        event.listen(s, "before_commit", _check_pending)
        event.listen(s, "after_commit", _unlink_pending)
        event.listen(s, "after_rollback", _forget_pending)
    s.info[_PENDING].update(hashes)


def _check_pending(s: Session) -> None:
    pending = s.info.get(_PENDING)
    if not pending:
        return
    s.flush()
    still_used = set(s.scalars(select(Attachment.content_hash).where(Attachment.content_hash.in_(list(pending)))))
    pending.difference_update(still_used)


def _unlink_pending(s: Session) -> None:
    pending = s.info.get(_PENDING) or set()
    for content_hash in list(pending):
        try:
            files.remove_stored(content_hash)
        except (files.FileStoreError, ValueError) as exc:  # e.g. open in a viewer on Windows; harmless leftover
            log.warning("could not remove stored file %s: %s", content_hash, exc)
    pending.clear()


def _forget_pending(s: Session) -> None:
    pending = s.info.get(_PENDING)
    if pending:
        pending.clear()


def release_stored(s: Session, stored: StoredFile | str) -> None:
    """Forget bytes stored for an attachment that was not added after all (if nothing uses them)."""
    content_hash = stored.hash if isinstance(stored, StoredFile) else stored
    _release_after_commit(s, {content_hash})


_clean_file_name = files.clean_file_name


def _media_type(file_name: str) -> str:
    return mimetypes.guess_type(file_name, strict=False)[0] or "application/octet-stream"


def _check_stored(stored: StoredFile) -> None:
    if files.stored_status(stored.hash, stored.size) != "ok":
        raise ServiceError(
            problem("attachment_not_stored", "The copied file is no longer in tankapp's data folder. Add the file again.")
        )


def _duplicate(s: Session, presentation_id: int, content_hash: str, *, exclude_id: int | None = None) -> Attachment | None:
    q = select(Attachment).where(Attachment.presentation_id == presentation_id, Attachment.content_hash == content_hash)
    if exclude_id is not None:
        q = q.where(Attachment.id != exclude_id)
    return s.scalars(q.limit(1)).first()


def _duplicate_error(existing: Attachment) -> ServiceError:
    return ServiceError(
        problem(
            "attachment_duplicate",
            f"This file is already attached to the presentation as '{existing.file_name}'.",
            file=existing.file_name,
        )
    )


def add_attachment(s: Session, presentation_id: int, stored: StoredFile, file_name: str) -> Attachment:
    """Record stored bytes as a file of a presentation, under the name the user knows it by."""
    get_presentation(s, presentation_id)
    existing = _duplicate(s, presentation_id, stored.hash)
    if existing is not None:
        raise _duplicate_error(existing)
    _check_stored(stored)
    name = _clean_file_name(file_name)
    att = Attachment(
        presentation_id=presentation_id,
        file_name=name,
        content_hash=stored.hash,
        size=stored.size,
        media_type=_media_type(name),
    )
    s.add(att)
    s.flush()
    return att


def attach_file(s: Session, presentation_id: int, source: Path, progress: Progress | None = None) -> Attachment:
    """:func:`store_file` and :func:`add_attachment` in one go (the CLI and tests; the GUI splits them)."""
    get_presentation(s, presentation_id)
    stored = store_file(source, progress)
    try:
        return add_attachment(s, presentation_id, stored, Path(source).name)
    except ServiceError:
        release_stored(s, stored)
        raise


def get_attachment(s: Session, attachment_id: int) -> Attachment:
    att = s.get(Attachment, attachment_id)
    if att is None:
        raise NotFound(problem("attachment_not_found", f"There is no attachment with id {attachment_id}.", id=attachment_id))
    return att


def list_attachments(s: Session, presentation_id: int) -> list[AttachmentSummary]:
    p = get_presentation(s, presentation_id)
    return sorted((_attachment_summary(a) for a in p.attachments), key=lambda a: (sort_key(a.file_name), a.id))


def attachment_summary(s: Session, attachment_id: int) -> AttachmentSummary:
    """One file of a presentation as a plain row (with whether its bytes are there)."""
    return _attachment_summary(get_attachment(s, attachment_id))


def remove_attachment(s: Session, attachment_id: int) -> None:
    """Remove a file from its presentation; its bytes go when nothing else uses them (on commit)."""
    att = get_attachment(s, attachment_id)
    content_hash = att.content_hash
    att.presentation.attachments.remove(att)
    s.delete(att)
    s.flush()
    if not _hash_in_use(s, content_hash):
        _release_after_commit(s, {content_hash})


def relink_stored(s: Session, attachment_id: int, stored: StoredFile, file_name: str) -> Attachment:
    """Point an attachment at newly stored bytes (a file found again, or a newer version).

    The attachment takes the new file's name, size and hash; the old bytes go
    when nothing else uses them.
    """
    att = get_attachment(s, attachment_id)
    existing = _duplicate(s, att.presentation_id, stored.hash, exclude_id=att.id)
    if existing is not None:
        raise _duplicate_error(existing)
    _check_stored(stored)
    old_hash = att.content_hash
    name = _clean_file_name(file_name)
    att.file_name = name
    att.media_type = _media_type(name)
    att.content_hash = stored.hash
    att.size = stored.size
    s.flush()
    if old_hash != stored.hash and not _hash_in_use(s, old_hash):
        _release_after_commit(s, {old_hash})
    return att


def relink_attachment(s: Session, attachment_id: int, source: Path, progress: Progress | None = None) -> Attachment:
    """Re-store a file the user chose for a missing or damaged attachment (see :func:`relink_stored`)."""
    get_attachment(s, attachment_id)
    stored = store_file(source, progress, replace_existing=True)
    try:
        return relink_stored(s, attachment_id, stored, Path(source).name)
    except ServiceError:
        release_stored(s, stored)
        raise


__all__ = [
    "AttachmentCancelled",
    "AttachmentStatus",
    "AttachmentSummary",
    "CHUNK_SIZE",
    "FILE_NAME_MAX_BYTES",
    "PresentationInput",
    "PresentationSummary",
    "PresentationUse",
    "Progress",
    "STALE_TEMP_SECONDS",
    "StoredFile",
    "add_attachment",
    "attach_file",
    "attachment_path",
    "attachment_status",
    "attachment_summary",
    "attachments_dir",
    "clear_opened_copies",
    "copy_for_opening",
    "create_presentation",
    "delete_presentation",
    "get_attachment",
    "get_presentation",
    "list_attachments",
    "list_presentations",
    "list_tags",
    "matches",
    "normalise_tags",
    "opened_dir",
    "presentation_summary",
    "release_stored",
    "relink_attachment",
    "relink_stored",
    "remove_attachment",
    "store_file",
    "stored_path",
    "update_presentation",
    "validate_presentation",
    "verify_attachment",
]
