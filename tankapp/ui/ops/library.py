"""Operations of the library feature (see tankapp.ui.ops.core): presentations, their files, coverage.

Copying a file into the store (:meth:`LibraryOps.store_file`) and making a
copy for opening (:meth:`LibraryOps.open_copy`) never run inside a
transaction: the bytes are written first (the page does it in a worker
thread), and the stored file is recorded afterwards in a short write
(:meth:`LibraryOps.add_attachment`, :meth:`LibraryOps.relink`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from tankapp.services.library import presentations as library
from tankapp.services.errors import ServiceError
from tankapp.services.library import coverage as library_coverage
from tankapp.services.library.coverage import Coverage
from tankapp.services.library.presentations import (
    AttachmentSummary,
    PresentationInput,
    PresentationSummary,
    Progress,
    StoredFile,
)
from tankapp.ui.ops.core import Changes, FeatureOps

log = logging.getLogger(__name__)


class LibraryOps(FeatureOps):
    # ------------------------------------------------------------------ presentations
    def list(self) -> list[PresentationSummary]:
        """The library, newest first (each file's status checked)."""
        return self._read(lambda s: library.list_presentations(s))

    def list_with_tags(self) -> tuple[list[PresentationSummary], list[str]]:
        """The library and every tag in use, read together (the page's reload)."""
        return self._read(lambda s: (library.list_presentations(s), library.list_tags(s)))

    def summary(self, presentation_id: int) -> PresentationSummary:
        return self._read(lambda s: library.presentation_summary(s, presentation_id))

    def input_of(self, presentation_id: int) -> PresentationInput:
        """The presentation as the dialog edits it."""
        return self._read(lambda s: PresentationInput.from_presentation(library.get_presentation(s, presentation_id)))

    def tags(self) -> list[str]:
        """Every tag in use, once, in Danish order."""
        return self._read(lambda s: library.list_tags(s))

    def create(self, data: PresentationInput) -> int:
        """A new presentation; its id."""
        return self._write(
            lambda s: library.create_presentation(s, data).id,
            lambda pid: Changes.of(presentation=[pid]),
        )

    def update(self, presentation_id: int, data: PresentationInput) -> None:
        def update(s) -> None:
            library.update_presentation(s, presentation_id, data)

        self._write(update, Changes.of(presentation=[presentation_id]))

    def delete(self, presentation_id: int) -> None:
        """Remove a presentation and its files (refused while an agenda item links it)."""
        self._write(
            lambda s: library.delete_presentation(s, presentation_id),
            Changes.of(presentation=[presentation_id]),
        )

    # ------------------------------------------------------------------ the file store (no transaction)
    def store_file(self, source: Path, progress: Progress | None = None, *,
                   replace_existing: bool = False) -> StoredFile:
        """Copy a file's bytes into the store. Safe in a worker thread: no database is touched."""
        return library.store_file(Path(source), progress, replace_existing=replace_existing)

    def release_stored(self, stored: StoredFile) -> None:
        """Forget stored bytes that were not recorded after all (if nothing uses them)."""
        self._write(lambda s: library.release_stored(s, stored), Changes())

    def open_copy(self, attachment_id: int) -> Path:
        """A read-only copy of the file under its own name, for opening in another program.

        The row is read in a short transaction; the copy is made outside it.
        Raises ``attachment_missing``/``attachment_damaged`` when the stored bytes are gone or changed.
        """
        att = self._read(lambda s: library.attachment_summary(s, attachment_id))
        return library.copy_for_opening(att)

    def clear_opened_copies(self) -> None:
        """Remove the copies made for opening last time (no database)."""
        library.clear_opened_copies()

    # ------------------------------------------------------------------ attachments (short writes)
    def add_attachment(self, presentation_id: int, stored: StoredFile, file_name: str) -> AttachmentSummary:
        """Record bytes already stored as a file of the presentation; on a problem they are released."""
        return self._record(
            lambda s: library.add_attachment(s, presentation_id, stored, file_name).id, stored
        )

    def relink(self, attachment_id: int, stored: StoredFile, file_name: str) -> AttachmentSummary:
        """Point a (missing or damaged) file at bytes already stored; on a problem they are released."""
        return self._record(
            lambda s: library.relink_stored(s, attachment_id, stored, file_name).id, stored
        )

    def _record(self, work, stored: StoredFile) -> AttachmentSummary:
        try:
            return self._write(
                lambda s: library.attachment_summary(s, work(s)),
                lambda row: Changes.of(presentation=[row.presentation_id]),
            )
        except ServiceError:
            try:
                self.release_stored(stored)
            except ServiceError as exc:  # the first problem is the one to tell; the bytes are a harmless leftover
                log.warning("could not release a stored file: %s", exc.code)
            raise

    def remove_attachment(self, attachment_id: int) -> int:
        """Remove a file from its presentation (its bytes go when nothing else uses them); the presentation's id."""

        def remove(s):
            presentation_id = library.get_attachment(s, attachment_id).presentation_id
            library.remove_attachment(s, attachment_id)
            return presentation_id

        return self._write(remove, lambda pid: Changes.of(presentation=[pid]))

    # ------------------------------------------------------------------ coverage
    def coverage(self) -> Coverage:
        """The active groups × the library: when each group was first shown each presentation."""
        return self._read(lambda s: library_coverage.coverage(s))
