"""Starting the window: the archive (or a passphrase), the application, then where we left off.

A cold start should cost little more than Qt's own. Most starts open the default encrypted
file with its key in the desktop's password store; then the list comes from the quick index
(store/index.py: the SQLCipher driver, no SQLAlchemy, no keyring discovery), the window shows,
and the whole archive is prepared in the background. Everything else (a first run, a
passphrase, a server, a return to an open conference) loads the store first, before Qt: once
PySide6 is loaded its import hook (shibokensupport.feature) reads the source of every module
imported after it to look for "PySide6", which for SQLAlchemy's ~200 modules costs dearly.
"""

from __future__ import annotations

import gc
import os
import sys

from cpmeeting.i18n import _


def open_archive(database_url: str | None):
    """The archive, asking for a passphrase where no keyring works; None if the user quits,
    or if it cannot be opened at all (said in a message)."""
    from cpmeeting.store.archive import Archive
    from cpmeeting.store.engine import ArchiveLocked
    from cpmeeting.store.layout import default_database
    from cpmeeting.store.secrets import KeyringUnavailable

    try:
        return _opened_or_said(lambda: Archive.open(database_url))
    except KeyringUnavailable as reason:
        explanation = str(reason)
    from cpmeeting.gui.passphrase_dialog import PassphraseDialog

    new_archive = database_url is None and not default_database().exists()
    dialog = PassphraseDialog(explanation, new_archive)
    while dialog.exec():
        try:
            return _opened_or_said(lambda: Archive.open(database_url,
                                                        passphrase=dialog.value()))
        except ArchiveLocked:
            dialog.show_error(_("That passphrase does not open the records. Please try again."))
    return None


def _opened_or_said(open_it):
    """The archive open_it opens; None when the data folder cannot hold one (no archive in a
    read-only folder, an old archive that cannot be updated, a full disk), said first."""
    from sqlalchemy.exc import OperationalError

    from cpmeeting.paths import data_dir
    from cpmeeting.store.write_faults import (
        ArchiveNeedsUpdate,
        NoArchiveYet,
        WriteFault,
        write_fault,
    )

    try:
        return open_it()
    except (NoArchiveYet, ArchiveNeedsUpdate) as error:
        cannot_start(str(error))
    except OperationalError as error:
        if write_fault(error) is not WriteFault.FULL:
            raise
        # (an archive already there opens for reading on a full disk: this one is new)
        cannot_start(_("The disk that holds {folder} is full, so cpmeeting cannot start its "
                       "archive there. Free some space on that disk, then start cpmeeting "
                       "again.").format(folder=data_dir()))
    return None


