"""Start-up loads only what the first screen shows: one stage page, no stage page for the list."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from cpmeeting.domain.stages import STAGE_ORDER, Stage
from cpmeeting.gui.stages import PAGE_CLASSES, STAGE_PAGES, StagePage

STARTED = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cpmeeting.demo.seed import ensure_demo
from cpmeeting.gui.app import build_window
from cpmeeting.store.archive import Archive
archive = Archive.open()
ensure_demo(archive)
if sys.argv[1] != "start screen":
    archive.set_last_opened(archive.list_conferences()[0].id, sys.argv[1])
window = build_window(archive)
window.show()
app.processEvents()
print(window.live.stage.value if window.live else "start screen")
print(" ".join(sorted(m for m in sys.modules if m.startswith("cpmeeting.gui.stages."))))
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in ("alembic", "reportlab"))))
archive.close()
"""


def start(tmp_path, where: str) -> tuple[str, set[str], str]:
    """Start the window in a fresh process: what it shows, the page modules and heavy ones loaded."""
    env = dict(os.environ, CPMEETING_DATABASE_URL=f"sqlite:///{tmp_path / 'archive.db'}",
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", STARTED, where], env=env, capture_output=True,
                            text=True, check=True, timeout=120)
    shown, pages, heavy = (result.stdout.splitlines() + ["", ""])[:3]
    return shown, set(pages.split()), heavy


@pytest.mark.parametrize("stage", [Stage.ATTENDANCE, Stage.PLAN])
def test_returning_to_a_stage_loads_that_stage_page_only(tmp_path, stage):
    start(tmp_path, "start screen")  # the archive made and migrated once
    shown, pages, heavy = start(tmp_path, stage.value)
    assert shown == stage.value
    module = PAGE_CLASSES[stage].split(":")[0]
    others = {f"cpmeeting.gui.stages.{m.split(':')[0]}" for m in PAGE_CLASSES.values()} - {
        f"cpmeeting.gui.stages.{module}"}
    assert f"cpmeeting.gui.stages.{module}" in pages
    assert not pages & others
    assert heavy == ""


def test_the_start_screen_loads_no_stage_page(tmp_path):
    start(tmp_path, "start screen")
    shown, pages, heavy = start(tmp_path, "start screen")
    assert shown == "start screen"
    assert pages <= {"cpmeeting.gui.stages.base"}
    assert heavy == ""


def test_a_stage_page_is_built_when_first_shown_and_kept(window):
    live = window.live
    current = STAGE_ORDER.index(live.stage)
    assert isinstance(live.pages.currentWidget(), StagePage)
    unbuilt = [i for i in range(live.pages.count()) if not isinstance(live.pages.widget(i), StagePage)]
    assert set(unbuilt) == set(range(len(STAGE_ORDER))) - {current}
    window.go_to_stage(Stage.DECISION)
    decision = live.pages.currentWidget()
    assert type(decision).stage is Stage.DECISION
    assert live.pages.indexOf(decision) == STAGE_ORDER.index(Stage.DECISION)
    window.go_to_stage(Stage.INTRODUCTION)
    window.go_to_stage(Stage.DECISION)
    assert live.pages.currentWidget() is decision


def test_registry_lists_every_stage_page_in_meeting_order():
    assert list(PAGE_CLASSES) == list(STAGE_ORDER)
    assert [page.stage for page in STAGE_PAGES] == list(STAGE_ORDER)
