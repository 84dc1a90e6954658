"""Close: the readiness list; each missing item takes the chair to the stage where it is fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.rules import check_readiness
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.labels import stage_title
from cpmeeting.gui.stages.base import StagePage
from cpmeeting.i18n import _, ngettext


class ClosePage(StagePage):
    stage = Stage.CLOSE

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("close_page")
        self.verdict = QLabel(objectName="readiness_verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(_("Ready for sign-off"))
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        # A list rather than a column of buttons: long findings wrap, and the keyboard
        # moves through them with the arrows; Enter or a click goes to the stage.
        self.missing = QListWidget(objectName="readiness_missing")
        self.missing.setAccessibleName(_("What is missing; Enter goes to where it is fixed"))
        self.missing.setWordWrap(True)
        self.missing.setSpacing(2)
        self.missing.itemActivated.connect(self._go)
        self.missing.itemClicked.connect(self._go)
        label = QLabel(_("What is missin&g (Enter or a click goes to the stage):"))
        label.setBuddy(self.missing)
        label.setWordWrap(True)
        self.missing_label = label
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(label)
        layout.addWidget(self.missing, 1)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def show_conference(self, conference: Conference) -> None:
        readiness = check_readiness(conference, self.runner.profile)
        self.missing.clear()
        ready = readiness.ready
        self.missing.setVisible(not ready)
        self.missing_label.setVisible(not ready)
        # When ready, the verdict takes the page from the top instead of floating mid-page.
        self.layout().setStretchFactor(self.verdict, 1 if ready else 0)
        if ready:
            self.verdict.setText("✓ " + _("Ready for sign-off: everything the record needs is "
                                        "there."))
            return
        count = len(readiness.missing)
        self.verdict.setText("✗ " + ngettext(
            "Not ready for sign-off: {count} thing is missing.",
            "Not ready for sign-off: {count} things are missing.",
            count).format(count=count))
        for finding in readiness.missing:
            stage = finding.stage or Stage.CLOSE
            item = QListWidgetItem(f"→ {stage_title(stage)}: {finding.render(_)}")
            item.setData(Qt.ItemDataRole.UserRole, stage)
            item.setToolTip(_("Go to {stage}").format(stage=stage_title(stage)))
            self.missing.addItem(item)
        self.missing.setCurrentRow(0)

    def _go(self, item: QListWidgetItem) -> None:
        self.stageRequested.emit(Stage(item.data(Qt.ItemDataRole.UserRole)))
