"""Domain model: SQLAlchemy tables, enums and value rules. No Qt here."""

from tankapp.domain.base import Base
from tankapp.domain.models import (
    AgendaItem,
    AgendaTemplate,
    AgendaTemplateItem,
    Attachment,
    ExpertGroup,
    Meeting,
    Member,
    Presentation,
    ThinkTank,
    agenda_item_presentations,
    meeting_groups,
)

__all__ = [
    "AgendaItem",
    "AgendaTemplate",
    "AgendaTemplateItem",
    "Attachment",
    "Base",
    "ExpertGroup",
    "Meeting",
    "Member",
    "Presentation",
    "ThinkTank",
    "agenda_item_presentations",
    "meeting_groups",
]
