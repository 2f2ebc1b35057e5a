"""The office takes in a laptop's changes: a three-way merge per field, the same whatever the order.

**What is kept per field.** For every field a bundle touched, the office keeps
(:class:`FieldState`, table ``sync_field``):

- ``office``: the office's own value: what the field held when a bundle first
  touched it, or what a person at the office set it to since (a value differing from
  what the merge last wrote, ``merged``, is a person's edit, whatever code path or
  SQL made it; it settles every laptop value that arrived before it);
- one *proposal* per laptop: the value it has now and the value it changed it from
  (its *base*: what its package held; a record it created has no base).
  A laptop's bundle is cumulative (everything since its package), so its latest
  bundle replaces its proposals, and a change it took back withdraws its proposal.

**The value of a field** is a function of those (:func:`resolve`), so the result does
not depend on the order bundles arrive in:

- no laptop proposes anything: the office's value;
- a laptop value supersedes another laptop's value when its package was sent after
  that value arrived (it saw it); it supersedes the office's value when it changed
  exactly that value (its base is the office's value);
- what remains: one value, taken; several, a *conflict*: every value is kept with
  where it came from, and one is provisionally taken, deterministically (as CouchDB
  does): the office's own value if it is among them, else the greatest by its JSON
  text. A person resolves it (:mod:`tankapp.services.sync.conflicts`); until then free
  text is never silently replaced: the office keeps its own text, and a text from a
  laptop that lost is kept in the conflict.

**Records come and go** through the pseudo-field ``$exists``. A laptop's deletion
is a proposal to make it false; it is carried out only when nobody else changed
the record (no other laptop's proposal on it, no office change since the package)
and no record still refers to it; otherwise the record stays, and the deletion is a
conflict. A record the office deleted itself stays deleted (the office is the
authority), and a laptop's changes to it are a conflict. A record a merge deleted
is kept as a tombstone (``sync_tombstone``) with its last values, so a change that
arrives later brings back the same record, never a different one.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tankapp.domain.base import Base
from tankapp.domain.models import SyncConflict, SyncField, SyncPackage, SyncTombstone
from tankapp.services.sync import records as rec
from tankapp.services.sync.tables import ABSENT, EXISTS, ORDER, SPECS, canon, spec, unwrap, wrap

OFFICE = "office"

Key = tuple[str, str]  # (table, identity)


@dataclass
class Proposal:
    value: Any
    base: Any
    seq: int  # the office's ledger number of the bundle that brought this value
    saw: int  # the ledger number of the laptop's package, if the field was in it (else -1)
    live: bool = True

    def as_json(self) -> dict:
        return {"v": json.loads(wrap(self.value)), "b": json.loads(wrap(self.base)), "seq": self.seq,
                "saw": self.saw, "live": self.live}

    @classmethod
    def from_json(cls, d: dict) -> Proposal:
        return cls(unwrap(json.dumps(d["v"])), unwrap(json.dumps(d["b"])), int(d["seq"]), int(d["saw"]),
                   bool(d.get("live", True)))


@dataclass
class FieldState:
    table: str
    identity: str
    field: str
    office: Any
    merged: Any
    proposals: dict[str, Proposal]
    row: SyncField | None = None

    def store(self, s: Session) -> None:
        props = json.dumps({d: p.as_json() for d, p in sorted(self.proposals.items())}, ensure_ascii=False,
                           sort_keys=True)
        if self.row is None:
            import uuid

            self.row = SyncField(table_name=self.table, record_uuid=uuid.UUID(self.identity), field=self.field,
                                 office_value=wrap(self.office), merged=wrap(self.merged), proposals=props)
            s.add(self.row)
        else:
            office, merged = wrap(self.office), wrap(self.merged)
            if (self.row.office_value, self.row.merged, self.row.proposals) != (office, merged, props):
                self.row.office_value, self.row.merged, self.row.proposals = office, merged, props


@dataclass(frozen=True)
class Candidate:
    value: Any
    sources: tuple[str, ...]

    def as_json(self) -> dict:
        return {"value": json.loads(wrap(self.value)), "sources": list(self.sources)}


@dataclass(frozen=True)
class Resolution:
    value: Any
    candidates: tuple[Candidate, ...]  # two or more: a conflict

    @property
    def conflict(self) -> bool:
        return len(self.candidates) > 1


def resolve(st: FieldState) -> Resolution:
    """The field's value from the office's value and the live laptop proposals (module docstring)."""
    live = {d: p for d, p in st.proposals.items() if p.live}
    # the office's value is settled by a laptop that changed exactly it (or by one that saw such a change)
    office_seen = st.office is ABSENT or any(canon(p.base) == canon(st.office) for p in live.values())
    live = {d: p for d, p in live.items() if not any(e != d and q.saw >= p.seq for e, q in live.items())}
    if not live:
        return Resolution(st.office, ())
    groups: dict[str, tuple[Any, set[str]]] = {}
    for d, p in live.items():
        groups.setdefault(canon(p.value), (p.value, set()))[1].add(d)
    if not office_seen:
        groups.setdefault(canon(st.office), (st.office, set()))[1].add(OFFICE)
    candidates = tuple(Candidate(v, tuple(sorted(src))) for _, (v, src) in sorted(groups.items()))
    if len(candidates) == 1:
        return Resolution(candidates[0].value, ())
    winner = next((c for c in candidates if OFFICE in c.sources), None)
    if winner is None and st.field == EXISTS:
        winner = next((c for c in candidates if c.value is True), None)
    if winner is None:
        winner = max(candidates, key=lambda c: canon(c.value))
    return Resolution(winner.value, candidates)


@dataclass
class Report:
    """What a merge did (or, in a dry run, would do)."""

    added: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    changed: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    deleted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    conflicts: list[int] = field(default_factory=list)  # ids of the conflicts opened or changed
    closed: list[int] = field(default_factory=list)  # conflicts settled by this merge

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.deleted or self.conflicts or self.closed)


class Merger:
    """One merge in one transaction (see :func:`tankapp.services.sync.package.import_changes`)."""

    def __init__(self, s: Session, index: rec.Index | None = None):
        self.s = s
        self.index = index or rec.Index(s)
        self.states: dict[tuple[str, str, str], FieldState] = {}
        self.by_record: dict[Key, dict[str, FieldState]] = defaultdict(dict)
        self.rows: dict[Key, dict | None] = {}
        self._tombstones: dict[Key, SyncTombstone | None] = {}
        self._bases: dict[str, dict] = {}
        self.device_package: dict[str, str] = {}
        self.report = Report()

    # ---------------------------------------------------------------- loading

    def package_base(self, package: str) -> dict:
        if package not in self._bases:
            import uuid

            row = self.s.scalars(select(SyncPackage).where(SyncPackage.uuid == uuid.UUID(package))).first()
            self._bases[package] = json.loads(row.base) if row is not None else {}
        return self._bases[package]

    def preload(self, keys: set[Key]) -> None:
        """Read the rows, tombstones and field states of these records (in a few queries)."""
        import uuid

        wanted = [k for k in keys if k not in self.rows]
        by_table: dict[str, list[str]] = defaultdict(list)
        for table, identity in wanted:
            by_table[table].append(identity)
        for table, identities in by_table.items():
            ids = [self.index.id_of(table, i) for i in identities]
            found = rec.read(self.s, self.index, table, [i for i in ids if i is not None])
            for identity in identities:
                self.rows[(table, identity)] = found.get(identity)
        uuids = sorted({uuid.UUID(i) for _, i in wanted})
        for part in rec._chunks(uuids):
            for row in self.s.scalars(select(SyncField).where(SyncField.record_uuid.in_(part))):
                self._add_state(row)
            for row in self.s.scalars(select(SyncTombstone).where(SyncTombstone.record_uuid.in_(part))):
                self._tombstones[(row.table_name, str(row.record_uuid))] = row
        for key in wanted:
            self._tombstones.setdefault(key, None)
        self._detect_office_edits(set(wanted))

    def _add_state(self, row: SyncField) -> None:
        key3 = (row.table_name, str(row.record_uuid), row.field)
        if key3 in self.states:
            return
        st = FieldState(row.table_name, str(row.record_uuid), row.field, unwrap(row.office_value),
                        unwrap(row.merged), {d: Proposal.from_json(p) for d, p in json.loads(row.proposals).items()},
                        row)
        self.states[key3] = st
        self.by_record[(row.table_name, str(row.record_uuid))][row.field] = st

    def records_proposed_by(self, device: str) -> set[Key]:
        """The records where this laptop has a proposal (to withdraw what its new bundle no longer holds)."""
        out = set()
        for row in self.s.scalars(select(SyncField).where(SyncField.proposals.contains(f'"{device}"'))):
            if device in json.loads(row.proposals):
                out.add((row.table_name, str(row.record_uuid)))
        return out

    def row(self, key: Key) -> dict | None:
        if key not in self.rows:
            self.preload({key})
        return self.rows[key]

    def tombstone(self, key: Key) -> SyncTombstone | None:
        if key not in self._tombstones:
            self.preload({key})
        return self._tombstones[key]

    def current(self, key: Key, f: str) -> Any:
        """The office's value of a field now (``$exists``: whether the record is there)."""
        row = self.row(key)
        if f == EXISTS:
            return row is not None
        if row is None:
            return ABSENT
        return row.get(f)

    def state(self, key: Key, f: str) -> FieldState:
        """The field's state, made when a bundle first touches the field."""
        key3 = (key[0], key[1], f)
        st = self.states.get(key3)
        if st is None:
            if f == EXISTS:
                office = self.row(key) is not None
            elif self.row(key) is not None:
                office = self.row(key).get(f)
            else:
                tomb = self.tombstone(key)
                office = json.loads(tomb.snapshot).get(f, ABSENT) if tomb is not None else ABSENT
            st = FieldState(key[0], key[1], f, office, office, {})
            self.states[key3] = st
            self.by_record[key][f] = st
        return st

    # ---------------------------------------------------------------- a person's edits at the office

    def _detect_office_edits(self, keys: set[Key]) -> None:
        """A value differing from what the merge last wrote was set by a person at the office:
        it becomes the office's own value and settles the laptop values that arrived before it."""
        for key in keys:
            states = self.by_record.get(key, {})
            ex = states.get(EXISTS)
            if ex is not None:
                now = self.current(key, EXISTS)
                if now != ex.merged:
                    ex.office = ex.merged = now
                    for st in states.values():
                        for p in st.proposals.values():
                            p.live = False
                        if st.field != EXISTS and now:
                            st.office = st.merged = self.current(key, st.field)
            if self.row(key) is None:
                continue
            for st in states.values():
                if st.field == EXISTS:
                    continue
                now = self.current(key, st.field)
                if canon(now) != canon(st.merged):
                    st.office = st.merged = now
                    for p in st.proposals.values():
                        p.live = False

    # ---------------------------------------------------------------- a laptop's proposals

    def propose(self, device: str, key: Key, f: str, value: Any, base: Any, seq: int, saw: int) -> None:
        st = self.state(key, f)
        if canon(value) == canon(base):
            st.proposals.pop(device, None)
            return
        p = st.proposals.get(device)
        if p is not None and canon(p.value) == canon(value):
            return
        st.proposals[device] = Proposal(value, base, seq, saw, True)

    def withdraw(self, device: str, key: Key, keep_fields: set[str]) -> None:
        for f, st in self.by_record.get(key, {}).items():
            if f not in keep_fields:
                st.proposals.pop(device, None)

    # ---------------------------------------------------------------- records

    def _winners(self, key: Key) -> dict[str, Resolution]:
        return {f: resolve(st) for f, st in self.by_record.get(key, {}).items()}

    def view(self, key: Key, winners: dict[str, Resolution]) -> dict:
        """The record as the merge makes it: what the office holds (or held, or was sent), then the winners."""
        row = self.row(key)
        if row is not None:
            out = dict(row)
        else:
            tomb = self.tombstone(key)
            out = json.loads(tomb.snapshot) if tomb is not None else {}
            if not out:
                for device, p in self._proposers(key):
                    package = self.device_package.get(device)
                    if package:
                        sent = self.package_base(package).get(key[0], {}).get(key[1])
                        if sent:
                            out = dict(sent)
                            break
        for f, r in winners.items():
            if f != EXISTS and r.value is not ABSENT:
                out[f] = r.value
        return out

    def _proposers(self, key: Key) -> list[tuple[str, Proposal]]:
        return sorted(((d, p) for st in self.by_record.get(key, {}).values() for d, p in st.proposals.items()),
                      key=lambda dp: dp[0])

    def _life(self, key: Key) -> set[str]:
        """Laptops with a live proposal on one of the record's fields (they want it as it is or changed)."""
        out = set()
        for f, st in self.by_record.get(key, {}).items():
            if f == EXISTS:
                continue
            for d, p in st.proposals.items():
                if p.live:
                    out.add(d)
        return out

    def _office_changed(self, key: Key, deleters: set[str]) -> bool:
        """Did the office change the record since the package a deleting laptop worked from?"""
        states = self.by_record.get(key, {})
        row = self.row(key)
        tomb = self.tombstone(key)
        snap = json.loads(tomb.snapshot) if (row is None and tomb is not None) else None
        for device in sorted(deleters):
            package = self.device_package.get(device)
            sent = self.package_base(package).get(key[0], {}).get(key[1]) if package else None
            if not sent:
                continue
            for f, value in sent.items():
                if f == rec.CREATED or f not in spec(key[0]).fields:
                    continue
                if f in states and f != EXISTS:
                    own = states[f].office
                elif row is not None:
                    own = row.get(f, ABSENT)
                elif snap is not None:
                    own = snap.get(f, ABSENT)
                else:
                    continue
                if own is not ABSENT and canon(own) != canon(value):
                    return True
        return False

    def ancestors(self, keys: set[Key]) -> set[Key]:
        """The records these refer to, and theirs, and so on."""
        out = set(keys)
        todo = list(keys)
        while todo:
            key = todo.pop()
            self.preload({key})
            record = self.view(key, self._winners(key))
            sp = spec(key[0])
            for col, target in sp.refs.items():
                identity = record.get(col)
                if identity is not None and target != key[0] and (target, identity) not in out:
                    out.add((target, identity))
                    todo.append((target, identity))
        self.preload(out)
        return out

    def _children_at_office(self, key: Key, affected: set[Key]) -> list[Key]:
        """Records at the office, not part of this merge, that refer to this one (by reference or link)."""
        record_id = self.index.id_of(*key)
        if record_id is None:
            return []
        out = []
        for sp in SPECS:
            for col, target in sp.refs.items():
                if target != key[0] or (sp.name == key[0]):
                    continue
                t = sp.table
                for (child_id,) in self.s.execute(select(t.c.id).where(t.c[col] == record_id)):
                    child = (sp.name, self.index.identity(sp.name, child_id))
                    if child not in affected:
                        out.append(child)
            for link in sp.links:
                if link.target != key[0]:
                    continue
                lt = Base.metadata.tables[link.table]
                for (owner_id,) in self.s.execute(select(lt.c[link.own]).where(lt.c[link.other] == record_id)):
                    owner = (sp.name, self.index.identity(sp.name, owner_id))
                    if owner not in affected:
                        out.append(owner)
        return out

    def evaluate_and_apply(self, affected: set[Key], bundle_uuid: str | None) -> None:
        """Decide each affected record (exists? which values?) and write the result."""
        winners = {key: self._winners(key) for key in affected}
        views = {key: self.view(key, winners[key]) for key in affected}
        exists: dict[Key, Resolution] = {}
        gone: dict[Key, bool] = {}
        for key in affected:
            st = self.by_record.get(key, {}).get(EXISTS)
            if st is None:
                exists[key] = Resolution(self.row(key) is not None, ())
                gone[key] = self.row(key) is None
            else:
                exists[key] = winners[key][EXISTS]
                gone[key] = exists[key].value is False and st.office is not True
        keep: dict[Key, bool] = {}
        record_conflict: dict[Key, tuple[Candidate, ...]] = {}
        order = sorted(affected, key=lambda k: (-ORDER[k[0]], k[1]))
        for key in order:  # the referring records before the records they refer to
            ex = exists[key]
            sp = spec(key[0])
            record = views[key]
            if ex.value is True:
                kept = True
                conflict = ex.candidates
            elif gone[key]:
                kept = False
                conflict = ()
                life = self._life(key)
                had = any(p.base is not ABSENT for st in self.by_record.get(key, {}).values()
                          if st.field != EXISTS for d, p in st.proposals.items() if p.live)
                if life and had:
                    conflict = (Candidate(False, (OFFICE,)), Candidate(True, tuple(sorted(life))))
            else:
                if ex.candidates:
                    deleters = set(next(c.sources for c in ex.candidates if c.value is False))
                else:
                    deleters = {d for d, p in self.by_record[key][EXISTS].proposals.items()
                                if p.live and p.value is False}
                other = self._life(key) - deleters
                if self._office_changed(key, deleters):
                    other.add(OFFICE)
                children = self._children_at_office(key, affected)
                self.preload(set(children))
                children += [c for c in affected if keep.get(c) and c != key and self._refers(views[c], c[0], key)]
                for child in children:
                    other |= (self._life(child) | self._exists_sources(child)) or {OFFICE}
                kept = bool(other)
                conflict = (Candidate(False, tuple(sorted(deleters))), Candidate(True, tuple(sorted(other)))) if kept else ()
            if kept:  # a record whose required parent the office deleted cannot come back
                for col, target in sp.refs.items():
                    parent = record.get(col)
                    if parent is None or target == key[0] or not gone.get((target, parent), False):
                        continue
                    if col in sp.nullable:
                        record[col] = None
                    else:
                        kept = False
                        sources = tuple(sorted(self._life(key) | self._exists_sources(key))) or (OFFICE,)
                        conflict = (Candidate(False, (OFFICE,)), Candidate(True, sources))
                        break
            keep[key] = kept
            record_conflict[key] = conflict
        self._apply(affected, keep, winners, views, record_conflict, bundle_uuid)

    def _exists_sources(self, key: Key) -> set[str]:
        st = self.by_record.get(key, {}).get(EXISTS)
        if st is None:
            return set()
        return {d for d, p in st.proposals.items() if p.live and p.value is True}

    @staticmethod
    def _refers(record: dict, table: str, target: Key) -> bool:
        sp = spec(table)
        for col, t in sp.refs.items():
            if t == target[0] and record.get(col) == target[1] and table != target[0]:
                return True
        for link in sp.links:
            if link.target == target[0] and target[1] in (record.get(link.name) or []):
                return True
        return False

    # ---------------------------------------------------------------- writing

    def _apply(self, affected, keep, winners, views, record_conflict, bundle_uuid) -> None:
        import uuid

        ordered = sorted(affected, key=lambda k: (ORDER[k[0]], k[1]))
        for key in ordered:
            if not keep[key]:
                continue
            record = views[key]
            row = self.row(key)
            if row is None:
                rec.insert_record(self.s, self.index, key[0], key[1], record)
                tomb = self.tombstone(key)
                if tomb is not None:
                    self.s.delete(tomb)
                    self._tombstones[key] = None
                self.rows[key] = record
                self.report.added[key[0]] += 1
                continue
            sp = spec(key[0])
            changes = {f: record[f] for f in sp.fields if f in record and canon(record[f]) != canon(row.get(f))}
            if changes:
                rec.update_record(self.s, self.index, key[0], key[1], changes)
                row.update(changes)
                for f in changes:
                    self.report.changed[key[0]][f] += 1
        for key in reversed(ordered):
            if keep[key] or self.row(key) is None:
                continue
            snapshot = self.row(key)
            ex = self.by_record.get(key, {}).get(EXISTS)
            deleters = sorted(d for d, p in (ex.proposals.items() if ex else ()) if p.live and p.value is False)
            tomb = self.tombstone(key)
            if tomb is None:
                tomb = SyncTombstone(table_name=key[0], record_uuid=uuid.UUID(key[1]), snapshot="{}")
                self.s.add(tomb)
                self._tombstones[key] = tomb
            tomb.snapshot = json.dumps(snapshot, ensure_ascii=False, sort_keys=True)
            tomb.deleted_by = json.dumps(deleters)
            self.s.flush()
            rec.delete_record(self.s, self.index, key[0], key[1])
            self.rows[key] = None
            self.report.deleted[key[0]] += 1
        # the merge's own values, so a later difference is known to be a person's
        for key in affected:
            for f, st in self.by_record.get(key, {}).items():
                if f == EXISTS:
                    st.merged = keep[key]
                elif keep[key]:
                    st.merged = views[key].get(f, ABSENT)
                else:
                    st.merged = winners[key][f].value
                st.store(self.s)
        self.s.flush()
        for key in ordered:
            for f, r in winners[key].items():
                if f == EXISTS:
                    continue
                self._conflict(key, f, r.candidates if keep[key] else (), r.value, bundle_uuid)
            self._conflict(key, EXISTS, record_conflict[key], keep[key], bundle_uuid)

    def _conflict(self, key: Key, f: str, candidates: tuple[Candidate, ...], current: Any, bundle_uuid: str | None) -> None:
        import uuid

        row = self.s.scalars(
            select(SyncConflict).where(SyncConflict.table_name == key[0], SyncConflict.record_uuid == uuid.UUID(key[1]),
                                       SyncConflict.field == f, SyncConflict.status == "open")
        ).first()
        if len(candidates) < 2:
            if row is not None:
                row.status = "superseded"
                self.report.closed.append(row.id)
            return
        cands = json.dumps([c.as_json() for c in candidates], ensure_ascii=False, sort_keys=True)
        cur = wrap(current)
        if row is None:
            row = SyncConflict(table_name=key[0], record_uuid=uuid.UUID(key[1]), field=f, status="open",
                               candidates=cands, current=cur,
                               bundle_uuid=uuid.UUID(bundle_uuid) if bundle_uuid else None)
            self.s.add(row)
            self.s.flush()
            self.report.conflicts.append(row.id)
        elif (row.candidates, row.current) != (cands, cur):
            row.candidates, row.current = cands, cur
            self.s.flush()
            self.report.conflicts.append(row.id)
