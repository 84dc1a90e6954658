"""The chair and the minute-taker on two laptops, one live record on the authority's server.

Two real window processes (peer.py) on a real PostgreSQL server of the test's own, which the
test can stop and start again as a dropped network would.
"""

from __future__ import annotations

from datetime import date

import pytest
from two_windows import Peer, Server

from cpmeeting.demo import blank_demo_conference
from cpmeeting.store.archive import Archive

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture
def server():
    try:
        own = Server()
    except FileNotFoundError as missing:
        pytest.skip(str(missing))
    yield own
    own.remove()


@pytest.fixture
def shared(server, no_keyring):
    """A conference on the server, open in the chair's window and the minute-taker's."""
    conference = blank_demo_conference(date.today())
    with Archive.open(server.url) as archive:
        archive.save(conference, label="Conference created")
    chair = Peer(server.url, conference.id, "Helen Ashcombe", "chair", "laptop-1")
    taker = Peer(server.url, conference.id, "Tom Notes", "minute_taker", "laptop-2")
    chair.wait_for(lambda s: "Tom Notes" in s["sharing"], "the chair sees the minute-taker")
    taker.wait_for(lambda s: "Helen Ashcombe" in s["sharing"], "the minute-taker sees the chair")
    yield server, conference, chair, taker
    chair.close()
    taker.close()


def _journal_is_intact(url: str, conference_id: str) -> None:
    with Archive.open(url) as archive:
        assert archive.check_journal(conference_id) is None


def test_each_window_shows_the_others_changes_without_disturbing_the_draft(shared):
    server, conference, chair, taker = shared
    chair.do("type", text="Half a sente")
    before = chair.state()
    taker.do("minute", text="The social worker summarised the report.")
    taker.do("set", field="venue", value="Room 4, Civic Centre", label="Venue")
    taker.do("arrive", name=conference.invitees[2].name)
    after = chair.wait_for(lambda s: "The social worker summarised the report." in s["table"]
                           and s["venue"] == "Room 4, Civic Centre"
                           and conference.invitees[2].name in s["present"],
                           "the minute-taker's entry, venue and arrival in the chair's window")
    assert after["draft"] == "Half a sente" and after["cursor"] == before["cursor"]
    assert "Shared with Tom Notes (Minute-taker)" in after["sharing"]
    chair.do("minute", text="The chair thanked everyone.")
    taker.wait_for(lambda s: s["table"][-1:] == ["The chair thanked everyone."],
                   "the chair's entry in the minute-taker's window")
    _journal_is_intact(server.url, conference.id)


def test_the_same_field_changed_at_once_asks_the_second_person(shared):
    server, conference, chair, taker = shared
    taker.do("hold_news")  # the minute-taker has not heard of the chair's change yet
    chair.do("set", field="venue", value="Room 4", label="Venue")
    taker.do("set", field="venue", value="Room 5", label="Venue")
    asked = taker.wait_for(lambda s: s["question"], "the conflict question")
    assert "Helen Ashcombe changed “venue” a moment before you did." in asked["question"]
    assert "Theirs: Room 4" in asked["question"] and "Yours: Room 5" in asked["question"]
    assert asked["venue"] == "Room 4"  # theirs stands until the person chooses
    taker.do("release_news")
    taker.do("answer", choice="mine")
    chair.wait_for(lambda s: s["venue"] == "Room 5", "the minute-taker's choice reaches the chair")
    assert not chair.state()["question"]  # the first person is not asked
    _journal_is_intact(server.url, conference.id)


def test_different_fields_changed_at_once_both_stand(shared):
    server, conference, chair, taker = shared
    taker.do("hold_news")
    chair.do("set", field="venue", value="Room 4", label="Venue")
    taker.do("set", field="start_time", value=None, label="Start time")
    taker.do("release_news")
    state = taker.wait_for(lambda s: s["venue"] == "Room 4", "the chair's venue")
    assert not state["question"]
    chair.wait_for(lambda s: s["venue"] == "Room 4", "the venue kept")
    _journal_is_intact(server.url, conference.id)


def test_minute_entries_typed_at_the_same_moment_are_both_kept_in_time_order(shared):
    server, conference, chair, taker = shared
    chair.do("hold_news")
    taker.do("hold_news")
    taker.do("minute", text="First, by the minute-taker")
    chair.do("minute", text="Second, by the chair")
    chair.do("release_news")
    taker.do("release_news")
    both = ["First, by the minute-taker", "Second, by the chair"]
    for window in (chair, taker):
        window.wait_for(lambda s: s["table"][-2:] == both, "both entries, in time order")
    _journal_is_intact(server.url, conference.id)


def test_the_chair_moves_the_stages_and_the_minute_takers_window_follows(shared):
    server, conference, chair, taker = shared
    taker.do("stage", stage="analysis")
    refused = taker.wait_for(lambda s: s["status"], "the minute-taker is told")
    assert refused["status"] == "Only the chair moves the meeting to another stage."
    assert chair.state()["stage"] == "introduction"
    chair.do("stage", stage="attendance")
    taker.wait_for(lambda s: s["stage"] == "attendance" and s["showing"] == "attendance",
                   "the minute-taker's window follows the chair to attendance")


def test_the_server_stopping_mid_meeting_loses_nothing(shared):
    server, conference, chair, taker = shared
    taker.do("minute", text="Before the network dropped.")
    server.stop()
    taker.wait_for(lambda s: not s["online"] and "Offline" in s["sharing"],
                   "the minute-taker is told the server is gone")
    chair.wait_for(lambda s: not s["online"], "the chair is told the server is gone")
    typed = [f"Typed while offline, {n}" for n in range(3)]
    for text in typed:
        taker.do("minute", text=text)
    chair.do("minute", text="The chair typed on too.")
    offline = taker.state()
    assert offline["table"][-3:] == typed and offline["pending"]  # shown, kept, not yet sent
    server.start()
    for window in (chair, taker):
        window.wait_for(lambda s: s["online"] and not s["pending"]
                        and all(t in s["table"] for t in [*typed, "The chair typed on too."]),
                        "back online with every entry from both windows")
    _journal_is_intact(server.url, conference.id)


def test_a_laptop_that_dies_offline_sends_its_changes_when_next_opened(shared):
    server, conference, chair, taker = shared
    server.stop()
    taker.wait_for(lambda s: not s["online"], "the minute-taker is told the server is gone")
    typed = ["Typed offline, then the battery died.", "And one more."]
    for text in typed:
        taker.do("minute", text=text)
    assert "kept on this laptop" in taker.state()["sharing"]
    taker.kill()
    taker.close(keep_data=True)
    server.start()
    again = Peer(server.url, conference.id, "Tom Notes", "minute_taker", "laptop-2",
                 data=taker.data)
    try:
        for window in (again, chair):
            window.wait_for(lambda s: s["table"][-2:] == typed and not s["pending"],
                            "the entries typed before the laptop died, on the server")
    finally:
        again.close()
    _journal_is_intact(server.url, conference.id)
