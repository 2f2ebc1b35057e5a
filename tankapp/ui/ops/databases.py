"""Database files for the window: open one, make a new one, the demo's own file.

One window per database file: each open file holds a ``QLockFile`` beside it
(``<file>.lock``) for as long as a window shows it, so a second tankapp (or a
second switch to the same file) is refused instead of writing alongside.

Every function here either returns an :class:`OpenDatabase` (which then owns
its lock) or raises a :class:`~tankapp.services.errors.ServiceError` whose
code the window words (``file_in_use``, ``file_exists``, ``file_missing``,
``file_not_tankapp``, ``file_damaged``, ``file_newer``, or a ``storage_*``
code), leaving nothing behind: a lock taken here is released again, a file
created here is removed again. A lock passed in stays the caller's on failure.

Opening is :func:`tankapp.storage.open_database`, with its checks: a file that
is not a tankapp database, a damaged one, or one made by a newer tankapp is
refused and left byte for byte as it was.
"""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from tankapp.services.errors import ServiceError, problem
from tankapp.storage import (
    DatabaseDamaged,
    DatabaseError,
    DatabaseMissing,
    NewerDatabase,
    NotATankappDatabase,
    open_database,
    paths,
)
from tankapp.ui.ops.core import Operations, storage_problem

if TYPE_CHECKING:
    from tankapp.services.thinktank import ThinkTankInput

log = logging.getLogger(__name__)


def absolute(path: str | os.PathLike) -> Path:
    return Path(path).expanduser().absolute()


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(str(absolute(a))) == os.path.normcase(str(absolute(b)))


def try_lock(path: str | os.PathLike) -> QLockFile | None:
    """The window's lock on ``path`` (``<path>.lock``), or None while another tankapp holds it.

    A lock left by a crashed tankapp (its process is gone) is taken over. A lock file
    that cannot be made at all (a read-only folder, a name the disk cannot hold) raises OSError.
    """
    folder = absolute(path).parent
    if not folder.is_dir():
        paths.ensure_private_dir(folder)
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)
    if lock.tryLock(100):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    raise PermissionError(errno.EACCES, "cannot make the lock file beside the database", str(path) + ".lock")


def _lock(path: Path) -> QLockFile:
    try:
        lock = try_lock(path)
    except OSError as exc:
        raise ServiceError(
            problem("file_cannot_write", f"Cannot use the folder of {path}: {exc.strerror}", path=str(path))
        ) from None
    if lock is None:
        raise ServiceError(problem("file_in_use", f"{path} is open in another tankapp window.", path=str(path)))
    return lock


def _refusal(exc: DatabaseError, path: Path) -> ServiceError:
    """A file the storage checks refused, as a problem the window words in the user's language."""
    where = str(path)
    if isinstance(exc, DatabaseMissing):
        return ServiceError(problem("file_missing", str(exc), path=where))
    if isinstance(exc, NewerDatabase):
        return ServiceError(problem("file_newer", str(exc), path=where))
    if isinstance(exc, DatabaseDamaged):
        return ServiceError(problem("file_damaged", str(exc), path=where))
    if isinstance(exc, NotATankappDatabase):
        return ServiceError(problem("file_not_tankapp", str(exc), path=where))
    return storage_problem(exc)


