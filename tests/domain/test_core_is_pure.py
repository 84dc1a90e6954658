"""The domain core loads no Qt, no database library and no document library."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cpmeeting

ROOT = Path(cpmeeting.__file__).resolve().parent.parent

PROBE = """
import importlib, json, pkgutil, sys
import cpmeeting.domain as domain
names = [m.name for m in pkgutil.walk_packages(domain.__path__, "cpmeeting.domain.")]
for name in names:
    importlib.import_module(name)
# The rules load their bank holiday data lazily; make sure that path is pure too.
from cpmeeting.domain.profile import Nation
from cpmeeting.domain.rules.calendar import WorkingCalendar
WorkingCalendar(Nation.ENGLAND).add_working_days(__import__("datetime").date(2026, 12, 24), 3)
print(json.dumps({"modules": sorted(sys.modules), "imported": names}))
"""

FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "sqlcipher3", "reportlab",
             "pyhanko", "keyring", "psycopg", "cpmeeting.gui", "cpmeeting.store",
             "cpmeeting.documents", "cpmeeting.i18n", "cpmeeting.demo")


def test_importing_every_domain_module_loads_no_qt_database_or_documents():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            cwd=ROOT)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert "cpmeeting.domain.rules.quoracy" in report["imported"]
    loaded = [name for name in report["modules"]
              if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)]
    assert loaded == []