def cannot_start(message: str) -> None:
    """Say why the window cannot open, and what to do, before quitting."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, _("cpmeeting cannot start"), message)


def first_run(archive):
    """No profile and no conference yet: the set-up assistant, its choices stored; the archive
    to open the window on (moved, if another folder was chosen)."""
    from cpmeeting.gui.first_run import set_up_first_run

    return set_up_first_run(archive)


def build_window(archive=None, index=None, read_only=False):
    """The main window on this archive (or quick index), returned to where the user left off."""
    from cpmeeting.gui.main_window import MainWindow

    window = MainWindow(archive, index=index, read_only=read_only)
    window.restore()
    return window


def claim_archive(database_url: str | None):
    """(go on, the lock held, read-only): one window per archive file (store/archive_lock.py).
    When another window has it, ask whether to open this one read-only or quit. read-only is
    the data folder when that cannot be written (no lock is needed then: no window can change
    the archive), for the window to say so."""
    from cpmeeting.store.layout import chosen_database_url, default_database

    if chosen_database_url(database_url) is not None:
        return True, None, False  # a server, or a file named by URL: its own rules apply
    from cpmeeting.store.archive_lock import ArchiveLock
    from cpmeeting.store.write_faults import can_write

    database = default_database()
    if not can_write(database):
        return True, None, database.parent
    try:
        lock = ArchiveLock.acquire(database)
    except OSError:  # no room for even the empty lock file: the save guard says the disk is full
        return True, None, False
    if lock is not None:
        return True, lock, False
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, _("Open elsewhere"), _(
        "These records are already open in another cpmeeting window on this computer. Only "
        "one window at a time can change them: switch to that window to carry on. You can "
        "also open them here read-only, to look things up; nothing done here is saved."))
    read_only = box.addButton(_("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is read_only, None, True


def start_in_chosen_language(app) -> None:
    """CPMEETING_LANGUAGE if set (for testing and kiosk set-ups), else the saved choice."""
    import os

    from cpmeeting.gui.appearance import saved_language

    code = os.environ.get("CPMEETING_LANGUAGE", "").strip() or saved_language()
    if code not in ("", "en"):
        from cpmeeting.gui.language import set_language

        set_language(code, app)


def quick_index(database_url: str | None):
    """The quick index when this start can use it and the list is what it will show, else None
    (and the store is loaded now, before Qt)."""
    from cpmeeting.store.index import ArchiveIndex

    index = ArchiveIndex.open(database_url)
    if index is not None and index.last_opened()[0] is None and not index.awaits_set_up():
        return index
    if index is not None:
        index.close()  # back to an open conference: that needs the whole archive at once
    load_store()
    return None


def load_store() -> None:
    """The store and the bank holidays: both first screens of a full start use them."""
    import cpmeeting.store.archive  # noqa: F401
    from cpmeeting.domain.rules.calendar import united_kingdom_holidays

    united_kingdom_holidays()


# After a quick start the whole archive is opened once the list has been painted, on the UI
# thread (a background thread would import the same modules as the UI at the same time,
# which can deadlock): a pause of a few tenths of a second, before anyone opens a conference.
PREPARE_AFTER_MS = 300


# Set by benchmarks/gui_benchmark.py to time a start of an installed copy (a frozen bundle has
# no code to wrap): print SHOWN once the window is shown and the event loop idle, then quit.
SHOWN_PROBE = "CPMEETING_QUIT_WHEN_SHOWN"


def _say_folder_unusable(error) -> int:
    """The data folder cannot be made: say so in a window of its own (there is no other)."""
    from PySide6.QtWidgets import QApplication

    from cpmeeting.store.write_faults import folder_unusable_message

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - needed to show
    cannot_start(folder_unusable_message(error))
    return 1


def _report_shown_and_quit(app) -> None:
    from PySide6.QtCore import QTimer

    def report() -> None:
        print("SHOWN", flush=True)
        app.quit()

    QTimer.singleShot(0, report)


def run_window(database_url: str | None = None) -> int:
    """Run the window until it is closed; the exit code for the command line."""
    from cpmeeting.paths import DataFolderUnusable, data_dir

    try:
        data_dir()
    except DataFolderUnusable as error:
        return _say_folder_unusable(error)
    # Start-up makes objects that live as long as the app; the cyclic collector's passes over
    # them cost tens of milliseconds and free nothing. Paused now, frozen once the window is up.
    collecting = gc.isenabled()
    gc.disable()
    index = quick_index(database_url)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cpmeeting.gui.appearance import (
        START_ARGUMENTS,
        apply_appearance,
        saved_appearance,
        start_appearance,
    )

    app = QApplication.instance()
    if app is None:
        app = QApplication([*sys.argv[:1], *START_ARGUMENTS, *sys.argv[1:]])
        start_appearance(app, *saved_appearance())
    else:
        apply_appearance(app, *saved_appearance())
    app.setApplicationName("cpmeeting")
    app.setApplicationDisplayName("cpmeeting")
    start_in_chosen_language(app)
    archive = window = None
    go_on, lock, read_only = claim_archive(database_url)
    if not go_on:
        if index is not None:
            index.close()
        return 0
    if index is None:
        archive = open_archive(database_url)
        if archive is None:
            if lock is not None:
                lock.release()
            return 0
    try:
        try:
            # (a read-only archive could keep none of the assistant's choices)
            if archive is not None and not archive.read_only and archive.awaits_set_up():
                archive = first_run(archive)
            window = build_window(archive, index, read_only)
        finally:
            gc.freeze()
            if collecting:
                gc.enable()
        window.show()
        if os.environ.get(SHOWN_PROBE):
            _report_shown_and_quit(app)
        if index is not None:
            QTimer.singleShot(PREPARE_AFTER_MS, window, window.prepare_archive)
        return app.exec()
    finally:
        if lock is not None:
            lock.release()
        if window is not None:
            # The window showing now: a language change rebuilds it (gui/window_reload.py).
            from cpmeeting.gui.window_reload import current_window

            (current_window() or window).release_archive()
        elif archive is not None:
            archive.close()
        elif index is not None:
            index.close()
