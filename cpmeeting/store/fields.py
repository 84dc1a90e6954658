"""Columns derived from dataclass fields, and the conversion of values to and from them.

Each field of a record dataclass becomes one column: scalars as themselves, enums as their
string value, sets and lists of scalars as JSON (sets sorted, so an unchanged set compares
equal), dicts as JSON, and nested dataclasses (a plan's core group, a profile's timescales)
flattened into prefixed columns. Lists of dataclasses are other record kinds, not columns.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Integer, Text, Time
from sqlalchemy.types import TypeEngine


@dataclass(frozen=True)
class FieldColumn:
    """One column: its name, SQL type, and how to read it from / build it into a record."""

    name: str
    sql_type: TypeEngine
    path: tuple[str, ...]  # attribute path inside the record (nested dataclasses flattened)
    to_db: Callable[[Any], Any]
    from_db: Callable[[Any], Any]
    nullable: bool
    marks_presence: bool = False  # says whether an optional nested record is there

    def column(self) -> Column:
        return Column(self.name, self.sql_type, nullable=self.nullable)


def _identity(value: Any) -> Any:
    return value


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


def _scalar_codec(tp: Any) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """How one scalar element is stored inside JSON."""
    if isinstance(tp, type) and issubclass(tp, Enum):
        return (lambda v: v.value), tp
    if tp is date:
        return (lambda v: v.isoformat()), date.fromisoformat
    if tp is datetime:
        return (lambda v: v.isoformat()), datetime.fromisoformat
    return _identity, _identity


def _optional(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda v: None if v is None else convert(v)


# The column type of each scalar field type (matched exactly: a datetime is not a date here).
_SQL_TYPES: dict[type, type[TypeEngine]] = {
    bool: Boolean, int: Integer, str: Text, datetime: DateTime, date: Date, time: Time,
}


def is_record_list(tp: Any) -> bool:
    """A list of dataclasses: another record kind, stored in its own table."""
    if typing.get_origin(tp) is not list:
        return False
    (arg,) = typing.get_args(tp)
    return dataclasses.is_dataclass(arg)


@cache
def type_hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def field_columns(
    cls: type, skip: frozenset[str] = frozenset(), prefix: str = "", path: tuple[str, ...] = (),
    inside_optional: bool = False,
) -> list[FieldColumn]:
    """The columns for every stored field of the dataclass cls."""
    hints = type_hints(cls)
    columns: list[FieldColumn] = []
    for f in dataclasses.fields(cls):
        if f.name in skip or is_record_list(hints[f.name]):
            continue
        name = prefix + f.name
        tp, optional = _unwrap_optional(hints[f.name])
        optional = optional or inside_optional
        origin = typing.get_origin(tp)
        if dataclasses.is_dataclass(tp):
            if optional:
                # A boolean column says whether the optional record is there at all.
                columns.append(FieldColumn(name, Boolean(), (*path, f.name),
                                           lambda v: v is not None, bool, False, True))
            columns.extend(field_columns(tp, frozenset(), name + "_", (*path, f.name), optional))
            continue
        if origin in (set, list, frozenset):
            (arg,) = typing.get_args(tp)
            dump, load = _scalar_codec(arg)
            if origin is list:
                to_db = lambda v, dump=dump: [dump(x) for x in v]  # noqa: E731
            else:
                to_db = lambda v, dump=dump: sorted(dump(x) for x in v)  # noqa: E731
            from_db = lambda v, load=load, origin=origin: origin(load(x) for x in v)  # noqa: E731
            columns.append(FieldColumn(name, JSON(), (*path, f.name), _optional(to_db),
                                       _optional(from_db), optional))
            continue
        if origin is dict:
            key_type, value_type = typing.get_args(tp)
            kdump, kload = _scalar_codec(key_type)
            vdump, vload = _scalar_codec(value_type)
            to_db = lambda v, k=kdump, d=vdump: {k(a): d(b) for a, b in sorted(v.items())}  # noqa: E731
            from_db = lambda v, k=kload, d=vload: {k(a): d(b) for a, b in v.items()}  # noqa: E731
            columns.append(FieldColumn(name, JSON(), (*path, f.name), _optional(to_db),
                                       _optional(from_db), optional))
            continue
        if isinstance(tp, type) and issubclass(tp, Enum):
            columns.append(FieldColumn(name, Text(), (*path, f.name),
                                       _optional(lambda v: v.value), _optional(tp), optional))
            continue
        sql_type = _SQL_TYPES.get(tp)
        if sql_type is None:
            raise TypeError(f"No column type for {cls.__name__}.{f.name}: {tp!r}")
        columns.append(FieldColumn(name, sql_type(), (*path, f.name), _identity, _identity,
                                   optional))
    return columns


class Codec:
    """Reads a record's column values and builds a record back from a row."""

    def __init__(self, cls: type, columns: list[FieldColumn], depth: int = 0) -> None:
        self.cls = cls
        self.columns = columns
        # Each column's path split once: every save reads every record of the conference.
        self._readers = [(col.path[:-1], col.path[-1], col.to_db) for col in columns]
        hints = type_hints(cls)
        self._flat: list[tuple[str, str, Callable[[Any], Any]]] = []
        self._nested: list[tuple[str, str | None, Codec]] = []
        groups: dict[str, list[FieldColumn]] = {}
        presence: dict[str, str] = {}
        for col in columns:
            attr = col.path[depth]
            if col.marks_presence and len(col.path) == depth + 1:
                presence[attr] = col.name
            elif len(col.path) > depth + 1:
                groups.setdefault(attr, []).append(col)
            else:
                self._flat.append((attr, col.name, col.from_db))
        for attr, cols in groups.items():
            nested_cls = _unwrap_optional(hints[attr])[0]
            self._nested.append((attr, presence.get(attr), Codec(nested_cls, cols, depth + 1)))

    def values(self, record: Any) -> tuple:
        """The database values of a record, in column order."""
        values = []
        for parents, name, to_db in self._readers:
            target = record
            for part in parents:
                target = getattr(target, part)
                if target is None:
                    break
            values.append(None if target is None else to_db(getattr(target, name)))
        return tuple(values)

    def build(self, row: Any) -> Any:
        """A record from a row (a mapping of column name to value)."""
        kwargs = {attr: convert(row[name]) for attr, name, convert in self._flat}
        for attr, presence_column, codec in self._nested:
            present = presence_column is None or row[presence_column]
            kwargs[attr] = codec.build(row) if present else None
        return self.cls(**kwargs)
