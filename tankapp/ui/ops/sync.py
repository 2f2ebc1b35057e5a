"""Operations of several laptops: packages out, a laptop's changes back, the conflicts (see tankapp.services.sync).

Office::

    coming_meetings(), package_contents(ids)      what the export dialog lists and says is inside
    export_package(ids, path, done=, failed=)     the base is recorded, the file written in the background
    read_file(path) -> SyncFile                   a package or change file, checked completely (writes nothing)
    preview_import(file) / import_changes(file)   the dry run first, then the merge (one transaction)
    open_conflicts(), conflicts(), resolve(id, take)

Laptop::

    open_package_file(path, file)                 a new database file filled from a package (module function)
    send_changes(path, done=, failed=)            everything changed since the package

A merge can touch any kind of record, so an import that changed something and
every resolved conflict announce ``Changes.of(*Kind.ALL)`` (which holds
``Kind.CONFLICT``); the dry run and the exports announce nothing.

The conflicts come out worded for the window (:class:`ConflictView`): the record
described from its own fields in the user's language, each value as the window
words such a value (dates, yes/no, enumerations), and where each came from.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from tankapp.services.errors import ServiceError
from tankapp.ui.ops.core import Changes, FeatureOps, Kind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tankapp.services.meetings.planning import MeetingSummary
    from tankapp.ui.ops.databases import OpenDatabase

log = logging.getLogger(__name__)

OFFICE, LAPTOP = "office", "laptop"
PACKAGE, CHANGES = "package", "changes"
APPLIED, ALREADY, SUPERSEDED = "applied", "already", "superseded"
OPEN = "open"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sync", text)


# ---------------------------------------------------------------- plain rows for the window


@dataclass(frozen=True)
class ThisDatabase:
    """What this database is in the exchange: the office (sent a package), a laptop (opened from one), or neither."""

    role: str | None  # OFFICE, LAPTOP or None
    label: str  # a laptop's name (its computer's)
    next_seq: int  # a laptop: the number its next change file gets
    think_tank: str

    @property
    def is_laptop(self) -> bool:
        return self.role == LAPTOP


@dataclass(frozen=True)
class PackageContents:
    """What a package for some meetings holds, counted per table (nothing is recorded by asking)."""

    counts: dict[str, int]
    files: int
    file_bytes: int

    def count(self, table: str) -> int:
        return self.counts.get(table, 0)


@dataclass(frozen=True)
class PackageWritten:
    path: Path
    meetings: tuple[tuple[str, dt.date | None], ...]
    counts: dict[str, int]
    files: int
    missing_files: tuple[str, ...]


@dataclass(frozen=True)
class ChangesWritten:
    path: Path
    seq: int
    added: dict[str, int]
    changed: dict[str, int]
    deleted: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.added.values()) + sum(self.changed.values()) + sum(self.deleted.values())


@dataclass(frozen=True)
class SyncFile:
    """A package or change file, read and checked completely; hand it back to open or import it."""

    kind: str  # PACKAGE or CHANGES
    path: Path
    think_tank: str
    device_label: str
    seq: int
    meetings: tuple[tuple[str, dt.date | None], ...]
    summary: dict
    bundle: Any = field(repr=False, compare=False)  # the checked file (tankapp.services.sync.format.Bundle)

    @property
    def is_package(self) -> bool:
        return self.kind == PACKAGE


@dataclass(frozen=True)
class ValueView:
    """One of a conflict's values, worded, with where it came from."""

    number: int
    text: str
    sources: tuple[str, ...]  # worded: "the office", a laptop's name
    from_office: bool
    current: bool  # the one kept for now
    take: str  # what resolve() takes to choose it: "mine", "theirs" or its number


@dataclass(frozen=True)
class ConflictView:
    id: int
    table: str
    kind: str  # "Member"
    record: str  # "Åse Øster"
    field: str  # "E-mail"
    status: str  # open, resolved, superseded
    values: tuple[ValueView, ...]
    resolution: str | None
    text_field: bool  # a free text: both can be kept, one after the other
    existence: bool  # deleted on one side, changed on the other

    @property
    def is_open(self) -> bool:
        return self.status == OPEN

    @property
    def current(self) -> ValueView | None:
        return next((v for v in self.values if v.current), None)

    @property
    def laptops(self) -> tuple[str, ...]:
        out: list[str] = []
        for v in self.values:
            for s in v.sources:
                if s != office_word() and s not in out:
                    out.append(s)
        return tuple(out)


