"""Backups of the database, restoring one, and checking a file for damage.

A backup is made with SQLite's online backup API from a read-only connection,
so it is consistent (committed WAL content included) and never holds the write
lock: the window can keep saving while it runs. The copy is written to a
temporary file beside its final place, opened and checked
(``PRAGMA integrity_check``, and that it is a tankapp database), synced to disk
and only then renamed into place. A backup that did not pass is never left
behind. Every file made here is readable by the owner only.

Automatic backups live in :func:`tankapp.storage.paths.backups_dir`, named
``tankapp-YYYYMMDD-HHMMSS.sqlite`` for the default database and
``tankapp-<name>-<hash>-YYYYMMDD-HHMMSS.sqlite`` for any other file (the hash
is of its full path), so backups of two databases never rotate each other out.
Rotation keeps the newest backup of each of the last 7 days that have one and of
each of the last 8 ISO weeks that have one (:func:`select_to_keep`), never the
newest backup, and touches only files named that way for that database.

A restore first keeps the current file aside
(``tankapp[-<name>-<hash>]-before-restore-YYYYMMDD-HHMMSS.sqlite`` in the same
folder; restoring that file undoes the restore) and then replaces the database
atomically. A check opens the file read-only (immutable when no -wal exists),
so it never writes a byte, not even to a damaged file.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tankapp.storage import paths, schema
from tankapp.storage.database import (
    SQLITE_HEADER,
    DatabaseError,
    DatabaseMissing,
    NewerDatabase,
    NotATankappDatabase,
)

log = logging.getLogger(__name__)

KEEP_DAYS = 7
KEEP_WEEKS = 8
BUSY_TIMEOUT_S = 30
MAX_PROBLEM_LINES = 20
_STAMP = "%Y%m%d-%H%M%S"
_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


class BackupError(DatabaseError):
    """A backup or restore that did not happen; the message says why, for a person."""


class DatabaseInUse(DatabaseError):
    """The database is open in a tankapp window (or another program), so it cannot be replaced."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime  # local time, from the file name (or when make_backup made it)
    size: int
    ok: bool | None = None  # None: not checked
    before_restore: bool = False  # the database as it was before a restore (not rotated)


@dataclass(frozen=True)
class CheckResult:
    path: Path
    ok: bool
    problems: tuple[str, ...]  # plain lines; empty when ok
    full: bool
    revision: str | None  # None when the file is too damaged to read it


@dataclass(frozen=True)
class RestoreInfo:
    db_path: Path
    restored_from: Path
    kept_aside: Path | None  # restore this file to undo; None if there was no database file
    revision: str  # schema revision of the restored file (an older one is upgraded on the next open)


# ---------------------------------------------------------------- names


def _abs(path: str | os.PathLike) -> Path:
    return Path(path).expanduser().absolute()


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _key(path: Path) -> str:
    return os.path.normcase(str(path.resolve()))


