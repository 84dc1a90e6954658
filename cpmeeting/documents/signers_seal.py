"""The seal on the trusted-signers list: a change made outside cpmeeting is noticed.

`verify` trusts the certificates listed in signing/known-signers.txt and those in
signing/trusted/. Whoever can write there could add their own signer, so whenever cpmeeting
changes the list it writes an HMAC-SHA256 of the whole list (both places) to
signing/known-signers.seal, keyed by a random secret kept in the keyring, which another
account cannot read. A list whose seal is missing or does not match was changed by something
else, and then no signer is vouched for until the chair re-seals it knowingly.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from enum import StrEnum
from pathlib import Path

from cpmeeting.file_modes import write_private

SEAL_ACCOUNT = "known-signers-seal"
SEAL_FILE = "known-signers.seal"


class SealState(StrEnum):
    SEALED = "sealed"          # the list is as cpmeeting last wrote it
    BROKEN = "broken"          # changed outside cpmeeting (or its seal removed)
    NO_KEYRING = "no keyring"  # no keyring works: the list cannot be checked here
    EMPTY = "empty"            # no list at all: nothing to vouch with, nothing to check
    UNSEALED = "unsealed"      # made before lists were sealed (no secret yet): sealed as found


def _secret(create: bool) -> bytes | None:
    """The seal's secret from the keyring (made if asked); raises KeyringError where no
    keyring works."""
    import keyring

    from cpmeeting.store.secrets import SERVICE

    stored = keyring.get_password(SERVICE, SEAL_ACCOUNT)
    if stored is None and create:
        stored = secrets.token_hex(32)
        keyring.set_password(SERVICE, SEAL_ACCOUNT, stored)
    return bytes.fromhex(stored) if stored else None


def list_content(signing_folder: Path) -> bytes:
    """Everything the list of trusted signers consists of, in a fixed order."""
    parts = [b"known-signers.txt\0"]
    known = signing_folder / "known-signers.txt"
    parts.append(known.read_bytes() if known.exists() else b"")
    for pem in sorted((signing_folder / "trusted").glob("*.pem")):
        parts += [b"\0trusted/", pem.name.encode("utf-8"), b"\0", pem.read_bytes()]
    return b"".join(parts)


def _mac(secret: bytes, content: bytes) -> str:
    return hmac.new(secret, content, hashlib.sha256).hexdigest()


def seal(signing_folder: Path) -> bool:
    """Seal the list as it is now (cpmeeting just changed it); False where no keyring works."""
    from keyring.errors import KeyringError

    try:
        secret = _secret(create=True)
    except KeyringError:  # NoKeyringError included
        return False
    write_private(signing_folder / SEAL_FILE,
                  _mac(secret, list_content(signing_folder)).encode("ascii"))
    return True


def seal_state(signing_folder: Path) -> SealState:
    """Whether the list is as cpmeeting last wrote it."""
    has_list = (signing_folder / "known-signers.txt").exists() or \
        any((signing_folder / "trusted").glob("*.pem"))
    seal_path = signing_folder / SEAL_FILE
    if not has_list and not seal_path.exists():
        return SealState.EMPTY
    from keyring.errors import KeyringError

    try:
        secret = _secret(create=False)
    except KeyringError:
        return SealState.NO_KEYRING
    if secret is None:
        # No secret was ever made, which another account cannot undo: a list from before
        # seals existed, trusted as found (the folder was private by then: file_modes.py).
        return SealState.UNSEALED
    try:
        recorded = seal_path.read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return SealState.BROKEN
    expected = _mac(secret, list_content(signing_folder))
    return SealState.SEALED if hmac.compare_digest(recorded, expected) else SealState.BROKEN

