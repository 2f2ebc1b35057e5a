"""The status report for the steering committee: ``tankapp report status --out FILE.pdf``, and its buttons.

The data is chosen here: the evaluation report's known answers (``evaluated``:
Klinikere 6, Forskere 8 with the hostile name, Ledere 8, a baseline in February
2026 and an end round in February 2027) plus three meetings, attendance,
contributions and an overdue action made below. The think tank runs 1 January
2026 to 31 March 2027 with the target 18 and the commitment 2-4; the report is
made for 10 February 2027. Every figure asserted is worked out by hand in the
comments. The PDF is read back with pdftotext, as a reader's PDF viewer shows it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from tankapp.domain import Member
from tankapp.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    ContributionInvolvement,
    ContributionKind,
    Criterion,
    MeetingStatus,
)
from tankapp.export import pdf
from tankapp.services.contributions import register
from tankapp.services.meeting_mode import attendance
from tankapp.services.meetings import agenda, minutes, planning
from tests.helpers import assert_one_line, db_arg, pdf_text, pdf_words, poppler, run
from tests.test_evaluation_report import HOSTILE, SMALL_GROUP_TEXT, evaluated  # noqa: F401 - a fixture

KP, DD = AgendaItemKind.KNOWLEDGE_PRESENTATION, AgendaItemKind.DISSEMINATION_DISCUSSION
TODAY = dt.date(2027, 2, 10)
ACTION_TEXT = f"Ring til {HOSTILE} om nyhedsbrevet"


def _meeting(s, title: str, day: dt.date, group_ids, *, held: bool, kinds=(KP, DD)) -> int:
    m = planning.create_meeting(s, planning.MeetingInput(
        title=title, date=day, start=dt.time(9, 30), end=dt.time(12, 30), group_ids=list(group_ids)))
    for kind in kinds:
        agenda.add_item(s, m.id, agenda.ItemInput(title=kind.value, kind=kind))
    if held:
        planning.set_status(s, m.id, MeetingStatus.HELD)
    return m.id


def _member(s, name: str) -> int:
    return s.scalars(select(Member.id).where(Member.name == name)).one()


@pytest.fixture
def tank(evaluated, group_ids):
    """Meetings: Klinikere held (both required items), Klinikere + Forskere held without a dissemination item
    (a joint meeting: counts once), Ledere planned for 1 March 2027. Attendance: one of Klinikere at both, the
    hostile name (Forskere) at the joint one. Contributions at both held meetings; one overdue action."""
    kli, fors, led = group_ids["Klinikere"], group_ids["Forskere"], group_ids["Ledere"]
    with evaluated.session() as s:
        first = _meeting(s, "Klinikermøde om inddragelse", dt.date(2026, 2, 10), [kli], held=True)
        joint = _meeting(s, "Fællesmøde om spredning", dt.date(2026, 3, 5), [kli, fors], held=True, kinds=(KP,))
        _meeting(s, "Ledermøde i marts", dt.date(2027, 3, 1), [led], held=False)
        keen, hostile = _member(s, "Kli Ærbødig 0"), _member(s, HOSTILE)
        for meeting_id, member_id in ((first, keen), (joint, keen), (joint, hostile)):
            attendance.set_attendance(s, meeting_id, member_id, AttendanceStatus.PRESENT, at=dt.time(9, 30))
        register.create_contribution(s, register.ContributionInput(
            title=f"Barriere fra {HOSTILE}", kind=ContributionKind.BARRIER,
            involvement=ContributionInvolvement.ORGANISATIONAL, criteria={Criterion.FRAMES, Criterion.USE},
            group_id=fors, meeting_id=joint, member_id=hostile))
        register.create_contribution(s, register.ContributionInput(
            title="Patientpanel", kind=ContributionKind.EXAMPLE, involvement=ContributionInvolvement.INDIVIDUAL,
            criteria={Criterion.PROCESS}, group_id=kli, meeting_id=first))
        item = agenda.agenda(s, joint).rows[0].id
        minutes.add_action(s, item, minutes.ActionInput(text=ACTION_TEXT, owner_member_id=hostile,
                                                         due_on=dt.date(2026, 4, 1), status=ActionStatus.OPEN))
    return evaluated


def _write(db, out: Path, today: dt.date = TODAY) -> str:
    from tankapp.services.status_report import status_report, write_status_report

    with db.reading() as s:
        document = status_report(s, today)
    write_status_report(document, out)
    return pdf_words(out)


@pytest.fixture
def out_dir(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


# ---------------------------------------------------------------- what the report shows


def test_the_criteria_with_their_state_words_and_figures(tank, out_dir):
    words = _write(tank, out_dir / "status.pdf")
    assert "Statusrapport til styregruppen" in words
    assert "Status pr. onsdag den 10. februar 2027" in words
    # every criterion with its state as a word and a mark (the badge is never a colour alone)
    assert "1. Ekspertgrupperne er etableret ! I fare Grupper uden for det ønskede antal medlemmer: 6 af 6." in words
    # 2 held (the joint one once) and 1 planned, behind the 16 the plan expects by now (18 x 405/455 days)
    assert re.search(r"2\. Afholdte møder ! I fare 2 holdt og 1 planlagt, bagud i forhold til de 16 af 18", words)
    assert "3. Viden og spredning på hvert møde ✗ Ikke opfyldt" in words
    assert "Holdte møder uden vidensoplæg eller drøftelse af spredning: 1 af 2." in words
    # one of Klinikere reached 2; Klinikere's other 5 and Forskere's other 7 have only the 2 meetings the target
    # still needs left (about 1,7 months left), so they are at risk; the hostile name (1 attended) and Ledere (their
    # own planned meeting as well) can still make it
    assert "4. Medlemmernes fremmøde ! I fare Medlemmer, der kun når 2 møder ved at komme til alle de resterende " \
           "møder: 12." in words
    assert "5. Vidensbidrag → På rette vej Bidrag: 2; alle holdte møder har givet mindst ét." in words
    # statement 1 is answered by 16 (56 % agree), statements 2 and 3 by nobody: not measurable yet
    assert "6. Selvevaluering – Kan endnu ikke måles Udsagn med for få svar til at blive vist: 2 af 3." in words

    # the figures of each part
    assert "Grupper etableret 6 af 6 Inden for det ønskede antal 0 af 6 Aktive medlemmer i alt 22" in words
    assert "Holdt 2 af 18 (heraf 1 fællesmøde, der tæller én gang) Planlagt fra i dag 1" in words
    assert "16 møder forventet nu" in words
    assert "5. marts 2026: Fællesmøde om spredning (Klinikere, Forskere) – mangler: drøftelse af spredning" in words
    assert "Aktive medlemmer 22 Har deltaget i mindst 2 møder 1 Kan nå 2 møder 9 I fare 12" in words
    # attendance per group in counts: Klinikere 1 reached + 5 at risk of 6 (17 % reached), no meeting planned
    assert "Klinikere 1 5 6 17 % 0" in words
    assert "Forskere 1 7 8 0 % 0" in words
    assert "Ledere 8 8 0 % 1" in words
    assert "Medlemmer 20 1 1 0 0 0" in words  # by meetings attended: 0, 1, 2, 3, 4, more than 4
    # the matrix: the barrier in Organisatorisk x Rammer and x Anvendelse, the example in Individuel x Proces
    assert "Organisatorisk 1 F 0 · B 1 · E 0 · V 0 0 F 0 · B 0 · E 0 · V 0 1 F 0 · B 1 · E 0 · V 0" in words
    assert "Efter slags Fremmer 0 · Barriere 1 · Eksempel 1 · Videnshul/behov 0" in words
    # the evaluation report's own charts: statement 1 per group, the small group hidden
    assert re.search(r"Forskere (\d+ % )*7 3,9 71 %", words)
    assert re.search(r"Alle grupper (\d+ % )*16 3,3 56 %", words)
    assert "Ledere for få svar – – –" in words
    assert "2. Ny viden om spredning i organisationer" in words  # answered by nobody: one line, no empty chart
    assert "organisationer.« Ingen har svaret på det endnu." in words
    # knowledge gain on paired answers only (16 members answered both rounds)
    assert "Alle grupper 2,5 3,5 16 +1,0 81 %" in words
    # the next meeting and the follow-ups, counted only
    assert "1. marts 2027 09.30 Ledermøde i marts Ledere –" in words
    assert "1 opgave fra møderne er over fristen og ikke udført." in words


def test_no_member_is_named_in_the_text_or_the_properties(tank, out_dir):
    out = out_dir / "status.pdf"
    words = _write(tank, out)
    for text in (HOSTILE, "Zoë", "Ømø", "Ærbødig", "&amp;", "Ring til", SMALL_GROUP_TEXT, "Patientpanel",
                 "Barriere fra"):
        assert text not in words
    info = poppler("pdfinfo", out)
    assert "Statusrapport til styregruppen" in info
    assert "Zoë" not in info and "Ømø" not in info
    raw = out.read_bytes()
    assert b"Zo\xc3\xab" not in raw and "Zoë".encode("utf-16-be") not in raw


def test_a_new_think_tank_reads_as_not_yet_measurable(db, out_dir):
    """Nothing held, nobody registered: every part says so plainly, no chart is empty or broken."""
    words = _write(db, out_dir / "status.pdf", dt.date(2026, 1, 5))
    assert "Der er ikke holdt noget møde endnu." in words
    assert "Der er ingen aktive medlemmer endnu." in words
    assert "Der er ingen slutevaluering endnu." in words
    assert "Der er ingen planlagte møder fra i dag." in words
    assert "Ingen opgaver fra møderne er over deres frist." in words


def test_the_charts_have_no_overlapping_text(tank):
    from tankapp.export import status_report as doc
    from tankapp.services.status_report import status_report
    from tests.test_evaluation_report import assert_no_overlap

    with tank.reading() as s:
        d = status_report(s, TODAY)
    drawings = [
        doc.group_size_chart(d.groups.groups),
        doc.meetings_chart(d.meetings, d.period_start, d.period_end, d.today),
        doc.held_by_group_chart(d.meetings.held_by_group),
        doc.attendance_chart(d.attendance, d.ended),
    ]
    for drawing in drawings:
        assert drawing.width <= pdf.CONTENT_WIDTH + 0.5
        assert_no_overlap(drawing)


# ---------------------------------------------------------------- the command line and its refusals


def _cli(capsys, db, out) -> tuple[int, str, str]:
    return run(capsys, "--db", db_arg(db), "report", "status", "--out", out)


def test_report_status_writes_the_pdf_and_names_no_one(capsys, tank, out_dir):
    out = out_dir / "status.pdf"
    code, stdout, err = _cli(capsys, tank, out)
    assert (code, err) == (0, ""), err
    assert stdout == f"Wrote {out}\n"
    words = pdf_words(out)
    assert "Statusrapport til styregruppen" in words and "Succeskriterierne" in words
    assert "Ekspertgrupperne er etableret" in words and "Uddannelsesrepræsentanter" in words
    assert HOSTILE not in words and "Zoë" not in pdf_text(out)


def test_a_database_without_a_think_tank_writes_nothing(capsys, empty_db, out_dir):
    out = out_dir / "status.pdf"
    code, stdout, err = _cli(capsys, empty_db, out)
    assert (code, stdout) == (1, "")
    assert_one_line(err)
    assert "no think tank" in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.sqlite_only("the database file itself as the target; a server database has no file here")
def test_the_report_is_never_written_onto_the_database(capsys, tank):
    before = tank.path.read_bytes()
    code, stdout, err = _cli(capsys, tank, tank.path)
    assert (code, stdout) == (1, "")
    assert_one_line(err)
    assert tank.path.read_bytes() == before


def test_a_folder_or_a_missing_folder_is_refused(capsys, tank, out_dir):
    folder = out_dir / "status.pdf"
    folder.mkdir()
    code, stdout, err = _cli(capsys, tank, folder)
    assert (code, stdout) == (1, "")
    assert_one_line(err)
    assert list(folder.iterdir()) == []
    missing = out_dir / "findes ikke" / "status.pdf"
    code, stdout, err = _cli(capsys, tank, missing)
    assert (code, stdout) == (1, "")
    assert_one_line(err)
    assert "does not exist" in err
    assert [p.name for p in out_dir.iterdir()] == ["status.pdf"]


@pytest.mark.parametrize("args", [["report", "status"], ["report", "status", "--out"]])
def test_usage_errors_exit_2(capsys, db_path, args):
    code, stdout, err = run(capsys, "--db", db_path, *args)
    assert (code, stdout) == (2, "")
    assert_one_line(err)


def test_a_failed_write_leaves_nothing(capsys, monkeypatch, tank, out_dir):
    import errno

    def full_disk(path, write):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(pdf, "atomic_write", full_disk)
    code, stdout, err = _cli(capsys, tank, out_dir / "status.pdf")
    assert (code, stdout) == (1, "")
    assert_one_line(err)
    assert list(out_dir.iterdir()) == []


# ---------------------------------------------------------------- the buttons in the window


@pytest.fixture
def window(qtbot, tmp_path):
    """The main window over a database (given to it by each test), as a new user opens it: on Status."""
    from PySide6.QtCore import QSettings

    from tankapp.ui.main_window import MainWindow

    made = []

    def make(db):
        w = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        with qtbot.waitSignal(w.ready, timeout=10000):
            w.show()
        made.append(w)
        return w

    return make


@pytest.fixture
def dialogs(monkeypatch):
    """Every message box answers No (do not open the file) and is remembered: (title, text)."""
    from PySide6.QtWidgets import QMessageBox

    said = []

    def exec_(box):
        said.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return said


def _save_as(monkeypatch, target: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))


def test_the_status_page_button_writes_the_status_report(qtbot, window, tank, out_dir, monkeypatch, dialogs):
    from PySide6.QtCore import Qt

    w = window(tank)
    page = w.status_page
    assert w.stack.currentWidget() is page  # where a new user starts
    button = page.report_buttons["status"]
    assert button.isVisible() and button.text() == "Status report (PDF)…"
    _save_as(monkeypatch, out_dir / "til styregruppen")  # the ending is added
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    out = out_dir / "til styregruppen.pdf"
    qtbot.waitUntil(lambda: not w.ops.writing and bool(dialogs), timeout=20000)
    assert out.exists() and (out.stat().st_mode & 0o077) == 0
    assert dialogs == [("Exported", f"Saved as {out}.\n\nOpen it now?")]
    assert w.statusBar().currentMessage() == "Exported to til styregruppen.pdf"
    words = pdf_words(out)
    assert "Statusrapport til styregruppen" in words and "Ekspertgrupperne er etableret" in words
    assert HOSTILE not in words and "Zoë" not in words


def test_the_evaluation_report_from_the_results_tab(qtbot, window, tank, out_dir, monkeypatch, dialogs):
    from PySide6.QtCore import Qt

    w = window(tank)
    w.go_to("evaluation")
    page = w.section("evaluation")
    page.tabs.setCurrentWidget(page.results)
    _save_as(monkeypatch, out_dir / "evaluering.pdf")
    qtbot.mouseClick(page.results.report_button, Qt.MouseButton.LeftButton)
    out = out_dir / "evaluering.pdf"
    qtbot.waitUntil(lambda: not w.ops.writing and bool(dialogs), timeout=20000)
    words = pdf_words(out)
    assert "Evaluering af tænketanken" in words
    assert re.search(r"Forskere (\d+ % )*7 3,9 71 %", words)  # the evaluation report's own figures


def test_the_window_refuses_a_bad_target_and_a_report_without_answers(qtbot, window, db, out_dir, monkeypatch,
                                                                      dialogs):
    w = window(db)
    page = w.status_page
    # no evaluation answers yet: said plainly, nothing written
    _save_as(monkeypatch, out_dir / "evaluering.pdf")
    page.report_buttons["evaluation"].click()
    assert dialogs == [("Evaluation report (PDF)", "There are no evaluation answers to report on yet.")]
    assert list(out_dir.iterdir()) == []
    # a folder as the target is refused before anything is read
    folder = out_dir / "mappe.pdf"
    folder.mkdir()
    _save_as(monkeypatch, folder)
    page.report_buttons["status"].click()
    assert len(dialogs) == 2 and dialogs[-1][0] == "Status report (PDF)"
    assert list(folder.iterdir()) == []
    assert not w.ops.writing


def test_hostile_names_and_many_groups_print_as_typed(tank, group_ids, out_dir):
    from tankapp.export import status_report as doc
    from tankapp.services import thinktank
    from tankapp.services.members import groups
    from tankapp.services.status_report import status_report
    from tests.test_evaluation_report import assert_no_overlap

    long_group = "<i>Forsk & co</i> 😀 Ngô Thị Bảo Ân med et gruppenavn, der bliver ved og ved og ved"
    with tank.session() as s:
        tank_row = thinktank.require_think_tank(s)
        thinktank.update_think_tank(s, thinktank.ThinkTankInput(
            name="Tænketank <b>&amp;</b> Łódź", period_start=tank_row.period_start, period_end=tank_row.period_end))
        groups.update_group(s, group_ids["Forskere"], groups.GroupInput(name=long_group))
        for n in range(64):  # more than a chart can hold on a page: the charts go on over several
            groups.create_group(s, groups.GroupInput(name=f"Ekstra gruppe {n:02d} Ærø"))
    out = out_dir / "status.pdf"
    words = _write(tank, out)
    assert "Tænketank <b>&amp;</b> Łódź" in words
    assert "Ngô Thị Bảo Ân" in words and "Ekstra gruppe 63 Ærø" in words
    assert "Grupper etableret 70 af 6" in words
    assert words.count("Ekstra gruppe 63 Ærø") == 4  # members, held meetings, attendance, contributions
    with tank.reading() as s:
        d = status_report(s, TODAY)
    for drawing in (doc.group_size_chart(d.groups.groups[:20]), doc.attendance_chart(d.attendance, d.ended),
                    doc.held_by_group_chart(d.meetings.held_by_group[:20])):
        assert_no_overlap(drawing)
