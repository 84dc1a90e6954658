"""Shared test set-up: offscreen Qt, a temporary data folder, an in-memory keyring, an archive."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backends.fail
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch):
    """Every test gets its own empty data folder."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("CPMEETING_DATA_DIR", str(folder))
    return folder


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in memory for one test; never chosen automatically."""

    priority = -1  # below every real backend
    viable = False

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring():
    """Every test gets an empty in-memory keyring, selected explicitly."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def archive():
    """An encrypted archive in the test's data folder (the key in the test keyring)."""
    from cpmeeting.store.archive import Archive  # here, so the domain tests load no store

    opened = Archive.open()
    yield opened
    opened.close()


@pytest.fixture
def no_keyring(memory_keyring):
    """No keyring works, as on CI or bare Linux: get and set raise NoKeyringError."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield


@pytest.fixture
def tiny_disk(tmp_path, monkeypatch):
    """A 3 MB tmpfs mounted as the data folder (root only: CI runs as root; skipped, saying
    why, elsewhere): to fill, or to make read-only (tests/mounts.py)."""
    from mounts import mount_tmpfs, unmount

    mount_point = tmp_path / "tiny"
    mount_tmpfs(mount_point)
    monkeypatch.setenv("CPMEETING_DATA_DIR", str(mount_point))
    yield mount_point
    unmount(mount_point)
