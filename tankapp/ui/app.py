"""Starting the GUI: language, locale, logging, the database lock, first start."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QLibraryInfo, QLocale, QLockFile, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tankapp import APP_NAME, __version__
from tankapp.resources import resource_path
from tankapp.storage import paths

log = logging.getLogger(__name__)

#: The main window ran and closed (the program may end at once: see :func:`leave`).
window_closed = False


def setup_logging() -> None:
    """Details go to a log file in the data folder (owner-only, no personal data), never into a dialog."""
    from tankapp.storage import logs

    logs.install()


def open_settings() -> QSettings:
    """The settings file, owner-only (it names the recent files and folders)."""
    paths.ensure_private_dir(paths.data_dir())
    settings_file = paths.settings_path()
    # QSettings rewrites the file keeping its permissions, so an owner-only file stays so.
    paths.create_private_file(settings_file)
    return QSettings(str(settings_file), QSettings.Format.IniFormat)


def install_translations(app: QApplication, lang: str) -> list[QTranslator]:
    """Danish by default: Qt's own words (Gem, Annuller) and ours; English is the source text."""
    # Dates and numbers the Danish way in both languages: the users are in Denmark.
    QLocale.setDefault(QLocale("da_DK"))  # by name: building the Language and Country enums costs 20 ms
    translators: list[QTranslator] = []
    if lang != "da":
        return translators
    qt = QTranslator(app)
    if qt.load("qtbase_da", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", "tankapp_da.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    else:
        log.warning("Danish translation not found at %s", resource_path("i18n"))
    return translators


def make_app(lang: str | None = None) -> tuple[QApplication, QSettings]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    settings = open_settings()
    chosen = lang or str(settings.value("language", "da"))
    install_translations(app, chosen)
    return app, settings


def acquire_window_lock(db_path) -> QLockFile | None:
    """One window per database: the lock beside the file, or None if another tankapp holds it.

    A lock left by a crashed tankapp (its process is gone) is taken over.
    """
    folder = os.path.dirname(os.path.abspath(db_path))
    if not os.path.isdir(folder):
        paths.ensure_private_dir(Path(folder))
    lock = QLockFile(str(db_path) + ".lock")
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(100) else None


def install_error_dialog() -> None:
    """An error no code caught becomes a plain dialog, never a lost window or a traceback.

    A database failure (disk full, read-only, busy) shows its own sentence;
    anything else says that what was saved is still there. The log gets where
    it happened, not the exception's message (it may quote members' data).
    """
    import traceback

    from tankapp.storage import DatabaseError

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected %s\n%s", exc_type.__name__, "".join(traceback.format_tb(tb)))
        if isinstance(exc, DatabaseError):
            text = QApplication.translate("App", "The change could not be saved:") + "\n\n" + str(exc)
        else:
            text = QApplication.translate(
                "App",
                "Something went wrong, and the last action may not have been carried out. "
                "Everything saved before is kept. If it happens again, please report it (details are in the log file).",
            )
        QMessageBox.warning(QApplication.activeWindow(), "tankapp", text)

    sys.excepthook = hook


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(db_path: str | None = None, lang: str | None = None, smoke_test: bool | str = False) -> int:
    """Open the main window. ``smoke_test`` opens it and closes it again: once its first section
    is loaded (True, "loaded": the bundle check), or as soon as it is on screen ("shown")."""
    if not _has_display():
        if not smoke_test:
            print("tankapp: no display to open the window on (set DISPLAY, or use a command; see --help)", file=sys.stderr)
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.umask(0o077)  # every file the window writes holds personal data
    setup_logging()
    app, settings = make_app(lang)
    install_error_dialog()
    path = paths.default_db_path() if db_path is None else os.path.abspath(db_path)
    lock = acquire_window_lock(path)
    if lock is None:
        QMessageBox.warning(
            None, "tankapp", QApplication.translate("App", "tankapp is already open with this database. Use the window that is open.")
        )
        return 1
    db = open_database_or_recover(path)
    if db is None:
        return 1

    from tankapp.ui.ops import Operations

    ops = Operations(db)
    if not smoke_test and not ops.is_set_up():
        from tankapp.ui.setup_dialog import SetupDialog

        if SetupDialog(ops).exec() != QDialog.DialogCode.Accepted:
            db.close()
            return 0

    window = show_main_window(ops, settings, smoke_test=bool(smoke_test))
    if smoke_test == "shown":  # closed as soon as it is on screen (the start-up benchmark)
        window.shown_on_screen.connect(window.close)
    elif smoke_test:  # closed once its first section is loaded (the bundle check)
        window.ready.connect(lambda: QTimer.singleShot(0, window.close))
    code = app.exec()
    ops.close()  # the database open now (a restore opens the file afresh)
    lock.unlock()
    global window_closed
    window_closed = True
    return code


def leave(code: int) -> NoReturn:
    """End the process once the window has closed, without Python's and Qt's slow teardown of
    every module and widget (a quarter of a second on a laptop).

    Called by ``python -m tankapp`` / the ``tankapp`` command only after ``run_gui`` returned: by then the notes are saved, the closing backup and any
    worker are finished, the database is closed and the lock released; what is left is flushed here.
    """
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def show_main_window(ops, settings: QSettings, *, smoke_test: bool = False):
    """Show the main window and start its automatic backups (one shortly after it is on screen,
    in a worker thread; hourly; one when it closes). The smoke test, which measures the start,
    makes none."""
    from tankapp.ui.main_window import MainWindow

    window = MainWindow(ops, settings)
    window.show()
    if not smoke_test:
        window.start_auto_backups()
    return window


def open_database_or_recover(path, parent=None):
    """Open the database; when it is damaged, not a tankapp database or from a newer tankapp, say so
    and offer the latest good backup (:func:`tankapp.ui.backups.actions.offer_restore_on_open`).

    The Database, or None when it could not be opened (the user was told why).
    """
    from tankapp.storage import DatabaseError, open_database

    try:
        return open_database(path, create=True)
    except DatabaseError as exc:
        log.error("cannot open the database: %s", type(exc).__name__)
        from tankapp.ui.backups.actions import offer_restore_on_open

        if not offer_restore_on_open(path, exc, parent):
            return None
    try:
        return open_database(path)
    except DatabaseError as exc:
        log.error("cannot open the restored database: %s", type(exc).__name__)
        QMessageBox.critical(parent, "tankapp", QApplication.translate("App", "The database could not be opened:") + "\n\n" + str(exc))
        return None
