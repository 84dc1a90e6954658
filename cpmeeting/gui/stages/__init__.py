"""The nine stage pages of the live view, registered in meeting order.

A page's module is imported the first time its page is wanted (page_type), so opening a
conference loads the page on screen, not all nine; STAGE_PAGES imports them all.
"""

from __future__ import annotations

from importlib import import_module

from cpmeeting.domain.stages import Stage
from cpmeeting.gui.stages.base import StagePage

# The page of each stage, as "module:class" under cpmeeting.gui.stages, in meeting order.
PAGE_CLASSES: dict[Stage, str] = {
    Stage.INTRODUCTION: "introduction:IntroductionPage",
    Stage.ATTENDANCE: "attendance:AttendancePage",
    Stage.EXCLUSIONS: "exclusions:ExclusionsPage",
    Stage.CHILDS_VIEWS: "childs_views:ChildsViewsPage",
    Stage.CONTRIBUTIONS: "contributions:ContributionsPage",
    Stage.ANALYSIS: "analysis:AnalysisPage",
    Stage.DECISION: "decision:DecisionPage",
    Stage.PLAN: "plan:PlanPage",
    Stage.CLOSE: "close:ClosePage",
}

# Pages of the stages only some conferences have (domain.stages.REVIEW_ONLY): a review's
# progress since the last conference.
EXTRA_PAGE_CLASSES: dict[Stage, str] = {
    Stage.PROGRESS: "progress:ProgressPage",
}


def page_type(stage: Stage) -> type[StagePage]:
    """The page class of this stage, importing its module if this is the first time."""
    module_name, class_name = (PAGE_CLASSES.get(stage) or EXTRA_PAGE_CLASSES[stage]).split(":")
    return getattr(import_module(f"{__name__}.{module_name}"), class_name)


def __getattr__(name: str) -> list[type[StagePage]]:
    # STAGE_PAGES on demand (PEP 562): every page class in meeting order, all modules loaded.
    if name == "STAGE_PAGES":
        return [page_type(stage) for stage in PAGE_CLASSES]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["EXTRA_PAGE_CLASSES", "PAGE_CLASSES", "STAGE_PAGES", "StagePage", "page_type"]
