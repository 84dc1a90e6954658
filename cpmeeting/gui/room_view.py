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
from dataclasses import dataclass

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
#room_content QLabel#room_stage { color: #ffd800; }
#room_content QLabel[role="heading"] { color: #ffd800; }
#room_content QLabel[kind="current"] { color: #ffd800; }
#room_content QLabel[kind="subhead"] { color: #9fd3ff; }
#room_content QLabel[kind="second"] { color: #d8d8d8; font-style: italic; }
"""


def family_language(conference) -> str:
    """The first family member's language that has a document catalog, else English."""
    for person in conference.family:
        if person.language in DOCUMENT_LANGUAGES:
            return person.language
    return "en"


def _english(text: str) -> str:
    return text


def _english_free(_record_id: str, _field: str, english: str) -> str:
    return english


def _role(role, say) -> str:
    """The rules' lower-case name of a role, capitalised for the wall."""
    title = say(ROLE_TITLES[role])
    return title[:1].upper() + title[1:]


def _new_parts(cell: str, english: str) -> str:
    """The second language's line without what it would repeat of the English ("Example
    Borough Council" after the role, a name)."""
    said = set(english.split(", "))
    return ", ".join(part for part in cell.split(", ") if part not in said)


@dataclass(frozen=True)
class Row:
    """One line on the wall: its cells, and how it is shown ("", current, second, subhead)."""

    cells: tuple[str, ...]
    kind: str = ""


