"""Helpers shared by the test modules: running the CLI in-process and reading PDFs back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tankapp import cli

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")


def run(capsys, *args) -> tuple[int, str, str]:
    """``tankapp ARGS`` in this process: (exit code, stdout, stderr)."""
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line(err: str) -> None:
    """An error as the CLI must give it: one plain line on stderr, no traceback."""
    assert err.endswith("\n") and err.count("\n") == 1 and err.strip(), repr(err)
    assert "Traceback" not in err


def pdf_text(path: Path) -> str:
    """The PDF's text as pdftotext -raw gives it (lines as laid out)."""
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def pdf_words(path: Path) -> str:
    """The PDF's text, all white space as single spaces (pdftotext breaks wrapped lines)."""
    return " ".join(pdf_text(path).split())
