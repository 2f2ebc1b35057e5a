"""Attacks from outside, as a tester would try them through the command line.

Each case here broke (or nearly broke) before it was fixed: an export to
``/dev/stdout`` replaced that system link with the PDF; ``check`` and ``restore``
of a named pipe hung forever; a write another program committed while ``restore``
made its copy was in neither the restored file nor the copy kept aside; a
semicolon in a quoted multi-line note made a normal Danish Excel file refuse
to import. The rest are the happy paths next to them, which must keep working.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers import assert_one_line
from helpers import tankapp_process as tankapp  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def assert_refused(proc: subprocess.CompletedProcess, *words: str) -> None:
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert_one_line(proc.stderr)
    assert proc.stdout == ""
    for w in words:
        assert w.lower() in proc.stderr.lower(), proc.stderr


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    proc = tankapp(folder, "--db", folder / "demo.sqlite", "demo")
    assert proc.returncode == 0, proc.stderr
    return folder / "demo.sqlite"


@pytest.fixture
def demo(tmp_path, demo_master) -> Path:
    target = tmp_path / "demo.sqlite"
    src, dst = sqlite3.connect(demo_master), sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    os.chmod(target, 0o600)
    return target


@pytest.fixture
def fresh(tmp_path) -> Path:
    db = tmp_path / "tt.sqlite"
    proc = tankapp(tmp_path, "--db", db, "init", "--name", "Tænketank Ø", "--start", "2026-08-01")
    assert proc.returncode == 0, proc.stderr
    return db


def member_names(db: Path, group: str = "Brugere") -> list[str]:
    proc = tankapp(db.parent, "--db", db, "members", "list", "--group", group, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return sorted(m["name"] for m in json.loads(proc.stdout))


# ---------------------------------------------------------------- places that are not files


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc (Linux)")
def test_an_export_to_a_link_into_proc_is_refused_and_the_link_kept(demo, tmp_path):
    """``--out /dev/stdout`` (a link to /proc/self/fd/1) used to replace the link with the PDF."""
    link = tmp_path / "stdout.pdf"
    link.symlink_to("/proc/self/fd/1")
    for args in (["export", "agenda", "--meeting", "1"], ["member", "export", "3"]):
        out = link if args[0] == "export" else tmp_path / "stdout.json"
        if out != link:
            out.symlink_to("/proc/self/fd/1")
        proc = tankapp(tmp_path, "--db", demo, *args, "--out", out)
        assert_refused(proc, "not an ordinary file")
        assert out.is_symlink() and os.readlink(out) == "/proc/self/fd/1"
    assert_refused(tankapp(tmp_path, "--db", demo, "export", "agenda", "--meeting", "1", "--out", "/dev/stdout"))
    assert_refused(tankapp(tmp_path, "--db", demo, "export", "ics", "--meeting", "1", "--out", "/dev/fd/1"))
    assert Path("/dev/stdout").is_symlink() or not Path("/dev/stdout").exists()
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("command", [["check"], ["check", "--full"], ["restore", "PIPE"]])
def test_a_named_pipe_is_refused_at_once_not_waited_on(demo, tmp_path, command):
    pipe = tmp_path / "pipe.sqlite"
    os.mkfifo(pipe)
    before = demo.read_bytes()
    if command[0] == "restore":
        args = ["--db", demo, "restore", pipe]
    else:
        args = ["--db", pipe, *command]
    proc = tankapp(tmp_path, *args, timeout=20)  # used to hang on open() for ever
    assert_refused(proc, "not a regular file")
    assert demo.read_bytes() == before


@pytest.mark.parametrize("kind", ["empty", "folder"])
def test_check_and_restore_of_an_empty_file_or_folder_change_nothing(demo, tmp_path, kind):
    thing = tmp_path / "thing.sqlite"
    if kind == "empty":
        thing.write_bytes(b"")
    else:
        thing.mkdir()
    before = demo.read_bytes()
    assert_refused(tankapp(tmp_path, "--db", thing, "check", "--full"), "not a tankapp database")
    assert_refused(tankapp(tmp_path, "--db", demo, "restore", thing), "not a tankapp database")
    assert demo.read_bytes() == before
    assert not (tmp_path / "data" / "backups").exists() or not list((tmp_path / "data" / "backups").iterdir())


# ---------------------------------------------------------------- restore racing a writer

WRITER = textwrap.dedent(
    """
    import sqlite3, sys, time
    con = sqlite3.connect(sys.argv[1], isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    print("ready", flush=True)
    time.sleep(float(sys.argv[2]))
    con.execute("UPDATE member SET name = 'WRITTEN BY THE OTHER' WHERE id = 3")
    con.execute("COMMIT")
    con.close()
    """
)


def test_a_write_committed_during_restore_is_kept_somewhere(demo, tmp_path):
    """The copy kept aside used to be made before the checkpoint waited for the writer."""
    backup = tmp_path / "backup.sqlite"
    assert tankapp(tmp_path, "--db", demo, "backup", "--out", backup).returncode == 0
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(demo), "2.5"], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        proc = tankapp(tmp_path, "--db", demo, "restore", backup)
    finally:
        writer.wait(timeout=30)
    assert "Traceback" not in proc.stderr
    con = sqlite3.connect(demo)
    in_db = con.execute("SELECT name FROM member WHERE id = 3").fetchone()[0]
    con.close()
    if proc.returncode == 1:  # refused: the writer's change is in the database
        assert_one_line(proc.stderr)
        assert in_db == "WRITTEN BY THE OTHER"
        return
    assert proc.returncode == 0, proc.stderr
    assert in_db != "WRITTEN BY THE OTHER"  # restored
    [kept] = list((tmp_path / "data" / "backups").glob("*before-restore*.sqlite"))
    con = sqlite3.connect(kept)
    assert con.execute("SELECT name FROM member WHERE id = 3").fetchone()[0] == "WRITTEN BY THE OTHER"
    con.close()


# ---------------------------------------------------------------- member files as people make them


def test_a_danish_excel_csv_with_a_multiline_note_holding_a_semicolon_imports(fresh, tmp_path):
    text = (
        "Navn;E-mail;Noter\r\n"
        'Karen Blixen;karen@example.dk;"Ring før kl. 10; helst tirsdag\r\nbruger rollator"\r\n'
        "H.C. Andersen;hca@example.dk;\r\n"
    )
    path = tmp_path / "medlemmer.csv"
    path.write_bytes(text.encode("cp1252"))
    proc = tankapp(tmp_path, "--db", fresh, "import-members", path, "--group", "Brugere")
    assert proc.returncode == 0, proc.stderr
    assert member_names(fresh) == ["H.C. Andersen", "Karen Blixen"]


def test_rows_swallowed_by_a_stray_quote_in_a_three_column_file_are_still_refused(fresh, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text('Navn;E-mail;Noter\nAnne;anne@example.dk;"ring\nBo;bo@example.dk;x\nCarl;carl@example.dk;y\n')
    proc = tankapp(tmp_path, "--db", fresh, "import-members", path, "--group", "Brugere")
    assert proc.returncode == 1
    assert "line 2: a quotation mark in column 'Noter' is not closed" in proc.stderr
    assert member_names(fresh) == []


def test_excel_csv_utf8_with_bom_and_sep_line_and_quoted_nickname(fresh, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "\ufeffsep=;\r\nNavn;E-mail;Organisation\r\n"
        '"Ole ""Bamse"" Olsen";ole@example.dk;Rigshospitalet\r\n'
        "Åse Øster;ase@example.dk;Ældre Sagen\r\n".encode()
    )
    proc = tankapp(tmp_path, "--db", fresh, "import-members", path, "--group", "Brugere")
    assert proc.returncode == 0, proc.stderr
    assert member_names(fresh) == ['Ole "Bamse" Olsen', "Åse Øster"]


NAMES = [
    "Nguyễn Thị Minh Khai", "Łukasz Żółkiewski", "Iğdır Işık Yılmaz", "İsmail Öztürk", "محمد العلي",
    "王小明", "Γιώργος Παπαδόπουλος", "Ивана Петрова", "Þórunn Guðmundsdóttir", "Søren Kierkegaard",
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_names_from_many_languages_import_unchanged(fresh, tmp_path, encoding):
    path = tmp_path / "names.csv"
    body = "Navn;E-mail\r\n" + "".join(f"{n};p{i}@example.dk\r\n" for i, n in enumerate(NAMES))
    path.write_bytes(body.encode(encoding))
    proc = tankapp(tmp_path, "--db", fresh, "import-members", path, "--group", "Brugere")
    assert proc.returncode == 0, proc.stderr
    assert member_names(fresh) == sorted(NAMES)


def test_an_openpyxl_workbook_with_150_members_imports(fresh, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    first = ["Anne", "Søren", "Mette", "Jens", "Åse", "Bjørn", "Karen", "Lars", "Pia", "Henrik", "Ida", "Łucja"]
    last = ["Jensen", "Nielsen", "Hansen", "Møller", "Kjær", "Østergaard", "Ærø", "Bækgaard", "Olsen", "Thomsen",
            "Larsen", "Madsen", "Nguyễn"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Fornavn", "Efternavn", "E-mail", "Telefon", "Organisation", "Sektor", "Region",
               "Samtykke navngivning", "Indtrådt", "Noter"])
    for i in range(150):
        f, l = first[i % len(first)], last[i // len(first)]
        ws.append([f, l, f"m{i}@example.dk", f"+45 {20000000 + i}", "Rigshospitalet",
                   ["Region", "Kommune", "Almen praksis"][i % 3], "Hovedstaden", ["Ja", "Nej", True][i % 3],
                   dt.date(2026, 1 + i % 12, 1 + i % 28), "Linje 1\nLinje 2; semikolon" if i % 10 == 0 else None])
    path = tmp_path / "medlemmer.xlsx"
    wb.save(path)
    proc = tankapp(tmp_path, "--db", fresh, "import-members", path, "--group", "Brugere")
    assert proc.returncode == 0, proc.stderr
    assert "Imported 150 members" in proc.stdout
    assert len(member_names(fresh)) == 150


# ---------------------------------------------------------------- the happy path around it


def test_happy_path_cp1252_import_backup_restore_check(fresh, tmp_path):
    csv_text = (
        "Navn;E-mail;Telefon;Organisation;Sektor;Region;Samtykke navngivning;Indtrådt\r\n"
        "Søren Ærø;soren@example.dk;+45 12 34 56 78;Rigshospitalet;Region;Hovedstaden;Ja;01-09-2026\r\n"
        "Åse Østergård;aase@example.dk;22334455;Ældre Sagen;Patientforening;Syddanmark;Nej;1.9.2026\r\n"
    )
    path = tmp_path / "medlemmer.csv"
    path.write_bytes(csv_text.encode("cp1252"))
    assert tankapp(tmp_path, "--db", fresh, "import-members", path, "--group", "Brugere").returncode == 0
    assert member_names(fresh) == ["Søren Ærø", "Åse Østergård"]
    backup = tmp_path / "usb" / "tt.sqlite"
    backup.parent.mkdir()
    assert tankapp(tmp_path, "--db", fresh, "backup", "--out", backup).returncode == 0
    assert tankapp(tmp_path, "--db", fresh, "member", "delete", "1", "--yes").returncode == 0
    restored = tankapp(tmp_path, "--db", fresh, "restore", backup)
    assert restored.returncode == 0, restored.stderr
    assert member_names(fresh) == ["Søren Ærø", "Åse Østergård"]
    check = tankapp(tmp_path, "--db", fresh, "check", "--full")
    assert check.returncode == 0 and check.stdout.startswith("ok:"), check.stderr


def test_happy_path_pdfs_of_the_demo(demo, tmp_path):
    for kind, meeting, name in (("agenda", 5, "dagsorden.pdf"), ("minutes", 1, "referat.pdf"), ("signin", 5, "fremmøde.pdf")):
        out = tmp_path / name
        proc = tankapp(tmp_path, "--db", demo, "export", kind, "--meeting", meeting, "--out", out)
        assert proc.returncode == 0, proc.stderr
        assert out.read_bytes().startswith(b"%PDF") and (out.stat().st_mode & 0o077) == 0
