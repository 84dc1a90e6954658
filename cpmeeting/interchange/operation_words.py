"""A journal operation in words, for the audit: what changed, and to what.

The text of anything kept from a family member or marked third-party confidential is never
shown unless full=True: an audit printed for a complaint must not leak what the minutes keep.
"""

from __future__ import annotations

from typing import Any

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.operations import OperationError, find_record

from .operation_codec import collection_type

HIDDEN = "(confidential: not shown; --full shows it)"
PREVIEW = 80


def _preview(value: Any) -> str:
    if isinstance(value, dict | list):
        return f"{type(value).__name__} of {len(value)}"
    text = str(value) if value is not None else "nothing"
    text = " ".join(text.split())
    return f"“{text[:PREVIEW - 1]}…”" if len(text) > PREVIEW else f"“{text}”"


def _is_confidential(record: Any) -> bool:
    if isinstance(record, dict):
        return bool(record.get("third_party_confidential") or record.get("not_for"))
    return bool(getattr(record, "third_party_confidential", False)
                or getattr(record, "not_for", None))


def _record_name(collection: str) -> str:
    name = collection_type(collection).__name__
    return "".join(f" {c.lower()}" if c.isupper() else c for c in name).strip()


def describe_operation(payload: dict[str, Any], before: Conference | None,
                       full: bool = False) -> str:
    """What the operation did, in words; before is the record just before it (None if the
    journal could not be replayed that far: then only the fields are named)."""
    kind = payload.get("op")
    if kind == "set":
        record = None
        if before is not None and payload.get("record"):
            try:
                record = find_record(before, payload["record"])
            except OperationError:
                record = None
        secret = _is_confidential(record) and not full
        parts = []
        for name, value in payload.get("changes", {}).items():
            shown = HIDDEN if secret else _preview(value)
            parts.append(f"{name.replace('_', ' ')} → {shown}")
        where = f"{type(record).__name__} {payload['record']}" if record is not None else (
            payload.get("record") or payload.get("path") or "conference")
        return f"set {', '.join(parts)} on {where}"
    if kind == "add":
        record = payload.get("record", {})
        text = next((record[k] for k in ("text", "summary", "what", "name", "given_name")
                     if isinstance(record.get(k), str) and record.get(k)), "")
        shown = HIDDEN if _is_confidential(record) and not full else _preview(text) if text \
            else ""
        return f"added a {_record_name(payload['collection'])} {shown}".rstrip()
    if kind == "remove":
        return f"removed {_record_name(payload['collection'])} {payload.get('id')}"
    if kind == "move":
        return f"moved {_record_name(payload['collection'])} {payload.get('id')} to place " \
               f"{int(payload.get('to', 0)) + 1}"
    if kind == "replace":
        return "the whole record, as it stood after the change"
    if kind in ("several", "translation"):
        return "; ".join(describe_operation(step, before, full)
                         for step in payload.get("steps", []))
    return f"an operation of an unknown kind ({kind!r})"