@dataclass(frozen=True)
class ImportOutcome:
    """What importing a change file did (or, in a dry run, would do)."""

    status: str  # APPLIED, ALREADY (taken in before), SUPERSEDED (a newer file of that laptop was)
    dry_run: bool
    device_label: str
    seq: int
    newer_seq: int
    added: dict[str, int]
    changed: dict[str, dict[str, int]]
    deleted: dict[str, int]
    conflicts: tuple[ConflictView, ...]
    closed: int
    files: int

    @property
    def changes_anything(self) -> bool:
        return self.status == APPLIED and bool(self.added or self.changed or self.deleted or self.conflicts)


def office_word() -> str:
    return _tr("the office")


# ---------------------------------------------------------------- reading records for words


class _Records:
    """Records' fields by identity (one deleted since: from its tombstone), cached for one transaction."""

    def __init__(self, s: Session):
        from tankapp.services.sync import records as rec

        self.s = s
        self.index = rec.Index(s)
        self._cache: dict[tuple[str, str], dict] = {}

    def get(self, table: str, identity: Any) -> dict:
        from sqlalchemy import select

        from tankapp.domain.models import SyncTombstone
        from tankapp.services.sync import records as rec
        from tankapp.services.sync.tables import is_synced

        if not isinstance(identity, str) or not identity or not is_synced(table):
            return {}
        key = (table, identity)
        if key not in self._cache:
            out: dict = {}
            record_id = self.index.id_of(table, identity)
            if record_id is not None:
                out = rec.read(self.s, self.index, table, [record_id]).get(identity, {})
            if not out:
                try:
                    tomb = self.s.scalars(select(SyncTombstone).where(
                        SyncTombstone.table_name == table, SyncTombstone.record_uuid == uuid.UUID(identity))).first()
                    out = json.loads(tomb.snapshot) if tomb is not None else {}
                except (ValueError, TypeError):
                    out = {}
            self._cache[key] = out if isinstance(out, dict) else {}
        return self._cache[key]


def _short(text: Any, n: int = 60) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _date_text(value: Any) -> str:
    from tankapp.ui.common import texts

    try:
        return texts.format_date(dt.date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value or "")


def describe(records: _Records, table: str, identity: Any, depth: int = 0) -> str:
    """A record in a few words of the user's language (its name, title or text; what it belongs to)."""
    v = records.get(table, identity)
    if not v:
        return ""

    def ref(col: str, target: str) -> str:
        return describe(records, target, v.get(col), depth + 1) if depth < 2 else ""

    def join(*parts: str) -> str:
        return ", ".join(p for p in parts if p)

    if table == "member":
        return _short(v.get("name"))
    if table == "meeting":
        return join(_short(v.get("title")), _date_text(v.get("date")) if v.get("date") else "")
    if table == "agenda_item":
        meeting = ref("meeting_id", "meeting")
        return f"{_short(v.get('title'))} ({meeting})" if meeting else _short(v.get("title"))
    if table == "attendance":
        return join(ref("member_id", "member"), ref("meeting_id", "meeting"))
    if table in ("decision", "action_item"):
        item = ref("agenda_item_id", "agenda_item")
        text = f"“{_short(v.get('text'), 40)}”"
        return f"{text} ({item})" if item else text
    if table == "guest":
        meeting = ref("meeting_id", "meeting")
        return f"{_short(v.get('name'))} ({meeting})" if meeting else _short(v.get("name"))
    if table == "evaluation_response":
        return join(ref("member_id", "member"), ref("round_id", "evaluation_round"))
    if table == "evaluation_answer":
        item = records.get("questionnaire_item", v.get("item_id"))
        question = _short(item.get("short_da") or item.get("text_da") or item.get("key"), 40)
        return join(ref("response_id", "evaluation_response"), question)
    if table == "interview_note":
        return join(ref("member_id", "member"), _short(v.get("text"), 40))
    for key in ("title", "name", "text", "key", "file_name"):
        if v.get(key):
            return _short(v[key])
    return ""


