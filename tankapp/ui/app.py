"""Starting the GUI: language, locale, logging, which database, its lock, first start.

Without ``--db`` the window opens the database it showed last (never the demo:
the demo opens only when chosen), else the default one in the data folder. A
database with no think tank yet (on the very first start: no file at all) gets
the first-start dialog: set up your own think tank there, or open the demo in
its own file (``demo.sqlite`` in the data folder). The demo never writes to the
database the window was started for; when that file did not exist, it still
does not.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QLibraryInfo, QLocale, QLockFile, QSettings, Qt, QTimer, QTranslator
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


def qt_translation_dirs() -> list[str]:
    """Where Qt's own Danish (qtbase_da.qm) is looked for: Qt's translations folder (PySide6/Qt/translations,
    which the bundle carries too), then ``resources/i18n`` in case a Qt build comes without it."""
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(resource_path("i18n"))]


def native_dialogs_speak(lang: str) -> bool:
    """Whether the system's own dialogs (a GTK or portal file dialog) are in ``lang``: they follow the
    system's language, not our translators, so a Danish tankapp on an English (or "C") desktop would
    show an English file dialog."""
    ui = QLocale.system().uiLanguages()  # ['da-Latn-DK', 'da-DK', ...] or ['C']: strings, no enums
    return bool(ui) and ui[0].replace("_", "-").split("-")[0].lower() == lang


def install_translations(app: QApplication, lang: str) -> list[QTranslator]:
    """Danish by default: Qt's own words (Gem, Annuller, the file dialog, Ctrl+Skift+Z) and ours;
    English is the source text. Loading both takes well under a millisecond."""
    # Dates and numbers the Danish way in both languages: the users are in Denmark.
    QLocale.setDefault(QLocale("da_DK"))  # by name: building the Language and Country enums costs 20 ms
    # Qt's own file dialog speaks our language; the system's speaks the system's.
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, not native_dialogs_speak(lang))
    translators: list[QTranslator] = []
    if lang != "da":
        return translators
    from tankapp.ui.qt_danish import QtDanishGaps

    gaps = QtDanishGaps(app)  # installed first, so asked last: only for what Qt's Danish leaves in English
    app.installTranslator(gaps)
    translators.append(gaps)
    qt = QTranslator(app)
    if any(qt.load("qtbase_da", folder) for folder in qt_translation_dirs()):
        app.installTranslator(qt)
        translators.append(qt)
    else:
        log.warning("Qt's Danish translation (qtbase_da.qm) not found in %s", qt_translation_dirs())
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

    A lock left by a crashed tankapp (its process is gone) is taken over; OSError when
    no lock file can be made there (a read-only folder).
    """
    from tankapp.ui.ops.databases import try_lock

    return try_lock(db_path)


def start_path(db_path: str | None, settings: QSettings) -> tuple[Path, Path | None]:
    """The database to open, and the last one used when it has gone (the window says so).

    ``--db`` wins; then the file the window showed last (not the demo); then the default database.
    """
    if db_path is not None:
        return Path(os.path.abspath(db_path)), None
    from tankapp.ui.thinktank.files import last_database

    last = last_database(settings)
    if last is not None and not paths.is_demo_db(last):
        if last.is_file():
            return last, None
        return paths.default_db_path(), last
    return paths.default_db_path(), None


#: The settings key holding a PostgreSQL URL to open at start (written when one was opened).
SERVER_KEY = "database/url"


def server_url(db_path: str | None, settings: QSettings) -> str | None:
    """The PostgreSQL URL to open: ``--db postgresql+psycopg://...``, else the one in the settings."""
    if db_path is not None:
        return db_path if paths.is_database_url(db_path) else None
    value = settings.value(SERVER_KEY)
    return value if isinstance(value, str) and paths.is_database_url(value) else None


