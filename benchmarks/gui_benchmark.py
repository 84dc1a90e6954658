"""Window benchmarks, offscreen: (a) cold start against a bare QMainWindow, (b) typing latency.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/gui_benchmark.py [--runs 5]

(a) Each start is a fresh process; the parent times from spawn until the child prints that
its window is shown and the event loop is idle. Starts are cold processes on a warm cache:
one unmeasured start first fills the disk cache and compiles bytecode (into a private
PYTHONPYCACHEPREFIX, even where PYTHONDONTWRITEBYTECODE is set), as an installed app has its
.pyc files; without them every start compiles cpmeeting's modules again (about 0.1 s more).
The app child runs what `cpmeeting` with no command runs, imported in the same order, and
opens a prepared encrypted archive (key in a keyring stand-in, as on a desktop with a working
keyring; a real keyring's backend discovery costs about 50 ms more) and either returns to the
live view of the conference left open (recovery) or shows the start screen. The bare window
shows no text, so it never loads Qt's font database (about 30 ms that any real screen pays).
(b) 2,000 characters typed into the minutes entry with QTest key events, Enter every 80
characters, a draft save at every pause (every 40 characters); each key's handling plus the
events it posts is timed, since that is how long the UI thread cannot respond.
Both also print CPU time, which other processes on a busy machine do not inflate.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
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

CHILD_APP = CHILD_COMMON + r"""
import keyring
from keyring.backend import KeyringBackend

class DesktopKeyring(KeyringBackend):
    # Stands in for the desktop's keyring: hands out the key the benchmark prepared.
    priority = 1
    viable = False
    def get_password(self, service, username):
        return os.environ["BENCH_KEY"]
    def set_password(self, service, username, password):
        raise RuntimeError("no new key expected")
    def delete_password(self, service, username):
        pass

keyring.set_keyring(DesktopKeyring())
# What `cpmeeting` with no command runs (cli.main -> gui.app.run_window), imported in its order
# (app.py loads the store before Qt); the application is made first only to hang the timer on.
from cpmeeting.cli import main
import cpmeeting.gui.app
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
QTimer.singleShot(0, ready)
sys.exit(main([]))
"""


def prepare_archive(folder: Path, recovered: bool) -> str:
    """An encrypted archive with the demo conference; returns its key."""
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

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    os.environ["CPMEETING_DATA_DIR"] = str(folder)
    from cpmeeting.gui.app import ensure_demo
    from cpmeeting.store.archive import Archive

    archive = Archive.open()
    ensure_demo(archive)
    conference_id = archive.list_conferences()[0].id
    archive.set_last_opened(conference_id if recovered else None,
                            "attendance" if recovered else None)
    archive.close()
    return next(iter(backend.store.values()))


def time_start(script: str, env: dict[str, str]) -> tuple[float, str, float]:
    """Wall time to READY, heavy modules seen, and the child's CPU time (user + system),
    which other processes on a busy machine do not inflate."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
    heavy = ""
    for line in child.stdout:
        if line.startswith("READY"):
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
    for recovered, label in ((True, "cpmeeting, back in the live view"),
                             (False, "cpmeeting, start screen")):
        with tempfile.TemporaryDirectory() as folder:
            key = prepare_archive(Path(folder), recovered)
            child_env = dict(env, CPMEETING_DATA_DIR=folder, BENCH_KEY=key)
            time_start(app_script, child_env)
            results = [time_start(app_script, child_env) for _ in range(runs)]
        median = statistics.median(r[0] for r in results)
        cpu = statistics.median(r[2] for r in results)
        heavy = {r[1] for r in results} - {""}
        print(f"    {label + ':':36s} {median * 1000:7.0f} ms wall   {cpu * 1000:5.0f} ms CPU"
              f"   ratio {median / bare:.2f} wall, {cpu / bare_cpu:.2f} CPU"
              f"   heavy modules loaded: {', '.join(sorted(heavy)) or 'none'}")
    bytecode.cleanup()


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
        gaps: list[float] = []
        cpu_gaps: list[float] = []
        kinds: dict[str, list[float]] = {"key": [], "enter": [], "draft": []}
        for n in range(1, characters + 1):
            ch = text[n % len(text)]
            started, started_cpu = time.perf_counter(), time.thread_time()
            if n % entry_every == 0:
                QTest.keyClick(pane.entry_box, Qt.Key.Key_Return)
                kind = "enter"
            else:
                QTest.keyClick(pane.entry_box, ch)
                kind = "key"
            app.processEvents()
            gap = time.perf_counter() - started
            gaps.append(gap)
            cpu_gaps.append(time.thread_time() - started_cpu)
            kinds[kind].append(gap)
            if n % pause_every == 0:
                # The typist pauses: the draft timer fires and the draft is saved.
                started, started_cpu = time.perf_counter(), time.thread_time()
                pane.flush_draft()
                app.processEvents()
                gap = time.perf_counter() - started
                gaps.append(gap)
                cpu_gaps.append(time.thread_time() - started_cpu)
                kinds["draft"].append(gap)
        entries = len(window.runner.conference.minutes)
        window.close()
        archive.close()
    gaps_ms = sorted(g * 1000 for g in gaps)
    cpu_ms = sorted(g * 1000 for g in cpu_gaps)
    p99 = gaps_ms[int(len(gaps_ms) * 0.99) - 1]
    cpu_p99 = cpu_ms[int(len(cpu_ms) * 0.99) - 1]
    print(f"    {len(gaps)} UI-thread blocks timed; minutes now hold {entries} entries")
    print(f"    longest block: {gaps_ms[-1]:.1f} ms   p99: {p99:.1f} ms   "
          f"median: {statistics.median(gaps_ms):.2f} ms   (target: at most 16 ms)")
    print(f"    the same in UI-thread CPU time (not inflated by other processes): "
          f"longest {cpu_ms[-1]:.1f} ms   p99 {cpu_p99:.1f} ms")
    for kind, values in kinds.items():
        if values:
            print(f"      {kind:6s} n={len(values):4d}  max {max(values) * 1000:6.1f} ms  "
                  f"median {statistics.median(values) * 1000:5.2f} ms")


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
