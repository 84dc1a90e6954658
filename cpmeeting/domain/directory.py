"""The reusable directory of agencies and practitioners, so nobody retypes the school."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import new_id
from .people import Involvement, PractitionerGroup, Role


@dataclass
class DirectoryEntry:
    """A person or agency the authority invites often; copied into a conference as an Invitee."""

    id: str = field(default_factory=new_id)
    name: str = ""
    role: Role = Role.PRACTITIONER
    agency: str = ""
    group: PractitionerGroup | None = None
    involvement: Involvement | None = None
