"""Backups in the window: automatic ones, the status-bar line, the File menu's backup, restore and check.

Automatic backups (into the backups folder, with rotation: the last 7 days and
8 weeks) are made

* once after the window is shown (in a worker thread, so the window never waits),
* every hour the window is open, when something was changed since the last one,
* when the window closes (before the program ends), when something was changed
  since the last one or none was made while the window was open.

A failed one (a full disk) is a message in the status bar and a line in the log,
never an error dialog in the way of the work. The status bar always says when
the last good backup was made, in red when it is more than a day old.

Also here: the dialog that opens when the database itself cannot be opened
(damaged, not a tankapp database, from a newer tankapp) and offers the latest
good backup (:func:`offer_restore_on_open`).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tankapp.services.errors import ServiceError
from tankapp.ui.common import texts
from tankapp.ui.ops import Operations
from tankapp.ui.ops.backups import AutoResult, BackupProblem, BackupRow

log = logging.getLogger(__name__)

HOUR_MS = 60 * 60 * 1000
START_DELAY_MS = 1500  # after the first frames: the window is on screen before the copy starts
STALE_AFTER = dt.timedelta(hours=24)


# ---------------------------------------------------------------- words


def format_when(made_at: dt.datetime, now: dt.datetime | None = None) -> str:
    """When a backup was made, the Danish way: "today 14.05", "yesterday 09.30", "25.11.2026 14.05"."""
    now = now or dt.datetime.now()
    clock = texts.format_time(made_at.time())
    if made_at.date() == now.date():
        return QCoreApplication.translate("Backups", "today %1").replace("%1", clock)
    if made_at.date() == now.date() - dt.timedelta(days=1):
        return QCoreApplication.translate("Backups", "yesterday %1").replace("%1", clock)
    return f"{texts.format_date(made_at.date())} {clock}"


def problem_text(problem: BackupProblem) -> str:
    """Why a backup or restore did not happen, in the user's language (one sentence)."""
    words = {
        "disk_full": QCoreApplication.translate("Backups", "The disk is full."),
        "no_permission": QCoreApplication.translate(
            "Backups", "tankapp may not write there (no permission, or the disk is read-only)."
        ),
        "exists": QCoreApplication.translate("Backups", "A file with that name already exists."),
        "damaged": QCoreApplication.translate("Backups", "The copy did not pass SQLite's check: the file is damaged."),
        "in_use": QCoreApplication.translate(
            "Backups", "The database is open in another program or another tankapp window. Close it and try again."
        ),
        "missing": QCoreApplication.translate("Backups", "The file is not there any more."),
        "not_tankapp": QCoreApplication.translate("Backups", "The file is not a tankapp database."),
        "newer": QCoreApplication.translate(
            "Backups", "The file was made by a newer version of tankapp. Update tankapp to use it."
        ),
    }
    return words.get(problem.reason, QCoreApplication.translate("Backups", "Something went wrong (the details say what)."))


