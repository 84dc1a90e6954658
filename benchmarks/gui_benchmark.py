"""Window benchmarks, offscreen: (a) cold start against a bare QMainWindow, (b) typing latency.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/gui_benchmark.py [--runs 5]
(a) and (c) alone: --only start.

(a) Each start is a fresh process; the parent times from spawn until the child prints that
its window is shown and the event loop is idle. Starts are cold processes on a warm cache:
one unmeasured start first fills the disk cache and compiles bytecode (into a private
PYTHONPYCACHEPREFIX, even where PYTHONDONTWRITEBYTECODE is set), as an installed app has its
.pyc files; without them every start compiles cpmeeting's modules again (about 0.1 s more).
The app child runs `cpmeeting` with no command, untouched (a wrapper around its
build_window only adds the timer), on a prepared encrypted archive whose key is in a real
desktop keyring: without one the benchmark starts itself again beside a throwaway GNOME Keyring
(benchmarks/with_secret_service.sh). It either returns to the live view of the conference left
open (recovery) or shows the start screen. The bare window shows no text, so it never loads
Qt's font database (about 30 ms that any real screen pays); a third child, a plain PySide6
window of the start screen's shape with no cpmeeting code, shows what any such window costs.
(b) 2,000 characters typed into the minutes entry with QTest key events, Enter every 80
characters, a draft save at every pause (every 40 characters). Each turn of the event loop is
timed on its own (the key's handling, then the turns that repaint and save): between turns
the loop reads input, so the longest turn is the longest the UI thread cannot respond. The
sum of a key's turns is printed too ("all turns").
(c) The same start screen from the venv's `cpmeeting` and from the frozen PyInstaller bundle
(dist/cpmeeting, or CPMEETING_BUNDLE; built with installer/build-linux if absent), neither
wrapped: CPMEETING_QUIT_WHEN_SHOWN makes the app itself say when its window is up.
All also print CPU time, which other processes on a busy machine do not inflate.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HEAVY_MODULES = ("reportlab", "pyhanko", "babel.dates", "cpmeeting.documents")

CHILD_COMMON = r"""
import os, sys, time
sys.path.insert(0, {repo!r})

def ready():
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    app.processEvents()
    heavy = [m for m in {heavy!r} if m in sys.modules]
    print("READY", ",".join(heavy), flush=True)
    app.quit()
"""

CHILD_BARE = CHILD_COMMON + r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, ready)
sys.exit(app.exec())
"""

# The toolkit's own floor for a window like the start screen, with no cpmeeting code: menus
# with keyboard shortcuts, a search field, a table of text from a model, buttons, a status bar.
# Any real PySide6 window pays this over the bare one: the font database and PySide6 making
# the Python enums of every Qt class it touches (the Qt namespace alone is ~1,500 members).
CHILD_PLAIN = CHILD_COMMON + r"""
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit, QMainWindow,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

class Rows(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 3
    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 5
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"Conference {{index.row()}}, column {{index.column()}}"

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
central = QWidget()
layout = QVBoxLayout(central)
search = QHBoxLayout()
search.addWidget(QLabel("&Search:"))
search.addWidget(QLineEdit())
layout.addLayout(search)
table = QTableView()
table.setModel(Rows(table))
layout.addWidget(table)
buttons = QHBoxLayout()
buttons.addWidget(QPushButton("&New conference"))
buttons.addWidget(QPushButton("&Open"))
layout.addLayout(buttons)
window.setCentralWidget(central)
for number in range(6):
    menu = window.menuBar().addMenu(f"&Menu {{number}}")
    for item in range(7):
        action = QAction(f"Action {{number}}.{{item}}", window)
        action.setShortcut(QKeySequence(f"Ctrl+Alt+{{chr(65 + number * 4 + item % 4)}}"))
        menu.addAction(action)
window.statusBar().showMessage("Ready")
window.show()
QTimer.singleShot(0, ready)
sys.exit(app.exec())
"""

