"""Build hook: puts resources/ and translations/ inside the package, with compiled catalogs.

Everything else is declared in pyproject.toml. The two folders live at the top of the checkout
(see cpmeeting/paths.py); a wheel must carry them inside `cpmeeting/`, where paths.py looks
first. The .mo files are generated (not committed), so they are compiled here from the .po
files, the same way cpmeeting.i18n.catalogs.compile_po does (fuzzy entries left out).
An editable install skips all this: paths.py then reads the checkout's folders directly.
"""

from __future__ import annotations

import io
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = ("resources", "translations")
# Build products a checkout may hold; the catalogs' .mo files are rebuilt below, not copied.
SKIPPED_SUFFIXES = {".mo", ".pyc", ".pyo"}


def compile_catalog(po_file: Path) -> bytes:
    """The .mo bytes for a .po file, as msgfmt would make them."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_file.open("rb") as source:
        catalog = read_po(source)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


class BuildWithShippedFolders(build_py):
    """build_py that also copies the shipped folders into the package and compiles catalogs."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        package = Path(self.build_lib) / "cpmeeting"
        for name in SHIPPED:
            for source in sorted((ROOT / name).rglob("*")):
                if not source.is_file() or source.suffix in SKIPPED_SUFFIXES:
                    continue
                if "__pycache__" in source.parts:
                    continue
                target = package / name / source.relative_to(ROOT / name)
                self.mkpath(str(target.parent))
                self.copy_file(str(source), str(target))
        for po_file in sorted((package / "translations").glob("*/LC_MESSAGES/*.po")):
            po_file.with_suffix(".mo").write_bytes(compile_catalog(po_file))


setup(cmdclass={"build_py": BuildWithShippedFolders})