def _enum_word(value: enum.Enum) -> str:
    from tankapp.domain import vocabulary

    try:
        w = vocabulary.words(value)
    except (KeyError, ValueError):
        return str(value.value)
    return QCoreApplication.translate(w.context, w.english)


def value_text(table: str, field_name: str, value: Any, fallback: str) -> str:
    """A conflict's value as the window words such a value (``fallback``: the service's words, for references)."""
    from tankapp.services.sync.tables import EXISTS, decode, spec
    from tankapp.ui.common import texts

    if field_name == EXISTS:
        return _tr("kept") if value else _tr("deleted")
    if value is None or value == "" or value == []:
        return _tr("(empty)")
    try:
        sp = spec(table)
    except KeyError:
        return fallback
    if field_name in sp.refs or field_name not in sp.columns:
        return fallback  # another record (or a set of them), named by the service
    try:
        v = decode(sp.table.c[field_name], value)
    except (ValueError, TypeError, KeyError):
        return fallback
    if isinstance(v, enum.Enum):
        return _enum_word(v)
    if isinstance(v, bool):
        return texts.yes_no(v)
    if isinstance(v, dt.datetime):
        local = v.astimezone()
        return f"{texts.format_date(local.date())} {texts.format_time(local.time())}"
    if isinstance(v, dt.date):
        return texts.format_date(v)
    if isinstance(v, dt.time):
        return texts.format_time(v)
    return str(v)


def _free_text(table: str, field_name: str) -> bool:
    """A text of several lines (notes, minutes, a contribution): two of them can be kept, one after the other.
    A name, an e-mail or a title cannot be joined so."""
    from sqlalchemy import Text

    from tankapp.services.sync.tables import spec

    try:
        sp = spec(table)
        return field_name in sp.columns and isinstance(sp.table.c[field_name].type, Text)
    except KeyError:
        return False


def _strip_kind(table: str, what: str) -> str:
    """The service's description without its English kind of record in front ("member Åse Øster")."""
    label = {"member": "member", "meeting": "meeting", "agenda_item": "agenda item"}.get(table, table.replace("_", " "))
    return what[len(label) + 1:] if what.startswith(label + " ") else what


def conflict_view(records: _Records, row) -> ConflictView:
    """A service ConflictRow worded for the window."""
    from tankapp.services.sync.tables import EXISTS
    from tankapp.ui.sync import words

    office = office_word()
    values = []
    current = next((c for c in row.candidates if c.current), None)
    others = [c for c in row.candidates if not c.current]
    for c in row.candidates:
        sources = tuple(office if s == "office" else s for s in c.sources)
        if c.current:
            take = "mine"
        elif len(others) == 1 and current is not None:
            take = "theirs"
        else:
            take = str(c.number)
        values.append(ValueView(c.number, value_text(row.table, row.field, c.value, c.text), sources,
                                office in sources, c.current, take))
    resolution = None
    if row.resolution is not None:
        chosen = next((v for v, c in zip(values, row.candidates) if c.text == row.resolution), None)
        resolution = chosen.text if chosen is not None else row.resolution
    record = describe(records, row.table, row.record) or _strip_kind(row.table, row.what)
    return ConflictView(row.id, row.table, words.kind_label(row.table), record,
                        words.field_label(row.table, row.field), row.status, tuple(values), resolution,
                        row.text_field and _free_text(row.table, row.field), row.field == EXISTS)


def _meetings_of(header) -> tuple[tuple[str, dt.date | None], ...]:
    out = []
    for m in header.meetings:
        try:
            day = dt.date.fromisoformat(m.get("date", ""))
        except ValueError:
            day = None
        out.append((_short(m.get("title", ""), 120), day))  # a file's words: never a page long
    return tuple(out)


def read_file(path: Path | str) -> SyncFile:
    """A package or change file, checked completely (every checksum) before anything is written anywhere."""
    from tankapp.services.sync import package as sync

    bundle = sync.read_file(path)
    h = bundle.header
    return SyncFile(PACKAGE if h.kind == "package" else CHANGES, bundle.path, _short(h.think_tank_name, 120),
                    _short(h.device_label, 80), h.seq, _meetings_of(h), dict(h.summary), bundle)


