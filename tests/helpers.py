"""Helpers shared by the test modules: running the CLI in-process and reading PDFs back."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tankapp import cli

POPPLER_MISSING = "{tool} is missing: run make test, which installs poppler-utils"


def poppler(tool: str, *args) -> str:
    """The output of a poppler-utils tool (pdftotext, pdfinfo, pdffonts) as text.

    The PDF tests read what a person's PDF reader would show; without poppler-utils they
    fail (``make test`` installs it) rather than pass unread.
    """
    if shutil.which(tool) is None:
        pytest.fail(POPPLER_MISSING.format(tool=tool), pytrace=False)
    out = subprocess.run([tool, *map(str, args)], capture_output=True, check=True)
    return out.stdout.decode("utf-8", "replace")  # poppler garbles some titles in -bbox output


def run(capsys, *args) -> tuple[int, str, str]:
    """``tankapp ARGS`` in this process: (exit code, stdout, stderr)."""
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line(err: str) -> None:
    """An error as the CLI must give it: one plain line on stderr, no traceback."""
    assert err.endswith("\n") and err.count("\n") == 1 and err.strip(), repr(err)
    assert "Traceback" not in err


def db_arg(db) -> str | Path:
    """What ``--db`` takes for an open Database: its file, or (PostgreSQL) its URL with the password."""
    return db.engine.url.render_as_string(hide_password=False) if db.is_server else db.path


def copy_demo(demo_template: Path, path: Path) -> Path:
    """A copy of the demo database (the ``demo_template`` fixture) at *path*, owner-only as tankapp makes its files."""
    shutil.copyfile(demo_template, path)
    path.chmod(0o600)
    return path


def pdf_text(path: Path) -> str:
    """The PDF's text as pdftotext -raw gives it (lines as laid out)."""
    return poppler("pdftotext", "-raw", "-enc", "UTF-8", path, "-")


def pdf_pages(path: Path) -> int:
    """The number of pages, as ``pdfinfo`` reads it."""
    (pages,) = re.findall(r"^Pages:\s+(\d+)$", poppler("pdfinfo", path), re.MULTILINE)
    return int(pages)


def pdf_fonts(path: Path) -> list[str]:
    """The names of the fonts in the PDF (subset prefixes dropped), as ``pdffonts`` lists them."""
    lines = poppler("pdffonts", path).splitlines()[2:]  # a header and a rule
    return [line.split()[0].split("+")[-1] for line in lines if line.strip()]


def pdf_words(path: Path) -> str:
    """The PDF's text, all white space as single spaces (pdftotext breaks wrapped lines)."""
    return " ".join(pdf_text(path).split())


def tankapp_process(cwd: Path, *args, env_extra: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """``python -m tankapp ARGS`` as a real process, as a user meets it.

    The data folder is ``cwd/data``; arguments may be bytes (a file name that is
    not UTF-8); stdout and stderr come back as text (UTF-8, undecodable bytes as U+FFFD).
    """
    import os
    import sys

    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        TANKAPP_DATA_DIR=str(Path(cwd) / "data"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")])),
    )
    env.update(env_extra or {})
    argv = [sys.executable, "-m", "tankapp", *(a if isinstance(a, bytes) else str(a) for a in args)]
    proc = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, timeout=timeout)
    proc.stdout = proc.stdout.decode("utf-8", "replace")
    proc.stderr = proc.stderr.decode("utf-8", "replace")
    return proc
