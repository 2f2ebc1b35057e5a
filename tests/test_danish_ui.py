"""No English word in the Danish UI.

Every widget's visible words (texts, titles, placeholders, tool tips, list and table items, headers,
menu entries) are collected from the main window with every section built, from every dialog and
message the app opens from its menus and buttons (no file needed), from meeting mode, and from
Qt's own dialogs and menus. A text equal to one of the app's English source strings whose Danish
translation differs (resources/i18n/tankapp_da.ts; "%1" and "{name}" match anything) is English
left in the Danish UI, and so is a word of Qt's own ("Cancel", "&Yes", "Shift") that Qt's Danish
translation words differently.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt
from PySide6.QtGui import QDesktopServices, QKeySequence, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "tankapp_da.ts"

# ---------------------------------------------------------------- what counts as English


def _plain(text: str) -> str:
    if GuiQt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _norm(text: str) -> str:
    """Without mnemonics ("&Save" is "Save") and with single spaces."""
    return " ".join(re.sub(r"&(?!&)", "", text).replace("&&", "&").split())


_PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_0-9]*\}")


@lru_cache(maxsize=1)
def _our_english() -> tuple[frozenset[str], tuple[tuple[str, re.Pattern], ...]]:
    """The app's English sources that Danish words differently: exact texts, and patterns for those
    with placeholders (only where enough English words stay to tell)."""
    exact: set[str] = set()
    patterns: list[tuple[str, re.Pattern]] = []
    for ctx in ET.parse(TS).getroot().iter("context"):
        for m in ctx.iter("message"):
            source = _norm(m.find("source").text or "")
            tr = m.find("translation")
            translations = [n.text or "" for n in tr.iter("numerusform")] or [tr.text or ""]
            if not source or any(_norm(t) == source for t in translations):
                continue  # "OK", "E-mail": the same in both languages
            if not _PLACEHOLDER.search(source):
                exact.add(source)
            elif len(re.findall(r"[A-Za-z]{2,}", _PLACEHOLDER.sub(" ", source))) >= 2:
                parts = _PLACEHOLDER.split(source)
                patterns.append((source, re.compile(".+?".join(re.escape(p) for p in parts) + r"\Z", re.S)))
    return frozenset(exact), tuple(patterns)


# Qt's own words, by the context Qt translates them in: English when Qt's Danish differs.
_QT_WORDS = {
    "QPlatformTheme": ["Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort", "Retry",
                       "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset", "Restore Defaults"],
    "QFileDialog": ["Look in:", "File &name:", "Files of type:", "Back", "Forward", "Parent Directory",
                    "Create New Folder", "List View", "Detail View", "&Open", "&Save", "&Choose", "New Folder",
                    "&Delete", "&Rename", "Show &hidden files", "Directories", "Directory:", "All Files (*)",
                    "Recent Places", "My Computer", "Save As", "Find Directory", "Sidebar", "Folder", "File", "Drive",
                    "Unknown"],
    "QFileSystemModel": ["Name", "Size", "Kind", "Date Modified"],
    "QLineEdit": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"],
    "QWidgetTextControl": ["Copy &Link Location"],
    "QMessageBox": ["Show Details...", "Hide Details..."],
    "QAbstractSpinBox": ["&Step up", "Step &down"],
    "QUndoGroup": ["Undo", "Redo"],
    "QScrollBar": ["Scroll here", "Top", "Bottom", "Scroll up", "Scroll down"],
}
# Key names: how Qt's Danish writes them in a shortcut ("Ctrl+Skift+Z", "Side ned").
_KEY_NAMES = ["Shift", "Space", "Return", "Up", "Down", "Left", "Right", "Backspace", "Tab", "Print", "Insert",
              "Delete", "Page Up", "Page Down"]


@lru_cache(maxsize=1)
def _qt_english() -> tuple[frozenset[str], frozenset[str]]:
    """(Qt's English words whose Danish differs, key names whose Danish differs), asked of the
    translators installed now (so an English UI would list nothing)."""
    words = {
        _norm(w)
        for ctx, ws in _QT_WORDS.items()
        for w in ws
        if _norm(QCoreApplication.translate(ctx, w)) != _norm(w)
    }
    keys = {k for k in _KEY_NAMES if QCoreApplication.translate("QShortcut", k) != k}
    return frozenset(words), frozenset(keys)


@dataclass(frozen=True)
class Finding:
    where: str
    kind: str
    text: str
    source: str

    def __str__(self) -> str:
        extra = f" (source {self.source!r})" if self.source != self.text else ""
        return f"{self.where} {self.kind}: {self.text!r}{extra}"


def english_in(text: str) -> str | None:
    """The English source or Qt word ``text`` (one line of it) is, or None."""
    exact, patterns = _our_english()
    qt_words, key_names = _qt_english()
    piece = _norm(text)
    if not piece:
        return None
    if piece in exact or piece in qt_words:
        return piece
    for source, rx in patterns:
        if rx.match(piece):
            return source
    if len(piece) <= 60:  # a shortcut written out: "Ctrl+Shift+Z", "Ctrl+Up / Ctrl+Down", "Insert / Delete"
        tokens = [t.strip() for t in re.split(r"\+|/|…|,|\t", piece)]
        if "+" in piece or "/" in piece or len(tokens) == 1:
            for t in tokens:
                if t in key_names:
                    return t
    return None


# ---------------------------------------------------------------- collecting the words


def _model_texts(view: QAbstractItemView, limit: int = 150) -> list[tuple[str, str]]:
    model = view.model()
    if model is None:
        return []
    root = view.rootIndex() if view.rootIndex().isValid() else QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:
        columns = 1
    out = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for c in range(columns):
        for role in roles:
            v = model.headerData(c, Qt.Orientation.Horizontal, role)
            if isinstance(v, str):
                out.append(("header", v))
    for r in range(min(model.rowCount(root), limit)):
        for c in range(columns):
            index = model.index(r, c, root)
            for role in roles:
                v = model.data(index, role)
                if isinstance(v, str):
                    out.append(("item", v))
    return out


def widget_texts(w: QWidget) -> list[tuple[str, str]]:
    """The words ``w`` shows (or shows on hover), by kind."""
    out: list[tuple[str, str]] = []

    def add(kind: str, text) -> None:
        if isinstance(text, str) and text:
            out.append((kind, text))

    if w.isWindow():
        add("window title", w.windowTitle())
    add("tool tip", w.toolTip())
    add("what's this", w.whatsThis())
    add("accessible name", w.accessibleName())
    if isinstance(w, (QAbstractButton, QLabel)):
        add("text", w.text())
    if isinstance(w, QLineEdit):
        add("placeholder", w.placeholderText())
        add("text", w.text())
    if isinstance(w, (QPlainTextEdit, QTextEdit)):
        add("placeholder", w.placeholderText())
    if isinstance(w, QGroupBox):
        add("title", w.title())
    if isinstance(w, QTabWidget):
        for i in range(w.count()):
            add("tab", w.tabText(i))
            add("tab tip", w.tabToolTip(i))
    if isinstance(w, QTabBar):
        for i in range(w.count()):
            add("tab", w.tabText(i))
    if isinstance(w, QComboBox):
        for i in range(w.count()):
            add("choice", w.itemText(i))
    if isinstance(w, QAbstractSpinBox):
        add("special value", w.specialValueText())
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            add("suffix", w.suffix())
            add("prefix", w.prefix())
    if isinstance(w, QAbstractItemView):
        out.extend(_model_texts(w))
    if isinstance(w, QMenu):
        add("menu", w.title())
    for a in QWidget.actions(w):  # unbound: a window may name an attribute "actions"
        add("action", a.text())
        if _norm(a.toolTip()) != _norm(a.text()):
            add("action tip", a.toolTip())
        add("action status tip", a.statusTip())
        if a.menu() is not None:
            add("menu", a.menu().title())
    return out


def _where(w: QWidget) -> str:
    name = f"#{w.objectName()}" if w.objectName() else ""
    top = w.window()
    return f"{type(top).__name__}/{type(w).__name__}{name}"


def find_english(top: QWidget | list[QWidget]) -> list[Finding]:
    """English words in ``top`` and every widget in it, shown or not (a hidden panel shows later;
    an empty error line says nothing)."""
    found: dict[tuple, Finding] = {}
    for root in top if isinstance(top, list) else [top]:
        for w in [root, *root.findChildren(QWidget)]:
            for kind, text in widget_texts(w):
                plain = _plain(text)
                for piece in {plain, *plain.splitlines(), *plain.split("\t")}:
                    source = english_in(piece)
                    if source is not None:
                        f = Finding(_where(w), kind, _norm(piece), source)
                        found[(f.where, f.kind, f.text)] = f
    return sorted(found.values(), key=str)


def assert_danish(findings: list[Finding]) -> None:
    """Fail with every English text found, one a line (where, what kind, the text, its source)."""
    if findings:
        pytest.fail(f"{len(findings)} English texts in the Danish UI:\n" + "\n".join(sorted({str(f) for f in findings})), pytrace=False)


def texts_english(texts: list[str], where: str) -> list[Finding]:
    out = []
    for text in texts:
        plain = _plain(text)
        for piece in {plain, *plain.splitlines()}:
            source = english_in(piece)
            if source is not None:
                out.append(Finding(where, "text", _norm(piece), source))
    return out


# ---------------------------------------------------------------- fixtures


@pytest.fixture
def danish(qapp):
    """The app's own start-up translation: Qt's Danish and ours."""
    from tankapp.ui.app import install_translations

    native = qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    translators = install_translations(qapp, "da")
    _qt_english.cache_clear()
    yield translators
    for t in translators:
        qapp.removeTranslator(t)
    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, native)
    _qt_english.cache_clear()


@pytest.fixture
def window(qtbot, danish, demo_file, tmp_path):
    """The main window at laptop size over the demo think tank, every section built."""
    from tankapp.storage import open_database
    from tankapp.ui.main_window import SECTION_KEYS, MainWindow

    db = open_database(demo_file)
    w = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    for row in range(len(SECTION_KEYS)):
        w.nav.setCurrentRow(row)
        QApplication.processEvents()
    yield w
    for top in QApplication.topLevelWidgets():
        if top is not w and top.isVisible():
            top.close()
    w.close()
    w.ops.close() if hasattr(w.ops, "close") else None


class DialogCatcher:
    """Every dialog, message and file dialog the app opens is read and then cancelled."""

    def __init__(self, monkeypatch):
        self.findings: list[Finding] = []
        self.opened: list[str] = []
        catcher = self

        def read_dialog(dialog: QDialog):
            dialog.show()
            QApplication.processEvents()
            catcher.opened.append(f"{type(dialog).__name__} {dialog.windowTitle()!r}")
            catcher.findings += find_english(dialog)
            dialog.hide()
            return 0

        def message(kind):
            def fake(parent, title, text, *args, **kwargs):
                catcher.opened.append(f"QMessageBox.{kind} {title!r}")
                catcher.findings += texts_english([title, text], f"QMessageBox.{kind}")
                if kind == "question":
                    return QMessageBox.StandardButton.No
                return QMessageBox.StandardButton.Ok

            return fake

        def file_dialog(kind, empty):
            def fake(parent=None, caption="", *args, **kwargs):
                catcher.opened.append(f"QFileDialog.{kind} {caption!r}")
                filters = [a for a in [*args, *kwargs.values()] if isinstance(a, str)]
                texts = [caption, *";;".join(filters).split(";;")]
                catcher.findings += texts_english([re.sub(r"\s*\(.*\)$", "", t) for t in texts], f"QFileDialog.{kind}")
                return empty

            return fake

        def input_dialog(kind, empty):
            def fake(parent, title, label, *args, **kwargs):
                catcher.opened.append(f"QInputDialog.{kind} {title!r}")
                catcher.findings += texts_english([title, label], f"QInputDialog.{kind}")
                return empty

            return fake

        import PySide6.QtWidgets as widgets

        qt_dialogs = {c for c in vars(widgets).values() if isinstance(c, type) and issubclass(c, QDialog)}
        for cls in {*qt_dialogs, *_dialog_classes()}:
            if "exec" in vars(cls):
                monkeypatch.setattr(cls, "exec", read_dialog)
        monkeypatch.setattr(QMenu, "exec", lambda *a, **k: None)  # a pop-up menu is read, not waited for
        for kind in ("warning", "information", "question", "critical"):
            monkeypatch.setattr(QMessageBox, kind, message(kind))
        monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: message("about")(parent, title, text))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", file_dialog("getSaveFileName", ("", "")))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", file_dialog("getOpenFileName", ("", "")))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", file_dialog("getOpenFileNames", ([], "")))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", file_dialog("getExistingDirectory", ""))
        monkeypatch.setattr(QInputDialog, "getText", input_dialog("getText", ("", False)))
        monkeypatch.setattr(QInputDialog, "getItem", input_dialog("getItem", ("", False)))
        monkeypatch.setattr(QInputDialog, "getInt", input_dialog("getInt", (0, False)))
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: catcher.opened.append(f"openUrl {url}") or True)


def _dialog_classes() -> set[type]:
    """The app's own dialog classes (each may define exec anew in Python)."""
    import importlib
    import pkgutil

    import tankapp.ui

    found = set()
    for info in pkgutil.walk_packages(tankapp.ui.__path__, "tankapp.ui."):
        if info.name.startswith("tankapp.ui.ops"):
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception:  # noqa: BLE001 - a module another part of the house is rewriting
            continue
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, QDialog) and "exec" in vars(value):
                found.add(value)
    return found