def _warn(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setDetailedText(detail)
    box.exec()


class _WaitCursor:
    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QGuiApplication.restoreOverrideCursor()


# ---------------------------------------------------------------- automatic backups and the status line


class BackupStatus(QObject):
    """The status bar's "Last backup: today 14.05" and the automatic backups of one window.

    Nothing runs until :meth:`start` (the program calls it after showing the
    window; tests and the smoke test need not). :meth:`finish` is for the
    window's close.
    """

    def __init__(self, ops: Operations, status_bar, parent: QObject | None = None):
        super().__init__(parent)
        self.ops = ops
        self._status_bar = status_bar
        self.label = QLabel()
        self.label.setObjectName("last-backup")
        self.started = False
        self.last_result: AutoResult | None = None
        self._made_this_session = False
        self._dirty = False
        self._latest: BackupRow | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self._hourly)
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.timeout.connect(self.run_now)
        ops.changed.connect(self._on_changed)
        ops.backups.auto_finished.connect(self._on_finished)
        self.show_latest(ops.backups.newest())

    # ------------------------------------------------------------------ the line
    def show_latest(self, row: BackupRow | None, now: dt.datetime | None = None) -> None:
        """Say when the last good backup was made; red when there is none or it is over a day old."""
        now = now or dt.datetime.now()
        self._latest = row
        folder = str(self.ops.backups.folder)
        if self.ops.on_server:  # no file here: the server's backups are its administrator's
            self.stale = False
            self.label.setText(QCoreApplication.translate("Backups", "Backups: on the server"))
            self.label.setStyleSheet("")
            self.label.setToolTip(QCoreApplication.translate(
                "Backups", "This database is on a database server; the server makes its backups, not tankapp."))
            return
        if row is None:
            self.label.setText(QCoreApplication.translate("Backups", "Last backup: none yet"))
            tip = QCoreApplication.translate(
                "Backups", "No backup of this database has been made yet. Backups are kept in %1."
            ).replace("%1", folder)
            stale = True
        else:
            when = format_when(row.made_at, now)
            self.label.setText(QCoreApplication.translate("Backups", "Last backup: %1").replace("%1", when))
            tip = QCoreApplication.translate(
                "Backups", "Backups are made when tankapp starts, every hour and when it closes, and kept in %1."
            ).replace("%1", folder)
            stale = now - row.made_at > STALE_AFTER
        self.stale = stale
        self.label.setStyleSheet(f"color: {texts.warning_color().name()};" if stale else "")
        self.label.setToolTip(tip)

    @property
    def latest(self) -> BackupRow | None:
        return self._latest

    def refresh(self) -> None:
        """Look in the folder again (after a restore): the newest good backup."""
        self.show_latest(self.ops.backups.latest_good())

    # ------------------------------------------------------------------ when backups are made
    def start(self, delay_ms: int | None = None) -> None:
        """Automatic backups from now on: one shortly (after the window is shown), then every hour."""
        self.started = True
        self._start_timer.start(max(0, START_DELAY_MS if delay_ms is None else delay_ms))
        self.timer.start()

    def run_now(self) -> None:
        """An automatic backup in the worker thread (at most one at a time)."""
        if self.ops.backups.busy():
            return
        self._dirty = False
        self.ops.backups.start_auto()

    def _hourly(self) -> None:
        if self._dirty or not self._made_this_session:
            self.run_now()

    def _on_changed(self, _changes) -> None:
        self._dirty = True

    def _on_finished(self, result: AutoResult) -> None:
        self.last_result = result
        if result.made is not None:
            self._made_this_session = True
            self.show_latest(result.made)
            return
        self._dirty = True  # try again at the next hour
        self.show_latest(result.latest)
        message = QCoreApplication.translate(
            "Backups", "The automatic backup failed: %1 Everything is still saved in the database."
        ).replace("%1", problem_text(result.problem) if result.problem else "")
        self._status_bar.showMessage(message, 30000)
        self.label.setToolTip(message)

    def finish(self) -> AutoResult | None:
        """When the window closes: wait for a running backup, and make one if the work since needs it."""
        if not self.started:
            return None
        self.started = False
        self.timer.stop()
        pending_start = self._start_timer.isActive()
        self._start_timer.stop()
        self.ops.backups.wait_idle()
        if not (self._dirty or pending_start or not self._made_this_session):
            return None
        self._dirty = False
        result = self.ops.backups.make_auto()
        self.last_result = result
        if result.made is not None:
            self._made_this_session = True
        return result


# ---------------------------------------------------------------- File > Back up to a file…


def back_up_to_file(window) -> Path | None:
    """Ask where (e.g. a USB stick), write a checked backup there; the written file, or None."""
    settings = window.settings
    folder = str(settings.value("backup/folder", str(Path.home())))
    name = f"tankapp-{dt.date.today().isoformat()}.sqlite"
    path, _ = QFileDialog.getSaveFileName(  # asks before replacing an existing file (Qt's default)
        window,
        QCoreApplication.translate("Backups", "Back up to a file"),
        str(Path(folder) / name),
        QCoreApplication.translate("Backups", "tankapp database (*.sqlite);;All files (*)"),
    )
    if not path:
        return None
    settings.setValue("backup/folder", str(Path(path).parent))
    try:
        with _WaitCursor():
            row = window.ops.backups.backup_to(path)
    except ServiceError as exc:  # the database itself, its files, a write-protected file…
        _warn(window, QCoreApplication.translate("Backups", "Back up to a file"), Operations.message(exc))
        return None
    except BackupProblem as problem:
        _warn(
            window,
            QCoreApplication.translate("Backups", "Back up to a file"),
            QCoreApplication.translate("Backups", "No backup was made: %1 The database is untouched.")
            .replace("%1", problem_text(problem)),
            problem.detail,
        )
        return None
    window.show_status(QCoreApplication.translate("Backups", "Backed up to %1").replace("%1", row.path.name))
    QMessageBox.information(
        window,
        QCoreApplication.translate("Backups", "Back up to a file"),
        QCoreApplication.translate(
            "Backups", "The backup is saved as %1 (%2). It was checked: it opens, and SQLite found no damage in it."
        )
        .replace("%1", str(row.path))
        .replace("%2", texts.format_size(row.size)),
    )
    return row.path


