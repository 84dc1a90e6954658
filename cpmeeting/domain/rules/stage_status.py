"""The navigator's ticks: whether each stage has everything it needs."""

from __future__ import annotations

from ..conference import Conference
from ..profile import AuthorityProfile
from ..stages import Stage
from .explain import Finding
from .readiness import Readiness, check_readiness


def stage_findings(conference: Conference, profile: AuthorityProfile,
                   stage: Stage) -> list[Finding]:
    """What this stage itself still needs; the readiness list is these, stage by stage."""
    return check_readiness(conference, profile).for_stage(stage)


def _tick(readiness: Readiness, stage: Stage) -> bool:
    """Nothing missing at this stage; CLOSE is complete when the whole record is ready."""
    return readiness.ready if stage is Stage.CLOSE else not readiness.for_stage(stage)


def stage_complete(conference: Conference, profile: AuthorityProfile, stage: Stage) -> bool:
    """The tick of one stage."""
    return _tick(check_readiness(conference, profile), stage)


def stage_completion(conference: Conference, profile: AuthorityProfile) -> dict[Stage, bool]:
    """Every stage's tick from one readiness check (the navigator redraws after each edit)."""
    readiness = check_readiness(conference, profile)
    return {stage: _tick(readiness, stage) for stage in Stage}
