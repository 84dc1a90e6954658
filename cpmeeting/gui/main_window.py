"""The main window: the start screen or the live view, the minutes dock, menus and recovery."""

from __future__ import annotations

import gc
import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QInputDialog,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from cpmeeting.domain.stages import STAGE_ORDER, Stage
from cpmeeting.gui import record_actions, window_geometry
from cpmeeting.gui.actions import SPEAKER_ACTIONS, STAGE_ACTIONS, ActionId, create_actions
from cpmeeting.gui.appearance import (
    Theme,
    apply_appearance,
    save_appearance,
    saved_appearance,
)
from cpmeeting.gui.labels import stage_title
from cpmeeting.gui.start_screen import StartScreen
from cpmeeting.gui.text_size import text_scale
from cpmeeting.i18n import _

if TYPE_CHECKING:
    from cpmeeting.domain.profile import AuthorityProfile
    from cpmeeting.domain.summary import ConferenceSummary
    from cpmeeting.gui.live_view import LiveView
    from cpmeeting.gui.minutes_pane import MinutesPane
    from cpmeeting.gui.runner import OperationRunner
    from cpmeeting.store.archive import Archive
    from cpmeeting.store.index import ArchiveIndex

MINUTES_DRAFT = "minutes"
CONFERENCE_ACTIONS = (
    ActionId.START_SCREEN, ActionId.EXPORT, ActionId.NEXT_STAGE, ActionId.PREVIOUS_STAGE,
    ActionId.STAGE_BUDGET,
    ActionId.FOCUS_MINUTES, ActionId.FOCUS_SPEAKER, ActionId.CONFIDENTIAL, ActionId.EDIT_ENTRY,
    ActionId.MOVE_ENTRY_UP, ActionId.MOVE_ENTRY_DOWN, ActionId.DELETE_ENTRY,
    ActionId.AMEND_RECORD, ActionId.TRANSLATE_COPY, ActionId.ROOM_VIEW, ActionId.ROOM_BLANK,
    ActionId.EXPORT_CASE_SYSTEM, ActionId.CIRCULATION, ActionId.CORRECTIONS, ActionId.NEW_REVIEW,
    ActionId.STAGE_PROGRESS, *STAGE_ACTIONS, *SPEAKER_ACTIONS,
)
# What a read-only window cannot do at all: each would write to the archive at once.
WRITING_ACTIONS = (ActionId.NEW_CONFERENCE, ActionId.NEW_REVIEW, ActionId.AMEND_RECORD,
                   ActionId.AUTHORITY_PROFILE, ActionId.SET_UP_ASSISTANT)


def minutes_share(scale: float) -> float:
    """The minutes dock's share of the window: 40% at normal text, down to a third at 200%,
    since at large text the stage page needs the room more than the minutes table does."""
    return max(1 / 3, 0.4 - max(scale - 1.0, 0.0) * 0.2 / 3)


def _after_meeting(module: str, name: str, window) -> None:
    """Menu actions for after the meeting, imported when first used (kept out of start-up)."""
    getattr(importlib.import_module(module), name)(window)


def export_available() -> bool:
    """Whether the PDF export dialog is installed (found without importing ReportLab)."""
    return importlib.util.find_spec("cpmeeting.gui.export_dialog") is not None


