"""The final evaluation report: ``tankapp report evaluation --out FILE.pdf`` and its charts.

The answers are chosen here, so each figure the PDF must show is worked out by
hand below. The PDF is read back with pdftotext, as a reader's PDF viewer would
show it; the charts are also checked shape by shape (no two texts overlap).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tankapp.domain.enums import EvaluationRoundKind
from tankapp.export import charts, pdf
from tankapp.services.evaluation import questionnaire, responses, rounds
from tankapp.services.members import registry as members
from tests.helpers import assert_one_line, db_arg, pdf_text, pdf_words, run

S1, S2, S3 = questionnaire.STATEMENT_KEYS
K1 = questionnaire.KNOWLEDGE_KEYS[0]
PROMOTERS, BARRIERS = questionnaire.PROMOTERS_KEY, questionnaire.BARRIERS_KEY
BASE_OPENS, END_OPENS = dt.date(2026, 2, 1), dt.date(2027, 2, 1)
HOSTILE = "<b>Zoë & Ømø</b>"
SMALL_GROUP_TEXT = "Ledernes hemmelige fremmer"

# End round, statement 1 (the knowledge one), by group; Ledere has 3 answers: too few.
KLI_S1 = [5, 5, 4, 4, 3, 2]  # 6 answers: enough, but withheld so Ledere's cannot be worked out
FOR_S1 = [5, 5, 5, 4, 4, 3, 1]  # counts (1, 0, 1, 2, 3): mean 27/7 = 3,9; agree 5/7 = 71 %
LED_S1 = [1, 1, 1]
# overall: 16 answers, counts (4, 1, 2, 4, 5): mean 53/16 = 3,3; agree 9/16 = 56 %
# Own knowledge of user involvement (K1), baseline -> end, members who answered both:
KLI_K1 = [(3, 4)] * 6
FOR_K1 = [(2, 4), (2, 3), (1, 3), (3, 3), (2, 4), (4, 4), (2, 3)]  # 2,3 -> 3,4; +1,1; rose for 5/7 = 71 %
LED_K1 = [(2, 3), (2, 3), (2, 2)]
# overall 16 pairs: 40/16 = 2,5 -> 56/16 = 3,5; +1,0; rose for 13/16 = 81 %


def _add(s, group_id: int, names: list[str]) -> list[int]:
    return [
        members.add_member(s, members.MemberInput(name=name, group_id=group_id, email=f"m{group_id}-{i}@example.dk",
                                                  joined_on=dt.date(2026, 1, 10))).id
        for i, name in enumerate(names)
    ]


def _answer(s, round_id: int, member_id: int, on: dt.date, **answers) -> None:
    responses.record_answers(s, round_id, member_id, answers, on=on)


@pytest.fixture
def evaluated(db, group_ids):
    """Klinikere (6), Forskere (8, one hostile name) and Ledere (8, 3 answer the end) with known answers."""
    with db.session() as s:
        kli = _add(s, group_ids["Klinikere"], [f"Kli Ærbødig {i}" for i in range(6)])
        fors = _add(s, group_ids["Forskere"], [HOSTILE] + [f"For Ærbødig {i}" for i in range(7)])
        led = _add(s, group_ids["Ledere"], [f"Led Ærbødig {i}" for i in range(8)])
        base = rounds.create_round(s, rounds.RoundInput(EvaluationRoundKind.BASELINE, "Førmåling ved start", BASE_OPENS))
        end = rounds.create_round(s, rounds.RoundInput(EvaluationRoundKind.END, "Slutevaluering", END_OPENS))
        for mid, (before, after), s1 in zip(kli, KLI_K1, KLI_S1):
            _answer(s, base.id, mid, BASE_OPENS, **{K1: before, S1: 2})
            _answer(s, end.id, mid, END_OPENS, **{K1: after, S1: s1, PROMOTERS: "Ledelsens opbakning"})
        for mid, (before, after), s1 in zip(fors, FOR_K1, FOR_S1):
            _answer(s, base.id, mid, BASE_OPENS, **{K1: before})
            _answer(s, end.id, mid, END_OPENS, **{K1: after, S1: s1, BARRIERS: "Mangel på tid"})
        _answer(s, base.id, fors[7], BASE_OPENS, **{K1: 1})  # the baseline only: not paired
        responses.mark_declined(s, end.id, fors[7], on=END_OPENS)
        for mid, (before, after), s1 in zip(led, LED_K1, LED_S1):
            _answer(s, base.id, mid, BASE_OPENS, **{K1: before})
            _answer(s, end.id, mid, END_OPENS, **{K1: after, S1: s1, PROMOTERS: SMALL_GROUP_TEXT})
        for mid in led[3:]:
            _answer(s, base.id, mid, BASE_OPENS, **{K1: 2})
    return db


@pytest.fixture
def out_dir(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _report(capsys, db, out: Path) -> str:
    code, stdout, err = run(capsys, "--db", db_arg(db), "report", "evaluation", "--out", out)
    assert (code, err) == (0, ""), err
    assert stdout == f"Wrote {out}\n"
    return pdf_words(out)


# ---------------------------------------------------------------- what the report shows


def test_the_report_shows_the_figures_worked_out_from_known_answers(capsys, evaluated, out_dir):
    words = _report(capsys, evaluated, out_dir / "evaluering.pdf")
    assert "Evaluering af tænketanken" in words
    for item in questionnaire.STANDARD_ITEMS[:3]:  # the three success statements, as the members read them
        assert f"»{item.text_da}«" in words
    # participation per round: asked, answered, declined
    assert re.search(r"Forskere 8 af 8 \(100 %\) 7 af 8 \(88 %\) 1 ønskede ikke at svare", words)
    assert re.search(r"Alle grupper 22 af 22 \(100 %\) 16 af 22 \(73 %\)", words)
    # statement 1 per group: the answers, the mean and the share who agree, beside the 100 % bar
    assert re.search(r"Forskere (\d+ % )*7 3,9 71 %", words)
    assert re.search(r"Alle grupper (\d+ % )*16 3,3 56 %", words)
    assert "Ny viden om brugerinddragelse 56 % 3,3 16" in words  # the main results on the title page
    # the small group shows no figures; the group that would give it away is withheld
    assert "Ledere for få svar – – –" in words
    assert "Klinikere skjult af hensyn til en lille gruppe – – –" in words
    # knowledge gain: members who answered both rounds only (not the one who answered the baseline only)
    assert "Alle grupper 2,5 3,5 16 +1,0 81 %" in words
    assert "Forskere 2,3 3,4 7 +1,1 71 %" in words
    assert "Viden om brugerinddragelse 2,5 3,5 +1,0 81 %" in words
    assert "Ledere for få svar 3 – –" in words
    # knowledge questions nobody answered say so
    assert "Viden om pårørendeinddragelse ingen svar" in words
    # the method note
    for phrase in ("Færre end 5 svar.", "Parring.", "Skala."):
        assert phrase in words


def test_no_member_is_named_and_no_free_text_is_shown_per_group(capsys, evaluated, out_dir):
    out = out_dir / "evaluering.pdf"
    words = _report(capsys, evaluated, out)
    raw = out.read_bytes()
    for name in (HOSTILE, "Zoë", "Ømø", "Ærbødig", "&amp;"):
        assert name not in words
    assert b"Zo\xc3\xab" not in raw  # not even in the document's properties
    # learning points count groups but never say which: no group's name in that part
    points = words[words.index("Læringspunkter De væsentligste"):words.index("Metode")]
    assert SMALL_GROUP_TEXT in points and "Mangel på tid" in points
    for group in ("Klinikere", "Forskere", "Ledere"):
        assert group not in points
    # the small group's point: raised by 1 of 6 groups, 3 times in the self-evaluations, no contribution
    assert f"{SMALL_GROUP_TEXT} 1 af 6 3 0" in points


def test_a_report_before_the_end_round_shows_the_baseline_and_no_gain(capsys, db, group_ids, out_dir):
    with db.session() as s:
        kli = _add(s, group_ids["Klinikere"], [f"Kli {i}" for i in range(5)])
        base = rounds.create_round(s, rounds.RoundInput(EvaluationRoundKind.BASELINE, "Førmåling", BASE_OPENS))
        for mid in kli:
            _answer(s, base.id, mid, BASE_OPENS, **{S1: 3, K1: 2})
    words = _report(capsys, db, out_dir / "x.pdf")
    assert "Svarene er fra Førmåling (åbnet 1. februar 2026)." in words
    assert re.search(r"Klinikere (\d+ % )*5 3,0 0 %", words)
    assert "Vidensløftet kræver både en førmåling og en slutevaluering" in words


def test_hostile_names_and_many_groups_print_as_typed_over_as_many_pages_as_needed(capsys, db, group_ids, out_dir):
    from tankapp.services import thinktank
    from tankapp.services.members import groups

    hostile_group = "<i>Forsk & co</i> 😀 Ngô Thị Bảo Ân med et gruppenavn, der bliver ved og ved og ved"
    with db.session() as s:
        tank = thinktank.require_think_tank(s)
        thinktank.update_think_tank(s, thinktank.ThinkTankInput(
            name="Tænketank <b>&amp;</b> Łódź", period_start=tank.period_start, period_end=tank.period_end))
        groups.update_group(s, group_ids["Forskere"], groups.GroupInput(name=hostile_group))
        for n in range(30):
            groups.create_group(s, groups.GroupInput(name=f"Ekstra gruppe {n:02d} Ærø"))
        fors = _add(s, group_ids["Forskere"], [f"Medlem {i}" for i in range(6)])
        end = rounds.create_round(s, rounds.RoundInput(EvaluationRoundKind.END, "<b>Slut & runde", END_OPENS))
        for mid in fors:
            _answer(s, end.id, mid, END_OPENS, **{S1: 4, PROMOTERS: "=HYPERLINK(\"x\") <script>&amp;\n" + "ø" * 3000})
    out = out_dir / "x.pdf"
    words = _report(capsys, db, out)
    assert "Tænketank <b>&amp;</b> Łódź" in words
    assert "<b>Slut & runde" in words
    assert "=HYPERLINK(\"x\") <script>&amp 1 af 36" in words  # the end mark ";" is dropped from a point
    assert "Ekstra gruppe 29 Ærø" in words and "Ngô Thị Bảo Ân" in words
    assert "Alle grupper 6 af 6 (100 %)" in words and "Ekstra gruppe 29 Ærø ingen spurgt" in words


# ---------------------------------------------------------------- refusals


def test_an_evaluation_without_answers_writes_nothing(capsys, db, group_ids, out_dir):
    out = out_dir / "x.pdf"
    code, stdout, err = run(capsys, "--db", db_arg(db), "report", "evaluation", "--out", out)
    assert (code, stdout) == (1, "")
    assert_one_line(err)
    assert "no evaluation answers" in err
    with db.session() as s:  # a round nobody answered is no better
        rounds.create_round(s, rounds.RoundInput(EvaluationRoundKind.BASELINE, "Førmåling", BASE_OPENS))
    code, stdout, err = run(capsys, "--db", db_arg(db), "report", "evaluation", "--out", out)
    assert (code, stdout) == (1, "")
    assert_one_line(err)
    assert list(out_dir.iterdir()) == []


@pytest.mark.sqlite_only("the database file itself as the target; a server database has no file here")
def test_the_report_is_never_written_onto_the_database(capsys, evaluated):
    before = evaluated.path.read_bytes()
    code, stdout, err = run(capsys, "--db", evaluated.path, "report", "evaluation", "--out", evaluated.path)
    assert (code, stdout) == (1, "")
    assert_one_line(err)
    assert evaluated.path.read_bytes() == before


def test_a_folder_or_a_missing_folder_is_refused(capsys, evaluated, out_dir):
    folder = out_dir / "rapport.pdf"
    folder.mkdir()
    code, stdout, err = run(capsys, "--db", db_arg(evaluated), "report", "evaluation", "--out", folder)
    assert (code, stdout) == (1, "")
    assert_one_line(err)
    assert list(folder.iterdir()) == []
    missing = out_dir / "findes ikke" / "rapport.pdf"
    code, stdout, err = run(capsys, "--db", db_arg(evaluated), "report", "evaluation", "--out", missing)
    assert (code, stdout) == (1, "")
    assert_one_line(err)
    assert "does not exist" in err
    assert [p.name for p in out_dir.iterdir()] == ["rapport.pdf"]


@pytest.mark.parametrize("args", [["report"], ["report", "evaluation"], ["report", "evaluation", "--out"],
                                  ["report", "nonsense", "--out", "x.pdf"]])
def test_usage_errors_exit_2(capsys, db_path, args):
    code, stdout, err = run(capsys, "--db", db_path, *args)
    assert (code, stdout) == (2, "")
    assert_one_line(err)


def test_a_failed_write_leaves_nothing(capsys, monkeypatch, evaluated, out_dir):
    import errno

    def full_disk(path, write):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(pdf, "atomic_write", full_disk)
    code, stdout, err = run(capsys, "--db", db_arg(evaluated), "report", "evaluation", "--out", out_dir / "x.pdf")
    assert (code, stdout) == (1, "")
    assert_one_line(err)
    assert list(out_dir.iterdir()) == []


# ---------------------------------------------------------------- the charts


def _strings(drawing) -> list:
    """Every horizontal text in the drawing as (x0, y0, x1, y1, text)."""
    from reportlab.graphics.shapes import Group, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out = []

    def walk(node):
        for child in getattr(node, "contents", []):
            if isinstance(child, Group):
                if tuple(child.transform) == (1, 0, 0, 1, 0, 0):
                    walk(child)
            elif isinstance(child, String):
                w = stringWidth(child.text, child.fontName, child.fontSize)
                x0 = {"start": child.x, "middle": child.x - w / 2, "end": child.x - w}[child.textAnchor]
                out.append((x0, child.y - child.fontSize * 0.2, x0 + w, child.y + child.fontSize * 0.75, child.text))

    walk(drawing)
    return out


def assert_no_overlap(drawing) -> None:
    boxes = _strings(drawing)
    for i, a in enumerate(boxes):
        assert a[0] >= -0.5 and a[2] <= drawing.width + 0.5, f"{a[4]!r} runs out of the chart"
        for b in boxes[i + 1:]:
            if a[0] < b[2] - 0.3 and b[0] < a[2] - 0.3 and a[1] < b[3] - 0.3 and b[1] < a[3] - 0.3:
                raise AssertionError(f"{a[4]!r} overlaps {b[4]!r}")


def test_the_report_charts_have_no_overlapping_text(evaluated):
    from tankapp.export import evaluation_report as er
    from tankapp.services.evaluation.report import evaluation_report

    with evaluated.reading() as s:
        doc = evaluation_report(s)
    drawings = [d for stmt in doc.statements for d in er.statement_charts(stmt, doc.agreement_scale)]
    drawings += [d for item in doc.gain.items for d in er.gain_charts(item, doc.gain.baseline_title, doc.gain.end_title)]
    assert len(drawings) == 3 + 4  # one chart per statement and per knowledge question
    for d in drawings:
        assert_no_overlap(d)


def test_danish_numbers():
    assert charts.number_da(3.44) == "3,4"
    assert charts.number_da(1234567.25, 2) == "1.234.567,25"
    assert charts.number_da(-0.04) == "0,0"  # no minus on a zero
    assert charts.number_da(-0.3) == f"{charts.MINUS}0,3"
    assert charts.number_da(None) == charts.number_da(float("nan")) == "–"
    assert charts.signed_da(0.75) == "+0,8"
    assert charts.signed_da(0.0) == "0,0"
    assert charts.signed_da(-1.25, 2) == f"{charts.MINUS}1,25"
    assert charts.percent_da(0.5625) == "56\u00a0%"
    assert charts.percent_da(None) == "–"
    assert charts.nice_ticks(0, 18, integer=True) == [0, 5, 10, 15, 20]
    assert charts.nice_ticks(0, 1) == [0, 0.2, 0.4, 0.6, 0.8, 1.0]


def test_a_long_label_wraps_within_its_width_and_a_long_word_is_hyphenated():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pdf.register_fonts()
    lines = charts.wrap_label("Uddannelsesrepræsentanter fra professionshøjskolerne", 50)
    assert all(stringWidth(line, pdf.FONT, charts.LABEL_SIZE) <= 50 for line in lines)
    assert lines[0].endswith("-") and len(lines) == 2 and lines[-1].endswith("…")
    assert charts.wrap_label("", 50) == [""]


MONTHS = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."] * 2
GROUPS = ["Brugere", "Klinikere", "Ledere", "Kvalitetskonsulenter", "Forskere", "Uddannelsesrepræsentanter",
          "Grüße <b>&amp; 😀", "Ngô Thị Bảo Ân i en meget lang gruppe med et navn, der aldrig ender"]


def _every_chart() -> list:
    held = [i * 0.8 for i in range(14)] + [None] * 10
    pace = [i * 18 / 23 for i in range(24)]
    return [
        charts.vertical_bars(GROUPS, [charts.Series("Møder", [3, 4, 0, 2, 5, 1, 12345, None])], integer=True,
                             notes={2: "for få svar"}, target=3, target_label="Mål: 3"),
        charts.vertical_bars(MONTHS, [charts.Series("Holdt", [1] * 24), charts.Series("Planlagt", [2] * 24)],
                             integer=True),
        charts.horizontal_bars(GROUPS, [charts.Series("Før", [1.5] * 8), charts.Series("Efter", [-0.5] * 8)],
                               notes={0: "for få svar"}, columns=("Svar", "Ændring"),
                               column_values=[("12", "+1,0")] * 8),
        charts.stacked_bars([charts.StackedRow(g, (1, 0, 2, 30, 1), ("34", "3,9")) for g in GROUPS]
                            + [charts.StackedRow("Ingen", None, note="ingen svar")],
                            ["Helt uenig", "Uenig", "Hverken enig eller uenig", "Enig", "Helt enig"],
                            columns=("Svar", "Gns.")),
        charts.line_chart(MONTHS, [charts.Series("Holdte møder", held)],
                          target=charts.Series("Mål: 18 møder", pace), integer=True, width=300),
        charts.horizontal_bars([], []),
        charts.vertical_bars([], []),
        charts.line_chart([], []),
        charts.stacked_bars([], []),
        charts.count_boxes(3, 6),
        charts.count_boxes(4, 40),
    ]


def test_every_chart_draws_hostile_and_empty_data_without_overlapping_text(tmp_path):
    drawings = _every_chart()
    for d in drawings:
        assert d.width <= pdf.CONTENT_WIDTH + 0.5 and d.height > 0
        assert_no_overlap(d)
    out = pdf.build_pdf(tmp_path / "charts.pdf", drawings, think_tank="Tænketank", title="Diagrammer")
    text = pdf_text(out)
    assert "Kvalitetskonsulenter" in text and "Mål: 3" in text and "12.345" in text
    assert "Grüße <b>&amp; 😀" in text  # drawn as it is: a chart has no markup
    assert f"{charts.MINUS}0,5" in text


def test_crowded_month_labels_are_thinned_out():
    drawing = charts.line_chart(MONTHS, [charts.Series("Holdte møder", list(range(24)))], width=200)
    months = [t for *_box, t in _strings(drawing) if t in MONTHS]
    assert 2 <= len(months) < 24
    assert_no_overlap(drawing)