def open_package_file(path: Path | str, file: SyncFile) -> tuple[OpenDatabase, Any]:
    """A new database file at ``path`` (never over an existing one) holding the package: (its handle, OpenResult).

    The window switches to the handle. When anything fails the new file is removed again
    and its lock released, so nothing is left behind.
    """
    from tankapp.services.sync import package as sync
    from tankapp.storage.database import remove_database_files
    from tankapp.ui.ops import databases

    path = databases.absolute(path)
    refusal = databases.new_file_problem(path)
    if refusal is not None:
        raise refusal
    handle = databases.open_file(path, create=True)
    try:
        result = handle.ops.write(lambda s: sync.open_package(s, file.bundle), Changes.of(*Kind.ALL))
    except BaseException:
        handle.ops.close()
        remove_database_files(path)
        if handle.lock is not None:
            handle.lock.unlock()
            handle.lock = None
        raise
    return handle, result


# ---------------------------------------------------------------- the operations


class SyncOps(FeatureOps):
    # ------------------------------------------------------------------ what this database is
    def this_database(self) -> ThisDatabase:
        def load(s):
            from tankapp.services.sync import ledger
            from tankapp.services.thinktank import get_think_tank

            d = ledger.device(s)
            tank = get_think_tank(s)
            name = tank.name if tank is not None else ""
            if d is None:
                return ThisDatabase(None, "", 0, name)
            return ThisDatabase(d.role, d.label, d.last_seq + 1, name)

        return self._read(load)

    def open_conflicts(self) -> int:
        """How many conflicts wait for a person (cheap: one count in plain SQL, no table class is loaded,
        as the window asks it when it starts)."""

        def count(s) -> int:
            row = s.connection().exec_driver_sql("SELECT count(*) FROM sync_conflict WHERE status = 'open'").first()
            return int(row[0]) if row is not None else 0

        return self._read(count)

    # ------------------------------------------------------------------ the office sends a package
    def coming_meetings(self, *, earlier_too: bool = False) -> list[MeetingSummary]:
        """Planned meetings from today on (``earlier_too``: every meeting not cancelled), by date."""
        from tankapp.domain.enums import MeetingStatus
        from tankapp.services.meetings import planning

        today = dt.date.today()
        rows = self._read(lambda s: planning.list_meetings(s))
        if earlier_too:
            return [m for m in rows if m.status != MeetingStatus.CANCELLED]
        return [m for m in rows if m.status == MeetingStatus.PLANNED and m.date >= today]

    def package_contents(self, meeting_ids: Iterable[int]) -> PackageContents:
        """What a package for these meetings would hold (counted; nothing is recorded)."""
        ids = [i for i in dict.fromkeys(meeting_ids) if 0 < i < 2**63]
        if not ids:
            return PackageContents({}, 0, 0)

        def load(s):
            from sqlalchemy import select

            from tankapp.domain.base import Base
            from tankapp.services.sync.scope import select_package

            chosen = select_package(s, ids)
            counts = {t: len(v) for t, v in chosen.items() if v}
            att = Base.metadata.tables["attachment"]
            hashes: dict[str, int] = {}
            wanted = sorted(chosen.get("attachment", ()))
            for start in range(0, len(wanted), 500):
                for h, size in s.execute(select(att.c.content_hash, att.c.size).where(
                        att.c.id.in_(wanted[start:start + 500]))):
                    hashes[h] = int(size or 0)
            return PackageContents(counts, len(hashes), sum(hashes.values()))

        return self._read(load)

    def export_package(self, meeting_ids: Iterable[int], path: Path | str, *,
                       done: Callable[[PackageWritten], None] | None = None,
                       failed: Callable[[ServiceError], None] | None = None) -> PackageWritten | None:
        """Record what is sent (the base), then write the file (owner-only) outside the transaction.

        With ``done`` the file is written in the background (Operations.write_file). A file
        that could not be written was never sent: the office forgets the package again.
        """
        from tankapp.services import targets
        from tankapp.services.sync import package as sync

        path = targets.check_export_target(Path(path), self._core.path)
        prepared = self._write(lambda s: sync.prepare_package(s, list(meeting_ids)), Changes())

        def forget() -> None:
            try:
                self._write(lambda s: sync.forget_package(s, prepared.header.id), Changes())
            except ServiceError:  # the disk said no: an unused base does no harm
                log.warning("could not forget a package that was not written")

        def write() -> Path:
            return sync.write_package(prepared, path)

        def then(written: Path) -> PackageWritten:
            counts = {t: n for t, n in prepared.counts.items() if t != "think_tank"}
            return PackageWritten(written, _meetings_of(prepared.header), counts, len(prepared.files),
                                  tuple(prepared.missing_files))

        if done is None:
            try:
                return self._core.write_file(path, write, then)
            except BaseException:
                forget()
                raise

        def broken(exc: ServiceError) -> None:
            forget()
            if failed is not None:
                failed(exc)

        return self._core.write_file(path, write, then, done=done, failed=broken)

    # ------------------------------------------------------------------ the laptop sends its changes
    def send_changes(self, path: Path | str, *, done: Callable[[ChangesWritten], None] | None = None,
                     failed: Callable[[ServiceError], None] | None = None) -> ChangesWritten | None:
        """Everything changed since the package, with the laptop's next number, written to ``path``."""
        from tankapp.services import targets
        from tankapp.services.sync import package as sync

        path = targets.check_export_target(Path(path), self._core.path)
        prepared = self._write(sync.prepare_changes, Changes())  # the number is taken (and kept) first

        def then(written: Path) -> ChangesWritten:
            c = prepared.counts
            return ChangesWritten(
                written, prepared.header.seq,
                {t: n["insert"] for t, n in c.items() if n.get("insert")},
                {t: n["update"] for t, n in c.items() if n.get("update")},
                {t: n["delete"] for t, n in c.items() if n.get("delete")},
            )

        return self._core.write_file(path, lambda: sync.write_changes(prepared, path), then, done=done, failed=failed)

    # ------------------------------------------------------------------ the office takes them in
    @staticmethod
    def read_file(path: Path | str) -> SyncFile:
        return read_file(path)

    def _import(self, s: Session, file: SyncFile, dry_run: bool) -> ImportOutcome:
        from tankapp.services.sync import package as sync

        r = sync.import_changes(s, file.bundle, dry_run=dry_run)
        records = _Records(s)
        views = tuple(conflict_view(records, c) for c in r.conflicts)
        return ImportOutcome(r.status, r.dry_run, _short(r.device_label, 80), r.seq, r.newer_seq, dict(r.added),
                             {t: dict(f) for t, f in r.changed.items()}, dict(r.deleted), views, r.closed, r.files)

    def preview_import(self, file: SyncFile) -> ImportOutcome:
        """What importing the change file would add, change, delete and find in conflict; changes nothing."""
        return self._write(lambda s: self._import(s, file, True), Changes())

    def import_changes(self, file: SyncFile) -> ImportOutcome:
        """Merge the change file (one transaction); anything may have changed, so every view reloads."""
        return self._write(lambda s: self._import(s, file, False),
                           lambda r: Changes.of(*Kind.ALL) if r.status == APPLIED else Changes())

    # ------------------------------------------------------------------ conflicts
    def conflicts(self, *, include_closed: bool = False) -> list[ConflictView]:
        """The open conflicts (or all of them), oldest first, worded."""

        def load(s):
            from tankapp.services.sync import conflicts

            rows = conflicts.list_conflicts(s, include_closed=include_closed)
            records = _Records(s)
            return [conflict_view(records, r) for r in rows]

        return self._read(load)

    def resolve(self, conflict_id: int, take: str) -> ConflictView:
        """A person's choice ("mine": the office's value, "theirs", "both" (texts) or a value's number)."""

        def work(s):
            from tankapp.services.sync import conflicts

            row = conflicts.resolve_conflict(s, conflict_id, take)
            return conflict_view(_Records(s), row)

        return self._write(work, Changes.of(*Kind.ALL))


__all__ = [
    "ChangesWritten",
    "ConflictView",
    "ImportOutcome",
    "PackageContents",
    "PackageWritten",
    "SyncFile",
    "SyncOps",
    "ThisDatabase",
    "ValueView",
    "open_package_file",
    "read_file",
]
