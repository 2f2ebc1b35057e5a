"""The window over a shared database: what others saved shows on Refresh; a lost race is said in words.

These need Qt, so they run in the SQLite run (two tankapps on one file stand for two people on
one server); tests/test_postgres.py has the service-level side on both backends.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from tankapp.services.members import registry as members
from tankapp.storage import ChangedElsewhere, open_database
from tankapp.ui.ops import Operations
from tests.helpers import db_arg


def test_refresh_shows_what_another_person_saved(qtbot, db, group_ids):
    from tankapp.ui.members.page import MembersPage

    with db.session() as s:
        members.add_member(s, members.MemberInput(name="Åse Kjærgaard", group_id=group_ids["Brugere"]))
    mine = Operations(db)
    page = MembersPage(mine, QUndoStack())
    qtbot.addWidget(page)
    page.show()
    assert page.visible_names() == ["Åse Kjærgaard"]

    other = open_database(db_arg(db))  # another person's tankapp, its own connection
    try:
        with other.session() as s:
            members.add_member(s, members.MemberInput(name="Bo Ibsen", group_id=group_ids["Brugere"]))
    finally:
        other.close()
    assert page.visible_names() == ["Åse Kjærgaard"]  # nothing told this window yet
    mine.refresh()
    assert page.visible_names() == ["Bo Ibsen", "Åse Kjærgaard"]


def test_a_lost_race_reaches_the_window_as_a_problem_in_words(db, group_ids):
    from tankapp.services.errors import ServiceError
    from tankapp.ui.common import texts

    ops = Operations(db)

    def racing(_s):
        raise ChangedElsewhere()

    try:
        ops.write(racing, lambda _r: None)
    except ServiceError as exc:
        assert exc.code == "storage_changed_elsewhere"
        assert "your change was not saved" in texts.problem_text(exc.problem)
    else:
        raise AssertionError("a lost race must come out as a ServiceError")


def test_the_main_window_has_refresh_and_open_server_database(qtbot, db):
    from tankapp.ui.main_window import MainWindow
    from tankapp.ui.app import open_settings

    window = MainWindow(Operations(db), open_settings())
    qtbot.addWidget(window)
    assert window.refresh_action.shortcut().toString() == "Ctrl+R"
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Open ser&ver database…" in texts
    assert window.backup_status.label.text().startswith("Last backup")  # a file: tankapp's own backups
