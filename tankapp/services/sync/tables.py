"""Which tables travel between the office and the laptops, and how a record looks on the way.

A record travels as a flat JSON object of its fields, keyed by its *identity*
(a UUID, never the integer id, which differs from database to database):

- the ``uuid`` column, for most tables;
- for a record whose identity is natural (one attendance per meeting and member,
  one response per round and member, one answer per response and question, one
  attachment per presentation and file, one questionnaire per key and version
  with one question per key), a UUID made from that key (:func:`natural_uuid`),
  so two laptops registering the same person converge on one record whatever
  UUID their rows were given.

Values are JSON: dates ``YYYY-MM-DD``, times ``HH:MM:SS``, moments in ISO form
with their UTC offset, enumerations their stored value, a reference to another
record that record's identity. Links kept in a table of their own (a meeting's
groups, an agenda item's presentations, a round's groups) are a field of their
owner holding the sorted identities (:class:`LinkSet`). ``id``, ``uuid``, the
timestamps and the row version are not fields: when a merge changes a record it sets
``updated_at`` and counts the row version on, as any change through the ORM does.

Everything here is derived from the table definitions (:mod:`tankapp.domain.models`)
plus the few facts in :data:`SPECS`; a test fails when a table is neither synced
nor listed in :data:`LOCAL_TABLES`.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, Table, Time, Uuid
from sqlalchemy.types import TypeDecorator

from tankapp.domain import models
from tankapp.domain.base import Base

__all__ = [
    "ABSENT",
    "EXISTS",
    "LOCAL_TABLES",
    "LinkSet",
    "SPECS",
    "TableSpec",
    "canon",
    "natural_uuid",
    "spec",
]

# The namespace of the identities made from natural keys (a fixed, random UUID: never change it).
NATURAL_NAMESPACE = uuid.UUID("5b0c8f43-8f4e-4a43-9b1e-6f1d3f2a9c11")

# The pseudo-field telling whether a record exists (a deletion is a change of it to false).
EXISTS = "$exists"


class _Absent:
    """No value at all (a record that did not exist there), unlike ``None`` (an empty field)."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"

    def __reduce__(self):
        return (_Absent, ())


ABSENT: Any = _Absent()


def canon(value: Any) -> str:
    """The one text of a JSON value (sorted keys, no spaces): for comparing and ordering values."""
    if value is ABSENT:
        return "\x00absent"
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def wrap(value: Any) -> str:
    """A value as stored in the sync tables: ``[]`` for ABSENT, ``[value]`` otherwise."""
    return "[]" if value is ABSENT else json.dumps([value], ensure_ascii=False, sort_keys=True)


def unwrap(text: str) -> Any:
    got = json.loads(text)
    return ABSENT if not got else got[0]


def natural_uuid(table: str, parts: tuple) -> uuid.UUID:
    """The identity of a record whose natural key is ``parts`` (identities and plain values)."""
    text = table + "|" + "|".join("" if p is None else str(p) for p in parts)
    return uuid.uuid5(NATURAL_NAMESPACE, text)


@dataclass(frozen=True)
class LinkSet:
    """A many-to-many link table shown as a field of its owner: the sorted identities linked."""

    name: str  # the field's name on the owner ("groups")
    table: str  # the link table ("meeting_group")
    own: str  # its column pointing at the owner
    other: str  # its column pointing at the linked record
    target: str  # the linked records' table


@dataclass
class TableSpec:
    name: str
    natural_key: tuple[str, ...] = ()
    links: tuple[LinkSet, ...] = ()
    # Fields a package carries (None: every field). The others stay at the office.
    package_fields: frozenset[str] | None = None
    # Filled from the table definition:
    columns: tuple[str, ...] = field(default=(), init=False)
    refs: dict[str, str] = field(default_factory=dict, init=False)
    nullable: frozenset[str] = field(default=frozenset(), init=False)

    @property
    def table(self) -> Table:
        return Base.metadata.tables[self.name]

    @property
    def fields(self) -> tuple[str, ...]:
        """The record's fields: its columns, then its link sets."""
        return self.columns + tuple(link.name for link in self.links)

    def sent_fields(self) -> tuple[str, ...]:
        if self.package_fields is None:
            return self.fields
        return tuple(f for f in self.fields if f in self.package_fields)


def _row_version() -> str | None:
    """The column a shared database counts each record's changes by (SQLAlchemy's ``version_id_col``), if any."""
    column = models.Member.__mapper__.version_id_col
    return column.name if column is not None else None


ROW_VERSION = _row_version()
# Not fields of a record: its keys, its timestamps, and the count of its changes.
_NOT_FIELDS = {"id", "uuid", "created_at", "updated_at"} | ({ROW_VERSION} if ROW_VERSION else set())

