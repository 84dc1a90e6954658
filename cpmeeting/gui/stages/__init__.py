"""The nine stage pages of the live view, registered in meeting order."""

from __future__ import annotations

from cpmeeting.gui.stages.analysis import AnalysisPage
from cpmeeting.gui.stages.attendance import AttendancePage
from cpmeeting.gui.stages.base import StagePage
from cpmeeting.gui.stages.childs_views import ChildsViewsPage
from cpmeeting.gui.stages.close import ClosePage
from cpmeeting.gui.stages.contributions import ContributionsPage
from cpmeeting.gui.stages.decision import DecisionPage
from cpmeeting.gui.stages.exclusions import ExclusionsPage
from cpmeeting.gui.stages.introduction import IntroductionPage
from cpmeeting.gui.stages.plan import PlanPage

STAGE_PAGES: list[type[StagePage]] = [
    IntroductionPage,
    AttendancePage,
    ExclusionsPage,
    ChildsViewsPage,
    ContributionsPage,
    AnalysisPage,
    DecisionPage,
    PlanPage,
    ClosePage,
]

__all__ = ["STAGE_PAGES", "StagePage"]
