"""The PyInstaller bundle: build it once (about half a minute) and run the real executable.

Skip with ``pytest -m "not bundle"`` when iterating on something else.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parent.parent
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """Build ``tankapp.spec`` into a private folder; returns the bundle's folder."""
    out = tmp_path_factory.mktemp("bundle")
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"), str(ROOT / "tankapp.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, f"PyInstaller failed:\n{_tail(proc.stdout + proc.stderr)}"
    folder = out / "dist" / "tankapp"
    assert (folder / "tankapp").is_file()
    return folder


def run(bundle: Path, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(bundle / "tankapp"), *args],
        cwd=cwd, capture_output=True, text=True, timeout=120, env={**os.environ, **env},
    )


def test_version(bundle, tmp_path):
    proc = run(bundle, "--version", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"tankapp {VERSION}"


def test_init_creates_a_migrated_database(bundle, tmp_path):
    """Proves the Alembic scripts travel with the bundle and run from it."""
    from tankapp.storage.migrate import script_heads

    db = tmp_path / "x.sqlite"
    proc = run(bundle, "--db", str(db), "init", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert db.is_file()
    with sqlite3.connect(db) as conn:
        revisions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
    assert revisions == script_heads()

    proc = run(bundle, "--db", str(db), "groups", "list", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)) == 6


def test_smoke_test_opens_and_closes_the_window(bundle, tmp_path):
    db = tmp_path / "x.sqlite"
    proc = run(bundle, "--smoke-test", "--db", str(db), cwd=tmp_path, QT_QPA_PLATFORM="offscreen")
    assert proc.returncode == 0, _tail(proc.stdout + proc.stderr)


def test_leaves_out_qml_quick_and_webengine(bundle):
    unwanted = [
        p.name for p in bundle.rglob("*")
        if p.is_file() and any(k in p.name for k in ("Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt63D"))
    ]
    assert unwanted == []


def test_carries_qts_danish_and_ours(bundle):
    """Qt's own Danish (qtbase_da.qm: the file dialog, Annuller, Ctrl+Skift+Z) travels with PyInstaller's
    Qt hook into Qt's translations folder, where tankapp.ui.app looks for it; ours under resources/."""
    qm = {p.name: p for p in bundle.rglob("*.qm")}
    assert "qtbase_da.qm" in qm and qm["qtbase_da.qm"].parent.name == "translations"
    assert qm["qtbase_da.qm"].stat().st_size > 100_000  # the real one, not a stub like qt_da.qm
    assert "tankapp_da.qm" in qm and qm["tankapp_da.qm"].parent.parts[-2:] == ("resources", "i18n")
