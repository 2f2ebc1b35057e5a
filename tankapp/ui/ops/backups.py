"""Operations for the window's backups: automatic ones, one to a chosen file, restoring one, the full check.

The work itself is :mod:`tankapp.storage.backup` (SQLite's online backup API,
checked before a backup counts, rotation, a restore that keeps the current file
aside). This module gives the window plain rows and one kind of failure,
:class:`BackupProblem`, whose ``reason`` the window words in the user's language
(the ``detail`` is the storage layer's English sentence, for the details box).

Automatic backups run in a worker thread (:meth:`BackupOps.start_auto`): a
30 MB database takes about 0.3 s to copy and check, too long for the window to
stand still. A restore waits for a running one first, then closes the engine,
replaces the file and opens it again (:meth:`Operations.reopen_after`), and
every view reloads.

The functions at module level (:func:`latest_good_backup_of`,
:func:`restore_file`, :func:`open_failure_kind`) serve the start-up, before
there is an open database or an :class:`Operations`.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from tankapp.storage import DatabaseDamaged, DatabaseError, NewerDatabase, NotATankappDatabase, paths
from tankapp.storage import backup as storage_backup
from tankapp.ui.ops.core import FeatureOps

log = logging.getLogger(__name__)

# What went wrong, for the window to word: disk_full, no_permission, exists, damaged,
# in_use, missing, not_tankapp, newer, failed.
REASONS = ("disk_full", "no_permission", "exists", "damaged", "in_use", "missing", "not_tankapp", "newer", "failed")


class BackupProblem(Exception):
    """A backup, restore or check that did not happen. ``reason``: one of :data:`REASONS`."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class BackupRow:
    path: Path
    made_at: dt.datetime  # local time
    size: int
    ok: bool | None  # opens as a tankapp database (None: not looked at)
    before_restore: bool  # the database as it was before a restore: restoring it undoes that restore


@dataclass(frozen=True)
class RestoreRow:
    restored_from: Path
    kept_aside: BackupRow | None  # restore this to undo; None when there was no file before


@dataclass(frozen=True)
class CheckRow:
    ok: bool
    problems: tuple[str, ...]  # SQLite's own lines (English, technical); empty when ok


@dataclass(frozen=True)
class AutoResult:
    """What an automatic backup did: ``made`` (None when it failed), the newest good backup, the problem."""

    made: BackupRow | None
    latest: BackupRow | None
    problem: BackupProblem | None


def _row(info: storage_backup.BackupInfo) -> BackupRow:
    return BackupRow(info.path, info.made_at, info.size, info.ok, info.before_restore)


def _problem(exc: BaseException) -> BackupProblem:
    """Any failure of the storage layer as one :class:`BackupProblem` (never raises)."""
    detail = str(exc)
    if isinstance(exc, storage_backup.DatabaseInUse):
        return BackupProblem("in_use", detail)
    if isinstance(exc, storage_backup.BackupError):
        text = detail.lower()
        for needle, reason in (
            ("the disk is full", "disk_full"),
            ("no permission", "no_permission"),
            ("already exists", "exists"),
            ("integrity check", "damaged"),
            ("is damaged", "damaged"),
        ):
            if needle in text:
                return BackupProblem(reason, detail)
        return BackupProblem("failed", detail)
    if isinstance(exc, storage_backup.DatabaseMissing):
        return BackupProblem("missing", detail)
    if isinstance(exc, NewerDatabase):
        return BackupProblem("newer", detail)
    if isinstance(exc, NotATankappDatabase):
        return BackupProblem("not_tankapp", detail)
    if isinstance(exc, DatabaseDamaged):
        return BackupProblem("damaged", detail)
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return BackupProblem("disk_full", exc.strerror or detail)
        if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
            return BackupProblem("no_permission", exc.strerror or detail)
        return BackupProblem("failed", exc.strerror or detail)
    return BackupProblem("failed", detail)


