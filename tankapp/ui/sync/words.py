"""The words of several laptops in the window: kinds of records, their fields, counts ("3 attendance registrations")."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

EXISTS = "$exists"  # the pseudo-field of a record's existence (tankapp.services.sync.tables.EXISTS)


# ``translate("Sync", "...")`` at every call, so lupdate files each string under the context it is looked up in.
translate = QCoreApplication.translate


def _words() -> dict[str, tuple[str, str]]:
    """Each synced table's (singular, plural), translated."""
    return {
        "think_tank": (translate("Sync", "think tank"), translate("Sync", "think tanks")),
        "expert_group": (translate("Sync", "group"), translate("Sync", "groups")),
        "member": (translate("Sync", "member"), translate("Sync", "members")),
        "meeting": (translate("Sync", "meeting"), translate("Sync", "meetings")),
        "presentation": (translate("Sync", "knowledge presentation"), translate("Sync", "knowledge presentations")),
        "attachment": (translate("Sync", "attached file"), translate("Sync", "attached files")),
        "agenda_item": (translate("Sync", "agenda item"), translate("Sync", "agenda items")),
        "guest": (translate("Sync", "guest"), translate("Sync", "guests")),
        "decision": (translate("Sync", "decision"), translate("Sync", "decisions")),
        "action_item": (translate("Sync", "action item"), translate("Sync", "action items")),
        "attendance": (translate("Sync", "attendance registration"), translate("Sync", "attendance registrations")),
        "audit_entry": (translate("Sync", "log entry"), translate("Sync", "log entries")),
        "contribution": (translate("Sync", "knowledge contribution"), translate("Sync", "knowledge contributions")),
        "digest": (translate("Sync", "digest for another group"), translate("Sync", "digests for other groups")),
        "question": (translate("Sync", "question to another group"), translate("Sync", "questions to other groups")),
        "questionnaire": (translate("Sync", "questionnaire"), translate("Sync", "questionnaires")),
        "questionnaire_item": (translate("Sync", "questionnaire question"), translate("Sync", "questionnaire questions")),
        "evaluation_round": (translate("Sync", "self-evaluation round"), translate("Sync", "self-evaluation rounds")),
        "evaluation_response": (translate("Sync", "self-evaluation response"), translate("Sync", "self-evaluation responses")),
        "evaluation_answer": (translate("Sync", "self-evaluation answer"), translate("Sync", "self-evaluation answers")),
        "interview_note": (translate("Sync", "interview note"), translate("Sync", "interview notes")),
    }


# The order a person reads them in: the meeting's own records first.
_ORDER = ("meeting", "agenda_item", "attendance", "guest", "decision", "action_item", "contribution", "member",
          "evaluation_response", "evaluation_answer", "presentation", "attachment", "question", "digest",
          "evaluation_round", "questionnaire", "questionnaire_item", "interview_note", "audit_entry",
          "expert_group", "think_tank")


def _order(table: str) -> int:
    return _ORDER.index(table) if table in _ORDER else len(_ORDER)


def count_text(n: int, table: str) -> str:
    """``3 attendance registrations``, ``1 decision``."""
    singular, plural = _words().get(table, (table.replace("_", " "), table.replace("_", " ")))
    return f"{n} {singular if n == 1 else plural}"


def counts_text(counts: Mapping[str, int]) -> str:
    """Several counts in reading order, or "nothing"."""
    parts = [count_text(n, t) for t, n in sorted(counts.items(), key=lambda kv: _order(kv[0])) if n]
    return ", ".join(parts) if parts else translate("Sync", "nothing")


def kind_label(table: str) -> str:
    """The kind of a record, capitalised for a column ("Member", "Attendance")."""
    short = {"attendance": translate("Sync", "Attendance"), "evaluation_response": translate("Sync", "Self-evaluation"),
             "evaluation_answer": translate("Sync", "Self-evaluation answer")}
    if table in short:
        return short[table]
    word = _words().get(table, (table.replace("_", " "), ""))[0]
    return word[:1].upper() + word[1:]


