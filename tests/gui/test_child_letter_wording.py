"""The letter to a child: its wording is in the profile and edited in the profile dialog."""

from __future__ import annotations

from cpmeeting.domain.child_letter import DEFAULT_CHILD_LETTER
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.gui.profile_dialog import ProfileDialog
from cpmeeting.store.archive import Archive


def test_the_letter_wording_is_shown_checked_and_stored(qtbot, archive: Archive):
    dialog = ProfileDialog(archive.load_profile())
    qtbot.addWidget(dialog)
    assert dialog.letter.toPlainText() == DEFAULT_CHILD_LETTER
    assert dialog.profile().child_letter_wording == ""  # the standard one, translated per family
    dialog.letter.setPlainText("Hello {name}.\n{decision}\nFrom {chiar}")
    assert "{chiar}" not in dialog.letter_check.text() and "chiar" in dialog.letter_check.text()
    assert not dialog.ok_button.isEnabled()
    dialog.letter.setPlainText("Hello {name}.\n{decision}\nFrom {chair}")
    assert dialog.ok_button.isEnabled()
    archive.save_profile(dialog.profile())
    assert archive.load_profile().child_letter_wording == "Hello {name}.\n{decision}\nFrom {chair}"
    dialog.restore_defaults()
    assert dialog.letter.toPlainText() == DEFAULT_CHILD_LETTER
    assert AuthorityProfile().child_letter_wording == ""
