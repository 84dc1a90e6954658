"""The start screen shows each conference's case and its place in it, and searches by case."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from factories import sample_conference
from PySide6.QtCore import Qt

from cpmeeting.domain.conference import Child
from cpmeeting.domain.decision import Category, Decision, Outcome
from cpmeeting.domain.review import start_review
from cpmeeting.domain.signoff import sign
from cpmeeting.domain.summary import case_reference
from cpmeeting.gui.start_screen import Column, StartScreen


def test_a_case_is_one_block_with_its_order_and_the_search_finds_it(qtbot, archive):
    today = date.today()
    initial = sample_conference(today - timedelta(days=90))
    for child in initial.children:
        initial.decisions.append(Decision(child.id, True, Outcome.CHILD_PROTECTION_PLAN,
                                          {Category.NEGLECT}))
    sign(initial, archive.load_profile(), "Clare Chairwell", "Chair",
         datetime.combine(initial.date, datetime.min.time()), waiver_reason="Test")
    review = start_review(initial, today + timedelta(days=2))
    other = sample_conference(today + timedelta(days=1),
                              children=[Child("Noor", "Brackley", date(2015, 3, 3))])
    for conference in (initial, review, other):
        archive.save(conference)
    screen = StartScreen(archive.list_conferences)
    qtbot.addWidget(screen)
    screen.show()
    screen.reload()
    assert screen.visible_rows() == ["Noor Brackley", "Amira Testwood, Kit Testwood",
                                     "Amira Testwood, Kit Testwood"]
    reference = case_reference(initial.id)
    cases = [screen.proxy.index(row, Column.CASE).data() for row in range(3)]
    assert cases[1:] == [f"Case {reference}, 2 of 2", f"Case {reference}, 1 of 2"]
    assert screen.proxy.index(1, Column.CASE).data(Qt.ItemDataRole.AccessibleTextRole) \
        == cases[1]
    qtbot.keyClicks(screen.search, reference.lower())
    assert screen.visible_rows() == ["Amira Testwood, Kit Testwood"] * 2
