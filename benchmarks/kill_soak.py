"""Kill soak: the real window, driven as a minute-taker would, killed with SIGKILL at random.

A child process runs the real MainWindow (offscreen) on an encrypted archive in a temporary
folder, with the blank demo conference open, and drives it: minutes typed a few characters at
a time, some as fast as a paste and some at a person's speed (keys a fraction of a second
apart, now and then a pause), Enter, an arrival or a departure every few entries (through the
runner, as the attendance page does), an exclusion once per run, a stage move now and then
(the window's own actions). It prints each edit as it begins, each edit once the window has
saved it ("acknowledged"), the text in the entry box after every key, and each draft once
kept. The parent kills it with SIGKILL at a random moment, then opens the archive: PRAGMA
integrity_check must say ok; every entry, exclusion and arrival or departure acknowledged more
than a second before the kill must be there, and so must the last stage moved to (unless a
later move began); the text in the box a second before the kill must be in the draft, or in
the entry it became. Then the next round starts on the same archive, with the draft restored,
and after each kill everything logged in every round so far is checked again. One round in
ten is killed while the window is still starting.

Also the power-loss copy: the database with its -wal and -shm files copied at random moments
while the window writes, the window stopped (SIGSTOP) for the copy so that the three files
show one instant; each copy must open, pass the integrity check and hold a prefix of the
entries acknowledged, and (since acknowledged means committed) all of them. A copy holds what
the operating system had been given, not only what had reached the disk: with the archive's
synchronous=NORMAL a real power cut may also undo the commits since the last checkpoint,
which leaves a prefix too, but fewer of them.

Prints kills, corrupt archives and lost edits (target 0 and 0), and the copies' figures.
Run: python benchmarks/kill_soak.py [--kills 100] [--copies 20] [--seed N]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KEY = "5c" * 32  # the soak's archive key, handed to every child by a fixed keyring
KEY_ENV = "CPMEETING_SOAK_KEY"


def install_fixed_keyring() -> None:
    """A keyring that holds only the soak's database key (the same in every process)."""
    import keyring
    from keyring.backend import KeyringBackend

    class SoakKeyring(KeyringBackend):
        priority = -1
        viable = False

        def get_password(self, service, username):
            return os.environ[KEY_ENV] if username == "database-key" else None

        def set_password(self, service, username, password):
            pass

        def delete_password(self, service, username):
            pass

    keyring.set_keyring(SoakKeyring())


# The child: the window, driven


def marks(person) -> int:
    """How many arrivals and departures the person has (each edit adds at least one)."""
    return sum(1 + (spell.left is not None) for spell in person.presence)


