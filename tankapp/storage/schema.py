"""The schema revisions this version of tankapp knows, oldest first.

Kept as plain data so opening a database needs no Alembic import; a test
checks it against the migration scripts and the fixture databases.
"""

SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]

# The tables a tankapp database of each revision holds. A file that claims a
# revision but lacks one of them only looks like a tankapp database: it is
# refused before anything writes to it (not even switched to WAL mode).
_TABLES_0001 = frozenset({"alembic_version", "expert_group", "meeting", "meeting_group", "member", "think_tank"})
_TABLES_0002 = _TABLES_0001 | {
    "agenda_item", "agenda_item_presentation", "agenda_template", "agenda_template_item", "attachment", "presentation",
}
_TABLES_0003 = _TABLES_0002 | {"action_item", "attendance", "audit_entry", "decision", "guest"}
_TABLES_0004 = _TABLES_0003 | {"contribution", "digest", "question"}
_TABLES_0005 = _TABLES_0004 | {
    "questionnaire", "questionnaire_item", "evaluation_round", "evaluation_round_group", "evaluation_response",
    "evaluation_answer", "interview_note",
}
_TABLES_0006 = _TABLES_0005 | {
    "sync_device", "sync_package", "sync_bundle", "sync_field", "sync_tombstone", "sync_conflict",
}
SCHEMA_TABLES: dict[str, frozenset[str]] = {
    "0001": _TABLES_0001,
    "0002": frozenset(_TABLES_0002),
    "0003": frozenset(_TABLES_0003),
    "0004": frozenset(_TABLES_0004),
    "0005": frozenset(_TABLES_0005),
    "0006": frozenset(_TABLES_0006),
    "0007": frozenset(_TABLES_0006),  # a row version on every record: no new table
}
