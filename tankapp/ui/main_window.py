"""The main window: a navigation list on the left, one section at a time on the right."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from tankapp import __version__
from tankapp.services.errors import ServiceError
from tankapp.ui.ops import Kind, Operations
from tankapp.ui.ops.follow import follow
from tankapp.ui.common.widgets import redo_shortcuts

if TYPE_CHECKING:
    from tankapp.storage import Database

#: On a shared server database, coming back to the window reloads the views at most this often.
SERVER_REFRESH_S = 30
SECTION_KEYS = ["groups", "members", "meetings", "knowledge", "contributions", "evaluation", "status"]


class MainWindow(QMainWindow):
    #: The window is on screen (its frame painted; the section follows at once).
    shown_on_screen = Signal()
    #: The section shown at start is built and loaded.
    ready = Signal()

    def __init__(self, db: Database | Operations, settings: QSettings, parent=None):
        super().__init__(parent)
        # The window is painted first and the section shown at start is built right after
        # (see _start): the facilitator sees the window as soon as an empty one could show.
        self._started = False  # the section shown at start is built (see _start)
        self._constructing = True
        self._start_tries = 0
        # The window and every view reach the data only through the operations layer.
        self.ops = db if isinstance(db, Operations) else Operations(db, self)
        ops = self.ops
        self.settings = settings
        #: The workspace that opened this window (File > New/Open database switch through it).
        self.workspace = None
        # The title names the think tank and its file ("Demo: …" for the demo) and follows a rename.
        self._update_title()
        follow(self, ops, [Kind.THINK_TANK], lambda _changes: self._update_title())
        # One undo stack per place that edits (members; each meeting's agenda),
        # all in one group: Ctrl+Z undoes in the section that is shown.
        self.undo_group = QUndoGroup(self)
        self.undo_stack = QUndoStack(self)
        self.undo_group.addStack(self.undo_stack)
        # Changes of the whole think tank (its settings), undone where no section has a stack of its own.
        self.general_undo = QUndoStack(self)
        self.undo_group.addStack(self.general_undo)

        # Sections are built when first shown (only the one on screen at start):
        # a placeholder holds each place in the stack until then.
        self._pages: dict[str, QWidget] = {}
        self._titles = {
            "groups": self.tr("Groups"),
            "members": self.tr("Members"),
            "meetings": self.tr("Meetings"),
            "knowledge": self.tr("Knowledge"),
            "contributions": self.tr("Contributions"),
            "evaluation": self.tr("Evaluation"),
            "status": self.tr("Status"),
        }
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        for key in SECTION_KEYS:
            self.nav.addItem(self._titles[key])
            placeholder = QWidget()
            placeholder.setObjectName(f"placeholder-{key}")
            self.stack.addWidget(placeholder)
        self.nav.setSpacing(3)
        self.nav.setMaximumWidth(240)
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 24)
        self.nav.currentRowChanged.connect(self._show_section)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.db_label = QLabel(self.tr("Database: %1").replace("%1", ops.location))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)
        from tankapp.ui.backups.actions import BackupStatus

        # "Last backup: today 14.05"; automatic backups run once start_auto_backups() is called.
        self.backup_status = BackupStatus(ops, self.statusBar(), self)
        self.statusBar().addPermanentWidget(self.backup_status.label)

        self._build_menus()
        self._restore_settings()
        self._constructing = False

    # ------------------------------------------------------------------ sections
    def _build(self, key: str) -> QWidget:
        ops = self.ops
        if key == "groups":
            from tankapp.ui.groups.page import GroupsPage

            return GroupsPage(ops, self.undo_group)
        if key == "members":
            from tankapp.ui.members.page import MembersPage

            page = MembersPage(ops, self.undo_stack)
            page.import_requested.connect(self.import_members)
            # An erasure (GDPR) must not be undoable anywhere: undo steps hold copies of the data.
            page.personal_data_erased.connect(self.clear_undo)
            return page
        if key == "meetings":
            from tankapp.ui.meetings.page import MeetingsPage

            return MeetingsPage(ops, self.undo_group, self.settings)
        if key == "knowledge":
            from tankapp.ui.library.coverage import CoverageWidget
            from tankapp.ui.library.page import LibraryPage

            self._library_page = LibraryPage(ops)
            self._coverage = CoverageWidget(ops)
            tabs = QTabWidget()
            tabs.setDocumentMode(True)
            tabs.addTab(self._library_page, self.tr("Library"))
            tabs.addTab(self._coverage, self.tr("Coverage by group"))
            self._library_page.status.connect(self.show_status)
            return tabs
        if key == "contributions":
            from tankapp.ui.contributions.page import ContributionsPage

            return ContributionsPage(ops)
        if key == "evaluation":
            from tankapp.ui.evaluation.page import EvaluationPage

            return EvaluationPage(ops, self.undo_group, self.settings)
        from tankapp.ui.status.page import StatusPage

        return StatusPage(ops)

    def section(self, key: str) -> QWidget:
        """The page of a section, built (and loaded) the first time it is asked for."""
        page = self._pages.get(key)
        if page is None:
            page = self._pages[key] = self._build(key)
            page.setObjectName(f"section-{key}")
            if hasattr(page, "status"):
                page.status.connect(self.show_status)
            index = SECTION_KEYS.index(key)
            placeholder = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if current == index:
                self.stack.setCurrentIndex(index)
        return page

    def is_built(self, key: str) -> bool:
        return key in self._pages

    @property
    def groups_page(self):
        return self.section("groups")

    @property
    def members_page(self):
        return self.section("members")

    @property
    def meetings_page(self):
        return self.section("meetings")

    @property
    def contributions_page(self):
        return self.section("contributions")

    @property
    def status_page(self):
        return self.section("status")

    @property
    def knowledge_tabs(self) -> QTabWidget:
        return self.section("knowledge")

    @property
    def library_page(self):
        self.section("knowledge")
        return self._library_page

    @property
    def coverage(self):
        self.section("knowledge")
        return self._coverage

    # ------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip(self.tr("New in the section shown: member, group, meeting or presentation"))
        self.new_action.triggered.connect(self.new_in_section)
        self.import_action = QAction(self.tr("&Import members…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_members)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.backup_action = QAction(self.tr("&Back up to a file…"), self)
        self.backup_action.setToolTip(self.tr("A checked copy of the database, e.g. on a USB stick"))
        self.backup_action.triggered.connect(lambda _checked=False: self.back_up_to_file())
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.triggered.connect(lambda _checked=False: self.restore_from_backup())
        self.check_action = QAction(self.tr("&Check the database"), self)
        self.check_action.triggered.connect(lambda _checked=False: self.check_database())
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        # Which database the window shows: a new one, another one, one opened before; its think tank's settings.
        self.new_database_action = QAction(self.tr("New &database…"), self)
        self.new_database_action.setToolTip(self.tr("A new database file with a think tank of its own"))
        self.new_database_action.triggered.connect(lambda _checked=False: self.new_database())
        self.open_database_action = QAction(self.tr("&Open database…"), self)
        self.open_database_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_database_action.triggered.connect(lambda _checked=False: self.open_database())
        self.open_server_action = QAction(self.tr("Open ser&ver database…"), self)
        self.open_server_action.setToolTip(self.tr("The office's shared database on a PostgreSQL server"))
        self.open_server_action.triggered.connect(lambda _checked=False: self._workspace().open_server_database())
        self.recent_menu = QMenu(self.tr("Open r&ecent"), self)
        self.recent_menu.setObjectName("recent-databases")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.recent_menu.addAction(QAction(self.tr("No databases opened yet"), self.recent_menu))  # filled when opened
        self.settings_action = QAction(self.tr("Think tank &settings…"), self)
        self.settings_action.setToolTip(self.tr("The think tank's name, project period, meeting target and commitment"))
        self.settings_action.triggered.connect(lambda _checked=False: self.edit_think_tank())
        file_menu.addAction(self.new_database_action)
        file_menu.addAction(self.open_database_action)
        file_menu.addAction(self.open_server_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        # Several laptops: a package for meetings out, a laptop's changes back, the conflicts (tankapp.ui.sync);
        # "N conflicts" in the status bar while any wait.
        from tankapp.ui.sync.actions import SyncActions

        self.sync_actions = SyncActions(self)
        self.sync_actions.add_to(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.check_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(redo_shortcuts())
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        find = QAction(self.tr("&Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._find)
        edit_menu.addAction(find)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for row in range(self.nav.count()):
            action = QAction(self.nav.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.nav.setCurrentRow(r))
            view_menu.addAction(action)
            self.addAction(action)
        view_menu.addSeparator()
        # What others saved meanwhile (a shared database on a server): every view reads again.
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence("Ctrl+R"))
        self.refresh_action.setToolTip(self.tr("Show what others have saved meanwhile"))
        self.refresh_action.triggered.connect(lambda _checked=False: self.refresh_views())
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        lang_menu = view_menu.addMenu(self.tr("&Language"))
        for code, label in (("da", "Dansk"), ("en", "English")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(self.settings.value("language", "da") == code)
            action.triggered.connect(lambda _checked=False, c=code: self._set_language(c))
            lang_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence.StandardKey.HelpContents)
        keys.triggered.connect(self.show_shortcuts)
        about = QAction(self.tr("&About tankapp"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(keys)
        help_menu.addAction(about)

    # ------------------------------------------------------------------ the database file and the think tank
    def _update_title(self) -> None:
        """"<think tank> — <file>", and "Demo: …" when the demo is open."""
        try:
            identity = self.ops.thinktank.identity()
        except ServiceError:  # the disk said no: a title is never worth an error dialog
            self.setWindowTitle(f"tankapp — {self.ops.short_name}")
            return
        name = identity.name or self.tr("no think tank set up yet")
        title = f"{name} — {self.ops.short_name}"
        if identity.is_demo:
            title = self.tr("Demo: %1").replace("%1", title)
        self.setWindowTitle(title)

    def refresh_views(self) -> None:
        """Every view reads the database again (others may have changed it: a shared server database)."""
        self._refreshed_at = time.monotonic()
        self.ops.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        # On a shared server database, coming back to the window shows what others saved meanwhile.
        ops = getattr(self, "ops", None)
        if (event.type() == QEvent.Type.ActivationChange and ops is not None and ops.on_server and self.isActiveWindow()
                and time.monotonic() - getattr(self, "_refreshed_at", 0.0) > SERVER_REFRESH_S):
            self.refresh_views()

    def _workspace(self):
        from tankapp.ui.thinktank.files import workspace_of

        return workspace_of(self)

    def new_database(self) -> bool:
        """File > New database…: a new file, set up, and the window switches to it."""
        return self._workspace().new_database()

    def open_database(self, path=None) -> bool:
        """File > Open database…: the window switches to another database (the file dialog asks which)."""
        workspace = self._workspace()
        return workspace.choose_and_open() if path is None else workspace.open_database(path)

    def _fill_recent_menu(self) -> None:
        self._workspace().fill_recent_menu(self.recent_menu)

    def edit_think_tank(self) -> bool:
        """File > Think tank settings…: name, period, meeting target, commitment (one undo step)."""
        from tankapp.ui.thinktank.settings_dialog import edit_think_tank

        return edit_think_tank(self)

    def _set_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The new language is used the next time tankapp starts.")
        )

    def show_shortcuts(self) -> None:
        # Key names as Qt writes them in the user's language (NativeText: "Ctrl+Skift+Z" in Danish).
        from tankapp.ui.meeting_mode.keys import key_range, key_text, shortcut_rows, shortcuts_html

        rows = [
            (key_range("Ctrl+1", "Ctrl+7"), self.tr("Go to a section")),
            (key_text("Ctrl+N"), self.tr("New member, group, meeting or presentation (in the section shown)")),
            (key_text("Ctrl+P"), self.tr("Agenda as PDF (in Meetings)")),
            (key_text("Ctrl+Up", "Ctrl+Down"), self.tr("Move an agenda item")),
            (key_text("Insert", "Delete"), self.tr("Add or remove an agenda item")),
            (key_text("Ctrl+I"), self.tr("Import members")),
            (key_text("Ctrl+F"), self.tr("Find in the list")),
            (key_text("Return"), self.tr("Open the selected row")),
            (key_text("Ctrl+Z"), self.tr("Undo")),
            (key_text("Ctrl+Shift+Z"), self.tr("Redo")),
            (key_text("F5"), self.tr("Start meeting mode (in Meetings)")),
            (key_text("Ctrl+R"), self.tr("Refresh: show what others have saved meanwhile")),
            (key_text("F1"), self.tr("This list")),
        ]
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Keyboard shortcuts"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(shortcuts_html([(None, rows), (self.tr("In meeting mode"), shortcut_rows())]))
        box.exec()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About tankapp"),
            self.tr("tankapp %1\nFor the facilitators of the think tank's expert groups.\n\nDatabase: %2")
            .replace("%1", __version__)
            .replace("%2", self.ops.location),
        )

    # ------------------------------------------------------------------
    def _show_section(self, row: int) -> None:
        key = SECTION_KEYS[row]
        self.settings.setValue("section", key)
        if not self._constructing:  # while constructing, the section comes once the window is on screen
            self._started = True
            self.section(key)
        self.stack.setCurrentIndex(row)
        if key == "members":
            self.undo_group.setActiveStack(self.undo_stack)
        elif key == "groups" and self.is_built("groups"):
            self.groups_page.activate_undo()  # archiving a group is undone there
        elif key == "meetings":
            self.undo_group.setActiveStack(None)
            if self.is_built("meetings"):
                self.meetings_page.agenda.activate_undo()
        elif key == "evaluation" and self.is_built("evaluation"):
            self.section("evaluation").activate_undo()
        else:
            self.undo_group.setActiveStack(self.general_undo)

    def go_to(self, key: str) -> None:
        self.nav.setCurrentRow(SECTION_KEYS.index(key))

    def _current_page(self):
        page = self.stack.currentWidget()
        return page.currentWidget() if isinstance(page, QTabWidget) else page

    def _find(self) -> None:
        page = self._current_page()
        if hasattr(page, "focus_filter"):
            page.focus_filter()

    def new_in_section(self) -> None:
        """Ctrl+N makes a new thing of the section shown (a member where there is none)."""
        page = self._current_page()
        key = SECTION_KEYS[self.stack.currentIndex()]
        if key == "groups":
            self.groups_page.new_group()
        elif key == "meetings":
            self.meetings_page.new_meeting()
        elif key == "knowledge" and page is self.library_page:
            self.library_page.add_presentation()
        elif key == "contributions":
            self.contributions_page.new_contribution()
        elif key == "evaluation":
            self.section("evaluation").new_round()
        else:
            self.go_to("members")
            self.members_page.add_member()

    def import_members(self) -> None:
        from tankapp.ui.members.import_dialog import ImportDialog

        self.go_to("members")
        # The group is asked for in the dialog every time (never taken silently from the list's filter).
        dialog = ImportDialog(self.ops, self.members_page._groups, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_status(self.tr("Members imported: %1").replace("%1", str(dialog.imported)))

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # ------------------------------------------------------------------ backups
    def start_auto_backups(self) -> None:
        """Automatic backups: one shortly after the window is shown (in a worker thread), then hourly."""
        self.backup_status.start()

    def back_up_to_file(self) -> None:
        from tankapp.ui.backups import actions as backups

        if not self._server_says_no(self.tr("Back up")):
            backups.back_up_to_file(self)

    def restore_from_backup(self, preselect=None) -> bool:
        from tankapp.ui.backups import actions as backups

        return not self._server_says_no(self.tr("Restore")) and backups.restore_from_backup(self, preselect)

    def check_database(self) -> bool:
        from tankapp.ui.backups import actions as backups

        return not self._server_says_no(self.tr("Check the database")) and backups.check_database(self)

    def _server_says_no(self, title: str) -> bool:
        """A database on a server has no file here: backing it up, restoring and checking it is the server's job."""
        if not self.ops.on_server:
            return False
        QMessageBox.information(self, title, self.tr(
            "This database is on a database server, not in a file on this computer. Backing it up, restoring "
            "and checking it are done on the server (for example with pg_dump); ask its administrator."))
        return True

    def prepare_for_restore(self) -> None:
        """Before the database file is replaced: no copy running, meeting mode windows saved and closed."""
        if self.is_built("knowledge"):
            self.library_page.cancel_running()
        if self.is_built("meetings"):
            for window in list(self.meetings_page.mode_windows.values()):
                window.close()  # saves its notes

    def clear_undo(self) -> None:
        """Forget every undo step (members, each meeting's agenda)."""
        for stack in self.undo_group.stacks():
            stack.clear()

    def after_restore(self) -> None:
        """The file was replaced (every view reloads by itself): undo steps refer to the old data."""
        for stack in self.undo_group.stacks():
            stack.clear()
        self.backup_status.refresh()

    # ------------------------------------------------------------------ start
    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._started:
            QTimer.singleShot(0, self._start)

    def _start(self) -> None:
        """Once the window is on screen: paint its frame, then build and load the section shown."""
        if self._started or not self.isVisible():
            return
        handle = self.windowHandle()
        if handle is not None and not handle.isExposed() and self._start_tries < 50:
            self._start_tries += 1  # a window manager may take a moment to map the window
            QTimer.singleShot(10, self._start)
            return
        self.repaint()
        self.shown_on_screen.emit()
        if not self.isVisible():  # closed on sight (the start-up benchmark)
            return
        self.ensure_started()

    def ensure_started(self) -> None:
        """Build the section shown now, if the window has not done so yet (tests call this)."""
        if self._started:
            return
        self._show_section(self.nav.currentRow())
        self.ready.emit()

    # ------------------------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 720)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([180, 1000])
        # A new user starts on Status, the dashboard (the first thing a facilitator sees); a remembered choice wins.
        key = self.settings.value("section", "status")
        self.go_to(key if key in SECTION_KEYS else "status")

    def save_window_state(self) -> None:
        """Size, place and splitter into the settings (the next window, or the next start, opens so)."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event) -> None:
        if self.is_built("knowledge"):
            self.library_page.cancel_running()
        if self.is_built("meetings"):
            for window in list(self.meetings_page.mode_windows.values()):
                window.close()  # saves its notes
        self.save_window_state()
        self.backup_status.finish()  # the closing backup, before the program ends
        super().closeEvent(event)
