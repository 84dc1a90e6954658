"""Screenshots of the room view for docs/screenshots/: in English, in Polish (English first,
then Polish), and while the father is out of the room; full screen on a 1920x1080 screen.

Run under a real X server at that size, for example with the shared tool:
    shot /tmp/x.png --size 1920x1080 --wait 25 -- .venv/bin/python docs/make_room_screenshots.py
It works on a throwaway archive holding the invented demo conference.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from make_screenshots import throwaway_data

    throwaway_data("cpmeeting-room-shots-")

    from PySide6.QtWidgets import QApplication

    from cpmeeting.demo.seed import ensure_demo
    from cpmeeting.domain.stages import Stage
    from cpmeeting.gui.appearance import Theme, apply_appearance
    from cpmeeting.gui.main_window import MainWindow
    from cpmeeting.store.archive import Archive

    app = QApplication(sys.argv)
    apply_appearance(app, Theme.LIGHT, 100)
    archive = Archive.open()
    ensure_demo(archive)
    conference = archive.load(archive.list_conferences()[0].id)
    day = conference.date
    at = lambda h, m: datetime.combine(day, time(h, m))  # noqa: E731
    # The chair has announced both decisions; the meeting is at the plan, a little over time.
    conference.decisions = [replace(d, announced_at=at(12, 12)) for d in conference.decisions]
    conference.stage_budgets_minutes = {Stage.INTRODUCTION: 10, Stage.CHILDS_VIEWS: 15,
                                        Stage.CONTRIBUTIONS: 40, Stage.ANALYSIS: 30,
                                        Stage.DECISION: 15, Stage.PLAN: 20}
    conference.current_stage = Stage.PLAN
    archive.save(conference)
    archive.save_stage_times(conference.id, {
        "introduction": 9 * 60, "attendance": 4 * 60, "exclusions": 6 * 60,
        "childs_views": 12 * 60, "contributions": 47 * 60, "analysis": 28 * 60,
        "decision": 14 * 60, "plan": 5 * 60})
    moment = [at(12, 20)]
    window = MainWindow(archive, clock=lambda: moment[0])
    window.resize(1366, 768)
    window.show()
    window.open_conference(conference.id, Stage.PLAN.value)
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    room = window.show_room_view()
    room.set_language("en")
    room.toggle_full_screen()
    settle()
    room.refresh()
    settle()
    room.grab().save(str(OUT / "room-view-english.png"))
    room.set_language("pl", bilingual=True)
    settle()
    room.grab().save(str(OUT / "room-view-polish.png"))
    # Back at 10:55, at the agency contributions, while the father is out of the room.
    moment[0] = at(10, 55)
    room.set_language("en")
    window.go_to_stage(Stage.CONTRIBUTIONS)
    settle()
    room.grab().save(str(OUT / "room-view-parent-excluded.png"))
    window.close()
    room.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
