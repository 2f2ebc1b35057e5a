"""Operations of a member's rights (GDPR): a copy of their data, anonymisation, deletion.

The rules are :mod:`tankapp.services.privacy.rights`; here they get their short
transactions. An erasure runs in one write transaction, and after the commit
the database file is rebuilt and its write-ahead log emptied
(:func:`~tankapp.services.privacy.rights.scrub_file`: ``VACUUM`` cannot run inside a
transaction), so the old text is not left in the file. Only then is the change
announced. The name changes in texts all over the database, so every kind of
view that shows a name is told.

Backups made before keep the old data: :meth:`PrivacyOps.old_backups` counts
them and :meth:`PrivacyOps.purge_backups` deletes them (after making a new
backup of the cleaned database, so one is left to restore).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tankapp.services.errors import ServiceError
from tankapp.services.privacy import rights as privacy
from tankapp.services.privacy.rights import AnonymiseResult, DeletionSummary, ScrubResult
from tankapp.ui.ops.core import Changes, FeatureOps, Kind

# A member's name stands in attendance, minutes, contributions and what groups share.
ERASURE_CHANGES = Changes.of(Kind.MEMBER, Kind.ATTENDANCE, Kind.MINUTES, Kind.CONTRIBUTION, Kind.SHARING)


@dataclass(frozen=True)
class Erasure:
    """What an anonymisation or deletion did, and whether the file was rebuilt without the old data."""

    result: AnonymiseResult | DeletionSummary
    scrub: ScrubResult


@dataclass(frozen=True)
class BackupPurge:
    """The older backups deleted, and the new backup made of the database as it is now."""

    removed: int
    fresh: Path | None  # None: no new backup could be made (``problem`` says why)
    problem: str | None = None


def _terms(extra_terms: Sequence[str]) -> tuple[str, ...]:
    return tuple(t.strip() for t in extra_terms if t and t.strip())


class PrivacyOps(FeatureOps):
    # ------------------------------------------------------------------ access (a copy)
    def export_member(self, member_id: int, path: Path | str, *, done: Callable[[Path], None] | None = None,
                      failed: Callable[[ServiceError], None] | None = None) -> Path | None:
        """Everything held about the member to *path*: JSON or PDF by its ending.

        The target is checked first (never the database, its files or backups), the data
        read in one short transaction, the file written after it (in the background
        with ``done``: see Operations.write_file).
        """
        from tankapp.services import targets

        path = Path(path)
        fmt = privacy.member_export_format(path)
        targets.check_export_target(path, self._core.path)
        data = self._read(lambda s: privacy.member_data(s, member_id))
        write = privacy.write_member_json if fmt == "json" else privacy.write_member_pdf
        return self._core.write_file(path, lambda: write(data, path), done=done, failed=failed)

    # ------------------------------------------------------------------ what would happen
    def anonymise_preview(self, member_id: int, extra_terms: Sequence[str] = ()) -> AnonymiseResult:
        """What anonymising would remove, keep and replace (reads only)."""
        return self._read(lambda s: privacy.anonymise_preview(s, member_id, extra_terms=_terms(extra_terms)))

    def deletion_preview(self, member_id: int, extra_terms: Sequence[str] = ()) -> DeletionSummary:
        """What deleting would remove, keep and replace (reads only)."""
        return self._read(lambda s: privacy.deletion_preview(s, member_id, extra_terms=_terms(extra_terms)))

    # ------------------------------------------------------------------ erasure (no undo)
    def anonymise(self, member_id: int, extra_terms: Sequence[str] = ()) -> Erasure:
        """Replace who the member is with "Tidligere medlem N" everywhere; attendance and counts stay."""
        result = self._core.write(
            lambda s: privacy.anonymise_member(s, member_id, extra_terms=_terms(extra_terms)), Changes()
        )
        return self._after_erasure(result)

    def delete(self, member_id: int, extra_terms: Sequence[str] = ()) -> Erasure:
        """Delete the member and their attendance for good; their name is replaced in texts."""
        result = self._core.write(
            lambda s: privacy.delete_member(s, member_id, extra_terms=_terms(extra_terms)), Changes()
        )
        return self._after_erasure(result)

    def _after_erasure(self, result) -> Erasure:
        scrub = self._scrub()
        self._core.announce(ERASURE_CHANGES)
        return Erasure(result, scrub)

    def _scrub(self) -> ScrubResult:
        """Rebuild the file after the commit; the erasure is saved even if this cannot be done."""
        from tankapp.storage import DatabaseError

        try:
            return privacy.scrub_file(self._core._db)
        except (sqlite3.Error, DatabaseError, OSError):
            return ScrubResult(complete=False, wal_frames_left=0, vacuumed=False, reason="failed")

    # ------------------------------------------------------------------ backups made before
    def _backup_files(self) -> list[Path]:
        from tankapp.storage import backup

        path = self._core.path
        if path is None:  # a database on a server: its backups are the server's, none are tankapp's
            return []
        return [i.path for i in backup.list_backups(path, check=False)] + backup.upgrade_copies(path)

    def old_backups(self, member_id: int | None = None) -> int:
        """How many backups of the database exist: each may still hold the member's old data.

        Every backup counts, also one made before the member's record was (a text may
        have named them earlier); ``member_id`` is accepted for the caller's sake.
        """
        try:
            return len(self._backup_files())
        except OSError:
            return 0

    def purge_backups(self) -> BackupPurge:
        """Make a new backup of the database as it is now, then delete every older one.

        Deleted: the automatic backups and the copies kept aside before a restore (in the
        backups folder) and the copies made beside the database before an upgrade. If no
        new backup can be made (a full disk), the older ones are deleted all the same:
        the person asked for their data to go; ``problem`` says that none is left.
        """
        from tankapp.storage import DatabaseError, backup

        path = self._core.path
        if path is None:  # a database on a server: tankapp has no backups of it to delete
            return BackupPurge(0, None, None)
        fresh = None
        trouble = None
        try:
            fresh = backup.make_backup(path, kind="auto").path
        except (DatabaseError, OSError) as exc:
            trouble = str(exc)
        removed = backup.purge_backups(path, keep=[fresh] if fresh is not None else [])
        return BackupPurge(len(removed), fresh, trouble)


__all__ = ["ERASURE_CHANGES", "BackupPurge", "Erasure", "PrivacyOps"]
