"""`cpmeeting self-test`: does this installed copy work? Every part, in a throwaway folder.

For whoever deploys the app (a council's desktop team, CI on a built bundle): it opens a
temporary encrypted archive, tries the one-window lock (the only run the Windows branch of
store/archive_lock.py gets is here, on the Windows runner), loads every catalog, shapes an Urdu and a Bengali line, builds a
small PDF, signs it and checks the signature; each check is printed in words. Exit code 0 only
if every check passed. Nothing touches the user's archive, signing keys or keyring: the data
folder is pointed at a temporary folder for the run, and keys are given, never looked up.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from cpmeeting.i18n import _

PASSED, FAILED = 0, 1

# Invented lines (the app's own phrases): "the child's views" in Urdu; "child protection" in
# Bengali, whose conjuncts (ক্ষ, ্র) must become single glyphs when shaping works.
URDU_LINE = "بچے کی رائے"
BENGALI_LINE = "শিশু সুরক্ষা"


@contextmanager
def scratch_data_folder() -> Iterator[Path]:
    """The data folder moved to a temporary one (and no database URL) for the duration."""
    saved = {name: os.environ.get(name) for name in ("CPMEETING_DATA_DIR",
                                                      "CPMEETING_DATABASE_URL")}
    import keyring
    from keyring.backend import KeyringBackend

    class ScratchKeyring(KeyringBackend):
        """Keys for the self-test only (its signer's seal among them), gone when it ends."""

        priority = -1
        viable = False  # never chosen by itself

        def __init__(self) -> None:
            super().__init__()
            self.secrets: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.secrets.get((service, username))

        def set_password(self, service, username, password):
            self.secrets[(service, username)] = password

        def delete_password(self, service, username):
            self.secrets.pop((service, username), None)

    users_keyring = keyring.get_keyring()
    with tempfile.TemporaryDirectory(prefix="cpmeeting-self-test-") as folder:
        os.environ["CPMEETING_DATA_DIR"] = folder
        os.environ.pop("CPMEETING_DATABASE_URL", None)
        keyring.set_keyring(ScratchKeyring())  # the user's keyring is never written
        try:
            yield Path(folder)
        finally:
            keyring.set_keyring(users_keyring)
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def check_archive(folder: Path) -> str:
    """An encrypted archive: made, migrated, written, closed, reopened and read back."""
    from datetime import date

    from cpmeeting.demo import demo_conference
    from cpmeeting.store.archive import Archive
    from cpmeeting.store.layout import default_database

    key = secrets.token_hex(32)  # given, so the keyring is never asked
    conference = demo_conference(date.today())
    with Archive.open(key=key) as archive:
        archive.save(conference)
    with Archive.open(key=key) as archive:
        loaded = archive.load(conference.id)
    if len(loaded.minutes) != len(conference.minutes):
        raise AssertionError(_("the conference read back differs from the one written"))
    if default_database().read_bytes()[:16] == b"SQLite format 3\x00":
        raise AssertionError(_("the archive file is not encrypted"))
    return _("encrypted archive made, written, reopened and read back")


def check_archive_lock(folder: Path) -> str:
    """One window per archive: the operating system's lock refuses a second window, moves with
    the data folder and is freed when the window lets go."""
    from cpmeeting.store.archive_lock import ArchiveLock

    here, there = folder / "lock" / "cpmeeting.db", folder / "lock-moved" / "cpmeeting.db"
    here.parent.mkdir()
    there.parent.mkdir()
    held = ArchiveLock.acquire(here)
    if held is None:
        raise AssertionError(_("the archive's lock could not be taken"))
    try:
        for database in (here, there):
            second = ArchiveLock.acquire(database)
            if second is not None:
                second.release()
                raise AssertionError(_("a second window could take the archive's lock"))
            if database == here and not held.move_beside(there):
                raise AssertionError(_("the archive's lock did not move with the data folder"))
    finally:
        held.release()
    freed = ArchiveLock.acquire(there)
    if freed is None:
        raise AssertionError(_("the archive's lock was not freed when its window let go"))
    freed.release()
    return _("a second window refused; the lock moved with the folder and was freed")


def check_catalogs(folder: Path) -> str:
    """Every catalog of both domains compiles and loads, with translations in it."""
    import gettext

    from cpmeeting.i18n.catalogs import available_languages, load_catalog

    loaded, empty = 0, []
    for domain in ("cpmeeting", "documents"):
        for language in available_languages(domain):
            catalog = load_catalog(domain, language)
            if not isinstance(catalog, gettext.GNUTranslations) or not catalog._catalog:
                empty.append(f"{domain}/{language}")
            loaded += 1
    if empty:
        raise AssertionError(_("these catalogs did not load: {names}").format(
            names=", ".join(empty)))
    if loaded == 0:
        raise AssertionError(_("no catalogs were found"))
    return _("{count} catalogs loaded").format(count=loaded)


def _shaped(text: str, script: str, rtl: bool):
    from cpmeeting.documents.scripts import script_font, shape

    font = script_font(script, bold=False)
    glyphs = shape(text, font, rtl)
    if not glyphs or any(glyph.gid == 0 for glyph in glyphs):
        raise AssertionError(_("the {script} font lacks letters of the line").format(
            script=script))
    return font, glyphs


def check_shaping(folder: Path) -> str:
    """Urdu joins (Nastaliq) and Bengali conjuncts form: HarfBuzz and the bundled fonts."""
    from cpmeeting.documents.scripts import shape

    font, joined = _shaped(URDU_LINE, "nastaliq", rtl=True)
    alone = [glyph.gid for ch in URDU_LINE for glyph in shape(ch, font, True)]
    if sorted(glyph.gid for glyph in joined) == sorted(alone):  # every letter in its lone form
        raise AssertionError(_("Urdu letters were not joined"))
    _font, conjuncts = _shaped(BENGALI_LINE, "bengali", rtl=False)
    if len(conjuncts) >= len(BENGALI_LINE):
        raise AssertionError(_("Bengali conjuncts were not formed"))
    return _("an Urdu line joined ({urdu} glyphs) and a Bengali line shaped "
             "({bengali} glyphs for {letters} characters)").format(
        urdu=len(joined), bengali=len(conjuncts), letters=len(BENGALI_LINE))


def check_signed_pdf(folder: Path) -> str:
    """A one-page PDF in three scripts, signed with a fresh key, verified, then one byte
    changed and refused."""
    from cpmeeting.documents.layout import PageFurniture, render
    from cpmeeting.documents.signing import Verdict, chair_key, sign_pdf, verify_pdf
    from cpmeeting.documents.text import paragraph

    story = [paragraph("cpmeeting self-test", "title"),
             paragraph(URDU_LINE, "body", "ur"), paragraph(BENGALI_LINE, "body", "bn")]
    furniture = PageFurniture(marking="OFFICIAL", header_left="cpmeeting",
                              header_right="self-test", footer_left="")
    pdf, pages = render(story, furniture, title="self-test", author="cpmeeting")
    if pages != 1 or b"/FontFile2" not in pdf:
        raise AssertionError(_("the PDF was not laid out with its fonts embedded"))
    key = chair_key("Self-test Chair", "cpmeeting", passphrase=secrets.token_urlsafe(16))
    signed = sign_pdf(pdf, key, None, reason="self-test")
    verdict = verify_pdf(signed).verdict
    if verdict is not Verdict.VALID:
        raise AssertionError(_("the signature did not verify ({verdict})").format(
            verdict=verdict.value))
    # A byte inside the signed content (the first page's text), not in the signature itself.
    at = signed.index(b"self-test")
    altered = signed[:at] + b"S" + signed[at + 1:]
    if verify_pdf(altered).verdict is Verdict.VALID:
        raise AssertionError(_("a changed PDF still verified"))
    return _("a {size} KB PDF built, signed and verified; a changed copy is refused").format(
        size=max(1, len(signed) // 1024))


def check_window_toolkit(folder: Path) -> str:
    """Qt loads with its platform plugin, draws a widget and builds a dialog from its form."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([sys.argv[0]])
    label = QLabel("cpmeeting")
    label.adjustSize()
    if label.grab().isNull():
        raise AssertionError(_("Qt could not draw a widget"))
    # The forms in ui/ are built when a dialog opens: a copy without them (or without their
    # compiled modules) would fail only then, in front of a chair.
    from cpmeeting.gui.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog("", new_archive=True)
    dialog.deleteLater()
    return _("Qt loaded ({platform}), drew a widget and built a dialog from its form").format(
        platform=app.platformName())


CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    ("archive", check_archive),
    ("archive lock", check_archive_lock),
    ("catalogs", check_catalogs),
    ("shaping", check_shaping),
    ("signed PDF", check_signed_pdf),
    ("window", check_window_toolkit),
]


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("--no-window", action="store_true",
                        help=_("leave out the window toolkit check (a server without Qt)"))


def run(args: argparse.Namespace) -> int:
    """Run every check, print each in words, and a last line saying whether all passed."""
    failures = 0
    chosen = [(name, check) for name, check in CHECKS
              if not (name == "window" and getattr(args, "no_window", False))]
    with scratch_data_folder() as folder:
        for name, check in chosen:
            try:
                detail = check(folder)
            except Exception as error:  # any failure is this copy's fault: say which part
                failures += 1
                print(_("FAILED  {check}: {problem}").format(
                    check=name, problem=str(error) or type(error).__name__), flush=True)
            else:
                print(_("ok      {check}: {detail}").format(check=name, detail=detail),
                      flush=True)
    if failures:
        print(_("Self-test failed: {count} of {total} checks did not pass.").format(
            count=failures, total=len(chosen)))
        return FAILED
    print(_("Self-test passed: this copy of cpmeeting works."))
    return PASSED