class Rows(QWidget):
    """Lines of one or two cells in a grid, rebuilt when they change; wrapped lines keep
    their hanging indent in the second cell instead of running back under the first."""

    def __init__(self, name: str, wrapping: int = 1) -> None:
        """wrapping: the column that takes the room and wraps; the other keeps to one line."""
        super().__init__(objectName=name)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(wrapping, 1)
        self._wrapping = wrapping
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        if rows == self._rows:
            return
        labels = [self.grid.itemAt(i).widget() for i in range(self.grid.count())]
        if [(len(r.cells), r.kind) for r in rows] == [(len(r.cells), r.kind) for r in self._rows]:
            # The same lines with other words (a minute more): new text, same labels and fonts.
            for label, cell in zip(labels, (c for row in rows for c in row.cells), strict=True):
                if label.text() != cell:
                    label.setText(cell)
            self._rows = rows
            return
        self._rows = rows
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
                item.widget().setParent(None)
        for number, row in enumerate(rows):
            for column, cell in enumerate(row.cells):
                label = QLabel(cell)
                span = 2 if len(row.cells) == 1 else 1
                label.setWordWrap(span == 2 or column == self._wrapping)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setProperty("kind", row.kind)
                label.setProperty("scale", 1.0)
                label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
                self.grid.addWidget(label, number, column, 1, span)
                label.show()  # now, not on a later turn: the fitting below measures it
        for row in range(self.grid.rowCount()):  # a longer list before left its stretch
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(len(rows), 1)

    def clear(self) -> None:
        self.set_rows([])

    def text(self) -> str:
        """The lines as text, cells joined by ': ' (what tests and screen readers read)."""
        return "\n".join(": ".join(cell for cell in row.cells if cell) for row in self._rows)


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
        self.stage_label = self._label("room_stage", 2.0)
        self.stage_label.setProperty("role", "stage")
        self.agenda_heading = self._label("room_agenda_heading", 1.2, heading=True)
        self.agenda_label = Rows("room_agenda", wrapping=0)
        self.people_heading = self._label("room_people_heading", 1.2, heading=True)
        self.people_label = Rows("room_people")
        self.agreed_heading = self._label("room_agreed_heading", 1.2, heading=True)
        self.agreed_label = Rows("room_agreed")
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
        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(self.refresh)
        runner.conferenceChanged.connect(self._record_changed)
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

    def follow_lock(self, locked: bool) -> None:
        """A locked window shows nothing of the record, and nor does the wall; unlocked, the
        wall is as the chair left it."""
        if locked:
            self._blanked_before_lock = self._blanked
            self.set_blanked(True)
        else:
            self.set_blanked(getattr(self, "_blanked_before_lock", self._blanked))

    def toggle_blanked(self) -> None:
        self.set_blanked(not self._blanked)

    # What is shown

    def _says(self) -> list[tuple[Callable[[str], str], Callable[[str, str, str], str], bool]]:
        """The languages each line is said in: the room's language, or English then it.

        Each is (fixed text, free text, second): the second line of a pair leaves out what
        it would only repeat (a person's name, say)."""
        language = self.chosen_language
        catalog = document_translations(language)

        def free_in(record_id: str, field: str, english: str) -> str:
            unit = self._units.get((record_id, field, language))
            return unit.text if unit is not None and unit.usable_for(english) else english

        own = (catalog.gettext, free_in if language != "en" else _english_free, False)
        if self.bilingual.isChecked() and language != "en":
            return [(_english, _english_free, False), (own[0], own[1], True)]
        return [own]

    def _rows(self, make) -> list[Row]:
        """One row per language for an item; make(say, free) gives its cells."""
        rows: list[Row] = []
        first: tuple[str, ...] | None = None
        for say, free, second in self._says():
            cells = tuple(make(say, free))
            if second:
                if cells == first:
                    continue
                cells = tuple(_new_parts(cell, was) for cell, was in zip(cells, first, strict=True))
                rows.append(Row(cells, "second"))
            else:
                first = cells
                rows.append(Row(cells))
        return rows

    def _heading(self, key: str) -> str:
        """Fixed text in each language of the room, once if both say the same."""
        return "\n".join(dict.fromkeys(say(ROOM_WORDS[key]) for say, _f, _s in self._says()))

    def _record_changed(self) -> None:
        """A minute entry (most changes during a meeting) never changes what the room sees."""
        from cpmeeting.gui.live_view import touches_only_minutes

        if not touches_only_minutes(self.runner.last_operation, self.runner.conference):
            # On the next turn of the event loop: the chair's window answers and paints
            # first, and several changes in one turn refresh the room once.
            self._refresh_soon.start()

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
        self.stage_label.setText("\n".join(dict.fromkeys(
            f"{say(ROOM_WORDS['now'])}: {say(shows.stage_words)}" for say, _f, _s in self._says())))
        sections = (self.agenda_heading, self.agenda_label, self.people_heading,
                    self.people_label, self.agreed_heading, self.agreed_label)
        if shows.family_excluded:
            for widget in sections:
                widget.clear()
                widget.hide()
            self._fit()
            return
        for widget in sections:
            widget.show()
        self.agenda_heading.setText(self._heading("agenda"))
        self.agenda_label.set_rows([row for n, line in enumerate(shows.agenda, start=1)
                                    for row in self._agenda_rows(n, line)])
        self.people_heading.setText(self._heading("people"))
        self.people_label.set_rows([row for person in shows.people
                                    for row in self._rows(lambda say, free, p=person:
                                                          self._person_cells(p, say, free))])
        self.agreed_heading.setText(self._heading("agreed"))
        self.agreed_label.set_rows(self._agreed_rows(shows))
        self._fit()

    def _agenda_rows(self, number: int, line) -> list[Row]:
        def cells(say, _free):
            used = line.used_minutes
            if line.budget_minutes is None:
                time = say(ROOM_WORDS["minutes_used"]).format(used=used)
            elif line.over_budget:
                time = "⚠ " + say(ROOM_WORDS["over_budget"]).format(
                    used=used, budget=line.budget_minutes)
            else:
                time = say(ROOM_WORDS["minutes_of_budget"]).format(
                    used=used, budget=line.budget_minutes)
            mark = "▶ " if line.current else ""
            now = f" ({say(ROOM_WORDS['current'])})" if line.current else ""
            return f"{mark}{number}. {say(line.words)}{now}", time

        rows = self._rows(cells)
        if line.current:
            rows = [Row(row.cells, "current" if row.kind == "" else row.kind) for row in rows]
        return rows

    def _person_cells(self, person, say, free) -> tuple[str, str]:
        if person.relationship:
            what = free(person.invitee_id, "relationship", person.relationship)
        else:
            what = ", ".join(part for part in (_role(person.role, say), person.agency) if part)
        return person.name, what

    def _agreed_rows(self, shows: RoomShows) -> list[Row]:
        from cpmeeting.domain.decision import CATEGORY_TITLES, OUTCOME_TITLES

        rows: list[Row] = []
        if shows.decisions:
            rows += [Row((text,), "subhead") for text in self._heading("decisions").split("\n")]
            for decision in shows.decisions:
                def cells(say, _free, d=decision):
                    text = say(OUTCOME_TITLES[d.outcome])
                    if d.categories:
                        text += " (" + ", ".join(say(CATEGORY_TITLES[c]) for c in d.categories) + ")"
                    return f"• {d.child_name}", text
                rows += self._rows(cells)
        if shows.actions:
            rows += [Row((text,), "subhead") for text in self._heading("actions").split("\n")]
            for action in shows.actions:
                def cells(say, free, a=action):
                    who = a.who or (_role(a.who_role, say) if a.who_role else "")
                    when = (say(ROOM_WORDS["by_when"]).format(
                        date=format_date(a.by_when, self.chosen_language if say is not _english
                                         else "en"))
                        if a.by_when else say(ROOM_WORDS["no_date"]))
                    return f"• {who}", f"{free(a.action_id, 'description', a.what)} ({when})"
                rows += self._rows(cells)
        if not rows:
            rows = [Row((text,)) for text in self._heading("nothing_agreed").split("\n")]
        return rows

    _fitted: tuple | None = None

    def _fit(self) -> None:
        """Text as large as the screen allows: sized from its height, then the largest size
        at which everything fits (a bilingual room has twice the lines), found by halving.
        Done again only when what is shown or the window's size changed."""
        height = max(self.pages.height(), 300)
        lines = (self.stage_label.text(), self.agenda_label.text(), self.people_label.text(),
                 self.agreed_label.text())
        key = (self.content.size().toTuple(), lines)
        if key == self._fitted:
            return
        # Larger text is tried only when there is more room: a bigger window, fewer lines.
        may_grow = (self._fitted is None or key[0] != self._fitted[0]
                    or sum(t.count("\n") for t in lines) < sum(t.count("\n")
                                                                for t in self._fitted[1]))
        self._fitted = key
        low, high = 12, max(12, int(height / 36))
        last = min(max(self._base, low), high)
        # Most changes (a minute more, one more action) keep the size that fitted last.
        if self._fits_at(last, height):
            if last == high or not may_grow or not self._fits_at(last + 1, height):
                self._base = self._set_base(last)
                return
            low = last + 1
        else:
            high = last
        if self._fits_at(high, height):
            self._base = high
            return
        while high - low > 1:  # fits at low (or low is the least), not at high
            middle = (low + high) // 2
            if self._fits_at(middle, height):
                low = middle
            else:
                high = middle
        self._base = self._set_base(low)

    _base = 0

    def _set_base(self, base: int) -> int:
        self._fits_at(base, 1 << 30)
        return base

    def _fits_at(self, base: int, height: int) -> bool:
        """Set every label's size from base; whether the whole then fits the height."""
        for label in self.content.findChildren(QLabel):
            font = QFont(label.font())
            font.setPixelSize(int(base * float(label.property("scale") or 1.0)))
            font.setBold(label.property("role") in ("heading", "stage")
                         or label.property("kind") in ("current", "subhead"))
            label.setFont(font)
        layout = self.content.layout()
        layout.activate()
        needed = (layout.heightForWidth(self.content.width()) if layout.hasHeightForWidth()
                  else layout.sizeHint().height())
        return needed <= height and not self._clipped()

    def _clipped(self) -> bool:
        """Whether a wrapped line was given less height than it needs (the layout squeezes
        rows when the whole does not fit)."""
        for rows in (self.agenda_label, self.people_label, self.agreed_label):
            rows.layout().activate()
            for label in rows.findChildren(QLabel):
                if label.wordWrap() and label.heightForWidth(label.width()) > label.height() + 1:
                    return True
        return False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

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
        lock_signal = getattr(window, "lockedChanged", None)
        if lock_signal is not None:
            lock_signal.connect(window.room.follow_lock)
    window.room.show()
    window.room.raise_()
    return window.room


def close_room_view(window) -> None:
    """The conference is put away: its room window goes with it."""
    if window.room is not None:
        window.room.close()
        window.room.deleteLater()
        window.room = None
