"""Build hook: puts resources/, translations/ and ui/ inside the package, with compiled catalogs
(and compiled forms, where PySide6 is in the build environment).

Everything else is declared in pyproject.toml. The three folders live at the top of the checkout
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
SHIPPED = ("resources", "translations", "ui")
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
        compile_forms(package)


def compile_forms(package: Path) -> None:
    """The ui/ forms compiled by pyside6-uic, where this build has PySide6 (else the installed
    copy compiles each once into the user's cache: cpmeeting/gui/forms.py)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "form_compiler", ROOT / "cpmeeting" / "gui" / "form_compiler.py")
    compiler = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(compiler)
    if compiler.uic_program() is not None:
        compiler.compile_all(ROOT / "ui", package / "gui" / compiler.SHIPPED_FOLDER)


setup(cmdclass={"build_py": BuildWithShippedFolders})
