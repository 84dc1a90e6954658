"""Corrections to the minutes after circulation, and a family's disagreement with them.

Within the correction window (the profile's working days after the minutes first went out),
an attendee asks for a passage to be reworded and says why. The chair accepts or refuses each
request with a reason. Accepting opens an amendment (a new version, listing the change) that
the chair signs again; refusing keeps the request and the reason with the record. A family's
disagreement is attached to the minutes as their account, never written into them.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any, ClassVar

from .conference import Conference
from .correction_request import CorrectionRequest, RequestKind, RequestStatus
from .operations import COLLECTIONS, Operation, SetFields, Several, resolve_path
from .signoff import amend_operation
from .text import N_

_NO_WHO = N_("Say who is asking for the correction.")
_NO_PASSAGE = N_("Copy the passage of the minutes that is wrong, word for word.")
_NO_WORDING = N_("Give the wording asked for.")
_NO_REASON = N_("Say why the passage should change.")
_NO_ACCOUNT = N_("Give the family's account of what they disagree with.")
_NOT_SENT = N_("The minutes have not been sent yet: corrections are asked for once they are "
               "circulated. Record the circulation first.")
_WINDOW_CLOSED = N_("The correction window closed on {date}: this request is after it. "
                    "Record it as a disagreement, or ask the chair to amend the record.")
NOT_FOUND = N_("The passage is not in the record word for word. Copy it exactly as the "
               "minutes print it.")
AMBIGUOUS = N_("The passage appears in more than one place in the record. Copy a longer "
               "passage, so that it names one place.")
NEEDS_REASON = N_("The chair's answer needs a reason.")


def request_problem(request: CorrectionRequest, closes: date | None) -> str | None:
    """What is missing or wrong before the request can be recorded (a msgid), or None.

    closes: the last day of the correction window (None: the minutes are not sent yet).
    A family's disagreement may be attached at any time after circulation.
    """
    if not request.requested_by.strip():
        return _NO_WHO
    if not request.passage.strip():
        return _NO_PASSAGE
    if request.kind is RequestKind.DISAGREEMENT:
        return None if request.wording.strip() or request.reason.strip() else _NO_ACCOUNT
    if not request.wording.strip():
        return _NO_WORDING
    if not request.reason.strip():
        return _NO_REASON
    if closes is None:
        return _NOT_SENT
    if request.requested_on > closes:
        return _WINDOW_CLOSED
    return None


_NOT_THE_RECORD = frozenset({"translations", "circulations", "corrections"})


def find_passage(conference: Conference, passage: str) -> tuple[Any, str]:
    """(record, field name) of the one text field that holds the passage; ValueError if none
    or several do."""
    places = []
    # The record's own text only: not the translations of it, nor what surrounds it.
    for path in COLLECTIONS:
        if path in _NOT_THE_RECORD:
            continue
        for record in resolve_path(conference, path):
            for f in dataclasses.fields(record):
                value = getattr(record, f.name)
                if isinstance(value, str) and passage in value:
                    places.append((record, f.name))
    if not places:
        raise ValueError(NOT_FOUND)
    if len(places) > 1 or _count_in(places[0], passage) > 1:
        raise ValueError(AMBIGUOUS)
    return places[0]


def _count_in(place: tuple[Any, str], passage: str) -> int:
    record, name = place
    return getattr(record, name).count(passage)


class AcceptCorrection(Several):
    """The chair accepts a request: the passage is reworded in a new version of the record.

    A signed record is amended first (who, when, and the change as the reason); a version
    already open for changes takes the change into its amendment's list. Applied through the
    runner without an undo step, like the amendment itself. Its steps are plain field changes,
    worked out when it is applied, so the record's journal keeps and replays it like any other.
    """

    outside_record: ClassVar[bool] = True

    def __init__(self, label: str, request_id: str, by: str, at: datetime,
                 reason: str) -> None:
        super().__init__(label, [])
        self.request_id, self.by, self.at, self.reason = request_id, by, at, reason

    def apply(self, conference: Conference) -> None:
        if not self.reason.strip() or not self.by.strip():
            raise ValueError(NEEDS_REASON)
        request = _request(conference, self.request_id)
        record, name = find_passage(conference, request.passage)  # refuses before changing
        steps: list[Operation] = []
        if conference.is_signed:
            steps.append(amend_operation(conference, self.by, self.at, request.change_line(),
                                         label=self.label))
            version = conference.version + 1
        else:
            version = conference.version
            if conference.amendments:
                last = conference.amendments[-1]
                reason = f"{last.reason}\n{request.change_line()}"
                steps.append(SetFields(self.label, {"amendments": [
                    *conference.amendments[:-1], dataclasses.replace(last, reason=reason)]}))
        steps.append(SetFields(self.label, {
            "status": RequestStatus.ACCEPTED, "decided_by": self.by.strip(),
            "decided_on": self.at.date(), "decision_reason": self.reason.strip(),
            "amended_version": version}, record_id=request.id))
        steps.append(SetFields(self.label, {
            name: getattr(record, name).replace(request.passage, request.wording)},
            record_id=record.id))
        self.steps = steps
        super().apply(conference)

    def inverse(self) -> Several:
        return Several(self.label, [step.inverse() for step in reversed(self.steps)])


def _request(conference: Conference, request_id: str) -> CorrectionRequest:
    found = next((r for r in conference.corrections if r.id == request_id), None)
    if found is None:
        raise ValueError(f"No correction request with id {request_id}.")
    return found


def answer_changes(status: RequestStatus, by: str, on: date, reason: str) -> dict[str, Any]:
    """The fields a refusal (or attaching a disagreement) sets, for one SetFields step."""
    if not reason.strip() or not by.strip():
        raise ValueError(NEEDS_REASON)
    return {"status": status, "decided_by": by.strip(), "decided_on": on,
            "decision_reason": reason.strip()}


def attached_disagreements(conference: Conference) -> list[CorrectionRequest]:
    """The family's accounts that go with the minutes."""
    return [r for r in conference.corrections if r.status is RequestStatus.ATTACHED]


def accepted_changes(conference: Conference) -> list[CorrectionRequest]:
    return [r for r in conference.corrections if r.status is RequestStatus.ACCEPTED]
