"""One vocabulary: every problem code has words, every enum's words live in one place.

- Every problem code raised anywhere in tankapp (found in the source, so a new
  code cannot slip by) has an entry in :func:`tankapp.ui.common.texts.problem_text`,
  and that entry words the problem in Danish with the params the raise sites pass.
- The enums' words (:mod:`tankapp.domain.vocabulary`) have both languages, and the
  Danish there is what the ``.qm`` gives the GUI's labels, so documents and
  window say the same.
- The services' queries run on any database: no SQLite-only ``casefold``.
"""

from __future__ import annotations

import ast
import enum
import re
import string
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tankapp"
QM = ROOT / "resources" / "i18n" / "tankapp_da.qm"

# ------------------------------------------------------------------ the codes in the source

# Where ``problem(`` gets a code that is not a string literal, how that code is
# built: (file, the code expression) -> a function of the file's syntax tree
# giving [(code, params the site passes)]. A new dynamic site fails
# test_every_problem_code_site_is_understood until it is described here.


def _first_args(tree: ast.AST, function: str) -> list[tuple[str, ast.Call]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) == function and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                out.append((first.value, node))
    return out


def _keywords(call: ast.Call) -> frozenset[str] | None:
    """The params a call passes by name; None when it passes ``**something`` (not known)."""
    if any(k.arg is None for k in call.keywords):
        return None
    return frozenset(k.arg for k in call.keywords if k.arg != "field")


def _file_errors(tree):  # importer: _file_error(code, message, path, **params) adds path=
    return [(code, (_keywords(call) or frozenset()) | {"path"}) for code, call in _first_args(tree, "_file_error")]


def _bad_values(tree):  # importer: _BadValue(code, explanation) -> problem(bad.code, ..., column=, value=)
    return [(code, frozenset({"column", "value"})) for code, _ in _first_args(tree, "_BadValue")]


def _records_not_found(tree):  # minutes: _get(s, Model, id, "decision") -> "decision_not_found", id=
    whats = {
        node.args[-1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _name(node.func) == "_get" and isinstance(node.args[-1], ast.Constant)
    }
    return [(f"{what}_not_found", frozenset({"id"})) for what in sorted(whats)]


def _storage_codes(tree):  # ops.core.storage_problem: one code per kind of DatabaseError, no params
    return [
        (node.value, frozenset())
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and re.fullmatch(r"storage_[a-z_]+", node.value)
    ]


DYNAMIC_SITES = {
    ("tankapp/services/errors.py", "code"): lambda tree: [],  # problem() itself
    ("tankapp/services/members/import_files.py", "code"): _file_errors,
    ("tankapp/services/members/importer.py", "bad.code"): _bad_values,
    ("tankapp/services/meetings/minutes.py", "f'{what}_not_found'"): _records_not_found,
    ("tankapp/ui/ops/core.py", "code"): _storage_codes,
}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _sources() -> dict[str, ast.AST]:
    return {str(p.relative_to(ROOT)): ast.parse(p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.rglob("*.py"))}


def collect_problem_sites() -> tuple[dict[str, list[frozenset[str] | None]], list[str]]:
    """code -> the params of each site raising it; and the dynamic sites nobody described."""
    sites: dict[str, list[frozenset[str] | None]] = defaultdict(list)
    unknown: list[str] = []
    for path, tree in _sources().items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name(node.func) == "problem"):
                continue
            first = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "code"), None)
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                sites[first.value].append(_keywords(node))
                continue
            how = DYNAMIC_SITES.get((path, ast.unparse(first) if first is not None else ""))
            if how is None:
                unknown.append(f"{path}:{node.lineno}: problem({ast.unparse(first) if first is not None else ''}, ...)")
                continue
            for code, params in how(tree):
                sites[code].append(params)
    return dict(sites), unknown


SITES, UNKNOWN_SITES = collect_problem_sites()


def _problem_text_table() -> dict[str, ast.expr]:
    """code -> its entry (the lambda) in problem_text's table, read from the source."""
    tree = ast.parse((PACKAGE / "ui" / "common" / "texts.py").read_text(encoding="utf-8"))
    fn = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "problem_text")
    table = next(
        n.value for n in ast.walk(fn) if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", None) == "texts"
    )
    return {k.value: v for k, v in zip(table.keys, table.values)}


def problem_text_codes() -> set[str]:
    return set(_problem_text_table())


def test_every_problem_code_site_is_understood():
    assert UNKNOWN_SITES == [], "describe how these codes are built in DYNAMIC_SITES"


def test_the_collector_finds_the_codes_it_should():
    # a few of each kind, so the collector cannot silently find nothing
    for code in ("email_taken", "import_nul_bytes", "import_bad_date", "action_not_found", "decision_not_found",
                 "storage_disk_full", "storage_read_only", "storage_busy", "storage_damaged", "storage_failed",
                 "attachment_store_failed", "digest_not_held"):
        assert code in SITES, code
    assert len(SITES) > 100


