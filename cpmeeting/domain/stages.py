"""The stages of a conference, in the order the meeting takes them."""

from enum import StrEnum

from .kinds import ConferenceKind
from .text import N_


class Stage(StrEnum):
    INTRODUCTION = "introduction"
    ATTENDANCE = "attendance"
    EXCLUSIONS = "exclusions"
    CHILDS_VIEWS = "childs_views"
    CONTRIBUTIONS = "contributions"
    PROGRESS = "progress"  # at a review only: progress since the last conference
    ANALYSIS = "analysis"
    DECISION = "decision"
    PLAN = "plan"
    CLOSE = "close"

    @property
    def title(self) -> str:
        return STAGE_TITLES.get(self) or REVIEW_STAGE_TITLES[self]


# The nine stages of every conference; their numbers (and Ctrl+1 to Ctrl+9) never change.
STAGE_ORDER: tuple[Stage, ...] = tuple(s for s in Stage if s is not Stage.PROGRESS)
# Every stage any conference has, in meeting order (a review's order).
ALL_STAGES: tuple[Stage, ...] = tuple(Stage)
REVIEW_ONLY: frozenset[Stage] = frozenset({Stage.PROGRESS})


def stages_for(kind: ConferenceKind) -> tuple[Stage, ...]:
    """The stages this kind of conference goes through, in order."""
    return ALL_STAGES if kind is ConferenceKind.REVIEW else STAGE_ORDER


def stage_number(stage: Stage) -> str:
    """The stage's number as the window and the menus show it: "6"; the review's progress
    stage, which sits between 5 and 6, is "5a", so the other numbers stay the same."""
    if stage is Stage.PROGRESS:
        return "5a"
    return str(STAGE_ORDER.index(stage) + 1)

STAGE_TITLES: dict[Stage, str] = {
    Stage.INTRODUCTION: N_("Introduction"),
    Stage.ATTENDANCE: N_("Attendance and quoracy"),
    Stage.EXCLUSIONS: N_("Exclusions"),
    Stage.CHILDS_VIEWS: N_("The child's views"),
    Stage.CONTRIBUTIONS: N_("Agency contributions"),
    Stage.ANALYSIS: N_("Analysis"),
    Stage.DECISION: N_("Decision"),
    Stage.PLAN: N_("Child protection plan"),
    Stage.CLOSE: N_("Close"),
}

# The review's own stage, apart from the nine every conference has (its translations into the
# document languages come with the next catalog update).
REVIEW_STAGE_TITLES: dict[Stage, str] = {
    Stage.PROGRESS: N_("Progress since the last conference"),
}
