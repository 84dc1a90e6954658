"""The interchange file: a whole conference record (and optionally the profile) as JSON.

Reading never trusts the file: size, JSON syntax, format version and the JSON Schema are
checked before anything is built, then ids and references; every problem is a FormatError
that names the field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.profile import AuthorityProfile

from .codec import FormatError, decode, describe, encode
from .integrity import check_integrity
from .shapes import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    MAX_YEAR,
    MIN_YEAR,
    READABLE_VERSIONS,
    SCHEMA_FILE,
)


@dataclass
class InterchangeFile:
    """What a file holds: the conference, and the authority profile if it was included."""

    conference: Conference
    profile: AuthorityProfile | None = None


def to_json(conference: Conference, profile: AuthorityProfile | None = None) -> str:
    """The file's text for this conference (and profile)."""
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "conference": encode(conference, Conference),
    }
    if profile is not None:
        document["profile"] = encode(profile, AuthorityProfile)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_file(path: Path | str, conference: Conference,
               profile: AuthorityProfile | None = None) -> None:
    """Write the conference as an interchange file."""
    Path(path).write_text(to_json(conference, profile), encoding="utf-8")


def read_file(path: Path | str) -> InterchangeFile:
    """Read and check an interchange file; raises FormatError (or OSError if unreadable)."""
    with open(path, "rb") as stream:
        content = stream.read(MAX_FILE_BYTES + 1)
    return from_json(content)


def from_json(content: str | bytes) -> InterchangeFile:
    """Check and build the record held in this JSON text."""
    return from_document(parse_json(content, MAX_FILE_BYTES, "a conference record"))


def parse_json(content: str | bytes, max_bytes: int, what: str) -> Any:
    """The JSON value in content, refused if larger than max_bytes; `what` names the kind of
    file in the messages ("a conference record", "a profile")."""
    size = len(content.encode("utf-8") if isinstance(content, str) else content)
    if size > max_bytes:
        raise FormatError("", f"the file is larger than {max_bytes // (1024 * 1024)} MB, "
                              f"too large to be {what}")
    try:
        # UTF-8 only (a byte-order mark, as Windows editors write, is allowed).
        text = content.decode("utf-8-sig") if isinstance(content, bytes) else content
        return json.loads(text)
    except RecursionError:
        raise FormatError("", f"the file is nested too deeply to be {what}") from None
    except UnicodeDecodeError:
        raise FormatError("", "the file is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise FormatError("", f"not valid JSON: {error.msg} at line {error.lineno}, "
                              f"column {error.colno}") from None


def from_document(document: Any) -> InterchangeFile:
    """Check and build the record from an already parsed JSON value."""
    _check_header(document)
    error = schema_problem(document)
    if error is not None:
        raise error
    conference = decode(document["conference"], Conference, "conference")
    profile = None
    if "profile" in document:
        profile = decode(document["profile"], AuthorityProfile, "profile")
    check_integrity(conference)
    return InterchangeFile(conference, profile)


def _check_header(document: Any) -> None:
    if not isinstance(document, dict):
        raise FormatError("", "the file does not hold a JSON object")
    if document.get("format") != FORMAT_NAME:
        raise FormatError("format", f"this is not a cpmeeting conference file (expected the "
                                    f"format {FORMAT_NAME!r}, found {document.get('format')!r})")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise FormatError("version", f"{version!r} is not a format version number")
    if version not in READABLE_VERSIONS:
        newer = " It was written by a newer cpmeeting; update cpmeeting to read it." \
            if version > FORMAT_VERSION else ""
        raise FormatError("version", f"this file is format version {version}; this version of "
                                     f"cpmeeting reads versions {READABLE_VERSIONS[0]} to {FORMAT_VERSION}.{newer}")


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def schema_problem(document: Any, validator: jsonschema.protocols.Validator | None = None,
                   what: str = "a conference record") -> FormatError | None:
    """The most useful violation of the schema (the conference one unless a validator is
    given), as a FormatError, or None when the file is valid."""
    try:
        error = jsonschema.exceptions.best_match((validator or _validator()).iter_errors(document))
    except RecursionError:
        return FormatError("", f"the file is nested too deeply to be {what}")
    if error is None:
        return None
    # Inside "X or null", report what X wanted rather than "is not valid under any".
    while error.validator == "anyOf" and error.context:
        error = jsonschema.exceptions.best_match(error.context)
    return FormatError(field_path(error.absolute_path), _problem(error))


def field_path(parts: Any) -> str:
    """conference.invitees[3].attendance from the parts of a path."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


_TYPE_WORDS = {"string": "text", "integer": "a whole number", "boolean": "true or false",
               "array": "a list", "object": "an object", "null": "null", "number": "a number"}


def _problem(error: jsonschema.ValidationError) -> str:
    """Plain English for one schema violation."""
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "enum":
        allowed = ", ".join("null" if v is None else str(v) for v in expected)
        return f"{describe(value)} is not one of {allowed}"
    if kind == "type":
        wanted = expected if isinstance(expected, list) else [expected]
        return f"{describe(value)} is not " + " or ".join(_TYPE_WORDS.get(w, w) for w in wanted)
    if kind == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        return f"unknown field {extra[0]!r}" if extra else error.message
    if kind == "required":
        return error.message.replace("is a required property", "is missing")
    if kind == "maxLength":
        return f"the text is {len(value):,} characters long; at most {expected:,} are allowed"
    if kind == "maxItems":
        return f"the list has {len(value):,} items; at most {expected:,} are allowed"
    if kind in ("minimum", "maximum"):
        low = error.schema.get("minimum")
        high = error.schema.get("maximum")
        return f"{value} is outside the allowed range {low} to {high}"
    if kind == "pattern":
        return f"{describe(value)} is not in the expected form ({_pattern_words(expected)})"
    if kind == "uniqueItems":
        return "the list holds the same value twice"
    if kind == "const":
        return f"{describe(value)} should be {expected!r}"
    return error.message[:200]


def _pattern_words(pattern: str) -> str:
    years = f"years {MIN_YEAR} to {MAX_YEAR}"
    if "T(" in pattern:
        return f"YYYY-MM-DDTHH:MM:SS, {years}"
    if pattern.startswith("^(19|"):
        return f"YYYY-MM-DD, {years}"
    if pattern.startswith("^([01]"):
        return "HH:MM:SS"
    return "letters, digits and _ . : - only"
