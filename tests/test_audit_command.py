"""`cpmeeting audit`: the record's history in words, and the check of its journal."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update

from cpmeeting.cli import main
from cpmeeting.demo import demo_conference
from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.operations import AddRecord, SetFields
from cpmeeting.domain.stages import Stage
from cpmeeting.store import schema
from cpmeeting.store.archive import Archive

SECRET = "Told the nurse about the bruise on her arm"
OPEN = "The family agreed to the plan"


def _conference_with_history(monkeypatch) -> str:
    monkeypatch.setenv("CPMEETING_USER", "Tom Notes")
    monkeypatch.setenv("CPMEETING_ROLE", "minute_taker")
    monkeypatch.setenv("CPMEETING_DEVICE", "laptop-2")
    conference = demo_conference(datetime(2026, 12, 7).date())
    with Archive.open() as archive:
        archive.save(conference, label="Demonstration conference created")
        steps = [
            AddRecord("Add minute entry", "minutes", MinuteEntry(
                SECRET, Stage.CONTRIBUTIONS, datetime(2026, 12, 7, 10, 40),
                third_party_confidential=True)),
            AddRecord("Add minute entry", "minutes", MinuteEntry(
                OPEN, Stage.PLAN, datetime(2026, 12, 7, 11, 40))),
            SetFields("Venue", {"venue": "Room 4, Civic Centre"}, path=""),
        ]
        for step in steps:
            step.apply(conference)
            archive.save(conference, [step])
    return conference.id


def test_the_history_says_who_when_and_what_but_keeps_confidential_text(monkeypatch, capsys):
    conference_id = _conference_with_history(monkeypatch)
    capsys.readouterr()
    assert main(["audit", conference_id]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    assert all("Tom Notes (minute taker, laptop-2)" in line for line in lines)
    assert "Demonstration conference created" in lines[0]
    assert "confidential: not shown" in lines[1] and SECRET not in "\n".join(lines)
    assert OPEN in lines[2]
    assert "venue → “Room 4, Civic Centre”" in lines[3]


def test_full_shows_the_confidential_text(monkeypatch, capsys):
    conference_id = _conference_with_history(monkeypatch)
    capsys.readouterr()
    assert main(["audit", conference_id, "--full"]) == 0
    assert SECRET in capsys.readouterr().out


def test_verify_says_intact_or_names_the_first_altered_entry(monkeypatch, capsys):
    conference_id = _conference_with_history(monkeypatch)
    capsys.readouterr()
    assert main(["audit", "verify", conference_id]) == 0
    assert capsys.readouterr().out.startswith("intact")
    with Archive.open() as archive, archive.engine.begin() as connection:
        j = schema.journal
        connection.execute(update(j).where(j.c.conference_id == conference_id, j.c.seq == 3)
                           .values(author="Someone Else"))
    assert main(["audit", "verify", conference_id]) == 1
    assert capsys.readouterr().out.strip() == "broken: entry 3 was altered after it was written"
    assert main(["audit", conference_id]) == 0
    assert "Warning: the journal is broken: entry 3" in capsys.readouterr().out


def test_an_unknown_conference_is_named(capsys):
    assert main(["audit", "verify", "nope"]) == 1
    assert "No conference with id nope" in capsys.readouterr().err


def test_a_signed_export_leaves_a_sign_off_and_an_export_entry(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CPMEETING_SIGNING_PASSPHRASE", "a signing passphrase")
    conference_id = _conference_with_history(monkeypatch)
    assert main(["export", conference_id, "--out", str(tmp_path / "pdf"),
                 "--sign-as", "Helen Ashcombe", "--waiver", "testing the journal"]) == 0
    capsys.readouterr()
    assert main(["audit", conference_id]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Sign off" in lines[-2] and "status → “signed”" in lines[-2]
    assert "Exported the signed minutes and plan: 2 files" in lines[-1]
    assert main(["audit", "verify", conference_id]) == 0