class OpenDatabase:
    """A database file open for a window: its operations and its lock."""

    def __init__(self, ops: Operations, lock: QLockFile | None, *, created: bool = False):
        self.ops = ops
        self.lock = lock
        self.created = created  # made by this tankapp just now (removed again if its set-up fails)
        #: The PostgreSQL URL it was opened with (None for a file); several people may have it open.
        self.url: str | None = None

    @property
    def path(self) -> Path:
        return self.ops.path

    @property
    def is_demo(self) -> bool:
        return self.path is not None and paths.is_demo_db(self.path)

    def close(self) -> None:
        """Close the database (no connection left) and release the lock."""
        self.ops.close()
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def open_file(path: str | os.PathLike, *, create: bool = False, lock: QLockFile | None = None) -> OpenDatabase:
    """Lock and open ``path`` (``create``: a missing or empty file becomes a new, empty database)."""
    path = absolute(path)
    own_lock = lock is None
    if own_lock:
        lock = _lock(path)
    existed = path.exists()
    try:
        db = open_database(path, create=create)
    except DatabaseError as exc:
        if own_lock:
            lock.unlock()
        log.info("refused to open a database: %s", type(exc).__name__)
        raise _refusal(exc, path) from None
    except BaseException:
        if own_lock:
            lock.unlock()
        raise
    return OpenDatabase(Operations(db), lock, created=not existed)


def _fill(handle: OpenDatabase, fill: Callable[[Operations], None], lock_was_given: bool) -> OpenDatabase:
    """Run ``fill(ops)`` on a database just opened; on failure close it (and remove it if it was made here)."""
    try:
        fill(handle.ops)
    except BaseException:
        handle.ops.close()
        if handle.created:
            from tankapp.storage.database import remove_database_files

            remove_database_files(handle.path)
        if not lock_was_given and handle.lock is not None:
            handle.lock.unlock()
        raise
    return handle


def set_up_file(path: str | os.PathLike, data: ThinkTankInput, *, lock: QLockFile | None = None) -> OpenDatabase:
    """Open (or create) ``path`` and set the think tank up in it. A file made here and not set up is removed."""
    handle = open_file(path, create=True, lock=lock)
    return _fill(handle, lambda ops: ops.thinktank.set_up(data), lock is not None)


def new_file_problem(path: str | os.PathLike) -> ServiceError | None:
    """Why a new database cannot be made at ``path`` (None: it can). Never replaces a file."""
    path = absolute(path)
    if path.exists() or path.is_symlink():
        return ServiceError(problem("file_exists", f"{path} already exists.", path=str(path)))
    return None


def create_file(path: str | os.PathLike, data: ThinkTankInput) -> OpenDatabase:
    """A new database file at ``path`` (which must not exist) holding a new think tank."""
    refusal = new_file_problem(path)
    if refusal is not None:
        raise refusal
    return set_up_file(path, data)


def open_demo(lock: QLockFile | None = None) -> OpenDatabase:
    """The demo think tank in its own file in the data folder (made the first time, kept after that)."""
    path = paths.demo_db_path()
    handle = open_file(path, create=True, lock=lock)

    def fill(ops: Operations) -> None:
        if not ops.is_set_up():
            ops.thinktank.create_demo()

    return _fill(handle, fill, lock is not None)


def open_server(url: str) -> OpenDatabase:
    """The tankapp database at a PostgreSQL URL (its tables are made there when it is empty).

    No lock: the server lets several people work in it at once (a change that loses a race
    is refused with ``storage_changed_elsewhere``). A refusal leaves the database as it was.
    """
    try:
        db = open_database(url, create=True)
    except DatabaseError as exc:
        log.info("refused to open a server database: %s", type(exc).__name__)
        where = _shown(url)
        if isinstance(exc, DatabaseMissing):
            raise ServiceError(problem("server_database_missing", str(exc), path=where)) from None
        if isinstance(exc, NewerDatabase):
            raise ServiceError(problem("file_newer", str(exc), path=where)) from None
        if isinstance(exc, NotATankappDatabase):
            raise ServiceError(problem("server_not_tankapp", str(exc), path=where)) from None
        raise storage_problem(exc) from None
    handle = OpenDatabase(Operations(db), None)
    handle.url = url
    return handle


def _shown(url: str) -> str:
    """The URL without its password (for a message)."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not even a URL: say nothing of it
        return "?"


def holds_data(path: str | os.PathLike) -> bool:
    """Whether there is something at ``path`` to open (a missing or empty file is a first start)."""
    try:
        return os.stat(path).st_size > 0
    except OSError:
        return False
