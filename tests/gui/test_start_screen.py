"""The start screen lists conferences upcoming first, filters as you type and opens with Enter."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from factories import sample_conference
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from cpmeeting.domain.conference import Child, ConferenceStatus
from cpmeeting.domain.summary import upcoming_first
from cpmeeting.gui.start_screen import Column, StartScreen


@pytest.fixture
def screen(qtbot, archive):
    today = date.today()
    soon = sample_conference(today + timedelta(days=3))
    later = sample_conference(today + timedelta(days=20),
                              children=[Child("Noor", "Brackley", date(2015, 3, 3))])
    past = sample_conference(today - timedelta(days=40), status=ConferenceStatus.SIGNED,
                             children=[Child("Ellis", "Marsh", date(2019, 8, 1))])
    overdue = sample_conference(today + timedelta(days=1),
                                children=[Child("Rory", "Fenwick", date(2012, 2, 2))],
                                strategy_discussion_date=today - timedelta(days=60))
    for conference in (past, later, soon, overdue):
        archive.save(conference)
    start = StartScreen(archive.list_conferences)
    qtbot.addWidget(start)
    start.show()
    start.reload()
    return start


def test_upcoming_conferences_come_first_soonest_first(screen):
    assert screen.visible_rows() == [
        "Rory Fenwick", "Amira Testwood, Kit Testwood", "Noor Brackley", "Ellis Marsh"]


def test_a_late_conference_says_so_in_words_and_colour(screen):
    due = screen.proxy.index(0, Column.DUE)
    assert "LATE" in due.data()
    assert due.data(Qt.ItemDataRole.ForegroundRole) is not None
    on_time = screen.proxy.index(1, Column.DUE)
    assert on_time.data() and "LATE" not in on_time.data()


def test_search_filters_by_name_status_and_date_as_you_type(qtbot, screen):
    qtbot.keyClicks(screen.search, "noo")
    assert screen.visible_rows() == ["Noor Brackley"]
    screen.search.clear()
    qtbot.keyClicks(screen.search, "signed")
    assert screen.visible_rows() == ["Ellis Marsh"]
    screen.search.clear()
    day = date.today() + timedelta(days=20)
    qtbot.keyClicks(screen.search, day.strftime("%d/%m/%Y"))
    assert screen.visible_rows() == ["Noor Brackley"]
    screen.search.clear()
    qtbot.keyClicks(screen.search, "nobody here")
    assert screen.visible_rows() == []
    assert "No conference matches" in screen.empty_note.text()


def test_enter_opens_the_selected_conference(qtbot, screen, archive):
    qtbot.keyClicks(screen.search, "brackley")
    with qtbot.waitSignal(screen.openRequested) as opened:
        qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert archive.load(opened.args[0]).children[0].given_name == "Noor"
    screen.table.setFocus()
    with qtbot.waitSignal(screen.openRequested) as opened:
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert archive.load(opened.args[0]).children[0].given_name == "Noor"


class _Summary:
    def __init__(self, day: date) -> None:
        self.date = day


@given(st.lists(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))),
       st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))
def test_upcoming_first_keeps_every_conference_soonest_then_most_recent(days, today):
    ordered = [s.date for s in upcoming_first([_Summary(d) for d in days], today)]
    assert sorted(ordered) == sorted(days)
    upcoming = [d for d in ordered if d >= today]
    past = [d for d in ordered if d < today]
    assert ordered == upcoming + past
    assert upcoming == sorted(upcoming)
    assert past == sorted(past, reverse=True)


def test_what_is_still_to_send_shows_in_words(qtbot, archive):
    from cpmeeting.domain.circulation import CirculatedDocument, Circulation, Delivery
    from cpmeeting.domain.rules.calendar import WorkingCalendar

    today = date.today()
    calendar = WorkingCalendar(archive.load_profile().nation)
    held = sample_conference(calendar.add_working_days(today, -2))  # two working days ago
    held.status = ConferenceStatus.SIGNED
    archive.save(held)
    start = StartScreen(archive.list_conferences)
    qtbot.addWidget(start)
    start.reload()
    owed = start.proxy.index(0, Column.OWED)
    minutes_due = calendar.add_working_days(held.date, 15)
    assert owed.data() == (f"Plan LATE; Minutes due in {(minutes_due - today).days} days")
    assert owed.data(Qt.ItemDataRole.ForegroundRole) is not None  # and colour, not only

    held.circulations.append(Circulation("Amira's mother", CirculatedDocument.MINUTES_AND_PLAN,
                                         Delivery.BY_HAND, today))
    archive.save(held)
    start.reload()
    assert start.proxy.index(0, Column.OWED).data() == ""