def test_every_problem_code_has_a_translated_text():
    missing = sorted(set(SITES) - problem_text_codes())
    assert missing == [], f"add these codes to tankapp.ui.common.texts.problem_text: {missing}"


# ------------------------------------------------------------------ the texts with their params

_SENTINEL = "ENGLISH MESSAGE, NOT TRANSLATED"


def _sample(code: str, params: frozenset[str] | None) -> list[dict]:
    """The params to word ``code`` with: as the site passes them, with recognisable values."""
    from tankapp.services.errors import problem
    from tankapp.services.targets import _FOLDER_MESSAGES

    if params is None:  # the site passes **params: take the template's placeholders
        params = frozenset(_placeholders(code))
    values = {name: f"‹{name}›" for name in params}
    if "problems" in values:  # an invalid row of an import: its own problems
        values["problems"] = [problem("name_required", "Name is missing."), problem("email_invalid", "x", email="a@")]
    if code == "export_folder":
        return [{**values, "reason": reason} for reason in _FOLDER_MESSAGES]
    return [values]


def _placeholders(code: str) -> set[str]:
    """Every ``{name}`` in the strings of ``code``'s entry in problem_text."""
    entry = _problem_text_table()[code]
    return {
        name
        for node in ast.walk(entry)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        for _, name, _, _ in string.Formatter().parse(node.value)
        if name
    }


@pytest.fixture
def danish(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _cases():
    for code in sorted(SITES):
        for params in sorted(set(SITES[code]), key=lambda p: sorted(p) if p is not None else ["**"]):
            yield code, params


CASES = list(_cases())


def _words_all(qapp, translator: QTranslator | None) -> dict:
    from tankapp.services.errors import problem
    from tankapp.ui.common.texts import problem_text

    if translator is not None:
        qapp.installTranslator(translator)
    try:
        out = {}
        for code, params in CASES:
            for values in _sample(code, params):
                key = (code, tuple(sorted((k, str(v)) for k, v in values.items())))
                out[key] = problem_text(problem(code, _SENTINEL, **values))
        return out
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)


def test_every_problem_is_worded_in_danish_with_the_params_its_sites_pass(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    english = _words_all(qapp, None)
    danish = _words_all(qapp, translator)
    fell_back = sorted(code for (code, _), text in english.items() if text == _SENTINEL)
    assert fell_back == [], "these codes' texts fail with the params their sites pass (a placeholder not passed?)"
    unfilled = sorted(code for (code, _), text in {**english, **danish}.items() if re.search(r"\{[a-z_]+\}", text))
    assert unfilled == [], "a placeholder was left in the text"
    not_danish = sorted(code for key, text in danish.items() for code in [key[0]] if text in (english[key], _SENTINEL))
    assert not_danish == [], (
        "no Danish for these codes: run `make translations`, fill the new strings "
        "(tools/ts_fill.py) and run `make translations` again"
    )


# ------------------------------------------------------------------ the enums' words


def _domain_enums() -> list[type[enum.Enum]]:
    from tankapp.domain import enums

    return [
        v for v in vars(enums).values()
        if isinstance(v, type) and issubclass(v, enum.Enum) and v.__module__ == enums.__name__ and v is not enums.StrEnum
    ]


def test_every_enum_with_words_has_both_words_for_every_member():
    from tankapp.domain.vocabulary import VOCABULARY

    with_words = [e for e in _domain_enums() if e in VOCABULARY]
    assert len(with_words) == len(VOCABULARY)  # every vocabulary entry is an enum of the domain
    for e in with_words:
        for member in e:
            w = VOCABULARY[e].get(member)
            assert w is not None, f"{e.__name__}.{member.name} has no words"
            assert w.english.strip() and w.danish.strip() and w.context, f"{e.__name__}.{member.name}: {w}"


def _gui_labels():
    """enum -> the GUI's label function for it."""
    from tankapp.domain import enums as E
    from tankapp.ui.meeting_mode import capture as cc
    from tankapp.ui.common import texts

    return {
        E.ActorKind: texts.actor_kind_label,
        E.Sector: texts.sector_label,
        E.Region: texts.region_label,
        E.RecruitedVia: texts.recruited_via_label,
        E.MeetingFormat: texts.meeting_format_label,
        E.MeetingStatus: texts.meeting_status_label,
        E.AgendaItemKind: texts.agenda_kind_label,
        E.AttendanceStatus: texts.attendance_label,
        E.ActionStatus: texts.action_status_label,
        E.Involvement: texts.involvement_label,
        E.Criterion: texts.criterion_label,
        E.QuestionKind: texts.question_kind_label,
        E.EvaluationRoundKind: texts.round_kind_label,
        E.ResponseStatus: texts.response_status_label,
        E.ResponseChannel: texts.response_channel_label,
        E.ContributionKind: cc.kind_label,
        E.ContributionInvolvement: cc.involvement_label,
        E.Setting: cc.setting_label,
        E.ContributionStatus: cc.status_choice_label,
    }


def test_the_danish_words_are_what_the_window_shows(qapp, danish):
    from tankapp.domain.vocabulary import ATTENDANCE_INVITED, VOCABULARY
    from tankapp.ui.common.texts import attendance_label

    labels = _gui_labels()
    assert set(labels) == set(VOCABULARY)
    drift = []
    for e, table in VOCABULARY.items():
        for member, w in table.items():
            if QCoreApplication.translate(w.context, w.english) != w.danish:
                drift.append(f"{e.__name__}.{member.name}: .qm {QCoreApplication.translate(w.context, w.english)!r}, vocabulary {w.danish!r}")
            if labels[e](member) != w.danish:
                drift.append(f"{e.__name__}.{member.name}: window {labels[e](member)!r}, vocabulary {w.danish!r}")
    assert attendance_label(None) == ATTENDANCE_INVITED.danish
    assert drift == []


def test_the_english_words_are_the_windows_source_texts(qapp):
    from tankapp.domain.vocabulary import VOCABULARY

    labels = _gui_labels()
    for e, table in VOCABULARY.items():
        for member, w in table.items():
            assert labels[e](member) == w.english, f"{e.__name__}.{member.name}"
            if labels[e].__module__ == "tankapp.ui.common.texts":  # Qt hands a str-based enum back as its value
                assert labels[e](member.value) == w.english


def test_lupdate_finds_the_vocabulary_under_the_context_the_window_asks():
    """Each ``Words(QT_TRANSLATE_NOOP(context, english), danish[, context])`` names one context twice."""
    source = (PACKAGE / "domain" / "vocabulary.py").read_text(encoding="utf-8")
    calls = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call) and _name(n.func) == "Words"]
    assert len(calls) > 50
    for call in calls:
        marker = call.args[0]
        assert isinstance(marker, ast.Call) and _name(marker.func) == "QT_TRANSLATE_NOOP", ast.unparse(call)
        noop_context = marker.args[0].value
        words_context = call.args[2].value if len(call.args) > 2 else "Labels"
        assert noop_context == words_context, ast.unparse(call)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    (lupdate,) = [line for line in makefile.splitlines() if "pyside6-lupdate" in line]
    assert "tankapp/domain/vocabulary.py" in lupdate


