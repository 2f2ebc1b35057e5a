"""Where an export may write: the one check, used by the command line and the window.

An export writes only

* a new file in an existing folder that the user may write to, or
* an existing **regular** file that is **not write-protected**,

and never the database itself, nor its working files (``-wal``, ``-shm``,
``-journal``), nor the window's lock file (``<database>.lock``), nor a backup of
it (``<stem>.backup-*<suffix>`` beside it, or anything in the ``backups`` folder
of the data folder). The comparison follows symbolic links (resolved paths) and
hard links (the same device and inode), so a link to the database is refused
as well. Names are compared ignoring case, which may refuse a harmless name on
a case-sensitive disk but never lets a case-insensitive one through.

"Write-protected" means: the current user may not write the file
(``os.access``), or its owner's write permission is off (``chmod u-w``,
``chmod 444``, Windows' read-only attribute). The second part also holds for
root, for whom ``os.access`` always says yes; replacing a file protected that way
is what the protection is there to prevent, even though the folder would allow it.

A device, pipe, socket or folder at the target is refused before anything is
written, and :func:`tankapp.export.files.atomic_write` checks again just before it
moves the finished file into place.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tankapp.services.errors import ServiceError, problem

__all__ = ["check_export_target", "write_error"]

# SQLite's working files and the window's lock file (tankapp.ui.app: QLockFile(db + ".lock"))
_COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")


def check_export_target(target: Path | str, database: Path | str | None) -> Path:
    """Refuse *target* unless an export may write it; returns it (``~`` expanded).

    *database* is the open database's path (``Database.path``; None for a database on a
    server, which has no file here to protect). Raises
    :class:`ServiceError` with the code ``export_target_database``,
    ``export_target_not_regular``, ``export_target_readonly`` or
    ``export_folder`` (params: ``path``; ``export_folder`` also ``folder``
    and ``reason``: ``is_folder``, ``missing``, ``not_folder``, ``not_writable``).
    Touches no file.
    """
    out = Path(target).expanduser()
    st = _stat(out)
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise _folder_problem(out, out, "is_folder")
    if database is not None and _is_database_file(out, st, Path(database).expanduser()):
        raise ServiceError(
            problem(
                "export_target_database",
                f"{out} is the tankapp database, one of its working files or a backup of it; "
                "choose another file.",
                path=str(out),
            )
        )
    if _in_system_folder(out):
        raise ServiceError(
            problem(
                "export_target_not_regular",
                f"{out} is not an ordinary file (it is a device, a pipe or the like); choose another file.",
                path=str(out),
            )
        )
    folder = out.parent
    folder_st = _stat(folder)
    if folder_st is None:
        raise _folder_problem(out, folder, "missing" if not _lexists(folder) else "not_folder")
    if not stat.S_ISDIR(folder_st.st_mode):
        raise _folder_problem(out, folder, "not_folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _folder_problem(out, folder, "not_writable")
    if st is not None:
        if not stat.S_ISREG(st.st_mode):
            raise ServiceError(
                problem(
                    "export_target_not_regular",
                    f"{out} is not an ordinary file (it is a device, a pipe or the like); choose another file.",
                    path=str(out),
                )
            )
        if not (st.st_mode & stat.S_IWUSR) or not os.access(out, os.W_OK):
            raise ServiceError(
                problem(
                    "export_target_readonly",
                    f"{out} is write-protected; choose another file, or remove the write protection first.",
                    path=str(out),
                )
            )
    return out


def write_error(path: Path | str, exc: OSError) -> ServiceError:
    """An OSError while writing an export, as the one-line problem to show."""
    from tankapp.export.files import NotRegularFile

    if isinstance(exc, NotRegularFile):
        return ServiceError(
            problem(
                "export_target_not_regular",
                f"{path} is not an ordinary file (it is a device, a pipe or the like); choose another file.",
                path=str(path),
            )
        )
    reason = exc.strerror or str(exc)
    return ServiceError(problem("export_failed", f"Could not write {path}: {reason}.", path=str(path), reason=reason))


# ---------------------------------------------------------------- helpers

_FOLDER_MESSAGES = {
    "is_folder": "{path} is a folder; give the name of the file to write.",
    "missing": "The folder {folder} does not exist.",
    "not_folder": "{folder} is not a folder.",
    "not_writable": "Cannot write to the folder {folder}.",
}


def _folder_problem(out: Path, folder: Path, reason: str) -> ServiceError:
    message = _FOLDER_MESSAGES[reason].format(path=out, folder=folder)
    return ServiceError(problem("export_folder", message, path=str(out), folder=str(folder), reason=reason))


def _stat(path: Path) -> os.stat_result | None:
    """``os.stat`` (following links), or None where there is nothing to stat."""
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def _lexists(path: Path) -> bool:
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _real(path: Path) -> Path:
    """The absolute path with every symbolic link that exists resolved."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop of links
        return path.absolute()


