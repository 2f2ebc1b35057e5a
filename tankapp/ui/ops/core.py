"""The operations layer's core: short transactions, problems in the user's words, change events.

Widgets never open a database session and never see an ORM object. They call
one method per use-case on :class:`Operations` (``ops.members.add(data)``);
the method opens the short transaction, calls the services, returns plain
frozen rows, and announces what changed with :attr:`Operations.changed`.
Every view that shows those kinds of records listens and updates itself (at
once when shown, when next shown otherwise), so no view goes stale because
another one changed something.

Failures come out as :class:`~tankapp.services.errors.ServiceError` (and its
``ValidationError``/``NotFound``), whose problem code the GUI translates with
:func:`tankapp.ui.common.texts.problem_text`. A storage failure (disk full, read-only,
busy, damaged) is turned into a ServiceError with a ``storage_*`` code, so a
widget has one kind of error to handle. :meth:`Operations.message` words any
of them in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QRunnable, Signal

from tankapp.services.errors import ServiceError, problem
from tankapp.storage import (
    ChangedElsewhere,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseReadOnly,
    DiskFull,
    ServerUnreachable,
)
from tankapp.storage.database import ServerReadOnly

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tankapp.storage import Database

T = TypeVar("T")


class Kind:
    """The kinds of records a change can touch (what a view listens for)."""

    THINK_TANK = "think_tank"
    GROUP = "group"
    MEMBER = "member"
    MEETING = "meeting"
    AGENDA = "agenda"  # ids: the meeting whose agenda changed
    TEMPLATE = "template"
    ATTENDANCE = "attendance"
    MINUTES = "minutes"  # notes, decisions, actions, approval
    CONTRIBUTION = "contribution"
    PRESENTATION = "presentation"
    SHARING = "sharing"  # digests and questions between groups
    EVALUATION = "evaluation"  # rounds, responses, interview notes (ids: the round)
    CONFLICT = "conflict"  # several laptops: values changed on two sides, for a person to choose

    ALL = (THINK_TANK, GROUP, MEMBER, MEETING, AGENDA, TEMPLATE, ATTENDANCE, MINUTES, CONTRIBUTION,
           PRESENTATION, SHARING, EVALUATION, CONFLICT)


@dataclass(frozen=True)
class Changes:
    """Which kinds of records changed, and (where known) which ids.

    ``ids[kind]`` is a frozenset of record ids, or ``None`` when the change may
    touch any record of that kind (an import, a merge). A view updates one row
    when it knows the ids, and reloads otherwise.
    """

    ids: Mapping[str, frozenset[int] | None] = field(default_factory=dict)

    @classmethod
    def of(cls, *kinds: str, **ids: Iterable[int] | int | None) -> Changes:
        """``Changes.of(Kind.MEMBER)`` (any member) or ``Changes.of(member=[3], meeting=7)``."""
        out: dict[str, frozenset[int] | None] = {k: None for k in kinds}
        for kind, value in ids.items():
            if kind in out:  # already "any record of this kind"
                continue
            out[kind] = None if value is None else frozenset([value] if isinstance(value, int) else value)
        return cls(out)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.ids)

    def touches(self, *kinds: str) -> bool:
        return any(k in self.ids for k in kinds)

    def ids_of(self, kind: str) -> frozenset[int] | None:
        """The changed ids of ``kind`` (None: any may have changed; empty: none did)."""
        if kind not in self.ids:
            return frozenset()
        return self.ids[kind]

    def __or__(self, other: Changes) -> Changes:
        merged: dict[str, frozenset[int] | None] = dict(self.ids)
        for kind, ids in other.ids.items():
            if kind in merged:
                mine = merged[kind]
                merged[kind] = None if mine is None or ids is None else mine | ids
            else:
                merged[kind] = ids
        return Changes(merged)

    def __bool__(self) -> bool:
        return bool(self.ids)


_STORAGE_CODES: tuple[tuple[type[DatabaseError], str], ...] = (
    (ChangedElsewhere, "storage_changed_elsewhere"),  # lost a race with another user (row_version)
    (ServerUnreachable, "storage_server_unreachable"),
    (ServerReadOnly, "storage_server_read_only"),
    (DiskFull, "storage_disk_full"),
    (DatabaseReadOnly, "storage_read_only"),
    (DatabaseBusy, "storage_busy"),
    (DatabaseDamaged, "storage_damaged"),
)


def storage_problem(exc: DatabaseError) -> ServiceError:
    """A storage failure as a ServiceError with a ``storage_*`` code (translated like any problem)."""
    code = next((c for cls, c in _STORAGE_CODES if isinstance(exc, cls)), "storage_failed")
    return ServiceError(problem(code, str(exc)))


class Operations(QObject):
    """The one door from the window to the data: ``ops.<feature>.<use_case>(...)``."""

    changed = Signal(object)  # Changes, after the transaction committed

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._batch: list[Changes] | None = None
        self._jobs: set[_FileJob] = set()  # files being written (kept alive until they report)

    # One feature's operations, loaded on first use: the window starts without
    # importing the services of the sections it does not show.
    @cached_property
    def thinktank(self):
        from tankapp.ui.ops.thinktank import ThinkTankOps

        return ThinkTankOps(self)

    @cached_property
    def groups(self):
        from tankapp.ui.ops.groups import GroupOps

        return GroupOps(self)

    @cached_property
    def members(self):
        from tankapp.ui.ops.members import MemberOps

        return MemberOps(self)

    @cached_property
    def meetings(self):
        from tankapp.ui.ops.meetings import MeetingOps

        return MeetingOps(self)

    @cached_property
    def meeting_mode(self):
        from tankapp.ui.ops.meeting_mode import MeetingModeOps

        return MeetingModeOps(self)

    @cached_property
    def actions(self):
        from tankapp.ui.ops.actions import ActionOps

        return ActionOps(self)

    @cached_property
    def library(self):
        from tankapp.ui.ops.library import LibraryOps

        return LibraryOps(self)

    @cached_property
    def contributions(self):
        from tankapp.ui.ops.contributions import ContributionOps

        return ContributionOps(self)

    @cached_property
    def sharing(self):
        from tankapp.ui.ops.sharing import SharingOps

        return SharingOps(self)

    @cached_property
    def backups(self):
        from tankapp.ui.ops.backups import BackupOps

        return BackupOps(self)

    @cached_property
    def privacy(self):
        from tankapp.ui.ops.privacy import PrivacyOps

        return PrivacyOps(self)

    @cached_property
    def status(self):
        from tankapp.ui.ops.status import StatusOps

        return StatusOps(self)

    @cached_property
    def evaluation(self):
        from tankapp.ui.ops.evaluation import EvaluationOps

        return EvaluationOps(self)

    @cached_property
    def sync(self):
        from tankapp.ui.ops.sync import SyncOps

        return SyncOps(self)

    # ------------------------------------------------------------------ the database file
    @property
    def path(self) -> Path | None:
        """The database file (shown in the status bar and the title); None for a database on a server."""
        return self._db.path

    @property
    def on_server(self) -> bool:
        """Whether the database is on a PostgreSQL server: no file here, so no backups, lock or check of ours."""
        return self._db.is_server

    @property
    def location(self) -> str:
        """Where the data is, for a person: the file, or the server's URL without the password."""
        return self._db.location

    @property
    def short_name(self) -> str:
        """The file's name, or the server database's name and host (for the window title)."""
        if self._db.path is not None:
            return self._db.path.name
        url = self._db.engine.url
        return f"{url.database} @ {url.host or 'localhost'}"

    def is_set_up(self) -> bool:
        """Whether the think tank exists (cheap: no table class is loaded for it)."""
        return self._db.has_think_tank()

    def close(self) -> None:
        self._db.close()

    def reopen_after(self, work: Callable[[Path], T]) -> T:
        """Close the database, run ``work(path)`` with no connection open, open the file again.

        For replacing the file itself (a restore). When ``work`` succeeds the file is
        opened afresh (checked, an older schema upgraded) and every kind of record is
        announced as changed, so every view reloads. When ``work`` raises, the file was
        not replaced: the old engine simply connects again on its next use.
        """
        from tankapp.storage import open_database

        path = self._db.path
        self._db.close()  # no connection, no -wal/-shm of ours left beside the file
        result = work(path)
        try:
            fresh = open_database(path)
        except DatabaseError as exc:
            # The file was replaced but does not open: the old engine connects to whatever
            # is there on its next use; the views reload and the window says what went wrong.
            self.announce(Changes.of(*Kind.ALL))
            raise storage_problem(exc) from exc
        old, self._db = self._db, fresh
        old.close()
        self.announce(Changes.of(*Kind.ALL))
        return result

    # ------------------------------------------------------------------ transactions
    def read(self, work: Callable[[Session], T]) -> T:
        """Run ``work(session)`` in a short read transaction (never blocks writers).

        Only the feature ops modules call this; ``work`` must return plain rows.
        """
        try:
            with self._db.reading() as s:
                return work(s)
        except DatabaseError as exc:
            raise storage_problem(exc) from exc

    def write(self, work: Callable[[Session], T], changes: Changes | Callable[[T], Changes]) -> T:
        """Run ``work(session)`` in one write transaction, then announce ``changes``.

        ``changes`` may be a function of the result (e.g. the id of a new record).
        Nothing is announced when the work raises: it was rolled back.
        """
        try:
            with self._db.session() as s:
                result = work(s)
        except DatabaseError as exc:
            raise storage_problem(exc) from exc
        self.announce(changes(result) if callable(changes) else changes)
        return result

    def refresh(self) -> None:
        """Anything may have changed elsewhere (another person on a shared database): every view reloads
        (a visible one at once, a hidden one when it is next shown)."""
        self.announce(Changes.of(*Kind.ALL))

    def announce(self, changes: Changes) -> None:
        """Tell every view what changed (collected while :meth:`batch` is open)."""
        if not changes:
            return
        if self._batch is not None:
            self._batch.append(changes)
        else:
            self.changed.emit(changes)

    @contextmanager
    def batch(self):
        """Several operations announced as one change when the block ends (e.g. an undo macro)."""
        if self._batch is not None:
            yield
            return
        self._batch = []
        try:
            yield
        finally:
            collected, self._batch = self._batch, None
            if collected:
                merged = collected[0]
                for c in collected[1:]:
                    merged = merged | c
                self.changed.emit(merged)

    # ------------------------------------------------------------------ files
    def write_file(
        self,
        path: Path,
        write: Callable[[], T],
        then: Callable[[T], T] | None = None,
        *,
        done: Callable[[T], None] | None = None,
        failed: Callable[[ServiceError], None] | None = None,
    ) -> T | None:
        """Write a file (a PDF, a copy) outside any transaction; ``then(result)`` runs after it.

        The caller has checked the target and read its data already (one short
        read transaction). Without ``done`` the file is written here and the
        (possibly ``then``-mapped) result returned: for the command line's
        twin and tests. With ``done`` the file is written on a worker thread so
        the window never freezes (a busy cursor shows meanwhile), and ``done(result)``
        or ``failed(problem)`` is called back on the GUI thread; ``then`` (e.g. marking what was sent)
        runs on the GUI thread once the file is complete, never after a failed
        write. The process waits for a running write before it exits
        (``tankapp.ui.app.leave`` waits for the global thread pool).
        """
        from tankapp.services import targets

        def run() -> T:
            try:
                return write()
            except OSError as exc:
                raise targets.write_error(path, exc) from None

        if done is None:
            result = run()
            return then(result) if then is not None else result
        from PySide6.QtCore import QThreadPool, Qt
        from PySide6.QtGui import QGuiApplication

        job = _FileJob(run)
        self._jobs.add(job)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # the window works on; the cursor says a file is coming

        def finished(result: object) -> None:
            QGuiApplication.restoreOverrideCursor()
            self._jobs.discard(job)
            try:
                value = then(result) if then is not None else result  # type: ignore[arg-type]
            except ServiceError as exc:
                if failed is not None:
                    failed(exc)
                return
            done(value)  # type: ignore[arg-type]

        def broken(exc: object) -> None:
            QGuiApplication.restoreOverrideCursor()
            self._jobs.discard(job)
            if failed is not None:
                failed(exc if isinstance(exc, ServiceError) else ServiceError(
                    problem("storage_failed", f"The file {path} could not be written: {exc}")))

        job.relay.done.connect(finished)
        job.relay.failed.connect(broken)
        QThreadPool.globalInstance().start(job)
        return None

    @property
    def writing(self) -> bool:
        """Whether a file is being written in the background."""
        return bool(self._jobs)

    # ------------------------------------------------------------------ words
    @staticmethod
    def message(exc: ServiceError) -> str:
        """The problem in the user's language."""
        from tankapp.ui.common import texts

        problems = getattr(exc, "problems", None) or [exc.problem]
        return " ".join(texts.problem_text(p) for p in problems)


class _Relay(QObject):
    """Carries a worker's result back to the GUI thread (queued signals)."""

    done = Signal(object)
    failed = Signal(object)


class _FileJob(QRunnable):
    def __init__(self, work: Callable[[], object]):
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it (Operations._jobs) until it has reported
        self.relay = _Relay()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # reported to the window, never lost in a thread
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class FeatureOps:
    """Base of one feature's operations: reaches the core's transactions."""

    def __init__(self, core: Operations):
        self._core = core

    def _read(self, work: Callable[[Session], T]) -> T:
        return self._core.read(work)

    def _write(self, work: Callable[[Session], T], changes: Changes | Callable[[T], Changes]) -> T:
        return self._core.write(work, changes)
