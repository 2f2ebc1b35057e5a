"""Each member's meetings against the commitment range, as a list column."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QStyle

from tankapp.services.meetings import planning as meeting_service
from tankapp.services.errors import NotFound
from tankapp.ui.common.itemmodels import Column


def commitment_or_none(s) -> meeting_service.Commitment | None:
    try:
        return meeting_service.commitment(s)
    except NotFound:  # no think tank set up yet
        return None


def commitment_column(page) -> Column:
    """'3': the member's meetings, with a warning outside the commitment range (2-4).

    The steering committee's members have no commitment: their meetings are
    counted, without a warning.

    ``page.commitment`` holds the counts; pages reload it with their rows.
    """
    warn = page.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def count(m) -> int:
        return page.commitment.count(m.id) if page.commitment else 0

    def status(m) -> str | None:
        return page.commitment.status(m.id) if page.commitment and not m.withdrawn else None

    def tooltip(m) -> str:
        c = page.commitment
        if c is None:
            return ""
        if not c.committed(m.id):  # a member of the steering committee
            text = QCoreApplication.translate(
                "Commitment", "Steering committee meetings invited to: %1. The steering committee has no meeting "
                "commitment.")
            return text.replace("%1", str(count(m)))
        text = QCoreApplication.translate("Commitment", "Meetings invited to: %1. The commitment is %2-%3 meetings.")
        return text.replace("%1", str(count(m))).replace("%2", str(c.minimum)).replace("%3", str(c.maximum))

    return Column(
        QCoreApplication.translate("Commitment", "Meetings"),
        count,
        align=Qt.AlignmentFlag.AlignRight,
        tooltip=tooltip,
        decoration=lambda m: warn if status(m) else None,
        searchable=False,
    )


def attended_column(page) -> Column:
    """Meetings the member actually attended (registered present, late or leaving early)."""
    return Column(
        QCoreApplication.translate("Commitment", "Attended"),
        lambda m: page.commitment.attended_count(m.id) if page.commitment else 0,
        align=Qt.AlignmentFlag.AlignRight,
        searchable=False,
    )
