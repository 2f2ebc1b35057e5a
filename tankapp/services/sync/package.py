"""The use-cases: send a package, open it on a laptop, send the laptop's changes back, take them in.

Office::

    prepare_package(s, meeting_ids) -> PreparedPackage      (records what was sent: the base)
    write_package(prepared, path)                            (after the transaction)
    read_file(path) -> format.Bundle                         (checked completely, writes nothing)
    import_changes(s, bundle, dry_run=...) -> ImportResult   (one transaction)

Laptop::

    open_package(s, bundle) -> OpenResult                    (into an empty database)
    prepare_changes(s) -> PreparedChanges                    (everything changed since the package)
    write_changes(prepared, path)
"""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tankapp.domain.models import Meeting, SyncBundle, SyncDevice, SyncPackage, ThinkTank
from tankapp.services.errors import NotFound, ServiceError, problem
from tankapp.services.sync import format as fmt
from tankapp.services.sync import ledger
from tankapp.services.sync import records as rec
from tankapp.services.sync.diff import DELETE, INSERT, UPDATE, counts, diff
from tankapp.services.sync.merge import Merger, Report
from tankapp.services.sync.scope import select_package
from tankapp.services.sync.tables import ABSENT, EXISTS, SPECS, decode, is_synced, spec

__all__ = [
    "ImportResult",
    "OpenResult",
    "PreparedChanges",
    "PreparedPackage",
    "import_changes",
    "open_package",
    "prepare_changes",
    "prepare_package",
    "read_file",
    "write_changes",
    "write_package",
]


def _schemas() -> tuple[str, ...]:
    from tankapp.storage.schema import SCHEMA_REVISIONS

    return SCHEMA_REVISIONS


def _schema_head() -> str:
    from tankapp.storage.schema import SCHEMA_HEAD

    return SCHEMA_HEAD


def read_file(path: Path | str) -> fmt.Bundle:
    """Open a package or change bundle and check every byte of it (writes nothing)."""
    bundle = fmt.read(path, _schemas())
    _validate(bundle)
    return bundle


def _tank(s: Session) -> ThinkTank:
    from tankapp.services.thinktank import require_think_tank

    return require_think_tank(s)


def _refuse_foreign(bundle: fmt.Bundle, tank: ThinkTank) -> None:
    if bundle.header.think_tank != str(tank.uuid):
        name = bundle.header.think_tank_name or "another think tank"
        raise ServiceError(problem(
            "sync_foreign",
            f"{bundle.path} belongs to another think tank ('{name}'), not to '{tank.name}'; nothing was imported.",
            path=str(bundle.path), name=name, ours=tank.name,
        ))


# ------------------------------------------------------------------ the office sends a package


@dataclass
class PreparedPackage:
    header: fmt.Header
    data: dict
    files: dict[str, Path]
    missing_files: list[str]  # attachments whose bytes are not in the data folder (left out)
    counts: dict[str, int]

    @property
    def meetings(self) -> list[dict]:
        return self.header.meetings