def test_documents_take_the_vocabularys_danish():
    from tankapp.domain import enums as E
    from tankapp.domain.vocabulary import danish_of
    from tankapp.services import documents as exports

    assert exports.ACTION_STATUS_DA == danish_of(E.ActionStatus)
    assert exports.CRITERION_DA == danish_of(E.Criterion)
    assert exports.SETTING_DA == danish_of(E.Setting)
    assert {k: v for k, v in exports.SECTOR_DA.items() if k is not None} == danish_of(E.Sector)
    assert {k: v for k, v in exports.AGENDA_KIND_DA.items() if k != E.AgendaItemKind.OTHER} == {
        k: v for k, v in danish_of(E.AgendaItemKind).items() if k != E.AgendaItemKind.OTHER
    }
    assert exports.MATRIX_ROW_DA == {
        E.ContributionInvolvement(k.value): v for k, v in danish_of(E.Involvement).items()
    }
    assert E.REGION_NAMES_DA == danish_of(E.Region)


# ------------------------------------------------------------------ ready for another database


def test_no_service_query_uses_a_sqlite_only_function():
    offenders = [
        str(p.relative_to(ROOT))
        for p in sorted((PACKAGE / "services").rglob("*.py"))
        if "func.casefold" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


@pytest.mark.parametrize(
    ("first", "second"),
    [("ÆBLE@x.dk", "æble@x.dk"), ("øRNE@X.DK", "ØRNE@x.dk"), ("STRASSE@x.dk", "straße@x.dk")],
)
def test_email_taken_folds_case_beyond_ascii(db, group_ids, first, second):
    from tankapp.services.members import registry as members

    with db.session() as s:
        members.add_member(s, members.MemberInput(name="Åse", group_id=group_ids["Forskere"], email=first))
    with db.reading() as s:
        (p,) = members.validate_member(s, members.MemberInput(name="Bo", group_id=group_ids["Ledere"], email=second))
        assert p.code == "email_taken"
        owner = members.email_owner(s, second)
        assert owner is not None and owner.name == "Åse"
        assert members.email_owner(s, second, exclude_id=owner.id) is None


def test_group_name_taken_folds_case_beyond_ascii(db):
    from tankapp.services.members import groups
    from tankapp.services.errors import ValidationError

    with db.session() as s:
        groups.create_group(s, groups.GroupInput(name="Ærø og Åbenrå"))
    with db.session() as s, pytest.raises(ValidationError) as err:
        groups.create_group(s, groups.GroupInput(name="ÆRØ OG åBENRÅ"))
    assert err.value.by_field["name"].code == "group_name_taken"
