"""The committed JSON Schema is the one generated from the dataclasses, and is itself valid."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from cpmeeting.interchange.schema_gen import SCHEMA_PATH, schema_text

ROOT = Path(__file__).resolve().parents[2]


def test_committed_schema_equals_the_generated_one():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "conference.schema.json is stale: run python -m cpmeeting.interchange.schema_gen")


def test_schema_is_a_valid_draft_2020_12_schema():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "GENERATED" in schema["$comment"] and "schema_gen" in schema["$comment"]


def test_every_record_rejects_unknown_fields():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert all(d["additionalProperties"] is False for d in schema["$defs"].values())


def test_the_generator_writes_the_file(tmp_path):
    result = subprocess.run([sys.executable, "-c",
                             "import cpmeeting.interchange.schema_gen as g, pathlib, sys;"
                             "g.SCHEMA_PATH = pathlib.Path(sys.argv[1]); g.main()",
                             str(tmp_path / "out.json")],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == schema_text()
    assert "Wrote" in result.stderr
