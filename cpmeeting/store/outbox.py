"""Changes made while the authority's server could not be reached, kept on this laptop.

One small file per conference in the data folder, encrypted (Fernet: AES with an HMAC) with a
key kept in the keyring, written whole and renamed into place at every change, so a laptop
that dies offline loses nothing it had shown. When the conference is next saved to the server
the changes go after whatever the others wrote meanwhile, and the file goes.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cpmeeting.paths import data_dir

from .journal import Change, Head

KEY_NAME = "outbox-key"


class OutboxUnavailable(RuntimeError):
    """No keyring to keep the file's key: the changes can only be kept in memory."""


@dataclass(frozen=True)
class Unsent:
    """What the file holds: the journal entry the changes were made after, and the changes."""

    base: Head
    changes: list[Change]


def _key() -> bytes:
    import keyring
    from cryptography.fernet import Fernet
    from keyring.errors import KeyringError

    from .secrets import SERVICE

    try:
        key = keyring.get_password(SERVICE, KEY_NAME)
        if key is None:
            key = Fernet.generate_key().decode()
            keyring.set_password(SERVICE, KEY_NAME, key)
    except KeyringError as error:
        raise OutboxUnavailable(str(error)) from None
    return key.encode()


def _path(server: str, conference_id: str) -> Path:
    folder = data_dir() / "unsent"
    folder.mkdir(mode=0o700, exist_ok=True)
    # The server's address is not kept in clear: only which file belongs to it.
    tag = hashlib.sha256(f"{server}\n{conference_id}".encode()).hexdigest()[:32]
    return folder / f"{tag}.bin"


def keep(server: str, conference_id: str, unsent: Unsent) -> None:
    """Write the unsent changes (all of them, replacing the file)."""
    from cryptography.fernet import Fernet

    text = json.dumps({"seq": unsent.base.seq, "hash": unsent.base.hash,
                       "changes": [[c.label, c.payload] for c in unsent.changes]})
    token = Fernet(_key()).encrypt(text.encode())
    path = _path(server, conference_id)
    temporary = path.with_suffix(".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(token)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)


def unsent(server: str, conference_id: str) -> Unsent | None:
    """The changes kept for this conference on this server, if any."""
    from cryptography.fernet import Fernet, InvalidToken

    path = _path(server, conference_id)
    if not path.exists():
        return None
    try:
        data = json.loads(Fernet(_key()).decrypt(path.read_bytes()))
    except (InvalidToken, ValueError, OSError):
        return None
    return Unsent(Head(int(data["seq"]), str(data["hash"])),
                  [Change(label, payload) for label, payload in data["changes"]])


def forget(server: str, conference_id: str) -> None:
    """The changes are on the server now."""
    _path(server, conference_id).unlink(missing_ok=True)
