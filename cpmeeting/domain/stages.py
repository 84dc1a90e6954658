"""The stages of a conference, in the order the meeting takes them."""

from enum import StrEnum

from .text import N_


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
