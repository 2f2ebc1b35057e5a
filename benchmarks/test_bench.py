"""How long the facilitator waits, at scale 1 (the real think tank) and scale 100.

Goals at scale 100 (checked here by measuring, never by asserting a time):

* checking a member in: under 20 ms;
* filtering the attendance list by a typed name: under 50 ms a keystroke;
* the minutes of a 30-item meeting as PDF: under 0.5 s.

GUI benchmarks run the real widgets offscreen and include
``QApplication.processEvents()``, so the repaint the facilitator sees is in the figure.
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/pytest benchmarks`` (see README.md).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tankapp.domain.enums import AttendanceStatus

ROOT = Path(__file__).resolve().parents[1]


def _rounds(scale: float, small: int, big: int) -> int:
    return small if scale < 10 else big


def process_events() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


def _close(widget) -> None:
    widget.close()
    widget.deleteLater()
    process_events()


def typed_text(info) -> str:
    """What the facilitator types to find the arriving member: the first name and two letters more."""
    first, _, rest = info.checkin_member_name.partition(" ")
    return f"{first} {rest[:2]}".strip()


def bench_keystrokes(benchmark, line_edit, text: str, rounds: int) -> None:
    """One measured keystroke per round: the box holds text[:k-1], the key makes it text[:k].

    Rounds walk through the keystrokes of ``text`` in order, again and again, so the
    figures are per keystroke: the first letters (many matches) and the last (few).
    """
    prefixes = [text[:k] for k in range(1, len(text) + 1)]
    state = {"i": 0}

    def setup():
        target = prefixes[state["i"] % len(prefixes)]
        state["i"] += 1
        line_edit.setText(target[:-1])
        process_events()
        return (target,), {}

    def keystroke(target: str) -> None:
        line_edit.setText(target)
        process_events()

    benchmark.extra_info["typed"] = text
    benchmark.pedantic(keystroke, setup=setup, rounds=rounds)
    line_edit.clear()
    process_events()


def bench_clear(benchmark, line_edit, text: str, rounds: int) -> None:
    """Emptying the filter box (Esc, the clear button, or after Enter checked someone in)."""

    def setup():
        line_edit.setText(text)
        process_events()
        return (), {}

    def clear() -> None:
        line_edit.clear()
        process_events()

    benchmark.pedantic(clear, setup=setup, rounds=rounds)


# ====================================================================== check-in


def test_checkin_service(benchmark, bench_db, scale_info):
    """One check-in: `attendance.set_attendance(PRESENT)` in its own write transaction.

    Before each round the registration is taken back (not measured), so each round
    is a first check-in: the invited check runs and a row is inserted.
    """
    from tankapp.services.meeting_mode import attendance

    db, info = bench_db.db, scale_info

    def reset():
        with db.session() as s:
            attendance.set_attendance(s, info.big_meeting_id, info.checkin_member_id, None)
        return (), {}

    def check_in():
        with db.session() as s:
            attendance.set_attendance(s, info.big_meeting_id, info.checkin_member_id, AttendanceStatus.PRESENT)

    benchmark.pedantic(check_in, setup=reset, rounds=_rounds(bench_db.scale, 60, 60), warmup_rounds=2)


@pytest.fixture
def meeting_mode(danish_app, bench_db):
    """Meeting mode open on the big meeting, shown (offscreen)."""
    from tankapp.ui.meeting_mode.window import MeetingModeWindow
    from tankapp.ui.ops import Operations

    window = MeetingModeWindow(Operations(bench_db.db), bench_db.info.big_meeting_id)
    window.show()
    process_events()
    yield window
    _close(window)


def _select_member(window, member_id: int) -> None:
    proxy = window.attendance_proxy
    for r in range(proxy.rowCount()):
        if proxy.row_object(proxy.index(r, 0)).member_id == member_id:
            window.attendance_table.selectRow(r)
            return
    raise AssertionError(f"member {member_id} is not in the attendance list")


def test_checkin_gui(benchmark, bench_db, scale_info, meeting_mode):
    """The Present button in meeting mode: the service write, then one model row replaced in place."""
    window = meeting_mode
    _select_member(window, scale_info.checkin_member_id)

    def reset():
        window.set_state(None)
        process_events()
        return (), {}

    def check_in():
        window.set_state(AttendanceStatus.PRESENT)
        process_events()

    benchmark.pedantic(check_in, setup=reset, rounds=_rounds(bench_db.scale, 60, 60), warmup_rounds=2)
    assert window.selected_member().status == AttendanceStatus.PRESENT


# ====================================================================== filtering


def test_filter_attendance_keystroke(benchmark, bench_db, scale_info, meeting_mode):
    """Typing a name into meeting mode's filter box over the big meeting's invited list."""
    bench_keystrokes(benchmark, meeting_mode.filter, typed_text(scale_info), rounds=_rounds(bench_db.scale, 44, 44))


def test_filter_attendance_clear(benchmark, bench_db, scale_info, meeting_mode):
    bench_clear(benchmark, meeting_mode.filter, typed_text(scale_info), rounds=_rounds(bench_db.scale, 20, 20))


@pytest.fixture
def members_page(danish_app, bench_db):
    """The Medlemmer page over all members, shown (offscreen)."""
    from PySide6.QtGui import QUndoStack

    from tankapp.ui.members.page import MembersPage
    from tankapp.ui.ops import Operations

    page = MembersPage(Operations(bench_db.db), QUndoStack())
    page.resize(1200, 700)
    page.show()
    process_events()
    yield page
    _close(page)


def test_filter_members_keystroke(benchmark, bench_db, scale_info, members_page):
    """Typing a name into the member list's filter box (all members: 10,000 at scale 100)."""
    bench_keystrokes(benchmark, members_page.filter, typed_text(scale_info), rounds=_rounds(bench_db.scale, 44, 22))