def child(seed: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    install_fixed_keyring()
    from datetime import date

    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cpmeeting.demo import blank_demo_conference
    from cpmeeting.domain.exclusion import Exclusion
    from cpmeeting.domain.meeting_ops import mark_left, mark_present
    from cpmeeting.domain.operations import AddRecord
    from cpmeeting.gui.actions import ActionId
    from cpmeeting.gui.main_window import MainWindow
    from cpmeeting.store.archive import Archive

    rng = random.Random(seed)
    app = QApplication([])
    archive = Archive.open()
    summaries = archive.list_conferences()
    if not summaries:
        archive.save(blank_demo_conference(date.today()))
        summaries = archive.list_conferences()
    window = MainWindow(archive)
    window.resize(1366, 728)
    window.show()
    window.open_conference(summaries[0].id)
    runner, pane = window.runner, window.pane

    def say(kind: str, value: str) -> None:
        print(json.dumps({"kind": kind, "value": value, "at": time.time()}), flush=True)

    pane.draftChanged.connect(lambda text: say("draft", text))  # after the window kept it
    # "left": the rest of the entry to type; "pace": seconds between keystrokes (0: as fast
    # as the timer, a paste) or None between entries; "next": when the next key falls due.
    state = {"left": "", "pace": None, "next": 0.0, "waiting": None, "n": 0,
             "excluded": False}
    people = [p.id for p in runner.conference.invitees]

    def start(kind: str) -> None:
        say("start", kind)  # an edit begun: it may reach the archive before it is acknowledged

    def typed() -> None:
        say("typed", pane.entry_box.toPlainText())

    def step() -> None:
        if state["waiting"] is not None:
            if runner.save_pending or window.save_guard.pending:
                return
            say(*state["waiting"])  # saved: acknowledged
            state["waiting"] = None
        if time.monotonic() < state["next"]:
            return
        if state["left"]:
            pace = state["pace"]
            size = rng.randint(1, 6) if not pace else rng.randint(1, 3)
            chunk, state["left"] = state["left"][:size], state["left"][size:]
            QTest.keyClicks(pane.entry_box, chunk)
            typed()
            if pace:  # a person typing: keys a fraction of a second apart, now and then a pause
                pause = rng.random() < 0.05
                gap = rng.uniform(0.45, 1.2) if pause else rng.uniform(0.5, 1.5) * pace
                state["next"] = time.monotonic() + gap
            return
        if state["pace"] is not None:
            start("entry")
            text = pane.entry_box.toPlainText().strip()  # with any draft restored at start
            QTest.keyClick(pane.entry_box, "\r")
            typed()
            state["waiting"] = ("entry", text)
            state["pace"] = None
            return
        state["n"] += 1
        choice = rng.random()
        if choice < 0.15:
            person = rng.choice(people)
            now = runner.now()
            operation = (mark_left(runner.conference, person, now)
                         or mark_present(runner.conference, person, now))
            if operation is not None:
                start("attendance")
                runner.apply(operation)
                count = marks(runner.conference.invitee(person))
                state["waiting"] = ("attendance", f"{person} {count}")
        elif choice < 0.2 and not state["excluded"]:
            state["excluded"] = True
            exclusion = Exclusion(invitee_id=people[-1])
            start("exclusion")
            runner.apply(AddRecord("New exclusion", "exclusions", exclusion))
            state["waiting"] = ("exclusion", exclusion.id)
        elif choice < 0.3:
            start("stage")
            window.actions[rng.choice([ActionId.NEXT_STAGE, ActionId.PREVIOUS_STAGE])].trigger()
            state["waiting"] = ("stage", runner.conference.current_stage.value)
        else:
            pane.focus_entry()
            if rng.random() < 0.7:  # pasted or typed very fast
                state["pace"] = 0
                state["left"] = (f"Soak {seed}-{state['n']}: said in the room about the plan "
                                 f"{rng.random():.6f}")
            else:  # typed at a person's speed, so that a kill often falls mid-sentence
                state["pace"] = rng.uniform(0.03, 0.12)
                state["left"] = f"Soak {seed}-{state['n']}: typed {rng.random():.3f}"

    timer = QTimer(interval=15)
    timer.timeout.connect(step)
    timer.start()
    say("ready", "")
    typed()  # the draft restored after the last kill
    return app.exec()


# The parent: kill, then look


def data_files(folder: Path) -> list[Path]:
    return [folder / f"cpmeeting.db{suffix}" for suffix in ("", "-wal", "-shm")]


def integrity(database: Path) -> str:
    import sqlcipher3

    connection = sqlcipher3.connect(str(database))
    try:
        connection.execute(f"PRAGMA key = \"x'{KEY}'\"")
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlcipher3.DatabaseError as error:
        return f"cannot open: {error}"
    finally:
        connection.close()


def stored(folder: Path):
    """The conference and its drafts, read as the next start would."""
    from cpmeeting.store.archive import Archive

    os.environ["CPMEETING_DATA_DIR"] = str(folder)
    with Archive.open(key=KEY) as archive:
        summary = archive.list_conferences()[0]
        conference = archive.load(summary.id)
        return conference, archive.load_drafts(summary.id).get("minutes", "")


def run_child(folder: Path, seed: int, lines: list[dict]) -> subprocess.Popen:
    env = {**os.environ, "CPMEETING_DATA_DIR": str(folder), KEY_ENV: KEY,
           "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, __file__, "--child", str(seed)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)

    def read() -> None:
        for line in process.stdout:
            with contextlib.suppress(ValueError):
                lines.append(json.loads(line))

    process.reader = threading.Thread(target=read, daemon=True)
    process.reader.start()
    return process


def end(process: subprocess.Popen) -> None:
    """SIGKILL (unless it has ended), then wait until every line it wrote has been read."""
    process.kill()
    process.wait()
    process.reader.join(timeout=10)


def wait_ready(lines: list[dict], timeout: float = 60) -> bool:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if any(line["kind"] == "ready" for line in lines):
            return True
        time.sleep(0.05)
    return False


ACKNOWLEDGED = ("entry", "attendance", "exclusion", "stage")


def lost_edits(lines: list[dict], conference, draft: str) -> list[str]:
    """What was acknowledged (or typed) more than a second before the kill that ended its
    round ("killed") and is not in the archive. An edit of the same kind begun later may have
    replaced a stage; nothing replaces an entry, an exclusion or an arrival."""
    old = [(index, line) for index, line in enumerate(lines)
           if line["at"] < line["killed"] - 1.0]
    entries = [entry.text for entry in conference.minutes]
    lost = [f"entry {line['value']!r}" for _, line in old
            if line["kind"] == "entry" and line["value"] not in entries]
    exclusions = {exclusion.id for exclusion in conference.exclusions}
    lost += [f"the exclusion {line['value']}" for _, line in old
             if line["kind"] == "exclusion" and line["value"] not in exclusions]
    for _, line in old:
        if line["kind"] == "attendance":
            person_id, count = line["value"].split()
            if marks(conference.invitee(person_id)) < int(count):
                lost.append(f"arrival or departure {count} of {person_id}")
    stages = [(index, line) for index, line in old if line["kind"] == "stage"]
    if stages:
        index, line = stages[-1]
        moved_since = any(later["kind"] == "start" and later["value"] == "stage"
                          for later in lines[index + 1:])
        if not moved_since and conference.current_stage.value != line["value"]:
            lost.append(f"stage {line['value']} (archive has {conference.current_stage.value})")
    # The half-typed entry as it stood a second before the kill: in the draft, or in the
    # entry it became.
    typed = [line["value"] for _, line in old if line["kind"] == "typed"]
    if typed and typed[-1].strip():
        text = typed[-1]
        if not (draft.startswith(text) or any(e.startswith(text.strip()) for e in entries)):
            lost.append(f"draft {text!r} (archive has {draft!r})")
    return lost


def checked(folder: Path, figures: dict, name: str):
    """The stored conference and draft if the archive passes the integrity check, else None
    (counted as corrupt)."""
    verdict = integrity(folder / "cpmeeting.db")
    if verdict != "ok":
        figures["corrupt"] += 1
        figures["problems"].append(f"{name}: integrity {verdict}")
        return None
    return stored(folder)


def soak(folder: Path, kills: int, rng: random.Random) -> dict:
    """Kill the window again and again on one archive; after each kill, everything logged in
    every round so far is checked, so a later start that lost an earlier edit is caught too.
    One round in ten is killed while the window is still starting."""
    figures = {"kills": 0, "corrupt": 0, "lost": 0, "acknowledged": 0, "drafts": 0,
               "problems": []}
    history: list[dict] = []
    reported: set[str] = set()
    for round_number in range(kills):
        lines: list[dict] = []
        process = run_child(folder, rng.randrange(10**6), lines)
        if round_number and rng.random() < 0.1:
            time.sleep(rng.uniform(0.05, 2.5))  # while it starts, whether ready or not
        elif wait_ready(lines):
            time.sleep(rng.uniform(0.5, 4.0))
        else:
            end(process)
            figures["problems"].append(f"round {round_number}: the window did not start")
            continue
        killed_at = time.time()
        end(process)
        history += [{**line, "killed": killed_at} for line in lines]
        figures["kills"] += 1
        figures["acknowledged"] += sum(line["kind"] in ACKNOWLEDGED for line in lines)
        figures["drafts"] += sum(line["kind"] == "draft" and bool(line["value"]) for line in lines)
        opened = checked(folder, figures, f"round {round_number}")
        if opened is None:
            continue
        conference, draft = opened
        lost = [item for item in lost_edits(history, conference, draft)
                if item not in reported]
        reported.update(lost)
        figures["lost"] += len(lost)
        figures["problems"] += [f"round {round_number}: lost {item}" for item in lost]
    return figures


def power_loss(folder: Path, copies: int, rng: random.Random) -> dict:
    """Copy db, -wal and -shm at random moments during writes; open each copy.

    The window is stopped (SIGSTOP) while the three files are copied, so that the copy is the
    disk as one instant left it, as a power cut would, wherever the writes had got to."""
    figures = {"copies": 0, "corrupt": 0, "not a prefix": 0, "missing": 0, "problems": []}
    lines: list[dict] = []
    process = run_child(folder, rng.randrange(10**6), lines)
    try:
        if not wait_ready(lines):
            figures["problems"].append("the window did not start")
            return figures
        for number in range(copies):
            time.sleep(rng.uniform(0.1, 0.6))
            copy = folder.parent / f"copy-{number}"
            copy.mkdir()
            os.kill(process.pid, signal.SIGSTOP)
            try:
                time.sleep(0.05)  # lines already written reach the reader thread
                acknowledged = [line["value"] for line in list(lines) if line["kind"] == "entry"]
                for source in data_files(folder):
                    if source.exists():
                        shutil.copyfile(source, copy / source.name)
            finally:
                os.kill(process.pid, signal.SIGCONT)
            figures["copies"] += 1
            opened = checked(copy, figures, f"copy {number}")
            if opened is None:
                continue
            conference, _draft = opened
            mine = set(acknowledged)
            soaked = [entry.text for entry in conference.minutes if entry.text in mine]
            if soaked != acknowledged[:len(soaked)]:
                figures["not a prefix"] += 1
                figures["problems"].append(f"copy {number}: entries are not a prefix")
            # Acknowledged means committed: the files hold it even if the disk did not yet.
            missing = len(acknowledged) - len(soaked)
            if missing > 0:
                figures["missing"] += missing
                figures["problems"].append(f"copy {number}: {missing} acknowledged entries missing")
    finally:
        end(process)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        return child(args.child)
    install_fixed_keyring()
    os.environ[KEY_ENV] = KEY
    rng = random.Random(args.seed)
    top = Path(tempfile.mkdtemp(prefix="cpmeeting-soak-"))
    try:
        started = time.perf_counter()
        figures = soak(top / "data", args.kills, rng)
        print(f"kills {figures['kills']}  corrupt {figures['corrupt']}  lost {figures['lost']}"
              f"  (edits acknowledged {figures['acknowledged']}, drafts kept "
              f"{figures['drafts']}, "
              f"{time.perf_counter() - started:.0f} s)")
        copies = power_loss(top / "data", args.copies, rng) if args.copies else None
        if copies is not None:
            print(f"power-loss copies {copies['copies']}  corrupt {copies['corrupt']}  "
                  f"not a prefix {copies['not a prefix']}  "
                  f"acknowledged entries missing {copies['missing']}")
        for problem in figures["problems"] + (copies["problems"] if copies else []):
            print("  " + problem)
        bad = figures["corrupt"] + figures["lost"] + len(figures["problems"])
        if copies is not None:
            bad += copies["corrupt"] + copies["not a prefix"] + copies["missing"]
        return 1 if bad else 0
    finally:
        shutil.rmtree(top, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
