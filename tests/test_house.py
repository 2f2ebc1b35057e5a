"""The house's rules, checked on the code: layers (import-linter) and the operations layer's door.

Widgets never open a database session and never import an ORM class; only
``tankapp/ui/ops/`` does (and ``tankapp/ui/app.py`` opens the file). The
layer contracts themselves live in pyproject.toml (``[tool.importlinter]``).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "tankapp" / "ui"
ORM_NAMES = {
    "Base", "ActionItem", "AgendaItem", "Attendance", "AuditEntry", "Contribution", "Decision", "Digest",
    "Question", "Guest", "AgendaTemplate", "AgendaTemplateItem", "Attachment", "ExpertGroup", "Meeting",
    "Member", "Presentation", "ThinkTank", "agenda_item_presentations", "meeting_groups",
    "Questionnaire", "QuestionnaireItem", "EvaluationRound", "EvaluationResponse", "EvaluationAnswer",
    "InterviewNote", "evaluation_round_group",
}


def widget_files() -> list[Path]:
    return [p for p in UI.rglob("*.py") if "ops" not in p.relative_to(UI).parts]


def test_the_layer_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "BROKEN" not in proc.stdout


def test_no_widget_opens_a_session():
    offenders = [
        f"{p.relative_to(ROOT)}:{i}"
        for p in widget_files()
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.(session|reading)\(\)", line)
    ]
    assert offenders == []


def test_no_widget_nor_the_cli_imports_an_orm_class():
    offenders = []
    for p in [*widget_files(), ROOT / "tankapp" / "cli.py"]:
        tree = ast.parse(p.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in ("tankapp.domain", "tankapp.domain.models"):
                names = {a.name for a in node.names}
                if node.module == "tankapp.domain.models" or names & ORM_NAMES:
                    offenders.append(f"{p.relative_to(ROOT)}:{node.lineno} {sorted(names)}")
    assert offenders == []