def _select_first_row(page: QWidget) -> None:
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisibleTo(page) and model is not None and model.rowCount(QModelIndex()) and not view.selectionModel().hasSelection():
            view.setCurrentIndex(model.index(0, 0))


_RISKY = re.compile(r"Afslut|Luk|Quit|Close|Dansk|English|Gendan|Restore|Slet alt|Anonymis|Fuld skærm|Full screen", re.I)


def _press_everything(top: QWidget, skip: set[int]) -> None:
    """Click every enabled button and trigger every action in ``top`` once (dialogs are caught)."""
    for button in top.findChildren(QAbstractButton):
        if id(button) in skip or not button.isVisibleTo(top) or not button.isEnabled() or button.isCheckable():
            continue
        skip.add(id(button))
        if _RISKY.search(button.text()) or isinstance(button.parent(), QDialogButtonBox):
            continue
        menu = button.menu() if hasattr(button, "menu") else None
        if menu is not None:  # a button with a menu: each entry instead (clicking would wait for the menu)
            for action in menu.actions():
                if action.isEnabled() and not action.isSeparator() and action.menu() is None:
                    action.trigger()
                    QApplication.processEvents()
            continue
        button.click()
        QApplication.processEvents()


# ---------------------------------------------------------------- the tests


def test_the_checker_sees_english(qapp):
    """Without the Danish translation the same walk finds English everywhere (the check can fail)."""
    _qt_english.cache_clear()
    label = QLabel(QCoreApplication.translate("MainWindow", "Members"))
    assert english_in("Members") == "Members"
    assert english_in("Members of Klinikere") == "Members of %1"
    assert english_in("Medlemmer") is None
    assert english_in("Ctrl+Shift+Z") is None  # no Danish loaded: Qt's words are not told apart yet
    assert [f.text for f in find_english(label)] == ["Members"]


