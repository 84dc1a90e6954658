"""The chair's name and role as given in the set-up assistant: the export dialog's defaults.

Kept with the other non-secret preferences (settings.ini in the data folder), not in the
archive: they belong to the person using this computer, not to any conference record.
"""

from __future__ import annotations

from cpmeeting.gui.appearance import settings

CHAIR_NAME, CHAIR_ROLE = "chair/name", "chair/role"


def saved_chair() -> tuple[str, str]:
    """The chair's name and role ('' where not given)."""
    store = settings()
    return str(store.value(CHAIR_NAME, "") or ""), str(store.value(CHAIR_ROLE, "") or "")


def save_chair(name: str, role: str) -> None:
    store = settings()
    store.setValue(CHAIR_NAME, name)
    store.setValue(CHAIR_ROLE, role)
