"""Screenshots of the dialogs built from ui/ forms, to compare before and after a form changes.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/dialog_screenshots.py OUT_FOLDER
Saves the passphrase dialog (new and existing archive), each tab of the authority profile, the
directory entry and the keyboard shortcuts, in English and in Welsh. Throwaway data and keyring.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parent / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from make_screenshots import throwaway_app  # beside this script

    app = throwaway_app()
    from cpmeeting.domain.profile import AuthorityProfile
    from cpmeeting.gui.directory_dialog import DirectoryEntryDialog
    from cpmeeting.gui.language import set_language
    from cpmeeting.gui.passphrase_dialog import PassphraseDialog
    from cpmeeting.gui.profile_dialog import ProfileDialog
    from cpmeeting.gui.shortcuts_dialog import ShortcutsDialog

    def shoot(widget, name: str) -> None:
        widget.show()
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        widget.close()

    for language in ("en", "cy"):
        set_language(language, app)
        shoot(PassphraseDialog("no keyring", new_archive=True), f"passphrase-new-{language}")
        shoot(PassphraseDialog("no keyring", new_archive=False), f"passphrase-open-{language}")
        profile = ProfileDialog(AuthorityProfile(name="Northmoor Borough Council"))
        for index in range(profile.tabs.count()):
            profile.tabs.setCurrentIndex(index)
            shoot(profile, f"profile-{index + 1}-{language}")
        shoot(DirectoryEntryDialog(name="Dr A. Example"), f"directory-entry-{language}")
        shoot(ShortcutsDialog(), f"shortcuts-{language}")
    set_language("en", app)
    print("\n".join(sorted(p.name for p in out.glob("*.png"))))
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
