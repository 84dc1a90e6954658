"""Turn domain dataclasses into JSON values and back, driven by their fields and type hints.

Dates are ISO 8601, datetimes ISO with seconds (fractions only when the record has them, so
nothing is lost), enums by value, sets as sorted lists, nested dataclasses as objects.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from datetime import date, datetime, time
from functools import cache
from typing import Any

from .shapes import (
    MAX_YEAR,
    MIN_YEAR,
    fields_of,
    integer_bounds,
    is_enum,
    is_record,
    optional_inner,
)


class FormatError(ValueError):
    """A file that is not a valid conference record: where (a field path) and what is wrong."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}" if path else problem)


def encode(value: Any, hint: Any) -> Any:
    """The JSON value for a domain value of the given type."""
    return _encoder(hint)(value)


def _moment(value: Any) -> str:
    return value.isoformat(timespec="seconds" if value.microsecond == 0 else "microseconds")


def _same(value: Any) -> Any:
    return value


@cache
def _encoder(hint: Any) -> Callable[[Any], Any]:
    """The encoding function for one type, worked out once: a whole record encodes in a few
    milliseconds (the journal keeps whole records), not by asking each value its type."""
    inner = optional_inner(hint)
    if inner is not None:
        encode_inner = _encoder(inner)
        return lambda value: None if value is None else encode_inner(value)
    if is_record(hint):
        parts = [(shape.name, _encoder(shape.hint)) for shape in fields_of(hint)]
        return lambda value: None if value is None else {
            name: part(getattr(value, name)) for name, part in parts}
    if is_enum(hint):
        return lambda value: None if value is None else value.value
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is list:
        item = _encoder(args[0])
        return lambda value: None if value is None else [item(v) for v in value]
    if origin is set:
        item = _encoder(args[0])
        return lambda value: None if value is None else sorted(item(v) for v in value)
    if origin is dict:
        key, item = _encoder(args[0]), _encoder(args[1])
        return lambda value: None if value is None else dict(sorted(
            (key(k), item(v)) for k, v in value.items()))
    if hint is datetime or hint is time:
        return lambda value: None if value is None else _moment(value)
    if hint is date:
        return lambda value: None if value is None else value.isoformat()
    return _same


_TYPE_NAMES = {str: "text", int: "a whole number", bool: "true or false"}


def describe(data: Any) -> str:
    """A value as the messages quote it: its repr, cut short."""
    text = repr(data)
    return text if len(text) <= 60 else text[:57] + "..."


def decode(data: Any, hint: Any, path: str, owner: type | None = None,
           name: str | None = None) -> Any:
    """The domain value for a JSON value; raises FormatError naming the path."""
    inner = optional_inner(hint)
    if inner is not None:
        return None if data is None else decode(data, inner, path, owner, name)
    if data is None:
        raise FormatError(path, "a value is required here, not null")
    if is_record(hint):
        return _decode_record(data, hint, path)
    if is_enum(hint):
        try:
            return hint(data)
        except ValueError:
            allowed = ", ".join(str(member.value) for member in hint)
            raise FormatError(path, f"{describe(data)} is not one of {allowed}") from None
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (list, set):
        if not isinstance(data, list):
            raise FormatError(path, f"{describe(data)} is not a list")
        items = [decode(item, args[0], f"{path}[{i}]", owner, name) for i, item in enumerate(data)]
        return set(items) if origin is set else items
    if origin is dict:
        if not isinstance(data, dict):
            raise FormatError(path, f"{describe(data)} is not an object")
        return {decode(k, args[0], f"{path}.{k}"): decode(v, args[1], f"{path}.{k}", owner, name)
                for k, v in data.items()}
    if hint in (date, datetime, time):
        return _decode_moment(data, hint, path)
    if hint is int:
        if not isinstance(data, int) or isinstance(data, bool):
            raise FormatError(path, f"{describe(data)} is not a whole number")
        low, high = integer_bounds(owner, name)
        if not low <= data <= high:
            raise FormatError(path, f"{data} is outside the allowed range {low} to {high}")
        return data
    if hint in _TYPE_NAMES:
        if type(data) is not hint:
            raise FormatError(path, f"{describe(data)} is not {_TYPE_NAMES[hint]}")
        return data
    raise TypeError(f"No JSON form for {hint!r}")


def _decode_record(data: Any, cls: type, path: str) -> Any:
    if not isinstance(data, dict):
        raise FormatError(path, f"{describe(data)} is not an object")
    shapes = fields_of(cls)
    known = {shape.name for shape in shapes}
    unknown = sorted(set(data) - known)
    if unknown:
        raise FormatError(path, f"unknown field {unknown[0]!r} (allowed: {', '.join(sorted(known))})")
    values = {}
    for shape in shapes:
        here = f"{path}.{shape.name}" if path else shape.name
        if shape.name not in data:
            if shape.required:
                raise FormatError(path, f"the field {shape.name!r} is missing")
            continue
        values[shape.name] = decode(data[shape.name], shape.hint, here, cls, shape.name)
    try:
        return cls(**values)
    except (ValueError, TypeError) as error:  # a rule the dataclass checks itself
        raise FormatError(path, str(error)) from None


_YEARS = f"years {MIN_YEAR} to {MAX_YEAR}"
_MOMENT_FORMS = {date: f"a real date (YYYY-MM-DD, {_YEARS})",
                 datetime: f"a real date and time (YYYY-MM-DDTHH:MM:SS, {_YEARS})",
                 time: "a time of day (HH:MM:SS)"}


def _decode_moment(data: Any, hint: type, path: str) -> Any:
    if isinstance(data, str):
        try:
            value = hint.fromisoformat(data)
            in_range = hint is time or MIN_YEAR <= value.year <= MAX_YEAR
            if in_range and (hint is not date or not isinstance(value, datetime)):
                return value
        except ValueError:
            pass
    raise FormatError(path, f"{describe(data)} is not {_MOMENT_FORMS[hint]}")
