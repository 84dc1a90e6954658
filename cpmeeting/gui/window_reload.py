"""Rebuilding the main window in another language, back at the same place.

Widgets read their text once, when built, so a new window is simpler and surer than
retranslating every widget on QEvent.LanguageChange. What the user has lives in the archive
(the record, the minutes draft, the conference and stage last open) or on the application
(theme, text size), so a new window on the same archive comes back where the old one was;
only the undo history, which belongs to the old window, is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from cpmeeting.gui.actions import ActionId
from cpmeeting.gui.language import set_language

# run_window holds only the first window in a local: a rebuilt one must be held here, or
# Python would collect it (and Qt close it) as soon as the switch returns.
_current: QWidget | None = None
# The window replaced last. Python owns a window it made: dropping its last reference would
# delete it at once, inside the signal of its own menu, rather than later as deleteLater asks.
_replaced: QWidget | None = None


def current_window() -> QWidget | None:
    """The window made by the latest rebuild, if the window has been rebuilt."""
    return _current


def forget_window() -> None:
    """Drop the reference to the rebuilt window (tests, or a shutdown that closes it)."""
    global _current, _replaced
    _current = _replaced = None


def undo_steps(window) -> int:
    """How many undo (or redo) steps the window has, all of which a rebuild loses."""
    runner = window.runner
    return runner.undo_stack.count() if runner is not None else 0


def rebuild_in_language(window, code: str):
    """Switch the interface to `code` and replace `window` by a new one at the same place.

    Returns the new window. The old one is closed (which keeps the last open conference
    remembered) and deleted later, since this usually runs from one of its own menus.
    """
    focus = QApplication.focusWidget()
    minutes_had_focus = window.pane is not None and _inside(focus, window.pane)
    _commit_edits(window)
    archive = window.archive  # opens it if the window started on the quick index
    place = None
    if window.runner is not None and window.live is not None:
        # Where the new window opens: kept for the next start too (if the archive can be
        # written), but the new window is sent there itself, rather than through the archive.
        place = (window.runner.conference.id, window.live.stage.value)
        window.save_guard.save_place(*place)
    search = window.start_screen.search.text()
    workspace_open = any(type(d).__name__ == "TranslationWorkspace" and d.isVisible()
                         for d in window.findChildren(QDialog))
    state = window.saveState()

    set_language(code, QApplication.instance())
    # A window of the same kind, on the same archive, read-only if this one was.
    new = type(window)(archive, read_only=window.save_guard.read_only)
    if place is not None:
        new.open_conference(*place)
    else:
        new.restore()
    # The old window's place exactly; restoreGeometry() would shrink one larger than its screen.
    new.setGeometry(window.normalGeometry() if window.isMaximized() or window.isFullScreen()
                    else window.geometry())
    new.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    new.restoreState(state)  # the minutes dock where the user put it, shown or hidden
    if new.runner is None and search:
        new.start_screen.search.setText(search)
    global _current, _replaced
    _current, _replaced = new, window
    new.show()  # before the old one closes, so the application never has no window
    new.activateWindow()
    if minutes_had_focus:
        new.focus_minutes()
    if workspace_open:
        new.actions[ActionId.TRANSLATE_COPY].trigger()
    for dialog in window.findChildren(QDialog):
        dialog.close()  # its own top-level window: would stay on screen until deletion
    window.close()
    window.deleteLater()
    return new


def _commit_edits(window) -> None:
    """Save what is typed or changed but not yet saved: fields being edited (they commit
    when focus leaves them, which deleting the window would not do), the minutes draft, and
    the runner's last change."""
    for top in (window, *window.findChildren(QDialog)):
        focus = top.focusWidget()
        if focus is not None:
            focus.clearFocus()
    if window.pane is not None:
        window.pane.flush_draft()
    if window.runner is not None:
        window.runner.flush()  # saves wait for a repaint; the new window reads the archive


def _inside(widget: QWidget | None, ancestor: QWidget) -> bool:
    return widget is not None and (widget is ancestor or ancestor.isAncestorOf(widget))
