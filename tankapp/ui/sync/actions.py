"""Several laptops in the window: the File menu's entries and the status bar's "N conflicts".

- *Export package for meetings…* (the office): the dialog choosing the meetings and
  saying what is inside, then where to save it; written in the background.
- *Send changes…* (a laptop opened from a package): everything changed since, to a file.
- *Import package or changes…*: the file is checked completely first (a refused one is
  said in one sentence, and nothing changes). A laptop's changes: the dry run is shown,
  and only its button merges them. A package: it opens in a new database file of its
  own, and the window switches to it as File > Open database… does.
- *Conflicts…* and the status bar's "N conflicts" open the conflicts view.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMenu, QMessageBox, QWidget

from tankapp.services.errors import ServiceError
from tankapp.ui.common import texts
from tankapp.ui.ops import Kind, Operations
from tankapp.ui.ops.follow import follow
from tankapp.ui.sync.words import changed_text, count_text, counts_text, fill, safe_file_name, translate

SUFFIX = ".tankpkg"
FOLDER_KEY = "sync/folder"


def file_filter() -> str:
    return translate("Sync", "tankapp package or changes (*.tankpkg);;All files (*)")


class _Busy:
    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        return self

    def __exit__(self, *exc):
        QGuiApplication.restoreOverrideCursor()
        return False


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """A message whose text is shown as typed (a file, meeting or laptop name may hold "<b>")."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def _meeting_list(meetings) -> str:
    """"Title (date); Title (date)", at most five named (a hostile file may list thousands)."""
    named = [f"{t} ({texts.format_date(d)})" if d else t for t, d in meetings[:5]]
    if len(meetings) > 5:
        named.append(fill(translate("Sync", "%1 more"), len(meetings) - 5))
    return "; ".join(named)


