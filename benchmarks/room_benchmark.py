"""Time what the room view does every time the record changes (and every ten seconds): the
rule (domain/room.py) and the window's refresh, on the demo and on a long conference (2,000
minute entries, 60 plan actions), against the quoracy check on the same record as reference.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/room_benchmark.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CPMEETING_DATA_DIR", tempfile.mkdtemp(prefix="cpmeeting-room-bench-"))

from interchange_speed import median_ms  # noqa: E402 - beside this file

from cpmeeting.demo import demo_conference, demo_profile  # noqa: E402
from cpmeeting.domain.minutes import MinuteEntry  # noqa: E402
from cpmeeting.domain.room import room_shows  # noqa: E402
from cpmeeting.domain.rules import check_quoracy  # noqa: E402


def long_conference():
    conference = demo_conference(date(2026, 11, 23))
    first = conference.minutes[0]
    conference.minutes = [MinuteEntry(f"Entry {i}", first.stage, first.at + timedelta(seconds=i))
                          for i in range(2000)]
    actions = conference.plan.actions
    conference.plan.actions = [replace(actions[i % len(actions)], id=f"a{i}") for i in range(60)]
    return conference


def measure(name: str, conference, profile, app) -> None:
    """Print the figures for one conference."""
    from cpmeeting.gui.room_view import RoomView
    from cpmeeting.gui.runner import OperationRunner

    moment = datetime.combine(conference.date, datetime.min.time()).replace(hour=12, minute=20)
    rule = median_ms(lambda: room_shows(conference, profile, moment), 200)
    reference = median_ms(lambda: check_quoracy(conference, profile, moment), 200)
    runner = OperationRunner(conference, profile, lambda _c: None, clock=lambda: moment)
    seconds = {"introduction": 0}
    view = RoomView(runner, lambda: dict(seconds))
    view.resize(1920, 1080)
    view.show()
    app.processEvents()
    view.set_language("pl", bilingual=True)
    refresh = median_ms(view.refresh, 20)  # the ten-second tick: nothing new to lay out

    def a_minute_later() -> None:  # one agenda line changes
        seconds["introduction"] += 60
        view.refresh()

    minute = median_ms(a_minute_later, 20)
    flips = iter(range(10_000))
    changed = median_ms(lambda: view.set_language("pl", bilingual=next(flips) % 2 == 0), 10)
    print(f"{name}: room rule {rule:.3f} ms, quoracy check {reference:.3f} ms "
          f"(ratio {rule / reference:.2f}); window refresh at 1920x1080, nothing changed "
          f"{refresh:.1f} ms ({refresh / reference:.0f}x the quoracy check), a minute more "
          f"on the agenda {minute:.0f} ms, everything laid out again (bilingual switched) "
          f"{changed:.0f} ms")
    view.close()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    profile = demo_profile()
    measure("demo", demo_conference(date(2026, 11, 23)), profile, app)
    measure("long", long_conference(), profile, app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
