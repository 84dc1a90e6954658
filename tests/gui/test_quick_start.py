"""A start on the quick index: the list shows at once, the archive opens when it is needed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from factories import sample_conference

from cpmeeting.domain.operations import SetFields
from cpmeeting.store.index import ArchiveIndex
from cpmeeting.store.secrets import KEY_NAME, SERVICE

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def quick_window(qtbot, archive, memory_keyring):
    """A window started from the quick index of an archive holding the sample conference."""
    from cpmeeting.gui.main_window import MainWindow

    stored = sample_conference()
    archive.save(stored)
    archive.close()
    index = ArchiveIndex.open(key=memory_keyring.passwords[(SERVICE, KEY_NAME)])
    assert index is not None
    window = MainWindow(index=index)
    qtbot.addWidget(window)
    window.restore()
    yield window, stored
    window.release_archive()


def test_the_list_comes_from_the_index_and_a_conference_opens_from_the_archive(quick_window):
    window, stored = quick_window
    assert window.start_screen.visible_rows() == ["Amira Testwood, Kit Testwood"]
    window.start_screen.open_selected()
    assert window.live is not None
    assert window.runner.conference.id == stored.id
    window.runner.apply(SetFields("Venue", {"venue": "Room 7"}))
    if hasattr(window.runner, "flush"):
        window.runner.flush()
    assert window.archive.load(stored.id).venue == "Room 7"
    window.close_conference()
    assert window.start_screen.visible_rows() == ["Amira Testwood, Kit Testwood"]
    assert window.archive.last_opened() == (None, None)


def test_the_archive_is_prepared_once_the_list_shows(quick_window):
    window, stored = quick_window
    window.prepare_archive()
    window.prepare_archive()  # once is enough
    assert window.archive.load(stored.id).id == stored.id
    window.start_screen.reload()
    assert window.start_screen.visible_rows() == ["Amira Testwood, Kit Testwood"]


STARTED = """
import sys
import cpmeeting.gui.app as start
from cpmeeting.cli import main
from cpmeeting.demo.seed import add_demo

real_build = start.build_window

def build_and_check(*args, **kwargs):
    window = real_build(*args, **kwargs)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def shown():
        QApplication.instance().processEvents()
        print("loaded at first paint:", " ".join(
            m for m in ("sqlalchemy", "keyring", "alembic") if m in sys.modules) or "none")
        print("rows:", window.start_screen.visible_rows())
        window.start_screen.open_selected()
        print("open:", "live view" if window.live else "nothing")
        window.close_conference()  # back to the list, so the next start shows the list
        window.close()

    QTimer.singleShot(0, shown)
    return window

def demo_only(archive):
    # The set-up assistant of a first run, answered: every step skipped but the demo.
    archive.save_profile(archive.load_profile())
    add_demo(archive)
    return archive


start.build_window = build_and_check
start.first_run = demo_only
sys.exit(main([]))
"""



def test_cpmeeting_starts_on_the_list_without_sqlalchemy_and_opens_the_demo(data_folder):
    """The real start, beside a real desktop keyring (./dev test installs dbus and
    gnome-keyring): first run (full way), then a quick one."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")}
    env.update(CPMEETING_DATA_DIR=str(data_folder), QT_QPA_PLATFORM="offscreen")
    script = (
        f"import subprocess, sys\n"
        f"first = subprocess.run([sys.executable, '-c', {STARTED!r}], capture_output=True, text=True)\n"
        f"second = subprocess.run([sys.executable, '-c', {STARTED!r}], capture_output=True, text=True)\n"
        f"print(first.stdout + '---\\n' + second.stdout + first.stderr[-2000:] + second.stderr[-2000:])\n"
    )
    result = subprocess.run([str(REPO / "benchmarks" / "with_secret_service.sh"), sys.executable,
                             "-c", script], capture_output=True, text=True, timeout=120, env=env,
                            cwd=REPO)
    first, second = result.stdout.split("---\n", 1)
    assert "open: live view" in first, result.stdout + result.stderr
    # The second start is a quick one: the list is painted before the store is loaded.
    assert "loaded at first paint: none" in second, result.stdout
    assert "rows: ['" in second
    assert "open: live view" in second, result.stdout