def prepare_package(s: Session, meeting_ids: list[int]) -> PreparedPackage:
    """What a package for these meetings holds (see :mod:`.scope`); records it as sent (the base)."""
    from tankapp.storage import files as store

    if not meeting_ids:
        raise ServiceError(problem("sync_no_meetings", "Name at least one meeting for the package."))
    tank = _tank(s)
    meetings = []
    for mid in dict.fromkeys(meeting_ids):
        m = s.get(Meeting, mid) if 0 < mid < 2**63 else None
        if m is None:
            raise NotFound(problem("meeting_not_found", f"There is no meeting with id {mid}.", id=mid))
        meetings.append(m)
    office = ledger.office_device(s)
    ids = select_package(s, [m.id for m in meetings])
    index = rec.Index(s)
    records: dict[str, dict[str, dict]] = {}
    local_ids: dict[str, dict[str, int]] = {}
    for sp in SPECS:
        wanted = ids.get(sp.name)
        if not wanted:
            continue
        records[sp.name] = rec.read(s, index, sp.name, wanted)
        local_ids[sp.name] = {index.identity(sp.name, i): i for i in wanted}
    included = {t: set(r) for t, r in records.items()}
    for name, recs in records.items():
        sp = spec(name)
        sent = set(sp.sent_fields()) | {rec.CREATED}
        for identity, record in recs.items():
            for f in list(record):
                if f not in sent:
                    del record[f]
            for col, target in sp.refs.items():
                if record.get(col) is not None and record[col] not in included.get(target, set()):
                    del record[col]  # an optional reference to a record not in the package
            for link in sp.links:
                if link.name in record:
                    record[link.name] = [i for i in record[link.name] if i in included.get(link.target, set())]
    files: dict[str, Path] = {}
    missing: list[str] = []
    for record in records.get("attachment", {}).values():
        h = record.get("content_hash") or ""
        if not store.is_content_hash(h):
            continue
        if store.stored_status(h, int(record.get("size") or 0)) == "ok":
            files[h] = store.stored_path(h)
        else:
            missing.append(record.get("file_name") or h)
    data = {"records": records, "ids": local_ids}
    package_id = str(uuid.uuid4())
    header = fmt.Header(
        kind=fmt.KIND_PACKAGE, id=package_id, think_tank=str(tank.uuid), think_tank_name=tank.name,
        schema=_schema_head(), device=str(office.uuid), device_label=office.label,
        meetings=[{"uuid": str(m.uuid), "title": m.title, "date": m.date.isoformat()} for m in meetings],
        summary={t: len(r) for t, r in records.items()}, created_at=fmt.now_text(),
    )
    s.add(SyncPackage(
        uuid=uuid.UUID(package_id), direction=ledger.SENT, device_uuid=office.uuid,
        meetings=json.dumps([str(m.uuid) for m in meetings]),
        base=json.dumps(records, ensure_ascii=False, sort_keys=True),
        checksum=fmt.data_checksum(data), ledger_seq=ledger.ledger_position(s),
    ))
    s.flush()
    return PreparedPackage(header, data, files, missing, {t: len(r) for t, r in records.items()})


def write_package(prepared: PreparedPackage, path: Path | str) -> Path:
    return fmt.write(Path(path), prepared.header, prepared.data, prepared.files)


def forget_package(s: Session, package_id: str) -> None:
    """A package whose file could not be written was never sent."""
    row = ledger.sent_package(s, package_id)
    if row is not None:
        s.delete(row)


# ------------------------------------------------------------------ a laptop opens it


@dataclass(frozen=True)
class OpenResult:
    think_tank: str
    meetings: list[dict]
    counts: dict[str, int]
    files: int
    device: str


def open_package(s: Session, bundle: fmt.Bundle) -> OpenResult:
    """Fill an empty database with a package; it then remembers the package (the base of its changes)."""
    h = bundle.header
    if h.kind != fmt.KIND_PACKAGE:
        raise ServiceError(problem(
            "sync_changes_need_office",
            f"{bundle.path} holds a laptop's changes; import it into the office database it came from.",
            path=str(bundle.path),
        ))
    if s.scalar(select(func.count()).select_from(ThinkTank)) or ledger.device(s) is not None:
        raise ServiceError(problem(
            "sync_database_not_empty",
            f"{bundle.path} is a package: open it in a new database (tankapp --db NEW.sqlite package import "
            "FILE); this one already holds a think tank.",
            path=str(bundle.path),
        ))
    stored = _store_files(bundle)
    records = bundle.data["records"]
    ids = bundle.data.get("ids", {})
    index = rec.Index(s)
    n = defaultdict(int)
    try:
        for sp in SPECS:
            mine = ids.get(sp.name, {})
            for identity, record in sorted(records.get(sp.name, {}).items(), key=lambda kv: mine.get(kv[0], 0)):
                local = mine.get(identity)
                local = local if isinstance(local, int) and 0 < local < 2**63 else None
                if local is not None and index.identity(sp.name, local) is not None:
                    local = None
                rec.insert_record(s, index, sp.name, identity, record, record_id=local)
                n[sp.name] += 1
        s.flush()
    except (rec.MissingReference, sa_exc.IntegrityError, ValueError):
        raise _damaged(bundle) from None
    base = rec.snapshot(s)
    d = SyncDevice(role=ledger.LAPTOP, label=ledger.default_label(), package_uuid=uuid.UUID(h.id), last_seq=0)
    s.add(d)
    s.add(SyncPackage(uuid=uuid.UUID(h.id), direction=ledger.RECEIVED, device_uuid=uuid.UUID(h.device),
                      meetings=json.dumps([m.get("uuid") for m in h.meetings if isinstance(m, dict)]),
                      base=json.dumps(base, ensure_ascii=False, sort_keys=True), checksum=h.data_sha256,
                      ledger_seq=0))
    s.flush()
    return OpenResult(h.think_tank_name, h.meetings, dict(n), stored, str(d.uuid))


