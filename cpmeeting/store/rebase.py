"""Putting this window's changes after another window's, when both wrote at once.

The record is reloaded as the server holds it (their changes in), then each of ours is applied
to it again. A change to a field they also changed, from the value we saw to another, is not
applied: it is a conflict, shown to the person whose save came second, who chooses. Minute
entries written at the same moment are both kept, in the order of their times.
"""

from __future__ import annotations

import dataclasses

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.journal import Conflict, EntryKind, JournalEntry
from cpmeeting.domain.operations import (
    AddRecord,
    Operation,
    OperationError,
    SetFields,
    Several,
    find_record,
    resolve_path,
)
from cpmeeting.interchange.codec import FormatError, encode
from cpmeeting.interchange.operation_codec import (
    decode_operation,
    field_hints,
    target_type,
    touched_fields,
)

from .journal import Change


def replace_in_place(target: Conference, source: Conference) -> None:
    """Make target hold what source holds (the window keeps its one conference object)."""
    for field in dataclasses.fields(Conference):
        setattr(target, field.name, getattr(source, field.name))


def rebase(state: Conference, remote: list[JournalEntry], changes: list[Change]
           ) -> tuple[list[Change], list[Conflict]]:
    """Apply our changes to state (the record with the remote entries in); returns the changes
    kept, encoded as now applied, and the conflicts (changes not applied)."""
    authors: dict[tuple[str, str], str] = {}
    for entry in remote:
        if entry.kind is EntryKind.OPERATION:
            for key in touched_fields(entry.payload):
                authors[key] = entry.author
    kept: list[Change] = []
    conflicts: list[Conflict] = []
    for change in changes:
        operation = _fit(change.payload, state, authors, conflicts)
        if operation is not None:
            operation.apply(state)
            kept.append(Change.of(operation, state))
    return kept, conflicts


def _fit(payload: dict, state: Conference, authors: dict[tuple[str, str], str],
         conflicts: list[Conflict]) -> Operation | None:
    """Our operation as it can apply now (None: nothing of it can)."""
    kind = payload.get("op")
    if kind in ("several", "translation"):
        steps: list[Operation] = []
        try:
            for step in payload.get("steps", []):
                fitted = _fit(step, state, authors, conflicts)
                if fitted is not None:
                    fitted.apply(state)  # the next step is fitted to the record after it
                    steps.append(fitted)
        finally:
            for step in reversed(steps):
                step.revert(state)
        if not steps:
            return None
        built = decode_operation({**payload, "steps": []}).build(state)
        assert isinstance(built, Several)
        built.steps = steps
        return built
    try:
        operation = decode_operation(payload).build(state)
    except FormatError:
        return None  # the record it changed is gone: their removal stands
    if isinstance(operation, SetFields) and kind == "set":
        return _without_clashes(operation, payload, state, authors, conflicts)
    if isinstance(operation, AddRecord) and operation.collection == "minutes" \
            and operation.index is None:
        operation.index = _in_time_order(state, operation.record)
    return operation


def _without_clashes(operation: SetFields, payload: dict, state: Conference,
                     authors: dict[tuple[str, str], str],
                     conflicts: list[Conflict]) -> SetFields | None:
    where = payload.get("record") or f"path:{payload.get('path', '')}"
    try:
        hints = field_hints(target_type(state, operation.record_id, operation.path))
        target = (resolve_path(state, operation.path) if operation.record_id is None
                  else find_record(state, operation.record_id))
    except OperationError:
        return None
    before = payload.get("before", {})
    for name in list(operation.changes):
        if (where, name) not in authors:
            continue
        now = encode(getattr(target, name), hints[name])
        if name in before and now == before[name]:
            continue  # they changed it and changed it back: ours applies as we saw it
        if now == encode(operation.changes[name], hints[name]):
            continue  # both chose the same value
        conflicts.append(Conflict(operation.label, name, getattr(target, name),
                                  operation.changes.pop(name), authors[(where, name)],
                                  operation.record_id, operation.path))
    return operation if operation.changes else None


def _in_time_order(state: Conference, entry) -> int:
    """Where an entry goes among those at its end so that times read in order."""
    position = len(state.minutes)
    while position > 0 and state.minutes[position - 1].at > entry.at:
        position -= 1
    return position
