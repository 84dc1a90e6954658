"""The profile file: an authority profile alone as JSON, checked by the interchange schema.

An authority sets its variants once and shares the file with every machine. Reading checks
size, JSON, header, the AuthorityProfile part of conference.schema.json and then the profile's
own rules (a script that cannot be filled in); every problem is a FormatError naming the field.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.domain.rules.profile_checks import profile_errors

from .codec import FormatError, decode, encode
from .document import parse_json, schema_problem
from .shapes import PROFILE_FORMAT_VERSION, SCHEMA_FILE

PROFILE_FORMAT = "cpmeeting.profile"
# A profile is a few pages of text at most; anything larger is not one.
MAX_PROFILE_BYTES = 2 * 1024 * 1024


def profile_to_json(profile: AuthorityProfile) -> str:
    """The profile file's text."""
    document = {"format": PROFILE_FORMAT, "version": PROFILE_FORMAT_VERSION,
                "profile": encode(profile, AuthorityProfile)}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def read_profile_file(path: Path | str) -> AuthorityProfile:
    """Read and check a profile file; raises FormatError (or OSError if unreadable)."""
    with open(path, "rb") as stream:
        content = stream.read(MAX_PROFILE_BYTES + 1)
    return profile_from_json(content)


def profile_from_json(content: str | bytes) -> AuthorityProfile:
    """Check and build the profile held in this JSON text."""
    return profile_from_document(parse_json(content, MAX_PROFILE_BYTES, "a profile"))


def profile_from_document(document: Any) -> AuthorityProfile:
    """Check and build the profile from a parsed JSON value."""
    _check_header(document)
    error = schema_problem(document, _validator(), "a profile")
    if error is not None:
        raise error
    profile = decode(document["profile"], AuthorityProfile, "profile")
    problems = profile_errors(profile)
    if problems:
        raise FormatError(f"profile.{problems[0].record_id}", problems[0].render())
    return profile


def _check_header(document: Any) -> None:
    if not isinstance(document, dict):
        raise FormatError("", "the file does not hold a JSON object")
    if document.get("format") != PROFILE_FORMAT:
        raise FormatError("format", f"this is not a cpmeeting profile file (expected the format "
                                    f"{PROFILE_FORMAT!r}, found {document.get('format')!r})")
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > PROFILE_FORMAT_VERSION:
        raise FormatError("version", f"the file was made by a newer version of cpmeeting "
                                     f"(profile format {version}; this one reads format "
                                     f"{PROFILE_FORMAT_VERSION}). Update cpmeeting, or ask for the "
                                     f"profile file in format {PROFILE_FORMAT_VERSION}")
    if not isinstance(version, int) or isinstance(version, bool) or version != PROFILE_FORMAT_VERSION:
        raise FormatError("version", f"{version!r} is not a profile format version this "
                                     f"cpmeeting reads (it reads {PROFILE_FORMAT_VERSION})")


@cache
def _validator() -> jsonschema.Draft202012Validator:
    # The profile part of the conference schema, so the two formats can never disagree.
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    profile_schema = {
        "$schema": schema["$schema"],
        "type": "object",
        "properties": {
            "format": {"const": PROFILE_FORMAT},
            "version": {"const": PROFILE_FORMAT_VERSION},
            "profile": {"$ref": "#/$defs/AuthorityProfile"},
        },
        "required": ["format", "version", "profile"],
        "additionalProperties": False,
        "$defs": schema["$defs"],
    }
    return jsonschema.Draft202012Validator(profile_schema)