class MainWindow(QMainWindow):
    """Holds at most one open conference; every edit goes through its OperationRunner."""

    # The window was locked (True) or unlocked (False): other views of the record blank too.
    lockedChanged = Signal(bool)

    def __init__(self, archive: Archive | None = None, clock=None,
                 parent: QWidget | None = None, *, index: ArchiveIndex | None = None,
                 read_only: bool | Path = False) -> None:
        """On an open archive, or on the quick index of one (store/index.py): then the list
        shows at once and the archive itself is opened when first needed. Read-only: nothing
        is saved, and the status bar says why (the data folder given cannot be written, or
        the archive is open in another window)."""
        super().__init__(parent)
        self.setObjectName("main_window")
        if archive is None and index is None:
            raise ValueError("The main window needs an archive or an index of one.")
        self._archive = archive
        self._index = index
        self._profile: AuthorityProfile | None = None  # read from the archive when first needed
        self._clock = clock
        self.runner: OperationRunner | None = None
        self.sharing = None  # gui/live_sharing.py, on a shared server
        self.live: LiveView | None = None
        self.pane: MinutesPane | None = None
        self.room = None  # the room view (gui/room_view.py), once opened
        self.actions = create_actions(self)
        self.addActions(list(self.actions.values()))

        self.start_screen = StartScreen(self.list_conferences)
        self.start_screen.openRequested.connect(self.open_conference)
        self.start_screen.newRequested.connect(self.new_conference)
        self.central = QStackedWidget(objectName="central")
        self.central.addWidget(self.start_screen)
        self.setCentralWidget(self.central)
        self.minutes_dock = QDockWidget(_("Minutes"), self, objectName="minutes_dock")
        self.minutes_dock.setAccessibleName(_("Minutes"))
        self.minutes_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                      | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                                      | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.minutes_dock)
        self.minutes_dock.hide()
        self._build_menus()
        self._connect_actions()
        self.setWindowTitle("cpmeeting")
        window_geometry.place(self)
        from cpmeeting.gui.screen_lock import ScreenLock

        self.screen_lock = ScreenLock(self)
        from cpmeeting.gui.save_guard import SaveGuard

        # Saves that fail (disk full, read-only folder) are kept and retried (save_guard.py).
        self.save_guard = SaveGuard(lambda: self.archive, self, read_only=read_only)
        self.start_screen.new_button.setEnabled(not read_only)
        self._enable_conference_actions(False)
        self.screen_lock.lockedChanged.connect(self.lockedChanged)
        self.actions[ActionId.LOCK].triggered.connect(self.screen_lock.lock)

    # The archive, opened when first needed after a quick start

    @property
    def archive(self) -> Archive:
        if self._archive is None:
            self._archive = self._index.open_archive()
            self._index = None
        return self._archive

    def prepare_archive(self) -> None:
        """Open the archive now and load the rules' calendar (after a quick start, once the
        list is showing), so opening a conference does not wait for them."""
        if self._archive is None:
            from cpmeeting.domain.rules.calendar import united_kingdom_holidays

            self.archive  # noqa: B018 - opens it
            united_kingdom_holidays()
            gc.freeze()  # long-lived, like what start-up made (app.py)

    def release_archive(self) -> None:
        """Close the archive, or the quick index if the archive was never needed."""
        if self._archive is not None:
            self._archive.close()
        elif self._index is not None:
            self._index.close()

    @property
    def profile(self) -> AuthorityProfile:
        if self._profile is None:
            self._profile = self.archive.load_profile()
        return self._profile

    @profile.setter
    def profile(self, profile: AuthorityProfile) -> None:
        self._profile = profile

    def list_conferences(self) -> list[ConferenceSummary]:
        """From the archive if it is open, else from the quick index."""
        return (self._archive or self._index).list_conferences()

    # Menus and actions

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        file_menu = bar.addMenu(_("&File"))
        file_menu.addActions([a[ActionId.NEW_CONFERENCE], a[ActionId.NEW_REVIEW],
                              a[ActionId.OPEN_CONFERENCE], a[ActionId.START_SCREEN]])
        if export_available():
            file_menu.addAction(a[ActionId.EXPORT])
        file_menu.addActions([a[ActionId.TRANSLATE_COPY], a[ActionId.AMEND_RECORD]])
        file_menu.addActions([a[ActionId.EXPORT_CASE_SYSTEM], a[ActionId.CIRCULATION],
                              a[ActionId.CORRECTIONS]])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.AUTHORITY_PROFILE])
        file_menu.addAction(a[ActionId.SET_UP_ASSISTANT])
        file_menu.addSeparator()
        file_menu.addActions([a[ActionId.LOCK], a[ActionId.QUIT]])
        edit_menu = bar.addMenu(_("&Edit"))
        edit_menu.addActions([a[ActionId.UNDO], a[ActionId.REDO]])
        edit_menu.addSeparator()
        edit_menu.addActions([a[ActionId.EDIT_ENTRY], a[ActionId.MOVE_ENTRY_UP],
                              a[ActionId.MOVE_ENTRY_DOWN], a[ActionId.DELETE_ENTRY]])
        meeting_menu = bar.addMenu(_("&Meeting"))
        meeting_menu.addActions([a[ActionId.NEXT_STAGE], a[ActionId.PREVIOUS_STAGE]])
        stages_menu = meeting_menu.addMenu(_("&Go to stage"))
        stages_menu.addActions([a[action] for action in STAGE_ACTIONS])
        stages_menu.insertAction(a[STAGE_ACTIONS[5]], a[ActionId.STAGE_PROGRESS])
        meeting_menu.addAction(a[ActionId.STAGE_BUDGET])
        meeting_menu.addSeparator()
        meeting_menu.addActions([a[ActionId.FOCUS_MINUTES], a[ActionId.FOCUS_SPEAKER],
                                 a[ActionId.CONFIDENTIAL]])
        speakers_menu = meeting_menu.addMenu(_("&Speaker"))
        speakers_menu.addActions([a[action] for action in SPEAKER_ACTIONS])
        view_menu = bar.addMenu(_("&View"))
        self._themes = QActionGroup(self)
        self._sizes = QActionGroup(self)
        for action in (ActionId.THEME_LIGHT, ActionId.THEME_DARK):
            self._themes.addAction(a[action])
        for action in (ActionId.TEXT_100, ActionId.TEXT_150, ActionId.TEXT_200):
            self._sizes.addAction(a[action])
        view_menu.addActions(self._themes.actions())
        view_menu.addSeparator()
        view_menu.addActions(self._sizes.actions())
        view_menu.addSeparator()
        dock_toggle = self.minutes_dock.toggleViewAction()
        dock_toggle.setText(_("Show the minutes pane"))
        view_menu.addAction(dock_toggle)
        view_menu.addSeparator()
        record_actions.language_menu(self, view_menu.addMenu(_("&Language")))
        view_menu.addSeparator()
        view_menu.addActions([a[ActionId.ROOM_VIEW], a[ActionId.ROOM_BLANK]])
        help_menu = bar.addMenu(_("&Help"))
        help_menu.addAction(a[ActionId.SHORTCUTS])
        theme, scale = saved_appearance()
        a[ActionId.THEME_DARK if theme is Theme.DARK else ActionId.THEME_LIGHT].setChecked(True)
        a[ActionId(f"text_{scale}")].setChecked(True)

    def _connect_actions(self) -> None:
        a = self.actions
        a[ActionId.NEW_CONFERENCE].triggered.connect(self.new_conference)
        a[ActionId.OPEN_CONFERENCE].triggered.connect(self._open_selected)
        a[ActionId.START_SCREEN].triggered.connect(lambda: self.close_conference())
        a[ActionId.EXPORT].triggered.connect(self.export)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.UNDO].triggered.connect(lambda: self.runner and self.runner.undo_stack.undo())
        a[ActionId.REDO].triggered.connect(lambda: self.runner and self.runner.undo_stack.redo())
        a[ActionId.NEXT_STAGE].triggered.connect(lambda: self.live and self.live.step(1))
        a[ActionId.PREVIOUS_STAGE].triggered.connect(lambda: self.live and self.live.step(-1))
        for stage, action in zip(STAGE_ORDER, STAGE_ACTIONS, strict=True):
            a[action].triggered.connect(lambda _=False, s=stage: self.go_to_stage(s))
        for number, action in enumerate(SPEAKER_ACTIONS, start=1):
            a[action].triggered.connect(lambda _=False, n=number: self._pane("pick_speaker", n))
        a[ActionId.STAGE_BUDGET].triggered.connect(self.ask_stage_budget)
        a[ActionId.FOCUS_MINUTES].triggered.connect(self.focus_minutes)
        a[ActionId.FOCUS_SPEAKER].triggered.connect(self._focus_speaker)
        a[ActionId.CONFIDENTIAL].triggered.connect(lambda: self._pane("toggle_confidential"))
        a[ActionId.EDIT_ENTRY].triggered.connect(lambda: self._pane("edit_selected"))
        a[ActionId.MOVE_ENTRY_UP].triggered.connect(lambda: self._pane("move_selected", -1))
        a[ActionId.MOVE_ENTRY_DOWN].triggered.connect(lambda: self._pane("move_selected", 1))
        a[ActionId.DELETE_ENTRY].triggered.connect(lambda: self._pane("delete_selected"))
        self._themes.triggered.connect(self._appearance_chosen)
        self._sizes.triggered.connect(self._appearance_chosen)
        a[ActionId.SHORTCUTS].triggered.connect(self.show_shortcuts)
        a[ActionId.AUTHORITY_PROFILE].triggered.connect(lambda: record_actions.edit_profile(self))
        a[ActionId.SET_UP_ASSISTANT].triggered.connect(
            lambda: record_actions.set_up_assistant(self))
        a[ActionId.AMEND_RECORD].triggered.connect(lambda: record_actions.amend_record(self))
        a[ActionId.TRANSLATE_COPY].triggered.connect(
            lambda: record_actions.translate_family_copy(self))
        a[ActionId.EXPORT_CASE_SYSTEM].triggered.connect(lambda: _after_meeting(
            "cpmeeting.gui.case_system_dialog", "export_for_case_system", self))
        a[ActionId.CIRCULATION].triggered.connect(lambda: _after_meeting(
            "cpmeeting.gui.circulation_dialog", "open_circulation", self))
        a[ActionId.CORRECTIONS].triggered.connect(lambda: _after_meeting(
            "cpmeeting.gui.corrections_dialog", "open_corrections", self))
        a[ActionId.ROOM_VIEW].triggered.connect(self.show_room_view)
        a[ActionId.ROOM_BLANK].triggered.connect(
            lambda checked: self.room.set_blanked(checked) if self.room else
            a[ActionId.ROOM_BLANK].setChecked(False))
        a[ActionId.NEW_REVIEW].triggered.connect(self.new_review)
        a[ActionId.STAGE_PROGRESS].triggered.connect(lambda: self.go_to_stage(Stage.PROGRESS))

    def _pane(self, method: str, *args) -> None:
        if self.pane is not None:
            getattr(self.pane, method)(*args)

    def _enable_conference_actions(self, enabled: bool) -> None:
        for action in CONFERENCE_ACTIONS:
            self.actions[action].setEnabled(enabled)
        self.actions[ActionId.OPEN_CONFERENCE].setEnabled(not enabled)
        guard = getattr(self, "save_guard", None)  # (not yet made when the window is built)
        if guard is not None and guard.read_only:
            # Exporting an unsigned record signs it: a sign-off a read-only window cannot keep.
            unsigned = self.runner is not None and not self.runner.conference.is_signed
            for action in (*WRITING_ACTIONS, *((ActionId.EXPORT,) if unsigned else ())):
                self.actions[action].setEnabled(False)
        self._undo_state()

    def _undo_state(self) -> None:
        stack = self.runner.undo_stack if self.runner else None
        if stack is not None and not shiboken6.isValid(stack):
            return  # the stack is being destroyed with its window
        for action_id, can, text, word in (
            (ActionId.UNDO, stack and stack.canUndo(), stack and stack.undoText(), _("Undo")),
            (ActionId.REDO, stack and stack.canRedo(), stack and stack.redoText(), _("Redo")),
        ):
            action: QAction = self.actions[action_id]
            action.setEnabled(bool(can))
            action.setText(f"{word} {text}" if text else word)

    # Opening and closing a conference

    def restore(self) -> None:
        """Return to the conference and stage open when the app last stopped, if any."""
        conference_id, stage = (self._archive or self._index).last_opened()
        if conference_id is None:  # the usual start: the list is read once, by the list
            self.close_conference()
        elif conference_id in {summary.id for summary in self.list_conferences()}:
            self.open_conference(conference_id, stage)
        else:  # deleted since: forget it, so the next start shows the list at once
            self.save_guard.save_place(None, None)
            self.close_conference()

    def open_conference(self, conference_id: str, stage: str | None = None) -> None:
        """Show the live view of this conference, with any draft left after a crash."""
        from cpmeeting.gui.live_view import LiveView
        from cpmeeting.gui.minutes_pane import MinutesPane
        from cpmeeting.gui.runner import OperationRunner

        self._leave_conference()
        conference = self.archive.load(conference_id)
        if stage in {s.value for s in Stage}:
            conference.current_stage = Stage(stage)
        clock = {"clock": self._clock} if self._clock else {}
        self.runner = OperationRunner(
            conference, self.profile, self._save_for(conference_id), **clock, parent=self,
            record_event=lambda label, details: self._record_event(conference_id, label,
                                                                   details))
        from cpmeeting.store.case import earlier_conferences

        self.runner.case = earlier_conferences(self.archive, conference)
        self.runner.undo_stack.indexChanged.connect(self._undo_state)
        self.runner.editRefused.connect(
            lambda message: record_actions.explain_locked(self, message))
        if self.save_guard.read_only:
            self.runner.read_only_reason = self.save_guard.read_only_words()
            self.runner.readOnlyRefused.connect(
                lambda message: record_actions.explain_read_only(self, message))
        self.live = LiveView(self.runner, archive=self.archive)
        self.live.stageChanged.connect(self._remember)
        self._share_live(status=self.statusBar())
        self.central.addWidget(self.live)
        self.central.setCurrentWidget(self.live)
        self.pane = MinutesPane(self.runner)
        self.pane.restore_draft(self.archive.load_drafts(conference_id).get(MINUTES_DRAFT, ""))
        self.pane.draftChanged.connect(
            lambda text: self.save_guard.save_draft(conference_id, MINUTES_DRAFT, text))
        if self.save_guard.read_only:
            self.pane.show_read_only()
        self.minutes_dock.setWidget(self.pane)
        self.minutes_dock.show()
        self.fit_minutes_dock()
        status = self.statusBar()
        status.addWidget(self.live.quoracy_label, 1)
        status.addPermanentWidget(self.live.clock_label)
        self.live.quoracy_label.show()
        self.live.clock_label.show()
        names = ", ".join(child.display_name for child in conference.children)
        # Qt appends " — cpmeeting" (the application's display name) itself.
        self.setWindowTitle(f"{names} ({_(conference.kind.title)}, "
                            f"{conference.date.isoformat()})")  # ISO: no month names to translate
        self._enable_conference_actions(True)
        self.actions[ActionId.STAGE_PROGRESS].setEnabled(Stage.PROGRESS in self.live.order)
        self._remember(self.live.stage)
        QTimer.singleShot(0, self, lambda: record_actions.warn_if_history_broken(self))

    def _record_event(self, conference_id: str, label: str, details: dict) -> None:
        """An event in the record's history (an export); a read-only window keeps none.
        Raises what the archive refused (a full disk): the event comes after the changes
        before it, so it is not written while they wait in the save guard."""
        if self.save_guard.read_only:
            return
        if not self.save_guard.flush():
            raise self.save_guard.last_error
        self.archive.ensure_writable()  # opened on a full disk: for writing once there is room
        self.archive.record_event(conference_id, label, details)

    def _save_for(self, conference_id: str):
        """How the open conference is saved: on a server the runner keeps and retries what
        the network drops (and the window says so, gui/live_sharing.py); on this laptop the
        save guard keeps what a full disk or a read-only folder refuses."""
        if self.archive.engine.dialect.name == "postgresql":
            return self.archive.save
        return self.save_guard.save

    def _share_live(self, status) -> None:
        """On the authority's server, the conference is live with the other windows on it."""
        from cpmeeting.gui.conflict_dialog import ask_about

        self.runner.conflictFound.connect(lambda c: ask_about(self, self.runner, c))
        self.runner.roleRefused.connect(lambda message: status.showMessage(message, 6000))
        self.sharing = None
        if self.archive.engine.dialect.name == "postgresql":
            from cpmeeting.gui.live_sharing import LiveSharing

            self.sharing = LiveSharing(self.runner, self.archive, status,
                                       follow_stage=self.live.go_to_stage, parent=self)

    def close_conference(self) -> None:
        """Back to the list of conferences; the next start will show the list too."""
        had_conference = self.runner is not None
        self._leave_conference()
        if had_conference:
            self.save_guard.save_place(None, None)
        self.central.setCurrentWidget(self.start_screen)
        self.start_screen.reload()
        self.start_screen.focus_search()
        self.setWindowTitle("cpmeeting")
        self._enable_conference_actions(False)

    def _leave_conference(self) -> None:
        """Put away the open conference's views, keeping its draft."""
        if self.room is not None:
            from cpmeeting.gui.room_view import close_room_view

            close_room_view(self)
        if self.live is not None:
            self.runner.flush()  # the last change, before the runner goes
            self.pane.flush_draft()
            self.statusBar().removeWidget(self.live.quoracy_label)
            self.statusBar().removeWidget(self.live.clock_label)
            self.minutes_dock.hide()
            self.minutes_dock.setWidget(QWidget())
            self.central.removeWidget(self.live)
            for widget in (self.live, self.pane, self.live.quoracy_label, self.live.clock_label):
                widget.deleteLater()
            self.runner.undo_stack.indexChanged.disconnect(self._undo_state)
            if self.sharing is not None:
                self.sharing.close()
                self.statusBar().removeWidget(self.sharing.label)
                self.sharing.label.deleteLater()
                self.sharing.deleteLater()
                self.sharing = None
            self.runner.deleteLater()
            self.runner = self.live = self.pane = None

    def fit_minutes_dock(self) -> None:
        """The dock's default width for the text size now, never below what the pane needs."""
        if self.pane is None:
            return
        width = max(int(self.width() * minutes_share(text_scale(QApplication.instance()))),
                    self.pane.minimumSizeHint().width())
        self.resizeDocks([self.minutes_dock], [width], Qt.Orientation.Horizontal)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # A new text size lays the window out afresh, once the pane has its new size.
            QTimer.singleShot(0, self, self.fit_minutes_dock)

    def _remember(self, stage: Stage) -> None:
        if self.runner is not None:
            self.save_guard.save_place(self.runner.conference.id, stage.value)

    def _open_selected(self) -> None:
        if self.runner is None:
            self.start_screen.open_selected()

    def new_conference(self) -> None:
        from cpmeeting.gui.new_conference_dialog import NewConferenceDialog

        dialog = NewConferenceDialog(self.archive, self)
        while dialog.exec():  # refused (a full disk): shown again with what was typed
            conference = dialog.conference()
            if self.save_guard.save_new(conference):
                self.open_conference(conference.id)
                return

    def new_review(self) -> None:
        from cpmeeting.gui.new_review_dialog import new_review

        new_review(self)

    # Moving about

    def go_to_stage(self, stage: Stage) -> None:
        if self.live is not None:
            self.live.go_to_stage(stage)

    def ask_stage_budget(self) -> None:
        """Ask how many minutes the current stage may take (0: no budget)."""
        if self.live is None:
            return
        stage = self.live.stage
        budgets = self.runner.conference.stage_budgets_minutes
        minutes, ok = QInputDialog.getInt(
            self, _("Time budget"),
            _("Minutes for “{stage}” (0 for no budget):").format(stage=stage_title(stage)),
            budgets.get(stage, 0), 0, 600)
        if ok:
            self.set_stage_budget(stage, minutes)

    def set_stage_budget(self, stage: Stage, minutes: int) -> None:
        """Record the budget (an undoable edit); the status bar counts against it."""
        from cpmeeting.domain.operations import SetFields

        budgets = dict(self.runner.conference.stage_budgets_minutes)
        if minutes:
            budgets[stage] = minutes
        else:
            budgets.pop(stage, None)
        self.runner.apply(SetFields(_("Set the time budget"), {"stage_budgets_minutes": budgets}))

    def focus_minutes(self) -> None:
        if self.pane is not None:
            self.minutes_dock.show()
            self.minutes_dock.raise_()
            self.pane.focus_entry()

    def _focus_speaker(self) -> None:
        if self.pane is not None:
            self.minutes_dock.show()
            self.pane.focus_speaker()

    def export(self) -> None:
        if self.runner is None or not export_available():
            return
        from cpmeeting.gui.export_dialog import ExportDialog

        self.runner.flush()  # the archive holds what is exported
        ExportDialog(self.runner, self).exec()

    def show_room_view(self):
        """View > Room view: the second window, for the screen the family sees."""
        from cpmeeting.gui.room_view import open_room_view

        return open_room_view(self)

    def show_shortcuts(self) -> None:
        from cpmeeting.gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def _appearance_chosen(self, _action: QAction | None = None) -> None:
        a = self.actions
        theme = Theme.DARK if a[ActionId.THEME_DARK].isChecked() else Theme.LIGHT
        scale = next(s for s in (100, 150, 200) if a[ActionId(f"text_{s}")].isChecked())
        apply_appearance(QApplication.instance(), theme, scale)
        save_appearance(theme, scale)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The open conference stays remembered, so the next start returns to it.
        if self.runner is not None:
            self.runner.flush()  # a change made in the last turn of the event loop
        if self.pane is not None:
            self.pane.flush_draft()
        if not self.save_guard.close_allowed(self):
            event.ignore()
            return
        window_geometry.remember(self)
        super().closeEvent(event)