_CAUGHT = (DatabaseError, OSError, sqlite3.Error)


# ---------------------------------------------------------------- before the database is open


def open_failure_kind(exc: BaseException) -> str | None:
    """``damaged``, ``not_tankapp`` or ``newer`` for a file a backup may replace; None for anything else
    (a full or read-only disk: a backup would not help)."""
    if isinstance(exc, NewerDatabase):
        return "newer"
    if isinstance(exc, DatabaseDamaged):
        return "damaged"
    if isinstance(exc, NotATankappDatabase):
        return "not_tankapp"
    return None


def latest_good_backup_of(db_path: Path | str) -> BackupRow | None:
    """The newest backup of that file in the backups folder that passes SQLite's quick check."""
    try:
        info = storage_backup.latest_good_backup(db_path)
    except _CAUGHT as exc:
        log.warning("could not look for backups: %s", type(exc).__name__)
        return None
    return _row(info) if info is not None else None


def restore_file(db_path: Path | str, backup_path: Path | str) -> RestoreRow:
    """Replace a database file that is not open (kept aside first); raises :class:`BackupProblem`."""
    try:
        info = storage_backup.restore(db_path, backup_path, check_lock=False)
    except _CAUGHT as exc:
        problem = _problem(exc)
        log.warning("restore failed: %s", problem.reason)
        raise problem from None
    return _restore_row(info)


def _restore_row(info: storage_backup.RestoreInfo) -> RestoreRow:
    kept = None
    if info.kept_aside is not None:
        made = dt.datetime.now().replace(microsecond=0)
        try:
            size = info.kept_aside.stat().st_size
        except OSError:
            size = 0
        kept = BackupRow(info.kept_aside, made, size, None, True)
    return RestoreRow(info.restored_from, kept)


# ---------------------------------------------------------------- the worker


class _Signals(QObject):
    finished = Signal(object)  # AutoResult, delivered in the window's thread


class _AutoBackup(QRunnable):
    def __init__(self, db_path: Path, signals: _Signals):
        super().__init__()
        self.setAutoDelete(True)
        self._db_path = db_path
        self._signals = signals

    def run(self) -> None:
        result = run_auto_backup(self._db_path)
        try:
            self._signals.finished.emit(result)
        except RuntimeError:  # the window (and its signals object) went away meanwhile
            pass


def run_auto_backup(db_path: Path) -> AutoResult:
    """One automatic backup into the backups folder (with rotation); never raises.

    The log gets the event and, on failure, the reason's code: no file names
    of the user's, no message (it may quote a path with a person's name).
    """
    try:
        info = storage_backup.make_backup(db_path, kind="auto")
    except Exception as exc:  # noqa: BLE001 - an automatic backup must never take the window down
        problem = _problem(exc) if isinstance(exc, _CAUGHT) else BackupProblem("failed", str(exc))
        log.warning("automatic backup failed: %s (%s)", problem.reason, type(exc).__name__)
        return AutoResult(None, latest_good_backup_of(db_path), problem)
    row = _row(info)
    return AutoResult(row, row, None)


