"""Generate the JSON Schema (draft 2020-12) of the interchange format from the dataclasses.

Run `python -m cpmeeting.interchange.schema_gen` to rewrite conference.schema.json after a
change to the domain model; a test fails while the committed file differs from this output.
"""

from __future__ import annotations

import json
import sys
import typing
from datetime import date, datetime, time
from typing import Any

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.profile import AuthorityProfile

from .shapes import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ID_PATTERN,
    MAX_ID,
    MAX_ITEMS,
    MAX_TEXT,
    READABLE_VERSIONS,
    SCHEMA_FILE,
    fields_of,
    integer_bounds,
    is_enum,
    is_record,
    optional_inner,
    records_in,
)

SCHEMA_PATH = SCHEMA_FILE  # main() writes here (a test points it elsewhere)
SCHEMA_ID = "https://cpmeeting.example/schemas/conference-v{version}.json"

_DAY = r"(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
_CLOCK = r"([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
_FRACTION = r"(\.[0-9]{1,6})?"
_OFFSET = r"(Z|[+-][0-9]{2}:[0-9]{2})?"
PATTERNS = {
    date: "^" + _DAY + "$",
    datetime: "^" + _DAY + "T" + _CLOCK + _FRACTION + _OFFSET + "$",
    time: "^" + _CLOCK + _FRACTION + _OFFSET + "$",
}


def _type_schema(hint: Any, owner: type, name: str) -> dict[str, Any]:
    inner = optional_inner(hint)
    if inner is not None:
        schema = _type_schema(inner, owner, name)
        if "enum" in schema:
            return {**schema, "enum": [*schema["enum"], None]}
        if "type" in schema and "$ref" not in schema:
            return {**schema, "type": [schema["type"], "null"]}
        return {"anyOf": [schema, {"type": "null"}]}
    if is_record(hint):
        return {"$ref": f"#/$defs/{hint.__name__}"}
    if is_enum(hint):
        return {"enum": [member.value for member in hint]}
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (list, set):
        schema = {"type": "array", "items": _type_schema(args[0], owner, name),
                  "maxItems": MAX_ITEMS}
        return {**schema, "uniqueItems": True} if origin is set else schema
    if origin is dict:
        return {"type": "object", "propertyNames": _type_schema(args[0], owner, name),
                "additionalProperties": _type_schema(args[1], owner, name)}
    if hint in PATTERNS:
        return {"type": "string", "pattern": PATTERNS[hint]}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        low, high = integer_bounds(owner, name)
        return {"type": "integer", "minimum": low, "maximum": high}
    if hint is str:
        if name == "id":
            return {"type": "string", "minLength": 1, "maxLength": MAX_ID, "pattern": ID_PATTERN}
        return {"type": "string", "maxLength": MAX_TEXT}
    raise TypeError(f"No schema for {hint!r} ({owner.__name__}.{name})")


def _record_schema(cls: type) -> dict[str, Any]:
    shapes = fields_of(cls)
    schema: dict[str, Any] = {
        "type": "object",
        "description": (cls.__doc__ or cls.__name__).strip().splitlines()[0],
        "properties": {s.name: _type_schema(s.hint, cls, s.name) for s in shapes},
        "additionalProperties": False,
    }
    required = [s.name for s in shapes if s.required]
    if required:
        schema["required"] = required
    return schema


def conference_schema() -> dict[str, Any]:
    """The whole schema as a JSON value."""
    records = records_in(Conference) + records_in(AuthorityProfile)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID.format(version=FORMAT_VERSION),
        "$comment": "GENERATED from the dataclasses in cpmeeting/domain: do not edit by hand. "
                    "Regenerate with: python -m cpmeeting.interchange.schema_gen",
        "title": "cpmeeting conference record",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"enum": list(READABLE_VERSIONS)},
            "conference": {"$ref": "#/$defs/Conference"},
            "profile": {"$ref": "#/$defs/AuthorityProfile"},
        },
        "required": ["format", "version", "conference"],
        "additionalProperties": False,
        "$defs": {cls.__name__: _record_schema(cls) for cls in records},
    }


def schema_text() -> str:
    """The schema as the committed file holds it."""
    return json.dumps(conference_schema(), indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"Wrote {SCHEMA_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
