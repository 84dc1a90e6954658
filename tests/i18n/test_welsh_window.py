"""The window in Welsh: menus translated, and no two entries of a menu share an access key."""

from __future__ import annotations

import re

import pytest
from factories import sample_conference

from cpmeeting.gui.language import set_language


@pytest.fixture
def welsh_window(qtbot, qapp, gui_sample, archive):
    from cpmeeting.gui.main_window import MainWindow

    set_language("cy", qapp)
    conference = sample_conference()
    archive.save(conference)
    window = MainWindow(archive, clock=gui_sample.Clock(gui_sample.MEETING_START))
    qtbot.addWidget(window)
    window.open_conference(conference.id)
    yield window
    set_language("en", qapp)


def access_keys(actions) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for action in actions:
        found = re.search(r"&([^&])", action.text())
        if not action.isSeparator() and found:
            keys.setdefault(found.group(1).lower(), []).append(action.text())
    return {key: texts for key, texts in keys.items() if len(texts) > 1}


def test_the_menus_are_welsh_and_their_access_keys_unique(welsh_window):
    bar = welsh_window.menuBar().actions()
    assert [a.text() for a in bar][:2] == ["&Ffeil", "&Golygu"]
    assert access_keys(bar) == {}
    menus = [a.menu() for a in bar if a.menu() is not None]
    menus += [a.menu() for m in menus for a in m.actions() if a.menu() is not None]
    clashes = {menu.title(): access_keys(menu.actions()) for menu in menus}
    assert {title: c for title, c in clashes.items() if c} == {}


# The dialogs laid out in ui/ forms: their text comes from the interface catalog through the
# forms' translator, so in Welsh none of the forms' English is left and access keys stay apart.

def _form_english() -> dict[str, str]:
    """Each form string that Welsh says differently, without its access-key marker."""
    from babel.messages.pofile import read_po
    from test_ui_extraction import form_strings

    from cpmeeting.i18n.catalogs import INTERFACE, po_path

    with po_path(INTERFACE, "cy").open("rb") as source:
        welsh = read_po(source, locale="cy")
    return {text.replace("&", ""): welsh[text].string for text in form_strings()
            if welsh[text] is not None and welsh[text].string.replace("&", "")
            != text.replace("&", "")}


def _shown(dialog) -> list[str]:
    """What the dialog shows and says to a screen reader, without access-key markers."""
    from PySide6.QtWidgets import QWidget
    from test_pseudo_window import widget_texts

    texts = [dialog.windowTitle(), *widget_texts(dialog)]
    texts += [child.accessibleName() for child in dialog.findChildren(QWidget)
              if child.isVisible()]
    return [text.replace("&", "") for text in texts if text]


def _keys_clash(widget) -> dict[str, list[str]]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    texts = []
    for child in widget.findChildren(object):
        if not hasattr(child, "isVisibleTo") or not child.isVisibleTo(widget):
            continue
        if isinstance(child, QAbstractButton) or (isinstance(child, QLabel) and child.buddy()):
            texts.append(child.text())
        if isinstance(child, QTabBar):
            texts += [child.tabText(i) for i in range(child.count())]
    keys: dict[str, list[str]] = {}
    for text in texts:
        found = re.search(r"&([^&])", text)
        if found:
            keys.setdefault(found.group(1).lower(), []).append(text)
    return {key: found for key, found in keys.items() if len(found) > 1}


@pytest.fixture
def welsh(qapp):
    set_language("cy", qapp)
    yield
    set_language("en", qapp)


def _welsh_dialogs(qtbot, archive):
    from cpmeeting.domain.profile import AuthorityProfile
    from cpmeeting.gui.directory_dialog import DirectoryEntryDialog
    from cpmeeting.gui.first_run import SetUpWizard
    from cpmeeting.gui.passphrase_dialog import PassphraseDialog
    from cpmeeting.gui.profile_dialog import ProfileDialog
    from cpmeeting.gui.shortcuts_dialog import ShortcutsDialog

    for name, dialog in (("passphrase", PassphraseDialog("", new_archive=True)),
                         ("directory entry", DirectoryEntryDialog()),
                         ("shortcuts", ShortcutsDialog())):
        qtbot.addWidget(dialog)
        dialog.show()
        yield name, dialog
    profile = ProfileDialog(AuthorityProfile(name="Cyngor Sir Northmoor"))
    qtbot.addWidget(profile)
    profile.show()
    for index in range(profile.tabs.count()):
        profile.tabs.setCurrentIndex(index)
        yield f"profile tab {index + 1}", profile
    wizard = SetUpWizard(archive)
    qtbot.addWidget(wizard)
    wizard.show()
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        yield f"set-up step {page_id + 1}", wizard


def test_the_dialogs_from_forms_are_welsh_with_distinct_access_keys(qtbot, welsh, archive):
    english = _form_english()
    leftovers, clashes = {}, {}
    for name, dialog in _welsh_dialogs(qtbot, archive):
        shown = set(_shown(dialog))
        if left := sorted(shown & set(english)):
            leftovers[name] = left
        if clash := _keys_clash(dialog):
            clashes[name] = clash
    assert leftovers == {}
    assert clashes == {}
