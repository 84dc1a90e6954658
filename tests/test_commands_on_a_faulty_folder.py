"""Commands on a data folder that is read-only, full, or cannot be made: those that only read
go on; those that change the records say in words what is wrong and what to do, exit 4 with
no traceback, and leave the archive as it was (compared by export-json before and after)."""

from __future__ import annotations

import json
import os

import pytest
from mounts import fill, folder_state, remount

from cpmeeting.cli import main

SIGNING = {"CPMEETING_SIGNING_PASSPHRASE": "a signing passphrase"}


@pytest.fixture
def records(tiny_disk, tmp_path, monkeypatch, capsys):
    """The demo conference, signed and exported once, in the tiny data folder: its id."""
    for name, value in SIGNING.items():
        monkeypatch.setenv(name, value)
    assert main(["demo"]) == 0
    conference_id = _ids(capsys)[0]
    assert main(["export", conference_id, "--out", str(tmp_path / "first"),
                 "--sign-as", "Imogen Castellane", "--waiver", "testing faults"]) == 0
    capsys.readouterr()
    return conference_id


@pytest.fixture
def unsigned(records, capsys) -> str:
    """A second demo conference, not signed: exporting it would sign it (a change)."""
    assert main(["demo"]) == 0
    return next(i for i in _ids(capsys) if i != records)


def _ids(capsys) -> list[str]:
    capsys.readouterr()
    assert main(["list"]) == 0
    return [line.rsplit("[", 1)[1].rstrip("]") for line in capsys.readouterr().out.splitlines()]


def record_as_json(conference_id: str, path) -> dict:
    assert main(["export-json", conference_id, str(path)]) == 0
    return json.loads(path.read_text(encoding="utf-8"))


def reading_commands_go_on(conference_id: str, tmp_path, capsys) -> None:
    assert conference_id in _ids(capsys)
    assert main(["audit", conference_id]) == 0
    assert "Sign off" in capsys.readouterr().out
    assert main(["audit", "verify", conference_id]) == 0
    out = tmp_path / "again"
    capsys.readouterr()
    assert main(["export", conference_id, "--out", str(out)]) == 0
    assert "not noted in the record's history" in capsys.readouterr().err
    pdf = next(out.glob("*.pdf"))
    assert main(["verify", str(pdf)]) == 0
    assert "valid" in capsys.readouterr().out


def writing_commands_refuse(conference_id: str, unsigned: str, tmp_path, capsys,
                            words: list[str]) -> None:
    exported = tmp_path / "record.json"
    changed = record_as_json(conference_id, exported)
    changed["conference"]["venue"] = "Another meeting room"
    exported.write_text(json.dumps(changed), encoding="utf-8")
    for command in (["demo"], ["import-json", str(exported), "--replace"], ["profile", "reset"],
                    ["new-review", conference_id, "--date", "2027-03-01"],
                    ["export", unsigned, "--out", str(tmp_path / "unsigned"),
                     "--sign-as", "Imogen Castellane", "--waiver", "testing faults"]):
        capsys.readouterr()
        assert main(command) == 4, command
        err = capsys.readouterr().err
        assert "Traceback" not in err and "Nothing was changed" in err, command
        for word in words:
            assert word in err, (command, err)


def test_on_a_read_only_folder_reading_goes_on_and_changes_are_refused_in_words(
        records, unsigned, tiny_disk, tmp_path, capsys):
    before = record_as_json(records, tmp_path / "before.json")
    remount(tiny_disk, "ro")
    files = folder_state(tiny_disk)
    reading_commands_go_on(records, tmp_path, capsys)
    writing_commands_refuse(records, unsigned, tmp_path, capsys,
                            [str(tiny_disk), "cannot be written to", "IT support"])
    assert folder_state(tiny_disk) == files
    remount(tiny_disk, "rw")
    assert record_as_json(records, tmp_path / "after.json") == before


def test_on_a_full_disk_reading_goes_on_and_changes_are_refused_in_words(
        records, unsigned, tiny_disk, tmp_path, capsys):
    before = record_as_json(records, tmp_path / "before.json")
    filler = fill(tiny_disk)
    reading_commands_go_on(records, tmp_path, capsys)
    writing_commands_refuse(records, unsigned, tmp_path, capsys,
                            [str(tiny_disk), "is full", "Free some space"])
    os.remove(filler)
    assert record_as_json(records, tmp_path / "after.json") == before
    assert main(["profile", "reset"]) == 0  # space freed: changes go through again


@pytest.mark.parametrize("command", [["list"], ["demo"]])
def test_a_data_folder_that_cannot_be_made_is_said_not_a_traceback(command, tmp_path,
                                                                  monkeypatch, capsys):
    blocker = tmp_path / "in-the-way"
    blocker.write_text("a file, not a folder")
    monkeypatch.setenv("CPMEETING_DATA_DIR", str(blocker / "cpmeeting"))
    assert main(command) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"cannot make its data folder {blocker / 'cpmeeting'}" in err


def test_a_full_disk_with_no_archive_yet_is_said_not_a_traceback(tiny_disk, capsys):
    fill(tiny_disk)
    assert main(["demo"]) == 4
    err = capsys.readouterr().err
    assert "Traceback" not in err and "is full" in err and str(tiny_disk) in err


def test_a_data_folder_under_a_read_only_one_cannot_be_made_and_that_is_said(
        tiny_disk, monkeypatch, capsys):
    remount(tiny_disk, "ro")
    folder = tiny_disk / "cpmeeting"
    monkeypatch.setenv("CPMEETING_DATA_DIR", str(folder))
    assert main(["list"]) == 3
    err = capsys.readouterr().err
    assert f"cannot make its data folder {folder} (Read-only file system)" in err
    assert not folder.exists()
