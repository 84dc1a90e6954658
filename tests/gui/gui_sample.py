"""Invented sample data and a clock for the window tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from cpmeeting.domain.conference import Child, Conference, ConferenceKind
from cpmeeting.domain.people import AttendanceStatus, Invitee, Involvement, PractitionerGroup, Role

MEETING_START = datetime(2026, 11, 23, 10, 0)
MEETING_DAY = MEETING_START.date()
LAPTOP = (1366, 728)  # a 1366x768 screen less a taskbar: the room a maximised window gets


class Clock:
    """The time the window sees; tests move it on instead of sleeping."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def advance(self, minutes: float) -> None:
        self.current += timedelta(minutes=minutes)


def sample_conference(day: date = MEETING_DAY) -> Conference:
    """An invented initial conference for two children; everyone present except the GP."""
    def person(name: str, role: Role, **fields) -> Invitee:
        return Invitee(name=name, role=role, attendance=AttendanceStatus.PRESENT, **fields)

    return Conference(
        kind=ConferenceKind.INITIAL, date=day, venue="Room 4, Civic Centre",
        strategy_discussion_date=day - timedelta(days=14),
        children=[Child("Amira", "Testwood", date(2016, 5, 2)),
                  Child("Kit", "Testwood", date(2020, 1, 9))],
        invitees=[
            person("Clare Chairwell", Role.CHAIR),
            person("Mina Notesby", Role.MINUTE_TAKER),
            person("Sam Casework", Role.SOCIAL_WORKER, agency="Children's Services",
                   group=PractitionerGroup.CHILDRENS_SOCIAL_CARE,
                   involvement=Involvement.DIRECT_CONTACT),
            person("Dana Testwood", Role.PARENT, relationship="Mother"),
            person("Owen Testwood", Role.PARENT, relationship="Father"),
            person("Priya Hillside", Role.PRACTITIONER, agency="Hillside Primary School",
                   group=PractitionerGroup.SCHOOL, involvement=Involvement.DIRECT_CONTACT),
            Invitee(name="Gil Surgery", role=Role.PRACTITIONER, agency="Park Surgery",
                    group=PractitionerGroup.GP, involvement=Involvement.DIRECT_CONTACT,
                    attendance=AttendanceStatus.APOLOGIES),
        ],
    )


def person_id(window, name: str) -> str:
    return next(p.id for p in window.runner.conference.invitees if p.name == name)


def shown_window(qtbot, archive, clock, conference_id: str):
    """A main window on archive, shown and active, with this conference open."""
    from PySide6.QtCore import Qt

    from cpmeeting.gui.main_window import MainWindow

    main = MainWindow(archive, clock=clock)
    qtbot.addWidget(main)
    # The offscreen screen is 800 px square, where the window would open maximised; give it
    # the room it gets maximised on a 1366x768 laptop with a taskbar instead.
    main.setWindowState(Qt.WindowState.WindowNoState)
    main.resize(*LAPTOP)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    main.open_conference(conference_id)
    return main
