"""A long meeting refreshes the pages thousands of times; the process must survive it.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call that returns nothing
(Python 3.12 made None immortal; 3.11 did not), so after a few thousand refreshes None is
"deallocated" and Python aborts. Run in a child process: the abort would kill pytest itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = textwrap.dedent("""
    import sys
    from datetime import date, datetime
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from cpmeeting.demo import demo_conference, demo_profile
    from cpmeeting.gui.runner import OperationRunner
    from cpmeeting.gui.stages.attendance import AttendancePage
    conference = demo_conference(date(2026, 11, 23))
    clock = lambda: datetime.combine(conference.date, datetime.min.time()).replace(hour=11)
    runner = OperationRunner(conference, demo_profile(), lambda c, _changes: None, clock=clock)
    page = AttendancePage(runner)
    for _ in range(int(sys.argv[1])):
        page.show_conference(conference)
    print("survived")
""")


def test_the_attendance_page_survives_a_long_meeting_of_refreshes(tmp_path):
    script = tmp_path / "long_meeting.py"
    script.write_text(SCRIPT)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, str(script), "400"], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "survived"
