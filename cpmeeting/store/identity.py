"""Who is using this copy of cpmeeting: the name and role the journal writes beside each change.

Kept per computer (identity.json in the data folder), not in the archive: on a shared server
the chair and the minute-taker each have their own. CPMEETING_USER, CPMEETING_ROLE and
CPMEETING_DEVICE override it (tests, and a second window on one machine).
"""

from __future__ import annotations

import getpass
import json
import os
import socket

from cpmeeting.domain.journal import Author, AuthorRole
from cpmeeting.paths import data_dir

IDENTITY_FILE = "identity.json"


def _saved() -> dict[str, str]:
    try:
        value = json.loads((data_dir() / IDENTITY_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in a bare container
        return "unknown"


def current_author() -> Author:
    """The person using this copy, with their role and this computer's name."""
    saved = _saved()
    name = os.environ.get("CPMEETING_USER") or saved.get("name") or _login_name()
    try:
        role = AuthorRole(os.environ.get("CPMEETING_ROLE") or saved.get("role") or "chair")
    except ValueError:
        role = AuthorRole.CHAIR
    device = os.environ.get("CPMEETING_DEVICE") or socket.gethostname() or "this computer"
    return Author(name, role, device)


def save_author(name: str, role: AuthorRole) -> None:
    """Remember who uses this copy (the file is private to the user)."""
    path = data_dir() / IDENTITY_FILE
    path.write_text(json.dumps({"name": name.strip(), "role": role.value}), encoding="utf-8")
    path.chmod(0o600)
