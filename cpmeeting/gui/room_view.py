"""The room view: a second window, for the screen on the meeting room's wall (issue 15).

It shows only what domain/room.py allows, in large high-contrast text, in the family's
language (the documents catalogs hold its fixed text), or English then that language. It
follows the chair: every change to the record (moving stage included) refreshes it. F11 puts
it full screen on the chosen screen (remembered); Ctrl+Shift+B, here or in the chair's
window, blanks it at once. The bar of choices at the top is the chair's: it is hidden in full
screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.copy_text import units_by_key
from cpmeeting.domain.room import ROOM_WORDS, RoomShows, room_shows
from cpmeeting.domain.rules.labels import ROLE_TITLES
from cpmeeting.gui.appearance import settings
from cpmeeting.i18n import _, document_translations
from cpmeeting.i18n.catalogs import DOCUMENT_LANGUAGES
from cpmeeting.i18n.locales import format_date, is_rtl, language_label

BLANK_KEY = "Ctrl+Shift+B"
FULL_SCREEN_KEY = "F11"
TICK_MS = 10_000  # the time used shows whole minutes
SCREEN_SETTING = "room_view/screen"
# White on black, the current stage in yellow; the current stage and an overrun are said in
# words and marked with a symbol too, so colour is never the only signal.
STYLE = """
#room_content, #room_blank { background: #000000; }
#room_content QLabel { color: #ffffff; }
#room_stage { color: #ffd800; }
#room_content QLabel[role="heading"] { color: #ffd800; }
"""


def family_language(conference) -> str:
    """The first family member's language that has a document catalog, else English."""
    for person in conference.family:
        if person.language in DOCUMENT_LANGUAGES:
            return person.language
    return "en"


