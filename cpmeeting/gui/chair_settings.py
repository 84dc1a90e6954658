"""The chair's name and role as given in the set-up assistant: the export dialog's defaults.

Kept with the other non-secret preferences (settings.ini in the data folder), not in the
archive: they belong to the person using this computer, not to any conference record.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QSettings

from cpmeeting.gui.appearance import settings

CHAIR_NAME, CHAIR_ROLE = "chair/name", "chair/role"


def saved_chair() -> tuple[str, str]:
    """The chair's name and role ('' where not given)."""
    store = settings()
    return str(store.value(CHAIR_NAME, "") or ""), str(store.value(CHAIR_ROLE, "") or "")


def save_chair(name: str, role: str) -> None:
    """Keep them; OSError where the data folder cannot (a full disk, a read-only folder),
    which QSettings only reports as a status."""
    store = settings()
    store.setValue(CHAIR_NAME, name)
    store.setValue(CHAIR_ROLE, role)
    store.sync()
    if store.status() != QSettings.Status.NoError:
        folder = Path(store.fileName()).parent
        number = errno.ENOSPC if os.access(folder, os.W_OK) else errno.EROFS
        raise OSError(number, os.strerror(number), store.fileName())
