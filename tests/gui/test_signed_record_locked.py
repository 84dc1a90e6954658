"""A signed record is locked in the window: an edit is refused, nothing changes or is saved."""

from datetime import date, datetime

from cpmeeting.demo import demo_conference, demo_profile
from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.operations import AddRecord
from cpmeeting.domain.signoff import amend, sign
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.runner import OperationRunner


def test_an_edit_to_a_signed_record_is_refused_until_amended(qtbot):
    conference = demo_conference(date(2026, 11, 23))
    profile = demo_profile()
    sign(conference, profile, "Helen Ashcombe", "Chair", datetime(2026, 11, 26, 13, 0))
    saved = []
    runner = OperationRunner(conference, profile, lambda c, _changes: saved.append(c))
    entry = MinuteEntry("Added after signing", Stage.CLOSE, datetime(2026, 11, 26, 13, 5))
    count = len(conference.minutes)

    with qtbot.waitSignal(runner.editRefused) as refused:
        runner.apply(AddRecord("Add an entry", "minutes", entry))
    assert "signed" in refused.args[0]
    assert len(conference.minutes) == count and saved == []

    amend(conference, "Helen Ashcombe", datetime(2026, 11, 27, 9, 0), "Spelling of a name")
    runner.apply(AddRecord("Add an entry", "minutes", entry))
    assert len(conference.minutes) == count + 1
    qtbot.waitUntil(lambda: bool(saved))  # saved on a later turn of the event loop
