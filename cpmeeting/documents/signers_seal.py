"""The seal on the trusted-signers list: a change made outside cpmeeting is noticed.

`verify` trusts the certificates listed in signing/known-signers.txt and those in
signing/trusted/. Whoever can write there could add their own signer, so whenever cpmeeting
changes the list it writes an HMAC-SHA256 of the whole list (both places) to
signing/known-signers.seal, keyed by a random secret kept in the keyring, which another
account cannot read. A list whose seal is missing or does not match was changed by something
else, and then no signer is vouched for until the chair re-seals it knowingly.

Where no keyring works (an archive opened with a passphrase) the secret is derived from the
archive's passphrase with scrypt and a random salt kept beside the seal
(signing/known-signers.salt); the passphrase itself is never stored. Such a seal also holds a
check value of the secret, so a wrong passphrase is told apart from a changed list.
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
SALT_FILE = "known-signers.salt"  # for a seal keyed by the archive's passphrase
PASSPHRASE_KIND = "passphrase"  # how such a seal begins: "passphrase:<check>:<mac>"
_CHECK = b"cpmeeting known-signers passphrase check"


class SealState(StrEnum):
    SEALED = "sealed"          # the list is as cpmeeting last wrote it
    BROKEN = "broken"          # changed outside cpmeeting (or its seal removed)
    NO_KEYRING = "no keyring"  # no keyring works: the list cannot be checked here
    EMPTY = "empty"            # no list at all: nothing to vouch with, nothing to check
    UNSEALED = "unsealed"      # made before lists were sealed (no secret yet): sealed as found
    NEEDS_PASSPHRASE = "needs passphrase"  # sealed with the passphrase, none given
    WRONG_PASSPHRASE = "wrong passphrase"  # sealed with the passphrase, another one given


# The states in which the list is vouched for, and so may be sealed again after cpmeeting
# changes it: a list that cannot be checked is never sealed over (that would bless it).
VOUCHING = frozenset({SealState.SEALED, SealState.UNSEALED, SealState.EMPTY})


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


def _passphrase_secret(signing_folder: Path, passphrase: str, create: bool) -> bytes | None:
    """The seal's secret from the archive's passphrase and the stored salt (made if asked)."""
    from cpmeeting.store.secrets import passphrase_key, stored_salt

    salt = stored_salt(signing_folder / SALT_FILE, create)
    return None if salt is None else passphrase_key(passphrase, salt)


def _given_or_session(passphrase: str | None) -> str | None:
    from cpmeeting.store.secrets import archive_passphrase

    return passphrase or archive_passphrase()


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


def seal(signing_folder: Path, passphrase: str | None = None) -> bool:
    """Seal the list as it is now (cpmeeting just changed it): with the keyring's secret, or
    where no keyring works with the archive's passphrase (given, or the one it was opened
    with); False when neither is to be had."""
    from keyring.errors import KeyringError

    content = list_content(signing_folder)
    try:
        text = _mac(_secret(create=True), content)
    except KeyringError:  # NoKeyringError included
        passphrase = _given_or_session(passphrase)
        if not passphrase:
            return False
        secret = _passphrase_secret(signing_folder, passphrase, create=True)
        text = f"{PASSPHRASE_KIND}:{_mac(secret, _CHECK)}:{_mac(secret, content)}"
    write_private(signing_folder / SEAL_FILE, text.encode("ascii"))
    return True


def seal_state(signing_folder: Path, passphrase: str | None = None) -> SealState:
    """Whether the list is as cpmeeting last wrote it; a seal made with the archive's
    passphrase is checked with the passphrase given (or the one the archive was opened with)."""
    has_list = (signing_folder / "known-signers.txt").exists() or \
        any((signing_folder / "trusted").glob("*.pem"))
    seal_path = signing_folder / SEAL_FILE
    if not has_list and not seal_path.exists():
        return SealState.EMPTY
    try:
        recorded = seal_path.read_text("ascii").strip()
    except FileNotFoundError:
        recorded = None
    except (OSError, UnicodeDecodeError):
        return SealState.BROKEN
    if recorded is not None and recorded.startswith(PASSPHRASE_KIND + ":"):
        return _passphrase_seal_state(signing_folder, recorded, _given_or_session(passphrase))
    from keyring.errors import KeyringError

    try:
        secret = _secret(create=False)
    except KeyringError:
        return _no_keyring_state(signing_folder, recorded, _given_or_session(passphrase))
    if secret is None:
        # No secret was ever made, which another account cannot undo: a list from before
        # seals existed, trusted as found (the folder was private by then: file_modes.py).
        return SealState.UNSEALED
    if recorded is None:
        return SealState.BROKEN
    expected = _mac(secret, list_content(signing_folder))
    return SealState.SEALED if hmac.compare_digest(recorded, expected) else SealState.BROKEN


def _no_keyring_state(signing_folder: Path, recorded: str | None,
                      passphrase: str | None) -> SealState:
    """No keyring works, and the list carries no seal made with the passphrase."""
    if recorded is not None:
        return SealState.NO_KEYRING  # sealed with the keyring's secret: not to be checked here
    if (signing_folder / SALT_FILE).exists():
        return SealState.BROKEN  # sealed here with the passphrase once, and the seal removed
    # Never sealed where no keyring works: a list from before passphrase seals, sealed as
    # found once the passphrase is known.
    return SealState.UNSEALED if passphrase else SealState.NEEDS_PASSPHRASE


def _passphrase_seal_state(signing_folder: Path, recorded: str,
                           passphrase: str | None) -> SealState:
    if not passphrase:
        return SealState.NEEDS_PASSPHRASE
    _kind, _, rest = recorded.partition(":")
    check, _, mac = rest.partition(":")
    secret = _passphrase_secret(signing_folder, passphrase, create=False)
    if secret is None:
        return SealState.BROKEN  # its salt removed
    if not hmac.compare_digest(check, _mac(secret, _CHECK)):
        return SealState.WRONG_PASSPHRASE
    expected = _mac(secret, list_content(signing_folder))
    return SealState.SEALED if hmac.compare_digest(mac, expected) else SealState.BROKEN

