"""Every change to a conference is an operation: applied, reverted for undo, saved by the store.

Operations address records by id and collections by attribute path ("minutes",
"plan.actions"), so they stay valid when the window reloads the record from the store.
The conference itself, its plan and its core group are addressed by the paths "", "plan"
and "plan.core_group".
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Protocol

from .conference import Conference

COLLECTIONS: tuple[str, ...] = (
    "children", "invitees", "exclusions", "childs_views", "contributions", "analysis",
    "scaling", "participant_views", "decisions", "plan.outcomes", "plan.actions", "minutes",
    "translations", "circulations", "corrections", "action_progress", "outcome_progress",
    "core_group_meetings", "scaling_history",
)


class Operation(Protocol):
    label: str

    def apply(self, conference: Conference) -> None: ...

    def revert(self, conference: Conference) -> None: ...

    def inverse(self) -> Operation:
        """After apply(): the operation that undoes it, as a change of its own (the journal
        keeps an undo as a new entry, never by forgetting the old one)."""
        ...


class OperationError(ValueError):
    """The operation does not fit the record (an unknown id, say)."""


def resolve_path(conference: Conference, path: str) -> Any:
    target: Any = conference
    for part in filter(None, path.split(".")):
        target = getattr(target, part)
    return target


def find_record(conference: Conference, record_id: str) -> Any:
    """The record with this id in any collection, or the conference/plan by path."""
    for path in COLLECTIONS:
        for item in resolve_path(conference, path):
            if getattr(item, "id", None) == record_id:
                return item
    raise OperationError(f"No record with id {record_id} in this conference.")


def _target(conference: Conference, record_id: str | None, path: str) -> Any:
    return resolve_path(conference, path) if record_id is None else find_record(conference, record_id)


@dataclass
class SetFields:
    """Change fields of one record (record_id) or of a singleton at path."""

    label: str
    changes: dict[str, Any]
    record_id: str | None = None
    path: str = ""
    _previous: dict[str, Any] = field(default_factory=dict, repr=False)

    def apply(self, conference: Conference) -> None:
        target = _target(conference, self.record_id, self.path)
        for name in self.changes:
            if not hasattr(target, name):
                raise OperationError(f"{type(target).__name__} has no field {name!r}.")
        self._previous = {name: copy.deepcopy(getattr(target, name)) for name in self.changes}
        for name, value in self.changes.items():
            setattr(target, name, copy.deepcopy(value))

    def revert(self, conference: Conference) -> None:
        target = _target(conference, self.record_id, self.path)
        for name, value in self._previous.items():
            setattr(target, name, value)

    def inverse(self) -> SetFields:
        return SetFields(self.label, copy.deepcopy(self._previous), self.record_id, self.path)


@dataclass
class AddRecord:
    """Add a record to a collection, at the end or at index."""

    label: str
    collection: str
    record: Any
    index: int | None = None

    def apply(self, conference: Conference) -> None:
        items = resolve_path(conference, self.collection)
        position = len(items) if self.index is None else self.index
        items.insert(position, copy.deepcopy(self.record))

    def revert(self, conference: Conference) -> None:
        items = resolve_path(conference, self.collection)
        items[:] = [item for item in items if item.id != self.record.id]

    def inverse(self) -> RemoveRecord:
        return RemoveRecord(self.label, self.collection, self.record.id)


@dataclass
class RemoveRecord:
    """Remove a record from its collection, remembering where it was."""

    label: str
    collection: str
    record_id: str
    _removed: Any = field(default=None, repr=False)
    _index: int = field(default=-1, repr=False)

    def apply(self, conference: Conference) -> None:
        items = resolve_path(conference, self.collection)
        for index, item in enumerate(items):
            if item.id == self.record_id:
                self._removed, self._index = items.pop(index), index
                return
        raise OperationError(f"No record with id {self.record_id} in {self.collection}.")

    def revert(self, conference: Conference) -> None:
        resolve_path(conference, self.collection).insert(self._index, self._removed)

    def inverse(self) -> AddRecord:
        return AddRecord(self.label, self.collection, copy.deepcopy(self._removed), self._index)


@dataclass
class MoveRecord:
    """Move a record within its collection (reordering minutes, say)."""

    label: str
    collection: str
    record_id: str
    new_index: int
    _old_index: int = field(default=-1, repr=False)

    def apply(self, conference: Conference) -> None:
        items = resolve_path(conference, self.collection)
        self._old_index = next(i for i, item in enumerate(items) if item.id == self.record_id)
        items.insert(self.new_index, items.pop(self._old_index))

    def revert(self, conference: Conference) -> None:
        items = resolve_path(conference, self.collection)
        current = next(i for i, item in enumerate(items) if item.id == self.record_id)
        items.insert(self._old_index, items.pop(current))

    def inverse(self) -> MoveRecord:
        return MoveRecord(self.label, self.collection, self.record_id, self._old_index)


@dataclass
class Several:
    """Several operations as one step for undo."""

    label: str
    steps: list[Operation]

    def apply(self, conference: Conference) -> None:
        done: list[Operation] = []
        try:
            for step in self.steps:
                step.apply(conference)
                done.append(step)
        except Exception:
            for step in reversed(done):
                step.revert(conference)
            raise

    def revert(self, conference: Conference) -> None:
        for step in reversed(self.steps):
            step.revert(conference)

    def inverse(self) -> Several:
        # The same class: a translation change undone is still outside the record.
        return type(self)(self.label, [step.inverse() for step in reversed(self.steps)])


@dataclass
class ReplaceRecord:
    """The whole record set to a copy of another: the journal's form for a change it knows no
    finer form of (an operation class of its own that the journal has no entry kind for)."""

    label: str
    record: Conference
    _previous: Conference | None = field(default=None, repr=False)

    def apply(self, conference: Conference) -> None:
        self._previous = copy.deepcopy(conference)
        _assign(conference, copy.deepcopy(self.record))

    def revert(self, conference: Conference) -> None:
        if self._previous is not None:
            _assign(conference, self._previous)

    def inverse(self) -> ReplaceRecord:
        return ReplaceRecord(self.label, copy.deepcopy(self._previous))


def _assign(target: Conference, source: Conference) -> None:
    for name in vars(source):
        setattr(target, name, getattr(source, name))