def _store_files(bundle: fmt.Bundle) -> int:
    """Copy the carried files into this data folder's file store (kept by content: already there is fine)."""
    from tankapp.storage import files as store

    n = 0
    for content_hash in sorted(bundle.header.files):
        if store.stored_status(content_hash, bundle.header.files[content_hash]) == "ok":
            n += 1
            continue
        folder = store.attachments_dir()
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".package-", dir=folder)
        tmp = Path(name)
        try:
            with os.fdopen(fd, "wb") as fh:
                bundle.extract(content_hash, fh)
            store.store(tmp)
        except store.FileStoreError as exc:
            raise ServiceError(problem(
                "sync_file_store_failed", f"Could not keep the package's files in the data folder: {exc.reason}.",
                reason=exc.reason,
            )) from None
        finally:
            try:
                tmp.unlink()
            except OSError:
                pass
        n += 1
    return n


# ------------------------------------------------------------------ the laptop sends its changes


@dataclass
class PreparedChanges:
    header: fmt.Header
    data: dict
    files: dict[str, Path]
    counts: dict[str, dict[str, int]]


def prepare_changes(s: Session) -> PreparedChanges:
    """Everything this laptop changed since it opened its package (cumulative), with the next sequence number."""
    from tankapp.storage import files as store

    d = ledger.laptop_device(s)
    package = ledger.received_package(s, d)
    tank = _tank(s)
    base = json.loads(package.base)
    now = rec.snapshot(s)
    changes = diff(base, now)
    d.last_seq += 1
    files: dict[str, Path] = {}
    for identity, change in changes.get("attachment", {}).items():
        if change["op"] == INSERT:
            h = change["new"].get("content_hash") or ""
            if store.is_content_hash(h) and store.stored_status(h, int(change["new"].get("size") or 0)) == "ok":
                files[h] = store.stored_path(h)
    header = fmt.Header(
        kind=fmt.KIND_CHANGES, id=str(uuid.uuid4()), think_tank=str(tank.uuid), think_tank_name=tank.name,
        schema=_schema_head(), device=str(d.uuid), device_label=d.label, package=str(package.uuid),
        seq=d.last_seq, summary=counts(changes), created_at=fmt.now_text(),
    )
    s.flush()
    return PreparedChanges(header, {"changes": changes}, files, counts(changes))


def write_changes(prepared: PreparedChanges, path: Path | str) -> Path:
    return fmt.write(Path(path), prepared.header, prepared.data, prepared.files)


# ------------------------------------------------------------------ the office takes them in

ALREADY, SUPERSEDED_, APPLIED = "already", "superseded", "applied"


@dataclass
class ImportResult:
    status: str  # applied, already (this very bundle was taken in before), superseded (a newer one was)
    device_label: str
    seq: int
    dry_run: bool
    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, dict[str, int]] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    conflicts: list = field(default_factory=list)  # ConflictRow of the conflicts opened or changed
    closed: int = 0
    files: int = 0
    newer_seq: int = 0  # superseded: the newer bundle's number


class _DryRun(Exception):
    pass


