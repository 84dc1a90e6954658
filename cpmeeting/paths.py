"""Where cpmeeting keeps its files: the user data folder, or CPMEETING_DATA_DIR if set."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "cpmeeting"
REPO_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = REPO_ROOT / "resources"
TRANSLATIONS = REPO_ROOT / "translations"


def data_dir() -> Path:
    """The folder holding the encrypted database and logs; created on first use."""
    override = os.environ.get("CPMEETING_DATA_DIR")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
