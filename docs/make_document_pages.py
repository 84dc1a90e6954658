"""Make the document pages in docs/screenshots: the demo's PDFs, turned into PNG.

demo conference -> signed off by its chair with a throwaway key -> exported (the
professionals' pack, the mother's copy in Polish and in Urdu) -> pdftoppm -r 70.
Nothing here touches the user's data folder: the key lives in a temporary folder.

    /work/venv/bin/python docs/make_document_pages.py [--all FOLDER]

--all also writes every page of every PDF into FOLDER, to look at them all.
Needs pdftoppm (Debian: poppler-utils).
"""

from __future__ import annotations

import argparse
import os
import secrets
import subprocess
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
DAY = date(2026, 11, 23)  # a fixed day, so the pages change only when the documents do

# (copy, document, page, picture): the pages kept in docs/screenshots.
PAGES = [
    ("professionals", "minutes", 1, "minutes-1.png"),
    ("professionals", "minutes", 2, "minutes-2.png"),
    ("professionals", "plan", 1, "plan-1.png"),
    ("professionals", "plan", 2, "plan-2.png"),
    ("pl", "minutes", 1, "family-copy-pl-minutes-01.png"),
    ("pl", "minutes", 2, "family-copy-pl-minutes-02.png"),
    ("pl", "plan", 1, "family-copy-pl-plan-1.png"),
    ("ur", "minutes", 1, "family-copy-ur-minutes-01.png"),
    ("ur", "minutes", 2, "family-copy-ur-minutes-02.png"),
    ("ur", "plan", 1, "family-copy-ur-plan-1.png"),
]


def export(folder: Path) -> dict[tuple[str, str], Path]:
    """Sign the demo and export its copies; the PDF of each (copy, document)."""
    from cpmeeting.demo import DemoPeople, demo_conference, demo_profile
    from cpmeeting.documents.pack import build_pack
    from cpmeeting.documents.signing import chair_key
    from cpmeeting.domain.copies import Audience, Untranslated
    from cpmeeting.domain.signoff import sign

    conference, profile = demo_conference(DAY), demo_profile()
    people = DemoPeople(*conference.invitees)
    chair = people.chair
    sign(conference, profile, chair.name, "Independent chair",
         datetime.combine(conference.date, time(12, 45)))
    key = chair_key(chair.name, profile.name, passphrase=secrets.token_urlsafe(24))
    copies = {
        "professionals": Audience.professionals(),
        # Translated for the demo: a copy that refuses untranslated text is made.
        "pl": Audience.family(people.mother.id, "pl", untranslated=Untranslated.REFUSE),
        # Not translated: the English is printed, plainly marked.
        "ur": Audience.family(people.mother.id, "ur", untranslated=Untranslated.MARK),
    }
    pdfs = {}
    for name, audience in copies.items():
        result = build_pack(conference, profile, folder / name, [audience], key)
        for path in result.files:
            pdfs[(name, path.name.split("-", 1)[0])] = path
    return pdfs


def page(pdf: Path, number: int, png: Path) -> None:
    """One page of pdf as png at 70 dpi."""
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", str(number), "-l", str(number),
                    "-singlefile", str(pdf), str(png.with_suffix(""))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", metavar="FOLDER", type=Path,
                        help="also write every page of every PDF into FOLDER")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        os.environ["CPMEETING_DATA_DIR"] = str(Path(temp) / "data")  # the throwaway key
        pdfs = export(Path(temp) / "pdf")
        for copy, document, number, picture in PAGES:
            page(pdfs[(copy, document)], number, SCREENSHOTS / picture)
            print(SCREENSHOTS / picture)
        if args.all:
            args.all.mkdir(parents=True, exist_ok=True)
            for (copy, document), pdf in pdfs.items():
                subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf),
                                str(args.all / f"{copy}-{document}")], check=True)
            print(f"Every page: {args.all}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
