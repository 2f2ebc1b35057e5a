"""The library's file store: attachment bytes on disk, kept by content, with no database.

Files are kept in the data folder under the SHA-256 of their bytes::

    <data folder>/attachments/<first two hex digits>/<sha256 of the bytes>

so the same bytes are stored once however many rows point at them. This
module holds everything about those bytes that needs no database:

- where they live (:func:`attachments_dir`, :func:`stored_path`) and their
  hash (:func:`hash_file`);
- whether stored bytes are still as recorded (:func:`stored_status`: 'ok',
  'missing' or 'damaged', given the hash and size they were stored with);
- copying a file in (:func:`store`): hashed while it is copied to a temporary
  file beside the store, fsynced, then moved into place atomically; progress
  is reported per chunk and can cancel; leftovers of an interrupted copy are
  cleared; files are owner-only (0600, folders 0700);
- removing stored bytes (:func:`remove_stored`);
- read-only copies under the file's own name for opening in another program
  (:func:`opened_dir`, :func:`copy_for_opening`, :func:`clear_opened_copies`).

Which hashes are still in use, and when bytes may go, is the services'
business (:mod:`tankapp.services.library.presentations`). Failures raise
:class:`FileStoreError` subclasses carrying the file's name and the
operating system's reason; the services word them for the user.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tankapp.storage import paths

CHUNK_SIZE = 1024 * 1024
# Room under the disks' 255-byte limit for a copy's suffix (" (2)") or a temporary prefix.
FILE_NAME_MAX_BYTES = 200
STALE_TEMP_SECONDS = 24 * 3600
TEMP_PREFIX = ".incoming-"
_HASH_RE = re.compile(r"^[0-9a-f]{64}$")
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')

Status = Literal["ok", "missing", "damaged"]
Progress = Callable[[int, int], bool]
"""``progress(done, total)`` after each chunk; returning False cancels the copy."""


@dataclass(frozen=True)
class StoredFile:
    """Bytes now kept in the attachments folder: their SHA-256 (hex) and size."""

    hash: str
    size: int


# ------------------------------------------------------------------ errors


class FileStoreError(Exception):
    """Something went wrong with bytes on disk.

    ``file_name`` is the name of the file concerned (the source's name when
    copying in, the user's name of a stored file when copying out);
    ``reason`` is the operating system's words for what failed, if it said;
    ``error`` is its exception, if any.
    """

    def __init__(self, file_name: str = "", reason: str = "", error: OSError | None = None):
        self.file_name = file_name
        self.reason = reason
        self.error = error
        detail = f": {reason}" if reason else ""
        super().__init__(f"{type(self).__name__}: {file_name!r}{detail}")

    @classmethod
    def from_os_error(cls, exc: OSError, file_name: str = "") -> FileStoreError:
        return cls(file_name, str(exc.strerror or exc), exc)


class SourceMissing(FileStoreError):
    """The file to copy in is not there."""


class SourceNotAFile(FileStoreError):
    """The file to copy in is a folder."""


class SourceUnreadable(FileStoreError):
    """The file to copy in could not be read (``denied``: not allowed to)."""

    @property
    def denied(self) -> bool:
        return isinstance(self.error, PermissionError)


class StoreFailed(FileStoreError):
    """Writing into (or removing from) the data folder failed: disk full, no permission, ..."""


class StoreCancelled(FileStoreError):
    """The progress callback cancelled a copy; nothing was stored."""


class StoredMissing(FileStoreError):
    """Stored bytes are not there any more."""


class StoredDamaged(FileStoreError):
    """Stored bytes are not the bytes that were stored (other size or other hash)."""


def _source_error(exc: OSError, source: Path) -> FileStoreError:
    name = source.name or str(source)
    if isinstance(exc, FileNotFoundError):
        return SourceMissing.from_os_error(exc, name)
    if isinstance(exc, IsADirectoryError):
        return SourceNotAFile.from_os_error(exc, name)
    return SourceUnreadable.from_os_error(exc, name)


# ------------------------------------------------------------------ where and what


def attachments_dir() -> Path:
    """Where attachment bytes live (computed when asked; created when first needed)."""
    return paths.data_dir() / "attachments"


def is_content_hash(text: str | None) -> bool:
    """Whether ``text`` is a SHA-256 hex digest as the store names files."""
    return bool(_HASH_RE.match(text or ""))


def stored_path(content_hash: str) -> Path:
    """Where the bytes with this SHA-256 are (or would be) kept; ValueError for anything but a hex digest."""
    if not is_content_hash(content_hash):
        raise ValueError(f"not a SHA-256 hex digest: {content_hash!r}")
    return attachments_dir() / content_hash[:2] / content_hash


def hash_file(path: Path, chunk: int = CHUNK_SIZE) -> str:
    """The SHA-256 (hex) of a file's bytes; OSError if it cannot be read."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while data := fh.read(chunk):
            digest.update(data)
    return digest.hexdigest()


def stored_status(content_hash: str, size: int, *, verify_hash: bool = False) -> Status:
    """'ok', 'missing' (no file) or 'damaged' (wrong size; wrong content when ``verify_hash``).

    A hash that is not a hex digest counts as damaged. ``verify_hash`` reads
    every byte (slow for big files).
    """
    try:
        path = stored_path(content_hash)
        st = path.stat()
    except ValueError:
        return "damaged"
    except OSError:
        return "missing"
    if not path.is_file():
        return "missing"
    if st.st_size != size:
        return "damaged"
    if verify_hash:
        try:
            if hash_file(path) != content_hash:
                return "damaged"
        except OSError:
            return "missing"
    return "ok"


def clean_file_name(file_name: str) -> str:
    """The name to keep and to open a copy under: text, and short enough for any disk.

    Disks limit a name to 255 *bytes* (ext4) and Danish letters take two in
    UTF-8, so the limit is counted in bytes, cutting the stem and keeping the
    extension. Bytes that are not UTF-8 (a Linux file name from an old USB
    stick) become U+FFFD instead of failing a database write.
    """
    name = (file_name or "").encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    name = Path(name.replace("\\", "/")).name.strip() or "file"
    if len(name.encode("utf-8")) > FILE_NAME_MAX_BYTES:
        stem, dot, ext = name.rpartition(".")
        if not (dot and stem and 0 < len(ext.encode("utf-8")) < 16):
            stem, ext = name, ""
        budget = FILE_NAME_MAX_BYTES - (len(ext.encode("utf-8")) + 1 if ext else 0)
        stem = stem.encode("utf-8")[:budget].decode("utf-8", "ignore").rstrip()
        name = f"{stem}.{ext}" if ext else stem
    return name


# ------------------------------------------------------------------ copying in


def _remove_stale_temp_files(folder: Path) -> None:
    """Leftovers of a copy that was interrupted by a crash or power loss."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    for leftover in folder.glob(TEMP_PREFIX + "*"):
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            pass


def store(
    source: Path,
    progress: Progress | None = None,
    chunk: int = CHUNK_SIZE,
    *,
    replace_existing: bool = False,
) -> StoredFile:
    """Copy ``source`` into the attachments folder under its SHA-256; nothing else is touched.

    The bytes go to a temporary file beside the store while they are hashed;
    ``progress(done, total)`` is called after each chunk and cancels the copy
    when it returns False (:class:`StoreCancelled`, nothing is left behind).
    Bytes already stored are kept as they are, unless their size is wrong or
    ``replace_existing`` asks for them to be written again (re-link).

    Raises :class:`SourceMissing`, :class:`SourceNotAFile`,
    :class:`SourceUnreadable`, :class:`StoreFailed` or :class:`StoreCancelled`.
    """
    source = Path(source)
    try:
        src = open(source, "rb")
    except OSError as exc:
        raise _source_error(exc, source) from None
    with src:
        try:
            total = os.fstat(src.fileno()).st_size
        except OSError as exc:
            raise _source_error(exc, source) from None
        try:
            folder = paths.ensure_private_dir(attachments_dir())
            _remove_stale_temp_files(folder)
            fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=folder)
        except OSError as exc:
            raise StoreFailed.from_os_error(exc, source.name) from None
        temp = Path(temp_name)
        try:
            digest = hashlib.sha256()
            done = 0
            with os.fdopen(fd, "wb") as out:
                while True:
                    try:
                        data = src.read(chunk)
                    except OSError as exc:
                        raise _source_error(exc, source) from None
                    if not data:
                        break
                    digest.update(data)
                    try:
                        out.write(data)
                    except OSError as exc:
                        raise StoreFailed.from_os_error(exc, source.name) from None
                    done += len(data)
                    if progress is not None and progress(done, max(total, done)) is False:
                        raise StoreCancelled(source.name)
                if done == 0 and progress is not None and progress(0, 0) is False:
                    raise StoreCancelled(source.name)
                try:
                    out.flush()
                    os.fsync(out.fileno())
                except OSError as exc:
                    raise StoreFailed.from_os_error(exc, source.name) from None
            content_hash = digest.hexdigest()
            target = stored_path(content_hash)
            try:
                paths.ensure_private_dir(target.parent)
                os.chmod(temp, 0o600)
                keep_existing = False
                if target.exists() and not replace_existing:
                    keep_existing = target.stat().st_size == done
                if keep_existing:
                    temp.unlink()
                else:
                    try:
                        os.replace(temp, target)
                    except PermissionError:
                        # Windows: the stored file is open in a viewer. Same hash, so keep it.
                        if not target.exists():
                            raise
                        temp.unlink()
            except OSError as exc:
                raise StoreFailed.from_os_error(exc, source.name) from None
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    return StoredFile(hash=content_hash, size=done)


def remove_stored(content_hash: str) -> None:
    """Delete the stored bytes with this hash (nothing if they are not there).

    ValueError for a hash that is not a hex digest; :class:`StoreFailed` when
    the file cannot be removed (e.g. open in a viewer on Windows).
    """
    path = stored_path(content_hash)
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise StoreFailed.from_os_error(exc, content_hash) from None


# ------------------------------------------------------------------ copying out


def opened_dir() -> Path:
    """Where copies of stored files are put for opening in another program."""
    return paths.data_dir() / "opened"


def copy_for_opening(content_hash: str, size: int, file_name: str) -> Path:
    """A read-only copy of stored bytes under ``file_name``, for opening in another program.

    The stored file has no extension (so the desktop would not know what
    opens it), and a viewer that saves in place must not change the store.
    The bytes are hashed while they are copied: missing or damaged bytes
    raise :class:`StoredMissing` / :class:`StoredDamaged` (and leave no copy);
    a copy that cannot be written raises :class:`StoreFailed`.
    """
    file_name = file_name or "file"
    status = stored_status(content_hash, size)
    if status == "missing":
        raise StoredMissing(file_name)
    if status == "damaged":
        raise StoredDamaged(file_name)
    source = stored_path(content_hash)
    name = _UNSAFE_NAME.sub("_", clean_file_name(file_name)).strip(" .") or "file"
    try:
        folder = paths.ensure_private_dir(opened_dir() / content_hash[:16])
    except OSError as exc:
        raise StoreFailed.from_os_error(exc, file_name) from None
    target = folder / name
    if target.exists():
        try:
            os.chmod(target, 0o600)
            target.unlink()
        except OSError:
            # Still open in a viewer (Windows); it holds the same bytes.
            return target
    digest = hashlib.sha256()
    try:
        with open(source, "rb") as src, open(target, "wb") as out:
            while data := src.read(CHUNK_SIZE):
                digest.update(data)
                out.write(data)
    except FileNotFoundError:
        target.unlink(missing_ok=True)
        raise StoredMissing(file_name) from None
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise StoreFailed.from_os_error(exc, file_name) from None
    if digest.hexdigest() != content_hash:
        target.unlink(missing_ok=True)
        raise StoredDamaged(file_name)
    os.chmod(target, 0o400)
    return target


def clear_opened_copies() -> None:
    """Remove the copies made for opening (those still open elsewhere may stay)."""
    folder = opened_dir()
    if not folder.exists():
        return
    for path in folder.rglob("*"):
        try:
            os.chmod(path, 0o700 if path.is_dir() else 0o600)
        except OSError:
            pass
    shutil.rmtree(folder, ignore_errors=True)


__all__ = [
    "CHUNK_SIZE",
    "FILE_NAME_MAX_BYTES",
    "STALE_TEMP_SECONDS",
    "TEMP_PREFIX",
    "FileStoreError",
    "Progress",
    "SourceMissing",
    "SourceNotAFile",
    "SourceUnreadable",
    "Status",
    "StoreCancelled",
    "StoreFailed",
    "StoredDamaged",
    "StoredFile",
    "StoredMissing",
    "attachments_dir",
    "clean_file_name",
    "clear_opened_copies",
    "copy_for_opening",
    "hash_file",
    "is_content_hash",
    "opened_dir",
    "remove_stored",
    "stored_path",
    "stored_status",
    "store",
]
