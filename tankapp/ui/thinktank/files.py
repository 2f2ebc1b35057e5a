"""Which database file the window shows: File > New database…, Open database…, Open recent.

A :class:`Workspace` holds the open database (its operations and its lock) and
the main window over it. Switching to another file builds a new main window
over the new database and closes the old one the way closing the program does
(meeting mode windows save their notes, the closing backup is made), then
closes the old database and releases its lock: nothing of the old file is left
in any view, list, undo step or cache.

The last five files opened are remembered in the settings (``recent/databases``),
and the last one that is not the demo (``database/last``) is what the window
opens at the next start.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from tankapp.services.errors import ServiceError
from tankapp.ui.ops import Operations
from tankapp.ui.ops import databases

if TYPE_CHECKING:
    from tankapp.ui.main_window import MainWindow
    from tankapp.ui.ops.databases import OpenDatabase

RECENT_KEY = "recent/databases"
LAST_KEY = "database/last"
FOLDER_KEY = "database/folder"
RECENT_MAX = 5
#: A PostgreSQL URL to open at the next start (tankapp.ui.app.server_url reads it).
SERVER_KEY = "database/url"


# ---------------------------------------------------------------- the remembered files


def recent_files(settings: QSettings) -> list[Path]:
    """The files opened last, newest first (at most five; they may have gone since)."""
    value = settings.value(RECENT_KEY)
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    out: list[Path] = []
    for item in items:
        if isinstance(item, str) and item and all(not databases.same_file(item, p) for p in out):
            out.append(Path(item))
    return out[:RECENT_MAX]


def remember(settings: QSettings, path: Path, *, is_demo: bool) -> None:
    """``path`` was opened: first in the recent list, and (unless it is the demo) the one to open next time."""
    path = databases.absolute(path)
    rest = [p for p in recent_files(settings) if not databases.same_file(p, path)]
    settings.setValue(RECENT_KEY, [str(p) for p in [path, *rest][:RECENT_MAX]])
    if not is_demo:
        settings.setValue(LAST_KEY, str(path))
    settings.setValue(FOLDER_KEY, str(path.parent))


def forget_recent(settings: QSettings) -> None:
    settings.remove(RECENT_KEY)


def last_database(settings: QSettings) -> Path | None:
    """The file the window showed last (not the demo), or None."""
    value = settings.value(LAST_KEY)
    return Path(value) if isinstance(value, str) and value else None


def _short_folder(folder: Path) -> str:
    home = str(Path.home())
    text = str(folder)
    if text == home or text.startswith(home + os.sep):
        return "~" + text[len(home):]
    return text


# ---------------------------------------------------------------- the open database and its window


class Workspace(QObject):
    """The database open in the window, and the window; switching replaces both."""

    def __init__(self, settings: QSettings, *, smoke_test: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.smoke_test = smoke_test
        self.window: MainWindow | None = None
        self.handle: OpenDatabase | None = None

    # ------------------------------------------------------------------ showing
    def adopt(self, window: MainWindow, handle: OpenDatabase) -> None:
        """Take on a window that is already shown (a window made without a workspace)."""
        self.window, self.handle = window, handle
        window.workspace = self

    def show(self, handle: OpenDatabase) -> MainWindow:
        """The main window over ``handle``, shown, with its automatic backups started."""
        from tankapp.ui.main_window import MainWindow

        window = MainWindow(handle.ops, self.settings)
        window.workspace = self
        self.window, self.handle = window, handle
        window.show()
        if not self.smoke_test:
            window.start_auto_backups()
            if handle.url is not None:  # a server database: opened again at the next start
                self.settings.setValue(SERVER_KEY, handle.url)
            else:
                self.settings.remove(SERVER_KEY)
                remember(self.settings, handle.path, is_demo=handle.is_demo)
        return window

    def switch_to(self, handle: OpenDatabase) -> MainWindow:
        """Show ``handle`` in a new window; the old window closes as on quitting, then its database."""
        old_window, old_handle = self.window, self.handle
        if old_window is not None:
            old_window.save_window_state()  # the new window opens where the old one was
        window = self.show(handle)
        if old_window is not None:
            old_window.close()  # meeting mode saves its notes; the closing backup
            old_window.deleteLater()
        if old_handle is not None:
            old_handle.close()
        window.show_status(QCoreApplication.translate("Files", "Opened %1").replace("%1", handle.ops.location))
        return window

    def close(self) -> None:
        """When the program ends: close the database and release its lock."""
        if self.handle is not None:
            self.handle.close()
            self.handle = None

    def is_open(self, path: str | os.PathLike) -> bool:
        return self.handle is not None and self.handle.path is not None and databases.same_file(path, self.handle.path)

    def _parent(self) -> QWidget | None:
        return self.window

    def _start_folder(self) -> str:
        folder = self.settings.value(FOLDER_KEY)
        if isinstance(folder, str) and Path(folder).is_dir():
            return folder
        if self.handle is not None:
            return str(self.handle.path.parent) if self.handle.path is not None else str(Path.home())
        return str(Path.home())

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self._parent(), title, text)

    # ------------------------------------------------------------------ File > New database…
    def new_database(self) -> bool:
        """Ask where, then the set-up dialog; the window switches to the new database. True when it did."""
        from tankapp.ui.setup_dialog import SetupDialog

        title = QCoreApplication.translate("Files", "New database")
        suggested = Path(self._start_folder()) / (QCoreApplication.translate("Files", "new think tank") + ".sqlite")
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent(),
            title,
            str(suggested),
            QCoreApplication.translate("Files", "tankapp database (*.sqlite);;All files (*)"),
            "",
            QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused below, never replaced
        )
        if not chosen:
            return False
        path = databases.absolute(chosen)
        if not path.suffix:
            path = path.with_name(path.name + ".sqlite")
        refusal = databases.new_file_problem(path)
        if refusal is not None:
            self._warn(title, Operations.message(refusal))
            return False
        dialog = SetupDialog(lambda data: databases.create_file(path, data), None, self._parent(), file_name=path.name)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.opened is None:
            return False
        self.switch_to(dialog.opened)
        return True

    # ------------------------------------------------------------------ File > Open database…, Open recent
    def choose_and_open(self) -> bool:
        chosen, _ = QFileDialog.getOpenFileName(
            self._parent(),
            QCoreApplication.translate("Files", "Open database"),
            self._start_folder(),
            QCoreApplication.translate("Files", "tankapp database (*.sqlite);;All files (*)"),
        )
        if not chosen:
            return False
        return self.open_database(chosen)

    def open_database(self, path: str | os.PathLike) -> bool:
        """Switch the window to the database at ``path``; a refused file is said in a message. True when switched."""
        from tankapp.ui.setup_dialog import SetupDialog

        title = QCoreApplication.translate("Files", "Open database")
        path = databases.absolute(path)
        if self.is_open(path):
            if self.window is not None:
                self.window.show_status(QCoreApplication.translate("Files", "%1 is the database open now.").replace("%1", path.name))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            handle = databases.open_file(path)
        except ServiceError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._warn(title, Operations.message(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        if not handle.ops.is_set_up():  # a tankapp database with no think tank in it yet
            def set_up(data):
                handle.ops.thinktank.set_up(data)
                return handle

            dialog = SetupDialog(set_up, None, self._parent(), file_name=path.name)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                handle.close()
                return False
        self.switch_to(handle)
        return True

    # ------------------------------------------------------------------ File > Open server database…
    def open_server_database(self, url: str | None = None) -> bool:
        """Switch the window to the shared database on a PostgreSQL server; True when switched.

        Asks for the URL (``postgresql+psycopg://user:password@host/database``) unless given;
        it is kept in the settings (owner-only), so the next start opens the server again.
        """
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from tankapp.ui.setup_dialog import SetupDialog

        title = QCoreApplication.translate("Files", "Open server database")
        if url is None:
            current = self.settings.value(SERVER_KEY)
            url, ok = QInputDialog.getText(
                self._parent(), title,
                QCoreApplication.translate(
                    "Files", "The address of the shared database on a PostgreSQL server, for example\n"
                    "postgresql+psycopg://user:password@server/tankapp"),
                QLineEdit.EchoMode.Normal, current if isinstance(current, str) else "postgresql+psycopg://",
            )
            if not ok or not url.strip():
                return False
        url = url.strip()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            handle = databases.open_server(url)
        except ServiceError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._warn(title, Operations.message(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        if not handle.ops.is_set_up():  # an empty database on the server: the think tank is set up there
            def set_up(data):
                handle.ops.thinktank.set_up(data)
                return handle

            dialog = SetupDialog(set_up, None, self._parent(), file_name=handle.ops.short_name)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                handle.close()
                return False
        self.switch_to(handle)
        return True

    def fill_recent_menu(self, menu: QMenu) -> None:
        """Open recent: the last five files; one that is gone is shown but cannot be chosen."""
        menu.clear()
        files = recent_files(self.settings)
        metrics = menu.fontMetrics()
        for number, path in enumerate(files, 1):
            folder = metrics.elidedText(_short_folder(path.parent), Qt.TextElideMode.ElideMiddle, 360)
            name = metrics.elidedText(path.name, Qt.TextElideMode.ElideMiddle, 360)
            # "&" in a menu text marks the access key: a file name's own "&" is doubled to show as itself.
            text = f"&{number}  {name.replace('&', '&&')}   ({folder.replace('&', '&&')})"
            action = QAction(text, menu)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            if self.is_open(path):
                action.setText(text + "   " + QCoreApplication.translate("Files", "(open now)"))
                action.setEnabled(False)
            elif not path.is_file():
                action.setText(text + "   " + QCoreApplication.translate("Files", "(not found)"))
                action.setEnabled(False)
            else:
                action.triggered.connect(lambda _checked=False, p=path: self.open_database(p))
            menu.addAction(action)
        if not files:
            empty = QAction(QCoreApplication.translate("Files", "No databases opened yet"), menu)
            empty.setEnabled(False)
            menu.addAction(empty)
            return
        menu.addSeparator()
        clear = QAction(QCoreApplication.translate("Files", "Clear the list"), menu)
        clear.triggered.connect(lambda _checked=False: forget_recent(self.settings))
        menu.addAction(clear)


def workspace_of(window: MainWindow) -> Workspace:
    """The workspace of ``window``; a window made without one (tests, tools) gets one now."""
    if window.workspace is None:
        from tankapp.ui.ops.databases import OpenDatabase

        workspace = Workspace(window.settings, parent=QApplication.instance())
        workspace.adopt(window, OpenDatabase(window.ops, None))
    return window.workspace
