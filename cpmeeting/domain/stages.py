"""The stages of a conference, in the order the meeting takes them."""

from enum import StrEnum


class Stage(StrEnum):
    INTRODUCTION = "introduction"
    ATTENDANCE = "attendance"
    EXCLUSIONS = "exclusions"
    CHILDS_VIEWS = "childs_views"
    CONTRIBUTIONS = "contributions"
    ANALYSIS = "analysis"
    DECISION = "decision"
    PLAN = "plan"
    CLOSE = "close"

    @property
    def title(self) -> str:
        return STAGE_TITLES[self]


STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)

STAGE_TITLES: dict[Stage, str] = {
    Stage.INTRODUCTION: "Introduction",
    Stage.ATTENDANCE: "Attendance and quoracy",
    Stage.EXCLUSIONS: "Exclusions",
    Stage.CHILDS_VIEWS: "The child's views",
    Stage.CONTRIBUTIONS: "Agency contributions",
    Stage.ANALYSIS: "Analysis",
    Stage.DECISION: "Decision",
    Stage.PLAN: "Child protection plan",
    Stage.CLOSE: "Close",
}
