"""The Qt Designer forms of ui/: valid for uic, built on their dialogs, compiled afresh when
a form changes, and never compiled into the checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6 import QtWidgets
from PySide6.QtWidgets import QAbstractButton, QLabel

from cpmeeting import paths
from cpmeeting.gui import forms
from cpmeeting.gui.form_compiler import compile_all, compiled_name

FORM_FILES = sorted(paths.FORMS.glob("*.ui"))


def test_the_checkout_has_a_form_for_each_static_dialog():
    names = {path.stem for path in FORM_FILES}
    assert {"passphrase_dialog", "profile_dialog", "shortcuts_dialog", "directory_entry_dialog",
            "first_run_profile_page", "first_run_set_up_page", "first_run_chair_page",
            "first_run_key_page", "first_run_archive_page", "first_run_demo_page"} <= names


@pytest.mark.parametrize("path", FORM_FILES, ids=lambda p: p.stem)
def test_each_form_builds_on_its_widget_and_its_access_keys_lead_somewhere(qtbot, path):
    root = ElementTree.parse(path).getroot()
    top = root.find("widget")
    # The class is the translation context, and the form's top widget is named after it.
    assert root.findtext("class") == top.get("name")
    widget = getattr(QtWidgets, top.get("class"))()
    qtbot.addWidget(widget)
    built = forms.build_form(path.stem, widget)
    assert widget.objectName() == ""  # the dialog keeps its own name (none, or set in code)
    for label in widget.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, f"{path.stem}: {label.objectName()} has no buddy"
    named = [w for w in vars(built).values() if isinstance(w, QAbstractButton)]
    assert all(button.text() for button in named)


def test_uic_compiles_every_form_without_a_warning(tmp_path):
    compiled = compile_all(paths.FORMS, tmp_path)
    assert [p.name for p in compiled] == [compiled_name(f) for f in FORM_FILES]
    for module in compiled:  # each is Python that imports
        subprocess.run([sys.executable, "-c", f"import runpy; runpy.run_path({str(module)!r})"],
                       check=True, capture_output=True)


def test_a_changed_form_is_compiled_again_not_taken_from_the_cache(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "ui"
    shutil.copytree(paths.FORMS, folder)
    monkeypatch.setattr(forms, "FORMS", folder)
    monkeypatch.setattr(forms, "cache_folder", lambda: tmp_path / "cache")
    forms.form_class.cache_clear()
    try:
        first = QtWidgets.QDialog()
        qtbot.addWidget(first)
        assert forms.build_form("directory_entry_dialog", first).entry_name_label.text() == "&Name:"
        form = folder / "directory_entry_dialog.ui"
        form.write_text(form.read_text(encoding="utf-8").replace("&amp;Name:", "&amp;Full name:"),
                        encoding="utf-8")
        forms.form_class.cache_clear()  # a new process
        second = QtWidgets.QDialog()
        qtbot.addWidget(second)
        label = forms.build_form("directory_entry_dialog", second).entry_name_label
        assert label.text() == "&Full name:"
        assert len(list((tmp_path / "cache").glob("directory_entry_dialog_*.py"))) == 2
        if os.name == "posix":
            assert (tmp_path / "cache").stat().st_mode & 0o077 == 0
    finally:
        forms.form_class.cache_clear()


def test_nothing_compiled_is_left_in_the_checkout():
    # A checkout's dialogs compile into the user's cache; only a build puts them in the package.
    assert not (paths.PACKAGE / "gui" / "compiled_forms").exists()
    ignored = subprocess.run(["git", "check-ignore", "-q", "cpmeeting/gui/compiled_forms/x.py"],
                             cwd=paths.REPO_ROOT, check=False)
    assert ignored.returncode == 0, "compiled forms must be ignored by git"


def test_a_missing_form_is_named_with_what_to_do(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(forms, "FORMS", tmp_path)
    forms.form_class.cache_clear()
    try:
        dialog = QtWidgets.QDialog()
        qtbot.addWidget(dialog)
        with pytest.raises(FileNotFoundError, match="passphrase_dialog.ui is missing; please "
                                                    "reinstall cpmeeting"):
            forms.build_form("passphrase_dialog", dialog)
    finally:
        forms.form_class.cache_clear()


def test_the_form_compiler_loads_on_its_own():
    # setup.py and the PyInstaller spec load form_compiler.py by path, before Qt or cpmeeting.
    compiler = Path(forms.__file__).with_name("form_compiler.py")
    code = ("import importlib.util, sys\n"
            f"spec = importlib.util.spec_from_file_location('compiler', {str(compiler)!r})\n"
            "module = importlib.util.module_from_spec(spec)\n"
            "spec.loader.exec_module(module)\n"
            "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'cpmeeting'))))\n")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"