def _field_words() -> dict[str, str]:
    return {
        EXISTS: translate("Sync", "Kept or deleted"),
        "name": translate("Sync", "Name"),
        "email": translate("Sync", "E-mail"),
        "phone": translate("Sync", "Phone"),
        "organisation": translate("Sync", "Organisation"),
        "job_title": translate("Sync", "Job title"),
        "sector": translate("Sync", "Sector"),
        "region": translate("Sync", "Region"),
        "municipality": translate("Sync", "Municipality"),
        "group_id": translate("Sync", "Group"),
        "groups": translate("Sync", "Groups"),
        "consent_named": translate("Sync", "Consent to be named"),
        "consent_named_on": translate("Sync", "Consent to be named, date"),
        "consent_contact": translate("Sync", "Consent to be contacted"),
        "consent_contact_on": translate("Sync", "Consent to be contacted, date"),
        "joined_on": translate("Sync", "Joined"),
        "withdrawn_on": translate("Sync", "Withdrawn"),
        "notes": translate("Sync", "Notes"),
        "title": translate("Sync", "Title"),
        "date": translate("Sync", "Date"),
        "start": translate("Sync", "Start"),
        "end": translate("Sync", "End"),
        "place": translate("Sync", "Place"),
        "format": translate("Sync", "Format"),
        "status": translate("Sync", "Status"),
        "facilitators": translate("Sync", "Facilitators"),
        "description": translate("Sync", "Description"),
        "planned_minutes": translate("Sync", "Planned minutes"),
        "presenter": translate("Sync", "Presenter"),
        "position": translate("Sync", "Order"),
        "text": translate("Sync", "Text"),
        "due_on": translate("Sync", "Due"),
        "dissemination": translate("Sync", "About spreading knowledge"),
        "owner_member_id": translate("Sync", "Owner"),
        "owner_guest_id": translate("Sync", "Owner (guest)"),
        "arrived_at": translate("Sync", "Arrived"),
        "left_at": translate("Sync", "Left"),
        "note": translate("Sync", "Note"),
        "role": translate("Sync", "Role"),
        "kind": translate("Sync", "Kind"),
        "involvement": translate("Sync", "Kind of involvement"),
        "setting": translate("Sync", "Setting"),
        "answer": translate("Sync", "Answer"),
        "value": translate("Sync", "Answer"),
        "summary": translate("Sync", "Summary"),
        "presentations": translate("Sync", "Knowledge presentations"),
        "member_id": translate("Sync", "Member"),
        "meeting_id": translate("Sync", "Meeting"),
    }


def field_label(table: str, field: str) -> str:
    """A field's name for a person ("E-mail"); a field without one of its own is shown by its code."""
    return _field_words().get(field) or field.replace("_", " ").capitalize()


def changed_text(changed: Mapping[str, Mapping[str, int]]) -> str:
    """What was changed, per kind of record and field: "member: E-mail, Phone (2)"."""
    parts = []
    for table, fields in sorted(changed.items(), key=lambda kv: _order(kv[0])):
        names = ", ".join(
            field_label(table, f) + (f" ({n})" if n > 1 else "")
            for f, n in sorted(fields.items(), key=lambda kv: field_label(table, kv[0]))
        )
        parts.append(f"{_words().get(table, (table, table))[0]}: {names}")
    return "; ".join(parts) if parts else translate("Sync", "nothing")


def safe_file_name(text: str, limit: int = 60) -> str:
    """Words fit for a file name on every system (no slashes, colons, control characters)."""
    bad = '<>:"/\\|?*'
    cleaned = "".join(" " if (c in bad or ord(c) < 32 or c == "\x7f") else c for c in text)
    cleaned = " ".join(cleaned.split()).strip(" .")
    return cleaned[:limit].strip(" .")


def fill(template: str, *values: object) -> str:
    """``%1``, ``%2``… of a translated text filled in one pass (a value holding "%2" stays as it is)."""
    import re

    def one(m: re.Match) -> str:
        i = int(m.group(1)) - 1
        return str(values[i]) if 0 <= i < len(values) else m.group(0)

    return re.sub(r"%(\d)", one, template)