def test_filter_members_clear(benchmark, bench_db, scale_info, members_page):
    bench_clear(benchmark, members_page.filter, typed_text(scale_info), rounds=_rounds(bench_db.scale, 20, 5))


# ====================================================================== documents


def _minutes_export():
    from tankapp.services import documents as exports

    if not hasattr(exports, "export_minutes_pdf"):
        pytest.skip("tankapp.services.documents.export_minutes_pdf does not exist yet")
    return exports.export_minutes_pdf


def test_export_minutes_pdf(benchmark, bench_db, scale_info, tmp_path):
    """The minutes of the 30-item meeting (notes, decisions, actions, attendance) as PDF."""
    export = _minutes_export()
    db, path = bench_db.db, tmp_path / "referat.pdf"

    def run():
        with db.reading() as s:
            export(s, scale_info.minutes_meeting_id, path)

    benchmark.pedantic(run, rounds=_rounds(bench_db.scale, 8, 8), warmup_rounds=1)
    assert path.stat().st_size > 10_000


def test_export_agenda_pdf(benchmark, bench_db, scale_info, tmp_path):
    """The agenda of the same 30-item meeting as PDF."""
    from tankapp.services import documents as exports

    db, path = bench_db.db, tmp_path / "dagsorden.pdf"

    def run():
        with db.reading() as s:
            exports.export_agenda_pdf(s, scale_info.minutes_meeting_id, path)

    benchmark.pedantic(run, rounds=_rounds(bench_db.scale, 8, 8), warmup_rounds=1)
    assert path.stat().st_size > 1_000


# ====================================================================== starting the app


def _smoke_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("LANG", "C.UTF-8")
    return env


def _start(benchmark, db_path, until: str) -> None:
    cmd = [sys.executable, "-m", "tankapp", "--db", str(db_path), f"--smoke-test={until}"]
    env = _smoke_env()

    def run():
        subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True, timeout=300)

    benchmark.pedantic(run, rounds=5, warmup_rounds=1)


def test_startup_subprocess(benchmark, bench_db, scale_info):
    """`python -m tankapp --db <file> --smoke-test=shown`: a new process, to the window on screen
    (painted, its section about to load) and out. The goal is measured here."""
    _start(benchmark, bench_db.path, "shown")


def test_startup_loaded_subprocess(benchmark, bench_db, scale_info):
    """`--smoke-test`: a new process, to the window on screen with its first section (Members)
    loaded, and out: when the facilitator can work."""
    _start(benchmark, bench_db.path, "loaded")


def test_startup_floor_subprocess(benchmark, bench_db):
    """The floor the start-up goal is measured against (same run): Python, Qt with a shown
    QMainWindow, and ``import sqlalchemy.orm`` (what any database app must load)."""
    code = (
        "import sqlalchemy.orm;"
        "from PySide6.QtWidgets import QApplication, QMainWindow; from PySide6.QtCore import QTimer;"
        "app = QApplication([]); w = QMainWindow(); w.show(); QTimer.singleShot(0, w.close); app.exec()"
    )
    env = _smoke_env()

    def run():
        subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, timeout=120)

    benchmark.pedantic(run, rounds=5, warmup_rounds=1)


