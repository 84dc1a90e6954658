"""The dialogs' Designer forms built two ways: pyside6-uic's compiled modules (what cpmeeting
does, cpmeeting/gui/forms.py) against QUiLoader reading the .ui at run time, in the same run.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/forms_benchmark.py [--builds 200] [--starts 7]

(a) Warm: each form of ui/ laid out N times both ways on a fresh widget of its base class
(QDialog, QWizardPage), alternating the two ways in batches so that drift on a busy machine
falls on both; median per build, and the ratio uic / QUiLoader. The whole passphrase and
profile dialogs (form plus what their code adds: lists, access keys, checks) are timed too, to
show what share of opening a dialog the form is.
(b) Cold: a fresh process per start, timed from before the first import of the way's module
(cpmeeting.gui.forms and the compiled form, found in the cache by its digest; or
PySide6.QtUiTools and the loader below) to the first passphrase form built, since that dialog can be the first thing a chair sees; what both ways
need before (QApplication, cpmeeting's i18n and paths, the standard modules the app has loaded
by then, a dialog of the same kinds of widget made in code and drawn) is left out. Bytecode is compiled by one unmeasured start
first (a private PYTHONPYCACHEPREFIX), as an installed copy has its .pyc files.
The QUiLoader way is this file's own (a loader that lays the form onto the widget, and puts the
margins the style would give back, so that both ways build the same widgets, checked below).
The compiled forms come from cpmeeting's own cache (compiled there first if need be). Also prints CPU time (process time), which a busy machine does not inflate.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.etree import ElementTree

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

COLD_CHILD = r"""
import sys, time
sys.path.insert(0, {repo!r})
sys.path.insert(0, {benchmarks!r})
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit)
app = QApplication([])
import cpmeeting.i18n, cpmeeting.paths  # the app has these before any dialog, and these:
import hashlib, importlib.util, subprocess, tempfile
import argparse, statistics  # what this benchmark's module needs, for the QUiLoader way
before = QDialog()  # a dialog of the same widgets made in code first: fonts, style, classes
form = QFormLayout(before)
form.addRow(QLabel("&Before:"), QLineEdit())
form.addRow(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok))
before.grab()
start, cpu = time.perf_counter(), time.process_time()
if {way!r} == "uic":
    from cpmeeting.gui.forms import build_form
    build_form("passphrase_dialog", QDialog())
else:
    from forms_benchmark import load_form
    load_form("passphrase_dialog", QDialog())