def import_changes(s: Session, bundle: fmt.Bundle, *, dry_run: bool = False) -> ImportResult:
    """Merge a laptop's bundle into the office database (one transaction; a dry run changes nothing)."""
    from tankapp.services.sync import conflicts as conflict_rows

    h = bundle.header
    tank = _tank(s)
    _refuse_foreign(bundle, tank)
    if h.kind != fmt.KIND_CHANGES:
        raise ServiceError(problem(
            "sync_package_needs_new_database",
            f"{bundle.path} is a package for a laptop, not a laptop's changes: open it in a new database "
            "(tankapp --db NEW.sqlite package import FILE).",
            path=str(bundle.path),
        ))
    if ledger.is_laptop(s):
        ledger.office_device(s)  # refuses with the sentence for a laptop's database
    package = ledger.sent_package(s, h.package)
    if package is None:
        raise ServiceError(problem(
            "sync_unknown_package",
            f"{bundle.path} holds changes to a package this database did not send; import it into the office "
            "database that sent the package.",
            path=str(bundle.path),
        ))
    done = ledger.bundle(s, h.id)
    if done is not None:
        if done.checksum == h.checksum:
            return ImportResult(ALREADY, h.device_label, h.seq, dry_run)
        raise ServiceError(problem(
            "sync_bundle_reused",
            f"{bundle.path} has the id of a bundle taken in before but other contents; it was refused.",
            path=str(bundle.path),
        ))
    same_seq = ledger.at_seq(s, h.device, h.seq)
    if same_seq is not None:
        raise ServiceError(problem(
            "sync_seq_reused",
            f"The laptop '{h.device_label}' sent another bundle with number {h.seq} before; this one was refused "
            "(was its database copied to another laptop?).",
            path=str(bundle.path), label=h.device_label, seq=h.seq,
        ))
    position = ledger.ledger_position(s) + 1
    latest = ledger.latest_from(s, h.device)
    if latest is not None and latest.seq > h.seq:
        result = ImportResult(SUPERSEDED_, h.device_label, h.seq, dry_run, newer_seq=latest.seq)
        if not dry_run:
            s.add(_ledger_row(h, position, ledger.SUPERSEDED, {}, bundle.data))
            s.flush()
        return result
    nested = s.begin_nested() if dry_run else None
    try:
        files = 0 if dry_run else _store_files(bundle)
        report = _merge(s, bundle, package, position)
        result = ImportResult(
            APPLIED, h.device_label, h.seq, dry_run,
            added=dict(report.added), changed={t: dict(f) for t, f in report.changed.items()},
            deleted=dict(report.deleted), closed=len(report.closed), files=files,
        )
        s.add(_ledger_row(h, position, ledger.APPLIED, _summary(result), bundle.data))
        s.flush()
        result.conflicts = conflict_rows.conflict_rows(s, report.conflicts)
    except (sa_exc.IntegrityError, rec.MissingReference, ValueError) as exc:
        if nested is not None:
            nested.rollback()
        raise ServiceError(problem(
            "sync_merge_refused",
            f"{bundle.path} could not be merged: a record in it clashes with one at the office "
            f"({_clash(exc)}). Nothing was imported.",
            path=str(bundle.path), detail=_clash(exc),
        )) from None
    if nested is not None:
        nested.rollback()
        s.expire_all()
    return result


def _clash(exc: Exception) -> str:
    if isinstance(exc, rec.MissingReference):
        return f"a {exc.table.replace('_', ' ')} refers to a {exc.target.replace('_', ' ')} this database does not have"
    text = str(getattr(exc, "orig", exc))
    return text.split("\n")[0][:120]


def _summary(result: ImportResult) -> dict:
    return {"added": result.added, "changed": result.changed, "deleted": result.deleted}


def _ledger_row(h: fmt.Header, position: int, status: str, summary: dict, data: dict) -> SyncBundle:
    return SyncBundle(
        uuid=uuid.UUID(h.id), package_uuid=uuid.UUID(h.package), device_uuid=uuid.UUID(h.device),
        device_label=h.device_label[:200], seq=h.seq, checksum=h.checksum, ledger_seq=position, status=status,
        summary=json.dumps(summary, ensure_ascii=False, sort_keys=True),
        payload="{}",  # the changes live on in the merge state; a second copy would be personal data twice
    )


def _merge(s: Session, bundle: fmt.Bundle, package: SyncPackage, position: int) -> Report:
    h = bundle.header
    device = h.device
    m = Merger(s)
    m.device_package = ledger.device_packages(s)
    m.device_package[device] = h.package
    sent_base = json.loads(package.base)
    changes: dict = bundle.data["changes"]
    keys = {(t, i) for t, recs in changes.items() for i in recs}
    prior = m.records_proposed_by(device)
    m.preload(keys | prior)
    saw_seq = package.ledger_seq
    for table, recs in changes.items():
        sp = spec(table)
        for identity, change in recs.items():
            key = (table, identity)
            sent = sent_base.get(table, {}).get(identity)
            op = change["op"]
            keep = set()
            if op == INSERT:
                new = change["new"]
                m.propose(device, key, EXISTS, True, False, position, -1)
                keep.add(EXISTS)
                for f in sp.fields:
                    if f in new:
                        m.propose(device, key, f, new[f], ABSENT, position, -1)
                        keep.add(f)
            elif op == UPDATE:
                new, old = change["new"], change.get("old", {})
                for f, value in new.items():
                    if sent is not None and f in sent:
                        base, saw = sent[f], saw_seq
                    else:
                        base, saw = old.get(f), -1
                    m.propose(device, key, f, value, base, position, saw)
                    keep.add(f)
            elif op == DELETE:
                m.propose(device, key, EXISTS, False, True, position, saw_seq if sent is not None else -1)
                keep.add(EXISTS)
            m.withdraw(device, key, keep)
    for key in prior - keys:
        m.withdraw(device, key, set())
    affected = m.ancestors(keys | prior)
    m.evaluate_and_apply(affected, h.id)
    return m.report


