"""`cpmeeting list` prints the archive's conferences and filters them."""

from __future__ import annotations

from datetime import date

from factories import full_conference

from cpmeeting.cli import main
from cpmeeting.store.archive import Archive


def test_list_prints_every_conference_newest_first(capsys):
    older, newer = full_conference("Marwick"), full_conference("Oduya")
    newer.date = date(2026, 6, 2)
    with Archive.open() as archive:
        archive.save(older)
        archive.save(newer)
    assert main(["list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("2026-06-02") and "Amy Oduya" in lines[0] and newer.id in lines[0]
    assert "Review child protection conference" in lines[1] and "Amy Marwick" in lines[1]


def test_list_search(capsys):
    with Archive.open() as archive:
        archive.save(full_conference("Marwick"))
        archive.save(full_conference("Oduya"))
    assert main(["list", "--search", "oduya"]) == 0
    out = capsys.readouterr().out
    assert "Amy Oduya" in out and "Marwick" not in out
    assert main(["list", "--search", "nobody"]) == 0
    assert capsys.readouterr().out.strip() == "No conferences match."


def test_list_on_an_empty_archive(capsys):
    assert main(["list"]) == 0
    assert capsys.readouterr().out.strip() == "The archive has no conferences."


def test_list_without_a_keyring_says_what_to_do(no_keyring, capsys, monkeypatch):
    monkeypatch.delenv("CPMEETING_PASSPHRASE", raising=False)
    assert main(["list"]) == 3
    assert "CPMEETING_PASSPHRASE" in capsys.readouterr().err


def test_list_with_a_passphrase_from_the_environment(no_keyring, capsys, monkeypatch):
    monkeypatch.setenv("CPMEETING_PASSPHRASE", "correct horse battery staple")
    with Archive.open(passphrase="correct horse battery staple") as archive:
        archive.save(full_conference("Marwick"))
    assert main(["list"]) == 0
    assert "Amy Marwick" in capsys.readouterr().out
