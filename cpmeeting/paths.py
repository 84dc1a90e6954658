"""Where cpmeeting keeps its files: the user data folder, or CPMEETING_DATA_DIR if set.

Also where the shipped files are. `resources/` (fonts and their licences) and `translations/`
(gettext catalogs) live at the top of the checkout, beside the package, so translators and
font updates need no knowledge of the package layout. Installs carry them *inside* the package
instead: `setup.py` copies both folders into `cpmeeting/` when a wheel is built, and the
PyInstaller spec puts them at `cpmeeting/` in the bundle (where `__file__` points under
`sys._MEIPASS`). So one rule serves all three: use the copy inside the package if there is one,
else the checkout's (an editable install, `./dev`, the tests). The package copy is tried first
because a folder named `resources` next to an installed package is someone else's.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "cpmeeting"
PACKAGE = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE.parent


def _shipped(name: str) -> Path:
    """The shipped folder `name`: inside the installed package or bundle, else in the checkout."""
    inside = PACKAGE / name
    return inside if inside.is_dir() else REPO_ROOT / name


RESOURCES = _shipped("resources")
TRANSLATIONS = _shipped("translations")


def data_dir() -> Path:
    """The folder holding the encrypted database and logs; created on first use, private
    (0700, its files 0600: file_modes.py)."""
    from cpmeeting.file_modes import private_folder

    override = os.environ.get("CPMEETING_DATA_DIR")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return private_folder(folder)
