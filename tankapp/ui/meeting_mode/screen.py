"""Opening meeting mode to fit the screen it opens on.

The window opens maximized on the screen of the window that opened it (the
main window, on the laptop, not the projector), or else under the mouse; its
normal size (after un-maximizing) fits that screen's free area too, with room
for the title bar. A laptop's 1366x768 or 1280x720 with a task bar leaves far
less than 768 pixels: nothing may assume more (the panes scroll when needed).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

PREFERRED = QSize(1366, 768)  # the normal size where there is room for it
TITLE_BAR = 40  # a guess at the window frame's height before the window is shown


def opening_screen(window: QWidget) -> QScreen:
    """The screen meeting mode opens on: its opener's, the one under the mouse, or the primary one."""
    opener = window.parentWidget().window() if window.parentWidget() else QApplication.activeWindow()
    if opener is not None and opener is not window and opener.screen() is not None:
        return opener.screen()
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def available_geometry(window: QWidget) -> QRect:
    """The free area (no task bar) of the screen the window opens on."""
    return opening_screen(window).availableGeometry()


def fit_to_screen(window: QWidget, area: QRect | None = None) -> None:
    """Open ``window`` maximized within ``area`` (default: :func:`available_geometry`);
    its normal geometry fits the area too, centred, title bar included."""
    area = area or available_geometry(window)
    width = min(PREFERRED.width(), area.width())
    height = min(PREFERRED.height(), max(area.height() - TITLE_BAR, 200))
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2, area.y() + max((area.height() - height - TITLE_BAR) // 2, 0))
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


__all__ = ["available_geometry", "fit_to_screen", "opening_screen"]
