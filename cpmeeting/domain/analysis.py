"""The analysis of risk and safety, in the authority's framework (domain.md §7, §11)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .ids import new_id
from .text import N_


class AnalysisFramework(StrEnum):
    SIGNS_OF_SAFETY = "signs_of_safety"
    STRENGTHENING_FAMILIES = "strengthening_families"


class AnalysisHeading(StrEnum):
    WORRIES = "worries"
    WORKING_WELL = "working_well"
    NEEDS_TO_HAPPEN = "needs_to_happen"
    DANGER_STATEMENT = "danger_statement"
    SAFETY_GOAL = "safety_goal"
    DANGER_HARM = "danger_harm"
    RISK = "risk"
    COMPLICATING_FACTORS = "complicating_factors"
    SAFETY = "safety"
    STRENGTHS = "strengths"
    GREY_AREAS = "grey_areas"

    @property
    def title(self) -> str:
        return HEADING_TITLES[self]


HEADING_TITLES: dict[AnalysisHeading, str] = {
    AnalysisHeading.WORRIES: N_("What are we worried about?"),
    AnalysisHeading.WORKING_WELL: N_("What is working well?"),
    AnalysisHeading.NEEDS_TO_HAPPEN: N_("What needs to happen?"),
    AnalysisHeading.DANGER_STATEMENT: N_("Danger statement"),
    AnalysisHeading.SAFETY_GOAL: N_("Safety goal"),
    AnalysisHeading.DANGER_HARM: N_("Danger and harm"),
    AnalysisHeading.RISK: N_("Risk"),
    AnalysisHeading.COMPLICATING_FACTORS: N_("Complicating factors"),
    AnalysisHeading.SAFETY: N_("Safety"),
    AnalysisHeading.STRENGTHS: N_("Strengths"),
    AnalysisHeading.GREY_AREAS: N_("Grey areas"),
}

FRAMEWORK_HEADINGS: dict[AnalysisFramework, tuple[AnalysisHeading, ...]] = {
    AnalysisFramework.SIGNS_OF_SAFETY: (
        AnalysisHeading.WORRIES,
        AnalysisHeading.WORKING_WELL,
        AnalysisHeading.NEEDS_TO_HAPPEN,
        AnalysisHeading.DANGER_STATEMENT,
        AnalysisHeading.SAFETY_GOAL,
    ),
    AnalysisFramework.STRENGTHENING_FAMILIES: (
        AnalysisHeading.DANGER_HARM,
        AnalysisHeading.RISK,
        AnalysisHeading.COMPLICATING_FACTORS,
        AnalysisHeading.SAFETY,
        AnalysisHeading.STRENGTHS,
        AnalysisHeading.GREY_AREAS,
    ),
}

SCALE_MIN, SCALE_MAX = 0, 10


@dataclass
class AnalysisItem:
    """One point under a heading; child_ids empty means it concerns every child."""

    heading: AnalysisHeading
    text: str
    child_ids: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass
class Scaling:
    """One participant's score, 0 (certain harm) to 10 (safe enough to close)."""

    invitee_id: str
    child_id: str
    score: int
    comment: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if not SCALE_MIN <= self.score <= SCALE_MAX:
            raise ValueError(f"A scaling score must be {SCALE_MIN} to {SCALE_MAX}, not {self.score}.")
