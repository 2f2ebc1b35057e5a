"""Danish is the default language: every UI string is translated and the .qm is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "tankapp_da.ts"
QM = ROOT / "resources" / "i18n" / "tankapp_da.qm"
BIN = Path(sys.executable).parent


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            out[(name, m.find("source").text)] = m.find("translation")
    return out


def test_every_string_has_a_danish_translation():
    missing = [src for src, tr in _messages(TS).items() if tr.get("type") == "unfinished" or not (tr.text or "").strip()]
    assert missing == []


def test_no_ui_string_is_left_out_of_the_ts_file(tmp_path):
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    ui_files = sorted(str(p) for p in (ROOT / "tankapp" / "ui").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *ui_files, "-ts", str(fresh)], check=True, capture_output=True)
    new = [src for src, tr in _messages(fresh).items() if tr.get("type") == "unfinished"]
    assert new == [], "run `make translations` and translate the new strings"


def test_compiled_qm_matches_the_ts_file(tmp_path):
    qm = tmp_path / "check.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == QM.read_bytes(), "run `make translations` to rebuild the .qm"


@pytest.fixture
def danish(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_main_window_speaks_danish(qtbot, db, tmp_path, danish):
    from PySide6.QtCore import QSettings

    from tankapp.ui.main_window import MainWindow

    w = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    sections = [w.nav.item(i).text() for i in range(w.nav.count())]
    assert sections == ["Grupper", "Medlemmer", "Møder", "Viden", "Bidrag", "Evaluering", "Status"]
    assert w.members_page.add_button.text() == "Nyt medlem"


def test_problem_messages_are_danish(danish, db, group_ids):
    from tankapp.services.members import registry as members
    from tankapp.ui.common.texts import problem_text

    with db.session() as s:
        members.add_member(s, members.MemberInput(name="Åse Kjærgaard", group_id=group_ids["Forskere"], email="aase@x.dk"))
        (p,) = members.validate_member(s, members.MemberInput(name="Bo", group_id=group_ids["Ledere"], email="AASE@x.dk"))
    assert problem_text(p) == "E-mailadressen bruges allerede af Åse Kjærgaard (Forskere)."
    assert QCoreApplication.translate("Labels", "Municipality") == "Kommune"
