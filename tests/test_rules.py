"""The meeting-mode timer rule: amber from 80 % of an item's planned time, red past it (no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tankapp.domain.rules import timer_state


@pytest.mark.parametrize(
    ("elapsed_seconds", "planned_minutes", "expected"),
    [
        (0, 15, "normal"),
        (12 * 60 - 1, 15, "normal"),  # 11:59 of 15 minutes: just under 80 %
        (12 * 60, 15, "amber"),  # 12:00 of 15 minutes: exactly 80 %
        (13 * 60, 15, "amber"),
        (15 * 60, 15, "amber"),  # exactly the planned time is not over it yet
        (15 * 60 + 1, 15, "red"),  # one second past
        (2 * 3600, 15, "red"),
        (47, 1, "normal"),  # 80 % of a minute is 48 seconds
        (48, 1, "amber"),
        (61, 1, "red"),
        (0, 0, "normal"),  # no planned time: nothing to warn about
        (3600, 0, "normal"),
    ],
)
def test_timer_state_boundaries(elapsed_seconds, planned_minutes, expected):
    assert timer_state(elapsed_seconds, planned_minutes) == expected


def test_the_rule_needs_no_qt():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import tankapp.domain.rules\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root)
    assert result.returncode == 0, result.stderr
