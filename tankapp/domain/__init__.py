"""Domain model: SQLAlchemy tables, enums and value rules. No Qt here."""

from tankapp.domain.base import Base
from tankapp.domain.models import ExpertGroup, Meeting, Member, ThinkTank, meeting_groups

__all__ = ["Base", "ExpertGroup", "Meeting", "Member", "ThinkTank", "meeting_groups"]
