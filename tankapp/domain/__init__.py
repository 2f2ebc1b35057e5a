"""Domain model: SQLAlchemy tables, enums and value rules. No Qt here.

The table classes are loaded on first use (module ``__getattr__``), so that
``tankapp.domain.danish`` or ``tankapp.domain.collation`` can be imported
without SQLAlchemy, e.g. by the document writers.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "Base": "tankapp.domain.models",  # with every table registered on its metadata
    "ActionItem": "tankapp.domain.models",
    "AgendaItem": "tankapp.domain.models",
    "Attendance": "tankapp.domain.models",
    "AuditEntry": "tankapp.domain.models",
    "Contribution": "tankapp.domain.models",
    "Decision": "tankapp.domain.models",
    "Digest": "tankapp.domain.models",
    "Question": "tankapp.domain.models",
    "Guest": "tankapp.domain.models",
    "AgendaTemplate": "tankapp.domain.models",
    "AgendaTemplateItem": "tankapp.domain.models",
    "Attachment": "tankapp.domain.models",
    "ExpertGroup": "tankapp.domain.models",
    "Meeting": "tankapp.domain.models",
    "Member": "tankapp.domain.models",
    "Presentation": "tankapp.domain.models",
    "ThinkTank": "tankapp.domain.models",
    "Questionnaire": "tankapp.domain.models",
    "QuestionnaireItem": "tankapp.domain.models",
    "EvaluationRound": "tankapp.domain.models",
    "EvaluationResponse": "tankapp.domain.models",
    "EvaluationAnswer": "tankapp.domain.models",
    "InterviewNote": "tankapp.domain.models",
    "evaluation_round_groups": "tankapp.domain.models",
    "agenda_item_presentations": "tankapp.domain.models",
    "meeting_groups": "tankapp.domain.models",
    "SyncDevice": "tankapp.domain.models",
    "SyncPackage": "tankapp.domain.models",
    "SyncBundle": "tankapp.domain.models",
    "SyncField": "tankapp.domain.models",
    "SyncTombstone": "tankapp.domain.models",
    "SyncConflict": "tankapp.domain.models",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'tankapp.domain' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
