"""Pages of the easy-read plan (English and Urdu) and the child's letter for docs/screenshots/,
from the invented demo conference, rendered with pdftoppm (poppler-utils):
    .venv/bin/python docs/make_easy_read_pages.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
PAGES = 2  # the first pages show everything: the decision, pictured actions, the dates


def main() -> int:
    from cpmeeting.demo import DemoPeople, demo_conference, demo_profile
    from cpmeeting.documents.child_letter import build_child_letter
    from cpmeeting.documents.easy_read import build_easy_read
    from cpmeeting.domain.copies import Audience, Untranslated

    conference = demo_conference(date(2026, 11, 23))
    profile = demo_profile()
    mother = DemoPeople(*conference.invitees).mother
    documents = {
        f"easy-read-{language}": build_easy_read(conference, profile, Audience.family(
            mother.id, language, untranslated=Untranslated.MARK)).pdf
        for language in ("en", "ur")
    }
    documents["child-letter-en"] = build_child_letter(conference, profile,
                                                      conference.children[0].id).pdf
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for name, pdf in documents.items():
            source = Path(folder) / f"{name}.pdf"
            source.write_bytes(pdf)
            last = 1 if name.startswith("child") else PAGES
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", str(last),
                            str(source), str(OUT / name)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
