"""The command line: demo, check, export-json and import-json, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from cpmeeting.cli import main
from cpmeeting.demo import blank_demo_conference, demo_conference, demo_profile
from cpmeeting.interchange.document import read_file, to_json, write_file

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.json"
    assert main(["demo", "--json", str(path)]) == 0
    return path


def test_check_of_the_demo_explains_quoracy_dates_and_readiness(demo_file, capsys):
    capsys.readouterr()
    assert main(["check", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "Quoracy when the decision was taken at 12:10" in out
    assert "Quorate: children's social care and 3 other agencies" in out
    assert "DC Nadia Frost left at 11:05." in out
    assert "Dr Owen Castellan sent a written report; a report is not attendance." in out
    assert "15 working days after the strategy discussion" in out
    assert "First core group meeting" in out
    assert "Ready for sign-off: nothing is missing." in out


def test_check_of_a_record_not_yet_held_lists_what_is_missing(tmp_path, capsys):
    path = tmp_path / "blank.json"
    write_file(path, blank_demo_conference(date(2026, 11, 23)))
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "Authority: Example Borough Council (default rules)" in out
    assert "Not ready for sign-off" in out
    assert "[Attendance and quoracy] Attendance is not recorded for Marta Kowalska." in out
    assert "[Decision] No decision is recorded for Leo Hartfield." in out


def test_check_json_is_for_programs(demo_file, capsys):
    capsys.readouterr()
    assert main(["check", str(demo_file), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["quoracy"]["quorate"] is True
    assert report["quoracy"]["moment"].endswith("T12:10")
    assert report["readiness"] == {"ready": True, "missing": []}
    keys = [item["key"] for item in report["due_dates"]]
    assert keys[0] == "conference" and "core_group" in keys and "review" in keys


def test_check_of_a_bad_file_names_the_field_and_exits_2(demo_file, capsys):
    document = json.loads(demo_file.read_text(encoding="utf-8"))
    document["conference"]["invitees"][3]["attendance"] = "maybe"
    demo_file.write_text(json.dumps(document), encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(demo_file)]) == 2
    err = capsys.readouterr().err
    assert "conference.invitees[3].attendance: 'maybe' is not one of" in err
    assert "Traceback" not in err
    assert main(["check", str(demo_file), "--json"]) == 2
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["path"] == "conference.invitees[3].attendance"


def test_check_of_a_missing_file_exits_2(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nothing.json")]) == 2
    assert "nothing.json" in capsys.readouterr().err


def test_check_runs_as_a_real_program_without_a_database(demo_file, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CPMEETING_DATA_DIR": str(tmp_path / "d")}
    result = subprocess.run([sys.executable, "-m", "cpmeeting", "check", str(demo_file),
                             "--json"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["readiness"]["ready"] is True
    assert not (tmp_path / "d").exists() or not any((tmp_path / "d").iterdir())


def _first_line(capsys) -> str:
    return capsys.readouterr().out.splitlines()[0]


def test_demo_goes_into_the_archive_and_round_trips_losslessly(tmp_path, capsys):
    from cpmeeting.store.archive import Archive

    assert main(["demo"]) == 0
    conference_id = _first_line(capsys)
    exported = tmp_path / "out.json"
    assert main(["export-json", conference_id, str(exported)]) == 0
    with Archive.open() as archive:
        stored = archive.load(conference_id)
    assert read_file(exported).conference == stored
    assert stored.title.startswith("Zofia Hartfield, Leo Hartfield")


def test_import_then_export_gives_the_same_file(tmp_path, capsys):
    original = tmp_path / "in.json"
    conference = demo_conference(date(2027, 3, 1))
    original.write_text(to_json(conference), encoding="utf-8")
    assert main(["import-json", str(original)]) == 0
    assert _first_line(capsys) == conference.id
    exported = tmp_path / "out.json"
    assert main(["export-json", conference.id, str(exported)]) == 0
    assert exported.read_text(encoding="utf-8") == original.read_text(encoding="utf-8")


def test_import_refuses_an_existing_id_unless_replacing(tmp_path, capsys):
    from cpmeeting.store.archive import Archive

    path = tmp_path / "in.json"
    conference = demo_conference(date(2027, 3, 1))
    write_file(path, conference)
    assert main(["import-json", str(path)]) == 0
    conference.minutes[0].text = "Corrected opening entry."
    del conference.minutes[-1]
    write_file(path, conference)
    capsys.readouterr()
    assert main(["import-json", str(path)]) == 1
    assert "--replace" in capsys.readouterr().err
    with Archive.open() as archive:
        assert archive.load(conference.id).minutes[0].text != "Corrected opening entry."
    assert main(["import-json", str(path), "--replace"]) == 0
    with Archive.open() as archive:
        assert archive.load(conference.id) == conference
        assert len(archive.list_conferences()) == 1


def test_an_invalid_file_writes_nothing(tmp_path, capsys):
    from cpmeeting.store.archive import Archive

    document = json.loads(to_json(demo_conference(date(2027, 3, 1))))
    document["conference"]["plan"]["actions"][2]["owner_id"] = "nobody"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main(["import-json", str(path)]) == 2
    assert "conference.plan.actions[2].owner_id" in capsys.readouterr().err
    with Archive.open() as archive:
        assert archive.list_conferences() == []


def test_export_of_an_unknown_id_says_so(tmp_path, capsys):
    assert main(["export-json", "nope", str(tmp_path / "x.json")]) == 1
    assert "No conference with id nope" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()


def test_export_can_include_the_profile(tmp_path, capsys):
    from cpmeeting.store.archive import Archive

    with Archive.open() as archive:
        archive.save_profile(demo_profile())
    assert main(["demo"]) == 0
    conference_id = _first_line(capsys)
    path = tmp_path / "with.json"
    assert main(["export-json", conference_id, str(path), "--with-profile"]) == 0
    assert read_file(path).profile == demo_profile()


def test_without_a_keyring_archive_commands_explain_and_exit_3(no_keyring, tmp_path, capsys,
                                                               monkeypatch):
    monkeypatch.delenv("CPMEETING_PASSPHRASE", raising=False)
    assert main(["demo"]) == 3
    assert "no keyring is available" in capsys.readouterr().err
    path = tmp_path / "demo.json"
    assert main(["demo", "--json", str(path)]) == 0  # a file needs no archive
    assert main(["import-json", str(path)]) == 3
    assert main(["export-json", "x", str(tmp_path / "y.json")]) == 3


def test_a_passphrase_from_the_environment_opens_the_archive(no_keyring, monkeypatch, capsys):
    monkeypatch.setenv("CPMEETING_PASSPHRASE", "correct horse battery staple")
    assert main(["demo"]) == 0
    conference_id = _first_line(capsys)
    assert len(conference_id) == 32


def test_list_due_names_what_is_owed_in_words(capsys, archive):
    from cpmeeting.domain.conference import ConferenceStatus
    from cpmeeting.domain.rules.calendar import WorkingCalendar

    today = date.today()
    conference = demo_conference(today)
    conference.date = WorkingCalendar(archive.load_profile().nation).add_working_days(today, -3)
    conference.status = ConferenceStatus.SIGNED
    archive.save(conference)
    archive.close()
    capsys.readouterr()
    assert main(["list", "--due"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any("Plan LATE" in line and conference.id in line for line in lines)
    assert any("Minutes due in" in line and conference.id in line for line in lines)


def test_the_help_is_in_the_interface_language_of_the_moment(capsys):
    # The parser is built once per command and language: a switch of language must show.
    from cpmeeting.i18n import interface_translations, set_interface_translations
    from cpmeeting.i18n.catalogs import load_catalog
    from cpmeeting.i18n.domains import INTERFACE

    def profile_help() -> str:
        with pytest.raises(SystemExit):
            main(["profile", "--help"])
        return capsys.readouterr().out

    english = interface_translations()
    assert "replace the profile with one from a file" in profile_help()
    set_interface_translations(load_catalog(INTERFACE, "cy"))
    try:
        assert "disodli'r proffil ag un o ffeil" in profile_help()
    finally:
        set_interface_translations(english)
    assert "replace the profile with one from a file" in profile_help()
