"""Screenshots of a shared conference: the status bar with both people connected, and the
question when both changed the same thing at once.

Run under Xvfb: xvfb-run -a -s "-screen 0 1366x768x24" python docs/make_sharing_screenshots.py
(the minute-taker's window is real, on that screen; the chair's is offscreen).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "sharing"))
OUT = ROOT / "docs" / "screenshots"

from two_windows import Peer, Server  # noqa: E402


def main() -> int:
    os.environ.setdefault("CPMEETING_DATA_DIR", tempfile.mkdtemp(prefix="cpmeeting-shots-"))
    from cpmeeting.demo import demo_conference
    from cpmeeting.store.archive import Archive

    server = Server()
    try:
        conference = demo_conference(date.today())
        conference.sign_offs.clear()
        with Archive.open(server.url) as archive:
            archive.save(conference, label="Demonstration conference created")
        chair = Peer(server.url, conference.id, "Helen Ashcombe", "chair", "laptop-1")
        taker = Peer(server.url, conference.id, "Tom Notes", "minute_taker", "laptop-2",
                     display=os.environ["DISPLAY"])
        try:
            taker.wait_for(lambda s: "Helen Ashcombe" in s["sharing"], "both connected")
            taker.do("type", text="The health visitor said the baby is")
            taker.do("grab", path=str(OUT / "shared-status-bar.png"))
            taker.do("hold_news")
            chair.do("set", field="venue", value="Room 4, Civic Centre", label="Venue")
            taker.do("set", field="venue", value="Family Centre, Hill Street", label="Venue")
            taker.wait_for(lambda s: s["question"], "the question")
            taker.do("grab", path=str(OUT / "shared-conflict-question.png"), screen=True)
        finally:
            chair.close()
            taker.close()
    finally:
        server.remove()
    print(f"wrote {OUT / 'shared-status-bar.png'} and {OUT / 'shared-conflict-question.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
