"""The rules over a conference: pure functions whose results explain themselves."""

from .calendar import WorkingCalendar, add_months
from .deadlines import DueDate, all_due_dates, conference_due_date, due_dates, is_late
from .exclusion_checks import check_exclusion
from .explain import Finding
from .quoracy import QuoracyVerdict, check_quoracy, inquorate_path_needed, quoracy_moment
from .readiness import Readiness, check_readiness
from .stage_status import stage_complete, stage_findings

__all__ = [
    "DueDate", "Finding", "QuoracyVerdict", "Readiness", "WorkingCalendar", "add_months",
    "all_due_dates", "check_exclusion", "check_quoracy", "check_readiness",
    "conference_due_date", "due_dates", "inquorate_path_needed", "is_late", "quoracy_moment", "stage_complete",
    "stage_findings",
]
