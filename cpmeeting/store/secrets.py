"""The database key: random and kept in the OS keyring, or derived from a passphrase.

The key never touches the disk in clear. Where no keyring works (CI, bare Linux), the key is
derived from a passphrase with scrypt; only the salt, which is not secret, is kept in a small
file beside the database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cpmeeting.file_modes import write_private
from cpmeeting.i18n import N_, _
from cpmeeting.paths import data_dir

from .platform_key import stored_key

SERVICE = "cpmeeting"
KEY_NAME = "database-key"
SALT_FILE = "cpmeeting.salt"
PASSPHRASE_ENV = "CPMEETING_PASSPHRASE"

# scrypt cost: about 0.1 s once per opening, 32 MiB of memory.
_SCRYPT = {"n": 2**15, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024}

NO_KEYRING_MESSAGE = N_(  # translated when raised
    "cpmeeting keeps its records encrypted, and normally keeps the key in this computer's "
    "keyring (password store), but no keyring is available here. Either set up a keyring "
    "(for example GNOME Keyring or KWallet) and start again, or start with a passphrase "
    "instead: the window asks for it; on the command line set CPMEETING_PASSPHRASE or add "
    "--passphrase to be prompted. Keep the passphrase safe: without it the records cannot "
    "be read."
)

PASSPHRASE_NEEDED_MESSAGE = N_(
    "This cpmeeting archive is protected by a passphrase. Start with the passphrase: the "
    "window asks for it; on the command line set CPMEETING_PASSPHRASE or add --passphrase "
    "to be prompted."
)


class KeyringUnavailable(RuntimeError):
    """No keyring works and no passphrase was given; the message says what to do."""

    def __init__(self, message: str = NO_KEYRING_MESSAGE) -> None:
        super().__init__(_(message))


class KeyNotFound(RuntimeError):
    """An archive exists but its key is not in the keyring (another user, a wiped keyring)."""

    def __init__(self) -> None:
        super().__init__(_(
            "The key for the existing cpmeeting archive is not in this computer's keyring, so "
            "the records cannot be opened. Restore the keyring, or move the archive aside to "
            "start a new one."
        ))


def salt_path() -> Path:
    """Where the passphrase salt lives: beside the database."""
    return data_dir() / SALT_FILE


def uses_passphrase() -> bool:
    """Whether the archive in the data folder was made with a passphrase."""
    return salt_path().exists()


def database_key(create: bool = True, passphrase: str | None = None) -> str:
    """The raw 256-bit database key as 64 hex characters."""
    if uses_passphrase():
        # An archive made with a passphrase stays on it, even if a keyring appears later.
        if passphrase is None:
            raise KeyringUnavailable(PASSPHRASE_NEEDED_MESSAGE)
        return _derive(passphrase, create=False)
    quick = stored_key(SERVICE, KEY_NAME)
    if quick:
        return quick
    # keyring loads every backend it knows to choose one (about a tenth of a second).
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        stored = keyring.get_password(SERVICE, KEY_NAME)
        if stored:
            return stored
        if not create:
            raise KeyNotFound()
        import secrets  # (loaded here: it costs start-up time, and a key is made once)

        key = secrets.token_hex(32)
        keyring.set_password(SERVICE, KEY_NAME, key)
        return key
    except (NoKeyringError, KeyringError):
        if passphrase is None:
            raise KeyringUnavailable() from None
        return _derive(passphrase, create=create)


def _derive(passphrase: str, create: bool) -> str:
    if not passphrase:
        raise ValueError("The passphrase must not be empty.")
    salt = stored_salt(salt_path(), create)
    if salt is None:
        raise KeyNotFound()
    return passphrase_key(passphrase, salt).hex()


def stored_salt(path: Path, create: bool) -> bytes | None:
    """The random salt kept at path (16 bytes, made 0600 if missing and asked); None when
    missing."""
    if path.exists():
        return path.read_bytes()
    if not create:
        return None
    import secrets

    salt = secrets.token_bytes(16)
    write_private(path, salt)
    return salt


def passphrase_key(passphrase: str, salt: bytes) -> bytes:
    """32 bytes from the passphrase and salt by scrypt, at the archive's cost."""
    import hashlib

    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)


def command_line_passphrase(prompt: bool = False) -> str | None:
    """The passphrase for a command: CPMEETING_PASSPHRASE, else if prompt is set asked for at
    a terminal, or read as the first line of stdin (a script piping it in)."""
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase:
        return passphrase
    if prompt and sys.stdin.isatty():
        import getpass

        return getpass.getpass(_("Passphrase for the cpmeeting archive: ")) or None
    if prompt and sys.stdin is not None:
        try:
            return sys.stdin.readline().rstrip("\r\n") or None
        except (OSError, ValueError):  # no input to read (closed, or held by a test runner)
            return None
    return None


# The passphrase this process opened the archive with, in memory only: the trusted-signers
# seal is keyed by it where no keyring works (documents/signers_seal.py).
_opened_with: list[str] = []


def remember_archive_passphrase(passphrase: str | None) -> None:
    """Keep (or, given None, forget) the passphrase the archive is open with."""
    _opened_with[:] = [passphrase] if passphrase else []


def archive_passphrase() -> str | None:
    """The passphrase the archive was opened with in this process, if it was."""
    return _opened_with[0] if _opened_with else None


# The PIN that unlocks a locked window (gui/screen_lock.py): only its scrypt hash is kept.
_PIN_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024}


def hash_pin(pin: str) -> str:
    """The PIN's scrypt hash with its salt and cost, as one string to store."""
    import hashlib
    import secrets

    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, dklen=32, **_PIN_SCRYPT)
    return f"scrypt:{_PIN_SCRYPT['n']}:{_PIN_SCRYPT['r']}:{_PIN_SCRYPT['p']}:{salt.hex()}:" \
        f"{digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether pin is the one whose hash is stored."""
    import hashlib
    import hmac

    try:
        kind, n, r, p, salt, digest = stored.split(":")
        if kind != "scrypt":
            return False
        found = hashlib.scrypt(pin.encode("utf-8"), salt=bytes.fromhex(salt), dklen=32,
                               n=int(n), r=int(r), p=int(p), maxmem=_PIN_SCRYPT["maxmem"])
    except ValueError:
        return False
    return hmac.compare_digest(found.hex(), digest)


def passphrase_gives_key(passphrase: str, key: str) -> bool:
    """Whether the passphrase derives this archive's key (an archive made with one)."""
    import hmac

    if not passphrase or not uses_passphrase():
        return False
    try:
        return hmac.compare_digest(_derive(passphrase, create=False), key)
    except (KeyNotFound, ValueError):
        return False
