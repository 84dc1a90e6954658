"""Write an SsdExport as CSV files (one per table) and one JSON file, all or nothing.

The files are written into a temporary folder beside the target and only then moved in, so
a failure part-way (a full disk, a refused permission) leaves no half-written export.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from pathlib import Path

from .ssd_export import SsdExport

JSON_FILE = "ssd_export.json"


def csv_text(rows: list[dict[str, str]], headers: tuple[str, ...] | list[str]) -> str:
    """UTF-8 CSV text with a header row; missing values empty."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(headers), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def export_files(export: SsdExport) -> dict[str, str]:
    """File name -> content: one CSV per table (headers even when it has no rows), the JSON."""
    from .ssd_fields import SIDE_TABLES, field_names

    files = {}
    for table, rows in export.tables.items():
        files[f"{table}.csv"] = csv_text(rows, field_names(table))
    for table, rows in export.side_tables.items():
        files[f"{table}.csv"] = csv_text(rows, SIDE_TABLES[table])
    files[JSON_FILE] = json.dumps(export.as_json(), ensure_ascii=False, indent=2) + "\n"
    return files


def write_export(export: SsdExport, folder: Path) -> list[Path]:
    """Write every file into folder (made if needed); returns the paths, in order."""
    files = export_files(export)
    folder = Path(folder)
    parent = folder.parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=parent))
    try:
        for name, content in files.items():
            with open(staging / name, "w", encoding="utf-8", newline="") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
        if not folder.exists():
            staging.rename(folder)  # one step: the folder appears whole
        else:
            for name in files:
                os.replace(staging / name, folder / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [folder / name for name in files]