def test_qt_words_are_caught_in_danish(danish):
    assert english_in("Cancel") == "Cancel"
    assert english_in("&Yes") == "Yes"
    assert english_in("Ctrl+Shift+Z") == "Shift"
    assert english_in("Ctrl+Up / Ctrl+Down") == "Up"
    assert english_in("Annuller") is None
    assert english_in("Ctrl+Skift+Z") is None
    assert english_in("OK") is None and english_in("Enter") is None  # the same in Danish


def test_main_window_with_every_section_built_speaks_danish(window):
    from tankapp.ui.main_window import SECTION_KEYS

    assert all(window.is_built(k) for k in SECTION_KEYS)
    menus = window.menuBar().findChildren(QMenu)
    assert menus, "the menus are walked too"
    assert_danish(find_english([window, *menus]))


def test_every_dialog_and_message_from_menus_and_buttons_speaks_danish(window, monkeypatch):
    """Every menu entry and every button of every section (a row selected), and meeting mode's."""
    from tankapp.ui.main_window import SECTION_KEYS

    catcher = DialogCatcher(monkeypatch)
    pressed: set[int] = set()
    for row, key in enumerate(SECTION_KEYS):
        window.nav.setCurrentRow(row)
        QApplication.processEvents()
        page = window.section(key)
        pages = [page.widget(i) for i in range(page.count())] if isinstance(page, QTabWidget) else [page]
        for i, sub in enumerate(pages):
            if isinstance(page, QTabWidget):
                page.setCurrentIndex(i)
            _select_first_row(sub)
            _press_everything(sub, pressed)
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.menu() is None and not action.isSeparator() and action.isEnabled() and not action.isCheckable() \
                    and not _RISKY.search(action.text()):
                action.trigger()
                QApplication.processEvents()
    others = [t for t in QApplication.topLevelWidgets() if t is not window and t.isVisible() and not isinstance(t, QMenu)]
    for top in others:  # meeting mode and any window a button opened
        catcher.findings += find_english(top)
        _press_everything(top, pressed)
    assert len(catcher.opened) >= 10, catcher.opened  # the walk did reach the dialogs
    assert any("MeetingDialog" in o for o in catcher.opened)
    assert_danish(catcher.findings)