CHILD_APP = CHILD_COMMON + r"""
# What `cpmeeting` with no command runs (cli.main -> gui.app.run_window), untouched; the
# window it builds gets a timer that reports once the window is shown and the loop is idle.
import cpmeeting.gui.app as start
from cpmeeting.cli import main
real_build = start.build_window

def build_and_report(*args, **kwargs):
    window = real_build(*args, **kwargs)
    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, ready)
    return window

start.build_window = build_and_report
sys.exit(main([]))
"""


def secret_service_running() -> bool:
    """Whether a desktop keyring (the Secret Service) answers on this session's D-Bus."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    try:
        import secretstorage

        connection = secretstorage.dbus_init()
        try:
            return secretstorage.check_service_availability(connection)
        finally:
            connection.close()
    except Exception:  # noqa: BLE001 - any failure means: not here
        return False


def prepare_archive(folder: Path, recovered: bool) -> None:
    """An encrypted archive with the demo conference, its key in the desktop's keyring when
    one runs (as the cold starts need), else in memory (enough for typing)."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1
        viable = False
        store: dict = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    if not secret_service_running():
        keyring.set_keyring(MemoryKeyring())
    os.environ["CPMEETING_DATA_DIR"] = str(folder)
    from cpmeeting.demo.seed import ensure_demo
    from cpmeeting.store.archive import Archive

    archive = Archive.open()
    ensure_demo(archive)
    conference_id = archive.list_conferences()[0].id
    archive.set_last_opened(conference_id if recovered else None,
                            "attendance" if recovered else None)
    archive.close()