def _key(path: Path) -> str:
    return os.path.normcase(str(path)).casefold()


def _backups_folder() -> Path | None:
    from tankapp.storage import paths

    try:
        return paths.data_dir() / "backups"
    except (OSError, ImportError):  # no user data folder to be had: nothing to protect there
        return None


def _is_backup_name(name: str, db: Path) -> bool:
    stem, suffix = db.stem.casefold(), db.suffix.casefold()
    name = name.casefold()
    prefix = f"{stem}.backup-"
    return name.startswith(prefix) and name.endswith(suffix) and len(name) >= len(prefix) + len(suffix)


def _is_database_file(out: Path, st: os.stat_result | None, database: Path) -> bool:
    """Is *out* (by name, link or inode) the database, a companion or a backup of it?"""
    dbs = {database.absolute(), _real(database)}
    protected = {db.with_name(db.name + end) for db in dbs for end in _COMPANIONS}
    names = {_key(p) for p in protected}
    for candidate in {out.absolute(), _real(out)}:
        if _key(candidate) in names:
            return True
        if any(_key(candidate.parent) == _key(db.parent) and _is_backup_name(candidate.name, db) for db in dbs):
            return True
    backups = _backups_folder()
    if backups is not None:
        real_backups = _key(_real(backups))
        candidate = _key(_real(out))
        if candidate == real_backups or candidate.startswith(real_backups.rstrip(os.sep) + os.sep):
            return True
    if st is None or not st.st_ino:  # (no inode numbers: some Windows and network disks)
        return False
    # A hard link (or another path to the same file): compare the files themselves.
    same = (st.st_dev, st.st_ino)
    for path in protected:
        other = _stat(path)
        if other is not None and (other.st_dev, other.st_ino) == same:
            return True
    for folder in {db.parent for db in dbs}:
        for path in _entries(folder):
            if any(_is_backup_name(path.name, db) for db in dbs):
                other = _stat(path)
                if other is not None and (other.st_dev, other.st_ino) == same:
                    return True
    if backups is not None:
        for root, _dirs, files in os.walk(backups):
            for name in files:
                other = _stat(Path(root) / name)
                if other is not None and (other.st_dev, other.st_ino) == same:
                    return True
    return False


# Folders of the operating system's device and process files: /dev/stdout there is a link
# (through /proc/self/fd) to whatever file the output goes to, and replacing the link
# would put the export in /dev for good. Nothing an export writes belongs there.
_SYSTEM_FOLDERS = ("/dev", "/proc", "/sys")


def _in_system_folder(out: Path) -> bool:
    if os.name != "posix":
        return False
    folders = {out.absolute().parent, _real(out.parent)}
    with_link = [out]
    try:
        if out.is_symlink():
            with_link.append(Path(os.readlink(out)))
    except (OSError, ValueError):
        pass
    for p in with_link[1:]:
        folders.add((out.parent / p).parent if not p.is_absolute() else p.parent)
    for folder in folders:
        text = os.path.normpath(str(folder))
        if any(text == f or text.startswith(f + "/") for f in _SYSTEM_FOLDERS):
            return True
    return False


def _entries(folder: Path) -> list[Path]:
    try:
        with os.scandir(folder) as it:
            return [Path(e.path) for e in it]
    except OSError:
        return []