def test_meeting_mode_speaks_danish(window):
    page = window.meetings_page
    window.go_to("meetings")
    _select_first_row(page)
    assert page.selected() is not None
    page.start_meeting()
    QApplication.processEvents()
    modes = [t for t in QApplication.topLevelWidgets() if type(t).__name__ == "MeetingModeWindow" and t.isVisible()]
    assert modes, "meeting mode opened"
    assert_danish(find_english(modes[0]))


def test_setup_dialog_speaks_danish(qtbot, danish, empty_db):
    from tankapp.ui.ops import Operations
    from tankapp.ui.setup_dialog import SetupDialog

    dialog = SetupDialog(Operations(empty_db))
    qtbot.addWidget(dialog)
    dialog.show()
    assert_danish(find_english(dialog))


def test_qt_dialogs_buttons_and_context_menus_speak_danish(qtbot, danish):
    """Qt's own words come from Qt's Danish (qtbase_da.qm), loaded at start-up beside ours."""
    assert any("qtbase_da" in t.filePath() for t in danish), [t.filePath() for t in danish]

    file_dialog = QFileDialog(None, "Gem referat")
    file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what a non-Danish desktop gets
    file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    file_dialog.setNameFilters(["PDF (*.pdf)"])
    qtbot.addWidget(file_dialog)
    file_dialog.show()
    box = QMessageBox(QMessageBox.Icon.Question, "tankapp", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
    box.setDetailedText("x")
    qtbot.addWidget(box)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    line, text, spin = QLineEdit("x"), QPlainTextEdit("x"), QSpinBox()
    for w in (line, text, spin):
        qtbot.addWidget(w)
    menus = [line.createStandardContextMenu(), text.createStandardContextMenu()]
    found = find_english([file_dialog, box, buttons, *menus])
    assert_danish(found)
    assert "Annuller" in [b.text() for b in buttons.buttons()]
    assert {"&Fortryd", "&Kopiér", "&Sæt ind"} <= {a.text().split("\t")[0] for a in menus[0].actions()}
    assert file_dialog.findChild(QLabel, "lookInLabel").text() == "&Kig i:"
    assert QKeySequence("Ctrl+Shift+Z").toString(QKeySequence.SequenceFormat.NativeText) == "Ctrl+Skift+Z"


def test_a_text_no_translator_knows_stays_as_it_is(danish):
    """What neither Qt's Danish, ours nor the gap filler knows is shown as written, never blank."""
    assert QCoreApplication.translate("QFileDialog", "Not a Qt text 4711") == "Not a Qt text 4711"
    assert QCoreApplication.translate("MainWindow", "Not one of ours either") == "Not one of ours either"
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Mappe"


def test_the_system_file_dialog_is_used_only_when_it_speaks_the_apps_language(qapp, monkeypatch):
    from PySide6.QtCore import QLocale

    from tankapp.ui import app as app_module

    class System:
        def __init__(self, langs):
            self.langs = langs

        def uiLanguages(self):  # noqa: N802
            return self.langs

    before = qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    try:
        for langs, lang, native in ((["da-DK", "da"], "da", True), (["C"], "da", False), (["en-US", "en"], "da", False),
                                    (["en-US", "en"], "en", True), (["da-DK"], "en", False)):
            monkeypatch.setattr(QLocale, "system", staticmethod(lambda langs=langs: System(langs)))
            translators = app_module.install_translations(qapp, lang)
            for t in translators:
                qapp.removeTranslator(t)
            assert qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs) is (not native), (langs, lang)
    finally:
        qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, before)


def test_the_f1_overview_names_keys_in_danish(window, monkeypatch):
    """The keyboard overview (F1) writes key names as Qt's Danish does: Ctrl+Skift+Z, Ctrl+Op."""
    shown: list[QMessageBox] = []

    def read(box):
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", read)
    window.show_shortcuts()
    assert shown, "F1 shows the overview"
    assert_danish(find_english(shown[0]))
