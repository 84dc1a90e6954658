"""The shapes of the record: each dataclass field with its resolved type, shared by codec and schema.

Both the codec and the schema generator walk these, so the JSON format follows the domain
model without one function per class, and a new field appears in both at once.
"""

from __future__ import annotations

import dataclasses
import sys
import types
import typing
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from functools import cache
from typing import Any

from cpmeeting.domain.analysis import SCALE_MAX, SCALE_MIN, Scaling
from cpmeeting.domain.conference import Amendment, Conference, SignOff
from cpmeeting.domain.profile import QuoracySettings, Timescales

FORMAT_NAME = "cpmeeting.conference"
FORMAT_VERSION = 1

# Limits against hostile files: a minute entry is long, but never a novel.
MAX_TEXT = 200_000
MAX_ITEMS = 20_000
MAX_ID = 64
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_INTEGER = 1_000_000
ID_PATTERN = r"^[A-Za-z0-9_.:-]+$"
# Dates outside these years are typing errors or attacks (they overflow date arithmetic).
MIN_YEAR, MAX_YEAR = 1900, 2199

# Integer fields with tighter bounds than 0..MAX_INTEGER: (class, field) -> (min, max).
# Timescales are bounded so that a hostile profile cannot make date arithmetic run for ever.
INTEGER_BOUNDS: dict[tuple[type, str], tuple[int, int]] = {
    (Scaling, "score"): (SCALE_MIN, SCALE_MAX),
    (Conference, "stage_budgets_minutes"): (0, 24 * 60),
    (QuoracySettings, "min_other_agencies"): (0, 20),
    (SignOff, "version"): (1, 100_000),
    (Amendment, "version"): (1, 100_000),
    **{(Timescales, f.name): (0, 366) for f in dataclasses.fields(Timescales)},
}

SCALARS = (str, int, bool, date, datetime, time)


@dataclass(frozen=True)
class FieldShape:
    """One field of a dataclass: its name, resolved type, and whether the file must give it."""

    name: str
    hint: Any
    required: bool


@cache
def fields_of(cls: type) -> tuple[FieldShape, ...]:
    """The fields of a dataclass with their types resolved (postponed annotations included)."""
    # The module's names only: a field called `date` must not hide the type `date`.
    hints = typing.get_type_hints(cls, globalns=vars(sys.modules[cls.__module__]), localns={})
    return tuple(
        FieldShape(
            f.name,
            hints[f.name],
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
        )
        for f in dataclasses.fields(cls)
        if f.init
    )


def optional_inner(hint: Any) -> Any | None:
    """For `X | None`, X; otherwise None."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(hint)) == 2:
            return args[0]
        raise TypeError(f"Unsupported union {hint!r}")
    return None


def is_enum(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, Enum)


def is_record(hint: Any) -> bool:
    return isinstance(hint, type) and dataclasses.is_dataclass(hint)


def integer_bounds(owner: type | None, name: str | None) -> tuple[int, int]:
    """The allowed range of an integer field."""
    return INTEGER_BOUNDS.get((owner, name), (0, MAX_INTEGER))  # type: ignore[arg-type]


def records_in(root: type) -> list[type]:
    """Every dataclass reachable from root, root first, in a stable order."""
    found: list[type] = []

    def visit(hint: Any) -> None:
        inner = optional_inner(hint)
        if inner is not None:
            visit(inner)
            return
        for arg in typing.get_args(hint):
            visit(arg)
        if is_record(hint) and hint not in found:
            found.append(hint)
            for shape in fields_of(hint):
                visit(shape.hint)

    visit(root)
    return found
