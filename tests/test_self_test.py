"""`cpmeeting self-test`: every part of an installed copy, checked in a throwaway folder."""

from __future__ import annotations

import pytest

from cpmeeting.cli import main


def test_self_test_passes_and_says_each_check_in_words(capsys, qapp):
    assert main(["self-test"]) == 0
    out = capsys.readouterr().out
    for line in ("ok      archive: encrypted archive made, written, reopened and read back",
                 "ok      archive lock: a second window refused; the lock moved",
                 "ok      catalogs: ", "ok      shaping: an Urdu line joined",
                 "a Bengali line shaped",
                 "ok      signed PDF: ", "signed and verified; a changed copy is refused",
                 "ok      window: Qt loaded",
                 "Self-test passed: this copy of cpmeeting works."):
        assert line in out
    catalogs = int(out.split("catalogs: ")[1].split()[0])
    assert catalogs >= 2 * 2  # at least Welsh and one document language in both domains


def test_self_test_leaves_the_users_folder_and_keyring_alone(data_folder, memory_keyring, qapp,
                                                             capsys):
    assert main(["self-test"]) == 0
    assert list(data_folder.iterdir()) == []
    assert memory_keyring.passwords == {}


@pytest.fixture
def fonts_missing(tmp_path, monkeypatch):
    """The bundled script fonts are not where the copy expects them (a broken install)."""
    from cpmeeting.documents import scripts

    monkeypatch.setattr(scripts, "RESOURCES", tmp_path / "nothing-here")
    scripts.script_font.cache_clear()
    yield
    scripts.script_font.cache_clear()


def test_a_broken_part_fails_the_self_test_and_is_named(fonts_missing, capsys, qapp):
    assert main(["self-test", "--no-window"]) == 1
    out = capsys.readouterr().out
    assert "ok      archive:" in out
    assert "FAILED  shaping: " in out
    assert "Self-test failed:" in out
    assert "Self-test passed" not in out