# ---------------------------------------------------------------- File > Restore from a backup…


class RestoreDialog(QDialog):
    """The backups of this database, newest first, and "Choose another file…"; OK restores the one chosen."""

    def __init__(self, ops: Operations, parent=None, preselect: Path | None = None):
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(560, 420)
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. Everything changed after it was made is replaced by the backup.\n\n"
                "The database as it is now is kept aside first, so nothing is lost: it appears in this list as "
                "“before restore”, and restoring that undoes the restore."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("backups")
        self.other_button = QPushButton(self.tr("Choose another file…"))
        self.other_button.clicked.connect(self.choose_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Restore"))
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.list.itemDoubleClicked.connect(lambda _item: self.ok_button.isEnabled() and self.accept())
        self.empty = QLabel(
            self.tr("There are no backups of this database in %1 yet.").replace("%1", str(ops.backups.folder))
        )
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.rows: list[BackupRow] = []
        try:
            self.rows = ops.backups.list()
        except BackupProblem as problem:
            self.empty.setText(problem_text(problem))
        for row in self.rows:
            self._add(row)
        self.empty.setVisible(not self.rows)
        if preselect is not None:
            self.select(preselect)
        if self.list.currentRow() < 0:
            for i in range(self.list.count()):
                if self.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled:
                    self.list.setCurrentRow(i)
                    break
        self._update()

    def _add(self, row: BackupRow, first: bool = False) -> QListWidgetItem:
        text = f"{format_when(row.made_at)}    {texts.format_size(row.size)}"
        if row.before_restore:
            text += "    " + self.tr("(before restore)")
        if row.ok is False:
            text += "    " + self.tr("(cannot be opened)")
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, row)
        item.setToolTip(str(row.path))
        if row.ok is False:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        if first:
            self.list.insertItem(0, item)
        else:
            self.list.addItem(item)
        return item

    def select(self, path: Path) -> bool:
        for i in range(self.list.count()):
            row = self.list.item(i).data(Qt.ItemDataRole.UserRole)
            if row.path == Path(path):
                self.list.setCurrentRow(i)
                return True
        return False

    def chosen(self) -> BackupRow | None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def _update(self) -> None:
        self.ok_button.setEnabled(self.chosen() is not None)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(Path.home()), self.tr("tankapp database (*.sqlite);;All files (*)")
        )
        if not path:
            return
        try:
            row = self.ops.backups.describe(path)
        except BackupProblem as problem:
            _warn(self, self.tr("Choose a backup"), problem_text(problem), problem.detail)
            return
        if not row.ok:
            text = self.tr("%1 is not a tankapp database that this tankapp can open.").replace("%1", str(row.path))
            _warn(self, self.tr("Choose a backup"), text)
            return
        if not self.select(row.path):
            self._add(row, first=True)
            self.list.setCurrentRow(0)
        self.empty.hide()
        self._update()


def restore_from_backup(window, preselect: Path | None = None) -> bool:
    """File > Restore from a backup…: choose, restore, every view reloads; True when restored."""
    dialog = RestoreDialog(window.ops, window, preselect)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    row = dialog.chosen()
    if row is None:
        return False
    title = QCoreApplication.translate("Backups", "Restore from a backup")
    window.prepare_for_restore()  # meeting mode windows save their notes and close
    try:
        with _WaitCursor():
            info = window.ops.backups.restore(row.path)
    except BackupProblem as problem:
        text = QCoreApplication.translate("Backups", "Nothing was restored: %1").replace("%1", problem_text(problem))
        _warn(window, title, text, problem.detail)
        return False
    except ServiceError as exc:  # replaced, but it does not open again
        window.after_restore()
        _warn(window, title, Operations.message(exc))
        return False
    window.after_restore()
    when = format_when(row.made_at)
    text = QCoreApplication.translate(
        "Backups", "The database is back as it was when the backup was made (%1)."
    ).replace("%1", when)
    if info.kept_aside is not None:
        text += "\n\n" + QCoreApplication.translate(
            "Backups",
            "The database as it was just before is kept aside. To go back to it, choose File > Restore from a "
            "backup… and pick the entry marked “before restore” (%1).",
        ).replace("%1", format_when(info.kept_aside.made_at))
    window.show_status(QCoreApplication.translate("Backups", "Restored the backup from %1").replace("%1", when))
    QMessageBox.information(window, title, text)
    return True