# ------------------------------------------------------------------ checking what a file holds


def _damaged(bundle: fmt.Bundle, why: str = "") -> ServiceError:
    return ServiceError(problem(
        "sync_damaged",
        f"{bundle.path} is damaged (its contents do not match its checksums); nothing was imported. "
        "Ask for the file again.",
        path=str(bundle.path),
    ))


def _is_uuid(value) -> bool:
    if not isinstance(value, str):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _check_fields(bundle: fmt.Bundle, table: str, record: dict, *, allow_created: bool = True) -> None:
    sp = spec(table)
    t = sp.table
    links = {link.name for link in sp.links}
    if not isinstance(record, dict):
        raise _damaged(bundle)
    for f, value in record.items():
        if f == rec.CREATED and allow_created:
            if value is not None and not isinstance(value, str):
                raise _damaged(bundle)
            continue
        if f in sp.refs:
            if value is not None and not _is_uuid(value):
                raise _damaged(bundle)
        elif f in links:
            if not isinstance(value, list) or not all(_is_uuid(v) for v in value):
                raise _damaged(bundle)
        elif f in sp.columns:
            try:
                decoded = decode(t.c[f], value)
            except (ValueError, TypeError, KeyError):
                raise _damaged(bundle) from None
            if decoded is None and not t.c[f].nullable:
                raise _damaged(bundle)
        else:
            raise _damaged(bundle)


def _validate(bundle: fmt.Bundle) -> None:
    """The data of a package or bundle holds only records tankapp can take, with values that fit."""
    from tankapp.services.sync.records import Index

    data = bundle.data
    if bundle.header.kind == fmt.KIND_PACKAGE:
        recs = data.get("records")
        ids = data.get("ids", {})
        if not isinstance(recs, dict) or not isinstance(ids, dict):
            raise _damaged(bundle)
        for table, by_identity in ids.items():
            if not isinstance(by_identity, dict) or not all(
                    isinstance(v, int) and not isinstance(v, bool) for v in by_identity.values()):
                raise _damaged(bundle)
        for table, records in recs.items():
            if not is_synced(table) or not isinstance(records, dict):
                raise _damaged(bundle)
            for identity, record in records.items():
                if not _is_uuid(identity):
                    raise _damaged(bundle)
                _check_fields(bundle, table, record)
                _check_natural(bundle, table, identity, record, Index)
        return
    changes = data.get("changes")
    if not isinstance(changes, dict):
        raise _damaged(bundle)
    for table, records in changes.items():
        if not is_synced(table) or not isinstance(records, dict):
            raise _damaged(bundle)
        for identity, change in records.items():
            if not _is_uuid(identity) or not isinstance(change, dict) or change.get("op") not in (INSERT, UPDATE, DELETE):
                raise _damaged(bundle)
            if change["op"] == INSERT:
                _check_fields(bundle, table, change.get("new"))
                _check_natural(bundle, table, identity, change["new"], Index)
            elif change["op"] == UPDATE:
                new, old = change.get("new"), change.get("old", {})
                if not isinstance(new, dict) or not new or not isinstance(old, dict):
                    raise _damaged(bundle)
                _check_fields(bundle, table, new, allow_created=False)
                for f, value in old.items():  # the values before may be empty where the new may not
                    if f not in new:
                        raise _damaged(bundle)
            else:
                if not isinstance(change.get("old", {}), dict):
                    raise _damaged(bundle)


def _check_natural(bundle: fmt.Bundle, table: str, identity: str, record: dict, index_class) -> None:
    sp = spec(table)
    if not sp.natural_key:
        return
    from tankapp.services.sync.tables import natural_uuid

    if str(natural_uuid(table, tuple(record.get(c) for c in sp.natural_key))) != identity:
        raise _damaged(bundle)
