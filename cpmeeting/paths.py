"""Where cpmeeting keeps its files: the user data folder, or CPMEETING_DATA_DIR if set.

Also where the shipped files are. `resources/` (fonts and their licences), `translations/`
(gettext catalogs) and `ui/` (Qt Designer forms) live at the top of the checkout, beside the
package, so translators, designers and font updates need no knowledge of the package layout. Installs carry them *inside* the package
instead: `setup.py` copies these folders into `cpmeeting/` when a wheel is built, and the
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
# Qt Designer forms of the static dialogs (cpmeeting/gui/forms.py loads them).
FORMS = _shipped("ui")


DATA_DIR_ENV = "CPMEETING_DATA_DIR"


def _location_file() -> Path:
    """Names the data folder a user chose in the set-up assistant (kept outside that folder)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "data-folder"


def chosen_data_folder() -> Path | None:
    """The data folder chosen in the set-up assistant, if one was."""
    try:
        text = _location_file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text) if text else None


def remember_data_folder(folder: Path) -> None:
    """Keep the archive in folder from now on (CPMEETING_DATA_DIR still wins)."""
    location = _location_file()
    location.parent.mkdir(parents=True, exist_ok=True)
    location.write_text(str(folder) + "\n", encoding="utf-8")


def default_data_dir() -> Path:
    """The user data folder of this operating system."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class DataFolderUnusable(OSError):
    """The data folder cannot be made (its parent is read-only, a file has its name)."""

    def __init__(self, folder: Path, error: OSError) -> None:
        super().__init__(error.errno, error.strerror)
        self.folder = folder
        self.reason = error.strerror or str(error)


def data_dir() -> Path:
    """The folder holding the encrypted database and logs: CPMEETING_DATA_DIR, else the one
    chosen in the set-up assistant, else the user data folder; created on first use, private
    (0700, its files 0600: file_modes.py). Raises DataFolderUnusable if it cannot be made."""
    from cpmeeting.file_modes import private_folder

    override = os.environ.get(DATA_DIR_ENV)
    folder = Path(override) if override else (chosen_data_folder() or default_data_dir())
    try:
        return private_folder(folder)
    except OSError as error:
        raise DataFolderUnusable(folder, error) from None