def open_server_at_start(url: str, smoke_test: bool = False):
    """Open the server's database; with no think tank there yet, the set-up dialog (no demo there).

    The OpenDatabase, or None when it could not be opened (the user was told why) or the
    set-up was cancelled.
    """
    from tankapp.services.errors import ServiceError
    from tankapp.ui.ops import Operations
    from tankapp.ui.ops.databases import open_server

    try:
        handle = open_server(url)
    except ServiceError as exc:
        log.error("cannot open the server database: %s", exc.code)
        QMessageBox.critical(
            None, "tankapp",
            QApplication.translate("App", "The database could not be opened:") + "\n\n" + Operations.message(exc),
        )
        return None
    if smoke_test or handle.ops.is_set_up():
        return handle
    from tankapp.ui.setup_dialog import SetupDialog

    def own(data):
        handle.ops.thinktank.set_up(data)
        return handle

    dialog = SetupDialog(own, None)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.opened is None:
        handle.close()
        return None
    return handle


def first_start(path: Path, lock: QLockFile, handle=None):
    """The database at ``path`` holds no think tank: set one up there, or open the demo in its own file.

    ``handle``: the database at ``path`` when it exists (with no think tank); None when there is no
    file yet, which then is made only if the user sets up their own think tank. Returns the open
    database to show (it owns its lock), or None when the user closed the dialog (all closed).
    """
    from tankapp.ui.ops import databases
    from tankapp.ui.setup_dialog import SetupDialog

    def own(data):
        if handle is not None:
            handle.ops.thinktank.set_up(data)
            return handle
        return databases.set_up_file(path, data, lock=lock)

    def demo():
        same = paths.is_demo_db(path)  # started on the demo's own file: its lock is ours already
        opened = databases.open_demo(lock=lock if same else None)
        if not same:
            release()
        return opened

    def release():
        if handle is not None:
            handle.close()
        else:
            lock.unlock()

    dialog = SetupDialog(own, demo)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.opened is None:
        release()
        return None
    return dialog.opened


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
    url = server_url(db_path, settings)
    if url is not None:  # the office's shared database on a PostgreSQL server: no file, no lock
        handle = open_server_at_start(url, bool(smoke_test))
        if handle is None:
            return 1 if smoke_test else 0
        return _show_and_run(app, settings, handle, None, smoke_test)
    path, gone = start_path(db_path, settings)
    try:
        lock = acquire_window_lock(path)
    except OSError as exc:  # the folder is read-only or not there to be made
        log.error("cannot lock the database: %s", type(exc).__name__)
        QMessageBox.critical(
            None,
            "tankapp",
            QApplication.translate("App", "The database could not be opened:")
            + "\n\n"
            + QApplication.translate(
                "App", "tankapp cannot write in the folder of %1 (it is read-only, or you may not write there)."
            ).replace("%1", str(path)),
        )
        return 1
    if lock is None:
        QMessageBox.warning(
            None, "tankapp", QApplication.translate("App", "tankapp is already open with this database. Use the window that is open.")
        )
        return 1
    from tankapp.ui.ops import Operations
    from tankapp.ui.ops.databases import OpenDatabase, holds_data

    handle = None
    if smoke_test or holds_data(path):  # a missing file is made only once the user sets up a think tank
        db = open_database_or_recover(path)
        if db is None:
            lock.unlock()
            return 1
        handle = OpenDatabase(Operations(db), lock)
    if not smoke_test and (handle is None or not handle.ops.is_set_up()):
        handle = first_start(path, lock, handle)
        if handle is None:
            return 0

    return _show_and_run(app, settings, handle, gone, smoke_test)


def _show_and_run(app, settings: QSettings, handle, gone: Path | None, smoke_test: bool | str) -> int:
    """Show the main window over ``handle`` and run until it closes."""
    from tankapp.ui.thinktank.files import Workspace

    workspace = Workspace(settings, smoke_test=bool(smoke_test))
    window = workspace.show(handle)
    if gone is not None:
        window.show_status(
            QApplication.translate("App", "The database used last, %1, was not found; this is the default one.")
            .replace("%1", str(gone))
        )
    if smoke_test == "shown":  # closed as soon as it is on screen (the start-up benchmark)
        window.shown_on_screen.connect(window.close)
    elif smoke_test:  # closed once its first section is loaded (the bundle check)
        window.ready.connect(lambda: QTimer.singleShot(0, window.close))
    code = app.exec()
    workspace.close()  # the database open now (after a switch or a restore, the one shown last) and its lock
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
