"""Every command that reads the archive says the same when it cannot: no keyring, a wrong
passphrase, or no conference with the id given, each with the exit code its help promises."""

from __future__ import annotations

import pytest

from cpmeeting.cli import main
from cpmeeting.store.archive import Archive

# Each command that loads one conference, naming the id "nope", and the exit code it gives
# when the archive has no conference with that id.
NAMING_A_CONFERENCE = [
    (["export-json", "nope", "{out}/x.json"], 1),
    (["export", "nope", "--out", "{out}"], 2),
    (["export-ssd", "nope", "--out", "{out}"], 2),
    (["new-review", "nope", "--date", "2027-03-01"], 1),
    (["translation", "export", "nope", "--for", "someone", "--lang", "pl", "{out}/x.xlf"], 1),
    (["translation", "import", "nope", "{out}/x.xlf"], 1),
    (["audit", "nope"], 1),
    (["audit", "verify", "nope"], 1),
]
OPENING_THE_ARCHIVE = [words for words, _code in NAMING_A_CONFERENCE] + [
    ["list"], ["list", "--due"], ["demo"], ["profile", "show"], ["profile", "reset"],
    ["profile", "export", "{out}/profile.json"],
]


def _words(words: list[str], folder) -> list[str]:
    return [word.format(out=folder) for word in words]


@pytest.mark.parametrize(("words", "code"), NAMING_A_CONFERENCE, ids=lambda v: str(v))
def test_an_unknown_id_is_named_and_nothing_is_written(words, code, tmp_path, capsys):
    Archive.open().close()  # an archive that opens, with no conferences in it
    out = tmp_path / "out"
    out.mkdir()
    assert main(_words(words, out)) == code
    assert "No conference with id nope" in capsys.readouterr().err
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("words", OPENING_THE_ARCHIVE, ids=lambda v: str(v))
def test_without_a_keyring_the_command_says_so_and_exits_3(words, no_keyring, tmp_path, capsys,
                                                           monkeypatch):
    monkeypatch.delenv("CPMEETING_PASSPHRASE", raising=False)
    assert main(_words(words, tmp_path)) == 3
    assert "no keyring is available" in capsys.readouterr().err
    assert [path.name for path in tmp_path.iterdir()] == ["data"]


@pytest.mark.parametrize("words", OPENING_THE_ARCHIVE, ids=lambda v: str(v))
def test_a_wrong_passphrase_is_said_plainly_and_exits_3(words, no_keyring, tmp_path, capsys,
                                                        monkeypatch):
    monkeypatch.setenv("CPMEETING_PASSPHRASE", "correct horse battery staple")
    assert main(["demo"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("CPMEETING_PASSPHRASE", "wrong horse battery staple")
    assert main(_words(words, tmp_path)) == 3
    error = capsys.readouterr().err
    assert "passphrase" in error
    assert "Traceback" not in error


def test_a_program_holding_the_archive_open_runs_commands_on_it_and_it_stays_open(
        no_keyring, monkeypatch, capsys):
    # benchmarks/hostile_files.py runs thousands of commands this way, opening the archive once.
    monkeypatch.delenv("CPMEETING_PASSPHRASE", raising=False)  # opening it again would fail
    with Archive.open(passphrase="correct horse battery staple") as archive:
        assert main(["demo"], archive=archive) == 0
        assert main(["list"], archive=archive) == 0
        (summary,) = archive.list_conferences()  # still open: the commands did not close it
    assert summary.id in capsys.readouterr().out
    assert main(["list"]) == 3  # on its own, the command cannot open the archive
