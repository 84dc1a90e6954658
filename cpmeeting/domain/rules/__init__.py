"""The rules over a conference: pure functions whose results explain themselves.

The names below are loaded on first use (PEP 562), so a module that needs one rule, such as
the labels on the start screen, does not load them all (and the bank holidays with them).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE = {
    "WorkingCalendar": "calendar", "add_months": "calendar",
    "DueDate": "deadlines", "all_due_dates": "deadlines", "conference_due_date": "deadlines",
    "due_dates": "deadlines", "is_late": "deadlines",
    "check_exclusion": "exclusion_checks",
    "Finding": "explain",
    "QuoracyVerdict": "quoracy", "check_quoracy": "quoracy",
    "inquorate_path_needed": "quoracy", "quoracy_moment": "quoracy",
    "Readiness": "readiness", "check_readiness": "readiness",
    "stage_complete": "stage_status", "stage_findings": "stage_status",
}

__all__ = [
    "DueDate", "Finding", "QuoracyVerdict", "Readiness", "WorkingCalendar", "add_months",
    "all_due_dates", "check_exclusion", "check_quoracy", "check_readiness",
    "conference_due_date", "due_dates", "inquorate_path_needed", "is_late", "quoracy_moment",
    "stage_complete", "stage_findings",
]

if TYPE_CHECKING:
    from .calendar import WorkingCalendar, add_months
    from .deadlines import DueDate, all_due_dates, conference_due_date, due_dates, is_late
    from .exclusion_checks import check_exclusion
    from .explain import Finding
    from .quoracy import QuoracyVerdict, check_quoracy, inquorate_path_needed, quoracy_moment
    from .readiness import Readiness, check_readiness
    from .stage_status import stage_complete, stage_findings


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
