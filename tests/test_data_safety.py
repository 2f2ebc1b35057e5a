"""Nothing lost, nothing leaked: a killed process, migrations, the network.

- A process killed with SIGKILL in the middle of a stream of writes leaves a
  database that passes the integrity check and holds every write it reported done.
- Opening a database made by any earlier schema keeps every row of every table.
- A whole workflow (command line and window) opens no network socket.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "databases"


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", TANKAPP_DATA_DIR=str(tmp_path / "data"), LANG="C.UTF-8",
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])))
    return env


# ---------------------------------------------------------------- SIGKILL mid-stream


WRITER = textwrap.dedent(
    """
    import sys
    from tankapp.services.meetings import agenda
    from tankapp.services.meetings import minutes
    from tankapp.storage import open_database

    db = open_database(sys.argv[1])
    with db.reading() as s:
        from tankapp.services.meetings import planning as meetings
        meeting = next(m for m in meetings.list_meetings(s) if m.item_count and m.status.value == "planned")
        item_id = agenda.agenda(s, meeting.id).rows[0].id
    i = 0
    while True:
        with db.session() as s:
            minutes.add_decision(s, item_id, f"Beslutning nr. {i} om brugerinddragelse")
        print(i, flush=True)  # reported done only after the commit
        i += 1
    """
)


@pytest.mark.sqlite_only("reads the file back with sqlite3 after a kill; the server keeps its own journal")
def test_a_process_killed_mid_stream_keeps_every_write_it_reported(tmp_path, demo_file):
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(demo_file)], env=_env(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reported: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while len(reported) < 40 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            reported.append(int(line))
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert len(reported) >= 40, proc.stderr.read()

    con = sqlite3.connect(demo_file)  # as the next start would: with the -wal the killed process left
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        texts = {r[0] for r in con.execute("SELECT text FROM decision WHERE text LIKE 'Beslutning nr. %'")}
    finally:
        con.close()
    missing = [i for i in reported if f"Beslutning nr. {i} om brugerinddragelse" not in texts]
    assert missing == []
    # and the app opens it as usual
    from tankapp.storage import open_database

    with open_database(demo_file) as db, db.reading() as s:
        from tankapp.services.members import groups

        assert len(groups.list_groups(s, expert_only=True)) == 6  # and the steering committee


# ---------------------------------------------------------------- migrations keep every row


def _rows(path: Path) -> dict[str, set[tuple]]:
    """Each table's rows as (id or whole row) tuples, read without touching the file."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        out = {}
        for t in tables:
            if t == "alembic_version":
                continue
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
            key = ["id"] if "id" in cols else cols
            out[t] = {tuple(r) for r in con.execute(f'SELECT {", ".join(key)} FROM "{t}"')}
        return out
    finally:
        con.close()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sqlite")), ids=lambda p: p.stem)
def test_opening_an_older_database_keeps_every_row(fixture, tmp_path):
    from tankapp.storage import open_database

    path = tmp_path / "tankapp.sqlite"
    shutil.copyfile(fixture, path)
    before = _rows(path)
    assert sum(len(v) for v in before.values()) > 0
    with open_database(path):
        pass
    after = _rows(path)
    for table, rows in before.items():
        assert table in after, f"table {table} disappeared"
        assert rows <= after[table], f"{table} lost rows {sorted(rows - after[table])[:5]}"


# ---------------------------------------------------------------- no network, ever


AUDITED = textwrap.dedent(
    """
    import sys
    events = []

    def hook(event, args):
        if event.startswith("socket.") or event in ("urllib.Request", "http.client.connect"):
            events.append(event)

    sys.addaudithook(hook)
    from tankapp import cli

    db, out = sys.argv[1], sys.argv[2]
    steps = [
        ["--db", db, "groups", "list", "--format", "json"],
        ["--db", db, "members", "list", "--format", "csv"],
        ["--db", db, "export", "agenda", "--meeting", "1", "--out", out + "/dagsorden.pdf"],
        ["--db", db, "export", "minutes", "--meeting", "1", "--out", out + "/referat.pdf"],
        ["--db", db, "export", "ics", "--meeting", "1", "--out", out + "/invitation.ics"],
        ["--db", db, "export", "contributions", "--out", out + "/bidrag.csv"],
        ["--db", db, "backup"],
        ["--db", db, "check", "--full"],
        ["--db", db, "member", "export", "1", "--out", out + "/persondata.pdf"],
        ["--db", db, "--smoke-test"],
    ]
    codes = [cli.main(step) for step in steps]
    import PySide6
    # (xml.sax.saxutils imports urllib.request without using it: loaded is not used; the audit hook tells.)
    loaded = sorted(m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "requests", "httpx")))
    print("CODES", codes)
    print("EVENTS", sorted(set(events)))
    print("LOADED", loaded)
    """
)


@pytest.mark.sqlite_only("a database on a server is reached over a socket by design")
def test_a_whole_workflow_opens_no_socket(tmp_path, demo_file):
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.run([sys.executable, "-c", AUDITED, str(demo_file), str(out)], env=_env(tmp_path),
                          capture_output=True, text=True, timeout=300)
    lines = {line.split(" ", 1)[0]: line.split(" ", 1)[1] for line in proc.stdout.splitlines()
             if line.startswith(("CODES", "EVENTS", "LOADED"))}
    assert lines.get("CODES") == str([0] * 10), proc.stdout[-2000:] + proc.stderr[-2000:]
    assert lines["EVENTS"] == "[]"  # no socket created, connected, bound or looked up
    assert lines["LOADED"] == "[]"
    assert len(list(out.iterdir())) == 5
