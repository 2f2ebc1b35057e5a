"""Meetings: planning, agendas, minutes."""