def time_start(script: str, env: dict[str, str],
               command: list[str] | None = None) -> tuple[float, str, float]:
    """Wall time to READY (or an installed copy's SHOWN), heavy modules seen, and the child's
    CPU time (user + system), which other processes on a busy machine do not inflate."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    child = subprocess.Popen(command or [sys.executable, "-c", script], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    heavy = ""
    for line in child.stdout:
        if line.startswith(("READY", "SHOWN")):
            elapsed = time.perf_counter() - started
            heavy = line.split(" ", 1)[1].strip() if " " in line else ""
            break
    else:
        raise RuntimeError("the child never became ready")
    child.wait(timeout=30)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, heavy, cpu


def cold_start(runs: int) -> None:
    if not secret_service_running():
        wrapper = REPO / "benchmarks" / "with_secret_service.sh"
        if shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"):
            subprocess.run([str(wrapper), sys.executable, __file__, "--only", "start",
                            "--runs", str(runs)], check=True)
            return
        print("(a) no desktop keyring here (install dbus and gnome-keyring): the key comes "
              "through keyring's backend discovery, as where no keyring works")
    print(f"(a) cold start to a shown, idle window, median of {runs} fresh processes")
    bytecode = tempfile.TemporaryDirectory(prefix="pycache-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=bytecode.name)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    bare_script = CHILD_BARE.format(repo=str(REPO), heavy=HEAVY_MODULES)
    app_script = CHILD_APP.format(repo=str(REPO), heavy=HEAVY_MODULES)
    time_start(bare_script, env)  # warm the disk cache and compile bytecode for both
    bare_runs = [time_start(bare_script, env) for _ in range(runs)]
    bare = statistics.median(r[0] for r in bare_runs)
    bare_cpu = statistics.median(r[2] for r in bare_runs)
    print(f"    bare PySide6 QMainWindow:           {bare * 1000:7.0f} ms wall"
          f"   {bare_cpu * 1000:5.0f} ms CPU")
    plain_script = CHILD_PLAIN.format(repo=str(REPO), heavy=HEAVY_MODULES)
    time_start(plain_script, env)
    plain_runs = [time_start(plain_script, env) for _ in range(runs)]
    plain = statistics.median(r[0] for r in plain_runs)
    plain_cpu = statistics.median(r[2] for r in plain_runs)
    print(f"    plain PySide6, start screen's shape: {plain * 1000:6.0f} ms wall"
          f"   {plain_cpu * 1000:5.0f} ms CPU   ratio {plain / bare:.2f} wall,"
          f" {plain_cpu / bare_cpu:.2f} CPU   (the toolkit's floor; no cpmeeting code)")
    for recovered, label in ((True, "cpmeeting, back in the live view"),
                             (False, "cpmeeting, start screen")):
        with tempfile.TemporaryDirectory() as folder:
            prepare_archive(Path(folder), recovered)
            child_env = dict(env, CPMEETING_DATA_DIR=folder)
            time_start(app_script, child_env)
            results = [time_start(app_script, child_env) for _ in range(runs)]
        median = statistics.median(r[0] for r in results)
        cpu = statistics.median(r[2] for r in results)
        heavy = {r[1] for r in results} - {""}
        print(f"    {label + ':':36s} {median * 1000:7.0f} ms wall   {cpu * 1000:5.0f} ms CPU"
              f"   ratio {median / bare:.2f} wall, {cpu / bare_cpu:.2f} CPU"
              f"   heavy modules loaded: {', '.join(sorted(heavy)) or 'none'}")
    installed_starts(runs, env)
    bytecode.cleanup()


def frozen_bundle() -> Path | None:
    """The PyInstaller bundle's program: dist/cpmeeting from installer/build-linux, built now
    if there is none (a few minutes); None where it cannot be built."""
    program = Path(os.environ.get("CPMEETING_BUNDLE", REPO / "dist" / "cpmeeting")) / "cpmeeting"
    if program.is_file():
        return program
    if not shutil.which("dpkg-deb"):
        return None
    print("    (building the bundle first: installer/build-linux)", flush=True)
    built = subprocess.run([str(REPO / "installer" / "build-linux"), "--python", sys.executable],
                           capture_output=True, text=True)
    return program if built.returncode == 0 and program.is_file() else None


def installed_starts(runs: int, env: dict[str, str]) -> None:
    """The same start (the start screen) of the venv's `cpmeeting` command and of the frozen
    bundle, each with nothing wrapped: the app prints SHOWN when its window is up and idle."""
    bundle = frozen_bundle()
    venv_program = Path(sys.executable).parent / "cpmeeting"
    if bundle is None or not venv_program.is_file():
        print("    (no frozen bundle or no venv `cpmeeting` command: installed starts left out)")
        return
    print(f"(c) installed copies, start screen, median of {runs} fresh processes "
          f"(frozen: {bundle.parent})")
    with tempfile.TemporaryDirectory() as folder:
        prepare_archive(Path(folder), recovered=False)
        child_env = dict(env, CPMEETING_DATA_DIR=folder, CPMEETING_QUIT_WHEN_SHOWN="1")
        figures = {}
        for label, program in (("venv `cpmeeting`", venv_program), ("frozen bundle", bundle)):
            time_start("", child_env, [str(program)])  # warm the disk cache
            results = [time_start("", child_env, [str(program)]) for _ in range(runs)]
            figures[label] = (statistics.median(r[0] for r in results),
                              statistics.median(r[2] for r in results))
    venv_wall, venv_cpu = figures["venv `cpmeeting`"]
    for label, (wall, cpu) in figures.items():
        print(f"    {label + ':':36s} {wall * 1000:7.0f} ms wall   {cpu * 1000:5.0f} ms CPU"
              f"   ratio to the venv {wall / venv_wall:.2f} wall, {cpu / venv_cpu:.2f} CPU")


def typing(characters: int = 2000, entry_every: int = 80, pause_every: int = 40) -> None:
    print(f"(b) typing {characters} characters into the minutes, Enter every {entry_every}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        prepare_archive(Path(folder), recovered=True)
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        from cpmeeting.gui.app import build_window
        from cpmeeting.store.archive import Archive

        archive = Archive.open()
        window = build_window(archive)
        gc.freeze()  # as run_window does after start-up
        window.show()
        app.processEvents()
        pane = window.pane
        pane.focus_entry()
        text = ("The social worker said the children have attended school every day "
                "this term and ")
        # Each keystroke: its own handling (the turn of the event loop that receives it), then
        # each turn after it until the work it set off (repaint, deferred save) is done. The
        # event loop reads input between turns, so a block is one turn; a keystroke's figure
        # is its longest turn, and "all turns" is what it cost in total.
        TURNS = 4  # a keystroke's work takes at most three turns after its own; more are idle
        gaps: list[float] = []
        cpu_gaps: list[float] = []
        kinds: dict[str, list[float]] = {"key": [], "enter": [], "draft": []}
        totals: dict[str, list[float]] = {"key": [], "enter": [], "draft": []}
        cpu_kinds: dict[str, list[float]] = {"key": [], "enter": [], "draft": []}
        enter_turns: list[list[float]] = []

        def timed(kind: str, action) -> None:
            turns, cpu_turns = [], []
            for turn in range(TURNS + 1):
                started, started_cpu = time.perf_counter(), time.thread_time()
                if turn == 0:
                    action()
                else:
                    app.processEvents()
                turns.append(time.perf_counter() - started)
                cpu_turns.append(time.thread_time() - started_cpu)
            gaps.append(max(turns))
            cpu_gaps.append(max(cpu_turns))
            kinds[kind].append(max(turns))
            totals[kind].append(sum(turns))
            cpu_kinds[kind].append(max(cpu_turns))
            if kind == "enter":
                enter_turns.append(turns)

        for n in range(1, characters + 1):
            ch = text[n % len(text)]
            if n % entry_every == 0:
                timed("enter", lambda: QTest.keyClick(pane.entry_box, Qt.Key.Key_Return))
            else:
                timed("key", lambda ch=ch: QTest.keyClick(pane.entry_box, ch))
            if n % pause_every == 0:
                # The typist pauses: the draft timer fires and the draft is saved.
                timed("draft", pane.flush_draft)
        entries = len(window.runner.conference.minutes)
        saved = len(archive.load(window.runner.conference.id).minutes)
        window.close()
        archive.close()
    gaps_ms = sorted(g * 1000 for g in gaps)
    cpu_ms = sorted(g * 1000 for g in cpu_gaps)
    p99 = gaps_ms[int(len(gaps_ms) * 0.99) - 1]
    cpu_p99 = cpu_ms[int(len(cpu_ms) * 0.99) - 1]
    print(f"    {len(gaps)} keystrokes and pauses timed; minutes now hold {entries} entries, "
          f"{saved} of them in the archive")
    print(f"    longest block: {gaps_ms[-1]:.1f} ms   p99: {p99:.1f} ms   "
          f"median: {statistics.median(gaps_ms):.2f} ms   (target: at most 16 ms)")
    print(f"    the same in UI-thread CPU time (not inflated by other processes): "
          f"longest {cpu_ms[-1]:.1f} ms   p99 {cpu_p99:.1f} ms")
    for kind, values in kinds.items():
        if values:
            print(f"      {kind:6s} n={len(values):4d}  max {max(values) * 1000:6.1f} ms  "
                  f"median {statistics.median(values) * 1000:5.2f} ms   all turns: max "
                  f"{max(totals[kind]) * 1000:6.1f} ms  median "
                  f"{statistics.median(totals[kind]) * 1000:5.2f} ms   CPU: max "
                  f"{max(cpu_kinds[kind]) * 1000:5.1f} ms  median "
                  f"{statistics.median(cpu_kinds[kind]) * 1000:5.2f} ms")
    # Which turn holds what: the keystroke, then the repaint, then the save on its own.
    medians = [statistics.median(turns[i] for turns in enter_turns) * 1000
               for i in range(len(enter_turns[0]))]
    print("      enter, median per turn: " + " | ".join(f"{m:.2f}" for m in medians) + " ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=("start", "typing"))
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    if args.only != "typing":
        cold_start(args.runs)
    if args.only != "start":
        typing()
    sys.stdout.flush()
    # PySide6 can crash while Python tears down the interpreter; the figures are printed.
    os._exit(0)


if __name__ == "__main__":
    main()
