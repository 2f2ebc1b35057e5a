"""The words of several laptops in the window: kinds of records, their fields, counts ("3 attendance registrations")."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

EXISTS = "$exists"  # the pseudo-field of a record's existence (tankapp.services.sync.tables.EXISTS)


def tr(text: str) -> str:
    return QCoreApplication.translate("Sync", text)


def _words() -> dict[str, tuple[str, str]]:
    """Each synced table's (singular, plural), translated."""
    return {
        "think_tank": (tr("think tank"), tr("think tanks")),
        "expert_group": (tr("group"), tr("groups")),
        "member": (tr("member"), tr("members")),
        "meeting": (tr("meeting"), tr("meetings")),
        "presentation": (tr("knowledge presentation"), tr("knowledge presentations")),
        "attachment": (tr("attached file"), tr("attached files")),
        "agenda_item": (tr("agenda item"), tr("agenda items")),
        "guest": (tr("guest"), tr("guests")),
        "decision": (tr("decision"), tr("decisions")),
        "action_item": (tr("action item"), tr("action items")),
        "attendance": (tr("attendance registration"), tr("attendance registrations")),
        "audit_entry": (tr("log entry"), tr("log entries")),
        "contribution": (tr("knowledge contribution"), tr("knowledge contributions")),
        "digest": (tr("digest for another group"), tr("digests for other groups")),
        "question": (tr("question to another group"), tr("questions to other groups")),
        "questionnaire": (tr("questionnaire"), tr("questionnaires")),
        "questionnaire_item": (tr("questionnaire question"), tr("questionnaire questions")),
        "evaluation_round": (tr("self-evaluation round"), tr("self-evaluation rounds")),
        "evaluation_response": (tr("self-evaluation response"), tr("self-evaluation responses")),
        "evaluation_answer": (tr("self-evaluation answer"), tr("self-evaluation answers")),
        "interview_note": (tr("interview note"), tr("interview notes")),
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
    return ", ".join(parts) if parts else tr("nothing")


def kind_label(table: str) -> str:
    """The kind of a record, capitalised for a column ("Member", "Attendance")."""
    short = {"attendance": tr("Attendance"), "evaluation_response": tr("Self-evaluation"),
             "evaluation_answer": tr("Self-evaluation answer")}
    if table in short:
        return short[table]
    word = _words().get(table, (table.replace("_", " "), ""))[0]
    return word[:1].upper() + word[1:]


def _field_words() -> dict[str, str]:
    return {
        EXISTS: tr("Kept or deleted"),
        "name": tr("Name"),
        "email": tr("E-mail"),
        "phone": tr("Phone"),
        "organisation": tr("Organisation"),
        "job_title": tr("Job title"),
        "sector": tr("Sector"),
        "region": tr("Region"),
        "municipality": tr("Municipality"),
        "group_id": tr("Group"),
        "groups": tr("Groups"),
        "consent_named": tr("Consent to be named"),
        "consent_named_on": tr("Consent to be named, date"),
        "consent_contact": tr("Consent to be contacted"),
        "consent_contact_on": tr("Consent to be contacted, date"),
        "joined_on": tr("Joined"),
        "withdrawn_on": tr("Withdrawn"),
        "notes": tr("Notes"),
        "title": tr("Title"),
        "date": tr("Date"),
        "start": tr("Start"),
        "end": tr("End"),
        "place": tr("Place"),
        "format": tr("Format"),
        "status": tr("Status"),
        "facilitators": tr("Facilitators"),
        "description": tr("Description"),
        "planned_minutes": tr("Planned minutes"),
        "presenter": tr("Presenter"),
        "position": tr("Order"),
        "text": tr("Text"),
        "due_on": tr("Due"),
        "dissemination": tr("About spreading knowledge"),
        "owner_member_id": tr("Owner"),
        "owner_guest_id": tr("Owner (guest)"),
        "arrived_at": tr("Arrived"),
        "left_at": tr("Left"),
        "note": tr("Note"),
        "role": tr("Role"),
        "kind": tr("Kind"),
        "involvement": tr("Kind of involvement"),
        "setting": tr("Setting"),
        "answer": tr("Answer"),
        "value": tr("Answer"),
        "summary": tr("Summary"),
        "presentations": tr("Knowledge presentations"),
        "member_id": tr("Member"),
        "meeting_id": tr("Meeting"),
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
    return "; ".join(parts) if parts else tr("nothing")


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
