"""Who may do what on a shared conference: the chair moves the stages, records the decisions
and signs; the minute-taker records the minutes and attendance; both may change the rest.

On one laptop the chair does everything, as before: these rules apply where two people work
on one record at once.
"""

from __future__ import annotations

from .conference import Conference
from .decision import Decision
from .journal import AuthorRole
from .operations import (
    AddRecord,
    MoveRecord,
    Operation,
    OperationError,
    RemoveRecord,
    SetFields,
    Several,
    find_record,
)
from .text import N_

# Conference fields only the chair changes: where the meeting is, and its signature.
CHAIR_FIELDS = {
    "current_stage": N_("Only the chair moves the meeting to another stage."),
    "sign_offs": N_("Only the chair signs the record."),
    "amendments": N_("Only the chair opens an amendment of the signed record."),
    "status": N_("Only the chair changes where the record stands."),
}
CHAIR_DECIDES = N_("Only the chair records the conference's decision.")


def refusal(role: AuthorRole, operation: Operation, conference: Conference) -> str | None:
    """Why this person may not make this change (an English msgid), or None if they may."""
    if role is AuthorRole.CHAIR:
        return None
    if isinstance(operation, Several):
        return next(filter(None, (refusal(role, step, conference)
                                  for step in operation.steps)), None)
    if isinstance(operation, SetFields):
        if operation.record_id is None and not operation.path:
            return next((CHAIR_FIELDS[name] for name in operation.changes
                         if name in CHAIR_FIELDS), None)
        if operation.record_id is not None:
            try:
                target = find_record(conference, operation.record_id)
            except OperationError:
                return None
            return CHAIR_DECIDES if isinstance(target, Decision) else None
    if isinstance(operation, AddRecord | RemoveRecord | MoveRecord) \
            and operation.collection == "decisions":
        return CHAIR_DECIDES
    return None
