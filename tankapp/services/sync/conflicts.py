"""Conflicts for a person: the same field changed on two sides (or a record deleted on one, changed on the other).

A conflict lists every value with where it came from (``office`` or a laptop's
name) and which one the office holds for now. Resolving it takes one of them (or,
for a text, both, one after the other); that is the office's own value from then on,
so the laptops' values that lost do not come back by themselves. Nothing is lost:
the conflict stays in the database with all its values and the choice.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, Text, Time, select
from sqlalchemy.orm import Session

from tankapp.domain.models import SyncConflict, SyncField, SyncTombstone
from tankapp.services.errors import NotFound, ServiceError, ValidationError, problem
from tankapp.services.sync import ledger
from tankapp.services.sync import records as rec
from tankapp.services.sync.merge import OFFICE, Merger
from tankapp.services.sync.tables import ABSENT, EXISTS, canon, is_synced, spec, unwrap, wrap

OPEN, RESOLVED, SUPERSEDED = "open", "resolved", "superseded"


@dataclass(frozen=True)
class CandidateRow:
    number: int
    value: Any
    text: str
    sources: tuple[str, ...]
    current: bool

    def as_dict(self) -> dict:
        return {"number": self.number, "value": self.value, "text": self.text, "from": list(self.sources),
                "current": self.current}


@dataclass(frozen=True)
class ConflictRow:
    id: int
    table: str
    record: str
    field: str
    status: str
    what: str  # the record, described ("member Åse Øster")
    candidates: tuple[CandidateRow, ...]
    resolution: str | None  # the value chosen, shown
    text_field: bool  # both values can be kept one after the other

    @property
    def current(self) -> CandidateRow | None:
        return next((c for c in self.candidates if c.current), None)

    def as_dict(self) -> dict:
        return {"id": self.id, "table": self.table, "record": self.record, "field": self.field,
                "status": self.status, "what": self.what,
                "candidates": [c.as_dict() for c in self.candidates], "resolution": self.resolution}


# ------------------------------------------------------------------ describing records and values


class _Describer:
    def __init__(self, s: Session):
        self.s = s
        self.index = rec.Index(s)
        self.labels = ledger.device_labels(s)
        self._cache: dict[tuple[str, str], dict] = {}

    def source(self, source: str) -> str:
        if source == OFFICE:
            return "office"
        label = self.labels.get(source) or "laptop"
        same = [d for d, lab in self.labels.items() if lab == label]
        return f"{label} ({source[:8]})" if len(same) > 1 else label

    def values(self, table: str, identity: str) -> dict:
        key = (table, identity)
        if key in self._cache:
            return self._cache[key]
        out: dict = {}
        if is_synced(table):
            record_id = self.index.id_of(table, identity)
            if record_id is not None:
                out = rec.read(self.s, self.index, table, [record_id]).get(identity, {})
            if not out:
                tomb = self.s.scalars(select(SyncTombstone).where(
                    SyncTombstone.table_name == table, SyncTombstone.record_uuid == uuid.UUID(identity))).first()
                if tomb is not None:
                    out = json.loads(tomb.snapshot)
            if not out:
                for row in self.s.scalars(select(SyncField).where(
                        SyncField.table_name == table, SyncField.record_uuid == uuid.UUID(identity))):
                    props = json.loads(row.proposals)
                    value = unwrap(row.office_value)
                    if value is ABSENT and props:
                        value = unwrap(json.dumps(sorted(props.items())[0][1]["v"]))
                    if value is not ABSENT:
                        out[row.field] = value
        self._cache[key] = out
        return out

    def record(self, table: str, identity: str | None, depth: int = 0) -> str:
        if identity is None:
            return "(none)"
        v = self.values(table, identity)
        if not v:
            return f"{table.replace('_', ' ')} {identity[:8]}"
        inner = depth < 2

        def ref(col: str, target: str) -> str:
            return self.record(target, v.get(col), depth + 1) if inner else ""

        def short(text: Any, n: int = 50) -> str:
            text = " ".join(str(text or "").split())
            return text if len(text) <= n else text[: n - 1] + "…"

        if table == "member":
            return short(v.get("name"))
        if table == "meeting":
            return f"{short(v.get('title'))} ({v.get('date', '')})"
        if table == "agenda_item":
            return f"{ref('meeting_id', 'meeting')}: {short(v.get('title'))}".strip(": ")
        if table == "attendance":
            return f"{ref('member_id', 'member')} at {ref('meeting_id', 'meeting')}"
        if table in ("decision", "action_item"):
            return f"'{short(v.get('text'), 40)}' ({ref('agenda_item_id', 'agenda_item')})"
        if table == "guest":
            return f"{short(v.get('name'))} ({ref('meeting_id', 'meeting')})"
        if table == "evaluation_response":
            return f"{ref('member_id', 'member')}, {ref('round_id', 'evaluation_round')}"
        if table == "evaluation_answer":
            item = self.values("questionnaire_item", v.get("item_id") or "").get("key", "")
            return f"{ref('response_id', 'evaluation_response')}: {item}"
        for f in ("title", "name", "text", "key", "file_name"):
            if v.get(f):
                return short(v[f])
        return f"{table.replace('_', ' ')} {identity[:8]}"

    def value(self, table: str, field: str, value: Any) -> str:
        if field == EXISTS:
            return "kept" if value else "deleted"
        if value is ABSENT or value is None or value == "":
            return "(empty)"
        if isinstance(value, bool):
            return "yes" if value else "no"
        sp = spec(table)
        if field in sp.refs:
            return self.record(sp.refs[field], value)
        link = next((li for li in sp.links if li.name == field), None)
        if link is not None:
            return "; ".join(self.record(link.target, i) for i in value) or "(none)"
        if field in sp.columns and isinstance(sp.table.c[field].type, Time) and isinstance(value, str):
            return value[:5]  # HH:MM, as registered
        return str(value)


def _is_text(table: str, field: str) -> bool:
    if field == EXISTS:
        return False
    sp = spec(table)
    if field not in sp.columns or field in sp.refs:
        return False
    col = sp.table.c[field]
    return isinstance(col.type, (String, Text)) and not hasattr(col.type, "enum_class")


def _row(d: _Describer, c: SyncConflict) -> ConflictRow:
    table, identity, f = c.table_name, str(c.record_uuid), c.field
    current = unwrap(c.current)
    cands = []
    for n, cand in enumerate(json.loads(c.candidates), start=1):
        value = unwrap(json.dumps(cand["value"]))
        cands.append(CandidateRow(
            n, None if value is ABSENT else value, d.value(table, f, value),
            tuple(d.source(x) for x in cand["sources"]), canon(value) == canon(current),
        ))
    resolution = d.value(table, f, unwrap(c.resolution)) if c.resolution else None
    label = {"member": "member", "meeting": "meeting", "agenda_item": "agenda item"}.get(table, table.replace("_", " "))
    return ConflictRow(c.id, table, identity, f, c.status, f"{label} {d.record(table, identity)}", tuple(cands),
                       resolution, _is_text(table, f))


def conflict_rows(s: Session, ids: list[int]) -> list[ConflictRow]:
    if not ids:
        return []
    d = _Describer(s)
    rows = s.scalars(select(SyncConflict).where(SyncConflict.id.in_(sorted(set(ids)))).order_by(SyncConflict.id))
    return [_row(d, c) for c in rows]


def list_conflicts(s: Session, *, include_closed: bool = False) -> list[ConflictRow]:
    """The open conflicts (or all of them), oldest first."""
    q = select(SyncConflict).order_by(SyncConflict.id)
    if not include_closed:
        q = q.where(SyncConflict.status == OPEN)
    d = _Describer(s)
    return [_row(d, c) for c in s.scalars(q)]


def get_conflict(s: Session, conflict_id: int) -> SyncConflict:
    c = s.get(SyncConflict, conflict_id) if 0 < conflict_id < 2**63 else None
    if c is None:
        raise NotFound(problem("conflict_not_found", f"There is no conflict with id {conflict_id}.", id=conflict_id))
    return c


# ------------------------------------------------------------------ resolving


def _choice(c: SyncConflict, row: ConflictRow, take: str) -> Any:
    take = (take or "").strip().lower()
    values = [unwrap(json.dumps(x["value"])) for x in json.loads(c.candidates)]
    current = unwrap(c.current)
    if take in ("mine", "office", "current"):
        return current
    if take == "theirs":
        others = [v for v in values if canon(v) != canon(current)]
        if len(others) == 1:
            return others[0]
        raise ValidationError([problem(
            "conflict_choose_number",
            f"Conflict {c.id} has {len(others)} other values; choose one by its number (see: conflicts list).",
            "take", id=c.id, count=len(others),
        )])
    if take == "both":
        if not row.text_field:
            raise ValidationError([problem(
                "conflict_both_not_text", "Only texts can be kept both; choose one value.", "take")])
        texts = [current] + [v for v in values if canon(v) != canon(current)]
        parts = [str(t).strip() for t in texts if isinstance(t, str) and str(t).strip()]
        return "\n\n".join(dict.fromkeys(parts))
    if take.isdigit() and 1 <= int(take) <= len(values):
        return values[int(take) - 1]
    raise ValidationError([problem(
        "conflict_choice_invalid",
        f"'{take}' is not a choice for conflict {c.id}: use mine, theirs, both (texts) or a number from 1 to "
        f"{len(values)}.",
        "take", take=take, id=c.id, count=len(values),
    )])


def resolve_conflict(s: Session, conflict_id: int, take: str) -> ConflictRow:
    """A person's choice: it becomes the office's own value (the laptops' values that lost are kept here)."""
    c = get_conflict(s, conflict_id)
    d = _Describer(s)
    row = _row(d, c)
    if c.status != OPEN:
        raise ServiceError(problem(
            "conflict_closed", f"Conflict {c.id} is already settled ({c.status}).", id=c.id, status=c.status))
    chosen = _choice(c, row, take)
    m = Merger(s)
    m.device_package = ledger.device_packages(s)
    key = (c.table_name, str(c.record_uuid))
    m.preload({key})
    if c.field == EXISTS:
        _resolve_existence(s, m, key, bool(chosen))
    else:
        st = m.state(key, c.field)
        if m.row(key) is not None:
            rec.update_record(s, m.index, key[0], key[1], {c.field: chosen})
        st.office = st.merged = chosen
        for p in st.proposals.values():
            p.live = False
        st.store(s)
    c.status = RESOLVED
    c.resolution = wrap(chosen)
    c.resolved_at = dt.datetime.now(dt.timezone.utc)
    s.flush()
    return _row(_Describer(s), c)


def _resolve_existence(s: Session, m: Merger, key: tuple[str, str], keep: bool) -> None:
    winners = m._winners(key)
    exists_now = m.row(key) is not None
    if keep and not exists_now:
        record = m.view(key, winners)
        sp = spec(key[0])
        for col, target in sp.refs.items():
            if record.get(col) is not None and m.index.id_of(target, record[col]) is None:
                if col in sp.nullable:
                    record[col] = None
                else:
                    raise ServiceError(problem(
                        "conflict_parent_gone",
                        "The record cannot be brought back: what it belongs to was deleted. "
                        "Resolve that conflict first.",
                    ))
        rec.insert_record(s, m.index, key[0], key[1], record)
        tomb = m.tombstone(key)
        if tomb is not None:
            s.delete(tomb)
        values = record
    elif not keep and exists_now:
        children = m._children_at_office(key, set())
        if children:
            raise ServiceError(problem(
                "conflict_in_use",
                f"The record cannot be deleted: {len(children)} other records refer to it. Delete those first.",
                count=len(children),
            ))
        snapshot = m.row(key)
        tomb = m.tombstone(key)
        if tomb is None:
            tomb = SyncTombstone(table_name=key[0], record_uuid=uuid.UUID(key[1]), snapshot="{}")
            s.add(tomb)
        tomb.snapshot = json.dumps(snapshot, ensure_ascii=False, sort_keys=True)
        tomb.deleted_by = json.dumps([OFFICE])
        s.flush()
        rec.delete_record(s, m.index, key[0], key[1])
        values = snapshot
    else:
        values = m.row(key) or {}
    ex = m.state(key, EXISTS)
    ex.office = ex.merged = keep
    for f, st in m.by_record.get(key, {}).items():
        for p in st.proposals.values():
            p.live = False
        if f != EXISTS:
            st.office = st.merged = values.get(f, ABSENT) if keep else st.merged
        st.store(s)
    # the record's field conflicts are settled with it
    for other in s.scalars(select(SyncConflict).where(
            SyncConflict.table_name == key[0], SyncConflict.record_uuid == uuid.UUID(key[1]),
            SyncConflict.status == OPEN, SyncConflict.field != EXISTS)):
        other.status = SUPERSEDED
