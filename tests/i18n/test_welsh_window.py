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
