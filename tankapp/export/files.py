"""Writing export files safely: all or nothing, readable by the owner only.

:func:`atomic_write` writes a temporary file **in the target's own folder**
(``.<name>.<random>.tmp``; the folder of the path as given, so a symbolic link
at the target is replaced, never the file it points to), then moves it onto the
target with ``os.replace``. Being in the same folder keeps that move a rename
on one disk: atomic, so a reader sees the old file or the whole new one, never
half of it, and a full disk fails before the target is touched.

The temporary file never stays behind: it is removed when writing fails or is
interrupted (any exception, ``KeyboardInterrupt`` from Ctrl+C included; the
file is named before it is created, so even an interrupt between the two finds it). A
``SIGTERM`` (or ``SIGHUP``) kills Python without any clean-up, so the command
line runs its exports inside :func:`terminate_as_interrupt`, which turns those
signals into ``KeyboardInterrupt``. Only ``SIGKILL`` or a power cut can leave a
``.*.tmp`` file; it is never mistaken for the export.

The target must be a new file or a regular one: just before the move,
:func:`atomic_write` refuses (:class:`NotRegularFile`) a folder, device, pipe or
socket at the target (e.g. ``/dev/null``), which a rename would otherwise
replace. Which targets an export may write at all (not the database, not a
write-protected file, ...) is decided before, by
:func:`tankapp.services.targets.check_export_target`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import signal
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["NotRegularFile", "atomic_write", "terminate_as_interrupt"]


class NotRegularFile(OSError):
    """The target is a folder, device, pipe or socket, which an export must not replace."""


def atomic_write(path: Path | str, write: Callable[[BinaryIO], None]) -> Path:
    """Call ``write(file)`` on a temporary file next to *path*, then move it onto *path*.

    The file is readable and writable by the owner only (0600).  If *write* raises
    (or is interrupted), the temporary file is removed and an existing *path* is
    left as it was. Raises :class:`NotRegularFile` if something other than a
    regular file (or a link to one) is at *path* when the file is to be moved there.
    """
    path = Path(path)
    _refuse_non_regular(path)  # before the work, and again before the move
    tmp: Path | None = None
    try:
        fd = -1
        while fd < 0:
            # Named before it is created, so an interrupt right after creating it still removes it.
            tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            except FileExistsError:  # not ours: leave it and take another name
                tmp = None
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        _refuse_non_regular(path)
        os.replace(tmp, path)
        tmp = None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return path


def _refuse_non_regular(path: Path) -> None:
    try:
        st = os.stat(path)  # follows a link: a link to /dev/null is refused too
    except (FileNotFoundError, NotADirectoryError):
        return  # a new file (or a dangling link, which the move replaces)
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFile(errno.EINVAL, "not an ordinary file (a folder, device or pipe)", str(path))


@contextlib.contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """Inside, SIGTERM and SIGHUP raise ``KeyboardInterrupt`` (as Ctrl+C does).

    So ``kill`` or a closed terminal unwinds the export like Ctrl+C: the
    temporary file is removed and the database transaction rolled back. The
    previous handlers come back on leaving. Outside the main thread (where
    Python cannot set handlers) it does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    names = ("SIGTERM", "SIGHUP")
    previous = {}

    def interrupt(signum, _frame):
        raise KeyboardInterrupt

    try:
        for name in names:
            signum = getattr(signal, name, None)
            if signum is not None:
                previous[signum] = signal.signal(signum, interrupt)
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