# Dependency order: a record's references come before it.
SPECS: tuple[TableSpec, ...] = (
    TableSpec("think_tank"),
    TableSpec("expert_group"),
    TableSpec(
        "member",
        # What running a meeting needs of a member; the notes on recruitment stay at the office.
        package_fields=frozenset({
            "group_id", "name", "email", "phone", "organisation", "job_title", "sector", "region",
            "municipality", "consent_named", "consent_named_on", "consent_contact", "consent_contact_on",
            "joined_on", "withdrawn_on",
        }),
    ),
    TableSpec("meeting", links=(LinkSet("groups", "meeting_group", "meeting_id", "group_id", "expert_group"),)),
    TableSpec("presentation"),
    TableSpec("attachment", natural_key=("presentation_id", "content_hash")),
    TableSpec(
        "agenda_item",
        links=(LinkSet("presentations", "agenda_item_presentation", "agenda_item_id", "presentation_id",
                       "presentation"),),
    ),
    TableSpec("guest"),
    TableSpec("decision"),
    TableSpec("action_item"),
    TableSpec("attendance", natural_key=("meeting_id", "member_id")),
    TableSpec("audit_entry"),
    TableSpec("contribution"),
    TableSpec("digest"),
    TableSpec("question"),
    TableSpec("questionnaire", natural_key=("key", "version")),
    TableSpec("questionnaire_item", natural_key=("questionnaire_id", "key")),
    TableSpec(
        "evaluation_round",
        links=(LinkSet("groups", "evaluation_round_group", "round_id", "group_id", "expert_group"),),
    ),
    TableSpec("evaluation_response", natural_key=("round_id", "member_id")),
    TableSpec("evaluation_answer", natural_key=("response_id", "item_id")),
    TableSpec("interview_note"),
)

# Tables that never travel: saved agenda templates (each office and laptop keeps its own),
# the link tables (they travel as a field of their owner), the sync bookkeeping itself.
LOCAL_TABLES = frozenset({
    "alembic_version", "agenda_template", "agenda_template_item",
    "meeting_group", "agenda_item_presentation", "evaluation_round_group",
    "sync_device", "sync_package", "sync_bundle", "sync_field", "sync_tombstone", "sync_conflict",
})

_BY_NAME: dict[str, TableSpec] = {}


def _complete() -> None:
    models.Member  # noqa: B018 - the models module registers every table
    for s in SPECS:
        table = Base.metadata.tables[s.name]
        s.columns = tuple(c.name for c in table.columns if c.name not in _NOT_FIELDS)
        refs = {}
        for c in table.columns:
            for fk in c.foreign_keys:
                refs[c.name] = fk.column.table.name
        s.refs = refs
        s.nullable = frozenset(c.name for c in table.columns if c.nullable)
        _BY_NAME[s.name] = s


_complete()

ORDER: dict[str, int] = {s.name: i for i, s in enumerate(SPECS)}


def spec(name: str) -> TableSpec:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"not a synced table: {name}") from None


def is_synced(name: str) -> bool:
    return name in _BY_NAME


# ------------------------------------------------------------------ values


def _base_type(column):
    t = column.type
    while isinstance(t, TypeDecorator):
        t = t.impl if not isinstance(t.impl, type) else t.impl()
    return t


def encode(column, value: Any) -> Any:
    """A column's Python value (as SQLAlchemy gives it) as JSON."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc).isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float, str)):
        return value
    return str(value)  # something raw SQL put there: kept as text


def decode(column, value: Any) -> Any:
    """JSON back to what the column takes. ValueError when it does not fit."""
    if value is None:
        return None
    t = column.type
    base = _base_type(column)
    if isinstance(t, Enum) or isinstance(base, Enum):
        enum_class = getattr(t, "enum_class", None) or getattr(base, "enum_class", None)
        return enum_class(value) if enum_class is not None else str(value)
    if isinstance(base, DateTime):
        moment = dt.datetime.fromisoformat(str(value))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.timezone.utc)
        return moment
    if isinstance(base, Date):
        return dt.date.fromisoformat(str(value))
    if isinstance(base, Time):
        return dt.time.fromisoformat(str(value))
    if isinstance(base, Boolean):
        if isinstance(value, bool):
            return value
        raise ValueError(f"not a yes/no value: {value!r}")
    if isinstance(base, Integer):
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) >= 2**63:
            raise ValueError(f"not a whole number that fits: {value!r}")
        return value
    if isinstance(base, Uuid):
        return uuid.UUID(str(value))
    if not isinstance(value, str):
        raise ValueError(f"not text: {value!r}")
    return value
