"""One real cpmeeting window in a process of its own, on a shared server, driven over stdin.

The two-laptop tests and benchmarks/team_benchmark.py start two of these. Each line on stdin
is a JSON command; each answer is one JSON line on stdout. With "watch", every minute entry
that appears in the window's minutes table is reported as {"seen": TEXT, "t": TIME}.

    python tests/sharing/peer.py DATABASE_URL CONFERENCE_ID [--watch]
Commands: {"do": "minute", "text": ...} types the text in the minutes box and presses Enter;
{"do": "type", "text": ...} types without Enter (a draft); {"do": "set", "field": ...,
"value": ...} changes a field of the conference as a page does; {"do": "arrive", "name": ...};
{"do": "stage", "stage": ...}; {"do": "answer", "choice": "mine" | "theirs"};
{"do": "state"}; {"do": "quit"}.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def say(**answer) -> None:
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()


def main() -> int:
    url, conference_id = sys.argv[1], sys.argv[2]
    watch = "--watch" in sys.argv
    from PySide6.QtCore import QSocketNotifier, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from cpmeeting.domain.meeting_ops import mark_left, mark_present
    from cpmeeting.domain.operations import SetFields
    from cpmeeting.domain.stages import Stage
    from cpmeeting.gui.main_window import MainWindow
    from cpmeeting.store.archive import Archive

    app = QApplication([sys.argv[0]])
    archive = Archive.open(url)
    window = MainWindow(archive)
    window.open_conference(conference_id)
    window.resize(1280, 800)
    window.show()
    seen: set[str] = set()
    conflicts_shown = [0]
    window.runner.conflictFound.connect(lambda _c: conflicts_shown.__setitem__(
        0, conflicts_shown[0] + 1))

    def report_new_entries() -> None:
        for entry in window.runner.conference.minutes:
            if entry.text not in seen:
                seen.add(entry.text)
                say(seen=entry.text, t=time.time())

    if watch:
        seen.update(e.text for e in window.runner.conference.minutes)
        window.runner.conferenceChanged.connect(report_new_entries)

    def state() -> dict:
        runner = window.runner
        conference = runner.conference
        questions = [w for w in app.topLevelWidgets()
                     if isinstance(w, QMessageBox) and w.isVisible()]
        model = window.pane.model
        return {
            "minutes": [e.text for e in conference.minutes],
            "table": [model.index(row, 2).data() for row in range(model.rowCount())],
            "venue": conference.venue,
            "stage": conference.current_stage.value,
            "showing": window.live.stage.value,
            "present": sorted(p.name for p in conference.invitees if p.is_in_room),
            "quoracy": window.live.quoracy_label.text(),
            "sharing": window.sharing.label.text() if window.sharing else "",
            "online": bool(window.sharing and window.sharing.online),
            "draft": window.pane.entry_box.toPlainText(),
            "cursor": window.pane.entry_box.textCursor().position(),
            "pending": runner.save_pending,
            "question": questions[0].text() + "\n" + questions[0].informativeText()
            if questions else "",
            "status": window.statusBar().currentMessage(),
            "signed": conference.is_signed,
        }

    def command(line: str) -> None:
        order = json.loads(line)
        what = order["do"]
        runner = window.runner
        if what == "minute":
            box = window.pane.entry_box
            box.setFocus()
            box.setPlainText(order["text"])
            QTest.keyClick(box, Qt.Key.Key_Return)
            runner.flush()
            say(done=what, t=time.time())
        elif what == "type":
            box = window.pane.entry_box
            box.setFocus()
            QTest.keyClicks(box, order["text"])
            say(done=what)
        elif what == "set":
            runner.apply(SetFields(order.get("label", "Change"), {order["field"]: order["value"]},
                                   path=""))
            runner.flush()
            say(done=what)
        elif what == "arrive":
            person = next(p for p in runner.conference.invitees if p.name == order["name"])
            operation = mark_present(runner.conference, person.id, runner.now())
            if operation is not None:
                runner.apply(operation)
            runner.flush()
            say(done=what)
        elif what == "stage":
            window.go_to_stage(Stage(order["stage"]))
            say(done=what)
        elif what == "answer":
            question = next(w for w in app.topLevelWidgets()
                            if isinstance(w, QMessageBox) and w.isVisible())
            name = "use_mine" if order["choice"] == "mine" else "keep_theirs"
            next(b for b in question.buttons() if b.objectName() == name).click()
            runner.flush()
            say(done=what)
        elif what == "hold_news":
            # The moment before another window's news arrives, held open: what two people
            # typing at once looks like, made repeatable for a test.
            window.sharing._notifier.setEnabled(False)
            say(done=what)
        elif what == "release_news":
            window.sharing._notifier.setEnabled(True)
            window.sharing._read()
            say(done=what)
        elif what == "random":
            # Random changes of this window's own share of the record: minute entries, and
            # arrivals and departures of every other person (the other window takes the rest).
            rng = random.Random(order["seed"])
            people = runner.conference.invitees[order.get("share", 0)::2]
            for number in range(order["count"]):
                person = rng.choice(people)
                if rng.random() < 0.6:
                    box = window.pane.entry_box
                    box.setPlainText(f"{order['seed']}-{number}: {rng.random():.6f}")
                    QTest.keyClick(box, Qt.Key.Key_Return)
                else:
                    at = runner.now()
                    operation = (mark_left if person.is_in_room else mark_present)(
                        runner.conference, person.id, at)
                    if operation is not None:
                        runner.apply(operation)
                runner.flush()
                app.processEvents()
            say(done=what)
        elif what == "dump":
            runner.flush()
            from cpmeeting.domain.conference import Conference
            from cpmeeting.interchange.codec import encode

            say(record=encode(runner.conference, Conference),
                questions=conflicts_shown[0])
        elif what == "grab":
            # The whole screen (a question shows over the window), or the window alone.
            picture = (app.primaryScreen().grabWindow(0) if order.get("screen")
                       else window.grab())
            picture.save(order["path"])
            say(done=what)
        elif what == "state":
            say(**state())
        elif what == "quit":
            window.close()
            app.quit()
            say(done=what)

    pending = bytearray()

    def read_stdin() -> None:
        data = os.read(sys.stdin.fileno(), 65536)
        if not data:
            app.quit()
            return
        pending.extend(data)
        while b"\n" in pending:
            line, _, rest = bytes(pending).partition(b"\n")
            pending[:] = rest
            try:
                command(line.decode())
            except Exception as error:  # the test reads it and fails with the reason
                say(error=f"{type(error).__name__}: {error}")

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(read_stdin)
    say(ready=True, session=archive.session)
    code = app.exec()
    archive.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