print((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000)
"""


class OntoLoader:
    """QUiLoader laying a form out on an existing widget (as setupUi does); made on first use."""

    _class = None

    @classmethod
    def make(cls, base):
        if cls._class is None:
            from PySide6.QtUiTools import QUiLoader

            class Loader(QUiLoader):
                def __init__(self, base) -> None:
                    super().__init__(base)
                    self.base, self.widgets = base, {}

                def createWidget(self, class_name, parent=None, name=""):  # noqa: N802
                    if parent is None:
                        return self.base
                    widget = super().createWidget(class_name, parent, name)
                    self.widgets[name] = widget
                    return widget

                def createLayout(self, class_name, parent=None, name=""):  # noqa: N802
                    layout = super().createLayout(class_name, parent, name)
                    self.widgets[name] = layout
                    return layout

            cls._class = Loader
        return cls._class(base)


MARGINS = {"leftMargin", "topMargin", "rightMargin", "bottomMargin"}
SPACING = {"spacing", "horizontalSpacing", "verticalSpacing"}


def load_form(name: str, base) -> dict:
    """Lay ui/<name>.ui out on base with QUiLoader; its widgets and layouts by name.

    QUiLoader writes the style's margins at the moment it builds (a page not yet in its tab
    widget counts as a window); where the form sets none, they are unset again, so the layout
    asks the style where it stands, as in code and in uic's modules.
    """
    from PySide6.QtCore import QFile, QIODevice
    from PySide6.QtWidgets import QFormLayout, QGridLayout, QLayout

    loader = OntoLoader.make(base)
    source = QFile(str(REPO / "ui" / f"{name}.ui"))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    loader.load(source)
    source.close()
    for layout in ElementTree.parse(REPO / "ui" / f"{name}.ui").getroot().iter("layout"):
        made = loader.widgets.get(layout.get("name"))
        settings = {p.get("name") for p in layout.findall("property")}
        if isinstance(made, QLayout):
            if not settings & MARGINS:
                made.unsetContentsMargins()
            if not settings & SPACING:
                if isinstance(made, (QFormLayout, QGridLayout)):
                    made.setHorizontalSpacing(-1)
                    made.setVerticalSpacing(-1)
                else:
                    made.setSpacing(-1)
    return loader.widgets


def form_classes() -> dict[str, str]:
    """{form name: top-level class} of every ui/*.ui."""
    return {path.stem: ElementTree.parse(path).getroot().find("widget").get("class")
            for path in sorted((REPO / "ui").glob("*.ui"))}


def same_widgets(name: str, base_class) -> bool:
    """Both ways give the same widgets: classes, names, texts (a check, not a timing)."""
    from PySide6.QtWidgets import QWidget

    from cpmeeting.gui.forms import build_form

    def tree(widget) -> list:
        return sorted((type(w).__name__, w.objectName(), str(getattr(w, "text", str)()),
                       w.accessibleName()) for w in widget.findChildren(QWidget)
                      if w.objectName())

    by_uic, by_loader = base_class(), base_class()
    build_form(name, by_uic)
    load_form(name, by_loader)
    return tree(by_uic) == tree(by_loader)


def form_alone(name: str, base_class) -> None:
    """The app's way: a widget, its form laid out on it; then dropped."""
    from cpmeeting.gui.forms import build_form

    widget = base_class()
    build_form(name, widget)
    widget.deleteLater()


def timed(build, count: int) -> list[float]:
    from PySide6.QtWidgets import QApplication

    times = []
    for index in range(count):
        start = time.perf_counter()
        build()
        times.append(time.perf_counter() - start)
        if index % 10 == 9:
            QApplication.processEvents()  # delete what was built (deleteLater)
    return times


def warm(forms: dict[str, str], builds: int) -> None:
    from PySide6 import QtWidgets
    from PySide6.QtWidgets import QApplication

    from cpmeeting.gui.forms import build_form

    QApplication.instance() or QApplication([])
    print(f"(a) warm, median of {builds} builds each way (ms)")
    print(f"{'form':<28}{'QUiLoader':>10}{'uic':>8}{'uic/QUiLoader':>15}  same widgets")
    loader_all, uic_all = [], []
    for name, base_class in forms.items():
        base = getattr(QtWidgets, base_class)

        def by_loader(base=base, name=name):
            widget = base()
            load_form(name, widget)
            widget.deleteLater()

        def by_uic(base=base, name=name):
            widget = base()
            build_form(name, widget)
            widget.deleteLater()

        by_uic()  # compiles the form into the cache if it is not there yet
        loader, uic = [], []
        for _batch in range(4):
            loader += timed(by_loader, builds // 4)
            uic += timed(by_uic, builds // 4)
        loader_ms, uic_ms = statistics.median(loader) * 1000, statistics.median(uic) * 1000
        loader_all.append(loader_ms)
        uic_all.append(uic_ms)
        same = "yes" if same_widgets(name, base) else "NO"
        print(f"{name:<28}{loader_ms:>10.2f}{uic_ms:>8.2f}{uic_ms / loader_ms:>15.2f}  {same}")
    print(f"{'all forms, summed':<28}{sum(loader_all):>10.2f}{sum(uic_all):>8.2f}"
          f"{sum(uic_all) / sum(loader_all):>15.2f}")

    from cpmeeting.domain.profile import AuthorityProfile
    from cpmeeting.gui.passphrase_dialog import PassphraseDialog
    from cpmeeting.gui.profile_dialog import ProfileDialog

    profile = AuthorityProfile(name="Northmoor Borough Council")
    for label, make, name in (
            ("passphrase dialog", lambda: PassphraseDialog("", True), "passphrase_dialog"),
            ("profile dialog", lambda: ProfileDialog(profile), "profile_dialog")):
        base = getattr(QtWidgets, forms[name])
        whole, alone = [], []
        for _batch in range(4):  # interleaved, as above
            whole += timed(lambda make=make: make().deleteLater(), builds // 8)
            alone += timed(lambda base=base, name=name: form_alone(name, base), builds // 8)
        whole_ms, alone_ms = statistics.median(whole) * 1000, statistics.median(alone) * 1000
        print(f"whole {label} (form + code): {whole_ms:.2f} ms; its form alone {alone_ms:.2f} ms "
              f"({alone_ms / whole_ms:.0%})")


def cold(scratch: Path, starts: int) -> None:
    print(f"(b) cold: fresh process, first passphrase form built, median of {starts} (ms)")
    environment = {**os.environ, "PYTHONPYCACHEPREFIX": str(scratch / "pycache")}
    results: dict[str, list[tuple[float, float]]] = {"QUiLoader": [], "uic": []}
    for index in range(starts + 1):
        for way in results:
            code = COLD_CHILD.format(repo=str(REPO), benchmarks=str(REPO / "benchmarks"),
                                     way="uic" if way == "uic" else "loader")
            out = subprocess.run([sys.executable, "-c", code], env=environment, check=True,
                                 capture_output=True, text=True).stdout.split()
            if index:  # the first start of each way only compiles bytecode
                results[way].append((float(out[0]), float(out[1])))
    medians = {way: (statistics.median(t for t, _c in runs), statistics.median(c for _t, c in runs))
               for way, runs in results.items()}
    for way, (wall, cpu) in medians.items():
        print(f"{way:<12} {wall:8.2f} wall {cpu:8.2f} CPU")
    print(f"uic/QUiLoader: {medians['uic'][0] / medians['QUiLoader'][0]:.2f} wall, "
          f"{medians['uic'][1] / medians['QUiLoader'][1]:.2f} CPU")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--builds", type=int, default=200)
    parser.add_argument("--starts", type=int, default=7)
    args = parser.parse_args()
    if args.builds:
        warm(form_classes(), args.builds)
    with tempfile.TemporaryDirectory(prefix="cpmeeting-forms-") as folder:
        cold(Path(folder), args.starts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
