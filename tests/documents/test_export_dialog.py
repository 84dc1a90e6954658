"""The export dialog refuses an unready unsigned record until a waiver, then signs and writes."""

from __future__ import annotations

from datetime import datetime

from cpmeeting.documents.signing import Verdict, verify_pdf
from cpmeeting.gui.export_dialog import ExportDialog
from cpmeeting.gui.runner import OperationRunner


def _runner(conference, profile, saved):
    return OperationRunner(conference, profile, saved.append,
                           clock=lambda: datetime(2026, 11, 20, 12, 30))


def test_unready_record_is_refused_until_a_waiver_reason(qtbot, conference, profile, tmp_path):
    conference.decisions.clear()
    saved = []
    dialog = ExportDialog(_runner(conference, profile, saved), None)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "pack"))
    assert "not ready for sign-off" in dialog.readiness.text()
    assert not dialog.export_button.isEnabled()
    qtbot.keyClicks(dialog.waiver, "Decisions recorded at the reconvened meeting.")
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    assert conference.is_signed and saved
    assert conference.sign_offs[-1].readiness_waiver.startswith("Decisions recorded")
    assert "signed files" in dialog.message.text()
    assert all(verify_pdf(p.read_bytes()).verdict is Verdict.VALID for p in dialog.result.files)


def test_ready_record_signs_as_the_chair_and_writes_chosen_copies(qtbot, conference, profile,
                                                                  tmp_path):
    saved = []
    dialog = ExportDialog(_runner(conference, profile, saved), None)
    qtbot.addWidget(dialog)
    assert "ready" in dialog.readiness.text() and not dialog.waiver.isEnabled()
    assert dialog.signer.text() == "Imogen Castellane"
    boxes = {box.text(): box for box, _a in dialog.copy_boxes}
    assert "Plan only for Caspar Thornbury" in boxes  # excluded, no minutes by chair's decision
    boxes["Family copy for Delphine Thornbury"].setChecked(True)
    dialog.folder.setText(str(tmp_path / "pack"))
    dialog.export_button.click()
    names = sorted(p.name for p in dialog.result.files)
    assert len(names) == 4 and any("delphine" in n for n in names)
    assert conference.sign_offs[-1].signed_at == datetime(2026, 11, 20, 12, 30)
    assert not dialog.sign_group.isVisibleTo(dialog)
    assert "Version 1 signed by Imogen Castellane" in dialog.status.text()
