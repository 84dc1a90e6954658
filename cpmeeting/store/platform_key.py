"""The database key read straight from the desktop's password store, for a quick start.

keyring chooses its backend by importing every backend it knows, which takes about a tenth of
a second: most of what a cold start may cost. So at start-up the key is first asked of the
platform's store directly, under the names keyring itself uses, through the libraries keyring
itself uses there: the Secret Service (GNOME Keyring, KWallet) through jeepney on Linux,
the Windows Credential Manager through pywin32-ctypes. Whenever that is not certain (keyring
configured to use another backend, another platform, a locked collection, no session bus, any
error), this answers None and keyring is asked as usual, with its own prompts and messages.
Writing the key is always left to keyring.
"""

from __future__ import annotations

import os
import sys
from contextlib import closing
from pathlib import Path

# keyring's "not found" error number on Windows (ERROR_NOT_FOUND).
_WINDOWS_NOT_FOUND = 1168


def stored_key(service: str, name: str) -> str | None:
    """The key stored by keyring under (service, name), or None when keyring must be asked."""
    if not _keyring_left_to_choose():
        return None
    try:
        if sys.platform == "win32":
            return _from_windows(service, name)
        if sys.platform.startswith(("linux", "freebsd")):
            return _from_secret_service(service, name)
    except Exception:  # noqa: BLE001 - any doubt: keyring is asked, and explains failures
        return None
    return None


def _keyring_left_to_choose() -> bool:
    """False when keyring was told which backend to use: in code (it is already loaded, as in
    the tests), in the environment, or in its configuration file."""
    if "keyring" in sys.modules or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return False
    return not (_keyring_config_folder() / "keyringrc.cfg").exists()


def _keyring_config_folder() -> Path:
    """Where keyring reads keyringrc.cfg (keyring.util.platform_.config_root)."""
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", os.environ.get("PROGRAMDATA", "."))) / \
            "Python Keyring"
    root = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(root, "python_keyring")


def _from_secret_service(service: str, name: str) -> str | None:
    """keyring's SecretService backend: an item of the default collection with the attributes
    username and service. Asked through jeepney (which keyring's secretstorage is built on) in
    a "plain" session: the Secret Service specification's own choice for a private session bus,
    where any process that could read the key on its way could as well ask for it. An
    encrypted session would add cryptography's start-up and a key exchange: ~50 ms."""
    if not (os.environ.get("DBUS_SESSION_BUS_ADDRESS")
            or Path(os.environ.get("XDG_RUNTIME_DIR", "/nonexistent"), "bus").exists()):
        return None  # no session bus: keyring will say that no keyring is available
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    secrets = DBusAddress("/org/freedesktop/secrets", bus_name="org.freedesktop.secrets",
                          interface="org.freedesktop.Secret.Service")
    with closing(open_dbus_connection(bus="SESSION")) as connection:
        def call(method: str, signature: str, *arguments):
            return connection.send_and_get_reply(
                new_method_call(secrets, method, signature, arguments), timeout=2).body

        (collection,) = call("ReadAlias", "s", "default")
        unlocked, locked = call("SearchItems", "a{ss}", {"username": name, "service": service})
        mine = f"{collection}/"
        if collection == "/" or any(item.startswith(mine) for item in locked):
            return None  # no default collection, or locked: keyring asks to unlock it
        found = [item for item in unlocked if item.startswith(mine)]
        if not found:
            return None
        _output, session = call("OpenSession", "sv", "plain", ("s", ""))
        (secrets_by_item,) = call("GetSecrets", "aoo", found[:1], session)
        _session, _parameters, value, _content_type = secrets_by_item[found[0]]
        return bytes(value).decode("utf-8")


def _from_windows(service: str, name: str) -> str | None:
    """keyring's WinVaultKeyring: a generic credential named after the service (or name@service)."""
    from win32ctypes.pywin32 import pywintypes, win32cred

    def read(target: str) -> dict | None:
        try:
            return win32cred.CredRead(Type=win32cred.CRED_TYPE_GENERIC, TargetName=target)
        except pywintypes.error as error:
            if error.winerror == _WINDOWS_NOT_FOUND:
                return None
            raise

    credential = read(service)
    if not credential or credential["UserName"] != name:
        credential = read(f"{name}@{service}")
    if not credential:
        return None
    return credential["CredentialBlob"].decode("utf-16")