class BackupOps(FeatureOps):
    """``ops.backups``: the window's backups of its own database."""

    def __init__(self, core):
        super().__init__(core)
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)  # one backup at a time
        self._signals = _Signals()
        self.auto_finished = self._signals.finished  # connect to hear an automatic backup's AutoResult

    @staticmethod
    def backups_folder() -> Path:
        return paths.backups_dir()

    @property
    def folder(self) -> Path:
        return paths.backups_dir()

    # ------------------------------------------------------------------ automatic
    def start_auto(self) -> None:
        """Start an automatic backup in the worker thread; :attr:`auto_finished` tells how it went."""
        if self._core.on_server:  # the server makes its own backups: nothing of ours to copy
            return
        self._pool.start(_AutoBackup(self._core.path, self._signals))

    def make_auto(self) -> AutoResult:
        """An automatic backup now, in this thread (when the window closes); never raises."""
        self.wait_idle()
        if self._core.on_server:
            return AutoResult(None, None, None)
        return run_auto_backup(self._core.path)

    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def wait_idle(self) -> None:
        """Wait for a running automatic backup to end."""
        self._pool.waitForDone()

    # ------------------------------------------------------------------ what there is
    def list(self) -> list[BackupRow]:
        """This database's backups in the backups folder, newest first (each opened once to see it is one)."""
        try:
            return [_row(i) for i in storage_backup.list_backups(self._core.path, check=True)]
        except _CAUGHT as exc:
            raise _problem(exc) from None

    def newest(self) -> BackupRow | None:
        """The newest automatic or manual backup in the folder, not opened (cheap: for the status bar at start)."""
        if self._core.on_server:
            return None
        try:
            infos = storage_backup.list_backups(self._core.path, check=False)
        except _CAUGHT:
            return None
        return next((_row(i) for i in infos if not i.before_restore), None)

    def latest_good(self) -> BackupRow | None:
        """The newest backup that passes SQLite's quick check."""
        return None if self._core.on_server else latest_good_backup_of(self._core.path)

    def describe(self, path: Path | str) -> BackupRow:
        """A file chosen to restore: is it a tankapp database this tankapp can open (quick look)?"""
        path = Path(path)
        try:
            size = path.stat().st_size
            made = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
        except OSError as exc:
            raise _problem(exc) from None
        try:
            storage_backup.check_database(path, full=False)
            ok = True
        except _CAUGHT:
            ok = False
        return BackupRow(path, made, size, ok, False)

    # ------------------------------------------------------------------ a backup to a chosen file
    def backup_to(self, target: Path | str) -> BackupRow:
        """A checked backup written to ``target`` (e.g. on a USB stick).

        Never onto the database, its files or its backups (``ServiceError`` as for an
        export). An existing file (the save dialog asked) is replaced only once the new
        backup is complete and checked: it is written under a temporary name in the same
        folder first and then moved over the old one in one step.
        """
        from tankapp.services import targets

        out = targets.check_export_target(Path(target), self._core.path).absolute()
        if not os.path.lexists(out):
            try:
                return _row(storage_backup.make_backup(self._core.path, out, kind="manual"))
            except _CAUGHT as exc:
                raise _problem(exc) from None
        try:
            scratch = Path(tempfile.mkdtemp(prefix=".tankapp-backup-", dir=out.parent))
        except OSError as exc:
            raise _problem(exc) from None
        try:
            try:
                info = storage_backup.make_backup(self._core.path, scratch / out.name, kind="manual")
                os.replace(info.path, out)
            except _CAUGHT as exc:
                raise _problem(exc) from None
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        return BackupRow(out, info.made_at, info.size, True, False)

    # ------------------------------------------------------------------ restore and check
    def restore(self, backup_path: Path | str) -> RestoreRow:
        """Replace the open database with a backup; the current state is kept aside first.

        The engine is closed while the file is replaced and opened again afterwards;
        every view is told that everything changed. Raises :class:`BackupProblem`
        (nothing replaced) or a ``ServiceError`` (replaced, but it did not open again).
        """
        self.wait_idle()  # a running automatic backup holds the file open for reading

        def replace(db_path: Path) -> RestoreRow:
            return restore_file(db_path, backup_path)

        return self._core.reopen_after(replace)

    def check(self) -> CheckRow:
        """The full check (every page, every reference) of the open database, read-only."""
        try:
            result = storage_backup.check_database(self._core.path, full=True)
        except _CAUGHT as exc:
            raise _problem(exc) from None
        return CheckRow(result.ok, result.problems)


__all__ = [
    "AutoResult",
    "BackupOps",
    "BackupProblem",
    "BackupRow",
    "CheckRow",
    "RestoreRow",
    "latest_good_backup_of",
    "open_failure_kind",
    "restore_file",
]
