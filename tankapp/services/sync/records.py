"""Reading records by identity, and writing them back (plain SQL over the tables, no ORM classes).

Working on the tables rather than the ORM classes means the records are read as
they are stored, whatever wrote them (a service, an undo, a raw SQL statement):
the laptop's changes are found by comparing, not by remembering who changed what.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from tankapp.domain.base import Base
from tankapp.services.sync.tables import ROW_VERSION, SPECS, TableSpec, decode, encode, natural_uuid, spec

CREATED = "$created"
_CHUNK = 500


def _chunks(values: list, n: int = _CHUNK):
    for i in range(0, len(values), n):
        yield values[i : i + n]


class Index:
    """The identities of one database's records: integer id <-> identity, per table, built when first asked."""

    def __init__(self, s: Session):
        self.s = s
        self._ids: dict[str, dict[int, str]] = {}
        self._identities: dict[str, dict[str, int]] = {}

    def _build(self, name: str) -> None:
        sp = spec(name)
        t = sp.table
        by_id: dict[int, str] = {}
        if sp.natural_key:
            cols = [t.c.id] + [t.c[c] for c in sp.natural_key]
            for row in self.s.execute(select(*cols)):
                by_id[row[0]] = str(self._natural(sp, row[1:]))
        else:
            for row in self.s.execute(select(t.c.id, t.c.uuid)):
                by_id[row[0]] = str(row[1])
        self._ids[name] = by_id
        self._identities[name] = {v: k for k, v in by_id.items()}

    def _natural(self, sp: TableSpec, values) -> uuid.UUID:
        parts = []
        for col, value in zip(sp.natural_key, values):
            if col in sp.refs:
                parts.append(self.identity(sp.refs[col], value) if value is not None else None)
            else:
                parts.append(encode(sp.table.c[col], value))
        return natural_uuid(sp.name, tuple(parts))

    def natural_identity(self, name: str, record: dict) -> str:
        """The identity a record of a natural-key table has, from its (encoded) fields."""
        sp = spec(name)
        return str(natural_uuid(name, tuple(record.get(c) for c in sp.natural_key)))

    def ids(self, name: str) -> dict[int, str]:
        if name not in self._ids:
            self._build(name)
        return self._ids[name]

    def identity(self, name: str, record_id: int | None) -> str | None:
        if record_id is None:
            return None
        return self.ids(name).get(record_id)

    def id_of(self, name: str, identity: str | None) -> int | None:
        if identity is None:
            return None
        self.ids(name)
        return self._identities[name].get(identity)

    def add(self, name: str, record_id: int, identity: str) -> None:
        self.ids(name)[record_id] = identity
        self._identities[name][identity] = record_id

    def remove(self, name: str, identity: str) -> None:
        self.ids(name)
        record_id = self._identities[name].pop(identity, None)
        if record_id is not None:
            self._ids[name].pop(record_id, None)


def read(s: Session, index: Index, name: str, ids: Iterable[int] | None = None) -> dict[str, dict]:
    """The records of a table (all, or those with the given integer ids), by identity."""
    sp = spec(name)
    t = sp.table
    rows = []
    if ids is None:
        rows = list(s.execute(select(t)).mappings())
    else:
        wanted = sorted(set(ids))
        for part in _chunks(wanted):
            rows.extend(s.execute(select(t).where(t.c.id.in_(part))).mappings())
    links: dict[str, dict[int, list[str]]] = {}
    row_ids = [r["id"] for r in rows]
    for link in sp.links:
        lt = Base.metadata.tables[link.table]
        found: dict[int, list[str]] = defaultdict(list)
        for part in _chunks(row_ids):
            for own, other in s.execute(select(lt.c[link.own], lt.c[link.other]).where(lt.c[link.own].in_(part))):
                found[own].append(index.identity(link.target, other))
        links[link.name] = found
    out: dict[str, dict] = {}
    for row in rows:
        record = {}
        for col in sp.columns:
            value = row[col]
            if col in sp.refs:
                record[col] = index.identity(sp.refs[col], value)
            else:
                record[col] = encode(t.c[col], value)
        for link in sp.links:
            record[link.name] = sorted(i for i in links[link.name].get(row["id"], []) if i is not None)
        if row.get("created_at") is not None:
            record[CREATED] = encode(t.c.created_at, row["created_at"])
        identity = index.identity(name, row["id"])
        out[identity] = record
    return out


