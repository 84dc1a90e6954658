"""The question when two people changed the same thing at once: theirs, or yours?"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from cpmeeting.domain.journal import Conflict
from cpmeeting.domain.operations import SetFields
from cpmeeting.i18n import _


def _words(value) -> str:
    if value is None or value == "":
        return _("(nothing)")
    if isinstance(value, Enum):
        return _(getattr(value, "title", value.value))
    if isinstance(value, set | list | tuple):
        return ", ".join(_words(v) for v in value) or _("(nothing)")
    return str(value)


def ask_about(parent: QWidget, runner, conflict: Conflict) -> QMessageBox:
    """Show both values; keeping theirs changes nothing, choosing yours is a new change.
    Window-modal but not blocking: the meeting's typing goes on behind it."""
    field = conflict.field.replace("_", " ")
    box = QMessageBox(QMessageBox.Icon.Question, _("Changed by two people at once"),
                      _("{person} changed “{field}” a moment before you did.").format(
                          person=conflict.their_author, field=field), parent=parent)
    box.setObjectName("conflict_question")
    box.setInformativeText(_("Theirs: {theirs}\nYours: {mine}\n\nWhich should the record keep?")
                           .format(theirs=_words(conflict.theirs), mine=_words(conflict.mine)))
    keep = box.addButton(_("Keep &theirs"), QMessageBox.ButtonRole.RejectRole)
    mine = box.addButton(_("Use &mine"), QMessageBox.ButtonRole.AcceptRole)
    keep.setObjectName("keep_theirs")
    mine.setObjectName("use_mine")
    keep.setAccessibleName(_("Keep theirs: {value}").format(value=_words(conflict.theirs)))
    mine.setAccessibleName(_("Use mine: {value}").format(value=_words(conflict.mine)))
    box.setDefaultButton(keep)

    def chosen() -> None:
        if box.clickedButton() is mine:
            runner.apply(SetFields(conflict.label, {conflict.field: conflict.mine},
                                   record_id=conflict.record_id, path=conflict.path))

    box.finished.connect(chosen)
    box.open()
    return box
