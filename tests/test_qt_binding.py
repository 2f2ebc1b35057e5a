"""Guards against a broken Qt binding: PySide6 6.12.0 lost a reference to None on
every call of a method returning nothing, and aborted the app after some hours."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit


def test_calling_qt_does_not_leak_references_to_none(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(2000):
        edit.setText("x")
    assert sys.getrefcount(None) >= before - 50
