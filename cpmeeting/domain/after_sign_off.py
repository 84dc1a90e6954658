"""Operations on what surrounds the signed record: circulation and correction requests.

They are marked outside_record, like the translations of a family copy, so the runner lets
them through a signed, locked record: sending the minutes out, or hearing that a passage is
wrong, changes nothing that the chair signed. Changing the minutes themselves still needs an
amendment (domain/corrections.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .circulation import Circulation
from .operations import AddRecord, RemoveRecord, SetFields


@dataclass
class AddAfterSignOff(AddRecord):
    """Add a circulation or a correction request; allowed on a signed record."""

    outside_record: ClassVar[bool] = True


@dataclass
class SetAfterSignOff(SetFields):
    """Change a circulation or a correction request; allowed on a signed record."""

    outside_record: ClassVar[bool] = True


@dataclass
class RemoveAfterSignOff(RemoveRecord):
    """Remove a circulation recorded by mistake; allowed on a signed record."""

    outside_record: ClassVar[bool] = True


def record_circulation(label: str, circulation: Circulation) -> AddAfterSignOff:
    """The operation that records one sending."""
    return AddAfterSignOff(label, "circulations", circulation)