def _same_file(a: Path, b: Path) -> bool:
    if _key(a) == _key(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _prefix(db_path: Path) -> str:
    """``tankapp-`` for the default database, ``tankapp-<name>-<hash>-`` for another file."""
    if _key(db_path) == _key(paths.default_db_path()):
        return "tankapp-"
    stem = re.sub(r"[^A-Za-z0-9_]", "_", db_path.stem)[:24] or "db"
    digest = hashlib.sha256(_key(db_path).encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"tankapp-{stem}-{digest}-"


def backup_name(db_path: str | os.PathLike, when: dt.datetime, *, before_restore: bool = False, n: int = 0) -> str:
    """The file name of a backup of ``db_path`` made at ``when`` (``n``: a second one in that second)."""
    middle = "before-restore-" if before_restore else ""
    return f"{_prefix(_abs(db_path))}{middle}{when.strftime(_STAMP)}{f'-{n}' if n else ''}.sqlite"


def _pattern(db_path: Path) -> re.Pattern:
    # The name part has no "-" and the hash is 8 hex digits, so the names of two
    # databases (or of the default one and another) can never match each other's pattern.
    return re.compile(
        re.escape(_prefix(db_path)) + r"(?P<before>before-restore-)?(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite"
    )


def _named_backups(db_path: Path) -> list[tuple[BackupInfo, int]]:
    """This database's backups in the backups folder (only files we named), newest first."""
    pattern = _pattern(db_path)
    try:
        entries = list(os.scandir(paths.backups_dir()))
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = []
    for entry in entries:
        m = pattern.fullmatch(entry.name)
        if not m:
            continue
        try:
            made_at = dt.datetime.strptime(m["stamp"], _STAMP)
            if not entry.is_file(follow_symlinks=False):
                continue
            size = entry.stat(follow_symlinks=False).st_size
        except (ValueError, OSError):  # "20261399-..." is not a time; a file gone meanwhile
            continue
        info = BackupInfo(Path(entry.path), made_at, size, before_restore=bool(m["before"]))
        found.append((info, int(m["n"] or 0)))
    found.sort(key=lambda t: (t[0].made_at, t[1]), reverse=True)
    return found


def _free_path(folder: Path, db_path: Path, when: dt.datetime, *, before_restore: bool = False) -> Path:
    for n in range(1000):
        candidate = folder / backup_name(db_path, when, before_restore=before_restore, n=n)
        if not os.path.lexists(candidate):
            return candidate
    raise BackupError(f"Too many backups made in the same second in {folder}.")


# ---------------------------------------------------------------- rotation


def _when(item) -> dt.datetime:
    return item if isinstance(item, dt.datetime) else item.made_at


def select_to_keep(backups: Iterable, now: dt.datetime, *, days: int = KEEP_DAYS, weeks: int = KEEP_WEEKS) -> set:
    """The backups to keep: the newest of each of the last ``days`` days that have one,
    the newest of each of the last ``weeks`` ISO weeks that have one, and always the
    newest of all. Backups dated after ``now`` (the clock was changed) are all kept.

    ``backups`` are :class:`BackupInfo` (or anything with ``made_at``) or datetimes;
    the result is a subset of them. Pure: it looks at the dates only.
    """
    items = list(backups)
    if not items:
        return set()
    keep = {b for b in items if _when(b) > now}
    keep.add(max(items, key=_when))
    newest_per_day: dict = {}
    newest_per_week: dict = {}
    for b in sorted((b for b in items if _when(b) <= now), key=_when):  # later ones overwrite
        when = _when(b)
        newest_per_day[when.date()] = b
        newest_per_week[tuple(when.isocalendar())[:2]] = b
    for day in sorted(newest_per_day, reverse=True)[:days]:
        keep.add(newest_per_day[day])
    for week in sorted(newest_per_week, reverse=True)[:weeks]:
        keep.add(newest_per_week[week])
    return keep


def rotate_backups(db_path: str | os.PathLike, now: dt.datetime | None = None, *, keep: Iterable[Path] = ()) -> list[Path]:
    """Delete this database's older automatic backups (see :func:`select_to_keep`); returns the deleted ones.

    Copies kept aside by a restore are never deleted here, nor any file we did not name.
    """
    db = _abs(db_path)
    now = now or dt.datetime.now()
    backups = [info for info, _n in _named_backups(db) if not info.before_restore]
    keep_paths = {_key(Path(p)) for p in keep}
    kept = select_to_keep(backups, now)
    removed = []
    for info in backups:
        if info in kept or _key(info.path) in keep_paths:
            continue
        try:
            info.path.unlink()
            removed.append(info.path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("could not remove the old backup %s: %s", info.path.name, exc.strerror)
    if removed:
        log.info("removed %d old backups", len(removed))
    return removed


# ---------------------------------------------------------------- reading files read-only


def _read_header(path: Path) -> bytes:
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
        if not stat.S_ISREG(st.st_mode):
            # never open a pipe (FIFO) or device: opening a pipe waits for a writer forever
            raise NotATankappDatabase(f"{path} is not a regular file, not a tankapp database")
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise DatabaseMissing(f"no tankapp database at {path}") from None
    except IsADirectoryError:
        raise NotATankappDatabase(f"{path} is a folder, not a tankapp database") from None
    except OSError as exc:
        raise DatabaseError(f"cannot read {path}: {exc.strerror or exc}") from None


def _require_sqlite_file(path: Path) -> None:
    """Refuse (one plain sentence) anything that is not an SQLite file."""
    header = _read_header(path)
    if not path.is_file():
        raise NotATankappDatabase(f"{path} is not a regular file, not a tankapp database")
    if not header:
        raise NotATankappDatabase(f"{path} is an empty file, not a tankapp database")
    if header != SQLITE_HEADER:
        raise NotATankappDatabase(f"{path} is not a tankapp database (not an SQLite file)")


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """Read-only, and immutable when no -wal exists, so not even a -wal/-shm appears.

    When a -wal exists (the database is open somewhere, or was not closed), the
    connection reads through it, so committed changes not yet checkpointed are seen.
    """
    path = path.resolve()  # SQLite keeps the -wal beside the real file, not beside a link to it
    immutable = not _side(path, "-wal").exists()
    uri = f"{path.as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)


def _inspect(con: sqlite3.Connection, path: Path, *, allow_newer: bool = False) -> str:
    """The schema revision of a tankapp database; raises if it is not one (or too new)."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"alembic_version", "think_tank"} <= tables:
        raise NotATankappDatabase(f"{path} is an SQLite file but not a tankapp database")
    row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        raise NotATankappDatabase(f"{path} has no schema version; it is not a tankapp database")
    revision = row[0]
    if revision not in schema.SCHEMA_REVISIONS:
        if allow_newer:
            return revision
        raise NewerDatabase(f"{path} was made by a newer tankapp (schema {revision}); update tankapp to use it")
    expected = schema.SCHEMA_TABLES.get(revision)
    if expected and not expected <= tables:
        missing = ", ".join(sorted(expected - tables))
        raise NotATankappDatabase(f"{path} only looks like a tankapp database (it lacks the tables {missing})")
    return revision


def _check_lines(rows) -> list[str]:
    lines = []
    for (text,) in rows:
        for line in str(text).splitlines():
            line = line.strip()
            if line and line != "ok" and not line.startswith("*** in database"):
                lines.append(line)
    return lines


def _check_file(path: Path, *, integrity: bool, foreign_keys: bool, allow_newer: bool = False) -> CheckResult:
    _require_sqlite_file(path)
    problems: list[str] = []
    revision = None
    try:
        con = _connect_readonly(path)
    except sqlite3.Error as exc:
        return CheckResult(path, False, (f"SQLite cannot open it: {exc}",), integrity, None)
    try:
        revision = _inspect(con, path, allow_newer=allow_newer)
        pragma = "integrity_check" if integrity else "quick_check"
        problems += _check_lines(con.execute(f"PRAGMA {pragma}({MAX_PROBLEM_LINES})").fetchall())
        if foreign_keys and not problems:
            rows = con.execute("PRAGMA foreign_key_check").fetchall()
            for table, rowid, parent, _fk in rows[:MAX_PROBLEM_LINES]:
                problems.append(f"{table} row {rowid} refers to a missing row in {parent}")
            if len(rows) > MAX_PROBLEM_LINES:
                problems.append(f"... and {len(rows) - MAX_PROBLEM_LINES} more missing references")
    except sqlite3.Error as exc:  # "database disk image is malformed", "file is not a database"
        problems.append(f"SQLite cannot read it: {exc}")
    finally:
        con.close()
    return CheckResult(path, not problems, tuple(problems), integrity, revision)


def check_database(path: str | os.PathLike, full: bool = False) -> CheckResult:
    """Check a database file for damage without writing to it.

    ``full``: every page (``PRAGMA integrity_check``) and every reference
    (``PRAGMA foreign_key_check``); otherwise ``PRAGMA quick_check``. A file
    that is missing, not SQLite, not a tankapp database or from a newer tankapp
    raises a :class:`DatabaseError` subclass; a damaged one gives ``ok=False``
    with the problems as plain lines.
    """
    return _check_file(_abs(path), integrity=full, foreign_keys=full)


def _quick_open_ok(path: Path) -> bool:
    try:
        _require_sqlite_file(path)
        con = _connect_readonly(path)
        try:
            _inspect(con, path, allow_newer=True)
        finally:
            con.close()
        return True
    except (DatabaseError, sqlite3.Error):
        return False


def list_backups(db_path: str | os.PathLike | None = None, *, check: bool = True) -> list[BackupInfo]:
    """This database's backups in the backups folder, newest first.

    ``check``: ``ok`` says whether each opens as a tankapp database (a quick open,
    not a full check); otherwise ``ok`` is None.
    """
    db = _abs(db_path) if db_path is not None else paths.default_db_path()
    infos = [info for info, _n in _named_backups(db)]
    if check:
        infos = [BackupInfo(i.path, i.made_at, i.size, _quick_open_ok(i.path), i.before_restore) for i in infos]
    return infos


def latest_good_backup(db_path: str | os.PathLike | None = None) -> BackupInfo | None:
    """The newest backup (not a copy kept aside by a restore) that passes SQLite's quick check."""
    db = _abs(db_path) if db_path is not None else paths.default_db_path()
    for info, _n in _named_backups(db):
        if info.before_restore:
            continue
        try:
            if _check_file(info.path, integrity=False, foreign_keys=False).ok:
                return BackupInfo(info.path, info.made_at, info.size, True)
        except DatabaseError:
            continue
    return None


# ---------------------------------------------------------------- writing files


def _disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        return (code is not None and code & 0xFF == 13) or "full" in str(exc).lower()  # 13: SQLITE_FULL
    return False


def _reason(exc: BaseException) -> str:
    if _disk_full(exc):
        return "the disk is full"
    if isinstance(exc, PermissionError):
        return "no permission to write there"
    if isinstance(exc, OSError):
        return (exc.strerror or str(exc)).lower()
    return str(exc)


def _private_temp(folder: Path, name: str) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)  # O_EXCL, mode 0600
    try:
        os.chmod(tmp, 0o600)
    finally:
        os.close(fd)
    return Path(tmp)


def _remove_quietly(path: Path) -> None:
    for p in (path, *(_side(path, s) for s in _SIDE_SUFFIXES)):
        try:
            p.unlink()
        except OSError:
            pass


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _place(tmp: Path, final: Path) -> None:
    """Rename ``tmp`` to ``final`` atomically, never replacing a file that appeared meanwhile."""
    if os.name == "nt":
        os.rename(tmp, final)  # fails if final exists
        return
    try:
        os.link(tmp, final)  # fails if final exists
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some network drives)
        if os.path.lexists(final):
            raise FileExistsError(errno.EEXIST, "File exists", str(final)) from None
        os.replace(tmp, final)
        return
    os.unlink(tmp)


def _online_copy(src: Path, dst: Path, *, inspect: bool) -> str | None:
    """Copy ``src`` into the (new, empty) file ``dst`` with SQLite's backup API.

    The source is opened read-only; the copy reads one consistent snapshot
    (committed WAL content included) and takes no write lock. The copy is left
    in rollback-journal mode, a single self-contained file.
    """
    revision = None
    for _attempt in range(3):
        wal = _side(src.resolve(), "-wal")
        wal_before = wal.exists()
        source = _connect_readonly(src)
        try:
            if inspect:
                revision = _inspect(source, src, allow_newer=True)
            target = sqlite3.connect(str(dst), timeout=BUSY_TIMEOUT_S)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE").fetchone()
            finally:
                target.close()
        finally:
            source.close()
        # Opened as immutable (no -wal), but a tankapp started meanwhile: copy again through its WAL.
        if wal_before or not wal.exists():
            break
    return revision


def _refuse_target(db: Path, target: Path) -> None:
    if _same_file(db, target):
        raise BackupError(f"{target} is the database itself; give the backup another name.")
    for suffix in _SIDE_SUFFIXES:
        if _same_file(_side(db.resolve(), suffix), target):
            raise BackupError(f"{target} belongs to the database (its {suffix[1:]} file); give the backup another name.")
    if os.path.lexists(target):
        if target.is_dir():
            raise BackupError(f"{target} is a folder; give the name of the backup file to write.")
        if not target.is_file() or target.is_symlink():
            raise BackupError(f"{target} is not a regular file; give the name of a new file.")
        raise BackupError(f"{target} already exists; tankapp does not replace it. Give a new file name.")
    folder = target.parent
    if not folder.exists():
        raise BackupError(f"The folder {folder} does not exist.")
    if not folder.is_dir():
        raise BackupError(f"{folder} is not a folder.")


def make_backup(
    db_path: str | os.PathLike | None = None,
    target: str | os.PathLike | None = None,
    *,
    kind: str = "manual",
    now: dt.datetime | None = None,
) -> BackupInfo:
    """Back up the database to ``target``, or (None) into the backups folder with rotation.

    The backup counts only once the copy opened and passed ``PRAGMA
    integrity_check`` as a tankapp database; otherwise nothing is left behind
    and :class:`BackupError` says why. ``target`` is never an existing file.
    ``kind`` ("manual" or "auto") only goes into the log.
    """
    if kind not in ("manual", "auto"):
        raise ValueError(f"kind must be 'manual' or 'auto', not {kind!r}")
    db = _abs(db_path) if db_path is not None else paths.default_db_path()
    now = now or dt.datetime.now()
    _require_sqlite_file(db)
    if target is None:
        try:
            folder = paths.ensure_private_dir(paths.backups_dir())
        except OSError as exc:
            raise BackupError(f"Could not make the backups folder {paths.backups_dir()}: {_reason(exc)}.") from None
        final = _free_path(folder, db, now)
    else:
        final = _abs(target)
        _refuse_target(db, final)
        folder = final.parent

    what = f"Could not back up {db} to {folder}"
    try:
        tmp = _private_temp(folder, final.name)
    except OSError as exc:
        raise BackupError(f"{what}: {_reason(exc)}. No backup was made; the database is untouched.") from None
    try:
        _online_copy(db, tmp, inspect=True)
        result = _check_file(tmp, integrity=True, foreign_keys=False, allow_newer=True)
        if not result.ok:
            raise BackupError(
                f"The backup of {db} did not pass SQLite's integrity check ({result.problems[0]}), so it was not kept; "
                f"the database itself may be damaged (see: tankapp --db {db} check --full)."
            )
        _fsync_file(tmp)
        _place(tmp, final)
        _fsync_dir(folder)
    except FileExistsError:
        _remove_quietly(tmp)
        raise BackupError(f"{final} already exists; tankapp does not replace it. Give a new file name.") from None
    except (OSError, sqlite3.Error) as exc:
        _remove_quietly(tmp)
        raise BackupError(f"{what}: {_reason(exc)}. No backup was made; the database is untouched.") from None
    except BaseException:
        _remove_quietly(tmp)
        raise
    info = BackupInfo(final, now.replace(microsecond=0), final.stat().st_size, True)
    log.info("%s backup written: %s", kind, final.name)
    if target is None:
        rotate_backups(db, now, keep=[final])
    return info


# ---------------------------------------------------------------- restore


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def window_lock_holder(db_path: str | os.PathLike) -> int | None:
    """The process id of another running tankapp whose window holds ``<db>.lock`` (QLockFile), else None.

    A lock left by a process that is gone does not count, nor one held by this process.
    Raises :class:`DatabaseInUse` if the lock file exists but cannot be read.
    """
    db = _abs(db_path)
    for lock in {_side(db, ".lock"), _side(db.resolve(), ".lock")}:
        try:
            text = lock.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            continue
        except OSError as exc:
            text = ""
            log.warning("cannot read the lock file %s: %s", lock.name, exc.strerror)
        first = text.splitlines()[0].strip() if text.strip() else ""
        if not first.isdigit():
            raise DatabaseInUse(
                f"{db} may be open in a tankapp window (its lock file {lock} cannot be read); "
                f"close the tankapp window first, or delete {lock} if no tankapp is running."
            )
        pid = int(first)
        if pid != os.getpid() and _pid_alive(pid):
            return pid
    return None


def _keep_aside(db: Path, now: dt.datetime) -> Path:
    """Copy the current database into the backups folder before it is replaced.

    Through SQLite when it can read the file (WAL content included); otherwise
    (a damaged file) the bytes as they are, with a -wal beside it if there is one.
    """
    folder = paths.ensure_private_dir(paths.backups_dir())
    final = _free_path(folder, db, now, before_restore=True)
    tmp = _private_temp(folder, final.name)
    try:
        try:
            _require_sqlite_file(db)
            _online_copy(db, tmp, inspect=False)
        except (DatabaseError, sqlite3.Error) as exc:
            log.info("keeping the old database aside byte for byte (%s)", type(exc).__name__)
            _remove_quietly(tmp)
            tmp = _private_temp(folder, final.name)
            with open(db, "rb") as fsrc, open(tmp, "wb") as fdst:
                shutil.copyfileobj(fsrc, fdst)
            wal = _side(db, "-wal")
            if wal.exists() and wal.stat().st_size:
                wal_copy = _private_temp(folder, final.name + "-wal")
                shutil.copyfile(wal, wal_copy)
                _fsync_file(wal_copy)
                os.replace(wal_copy, _side(final, "-wal"))
        _fsync_file(tmp)
        _place(tmp, final)
        _fsync_dir(folder)
    except BaseException:
        _remove_quietly(tmp)
        if not final.exists():
            _remove_quietly(_side(final, "-wal"))
        raise
    return final


def _retire_old_journal(db: Path) -> bool:
    """Leave no -wal/-shm/-journal of the old file behind: SQLite would apply them to the new one.

    A readable database is checkpointed first (its WAL content is then in the file
    kept aside and in the file itself). If its -wal or -shm is still there after
    our connection closed, another program has the database open: refused.
    """
    checkpointed = False
    busy = 0
    try:
        _require_sqlite_file(db)
        con = sqlite3.connect(str(db), timeout=5)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            con.close()
        checkpointed = True
    except DatabaseError:  # not SQLite at all: its journal files (if any) were kept aside
        pass
    except sqlite3.Error as exc:
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if code in (5, 6) or "locked" in str(exc):  # SQLITE_BUSY, SQLITE_LOCKED: someone is writing
            busy = 1
        elif code in (11, 26) or "malformed" in str(exc) or "not a database" in str(exc):
            log.info("the old database is damaged; its journal files were kept aside")
        else:
            raise
    if busy:
        raise DatabaseInUse(f"{db} is in use by another program; close it and try again.")
    sides = [_side(db, s) for s in _SIDE_SUFFIXES if _side(db, s).exists()]
    if checkpointed and any(p.name.endswith(("-wal", "-shm")) for p in sides):
        raise DatabaseInUse(f"{db} is open in another program (tankapp?); close it and try again.")
    for p in sides:
        p.unlink()
    return checkpointed


def _refresh_kept(db: Path, kept: Path) -> None:
    """Copy the (checkpointed, closed) database over the copy kept aside; refuse if it was opened meanwhile."""
    tmp = _private_temp(kept.parent, kept.name)
    try:
        _online_copy(db, tmp, inspect=False)
        _fsync_file(tmp)
        os.replace(tmp, kept)
    except BaseException:
        _remove_quietly(tmp)
        raise
    _fsync_dir(kept.parent)
    if any(_side(db, s).exists() for s in ("-wal", "-shm")):
        raise DatabaseInUse(f"{db} is open in another program (tankapp?); close it and try again.")


def restore(
    db_path: str | os.PathLike | None,
    backup_path: str | os.PathLike,
    *,
    check_lock: bool = True,
    now: dt.datetime | None = None,
) -> RestoreInfo:
    """Replace the database with ``backup_path``; the current file is kept aside first.

    Refused (nothing changed) unless the backup passes ``PRAGMA integrity_check``
    as a tankapp database of a schema this tankapp knows, and, with
    ``check_lock``, while another tankapp window has the database open. The
    returned ``kept_aside`` file undoes the restore when restored in turn. A
    window that restores its own database closes its engine first and passes
    ``check_lock=False`` (its own lock is ignored anyway).
    """
    db = _abs(db_path) if db_path is not None else paths.default_db_path()
    src = _abs(backup_path)
    now = now or dt.datetime.now()
    if os.path.lexists(db) and _same_file(db, src):
        raise BackupError(f"{src} is the database itself; choose a backup to restore.")
    if check_lock:
        pid = window_lock_holder(db)
        if pid is not None:
            raise DatabaseInUse(f"{db} is open in a tankapp window (process {pid}); close the tankapp window first.")
    if db.is_symlink():  # replace the file the link points to, not the link
        db = db.resolve()
    result = _check_file(src, integrity=True, foreign_keys=False)
    if not result.ok:
        raise BackupError(f"{src} is damaged ({result.problems[0]}); nothing was restored.")
    if os.path.lexists(db) and not db.is_file():
        raise BackupError(f"{db} is not a regular file; nothing was restored.")

    folder = db.parent
    what = f"Could not restore {db}"
    try:
        paths.ensure_private_dir(folder)
        tmp = _private_temp(folder, db.name)
    except OSError as exc:
        raise BackupError(f"{what}: {_reason(exc)}. Nothing was changed.") from None
    kept: Path | None = None
    changed = False
    try:
        _online_copy(src, tmp, inspect=False)
        copied = _check_file(tmp, integrity=True, foreign_keys=False)
        if not copied.ok:
            raise BackupError(f"The copy of {src} did not pass SQLite's integrity check; nothing was restored.")
        _fsync_file(tmp)
        if db.exists():
            kept = _keep_aside(db, now)
            changed = True  # from here on the old -wal/-shm may go
            if _retire_old_journal(db):
                # A write another program committed while the copy was made (the checkpoint
                # waits for it) would be in neither file: copy again, now that no one has it open.
                _refresh_kept(db, kept)
        os.replace(tmp, db)
        os.chmod(db, 0o600)
        _fsync_dir(folder)
    except BaseException as exc:
        _remove_quietly(tmp)
        if kept is not None and isinstance(exc, DatabaseInUse):
            # refused before the database or its journal was touched: the copy kept aside is not needed
            _remove_quietly(kept)
            kept = None
            changed = False
        if isinstance(exc, (OSError, sqlite3.Error)):
            undo = f" The database as it was is kept in {kept}." if kept and changed else " Nothing was changed."
            raise BackupError(f"{what}: {_reason(exc)}.{undo}") from None
        raise
    log.info("restored the database from a backup (kept aside: %s)", kept.name if kept else None)
    return RestoreInfo(db, src, kept, result.revision or "")


# ---------------------------------------------------------------- purging (after a member's data was erased)


def upgrade_copies(db_path: str | os.PathLike | None = None) -> list[Path]:
    """The copies made beside the database before an upgrade (``<stem>.backup-*<suffix>``), newest name first."""
    import glob

    db = _abs(db_path) if db_path is not None else paths.default_db_path()
    pattern = glob.escape(str(db.with_name(db.stem))) + ".backup-*" + glob.escape(db.suffix)
    return sorted((Path(p) for p in glob.glob(pattern) if os.path.isfile(p) and not os.path.islink(p)), reverse=True)


def purge_backups(
    db_path: str | os.PathLike | None = None, *, keep_latest: bool = False, keep: Iterable[Path] = ()
) -> list[Path]:
    """Delete every backup of this database; returns the deleted files.

    After a member's data is erased, every copy made before still holds it: the
    automatic backups and the copies kept aside by a restore (in the backups folder,
    with any -wal beside them) and the copies made beside the database before an
    upgrade. ``keep_latest`` keeps the newest automatic backup, ``keep`` the files
    named (e.g. a backup made just after the erasure). Only files named by tankapp
    for this database are touched. A file that cannot be deleted is logged and left.
    """
    db = _abs(db_path) if db_path is not None else paths.default_db_path()
    named = [info for info, _n in _named_backups(db)]
    keep_keys = {_key(Path(p)) for p in keep}
    if keep_latest:
        newest = next((i for i in named if not i.before_restore), None)
        if newest is not None:
            keep_keys.add(_key(newest.path))
    removed = []
    for path in [i.path for i in named] + upgrade_copies(db):
        if _key(path) in keep_keys or _same_file(path, db):
            continue
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("could not remove the backup %s: %s", path.name, exc.strerror)
            continue
        removed.append(path)
        for suffix in _SIDE_SUFFIXES:
            try:
                _side(path, suffix).unlink()
            except OSError:
                pass
    if removed:
        log.info("removed %d backups on request", len(removed))
    return removed