def snapshot(s: Session, index: Index | None = None) -> dict[str, dict[str, dict]]:
    """Every synced record of the database, by table and identity."""
    index = index or Index(s)
    return {sp.name: read(s, index, sp.name) for sp in SPECS}


# ------------------------------------------------------------------ writing


class MissingReference(Exception):
    """A record points at a record that is not in this database."""

    def __init__(self, table: str, field: str, target: str, identity: str):
        super().__init__(f"{table}.{field} -> {target} {identity}")
        self.table, self.field, self.target, self.identity = table, field, target, identity


def column_values(index: Index, name: str, record: dict, fields: Iterable[str]) -> dict:
    """The columns to write for the given fields of an encoded record (references resolved to ids)."""
    sp = spec(name)
    t = sp.table
    values = {}
    for f in fields:
        if f not in sp.columns or f not in record:
            continue
        value = record.get(f)
        if f in sp.refs:
            if value is None:
                values[f] = None
                continue
            target_id = index.id_of(sp.refs[f], value)
            if target_id is None:
                raise MissingReference(name, f, sp.refs[f], value)
            values[f] = target_id
        else:
            values[f] = decode(t.c[f], value)
    return values


def insert_record(s: Session, index: Index, name: str, identity: str, record: dict, *,
                  record_id: int | None = None) -> int:
    sp = spec(name)
    t = sp.table
    values = column_values(index, name, record, sp.columns)
    values["uuid"] = uuid.UUID(identity)
    now = dt.datetime.now(dt.timezone.utc)
    created = record.get(CREATED)
    try:
        values["created_at"] = dt.datetime.fromisoformat(created) if created else now
    except (TypeError, ValueError):
        values["created_at"] = now
    if values["created_at"].tzinfo is None:
        values["created_at"] = values["created_at"].replace(tzinfo=dt.timezone.utc)
    values["updated_at"] = now
    if record_id is not None:
        values["id"] = record_id
    new_id = s.execute(insert(t).values(**values)).inserted_primary_key[0]
    index.add(name, new_id, identity)
    for link in sp.links:
        if link.name in record:
            write_links(s, index, name, new_id, link.name, record[link.name])
    return new_id


def _touch(t, values: dict) -> dict:
    """A change through SQL counts as a change: the time, and the version a shared database checks."""
    values["updated_at"] = dt.datetime.now(dt.timezone.utc)
    if ROW_VERSION and ROW_VERSION in t.c:
        values[ROW_VERSION] = t.c[ROW_VERSION] + 1
    return values


def update_record(s: Session, index: Index, name: str, identity: str, changes: dict) -> None:
    sp = spec(name)
    t = sp.table
    record_id = index.id_of(name, identity)
    values = column_values(index, name, changes, [f for f in changes if f in sp.columns])
    for link in sp.links:
        if link.name in changes:
            write_links(s, index, name, record_id, link.name, changes[link.name])
    s.execute(update(t).where(t.c.id == record_id).values(**_touch(t, values)))


def write_links(s: Session, index: Index, name: str, record_id: int, link_name: str, identities) -> list[str]:
    """Make the record's links exactly ``identities`` (those not in this database are left out and returned)."""
    link = next(li for li in spec(name).links if li.name == link_name)
    lt = Base.metadata.tables[link.table]
    s.execute(delete(lt).where(lt.c[link.own] == record_id))
    missing = []
    for identity in sorted(set(identities or [])):
        other = index.id_of(link.target, identity)
        if other is None:
            missing.append(identity)
            continue
        s.execute(insert(lt).values({link.own: record_id, link.other: other}))
    return missing


def delete_record(s: Session, index: Index, name: str, identity: str) -> None:
    sp = spec(name)
    record_id = index.id_of(name, identity)
    if record_id is None:
        return
    s.execute(delete(sp.table).where(sp.table.c.id == record_id))
    index.remove(name, identity)
