"""The stable, versioned JSON form of an operation: what the journal keeps, the network carries
and the audit reads.

An operation's values are encoded with the interchange codec, by the type of the field they
go into, so a date stays a date and an enum its value. Decoding needs the record the operation
will apply to: a field's type depends on which record the id names. An entry written by a newer
cpmeeting (a higher "v") is refused, never half-understood.
"""

from __future__ import annotations

import typing
from typing import Any

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.copy_text import TranslationChange
from cpmeeting.domain.operations import (
    AddRecord,
    MoveRecord,
    Operation,
    OperationError,
    RemoveRecord,
    ReplaceRecord,
    SetFields,
    Several,
    find_record,
    resolve_path,
)

from .codec import FormatError, decode, encode
from .shapes import fields_of

OPERATION_VERSION = 1


class NewerOperation(FormatError):
    """An entry written by a newer cpmeeting: this copy cannot replay it faithfully."""

    def __init__(self, version: Any) -> None:
        super().__init__("", f"this change was made by a newer version of cpmeeting (operation "
                             f"format {version}; this copy reads up to {OPERATION_VERSION}). "
                             f"Update cpmeeting on this computer to open it.")


def field_hints(owner: type) -> dict[str, Any]:
    return {shape.name: shape.hint for shape in fields_of(owner)}


def target_type(conference: Conference, record_id: str | None, path: str) -> type:
    target = resolve_path(conference, path) if record_id is None else find_record(conference,
                                                                                   record_id)
    return type(target)


def collection_type(collection: str) -> type:
    """The record class a collection path holds ("minutes" -> MinuteEntry)."""
    owner: type = Conference
    *parents, last = collection.split(".")
    for part in parents:
        owner = field_hints(owner)[part]
    hint = field_hints(owner)[last]
    (item,) = typing.get_args(hint)
    return item


def encode_operation(operation: Operation, conference: Conference) -> dict[str, Any]:
    """The JSON form of an operation already applied to conference (SetFields needs its
    target's type, and carries what the fields held before: the base of a conflict)."""
    return {"v": OPERATION_VERSION, **_encode(operation, conference)}


def _encode(operation: Operation, conference: Conference) -> dict[str, Any]:
    if isinstance(operation, SetFields):
        hints = field_hints(target_type(conference, operation.record_id, operation.path))
        return {
            "op": "set", "label": operation.label, "record": operation.record_id,
            "path": operation.path,
            "changes": {k: encode(v, hints[k]) for k, v in operation.changes.items()},
            "before": {k: encode(v, hints[k]) for k, v in operation._previous.items()},
        }
    if isinstance(operation, AddRecord):
        return {"op": "add", "label": operation.label, "collection": operation.collection,
                "index": operation.index,
                "record": encode(operation.record, collection_type(operation.collection))}
    if isinstance(operation, RemoveRecord):
        return {"op": "remove", "label": operation.label, "collection": operation.collection,
                "id": operation.record_id}
    if isinstance(operation, MoveRecord):
        return {"op": "move", "label": operation.label, "collection": operation.collection,
                "id": operation.record_id, "to": operation.new_index}
    if isinstance(operation, ReplaceRecord):
        return {"op": "replace", "label": operation.label,
                "record": encode(operation.record, Conference)}
    if isinstance(operation, Several):
        kind = "translation" if isinstance(operation, TranslationChange) else "several"
        return {"op": kind, "label": operation.label,
                "steps": [_encode(step, conference) for step in operation.steps]}
    raise TypeError(f"No journal form for {type(operation).__name__}")


def decode_operation(data: Any) -> DecodedOperation:
    """An operation from its JSON form, to apply to a conference with apply_to()."""
    if not isinstance(data, dict):
        raise FormatError("", "a journal entry's operation is not an object")
    version = data.get("v")
    if not isinstance(version, int):
        raise FormatError("v", "the operation format version is missing")
    if version > OPERATION_VERSION:
        raise NewerOperation(version)
    return DecodedOperation(data)


class DecodedOperation:
    """A journal operation waiting for the record it applies to (its field types come
    from there); applying it builds the domain operation and applies that."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.label = str(data.get("label", ""))

    def build(self, conference: Conference) -> Operation:
        """The domain operation, built against the conference as it is now."""
        return _build(self.data, conference, "operation")

    def apply_to(self, conference: Conference) -> Operation:
        """Apply to conference; returns the domain operation (for undo or inspection)."""
        operation = self.build(conference)
        operation.apply(conference)
        return operation


def _build(data: dict[str, Any], conference: Conference, path: str) -> Operation:
    kind = data.get("op")
    label = str(data.get("label", ""))
    try:
        if kind == "set":
            record_id, where = data.get("record"), str(data.get("path", ""))
            hints = field_hints(target_type(conference, record_id, where))
            changes = {}
            for name, value in dict(data["changes"]).items():
                if name not in hints:
                    raise FormatError(f"{path}.changes", f"unknown field {name!r}")
                changes[name] = decode(value, hints[name], f"{path}.changes.{name}")
            return SetFields(label, changes, record_id=record_id, path=where)
        if kind == "add":
            cls = collection_type(data["collection"])
            record = decode(data["record"], cls, f"{path}.record")
            return AddRecord(label, data["collection"], record, data.get("index"))
        if kind == "remove":
            return RemoveRecord(label, data["collection"], data["id"])
        if kind == "replace":
            return ReplaceRecord(label, decode(data["record"], Conference, f"{path}.record"))
        if kind == "move":
            return MoveRecord(label, data["collection"], data["id"], int(data["to"]))
        if kind in ("several", "translation"):
            cls = TranslationChange if kind == "translation" else Several
            steps: list[Operation] = []
            # Each step is built against the record as the steps before it left it.
            try:
                for number, step in enumerate(data["steps"]):
                    built = _build(step, conference, f"{path}.steps[{number}]")
                    built.apply(conference)
                    steps.append(built)
            finally:
                for step in reversed(steps):
                    step.revert(conference)
            return cls(label, steps)
    except (KeyError, TypeError, AttributeError) as error:
        raise FormatError(path, f"a malformed {kind!r} operation ({error})") from None
    except OperationError as error:
        raise FormatError(path, str(error)) from None
    raise FormatError(f"{path}.op", f"unknown operation {kind!r}")


def touched_fields(data: dict[str, Any]) -> set[tuple[str, str]]:
    """(record, field) pairs a "set" operation changes, all steps included: what two people
    can both change at once and so conflict over."""
    kind = data.get("op")
    if kind == "set":
        where = data.get("record") or f"path:{data.get('path', '')}"
        return {(where, name) for name in data.get("changes", {})}
    if kind in ("several", "translation"):
        return set().union(*(touched_fields(step) for step in data.get("steps", [])))
    return set()
