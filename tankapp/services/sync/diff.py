"""What a laptop changed since it opened its package: its records now against the records then.

The comparison is of records by identity, field by field, so it finds every change
whatever made it (a service, an undo, plain SQL). The result is cumulative: each
bundle holds everything changed since the package, so a lost bundle is made good by
the next one, and the office needs only the latest bundle of each laptop.
"""

from __future__ import annotations

from tankapp.services.sync.records import CREATED
from tankapp.services.sync.tables import SPECS, canon

INSERT, UPDATE, DELETE = "insert", "update", "delete"


def diff(base: dict[str, dict[str, dict]], now: dict[str, dict[str, dict]]) -> dict[str, dict[str, dict]]:
    """``{table: {identity: change}}`` where a change is ``{"op": "insert", "new": record}``,
    ``{"op": "update", "new": {field: value}, "old": {field: value}}`` or ``{"op": "delete", "old": record}``."""
    out: dict[str, dict[str, dict]] = {}
    for sp in SPECS:
        before = base.get(sp.name, {})
        after = now.get(sp.name, {})
        changes: dict[str, dict] = {}
        for identity, record in after.items():
            old = before.get(identity)
            if old is None:
                changes[identity] = {"op": INSERT, "new": record}
                continue
            new_fields, old_fields = {}, {}
            for f in sp.fields:
                if f not in record:
                    continue
                if canon(record[f]) != canon(old.get(f)):
                    new_fields[f] = record[f]
                    old_fields[f] = old.get(f)
            if new_fields:
                changes[identity] = {"op": UPDATE, "new": new_fields, "old": old_fields}
        for identity, record in before.items():
            if identity not in after:
                changes[identity] = {"op": DELETE, "old": {k: v for k, v in record.items() if k != CREATED}}
        if changes:
            out[sp.name] = dict(sorted(changes.items()))
    return out


def counts(changes: dict[str, dict[str, dict]]) -> dict[str, dict[str, int]]:
    """Per table, how many records were added, changed and deleted."""
    out: dict[str, dict[str, int]] = {}
    for table, records in changes.items():
        c = {INSERT: 0, UPDATE: 0, DELETE: 0}
        for change in records.values():
            c[change["op"]] += 1
        out[table] = {k: v for k, v in c.items() if v}
    return out
