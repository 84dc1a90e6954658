"""Compiles the Qt Designer forms of ui/ into Python with pyside6-uic (its `uic -g python`).

Standard library only, so that setup.py and the PyInstaller spec can load this file on its own
(by path) before cpmeeting's dependencies are importable. A compiled form is named after the
.ui file and a digest of its bytes (`passphrase_dialog_<digest>.py`), so a module compiled from
an older form is never taken for the current one. Nothing compiled is committed: a wheel built
where PySide6 is installed, and the bundle, carry them in cpmeeting/gui/compiled_forms/; else
gui/forms.py compiles each form once into the user's cache (see there).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from pathlib import Path

SHIPPED_FOLDER = "compiled_forms"  # inside cpmeeting/gui/ in a wheel or bundle


def compiled_name(form: Path) -> str:
    """The compiled module's file name for this .ui file as it is now."""
    digest = hashlib.sha256(form.read_bytes()).hexdigest()[:16]
    return f"{form.stem}_{digest}.py"


def uic_program() -> Path | None:
    """Qt's uic from the installed PySide6 (what pyside6-uic runs), or None if there is none."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent
    program = folder / "uic.exe" if sys.platform == "win32" else folder / "Qt" / "libexec" / "uic"
    return program if program.is_file() else None


def compile_form(form: Path, folder: Path) -> Path:
    """Compile one .ui into folder (atomically: a reader never sees half a module)."""
    import subprocess
    import tempfile

    program = uic_program()
    if program is None:
        raise FileNotFoundError("PySide6's uic is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / compiled_name(form)
    handle, partial = tempfile.mkstemp(prefix=f".{form.stem}-", suffix=".py", dir=folder)
    os.close(handle)
    try:
        subprocess.run([str(program), "-g", "python", str(form), "-o", partial], check=True,
                       capture_output=True, text=True)
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    return target


def compile_all(forms: Path, folder: Path) -> list[Path]:
    """Compile every ui/*.ui into folder (the wheel's and the bundle's build step)."""
    return [compile_form(form, folder) for form in sorted(forms.glob("*.ui"))]
