"""Views that follow the change events: update at once when shown, when next shown otherwise."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from tankapp.ui.ops.core import Changes, Operations


class _Follower(QObject):
    def __init__(self, widget: QWidget, ops: Operations, kinds: tuple[str, ...], refresh: Callable[[Changes], None]):
        super().__init__(widget)
        self._widget = widget
        self._kinds = kinds
        self._refresh = refresh
        self.pending: Changes | None = None
        ops.changed.connect(self._on_changed)
        widget.installEventFilter(self)

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(*self._kinds):
            return
        widget = getattr(self, "_widget", None)
        if widget is None or not shiboken6.isValid(widget):
            return
        if widget.isVisible():
            self._refresh(changes)
        else:
            self.pending = changes if self.pending is None else self.pending | changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The event's type first: while the widget is being destroyed (Hide, Destroy
        # events) this Python object may already be half torn down.
        if event.type() != QEvent.Type.Show:
            return False
        try:
            if watched is self._widget and self.pending is not None:
                pending, self.pending = self.pending, None
                self._refresh(pending)
        except (AttributeError, RuntimeError):  # the widget or this follower is going away
            pass
        return False


def follow(widget: QWidget, ops: Operations, kinds: tuple[str, ...] | list[str],
           refresh: Callable[[Changes], None]) -> QObject:
    """Call ``refresh(changes)`` whenever ``ops`` announces a change of one of ``kinds``.

    While ``widget`` is hidden the changes are collected and ``refresh`` runs
    once when it is next shown, so a hidden section costs nothing and is never
    stale when it appears. The follower lives and dies with ``widget``.
    """
    return _Follower(widget, ops, tuple(kinds), refresh)