class SyncActions(QObject):
    """The window's entries for packages, changes and conflicts, and the status bar's count of conflicts."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ops: Operations = window.ops
        self.export_action = QAction(translate("Sync", "Export &package for meetings…"), window)
        self.export_action.setToolTip(translate("Sync", "One file with what it takes to run meetings on another laptop"))
        self.export_action.triggered.connect(lambda _checked=False: self.export_package())
        self.send_action = QAction(translate("Sync", "Send c&hanges…"), window)
        self.send_action.setToolTip(translate("Sync", "On a laptop opened from a package: everything changed since, for the office"))
        self.send_action.triggered.connect(lambda _checked=False: self.send_changes())
        self.import_action = QAction(translate("Sync", "I&mport package or changes…"), window)
        self.import_action.setToolTip(translate("Sync", "A package: opened in a new database. A laptop's changes: merged in here"))
        self.import_action.triggered.connect(lambda _checked=False: self.import_file())
        self.conflicts_action = QAction(translate("Sync", "Con&flicts…"), window)
        self.conflicts_action.setToolTip(translate("Sync", "Values changed both here and on a laptop, for you to choose"))
        self.conflicts_action.triggered.connect(lambda _checked=False: self.show_conflicts())

        # "2 conflicts" in the status bar while any wait for a person; a click opens them.
        self.status_label = QLabel()
        self.status_label.setObjectName("sync-conflicts")
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setToolTip(translate("Sync", "Values changed both here and on a laptop, for you to choose"))
        self.status_label.linkActivated.connect(lambda _link: self.show_conflicts())
        self.status_label.hide()
        window.statusBar().addPermanentWidget(self.status_label)
        self.open_conflicts = 0
        follow(window, self.ops, [Kind.CONFLICT], lambda _changes: self.refresh_count())
        QTimer.singleShot(0, self, self.refresh_count)  # once the window is up (not if it went meanwhile)

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.export_action)
        menu.addAction(self.send_action)
        menu.addAction(self.import_action)
        menu.addAction(self.conflicts_action)
        menu.aboutToShow.connect(self.update_actions)

    # ------------------------------------------------------------------ state
    def refresh_count(self) -> None:
        try:
            n = self.ops.sync.open_conflicts()
        except (ServiceError, RuntimeError):  # the disk said no, or the window is going away
            return
        self.open_conflicts = n
        if n:
            text = translate("Sync", "1 conflict") if n == 1 else fill(translate("Sync", "%1 conflicts"), n)
            color = texts.warning_color().name()
            self.status_label.setText(f'<a href="#conflicts" style="color: {color};">{text}</a>')
        self.status_label.setVisible(bool(n))

    def update_actions(self) -> None:
        """Packages go out from the office and changes from a laptop: the other entry is greyed out."""
        try:
            this = self.ops.sync.this_database()
        except ServiceError:
            return
        self.export_action.setEnabled(not this.is_laptop)
        self.send_action.setEnabled(this.is_laptop)

    def _folder(self) -> str:
        folder = self.window.settings.value(FOLDER_KEY) or self.window.settings.value("export/folder")
        if isinstance(folder, str) and Path(folder).is_dir():
            return folder
        return str(Path.home())

    def _remember_folder(self, path: Path) -> None:
        self.window.settings.setValue(FOLDER_KEY, str(path.parent))

    def _ask_save(self, title: str, name: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(Path(self._folder()) / name), file_filter())
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_name(path.name + SUFFIX)
        self._remember_folder(path)
        return path

    # ------------------------------------------------------------------ File > Export package for meetings…
    def export_package(self, preselect: list[int] | None = None) -> bool:
        """The dialog, then where to save; the file is written in the background. True when writing started."""
        from tankapp.ui.sync.export_dialog import ExportPackageDialog

        title = translate("Sync", "Export package for meetings")
        try:
            this = self.ops.sync.this_database()
        except ServiceError as exc:
            _box(self.window, QMessageBox.Icon.Warning, title, Operations.message(exc))
            return False
        if this.is_laptop:
            _box(self.window, QMessageBox.Icon.Information, title, translate("Sync", 
                "This database was opened from a package (it is a laptop's), so it sends its changes back "
                "instead: File > Send changes…. Packages are exported from the office database."))
            return False
        dialog = ExportPackageDialog(self.ops, self.window, preselect)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        ids = dialog.meeting_ids()
        if not ids:
            return False
        path = self._ask_save(title, self._package_name(ids) + SUFFIX)
        if path is None:
            return False

        def failed(exc: ServiceError) -> None:
            self.window.show_status(Operations.message(exc))
            _box(self.window, QMessageBox.Icon.Warning, title, Operations.message(exc))

        def done(written) -> None:
            self.window.show_status(fill(translate("Sync", "Package saved as %1"), written.path.name))
            meetings = _meeting_list(written.meetings)
            files = translate("Sync", "1 file") if written.files == 1 else fill(translate("Sync", "%1 files"), written.files)
            text = fill(translate("Sync", "The package is saved as %1.\n\nIt holds %2 (%3): %4; %5."), written.path,
                        count_text(len(written.meetings), "meeting"), meetings,
                        counts_text({t: n for t, n in written.counts.items()
                                     if t not in ("meeting", "expert_group", "attachment")}), files)
            text += "\n\n" + translate("Sync", "It holds personal data and only you can read it. Give it only to the person running "
                                "the meetings, and delete it once their laptop has opened it.")
            if written.missing_files:
                text += "\n\n" + fill(translate("Sync", "Left out, because they are not in the data folder: %1"),
                                        ", ".join(written.missing_files))
            _box(self.window, QMessageBox.Icon.Information, title, text)

        self.window.show_status(fill(translate("Sync", "Writing %1 …"), path.name))
        try:
            self.ops.sync.export_package(ids, path, done=done, failed=failed)
        except ServiceError as exc:  # refused before anything was written
            failed(exc)
            return False
        return True

    def _package_name(self, ids: list[int]) -> str:
        try:
            meetings = {m.id: m for m in self.ops.sync.coming_meetings(earlier_too=True)}
        except ServiceError:
            meetings = {}
        chosen = sorted((meetings[i] for i in ids if i in meetings), key=lambda m: (m.date, m.start))
        if not chosen:
            return translate("Sync", "Meeting package")
        first = chosen[0]
        if len(chosen) == 1:
            what = " ".join(first.groups) or first.title
            return safe_file_name(translate("Sync", "Meeting package") + f" {what} {first.date.isoformat()}", 100)
        return safe_file_name(fill(translate("Sync", "Meeting package %1 meetings from %2"), len(chosen), first.date.isoformat()), 100)

    # ------------------------------------------------------------------ File > Send changes…
    def send_changes(self) -> bool:
        title = translate("Sync", "Send changes")
        try:
            this = self.ops.sync.this_database()
        except ServiceError as exc:
            _box(self.window, QMessageBox.Icon.Warning, title, Operations.message(exc))
            return False
        if not this.is_laptop:
            _box(self.window, QMessageBox.Icon.Information, title, translate("Sync", 
                "This database was not opened from a package, so it has no changes to send back. On a laptop, "
                "first open the package from the office (File > Import package or changes…), run the meetings "
                "in it, and then send its changes."))
            return False
        label = safe_file_name(this.label, 40) or translate("Sync", "laptop")
        name = safe_file_name(fill(translate("Sync", "Changes from %1 no. %2"), label, this.next_seq), 100)
        path = self._ask_save(title, name + SUFFIX)
        if path is None:
            return False

        def failed(exc: ServiceError) -> None:
            self.window.show_status(Operations.message(exc))
            _box(self.window, QMessageBox.Icon.Warning, title, Operations.message(exc))

        def done(written) -> None:
            self.window.show_status(fill(translate("Sync", "Changes saved as %1"), written.path.name))
            n = written.total
            if n == 0:
                text = fill(translate("Sync", "Nothing has changed since the package was opened; %1 says so (changes file no. %2)."),
                            written.path, written.seq)
            else:
                head = (translate("Sync", "1 change is saved in %1 (changes file no. %2)") if n == 1 else
                        translate("Sync", "%3 changes are saved in %1 (changes file no. %2)"))
                text = fill(head, written.path, written.seq, n) + ": " + fill(
                    translate("Sync", "added %1; changed %2; deleted %3."), counts_text(written.added),
                    counts_text(written.changed), counts_text(written.deleted))
            text += "\n\n" + translate("Sync", "Take the file to the office and import it there (File > Import package or "
                                "changes…). Each file holds every change so far, so a lost file is made good by "
                                "the next. It holds personal data: delete it once the office has imported it.")
            _box(self.window, QMessageBox.Icon.Information, title, text)

        self.window.show_status(fill(translate("Sync", "Writing %1 …"), path.name))
        try:
            self.ops.sync.send_changes(path, done=done, failed=failed)
        except ServiceError as exc:
            failed(exc)
            return False
        return True

    # ------------------------------------------------------------------ File > Import package or changes…
    def import_file(self, path: str | Path | None = None) -> bool:
        """Check the file; a laptop's changes: preview, then merge; a package: into a new database. True when done."""
        title = translate("Sync", "Import package or changes")
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self.window, title, self._folder(), file_filter())
            if not chosen:
                return False
            path = chosen
        path = Path(path)
        self._remember_folder(path)
        try:
            with _Busy():
                file = self.ops.sync.read_file(path)  # every byte checked; nothing written
        except ServiceError as exc:
            _box(self.window, QMessageBox.Icon.Warning, title, Operations.message(exc))
            return False
        if file.is_package:
            return self._open_package(file)
        return self._import_changes(file)

    def _import_changes(self, file) -> bool:
        from tankapp.ui.ops.sync import ALREADY, SUPERSEDED
        from tankapp.ui.sync.import_dialog import ImportPreviewDialog

        title = translate("Sync", "Import changes from a laptop")
        try:
            with _Busy():
                preview = self.ops.sync.preview_import(file)
        except ServiceError as exc:
            _box(self.window, QMessageBox.Icon.Warning, title, Operations.message(exc))
            return False
        who = preview.device_label or "?"
        if preview.status == ALREADY:
            _box(self.window, QMessageBox.Icon.Information, title, fill(translate("Sync", 
                "The changes from the laptop “%1” (changes file no. %2) were imported before; nothing changes."),
                who, preview.seq))
            return False
        if preview.status == SUPERSEDED:
            _box(self.window, QMessageBox.Icon.Information, title, fill(translate("Sync", 
                "A newer changes file (no. %3) from the laptop “%1” was imported already, and it holds these "
                "changes (no. %2) too; nothing changes."), who, preview.seq, preview.newer_seq))
            return False
        dialog = ImportPreviewDialog(file, preview, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            with _Busy():
                result = self.ops.sync.import_changes(file)
        except ServiceError as exc:
            _box(self.window, QMessageBox.Icon.Warning, title, Operations.message(exc))
            return False
        self.window.show_status(fill(translate("Sync", "Imported the changes from %1"), who))
        text = fill(translate("Sync", "Imported the changes from the laptop “%1” (changes file no. %2): added %3; changed %4; "
                       "deleted %5."), who, result.seq, counts_text(result.added), changed_text(result.changed),
                    counts_text(result.deleted))
        if result.conflicts:
            n = len(result.conflicts)
            text += "\n\n" + (translate("Sync", "1 conflict waits for you to choose.") if n == 1 else
                              fill(translate("Sync", "%1 conflicts wait for you to choose."), n))
            box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton,
                              self.window)
            box.setTextFormat(Qt.TextFormat.PlainText)
            show = box.addButton(translate("Sync", "Show the conflicts"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(translate("Sync", "Later"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(show)
            box.exec()
            if box.clickedButton() is show:
                self.show_conflicts(result.conflicts[0].id)
        else:
            _box(self.window, QMessageBox.Icon.Information, title, text)
        return True

    def _open_package(self, file) -> bool:
        """A package opens in a new database file of its own; the window then switches to it."""
        from tankapp.ui.ops import databases
        from tankapp.ui.ops.sync import open_package_file
        from tankapp.ui.thinktank.files import workspace_of

        title = translate("Sync", "Open a package")
        meetings = _meeting_list(file.meetings)
        box = QMessageBox(QMessageBox.Icon.Question, title, "", QMessageBox.StandardButton.NoButton, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(fill(translate("Sync", "%1 is a package from “%2” for %3: %4."), file.path.name, file.think_tank or "?",
                         count_text(len(file.meetings), "meeting"), meetings))
        box.setInformativeText(fill(translate("Sync", 
            "A package is opened in a new database file of its own, which this laptop then uses to run the "
            "meetings. The database open now (%1) stays as it is. Afterwards, File > Send changes… writes what "
            "changed, for the office."), self.ops.short_name))
        create = box.addButton(translate("Sync", "Create a new database for it…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(create)
        box.exec()
        if box.clickedButton() is not create:
            return False
        first = file.meetings[0][0] if file.meetings else file.path.stem
        suggested = Path(self._folder()) / (safe_file_name(f"{first} " + translate("Sync", "laptop"), 80) + ".sqlite")
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, translate("Sync", "New database for the package"), str(suggested),
            translate("Sync", "tankapp database (*.sqlite);;All files (*)"), "",
            QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused below, never replaced
        )
        if not chosen:
            return False
        target = databases.absolute(chosen)
        if not target.suffix:
            target = target.with_name(target.name + ".sqlite")
        try:
            with _Busy():
                handle, opened = open_package_file(target, file)
        except ServiceError as exc:
            _box(self.window, QMessageBox.Icon.Warning, title, Operations.message(exc))
            return False
        window = workspace_of(self.window).switch_to(handle)
        counts = {t: n for t, n in opened.counts.items() if t not in ("think_tank", "expert_group", "meeting")}
        text = fill(translate("Sync", "The package is open in %1: %2; %3."), target,
                    meetings or count_text(len(opened.meetings), "meeting"), counts_text(counts))
        text += "\n\n" + translate("Sync", "Run the meetings as usual. Afterwards, File > Send changes… writes what changed, "
                            "for the office to import.")
        _box(window, QMessageBox.Icon.Information, title, text)
        return True

    # ------------------------------------------------------------------ File > Conflicts…
    def show_conflicts(self, conflict_id: int | None = None):
        from tankapp.ui.sync.conflicts import show_conflicts

        return show_conflicts(self.window, conflict_id)

