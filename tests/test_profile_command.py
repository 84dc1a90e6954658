"""`cpmeeting profile show|export|import|reset`, as an authority's administrator runs them."""

from __future__ import annotations

import json

import pytest

from cpmeeting.cli import main
from cpmeeting.domain.profile import AuthorityProfile, Nation
from cpmeeting.store.archive import Archive


def stored_profile() -> AuthorityProfile:
    with Archive.open() as archive:
        return archive.load_profile()


@pytest.fixture
def exported(tmp_path, capsys):
    path = tmp_path / "profile.json"
    assert main(["profile", "export", str(path)]) == 0
    assert "Wrote the profile of Example Borough Council" in capsys.readouterr().out
    return path


def test_export_edit_import_show_round_trip(exported, capsys):
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["format"] == "cpmeeting.profile"
    document["profile"]["name"] = "Testshire County Council"
    document["profile"]["nation"] = "scotland"
    document["profile"]["quoracy"]["min_other_agencies"] = 3
    document["profile"]["timescales"]["minutes_working_days"] = 20
    document["profile"]["introduction_script"] = "Bore da. I am {chair}; this is a {kind_lower}."
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    assert main(["profile", "import", str(exported)]) == 0
    assert "Imported the profile of Testshire County Council" in capsys.readouterr().out
    profile = stored_profile()
    assert profile.nation is Nation.SCOTLAND
    assert profile.quoracy.min_other_agencies == 3
    assert profile.introduction_script.startswith("Bore da.")

    assert main(["profile", "show"]) == 0
    out = capsys.readouterr().out
    assert "Authority: Testshire County Council" in out
    assert "Nation: Scotland (bank holidays of Scotland)" in out
    assert "at least 3 other agencies" in out
    assert "Minutes circulated: 20 working days  (default: 15)" in out

    assert main(["profile", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown == json.loads(exported.read_text(encoding="utf-8"))


def test_a_partial_profile_takes_the_defaults_for_the_rest(tmp_path, capsys):
    path = tmp_path / "partial.json"
    path.write_text(json.dumps({"format": "cpmeeting.profile", "version": 1,
                                "profile": {"name": "Testshire County Council"}}))
    assert main(["profile", "import", str(path)]) == 0
    assert stored_profile() == AuthorityProfile(name="Testshire County Council")


@pytest.mark.parametrize("change, field", [
    (lambda p: p["quoracy"].update(min_other_agencies="three"),
     "profile.quoracy.min_other_agencies"),
    (lambda p: p["timescales"].update(core_group_working_days=400),
     "profile.timescales.core_group_working_days"),
    (lambda p: p.update(nation="atlantis"), "profile.nation"),
    (lambda p: p.update(colour="blue"), "profile"),
    (lambda p: p.update(introduction_script="Hello {chiar}"), "profile.introduction_script"),
])
def test_a_malformed_profile_names_the_field_and_writes_nothing(exported, capsys, change, field):
    document = json.loads(exported.read_text(encoding="utf-8"))
    change(document["profile"])
    exported.write_text(json.dumps(document), encoding="utf-8")
    before = stored_profile()

    assert main(["profile", "import", str(exported)]) == 2
    err = capsys.readouterr().err
    assert f"{field}:" in err
    assert "is not a profile that cpmeeting can read" in err
    assert stored_profile() == before


def test_an_unknown_placeholder_is_named_in_the_message(exported, capsys):
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["profile"]["introduction_script"] = "Hello {chiar}"
    exported.write_text(json.dumps(document), encoding="utf-8")
    assert main(["profile", "import", str(exported)]) == 2
    assert "{chiar}" in capsys.readouterr().err


def test_a_conference_file_or_broken_json_is_refused(tmp_path, capsys):
    path = tmp_path / "x.json"
    path.write_text('{"format": "cpmeeting.conference", "version": 1}')
    assert main(["profile", "import", str(path)]) == 2
    assert "format: this is not a cpmeeting profile file" in capsys.readouterr().err
    path.write_text('{"format": ')
    assert main(["profile", "import", str(path)]) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_reset_restores_the_defaults_and_keeps_the_name(capsys):
    with Archive.open() as archive:
        custom = AuthorityProfile(name="Testshire County Council", nation=Nation.WALES,
                                  marking="OFFICIAL")
        custom.quoracy.min_other_agencies = 4
        archive.save_profile(custom)
    assert main(["profile", "reset"]) == 0
    assert stored_profile() == AuthorityProfile(name="Testshire County Council")


def test_no_keyring_says_what_to_do_and_writes_nothing(no_keyring, tmp_path, capsys):
    assert main(["profile", "show"]) == 3
    assert "CPMEETING_PASSPHRASE" in capsys.readouterr().err
