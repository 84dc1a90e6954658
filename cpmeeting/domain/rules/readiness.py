"""Readiness for sign-off: everything still missing, each item pointing at its stage."""

from __future__ import annotations

from dataclasses import dataclass

from ..conference import Conference
from ..profile import AuthorityProfile
from ..stages import ALL_STAGES, Stage
from .explain import Finding
from .stage_checks import CHECKS


@dataclass(frozen=True)
class Readiness:
    """What must be done before the chair signs; ready when nothing is missing."""

    missing: list[Finding]

    @property
    def ready(self) -> bool:
        return not self.missing

    def for_stage(self, stage: Stage) -> list[Finding]:
        return [item for item in self.missing if item.stage is stage]


def _stage_index(item: Finding) -> int:
    return ALL_STAGES.index(item.stage) if item.stage is not None else len(ALL_STAGES)


def check_readiness(conference: Conference, profile: AuthorityProfile) -> Readiness:
    """Every missing item, in the order of the meeting's stages."""
    found = [item for check in CHECKS for item in check(conference, profile)]
    return Readiness(sorted(found, key=_stage_index))