def test_main_window(benchmark, bench_db, scale_info, danish_app, settings):
    """In process: building the main window over the database and showing it (what the facilitator waits for)."""
    from tankapp.ui.main_window import MainWindow

    windows = []

    def run():
        window = MainWindow(bench_db.db, settings)
        window.show()
        process_events()
        windows.append(window)

    def teardown_previous():
        while windows:
            _close(windows.pop())
        return (), {}

    benchmark.pedantic(run, setup=teardown_previous, rounds=_rounds(bench_db.scale, 5, 3), warmup_rounds=0)
    teardown_previous()


def test_open_meeting_mode(benchmark, bench_db, scale_info, danish_app):
    """Start meeting (F5) on the big meeting: the window built, filled and shown."""
    from tankapp.ui.meeting_mode.window import MeetingModeWindow
    from tankapp.ui.ops import Operations

    ops = Operations(bench_db.db)
    windows = []

    def run():
        window = MeetingModeWindow(ops, scale_info.big_meeting_id)
        window.show()
        process_events()
        windows.append(window)

    def teardown_previous():
        while windows:
            _close(windows.pop())
        return (), {}

    benchmark.pedantic(run, setup=teardown_previous, rounds=_rounds(bench_db.scale, 8, 5), warmup_rounds=1)
    teardown_previous()


# ====================================================================== services behind the lists


def test_service_list_members(benchmark, bench_db, scale_info):
    from tankapp.services.members import registry as members

    def run():
        with bench_db.db.reading() as s:
            return members.list_members(s)

    rows = benchmark.pedantic(run, rounds=_rounds(bench_db.scale, 10, 3), warmup_rounds=1)
    assert len(rows) == scale_info.counts["members"]


def test_service_list_meetings(benchmark, bench_db, scale_info):
    from tankapp.services.meetings import planning as meetings

    def run():
        with bench_db.db.reading() as s:
            return meetings.list_meetings(s)

    rows = benchmark.pedantic(run, rounds=_rounds(bench_db.scale, 10, 3), warmup_rounds=1)
    assert len(rows) == scale_info.counts["meeting"]


def test_service_commitment(benchmark, bench_db, scale_info):
    """Each member's meetings invited to and attended (a column of the member list)."""
    from tankapp.services.meetings import planning as meetings

    def run():
        with bench_db.db.reading() as s:
            return meetings.commitment(s)

    benchmark.pedantic(run, rounds=_rounds(bench_db.scale, 10, 5), warmup_rounds=1)


def test_service_attendance_list(benchmark, bench_db, scale_info):
    """The big meeting's invited list with each member's state (meeting mode's right side)."""
    from tankapp.services.meeting_mode import attendance

    def run():
        with bench_db.db.reading() as s:
            return attendance.attendance(s, scale_info.big_meeting_id)

    result = benchmark.pedantic(run, rounds=_rounds(bench_db.scale, 20, 10), warmup_rounds=1)
    assert result.invited == scale_info.big_meeting_invited


def test_service_minutes(benchmark, bench_db, scale_info):
    """The 30-item meeting's minutes as plain data (meeting mode's centre)."""
    from tankapp.services.meetings import minutes

    def run():
        with bench_db.db.reading() as s:
            return minutes.minutes(s, scale_info.minutes_meeting_id, now=dt.datetime.now(dt.timezone.utc))

    result = benchmark.pedantic(run, rounds=_rounds(bench_db.scale, 20, 20), warmup_rounds=1)
    assert len(result.items) == scale_info.minutes_meeting_items


# ====================================================================== parts of the documents


def test_minutes_document_data(benchmark, bench_db, scale_info):
    """Only the data half of the minutes export: `exports.minutes_document` (no PDF written)."""
    from tankapp.services import documents as exports

    if not hasattr(exports, "minutes_document"):
        pytest.skip("tankapp.services.documents.minutes_document does not exist")

    def run():
        with bench_db.db.reading() as s:
            return exports.minutes_document(s, scale_info.minutes_meeting_id)

    doc = benchmark.pedantic(run, rounds=_rounds(bench_db.scale, 20, 20), warmup_rounds=1)
    assert len(doc.sections) == scale_info.minutes_meeting_items


def test_export_signin_pdf(benchmark, bench_db, scale_info, tmp_path):
    """The sign-in sheet of the big meeting (every invited member: ~560 at scale 100)."""
    from tankapp.services import documents as exports

    if not hasattr(exports, "export_signin_pdf"):
        pytest.skip("tankapp.services.documents.export_signin_pdf does not exist")
    path = tmp_path / "fremmoede.pdf"

    def run():
        with bench_db.db.reading() as s:
            exports.export_signin_pdf(s, scale_info.big_meeting_id, path)

    benchmark.pedantic(run, rounds=_rounds(bench_db.scale, 8, 5), warmup_rounds=1)
    assert path.stat().st_size > 1_000
