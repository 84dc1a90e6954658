"""The data folder is private: folders 0700 and files 0600, from the first run, and an
existing install is put right when the window or a command starts."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from factories import full_conference

from cpmeeting import file_modes
from cpmeeting.store.archive import Archive

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="Windows relies on the user-profile folder's ACL")


def modes(folder: Path) -> dict[str, int]:
    """Every path under folder (and folder itself) with its permission bits."""
    found = {".": stat.S_IMODE(folder.stat().st_mode)}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def assert_private(folder: Path) -> None:
    wrong = {name: oct(mode) for name, mode in modes(folder).items()
             if mode != (0o700 if (folder / name).is_dir() else 0o600)}
    assert not wrong, f"not private: {wrong}"


@pytest.fixture
def fresh_folder(tmp_path, monkeypatch) -> Path:
    """A data folder that does not exist yet: the first run."""
    folder = tmp_path / "first-run" / "cpmeeting"
    monkeypatch.setenv("CPMEETING_DATA_DIR", str(folder))
    return folder


def use_everything_that_writes(folder: Path) -> Archive:
    """What a first session writes: the archive, a draft, the chair's key, a trusted CA,
    the window's settings. Returned open, so its -wal and -shm files are there."""
    from cryptography.hazmat.primitives import serialization

    from cpmeeting.documents.signing import _self_signed, chair_key, trust_certificate

    archive = Archive.open()
    conference = full_conference()
    archive.save(conference)
    archive.save_draft(conference.id, "minutes", "half typed")
    chair_key("Imogen Castellane", "Example Borough Council")
    authority = _self_signed("Example Borough CA", "Example Borough Council")
    trust_certificate(authority.certificate.public_bytes(serialization.Encoding.PEM))
    from cpmeeting.gui.appearance import Theme, save_appearance, settings

    save_appearance(Theme.DARK, 150)
    settings().sync()
    return archive


def test_a_first_run_makes_everything_private(fresh_folder):
    archive = use_everything_that_writes(fresh_folder)
    try:
        names = set(modes(fresh_folder))
        assert {"cpmeeting.db", "cpmeeting.db-wal", "cpmeeting.db-shm", "settings.ini",
                "signing/known-signers.txt", "signing/known-signers.seal"} <= names
        assert any(n.endswith(".p12") for n in names)
        assert any(n.startswith("signing/trusted/") and n.endswith(".pem") for n in names)
        assert_private(fresh_folder)
    finally:
        archive.close()
    assert_private(fresh_folder)


def test_a_passphrase_archive_keeps_its_salt_private(fresh_folder, no_keyring):
    with Archive.open(passphrase="correct horse battery staple") as archive:
        archive.save(full_conference())
    assert (fresh_folder / "cpmeeting.salt").exists()
    assert_private(fresh_folder)


def loosen(folder: Path) -> None:
    """An install from before: folders 0755, files 0644."""
    for path in [folder, *folder.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)


def test_a_command_puts_an_existing_install_right(fresh_folder, tmp_path):
    use_everything_that_writes(fresh_folder).close()
    loosen(fresh_folder)
    assert modes(fresh_folder)["cpmeeting.db"] == 0o644
    env = {**os.environ, "CPMEETING_DATA_DIR": str(fresh_folder),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    # A command that cannot even open the archive (no keyring here) still puts modes right.
    subprocess.run([sys.executable, "-m", "cpmeeting", "list"], env=env, capture_output=True,
                   check=False, timeout=120)
    assert_private(fresh_folder)


def test_the_window_start_puts_an_existing_install_right(fresh_folder):
    from cpmeeting.gui.app import open_archive, quick_index

    use_everything_that_writes(fresh_folder).close()
    loosen(fresh_folder)
    file_modes._made_private.clear()  # as in a new process
    index = quick_index(None)
    opened = index.open_archive() if index is not None else open_archive(None)
    opened.close()
    assert_private(fresh_folder)


def test_links_and_files_of_others_are_left_alone(tmp_path, data_folder):
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("not ours")
    os.chmod(outside, 0o644)
    folder = data_folder
    (folder / "link").symlink_to(outside)
    file_modes.make_private(folder)
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_folder_made_read_only_stays_read_only_only_narrowed(tmp_path, data_folder):
    # IT made the data folder read-only (0555, its files 0444): the fix-up takes away what
    # others could do and gives the owner nothing back.
    archive_file = data_folder / "cpmeeting.db"
    archive_file.write_bytes(b"records")
    os.chmod(archive_file, 0o444)
    os.chmod(data_folder, 0o555)
    try:
        file_modes.make_private(data_folder)
        assert modes(data_folder) == {".": 0o500, "cpmeeting.db": 0o400}
    finally:
        os.chmod(data_folder, 0o700)
