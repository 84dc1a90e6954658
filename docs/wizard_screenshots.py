"""Screenshots of each step of the set-up assistant for docs/screenshots/ (first-run-*.png).

Run under a real X server (Xvfb), so what is saved is what a chair sees on a first run:
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/wizard_screenshots.py
It works in a throwaway data folder with an in-memory keyring; nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    folder = Path(tempfile.mkdtemp(prefix="cpmeeting-wizard-shots-"))
    # The user's folders moved into the throwaway one, so the archive step shows a real choice.
    os.environ.pop("CPMEETING_DATA_DIR", None)
    os.environ["XDG_DATA_HOME"] = str(folder / "home" / ".local" / "share")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "home" / ".config")
    from make_screenshots import use_throwaway_keyring  # beside this script

    use_throwaway_keyring()
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from cpmeeting.gui.appearance import Theme, apply_appearance
    from cpmeeting.gui.first_run import SetUpWizard
    from cpmeeting.gui.first_run_pages import ARCHIVE, CHAIR, DEMO, KEY, PROFILE, SET_UP
    from cpmeeting.store.archive import Archive

    app = QApplication(sys.argv)
    apply_appearance(app, Theme.LIGHT, 100)
    logo = folder / "northmoor-logo.png"
    image = QImage(360, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.fillRect(0, 0, 120, 120, QColor("#1f4e79"))
    painter.setPen(QColor("#1f4e79"))
    font = painter.font()
    font.setPointSize(22)
    painter.setFont(font)
    painter.drawText(135, 72, "Northmoor")
    painter.end()
    image.save(str(logo))
    archive = Archive.open()
    wizard = SetUpWizard(archive)
    wizard.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shoot(name: str) -> None:
        settle()
        wizard.grab().save(str(OUT / f"first-run-{name}.png"))

    shoot("1-profile")
    wizard.page(PROFILE).set_up_choice.setChecked(True)
    wizard.next()
    page = wizard.page(SET_UP)
    page.editor.name.setText("Northmoor Borough Council")
    page.logo.edit.setText(str(logo))
    shoot("2-set-up")
    wizard.next()
    assert wizard.currentId() == CHAIR, page.message.text()
    wizard.page(CHAIR).name.setText("Helen Ashcombe")
    wizard.page(CHAIR).role.setText("Independent child protection chair")
    shoot("3-chair")
    wizard.next()
    key = wizard.page(KEY)
    key.import_choice.setChecked(True)
    broken = folder / "chair.p12"
    broken.write_bytes(b"not a key file")
    key.file.edit.setText(str(broken))
    key.password.setText("from the authority")
    wizard.next()  # refused: the message shows
    shoot("4-key-refused")
    key.make_choice.setChecked(True)
    wizard.next()
    assert wizard.currentId() == ARCHIVE
    wizard.page(ARCHIVE).move_choice.setChecked(True)
    wizard.page(ARCHIVE).folder.edit.setText(str(folder / "home" / "Records" / "cpmeeting"))
    shoot("5-archive")
    wizard.next()
    assert wizard.currentId() == DEMO
    shoot("6-demo")
    wizard.close()
    archive.close()
    print("\n".join(sorted(p.name for p in OUT.glob("first-run-*.png"))))
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
