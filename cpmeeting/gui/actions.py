"""Every action of the window in one registry: an enum, with default shortcuts as data.

The menus, the shortcuts dialog and the tests all read this table, so a shortcut is declared
once (Picard's MainAction registry, Spyder's shortcut defaults).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from cpmeeting.domain.stages import STAGE_ORDER, Stage
from cpmeeting.i18n import N_, _


class ActionId(StrEnum):
    NEW_CONFERENCE = "new_conference"
    OPEN_CONFERENCE = "open_conference"
    START_SCREEN = "start_screen"
    EXPORT = "export"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    NEXT_STAGE = "next_stage"
    PREVIOUS_STAGE = "previous_stage"
    STAGE_1 = "stage_1"
    STAGE_2 = "stage_2"
    STAGE_3 = "stage_3"
    STAGE_4 = "stage_4"
    STAGE_5 = "stage_5"
    STAGE_6 = "stage_6"
    STAGE_7 = "stage_7"
    STAGE_8 = "stage_8"
    STAGE_9 = "stage_9"
    STAGE_BUDGET = "stage_budget"
    FOCUS_MINUTES = "focus_minutes"
    FOCUS_SPEAKER = "focus_speaker"
    SPEAKER_1 = "speaker_1"
    SPEAKER_2 = "speaker_2"
    SPEAKER_3 = "speaker_3"
    SPEAKER_4 = "speaker_4"
    SPEAKER_5 = "speaker_5"
    SPEAKER_6 = "speaker_6"
    SPEAKER_7 = "speaker_7"
    SPEAKER_8 = "speaker_8"
    SPEAKER_9 = "speaker_9"
    CONFIDENTIAL = "confidential"
    EDIT_ENTRY = "edit_entry"
    MOVE_ENTRY_UP = "move_entry_up"
    MOVE_ENTRY_DOWN = "move_entry_down"
    DELETE_ENTRY = "delete_entry"
    THEME_LIGHT = "theme_light"
    THEME_DARK = "theme_dark"
    TEXT_100 = "text_100"
    TEXT_150 = "text_150"
    TEXT_200 = "text_200"
    SHORTCUTS = "shortcuts"
    AUTHORITY_PROFILE = "authority_profile"
    SET_UP_ASSISTANT = "set_up_assistant"
    AMEND_RECORD = "amend_record"
    TRANSLATE_COPY = "translate_copy"
    EXPORT_CASE_SYSTEM = "export_case_system"
    CIRCULATION = "circulation"
    CORRECTIONS = "corrections"
    ROOM_VIEW = "room_view"
    ROOM_BLANK = "room_blank"
    NEW_REVIEW = "new_review"
    STAGE_PROGRESS = "stage_progress"
    LOCK = "lock"


@dataclass(frozen=True)
class ActionSpec:
    """What an action is called, its default shortcuts, and whether it is a toggle."""

    text: str
    shortcuts: tuple[str, ...] = ()
    checkable: bool = False
    number: int | None = None


STAGE_ACTIONS: tuple[ActionId, ...] = tuple(ActionId(f"stage_{n}") for n in range(1, 10))
SPEAKER_ACTIONS: tuple[ActionId, ...] = tuple(ActionId(f"speaker_{n}") for n in range(1, 10))

ACTIONS: dict[ActionId, ActionSpec] = {
    ActionId.NEW_CONFERENCE: ActionSpec(N_("&New conference…"), ("Ctrl+N",)),
    ActionId.OPEN_CONFERENCE: ActionSpec(N_("&Open selected conference"), ("Ctrl+O",)),
    ActionId.START_SCREEN: ActionSpec(N_("&Back to the list of conferences"), ("Ctrl+W",)),
    ActionId.EXPORT: ActionSpec(N_("&Export minutes and plan…"), ("Ctrl+E",)),
    ActionId.QUIT: ActionSpec(N_("&Quit"), ("Ctrl+Q",)),
    ActionId.UNDO: ActionSpec(N_("&Undo"), ("Ctrl+Z",)),
    ActionId.REDO: ActionSpec(N_("&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y")),
    ActionId.NEXT_STAGE: ActionSpec(N_("&Next stage"), ("Ctrl+PgDown",)),
    ActionId.PREVIOUS_STAGE: ActionSpec(N_("&Previous stage"), ("Ctrl+PgUp",)),
    **{
        action: ActionSpec(N_("Go to stage {number}: {stage}"), (f"Ctrl+{n}",), number=n)
        for n, action in enumerate(STAGE_ACTIONS, start=1)
    },
    # A review's stage between 5 and 6: numbered 5a so that Ctrl+6 to Ctrl+9 stay the same.
    ActionId.STAGE_PROGRESS: ActionSpec(N_("Go to stage 5a: {stage}"), ("Ctrl+Shift+P",),
                                        number=0),
    ActionId.STAGE_BUDGET: ActionSpec(N_("Time &budget for this stage…"), ("Ctrl+B",)),
    ActionId.FOCUS_MINUTES: ActionSpec(N_("Go to the &minutes"), ("F6", "Ctrl+M")),
    ActionId.FOCUS_SPEAKER: ActionSpec(N_("Choose the speaker b&y name"), ("Ctrl+K",)),
    **{
        action: ActionSpec(N_("Speaker: person {number} present"), (f"Alt+{n}",), number=n)
        for n, action in enumerate(SPEAKER_ACTIONS, start=1)
    },
    ActionId.CONFIDENTIAL: ActionSpec(
        N_("Mark the next entry &confidential (third party)"), ("Ctrl+Shift+C",), checkable=True
    ),
    ActionId.EDIT_ENTRY: ActionSpec(N_("&Edit the selected entry"), ("F2",)),
    ActionId.MOVE_ENTRY_UP: ActionSpec(N_("Move the selected entry &up"), ("Alt+Up",)),
    ActionId.MOVE_ENTRY_DOWN: ActionSpec(N_("Move the selected entry do&wn"), ("Alt+Down",)),
    ActionId.DELETE_ENTRY: ActionSpec(N_("&Delete the selected entry"), ("Ctrl+Delete",)),
    ActionId.THEME_LIGHT: ActionSpec(N_("&Light theme"), (), checkable=True),
    ActionId.THEME_DARK: ActionSpec(N_("&Dark theme"), (), checkable=True),
    ActionId.TEXT_100: ActionSpec(N_("Text size 100%"), ("Ctrl+0",), checkable=True),
    ActionId.TEXT_150: ActionSpec(N_("Text size 150%"), (), checkable=True),
    ActionId.TEXT_200: ActionSpec(N_("Text size 200%"), (), checkable=True),
    ActionId.SHORTCUTS: ActionSpec(N_("&Keyboard shortcuts"), ("F1",)),
    ActionId.AUTHORITY_PROFILE: ActionSpec(N_("Authority &profile…"), ()),
    ActionId.SET_UP_ASSISTANT: ActionSpec(N_("&Set-up assistant…"), ()),
    ActionId.AMEND_RECORD: ActionSpec(N_("&Amend the signed record…"), ()),
    ActionId.TRANSLATE_COPY: ActionSpec(N_("&Translate a family copy…"), ("Ctrl+T",)),
    ActionId.EXPORT_CASE_SYSTEM: ActionSpec(N_("Export for the ca&se system…"), ()),
    ActionId.CIRCULATION: ActionSpec(N_("Circulation: &who was sent what…"), ()),
    ActionId.CORRECTIONS: ActionSpec(N_("Co&rrections to the minutes…"), ()),
    ActionId.ROOM_VIEW: ActionSpec(N_("&Room view (the screen the family sees)"), ()),
    ActionId.ROOM_BLANK: ActionSpec(N_("Blan&k the room view"), ("Ctrl+Shift+B",),
                                    checkable=True),
    ActionId.NEW_REVIEW: ActionSpec(N_("New re&view from this conference…"), ("Ctrl+Shift+N",)),
    ActionId.LOCK: ActionSpec(N_("Loc&k the screen"), ("Ctrl+L",)),
}


def action_text(action: ActionId) -> str:
    """The translated name of the action, without the mnemonic ampersand."""
    return _translated(ACTIONS[action]).replace("&", "")


def _translated(spec: ActionSpec) -> str:
    text = _(spec.text)
    if spec.number is None:
        return text
    stage = Stage.PROGRESS if spec.number == 0 else STAGE_ORDER[spec.number - 1]
    return text.format(number=spec.number, stage=_(stage.title))


def shortcut_text(action: ActionId) -> str:
    """The action's shortcuts as the user sees them on this platform."""
    return ", ".join(
        QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        for key in ACTIONS[action].shortcuts
    )


def create_actions(parent: QObject) -> dict[ActionId, QAction]:
    """One QAction per registered action, with its default shortcuts, owned by parent."""
    actions: dict[ActionId, QAction] = {}
    for action_id, spec in ACTIONS.items():
        action = QAction(_translated(spec), parent)
        action.setObjectName(action_id.value)
        action.setShortcuts([QKeySequence(key) for key in spec.shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(spec.checkable)
        actions[action_id] = action
    return actions
