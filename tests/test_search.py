"""Search as you type the way people type Danish names on any keyboard (issue: facilitator fixes).

"aase" must find Åse, "oster" Østergaard, "bjorn" Bjørn, "zoe" Zoë, "aero" Ærø,
in every filter box: the member list, meeting mode's check-in, the registers.
"""

from __future__ import annotations

import pytest

from tankapp.domain.collation import search_fold, search_text


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("aase", "Åse Kjærgaard"), ("åse", "Aase Holm"), ("ase", "Åse Kjærgaard"),
        ("oster", "Søren Østergaard"), ("oester", "Søren Østergaard"), ("østerg", "Søren Østergaard"),
        ("bjorn", "Bjørn Ærø"), ("aero", "Bjørn Ærø"), ("ÆRØ", "Bjørn Ærø"),
        ("zoe", "Zoë Lambert"), ("emile", "Émile Durand"), ("nguyen", "Nguyễn Thị Ánh"),
        ("dabrowska", "Dąbrowska"), ("kjaer", "Åse Kjærgaard"), ("muller", "Jörg Müller"),
        ("mueller", "Jörg Müller"), ("straße", "Strasse 5"),
    ],
)
def test_a_typed_word_finds_the_name(typed, name):
    assert search_fold(typed) in search_text(name)


@pytest.mark.parametrize(("typed", "name"), [("bo", "Åse Kjærgaard"), ("aase", "Asger Holm"), ("zoe", "Zeki Ünal")])
def test_a_typed_word_does_not_find_other_names(typed, name):
    assert search_fold(typed) not in search_text(name)


def test_the_member_filter_finds_danish_names_typed_without_the_letters(qtbot, db, group_ids):
    from tankapp.services.members import registry as members
    from tankapp.ui.members.page import MembersPage
    from tankapp.ui.ops import Operations
    from PySide6.QtGui import QUndoStack

    with db.session() as s:
        for name in ("Åse Kjærgaard", "Søren Østergaard", "Bjørn Holm", "Zoë Lambert", "Asger Olsen"):
            members.add_member(s, members.MemberInput(name=name, group_id=group_ids["Brugere"]))
    page = MembersPage(Operations(db), QUndoStack())
    qtbot.addWidget(page)
    page.show()
    for typed, expected in (("aase", ["Åse Kjærgaard"]), ("oster", ["Søren Østergaard"]),
                            ("bjorn", ["Bjørn Holm"]), ("zoe", ["Zoë Lambert"]), ("", None)):
        page.filter.clear()
        qtbot.keyClicks(page.filter, typed)
        if expected is None:
            assert len(page.visible_names()) == 5
        else:
            assert page.visible_names() == expected, typed


def test_the_contribution_and_library_searches_fold_the_same_way(db, group_ids):
    from tankapp.services.contributions import register as contributions
    from tankapp.services.library import presentations as library

    with db.session() as s:
        contributions.create_contribution(s, contributions.ContributionInput(
            title="Pårørenderåd på Ærø", text="Bjørn fortalte", group_id=group_ids["Brugere"]))
        library.create_presentation(s, library.PresentationInput(title="Oplæg om pårørende", presenter="Zoë Lambert"))
    with db.reading() as s:
        found = contributions.list_contributions(s, contributions.ContributionFilter(text="parorende aero bjorn"))
        assert [c.title for c in found] == ["Pårørenderåd på Ærø"]
        assert [p.title for p in library.list_presentations(s, text="zoe parorende")] == ["Oplæg om pårørende"]