class RoomView(QWidget):
    """What the room may see, refreshed whenever the record changes."""

    blankedChanged = Signal(bool)

    def __init__(self, runner, stage_seconds: Callable[[], dict[str, int]] = dict,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("room_view")
        self.setWindowTitle(_("Room view"))
        self.setAccessibleName(_("Room view"))
        self.runner = runner
        self._stage_seconds = stage_seconds
        self._blanked = False
        self.shows: RoomShows | None = None

        self.controls = QWidget(objectName="room_controls")
        bar = QHBoxLayout(self.controls)
        self.language = QComboBox(objectName="room_language")
        self.language.addItem(language_label("en"), "en")
        for code in DOCUMENT_LANGUAGES:
            self.language.addItem(language_label(code), code)
        language_label_ = QLabel(_("&Language in the room:"))
        language_label_.setBuddy(self.language)
        self.bilingual = QCheckBox(_("English &first, then the language"),
                                   objectName="room_bilingual")
        self.screens = QComboBox(objectName="room_screen")
        screen_label = QLabel(_("Scr&een:"))
        screen_label.setBuddy(self.screens)
        self.full_screen_button = QPushButton(_("F&ull screen (F11)"),
                                              objectName="room_full_screen")
        self.blank_button = QPushButton(_("&Blank (Ctrl+Shift+B)"), objectName="room_blank_button")
        for widget in (language_label_, self.language, self.bilingual, screen_label,
                       self.screens, self.full_screen_button, self.blank_button):
            bar.addWidget(widget)
        bar.addStretch(1)

        self.content = QWidget(objectName="room_content")
        self.stage_label = self._label("room_stage", 2.2)
        self.agenda_heading = self._label("room_agenda_heading", 1.2, heading=True)
        self.agenda_label = self._label("room_agenda", 1.0)
        self.people_heading = self._label("room_people_heading", 1.2, heading=True)
        self.people_label = self._label("room_people", 1.0)
        self.agreed_heading = self._label("room_agreed_heading", 1.2, heading=True)
        self.agreed_label = self._label("room_agreed", 1.0)
        grid = QGridLayout(self.content)
        grid.setContentsMargins(48, 32, 48, 32)
        grid.setHorizontalSpacing(56)
        grid.addWidget(self.stage_label, 0, 0, 1, 3)
        for column, (heading, body) in enumerate(((self.agenda_heading, self.agenda_label),
                                                  (self.people_heading, self.people_label),
                                                  (self.agreed_heading, self.agreed_label))):
            grid.addWidget(heading, 1, column)
            grid.addWidget(body, 2, column)
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(2, 1)
        self.blank = QWidget(objectName="room_blank")
        self.blank.setAccessibleName(_("Room view blanked"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.blank)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.controls)
        layout.addWidget(self.pages, 1)
        self.setStyleSheet(STYLE)

        QShortcut(QKeySequence(BLANK_KEY), self, self.toggle_blanked)
        QShortcut(QKeySequence(FULL_SCREEN_KEY), self, self.toggle_full_screen)
        QShortcut(QKeySequence("Escape"), self, self.leave_full_screen)
        self.blank_button.clicked.connect(self.toggle_blanked)
        self.full_screen_button.clicked.connect(self.toggle_full_screen)
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.bilingual.toggled.connect(lambda _on: self.refresh())
        self.fill_screens()
        self.screens.currentIndexChanged.connect(self._screen_chosen)
        self.set_language(family_language(runner.conference))
        runner.conferenceChanged.connect(self.refresh)
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self.refresh()

    def _label(self, name: str, scale: float, heading: bool = False) -> QLabel:
        label = QLabel(objectName=name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setProperty("scale", scale)
        if heading:
            label.setProperty("role", "heading")
        return label

    # Choices

    def set_language(self, code: str, bilingual: bool | None = None) -> None:
        index = self.language.findData(code)
        self.language.setCurrentIndex(max(index, 0))
        if bilingual is not None:
            self.bilingual.setChecked(bilingual)
        self.refresh()

    @property
    def chosen_language(self) -> str:
        return self.language.currentData() or "en"

    def fill_screens(self) -> None:
        remembered = str(settings().value(SCREEN_SETTING, "") or "")
        self.screens.blockSignals(True)
        self.screens.clear()
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            self.screens.addItem(f"{screen.name()} ({size.width()}×{size.height()})",
                                 screen.name())
        index = self.screens.findData(remembered)
        self.screens.setCurrentIndex(index if index >= 0 else len(QGuiApplication.screens()) - 1)
        self.screens.blockSignals(False)

    def _screen_chosen(self, _index: int) -> None:
        settings().setValue(SCREEN_SETTING, self.screens.currentData() or "")
        if self.isFullScreen():
            self._go_full_screen()

    def chosen_screen(self):
        name = self.screens.currentData()
        return next((s for s in QGuiApplication.screens() if s.name() == name),
                    QGuiApplication.primaryScreen())

    # Full screen and blanking

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.leave_full_screen()
        else:
            self._go_full_screen()

    def _go_full_screen(self) -> None:
        screen = self.chosen_screen()
        settings().setValue(SCREEN_SETTING, screen.name())
        self.controls.hide()
        if self.windowHandle() is not None:
            self.windowHandle().setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        self.controls.show()

    @property
    def blanked(self) -> bool:
        return self._blanked

    def set_blanked(self, blanked: bool) -> None:
        """Blank the room's screen (nothing on it) or show it again; the lock screen uses this."""
        if blanked == self._blanked:
            return
        self._blanked = blanked
        self.pages.setCurrentWidget(self.blank if blanked else self.content)
        if not blanked:
            self.refresh()
        self.blankedChanged.emit(blanked)

    def toggle_blanked(self) -> None:
        self.set_blanked(not self._blanked)

    # What is shown

    def _say(self, english: str) -> str:
        """Fixed text in the room's language, or English then the language."""
        language = self.chosen_language
        translated = document_translations(language).gettext(english)
        if self.bilingual.isChecked() and language != "en" and translated != english:
            return f"{english}\n{translated}"
        return translated

    def _free(self, record_id: str, field: str, english: str) -> str:
        """Free text, translated where a usable translation is in the record."""
        language = self.chosen_language
        unit = self._units.get((record_id, field, language)) if language != "en" else None
        if unit is None or not unit.usable_for(english):
            return english
        return f"{english}\n{unit.text}" if self.bilingual.isChecked() else unit.text

    def _role(self, role) -> str:
        # The rules' lower-case names, capitalised in each language shown.
        return "\n".join(line[:1].upper() + line[1:]
                         for line in self._say(ROLE_TITLES[role]).split("\n"))

    def refresh(self) -> None:
        """Show what the room may see now (nothing changes on the screen while blanked)."""
        if self._blanked:
            return
        conference = self.runner.conference
        self._units = units_by_key(conference)
        shows = self.shows = room_shows(conference, self.runner.profile, self.runner.now(),
                                        self._stage_seconds())
        language = self.chosen_language
        self.content.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(language)
                                        else Qt.LayoutDirection.LeftToRight)
        self._scale_fonts()
        self.stage_label.setText(f"{self._say(ROOM_WORDS['now'])}: {self._say(shows.stage_words)}")
        if shows.family_excluded:
            for label in (self.agenda_heading, self.agenda_label, self.people_heading,
                          self.people_label, self.agreed_heading, self.agreed_label):
                label.setText("")
                label.hide()
            return
        for label in (self.agenda_heading, self.agenda_label, self.people_heading,
                      self.people_label, self.agreed_heading, self.agreed_label):
            label.show()
        self.agenda_heading.setText(self._say(ROOM_WORDS["agenda"]))
        self.agenda_label.setText("\n".join(self._agenda_line(n, line)
                                            for n, line in enumerate(shows.agenda, start=1)))
        self.people_heading.setText(self._say(ROOM_WORDS["people"]))
        self.people_label.setText("\n".join(self._person_line(p) for p in shows.people))
        self.agreed_heading.setText(self._say(ROOM_WORDS["agreed"]))
        self.agreed_label.setText(self._agreed_text(shows))

    def _agenda_line(self, number: int, line) -> str:
        used = line.used_minutes
        if line.budget_minutes is None:
            time = self._say(ROOM_WORDS["minutes_used"]).format(used=used)
        elif line.over_budget:
            time = "⚠ " + self._say(ROOM_WORDS["over_budget"]).format(
                used=used, budget=line.budget_minutes)
        else:
            time = self._say(ROOM_WORDS["minutes_of_budget"]).format(
                used=used, budget=line.budget_minutes)
        mark = "▶ " if line.current else "   "
        now = f" ({self._say(ROOM_WORDS['current'])})" if line.current else ""
        return f"{mark}{number}. {self._say(line.words)}{now}: {time}"

    def _person_line(self, person) -> str:
        if person.relationship:
            what = self._free(person.invitee_id, "relationship", person.relationship)
        else:
            what = ", ".join(part for part in (self._role(person.role), person.agency) if part)
        return f"{person.name}: {what}"

    def _agreed_text(self, shows: RoomShows) -> str:
        from cpmeeting.domain.decision import CATEGORY_TITLES, OUTCOME_TITLES

        lines: list[str] = []
        if shows.decisions:
            lines.append(self._say(ROOM_WORDS["decisions"]))
            for decision in shows.decisions:
                text = self._say(OUTCOME_TITLES[decision.outcome])
                if decision.categories:
                    text += " (" + ", ".join(self._say(CATEGORY_TITLES[c])
                                             for c in decision.categories) + ")"
                lines.append(f"• {decision.child_name}: {text}")
        if shows.actions:
            if lines:
                lines.append("")
            lines.append(self._say(ROOM_WORDS["actions"]))
            for action in shows.actions:
                who = action.who or (self._role(action.who_role) if action.who_role else "")
                when = (self._say(ROOM_WORDS["by_when"]).format(
                    date=format_date(action.by_when, self.chosen_language))
                    if action.by_when else self._say(ROOM_WORDS["no_date"]))
                what = self._free(action.action_id, "description", action.what)
                lines.append(f"• {who}: {what}, {when}")
        return "\n".join(lines) or self._say(ROOM_WORDS["nothing_agreed"])

    def _scale_fonts(self) -> None:
        """Text sized from the window's height, so a wall screen reads from the back."""
        height = max(self.pages.height(), 400)
        base = max(14, int(height / 38))
        for label in self.content.findChildren(QLabel):
            font = QFont(label.font())
            font.setPixelSize(int(base * float(label.property("scale") or 1.0)))
            font.setBold(label is self.stage_label or label.property("role") == "heading")
            label.setFont(font)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        super().closeEvent(event)


def open_room_view(window) -> RoomView | None:
    """View > Room view: the room window of the open conference, shown (one per conference)."""
    if window.runner is None:
        return None
    if window.room is None:
        def stage_seconds() -> dict[str, int]:
            live = window.live
            return live.clock.times(window.runner.now()) if live is not None else {}

        window.room = RoomView(window.runner, stage_seconds)
        blank = window.actions["room_blank"]
        window.room.blankedChanged.connect(blank.setChecked)
        blank.setChecked(False)
    window.room.show()
    window.room.raise_()
    return window.room


def close_room_view(window) -> None:
    """The conference is put away: its room window goes with it."""
    if window.room is not None:
        window.room.close()
        window.room.deleteLater()
        window.room = None
