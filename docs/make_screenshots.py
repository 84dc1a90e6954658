"""Screenshots of the window for docs/screenshots/: the start screen, every stage, the dark
theme, 200% text, the two dialogs, the minutes pane with an entry kept from the father, the
locked window (and its wait after wrong PINs), and a read-only window.

Run under a real X server (Xvfb), so what is saved is what a chair sees:
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/make_screenshots.py
It works on a throwaway archive (a temporary data folder, an in-memory keyring) holding the
invented demo conference; nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"


def use_throwaway_keyring() -> None:
    """Keys go to memory for this run: nothing reaches the desktop's keyring."""
    import keyring
    from keyring.backend import KeyringBackend

    class ThrowawayKeyring(KeyringBackend):
        priority = 1
        store: dict = {}

        def get_password(self, service, name):
            return self.store.get((service, name))

        def set_password(self, service, name, value):
            self.store[(service, name)] = value

        def delete_password(self, service, name):
            self.store.pop((service, name), None)

    keyring.set_keyring(ThrowawayKeyring())


def throwaway_data(prefix: str = "cpmeeting-shots-") -> None:
    """A temporary data folder and an in-memory keyring: nothing of the user's is touched."""
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    os.environ["CPMEETING_DATA_DIR"] = tempfile.mkdtemp(prefix=prefix)
    use_throwaway_keyring()


def throwaway_app():
    """A QApplication over a temporary data folder and an in-memory keyring, in light theme."""
    throwaway_data()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from cpmeeting.gui.appearance import Theme, apply_appearance

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      os.environ["CPMEETING_DATA_DIR"])
    app = QApplication(sys.argv)
    apply_appearance(app, Theme.LIGHT, 100)
    return app


def main() -> int:
    throwaway_data()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from cpmeeting.demo.seed import ensure_demo
    from cpmeeting.domain.stages import STAGE_ORDER, Stage
    from cpmeeting.gui.appearance import Theme, apply_appearance
    from cpmeeting.gui.main_window import MainWindow
    from cpmeeting.store.archive import Archive

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      os.environ["CPMEETING_DATA_DIR"])
    app = QApplication(sys.argv)
    apply_appearance(app, Theme.LIGHT, 100)
    archive = Archive.open()
    ensure_demo(archive)
    # The window's clock stands mid-meeting, five minutes after the father was asked to
    # leave, so the pages show the meeting as it happens (who is out, elapsed time).
    conference = archive.load(archive.list_conferences()[0].id)
    moment = conference.exclusions[0].start + timedelta(minutes=5)
    window = MainWindow(archive, clock=lambda: moment)
    window.restore()  # a fresh data folder: the list of conferences
    window.resize(1366, 768)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    settle()
    window.grab().save(str(OUT / "start-screen.png"))
    window.open_conference(conference.id)
    for number, stage in enumerate(STAGE_ORDER, start=1):
        window.go_to_stage(stage)
        settle()
        window.grab().save(str(OUT / f"stage-{number}-{stage.value}.png"))
    shoot_minutes(window, settle)
    shoot_appearance(app, window, settle, Stage)
    window.go_to_stage(STAGE_ORDER[0])
    shoot_dialogs(window, settle)
    shoot_lock(window, settle)
    shoot_read_only(archive, conference.id, moment, settle)
    print(f"Wrote screenshots to {OUT} at {datetime.now():%H:%M}")
    window.close()
    archive.close()
    return 0


def shoot_minutes(window, settle) -> None:
    """The minutes pane alone while the father is out: a new entry is marked not for him."""
    pane = window.pane
    pane.choose_speaker("Frost")
    pane.entry_box.setPlainText("The police update on the investigation was shared.")
    pane.commit()
    pane.choose_speaker("Okonjo")
    pane.entry_box.setPlainText("The social worker added that")
    pane.select_row(pane.model.rowCount() - 1)
    settle()
    window.minutes_dock.grab().save(str(OUT / "minutes-pane-not-for-father.png"))
    pane.entry_box.clear()


def shoot_appearance(app, window, settle, stage_type) -> None:
    """Attendance in the dark theme and the decision at 200% text, then back to normal."""
    from cpmeeting.gui.appearance import Theme, apply_appearance

    apply_appearance(app, Theme.DARK, 100)
    window.go_to_stage(stage_type.ATTENDANCE)
    settle()
    window.grab().save(str(OUT / "dark-attendance.png"))
    window.go_to_stage(stage_type.EXCLUSIONS)
    settle()
    window.grab().save(str(OUT / "dark-exclusions.png"))
    apply_appearance(app, Theme.LIGHT, 200)
    window.go_to_stage(stage_type.DECISION)
    settle()
    window.grab().save(str(OUT / "large-text-decision.png"))
    window.minutes_dock.hide()  # what a chair reading at 200% would do: View > minutes pane
    settle()
    window.grab().save(str(OUT / "large-text-decision-minutes-hidden.png"))
    window.minutes_dock.show()
    window.go_to_stage(stage_type.ATTENDANCE)
    settle()
    window.grab().save(str(OUT / "large-text-attendance.png"))
    apply_appearance(app, Theme.LIGHT, 100)
    settle()


def shoot_dialogs(window, settle) -> None:
    """The new-conference and keyboard-shortcuts dialogs, shown over the window."""
    from cpmeeting.gui.new_conference_dialog import NewConferenceDialog
    from cpmeeting.gui.shortcuts_dialog import ShortcutsDialog

    for dialog, name in ((NewConferenceDialog(window.archive, window), "new-conference-dialog"),
                         (ShortcutsDialog(window), "shortcuts-dialog")):
        dialog.show()
        settle()
        dialog.grab().save(str(OUT / f"{name}.png"))
        dialog.close()
        dialog.deleteLater()


def shoot_lock(window, settle) -> None:
    """The locked window, then its wait after five wrong PINs; unlocked again after."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    def answer(panel, secret: str, repeat: str | None = None) -> None:
        QTest.keyClicks(panel.secret, secret)
        if repeat is not None:
            QTest.keyClicks(panel.repeat, repeat)
        QTest.keyClick(panel.repeat if repeat is not None else panel.secret, Qt.Key.Key_Return)
        settle()

    window.screen_lock.lock()
    answer(window.centralWidget(), "2468", "2468")  # the PIN chosen at the first unlock
    window.screen_lock.lock()
    settle()
    window.grab().save(str(OUT / "locked-window.png"))
    for _try in range(5):
        answer(window.centralWidget(), "1111")
    window.grab().save(str(OUT / "locked-wait.png"))


def shoot_read_only(archive, conference_id: str, moment, settle) -> None:
    """A window on a data folder that cannot be written: the line that says so, and the
    minutes box that takes nothing."""
    from cpmeeting.gui.main_window import MainWindow
    from cpmeeting.paths import data_dir

    window = MainWindow(archive, clock=lambda: moment, read_only=Path(data_dir()))
    window.resize(1366, 768)
    window.show()
    window.open_conference(conference_id)
    settle()
    window.grab().save(str(OUT / "read-only-window.png"))
    window.close()


if __name__ == "__main__":
    raise SystemExit(main())
