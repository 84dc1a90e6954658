"""Starting the window: the application, the archive (or a passphrase), then where we left off."""
# ruff: noqa: E402 - the imports below run in a chosen order, with the collector paused

from __future__ import annotations

import gc
import sys
from datetime import date

# isort: off
# Start-up makes a few hundred thousand objects that live as long as the app; the cyclic
# collector's passes over them cost about 50 ms of a cold start and free nothing. It is paused
# for these imports and while run_window builds the window, which then freezes what was made.
_COLLECTING = gc.isenabled()
gc.disable()
# The store (SQLAlchemy, about 200 modules) comes before Qt when `cpmeeting` starts: once
# PySide6 is loaded, its import hook (shibokensupport.feature) reads the source of every
# module imported after it to look for "PySide6".
from cpmeeting.store.archive import Archive
from cpmeeting.store.engine import ArchiveLocked, default_database
from cpmeeting.store.secrets import KeyringUnavailable
# The bank holidays, for the same reason: both first screens count working days (due dates
# on the list, the reconvene date in the live view), and the class is loaded on first use.
from cpmeeting.domain.rules.calendar import united_kingdom_holidays
united_kingdom_holidays()

from PySide6.QtWidgets import QApplication

from cpmeeting.gui.appearance import apply_appearance, saved_appearance
from cpmeeting.i18n import _
# isort: on

gc.freeze()  # modules and classes: otherwise the first pass after this walks all of them
if _COLLECTING:
    gc.enable()


def open_archive(database_url: str | None):
    """The archive, asking for a passphrase where no keyring works; None if the user quits."""
    try:
        return Archive.open(database_url)
    except KeyringUnavailable as reason:
        explanation = str(reason)
    from cpmeeting.gui.passphrase_dialog import PassphraseDialog

    new_archive = database_url is None and not default_database().exists()
    dialog = PassphraseDialog(explanation, new_archive)
    while dialog.exec():
        try:
            return Archive.open(database_url, passphrase=dialog.value())
        except ArchiveLocked:
            dialog.show_error(_("That passphrase does not open the records. Please try again."))
    return None


def ensure_demo(archive) -> None:
    """A fresh install gets the invented demonstration conference, so there is one to open,
    and its practitioners in the directory, so a new conference can invite them."""
    if archive.list_conferences():
        return
    from cpmeeting.domain.demo import demo_conference
    from cpmeeting.domain.directory import DirectoryEntry

    conference = demo_conference(date.today())
    archive.save(conference)
    if not archive.directory():
        for person in conference.invitees:
            if person.role.is_professional:
                archive.save_directory_entry(DirectoryEntry(
                    name=person.name, role=person.role, agency=person.agency,
                    group=person.group, involvement=person.involvement))


def build_window(archive):
    """The main window on this archive, returned to where the user left off."""
    from cpmeeting.gui.main_window import MainWindow

    window = MainWindow(archive)
    window.restore()
    return window


def start_in_chosen_language(app) -> None:
    """CPMEETING_LANGUAGE if set (for testing and kiosk set-ups), else the saved choice."""
    import os

    from cpmeeting.gui.appearance import saved_language

    code = os.environ.get("CPMEETING_LANGUAGE", "").strip() or saved_language()
    if code not in ("", "en"):
        from cpmeeting.gui.language import set_language

        set_language(code, app)


def run_window(database_url: str | None = None) -> int:
    """Run the window until it is closed; the exit code for the command line."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("cpmeeting")
    app.setApplicationDisplayName("cpmeeting")
    apply_appearance(app, *saved_appearance())
    start_in_chosen_language(app)
    archive = open_archive(database_url)
    if archive is None:
        return 0
    try:
        gc.disable()
        try:
            ensure_demo(archive)
            window = build_window(archive)
        finally:
            # What start-up made lives as long as the app: keep it out of the collector's full
            # passes, which otherwise pause the UI thread for tens of milliseconds mid-typing.
            gc.freeze()
            if _COLLECTING:
                gc.enable()
        window.show()
        return app.exec()
    finally:
        archive.close()
