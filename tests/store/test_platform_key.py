"""The quick key lookup reads what keyring stored, from a real desktop keyring, or steps aside."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

from cpmeeting.store import platform_key

REPO = Path(__file__).resolve().parents[2]
WITH_SECRET_SERVICE = REPO / "benchmarks" / "with_secret_service.sh"

# Run beside a throwaway GNOME Keyring (Debian's dbus and gnome-keyring; ./dev test installs
# them): keyring stores a key the way cpmeeting does, then a fresh process that never loads
# keyring reads it back through the quick lookup.
ROUND_TRIP = """
import subprocess, sys
import keyring
keyring.set_password("cpmeeting", "database-key", "ab" * 32)
keyring.set_password("cpmeeting-other", "database-key", "not this one")
reader = '''
import sys
from cpmeeting.store.platform_key import stored_key
print(stored_key("cpmeeting", "database-key"))
print(stored_key("cpmeeting", "some-other-name"))
print("keyring loaded" if "keyring" in sys.modules else "keyring not loaded")
'''
print(subprocess.run([sys.executable, "-c", reader], capture_output=True, text=True,
                     check=True).stdout, end="")
"""


def test_the_quick_lookup_reads_the_key_keyring_stored_in_a_real_secret_service():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")}
    result = subprocess.run([str(WITH_SECRET_SERVICE), sys.executable, "-c", ROUND_TRIP],
                            capture_output=True, text=True, timeout=60, env=env, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["ab" * 32, "None", "keyring not loaded"]


def test_with_keyring_configured_in_code_the_lookup_leaves_it_to_keyring():
    # The tests configure keyring (conftest.py): its choice must win.
    assert "keyring" in sys.modules
    assert platform_key.stored_key("cpmeeting", "database-key") is None


def test_a_configured_backend_in_the_environment_or_file_wins(monkeypatch, tmp_path):
    monkeypatch.delitem(sys.modules, "keyring")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    assert platform_key._keyring_left_to_choose()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    assert not platform_key._keyring_left_to_choose()
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    (tmp_path / "python_keyring").mkdir()
    (tmp_path / "python_keyring" / "keyringrc.cfg").write_text("[backend]\n")
    assert not platform_key._keyring_left_to_choose()


def test_without_a_session_bus_the_lookup_gives_way(monkeypatch, tmp_path):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert platform_key._from_secret_service("cpmeeting", "database-key") is None


class FakeCredentialManager:
    """Stands in for pywin32-ctypes on Windows: generic credentials by target name."""

    CRED_TYPE_GENERIC = 1

    class error(Exception):  # noqa: N801 - pywintypes.error's name
        def __init__(self, winerror: int) -> None:
            super().__init__(winerror)
            self.winerror = winerror

    def __init__(self, credentials: dict[str, tuple[str, str]]) -> None:
        self.credentials = credentials
        self.asked: list[str] = []

    def CredRead(self, Type: int, TargetName: str) -> dict:  # noqa: N802, N803 - its API
        self.asked.append(TargetName)
        if TargetName not in self.credentials:
            raise self.error(1168)
        user, secret = self.credentials[TargetName]
        return {"UserName": user, "CredentialBlob": secret.encode("utf-16")}


def on_windows(monkeypatch, manager: FakeCredentialManager) -> None:
    package = SimpleNamespace(pywintypes=SimpleNamespace(error=manager.error), win32cred=manager)
    monkeypatch.setitem(sys.modules, "win32ctypes", SimpleNamespace(pywin32=package))
    monkeypatch.setitem(sys.modules, "win32ctypes.pywin32", package)


def test_on_windows_the_key_is_read_as_keyring_names_it(monkeypatch):
    # keyring's WinVaultKeyring: the service as the target name when the user matches,
    # else "name@service".
    manager = FakeCredentialManager({"cpmeeting": ("someone-else", "wrong"),
                                     "database-key@cpmeeting": ("database-key", "cd" * 32)})
    on_windows(monkeypatch, manager)
    assert platform_key._from_windows("cpmeeting", "database-key") == "cd" * 32
    assert manager.asked == ["cpmeeting", "database-key@cpmeeting"]
    manager.credentials = {"cpmeeting": ("database-key", "ef" * 32)}
    assert platform_key._from_windows("cpmeeting", "database-key") == "ef" * 32
    manager.credentials = {}
    assert platform_key._from_windows("cpmeeting", "database-key") is None