# ---------------------------------------------------------------- File > Check the database


def check_database(window) -> bool:
    """The full check of the open database (read-only); offers the latest good backup on damage."""
    title = QCoreApplication.translate("Backups", "Check the database")
    try:
        with _WaitCursor():
            result = window.ops.backups.check()
    except BackupProblem as problem:
        _warn(window, title, problem_text(problem), problem.detail)
        return False
    if result.ok:
        QMessageBox.information(
            window,
            title,
            QCoreApplication.translate(
                "Backups", "The database is in order: SQLite checked every page and every reference and found no problems."
            ),
        )
        return True
    good = window.ops.backups.latest_good()
    text = QCoreApplication.translate("Backups", "The check found problems in the database:")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=window)
    box.setInformativeText("\n".join(result.problems[:10]))
    restore = None
    if good is not None:
        restore = box.addButton(
            QCoreApplication.translate("Backups", "Restore the latest backup from %1…")
            .replace("%1", format_when(good.made_at)),
            QMessageBox.ButtonRole.AcceptRole,
        )
    else:
        none = QCoreApplication.translate("Backups", "There is no good backup of it in the backups folder.")
        box.setInformativeText(box.informativeText() + "\n\n" + none)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if restore is not None and box.clickedButton() is restore:
        window.restore_from_backup(preselect=good.path)
    return False


# ---------------------------------------------------------------- when the database cannot be opened


def offer_restore_on_open(path: Path | str, exc: BaseException, parent: QWidget | None = None) -> bool:
    """The database could not be opened: say why, and offer the latest good backup where that helps.

    True when the backup was restored (the file the window could not open is
    kept aside in the backups folder, its bytes untouched); the caller then opens
    the database again. False: the user chose Close, or there was nothing to offer.
    """
    from tankapp.ui.ops.backups import latest_good_backup_of, open_failure_kind, restore_file

    path = Path(path)
    kind = open_failure_kind(exc)
    what = {
        "damaged": QCoreApplication.translate("Backups", "The database %1 is damaged, so tankapp cannot open it."),
        "not_tankapp": QCoreApplication.translate(
            "Backups", "%1 is not a tankapp database (or not one tankapp can read), so tankapp cannot open it."
        ),
        "newer": QCoreApplication.translate(
            "Backups", "The database %1 was made by a newer version of tankapp. Update tankapp to open it."
        ),
    }.get(kind or "")
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("tankapp")
    box.setDetailedText(str(exc))
    if what is None:  # a full or read-only disk, no permission: a backup would not help
        box.setText(QCoreApplication.translate("App", "The database could not be opened:") + "\n\n" + str(exc))
        box.setDetailedText("")
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    left = QCoreApplication.translate("Backups", "The file was left exactly as it is.")
    box.setText(what.replace("%1", str(path)) + " " + left)
    good = latest_good_backup_of(path)
    restore = None
    if good is None:
        box.setInformativeText(
            QCoreApplication.translate("Backups", "No good backup of it was found in the backups folder (%1).")
            .replace("%1", str(_backups_folder()))
        )
    else:
        when = format_when(good.made_at)
        box.setInformativeText(
            QCoreApplication.translate(
                "Backups",
                "A good backup from %1 exists. Restoring it brings the database back as it was then; "
                "changes made after that are not in it. The file as it is now is kept aside in the backups folder.",
            ).replace("%1", when)
        )
        restore = box.addButton(
            QCoreApplication.translate("Backups", "Restore the latest backup from %1").replace("%1", when),
            QMessageBox.ButtonRole.AcceptRole,
        )
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore or close)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    try:
        info = restore_file(path, good.path)
    except BackupProblem as problem:
        text = QCoreApplication.translate("Backups", "Nothing was restored: %1").replace("%1", problem_text(problem))
        _warn(parent, "tankapp", text, problem.detail)
        return False
    log.info("restored the latest backup after the database could not be opened (%s)", kind)
    if info.kept_aside is not None:
        QMessageBox.information(
            parent,
            "tankapp",
            QCoreApplication.translate(
                "Backups", "The backup from %1 is restored. The file that could not be opened is kept aside as %2."
            )
            .replace("%1", format_when(good.made_at))
            .replace("%2", str(info.kept_aside.path)),
        )
    return True


def _backups_folder() -> Path:
    from tankapp.ui.ops.backups import BackupOps

    return BackupOps.backups_folder()
