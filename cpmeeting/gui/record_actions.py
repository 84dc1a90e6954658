"""Menu actions that act on the whole record: the authority profile, amending a signed
record, and translating a family copy. Kept out of main_window.py, which only wires them."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from cpmeeting.i18n import _


def edit_profile(window) -> None:
    """Open the authority profile; on OK the window and any open conference use the new one."""
    from cpmeeting.gui.profile_dialog import open_profile_dialog

    if not open_profile_dialog(window.archive, window):
        return
    window.profile = window.archive.load_profile()
    window.start_screen.reload()  # the archive has worked out the due dates again
    if window.runner is not None:
        window.runner.profile = window.profile
        window.runner.conferenceChanged.emit()


def set_up_assistant(window) -> None:
    """File > Set-up assistant: the first run's steps again, any of them (gui/first_run.py)."""
    from cpmeeting.gui.first_run import open_set_up_assistant

    open_set_up_assistant(window)


def amend_record(window) -> None:
    """Open a new version of a signed record: who and why are recorded; the signed one stays."""
    from cpmeeting.domain.signoff import amend_operation

    runner = window.runner
    if runner is None:
        return
    if not runner.conference.is_signed:
        QMessageBox.information(window, _("Amend the record"),
                                _("This record is not signed yet, so it can be changed as it is."))
        return
    chair = runner.conference.chair
    by, ok = QInputDialog.getText(window, _("Amend the record"), _("Who is making the change?"),
                                  QLineEdit.EchoMode.Normal, chair.name if chair else "")
    if not ok or not by.strip():
        return
    reason, ok = QInputDialog.getMultiLineText(window, _("Amend the record"),
                                               _("Why does the signed record need to change?"))
    if not ok or not reason.strip():
        return
    runner.apply_quietly(amend_operation(runner.conference, by, runner.now(), reason,
                                         label=_("Amend the record")))
    window.statusBar().showMessage(
        _("Version {version} is open for changes; the signed version is kept.").format(
            version=runner.conference.version), 8000)


def warn_if_history_broken(window) -> None:
    """A record whose history was changed outside cpmeeting says so when it opens."""
    if window.runner is None:
        return
    problem = window.archive.journal_break(window.runner.conference.id)
    if problem is None:
        return
    box = QMessageBox(QMessageBox.Icon.Warning, _("The record's history is broken"),
                      _("This conference's history of changes has been altered outside "
                        "cpmeeting ({problem}). The record may not be what was typed. Tell your "
                        "information governance lead before relying on it; `cpmeeting audit "
                        "verify` shows the same.").format(problem=problem), parent=window)
    box.setObjectName("broken_history")
    box.open()


def explain_locked(window: QWidget, message: str) -> None:
    """A change to a signed record was refused: say why and offer the amendment."""
    box = QMessageBox(QMessageBox.Icon.Information, _("The record is signed"), message,
                      QMessageBox.StandardButton.Cancel, window)
    amend_button = box.addButton(_("&Amend the record…"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    if box.clickedButton() is amend_button:
        amend_record(window)


def explain_read_only(window: QWidget, message: str) -> None:
    """A change was refused because this window cannot save: say why."""
    QMessageBox.information(window, _("This window is read-only"),
                            _("The change was not made.") + "\n\n" + message)


def translate_family_copy(window) -> None:
    """The translation workspace for the open conference's family copies."""
    from cpmeeting.gui.translation_workspace import open_translation_workspace

    if window.runner is not None:
        open_translation_workspace(window.runner, window)


def language_menu(window, menu) -> None:
    """View > Language, filled when first opened (Babel's names stay out of start-up)."""
    menu.aboutToShow.connect(lambda: menu.isEmpty() and fill_language_menu(window, menu))
    # A choice put off or cancelled leaves the tick on the language in use.
    menu.aboutToShow.connect(lambda: _tick_language(menu))


def _tick_language(menu) -> None:
    from cpmeeting.gui.language import current_language

    for action in menu.actions():
        action.setChecked(action.objectName() == f"language_{current_language()}")


def fill_language_menu(window, menu) -> None:
    """English and every language with an interface catalog, each named in itself too."""
    from PySide6.QtGui import QActionGroup

    from cpmeeting.gui.language import current_language
    from cpmeeting.i18n.catalogs import available_languages
    from cpmeeting.i18n.locales import language_name

    group = QActionGroup(menu)
    chosen = current_language()
    for code in ["en", *available_languages("cpmeeting")]:
        # Each language in its own name, so someone who reads only that language finds it.
        name = "English" if code == "en" else (
            f"{language_name(code, code)} ({language_name(code)})")
        action = menu.addAction(name)
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == chosen)
        group.addAction(action)
        action.triggered.connect(lambda _=False, c=code: choose_language(window, c))


def choose_language(window, code: str):
    """Remember the interface language and rebuild the window in it at once, at the same place.

    Returns the window now showing (a new one if the language changed). If the rebuild would
    lose undo steps, the user may switch now, at the next start, or not at all.
    """
    from cpmeeting.gui.appearance import save_language
    from cpmeeting.gui.language import current_language
    from cpmeeting.gui.window_reload import rebuild_in_language, undo_steps
    from cpmeeting.i18n.locales import language_name

    if code == current_language():
        save_language(code)
        return window
    name = "English" if code == "en" else language_name(code, code)
    if undo_steps(window):
        box = QMessageBox(
            QMessageBox.Icon.Question, _("Language"),
            _("Changing to {language} now rebuilds the window. Everything you have entered "
              "stays saved, but Edit > Undo will not be able to undo what you did before "
              "the change.").format(language=name),
            QMessageBox.StandardButton.Cancel, window)
        now = box.addButton(_("Change &now"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(_("From the &next start"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(now)
        box.exec()
        if box.clickedButton() is later:
            save_language(code)
        if box.clickedButton() is not now:
            return window
    save_language(code)
    return rebuild_in_language(window, code)
