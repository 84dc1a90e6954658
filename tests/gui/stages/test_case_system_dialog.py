"""File > Export for the case system: names children without an id, writes the SSD files."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from stage_helpers import TODAY, meeting_over

from cpmeeting.demo import demo_conference
from cpmeeting.gui.case_system_dialog import CaseSystemExportDialog
from cpmeeting.interchange.ssd_fields import all_field_names


def test_a_child_without_an_id_is_named_and_export_is_off(qtbot, tmp_path):
    conference = demo_conference(TODAY)
    conference.children[0].case_management_id = ""
    dialog = CaseSystemExportDialog(meeting_over(conference).runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.missing.isVisible()
    assert "Zofia Hartfield" in dialog.missing.text()
    assert "Leo" not in dialog.missing.text()
    assert not dialog.export_button.isEnabled()


def test_export_writes_the_files_and_lists_them(qtbot, tmp_path):
    meeting = meeting_over(demo_conference(TODAY))
    dialog = CaseSystemExportDialog(meeting.runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.missing.isVisible()
    assert dialog.folder.accessibleName() == "Folder for the case-system files"
    qtbot.keyClicks(dialog.folder, str(tmp_path / "feed"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    names = [dialog.files.item(i).text() for i in range(dialog.files.count())]
    assert "ssd_initial_cp_conference.csv" in names and "ssd_export.json" in names
    with open(tmp_path / "feed" / "ssd_initial_cp_conference.csv", encoding="utf-8") as f:
        headers = next(csv.reader(f))
    assert set(headers) <= all_field_names()
