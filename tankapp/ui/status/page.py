"""Simple section pages: sections still to be built, and (loaded on first use) the Status dashboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class NotYetPage(QWidget):
    """A section that later work fills; it says so plainly and pretends nothing."""

    def __init__(self, title: str, text: str, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


def __getattr__(name: str):
    # The window imports this module at start; the dashboard (services, charts) only when Status is built.
    if name == "StatusPage":
        from tankapp.ui.status.dashboard import StatusPage

        return StatusPage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
